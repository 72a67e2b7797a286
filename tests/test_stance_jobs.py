"""Stance toward a proposition on what something does to jobs ("Raising the toll costs jobs"):
jobs lost or kept, employment falling or holding up (trail/stance_jobs.py); and the parse of
such a proposition, whose verb the tagger may read as a noun ("costs"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "toll": ("Raising the Marlow bridge toll costs jobs.", ["bridge toll", "toll"]),
    "arena": ("The Kessel jousting arena will create jobs.", ["jousting arena", "arena"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_gerund_subject_and_a_verb_read_as_a_noun(nlp):
    """ "Raising the toll costs jobs": "costs" is the verb, the raising its subject."""
    prop = parse_proposition(*PROPOSITIONS["toll"], nlp)
    assert (prop.predicate, prop.target) == ("cost", frozenset({"job", "jobs"}))


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("toll", "supports", "The haulier said [we'll lose about fifteen jobs by the summer]."),
    ("toll", "supports", "The haulier said [we have cut 40 roles since April]."),
    ("toll", "supports", "The chamber said [small firms will shed staff]."),
    ("toll", "supports", "The forecaster said [the toll would reduce employment by 6,000]."),
    ("toll", "supports", "The haulier said [the rise has cost thousands of jobs]."),
    ("toll", "refutes", "The cafe owner said [honestly, we haven't lost anyone]."),
    ("toll", "refutes", "The economist said [employment did not fall]."),
    ("toll", "refutes", "The union said [there were no job losses]."),
    ("toll", "refutes", "The minister said [employment has held up]."),
    ("toll", "refutes", "The cafe owner said [I haven't let anyone go]."),
    ("toll", "neutral", "The economist said [employment went on rising]."),
    ("toll", "neutral", "The economist said [the data will come out in March]."),
    ("arena", "supports", "The promoter said [we will take on 200 staff]."),
    ("arena", "refutes", "The councillor said [the arena has shed staff every year]."),
])
def test_jobs_lost_or_kept(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected
