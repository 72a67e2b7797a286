"""An event said to exist or not, an act done to nothing, and the act an undertaking binds to
("agreed to join": "is joining") (stance_events.py); on sentences written for these tests,
with the polarity the upstream reading gives them."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "deal": ("The striker Jon Varo has agreed to join Westport Athletic.", ["Jon Varo", "Varo"]),
    "talks": ("Norland and Vessia are holding talks.", ["talks", "Norland"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "polarity", "marked"), [
    ("deal", "refutes", "negative", "His agent said [no agreement of any kind exists with "
                                    "Westport]."),
    ("deal", "supports", "positive", "A club source said [an agreement exists]."),
    ("deal", "refutes", "negative", "His agent said [Varo has agreed nothing with anybody]."),
    ("deal", "supports", "positive", "A columnist said [Varo is joining Westport]."),
    ("deal", "refutes", "negative", "His agent said [Varo will not be joining Westport]."),
    ("deal", "neutral", "positive", "The manager said [Dan Pell joined Westport in 2019]."),
    ("talks", "refutes", "negative", "The ministry said [no dialogue exists between the two]."),
    ("talks", "refutes", "negative", "The ministry said [Norland has discussed nothing with "
                                     "Vessia]."),
])
def test_said_to_exist_or_done_to_nothing(nlp, props, key, expected, polarity, marked):
    found = judge(nlp, props[key], marked, "say", polarity)
    assert found.stance == expected, found
