"""The speaker benchmark: its gold is consistent, and the full-name count skips relational
sources."""

from __future__ import annotations

from tests.conftest import load_benchmark

sq = load_benchmark("speakers_quality")


def test_gold_fragments_are_in_their_articles():
    texts, gold = sq.load_gold()
    assert len(texts) >= 8 and len(gold) >= 50
    assert {g["kind"] for g in gold} == set(sq.KINDS)


def test_full_name_at_end_finds_role_prefixed_names_only():
    persons = {"Lembit Opik", "Tony Blair"}
    assert sq.full_name_at_end("Lib Dem MP Lembit Opik", persons) == "Lembit Opik"
    assert sq.full_name_at_end("Lembit Opik", persons) == "Lembit Opik"
    assert sq.full_name_at_end("Tony Blair's spokesman", persons) is None
    assert sq.full_name_at_end("A spokesman for Tony Blair", persons) is None
    assert sq.full_name_at_end("Energy analyst Valery Nesterov", set()) == "Valery Nesterov"
    assert sq.full_name_at_end("International Monetary Fund", set()) is None
