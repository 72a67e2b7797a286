"""A proposition that names a cause (trail/stance_causes.py): its own cause named for the
effect takes its side, its denial or another cause (called the real one, or a doer) the other;
that the effect happened is no side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "ferry": ("The ferry's loss of steering caused the pier collapse.", ["pier collapse"]),
    "blaze": ("The moorland wildfire was started by a faulty electricity cable.", ["wildfire"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("ferry", "supports", "The inspector said [the loss of steering caused the collapse]."),
    ("ferry", "supports", "The inspector said [the steering failure led directly to the "
                          "collapse]."),
    ("ferry", "supports", "The inspector said [the loss of steering was the direct cause of the "
                          "accident]."),
    ("ferry", "refutes", "The owners said [the loss of steering did not cause the collapse]."),
    ("ferry", "refutes", "The owners said [the real cause was a pier with no fenders]."),
    ("ferry", "refutes", "The owners said [the collapse was caused by the harbour pilots]."),
    ("blaze", "supports", "The fire service said [the cable started the fire]."),
    ("blaze", "refutes", "A farmer said [the fire was started by arsonists]."),
])
def test_a_cause_named(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected and "cause" in found.basis, found


@pytest.mark.parametrize("marked", [
    "The inspector said [the collapse was caused on Tuesday night].",  # it happened
    "The inspector said [the cause of the delay was a strike].",  # another effect
    "The inspector said [if the steering failed, it could have caused the collapse].",
])
def test_no_side_from_the_effect_alone_another_effect_or_a_hypothesis(nlp, props, marked):
    found = judge(nlp, props["ferry"], marked, "say")
    assert found.stance == "neutral", found
