"""What a policy will do to people (trail/stance_consequences.py), on sentences written for these
tests: a predicted harm argues against the change, a benefit for it; a prediction on inaction
turns; harm to a policy's targets is its benefit; present harms, closing consultations and a
proposition that removes something are not read."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "road": ("The government should introduce the national road-pricing scheme.",
             ["road pricing", "scheme"]),
    "ban": ("Smoking should be banned in pubs and restaurants.", ["smoking ban"]),
    "id": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "scrap": ("The smoking ban should be scrapped.", ["smoking ban"]),
    "talks": ("Iran and the United States are holding talks.", ["talks"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("road", "refutes", "The drivers' group said [rural drivers, shift workers and carers will "
                        "be hammered]."),
    ("road", "refutes", "The AA said [motorists would end up paying far more to get to work]."),
    ("road", "refutes", "The councillor said [rural towns would pay the most and gain the "
                        "least]."),
    ("road", "supports", "The minister said [commuters would gain the most]."),
    ("road", "supports", "The minister said [many drivers on quiet rural roads would pay less "
                         "than they do now]."),
    ("ban", "refutes", "The landlord said [many pubs will close and thousands of jobs will be "
                       "lost]."),
    ("ban", "refutes", "The landlord said [we are going to lose half our trade]."),
    ("ban", "supports", "The landlord said [nobody will lose out]."),  # negated harm
    ("ban", "supports", "The landlord said [I am not going to lose a single regular]."),
    ("ban", "supports", "The doctor said [unless ministers act, thousands more bar workers will "
                        "die]."),  # on inaction
    ("ban", "supports", "The doctor said [if nothing is done, thousands more bar workers will "
                        "die]."),
    ("id", "supports", "The minister said [fraudsters will suffer]."),  # the policy's targets
    ("id", "refutes", "The campaigner said [people would be forced to pay for a card they did "
                      "not want]."),
    ("road", "supports", "The minister said [no driver would have to pay anything up front]."),
    ("road", "supports", "The minister said [the poorest drivers will be better off than they "
                         "are now]."),
])
def test_a_foretold_harm_or_benefit_takes_a_side(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected and found.basis.startswith("foretells"), found


@pytest.mark.parametrize(("key", "marked"), [
    ("ban", "The department said [the consultation would close in September]."),  # no premises
    ("ban", "The doctor said [bar workers are dying from other people's smoke]."),  # present
    ("scrap", "The landlord said [many pubs will close]."),  # removing: whose harm is unclear
    ("talks", "The envoy said [thousands will die]."),  # an event, not a policy
    ("ban", "The landlord said [many pubs might close, or many might thrive]."),  # both
])
def test_no_side_from_what_is_not_a_foretold_consequence(nlp, props, key, marked):
    found = judge(nlp, props[key], marked, "say")
    assert not found.basis.startswith("foretells"), found


@pytest.mark.parametrize("marked", [
    "The department said [the consultation would close in September].",
    "The minister said [the bill would be published next week].",
    "The Home Office said [MPs would debate the bill on Tuesday].",
])
def test_a_timetable_takes_no_side_and_inherits_none(nlp, props, marked):
    """A step of the process on a date is neutral for a reason, so no speaker's side is carried
    to it (consistency.OPEN_BASES)."""
    assert judge(nlp, props["ban"], marked, "say").basis == "a timetable"
