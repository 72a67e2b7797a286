"""Rules of the twenty-third 2026-12-04 session on endings: the end, death or demise of a good
(or a plain) thing is a harm, the end of a bad thing a good (evaluative.ENDINGS,
eval_frames.ending, stance_eval.complex_valence); "the end of the month" is a time and "the
thin end of the wedge" an idiom, no ending. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "terrace": ("Smoking should be banned on cafe terraces.", ["terrace smoking ban"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The owner said [the ban would be the end of the great British cafe]."),
    ("refutes", "The owner said [it would be the death of the corner cafe]."),
    ("supports", "The doctor said [the ban would be the end of a deadly habit]."),
    ("neutral", "The minister said [the ban would come in at the end of the year]."),
    ("neutral", "The council said [the terrace would close by the end of March]."),
])
def test_ending_stance(nlp, props, expected, marked):
    assert judge(nlp, props["terrace"], marked, cue=None).stance == expected


@pytest.mark.parametrize("marked", [
    "The owner said [the ban was the thin end of a very expensive wedge].",
    "The lawyer said [it was the end of the road for the terrace].",
])
def test_idioms_of_ending_are_no_ending(nlp, props, marked):
    assert "end …" not in judge(nlp, props["terrace"], marked, cue=None).basis
