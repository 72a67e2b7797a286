"""Dedupe stage: near-duplicate clusters over every cleaned article (`article_clusters`).

The asset is named `articles` because the public `articles` view is complete only once the
clusters exist; the table it writes is the internal `article_clusters` the view joins.
"""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import ArticleClusterSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.text.dedupe import cluster_articles

# What clustering reads: table -> columns whose values it depends on.
# (not `minhash`: a digest of the text like `text_hash`, and ten times dearer to hash again)
DEDUPE_INPUTS = {"clean_articles": "doc_id, text_hash, word_count",
                 "parsed_articles": "doc_id, title, published_date, outlet"}
FETCH_ROWS = 50_000
ARTICLES_SQL = """
SELECT c.doc_id, c.text_hash, c.minhash, c.word_count,
       (p.title IS NOT NULL)::INT + (p.published_date IS NOT NULL)::INT
         + (p.outlet IS NOT NULL)::INT AS metadata_score
FROM clean_articles c JOIN parsed_articles p USING (doc_id)
WHERE c.word_count > 0"""


def run_dedupe(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Recluster all cleaned articles (LSH, sub-quadratic) and replace `article_clusters`."""

    def build() -> CorpusBuild:
        # Streamed in record batches and sorted here: `.pl()` and ORDER BY hold the whole
        # result (128 integers per article) inside DuckDB's memory cap, which 300,000 articles
        # exceed.
        articles = pl.from_arrow(con.execute(ARTICLES_SQL).to_arrow_reader(FETCH_ROWS)
                                 .read_all()).sort("doc_id")
        clusters = (cluster_articles(articles) if articles.height
                    else pl.DataFrame(schema=polars_schema(ArticleClusterSchema)))
        checked = validate(ArticleClusterSchema, clusters)
        multi = checked.valid.filter(pl.col("cluster_size") > 1)
        report = StageReport(
            counts={"articles": checked.valid.height,
                    "clusters": checked.valid["cluster_id"].n_unique(),
                    "duplicate_clusters": multi["cluster_id"].n_unique(),
                    "articles_in_duplicate_clusters": multi.height},
            preview=multi.sort("cluster_id"),
        )
        report.record("article_clusters", checked)
        return CorpusBuild({"article_clusters": checked.valid}, report)

    return rebuild_when_changed(con, "articles", "article_clusters", DEDUPE_INPUTS,
                                build=build, count_as="articles")
