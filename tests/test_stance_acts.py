"""Rules of the ninth 2026-12-03 session on acts and amounts: an act on the policy named by a
noun and judged ("the cancellation of HS2 would be a disaster", "a U-turn would be costly",
"approval would be a betrayal": stance_doing.py, proposition_words.ACT_NOUNS), a gerund the
parser took for a modifier ("[scrapping] the bypass would be a mistake"), building is
introducing and cancelling undoes it (evaluative.DIRECTIONS), and less of a bad thing is good
("fewer deaths", "a fall in crime": valence.token_valence). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "bypass": ("The Ledbury bypass should be built.", ["Ledbury bypass", "bypass"]),
    "levy": ("A levy on sugary drinks should be introduced.", ["sugar levy", "levy"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("bypass", "supports", "The councillor said [the cancellation of the bypass would be a "
                           "disaster]."),
    ("bypass", "supports", "The haulier said [cancellation would be a disaster for the town]."),
    ("bypass", "supports", "The chamber said [scrapping the bypass would be a mistake]."),
    ("bypass", "supports", "The union said [cancelling the scheme would cost hundreds of jobs]."),
    ("bypass", "refutes", "The campaigner said [approval would be a betrayal of the "
                          "villagers]."),
    ("bypass", "neutral", "The airline said [the cancellation of flights was a disaster]."),
    ("levy", "supports", "The doctors said [the levy would mean fewer deaths from diabetes]."),
    ("levy", "supports", "The minister said [the levy would bring a fall in obesity]."),
    ("levy", "refutes", "The bottlers said [the levy would mean fewer jobs in the factories]."),
    ("levy", "refutes", "The grocers said [the levy would bring more misery to poor "
                        "families]."),
])
def test_act_and_amount_stance(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected
