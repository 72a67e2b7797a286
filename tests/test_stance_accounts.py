"""Two kinds of proposition the rules read from its grammar, on sentences written for these
tests: an event's account called true or false (trail/stance_accounts.py) and its
undertaking named as a noun ("the deal", "the promise"); and a replacement, where judging the
thing replaced argues the other way (claim_view.ref_sign)."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge

PROMISE = ("The minister promised the union in May that he would resign before the election.",
           ["deal", "promise", "claims", "book", "story"])
REPLACE = ("Council tax should be replaced by a local income tax.", ["tax", "plans"])


@pytest.fixture(scope="module")
def promise(nlp):
    return parse_proposition(*PROMISE, nlp)


@pytest.fixture(scope="module")
def replace(nlp):
    return parse_proposition(*REPLACE, nlp)


def test_the_grammar_of_an_undertaking_and_a_replacement(promise, replace):
    assert promise.kind == "event" and {"promise", "deal", "pledge"} <= promise.target
    assert {"union", "may"} <= promise.args and not {"union", "may"} & promise.target
    assert replace.replaced == {"council"} and {"income", "tax"} <= replace.target


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "Downing Street said [there was no deal]."),
    ("refutes", "A spokesman said [the minister never promised to resign]."),
    ("supports", "His friend said [the minister did promise the union he would go]."),
    ("refutes", "The aide said [the claims were completely untrue]."),
    ("supports", "The author said [the story was true]."),
    ("refutes", "The party said [his book was a work of fiction]."),
    ("refutes", "The aide said [the whole story was propaganda]."),
    ("refutes", "The ministry called the claims [without foundation]."),
    ("supports", "The author said [the account in the book was accurate]."),
    ("refutes", "The aide said [these allegations are baseless]."),
    ("neutral", "The publisher said [the book would be published on Monday]."),
    ("neutral", "The aide said [the claims of a cover-up were untrue]."),  # another account
    ("refutes", "The aide said [the reporter's story was wrong]."),  # a reporter files a story
    ("neutral", "The aide said [the minister's account was a fiction]."),  # whose telling?
    ("refutes", "A review said [the allegations were \"not borne out by the facts\"]."),
    ("supports", "The inquiry said [the claims had been borne out]."),
    ("refutes", "The aide said [the claims had been debunked]."),
    ("refutes", "The aide said [the book proves nothing]."),  # its object says none
    ("neutral", "The aide said [the cost would be borne by the party]."),  # no account
    ("refutes", "The aide called it [a smear]."),  # a bare verdict of falsehood on the topic
    ("refutes", "The aide called it [a conspiracy theory with no basis]."),
    ("refutes", "The aide said it was [\"a fiction written to order\"]."),
    ("refutes", "The aide said [the allegations were \"absurd\"]."),
    ("neutral", "The aide called it [a difficult week]."),
    # the event's denial is an account the other way round (forty-second session)
    ("supports", "The union said [the denials always looked thin]."),
    ("refutes", "The aide said [the minister's denial was true]."),
    ("neutral", "The union said [the denials were issued on Monday]."),
])
def test_an_event_and_its_account(nlp, promise, expected, marked):
    polarity = "negative" if any(w in marked for w in (" no ", "never")) else "positive"
    found = judge(nlp, promise, marked, "say", polarity)
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The Lib Dem said [council tax was unfair on pensioners]."),
    ("supports", "The Lib Dem said [council tax should be abolished]."),
    ("supports", "The Lib Dem said [council tax must be replaced]."),  # the act proposed
    ("refutes", "The minister said [council tax was a fair system that worked]."),
    ("refutes", "The minister said [a local income tax would hit working families]."),
    ("supports", "The campaigner said [the local income tax was fairer]."),
])
def test_judging_the_thing_replaced_argues_the_other_way(nlp, replace, expected, marked):
    found = judge(nlp, replace, marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    # the replacement's own adjective tells the two apart when they share a noun
    ("supports", "The professor said [a mostly elected board was workable]."),
    ("refutes", "The chairman said [an elected board would be a disaster]."),
    ("supports", "The campaigner said [an unelected board was indefensible]."),
    ("refutes", "The chairman said [the appointed board works well]."),
])
def test_the_replacement_told_apart_by_its_adjective(nlp, expected, marked):
    board = parse_proposition("The appointed health board should be replaced by an elected "
                              "board.", ["health board"], nlp)
    assert board.novel == {"elected"}
    found = judge(nlp, board, marked, "say")
    assert found.stance == expected, found


HACK = ("Ruritania was behind the hack of the Vesna power grid.", ["Vesna grid", "grid hack"])


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The ministry said [the government fully shares the Canadian assessment]."),
    ("supports", "An aide said [Ostland accepted the conclusions of the inquiry]."),
    ("supports", "The senator said [she had no reason to doubt the FBI's conclusion]."),
    ("refutes", "The envoy said [his government rejected the inquiry's findings]."),
    ("refutes", "The envoy said [Ruritania disputed the allegations]."),
    # the accused's own findings, rejected: the charge upheld
    ("supports", "The minister said [Ostland rejected the Ruritanian investigators' findings]."),
    ("neutral", "The envoy said [his government might accept the findings]."),  # hedged
    ("neutral", "The envoy said [the board accepted the resignation]."),  # no charge
    ("neutral", "His lawyer said [he would no longer contest the charges]."),  # given up
    ("neutral", "The panel said [it upheld the finding that the agency broke the rules]."),
])
def test_the_charge_accepted_or_rejected(nlp, expected, marked):
    prop = parse_proposition(*HACK, nlp)
    found = judge(nlp, prop, marked, "say")
    assert found.stance == expected, found.basis


FLOOD = ("The Marlow flood began with a breach in the canal wall.", ["Marlow flood", "canal"])


@pytest.mark.parametrize(("expected", "marked"), [
    # the event's own explanation, named by its own words, judged as an account
    ("refutes", "The engineer said [the canal-breach theory was nonsense]."),
    ("refutes", "The engineer said [the breach theory does not hold water]."),
    ("supports", "The engineer said [the canal breach explanation is credible]."),
    ("refutes", "The engineer said [the breach was a myth]."),  # the event itself, unreal
    ("neutral", "The engineer said [the breach was a disaster for the town]."),  # real, and bad
    ("neutral", "The engineer said [the drainage theory was nonsense]."),  # a rival's
    ("refutes", "The engineer said [the breach theory was guesswork dressed up as science]."),
    ("refutes", "The engineer called the report [politics dressed up as evidence]."),  # a case
    ("neutral", "The engineer called it [a breach dressed up as a spill]."),  # that only looks
    # like one; the event itself, disguised, is no verdict on its account
])
def test_the_events_own_explanation_named_and_judged(nlp, expected, marked):
    prop = parse_proposition(*FLOOD, nlp)
    found = judge(nlp, prop, marked, "say")
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    # the evidence said to be told wrongly: the account is false (stance_accounts._FOUND_OUT)
    ("refutes", "The company said [the research was taken out of context]."),
    ("refutes", "The company said [the research had been cherry-picked]."),
    ("refutes", "The company said [the documents had been misrepresented]."),
    ("refutes", "The company said [the reports were misleading]."),
    ("neutral", "The company said [the research was published in May]."),
    ("neutral", "The company said [its own engineers misread the first test]."),  # a deed
])
def test_the_evidence_told_wrongly(nlp, expected, marked):
    knew = parse_proposition("Acme Foods knew that its cereal bars were unsafe.", ["Acme"], nlp)
    found = judge(nlp, knew, marked, "say")
    assert found.stance == expected, found
