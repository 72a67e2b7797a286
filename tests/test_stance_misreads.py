"""Rules of the twentieth 2026-12-04 session: a coordination the parser misreads as a modifier
("the single [market] or customs union": misparses.misread_conj) still takes the verb acting
on it; a hazard run ("risks higher costs") is no bad thing fought ("fight crime":
eval_verbs._HAZARDS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "market": ("The UK should rejoin the EU single market.", ["single market"]),
    "week": ("Employers should move to a four-day week.", ["four-day week"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("market", "refutes", "The spokesperson said [the government will not rejoin the single "
                          "market or customs union]."),
    ("market", "supports", "The spokesperson said [we will rejoin the single market or the "
                           "customs union]."),
    ("week", "refutes", "The lobby said [a four-day week risks higher costs for small firms]."),
    ("week", "refutes", "The lobby said [the four-day week would court disaster]."),
])
def test_a_misread_coordination_or_a_hazard_run_takes_a_side(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say",
                  speaker="a spokesperson for the Department for Business and Trade")
    assert found.stance == expected, found


def test_fighting_a_bad_thing_is_still_good(nlp, props):
    found = judge(nlp, props["week"],
                  "The campaign said [a four-day week would fight stress and sickness].", "say")
    assert found.stance == "supports", found
