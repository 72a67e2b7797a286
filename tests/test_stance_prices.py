"""What people pay, said to go up or down (prices.py): a burden or a saving the measure brings;
and the money better used elsewhere (valence_phrases.py)."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge


@pytest.fixture(scope="module")
def parts(nlp):
    return parse_proposition("Kettle makers should be required by law to supply spare parts.",
                             ["right to repair"], nlp)


@pytest.mark.parametrize("expected, marked", [
    ("refutes", "He said [the law would push up prices]."),
    ("refutes", "He said [the rules would drive up bills for households]."),
    ("refutes", "He said [it will mean higher bills for families]."),
    ("refutes", "He said [the law would raise prices]."),
    ("supports", "She said [the law would bring down bills]."),
    ("supports", "She said [it will mean lower bills for families]."),
    ("supports", "She said [the law would cut prices]."),
    ("supports", "She said [prices will fall under the law]."),
    ("supports", "He said [the law would not raise prices]."),
    ("neutral", "He said [the price of a kettle is £40]."),
    ("neutral", "He said [prices have risen]."),  # no word of the law: a fact both camps cite
])
def test_a_price_that_moves_is_a_burden_or_a_saving(nlp, parts, expected, marked):
    found = judge(nlp, parts, marked, None)
    assert found.stance == expected, found.basis


def test_a_bill_in_parliament_is_still_the_law(nlp, parts):
    """ "the bill would raise prices": the bill raises them (a law), it is not a price."""
    found = judge(nlp, parts, "He said [the bill would raise prices].", None)
    assert found.stance == "refutes" and "bill" in found.basis, found.basis



@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "She said [the money would do more good spent on training]."),
    ("refutes", "She said [the money would be better used on housing]."),
    ("refutes", "She said [the money would be better invested in schools]."),
])
def test_money_better_used_elsewhere(nlp, expected, marked):
    """A different use of the money argues against the measure ("better spent" as before)."""
    income = parse_proposition("A basic income should be paid to every adult.", ["basic income"],
                               nlp)
    found = judge(nlp, income, marked, None)
    assert found.stance == expected, found.basis
