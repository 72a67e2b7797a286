"""Contrasts, anecdotes and other words for the act: ", not X" denies X (negators.py,
stance_rules.subjects), a past trip of the speaker's own is no escape from a charge
(stance_need.py), "should be taxed" restates a levy, "a sale" names selling and "went through"
says it happened (proposition.py, proposition_words, evaluative.OCCUR), "should stop
altogether" scraps a thing and "(it) should continue in some form" keeps it (stance_restate.py,
pronouns.py); on sentences written for these tests, with the polarity the upstream reading
gives them."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "collapse": ("The Varden merger talks have collapsed.", ["merger talks", "Varden"]),
    "levy": ("Flavoured milk should be brought into the sugar levy.", ["sugar levy"]),
    "toll": ("Calby should introduce a visitor toll.", ["visitor toll"]),
    "sale": ("The Orwin Gallery has sold the Pell triptych to a private buyer.",
             ["Orwin Gallery", "Pell triptych"]),
    "tests": ("Spelling tests should be abolished in junior schools.", ["spelling tests"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "polarity", "marked"), [
    ("collapse", "refutes", "negative", "Mr Orme said [the talks were paused, not collapsed]."),
    ("collapse", "supports", "positive", "Mr Orme said [the talks had collapsed, not paused]."),
    ("collapse", "refutes", "negative", "Mr Orme said [the talks had not collapsed]."),
    ("levy", "supports", "positive", "Dr Kell said: [I see it in my chair every week. Tax it]."),
    ("levy", "supports", "positive", "Dr Kell said [flavoured milk should be taxed]."),
    ("levy", "refutes", "negative", "Ms Ayo said [flavoured milk should never be taxed]."),
    ("toll", "refutes", "positive", "Ms Ayo said [a toll would send visitors to hotels in "
                                    "Brackley]."),
    ("toll", "neutral", "positive", "Ms Ayo said [I went to Brackley in May and paid a toll "
                                    "there]."),
    ("sale", "refutes", "negative", "The director said [no sale has taken place]."),  # "sold"
    ("sale", "refutes", "negative", "The director said: [There has been no sale]."),
    ("sale", "supports", "positive", "A dealer said [the sale went through in March]."),
    ("sale", "refutes", "negative", "The director said [the sale has not gone through]."),
    ("tests", "supports", "positive", "Parents said [spelling tests should stop altogether]."),
    ("tests", "neutral", "positive", "Parents said [spelling tests should stop at eleven]."),
    ("tests", "refutes", "positive", "Parents said [spelling tests should continue in some "
                                     "form]."),
    ("tests", "refutes", "positive", "Parents said [it should continue in some form]."),  # "it":
    ("tests", "supports", "positive", "Parents said [it should stop]."),  # the thing itself
])
def test_contrasts_anecdotes_and_other_words_for_the_act(nlp, props, key, expected, polarity,
                                                        marked):
    found = judge(nlp, props[key], marked, "say", polarity)
    assert found.stance == expected, found
