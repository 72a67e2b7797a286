"""Positions are statements too: what a speaker believes, fears, hopes or wants, and what they
urge or call for, what they ask or order in quoted words, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.nlp.attribution import extract_claims
from pipeline.nlp.model import load_nlp


def claims_of(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(load_nlp()(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour traders believe the new toll will drive visitors away.",
     ("Harbour traders", "believe", "the new toll will drive visitors away")),
    ("Several analysts think the merger is overpriced.",
     ("Several analysts", "think", "the merger is overpriced")),
    ("Residents fear the depot will close by spring.",
     ("Residents", "fear", "the depot will close by spring")),
    ("The chairman hopes the deal will be signed this week.",
     ("The chairman", "hope", "the deal will be signed this week")),
    ("The pension fund wants the board to drop the offer.",
     ("The pension fund", "want", "the board to drop the offer")),
    ("The union demanded that the plan be put to a vote.",
     ("The union", "demand", "the plan be put to a vote")),
])
def test_beliefs_fears_hopes_and_wishes_with_a_clause_are_claims(text, expected) -> None:
    assert claims_of(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The tenants' association urged members not to sign the new leases.",
     ("The tenants' association", "urge", "members not to sign the new leases")),
    ("Green councillors called on the mayor to scrap the bypass.",
     ("Green councillors", "call on", "the mayor to scrap the bypass")),
    ("Campaigners have called for the licence to be withdrawn.",
     ("Campaigners", "call for", "the licence to be withdrawn")),
    ("The watchdog called for an independent review of the contract.",
     ("The watchdog", "call for", "an independent review of the contract")),
])
def test_requests_are_claims_with_what_they_ask_for(text, expected) -> None:
    assert claims_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "She hopes to win the seat.",  # her own aim, no statement about anything
    "The club wants a new stadium.",
    "He is believed to have raised his offer.",
    "The referee called the game off.",
    "Officials did not call for any change.",
])
def test_aims_objects_and_hearsay_are_not_claims(text) -> None:
    assert claims_of(text) == []


def test_a_belief_inside_a_quote_belongs_to_the_quoted_speaker() -> None:
    assert claims_of('"I think the figures are wrong," the treasurer said.') == [
        ("the treasurer", "say", "I think the figures are wrong")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents are concerned that the depot will close by spring.",
     ("Residents", "concerned", "the depot will close by spring")),
    ("The chairman is confident that the deal will be signed this week.",
     ("The chairman", "confident", "the deal will be signed this week")),
    ("Local traders reckon the new toll will drive visitors away.",
     ("Local traders", "reckon", "the new toll will drive visitors away")),
    ("An appeals panel ruled that the fine had been imposed unfairly.",
     ("An appeals panel", "rule", "the fine had been imposed unfairly")),
])
def test_attitudes_verdicts_and_reckoning_with_a_clause_are_claims(text, expected) -> None:
    assert claims_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "Residents are not convinced that the depot will stay open.",  # doubt, not the clause
    "It is clear that the depot will close.",
    "The fans were worried about the club.",
    "The judge ruled out an appeal.",
])
def test_doubts_expletives_and_attitudes_without_a_clause_are_not(text) -> None:
    assert [c for c in claims_of(text) if c[1] != "rule out"] == []


def test_a_parenthetical_fear_and_a_fuming_quote() -> None:
    assert claims_of("This, they fear, could close the depot.") == [
        ("they", "fear", "This could close the depot.")]
    assert claims_of('The owner fumed: "Nobody asked us."') == [
        ("The owner", "fume", "Nobody asked us.")]


# -- quoted questions, quoted orders, wishes "to see" something done ---------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ('A councillor, who asked not to be named, was blunt. "Why is the council rushing a plan '
     'nobody has read?" she asked.',
     ("A councillor", "ask", "Why is the council rushing a plan nobody has read?")),
    ('"Who will pay for the repairs?" asked Tom Reilly, a local landlord.',
     ("Tom Reilly", "ask", "Who will pay for the repairs?")),
])
def test_a_quoted_question_is_a_claim_of_who_asked(text, expected) -> None:
    assert claims_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "The councillor asked not to be named.",
    "The minister asked for more time to study the report.",
    '"We have done our best," she asked.',  # no question: not what "asked" reports
])
def test_asked_without_a_quoted_question_is_no_claim(text: str) -> None:
    assert [c for _, c, _ in claims_of(text) if c == "ask"] == []


def test_a_quoted_order_after_told_x_to_is_a_claim() -> None:
    text = 'Angry tenants told the landlord to "fix the roof or hand back the keys" on Friday.'
    assert claims_of(text) == [("Angry tenants", "tell", "fix the roof or hand back the keys")]


@pytest.mark.parametrize("text", [
    "Police told residents to stay indoors.",  # an instruction, not quoted words
    'He told reporters about "a difficult week".',
    # the boss's order inside the chief's account, not the chief's words
    'The former finance chief has said that the boss ordered changes to the accounts, telling '
    'him to "fix the numbers".',
])
def test_told_without_a_quoted_order_after_to_is_no_claim(text: str) -> None:
    assert [c for _, c, _ in claims_of(text) if c == "tell"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour traders want to see the new toll scrapped before the summer.",
     ("Harbour traders", "want", "the new toll scrapped before the summer")),
    ("Parents hope to see the school reopened by September.",
     ("Parents", "hope", "the school reopened by September")),
])
def test_wanting_to_see_something_done_is_a_position(text, expected) -> None:
    assert claims_of(text) == [expected]


def test_wanting_to_see_a_thing_is_no_position() -> None:
    assert claims_of("Visitors want to see the castle before it closes.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor blamed the storm for the power cut.",
     ("The mayor", "blame", "the storm for the power cut")),
    ("The rider has always protested his innocence - and on Monday blamed his former team "
     "doctor for failing to warn him about the new rules.",
     ("The rider", "blame", "his former team doctor for failing to warn him about the new rules")),
])
def test_blaming_someone_is_an_accusation(text, expected) -> None:
    assert claims_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "Nobody was blamed for the crash.",  # no one blamed anybody
    "Fans are quick to blame the referee.",
])
def test_blame_without_someone_who_blames_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    "Stop blaming the phone companies - it's not their fault!",  # an order not to blame
    "Readers should stop blaming the council for the potholes.",
    "The minister stopped short of blaming the council.",
    "The minister stopped short of saying he would resign.",
    "The report fell short of accusing the firm of fraud.",
])
def test_stopping_or_stopping_short_of_a_statement_is_none(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('Critics slammed the levy as "a tax on tourism".',
     [("Critics", "slam", 'the levy as "a tax on tourism"')]),
    ('Mr Hale blasted the plans as "a war on the motorist".',
     [("Hale", "blast", 'the plans as "a war on the motorist"')]),
    ('Doctors hailed the decision as "a victory for children".',
     [("Doctors", "hail", 'the decision as "a victory for children"')]),
    ("The union welcomed the decision.", []),  # no words of theirs: an act, not a statement
    ("Ministers attacked the council over its spending.", []),
])
def test_a_quoted_label_is_a_claim_and_a_bare_act_is_not(text, expected) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"Cash cannot replace grain," the economist opined.',
     [("the economist", "opine", "Cash cannot replace grain")]),
    ('One backbencher sneered: "Marvellous. We have invented a new tax."',
     [("One backbencher", "sneer", "Marvellous. We have invented a new tax.")]),
])
def test_an_opinion_or_a_sneer_is_reported(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Sgt Kerry Ames, the federation\'s policing lead, backed the change. "Members feel safer," '
     'she said.', ("Kerry Ames", "say", "Members feel safer")),
    ('Det. Sgt. John Marsh said the closures had worked.',
     ("John Marsh", "say", "the closures had worked")),
    ('PC World said its sales had fallen.',  # a rank needs a first name and a surname
     ("PC World", "say", "its sales had fallen")),
    ('Sgt Kerry Ames backed the change. One chief superintendent, who asked not to be named, '
     'expects to pay £20 a night. "We will be kennelling dogs for months," he said.',
     ("One chief superintendent", "say", "We will be kennelling dogs for months")),
])
def test_ranks_before_a_name_and_unnamed_officers_speak(text, expected) -> None:
    """A rank ("Sgt", "Det. Sgt.") before capitalised words makes a person the tagger missed,
    and its full stop ends no sentence; "he" after an unnamed officer just introduced is that
    officer, not the last person named."""
    assert expected in claims_of(text)


def test_a_quantified_subject_is_no_role_of_the_next_person() -> None:
    """ "Not every member agrees. Graham Ruddock ...": no one in particular, so not his role."""
    doc = load_nlp()('Not every member agrees. Graham Ruddock chaired a debate in 2021. '
                     '"I was wrong," he says.')
    found = [(c.speaker, c.speaker_role) for c in extract_claims(doc)]
    assert found == [("Graham Ruddock", None)]
