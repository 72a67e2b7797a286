"""Whether a thing exists, argued without "exist" (stance_existence.py): there or not there,
real or fake, found or never traced, taken or made up; on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge

PROPOSITIONS = {
    "fund": "The charity's missing 40 million dollars never existed.",
    "arms": "Iraq's stockpiles of chemical weapons existed in 2003.",
    "lynx": "A wild lynx was living in Kessel Wood in 2025.",  # a thing said to live somewhere
}

CASES = [
    ("fund", "supports", "The auditor said [the money had never been there]."),
    ("fund", "refutes", "The founder said [the cash was there all along]."),
    ("fund", "supports", "Prosecutors said [there was no money to steal]."),
    ("fund", "supports", "The administrator said [it had found no trace of the $40 million]."),
    ("fund", "supports", "The bank said [not a cent of the money had been traced]."),
    ("fund", "supports", "The bank said [the balances were fake]."),
    ("fund", "supports", "The bank said [the deposit confirmations were forged]."),
    ("fund", "supports", "Prosecutors said [the funds were invented to hide losses]."),
    ("fund", "refutes", "His lawyer said [the money was stolen by a former manager]."),
    ("fund", "refutes", "His lawyer said [a former manager had diverted the funds]."),
    ("fund", "refutes", "The founder said [the balances were real]."),
    # no side: what was not taken, a search still going on, another thing's papers
    ("fund", "neutral", "The lawyer said [the money was not stolen by his client]."),
    ("fund", "neutral", "Investigators said [they were still looking for the money]."),
    ("fund", "neutral", "The bank said [its own statements were published on Monday]."),
    ("arms", "supports", "The minister said [the stockpiles were real]."),
    ("arms", "refutes", "The inspector said [no trace of the weapons was ever found]."),
    ("arms", "refutes", "The inspector said [there were no stockpiles]."),
    ("lynx", "supports", "The ecologist said [a lynx lives in the wood]."),
    ("lynx", "refutes", "The ranger said [there is no lynx in the wood]."),
    ("lynx", "refutes", "The ranger said [no lynx lives in the wood]."),
    ("lynx", "refutes", "The blogger said [this was a hoax]."),
    ("lynx", "refutes", "The farmer said [the photographs were faked]."),
    ("lynx", "neutral", "The ranger said [the lynx is a protected species]."),
]


@pytest.fixture(scope="module")
def props(nlp):
    return {key: parse_proposition(text, [], nlp) for key, text in PROPOSITIONS.items()}


@pytest.mark.parametrize(("key", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_existence_argued(nlp, props, key, expected, marked):
    result = judge(nlp, props[key], marked, "say")
    assert result.stance == expected, result.basis


def test_an_amount_of_money_is_the_money(props):
    assert {"money", "cash", "funds"} <= props["fund"].args
