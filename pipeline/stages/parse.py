"""Parse stage: each new document's header fields (title, outlet, date…) and body lines."""

from __future__ import annotations

import datetime as dt

import duckdb
import polars as pl

from pipeline.models import ParsedArticleSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.stages.common import quarantine_row, schema_violations
from pipeline.stages.per_document import batches, removed_frame, write_stage
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import IN_IDS, pending_doc_ids
from pipeline.text.dates import filename_date
from pipeline.text.parsing import ParseHints, parse_text
from pipeline.text.records import ParsedArticle

PARSE_VERSION = 5  # 2: headline-shaped first rows, wire agencies, dates from file names;
# 3: "MARK (HOST):" is a transcript's label, not a dateline with an agency; 4: a row that runs on
# with a comma or a colon is no headline or standfirst (Hansard's label over the motion it moves);
# 5: a paragraph's lone closing guillemet is a separator, kept ("#2 ann \u00bb 11 Feb 19:42":
# normalize.py), not a quotation mark


def parse_document(
    fmt: str, raw_text: str, hint_title: str | None = None, hint_outlet: str | None = None,
    hint_date: dt.date | None = None, source_path: str | None = None,
) -> ParsedArticle:
    """Header fields and body lines of one raw document of any format (`source_path` lends
    its file name's date when nothing in the document dates it)."""
    # ftfy and trafilatura (0.3 s of imports) load only when there is something to parse,
    # trafilatura only for a web page
    from pipeline.text.normalize import normalize_text

    if fmt == "html":
        from pipeline.text.html import html_to_text

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
        filename_date=filename_date(source_path) if source_path else None,
    )
    return parse_text(normalize_text(text), hints=hints)


def run_parse(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Parse every document not yet parsed at PARSE_VERSION."""
    report = StageReport(counts={"parsed": 0, "failed": 0, "no_title": 0, "no_date": 0})
    previews = []
    for batch in batches(pending_doc_ids(con, "parse", PARSE_VERSION)):
        docs = con.execute("SELECT doc_id, source_path, format, raw_text, hint_title, "
                           f"hint_outlet, hint_date FROM documents WHERE doc_id {IN_IDS} "
                           "ORDER BY doc_id", [batch]).pl()
        rows, removed, problems = [], [], []
        for doc in docs.iter_rows(named=True):
            try:
                parsed = parse_document(doc["format"], doc["raw_text"], doc["hint_title"],
                                        doc["hint_outlet"], doc["hint_date"],
                                        doc["source_path"])
            except Exception as exc:  # a bad document must not stop the others
                problems.append(quarantine_row(doc["source_path"], doc["doc_id"], "parse",
                                               "parse_failed", f"{type(exc).__name__}: {exc}"))
                continue
            if parsed.title is None:
                problems.append(quarantine_row(
                    doc["source_path"], doc["doc_id"], "parse", "no_title",
                    "no title line found; the article is kept with a null title (filled from "
                    "a duplicate when one has it)", "warning"))
            rows.append({"doc_id": doc["doc_id"], "title": parsed.title,
                         "standfirst": parsed.standfirst, "outlet": parsed.outlet,
                         "wire": parsed.wire,
                         "dateline": parsed.dateline, "published_date": parsed.published_date,
                         "date_source": parsed.date_source,
                         "body_line_count": len(parsed.body_lines),
                         "body_line_nos": [n for n, _ in parsed.body_lines],
                         "body_lines": [t for _, t in parsed.body_lines]})
            removed += [{"doc_id": doc["doc_id"], "line_no": r.line_no, "text": r.text,
                         "reason": r.reason, "stage": "parse"} for r in parsed.consumed]
        frame = pl.DataFrame(rows, schema=polars_schema(ParsedArticleSchema))
        checked = validate(ParsedArticleSchema, frame)
        paths = dict(zip(docs["doc_id"], docs["source_path"], strict=True))
        problems += schema_violations(checked, "parse", paths)
        write_stage(con, "parse", PARSE_VERSION, "parsed_articles", checked.valid,
                    removed_frame(removed), problems, batch)
        report.counts["parsed"] += checked.valid.height
        report.counts["failed"] += len(problems) - sum(p["severity"] == "warning"
                                                       for p in problems)
        report.counts["no_title"] += checked.valid["title"].null_count()
        report.counts["no_date"] += checked.valid["published_date"].null_count()
        report.record("parsed_articles", checked)
        previews.append(checked.valid.select("doc_id", "title", "outlet", "wire", "dateline",
                                             "published_date", "date_source").head(10))
    report.preview = pl.concat(previews) if previews else None
    return report
