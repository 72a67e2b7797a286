"""What a stage reports back: counts, a preview, and its schema validation."""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from pipeline.models.validation import Validation


@dataclass
class CheckTally:
    """Schema validation of one table summed over a stage's batches."""

    rows: int = 0
    failed: int = 0
    sample: pl.DataFrame | None = None  # a few failing rows with their "violation"


@dataclass
class StageReport:
    """Counts and samples from one stage run; assets turn it into Dagster metadata and checks."""

    counts: dict[str, int] = field(default_factory=dict)
    checks: dict[str, CheckTally] = field(default_factory=dict)
    preview: pl.DataFrame | None = None
    rebuilt: bool = True  # False: inputs unchanged since the last build, tables left as they were

    def record(self, table: str, validation: Validation) -> None:
        tally = self.checks.setdefault(table, CheckTally())
        tally.rows += validation.valid.height + validation.invalid.height
        tally.failed += validation.invalid.height
        if validation.invalid.height and tally.sample is None:
            tally.sample = validation.invalid.head(5)


def markdown_table(frame: pl.DataFrame, rows: int = 5, width: int = 60) -> str:
    """A small markdown preview of ``frame`` with long cells shortened."""
    if frame.is_empty():
        return "_no rows_"
    head = frame.head(rows).with_columns(
        pl.col(pl.List(pl.String)).list.join(", "),
    ).with_columns(pl.all().cast(pl.String).fill_null(""))
    cells = [[str(v).replace("|", "/").replace("\n", " ")[:width] for v in row]
             for row in head.iter_rows()]
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)
