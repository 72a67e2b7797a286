"""How far a wrong went (stance_extent.py): a proposition on its extent is argued in words of
one ("one rogue reporter", "acted alone", "the only one involved") or of many ("everybody knew",
"a whole team"), each read with its negation and any verdict on it; that the wrong happened is
granted by all sides. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from pipeline.trail.proposition_words import extent_of
from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "wide": ("Match-fixing at Harlow Town went beyond a single rogue player.",
             ["match-fixing", "Harlow Town"]),
    "lone": ("The fraud at the bank was the work of a lone trader.", ["fraud", "the bank"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_the_extent_is_read_from_the_propositions_words(nlp):
    assert extent_of(PROPOSITIONS["wide"][0]) == 1
    assert extent_of("Doping in the team was systematic.") == 1
    assert extent_of("The abuse was not an isolated case.") == 1
    assert extent_of(PROPOSITIONS["lone"][0]) == -1
    assert extent_of("Iran and the United States are holding talks.") == 0
    assert extent_of("Britain joined the single market in 1993.") == 0
    assert extent_of("Ruritania is a rogue state.") == 0
    assert extent_of("The gunman acted alone.") == -1
    assert parse_proposition("Fixing should be a crime beyond doubt.", [], nlp).extent == 0


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("wide", "refutes", "The club said [the fixing was the work of one man]."),
    ("wide", "refutes", "The chairman called it [a single bad apple]."),
    ("wide", "refutes", "He said [Dean was the only one involved]."),
    ("wide", "refutes", "The club said [there was no evidence that any other player was paid]."),
    ("wide", "supports", "She said: \"[It wasn't just one bloke].\""),
    ("wide", "supports", "She said [it was not credible that Dean had acted alone]."),
    ("wide", "supports", "He said: \"[Everybody in the dressing room knew]\"."),
    ("wide", "supports", "He said [the rogue player was a fiction]."),
    ("wide", "neutral", "Police said [the two men were jailed in 2007]."),
    ("wide", "neutral", "He said [he had never taken a bribe]."),
    ("lone", "supports", "The bank said [the trader had acted alone]."),
    ("lone", "refutes", "The regulator said [the fraud was widespread]."),
])
def test_one_or_many(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis
