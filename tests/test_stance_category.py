"""A policy that files a thing under a kind ("Stunt kites should be regulated as aircraft";
trail/stance_category.py): the thing said to be of the kind, called or classed as it, argues
for the policy, said not to be against; the kind said of another thing, or a kind of it a
compound names ("a toy aircraft"), argues nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "kites": ("Stunt kites should be regulated as aircraft.", ["stunt kites"]),
    "moon": ("Kessel's moon should be classified as a planet.", ["Kessel's moon"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("kites", "supports", "The pilot said [stunt kites are aircraft]."),
    ("kites", "refutes", "The club said [it's not an aircraft, it's a toy]."),
    ("moon", "supports", "The astronomer said [we should call it a planet]."),
    ("moon", "supports", "The astronomer said: \"[I'm calling it a planet.]\""),
    ("moon", "refutes", "The astronomer said [nobody should call it a planet]."),
    ("moon", "neutral", "The astronomer said [Marlow was called a planet for fifty years]."),
    ("moon", "neutral", "The astronomer said [it is a dwarf planet]."),
])
def test_the_thing_filed_under_the_kind_or_not(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected, marked
