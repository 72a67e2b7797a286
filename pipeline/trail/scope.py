"""Scope of a word inside a claim: the negations, hedges and frames between it and the root.

`walk` climbs from a word to the content's root collecting what changes its force: negation
("not", "no X", "nobody"), hedges ("might", "whether"), irrealis frames ("ready to hold talks"),
commitments ("should", "vowed to scrap") and embedding in modifiers, relative clauses or
another's reported view, where a word is not what the claim asserts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.trail.commands import dared, imperative
from pipeline.trail.conditions import (
    conditioned,
    deferred,
    in_power,
    only_in_theory,
    only_when,
    pressed,
    purpose,
    too_early,
)
from pipeline.trail.consistency import governs
from pipeline.trail.evaluative import (
    ATTITUDE,
    COMMIT_GOVERNORS,
    CON_ACTS,
    CON_NOUNS,
    DIRECTIONS,
    EVIDENCE_NOUNS,
    FLIP_GOVERNORS,
    IRREALIS,
    NOT_YET,
    OPEN_TO,
    PRO_NOUNS,
    REPORT_NOUNS,
    phrasal_keys,
)
from pipeline.trail.holders import consensus, told_us
from pipeline.trail.misparses import with_hung_auxiliaries
from pipeline.trail.negators import (
    contrasted_with,
    hard_to_credit,
    interjected,
    is_negator,
    negating_no,
    rejected_alternative,
)

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView

_EMBED = frozenset({"relcl", "acl", "advcl", "amod", "appos", "npadvmod", "compound", "parataxis"})
_NEG_SUBJECTS = frozenset({"nobody", "no-one", "none", "nothing", "neither", "noone"})
_STRONG_HEDGES = frozenset({"may", "might", "perhaps", "possibly", "maybe", "probably"})
_COMMIT_MODALS = frozenset({"should", "must", "ought", "shall", "need"})
_STRIVE = frozenset({"fight", "battle", "struggle"})  # "fight to save it": strive, not oppose
FUTURE = frozenset({"will", "would", "'ll", "wo", "'d"})  # "'d" only as a modal (MD)
# How much of something there is, not what it does: "smoking has fallen", "support has grown".
TRENDS = DIRECTIONS[0] | DIRECTIONS[1] | frozenset(
    "decline drop grow soar plummet plunge surge climb slump double halve spread slip slide "
    "dip sink tumble".split())
_ENABLING = frozenset({"power", "right", "ability", "authority", "freedom"})  # as "able to"
# Nouns whose clause is what they are about: "no evidence that ID cards would reduce crime".
_CLAUSE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "fact", "suggestion",
                           "information", "intelligence", "grounds"})
_CONDITIONS = frozenset({"if", "unless", "once", "until", "provided", "providing"})
_OPEN_NOUNS = IRREALIS | REPORT_NOUNS | _CLAUSE_NOUNS | COMMIT_GOVERNORS | PRO_NOUNS
_SCANT_NOUNS = PRO_NOUNS | CON_NOUNS | _CLAUSE_NOUNS | IRREALIS | {"appetite", "enthusiasm"}
_SELF = frozenset({"i", "we", "he", "she", "they", "it"})  # reported speech: the speaker


def negated_here(node: Token) -> bool:
    """The word itself is negated: "not", "never", "no X", "nobody ...", "no longer", "hard to
    believe", or set aside ("rather than X")."""
    if rejected_alternative(node) or _scant(node) or hard_to_credit(node):
        return True
    for c in node.children:
        if is_negator(c):
            return True
        if (c.dep_, c.lower_) == ("preconj", "neither") or negating_no(node, c):
            return True  # "no X", "neither necessary nor desirable"
        if c.dep_ in {"nsubj", "nsubjpass"} and (
                c.lower_ in _NEG_SUBJECTS or any(negating_no(c, d) for d in c.children)):
            return True
        if c.dep_ == "advmod" and any(  # "no longer"; "not yet convinced", "not entirely happy"
                d.lower_ == "no" if c.lower_ == "longer" else c.lower_ in NOT_YET and is_negator(d)
                for d in c.children):
            return True
    return False


def _scant(node: Token) -> bool:
    """ "little support for the plan", "few signs of talks": "little"/"few" without "a" deny
    a stance or evidence noun (not "little firms", where it is size)."""
    return node.lemma_.lower() in _SCANT_NOUNS and not any(
        c.lower_ == "a" for c in node.children) and any(
        c.dep_ == "amod" and c.lower_ in {"little", "few"} for c in node.children)


@dataclass
class Walk:
    """What lies between a word and the content's root."""

    sign: int = 1
    hedge: str = ""  # "might", "whether": the statement is not asserted
    could: bool = False
    irrealis: str = ""  # "ready", "possibility": offered or possible, not happening
    embedded: bool = False  # inside a relative clause or modifier: not what the claim asserts
    commit: str = ""  # "should", "vowed": prescribed or promised, so a position
    path: list[Token] = field(default_factory=list)


def shut(w: Walk, flip: int) -> bool:
    """An open frame negated or denied ("we are not considering dropping the bid"): a refusal."""
    return w.irrealis in OPEN_TO and w.sign * flip < 0


_KNOWING = frozenset({"know", "see", "realise", "realize", "understand", "spot"})


def _plain(clause: Token) -> bool:
    """ "you don't need an expert to see [X]": X is plain to see, asserted whatever the denial
    of the need above it says ("it doesn't take a genius to see [X]")."""
    know = clause.head
    return clause.dep_ == "ccomp" and know.lemma_.lower() in _KNOWING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in know.children) and not hard_to_credit(
        know) and know.head.lemma_.lower() in {"need", "take", "require"} and negated_here(
        know.head)


def walk(view: ClaimView, tok: Token, inside_only: bool = True) -> Walk:
    """Climb from `tok` to the content root (or sentence root), collecting what scopes it."""
    w, node, prev = Walk(), tok, None
    for _ in range(12):
        if prev is not None and prev.dep_ in {"acl", "ccomp"} and node.lemma_ == "fact" and (
                node.pos_ == "NOUN" and node.i < prev.i):
            break  # "could not disguise the fact that [fees broke a promise]": taken as true
        w.path.append(node)
        if prev is None or (prev.dep_ != "conj" and contrasted_with(prev) is not node):
            _scope_at(view, node, prev, w)  # (the X of ", not X" takes no more than its modal)
        elif not any(c.dep_ in {"aux", "auxpass"} for c in prev.children):
            _shared_modal(node, w)  # "should go further and ban it": "should" is shared
        if prev is not None and _still_time(node, prev):
            w.commit = w.commit or "not too late"
            if node.lower_ == "late" or negated_here(node):
                w.sign *= -1  # the idiom's own "not" (met here or further up), not the act's
        elif prev is not None and prev.dep_ in _EMBED and (
                node.lemma_.lower() not in _OPEN_NOUNS) and not (_infinitive(prev) and (
                abs(view.valence(node)) >= 1.0 or _wanted_power(node))):
            w.embedded = True
        head = node.head
        if head.i == node.i or (inside_only and head.i not in view.inside) or _plain(node) or (
                node.dep_ == "advcl" and any(c.lower_ == "because" for c in node.children)):
            break  # "you can't, because [it's gibberish]": a reason given, not denied
        if not inside_only and (head.i == getattr(view.cue_tok, "i", -1)):
            break
        if view.cue_tok is None and head.pos_ == "VERB" and (
                head.lemma_.lower() == view.cue.split(" ")[0]) and not any(
                c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in head.children):
            break  # the cue inside a content joined around it ("...," the statement said, "and";
            # but "I can't say I'd miss them" is the speaker's own verb)
        prev, node = node, head
    return w


# Verbs that make a case: what they must, have to or failed to show is not asserted.
PROVE = frozenset("show demonstrate prove explain justify establish convince persuade".split())


def _shared_modal(node: Token, w: Walk) -> None:
    """The first of two coordinated verbs' modal, shared (not "not": "did not go and stayed")."""
    for c in node.children:
        if c.dep_ == "aux" and c.lower_ in _COMMIT_MODALS:
            w.commit = w.commit or c.lower_
        elif c.dep_ == "aux" and c.lower_ in _STRONG_HEDGES:
            w.hedge = w.hedge or c.lower_


def _wanted_power(noun: Token) -> bool:
    """ "should have (needs) [the power to charge it]", not "has no power to": the law as is."""
    return noun.lemma_.lower() in _ENABLING and (noun.head.lemma_.lower() in {
        "need", "want", "deserve", "seek", "demand"} or any(
        c.dep_ == "aux" and c.lower_ in _COMMIT_MODALS for c in noun.head.children))


def _scope_at(view: ClaimView, node: Token, prev: Token | None, w: Walk) -> None:
    """What `node` adds: its own negation and modals, and as a governor its meaning."""
    if negated_here(node) and not interjected(node):
        w.sign *= -1
    if imperative(node) and not (prev is not None and prev.dep_ == "ccomp" and (
            node.lemma_.lower() in _TELLING)):  # "don't tell me [nobody knew]": a claim
        w.commit = w.commit or "imperative"  # denied, not a command
    w.sign *= -1 if dared(node, prev) else 1  # "tell me [that's an accident]": denied
    if node.lower_ == "ought" and node.tag_ == "MD":  # the parser's head of "ought to scrap it"
        w.commit = w.commit or "ought"
    going = node.lower_ == "going" and getattr(prev, "dep_", "") == "xcomp"  # "going to"
    doers = _SELF if going else {"we", "i"}  # the speaker's own doing, not another's
    if node.tag_ == "VBG" and (going or node.lower_ != "going") and any(
            c.dep_ == "nsubj" and c.lower_ in doers for c in node.children):
        w.commit = w.commit or "we are"  # "we are banning it", "we are going to see it through"
    for c in with_hung_auxiliaries(node):
        low = c.lower_
        if c.dep_ in {"aux", "auxpass"} or (c.dep_ == "advmod" and low in _STRONG_HEDGES):
            if low in _STRONG_HEDGES:
                w.hedge = w.hedge or low
            elif low == "could":  # "could not support it" refuses, "could not have written
                w.could = w.could or not any(n.dep_ == "neg" for n in node.children) or (
                    conditioned(node) and any(n.lower_ == "have" for n in node.children)
                ) or node.lemma_ == "rule"  # them" denies; "could not have been done without",
                # "could not rule out" are judgements, hedged as before
            elif low in _COMMIT_MODALS:
                w.commit = w.commit or low
            elif low in FUTURE and (low != "'d" or c.tag_ == "MD") and (view.agent_speaks or (
                    _PLEDGES & set(view.speaker.split())) or any(
                    s.dep_ == "nsubj" and (s.lower_ in _SELF or _own_side(s) or (
                        (governs(view.speaker) or _unnamed_spokesperson(view.speaker))
                        and governs(_phrase(s))))
                    for s in node.children)):  # "Downing Street said the Prime Minister
                # would not water down the measures": the government's own pledge
                w.commit = w.commit or low  # "we will", reported "they would"; the agent's
                # own "the offer will go ahead" is a promise, not a forecast
        if c.dep_ == "mark" and low in {"whether", "if", "unless"} and node.i != view.supposed:
            w.hedge = w.hedge or low
        wh = c.left_edge.lower_ in {"why", "how"} or (c.dep_ == "prep" and any(  # "told what
            g.dep_ == "pobj" and g.lower_ in {"what", "which"} for g in c.children))  # they
        if (c.dep_ in {"advmod", "npadvmod", "dobj", "prep"} and wh  # were accused of"
                and c.i in view.inside  # (not "I see why [they want it]": judged as said)
                and node.dep_ in {"ccomp", "xcomp", "pcomp"}  # also "how much it will cost"
                and not (view.rhetorical and node.i == getattr(view.root, "i", -1))):
            w.hedge = w.hedge or low  # "had to show why the offer was good": asked, not said
        if c.dep_ == "advcl" and (only_when(node, c) or any(
                m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)):
            if in_power(c):  # "the Tories would scrap the fees if elected": a pledge
                w.commit = w.commit or "pledge"
            elif not (purpose(c) or pressed(c) or deferred(c)):  # "needed if Britain is to
                # meet its targets": an aim; "if I had to bet, I'd bet on X": a lean
                w.hedge = w.hedge or "conditional"  # "would only talk once sanctions are ..."
    either = node.pos_ in {"VERB", "AUX"} and any(  # "either it was X, or Y": neither said
        c.dep_ == "preconj" and c.lower_ == "either" for c in node.children)
    if node.lemma_.lower() in {"likely", "unlikely"} or either:  # "unlikely to work": a
        w.hedge = w.hedge or ("either" if either else "likely")  # judgement, of the opposite
        w.sign *= -1 if node.lemma_.lower() == "unlikely" else 1
    if only_in_theory(node):  # "I like the idea in theory": granted, then doubted
        w.hedge = w.hedge or "in theory"
    if prev is None:
        return
    too = {too_early(t) for t in (node, *node.children) if t is node or t.dep_ == "acomp"}
    if prev.dep_ == "xcomp" and "easy" in too:  # "too easy to say the pilots failed"
        w.sign *= -1
    elif prev.dep_ == "xcomp" and "early" in too:
        w.hedge = w.hedge or "too early"  # "too early to rule out a fault": not yet said
    if prev.dep_ == "ccomp" and node.lemma_.lower() in PROVE and (node.dep_ == "xcomp" or any(
            c.dep_ in {"aux", "nsubj"} and c.lower_ in _COMMIT_MODALS | {"i", "we", "can", "ca"}
            for c in node.children)):  # "must show [it will work]": asked; "I can't prove it":
        w.hedge = w.hedge or node.lemma_.lower()  # held ("the study did not show it": doubted)
    keys = set(phrasal_keys(node)) | {node.lemma_.lower()}
    holders = [c for c in node.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}
               and c.lemma_.lower() not in EVIDENCE_NOUNS  # "every study says": cited
               and not consensus(c)]  # "every vet thinks ...": the field's view, vouched for
    if keys & ATTITUDE and prev.dep_ == "ccomp" and holders and not (
            (holders[0].pos_ == "NOUN" or holders[0].lemma_.lower() in _TITLES)
            and _speaks_for(view)):  # "No 10 said the Prime Minister believed ..."
        w.embedded = True  # "landlords fear the ban will hit profits": their view, reported
    if prev.dep_ == "ccomp" and node.lemma_ == "tell" and told_us(node):
        w.embedded = True  # "they told us it was a fault": what the speaker was told
    striving = keys & _STRIVE and prev.dep_ in {"xcomp", "advcl"} and prev.tag_ == "VB"
    if keys & FLIP_GOVERNORS or (keys & CON_ACTS and not striving and not (
            node.pos_ == "NOUN" and node.lemma_ == "question")) or (  # not "there is no
            node.pos_ == "NOUN" and keys & CON_NOUNS and prev.dep_ == "prep"):  # question of
        # the powers being abused": the noun is a possibility, not a challenge
        w.sign *= -1  # also "concern at [the plans to buy the LSE]", "opposition to [...]"
    if keys & IRREALIS and getattr(prev, "dep_", "") != "oprd":  # "call X a driver": named
        w.irrealis = w.irrealis or node.lemma_.lower()
    had = node.lemma_ == "have" and prev.dep_ != "xcomp"  # "had their data stolen": no "to"
    if keys & PRO_NOUNS and node.dep_ in {"nsubj", "nsubjpass"} and node.pos_ == "NOUN":
        _judged_case(view, node, w)  # "the case for holding rates is getting thinner"
    elif striving or (keys & (COMMIT_GOVERNORS | PRO_NOUNS) and not had) or (keys & _PLEAS and (
            prev.dep_ == "xcomp") and {c.dep_ for c in node.children if c.dep_ == "dobj" or (
            c.lower_ in {"i", "we"})} == {"dobj", "nsubj"}):  # "I am asking you to scrap them"
        w.commit = w.commit or node.lemma_.lower()
    elif "vote" in keys and prev.dep_ == "xcomp" and any(  # "I would vote to ban it": the
            c.dep_ == "nsubj" and c.lower_ in _SELF for c in node.children):  # speaker's own
        w.commit = w.commit or "vote"  # (not "the council voted to ban it": news)
    if prev.dep_ == "csubj" and view.prop.kind == "event":
        options = [c.lemma_.lower() for c in node.children if c.dep_ in {"attr", "acomp"}
                   and c.lemma_.lower() in IRREALIS]
        if options:  # "resigning was not an option"
            w.irrealis = w.irrealis or options[0]
        else:
            w.embedded = True  # "negotiating with America would be a mistake": no fact
    elif prev.dep_ == "csubj":  # "scrapping the ban would be a mistake"
        val = view.valence(node) + sum(
            view.valence(m) for c in node.children if c.dep_ in {"acomp", "attr", "dobj"}
            for m in [c, *c.children] if m == c or m.dep_ == "amod")
        if abs(val) >= 1.0:
            w.sign *= 1 if val > 0 else -1
            w.commit = w.commit or "evaluated"
        else:
            w.embedded = True
    judge = node
    if prev.dep_ == "xcomp" and node.lemma_ == "be" and _infinitive(prev):
        judge = next((c for c in node.children if c.dep_ in {"acomp", "attr"}), node)
    elif prev.dep_ == "ccomp" and node.lemma_ in {"be", "remain", "seem"}:  # "remains
        judge = next((c for c in node.children if c.dep_ == "acomp"), node)  # unconvinced [that"
    if (prev.dep_ in {"xcomp", "ccomp", "csubj", "acl", "pcomp", "prep"} or _infinitive(prev)
            ) and judge.pos_ in {"ADJ", "NOUN"} and not keys & (IRREALIS | REPORT_NOUNS):
        val = view.valence(judge)  # also "it would be irresponsible [to release them]"
        if abs(val) >= 1.0:  # "it would be wrong to scrap the ban"; not "charges of doping"
            w.sign *= 1 if val > 0 else -1
            w.commit = w.commit or judge.lower_


_TELLING = frozenset({"tell", "say", "pretend", "claim", "believe", "imagine", "kid"})
_PLEAS = frozenset({"ask", "beg", "implore", "beseech"})  # not "accused them of asking ..."
_SIDES = frozenset("party government administration union members colleagues side".split())


def _phrase(tok: Token) -> str:
    """A noun with its modifiers before it ("the Prime Minister")."""
    return tok.doc[tok.left_edge.i:tok.i + 1].text


def _own_side(subject: Token) -> bool:
    """ "my party", "our government", reported "his party": the speaker's side, whose "will"
    is a promise like the speaker's own ("his party would scrap the scheme")."""
    if subject.lemma_.lower() in {"government", "administration"} and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
        return any(c.dep_ in {"amod", "compound"} for c in subject.children)  # "a Tory
        # government would scrap the fees": a party's pledge, not a forecast
    return subject.lemma_.lower() in _SIDES and any(
        c.dep_ == "poss" and c.lower_ in {"my", "our", "his", "her"} for c in subject.children)


_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson representative".split())
_VOICES = re.compile(r"\b(?:Downing Street|No\.? ?10|Number (?:10|Ten)|White House|Kremlin|"
                     r"Elys[ée]e|(?:Home|Foreign|Cabinet|Scotland|Wales|Northern Ireland) Office|"
                     r"Treasury|Ministry|Department)\b", re.I)
_TITLES = frozenset("minister president chancellor secretary premier leader chairman".split())
_PLEDGES = frozenset({"manifesto", "manifesto's", "pledge", "pledges"})  # its "would" promises


def _unnamed_spokesperson(speaker: str) -> bool:
    """ "A spokesperson said the government will not ...": a body's voice, named earlier."""
    return bool(speaker.split()) and set(speaker.split()) <= _SPOKESPEOPLE | {"a", "the"}


def _speaks_for(view: ClaimView) -> bool:
    """A spokesperson reporting what their side's people think ("a union spokesman said
    workers feared ...", "a spokeswoman said ministers believed ..."), or an office its head's
    ("Downing Street said the Prime Minister believed ..."): their own position."""
    cue = view.cue_tok
    subjects = [c for c in (cue.children if cue is not None else ()) if c.dep_ == "nsubj"]
    return bool((set(view.speaker.split()) | {c.lemma_.lower() for c in subjects}) & (
        _SPOKESPEOPLE)) or any(_VOICES.search(w) for w in (view.speaker, *map(_phrase, subjects)))


def _still_time(node: Token, prev: Token) -> bool:
    """ "it is not too late [for ministers to look again]": there is still time, so they
    should (a prescription, not a hypothetical)."""
    be = node.head if node.lower_ == "late" else node  # "[to scrap the ban]" hangs from
    late = node if node.lower_ == "late" else next(  # "late" or from "is"
        (c for c in node.children if c.dep_ == "acomp" and c.lower_ == "late"), None)
    return (be.lemma_ == "be" and late is not None and prev.dep_ in {"advcl", "xcomp"}
            and any(c.lower_ == "to" for c in prev.children)
            and any(c.lower_ == "too" for c in late.children)
            and (negated_here(late) or negated_here(be)))


def _infinitive(clause: Token) -> bool:
    """ "[to scrap the scheme]" hanging from an evaluation ("madness to scrap", parsed as a
    relative clause): a complement, not a description."""
    return clause.dep_ in {"relcl", "acl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def case_verdict(view: ClaimView, noun: Token) -> int:
    """A case or call for something that is itself the subject: the claim judges it (+1 "the
    case for a cut is strong", -1 "... weak") or only describes it (0: "... is finely
    balanced", "... is getting thinner"), which asserts no side."""
    head = noun.head  # "... is strong", and "the case for ID cards is collapsing"
    if head.lemma_ == "be" and any(c.lower_ == "where" for c in head.children):
        return 1  # "Where is the evidence that ...?": read as said; the question denies it
    if head.lemma_ in {"make", "prove", "establish"}:
        return 1  # "the case for ID cards has (not) been made": the walk reads the negation
    val = sum(view.valence(c) for c in head.children if c.dep_ in {"acomp", "attr"}) + (
        view.valence(head) if head.pos_ == "VERB" else 0.0)
    return 0 if abs(val) < 1.0 else 1 if val > 0 else -1


def _judged_case(view: ClaimView, noun: Token, w: Walk) -> None:
    if verdict := case_verdict(view, noun):
        w.sign *= verdict
        w.commit = w.commit or noun.lemma_.lower()
    else:
        w.embedded = True
