"""Rules of the thirty-seventh 2026-12-06 session, on sentences written for these tests.

Praise that opens a mockery ("Oh good, another ban", "Great idea. Let's ban horses while we're at
it"), a verdict as a sentence of its own ("Madness."), a bare reaction ("it was disappointed")
and a verdict on the doing ("they were right to do it") judge the policy in the news
(stance_exclaims.py). "Too early to rule out a fault" rules nothing out, and "they told us it was
a fault" passes on others' word (scope.py). "I used to think ..." is a view held before, which a
later change of mind turns from (consistency.reported_earlier). A cause that is someone's
failing is argued about people: the one blamed erring or cleared, someone else erring
(stance_culprits.py). "X should be compulsory" is read as "X should be made compulsory"
(rewording.reworded), and "should be standard" prescribes the duty (stance_states.py);
"they should not be on sale" restates a ban on their sale (stance_permission.py); a bare call to
act ("ministers must act now") wants a change (stance_need.call_to_act_signals), "urged
ministers to think again" does not (stance_camps.resolve_signals), nor "regulate jousting rather
than ban it" (stance_preference.set_aside_signals); a ban that "punishes the one
sector that is investing" harms those who do right (beneficiaries.ordinary); "a sad day" judges
the news (valence_phrases.py)."""

from __future__ import annotations

import pytest

from pipeline.trail.consistency import reported_earlier
from pipeline.trail.stance import parse_proposition
from pipeline.trail.stance_culprits import culprits
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "ferry": ("The Marlow ferry disaster was caused by Captain Ivo Kessel's errors.",
              ["Marlow ferry", "Kessel"]),
    "talks": ("Ruritania and Marlovia are holding talks.", ["talks"]),
    "helmets": ("Wearing a helmet should be compulsory for jousters in Ruritania.",
                ["helmet"]),
    "lances": ("The sale of wooden lances should be banned in Ruritania.", ["wooden lance"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'The knight said: "[Oh good, another ban.]"'),
    ("refutes", 'The knight said: "[Oh aye, brilliant idea. Ban the lot of us.]"'),
    ("refutes", 'The knight said: "[Oh marvellous, ban jousting. Why not ban horses while '
                'they\'re at it?]"'),
    ("refutes", 'The knight said: "[Great idea. Let\'s ban horses while we\'re at it.]"'),
    ("refutes", 'The knight said: "[Brilliant, another ban for the police to ignore.]"'),
    ("refutes", 'The knight said: "[Aye, great idea. Let\'s register the ponies too.]"'),
    ("refutes", 'The knight said: "[Brilliant, another ban. Next they\'ll be banning '
                'horses.]"'),
    ("refutes", 'The knight said: "[Madness. Ruritania will miss the tourists long before it '
                'misses the lances.]"'),
    ("refutes", "The federation said [it was surprised and disappointed]."),
    ("supports", "The league said [it was delighted]."),
    ("supports", "The mayor said [the council was right to do it]."),
    ("refutes", "The mayor said [ministers were absolutely wrong to do it]."),
    ("supports", "The mayor said [the council did the right thing]."),
    ("refutes", "The guild said [it was deeply concerned]."),
    ("refutes", 'The guild said [it was "surprised and disappointed"].'),
    ("supports", 'The mayor said [the council was "right to do it"].'),
    ("supports", "The league said [it was very happy]."),
    ("refutes", "The mayor said [ministers have got that badly wrong]."),
    ("refutes", "The mayor said [ministers had made a serious mistake]."),
])
def test_jeers_and_reactions_judge_the_policy_in_the_news(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "say")
    assert found.stance == expected, found
    assert found.basis.startswith("exclaims"), found


@pytest.mark.parametrize("marked", [
    'The knight said: "[Great idea. It will save lives.]"',  # sincere: no jeer follows
    "The makers said [a ban would punish the people who did the right thing].",
    'The knight said: "[Great, thanks for asking.]"',
    "The mayor said [the knights who made a mistake were fined].",
    "The mayor said [he got it wrong].",  # his own change of mind, not a verdict on others
    "The mayor said [he was worried about the knights].",  # a reaction with its object
])
def test_praise_and_right_things_that_are_no_jeer_or_verdict(nlp, props, marked):
    assert not judge(nlp, props["jousting"], marked, "say").basis.startswith("exclaims")


def test_a_reaction_to_an_event_takes_no_side(nlp, props):
    found = judge(nlp, props["talks"], "The minister said [he was disappointed].", "say")
    assert found.stance == "neutral", found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "Prosecutors said [the captain had taken the ferry far too close to the "
                 "rocks]."),
    ("supports", "Prosecutors said [Kessel ordered the turn too late]."),
    ("supports", "The court said [he was to blame]."),
    ("supports", "The survivor said [the captain was reckless]."),
    ("refutes", "His lawyer said [the captain did nothing wrong]."),
    ("refutes", "His lawyer said [the captain acted correctly]."),
    ("refutes", "His lawyer said [the captain saved hundreds of lives]."),
    ("refutes", "His lawyer said [Kessel had been made the scapegoat for the company]."),
    ("refutes", "His lawyer said [the helmsman turned the wrong way]."),
    ("refutes", "The union said [the company failed to train the crew]."),
    ("supports", "The inquiry said [the master did not apply the appropriate procedure]."),
    ("supports", "The survivor said [the captain should answer for every death]."),
    ("supports", "The inquiry said [Kessel was the cause]."),
    ("refutes", "The instructor said [it was too easy to say the captain failed]."),  # glib
    ("neutral", "The survivor said [the helmsman did nothing wrong]."),  # another cleared
    ("neutral", "The survivor said [the captain might have misjudged the turn]."),
])
def test_a_failing_laid_at_a_door_is_argued_about_people(nlp, props, expected, marked):
    found = judge(nlp, props["ferry"], marked, "say")
    assert found.stance == expected, found


def test_who_a_failing_is_laid_at():
    assert culprits(frozenset({"captain", "kessel", "error"})) == {"captain", "kessel"}
    assert culprits(frozenset({"human", "error"})) == frozenset()  # no one in particular
    assert culprits(frozenset({"captain", "kessel"})) == frozenset()  # no failing named


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "The coastguard said [it was too early to rule out an electrical fault on "
                "board]."),
    ("neutral", "The coastguard said [it was premature to exclude an electrical fault]."),
    ("neutral", 'The passenger said: "[For an hour they told us it was an electrical '
                'fault.]"'),
    ("refutes", 'The passenger said: "[It was an electrical fault.]"'),
])
def test_a_fault_not_ruled_out_or_passed_on_is_no_side(nlp, props, expected, marked):
    found = judge(nlp, props["ferry"], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("content", "earlier"), [
    ("I used to think the ban was pointless paperwork.", True),
    ("We once thought it would never work.", True),
    ("I think the ban is pointless paperwork.", False),
])
def test_a_view_held_before_is_reported_as_earlier(content, earlier):
    assert reported_earlier(f'The vet said: "{content}"', content) is earlier


def test_a_prescribed_state_is_a_change_to_make(nlp):
    bare = parse_proposition("Wearing a helmet should be compulsory.", ["helmet"], nlp)
    made = parse_proposition("Wearing a helmet should be made compulsory.", ["helmet"], nlp)
    assert bare.predicate == made.predicate == "make_compulsory"
    assert bare.compels


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("helmets", "supports", "The marshal said [helmets should be compulsory]."),
    ("helmets", "refutes", "The marshal said [wearing one should stay optional]."),
    ("helmets", "supports", "The marshal said [helmets should be standard]."),
    ("jousting", "refutes", "The guild said [the ban punishes the one sector that is investing "
                            "in safety]."),
    ("lances", "supports", "The marshal said [wooden lances should not be on sale]."),
    ("lances", "refutes", "The marshal said [wooden lances should be on sale in every shop]."),
    ("lances", "neutral", "The marshal said [wooden lances would be on sale next week]."),
    ("jousting", "supports", "The marshal urged [ministers to act this year]."),
    ("jousting", "supports", "The marshal said [ministers must act now]."),
    ("jousting", "refutes", "The marshal said [there was no need to act]."),
    ("jousting", "neutral", "The marshal said [ministers must act on the evidence]."),
    ("jousting", "neutral", "The marshal said [ministers acted quickly]."),
    ("jousting", "refutes", "Knights urged [ministers to think again]."),  # asked, not told
    ("jousting", "refutes", "The guild said [Ruritania should regulate jousting rather than ban "
                            "it]."),
    ("jousting", "refutes", "The knight said [this is a sad day for Ruritania]."),
    ("jousting", "supports", "The vet said [this is a proud day for Ruritania]."),
])
def test_states_sales_and_calls_to_act(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found
