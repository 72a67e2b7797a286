"""Stance toward a property proposition ("X is safe to fly", "the dossier was accurate"): the
quality, its negation or its opposite said of the thing; the quality trusted or doubted; a
word of strong opposite value; whether the speaker would do what it is "safe to" do
(stance_property.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.stance_property import quality_forms
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "vaccine": ("The new meningitis vaccine is safe.", ["meningitis vaccine", "vaccine", "jab"]),
    "gm": ("Genetically modified food is safe to eat.", ["GM food", "genetically modified"]),
    "dossier": ("The intelligence dossier was accurate.", ["dossier"]),
    "bridge": ("The Tamar footbridge is dangerous.", ["footbridge", "bridge"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_property_proposition_keeps_its_quality(props):
    assert (props["vaccine"].quality, props["vaccine"].quality_use) == ("safe", "")
    assert (props["gm"].quality, props["gm"].quality_use) == ("safe", "eat")
    assert props["dossier"].quality == "accurate"
    assert props["vaccine"].kind == "event"


def test_quality_forms():
    own, opposite = quality_forms("safe")
    assert {"safe", "safety"} <= own and "unsafe" in opposite
    own, opposite = quality_forms("accurate")
    assert "accuracy" in own and "inaccurate" in opposite
    assert "legal" in quality_forms("illegal")[1]


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("vaccine", "refutes", "The campaigner said [this vaccine is still not safe]."),
    ("vaccine", "supports", "The doctor said [the jab was perfectly safe for children]."),
    ("vaccine", "refutes", "The parents said [the vaccine is unsafe]."),
    ("vaccine", "supports", "The agency said [it had full confidence in the safety of the "
                            "vaccine]."),
    ("vaccine", "refutes", "The MP said [there were serious concerns about its safety]."),
    ("vaccine", "refutes", "The professor said [it was not a safe vaccine]."),
    ("vaccine", "neutral", "The head teacher said [the children were safe at school]."),
    ("vaccine", "neutral", "The agency said [the trial would report in the spring]."),
    ("gm", "supports", "The scientist said [she would happily eat it]."),
    ("gm", "refutes", "The shopper said [he would never eat GM food]."),
    ("gm", "neutral", "The farmer said [he had eaten GM soya in America]."),
    ("dossier", "refutes", "The inquiry said [the dossier was inaccurate in several places]."),
    ("dossier", "supports", "The minister said [the dossier was accurate in every detail]."),
    ("bridge", "refutes", "The engineer said [the footbridge is perfectly safe]."),
    ("bridge", "supports", "The residents said [the bridge is dangerous]."),
])
def test_property_stance(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected
