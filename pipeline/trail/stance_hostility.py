"""Hostility vowed against the policy's agent: "fans vowed to make Glazer's life a misery"
refutes "Glazer should take over the club". Whoever promises or wants harm for the one who is
to act opposes the act. Only a promise or wish counts (a harm merely reported is news), and
only harm: wishing the agent well is too weak a sign of support.
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal, usable


def hostility_signals(view: ClaimView) -> list[Signal]:
    """ "[to make Malcolm Glazer's life a misery]" after "vowed"/"threatened"/"want"."""
    if not view.prop.agents or not view.commit_cue():
        return []
    for tok in view.tokens:
        if tok.lower_ not in view.prop.agents or tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        while tok.dep_ in {"compound", "flat"}:
            tok = tok.head  # "Malcolm Glazer": the name's head
        noun = tok.head if tok.dep_ == "poss" else tok  # "Glazer's life"
        if noun.dep_ not in {"nsubj", "dobj", "pobj"} or noun.head.i not in view.inside:
            continue
        pred = noun.head
        parts = [pred, *(c for c in pred.children if c.dep_ in {"acomp", "attr", "oprd"})]
        val = sum(view.valence(p) for p in parts)
        w = view.walk(pred)
        if val <= -1.0 and usable(w, could_ok=True) and w.sign > 0:
            return [Signal(-1 * view.flip, 3, f"harm vowed on the agent: {view.snippet(pred)}")]
    return []
