"""Rules of the forty-fifth 2026-12-07 session, on sentences written for these tests: a pronoun
stands for the policy's opposite named just before it ("free entry ... keep it"), not for the
policy's own name ("the case for abolition ... keeping it": pronouns.antecedent);
evidence said to be there or to hold asserts what it is evidence of ("there is clear evidence
that ...": evidence.vouched_for), while "no evidence" or a weak verdict rules it out; "too easy
to say X" calls X glib and denies it, while "too early to say X" only hedges
(conditions.too_early); "remove" and "end" restate scrapping (proposition.restates)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "entry": ("The Kessel galleries should charge for entry.", ["Kessel galleries"]),
    "talks": ("Marlow and Ruritania are holding talks.", ["talks"]),
    "bridge": ("The Kessel bridge collapsed because of poor maintenance.", ["Kessel bridge"]),
    "toll": ("The Kessel bridge toll should be scrapped.", ["Kessel bridge toll", "toll"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("entry", "refutes", "The curator said [free entry has been a triumph and we must keep "
                         "it]."),  # "it" is the free entry, not the charge
    ("entry", "refutes", "The curator said [free entry is precious and nobody should take it "
                         "away]."),
    ("entry", "refutes", "The curator said [the charge was a mistake and we should drop it]."),
    ("toll", "refutes", "The viewer said the programme [gave the case for abolition far more "
                        "time than the case for keeping it]."),  # "it": the toll, not abolition
    ("talks", "supports", "The envoy said [there is clear evidence that Marlow and Ruritania "
                          "are holding talks]."),
    ("talks", "supports", "The envoy said [the evidence that Marlow and Ruritania are holding "
                          "talks is overwhelming]."),
    ("talks", "refutes", "The envoy said [the evidence that Marlow and Ruritania are holding "
                         "talks is flimsy]."),
    ("talks", "refutes", "The envoy said [there is no evidence that Marlow and Ruritania are "
                         "holding talks]."),
    ("talks", "neutral", "The envoy said [he wanted proof that Marlow and Ruritania are holding "
                         "talks]."),  # asked for, not vouched for
    ("talks", "neutral", "The envoy said [there may be evidence that Marlow and Ruritania are "
                         "holding talks]."),
    ("bridge", "refutes", "The engineer said [it is too easy to say poor maintenance caused "
                          "the collapse]."),
    ("bridge", "neutral", "The engineer said [it is too early to say poor maintenance caused "
                          "the collapse]."),
    ("toll", "supports", "The campaigner said [the toll should be removed]."),
    ("toll", "supports", "The campaigner said [we must end the Kessel bridge toll]."),
    ("toll", "refutes", "The hauliers said [removing the toll would hurt thousands of "
                        "families]."),
])
def test_antecedents_evidence_glib_sayings_and_removals(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found
