"""How a policy is named and judged in a few wordings: an adjective judges the remedy it
modifies ("the wrong answer", stance_eval.complex_valence); a watchlist term of a verb and its
object names the policy by a gerund ("arming every knight" for "arm every knight",
word_forms.term_forms); an extraposed "it" before a saying is no policy ("it was patronising
to suggest ...", pronouns._expletive), nor a "they" that does what only people do ("they call
it ...", pronouns._human). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge

ABOUT = ["routine arming", "arm every knight", "armed knights"]


@pytest.fixture(scope="module")
def lances(nlp):
    return parse_proposition("Knights in Ruritania should routinely carry lances.", ABOUT, nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'The herald said: "[Routine arming is the wrong answer.]"'),
    ("refutes", 'The herald said: "[Routine arming is a poor solution.]"'),
    ("supports", 'The herald said: "[Routine arming is the right answer.]"'),
    ("supports", 'The herald said: "[Routine arming is a necessary evil.]"'),
    ("refutes", 'The herald said: "[Routine arming is a grave threat.]"'),
])
def test_an_adjective_judges_the_remedy_it_modifies(nlp, lances, expected, marked):
    assert judge(nlp, lances, marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'The herald said: "[Arming every knight is the wrong answer.]"'),
    ("supports", "The baron said [that arming every knight was the only honest answer]."),
    ("neutral", 'The herald said: "[Feeding every knight is the wrong answer.]"'),
])
def test_a_gerund_with_its_object_matches_a_watchlist_term(nlp, lances, expected, marked):
    assert judge(nlp, lances, marked, cue=None).stance == expected


def test_an_extraposed_it_before_a_saying_is_not_the_policy(nlp, lances):
    marked = ('The baron replied [that it was "patronising" to suggest knights could not be '
              'trusted with lances].')
    assert "'it'" not in judge(nlp, lances, marked, cue=None).basis
    marked = 'The herald said: "[It is helping to keep the roads safe.]"'
    assert "'It'" in judge(nlp, lances, marked, cue=None).basis  # no saying: the policy


@pytest.mark.parametrize("marked", [
    'The herald said: "[The lances are here. They call it progress.]"',
    'The herald said: "[The lances are here. They value being able to choose.]"',
])
def test_a_they_that_does_what_only_people_do_is_no_policy(nlp, lances, marked):
    """ "They call it ...", "they value ...": people, not the lances (pronouns._human)."""
    assert judge(nlp, lances, marked, cue=None).stance == "neutral"


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'The herald said: "[The plan is a postcode lottery.]"'),
    ("refutes", "The baron said [the plan would turn the shires into a postcode lottery]."),
    ("refutes", "The herald said [the plan was a charter for cowboys]."),
    ("supports", 'The reeve said: "[The plan is a breath of fresh air.]"'),
    ("refutes", "The guild said [the plan would pick the pockets of the poor]."),
    ("supports", "The reeve said [the plan, with an exemption for millers, was the lesser "
                 "evil]."),  # chosen, if grudgingly (not "evil")
])
def test_idioms_that_judge_a_plan(nlp, lances, expected, marked):
    assert judge(nlp, lances, marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The guild asked the baron [to scrap routine arming]."),
    ("refutes", "The guild asked the baron [to delay routine arming until the harvest is in]."),
    ("supports", "The herald begged the baron [to keep routine arming]."),
    ("neutral", "The guild asked [whether routine arming would be scrapped]."),
])
def test_a_request_is_a_position_and_a_delay_until_no_condition(nlp, lances, expected, marked):
    """ "asked X [to scrap it]" asks for the act as "urged" does (claim_view.commit_cue); a
    delay "until" something is when it ends, not a condition (conditions.deferred)."""
    assert judge(nlp, lances, marked, cue=None).stance == expected
