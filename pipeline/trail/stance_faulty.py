"""A cause that is a thing's fault: "The outage was caused by faults in the billing system",
"The fire was started by a defect in the boiler". Whether the thing was faulty is the question,
and claims answer it about the thing: said to be sound ("the system was robust", "the boiler was
working as designed", "it had no bugs") argues against the proposition; said to be faulty ("the
system was unreliable", "the software was wrong", "riddled with bugs", "it kept crashing") argues
for it. Of a cause that is a thing failing ("a steering failure", "a failure of voltage
control"), a claim that says the failing happened ("the steering failed", "we had no steering")
argues for it, and one that says it did not against. Read by stance_causes.caused after a cause
named outright.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.proposition import Proposition
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_hypotheses import DEFICITS
from pipeline.trail.stance_rules import Signal, usable

# A proposition that lays the effect on a thing's fault ("faults in", "a faulty update").
_FAULTED = re.compile(r"\b(?:faults?|faulty|bugs?|buggy|defects?|defective|flaws?|flawed|"
                      r"glitch(?:es)?|malfunction(?:s|ing)?|failures?)\b", re.I)
_FAULT_WORDS = frozenset("fault faulty bug buggy defect defective flaw flawed glitch "
                         "malfunction failure".split())
_NOT_THINGS = frozenset({"it", "this", "that", "one", "kind", "type"})
# Other words for a thing of its kind: a "system" is also "the computer", "the software".
_KIN = {"system": {"computer", "software"}, "software": {"system", "computer", "program"},
        "update": {"patch", "software"}, "wiring": {"cable", "cables", "electrics"}}
# What a thing is said to be: sound (-1 for the proposition) or faulty (+1).
_STATES = {**dict.fromkeys("robust reliable sound accurate infallible flawless dependable "
                           "trustworthy fine secure stable".split(), -1),
           **dict.fromkeys("faulty flawed defective buggy unreliable wrong broken inaccurate "
                           "unstable unsafe".split(), 1)}
# What a thing is said to do: work as it should (-1) or fail (+1).
_DOINGS = {**dict.fromkeys("work function operate perform pass".split(), -1),  # "passed its
           # survey"
           **dict.fromkeys("fail malfunction crash break glitch err freeze".split(), 1)}


def faulted_things(prop: Proposition) -> frozenset[str]:
    """The words of the thing whose fault the proposition blames ("system", "horizon" of
    "faults in the Horizon IT system"), with its kin; empty when the cause is no thing's
    fault."""
    if prop.kind != "event" or not _FAULTED.search(prop.text):
        return frozenset()
    things = set(prop.explains - prop.target - prop.args - _FAULT_WORDS - _NOT_THINGS)
    if len(things) > 1 and {m.lower() for m in _FAULTED.findall(prop.text)} <= {
            "failure", "failures"}:
        return frozenset()  # "a failure of pump speed control": one word of it is no thing
        # (failure_signals below reads it); "a steering failure" is the steering's
    return frozenset(things | {k for t in things for k in _KIN.get(t, ())})


# A cause named by the state its thing was in: "by a blocked culvert under the bypass", "by
# crumbling concrete panels": the state (a participle) and the thing (the last word before a
# preposition or the end).
_PLACES = r"(?:under|at|in|on|from|of|near|by|beside|behind|below|above|inside|with)\b"
_CONDITIONED = re.compile(
    r"\b(?:by|because\s+of|due\s+to|owing\s+to|from)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?"
    rf"([a-z]+(?:ed|ing))\s+((?:(?!{_PLACES})[A-Za-z-]+\s+){{0,2}}[a-z]+)\s*(?:\b{_PLACES}|[.,]|$)")
# The state's undoing: a blocked thing said to be clear, or cleared.
_UNDONE = {"block": {"clear", "unblocked", "free-flowing"}, "crumble": {"sound", "intact"},
           "leak": {"sound", "intact", "watertight"}, "corrode": {"sound", "intact"}}


@lru_cache(maxsize=256)
def _condition(text: str) -> tuple[str, str]:
    """(the state's lemma, the thing) of a cause named by its state ("block", "culvert" of
    "caused by a blocked culvert"); empty for any other."""
    found = _CONDITIONED.search(text)
    if found is None:
        return "", ""
    state = found.group(1).lower()
    stem = state[:-3] if state.endswith("ing") else state[:-2] if state.endswith("ed") else state
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # "dammed": "dam"
    return stem, found.group(2).split()[-1].lower()


def condition_signals(view: ClaimView) -> list[Signal]:
    """The cause's thing said to be in its state ("the culvert was blocked", "the panels were
    crumbling") argues for it; said not to be, or to be the state's undoing ("the culvert was
    clear", "it had been cleared"), against it."""
    state, thing = _condition(view.prop.text) if view.prop.kind == "event" else ("", "")
    if not state:
        return []
    for tok in view.tokens:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lemma_.lower() not in {thing, (
                thing.removesuffix("s"))} or tok.head.i not in view.inside:
            continue
        said = [tok.head, *(c for c in tok.head.children if c.dep_ in {"acomp", "oprd"})]
        side = next((1 if w.lemma_.lower().startswith(state) else -1 for w in said
                     if w.lemma_.lower().startswith(state) or w.lower_ in _UNDONE.get(
                         state, ()) or w.lemma_.lower() in _UNDONE.get(state, ())), 0)
        w = view.walk(said[-1])
        if not side or not usable(w, could_ok=False) or w.irrealis:
            continue
        how = "in its state" if side * w.sign > 0 else "not in its state"
        return [Signal(side * w.sign * view.flip, 2,
                       f"says the cause was {how}: {view.snippet(tok, said[-1])}")]
    return []


def soundness_signals(view: ClaimView) -> list[Signal]:
    """One signal for the thing blamed said to be sound or faulty (see the module)."""
    things = faulted_things(view.prop)
    if not things:
        return condition_signals(view)
    for tok in view.tokens:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.i not in view.inside or not (
                tok.lemma_.lower() in things or any(
                    c.dep_ == "compound" and c.lemma_.lower() in things for c in tok.children)):
            continue
        head = next((v for v in (tok.head, *tok.head.conjuncts) if _verdict(v)[0]), tok.head)
        side, word = _verdict(head)  # "had been serviced and had passed its survey"
        w = view.walk(word if word is not None else head)
        if not side or not usable(w, could_ok=False) or w.irrealis:
            continue
        said = "says the thing blamed was faulty" if side * w.sign > 0 else (
            "says the thing blamed was sound")
        return [Signal(side * w.sign * view.flip, 2, f"{said}: {view.snippet(tok, word)}")]
    return []


def _verdict(verb: Token) -> tuple[int, Token | None]:
    """(+1 faulty, -1 sound, 0 neither; the word) of what ``verb`` says of its subject."""
    lemma = verb.lemma_.lower()
    if lemma in _DOINGS:
        return _DOINGS[lemma], verb
    if verb.lower_ == "riddled":  # "the software was riddled with bugs"
        return 1, verb
    if lemma in {"have", "contain"}:  # "it had bugs"; "it had no bugs": the walk turns "no"
        found = next((c for c in verb.children if c.dep_ == "dobj"
                      and c.lemma_.lower() in _FAULT_WORDS), None)
        if found is not None:
            return 1, found
    for c in verb.children:
        if c.dep_ in {"acomp", "attr", "oprd"} and c.lower_ in _STATES:
            return _STATES[c.lower_], c
    return 0, None


# Words a claim says a cause that is a thing failing (stance_hypotheses.DEFICITS) with: "failed
# to control voltage", "lacked capacity to control voltage".
_FAILING = frozenset("fail failure lack lose loss shortage insufficient inadequate unable "
                     "fault".split())
_TIMES = frozenset({"year", "month", "week", "day", "time", "hour"})


def failure_signals(view: ClaimView) -> list[Signal]:
    """+1 when the claim says the failing the proposition blames happened ("some plants failed
    to control voltage", "the system lacked capacity to control voltage", "insufficient voltage
    control capacity"), -1 when it says it did not: what failed named by as many of its words
    as the proposition has (two of "voltage", "control", "grid"), with a word of failing."""
    explains = view.prop.explains - view.prop.args  # not "the loss" of "the loss of power
    if not explains & DEFICITS:  # caused the collapse", a fact granted by all
        return []
    failed = explains - view.prop.target - DEFICITS - _TIMES
    named = [t for t in view.tokens if t.lemma_.lower() in failed]
    if not failed or len({t.lemma_.lower() for t in named}) < min(2, len(failed)):
        return []
    for tok in named:
        near = [tok, *list(tok.ancestors)[:4]]
        marker = next((m for n in near for m in (n, *n.children, *(
            g for c in n.children if c.dep_ == "prep" for g in c.children)) if _failing(m)), None)
        w = view.walk(marker) if marker is not None else None
        if w is None or w.hedge or w.irrealis:
            continue
        said = -w.sign if marker.lower_ in {"enough", "no"} else w.sign  # "did not have
        # enough", "had no steering": the lack is the failing, not its denial
        return [Signal(said * view.flip, 2, f"says its cause happened: "
                                            f"{view.snippet(marker, tok)}")]
    return []


def _failing(tok: Token) -> bool:
    """A word of failing: "failed", "lacked", "insufficient", "at fault"; "too few", and
    "enough" under a negation ("did not have enough capacity")."""
    if tok.lower_ == "enough":
        return any(negated_here(h) for h in (tok, tok.head, tok.head.head))
    if tok.lower_ == "no" and tok.dep_ == "det" and tok.head.dep_ in {"dobj", "attr"}:
        return tok.head.head.lemma_ in {"have", "be"}  # "we had no steering": it was lacking
    return tok.lemma_.lower() in _FAILING or (tok.lower_ in {"few", "little"} and any(
        c.lower_ == "too" for c in tok.children))
