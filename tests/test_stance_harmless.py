"""Whether a thing said to be safe does harm: the size of its harm and the limits it keeps or
breaks (stance_harmless.py), an adjective on a noun that is no predicate (stance_property.py),
and a pronoun after a restricted thing in a joined clause (pronouns.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "sludge": ("Spreading the treated sewage sludge on farmland is safe.",
               ["sewage sludge", "sludge spreading"]),
    "idling": ("Councils should ban drivers from idling their engines outside schools.",
               ["engine idling", "idling ban"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("sludge", "supports", "The agency said [the effect on crops would be negligible]."),
    ("sludge", "supports", "The farmer said [there was no risk to anyone eating the wheat]."),
    ("sludge", "supports", "The water company said [the sludge meets every safety standard]."),
    ("sludge", "supports", "The chemist said [the metals left were far below legal limits]."),
    ("sludge", "refutes", "The campaigners said [the long-term effects on soil are unknown]."),
    ("sludge", "refutes", "The campaigners said [the spreading put the rivers at risk]."),
    ("sludge", "refutes", "The analyst said [several samples exceeded the limit for cadmium]."),
    ("sludge", "refutes", "The group said [it opposed the spreading of toxic sludge on fields]."),
    ("sludge", "neutral", "The council said [it would publish the test results in June]."),
    ("idling", "supports", "The head said [idling outside the gates is a cruel and selfish "
                           "habit]."),
    ("idling", "supports", "A doctor said: \"[Study after study says the same: idling doesn't "
                           "keep an engine healthy in the long run, and it's linked to more "
                           "disease, not less].\""),
])
def test_harm_and_limits(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis
