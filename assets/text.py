"""Text group: parse headers, clean bodies, cluster duplicates -> the public `articles` view."""

from __future__ import annotations

import dagster as dg

from pipeline.dagster_results import OWNERS, materialize_result, schema_check_spec
from pipeline.resources import Warehouse
from pipeline.text_stage import run_clean, run_dedupe, run_parse

MAX_UNDATED_SHARE = 0.5


@dg.asset(
    group_name="text", kinds={"python", "duckdb"}, owners=OWNERS, deps=["documents"],
    description="Title, standfirst, outlet, dateline, publication date (and how it was found) "
                "and body lines of each new document, in `parsed_articles`.",
    check_specs=[schema_check_spec("parsed_articles", "parsed_articles")],
)
def parsed_articles(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_parse(con)
    return materialize_result("parsed_articles", report, tables=("parsed_articles",),
                              checked=("parsed_articles",))


@dg.asset(
    group_name="text", kinds={"python", "duckdb"}, owners=OWNERS, deps=["parsed_articles"],
    description="Article bodies without boilerplate (captions, share bars, comments, related "
                "lists, foreign-script captions...), with every removed line in `removed_lines`.",
    check_specs=[schema_check_spec("clean_articles", "clean_articles"),
                 schema_check_spec("clean_articles", "removed_lines")],
)
def clean_articles(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_clean(con)
    return materialize_result("clean_articles", report,
                              tables=("clean_articles", "removed_lines"),
                              checked=("clean_articles", "removed_lines"))


@dg.asset(
    group_name="text", kinds={"python", "duckdb"}, owners=OWNERS, deps=["clean_articles"],
    description="Exact and near-duplicate clusters (MinHash LSH, Jaccard >= 0.5 on word "
                "5-grams) in `article_clusters`; the `articles` view fills a member's missing "
                "title/date from its cluster.",
    check_specs=[
        schema_check_spec("articles", "article_clusters"),
        dg.AssetCheckSpec("dated_share", asset="articles",
                          description="Share of canonical articles with a publication date."),
    ],
)
def articles(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_dedupe(con)
        total, undated = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE published_date IS NULL) FROM articles "
            "WHERE is_canonical").fetchone()
    share = undated / total if total else 0.0
    check = dg.AssetCheckResult(
        check_name="dated_share", passed=share <= MAX_UNDATED_SHARE,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"canonical_articles": total, "undated": undated, "undated_share": share})
    return materialize_result("articles", report, [check],
                              tables=("article_clusters", "articles"),
                              checked=("article_clusters",))
