"""The stance rules: each turns one kind of evidence in a claim into signed, weighted signals.

Here the signal type and the shared syntax, and the side-taking verbs and nouns on a policy
("welcomed the ban", "a halt to fracking"); events are read in stance_events.py, prescribed
restatements ("rates should stay on hold") in stance_restate.py, evaluations in stance_eval.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.consistency import governs
from pipeline.trail.evaluative import (
    CON_ACTS,
    CON_ADJS,
    DIRECTIONS,
    FORECAST_CUES,
    MISREAD,
    OPEN_TO,
    PRO_ACTS,
    PRO_ADJS,
    REALISE,
    UNDO,
    passive_agents,
    phrasal_keys,
)
from pipeline.trail.misparses import misread_conj
from pipeline.trail.negators import contrasted_with
from pipeline.trail.policy_nouns import (
    BAN_OR_ALLOW,
    HALT_PREPS,
    HALTS,
    closes_banned,
    law_on,
    loosened,
    policy_head,
)
from pipeline.trail.proposition_nouns import REPLACES
from pipeline.trail.scope import Walk, negated_here, shut
from pipeline.trail.word_forms import gerund_object

CONFIRM_CUES = frozenset({"confirm", "acknowledge", "admit", "announce", "verify", "corroborate"})
_POLLED = frozenset("people public voter majority most many respondent briton adult consumer "
                    "citizen resident poll survey cent percent % third half quarter minority "
                    "fraction".split())
OBJ_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})
CASES = frozenset("case argument justification rationale reason need evidence".split())

# Acts that destroy a policy, loaded with blame: done by others ("it has been wrecked by a
# government that never wanted it", "ministers sabotaged the scheme"), they are lamented.
WRECKING = frozenset("wreck sabotage torpedo scupper derail hijack gut strangle smother "
                     "vandalise vandalize trash".split())


@dataclass(frozen=True)
class Signal:
    sign: int  # +1 supports the proposition as worded (before its own negation), -1 refutes
    weight: int
    basis: str


_WISH_GOVERNORS = frozenset({"want", "need", "like", "prefer", "wish", "hope", "love", "demand"})


def small_clause(tok: Token) -> bool:
    """A subject that undergoes its verb: of a bare participle after a wish ("wants the scheme
    scrapped"), or of a passive the parser labelled active ("which the EU says is needed")."""
    verb = tok.head  # tagged VBD as often as VBN: the governor says it is a participle
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return tok.dep_ == "nsubj" and (passive or (
        verb.tag_ in {"VBN", "VBD"} and verb.dep_ in {"ccomp", "xcomp"} and _wished(verb.head)
        and not any(c.dep_ == "aux" for c in verb.children)))


def _wished(gov: Token) -> bool:
    """ "wants [X done]", "would like / would rather see [X done]" (not "had seen X done")."""
    see = gov.lemma_.lower() in {"see", "get", "have"}
    if see and any(c.lower_ == "rather" for c in gov.children):
        return True
    if see and gov.dep_ == "xcomp":
        gov = gov.head
    return gov.lemma_.lower() in _WISH_GOVERNORS


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word stands in (the root, if none above it)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def verb_of(tok: Token) -> tuple[Token | None, str]:
    """The verb (or noun) governing a noun, and the relation: "obj", "subj", "pobj", "root"."""
    while tok.head.pos_ in {"NOUN", "PROPN", "PRON"} and (tok.dep_ == "conj" or misread_conj(tok)):
        tok = tok.head
    if tok.dep_ in OBJ_DEPS or small_clause(tok) or (tok.dep_ == "xcomp" and gerund_object(tok)):
        return tok.head, "obj"
    if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" and all(
            c.dep_ != "dobj" for c in tok.head.children):  # "oppose longer Sunday hours": the
        return tok.head, "obj"  # object parsed as a measure
    act = next((c for c in tok.head.children if c.dep_ == "xcomp"), None)
    if tok.dep_ == "nsubj" and tok.head.lower_ == "ought" and act is not None:
        # "the cameras ought to be scrapped": the parser heads the modal, not the act
        return act, "obj" if any(c.dep_ == "auxpass" for c in act.children) else "subj"
    if tok.dep_ in {"nsubj", "attr", "csubj"}:  # "[fracking] could help": a gerund subject
        return tok.head, "subj"
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and any(
            c.dep_ == "dobj" and c.pos_ != "PRON" for c in tok.head.head.children):
        return None, "as"  # "fight the election as a referendum": done to the election (but
        # "dismissed it as a tax grab" labels what it is done to)
    if (tok.dep_ == "pobj" or gerund_object(tok)) and tok.head.dep_ in {"prep", "agent"}:
        gov = tok.head.head  # "walk away from the deal": the particle's verb
        while gov.pos_ == "ADP" and gov.dep_ == "prep" and gov.head.pos_ == "VERB":
            gov = gov.head  # "stay out of the euro": "of" on "out" on the verb
        up = (gov.pos_ == "ADV" and gov.dep_ == "advmod") or (gov.lower_, gov.dep_) == (
            "rid", "acomp")  # "get [rid] of it": the verb of "get rid of"
        return (gov.head if up else gov), "pobj"
    return None, "root" if tok.dep_ == "ROOT" else tok.dep_


def subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or its controller's ("he was determined to carry on")."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found:
            return found
        if (rival := contrasted_with(node)) is not None:
            node = rival  # "the talks were paused, not collapsed"
            continue
        if node.dep_ not in {"xcomp", "acomp", "conj"}:  # "... and should be scrapped"
            return found
        node = node.head
    return []


_MODAL_HEDGES = frozenset({"may", "might", "could", "possibly", "probably", "likely"})


def usable(w: Walk, *, could_ok: bool) -> bool:
    """Asserted: not embedded nor hedged; where "could" is fine (a judgement), so is "may"."""
    hedged = w.hedge and not (could_ok and w.hedge in _MODAL_HEDGES)
    return not (w.embedded or hedged or (w.could and not could_ok))


Reading = TypeVar("Reading", bound=tuple)


def first_asserted(view: ClaimView, read: Callable[[Token], Reading | None]
                   ) -> tuple[Token, Reading, Walk] | None:
    """The first token of the content that ``read`` gives a reading of, (side, anchor, ...),
    whose anchor is asserted (not embedded, hedged beyond "may" or "could", nor irrealis),
    with the walk from that anchor."""
    for tok in view.tokens:
        found = read(tok)
        if found is None:
            continue
        w = view.walk(found[1])
        if usable(w, could_ok=True) and not w.irrealis:
            return tok, found, w
    return None


# -- policies ----------------------------------------------------------------------------------
def act_sign(view: ClaimView, verb: Token) -> tuple[int, bool]:
    """(+1/-1, needs a commitment) for a verb acting on the policy; (0, False) if none."""
    verbal = any(c.dep_ in {"auxpass", "dobj"} for c in verb.children)  # a verb tagged ADJ
    if verb.pos_ == "ADJ" and not verbal:  # "opposed to the plans", "critical of the bill"
        lemma = verb.lemma_.lower()
        return (1 if lemma in PRO_ADJS else -1 if lemma in CON_ADJS else 0), False
    keys = phrasal_keys(verb)
    if set(keys) & PRO_ACTS or set(keys) & MISREAD:  # "misrepresented by campaigners": defended
        return 1, False
    if set(keys) & WRECKING and any(c.dep_ == "auxpass" or (c.dep_ == "nsubj" and c.pos_ in {
            "NOUN", "PROPN"}) for c in verb.children):  # "it was wrecked by a government
        return 1, False  # that never wanted it", "ministers sabotaged it": lamented
    if verb.lemma_ == "call" and any(c.lower_ == "in" and (c.dep_ == "prt" or all(
            g.i in view.refs for g in c.children if g.dep_ == "pobj")) for c in verb.children):
        return -1, False  # "call in the decision" (not "calling it that in meetings"): scrutiny
    if set(keys) & CON_ACTS:  # a revision is a side when called for ("it must be redrafted"),
        return -1, bool(set(keys) & _RECONSIDER)  # not when reported done ("it's been redrafted")
    if set(keys) & REALISE:
        return 1, True
    restate = view.prop.restates(keys) * view.prop.target_sign  # of a scrapping, "should be
    if restate and view.prop.group in {0, 1}:  # mothballed" is done to what it removes; a
        return restate, True  # level's change restated: "no plans to change the limit"
    if set(keys) & UNDO or (set(keys) & BANS and bans_undo(view)) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in HALTS and c.i not in view.refs  # (a bare
            for c in verb.children) or (  # stop is signed as a reference: "a pause")
            verb.lemma_.lower() in HALTS):  # "welcomed [the suspension of] the scheme"
        return (1 if loosened(view.prop, verb) else -1), True  # "should ban identity cards"
    return restate, bool(restate)


_RECONSIDER = frozenset("rethink reconsider redraft rewrite revisit amend".split())
BANS = DIRECTIONS[3]  # "ban", "prohibit", "outlaw", "a moratorium"


def bans_undo(view: ClaimView) -> bool:
    """A ban on what the policy brings about is against it; a ban or a permission itself is
    restated or reversed by its own rules ("ban smoking", "ban casinos" against allowing them)."""
    return view.prop.group not in BAN_OR_ALLOW


def commits(view: ClaimView, w: Walk) -> bool:
    """Prescribed or promised in the content, or asked for by the cue ("called for")."""
    return bool(w.commit) or view.commit_cue()


_PRESCRIBED = frozenset({"should", "must", "imperative"})
_OWN = frozenset({"i", "we", "he", "she"})  # not "they": often others, "they would drop it if"


def on_condition(w: Walk, verb: Token, in_content: bool) -> bool:
    """The speaker's own side-taking act, or a prescription, only hedged by a condition ("she
    would accept the powers, provided they lapsed", "we will oppose it unless ...", "X should
    hold a referendum if Y", "if it gets me home, build it"), nothing else."""
    return (in_content and w.hedge == "conditional" and not w.embedded and not w.irrealis and (
        any(s.lower_ in _OWN for s in subjects(verb)) or w.commit in _PRESCRIBED))


def _wanted_to(verb: Token) -> bool:
    """An infinitive whose subject is the object of "need"/"want": "need the law to tell
    them", "want the ban to go ahead"."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_ in {"need", "want"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _takes(view: ClaimView, verb: Token, tok: Token) -> bool:
    """ "Any scheme would need new legislation": what a policy (or any of its kind) takes, a
    law by a general word, not wanted by the speaker."""
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_.lower() in {"need", "require"} and view.refs.get(tok.i) == "anaphor" and any(
        t.i in view.refs or any(d.lower_ == "any" for d in t.children) for t in takers)


def act_signals(view: ClaimView, tok: Token) -> list[Signal]:
    """A verb acting on the policy: in the content, or in the speaker's frame around it."""
    tok = law_on(tok, view.prop)  # "change the law on [cannabis]": the law in force
    verb, rel = verb_of(policy_head(tok))
    if rel == "subj" and verb is not None and tok.pos_ != "PRON" and _wanted_to(verb):
        verb, rel = verb.head, "obj"  # "did not need the law to tell them": the law needed
        # (but "wants it to buy back its shares": a pronoun there is the bidder, an agent)
    if rel == "pobj" and verb is not None and tok.head.lower_ in HALT_PREPS:
        verb = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HALTS),
                    verb)  # "would welcome a halt [to drilling]": the phrase hung on the verb
    banned = rel == "pobj" and verb is not None and verb.pos_ == "NOUN" and ((
        verb.lemma_.lower() in BANS and tok.head.lower_ == "on" and bans_undo(view)) or (
        verb.lemma_.lower() in HALTS and tok.head.lower_ in HALT_PREPS))  # "a ban on GM
    # crops", "a halt to fracking", "an end to the scheme"
    if verb is None or rel == "subj" or tok.head.lower_ == "than" or (
            verb.pos_ not in {"VERB", "AUX"} and not banned and not (verb.pos_ == "ADJ" and (
                rel == "pobj" or tok.dep_ in {"nsubjpass", "dobj"}))):  # (not "X than [a law]")
        return []  # (an adjective with an object is a verb mistagged: 'had "never opposed"')
    in_content = verb.i in view.inside
    if not in_content and (verb.i not in view.frame or set(phrasal_keys(verb)) & MISREAD):
        return []
    sign, needs_commit = act_sign(view, verb)
    closes = tok.pos_ == "PRON" and closes_banned(view.prop, verb)  # "I'd shut it": the
    if closes:  # banned thing shut
        sign, needs_commit = -1, True
    if not sign and _not_considered(view, verb):  # "the government is not considering a
        return [Signal(-view.ref_sign(tok) * view.flip, 3,  # ban", said for the government
                       f"not {verb.lower_} {view.snippet(tok)}")]
    if not sign or _takes(view, verb, tok):
        return []
    if in_content and any(c.dep_ == "nsubj" and (c.lemma_.lower() in _POLLED or any(
            d.lower_ == "most" for d in c.children)) and not any(
            g.lower_ in {"its", "our", "their"} for g in c.subtree) for c in verb.children):
        return []  # "most people backed the cards": a poll (not "most of its members")
    w, flip = view.walk(verb, inside_only=in_content), (view.flip if in_content else 1)
    if w.could and any(c.dep_ == "auxpass" for c in verb.children) and not passive_agents(verb):
        needs_commit = True  # "the trial could be stopped early": a possibility, no one's act
    if on_condition(w, verb, in_content):  # "he would back the bill if a sunset clause was
        total = sign * w.sign * view.ref_sign(tok) * flip  # added": a side, with a price
        return [Signal(total, 2, f"{verb.lemma_} {view.snippet(tok)} on a condition")]
    if not usable(w, could_ok=not needs_commit) or (w.irrealis in OPEN_TO and not shut(w, flip)):
        return []  # "ready to drop the bid" opens a possibility; "not considering it" shuts it
    if needs_commit and (not (commits(view, w) or shut(w, flip)) or view.cue in FORECAST_CUES):
        return []
    if w.sign < 0 and "rule_out" in phrasal_keys(verb):
        return []  # "has not ruled out a deal": a possibility kept open, not support
    ref = -1 if closes else view.ref_sign(tok)
    if ref < 0 and view.prop.predicate in REPLACES and verb.lemma_.lower() in (
            REPLACES | view.prop.event_verbs):  # "the Lords must be replaced", "peers should
        ref = 1  # be elected": what the proposition replaces, replaced or made anew
    total = sign * w.sign * ref * flip
    where = "" if in_content else "frame: "
    return [Signal(total, 3, f"{where}{verb.lemma_} {view.snippet(tok)}"
                             f"{' (negated)' if w.sign < 0 else ''}")]


def _not_considered(view: ClaimView, verb: Token) -> bool:
    """ "We are not considering it", "the government is not considering a ban" said by its
    spokesperson: the policy ruled out by those who would bring it in."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in {"consider", "explore"} and negated_here(verb) and (
        subject is not None) and (subject.lower_ in {"we", "i"} or (governs(
            subject.lemma_.lower()) and (governs(view.speaker) or "spokes" in view.speaker)))


def quoted_predicate(view: ClaimView, verb: Token) -> bool:
    """ "told us Sizewell C was '[the best thing to happen to Leiston]'": a copula outside the
    quote whose complement is the quote; the subject it describes is the speaker's too."""
    return verb.lemma_ == "be" and verb.i not in view.inside and view.root is not None and any(
        c.dep_ in {"attr", "acomp"} and c.i == view.root.i for c in verb.children)
