"""What every stage shares: a transaction, a quarantine row, "rebuild only when inputs changed"."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import duckdb
import polars as pl

from pipeline.models.validation import Validation
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import IN_IDS, now, replace_table, roll_back
from pipeline.store.fingerprints import is_current, remember, stage_fingerprint


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT; anything raised inside rolls the whole write back."""
    con.execute("BEGIN")
    try:
        yield con
    except BaseException:
        roll_back(con)
        raise
    con.execute("COMMIT")


def quarantine_row(
    source_path: str, doc_id: str | None, stage: str, error: str, detail: str,
    severity: str = "error",
) -> dict:
    """One `quarantine` row: what could not be (fully) processed, where, and why."""
    return {"source_path": source_path, "doc_id": doc_id, "stage": stage, "severity": severity,
            "error": error, "detail": detail, "seen_at": now()}


def schema_violations(
    checked: Validation, stage: str, paths: Mapping[str, str], table: str | None = None
) -> list[dict]:
    """Quarantine rows for the rows of ``checked`` that failed their model, each with its
    document's source path (``paths``: doc_id -> source_path)."""
    prefix = f"{table} row dropped: " if table else ""
    return [quarantine_row(paths.get(row["doc_id"], ""), row["doc_id"], stage,
                           "schema_violation", prefix + row["violation"])
            for row in checked.invalid.iter_rows(named=True)]


def source_paths(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> dict[str, str]:
    """doc_id -> source_path of ``doc_ids``."""
    return dict(con.execute(f"SELECT doc_id, source_path FROM documents WHERE doc_id {IN_IDS}",
                            [doc_ids]).fetchall())


@dataclass
class CorpusBuild:
    """What a corpus-level rebuild produced: whole tables to replace, and its report."""

    tables: dict[str, pl.DataFrame]
    report: StageReport
    also_built: dict[str, str] = field(default_factory=dict)  # other stage -> fingerprint
    also_write: Callable[[], None] | None = None  # writes done in SQL, in the same transaction


def rebuild_when_changed(
    con: duckdb.DuckDBPyConnection, stage: str, table: str, inputs: Mapping[str, str],
    *extra: str, build: Callable[[], CorpusBuild], count_as: str | None = None,
) -> StageReport:
    """Run ``build`` and replace its tables (one transaction) unless ``stage`` was last built
    from these very inputs (``inputs``: table -> columns, ``extra``: config digests); then
    report ``table`` as it stands."""
    fingerprint = stage_fingerprint(con, inputs, *extra)
    if is_current(con, stage, fingerprint):
        return unchanged(con, table, count_as=count_as)
    result = build()
    with transaction(con):
        for name, frame in result.tables.items():
            replace_table(con, name, frame)
        if result.also_write is not None:
            result.also_write()
        remember(con, stage, fingerprint)
        for other, other_fingerprint in result.also_built.items():
            remember(con, other, other_fingerprint)
    return result.report


def unchanged(
    con: duckdb.DuckDBPyConnection, table: str, count_as: str | None = None
) -> StageReport:
    """The report of a stage left as it was: the row count of its ``table``."""
    (rows,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return StageReport(counts={count_as or table: rows}, rebuilt=False)
