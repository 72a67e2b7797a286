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


def schema_check_results(asset: str, report: StageReport) -> list[dg.AssetCheckResult]:
    results = []
    for table, validation in report.validations.items():
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
    tables: tuple[str, ...] = (),
) -> dg.MaterializeResult:
    """Row counts, a markdown preview and check results for one stage run."""
    metadata: dict[str, object] = {k: dg.MetadataValue.int(v) for k, v in report.counts.items()}
    if report.preview is not None:
        metadata["preview"] = dg.MetadataValue.md(markdown_table(report.preview))
    if tables:
        metadata["tables"] = ", ".join(tables)
    return dg.MaterializeResult(
        metadata=metadata, check_results=[*schema_check_results(asset, report), *(checks or [])]
    )
