"""A stop put to the policy by a noun besides "halt" ("welcomed the delay to the tolls", "the
suspension of drilling": policy_nouns.HALTS), a policy that should never start or get started
(stance_restate._STARTS), "a dark day for", "a racket", "a cash cow" (valence.py), "the
measure" of a removal naming the removal (policy_nouns.REMOVING_MEASURES), a greeting that is
no verdict (stance_labels._GREETING), a bare "a pause" a stop put to the policy
(policy_nouns.bare_halt), "lock out the fraudsters" no harm and "punish commuters" a harm
(eval_verbs.py), "a solution to the wrong problem" a fault (stance_eval.py), and "it has no
plans to" said by the body itself (pronouns._speaker_itself). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "drill": ("Drilling for oil should be allowed in the Weald.", ["drilling", "oil drilling"]),
    "tolls": ("Tolls should be charged on the Severn bridges.", ["tolls", "bridge tolls"]),
    "kiosks": ("Leeds should abolish its street kiosk permits by 2030.",
               ["kiosk permits", "street kiosks"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("tolls", "refutes", "The hauliers said [they welcomed the delay to the tolls]."),
    ("drill", "refutes", "Residents said [they welcomed the suspension of drilling]."),
    ("drill", "refutes", "The group said [it would welcome a pause in drilling]."),
    ("drill", "refutes", "The trust said [it welcomed the postponement of drilling]."),
    ("drill", "supports", "The firm said [the delay to drilling was a mistake]."),
    ("drill", "refutes", "She said [drilling should never get started in the Weald]."),
    ("drill", "refutes", "She said [drilling must never start here]."),
    ("drill", "supports", "He said [drilling must start this year]."),
    ("drill", "neutral", "The firm said [drilling will start in April]."),  # a timetable
    ("drill", "refutes", "The charity said [drilling was a dark day for the Weald]."),
    ("kiosks", "supports", "The council said [it supports the measure without reservation]."),
    ("kiosks", "refutes", "The traders said [they oppose the crackdown]."),
    ("tolls", "supports", "The minister said [the tolls will save drivers time and lock out the "
                          "fraudsters]."),  # locking out is no harm
    ("kiosks", "refutes", "The council said [it has no plans to abolish the kiosk permits]."),
    ("tolls", "refutes", 'She said [the tolls were "a solution to the wrong problem"].'),
    ("tolls", "refutes", 'The club called the tolls "[a racket]".'),  # valence.py
    ("tolls", "refutes", "The club said [the tolls were a cash cow for the Treasury]."),
    ("tolls", "refutes", "The club said [the tolls punish commuters from the valleys]."),
    ("tolls", "supports", "The minister said [the tolls punish rogue hauliers]."),
    ("tolls", "refutes", "The hauliers said [they backed a pause]."),  # a bare stop: to it
    ("tolls", "supports", "The college said [there was no case for more delay]."),
    ("tolls", "neutral", "The college said [the delay to the bus lanes was a pity]."),  # another
])
def test_stops_starts_and_removals(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize("said", ["Good afternoon.", "Right.", "OK."])
def test_a_greeting_or_a_discourse_marker_is_no_verdict(nlp, props, said):
    found = judge(nlp, props["kiosks"], f'The press officer said: "[{said}]"', None)
    assert found.stance == "neutral", found.basis
