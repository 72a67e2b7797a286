"""DuckDB storage: one private working database, atomically published for readers.

Runs write only to the *working* file (``<name>.work.duckdb``), serialised by an exclusive file
lock, in short transactions. When a run finishes, the working file is checkpointed, copied and
renamed over the *published* file (``claimtrail.duckdb``) that analysts open. A reader holding
the published file open never blocks a run (the rename swaps the directory entry; the reader keeps
its old snapshot), and a run killed at any point leaves the published file untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import polars as pl

from pipeline.models import QuarantineSchema
from pipeline.models.columns import polars_schema
from pipeline.store.files import replacing
from pipeline.store.tables import ensure_schema


def work_path_for(database: str | Path) -> Path:
    """The private working file behind a published database file."""
    path = Path(database)
    return path.with_name(f"{path.stem}.work{path.suffix or '.duckdb'}")


# Writer locks this process holds, per thread: lock file -> [open handle, nesting depth].
_held_locks = threading.local()
_open_lock_handles: set = set()  # every thread's, for the fork handler


def _held() -> dict[str, list]:
    if not hasattr(_held_locks, "locks"):
        _held_locks.locks = {}
    return _held_locks.locks


def _drop_inherited_locks() -> None:
    """In a forked child: close the inherited lock handles (the parent keeps its lock).

    flock locks belong to the open file, which a fork shares; a child that outlived its parent
    (a worker of a killed run) would otherwise keep the lock and block every later run.
    """
    for handle in list(_open_lock_handles):
        with contextlib.suppress(OSError):
            handle.close()
    _open_lock_handles.clear()
    _held().clear()


os.register_at_fork(after_in_child=_drop_inherited_locks)


@contextlib.contextmanager
def writer_lock(database: str | Path, timeout_s: float = 3600.0) -> Iterator[None]:
    """Hold the exclusive writer lock of ``database``; wait (with back-off) while a run has it.

    Re-entrant within a thread: a run that holds the lock for its whole duration (see
    ``Warehouse``) still calls ``open_writer`` in each stage. Other threads and processes wait.
    The lock is an flock on ``<stem>.work.duckdb.lock``; the kernel releases it when the process
    dies, so a killed run never leaves a stale lock behind.
    """
    lock_path = Path(f"{work_path_for(database)}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    key = str(lock_path.resolve())
    held = _held()
    if key in held:
        held[key][1] += 1
        try:
            yield
        finally:
            held[key][1] -= 1
        return
    deadline = time.monotonic() + timeout_s
    delay = 0.05
    with open(lock_path, "a+") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another claimtrail run holds {lock_path}") from None
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        held[key] = [handle, 1]
        _open_lock_handles.add(handle)
        try:
            yield
        finally:
            del held[key]
            _open_lock_handles.discard(handle)
            fcntl.flock(handle, fcntl.LOCK_UN)


def duckdb_memory_limit() -> str:
    """DuckDB's memory cap for runs ($CLAIMTRAIL_DUCKDB_MEMORY, default 256MB; it spills to disk
    beyond it), so a run's memory does not grow with the database's size."""
    return os.environ.get("CLAIMTRAIL_DUCKDB_MEMORY", "256MB")


def connect_writable(path: str | Path, timeout_s: float = 30.0) -> duckdb.DuckDBPyConnection:
    """A read-write connection to ``path``, waiting while another process has the file open.

    Only a claimtrail run should open the working file; if someone opened it by hand (a DuckDB
    client holds a file lock), wait for them with back-off, then fail with a clear message (the
    assets' RetryPolicy tries the step again later).
    """
    deadline = time.monotonic() + timeout_s
    delay = 0.1
    while True:
        try:
            return duckdb.connect(str(path), config={"memory_limit": duckdb_memory_limit()})
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() > deadline:
                raise duckdb.IOException(
                    f"{path} is open in another process ({exc}); only claimtrail runs may open "
                    "the working file: query the published file read-only instead") from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


@contextlib.contextmanager
def open_writer(database: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to the working file, schema ensured, under the writer lock."""
    with writer_lock(database):
        con = connect_writable(work_path_for(database))
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()


def roll_back(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back ``con``'s open transaction, if it has one."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("ROLLBACK")


def staging_paths(database: str | Path) -> list[Path]:
    """Copies of the working file on their way to being published (left over if a run died):
    ``.<name>.<pid>-<thread>.tmp`` (`files.replacing`), or ``.<name>.tmp-<pid>`` as earlier
    versions named them."""
    database = Path(database)
    prefix = f".{database.name}."
    if not database.parent.is_dir():
        return []
    return sorted(p for p in database.parent.iterdir() if p.name.startswith(prefix)
                  and (p.name.startswith(f"{prefix}tmp-") or p.name.endswith(".tmp")))


def publish(database: str | Path, con: duckdb.DuckDBPyConnection | None = None) -> Path:
    """Atomically replace the published file with a checkpointed copy of the working file.

    The copy is written next to the published file, fsynced and renamed over it: a reader sees
    the old file or the new one, never a mix. A copy left behind by a run killed mid-publish is
    removed here (under the writer lock, so no other publish is using it). Nothing is copied
    when the published file already is that copy (`is_published`). ``con``: the run's open
    connection to the working file, if it has one.
    """
    database = Path(database)
    work = work_path_for(database)
    with writer_lock(database):
        for leftover in staging_paths(database):
            leftover.unlink(missing_ok=True)
        if con is None:
            with open_writer(database) as own:
                own.execute("CHECKPOINT")
        else:
            con.execute("CHECKPOINT")
        if is_published(work, database):
            return database
        with replacing(database) as staging:
            shutil.copyfile(work, staging)
            stamp = work.stat()
            os.utime(staging, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    return database


def is_published(work: Path, database: Path) -> bool:
    """Whether ``database`` is the copy of the checkpointed working file as it stands: same size
    and modification time (a published copy takes the working file's). A run that changed
    nothing leaves the working file untouched (`ensure_schema` writes nothing then), so its
    publish copies nothing."""
    try:
        published, current = database.stat(), work.stat()
    except FileNotFoundError:
        return False
    return (published.st_size, published.st_mtime_ns) == (current.st_size, current.st_mtime_ns)


def open_reader(database: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published file."""
    if not Path(database).exists():
        raise FileNotFoundError(f"{database} does not exist yet: run `claimtrail run` first")
    return duckdb.connect(str(database), read_only=True)


def now() -> dt.datetime:
    """Timestamp stored with rows (UTC, naive, second precision)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


IN_IDS = "IN (SELECT unnest(?::VARCHAR[]))"  # "doc_id IN_IDS" with the id list as parameter


# Frames of at least this many rows go through a Parquet file: DuckDB keeps every registered
# Arrow frame it inserted from alive until the transaction ends (its strings are not copied),
# so the claims of a full rebuild grew the process by about 750 bytes per claim (3 GB at a
# million articles); read from a file, the rows are copied into its own storage.
PARQUET_ROWS = 2_000


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Append ``frame``'s rows to ``table``, columns matched by name."""
    if frame.is_empty():
        return
    columns = ", ".join(frame.columns)
    if frame.height >= PARQUET_ROWS and pl.Null not in frame.dtypes:
        with tempfile.TemporaryDirectory(prefix="claimtrail-rows-") as folder:
            path = Path(folder) / "rows.parquet"
            frame.write_parquet(path, compression="uncompressed", statistics=False)
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} "
                        "FROM read_parquet(?)", [str(path)])
        return
    con.register("_claimtrail_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _claimtrail_rows")
    finally:
        con.unregister("_claimtrail_rows")


def delete_documents_from(
    con: duckdb.DuckDBPyConnection, table: str, doc_ids: Iterable[str]
) -> None:
    con.execute(f"DELETE FROM {table} WHERE doc_id {IN_IDS}", [list(doc_ids)])


def replace_rows(
    con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, doc_ids: Iterable[str]
) -> None:
    """Delete the rows of ``doc_ids`` from ``table`` and insert ``frame`` (idempotent writes)."""
    delete_documents_from(con, table, doc_ids)
    insert_frame(con, table, frame)


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Make a corpus-level table hold exactly ``frame``'s (distinct) rows.

    Only the rows that differ are deleted and inserted: a rebuild after one new article changes
    a handful of rows, so the write-ahead log and the next checkpoint stay small (at 10,000
    articles, rewriting every claim pushed the log past DuckDB's checkpoint threshold and that
    commit took 0.76 s).
    """
    con.register("_claimtrail_rows", frame)
    try:
        replace_table_with(con, table, f"SELECT {', '.join(frame.columns)} FROM _claimtrail_rows",
                           frame.columns)
    finally:
        con.unregister("_claimtrail_rows")


def replace_table_with(
    con: duckdb.DuckDBPyConnection, table: str, rows_sql: str, columns: list[str] | None = None
) -> None:
    """`replace_table` with the rows of a query (``columns``: its columns, default the
    table's), so a table too big for Python is diffed inside DuckDB."""
    if columns is None:
        columns = [c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position", [table]).fetchall()]
    names = ", ".join(columns)
    same_row = " AND ".join(f"t.{c} IS NOT DISTINCT FROM n.{c}" for c in columns)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _claimtrail_new AS "
                    f"SELECT {names} FROM {table} LIMIT 0")  # the table's column types
        con.execute(f"INSERT INTO _claimtrail_new SELECT {names} FROM ({rows_sql})")
        con.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT t.rowid FROM {table} t "
                    f"ANTI JOIN _claimtrail_new n ON {same_row})")
        con.execute(f"INSERT INTO {table} ({names}) SELECT n.* FROM _claimtrail_new n "
                    f"ANTI JOIN {table} t ON {same_row}")
    finally:
        con.execute("DROP TABLE IF EXISTS _claimtrail_new")


def pending_doc_ids(
    con: duckdb.DuckDBPyConnection, stage: str, version: int, upstream: str = "documents"
) -> list[str]:
    """Documents present in ``upstream`` that ``stage`` has not processed at ``version``."""
    rows = con.execute(
        f"""SELECT u.doc_id FROM {upstream} u
            WHERE NOT EXISTS (SELECT 1 FROM processed p WHERE p.doc_id = u.doc_id
                              AND p.stage = ? AND p.version = ?)
            ORDER BY u.doc_id""",
        [stage, version],
    ).fetchall()
    return [row[0] for row in rows]


# Per-document stages in order: re-processing one invalidates the ones after it.
STAGES = ("parse", "clean", "nlp")


def mark_processed(
    con: duckdb.DuckDBPyConnection, stage: str, version: int, doc_ids: Iterable[str]
) -> None:
    """Record that ``stage`` processed ``doc_ids`` at ``version``; later stages must redo them."""
    doc_ids = list(doc_ids)
    redo = list(STAGES[STAGES.index(stage):])
    con.execute(f"DELETE FROM processed WHERE list_contains(?, stage) AND doc_id {IN_IDS}",
                [redo, doc_ids])
    con.execute("INSERT INTO processed SELECT unnest(?::VARCHAR[]), ?, ?, ?",
                [doc_ids, stage, version, now()])


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    """Quarantine rows (dicts with the `quarantine` columns) as a typed frame."""
    return pl.DataFrame(rows, schema=polars_schema(QuarantineSchema))


def quarantine_rows(
    con: duckdb.DuckDBPyConnection, stage: str, rows: list[dict], doc_ids: Iterable[str] = ()
) -> None:
    """Replace ``stage``'s quarantine rows for the given documents with ``rows``."""
    con.execute(f"DELETE FROM quarantine WHERE stage = ? AND doc_id {IN_IDS}",
                [stage, list(doc_ids)])
    insert_frame(con, "quarantine", quarantine_frame(rows))
