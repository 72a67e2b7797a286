"""The witness discredited (stance_witness.py): calling whoever makes an allegation a liar
denies it, calling the accused a cheat affirms it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {"berg": ("Tomas Berg used performance-enhancing drugs.", ["Berg", "doping"])}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "His lawyer said [Jan Holm is a confessed cheat with a book to sell]."),
    ("refutes", "His agent said [Ann Lind was a fantasist]."),
    ("supports", "A rival said [Berg is a cheat and a liar]."),
    ("supports", "The rider said [Holm is not a liar]."),  # the witness vouched for
    ("neutral", "The coach said [Holm was a fine rider]."),
])
def test_the_witness_discredited_and_the_accused_named(nlp, props, expected, marked):
    found = judge(nlp, props["berg"], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


def test_a_policy_has_no_witness(nlp):
    ban = parse_all(nlp, {"ban": ("Smoking should be banned in pubs.", ["smoking ban"])})["ban"]
    marked = "The landlord said [the campaigner was a liar]."
    assert judge(nlp, ban, marked, None).stance == "neutral"
