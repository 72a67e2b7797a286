"""Rules of the thirty-eighth 2026-12-06 session, on sentences written for these tests.

A "but" turns from a point granted to the point made (stance.claim_stance). A feeling about the
policy counts with "concerned", "worried" and "by" ("concerned by the ban"), and a feeling about
calls for it turns on them (stance_emotions.py). Something else prescribed "instead" sets a
policy to be brought in aside (stance_preference.instead_signals). A policy prescribed to be
"the law" or "statutory" is wanted (stance_states.duty_state_signals). "Would not thrive
without it" says it is needed (valence.DOMAIN_VERB_VALENCE). A cause may follow its effect
("stemmed from", "the result of", "reflected") or be denied beside another word ("a symptom, not
the cause": cause_links.py), and a cause that is a thing's fault is argued about the thing, sound
or faulty (stance_faulty.py). People fit or unfit for the act a policy opens to them argue for or
against it (stance_fitness.py). "Any ban would need new legislation" is what the policy takes,
not a law wanted (stance_rules.act_signals). A bare "Why not?" says yes (stance_exclaims.py), and
a "not" of the content's that the parser hangs on the cue verb no longer turns the cue, and a
watchlist term of several words ("votes at 16") names a level's policy (claim_view.py)."""

from __future__ import annotations

import pytest

from pipeline.trail.stance_faulty import faulted_things
from pipeline.trail.stance_fitness import act_way
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "levy": ("The Marlow harbour levy should be scrapped.", ["harbour levy", "levy"]),
    "ledger": ("The shortfalls at Marlow's branches were caused by faults in the Kessel "
               "ledger system.", ["shortfalls", "Kessel ledger"]),
    "ferry": ("The Marlow ferry disaster was caused by Captain Ivo Kessel's errors.",
              ["Marlow ferry", "Kessel"]),
    "age": ("The voting age in Ruritania should be lowered to 16.", ["voting age",
                                                                    "votes at 16"]),
    "squires": ("Squires in Ruritania should be given the right to vote.", ["squires"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The knight said: "[The ban is expensive, but it will save lives.]"'),
    ("refutes", 'The knight said: "[I understand why people want the ban, but it is '
                'unworkable.]"'),
    ("refutes", 'The knight said: "[I am sorry, but the ban is a disaster.]"'),
])
def test_the_point_made_after_a_but_decides(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "say")
    assert found.stance == expected, found
    assert found.basis.startswith("after 'but'"), found


def test_a_but_with_nothing_said_after_it_leaves_the_whole(nlp, props):
    found = judge(nlp, props["jousting"], 'The knight said: "[The ban is a disaster, but '
                                          'there we are.]"', "say")
    assert found.stance == "refutes", found
    assert not found.basis.startswith("after 'but'"), found


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The league said [it was concerned by the ban]."),
    ("refutes", "The league said [it was deeply concerned about the ban]."),
    ("supports", "The league said [it was concerned that the ban had been delayed]."),
    ("supports", "The league said [it was encouraged by the ban]."),
    ("refutes", "The league said [it was worried by the clamour for a ban on jousting]."),
])
def test_a_feeling_about_the_policy_or_calls_for_it(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "say")
    assert found.stance == expected, found


def test_a_worry_about_something_else_takes_no_side(nlp, props):
    found = judge(nlp, props["jousting"], "The league said [it was worried about the "
                                          "horses].", "say")
    assert found.stance == "neutral", found


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The guild said [knights should be taught safety instead]."),
    ("refutes", "The guild said [ministers should instead invest in training]."),
    ("supports", "The guild said [ministers should bring in a ban instead]."),
    ("neutral", "The guild said [the knights rode horses instead]."),  # no prescription
])
def test_another_way_prescribed_instead(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "say")
    assert found.stance == expected, found


def test_instead_says_nothing_of_a_scrapping(nlp, props):
    found = judge(nlp, props["levy"], "The mayor said [the harbour should be funded from "
                                      "rates instead].", "say")
    assert found.stance == "neutral", found


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("jousting", "supports", 'The knight said: "[I still think it should be the law.]"'),
    ("jousting", "supports", "The knight said [a ban should be statutory]."),
    ("levy", "refutes", "The mayor said [the levy should remain compulsory]."),
    ("levy", "refutes", "The mayor said [the lifeboats would not thrive without the "
                        "levy]."),
    ("levy", "neutral", "The minister said [the levy bill will become law by the summer]."),
    ("jousting", "refutes", "The guild said [the sport would thrive without the ban]."),
])
def test_a_policy_made_law_or_needed_to_thrive(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("ledger", "refutes", "The bank said [the shortfalls stemmed from theft by branch "
                          "staff]."),
    ("ledger", "refutes", "The bank said [the shortfalls reflected theft by branch staff]."),
    ("ledger", "supports", "Campaigners said [the shortfalls were the result of faults in "
                           "the ledger]."),
    ("ferry", "refutes", "Officials said [the disaster was the result of a freak storm]."),
    ("ferry", "neutral", "Officials said [the crew reflected on the disaster]."),
    ("ledger", "refutes", "The bank said [the ledger was a symptom, not the cause]."),
    ("ledger", "supports", "Campaigners said [the ledger was the cause, not a symptom]."),
])
def test_a_cause_named_after_its_effect(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'The bank said [the ledger was "robust"].'),
    ("refutes", "The bank said [the system was working as designed]."),
    ("refutes", "The bank said [the system had no bugs]."),
    ("supports", 'The clerk said: "[The computer was wrong, the people were right.]"'),
    ("supports", "The clerk said [the software was riddled with bugs]."),
    ("supports", "The clerk said [the system never worked properly]."),
    ("neutral", "The clerk said [the system might have been unreliable]."),  # hedged
])
def test_a_faulted_thing_said_sound_or_faulty(nlp, props, expected, marked):
    found = judge(nlp, props["ledger"], marked, "say")
    assert found.stance == expected, found


def test_which_things_a_fault_is_laid_on(props):
    assert {"system", "ledger", "computer"} <= faulted_things(props["ledger"])
    assert faulted_things(props["ferry"]) == frozenset()  # a person's errors
    assert faulted_things(props["jousting"]) == frozenset()  # a policy


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("age", "supports", "The teacher said [16-year-olds are mature enough to vote]."),
    ("age", "refutes", "The teacher said [16-year-olds are too immature to vote]."),
    ("age", "refutes", "The teacher said [most 16-year-olds are not ready to vote]."),
    ("age", "neutral", "The teacher said [16-year-olds are ready for their exams]."),
    ("squires", "refutes", "The lord said [squires are too easily led to be trusted with the "
                           "vote]."),
    ("squires", "supports", "The lord said [squires are perfectly capable of voting]."),
    ("squires", "neutral", "The lord said [squires sent home early would be able to vote]."),
])
def test_people_fit_or_unfit_for_the_act_a_policy_opens(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


def test_which_way_a_policy_turns_its_act(props):
    assert act_way(props["age"]) == 1  # a lower age opens the vote to the young
    assert act_way(props["squires"]) == 1
    assert act_way(props["jousting"]) == -1  # a ban closes it
    assert act_way(props["levy"]) == 0


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "The clerk said [any ban would need new legislation]."),  # what it takes
    ("supports", "The knight said [we need new legislation]."),  # wanted
])
def test_what_a_policy_takes_is_not_wanted(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", '"[Why not? I pay one in Marlovia and never even noticed,]" said a woman.'),
    ("supports", '"[Why not?]" said one woman outside the lists.'),  # the "not" is the quote's
    ("neutral", 'A woman asked: "[Why not ask the knights first?]"'),
    ("supports", 'She said: "[The ban is a risk worth taking.]"'),
    ("refutes", "He did not say [the ban was a good idea]."),  # the cue's own "not" still turns
])
def test_why_not_and_a_risk_worth_taking(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "ask" if "asked" in marked else "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The teacher said [votes at 16 would boost turnout]."),
    ("refutes", "The teacher said [votes at 16 would be a disaster]."),
])
def test_a_watchlist_phrase_names_the_policy(nlp, props, expected, marked):
    """ "votes at 16", a term of several words, is the policy even though "votes" alone is a
    plural of the act the policy is about."""
    found = judge(nlp, props["age"], marked, "say")
    assert found.stance == expected, found
