"""Dagster resources: where news files come from and where tables go (working defaults)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
from pydantic import PrivateAttr

from pipeline.store import database as storage
from pipeline.text.decode import DEFAULT_MAX_BYTES

DEFAULT_DATABASE = "claimtrail.duckdb"
DEFAULT_INPUT = "seeds"


class Warehouse(dg.ConfigurableResource):
    """The DuckDB file analysts query (published atomically) and its private working copy.

    While a run (or, on the multiprocess executor, a step) uses the warehouse it holds the
    writer lock: a second run started meanwhile waits until the first has published, so it can
    never publish the first run's half-finished state.
    """

    database: str = DEFAULT_DATABASE
    _connection: duckdb.DuckDBPyConnection | None = PrivateAttr(default=None)

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[Warehouse]:
        """Hold the lock, and one connection that every step of this process shares (opening
        and closing, which checkpoints, once per step would cost about 0.1 s per step)."""
        with storage.writer_lock(self.database), storage.open_writer(self.database) as con:
            self._connection = con
            try:
                yield self
            finally:
                self._connection = None

    @contextlib.contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The run's connection (a step that fails rolls back what it left open), or outside a
        run a connection of its own."""
        if self._connection is None:
            with storage.open_writer(self.database) as con:
                yield con
            return
        try:
            yield self._connection
        except BaseException:
            storage.roll_back(self._connection)
            raise

    def publish(self) -> Path:
        with self.writer() as con:
            return storage.publish(self.database, con)


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
