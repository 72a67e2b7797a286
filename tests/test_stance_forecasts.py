"""What a policy is likely to do, and what is the last thing wanted (trail/stance_eval.py): a
forecast of an effect judges the policy as the effect would ("likely to reduce smoking"),
"unlikely" the other way; a forecast that it will happen takes no side. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "packs": ("Cigarettes should be sold in plain packaging.", ["plain packaging", "plain packs"]),
    "ban": ("The sale of replica guns should be banned.", ["replica ban", "ban"]),
    "rates": ("The Bank of England should raise interest rates.",
              ["interest rates", "rate rise", "dearer money"]),
    "hack": ("North Korea was behind the hack of Sony Pictures.", ["Sony hack", "hack"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("packs", "supports", "The review said [plain packaging is very likely to reduce smoking]."),
    ("packs", "refutes", "The institute said [plain packs are unlikely to reduce smoking]."),
    ("ban", "refutes", "The MP said [the ban is unlikely to work]."),
    ("ban", "refutes", "The MP said [the ban is likely to cost jobs]."),
    ("ban", "supports", "The officer said [the ban is bound to save lives]."),
])
def test_a_forecast_effect_judges_the_policy(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize("marked", [
    "The MP said [the ban is likely to be introduced next year].",
    "The MP said [the ban is unlikely to be introduced before 2006].",
])
def test_a_forecast_that_it_happens_takes_no_side(nlp, props, marked):
    assert judge(nlp, props["ban"], marked, "say").stance == "neutral"


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "She said [the last thing the economy needs is another rate rise]."),
    ("refutes", "She said [a rate rise is the last thing we need]."),
    ("refutes", "She said [the last thing manufacturers need right now is dearer money]."),
])
def test_the_last_thing_needed_is_rejected(nlp, props, expected, marked):
    found = judge(nlp, props["rates"], marked, "say")
    assert found.stance == expected and "last thing" in found.basis, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The FBI said [it now had enough information to conclude that the North "
                 "Korean government was responsible for the hack]."),
    ("refutes", "The FBI said [it did not have enough information to conclude that North "
                "Korea was responsible for the hack]."),
])
def test_information_to_conclude_is_what_it_is_about(nlp, props, expected, marked):
    """ "had enough information to conclude that X": X is asserted (the noun's clause is what
    it is about, like "evidence that X"), and denied under "did not have"."""
    assert judge(nlp, props["hack"], marked, "say").stance == expected
