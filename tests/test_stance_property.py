"""Stance toward a property proposition ("X is safe to fly", "the dossier was accurate"): the
quality, its negation or its opposite said of the thing; the quality trusted or doubted; a
word of strong opposite value; whether the speaker would do what it is "safe to" do
(stance_property.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
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
    "lanes": ("Toll lanes are more dangerous than ordinary lanes.",
              ["toll lanes", "tidal running"]),
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


@pytest.fixture(scope="module")
def offside(nlp):
    return parse_proposition("The winning goal in the Kessel Cup final was offside.",
                             ["Kessel Cup final", "offside"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The captain said: "[He was offside.]"'),
    ("supports", 'The manager said: "[It is offside.]"'),
    ("supports", "The club said [Marlow was in an offside position when the ball was played]."),
    ("refutes", 'The panel said: "[Level is onside.]"'),  # "on-" says the opposite of "off-"
    ("refutes", 'The striker said: "[The goal was not offside.]"'),
    ("neutral", 'The captain said: "[He was brilliant all afternoon.]"'),
])
def test_a_quality_the_parser_reads_as_an_adverb(nlp, offside, expected, marked):
    """ "offside" is parsed as an adverb; a quality that judges nothing may be said of a
    person (not "safe": "the children were safe at school" says nothing of a vaccine)."""
    assert offside.quality == "offside"
    assert judge(nlp, offside, marked, cue=None).stance == expected


@pytest.fixture(scope="module")
def lanes(nlp):
    return parse_proposition(
        "Smart canals without a towpath are more dangerous than ordinary canals.",
        ["smart canal", "smart canals", "all-lock running"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "She said [smart canals are more dangerous than ordinary canals]."),
    ("refutes", "She said [smart canals are no more dangerous than other waterways]."),
    ("refutes", "She said [smart canals are as dangerous as ordinary canals]."),  # equal
    ("refutes", "She said [smart canals are as safe as ordinary canals]."),
    ("refutes", 'He said [all-lock running was "every bit as safe as the old layout"].'),
    ("supports", "She said [smart canals are dangerous]."),  # "smart" is their name, no praise
    ("refutes", "She said [smart canals are perfectly safe]."),
])
def test_a_quality_compared(nlp, lanes, expected, marked):
    """Against "more dangerous than", "no more dangerous" and "as dangerous as" deny it; the
    thing's own modifier ("smart") and a name the tokenizer splits ("all-lock") name it."""
    assert judge(nlp, lanes, marked, cue=None).stance == expected


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("lanes", "refutes", "The agency said [toll lanes remain among the safest roads in the "
                         "county]."),
    ("lanes", "supports", "The agency said [toll lanes are not among the safest roads]."),
    ("bridge", "supports", "The residents said [the footbridge is one of the most dangerous in "
                           "the county]."),
    ("bridge", "refutes", "The engineer said [the footbridge is among the safest in Devon]."),
    ("lanes", "supports", "The coroner said [toll lanes are less safe than ordinary lanes]."),
    ("lanes", "neutral", "The driver said [toll lanes are terrible roads]."),
    ("lanes", "refutes", "The agency said [tidal running lanes are safer than ordinary lanes]."),
])
def test_a_class_the_thing_is_among_and_a_quality_turned(nlp, props, key, expected, marked):
    """ "among the safest roads" is said of the subject (forty-second session); "less safe" is
    the opposite quality turned, so the proposition's own; a word of the same value as the
    quality is no evidence; a watchlist term before the noun names the thing itself."""
    assert judge(nlp, props[key], marked, cue=None).stance == expected


@pytest.fixture(scope="module")
def viaduct(nlp):
    return parse_proposition("The Kell viaduct has dangerous corrosion cracks.",
                             ["Kell viaduct"], nlp)


def test_a_quality_of_what_a_thing_has(viaduct):
    assert (viaduct.kind, viaduct.quality) == ("event", "dangerous")
    assert {"viaduct", "crack"} <= viaduct.args  # both the thing and what it has


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "An engineer said [those cracks are dangerous]."),
    ("supports", "An engineer said [the viaduct is unsafe]."),
    ("refutes", "The county said [the cracks are cosmetic]."),
    ("refutes", "The county said [the viaduct is perfectly safe]."),
    ("supports", "An engineer said [the cracks are not superficial]."),
    ("refutes", "The county said [there are no safety concerns]."),  # "safety": "safe"
    ("supports", "An engineer said [there are serious safety concerns about the viaduct]."),
    ("refutes", "The county said [it has every confidence in the viaduct]."),  # trust in a
])  # thing called dangerous argues against
def test_a_quality_of_what_a_thing_has_said_or_denied(nlp, viaduct, expected, marked):
    assert judge(nlp, viaduct, marked, "say").stance == expected
