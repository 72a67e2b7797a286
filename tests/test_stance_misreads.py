"""Rules of the twentieth 2026-12-04 session: a coordination the parser misreads as a modifier
("the single [market] or customs union": misparses.misread_conj) still takes the verb acting on
it; a hazard run ("risks higher costs") is no bad thing fought ("fight crime":
eval_verbs._HAZARDS), and "lower-carbon" is less of a bad thing; a command tagged as a name
("Legalise the lot": misparses.retag_commands); a pledge by a manifesto or by an unnamed
spokesperson for the government (scope.py), and a department speaking for a policy whose agent
is "the UK" (claim_view.agent_speaks); "the ambition" as the plan's name and "controlled" as a
ban's state; a harm done to "the wrong people", more emissions, and a cleft's "it" ("it's the
shop that's the problem": pronouns._expletive); a thing long waited for, or one that "cannot
come soon enough" (stance_emotions._feeling). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.misparses import retag_commands
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "market": ("The UK should rejoin the EU single market.", ["single market"]),
    "week": ("Employers should move to a four-day week.", ["four-day week"]),
    "vapes": ("Single-use vapes should be banned.", ["vape ban", "single-use vapes"]),
    "cannabis": ("The UK should legalise cannabis for recreational use.", ["cannabis"]),
    "scooters": ("Privately owned e-scooters should be legalised on public roads.", ["e-scooter*"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("market", "refutes", "The spokesperson said [the government will not rejoin the single "
                          "market or customs union]."),
    ("market", "supports", "The spokesperson said [we will rejoin the single market or the "
                           "customs union]."),
    ("week", "refutes", "The lobby said [a four-day week risks higher costs for small firms]."),
    ("week", "refutes", "The lobby said [the four-day week would court disaster]."),
    ("week", "supports", "The firm said [the four-day week is a lower-carbon way to work]."),
])
def test_a_misread_coordination_or_a_hazard_run_takes_a_side(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say",
                  speaker="a spokesperson for the Department for Business and Trade")
    assert found.stance == expected, found


def test_fighting_a_bad_thing_is_still_good(nlp, props):
    found = judge(nlp, props["week"],
                  "The campaign said [a four-day week would fight stress and sickness].", "say")
    assert found.stance == "supports", found


@pytest.mark.parametrize("marked", [
    'A rider wrote: "[Rented a Voi for two years, never had a problem. Legalise the lot.]"',
    'A rider wrote: "[Legalise them, plates and insurance and all.]"',
])
def test_a_command_the_tagger_took_for_a_name_is_a_command(nlp, props, marked):
    """ "Legalise" opening a sentence is tagged a name (a British spelling); with an object,
    it is the command (misparses.retag_commands)."""
    prop = props["scooters"]
    found = judge(nlp, prop, marked, "write")
    assert found.stance == "supports", found


def test_a_name_with_no_object_stays_a_name(nlp):
    doc = nlp("Legalise Ltd said nothing.")
    retag_commands(doc)
    assert doc[0].tag_ == "NNP"


@pytest.mark.parametrize(("speaker", "expected", "marked"), [
    ("Labour's manifesto", "refutes", "The manifesto said [there would be no return to the "
                                      "single market]."),
    ("a spokesperson", "refutes", "A spokesperson said [the government would not rejoin the "
                                  "single market]."),
    ("a union spokesman", "neutral", "A union spokesman said [the government would not rejoin "
                                     "the single market]."),  # a forecast about others
    ("the Liberal Democrats", "supports", "The party said [a return to the single market "
                                          "should come in]."),
])
def test_who_pledges_and_who_forecasts(nlp, props, speaker, expected, marked):
    found = judge(nlp, props["market"], marked, "say", speaker=speaker)
    assert found.stance == expected, found


@pytest.mark.parametrize(("speaker", "expected", "marked"), [
    ("the Home Office", "refutes", "The Home Office said [the UK will not legalise cannabis]."),
    ("a campaign group", "neutral", "The campaign said [the UK will not legalise cannabis]."),
    ("the Home Office", "refutes", "The Home Office said [cannabis will remain controlled]."),
    ("a retailers' group", "supports", "The group said [it strongly welcomes the ambition]."),
])
def test_a_department_speaks_for_the_country_a_policy_names(nlp, props, speaker, expected, marked):
    """ "The UK should ...": a minister's or department's "will" is the government's pledge
    (claim_view.agent_speaks); anyone else's is a forecast."""
    prop = props["cannabis"]
    found = judge(nlp, prop, marked, "say", speaker=speaker)
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The shopkeeper said [the ban punishes the wrong people]."),  # misdirected
    ("refutes", "The shopkeeper said [the ban would increase emissions from pod kits]."),
    ("neutral", 'Bev wrote: "[It\'s the shop that\'s the problem.]"'),  # a cleft's "it"
])
def test_a_misdirected_harm_a_bad_thing_increased_and_a_clefts_it(nlp, props, expected, marked):
    prop = props["vapes"]
    found = judge(nlp, prop, marked, None)
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "Fans said [they had waited years for a ban on single-use vapes]."),
    ("supports", 'A councillor said: "[We have waited so long for this ban.]"'),
    ("neutral", "Fans said [they would wait for the ban's details]."),  # no long wait
    ("supports", 'A councillor said [the ban "cannot come soon enough"].'),
])
def test_a_thing_long_waited_for_is_wanted(nlp, props, expected, marked):
    """ "We have waited two decades for this", "cannot come soon enough"
    (stance_emotions._feeling)."""
    prop = props["vapes"]
    assert judge(nlp, prop, marked, None).stance == expected


def test_cannot_come_without_soon_enough_is_no_wish(nlp, props):
    prop = props["vapes"]
    found = judge(nlp, prop, "A shopkeeper said [the ban cannot come into force].", None)
    assert not found.basis.startswith("feels"), found


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "The union said [in the richest parts of the country it is nearer 70]."),
    ("neutral", "The union said [in the best-run firms it is higher]."),
    ("refutes", "The lobby said [in my view it is a disaster]."),
    ("refutes", "The farmer said [the four-day week is an eyesore of a policy]."),
])
def test_a_setting_put_first_is_where_not_how_good(nlp, props, expected, marked):
    """Twenty-fourth session: a fronted "in the richest parts" is where the claim holds, not an
    evaluation of its subject (stance_eval._SETTINGS); "eyesore" is a fault (valence.py)."""
    assert judge(nlp, props["week"], marked, "say").stance == expected
