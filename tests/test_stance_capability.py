"""A proposition of what a thing can do, by an adverb of manner ("could reliably detect"): the
quality the adverb names is judged as a property of the thing (proposition_words.manner_quality,
stance_property.py), and "could" in a claim restates the capability rather than hedging it
(stance_events.py); a multiplying verb the tagger reads as an adjective ("should triple its
fees") is read again as the plain verb of its direction (misparses.verb_rooted); a place named
by the policy's words stands for it ("street kiosk sites": policy_nouns.hosts), and of a thing
allowed, "such sites" does (policy_nouns.anaphor_nouns); what is had on a thing is no
occurrence of it ("never had a fault on any sample"); "a lower limit" of a proposition that
lowers the limit judges nothing; "it" after a thing fronted before it is that thing
(pronouns._nearer_thing). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.evaluative import direction_of
from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "scanner": ("The Orbis scanner could reliably detect tumours from a single blood sample.",
                ["Orbis scanner", "Orbis"]),
    "fees": ("Leeds should triple parking fees for large vans.", ["parking fees"]),
    "kiosks": ("Supervised street kiosks should be allowed across Yorkshire.", ["street kiosks"]),
    "speed": ("Wales should lower the speed limit on rural lanes to 40mph.", ["speed limit"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_capability_by_an_adverb_has_its_quality(props):
    assert props["scanner"].quality == "reliable"
    assert props["fees"].quality == ""


@pytest.mark.parametrize("text", ["Leeds should triple parking fees for large vans.",
                                  "York should treble parking charges for heavy coaches.",
                                  "Leeds must treble parking fees for large vans."])
def test_a_multiplying_verb_is_a_rise(nlp, text):
    prop = parse_proposition(text, [], nlp)
    assert (prop.kind, prop.group) == ("policy", direction_of("raise"))


@pytest.mark.parametrize(("key", "polarity", "expected", "marked"), [
    ("scanner", "positive", "refutes", "Former staff said [the Orbis readings were often "
                                       "unreliable]."),
    ("scanner", "positive", "supports", "The firm said [the Orbis scanner is accurate and "
                                        "reliable]."),
    ("scanner", "positive", "supports", "Experts said [the Orbis scanner could detect tumours]."),
    ("scanner", "negative", "refutes", "Experts said [the Orbis scanner could not detect tumours "
                                       "reliably]."),
    ("scanner", "positive", "neutral", "Experts said [the Orbis scanner might detect tumours]."),
    ("fees", "positive", "supports", "The councillor said [parking fees for vans should go up]."),
    ("fees", "positive", "refutes", "Traders said [tripling the fees would be a disaster]."),
    ("scanner", "negative", "neutral", "She said [the firm had never had a calibration fault on "
                                       "any blood sample]."),  # the problem is had, not samples
    ("kiosks", "negative", "refutes", "A spokesperson said [we do not support street kiosk "
                                      "sites anywhere else]."),  # a place named by its words
    ("kiosks", "negative", "refutes", "A spokesperson said [the Government has no plans to allow "
                                      "such sites in Leeds]."),  # places of a thing allowed
    ("speed", "neutral", "neutral", "The charity said [a lower limit was on the table]."),  # a
    # direction of the proposition's own level names the act: no verdict (VADER: "lower" -1.2)
])
def test_capabilities_and_multipliers(nlp, props, key, polarity, expected, marked):
    found = judge(nlp, props[key], marked, None, polarity)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "A councillor said [the bigger the van, the more it pollutes]."),  # the van's
    ("supports", "A councillor said [the scheme is fair and it will work]."),
    ("refutes", "A councillor said [every survey of traders says it is a disaster]."),
])
def test_it_after_a_nearer_thing(nlp, props, expected, marked):
    """ "it" after a thing that is the subject of an earlier clause is that thing
    (pronouns._nearer_thing), not the policy; a survey that says "it" speaks of the policy."""
    found = judge(nlp, props["fees"], marked, None)
    assert found.stance == expected, found.basis
