"""Dagster resources: where news files come from and where tables go (working defaults)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb

from pipeline import storage
from pipeline.ingest import DEFAULT_MAX_BYTES

DEFAULT_DATABASE = "claimtrail.duckdb"
DEFAULT_INPUT = "seeds"


class Warehouse(dg.ConfigurableResource):
    """The DuckDB file analysts query (published atomically) and its private working copy.

    While a run (or, on the multiprocess executor, a step) uses the warehouse it holds the
    writer lock: a second run started meanwhile waits until the first has published, so it can
    never publish the first run's half-finished state.
    """

    database: str = DEFAULT_DATABASE

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[Warehouse]:
        with storage.writer_lock(self.database):
            yield self

    @contextlib.contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with storage.open_writer(self.database) as con:
            yield con

    def publish(self) -> Path:
        return storage.publish(self.database)


class NewsFolder(dg.ConfigurableResource):
    """The folder of raw news files (read recursively)."""

    path: str = DEFAULT_INPUT
    max_file_bytes: int = DEFAULT_MAX_BYTES


def default_resources() -> dict[str, dg.ConfigurableResource]:
    """Resources configured from CLAIMTRAIL_DB / CLAIMTRAIL_INPUT, with working defaults."""
    return {
        "warehouse": Warehouse(database=os.environ.get("CLAIMTRAIL_DB", DEFAULT_DATABASE)),
        "news_folder": NewsFolder(
            path=os.environ.get("CLAIMTRAIL_INPUT", DEFAULT_INPUT),
            max_file_bytes=int(float(os.environ.get("CLAIMTRAIL_MAX_FILE_MB", "10")) * 2**20),
        ),
    }
