"""An event done by a named person (proposition.doer, blame.person_doer): the same act said of
someone else is not the event (stance_events.someone_else). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge


@pytest.fixture(scope="module")
def author(nlp):
    return parse_proposition("Edwin Marsh of Hollow End wrote the Greyfield sonnets.",
                             ["Greyfield sonnets"], nlp)


def test_the_doer_is_read_from_an_active_event_only(nlp, author):
    assert {"edwin", "marsh"} <= author.doer
    assert not parse_proposition("The Greyfield sonnets were written by Edwin Marsh.", [],
                                 nlp).doer  # a passive: the sonnets are its subject
    assert not parse_proposition("Edwin Marsh should publish the sonnets.", [], nlp).doer


@pytest.mark.parametrize(("expected", "polarity", "marked"), [
    ("supports", "positive", "She said [Marsh wrote the sonnets in a single winter]."),
    ("supports", "positive", "She said [he wrote every one of the sonnets himself]."),
    ("refutes", "negative", "He said [Edwin Marsh did not write the sonnets]."),
    ("neutral", "positive", "He said [a circle led by Lady Vane had written the sonnets]."),
    ("neutral", "positive", "He said [people wrote sonnets in every village then]."),
    ("neutral", "mixed", "He said: \"[Either Lord Stroud wrote them from the grave or he did "
                         "not write them].\""),
    ("supports", "positive", "She said [all the evidence points to Marsh]."),  # its doer, as
    ("refutes", "positive", "He said [the evidence points to Lord Stroud]."),  # hypotheses
    ("refutes", "positive", "He said [Lord Stroud was the true author of the sonnets]."),
    ("supports", "positive", "She said [Marsh was the author of the sonnets]."),
    ("neutral", "negative", "She said [Lord Stroud was not the author of the sonnets]."),
])
def test_the_act_said_of_someone_else_is_not_the_event(nlp, author, expected, polarity,
                                                         marked):
    found = judge(nlp, author, marked, None, polarity)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "He said [the glover's son could not have written the sonnets]."),
    ("neutral", "He said [the sonnets could not have been written without a patron]."),
])
def test_could_not_have_done_it_denies_it(nlp, author, expected, marked):
    """ "could not have written them" denies the act (scope.walk); what could not have been
    done "without" something is a condition (conditions.conditioned), no denial."""
    found = judge(nlp, author, marked, None, "negative")
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "She said [the case for Edwin Marsh has never been stronger]."),
    ("refutes", "He said [the case for Lord Stroud was compelling]."),
    ("neutral", "She said [the case for Lord Stroud is weak]."),  # one rival ruled out
])
def test_the_case_for_a_doer(nlp, author, expected, marked):
    """ "the case for X" of a person's act: for its doer, or for a rival (stance_case)."""
    found = judge(nlp, author, marked, None)
    assert found.stance == expected, found.basis
