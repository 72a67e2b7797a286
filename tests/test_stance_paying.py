"""A charge the speaker would pay gladly or refuses to pay (trail/stance_paying.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge


@pytest.fixture(scope="module")
def toll(nlp):
    return parse_proposition("Marlow should charge visitors a toll on its bridge.",
                             ["bridge toll", "toll"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "Visitors said [they would happily pay a toll]."),
    ("supports", 'A walker said: "[I don\'t mind paying the toll at all.]"'),
    ("supports", 'A cyclist said: "[We are willing to pay it.]"'),
    ("refutes", 'A driver said: "[I refuse to pay the toll.]"'),
    ("refutes", 'A driver said: "[I will never pay the toll.]"'),
    ("refutes", 'A driver said: "[I am not willing to pay a toll.]"'),
    ("neutral", 'The council said: "[Visitors will pay £2 a crossing.]"'),  # what it does
    ("neutral", 'A resident said: "[We will pay the toll.]"'),  # compliance, no consent
])
def test_gladness_or_refusal_to_pay_a_charge(nlp, toll, expected, marked):
    assert judge(nlp, toll, marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "Drivers said [they already pay for the bridge through council tax]."),
    ("refutes", 'A driver said: "[Now they want us paying twice.]"'),
    ("refutes", "The club said [the toll would be a second bill for the same road]."),
    ("neutral", 'A driver said: "[I pay the toll twice a day.]"'),  # two crossings
])
def test_paid_twice(nlp, toll, expected, marked):
    assert judge(nlp, toll, marked, cue=None).stance == expected


def test_paid_twice_backs_scrapping_a_charge(nlp):
    scrapped = parse_proposition("Marlow should scrap the toll on its bridge.", ["toll"], nlp)
    marked = "Drivers said [they already pay for the bridge through council tax]."
    assert judge(nlp, scrapped, marked, cue=None).stance == "supports"


def test_paying_takes_no_side_on_a_policy_that_is_no_charge(nlp):
    lances = parse_proposition("Knights in Ruritania should routinely carry lances.",
                               ["routine arming"], nlp)
    marked = 'A knight said: "[I would happily pay the armourer.]"'
    assert judge(nlp, lances, marked, cue=None).stance == "neutral"
