"""A duty on people ("X should be made compulsory"): its act is a participant, "compulsory X"
and "the requirement" name the policy, and forcing or fining people enforces it
(proposition.Proposition.does). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "jab": ("Flu vaccination for care home staff should be made mandatory.",
            ["flu jabs", "mandatory vaccination"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_duty_is_parsed_with_its_act_as_a_participant(nlp):
    prop = parse_proposition("Flu vaccination for care home staff should be made mandatory.",
                             [], nlp)
    assert prop.compels and prop.predicate == "make_mandatory"
    assert "vaccination" in prop.args and "vaccination" not in prop.target
    assert prop.does(["force"]) == 1 and prop.does(["persuade"]) == 0
    assert not parse_proposition("Cyclists should be required to carry number plates.", [],
                                 nlp).compels


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The charity said [mandatory vaccination would save lives]."),
    ("refutes", "The union said [the requirement was heavy-handed]."),
    ("refutes", "The union said [even a one-year duty would be a disgrace]."),
    ("refutes", "The union said [nobody should be forced to have a jab]."),
    ("refutes", "The union said [forcing carers to have the jab would drive staff out of the "
                "sector]."),
    ("supports", "The manager said [we should fine people who refuse the jab]."),
    ("neutral", "The union said [the consultation on the jab closes in May]."),
    # the duty's act made to be done ("make everyone vote"): stance_restate._made_to_do
    ("refutes", "The union said [workers should not be made to vaccinate against their will]."),
    ("neutral", "The manager said [we should make it easier to vaccinate]."),
])
def test_a_duty_and_what_enforces_it(nlp, props, expected, marked):
    found = judge(nlp, props["jab"], marked, None)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The campaigner said [we should make everyone vote]."),
    ("supports", "The campaigner said [people should be made to vote]."),
    ("refutes", "The minister said [the state should never make anyone vote]."),
    ("neutral", "The minister said [we should make the ballot paper simpler]."),
    # the duty's act or thing prescribed compulsory or voluntary (duty_state_signals)
    ("supports", "The campaigner said [voting should be compulsory]."),
    ("supports", "The campaigner said [we should make voting compulsory]."),
    ("refutes", "The minister said [voting must remain voluntary]."),
    ("neutral", "The minister said [voting is compulsory in Belgium]."),
])
def test_made_to_do_the_act_is_the_duty(nlp, expected, marked):
    ballot = parse_proposition("Voting in council elections should be made compulsory.",
                               ["compulsory voting"], nlp)
    found = judge(nlp, ballot, marked, None)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The surgeon said [riders should be forced to wear a helmet]."),
    ("refutes", "The club said [riders should not be forced to wear a helmet]."),
    ("supports", "The surgeon said [helmets should be compulsory]."),
    ("refutes", "The club said [helmets should stay optional]."),
    ("supports", "The surgeon said [I would make them law tomorrow]."),  # "law": compulsory
    ("neutral", "The surgeon said [helmets are the law in Spain]."),
])
def test_a_duty_on_a_gerund_takes_its_object(nlp, expected, marked):
    helmet = parse_proposition("Wearing a helmet should be made compulsory for riders of "
                               "e-bikes.", ["helmet law"], nlp)
    assert "helmet" in helmet.args  # the thing the duty's act is done with
    found = judge(nlp, helmet, marked, None)
    assert found.stance == expected, found.basis


def test_a_duty_required_by_law_keeps_its_act(nlp):
    """ "(legally) required (by law) to provide X" is read as "have to provide X"
    (rewording._DUTY): the parser would make the law the doer, or "require" the act, and lose
    what is to be provided."""
    from pipeline.trail.rewording import reworded

    assert reworded("Makers should be required by law to supply spare parts.") == (
        "Makers should have to supply spare parts.")
    assert reworded("Shops should be legally obliged to take back old kettles.") == (
        "Shops should have to take back old kettles.")
    prop = parse_proposition("Kettle makers should be required by law to supply spare parts.",
                             [], nlp)
    assert {"part", "parts"} & prop.target and not {"law"} & (prop.target | prop.args)
    assert prop.predicate == "supply"


@pytest.mark.parametrize("expected, marked", [
    ("supports", "She said [kettle makers should be forced to supply spare parts]."),
    ("supports", "She said: \"[Make them supply the parts].\""),
    ("supports", "She said [makers must supply parts for ten years]."),
    ("refutes", "He said [makers should not have to supply parts to anyone]."),
    ("neutral", "He said [the makers supply parts to their own repair centres]."),
])
def test_a_duty_restated_or_refused(nlp, expected, marked):
    prop = parse_proposition("Kettle makers should be required by law to supply spare parts.",
                             ["right to repair"], nlp)
    found = judge(nlp, prop, marked, None)
    assert found.stance == expected, found.basis
