"""The stance rules: each turns one kind of evidence in a claim into signed, weighted signals.

Events are judged by whether the content asserts or negates that the event happens (a restated
event, a denied report, a ruled-out possibility); policies by side-taking verbs and nouns on the
policy ("welcomed the ban"), prescribed restatements ("rates should stay on hold"), evaluations."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.nlp.polarity import NEGATIVE_CUES
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import (
    AVOIDANCE,
    CON_ACTS,
    CON_ADJS,
    DIRECTIONS,
    END,
    FORECAST_CUES,
    IRREALIS,
    MISREAD,
    OCCUR,
    OPEN_TO,
    PRO_ACTS,
    PRO_ADJS,
    REALISE,
    REPORT_NOUNS,
    TRUTH,
    UNDERGO,
    UNDO,
    VERDICT_VERBS,
    WRECKING,
    passive_agents,
    phrasal_keys,
)
from pipeline.trail.evidence import EVIDENCE, evidence_side
from pipeline.trail.lacking import done_with_what_lacked
from pipeline.trail.misparses import misread_conj, verb_as_noun
from pipeline.trail.policy_nouns import BAN_OR_ALLOW, law_on, loosened, policy_head
from pipeline.trail.proposition_nouns import GENERIC_NOUNS
from pipeline.trail.proposition_words import IMPACTS, meant_deed
from pipeline.trail.scope import Walk, negated_here, shut, small_clause
from pipeline.trail.talking import between_parties
from pipeline.trail.word_forms import gerund_object, heaped

CONFIRM_CUES = frozenset({"confirm", "acknowledge", "admit", "announce", "verify", "corroborate"})
_UNDERWAY = frozenset({"underway", "ongoing", "continuing", "progressing", "on", "advanced",
                       "constructive", "productive", "serious"})  # "talks are well advanced"
_TRANSPARENT = frozenset("form kind sort type round series resumption start continuation process "
                         "level part pattern history".split()) | GENERIC_NOUNS | EVIDENCE
_POLLED = frozenset("people public voter majority most many respondent briton adult consumer "
                    "citizen resident poll survey".split())
OBJ_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})
_DENIALS = frozenset({"deny", "dispute", "refute"})
CASES = frozenset("case argument justification rationale reason need evidence".split())
_REQUESTS = frozenset("ask tell inform notify order summon instruct require call".split())


@dataclass(frozen=True)
class Signal:
    sign: int  # +1 supports the proposition as worded (before its own negation), -1 refutes
    weight: int
    basis: str


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
        if found or node.dep_ not in {"xcomp", "acomp", "conj"}:  # "... and should be scrapped"
            return found
        node = node.head
    return []


_MODAL_HEDGES = frozenset({"may", "might", "could", "possibly", "probably", "likely"})


def usable(w: Walk, *, could_ok: bool) -> bool:
    """Asserted: not embedded nor hedged; where "could" is fine (a judgement), so is "may"."""
    hedged = w.hedge and not (could_ok and w.hedge in _MODAL_HEDGES)
    return not (w.embedded or hedged or (w.could and not could_ok))


# -- events ------------------------------------------------------------------------------------
def _agents(verb: Token) -> list[Token]:
    """Who does the act: the passive's "by" phrase, or the active subject."""
    return passive_agents(verb) or [s for s in verb.children if s.dep_ == "nsubj"]


def _event_mention(view: ClaimView, tok: Token) -> tuple[int, Token | None] | None:
    """(sign, predicate) when `tok` names the event: +1 happens, -1 ends; None if not (a verb on
    the topic restates it, but a verdict: "cleared" is read in stance_verdicts.py)."""
    prop = view.prop
    if tok.pos_ in {"VERB", "AUX"} or verb_as_noun(tok):
        if (prop.quality or prop.predicate == "be") and tok.lemma_ == "be":
            return None  # "it is a death trap": the quality is judged in stance_property.py;
            # "it was not a rogue operation" restates no "was behind" (stance_blame.py)
        keys = phrasal_keys(tok)
        about = view.matches_about(tok) and tok.lemma_ not in {"be", "have"} | VERDICT_VERBS
        restate = prop.restates(keys) or (1 if about else 0)
        if prop.avoids:  # "refused a test" restates "avoided tests"; "asked to be tested" not
            restate = 1 if set(keys) & AVOIDANCE else -(tok.lemma_ in prop.target) or restate
        if not restate and set(keys) & IMPACTS.get(prop.predicate, set()) and any(
                view.is_arg(t) for a in _agents(tok) for t in a.subtree):
            return 1, tok  # "was hit by a Russian air defence system"
        if not restate:
            return None
        named = (bool(set(keys) & prop.event_verbs) or about) and restate > 0
        subj = subjects(tok)
        if tok.lemma_ in {"talk", "discuss"} and not between_parties(tok, subj, view.is_arg):
            return None  # "security was discussed": a subject, not who is talking
        if not named and not any(view.is_arg(s) or s.pos_ == "PRON" for s in subj + _agents(tok)):
            return None  # "tensions remain high" does not restate "the minister will stay"
        return restate, tok
    if not view.is_target(tok):
        return None
    tok = transparent(tok)
    pred, rel = verb_of(tok)
    if pred is None or pred.i not in view.inside:
        return (1, None) if tok.i == getattr(view.root, "i", -1) else None
    lemma = pred.lemma_.lower()
    weighed = evidence_side(view, tok, pred, rel) if tok.lemma_.lower() in EVIDENCE else None
    if weighed is not None:  # "found evidence of fraud", "the proof is clear"
        return weighed
    if pred.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return (1, pred) if lemma in IRREALIS | REPORT_NOUNS else None
    keys = set(phrasal_keys(pred))
    if lemma in {"have", "need"} and any(c.dep_ == "xcomp" for c in pred.children):
        return None  # "talks would have to be indirect": a condition, not an occurrence
    if prop.avoids:  # "never refused a test" negates "avoided tests"; "took the test" opposes
        if lemma in _REQUESTS:  # "was told about the test": only its denial takes a side
            return 1, pred
        return (1, pred) if keys & AVOIDANCE else (-1, pred) if keys & UNDERGO else None
    if keys & END:
        return -1, pred
    if rel in {"obj", "pobj"} and keys & (CONFIRM_CUES - {"announce"}):
        return 1, pred  # "admitted (to) doping", "acknowledged the talks"
    if rel in {"obj", "pobj"} and keys & _DENIALS:
        return -1, pred  # "had always denied doping"
    if tok.lemma_.lower() in _INVOLVED and lemma in {"play", "take", "have"}:
        return 1, pred  # "played a central role in the coup"
    if lemma == "have" and rel == "obj" and not prop.quality:
        return 1, pred  # "Russia has never had a system of doping", "they have had talks"
    if keys & (OCCUR | IRREALIS) or prop.restates(list(keys)) > 0:
        if lemma == "be" and rel == "subj" and not _occurring(pred):
            return None  # "talks would be fruitless": an evaluation, not an occurrence
        if lemma == "be" and rel == "pobj" and tok.head.lower_ not in {"in", "into"}:
            return None  # "is open for talks" is not "is in talks"
        return 1, pred
    return None


def _occurring(be: Token) -> bool:
    """ "there are talks", "talks are under way / ongoing / at an advanced stage"."""
    for c in be.children:
        if c.dep_ == "expl" or c.lower_ in _UNDERWAY:
            return True
        if c.dep_ == "prep" and any(g.lower_ in {"way", "stage"} for g in c.children):
            return True
    return False


def _requested(verb: Token) -> bool:
    """ "was asked / told to take the test": someone else's request, which the subject could
    then avoid; only its denial ("never asked to") takes a side."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _REQUESTS and any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)


def transparent(tok: Token) -> Token:
    """Climb "a round of talks", "any form of talks", "any involvement in the coup" to the noun
    that carries the relation."""
    while tok.dep_ == "pobj" and (
            (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _TRANSPARENT)
            or (tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in _INVOLVED)):
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":  # "played a role [in the coup]", the
        return next((c for c in tok.head.head.children  # phrase attached to the verb
                     if c.dep_ == "dobj" and c.lemma_.lower() in _INVOLVED), tok)
    return tok


# A part taken in the event: "had no involvement in the coup", "played a role in the plot".
_INVOLVED = frozenset({"involvement", "role", "part", "hand", "complicity", "participation"})


def _report_truth(view: ClaimView, report: Token) -> int:
    """+1/-1 when a report noun is called true/false ("reports were baseless"), else 0."""
    if report.dep_ != "nsubj":
        return 0
    head = report.head
    for c in [head, *head.children]:
        word = heaped(c).lower_
        if word in TRUTH and c.dep_ in {"acomp", "attr", "ROOT", "ccomp", "conj"} | {head.dep_}:
            return TRUTH[word] * (-1 if negated_here(head) else 1)
    return 0


def event_signals(view: ClaimView) -> list[Signal]:
    """Each mention of the event in the content, read through its scope and the cue (upstream
    `polarity` vetoes a reading of the main predicate that disagrees with it)."""
    out: list[Signal] = []
    for tok in view.tokens:
        found = _event_mention(view, tok)
        if found is None:
            continue
        base, pred = found
        noun = transparent(tok) if tok.pos_ == "NOUN" else tok
        anchor = pred if pred is not None else noun
        w = view.walk(anchor)
        if not usable(w, could_ok=False):
            continue
        if w.commit and w.commit not in {"will", "would", "'ll", "wo"}:
            w.irrealis = w.irrealis or w.commit  # "should resign", "vowed to hold talks"
        if noun != tok and negated_here(tok):
            w.sign *= -1
        if negated_here(noun) and anchor.i != noun.i and not (
                noun.head.i == anchor.i and noun.dep_ in {"nsubj", "nsubjpass"}):
            w.sign *= -1  # "there are no talks": the negation sits on the noun
        lemma = anchor.lemma_.lower()
        if anchor.pos_ == "NOUN" and lemma in REPORT_NOUNS:
            truth = _report_truth(view, anchor)
            decided = view.cue in NEGATIVE_CUES | CONFIRM_CUES or w.sign < 0
            if not truth and not decided:
                continue  # "rumours of a takeover boosted shares": neither denied nor confirmed
            base = truth or 1
        reports = [t for t in w.path[1:] if t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS]
        if reports:  # "reports that the minister would resign were wide of the mark"
            if reports[0].head.head.lemma_.lower() in VERDICT_VERBS:  # stance_verdicts.py
                continue  # "(not) cleared of charges of dodging tests"
            truth = _report_truth(view, reports[0])
            if not truth and view.flip > 0 and w.sign > 0 and view.cue not in CONFIRM_CUES:
                continue
            base *= truth or 1
        if any(c.dep_ == "amod" and c.lemma_.lower() in IRREALIS for c in noun.children):
            w.irrealis = w.irrealis or "possible"  # "a possible takeover", "proposed talks"
        if view.prop.avoids and base < 0 and _requested(anchor):
            base, w.irrealis = 1, anchor.head.lemma_  # "was never asked to submit to a test"
        if view.prop.avoids and lemma in _REQUESTS:
            w.irrealis = w.irrealis or lemma  # "denied he had been told about the test"
        irrealis = w.irrealis or (lemma in IRREALIS and anchor != tok and lemma != "be")
        lacked = base > 0 and done_with_what_lacked(view.prop, anchor)
        base = -1 if lacked else base  # "collected with users' permission": not without consent
        sign = base * w.sign * view.flip
        phrase, cue = view.snippet(anchor, tok), f"cue '{view.cue}' + " if view.flip < 0 else ""
        if irrealis:
            if sign < 0:
                out.append(Signal(-1, 3, f"rules out {cue}{phrase}"))
            continue
        if pred is None and view.cue not in NEGATIVE_CUES | CONFIRM_CUES:
            continue  # a bare noun phrase ("talks") said, neither confirmed nor denied
        if pred is not None and anchor.i == view.root.i and base > 0 and view.polarity in {
                "positive", "negative"} and (sign < 0) != (view.polarity == "negative"):
            continue  # our reading and the upstream polarity disagree: stay neutral
        if view.prop.accused and base > 0 and sign > 0 and not meant_deed(
                lemma, view.prop.deeds, view.prop.predicate):  # "the dam was destroyed": it
            continue  # happened; who did it is the question (stance_blame.py)
        how = "restates the event" if sign > 0 else "restates the event, negated"
        if base < 0:
            how = "says the opposite happened" if view.prop.avoids or lacked else (
                "says the event ended")
        if lemma in _DENIALS:  # "had always denied doping", "never denied the talks"
            how = "denies the event" if sign < 0 else "does not deny the event"
        out.append(Signal(sign, 3, f"{how}: {cue}{phrase}"))
    return out


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
    if set(keys) & CON_ACTS:
        return -1, False
    if set(keys) & REALISE:
        return 1, True
    restate = view.prop.restates(keys) * view.prop.target_sign  # of a scrapping, "should be
    if restate and view.prop.group in {0, 1}:  # mothballed" is done to what it removes; a
        return restate, True  # level's change restated: "no plans to change the limit"
    if set(keys) & UNDO or (set(keys) & BANS and bans_undo(view)) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _HALTS for c in verb.children):
        return (1 if loosened(view.prop, verb) else -1), True  # "should ban identity cards"
    return restate, bool(restate)


BANS = DIRECTIONS[3]  # "ban", "prohibit", "outlaw", "a moratorium"
_HALTS = frozenset({"halt", "end", "stop", "freeze", "pause"})  # "a halt to", "an end to"


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


def act_signals(view: ClaimView, tok: Token) -> list[Signal]:
    """A verb acting on the policy: in the content, or in the speaker's frame around it."""
    tok = law_on(tok, view.prop)  # "change the law on [cannabis]": the law in force
    verb, rel = verb_of(policy_head(tok))
    if rel == "subj" and verb is not None and tok.pos_ != "PRON" and _wanted_to(verb):
        verb, rel = verb.head, "obj"  # "did not need the law to tell them": the law needed
        # (but "wants it to buy back its shares": a pronoun there is the bidder, an agent)
    banned = rel == "pobj" and verb is not None and verb.pos_ == "NOUN" and ((
        verb.lemma_.lower() in BANS and tok.head.lower_ == "on" and bans_undo(view)) or (
        verb.lemma_.lower() in _HALTS and tok.head.lower_ in {"to", "on"}))  # "a ban on GM
    # crops", "a halt to fracking", "an end to the scheme"
    if verb is None or rel == "subj" or tok.head.lower_ == "than" or (
            verb.pos_ not in {"VERB", "AUX"} and not banned and not (verb.pos_ == "ADJ" and (
                rel == "pobj" or tok.dep_ in {"nsubjpass", "dobj"}))):  # (not "X than [a law]")
        return []  # (an adjective with an object is a verb mistagged: 'had "never opposed"')
    in_content = verb.i in view.inside
    if not in_content and (not view.in_frame(verb) or set(phrasal_keys(verb)) & MISREAD):
        return []
    sign, needs_commit = act_sign(view, verb)
    if not sign:
        return []
    if in_content and any(c.dep_ == "nsubj" and (c.lemma_.lower() in _POLLED or any(
            d.lower_ == "most" for d in c.children)) and not any(
            g.lower_ in {"its", "our", "their"} for g in c.subtree) for c in verb.children):
        return []  # "most people backed the cards": a poll (not "most of its members")
    w, flip = view.walk(verb, inside_only=in_content), (view.flip if in_content else 1)
    if on_condition(w, verb, in_content):  # "he would back the bill if a sunset clause was
        total = sign * w.sign * view.ref_sign(tok) * flip  # added": a side, with a price
        return [Signal(total, 2, f"{verb.lemma_} {view.snippet(tok)} on a condition")]
    if not usable(w, could_ok=not needs_commit) or (w.irrealis in OPEN_TO and not shut(w, flip)):
        return []  # "ready to drop the bid" opens a possibility; "not considering it" shuts it
    if needs_commit and (not (commits(view, w) or shut(w, flip)) or view.cue in FORECAST_CUES):
        return []
    if w.sign < 0 and "rule_out" in phrasal_keys(verb):
        return []  # "has not ruled out a deal": a possibility kept open, not support
    total = sign * w.sign * view.ref_sign(tok) * flip
    where = "" if in_content else "frame: "
    return [Signal(total, 3, f"{where}{verb.lemma_} {view.snippet(tok)}"
                             f"{' (negated)' if w.sign < 0 else ''}")]
