"""Rival explanations weighed (stance_hypotheses.py): an event proposition that says how
something came about is argued as one hypothesis against others. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "mill": ("The fire at Harbour Mill was started by a faulty heater.", ["Harbour Mill"]),
    "outbreak": ("The outbreak began with a leak from a laboratory in Dunmore.",
                 ["Dunmore outbreak"]),
    "illness": ("The illness at Brook Lodge was caused by food from the kitchen contractor.",
                ["Brook Lodge"]),
    "castaway": ("The navigator died as a castaway on Tarvo island.", ["Tarvo"]),
    "airship": ("The Varna airship fire was started by static electricity igniting leaking gas.",
                ["Varna airship"]),
    "moths": ("Organophosphate sprays are the main cause of the decline of moths in Tarvo.",
              ["moth decline"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_an_events_own_words_and_their_forms(nlp):
    own = parse_proposition(PROPOSITIONS["outbreak"][0], [], nlp).explains
    assert {"leak", "laboratory", "lab"} <= own and "dunmore" not in own
    assert not parse_proposition("The heater should be banned.", [], nlp).explains


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("mill", "supports", "The fire officer said [a faulty heater was the most likely cause]."),
    ("mill", "refutes", "The owner said [a discarded cigarette was the likelier explanation]."),
    ("mill", "refutes", "The insurer said [the evidence pointed to arson]."),
    ("mill", "refutes", "The inspector said [investigators lean towards an electrical fault]."),
    ("mill", "refutes", "The owner said [the heater was the least likely culprit]."),
    ("mill", "supports", "The officer said [a faulty heater is the obvious explanation]."),
    ("mill", "refutes", "The owner said [arson is the obvious suspect]."),
    ("mill", "neutral", "The owner said [a second survey was the obvious next step]."),
    # a doer rated ("unlikely to be responsible"), and an extraposed rating ("it was
    # improbable [a heater] was behind it"); not a forecast ("likely that a report will ...")
    ("mill", "refutes", "The owner said [a faulty heater was unlikely to be responsible]."),
    ("mill", "refutes", "The owner said [it was improbable a faulty heater was behind it]."),
    ("mill", "supports", "The officer said [it is likely that a faulty heater caused it]."),
    ("mill", "neutral", "The officer said [it is likely that a report will be published]."),
    ("outbreak", "supports", "The agency said [it favours a lab accident, with low confidence]."),
    ("outbreak", "supports", "The panel said [a research-related origin was more likely than a "
                             "natural one]."),
    ("outbreak", "refutes", "The vet said [a spillover from farm animals remains the more "
                            "likely explanation]."),
    ("outbreak", "neutral", "The vet said [it is more likely than people think]."),  # which?
    ("outbreak", "neutral", "The vet said [a vaccine is likely to be ready by spring]."),  # a
    # forecast, no explanation
    # the cause by its other words: food served is a meal, a lunch
    ("illness", "supports", "The matron said [the evidence points to the Friday meal]."),
    ("illness", "supports", "The matron said [a lunch served on Friday was the likeliest source]."),
    ("illness", "refutes", "The contractor said [the evidence points to a visitor]."),
    # a participant of the proposition rated is no rival (nor says which hypothesis)
    ("castaway", "refutes", "The diver said [the evidence points to a crash at sea]."),
    ("castaway", "neutral", "The diver said [the evidence points to Tarvo]."),
    # a cause by its kind ("a spark of static" of "static electricity") or clipped ("organos")
    ("airship", "supports", "The board said [a spark of static was the likeliest thing to have "
                            "lit it]."),
    ("airship", "refutes", "The chemist said [the paint was the likelier culprit]."),
    ("moths", "supports", "The ecologist said [the field studies point to organos]."),
    ("moths", "refutes", "The farmer said [the field studies point to light pollution]."),
    ("mill", "refutes", "The electrician said [my money's on a dropped cigarette]."),
    ("mill", "supports", "The officer said [I'd still put my money on the heater]."),
    ("mill", "refutes", "The owner said that [arson under the floor was the likeliest answer]."),
])
def test_hypotheses_rated(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("mill", "refutes", "The owner said [there was no heater in the building]."),
    ("mill", "refutes", "The owner said [no such heater was ever found]."),
    ("mill", "refutes", "The owner said [there was no evidence of any heater]."),
    ("outbreak", "refutes", "The institute said [there was no leak and no accident]."),
    ("outbreak", "neutral", "The institute said [the laboratory was found in good order]."),
    ("mill", "neutral", "The owner said [there may have been no heater at all]."),  # hedged
    ("mill", "neutral", "The tenant said [the heater was not the only problem]."),  # said of
    ("mill", "neutral", "The tenant said [a heater and a spark is not a coincidence]."),  # it
    ("mill", "refutes", "The owner said [the heater cannot have been a factor]."),  # but a
])  # cause named and ruled out
def test_the_cause_said_never_to_have_been_there(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The lead investigator said: \"[We can exclude other scenarios].\""),
    ("supports", "The officer said [investigators had ruled out every other explanation]."),
    ("supports", "The officer said [no other explanation fits the evidence]."),
    ("supports", "The officer said [there was no other possible cause]."),
    ("neutral", "The officer said [investigators had not yet excluded other scenarios]."),
    ("neutral", "The officer said [no other scenario had been ruled out]."),
    ("neutral", "The officer said [investigators were looking at other scenarios]."),
])
def test_the_rivals_ruled_out_leave_the_propositions_own(nlp, props, expected, marked):
    assert judge(nlp, props["mill"], marked, "say").stance == expected
