"""Contradictions: supports vs refutes positions on one topic, with their strongest evidence."""

from __future__ import annotations

import datetime as dt

import duckdb
import polars as pl

from pipeline.models import ContradictionSchema, PositionSchema
from pipeline.models.columns import column_names
from pipeline.store.tables import ensure_schema
from pipeline.trail.contradictions import find_contradictions
from pipeline.trail.positions import build_positions
from pipeline.trail.statements import group_statements
from pipeline.trail.terms import content_terms, term_overlap

CLAIMS = {"claim_id": pl.String, "doc_id": pl.String, "speaker": pl.String,
          "speaker_entity_id": pl.String, "topic": pl.String, "stance": pl.String,
          "claim_date": pl.Date, "published_date": pl.Date, "content": pl.String,
          "outlet": pl.String}
D2019, D2024 = dt.date(2019, 9, 2), dt.date(2024, 7, 8)


def contradictions(rows: list[tuple]) -> pl.DataFrame:
    """Claims -> statement groups -> positions -> contradictions, as the pipeline chains them."""
    claims = pl.DataFrame(rows, schema=CLAIMS, orient="row")
    mapping, _ = group_statements(claims)
    stances = claims.join(mapping, on="claim_id").with_columns(
        date=pl.coalesce("claim_date", "published_date"))
    positions = build_positions(stances)
    PositionSchema.validate(positions)
    pairs = find_contradictions(positions, claims.join(mapping, on="claim_id"))
    ContradictionSchema.validate(pairs)
    return pairs


def test_denial_and_later_confirmation_contradict():
    pairs = contradictions([
        ("a", "d1", "Abbas Mousavi", "e1", "talks", "refutes", D2019, None,
         "There are no indirect talks", "Press TV"),
        ("b", "d2", "Nasser Kanaani", "e2", "talks", "supports", None, D2024,
         "The indirect talks continue", "IFP"),
    ])
    assert pairs.height == 1
    row = pairs.row(0, named=True)
    assert (row["claim_id_a"], row["claim_id_b"], row["topic"]) == ("b", "a", "talks")
    assert (row["stance_a"], row["stance_b"]) == ("supports", "refutes")
    assert row["days_apart"] == (D2024 - D2019).days
    assert row["reason"] == ("Abbas Mousavi (refutes, 2019-09-02, Press TV) vs Nasser Kanaani "
                             "(supports, 2024-07-08, IFP): both mention indirect, talk")


def test_copies_in_three_outlets_count_once():
    pairs = contradictions([
        ("a1", "d1", "Kani", "e1", "talks", "supports", D2024, None, "Talks via Oman go on.", "A"),
        ("a2", "d2", "Kani", "e1", "talks", "supports", None, D2024, "talks via Oman go on", "B"),
        ("a3", "d3", "Kani", "e1", "talks", "supports", None, D2024, "TALKS VIA OMAN GO ON", "C"),
        ("b", "d4", "Vaezi", "e3", "talks", "refutes", None, None, "no intention of talks", None),
    ])
    assert pairs.height == 1
    assert pairs["evidence_pairs"].to_list() == [1] and pairs["days_apart"].to_list() == [None]


def test_a_tied_day_other_topics_and_neutral_claims_do_not_pair():
    pairs = contradictions([
        ("a", "d1", "Kani", "e1", "talks", "supports", D2024, None, "talks go on", None),
        ("b", "d1", "Kani", "e1", "talks", "refutes", D2024, None, "no direct talks", None),
        ("c", "d2", "Vaezi", "e3", "oil", "refutes", D2019, None, "no oil deal", None),
        ("d", "d3", "Nobody", None, "talks", "neutral", D2019, None, "talks maybe", None),
        ("e", "d4", "Araghchi", "e4", "oil", "neutral", D2019, None, "oil deal", None),
    ])
    assert pairs.is_empty()


def test_one_speaker_changing_side_contradicts_himself_once():
    pairs = contradictions([
        ("a", "d1", "Kani", "e1", "talks", "refutes", D2019, None, "no talks", None),
        ("b", "d2", "Kani", "e1", "talks", "supports", D2024, None, "talks go on", None),
        ("c", "d3", "Kani", "e1", "talks", "supports", D2024 + dt.timedelta(1), None,
         "talks went well", None),
    ])
    assert pairs.height == 1
    row = pairs.row(0, named=True)
    assert (row["stance_a"], row["claim_id_a"], row["claim_id_b"]) == ("refutes", "a", "b")
    assert row["evidence_pairs"] == 2 and row["days_apart"] == (D2024 - D2019).days
    assert row["reason"].startswith(
        "Kani changed side on talks: refutes until 2019-09-02, supports from 2024-07-08")


def test_content_terms_drop_stop_words_and_fold_plurals():
    assert content_terms("Iran's indirect talks with the US are going on via Oman.") == {
        "iran", "indirect", "talk", "going", "oman"}
    assert content_terms("No negotiations, 2019") == {"negotiation"}
    assert "crisis" in content_terms("a crisis") and "status" in content_terms("the status")
    assert content_terms("") == frozenset()


def test_pairs_that_deny_and_affirm_the_same_thing_rank_higher():
    pairs = contradictions([
        ("a", "d1", "Kani", "e1", "talks", "supports", D2024, None,
         "Indirect talks with the US are being held via Oman", None),
        ("b", "d2", "Mousavi", "e2", "talks", "refutes", D2019, None,
         "There are no indirect talks with the US via Oman", None),
        ("c", "d3", "Vaezi", "e3", "talks", "refutes", D2019, None,
         "We have no intention of meeting American envoys", None),
    ])
    assert pairs["claim_id_b"].to_list() == ["b", "c"]  # sorted by strength
    best, weak = pairs.row(0, named=True), pairs.row(1, named=True)
    assert best["shared_terms"] == ["indirect", "oman", "talk"]
    assert 0.5 < best["similarity"] <= 1 and weak["similarity"] < 0.2
    assert best["strength"] > weak["strength"]
    assert "both mention indirect, oman, talk" in best["reason"]


def test_strength_follows_the_documented_formula():
    pairs = contradictions([
        ("a", "d1", "Kani", "e1", "talks", "supports", D2024, None, "indirect talks go on", None),
        ("b", "d2", "someone", None, "talks", "refutes", D2019, None, "no talks at all", None),
    ])
    row = pairs.row(0, named=True)
    assert row["similarity"] == 0.5  # {indirect, talk} vs {talk}
    # similarity 0.5 (full) + one evidence pair + one named speaker + one statement a side
    assert row["strength"] == 0.75  # 0.5 * 1 + 0.2 * 0.5 + 0.15 * 0.5 + 0.15 * 0.5


def test_term_overlap_of_empty_sets_is_zero():
    assert term_overlap(frozenset(), frozenset()) == (0.0, [])
    assert term_overlap(frozenset({"talk", "oman"}), frozenset({"talk"})) == (0.5, ["talk"])


def test_an_older_database_gets_every_contradiction_column():
    con = duckdb.connect()
    con.execute("CREATE TABLE contradictions (claim_id_a VARCHAR, claim_id_b VARCHAR, "
                "topic VARCHAR, reason VARCHAR, days_apart INTEGER)")
    ensure_schema(con)  # what opening a database does
    columns = [row[0] for row in con.execute("DESCRIBE contradictions").fetchall()]
    assert set(columns) == set(column_names(ContradictionSchema))
    con.execute("SELECT similarity, shared_terms, strength FROM contradiction_pairs").fetchall()
