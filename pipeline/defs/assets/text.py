"""Text group: parse headers, clean bodies, cluster duplicates -> the public `articles` view."""

import dagster as dg

from pipeline.defs.resources import Warehouse
from pipeline.defs.results import (
    OWNERS,
    column_schema,
    materialize_result,
    row_count_check,
    row_count_check_spec,
    schema_check_spec,
)
from pipeline.stages.clean import run_clean
from pipeline.stages.dedupe import run_dedupe
from pipeline.stages.parse import run_parse

MAX_UNDATED_SHARE = 0.5


def _count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@dg.asset(
    group_name="text", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema('parsed_articles'), deps=["documents"],
    description="Title, standfirst, outlet, dateline, publication date (and how it was found) "
                "and body lines of each new document, in `parsed_articles`.",
    check_specs=[schema_check_spec("parsed_articles", "parsed_articles"),
                 row_count_check_spec("parsed_articles")],
)
def parsed_articles(
    context: dg.AssetExecutionContext, warehouse: Warehouse
) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_parse(con)
        rows = _count(con, "parsed_articles")
    check, extra = row_count_check(context, "parsed_articles", rows)
    return materialize_result("parsed_articles", report, [check], tables=("parsed_articles",),
                              checked=("parsed_articles",), extra=extra)


@dg.asset(
    group_name="text", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema('clean_articles'), deps=["parsed_articles"],
    description="Article bodies without boilerplate (captions, share bars, comments, related "
                "lists, foreign-script captions...), with every removed line in `removed_lines`.",
    check_specs=[schema_check_spec("clean_articles", "clean_articles"),
                 schema_check_spec("clean_articles", "removed_lines"),
                 row_count_check_spec("clean_articles")],
)
def clean_articles(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_clean(con)
        rows = _count(con, "clean_articles")
    check, extra = row_count_check(context, "clean_articles", rows)
    return materialize_result("clean_articles", report, [check],
                              tables=("clean_articles", "removed_lines"),
                              checked=("clean_articles", "removed_lines"), extra=extra)


@dg.asset(
    group_name="text", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema('articles'), deps=["clean_articles"],
    description="Exact and near-duplicate clusters (MinHash LSH, Jaccard >= 0.5 on word "
                "5-grams) in `article_clusters`; the `articles` view fills a member's missing "
                "title/outlet/date from its cluster.",
    check_specs=[
        schema_check_spec("articles", "article_clusters"),
        row_count_check_spec("articles"),
        dg.AssetCheckSpec("dated_share", asset="articles",
                          description=f"At most {MAX_UNDATED_SHARE:.0%} of canonical articles "
                                      "have no publication date."),
    ],
)
def articles(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_dedupe(con)
        total, undated = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE published_date IS NULL) FROM articles "
            "WHERE is_canonical").fetchone()
        rows = _count(con, "articles")
    share = undated / total if total else 0.0
    dated = dg.AssetCheckResult(
        check_name="dated_share", passed=share <= MAX_UNDATED_SHARE,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"canonical_articles": total, "undated": undated, "undated_share": share})
    check, extra = row_count_check(context, "articles", rows)
    return materialize_result("articles", report, [dated, check],
                              tables=("article_clusters", "articles"),
                              checked=("article_clusters",), extra=extra)
