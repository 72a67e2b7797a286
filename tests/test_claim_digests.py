"""The claims stage's per-document digests: what marks a document's claims for rewriting."""

from __future__ import annotations

import duckdb

from pipeline.stages.claims import DOC_DIGESTS_SQL, DOC_FIELDS_SQL
from pipeline.store.tables import ensure_schema


def _warehouse() -> duckdb.DuckDBPyConnection:
    """Two near-duplicates (a has a title, its copy b none and borrows it) and a singleton c,
    each with one claim candidate and its nlp mark."""
    con = duckdb.connect()
    ensure_schema(con)
    for doc, title in (("a", "Pay deal agreed"), ("b", None), ("c", "Storm warning")):
        con.execute("INSERT INTO documents (doc_id, source_path) VALUES (?, ?)", [doc, doc])
        con.execute("INSERT INTO parsed_articles (doc_id, title) VALUES (?, ?)", [doc, title])
        con.execute("INSERT INTO clean_articles (doc_id, body, text_hash) VALUES (?, 'x', ?)",
                    [doc, doc])
        con.execute("INSERT INTO claim_candidates (claim_id, doc_id) VALUES (?, ?)",
                    [f"{doc}1", doc])
        con.execute("INSERT INTO processed VALUES (?, 'nlp', 1, TIMESTAMP '2026-01-01')", [doc])
    con.execute("INSERT INTO article_clusters VALUES ('a', 'a', true, 2, 'near'), "
                "('b', 'a', false, 2, 'near'), ('c', 'c', true, 1, NULL)")
    return con


def _digests(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    con.execute(DOC_FIELDS_SQL)
    return dict(con.execute(DOC_DIGESTS_SQL).fetchall())


def test_a_copy_is_redone_when_the_member_it_borrows_from_changes() -> None:
    con = _warehouse()
    before = _digests(con)
    con.execute("UPDATE parsed_articles SET title = 'Pay deal rejected' WHERE doc_id = 'a'")
    after = _digests(con)
    assert after["b"] != before["b"], "b's borrowed title changed"
    assert after["a"] != before["a"]
    assert after["c"] == before["c"], "another cluster's document is left alone"


def test_new_candidates_change_the_digest_through_the_nlp_mark() -> None:
    con = _warehouse()
    before = _digests(con)
    con.execute("UPDATE processed SET processed_at = TIMESTAMP '2026-02-01' WHERE doc_id = 'c'")
    assert _digests(con)["c"] != before["c"]
    con.execute("INSERT INTO claim_candidates (claim_id, doc_id) VALUES ('a2', 'a')")
    assert _digests(con)["a"] != before["a"], "a hand-added candidate is counted"
