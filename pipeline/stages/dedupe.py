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
from pipeline.text.dedupe import NUM_PERM, band_rows, cluster_articles

STAGE = "articles"
# What clustering reads: table -> columns whose values it depends on.
# (not `minhash`: a digest of the text like `text_hash`, and ten times dearer to hash again)
DEDUPE_INPUTS = {"clean_articles": "doc_id, text_hash, word_count",
                 "parsed_articles": "doc_id, title, published_date, outlet"}
FETCH_ROWS = 50_000
METADATA_SCORE = """(p.title IS NOT NULL)::INT + (p.published_date IS NOT NULL)::INT
                    + (p.outlet IS NOT NULL)::INT"""
ARTICLES_SQL = f"""
SELECT c.doc_id, c.text_hash, c.minhash, c.word_count, {METADATA_SCORE} AS metadata_score
FROM clean_articles c JOIN parsed_articles p USING (doc_id)
WHERE c.word_count > 0"""
DOC_DIGESTS_SQL = f"""
SELECT c.doc_id, hash(c.text_hash, c.word_count, {METADATA_SCORE})::VARCHAR AS digest
FROM clean_articles c JOIN parsed_articles p USING (doc_id)
WHERE c.word_count > 0"""
# The articles to recluster: the changed ones, those sharing a band key with one, and every
# member of the old clusters of both, or of a cluster that lost members (ingest deletes the
# rows of removed and changed articles before this stage runs).
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
    SELECT cluster_id FROM article_clusters GROUP BY cluster_id
    HAVING count(*) <> any_value(cluster_size)
)
SELECT doc_id FROM touched
UNION
SELECT doc_id FROM article_clusters WHERE cluster_id IN (SELECT cluster_id FROM affected)"""
COUNTS_SQL = """
SELECT count(*), count(DISTINCT cluster_id),
       count(DISTINCT cluster_id) FILTER (WHERE cluster_size > 1),
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
        if full:  # every signature read once, for the band keys and the clusters
            con.execute("DELETE FROM dedupe_bands")
            con.execute("CREATE OR REPLACE TEMP TABLE _recluster AS "
                        "SELECT doc_id FROM clean_articles")
            articles = _articles(con, "SELECT doc_id FROM _recluster")
            _add_bands(con, articles)
        else:  # new keys first: they find the articles a changed one may now duplicate
            con.execute("DELETE FROM dedupe_bands "
                        "WHERE doc_id IN (SELECT doc_id FROM _changed_docs)")
            _add_bands(con, _articles(con, "SELECT doc_id FROM _changed_docs"))
            con.execute(AFFECTED_SQL)
            articles = _articles(con, "SELECT doc_id FROM _recluster")
        clusters = _recluster(con, articles)
        remember(con, STAGE, fingerprint)
        remember(con, f"{STAGE}.code", code)
    report = _report(con, changed, clusters)
    for table in ("_recluster", "_doc_digests", "_changed_docs"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return report


def _articles(con: duckdb.DuckDBPyConnection, where: str) -> pl.DataFrame:
    """The clustering input of the articles ``where`` selects, in doc_id order.

    Streamed in record batches and sorted here: `.pl()` and ORDER BY hold the whole result
    (128 integers per article) inside DuckDB's memory cap, which 300,000 articles exceed."""
    return pl.from_arrow(con.execute(f"{ARTICLES_SQL} AND c.doc_id IN ({where})")
                         .to_arrow_reader(FETCH_ROWS).read_all()).sort("doc_id")


def _add_bands(con: duckdb.DuckDBPyConnection, articles: pl.DataFrame) -> None:
    """Store the band keys of ``articles`` (clustering input rows)."""
    signatures = (articles["minhash"].list.to_array(NUM_PERM).to_numpy() if articles.height
                  else np.zeros((0, NUM_PERM), np.uint64))
    insert_frame(con, "dedupe_bands", band_rows(articles["doc_id"].to_list(), signatures))


def _recluster(con: duckdb.DuckDBPyConnection, articles: pl.DataFrame) -> Validation:
    """Cluster ``articles`` (those of `_recluster`) and write their rows in place of the old
    rows of `_recluster` and `_changed_docs` (removed articles' rows go)."""
    clusters = (cluster_articles(articles) if articles.height
                else pl.DataFrame(schema=polars_schema(ArticleClusterSchema)))
    checked = validate(ArticleClusterSchema, clusters)
    con.execute("""DELETE FROM article_clusters WHERE doc_id IN (
                       SELECT doc_id FROM _recluster UNION SELECT doc_id FROM _changed_docs)""")
    insert_frame(con, "article_clusters", checked.valid)
    return checked


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
