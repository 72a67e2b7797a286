"""Turning a StageReport into Dagster materialization metadata and asset check results."""

from __future__ import annotations

import dagster as dg

from pipeline.reporting import StageReport, markdown_table

OWNERS = ["team:claimtrail"]


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
        validation = report.validations.get(table)
        if validation is None:
            results.append(dg.AssetCheckResult(
                check_name=f"{table}_schema", asset_key=asset, passed=True,
                metadata={"rows_checked": 0}))
            continue
        invalid = validation.invalid
        results.append(dg.AssetCheckResult(
            check_name=f"{table}_schema", asset_key=asset, passed=validation.passed,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={"rows_checked": validation.valid.height + invalid.height,
                      "rows_failed": invalid.height,
                      "failure_sample": dg.MetadataValue.md(markdown_table(
                          invalid.select([c for c in invalid.columns[:3]] + ["violation"])
                          if invalid.height else invalid))},
        ))
    return results


def materialize_result(
    asset: str, report: StageReport, checks: list[dg.AssetCheckResult] | None = None,
    tables: tuple[str, ...] = (), checked: tuple[str, ...] = (),
) -> dg.MaterializeResult:
    """Row counts, a markdown preview and check results (``checked`` tables) for a stage run."""
    metadata: dict[str, object] = {k: dg.MetadataValue.int(v) for k, v in report.counts.items()}
    if report.preview is not None:
        metadata["preview"] = dg.MetadataValue.md(markdown_table(report.preview))
    if tables:
        metadata["tables"] = ", ".join(tables)
    return dg.MaterializeResult(
        metadata=metadata,
        check_results=[*schema_check_results(asset, report, checked), *(checks or [])],
    )
