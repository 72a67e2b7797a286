"""Judgements that hide in their form: "one of the best things" is as good as "the best";
"has never been stronger" and "could not be clearer" are the most there is, not a denial; a
merit granted "in theory" or "on paper" is only granted; "the principle" of the policy under
discussion is the policy's, and "the problem is (not X but) the principle" calls it the
problem; "dreamt up" for a campaign is no dream; "a tissue of lies" is lies. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "ferry": ("A car ferry should be launched to Lundy.", ["car ferry", "ferry"]),
    "rigged": ("The Harlow council election was rigged.", ["Harlow", "ballot papers"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("ferry", "supports", "She said [the ferry will be one of the best things to happen here]."),
    ("ferry", "refutes", "He said [the ferry is one of the worst ideas the council has had]."),
    ("ferry", "supports", "He said [the case for the ferry has never been stronger]."),
    ("ferry", "supports", "She said [the case for a car ferry could not be clearer]."),
    ("ferry", "refutes", "He said [the case for the ferry has never been weaker]."),
    ("ferry", "refutes", "She said [the ferry is not stronger than the bus case]."),
    ("ferry", "neutral", "She said [I like the idea in theory]."),
    ("ferry", "supports", "She said [I like the idea]."),
    ("ferry", "supports", "The council said [it remained supportive of the principle]."),
    ("ferry", "refutes", "Islanders called the ferry [a gimmick dreamt up for the election]."),
    ("ferry", "refutes", "She said [the problem is not the cost but the principle]."),
    ("ferry", "refutes", "She said [the problem is the ferry]."),
    ("ferry", "supports", "He said [the problem is not the ferry but the roads]."),
    ("ferry", "supports", "He said [the answer is a car ferry]."),
    ("rigged", "refutes", "The mayor said [the claims were a tissue of lies]."),
    ("rigged", "refutes", "The mayor said [the allegations were a collection of rumours]."),
])
def test_judgements_in_their_form(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis
