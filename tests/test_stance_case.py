"""The case for an alleged event weighed (stance_case.py): evidence called strong, found or
beyond doubt affirms the event; called weak, missing or collapsing denies it; a policy's
evidence weighed is its case too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "bribe": ("Marden Holdings bribed officials to win the harbour contract.",
              ["Marden", "harbour contract", "bribery"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The prosecutor said [the evidence was compelling]."),
    ("supports", "The inspector said [the findings are clear and consistent]."),
    ("supports", "An auditor said [there is overwhelming evidence]."),
    ("supports", "The regulator said [the report leaves no room for doubt about what happened]."),
    ("supports", "The minister said [there was no serious doubt about who paid]."),
    ("supports", "The panel said [it had found no other explanation]."),
    ("supports", "The paper said [it stands by its findings]."),
    ("supports", "The judge said [the charge had been proven beyond reasonable doubt]."),
    ("refutes", "The firm said [the evidence was flimsy and circumstantial]."),
    ("refutes", "Its lawyer said [the prosecution's case was falling apart]."),
    ("refutes", "The company said [the case against it was not proven]."),
    ("refutes", "A director said [there is no evidence]."),
    ("neutral", "A reader said [no evidence doesn't mean it didn't happen]."),  # absence of
    # evidence said to be no proof of absence finds no case
    ("refutes", "The embassy said [investigators had yet to produce a single piece of evidence]."),
    ("refutes", "The board said [the accusers have not produced a single fact]."),
    ("refutes", "A spokesman said [the case against Marden was built on hearsay]."),
    ("refutes", "The chairman said [the evidence does not hold water]."),
    ("refutes", "The firm said [it found no compelling evidence]."),
])
def test_the_case_weighed(nlp, props, expected, marked):
    found = judge(nlp, props["bribe"], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.mark.parametrize("marked", [
    "The clerk said [the case was adjourned until Monday].",  # a court case, not one made
    "The mayor said [there is no doubt about his sincerity].",  # something else in doubt
    "A spokesman said [the firm will no doubt appeal].",  # "no doubt": an adverb
    "The officer said [the evidence had been sent to the laboratory].",  # not weighed
    "The panel said [the evidence might be compelling].",  # hedged
])
def test_what_is_not_the_case_weighed(nlp, props, marked):
    found = judge(nlp, props["bribe"], marked, None, read_polarity(marked))
    assert found.stance == "neutral", found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The doctors said [the evidence was compelling]."),
    ("refutes", "The landlord said [the evidence from Ireland was “not encouraging”]."),
    ("neutral", "The landlord said [the evidence on passive smoking was compelling]."),  # named
    ("neutral", "The council said [it would publish its findings in May]."),  # a timetable
])
def test_a_policys_evidence_is_its_case(nlp, expected, marked):
    ban = parse_all(nlp, {"ban": ("Smoking should be banned in pubs.", ["smoking ban"])})["ban"]
    assert judge(nlp, ban, marked, None).stance == expected


def test_a_quality_claimed_leaves_the_evidence_to_either_side(nlp):
    safe = parse_all(nlp, {"safe": ("The Orion bridge is safe.", ["Orion bridge"])})["safe"]
    marked = "The engineer said [the evidence was compelling]."
    assert judge(nlp, safe, marked, None).stance == "neutral"
