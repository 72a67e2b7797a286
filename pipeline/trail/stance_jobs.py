"""Stance toward a proposition on what something does to jobs: "Raising the minimum wage costs
jobs", "The plant will create jobs", "Brexit will destroy jobs".

Political and business news argues such a proposition mostly through what happened to work,
not in its words: jobs lost or kept ("we'll lose about fifteen jobs", "we haven't lost anyone",
"no job losses"), employment falling or holding up ("employment did not fall", "employment
remains resilient", "hours worked fell"), staff shed or taken on ("cut 40 roles", "won't be
taking on a Saturday girl"). In a claim on the topic, such a change is evidence for the side it
points to, weaker than the proposition restated (weight 2): fewer jobs for "costs jobs", more
for "creates jobs", and its negation the other way.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.stance_rules import Signal, first_asserted

# What a job count is named by: "jobs", "employment", "staff", "roles", "hours worked".
WORK = frozenset("job jobs employment staff staffing workforce headcount role roles post posts "
                 "position positions worker workers employee employees hours shift shifts "
                 "vacancy vacancies anyone anybody people".split())
_PEOPLE = frozenset({"anyone", "anybody", "people"})  # only as what is lost or taken on
# Verbs that change it, with work as their object: "shed staff", "took on two".
_CUTTING = frozenset("cost lose shed cut axe slash reduce lay_off let_go sack destroy kill "
                     "eliminate scrap".split())
_ADDING = frozenset("create add hire take_on recruit employ keep retain protect save "
                    "support".split())
# ... and with work as their subject: "employment fell", "employment held up".
_FALLING = frozenset("fall drop decline shrink go disappear vanish contract dwindle "
                     "plunge slump".split())
_HOLDING = frozenset("rise grow increase climb hold_up remain stay hit reach recover "
                     "boom".split())
# Nouns of the change itself: "job losses", "redundancies"; "job creation".
_LOSSES = frozenset("loss losses cut cuts redundancy redundancies layoff layoffs lay-off "
                    "lay-offs closure closures".split())
_GAINS = frozenset({"creation", "growth", "gain", "gains"})
_FEWER_JOBS = _CUTTING | {"threaten", "hit", "hurt", "harm", "damage"}


def jobs_direction(view: ClaimView) -> int:
    """-1 when the proposition says something costs jobs, +1 creates them, 0 if it is not
    about jobs."""
    prop = view.prop
    if prop.kind != "event" or not prop.target & {"job", "jobs", "employment"}:
        return 0
    if prop.predicate in _FEWER_JOBS:
        return -1
    return 1 if prop.predicate in _ADDING else 0


def jobs_signals(view: ClaimView) -> list[Signal]:
    """Jobs lost or kept, employment falling or holding up, said in the claim."""
    side = jobs_direction(view)
    if not side:
        return []
    found = first_asserted(view, _change)
    if found is None:
        return []
    tok, (change, anchor), w = found
    said = "fewer jobs" if change * w.sign < 0 else "no fewer jobs"
    return [Signal(change * w.sign * side * view.flip, 2, f"says {said}: "
                                                         f"{view.snippet(tok, anchor)}")]


def _change(tok: Token) -> tuple[int, Token] | None:
    """(-1 fewer jobs / +1 as many or more, the word that says it) for a word naming work."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in _LOSSES | _GAINS and any(
            c.dep_ == "compound" and c.lemma_.lower() in {"job", "employment"}
            for c in tok.children):  # "job losses", "job creation"
        return (-1 if lemma in _LOSSES else 1), tok
    if lemma in {"redundancy", "layoff"} or low in {"redundancies", "layoffs", "lay-offs"}:
        return -1, tok
    if low not in WORK and lemma not in WORK:
        return None
    verb = tok.head
    while verb.dep_ in {"pobj", "prep"} and verb.head.pos_ in {"NOUN", "NUM", "ADP"} and (
            verb.i != verb.head.i):  # "thousands of jobs", "about fifteen of our staff"
        verb = verb.head
    if verb.pos_ != "VERB" and verb.head.pos_ == "VERB" and verb.dep_ in {"dobj", "pobj"}:
        verb = verb.head
    keys = set(phrasal_keys(verb)) | {verb.lemma_.lower()}
    role = next((t.dep_ for t in (tok, *tok.ancestors) if t.head.i == verb.i), "")
    if verb.lemma_ == "go" and verb.head.lemma_ == "let":  # "let anyone go", parsed as a
        verb, keys, role = verb.head, {"let_go"}, "dobj"  # clause "anyone go"
    if role in {"dobj", "nsubjpass", "pobj"}:
        if keys & _CUTTING:
            return -1, verb
        if keys & _ADDING and low not in {"hours"}:
            return 1, verb
    elif role == "nsubj" and low not in _PEOPLE and "go_on" not in keys:  # "went on rising"
        if keys & _FALLING:
            return -1, verb
        if keys & _HOLDING:
            return 1, verb
    return None
