"""Two reported that-clauses are two statements (attribution/split.py), on sentences written
for these tests; a plain coordination of clauses stays one statement."""

from __future__ import annotations

from tests.test_attribution_parse_repairs import claims_of


def test_a_second_that_clause_is_a_statement_of_its_own() -> None:
    found = claims_of('The union said the charge was "a tax on work" and that members would '
                      "fight it in the courts.")
    assert [(s, c) for s, _, c in found] == [
        ("The union", 'the charge was "a tax on work"'),
        ("The union", "members would fight it in the courts")]


def test_a_first_that_is_dropped_from_the_first_statement() -> None:
    found = claims_of("The minister said that the plan was fair and that it would save money.")
    assert [c for _, _, c in found] == ["the plan was fair", "it would save money"]


def test_clauses_joined_without_a_second_that_stay_one_statement() -> None:
    found = claims_of("The mayor said fares rose and services were cut.")
    assert [c for _, _, c in found] == ["fares rose and services were cut"]


def test_a_second_that_clause_the_parser_hangs_inside_the_first_is_split_off() -> None:
    found = claims_of('In a statement the trust said the audit "confirms that there are no '
                      'systemic failings in the ward" and that both errors had been "put right '
                      'within the week".')
    assert [c for _, _, c in found] == [
        'the audit "confirms that there are no systemic failings in the ward"',
        'both errors had been "put right within the week"']


def test_but_that_joined_to_the_cue_is_a_second_statement() -> None:
    found = claims_of("Councillor Ann Reeve said she accepted the town needed housing, but that "
                      '"the people of Elm Park should not carry the whole burden".')
    assert [c for _, _, c in found] == [
        "she accepted the town needed housing",
        "the people of Elm Park should not carry the whole burden"]


def test_a_quoted_word_in_a_clause_is_not_the_whole_statement() -> None:
    found = claims_of('The guild said the scheme remained "basically sound" and warned that '
                      '"scaremongering" could drive members away from the trade.')
    assert [(c_, c) for _, c_, c in found] == [
        ("say", 'the scheme remained "basically sound"'),
        ("warn", '"scaremongering" could drive members away from the trade')]


def test_a_quoted_phrase_with_its_own_infinitive_is_still_a_word_of_the_clause() -> None:
    found = claims_of('The auditor said that "with no one in the room to check it," the cash had '
                      "left the fund.")
    assert [c for _, _, c in found] == [
        '"with no one in the room to check it," the cash had left the fund']


def test_a_quoted_order_with_a_verb_is_still_the_statement() -> None:
    found = claims_of('Parents told the head to "cancel the trip" on Monday.')
    assert [c for _, _, c in found] == ["cancel the trip"]


def test_a_second_that_the_parser_hangs_on_the_first_clauses_verb_opens_a_statement() -> None:
    """ "repeated" misread as a modifier leaves one verb, "were", with both "that"s."""
    found = claims_of("The spokesman wrote on Facebook that the review repeated allegations "
                      "already published in the press and that its findings about the board "
                      "were unfounded.")
    assert [c for _, _, c in found] == [
        "the review repeated allegations already published in the press",
        "its findings about the board were unfounded"]
