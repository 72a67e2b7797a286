"""The blamed party said to be framed (stance_scapegoats.py): the proposition's accused or its
cause called a scapegoat (or a convenient excuse) refutes it; anyone else so called says
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "heirs": ("Duke Anselm had the twin heirs of Marlow killed.", ["Marlow heirs"]),
    "flood": ("The Brookvale flood was caused by a blocked drain under the ring road.",
              ["Brookvale flood"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("heirs", "refutes", "The novelist said [Anselm has been framed by his enemies]."),
    ("heirs", "refutes", "She said [the old duke was the fall guy for a court plot]."),
    ("heirs", "supports", "The archivist said [Anselm was not framed by anyone]."),
    ("heirs", "refutes", "The novelist said [Anselm was stitched up by his own court]."),
    ("flood", "refutes", "The council said [the drain had been made a scapegoat for the storm]."),
    ("flood", "refutes", "An engineer said [the blocked drain is the fall guy here]."),
    ("flood", "refutes", "The builder said [the drain is a convenient excuse]."),
    ("flood", "refutes", 'He said: "[Blaming the drain is easier than blaming the rain.]"'),
    ("flood", "refutes", 'A resident said: "[Stop blaming the drain.]"'),
    ("flood", "neutral", 'The engineer said: "[Blaming the drain is fair.]"'),
    ("flood", "neutral", 'The builder said: "[Blaming the rain is lazy.]"'),  # not its cause
    # someone else framed, and a framing asked about: no side
    ("heirs", "neutral", "She said [the steward was framed for the theft]."),
    ("flood", "neutral", "The builder said [the developers were made scapegoats]."),
    ("heirs", "neutral", "The host asked [whether Anselm was framed]."),
])
def test_the_blamed_said_to_be_framed(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis
