"""An involuntary cause offered for a non-event: "they had been injured in a crash" refutes
"deliberately avoided tests", because being hurt or ill is no choice.

Kept apart from stance_rules.py (at its size limit). Only an asserted cause counts: "they were
not injured" or "denied he was ill" says the cause is false, which does not make the
avoidance deliberate, so it gives no signal rather than a side.
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import TRUTH, phrasal_keys
from pipeline.trail.stance_rules import Signal, usable

INVOLUNTARY = frozenset("injure hurt wound hospitalise hospitalize ill sick unwell".split())
_INJURIES = frozenset({"injury", "illness", "wound"})
_GENUINE = frozenset({"real", "genuine", "serious"})
# A mishap that would excuse the non-event, and verbs saying it was made up: "the crash was
# staged", "feigned an injury" make the avoidance deliberate.
_MISHAPS = frozenset("accident crash collision fall injury illness sickness".split())
_FABRICATE = frozenset("stage fake feign invent fabricate concoct simulate make_up".split())
# The accused's own version of what happened: judging it judges their defence.
_ACCOUNTS = frozenset({"account", "explanation", "excuse", "story", "version", "alibi"})


def excuse_signals(view: ClaimView) -> list[Signal]:
    """ "[they had been injured in a motorcycle crash]": the event's own participants (or a
    pronoun for them) hurt or ill, asserted, refutes an avoidance event."""
    if not view.prop.avoids:
        return []
    for tok in view.tokens:
        if tok.lemma_.lower() not in INVOLUNTARY or tok.pos_ not in {"VERB", "ADJ"}:
            continue
        pred = tok.head if tok.dep_ == "acomp" else tok  # "were ill": the copula
        subj = [c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj or not (subj[0].pos_ == "PRON" or view.is_arg(subj[0])):
            continue  # "a steward was hurt": not the accused
        w = view.walk(pred)
        if not usable(w, could_ok=False) or w.irrealis or w.sign * view.flip < 0:
            continue
        return [Signal(-1, 3, f"an involuntary cause: {view.snippet(subj[0], tok)}")]
    return (_genuine_injury(view) + _judged_account(view) + _staged_cause(view)
            + _knew_of_it(view))


def _genuine_injury(view: ClaimView) -> list[Signal]:
    """ "[the injuries were real injuries]", "[his injuries were genuine]": the cause is real."""
    for tok in view.tokens:
        if tok.lemma_.lower() not in _INJURIES or tok.dep_ != "nsubj":
            continue
        pred = tok.head
        said = [m for c in pred.children if c.dep_ in {"acomp", "attr"} for m in (c, *c.children)
                if m.lemma_.lower() in _GENUINE]
        w = view.walk(pred)
        if said and usable(w, could_ok=False) and w.sign * view.flip > 0:
            return [Signal(-1, 3, f"the cause was real: {view.snippet(tok, said[0])}")]
    return []


def _judged_account(view: ClaimView) -> list[Signal]:
    """ "[the athletes' account of the crash never made sense]" supports an avoidance, "[their
    explanation was convincing]" refutes it: the accused's version judged, or called true or
    false, by its owner (their, the athletes', a participant's; not the commission's)."""
    from pipeline.trail.stance_eval import complex_valence

    for tok in view.tokens:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.lemma_.lower() not in _ACCOUNTS or tok.dep_ != "nsubj" or owner is None or not (
                owner.pos_ == "PRON" or view.is_arg(owner) or owner.tag_ == "NNS"):
            continue  # "their", "the boxer's", "the athletes'"; not "the commission's"
        truth = [TRUTH[c.lower_] for c in tok.head.children
                 if c.dep_ in {"acomp", "attr"} and c.lower_ in TRUTH]
        val, words = (2.0 * truth[0], ["true" if truth[0] > 0 else "false"]) if truth else (
            complex_valence(view, tok.head))
        w = view.walk(tok.head)
        if abs(val) < 1.0 or not words or not usable(w, could_ok=False):
            continue
        sign = (-1 if val > 0 else 1) * w.sign * view.flip
        return [Signal(sign, 2, f"judges the account: '{', '.join(words[:2])}'")]
    return []


def _staged_cause(view: ClaimView) -> list[Signal]:
    """ "[the crash was staged to give them an excuse]", "[he feigned an injury]": a mishap said
    to be made up supports an avoidance event; said not to be ("was not faked"), refutes it."""
    for tok in view.tokens:
        if tok.lemma_.lower() not in _MISHAPS or tok.dep_ not in {"nsubjpass", "dobj"}:
            continue
        verb = tok.head
        if not set(phrasal_keys(verb)) & _FABRICATE:
            continue
        w = view.walk(verb)
        if not usable(w, could_ok=False) or w.irrealis:
            continue
        return [Signal(w.sign * view.flip, 3, f"a made-up cause: {view.snippet(tok, verb)}")]
    return []


_THIRD = frozenset({"he", "she", "they"})
_KNOW = {"know": 1, "aware": 1, "realise": 1, "realize": 1, "unaware": -1}


def _knew_of_it(view: ClaimView) -> list[Signal]:
    """ "[the boxer knew about the test]", "[both athletes knew they were being sought for
    testing]" support an avoidance (they could have turned up); "[she could not have known]",
    "[he was unaware of the test]" refute it. The knower must be the accused (a pronoun, a
    participant, or "both" of them), and what is known the event's object."""
    for tok in view.tokens:
        side = _KNOW.get(tok.lemma_.lower(), 0)
        pred = tok.head if tok.dep_ == "acomp" else tok  # "was aware of": the copula
        subj = [c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not side or not subj or not (subj[0].lower_ in _THIRD or view.is_arg(subj[0]) or any(
                c.lower_ == "both" for c in subj[0].children)):
            continue  # not "I know what a test means": the speaker, and a concept
        known = [t for c in tok.children if c.dep_ in {"prep", "ccomp"} and not any(
            w.tag_ in {"WP", "WRB", "WDT"} for w in c.subtree) for t in c.subtree]
        if not any(t.lemma_.lower() in view.prop.target or (
                t.lower_.removesuffix("ing") in view.prop.target) for t in known):
            continue
        w = view.walk(pred)
        if not usable(w, could_ok=w.sign < 0) or w.irrealis:
            continue  # "might have known" is a guess; "could not have known" a denial
        return [Signal(side * w.sign * view.flip, 3, f"knew of it: {view.snippet(tok)}")]
    return []
