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
    "till": ("The council's Ledger payroll system is reliable.", ["Ledger", "payroll system"]),
    "flood": ("The release of water from the Ashby reservoir was unnecessary.",
              ["Ashby reservoir", "water release"]),
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
    own, opposite = quality_forms("unnecessary")  # by other words (twenty-fifth session)
    assert {"needless", "avoidable"} <= own and {"necessary", "needed", "justified"} <= opposite


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The inspector said [the release was not needed]."),
    ("supports", "The inspector said [releasing all that water was not needed]."),
    ("supports", "Residents said [the release was needless]."),
    ("refutes", "The water company said [the release was fully justified]."),
    ("refutes", "The water company said [the release was necessary]."),
    ("neutral", "The water company said [the release was planned for Monday]."),
])
def test_a_quality_said_by_other_words(nlp, props, expected, marked):
    """ "not needed" says "unnecessary"; "justified", a participle, says its opposite."""
    assert judge(nlp, props["flood"], marked, cue=None).stance == expected


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


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The council said [Ledger was "robust and reliable".]'),
    ("supports", "The union said [the system remained fundamentally sound]."),
    ("supports", "The council said [Ledger had been audited and had proved robust]."),
    ("refutes", 'The auditor said [the first versions of Ledger were "far from robust".]'),
    ("supports", 'She said [there was "no evidence" that the system had caused any of the '
                 'errors].'),
    ("refutes", "The clerk said [the system makes mistakes every month]."),
    ("supports", "The manager said: \"[The system doesn't make mistakes, so it must be us.]\""),
    ("supports", 'The review said [there were "no systemic problems with the Ledger system".]'),
    ("refutes", "Staff said [there were serious flaws in the payroll system]."),
    ("supports", 'The treasurer said [she had "every confidence" in the system].'),
    ("refutes", "The union said [it had grave doubts about the system]."),
    ("refutes", "A clerk said [she had lost all confidence in the payroll system]."),
    ("refutes", "The auditor said [the errors had shaken his faith in Ledger]."),
    ("refutes", "A clerk said [she would not trust the system to add up a shopping list]."),
    ("supports", "The treasurer said [she trusted the payroll system completely]."),
    ("neutral", "The council said [the audit would restore confidence in the system]."),
    ("refutes", "The clerk spoke of [Ledger, which she would never trust again]."),  # "which"
    ("neutral", "The council said [the system would be upgraded in May]."),
])
def test_soundness_faults_and_trust(nlp, props, expected, marked):
    """Words of soundness and their faults stand for a quality of that kind; faults blamed
    on the thing, problems found in it, and trust placed in it take a side."""
    assert judge(nlp, props["till"], marked, cue=None).stance == expected
