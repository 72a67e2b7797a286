"""Hostility against the policy's agent: "fans vowed to make Glazer's life a misery" refutes
"Glazer should take over the club". Whoever promises or wants harm for the one who is to act
opposes the act. Only a promise or wish counts (a harm merely reported is news), and only harm:
wishing the agent well is too weak a sign of support.

Also an accusation of the government over a government policy ("accused ministers of
[gimmickry]"): the accuser opposes what the government does, unless the charge is that it is
not doing enough of it ("accused ministers of [caving in to the pub lobby]"): then the accuser
wants more of the policy.
"""

from __future__ import annotations

from pipeline.trail.claim_view import GOVERNED, ClaimView
from pipeline.trail.consistency import governs
from pipeline.trail.evaluative import REMOVE, phrasal_keys
from pipeline.trail.stance_rules import Signal, usable

_ACCUSE = frozenset({"accuse", "blame", "criticise", "criticize", "attack", "condemn", "slam",
                     "blast", "lambast", "rebuke", "castigate"})
# Charges of doing too little of the policy, or nothing: a complaint from its own side.
_FALTER = frozenset("cave cave_in drag dither delay stall bow backtrack retreat u-turn fudge "
                    "falter hesitate ignore neglect fail duck dodge shirk sit_on bury "
                    "drag_feet refuse decline".split()) | REMOVE


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


# What a government presses on past: "ignoring the warnings of police and doctors" is haste,
# not neglect of the policy.
_CAUTIONS = frozenset("warning warnings concern concerns advice evidence objection objections "
                      "protest protests critic critics opposition fear fears expert experts "
                      "view views voice voices".split())


# Agents that are a government: "the government", or a country it governs ("Britain should").
_GOVERNMENTS = GOVERNED | {"england", "scotland", "wales"}


def accusation_signals(view: ClaimView) -> list[Signal]:
    """ "[Mr Kennedy] accused the government of [trampling on centuries-old freedoms]"."""
    cue = view.cue_tok
    if cue is None or view.cue.split(" ")[0] not in _ACCUSE or view.prop.kind != "policy":
        return []
    if view.prop.agents and not view.prop.agents & _GOVERNMENTS:
        return []  # someone else's policy ("Deutsche Boerse should buy the LSE")
    accused = [c for c in cue.children if c.dep_ == "dobj" and c.i not in view.inside]
    if not accused or not governs(" ".join(t.lower_ for t in accused[0].subtree)):
        return []
    main = [t for t in (view.root, *(view.root.conjuncts if view.root is not None else ()))
            if t is not None]  # the charge itself, not "while ignoring the real problems"
    main += [g for t in (*main[:1], cue) for c in t.children if c.dep_ == "prep" and (
        c.lower_ == "in" and c.i in view.inside) for g in c.children if g.dep_ == "pcomp"]
    # "[cowardice in refusing to ...]", the "in" hung on the content's noun or on the cue
    falter = next((t for t in main if set(phrasal_keys(t)) & _FALTER and not any(
        c.dep_ == "mark" and c.lower_ in {"while", "whilst"} for c in t.children)), None)
    if falter is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in _CAUTIONS
                                  for c in falter.children):
        return [Signal(-1, 2, f"accuses {view.snippet(accused[0])} of ignoring "
                              "warnings")]  # pressing on regardless: too much of it
    if falter is not None:  # the charge is doing too little of it: the accuser wants more
        return [Signal(1, 2, f"accuses {view.snippet(accused[0])} of '{falter.text}'")]
    return [Signal(-1, 2, f"accuses {view.snippet(accused[0])}")]
