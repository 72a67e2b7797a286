"""What a policy lacks and what an event is named by: "no plan behind it", "without any
evidence" fault a policy for what it needs; "the basic income pilot" stands for the policy its
modifier names; "only a start" asks for more; a "compelling" case is made; "drug use" and
"EPO-taking" name a doping event by its object; "a vendetta" calls the case against someone
false; an act that takes its object away ("Foxes should be culled") is the policy, and its
object only takes part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "tram": ("A tram line should be built to the airport.", ["tram line", "tram"]),
    "pay": ("A basic wage should be paid to every artist.", ["basic wage", "artists' wage"]),
    "doped": ("The jockey used banned stimulants.", ["jockey", "stimulants", "stimulant"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("tram", "refutes", "Critics described the tram as [a headline with no plan behind it]."),
    ("tram", "refutes", "She said [the tram line had no plan and no funding]."),
    ("tram", "refutes", "He said [the tram line was a slogan without any funding]."),
    ("tram", "supports", "The mayor said [the tram line had a clear plan and proper funding]."),
    ("tram", "supports", "Campaigners said [the tram line is only a start]."),
    ("tram", "supports", "He said [the case for a tram line is compelling]."),
    ("tram", "refutes", "She said [the case for the tram line is unconvincing]."),
    ("pay", "supports", "The union said [the basic wage pilot is only a start]."),
    ("pay", "refutes", "The Treasury said [the basic wage trial was a costly failure]."),
    ("pay", "supports", "The arts council said [the basic wage trial had been a great success]."),
    ("doped", "refutes", "His lawyer said [there was no evidence of stimulant use]."),
    ("doped", "refutes", "His lawyer said [there was no evidence of stimulant-taking]."),
    ("doped", "supports", "The steward said [the jockey admitted stimulant use]."),
    ("doped", "refutes", "He had called the stewards' case \"[a vendetta]\"."),
    ("doped", "refutes", "His trainer called the allegations \"[a witch-hunt]\"."),
    ("doped", "neutral", "The steward said [the case would be heard in March]."),
])
def test_lacks_carriers_and_event_acts(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("proposition", "target", "participants"), [
    ("Foxes should be culled to protect lambs.", {"cull", "culling"}, {"fox", "foxes"}),
    ("Failed asylum seekers should be sent to Ruritania.", {"removal", "relocation"},
     {"seeker", "ruritania"}),
])
def test_an_act_that_takes_its_object_away_is_the_policy_not_its_object(
        nlp, proposition, target, participants):
    prop = parse_proposition(proposition, [], nlp)
    assert prop.target == target
    assert participants <= prop.args


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "The ranger said [foxes are beautiful and clever animals]."),
    ("refutes", "The ranger said [the cull is cruel and pointless]."),
    ("supports", "The farmer said [culling is the only thing that works]."),
])
def test_the_object_judged_is_no_judgement_of_the_act(nlp, expected, marked):
    prop = parse_proposition("Foxes should be culled to protect lambs.", ["fox cull"], nlp)
    assert judge(nlp, prop, marked, None).stance == expected
