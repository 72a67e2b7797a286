"""Ingest group: raw files -> `documents` (and `quarantine` rows for files that can't be read)."""

import dagster as dg

from pipeline.defs.resources import NewsFolder, Warehouse
from pipeline.defs.results import (
    OWNERS,
    TRANSIENT_RETRY,
    column_schema,
    materialize_result,
    row_count_check,
    row_count_check_spec,
    schema_check_spec,
)
from pipeline.stages.ingest import ingest_folder
from pipeline.text.decode import InputFolderError

MAX_QUARANTINE_SHARE = 0.2


@dg.asset(
    group_name="ingest", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema('documents'),
    description="Every file under the input folder (txt, html, json, jsonl), decoded, one row per "
                "article in `documents`; unreadable files go to `quarantine`. Only new or changed "
                "files (by size/mtime, then sha256) are read.",
    check_specs=[
        schema_check_spec("documents", "documents"),
        row_count_check_spec("documents"),
        dg.AssetCheckSpec("quarantine_share", asset="documents",
                          description=f"At most {MAX_QUARANTINE_SHARE:.0%} of the files seen in "
                                      "this run could not be ingested."),
    ],
    retry_policy=TRANSIENT_RETRY,
)
def documents(
    context: dg.AssetExecutionContext, warehouse: Warehouse, news_folder: NewsFolder
) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        try:
            report = ingest_folder(con, news_folder.path, news_folder.max_file_bytes)
        except InputFolderError as exc:
            raise dg.Failure(description=str(exc), allow_retries=False) from exc
        rows = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    rows_check, extra = row_count_check(context, "documents", rows)
    read = report.counts["new"] + report.counts["changed"]
    share = report.counts["quarantined"] / read if read else 0.0
    check = dg.AssetCheckResult(
        check_name="quarantine_share", passed=share <= MAX_QUARANTINE_SHARE,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"quarantined": report.counts["quarantined"], "files_read": read,
                  "share": share})
    return materialize_result("documents", report, [check, rows_check],
                              tables=("documents", "quarantine"), checked=("documents",),
                              extra=extra)
