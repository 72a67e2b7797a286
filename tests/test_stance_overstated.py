"""The case for a policy called overstated argues against it ("the forecasts were wildly
optimistic", "the business case rests on a myth"); the fears about it called overstated argue
for it ("the concerns about noise were unfounded"); a claim that says whose or of what it is
("Labour's fears", "the benefits of exercise") is not the one argued over; a forecast is a fear
or a case by what it foretold ("predictions that the town would lose trade"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "pier": ("A new pier should be built at Seaford.", ["new pier", "Seaford pier", "pier"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "Residents said [the economic case was overstated]."),
    ("refutes", "She said [the benefits had been wildly exaggerated]."),
    ("refutes", "He said [the visitor forecasts were wildly optimistic]."),
    ("refutes", "She said [the business case for the pier rests on a myth]."),
    ("refutes", "He said [the promised savings were a fantasy]."),
    ("refutes", "She said [the case for the pier was flimsy]."),
    ("supports", "The council said [the fears about noise were overblown]."),
    ("supports", "He said [the environmental concerns had been exaggerated]."),
    ("supports", "She said [the objections were unfounded]."),
    ("refutes", "She said [the fears were not overblown]."),
    ("supports", "He said [the forecasts were not optimistic at all]."),
    ("neutral", "He said [the benefits of sea swimming were overstated]."),
    ("neutral", "She said [Labour's fears had been exaggerated]."),
    ("neutral", "He said [the fears were optimistic]."),  # a fear is not over-optimistic
    ("supports", "He said [predictions that the town would lose trade proved unfounded]."),
    ("refutes", "She said [predictions that tourists would flock back proved unfounded]."),
])  # a forecast is a fear or a case by what it foretold
def test_claims_called_overstated(nlp, props, expected, marked):
    found = judge(nlp, props["pier"], marked, None)
    assert found.stance == expected, found.basis


def test_the_basis_says_which_claim_was_called_overstated(nlp, props):
    found = judge(nlp, props["pier"], "She said [the objections were unfounded].", None)
    assert found.basis.startswith("calls the fears about it overstated")
