"""A proposition that classes a thing (stance_class.py): calling the thing by its kind supports
it, calling it another kind refutes it, each with negation. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "drone": ("The drone that landed at Kestrel airfield was a military aircraft.",
              ["Kestrel drone", "the drone"]),
    "bribe": ("The payment to the harbour master was a bribe.", ["harbour payment"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_the_class_is_parsed(props):
    assert props["drone"].classes == {"military"}
    assert props["bribe"].classes == {"bribe"}
    assert props["drone"].kind == "event"


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("drone", "supports", "The colonel said [the drone was a military reconnaissance craft]."),
    ("drone", "supports", "An analyst called it [a military aircraft]."),
    ("drone", "supports", "The ministry said [it was a military platform built for war]."),
    ("drone", "refutes", "The owner said [the drone was a civilian survey aircraft]."),
    ("drone", "refutes", "The club said [it was a hobby aircraft that drifted off course]."),
    ("drone", "refutes", "The embassy said [the drone was not a military aircraft]."),
    ("drone", "supports", "A pilot said [nobody seriously believed it was a hobby aircraft]."),
    ("drone", "supports", "An aide said [it was one of a fleet of military aircraft]."),
    ("drone", "refutes", "The club said [the drone was part of a network of hobby craft]."),
    ("drone", "supports", "The farmer said [he watched the military drone circle his barn]."),
    ("drone", "refutes", "The club said [it was all a fuss over a hobby drone]."),
    ("drone", "refutes", "The embassy said [the so-called military drone had drifted]."),
    ("drone", "refutes",  # a name in passing is not undone by a verb of objecting
     "The embassy said [it strongly opposes the decision to shoot down a hobby drone]."),
    ("drone", "supports", "A pilot said [nobody flies a hobby drone over a missile base]."),
    ("bribe", "supports", "The prosecutor said [the payment was a bribe]."),
    ("bribe", "refutes", "His lawyer said [the payment was a consultancy fee]."),
    ("bribe", "refutes", "The harbour master said [it was never a bribe]."),
])
def test_the_thing_classed(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("key", "marked"), [
    ("drone", "The colonel said [it was a Russian drone]."),  # where it came from
    ("drone", "The colonel said [it was a big aircraft]."),  # its size
    ("drone", "The mayor said [it was a huge embarrassment for the airfield]."),  # a judgement
    ("drone", "The mayor said [the drone might be a military aircraft]."),  # hedged
    ("drone", "The mayor said [the runway was a military runway]."),  # another thing
    ("drone", "The farmer said [the drone circled his barn twice]."),  # named, not classed
    ("bribe", "The clerk said [it was a Tuesday]."),  # no modifier: no rival kind
])
def test_what_does_not_class_it(nlp, props, key, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == "neutral", found.basis


def test_a_policy_is_not_a_class(nlp):
    prop = parse_all(nlp, {"ban": ("Smoking should be a criminal offence.", ["smoking"])})["ban"]
    assert prop.classes == frozenset()


def test_a_judged_kind_is_a_quality(nlp):
    """"The ferry is a safe vessel" states a quality (stance_property.py), not a kind."""
    prop = parse_all(nlp, {"ferry": ("The Calder ferry is a safe vessel.", ["Calder ferry"])})
    ferry = prop["ferry"]
    assert ferry.quality == "safe" and not ferry.classes
    found = judge(nlp, ferry, "The union said [the ferry is not safe].", None, "negative")
    assert found.stance == "refutes", found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The curator said [the tablet is a fake]."),
    ("supports", "A dealer said [it was a forgery all along]."),  # the kind by another word
    ("refutes", "The museum said [it is not a fake]."),
    ("refutes", "A scholar said [I do not think it is a hoax either]."),
    ("supports", "A linguist said [the inscription is gibberish]."),  # the quality by its kin
    ("supports", "A linguist said [the tablet is meaningless]."),  # the quality itself
    ("refutes", "The museum said [the tablet is not nonsense]."),
    ("neutral", "The curator said [the whole debate is nonsense]."),  # not said of it
    ("supports", "A dealer said [it is the Victorian version of a hoax]."),  # of the kind
    ("supports", "A linguist said [nobody can read it, because it is gibberish]."),  # a reason
    # given is not in the scope of the main clause's negation
])
def test_a_judged_kind_keeps_its_kind(nlp, expected, marked):
    """ "The tablet is a meaningless fake": a quality ("meaningless") and a kind ("fake", a word
    that judges too), either said of the thing takes its side."""
    tablet = parse_all(nlp, {"t": ("The Hollin tablet is a meaningless fake.",
                                   ["Hollin tablet", "the tablet"])})["t"]
    assert tablet.quality == "meaningless" and "fake" in tablet.classes
    found = judge(nlp, tablet, marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis
