"""An indirect question is a statement of its own (cues.indirect_question): "asked why X",
"asked whether X", the wh-word kept, as the stance gold's annotators mark it; "asked for time",
"asked not to be named" and "asked them to" report none. On sentences written for these tests."""

from __future__ import annotations

from tests.test_attribution_parse_repairs import claims_of


def test_an_indirect_question_is_a_statement_with_its_wh_word() -> None:
    found = claims_of("Councillor Ivo Brand asked why Marlow should act alone on jet skis.")
    assert found == [("Councillor Ivo Brand", "ask", "why Marlow should act alone on jet skis")]


def test_whether_and_what_open_indirect_questions_too() -> None:
    found = claims_of("The harbourmaster asked whether the ban could be enforced. Dr Ana Kell "
                      "asked what compensation, if any, the hire firms would get.")
    assert [(c, t) for _, c, t in found] == [
        ("ask", "whether the ban could be enforced"),
        ("ask", "what compensation, if any, the hire firms would get")]


def test_a_question_joined_to_a_report_is_cut_from_it() -> None:
    found = claims_of("Councillor Ivo Brand said a ban would punish careful riders for the "
                      "failings of others, and asked why Marlow should act alone.")
    assert [(c, t) for _, c, t in found] == [
        ("say", "a ban would punish careful riders for the failings of others"),
        ("ask", "why Marlow should act alone")]
    assert {s for s, _, _ in found} == {"Councillor Ivo Brand"}


def test_asking_for_something_or_not_to_be_named_reports_no_question() -> None:
    assert claims_of("The hire firm asked for more time. One rider asked not to be named.") == []
