"""Unit tests for exact and near-duplicate clustering."""

from __future__ import annotations

import polars as pl
import pytest
from datasketch import MinHash, MinHashLSH

from pipeline.text.dedupe import (
    NUM_PERM,
    cluster_articles,
    lsh_shape,
    minhash_signature,
    text_hash,
    words,
)

WIRE = (
    "The central bank raised interest rates by a quarter point on Wednesday, its third increase "
    "this year, saying inflation remained stubbornly high. Policymakers voted seven to two for "
    "the move. The governor told reporters that further rises could not be ruled out if price "
    "growth failed to slow over the coming months. Markets had largely expected the decision."
)
OTHER = (
    "The football club confirmed on Tuesday that its captain would miss the rest of the season "
    "with a knee injury. The manager said the squad would rally around him and that the team "
    "still believed it could win the league title."
)


def frame(texts: dict[str, str], scores: dict[str, int] | None = None) -> pl.DataFrame:
    scores = scores or {}
    return pl.DataFrame({
        "doc_id": list(texts),
        "text_hash": [text_hash(t) for t in texts.values()],
        "minhash": [minhash_signature(t) for t in texts.values()],
        "metadata_score": [scores.get(k, 0) for k in texts],
        "word_count": [len(t.split()) for t in texts.values()],
    })


def test_text_hash_ignores_layout_and_case():
    assert text_hash("Hello,  World!\n\nAgain") == text_hash("hello world again")
    assert text_hash("hello world") != text_hash("hello there world")


def test_republished_wire_story_is_a_near_duplicate_and_others_are_not():
    republished = "Photo: Reuters\n" + WIRE + "\nFollow us on Twitter | Facebook"
    clusters = cluster_articles(frame({"a1": WIRE, "b2": republished, "c3": OTHER},
                                      scores={"b2": 2}))
    rows = {r["doc_id"]: r for r in clusters.iter_rows(named=True)}
    assert rows["a1"]["cluster_id"] == rows["b2"]["cluster_id"] == "a1"
    assert rows["b2"]["is_canonical"] and not rows["a1"]["is_canonical"]  # better metadata
    assert rows["a1"]["duplicate_kind"] == "near"
    assert rows["c3"]["cluster_id"] == "c3" and rows["c3"]["cluster_size"] == 1
    assert rows["c3"]["duplicate_kind"] is None


def test_exact_duplicates_share_a_cluster_with_one_canonical():
    clusters = cluster_articles(frame({"x": WIRE, "y": WIRE.upper(), "z": OTHER}))
    exact = clusters.filter(pl.col("cluster_id") == "x")
    assert exact.height == 2
    assert exact["is_canonical"].sum() == 1
    assert set(exact["duplicate_kind"]) == {"exact"}


def test_same_topic_different_story_is_not_merged():
    follow_up = (
        "The central bank held interest rates on Thursday after three increases this year. The "
        "governor said inflation was finally slowing and that markets should not expect cuts "
        "soon. Two policymakers voted for a further rise."
    )
    clusters = cluster_articles(frame({"a": WIRE, "b": follow_up}))
    assert clusters["cluster_id"].n_unique() == 2


def test_candidate_pairs_are_the_rows_sharing_a_band_key() -> None:
    import numpy as np

    from pipeline.text.dedupe import candidate_pairs

    keys = np.array([[1, 7], [2, 7], [1, 8], [3, 9]], dtype=np.uint64)
    assert candidate_pairs(keys).tolist() == [[0, 1], [0, 2]]


def test_a_huge_bucket_is_linked_without_all_pairs() -> None:
    import numpy as np

    from pipeline.text.dedupe import candidate_pairs

    keys = np.zeros((1000, 1), dtype=np.uint64)  # 1,000 articles in one bucket
    pairs = candidate_pairs(keys, max_bucket=64)
    assert len(pairs) < 2000  # not 499,500
    parent = list(range(1000))
    for i, j in pairs.tolist():
        parent[j] = parent[i] if parent[i] < parent[j] else parent[j]
    assert max(parent) == 0  # still one connected cluster (pairs are ordered by first row)


def test_near_duplicate_pairs_are_confirmed_and_clear_ones_never_missed() -> None:
    import numpy as np

    from pipeline.text.dedupe import NUM_PERM, near_duplicate_pairs

    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, size=(40, NUM_PERM), dtype=np.uint64)
    copies = base[:20].copy()
    for row in copies:  # perturb 20-60 % of the values: some pairs above 0.5, some below
        change = rng.random(NUM_PERM) < rng.uniform(0.2, 0.6)
        row[change] = rng.integers(0, 2**32, size=int(change.sum()), dtype=np.uint64)
    signatures = np.vstack([base, copies])
    n = len(signatures)
    similarity = {(i, j): (signatures[i] == signatures[j]).mean()
                  for i in range(n) for j in range(i + 1, n)}
    found = set(near_duplicate_pairs(signatures))
    assert all(similarity[p] >= 0.5 for p in found)  # every pair is confirmed
    clear = {p for p, s in similarity.items() if s >= 0.7}
    assert len(clear) >= 5 and clear <= found  # LSH misses only pairs near the threshold


@pytest.mark.parametrize("body", ["", "one two three", WIRE, OTHER * 30, "Ünïcödé 北京 " * 40])
def test_signatures_are_datasketchs_affine32_minhash_bit_for_bit(body: str) -> None:
    tokens = words(body)
    shingles = {" ".join(tokens[i : i + 5]) for i in range(max(1, len(tokens) - 4))}
    reference = MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32")
    reference.update_batch([s.encode("utf-8") for s in shingles])
    assert minhash_signature(body) == reference.hashvalues.tolist()


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7, 0.9])
def test_lsh_shape_is_the_one_datasketch_chooses(threshold: float) -> None:
    reference = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    assert lsh_shape(threshold) == (reference.b, reference.r)


def _store(con, articles: dict[str, str]) -> None:
    """Write ``articles`` (doc_id -> body) as ingest and the clean and parse stages would
    (ingest drops every row of a removed or changed article first, clusters included)."""
    kept = [d for d, body in con.execute("SELECT doc_id, body FROM clean_articles").fetchall()
            if articles.get(d) == body]
    for table in ("article_clusters", "dedupe_bands"):
        con.execute(f"DELETE FROM {table} WHERE NOT list_contains(?, doc_id)", [kept])
    con.execute("DELETE FROM clean_articles")
    con.execute("DELETE FROM parsed_articles")
    for doc_id, body in articles.items():
        con.execute("INSERT INTO clean_articles (doc_id, body, word_count, text_hash, minhash) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [doc_id, body, len(words(body)), text_hash(body), minhash_signature(body)])
        con.execute("INSERT INTO parsed_articles (doc_id, title) VALUES (?, 'A title')", [doc_id])


def test_incremental_reclustering_equals_a_full_one() -> None:
    import duckdb

    from pipeline.stages.dedupe import run_dedupe
    from pipeline.store.tables import ensure_schema

    def clusters(con) -> list[tuple]:
        return con.execute("SELECT * FROM article_clusters ORDER BY doc_id").fetchall()

    other = OTHER.replace("Tuesday", "Monday")
    steps = [
        {"a": WIRE, "b": OTHER},
        {"a": WIRE, "b": OTHER, "c": WIRE + " Shares fell.", "d": other},  # two near copies
        {"b": OTHER, "c": WIRE + " Shares fell.", "d": other, "e": WIRE},  # a goes, e copies it
        {"c": WIRE + " Shares fell.", "d": OTHER, "e": WIRE},  # b goes, d changes
        {"c": WIRE + " Shares fell.", "d": OTHER, "e": WIRE, "f": WIRE + " Bonds rose."},
        {"c": WIRE + " Shares fell.", "d": OTHER, "f": WIRE + " Bonds rose."},  # c, f remain
    ]
    con = duckdb.connect()
    ensure_schema(con)
    for articles in steps:
        _store(con, articles)
        report = run_dedupe(con)
        fresh = duckdb.connect()
        ensure_schema(fresh)
        _store(fresh, articles)
        run_dedupe(fresh)
        assert clusters(con) == clusters(fresh)
        if len(articles) == 3 and "e" in articles:
            assert report.counts["articles_reclustered"] == 1  # d alone: c and e untouched
    assert [row[1:4] for row in clusters(con)] == [("c", True, 2), ("d", True, 1),
                                                  ("c", False, 2)]
