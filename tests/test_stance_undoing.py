"""The policy's removal, judged: a side taken on "the repeal of the ban", "the repeal", "a plan
to scrap it", or "the ban must go", turned round (stance_undoing.py, stance_reversal.py,
stance_doing.py, stance_restate.py); on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge

PROPOSITIONS = {
    "ban": "Smoking should be banned in parks.",
    "keep": "The city should keep its congestion charge.",
    "scrap": "Speed cameras should be scrapped.",
}

CASES = [
    ("ban", "supports", "Doctors said [they oppose the repeal of the ban]."),
    ("ban", "refutes", "Landlords said [they welcomed the lifting of the ban]."),
    ("keep", "supports", "The mayor said [she would fight the abolition of the charge]."),
    ("keep", "supports", "The mayor said [the council would oppose the repeal]."),
    ("keep", "refutes", "Traders said [they want the scrapping of the charge]."),
    ("keep", "supports", "Doctors said [the plan to scrap the charge will cost lives]."),
    ("keep", "refutes", "The motoring group said [the charge must go]."),
    ("ban", "refutes", "The club said [the ban should go]."),
    ("keep", "supports", "Campaigners said: \"[Bring the charge back]!\""),
    # a removing proposition: the scrapping is the policy itself
    ("scrap", "supports", "Drivers said [the cameras must go]."),
    ("scrap", "supports", "Drivers said [they welcome the scrapping of the cameras]."),
    ("scrap", "supports", "Drivers said [they welcome the repeal]."),
    # the removal of something else, and a removal reported, take no side
    ("keep", "neutral", "The mayor said [the repeal of the parking rules was a mistake]."),
    ("ban", "neutral", "The council said [the repeal takes effect in May]."),
    ("keep", "neutral", "Analysts said [there was a real chance of repeal]."),  # possible
    ("keep", "neutral", "Traders said [the charge would go]."),  # a forecast, not a demand
]


@pytest.fixture(scope="module")
def props(nlp):
    return {key: parse_proposition(text, [], nlp) for key, text in PROPOSITIONS.items()}


@pytest.mark.parametrize(("key", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_a_side_on_the_policys_removal(nlp, props, key, expected, marked):
    result = judge(nlp, props[key], marked, "say")
    assert result.stance == expected, result.basis
