"""Dagster resources: where news files come from and where tables go (working defaults)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
from pydantic import PrivateAttr

from pipeline import DEFAULT_DATABASE, DEFAULT_INPUT
from pipeline.store import database as storage
from pipeline.text.decode import DEFAULT_MAX_BYTES
from pipeline.trail.topics import DEFAULT_TOPICS, Topic, load_topics


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
    max_file_mb: float = DEFAULT_MAX_BYTES / 2**20  # a larger file is quarantined

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 2**20)


class Watchlist(dg.ConfigurableResource):
    """The topic watchlist file (`config/topics.yaml` unless CLAIMTRAIL_TOPICS names another)."""

    path: str = str(DEFAULT_TOPICS)

    def topics(self) -> list[Topic]:
        return load_topics(Path(self.path))


class SpacyWorkers(dg.ConfigurableResource):
    """Where spaCy annotates: a Dask scheduler's address (``tcp://host:8786``) sends the work
    to that cluster's workers; empty, ``n_process`` local processes (0: one per core, up to
    the stage's limit)."""

    n_process: int = 0
    dask_scheduler: str = ""


def _from_env(name: str, default: object) -> object:
    """``dg.EnvVar(name)`` when the variable is set (the UI shows where the value came from),
    else the working default. Dagster has no float EnvVar: a float is read here."""
    if not os.environ.get(name):
        return default
    if isinstance(default, bool) or not isinstance(default, int | float):
        return dg.EnvVar(name)
    return dg.EnvVar.int(name) if isinstance(default, int) else float(os.environ[name])


def default_resources(
    database: str | None = None, input_dir: str | None = None, max_file_mb: float | None = None
) -> dict[str, dg.ConfigurableResource]:
    """Every resource, configured from CLAIMTRAIL_* variables with working defaults; explicit
    arguments (the CLI's options) win over the variables."""
    return {
        "warehouse": Warehouse(database=database or _from_env("CLAIMTRAIL_DB", DEFAULT_DATABASE)),
        "news_folder": NewsFolder(
            path=input_dir or _from_env("CLAIMTRAIL_INPUT", DEFAULT_INPUT),
            max_file_mb=max_file_mb or _from_env("CLAIMTRAIL_MAX_FILE_MB", 10.0)),
        "watchlist": Watchlist(path=_from_env("CLAIMTRAIL_TOPICS", str(DEFAULT_TOPICS))),
        "spacy_workers": SpacyWorkers(
            n_process=_from_env("CLAIMTRAIL_N_PROCESS", 0),
            dask_scheduler=_from_env("CLAIMTRAIL_DASK_SCHEDULER", "")),
    }
