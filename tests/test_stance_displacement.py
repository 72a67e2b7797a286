"""Stance toward a proposition that something pushes a thing elsewhere ("The toll pushes lorries
onto village roads"): more of the thing where it went, or no more (trail/stance_displacement.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "toll": ("The Marlow bridge toll pushes lorries onto village roads.",
             ["bridge toll", "village roads", "Kessel Lane"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The parish said [Kessel Lane lorries are up 6 per cent]."),
    ("supports", "The parish said [the lorries outside the school have got worse since June]."),
    ("supports", "The parish said [the toll has simply moved the problem round the corner]."),
    ("supports", "The parish said [the counts show a small rise on Kessel Lane]."),
    ("supports", "The hauliers said [drivers are being forced onto Kessel Lane]."),
    ("refutes", "The council said [it had seen no evidence of displacement]."),
    ("refutes", "The council said [Kessel Lane is much quieter now]."),
    ("neutral", "The council said [the toll booths are ugly]."),
    ("neutral", "The council said [the toll is much better for residents]."),  # the pusher
])
def test_more_of_it_where_it_was_pushed(nlp, props, expected, marked):
    assert judge(nlp, props["toll"], marked, cue=None).stance == expected
