"""Set exclamations (trail/stance_exclaims.py), on sentences written for these tests: they judge
the policy under discussion with no word for it; a hill, late arrivals and a removing
proposition are left alone."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge

CAMERAS = ("Police should be given powers to use live facial recognition in public places.",
           ["facial recognition"])
SCRAP = ("The smoking ban should be scrapped.", ["smoking ban"])


@pytest.fixture(scope="module")
def cameras(nlp):
    return parse_proposition(*CAMERAS, nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'The campaigner said: "[You couldn\'t make it up.]"'),
    ("refutes", 'The campaigner said: "[It beggars belief.]"'),
    ("refutes", 'The campaigner said: "[What a farce.]"'),
    ("refutes", 'The campaigner said: "[It\'s a joke.]"'),  # a joke: no praise
    ("refutes", 'The campaigner said: "[What next? Cameras in our bedrooms?]"'),
    ("refutes", 'The campaigner said: "[Who asked for this?]"'),
    ("refutes", 'The campaigner asked: "[Where will it end? Cameras in our bedrooms?]"'),
    ("refutes", 'The driver said: "[Brilliant. Another law the police will never '
                'enforce.]"'),
    ("refutes", 'The driver said: "[So they film us buying bread now? Marvellous]"'),
    ("refutes", 'The driver said: "[Scan every face in the street. What could possibly go '
                'wrong?]"'),
    ("supports", 'The shopkeeper said: "[About time too.]"'),
    ("supports", 'The shopkeeper said: "[Good on them for doing something.]"'),
    ("supports", 'The shopkeeper said: "[Hats off to the Met.]"'),
    ("refutes", 'The trader asked: "[What am I supposed to do, shut the shop?]"'),
    ("refutes", 'The trader asked: "[How are we meant to prove who we are?]"'),
    ("refutes", 'The trader asked: "[Where exactly are 200 stalls supposed to go?]"'),
    ("neutral", 'The trader asked: "[What are you supposed to do if a camera flags you?]"'),
])
def test_an_exclamation_judges_the_policy_under_discussion(nlp, cameras, expected, marked):
    found = judge(nlp, cameras, marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize("marked", [
    "The officer said [it was about time they arrived].",
    "The officer said [they could not make it up the hill].",
    "The officer said [nobody knew where the road would end].",
])
def test_no_exclamation_in_ordinary_words(nlp, cameras, marked):
    assert not judge(nlp, cameras, marked, "say").basis.startswith("exclaims"), marked


def test_praise_alone_or_in_a_sentence_is_no_sarcasm(nlp, cameras):
    for marked in ('The shopkeeper said: "[Brilliant.]"',
                   'The shopkeeper said: "[It was a great day for the town centre.]"'):
        assert not judge(nlp, cameras, marked, "say").basis.startswith("exclaims"), marked


def test_a_sneer_at_someone_praises_nothing(nlp, cameras):
    """ "Good luck with that", "Nice try": no verdict of "good" or "nice" on the policy."""
    for marked in ('The driver said: "[Good luck with that.]"', 'He said: "[Nice try.]"'):
        assert judge(nlp, cameras, marked, "say").stance == "neutral", marked


def test_no_exclamation_side_for_a_removing_proposition(nlp):
    found = judge(nlp, parse_proposition(*SCRAP, nlp), 'The landlord said: "[About time too.]"',
                  "say")
    assert not found.basis.startswith("exclaims"), found
