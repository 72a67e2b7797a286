"""What a banned or curbed thing does, judged: its harm argues for the ban, its good against
(stance_harms.py), on sentences written for these tests; and degree adjectives that do not
turn a harm into praise ("a significant risk")."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import ClaimText, parse_proposition, stances
from tests.test_stance import judge

BANS = {
    "smoking": "Smoking should be banned in pubs.",
    "vapes": "Disposable vapes should be banned.",
    "hunting": "The government should ban hunting with dogs.",
    "powers": "Councils should be given powers to take over empty homes.",
}

CASES = [
    ("smoking", "supports", "Professor Black said [smoking kills thousands of bar staff a year]."),
    ("smoking", "supports", "She said [second-hand smoke kills thousands of bar staff a year]."),
    ("smoking", "supports", "Doctors said [passive smoking was a serious danger to bar staff]."),
    ("smoking", "refutes", "Mr Lord said [there was no convincing evidence that passive "
                           "smoking posed a significant risk]."),
    ("vapes", "supports", "The council said [disposable vapes were poisoning rivers and "
                          "littering every park in the city]."),
    ("vapes", "refutes", "The retailer said [vapes had helped millions of smokers to quit]."),
    ("hunting", "supports", "The League said [hunting was cruel and barbaric]."),
    # fondness for the thing, or need of it, argues against its ban; not liking it is no case
    ("vapes", "refutes", "Shopkeepers said [thousands of adults rely on disposable vapes to "
                         "stay off cigarettes]."),
    ("hunting", "refutes", "The Alliance said [rural families love hunting]."),
    ("smoking", "refutes", "Regulars said [they enjoy smoking over a pint]."),
    ("hunting", "neutral", "The Alliance said [nobody enjoys hunting for its own sake]."),
    # missed, or not: "nobody will mourn them", "glad to see the back of them"
    ("vapes", "refutes", "A student said [she would miss her disposable vapes]."),
    ("vapes", "supports", "The head teacher said [nobody here will shed a tear for disposable "
                          "vapes]."),
    ("vapes", "supports", "A parent said [nobody at the school gate would mourn them]."),
    ("vapes", "supports", "A parent said [she would be glad to see the back of them]."),
    ("vapes", "neutral", "A parent said [she would miss the old bus route]."),
    # a fault granted on the way to a merit counts for nothing (valence.conceded)
    ("smoking", "supports", "The doctor said [the ban, for all its faults, was working]."),
    # what is done to the thing is not its deed; a thing named in passing is no judgement
    ("smoking", "neutral", "The landlord said [smoking was being pushed out of the pub]."),
    ("smoking", "neutral", "The survey said [smoking had fallen among young adults]."),
    ("vapes", "neutral", "Officials said [vapes were sold in most corner shops]."),
    # no ban: the proposition's other participants are not judged by what they do
    ("powers", "neutral", "Residents said [empty homes attract vandals and rats]."),
]


@pytest.fixture(scope="module")
def props(nlp):
    return {key: parse_proposition(text, [], nlp) for key, text in BANS.items()}


@pytest.mark.parametrize(("key", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_harm_of_the_restricted_thing(nlp, props, key, expected, marked):
    result = judge(nlp, props[key], marked, "say")
    assert result.stance == expected, result.basis


def test_the_restricted_thing_is_the_head_of_what_a_ban_acts_on(props):
    assert {"smoking", "smoke"} <= props["smoking"].restricted
    assert "pub" not in props["smoking"].restricted  # where, not what
    assert {"vape", "vapes"} <= props["vapes"].restricted
    assert "hunting" in props["hunting"].restricted
    assert not props["powers"].restricted  # a grant restricts nothing


def test_a_permission_to_act_is_the_act(nlp):
    fees = parse_proposition("Universities should be allowed to charge top-up fees.", [], nlp)
    assert fees.kind == "policy" and "fee" in fees.target and fees.target_sign == 1
    lifted = parse_proposition("The ban on smoking should be lifted.", [], nlp)
    assert "ban" in lifted.target and lifted.target_sign == -1  # lifting removes the ban


def test_a_degree_adjective_does_not_outweigh_the_harm_it_grades(nlp, props):
    result = judge(nlp, props["smoking"],
                   "Doctors said [smoking posed a huge risk to the health of bar staff].", "say")
    assert result.stance == "supports", result.basis


def test_a_watchlist_word_of_the_banned_things_stem_is_not_the_ban(nlp):
    ads = parse_proposition("Junk-food adverts should be banned before the 9pm watershed.",
                            ["advert*", "advertising", "junk food"], nlp)
    result = judge(nlp, ads, "Campaigners say [the ban does not go far enough, and that a "
                             "loophole for brand advertising will let the chains carry on]."
                   , "say")
    assert result.stance == "supports", result.basis


def test_the_speakers_own_say_is_no_cue(nlp, props):
    """A quote with no cue in its sentence: "I can't say" is the speaker's own verb, its "not"
    read (scope.walk stops only at a cue that is someone else's "said")."""
    content = "I used to like them. Now I can't say I'd miss disposable vapes."
    found = stances(props["vapes"], [ClaimText(content, f'"{content}"', "say", "positive")], nlp)
    assert found[0].stance == "supports", found
