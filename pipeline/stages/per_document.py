"""The loop every per-document stage shares: pending documents in batches, one write each."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import polars as pl

from pipeline.models import RemovedLineSchema
from pipeline.models.columns import polars_schema
from pipeline.stages.common import transaction
from pipeline.store.database import (
    IN_IDS,
    insert_frame,
    mark_processed,
    quarantine_rows,
    replace_rows,
)

BATCH_SIZE = 2000  # documents read and written per transaction


def batches(ids: list[str], size: int = BATCH_SIZE) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def removed_frame(rows: list[dict]) -> pl.DataFrame:
    """`removed_lines` rows as a typed frame."""
    return pl.DataFrame(rows, schema=polars_schema(RemovedLineSchema))


def write_stage(
    con: duckdb.DuckDBPyConnection, stage: str, version: int, table: str, frame: pl.DataFrame,
    removed: pl.DataFrame, problems: list[dict], doc_ids: list[str],
) -> None:
    """One transaction: stage rows, its removed lines, its quarantine rows, processed markers."""
    with transaction(con):
        replace_rows(con, table, frame, doc_ids)
        con.execute(f"DELETE FROM removed_lines WHERE stage = ? AND doc_id {IN_IDS}",
                    [stage, doc_ids])
        insert_frame(con, "removed_lines", removed)
        quarantine_rows(con, stage, problems, doc_ids)
        mark_processed(con, stage, version, doc_ids)
