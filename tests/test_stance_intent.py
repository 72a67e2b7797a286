"""A proposition that a thing was done on purpose (trail/stance_intent.py): an accident, or a
thing that happened by itself, argues against it; its denial, "deliberate" or "sabotage" for
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "pier": ("The freighter deliberately rammed the harbour pier.", ["pier"]),
    "ferry": ("The ferry rammed the harbour pier.", ["pier"]),  # no intent in dispute
    "mill": ("The fire that destroyed Kelby Mill was started deliberately.", ["Kelby Mill"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The harbourmaster said [a ship does not hit a pier like that by accident]."),
    ("supports", "The harbourmaster said [it was no accident]."),
    ("supports", "The harbourmaster said [it was sabotage, plain and simple]."),
    ("supports", "The harbourmaster said [the collision was deliberate]."),
    ("supports", "The harbourmaster said [rudders do not turn by themselves]."),
    ("supports", "The harbourmaster said [the crew did it on purpose]."),
    ("supports", "The harbourmaster said [if it had been an accident, the crew would have said "
                 "so]."),  # a counterfactual: it was not
    ("refutes", "The owners said [it was an accident]."),
    ("refutes", "The owners said [a worn steering cable let the rudder swing on its own]."),
    ("refutes", 'The captain said: "[I did not knowingly ram the pier, and I never would]."'),
])
def test_meant_or_not(nlp, props, expected, marked):
    found = judge(nlp, props["pier"], marked, "say")
    assert found.stance == expected, found
    assert "accident" in found.basis or "purpose" in found.basis, found


@pytest.mark.parametrize(("key", "marked"), [
    ("pier", "The owners said [if it was an accident, the crew will have reported it]."),
    ("pier", "The owners said [the accident investigators arrived on Monday]."),
    ("pier", "The owners said [two crewmen were hurt in the accident]."),  # a mishap named
    ("pier", "The owners said [they could not rule out a deliberate act]."),  # a kind named
    ("pier", "The owners said [a rudder jammed by accident would set off alarms]."),
    ("pier", "The owners said [it was an act of sabotage by a rival firm]."),  # another doer
    ("ferry", "The owners said [it was an accident]."),  # whether it was meant is not asked
])
def test_no_side_from_a_hypothesis_another_thing_or_no_intent(nlp, props, key, marked):
    found = judge(nlp, props[key], marked, "say")
    assert "accident" not in found.basis, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The detective said [we are treating the fire as arson]."),
    ("supports", "The insurer said [the fire was set]."),
    ("supports", "A neighbour said [somebody did this]."),
    ("supports", "A neighbour said [somebody helped it along]."),
    ("supports", "A neighbour wrote: [Tell me that's an accident]."),  # a dare: denied
    ("refutes", "The owner said [an electrical fault is the likeliest answer]."),
    ("supports", "The expert said [two seats of fire pointed to a deliberate act]."),
    ("refutes", "The owner said [the fire was not arson]."),
    ("refutes", "The owner said [it was an accident]."),
    ("neutral", "The owner said [the heat set off the sprinklers]."),
    ("neutral", "The owner said [police were investigating whether it was arson]."),
])
def test_a_fire_set_is_set_on_purpose(nlp, props, expected, marked):
    """Of a fire said started on purpose, a fire set or called arson is a deed meant."""
    assert judge(nlp, props["mill"], marked, "say").stance == expected
