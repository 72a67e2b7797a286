"""What a limit shares out and what a ban acts on: "the grant" of "the heating grant should be
limited to carers" is a participant whose restoring undoes the limit and "the cut" names it
(proposition_nouns.shared_out, policy_nouns.curbed, policy_nouns.anaphor_nouns), "their bills"
are no bill in parliament and a bare proper name ("Reform") no reform (claim_view.py), the
banned thing labelled ("called fur farming 'barbaric'": stance_harms.banned_thing), and
"hold" an event is to stage it, not to keep it (proposition.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "grant": ("The heating grant should be limited to carers on income support.",
              ["heating grant"]),
    "fur": ("Wales should ban fur farming.", ["fur farming ban"]),
    "regatta": ("The council should hold the Tamar Regatta every year.", ["Tamar Regatta"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "cue", "expected", "marked"), [
    ("grant", None, "refutes", "The party said [it would restore the grant in full]."),
    ("grant", None, "supports", "The minister said [she would back the cut]."),
    ("grant", None, "refutes", "The MP said [he could not back the cut]."),
    ("grant", None, "refutes", "The charity said [the cut to the heating grant was cruel]."),
    ("grant", None, "refutes", "The charity said [the grant is a lifeline for carers]."),
    ("grant", None, "neutral", "The minister said [carers would get help with their bills]."),
    ("grant", None, "neutral", "The columnist said [Reform was a disaster]."),  # a party
    ("fur", "call", "supports", "The charity called fur farming “[simply barbaric]”."),
    ("fur", "call", "refutes", "The club called fur farming “[a proud tradition]”."),
    # "calls for X to be banned": the small model hangs the infinitive on X as a relative
    # clause; X is what the ban acts on (stance_restate._for_to)
    ("fur", None, "supports", "The petition calls for [fur farming in Wales to be banned]."),
    # scrapping what a ban acts on is the ban (stance_restate._rid_of); scrapping the ban not
    ("fur", None, "supports", "The activist said: \"[Our view has not changed: abolish fur "
                              "farming]\"."),
    ("fur", None, "supports", "The vet said [Wales should get rid of fur farming]."),
    ("fur", None, "refutes", "The farmer said [ministers should scrap the ban]."),
    ("fur", None, "refutes", "The farmer said [fur farming should stay]."),  # its staying
    ("fur", None, "refutes", "The farmer said [the rule costs us money]."),
    ("fur", None, "neutral", "The farmer said [every rule costs us money]."),  # no anaphor
    ("fur", None, "neutral", "The farmer said [a ban would move the work to agencies]."),  # "work"
    # as a noun is labour, no "it will work"
    ("fur", None, "neutral", "The minister said [the list of goods to be banned will be "
                             "published in May]."),
    ("regatta", None, "neutral", "The rower said [they should keep it special]."),
])
def test_what_is_curbed(nlp, props, key, cue, expected, marked):
    found = judge(nlp, props[key], marked, cue)
    assert found.stance == expected, found.basis


def test_a_limit_to_people_shares_a_thing_out(nlp):
    shared = parse_proposition(*PROPOSITIONS["grant"], nlp)
    assert "grant" not in shared.target and "grant" in shared.restricted
    schools = parse_proposition("Schools should be limited to three branded items.", [], nlp)
    assert "schools" in schools.target  # a limit to an amount: the schools are limited


def test_holding_an_event_is_staging_it(nlp):
    assert parse_proposition(*PROPOSITIONS["regatta"], nlp).group is None
    assert parse_proposition("The bank should hold interest rates.", [], nlp).group == 2
