"""An involuntary cause offered for a non-event: "they had been injured in a crash" refutes
"deliberately avoided tests", because being hurt or ill is no choice.

Kept apart from stance_rules.py (at its size limit). Only an asserted cause counts: "they were
not injured" or "denied he was ill" says the cause is false, which does not make the
avoidance deliberate, so it gives no signal rather than a side.
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal, usable

INVOLUNTARY = frozenset("injure hurt wound hospitalise hospitalize ill sick unwell".split())
_INJURIES = frozenset({"injury", "illness", "wound"})
_GENUINE = frozenset({"real", "genuine", "serious"})


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
    return _genuine_injury(view)


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
