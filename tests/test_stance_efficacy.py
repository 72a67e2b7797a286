"""Stance toward an effect proposition ("X cuts road deaths"): the thing credited with a good
effect said to work or not, or its benefit sized (trail/stance_efficacy.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "cameras": ("Speed cameras cut road deaths.", ["speed cameras", "cameras"]),
    "chalk": ("Spreading chalk on the fields reduces crop disease in Ruritania.",
              ["chalking", "chalk spreading"]),
    "phones": ("Smartphones raise anxiety in teenagers.", ["smartphones", "phones"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("cameras", "supports", "The minister said [speed cameras are effective]."),
    ("cameras", "refutes", "The driver said [the cameras are a useless cash cow]."),
    ("cameras", "refutes", "The driver said [the cameras make no difference]."),
    ("cameras", "supports", "The officer said [the cameras work]."),
    ("cameras", "neutral", "The driver said [road deaths are a grim statistic]."),
    ("chalk", "supports", "The agronomist said [chalking is a cheap and effective measure]."),
    ("chalk", "refutes", "The farmer said [the benefit was close to zero]."),
    ("chalk", "refutes", "The farmer said [any benefit is too small to be worth it]."),
    ("chalk", "supports", "The agronomist said [there is probably a benefit]."),
    ("chalk", "refutes", "The farmer said [there is no benefit]."),
    ("chalk", "neutral", "The farmer said [the benefits of crop rotation were a myth]."),
    ("chalk", "neutral", "The farmer said [fungicide works]."),
    # a harm raised: that the thing works says nothing of the harm
    ("phones", "neutral", "The maker said [smartphones are effective learning tools]."),
])
def test_the_credited_thing_works_or_not(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The agronomist said [crop disease rose after the farm stopped chalking]."),
    ("supports", "The agronomist said [when the estate stopped, crop disease went up]."),
    ("refutes", "The farmer said [crop disease rose last year]."),
])
def test_an_effect_undone_when_its_cause_stopped(nlp, props, expected, marked):
    """An effect turned round once its cause stopped argues the cause had it (forty-second
    session, stance_events._after_stopping); turned round alone, it did not."""
    assert judge(nlp, props["chalk"], marked, cue=None).stance == expected
