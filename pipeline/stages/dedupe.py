"""Dedupe stage: near-duplicate clusters over every cleaned article (`article_clusters`).

The asset is named `articles` because the public `articles` view is complete only once the
clusters exist; the table it writes is the internal `article_clusters` the view joins.

Incremental: each article's LSH band keys are kept (`dedupe_bands`), so when articles are added,
changed or removed only the clusters they can affect are computed again: the old clusters of the
changed articles and of the articles sharing a band key with them. Every near-duplicate pair
with one side outside that set existed before, so the set's clusters are exactly those of a
full rebuild (but inside an LSH bucket of more than `MAX_BUCKET` near-identical texts, where
pairs are sampled). New code (or `--rebuild`) reclusters everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import duckdb
import numpy as np
import polars as pl

from pipeline.models import ArticleClusterSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import Validation, validate
from pipeline.stages.common import transaction, unchanged
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import insert_frame
from pipeline.store.fingerprints import changed_documents, is_current, remember, stage_fingerprint
from pipeline.text.dedupe import (
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    agreement,
    band_rows,
    candidate_pairs,
    clusters_from_pairs,
    first_of_each_text,
    lsh_shape,
    signature_keys,
)

STAGE = "articles"
# What clustering reads: table -> columns whose values it depends on.
# (not `minhash`: a digest of the text like `text_hash`, and ten times dearer to hash again)
DEDUPE_INPUTS = {"clean_articles": "doc_id, text_hash, word_count",
                 "parsed_articles": "doc_id, title, published_date, outlet"}
FETCH_ROWS = 50_000  # signatures read at once (128 integers each)
PAIRS_AT_ONCE = 20_000  # candidate pairs confirmed at once
WRITE_ROWS = 100_000  # cluster rows written at once
METADATA_SCORE = """(p.title IS NOT NULL)::INT + (p.published_date IS NOT NULL)::INT
                    + (p.outlet IS NOT NULL)::INT"""
CLUSTERED = """FROM clean_articles c JOIN parsed_articles p USING (doc_id)
WHERE c.word_count > 0"""
ARTICLES_SQL = f"""
SELECT c.doc_id, c.text_hash, c.word_count, {METADATA_SCORE} AS metadata_score {CLUSTERED}"""
DOC_DIGESTS_SQL = f"""
SELECT c.doc_id, hash(c.text_hash, c.word_count, {METADATA_SCORE})::VARCHAR AS digest
{CLUSTERED}"""
# The articles to recluster: the changed ones, those sharing a band key with one, and every
# member of the old clusters of both, or of a cluster that lost members (ingest deletes the
# rows of removed and changed articles before this stage runs; a singleton that lost its member
# is gone, so only larger clusters are counted).
AFFECTED_SQL = """
CREATE OR REPLACE TEMP TABLE _recluster AS
WITH touched AS (
    SELECT doc_id FROM _changed_docs
    UNION
    SELECT b.doc_id FROM dedupe_bands b
    JOIN (SELECT band, key FROM dedupe_bands
          WHERE doc_id IN (SELECT doc_id FROM _changed_docs)) n USING (band, key)
), affected AS (
    SELECT cluster_id FROM article_clusters WHERE doc_id IN (SELECT doc_id FROM touched)
    UNION
    SELECT cluster_id FROM article_clusters WHERE cluster_size > 1 GROUP BY cluster_id
    HAVING count(*) <> any_value(cluster_size)
)
SELECT doc_id FROM touched
UNION
SELECT doc_id FROM article_clusters WHERE cluster_id IN (SELECT cluster_id FROM affected)"""
# Clusters counted by their canonical member (one each, a checked rule): no DISTINCT to hash.
COUNTS_SQL = """
SELECT count(*), count(*) FILTER (WHERE is_canonical),
       count(*) FILTER (WHERE is_canonical AND cluster_size > 1),
       count(*) FILTER (WHERE cluster_size > 1)
FROM article_clusters"""


def run_dedupe(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Recluster the articles that changed and those they may duplicate (LSH, sub-quadratic);
    everything when the code changed."""
    fingerprint = stage_fingerprint(con, DEDUPE_INPUTS)
    if is_current(con, STAGE, fingerprint):
        return unchanged(con, "article_clusters", count_as="articles")
    code = stage_fingerprint(con, {})
    with transaction(con):
        full = not is_current(con, f"{STAGE}.code", code)
        changed = changed_documents(con, STAGE, DOC_DIGESTS_SQL, everything=full)
        if full:
            con.execute("DELETE FROM dedupe_bands")
            con.execute("CREATE OR REPLACE TEMP TABLE _recluster AS "
                        "SELECT doc_id FROM clean_articles")
            keys = _band_keys(con, "SELECT doc_id FROM _recluster")
            _add_bands(con, keys)
        else:  # new keys first: they find the articles a changed one may now duplicate
            con.execute("DELETE FROM dedupe_bands "
                        "WHERE doc_id IN (SELECT doc_id FROM _changed_docs)")
            _add_bands(con, _band_keys(con, "SELECT doc_id FROM _changed_docs"))
            con.execute(AFFECTED_SQL)
            keys = _band_keys(con, "SELECT doc_id FROM _recluster")
        clusters = _cluster(con, keys)
        del keys  # a million articles' band keys: not held while the rows are written
        _write_clusters(con, clusters)
        remember(con, STAGE, fingerprint)
        remember(con, f"{STAGE}.code", code)
    report = _report(con, changed, clusters)
    for table in ("_recluster", "_doc_digests", "_changed_docs"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return report


@dataclass(frozen=True)
class BandKeys:
    """Articles (``doc_ids``, sorted) and their LSH band keys (``keys``: a row of uint64 per
    article), as one numpy array: no per-article objects."""

    doc_ids: pl.Series
    keys: np.ndarray


def _band_keys(con: duckdb.DuckDBPyConnection, where: str) -> BandKeys:
    """The band keys of the articles ``where`` selects, in doc_id order.

    The signatures (128 integers per article) are streamed in record batches and only the keys
    kept: holding every signature at once took 5 GB at a million articles."""
    reader = con.execute(f"SELECT c.doc_id, c.minhash {CLUSTERED} AND c.doc_id IN ({where})"
                         ).to_arrow_reader(FETCH_ROWS)
    ids, parts = [pl.Series("doc_id", [], dtype=pl.String)], []
    for batch in reader:  # doc ids copied out: a view would keep the batch's signatures alive
        ids.append(pl.Series("doc_id", batch.column("doc_id").to_pylist(), dtype=pl.String))
        signatures = pl.from_arrow(batch.column("minhash")).list.to_array(NUM_PERM).to_numpy()
        parts.append(signature_keys(signatures))
    doc_ids = pl.concat(ids)
    order = doc_ids.arg_sort().to_numpy()
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    keys = np.empty((len(order), lsh_shape()[0]), np.uint64)
    start = 0
    for part in parts:  # each part straight to its sorted rows: no second copy of every key
        keys[rank[start : start + len(part)]] = part
        start += len(part)
    del parts
    return BandKeys(doc_ids.gather(order), keys)


def _add_bands(con: duckdb.DuckDBPyConnection, keys: BandKeys) -> None:
    """Store the band keys of `_band_keys` rows, a slice at a time."""
    for start in range(0, len(keys.doc_ids), FETCH_ROWS):
        insert_frame(con, "dedupe_bands",
                     band_rows(keys.doc_ids.slice(start, FETCH_ROWS).to_list(),
                               keys.keys[start : start + FETCH_ROWS]))


def _near_pairs(
    con: duckdb.DuckDBPyConnection, keys: BandKeys, rows: np.ndarray
) -> Iterator[tuple[str, str]]:
    """The near-duplicate pairs among the articles of ``keys`` at ``rows`` (one per distinct
    text): the LSH candidates, confirmed on their signatures, which are read for the
    candidates only."""
    doc_ids = keys.doc_ids.to_numpy()
    pairs = candidate_pairs(keys.keys, rows=rows)
    for start in range(0, len(pairs), PAIRS_AT_ONCE):
        left, right = (doc_ids[pairs[start : start + PAIRS_AT_ONCE, side]] for side in (0, 1))
        wanted = np.unique(np.concatenate([left, right])).tolist()
        found = con.execute("SELECT doc_id, minhash FROM clean_articles "
                            "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]).pl()
        signatures = found["minhash"].list.to_array(NUM_PERM).to_numpy()
        row = {doc_id: i for i, doc_id in enumerate(found["doc_id"].to_list())}
        a = signatures[[row[d] for d in left]]
        b = signatures[[row[d] for d in right]]
        for keep, x, y in zip(agreement(a, b) >= NEAR_DUPLICATE_THRESHOLD, left, right,
                              strict=True):
            if keep:
                yield str(x), str(y)


def _cluster(con: duckdb.DuckDBPyConnection, keys: BandKeys) -> Validation:
    """The clusters of the articles of `_recluster` (``keys``: their band keys), validated."""
    articles = pl.from_arrow(
        con.execute(f"{ARTICLES_SQL} AND c.doc_id IN (SELECT doc_id FROM _recluster)")
        .to_arrow_reader(FETCH_ROWS).read_all()).sort("doc_id")
    if not keys.doc_ids.equals(articles["doc_id"]):  # both read with CLUSTERED's filter
        raise RuntimeError("band keys and articles to cluster differ")
    firsts = np.flatnonzero(first_of_each_text(articles).to_numpy())
    clusters = (clusters_from_pairs(articles, list(_near_pairs(con, keys, firsts)))
                if articles.height else pl.DataFrame(schema=polars_schema(ArticleClusterSchema)))
    return validate(ArticleClusterSchema, clusters)


def _write_clusters(con: duckdb.DuckDBPyConnection, checked: Validation) -> None:
    """Write the clusters in place of the old rows of `_recluster` and `_changed_docs` (removed
    articles' rows go), a slice at a time."""
    con.execute("""DELETE FROM article_clusters WHERE doc_id IN (
                       SELECT doc_id FROM _recluster UNION SELECT doc_id FROM _changed_docs)""")
    for part in checked.valid.iter_slices(WRITE_ROWS):
        insert_frame(con, "article_clusters", part)


def _report(con: duckdb.DuckDBPyConnection, changed: int, checked: Validation) -> StageReport:
    articles, clusters, duplicate_clusters, in_duplicates = con.execute(COUNTS_SQL).fetchone()
    report = StageReport(
        counts={"articles": articles, "clusters": clusters,
                "duplicate_clusters": duplicate_clusters,
                "articles_in_duplicate_clusters": in_duplicates,
                "articles_changed": changed, "articles_reclustered": checked.valid.height},
        preview=con.execute("SELECT * FROM article_clusters WHERE cluster_size > 1 "
                            "ORDER BY cluster_id, doc_id LIMIT 20").pl(),
    )
    report.record("article_clusters", checked)
    return report
