"""Splitting a frame into rows that pass a pandera model and the failures, for asset checks."""

from __future__ import annotations

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaErrors


@dataclass(frozen=True)
class Validation:
    """A frame split by its model: the rows to write, and the rows (and reasons) to quarantine."""

    valid: pl.DataFrame
    invalid: pl.DataFrame  # the failing rows, with an added "violation" column
    failure_cases: pl.DataFrame  # pandera's failure cases (column, check, failure_case, index)


def validate(model: type[pa.DataFrameModel], frame: pl.DataFrame) -> Validation:
    """Validate ``frame`` row by row; a whole-frame failure (a wrong dtype) is a bug and raises.

    Narrow integer columns (DuckDB INTEGER reads as Int32) are widened to the models' Int64.
    """
    frame = frame.with_columns(pl.col(pl.Int8, pl.Int16, pl.Int32).cast(pl.Int64))
    try:
        model.validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        if cases["index"].null_count():
            raise
        reasons = (
            cases.group_by("index")
            .agg(violation=pl.format("{} failed {}", pl.col("column"), pl.col("check"))
                 .unique().sort().str.join("; "))
            .rename({"index": "_row"})
        )
        indexed = frame.with_row_index("_row").with_columns(pl.col("_row").cast(pl.Int32))
        reasons = reasons.with_columns(pl.col("_row").cast(pl.Int32))
        invalid = indexed.join(reasons, on="_row", how="inner").drop("_row")
        valid = indexed.join(reasons, on="_row", how="anti").drop("_row")
        return Validation(valid, invalid, cases)
    empty = frame.head(0).with_columns(violation=pl.lit(None, pl.String))
    return Validation(frame, empty, pl.DataFrame())
