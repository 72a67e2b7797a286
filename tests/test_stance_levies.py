"""Rules of the forty-second 2026-12-06 session on policy propositions, on sentences written for
these tests: "should have the power to charge it" is "should be able to", "have no power to" is
the law as it stands (scope._wanted_power); a share polled is no speaker's side
(stance_rules._POLLED), nor is a poll as the speaker (stance._POLL); a charge called a tax or a
fine on doing an ordinary thing (valence_phrases); a noun the parser hangs as an adjective
("standing areas") names the policy with its head (proposition_nouns.noun_lemmas); "would end
up paying it" is made to pay (stance_consequences.py); an objection had, or not, with the policy
understood ("the police have no objection": stance_backing.py); "free entry" of a charge for
entry is the charge's undoing (word_forms.freed)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "toll": ("Marlow council should charge drivers a toll on the Kessel bridge.",
             ["Kessel bridge toll", "bridge toll", "toll"]),
    "standing": ("Jousting grounds should be allowed to have standing areas.",
                 ["safe standing", "standing areas"]),
    "entry": ("The Kessel galleries should charge for entry.", ["Kessel galleries"]),
    "meals": ("Free school meals should be given to every pupil in Marlow.", ["school meals"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("entry", "refutes", "The curator said [she remains committed to free entry]."),  # the
    ("entry", "refutes", "The curator said [free entry is a policy we are proud of]."),  # charge
    ("entry", "supports", "The trustee said [free entry has been a disaster]."),  # undone
    ("meals", "supports", "The head said [free school meals are a lifeline]."),  # the policy
    ("toll", "supports", "The leader said [councils should have the power to charge the toll]."),
    ("toll", "supports", "The leader said [the council should be given the power to charge the "
                         "toll]."),
    ("toll", "refutes", "The hauliers said [councils should not have the power to charge the "
                        "toll]."),
    ("toll", "neutral", "The clerk said [councils have no power to charge a toll yet]."),  # the
    # law as it stands
    ("toll", "refutes", "The chamber said [the toll is a tax on going to work]."),
    ("toll", "refutes", "The hauliers said [the toll was a fine for working in the city]."),
    ("toll", "neutral", "The clerk said [the toll would be collected at the gate]."),
    ("toll", "neutral", "A poll found that [63 per cent of drivers opposed the toll]."),  # a
    ("toll", "neutral", "A survey found that [48% of drivers backed the toll]."),  # share polled
    ("toll", "neutral", "A tracker found that [only a small minority of drivers oppose it]."),
    ("toll", "refutes", "The hauliers said [drivers would end up paying the toll]."),  # made to
    ("toll", "supports", "The leader said [drivers would end up paying less]."),
    ("standing", "supports", "The fans said [they backed standing]."),
    ("standing", "refutes", "The families said [they cannot support standing]."),
    ("standing", "refutes", "The steward said [standing was a risk the club did not need]."),
    # an objection had, with the policy understood (stance_backing._objection_had)
    ("standing", "supports", "The sergeant said [the police have no objection in principle]."),
    ("standing", "supports", "The steward said [we have no problem with that]."),
    ("standing", "refutes", "The families said [they have serious objections]."),
    ("standing", "neutral", "The families said [they have objections to the route]."),
    ("standing", "neutral", "The steward said [we have a problem with parking]."),
])
def test_policy_stance(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("A poll for the Marlow Gazette", "neutral"),
    ("the council's residents' survey", "neutral"),
    ("Tom Kessel", "refutes"),
    ("the Marlow Survey", "refutes"),  # a report's name, not a poll
    ("the campaign group Fair Polls", "refutes"),
])
def test_a_polls_finding_is_no_side(nlp, props, speaker, expected):
    """A poll or survey as the speaker ("a poll found that most drivers wanted the toll
    scrapped") reports how others stand: no side of its own (forty-second session)."""
    found = judge(nlp, props["toll"], "It found that [most drivers wanted the toll scrapped].",
                  cue=None, speaker=speaker)
    assert found.stance == expected, found
