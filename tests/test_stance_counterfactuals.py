"""A counterfactual denies its condition (trail/stance_counterfactuals.py): "if there were talks,
I would know" says there are none; "if the ban worked, why are injuries rising?" that it does
not work. A case put by the speaker, an open condition or a policy that happens in it is no
denial. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "talks": ("Ruritania and Marlow are holding talks.", ["talks"]),
    "joust": ("Jousting should be banned in Kessel.", ["jousting ban"]),
    "flood": ("A faulty valve caused the Kessel Lane flood.", ["Kessel Lane flood"]),
    "books": ("Corvo's customers were invented.", ["Corvo"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("talks", "refutes", "The envoy said [if there were talks, I would know about them]."),
    ("talks", "refutes", "The envoy said: [If there had been talks, we'd have heard by now]."),
    ("talks", "supports",
     "The envoy said [if there had been no talks, the minister would not have flown to Marlow]."),
    ("joust", "refutes", "The rider said [if bans worked, we would have had the proof years ago]."),
    ("joust", "refutes", "The rider asked: [If the ban worked, why are injuries still rising?]"),
    ("joust", "refutes", "The rider asked: [If bans work, why do the banned towns have more "
                         "injuries?]"),  # any condition, put to the test of a fact
    ("flood", "supports", "The engineer asked: [If it was the drains, why has the lane never "
                          "flooded before?]"),
    ("books", "refutes", "The auditor asked: [If the customers were invented, who paid the "
                         "invoices?]"),
    ("flood", "refutes",
     "The engineer said [if the valve had been the cause, the pump house would have flooded "
     "first]."),
])
def test_a_counterfactual_denies_its_condition(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert (found.stance, found.basis.split(":")[0]) == (expected, "counterfactual"), found


@pytest.mark.parametrize(("key", "marked"), [
    ("talks", "The envoy said [if I were a betting man, I would say there are talks]."),
    ("talks", "The envoy said [if there are talks, the minister will tell us]."),
    ("talks", "The envoy said [if the talks were to start, prices would fall]."),
    ("joust", "The rider said [if we banned jousting, the fairs would lose their crowds]."),
    ("joust", "The rider said [if they banned it tomorrow, the fairs would close]."),
    ("joust", "The rider asked: [If the ban is so good, why is it only guidance?]"),
    ("joust", "The rider asked: [If the ban worked in Marlow, why couldn't it work here?]"),
    ("joust", "The rider asked: [If bans work in Marlow, why not here?]"),
    ("joust", "The rider asked: [If it's wrong to hurt a horse, why is it fine to hurt a "
              "rider?]"),  # an analogy's step
    ("joust", "The rider said [she would have backed the ban if it had worked in Marlow]."),
])
def test_no_denial_from_a_case_put_an_open_condition_or_a_policy_done(nlp, props, key, marked):
    assert not judge(nlp, props[key], marked, "say").basis.startswith("counterfactual"), marked
