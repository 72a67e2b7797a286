"""Ingest stage: scan the input folder and record new, changed and deleted files in DuckDB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import polars as pl

from pipeline.models import DocumentSchema, SourceFileSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.stages.common import quarantine_row, schema_violations, transaction
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import (
    IN_IDS,
    delete_documents_from,
    insert_frame,
    now,
    quarantine_frame,
)
from pipeline.store.tables import PER_DOCUMENT_TABLES
from pipeline.text.dates import parse_hint_date
from pipeline.text.decode import (
    FORMATS,
    FileEntry,
    InputFolderError,
    UnreadableFile,
    read_documents,
    scan_folder,
    sha256_hex,
)

INGEST_BATCH = 1000  # files read and written per transaction: a cold run's memory stays flat
FILE_FIELDS = ["source_path", "sha256", "byte_size", "mtime_ns", "format", "status",
               "document_count"]  # what one scan learns about a file


PREVIEW_COLUMNS = ["doc_id", "source_path", "format", "encoding", "byte_size"]


def delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Remove documents and every row derived from them (a deleted or changed file)."""
    for table in PER_DOCUMENT_TABLES:
        delete_documents_from(con, table, doc_ids)


def ingest_folder(
    con: duckdb.DuckDBPyConnection, root: str | Path, max_file_bytes: int
) -> StageReport:
    """Ingest new or changed files under ``root``; unchanged files are skipped without reading.

    Raises InputFolderError (after recording it in quarantine) when ``root`` is unusable.
    """
    seen_at = now()
    try:
        entries = scan_folder(root)
    except InputFolderError as exc:
        con.execute("DELETE FROM quarantine WHERE stage = 'ingest' AND source_path = ?",
                    [str(root)])
        insert_frame(con, "quarantine", quarantine_frame(
            [quarantine_row(str(root), None, "ingest", "input_folder_unusable", str(exc))]))
        raise
    known = {row[0]: row[1:] for row in con.execute(
        "SELECT source_path, sha256, byte_size, mtime_ns FROM source_files "
        "WHERE deleted_at IS NULL").fetchall()}
    counts = dict.fromkeys(["files", "unchanged", "new", "changed", "deleted", "quarantined",
                            "documents_added", "documents_removed"], 0)
    counts["files"] = len(entries)
    deleted = sorted(set(known) - {e.path for e in entries})
    counts["deleted"] = len(deleted)
    report = StageReport(counts=counts)
    pending = []
    for entry in entries:
        previous = known.get(entry.path)
        if previous and previous[1:] == (entry.byte_size, entry.mtime_ns):
            counts["unchanged"] += 1
        else:
            pending.append(entry)
    if not pending and not deleted:  # nothing to read or remove: a problem of the folder is over
        con.execute("DELETE FROM quarantine WHERE stage = 'ingest' AND source_path = ?",
                    [str(root)])
        report.preview = pl.DataFrame(schema=polars_schema(DocumentSchema, PREVIEW_COLUMNS))
        return report
    # Deletions go with the first batch: a file moved to a path in a later batch is then
    # removed before it is added again, never added and then removed.
    for start in range(0, len(pending) or 1, INGEST_BATCH):
        _ingest_batch(con, pending[start : start + INGEST_BATCH], known, max_file_bytes,
                      deleted if start == 0 else [], str(root), seen_at, report)
    return report


def _ingest_batch(
    con: duckdb.DuckDBPyConnection, entries: list[FileEntry], known: dict[str, tuple],
    max_file_bytes: int, deleted: list[str], root: str, seen_at: dt.datetime,
    report: StageReport,
) -> None:
    """Read a batch of new or changed files and write it in one transaction."""
    counts = report.counts
    files, documents, problems = [], [], []
    for entry in entries:
        previous = known.get(entry.path)
        status, file_docs, file_problems, sha, encoding = _ingest_file(entry, max_file_bytes)
        if previous and sha is not None and previous[0] == sha:
            counts["unchanged"] += 1  # touched but same bytes: only the mtime moves
        else:
            counts["changed" if previous else "new"] += 1
        files.append({"source_path": entry.path, "sha256": sha, "byte_size": entry.byte_size,
                      "mtime_ns": entry.mtime_ns, "format": entry.format, "status": status,
                      "document_count": len(file_docs)})
        documents += [{"doc_id": d.doc_id, "source_path": entry.path,
                       "record_index": d.record_index, "format": entry.format,
                       "encoding": encoding, "byte_size": entry.byte_size, "sha256": sha,
                       "ingested_at": seen_at, "raw_text": d.text, "hint_title": d.hint_title,
                       "hint_outlet": d.hint_outlet, "hint_date": parse_hint_date(d.hint_date)}
                      for d in file_docs]
        problems += [quarantine_row(entry.path, None, "ingest", **p) for p in file_problems]

    touched = [f["source_path"] for f in files] + deleted
    doc_frame = pl.DataFrame(documents, schema=polars_schema(DocumentSchema))
    doc_frame = doc_frame.unique("doc_id", keep="first", maintain_order=True)
    checked = validate(DocumentSchema, doc_frame)
    paths = dict(zip(checked.invalid["doc_id"], checked.invalid["source_path"], strict=True))
    problems += schema_violations(checked, "ingest", paths)
    problem_rows = quarantine_frame(problems)
    errors = problem_rows.filter(pl.col("severity") == "error")
    counts["quarantined"] += errors["source_path"].n_unique()

    with transaction(con):
        stale = [r[0] for r in con.execute(
            f"SELECT doc_id FROM documents WHERE source_path {IN_IDS}", [touched]).fetchall()]
        new_docs = checked.valid.filter(~pl.col("doc_id").is_in(stale))
        kept = set(checked.valid["doc_id"].to_list())
        removed = [d for d in stale if d not in kept]
        delete_documents(con, removed)
        # same bytes, now found here
        moved = checked.valid.filter(pl.col("doc_id").is_in(stale))
        con.execute("""
            UPDATE documents SET source_path = m.path
            FROM (SELECT unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS path) m
            WHERE documents.doc_id = m.doc_id""",
                    [moved["doc_id"].to_list(), moved["source_path"].to_list()])
        existing = {r[0] for r in con.execute(
            f"SELECT doc_id FROM documents WHERE doc_id {IN_IDS}",
            [new_docs["doc_id"].to_list()]).fetchall()}
        # same bytes at another path
        new_docs = new_docs.filter(~pl.col("doc_id").is_in(existing))
        insert_frame(con, "documents", new_docs)
        con.execute(f"DELETE FROM quarantine WHERE stage = 'ingest' AND (source_path {IN_IDS} "
                    "OR source_path = ?)", [touched, root])
        insert_frame(con, "quarantine", problem_rows)
        _record_files(con, files, deleted, seen_at)
    counts["documents_added"] += new_docs.height
    counts["documents_removed"] += len(removed)
    if new_docs.height or report.preview is None:
        report.preview = new_docs.select(PREVIEW_COLUMNS)
    report.record("documents", checked)


def _ingest_file(
    entry: FileEntry, max_file_bytes: int
) -> tuple[str, list, list[dict], str | None, str | None]:
    """Read one file: (status, documents, problems, sha256, encoding). Never raises."""
    def problem(error: str, detail: str, severity: str = "error") -> dict:
        return {"severity": severity, "error": error, "detail": detail}

    if entry.format == "unsupported":
        suffixes = " ".join(sorted(FORMATS))
        return "skipped", [], [problem(
            "unsupported_format", f"'{Path(entry.path).suffix or 'no extension'}' is not one of "
            f"{suffixes}; file skipped", "warning")], None, None
    if entry.byte_size > max_file_bytes:
        return "quarantined", [], [problem(
            "file_too_large", f"{entry.byte_size / 2**20:.1f} MB is over the "
            f"{max_file_bytes / 2**20:.0f} MB limit for one article; raise CLAIMTRAIL_MAX_FILE_MB "
            "to ingest it")], None, None
    try:
        data = Path(entry.path).read_bytes()
    except OSError as exc:
        return "quarantined", [], [problem("unreadable_file", f"cannot read: {exc}")], None, None
    sha = sha256_hex(data)
    try:
        encoding, docs, record_problems, warning = read_documents(data, entry.format)
    except UnreadableFile as exc:
        return "quarantined", [], [problem(exc.error, exc.detail)], sha, None
    problems = [problem(p.error, p.detail) for p in record_problems]
    if warning:
        problems.append(problem("encoding_fallback", warning, "warning"))
    return ("partial" if record_problems else "ok"), docs, problems, sha, encoding


def _record_files(
    con: duckdb.DuckDBPyConnection, files: list[dict], deleted: list[str], seen_at
) -> None:
    frame = pl.DataFrame(files, schema=polars_schema(SourceFileSchema, FILE_FIELDS)).with_columns(
        seen_at=pl.lit(seen_at))
    con.register("_files", frame)
    con.execute("""
        INSERT INTO source_files
        SELECT source_path, sha256, byte_size, mtime_ns, format, status, document_count,
               seen_at, seen_at, NULL FROM _files
        ON CONFLICT (source_path) DO UPDATE SET sha256 = excluded.sha256,
            byte_size = excluded.byte_size, mtime_ns = excluded.mtime_ns,
            format = excluded.format, status = excluded.status,
            document_count = excluded.document_count, last_seen_at = excluded.last_seen_at,
            deleted_at = NULL""")
    con.unregister("_files")
    con.execute(f"UPDATE source_files SET status = 'deleted', deleted_at = ? "
                f"WHERE source_path {IN_IDS}", [seen_at, deleted])

