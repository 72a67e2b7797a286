"""A policy's state prescribed: what a ban or a permission is about kept banned or allowed
("[Keep them banned]", "[e-scooters should remain illegal]"), a duty's act made compulsory or
left voluntary ("[Helmets should be compulsory]"), what the proposition would take into public
hands held there or in private hands ("[The railways should stay in public hands]")."""

from __future__ import annotations

from dataclasses import replace

from pipeline.trail.claim_view import LEGAL_STATES, ClaimView
from pipeline.trail.evaluative import OWNERSHIP_KEYS, direction_of, owned_by
from pipeline.trail.stance_restate import TOPIC_PRONOUNS, not_yet
from pipeline.trail.stance_rules import Signal, commits, usable

_KEEPING = frozenset({"keep", "remain", "stay", "leave"})


def kept_state_signals(view: ClaimView) -> list[Signal]:
    """ "[Keep them banned]", "[e-scooters should remain illegal]": the thing a ban or a
    permission is about, prescribed to stay banned or allowed. As the proposition would have
    it supports; the opposite state refutes."""
    if view.prop.kind != "policy" or view.prop.group not in LEGAL_STATES.values():
        return []
    for state in view.tokens:
        group = LEGAL_STATES.get(state.lower_) or (
            direction_of(state.lemma_.lower()) if state.tag_ == "VBN" else None)
        verb = state.head
        if group not in LEGAL_STATES.values() or verb.lemma_.lower() not in _KEEPING or (
                state.dep_ not in {"oprd", "acomp", "ccomp", "xcomp"}):
            continue
        kept = [c for h in (verb, state) for c in h.children  # "keep [them] banned"
                if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
        if not any(k.i in view.refs or view.is_arg(k) or k.lower_ in TOPIC_PRONOUNS
                   for k in kept):  # "keep [fighting dogs] banned": what a ban is on
            continue
        w = view.walk(verb)
        if w.hedge == "conditional" and not_yet(verb):  # "should remain illegal until
            w = replace(w, hedge="")  # pavement riding can be stopped": illegal for now
        if not usable(w, could_ok=False) or not commits(view, w):
            continue
        side = (1 if group == view.prop.group else -1) * w.sign * view.flip
        return [Signal(side, 3, f"kept {state.text}: {view.snippet(verb, state)}")]
    return []


# A duty's states: "helmets should be compulsory", "it should be standard in every new car",
# "the law", "statutory" (+1); "stay voluntary" (-1).
_DUTY_STATES = {"compulsory": 1, "mandatory": 1, "obligatory": 1, "law": 1, "standard": 1,
                "statutory": 1, "voluntary": -1, "optional": -1}


def duty_state_signals(view: ClaimView) -> list[Signal]:
    """ "[Helmets should be compulsory]", "[we should make voting compulsory]", "[it must stay
    voluntary]": the duty's act or thing prescribed to be compulsory (+1) or voluntary (-1);
    for another policy, the policy itself ("[the ban should be the law]", "[it should be
    statutory]"), signed by what the claim calls it."""
    if not view.prop.compels and view.prop.kind != "policy":
        return []
    for state in view.tokens:
        duty, verb = _DUTY_STATES.get(state.lower_), state.head
        if duty is None or state.dep_ not in {"acomp", "oprd", "ccomp", "xcomp", "attr"} or (
                verb.lemma_.lower() not in _KEEPING | {"be", "make", "become"}):
            continue
        held = [c for h in (verb, state) for c in h.children if c.dep_ in _HELD
                and c.lower_ not in _OWN_SUBJECTS]
        named = [k for k in held if k.i in view.refs or k.lower_ in TOPIC_PRONOUNS or (
            view.prop.compels and view.is_arg(k))]
        if not named or (not view.prop.compels and duty < 0):
            continue  # a policy made optional is no policy of its own
        w = view.walk(verb)
        if not usable(w, could_ok=False) or not commits(view, w) or (
                not view.prop.compels and w.commit not in _PRESCRIBED):
            continue  # "it will become law by the summer": a timetable, not a prescription
        way = 1 if view.prop.compels or named[0].i not in view.refs else view.ref_sign(named[0])
        return [Signal(duty * way * w.sign * view.flip, 3,
                       f"made {state.text}: {view.snippet(verb, state)}")]
    return []


_PRESCRIBED = frozenset({"should", "must", "ought", "imperative", "need"})
_OWN_SUBJECTS = frozenset({"we", "i", "you", "they", "government", "ministers"})
_HELD = frozenset({"dobj", "nsubj", "nsubjpass", "csubj"})  # "[wearing one] should be compulsory"
_BELONGING = _KEEPING | {"be", "belong", "go"}


def owned_state_signals(view: ClaimView) -> list[Signal]:
    """ "[The railways should stay in public hands]", "[it belongs in public ownership]": what
    the proposition would take into public hands, prescribed to be held there (+1) or in
    private hands (-1)."""
    if view.prop.predicate not in OWNERSHIP_KEYS:
        return []
    for i in sorted(view.refs):
        owner = view.sent.doc[i]
        side, prep = owned_by(owner), owner.head
        if not side or owner.dep_ != "pobj" or prep.lower_ not in {"in", "under"} or (
                prep.head.lemma_.lower() not in _BELONGING):
            continue
        w = view.walk(prep.head)
        if not usable(w, could_ok=False) or not (commits(view, w) or prep.head.lemma_ == "belong"):
            continue  # "Scottish Water is in public hands": a fact, no prescription
        return [Signal(side * w.sign * view.flip, 3,
                       f"held in {owner.text}: {view.snippet(prep.head, owner)}")]
    return []
