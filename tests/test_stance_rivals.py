"""Causes and their rivals: an effect put down to a cause named by its noun ("the collapse",
"the failure": proposition_words.EFFECT_NOUNS), a cause by its kin ("the rules", "the law"
for regulation: proposition_words._FORMS), "had nothing / everything to do with it", "this
was not a failure of X" as a cleft, and a pronoun that is no cause named (stance_causes.py),
a military strike called and a state's part disowned as foul play called or ruled out
(stance_causes._armed, _disowned); "turns X into Y" valued by Y (eval_verbs.py), and the
object of a misparsed gerund in what a ban acts on (proposition_nouns.restricted_things).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "mill": ("Harwick Building Society failed in 2019 mainly because of weak regulation.",
             ["Harwick Building Society"]),
    "depot": ("The 2018 Kestrel depot explosion was caused by official negligence.",
              ["Kestrel depot explosion", "Kestrel blast"]),
    "quiz": ("England should ban quiz machines in pubs.", ["quiz machines"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("mill", "refutes", "The MP said [the failure was not caused by the 2014 law]."),
    ("mill", "supports", "The MP said [the collapse was caused by weak rules]."),
    ("mill", "refutes", "The chairman said [the rules had nothing to do with it]."),
    ("mill", "supports", "The auditor said [the rules had everything to do with the collapse]."),
    ("mill", "supports", "The auditor said [lax rules were the main culprit]."),
    ("mill", "neutral", "The auditor said [they were the main culprit]."),  # who is not said
    ("mill", "refutes", 'The senator said: "[That was not a failure of the rulebook.]"'),
    ("mill", "supports", 'The auditor said: "[This was a failure of regulation, pure and '
                         'simple.]"'),
    ("depot", "refutes", "Residents said [it was a Ruritanian strike]."),
    ("depot", "refutes", "Residents said [it was an air strike]."),
    ("depot", "neutral", "Residents said [the workers' strike had ended]."),
    ("depot", "supports", "The envoy said [Poland played no part in it]."),
    ("depot", "neutral", "The port authority said [it had no role in it]."),  # maybe negligent
    ("depot", "refutes", "The investigator said [the depot was set alight by someone]."),
    ("quiz", "refutes", 'The landlords said [a ban turns honest pubs into criminals].'),
    ("quiz", "supports", 'The charity said [the ban would turn a trap into a harmless '
                         'pastime].'),
])
def test_causes_and_rivals(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis


def test_effect_named_by_its_noun(nlp):
    prop = parse_proposition(*PROPOSITIONS["mill"], nlp)
    assert {"collapse", "failure"} <= prop.target
    assert {"rule", "law", "regulator"} <= prop.explains


def test_a_gerund_object_is_what_a_ban_acts_on(nlp):
    prop = parse_proposition("The UK should ban imports of hunting trophies.", [], nlp)
    assert {"trophies", "imports"} <= prop.restricted
