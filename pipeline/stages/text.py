"""Parse, clean and dedupe stages: pending documents in DuckDB -> validated article tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import polars as pl

from pipeline.models.schemas import (
    ArticleClusterSchema,
    CleanArticleSchema,
    ParsedArticleSchema,
    RemovedLineSchema,
)
from pipeline.models.validation import validate
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import (
    IN_IDS,
    insert_frame,
    mark_processed,
    now,
    pending_doc_ids,
    quarantine_rows,
    replace_rows,
    replace_table,
)
from pipeline.store.fingerprints import is_current, remember, stage_fingerprint, unchanged
from pipeline.text.cleaning import clean_body
from pipeline.text.dedupe import cluster_articles, minhash_signature, text_hash
from pipeline.text.html import html_to_text
from pipeline.text.language import guess_language
from pipeline.text.normalize import normalize_text
from pipeline.text.parsing import ParseHints, parse_date, parse_text
from pipeline.text.records import CleanedBody, ParsedArticle

PARSE_VERSION = 1
CLEAN_VERSION = 1
BATCH_SIZE = 2000
# What clustering reads: table -> columns whose values it depends on.
DEDUPE_INPUTS = {"clean_articles": "doc_id, text_hash, minhash, word_count",
                 "parsed_articles": "doc_id, title, published_date, outlet"}


def parse_hint_date(value: str | None) -> dt.date | None:
    """A structured date field (JSON/HTML metadata) as a date, or None."""
    return parse_date(value) if value else None


def parse_document(
    fmt: str, raw_text: str, hint_title: str | None = None, hint_outlet: str | None = None,
    hint_date: dt.date | None = None,
) -> ParsedArticle:
    """Header fields and body lines of one raw document of any format."""
    if fmt == "html":
        page = html_to_text(raw_text)
        text = page.text
        hint_title, hint_outlet = page.title or hint_title, page.outlet or hint_outlet
        hint_date = page.published_date or hint_date
    else:
        text = raw_text
    hints = ParseHints(
        title=normalize_text(hint_title) if hint_title else None,
        outlet=normalize_text(hint_outlet) if hint_outlet else None,
        published_date=hint_date, date_source="metadata" if hint_date else None,
    )
    return parse_text(normalize_text(text), hints=hints)


def clean_document(parsed: ParsedArticle) -> CleanedBody:
    """The article paragraphs of a parsed document, and the lines removed."""
    return clean_body(parsed.body_lines, title=parsed.title)


def _batches(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), BATCH_SIZE):
        yield ids[start : start + BATCH_SIZE]


def _problem(doc: dict, stage: str, error: str, detail: str, severity: str = "error") -> dict:
    return {"source_path": doc["source_path"], "doc_id": doc["doc_id"], "stage": stage,
            "severity": severity, "error": error, "detail": detail, "seen_at": now()}


def _removed_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "line_no": pl.Int64,
                                      "text": pl.String, "reason": pl.String,
                                      "stage": pl.String})


def _write_stage(
    con: duckdb.DuckDBPyConnection, stage: str, version: int, table: str, frame: pl.DataFrame,
    removed: pl.DataFrame, problems: list[dict], doc_ids: list[str],
) -> None:
    """One transaction: stage rows, its removed lines, its quarantine rows, processed markers."""
    con.execute("BEGIN")
    replace_rows(con, table, frame, doc_ids)
    con.execute(f"DELETE FROM removed_lines WHERE stage = ? AND doc_id {IN_IDS}",
                [stage, doc_ids])
    insert_frame(con, "removed_lines", removed)
    quarantine_rows(con, stage, problems, doc_ids)
    mark_processed(con, stage, version, doc_ids)
    con.execute("COMMIT")


def run_parse(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Parse every document not yet parsed at PARSE_VERSION."""
    report = StageReport(counts={"parsed": 0, "failed": 0, "no_title": 0, "no_date": 0})
    previews = []
    for batch in _batches(pending_doc_ids(con, "parse", PARSE_VERSION)):
        docs = con.execute("SELECT doc_id, source_path, format, raw_text, hint_title, "
                           f"hint_outlet, hint_date FROM documents WHERE doc_id {IN_IDS} "
                           "ORDER BY doc_id", [batch]).pl()
        rows, removed, problems = [], [], []
        for doc in docs.iter_rows(named=True):
            try:
                parsed = parse_document(doc["format"], doc["raw_text"], doc["hint_title"],
                                        doc["hint_outlet"], doc["hint_date"])
            except Exception as exc:  # a bad document must not stop the others
                problems.append(_problem(doc, "parse", "parse_failed",
                                         f"{type(exc).__name__}: {exc}"))
                continue
            if parsed.title is None:
                problems.append(_problem(doc, "parse", "no_title", "no title line found; the "
                                         "article is kept with a null title (filled from a "
                                         "duplicate when one has it)", "warning"))
            rows.append({"doc_id": doc["doc_id"], "title": parsed.title,
                         "standfirst": parsed.standfirst, "outlet": parsed.outlet,
                         "dateline": parsed.dateline, "published_date": parsed.published_date,
                         "date_source": parsed.date_source,
                         "body_line_count": len(parsed.body_lines),
                         "body_line_nos": [n for n, _ in parsed.body_lines],
                         "body_lines": [t for _, t in parsed.body_lines]})
            removed += [{"doc_id": doc["doc_id"], "line_no": r.line_no, "text": r.text,
                         "reason": r.reason, "stage": "parse"} for r in parsed.consumed]
        frame = pl.DataFrame(rows, schema=_PARSED_SCHEMA)
        checked = validate(ParsedArticleSchema, frame)
        problems += [_problem({"source_path": "", **r}, "parse", "schema_violation",
                              r["violation"]) for r in checked.invalid.iter_rows(named=True)]
        _write_stage(con, "parse", PARSE_VERSION, "parsed_articles", checked.valid,
                     _removed_frame(removed), problems, batch)
        report.counts["parsed"] += checked.valid.height
        report.counts["failed"] += len(problems) - sum(p["severity"] == "warning"
                                                       for p in problems)
        report.counts["no_title"] += checked.valid["title"].null_count()
        report.counts["no_date"] += checked.valid["published_date"].null_count()
        report.record("parsed_articles", checked)
        previews.append(checked.valid.select("doc_id", "title", "outlet", "dateline",
                                             "published_date", "date_source").head(10))
    report.preview = pl.concat(previews) if previews else None
    return report


def run_clean(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Clean every parsed article not yet cleaned at CLEAN_VERSION."""
    report = StageReport(counts={"cleaned": 0, "failed": 0, "lines_removed": 0,
                                 "empty_body": 0})
    previews = []
    pending = pending_doc_ids(con, "clean", CLEAN_VERSION, upstream="parsed_articles")
    for batch in _batches(pending):
        docs = con.execute("SELECT p.doc_id, d.source_path, p.title, p.body_line_nos, "
                           "p.body_lines FROM parsed_articles p JOIN documents d USING (doc_id) "
                           f"WHERE doc_id {IN_IDS} ORDER BY doc_id", [batch]).pl()
        rows, removed, problems = [], [], []
        for doc in docs.iter_rows(named=True):
            try:
                lines = tuple(zip(doc["body_line_nos"], doc["body_lines"], strict=True))
                cleaned = clean_body(lines, title=doc["title"])
            except Exception as exc:
                problems.append(_problem(doc, "clean", "clean_failed",
                                         f"{type(exc).__name__}: {exc}"))
                continue
            body = cleaned.body
            if not body.strip():
                problems.append(_problem(doc, "clean", "empty_body", "no article text left "
                                         "after removing boilerplate; see removed_lines",
                                         "warning"))
            rows.append({"doc_id": doc["doc_id"], "body": body,
                         "paragraph_count": len(cleaned.paragraphs),
                         "word_count": len(body.split()), "language": guess_language(body),
                         "text_hash": text_hash(body), "minhash": minhash_signature(body)})
            removed += [{"doc_id": doc["doc_id"], "line_no": r.line_no, "text": r.text,
                         "reason": r.reason, "stage": "clean"} for r in cleaned.removed]
        frame = pl.DataFrame(rows, schema=_CLEAN_SCHEMA)
        checked = validate(CleanArticleSchema, frame)
        removed_frame = _removed_frame(removed)
        removed_checked = validate(RemovedLineSchema, removed_frame)
        _write_stage(con, "clean", CLEAN_VERSION, "clean_articles", checked.valid,
                     removed_checked.valid, problems, batch)
        report.counts["cleaned"] += checked.valid.height
        report.counts["failed"] += sum(p["severity"] == "error" for p in problems)
        report.counts["empty_body"] += sum(p["error"] == "empty_body" for p in problems)
        report.counts["lines_removed"] += removed_checked.valid.height
        report.record("clean_articles", checked)
        report.record("removed_lines", removed_checked)
        previews.append(removed_checked.valid.head(10))
    report.preview = pl.concat(previews) if previews else None
    return report


def run_dedupe(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Recluster all cleaned articles (LSH, sub-quadratic) and replace `article_clusters`."""
    fingerprint = stage_fingerprint(con, DEDUPE_INPUTS)
    if is_current(con, "articles", fingerprint):
        return unchanged(con, "article_clusters", count_as="articles")
    articles = con.execute("""
        SELECT c.doc_id, c.text_hash, c.minhash, c.word_count,
               (p.title IS NOT NULL)::INT + (p.published_date IS NOT NULL)::INT
                 + (p.outlet IS NOT NULL)::INT AS metadata_score
        FROM clean_articles c JOIN parsed_articles p USING (doc_id)
        WHERE c.word_count > 0 ORDER BY c.doc_id""").pl()
    clusters = cluster_articles(articles) if articles.height else pl.DataFrame(
        schema={"doc_id": pl.String, "cluster_id": pl.String, "is_canonical": pl.Boolean,
                "cluster_size": pl.Int64, "duplicate_kind": pl.String})
    checked = validate(ArticleClusterSchema, clusters)
    con.execute("BEGIN")
    replace_table(con, "article_clusters", checked.valid)
    remember(con, "articles", fingerprint)
    con.execute("COMMIT")
    multi = checked.valid.filter(pl.col("cluster_size") > 1)
    report = StageReport(
        counts={"articles": checked.valid.height,
                "clusters": checked.valid["cluster_id"].n_unique(),
                "duplicate_clusters": multi["cluster_id"].n_unique(),
                "articles_in_duplicate_clusters": multi.height},

        preview=multi.sort("cluster_id"),
    )
    report.record("article_clusters", checked)
    return report


_PARSED_SCHEMA = {"doc_id": pl.String, "title": pl.String, "standfirst": pl.String,
                  "outlet": pl.String, "dateline": pl.String, "published_date": pl.Date,
                  "date_source": pl.String, "body_line_count": pl.Int64,
                  "body_line_nos": pl.List(pl.Int64), "body_lines": pl.List(pl.String)}
_CLEAN_SCHEMA = {"doc_id": pl.String, "body": pl.String, "paragraph_count": pl.Int64,
                 "word_count": pl.Int64, "language": pl.String, "text_hash": pl.String,
                 "minhash": pl.List(pl.UInt64)}
