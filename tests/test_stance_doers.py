"""Rules of the twenty-fourth 2026-12-04 session: the accused named as the doer of the alleged
act by its agent noun (stance_doers.py, proposition_words.doers_of), a participant named with a
title ("Sir Mark" for "Mark Thatcher": claim_view.is_arg), a merger named as "the deal"
(proposition_words.KINDRED), and a policy urged through ("get it signed"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition_words import doers_of
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "plot": ("Arthur Avery helped to finance the failed coup in Borduria.", ["coup"]),
    "leak": ("Westland Bank leaked the budget papers.", ["budget leak"]),
    "hack": ("Ruritania was behind the 2019 hack of Daily Planet.", ["Daily Planet hack"]),
    "merger": ("The East Tour should complete its merger with the West League.", ["tour merger"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_doers_of_verbs() -> None:
    assert {"funder", "financier", "backer", "investor"} <= doers_of({"finance", "fund"})
    assert {"leaker", "hacker", "plotter"} <= doers_of({"leak", "hack", "plot"})
    assert not doers_of({"bring_down"})  # a phrasal verb has no agent noun of its own


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("plot", "supports", "The prosecutor said [Sir Arthur had been one of the financiers of the "
                         "operation]."),
    ("plot", "supports", "Court papers showed [Mr Avery was a significant investor in the coup "
                         "plot]."),
    ("plot", "supports", "The pilot said [Arthur Avery had been among the backers who put up the "
                         "money]."),
    ("plot", "supports", "The prosecutor said [Sir Arthur was not an innocent bystander but one "
                         "of the funders of the coup]."),
    ("plot", "refutes", "His lawyer said [Avery was never a funder of the coup]."),
    ("plot", "refutes", "His lawyer said [he was not a backer of the plot but a victim of it]."),
    ("leak", "supports", "The inquiry said [the leaker was Westland Bank]."),
    ("hack", "supports", "The FBI said [the hackers were Ruritanians]."),
    ("hack", "refutes", "The embassy said [the hackers were not from Ruritania]."),
])
def test_the_accused_named_as_the_doer(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, cue=None)
    assert found.stance == expected and "names the doer" in found.basis, found


@pytest.mark.parametrize(("key", "marked"), [
    ("plot", "The profile said [Sir Arthur was a major investor in Tesco]."),
    ("plot", "The broker said [the backers of the fund were pleased]."),
    ("hack", "The FBI said [the hackers were clever]."),
])
def test_a_doer_of_something_else_or_not_named_takes_no_side(nlp, props, key, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == "neutral"


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The broadcaster said [the deal is good for golf]."),
    ("refutes", "The senator said [the deal raises serious national security concerns]."),
    ("refutes", "The caller said [the tour should tear the agreement up and walk away]."),
    ("neutral", "The caller said [the tour had signed a new television deal with a US network "
                "in 2021]."),  # another deal, with its own partner named
])
def test_a_merger_is_also_the_deal_and_the_agreement(nlp, props, expected, marked):
    """proposition_words.KINDRED: "complete its merger with LIV" is judged through "the deal",
    "the agreement" too."""
    assert judge(nlp, props["merger"], marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "A caller said: \"[I just want the best players together. Get it signed].\""),
    ("supports", "The player said: \"[It's time to get it done].\""),
    ("supports", "The mayor said: \"[The city is ready. Let us get on with it].\""),
    ("neutral", "The analyst said [they will get it done by the spring]."),  # a forecast
    ("neutral", "The fan said [the tours get things done differently]."),
])
def test_a_policy_urged_through(nlp, props, expected, marked):
    """stance_restate._seen_through: "get it done / signed", "get on with it", prescribed,
    commanded or "time to"."""
    assert judge(nlp, props["merger"], marked, cue=None).stance == expected
