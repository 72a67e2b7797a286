"""Turning a StageReport into Dagster materialization metadata and asset check results."""

from __future__ import annotations

import dagster as dg

from pipeline.models import TABLE_SCHEMAS
from pipeline.stages.stage_report import CheckTally, StageReport, markdown_table

OWNERS = ["team:claimtrail"]

# Transient failures (the working DuckDB file locked by a stray client, a disk briefly full):
# try a step twice more, after about 2 s and 4 s. Every step is idempotent, so a retry is safe.
TRANSIENT_RETRY = dg.RetryPolicy(
    max_retries=2, delay=2, backoff=dg.Backoff.EXPONENTIAL, jitter=dg.Jitter.PLUS_MINUS,
)


def schema_check_spec(asset: str, table: str) -> dg.AssetCheckSpec:
    """The check that every row written to ``table`` passed its pandera model."""
    return dg.AssetCheckSpec(
        f"{table}_schema", asset=asset,
        description=f"Every row written to `{table}` passes its pandera model; failing rows go "
                    "to `quarantine` (stage, error=schema_violation) instead.",
    )


def schema_check_results(
    asset: str, report: StageReport, tables: tuple[str, ...]
) -> list[dg.AssetCheckResult]:
    """One result per checked table; a table with no new rows this run passes trivially."""
    results = []
    for table in tables:
        tally = report.checks.get(table, CheckTally())
        sample = tally.sample
        if sample is not None:
            sample = sample.select([*sample.columns[:2], "violation"])
        results.append(dg.AssetCheckResult(
            check_name=f"{table}_schema", asset_key=asset, passed=tally.failed == 0,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={"rows_checked": tally.rows, "rows_failed": tally.failed,
                      "failure_sample": dg.MetadataValue.md(
                          markdown_table(sample) if sample is not None else "_none_")},
        ))
    return results


def materialize_result(
    asset: str, report: StageReport, checks: list[dg.AssetCheckResult] | None = None,
    tables: tuple[str, ...] = (), checked: tuple[str, ...] = (),
    extra: dict[str, dg.MetadataValue] | None = None,
) -> dg.MaterializeResult:
    """Row counts, a markdown preview and check results (``checked`` tables) for a stage run."""
    metadata: dict[str, object] = {k: dg.MetadataValue.int(v) for k, v in report.counts.items()}
    metadata["rebuilt"] = dg.MetadataValue.bool(report.rebuilt)
    metadata |= extra or {}
    if report.preview is not None:
        metadata["preview"] = dg.MetadataValue.md(markdown_table(report.preview))
    if tables:
        metadata["tables"] = ", ".join(tables)
    return dg.MaterializeResult(
        asset_key=asset, metadata=metadata,
        check_results=[*schema_check_results(asset, report, checked), *(checks or [])],
    )


MAX_ROW_DROP = 0.5


def row_count_check_spec(asset: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        "row_count", asset=asset,
        description=f"The table did not shrink by more than {MAX_ROW_DROP:.0%} since the "
                    "previous materialization (a vanished folder or a broken stage would).",
    )


def row_count_check(
    context: dg.AssetExecutionContext, asset: str, rows: int
) -> tuple[dg.AssetCheckResult, dict[str, dg.MetadataValue]]:
    """Compare ``rows`` with the `table_rows` of this asset's previous materialization."""
    event = context.instance.get_latest_materialization_event(dg.AssetKey(asset))
    previous = None
    if event and event.asset_materialization:
        value = event.asset_materialization.metadata.get("table_rows")
        previous = getattr(value, "value", None)
    passed = previous is None or rows >= (1 - MAX_ROW_DROP) * previous
    check = dg.AssetCheckResult(
        check_name="row_count", asset_key=asset, passed=passed,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"rows": rows, "previous_rows": previous if previous is not None else -1})
    return check, {"table_rows": dg.MetadataValue.int(rows)}


def column_schema(table: str) -> dict[str, dg.TableSchema]:
    """Asset metadata showing the table's pandera model as Dagster column schema."""
    schema = TABLE_SCHEMAS[table].to_schema()
    columns = [
        dg.TableColumn(
            name, str(col.dtype), description=col.description,
            constraints=dg.TableColumnConstraints(
                nullable=col.nullable, unique=col.unique,
                other=[check.error or check.name for check in col.checks]),
        )
        for name, col in schema.columns.items()
    ]
    return {"dagster/column_schema": dg.TableSchema(columns=columns)}
