"""Stance toward a proposition that says who someone is ("The body found in the Marlow weir is
Tomas Halvorsen"): the thing said to be the one named, or not, or the identification judged
(trail/stance_identity.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "weir": ("The body in the Marlow weir is Tomas Halvorsen.",
             ["Marlow weir", "Halvorsen"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The coroner said [the man found in the weir last May was Tomas Halvorsen]."),
    ("supports", "His sister said [it is him]."),
    ("supports", "The police said [the body was identified as Tomas Halvorsen]."),
    ("supports", "The coroner said [the identification still stands]."),
    ("refutes", "The lawyer said [the body is not Tomas Halvorsen]."),
    ("refutes", "The lawyer said [that is a good story, but it is not an identification]."),
    ("neutral", "The lawyer said [he was Tomas Halvorsen's nephew]."),
    ("neutral", "The coroner said [the weir was closed for a week]."),
])
def test_the_one_named_or_not(nlp, props, expected, marked):
    assert judge(nlp, props["weir"], marked, cue=None).stance == expected
