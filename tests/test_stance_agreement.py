"""Rules of the fifteenth 2026-12-03 session on policies: agreeing or disagreeing with the
policy ("strongly disagrees with the decision", "objected to the plans", "get on with it":
evaluative.PRO_ACTS/CON_ACTS), a policy that does what it was designed to do
(valence.PHRASE_VALENCE), a count hung on "around" still the object ("would prevent around
800 deaths": misparses.counted_objects), and the act a permission allows, which names it
alone ("Britain should frack" for "Fracking should be allowed": stance_restate). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "cycling": ("Cycling should be allowed in Hartley Park.", ["Hartley Park", "cycling"]),
    "levy": ("A levy on sugary drinks should be introduced.", ["sugar levy", "levy"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_permission_names_its_act(props):
    assert {"cycl", "cycle"} <= props["cycling"].event_verbs  # from "Cycling"
    assert not props["levy"].event_verbs


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("levy", "refutes", "The trade body said [it strongly disagrees with the decision]."),
    ("levy", "supports", "The doctors said [they agreed with the levy]."),
    ("levy", "refutes", "The grocers said [they had objected to the plans from the start]."),
    ("levy", "supports", "The minister said [we should get on with it]."),
    ("levy", "supports", "The minister said [the levy was doing exactly what it was designed "
                         "to do]."),
    ("levy", "refutes", "The brewers said [the levy was not doing what it was meant to do]."),
    ("levy", "supports", "The doctors said [the levy would prevent around 800 deaths a year]."),
    ("levy", "refutes", "The brewers said [the levy would cause around 800 job losses]."),
    ("cycling", "supports", "The club said [families should cycle in the park]."),
    ("cycling", "refutes", "The wardens said [people should not cycle on the lawns]."),
    ("cycling", "neutral", "The wardens said [two boys were cycling near the pond]."),
])
def test_agreement_and_the_allowed_act(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The health secretary said [he will vote against]."),
    ("refutes", "She said [she had voted against]."),
    ("supports", "The councillor said [she had arrived in favour]."),
    ("refutes", "He said: \"[I am against].\""),
    ("refutes", "He said [he would not vote for]."),
    ("neutral", "He said [MPs would vote against]."),  # others' votes foretold
    ("neutral", "He said [he would vote against the war]."),  # its own object
    ("neutral", "He said [MPs would vote on Friday]."),
    ("supports", "The leaflet said: \"[Vote Yes on Thursday].\""),  # the question in the news
    ("supports", "She said: \"[I voted Yes and I would do it again].\""),
    ("refutes", "He said: \"[You are being asked at last. Say no].\""),
    ("neutral", "He said [most of the county voted no]."),  # others' votes
    ("neutral", "He said [you should say no to second helpings]."),  # its own object
    ("neutral", "He said: \"[Until then I'm neither for nor against].\""),  # no side
    ("neutral", "He said: \"[I don't know yet whether I'm for or against].\""),
])
def test_a_side_with_its_object_understood(nlp, props, expected, marked):
    """stance_backing.bare_side_signals: "vote against", "in favour" with no object are a side
    on the policy in the news, when the speaker (or their side) takes it."""
    assert judge(nlp, props["levy"], marked, "say").stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The union said [its members oppose longer Sunday hours]."),
    ("refutes", "The union said [nine in ten of its members oppose longer Sunday hours]."),
])
def test_an_object_parsed_as_a_measure_is_the_object(nlp, expected, marked):
    """ "oppose longer Sunday hours": the small model hangs "hours" on the verb as a measure
    (npadvmod); with no object of its own, the verb acts on it (stance_rules.verb_of)."""
    prop = parse_all(nlp, {"sunday": ("Large shops should be allowed to open for longer on "
                                      "Sundays.", ["Sunday trading", "Sunday opening"])})["sunday"]
    assert judge(nlp, prop, marked, "say").stance == expected


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("levy", "refutes", "He said [the improvements should be funded without a sugar levy]."),
    ("levy", "refutes", "He said [obesity can be tackled without a levy]."),
    ("levy", "supports", "He said [the sports fund could not be paid for without the levy]."),
    ("levy", "neutral", "He said [the town had coped without a levy for years]."),  # a report
    ("cycling", "refutes", "She said [the park should be enjoyed without cycling]."),
    ("levy", "refutes", "He said [the council was right to stand up to the levy]."),
])
def test_done_without_the_policy(nlp, props, key, expected, marked):
    """stance_preference.without_signals: what is to be done, prescribed or possible without
    the policy, argues against it; "could not be done without it" needs it."""
    assert judge(nlp, props[key], marked, "say").stance == expected
