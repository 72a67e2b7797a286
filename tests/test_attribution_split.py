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
