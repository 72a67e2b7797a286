"""Contradiction pairs: opposite polarity on one topic, duplicates collapsed."""

from __future__ import annotations

import datetime as dt

import duckdb
import polars as pl

from pipeline.store.tables import create_statements
from pipeline.trail.contradictions import content_terms, find_contradictions, term_overlap

COLUMNS = ["claim_id", "cluster_id", "speaker", "speaker_entity_id", "topic", "polarity",
           "claim_date", "content", "outlet"]


def claims(rows):
    return pl.DataFrame(rows, schema={
        "claim_id": pl.String, "cluster_id": pl.String, "speaker": pl.String,
        "speaker_entity_id": pl.String, "topic": pl.String, "polarity": pl.String,
        "claim_date": pl.Date, "content": pl.String, "outlet": pl.String}, orient="row")


D2019, D2024 = dt.date(2019, 7, 14), dt.date(2024, 7, 8)


def test_denial_and_later_confirmation_contradict():
    pairs = find_contradictions(claims([
        ("a", "c1", "Abbas Mousavi", "e1", "talks", "negative", D2019, "no talks", "Press TV"),
        ("b", "c2", "Nasser Kanaani", "e2", "talks", "positive", D2024, "indirect talks", None),
    ]))
    assert pairs.height == 1
    row = pairs.row(0, named=True)
    assert (row["claim_id_a"], row["claim_id_b"], row["topic"]) == ("a", "b", "talks")
    assert row["days_apart"] == (D2024 - D2019).days
    assert "Mousavi" in row["reason"] and "Kanaani" in row["reason"]


def test_copies_in_duplicate_articles_count_once():
    pairs = find_contradictions(claims([
        ("a1", "c1", "Kani", "e1", "talks", "positive", D2024, "Talks via Oman.", "Ynet"),
        ("a2", "c1", "Kani", "e1", "talks", "positive", D2024, "talks via Oman", "Ynet"),
        ("b", "c2", "Vaezi", "e3", "talks", "negative", None, "no intention of talks", "IFP"),
    ]))
    assert pairs.height == 1
    assert pairs["days_apart"].to_list() == [None]


def test_same_speaker_same_day_and_other_topics_do_not_pair():
    pairs = find_contradictions(claims([
        ("a", "c1", "Kani", "e1", "talks", "positive", D2024, "talks go on", None),
        ("b", "c1", "Kani", "e1", "talks", "negative", D2024, "no direct talks", None),
        ("c", "c2", "Vaezi", "e3", "oil", "negative", D2019, "no oil deal", None),
        ("d", "c3", "Nobody", None, None, "negative", D2019, "no talks", None),
    ]))
    assert pairs.is_empty()


def test_same_speaker_on_different_dates_changed_position():
    pairs = find_contradictions(claims([
        ("a", "c1", "Kani", "e1", "talks", "positive", D2024, "talks go on", None),
        ("b", "c2", "Kani", "e1", "talks", "negative", D2019, "no talks", None),
    ]))
    assert pairs["reason"].str.contains("changed position").all()


def test_no_claims():
    assert find_contradictions(claims([])).is_empty()


def test_content_terms_drop_stop_words_and_fold_plurals():
    assert content_terms("Iran's indirect talks with the US are going on via Oman.") == {
        "iran", "indirect", "talk", "going", "oman"}
    assert content_terms("No negotiations, 2019") == {"negotiation"}
    assert "crisis" in content_terms("a crisis") and "status" in content_terms("the status")


def test_pairs_that_deny_and_affirm_the_same_thing_rank_higher():
    pairs = find_contradictions(claims([
        ("a", "c1", "Kani", "e1", "talks", "positive", D2024,
         "Indirect talks with the US are being held via Oman", None),
        ("b", "c2", "Mousavi", "e2", "talks", "negative", D2019,
         "There are no indirect talks with the US via Oman", None),
        ("c", "c3", "Vaezi", "e3", "talks", "negative", D2019,
         "We have no intention of meeting American envoys", None),
    ])).sort("similarity", descending=True)
    assert pairs["claim_id_b"].to_list() == ["b", "c"]
    best, weak = pairs.row(0, named=True), pairs.row(1, named=True)
    assert best["shared_terms"] == ["indirect", "oman", "talk"]
    assert 0.5 < best["similarity"] <= 1 and weak["similarity"] < 0.2
    assert "both mention: indirect, oman, talk" in best["reason"]


def test_term_overlap_of_empty_sets_is_zero():
    assert term_overlap(frozenset(), frozenset()) == (0.0, [])


def test_a_database_from_before_the_similarity_columns_is_migrated():
    con = duckdb.connect()
    con.execute("CREATE TABLE contradictions (claim_id_a VARCHAR, claim_id_b VARCHAR, "
                "topic VARCHAR, reason VARCHAR, days_apart INTEGER)")
    for statement in create_statements():
        con.execute(statement)
    columns = [row[0] for row in con.execute("DESCRIBE contradictions").fetchall()]
    assert columns[-2:] == ["similarity", "shared_terms"]
    con.execute("SELECT similarity, shared_terms FROM contradiction_pairs").fetchall()
