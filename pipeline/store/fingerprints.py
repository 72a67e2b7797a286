"""Skip a corpus-level rebuild when nothing it reads has changed since it last ran.

A stage's fingerprint digests the rows of the tables it reads (order-independent row hashes
computed inside DuckDB), the config files it reads and the source of the `pipeline` package, so
a new, changed or deleted article, an edited alias or topic file, or a code upgrade all trigger
a rebuild, and a re-run with nothing new costs a few table scans instead of a rebuild.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping
from pathlib import Path

import duckdb

from pipeline import PACKAGE_DIR
from pipeline.store.database import now

CODE_SUFFIXES = {".py", ".sql", ".j2", ".html", ".yaml"}
ALL_COLUMNS = "t"  # hash whole rows (the alias of the table in `table_digest`)


def code_files() -> list[Path]:
    """Every module, template and SQL file of the pipeline package, in every subfolder."""
    return sorted(p for p in PACKAGE_DIR.rglob("*") if p.suffix in CODE_SUFFIXES)


@functools.cache
def code_version() -> str:
    """Digest of the pipeline package's source: an upgrade invalidates every fingerprint."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def table_digest(con: duckdb.DuckDBPyConnection, table: str, columns: str = ALL_COLUMNS) -> str:
    """Row count and sum of row hashes of ``table`` (``columns``: SQL list, default all)."""
    rows, total = con.execute(
        f"SELECT count(*), sum(hash({columns})::HUGEINT) FROM {table} {ALL_COLUMNS}").fetchone()
    return f"{table}:{rows}:{total or 0}"


def file_digest(path: Path) -> str:
    """Digest of a config file's bytes ("missing" when it cannot be read)."""
    try:
        return f"{path}:{hashlib.sha256(path.read_bytes()).hexdigest()}"
    except OSError:
        return f"{path}:missing"


def stage_fingerprint(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, str], *settings: str
) -> str:
    """One digest of the stage's input tables (name -> columns to hash), settings and code."""
    parts = [code_version(), *(table_digest(con, t, c) for t, c in sorted(tables.items())),
             *settings]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def is_current(con: duckdb.DuckDBPyConnection, stage: str, fingerprint: str) -> bool:
    """Whether ``stage`` was last built from inputs with this fingerprint."""
    row = con.execute("SELECT fingerprint FROM stage_inputs WHERE stage = ?", [stage]).fetchone()
    return row is not None and row[0] == fingerprint


def remember(con: duckdb.DuckDBPyConnection, stage: str, fingerprint: str) -> None:
    """Record that ``stage`` is now built from inputs with this fingerprint."""
    con.execute("INSERT OR REPLACE INTO stage_inputs VALUES (?, ?, ?)", [stage, fingerprint, now()])


def changed_documents(
    con: duckdb.DuckDBPyConnection, stage: str, digests_sql: str, everything: bool = False
) -> int:
    """Fill the temp table `_changed_docs(doc_id)` with the documents whose input digest
    (``digests_sql``: one row per document, doc_id and digest) differs from the one ``stage``
    last built from: added, changed and removed ones (``everything``: all of them, and every
    document ``stage`` knew), and record the new digests. Returns how many changed."""
    if everything:
        con.execute("DELETE FROM corpus_inputs WHERE stage = ?", [stage])
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _doc_digests AS {digests_sql}""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _changed_docs AS
        SELECT coalesce(n.doc_id, b.doc_id) AS doc_id
        FROM _doc_digests n
        FULL JOIN (SELECT doc_id, digest FROM corpus_inputs WHERE stage = ?) b
          ON n.doc_id = b.doc_id
        WHERE n.digest IS DISTINCT FROM b.digest""", [stage])
    con.execute("""
        DELETE FROM corpus_inputs
        WHERE stage = ? AND doc_id IN (SELECT doc_id FROM _changed_docs)""", [stage])
    con.execute("""
        INSERT INTO corpus_inputs SELECT ?, doc_id, digest FROM _doc_digests
        WHERE doc_id IN (SELECT doc_id FROM _changed_docs)""", [stage])
    (changed,) = con.execute("SELECT count(*) FROM _changed_docs").fetchone()
    return changed
