"""The report stage: read claims, stances, positions and contradictions; write the report."""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path

import duckdb
import polars as pl

from pipeline.report.data import (
    MAX_OTHER,
    REPORT_CONTRADICTION_DTYPES,
    REPORT_POSITION_DTYPES,
    REPORT_STANCE_DTYPES,
    TopicTimeline,
    topic_timelines,
)
from pipeline.report.paths import report_paths
from pipeline.store.database import now
from pipeline.store.files import write_atomically
from pipeline.store.fingerprints import (
    ALL_COLUMNS,
    code_version,
    is_current,
    remember,
    stage_fingerprint,
)
from pipeline.trail.topics import Topic

STAGE = "claims_report"
PNG_STAGE = "claims_report.png"  # the chart's spec digest: an unchanged picture is not redrawn

# The claims the page shows (every claim on a topic, and the newest MAX_OTHER on none, so the
# report's memory does not grow with the corpus's off-topic claims) with their article and the
# sentence they were found in (offsets of the claim's span inside that sentence); a claim without
# a candidate row falls back to its own span.
REPORT_CLAIMS_SQL = f"""
WITH shown AS (
    SELECT c.*, a.title, a.published_date, a.source_path, a.body
    FROM claims c JOIN articles a USING (doc_id)
    WHERE coalesce(len(c.topics), 0) > 0
       OR c.claim_id IN (
           SELECT o.claim_id FROM claims o JOIN articles oa USING (doc_id)
           WHERE coalesce(len(o.topics), 0) = 0
           ORDER BY coalesce(o.claim_date, oa.published_date) DESC NULLS LAST, o.claim_id
           LIMIT {MAX_OTHER})
), spans AS (
    SELECT s.*, coalesce(k.sentence_start, s.start_char) AS sentence_start,
           coalesce(k.sentence_end, s.end_char) AS sentence_end
    FROM shown s LEFT JOIN claim_candidates k USING (claim_id)
)
SELECT claim_id, doc_id, topics, speaker, speaker_role, outlet, polarity, quote_type, cue,
       content, claim_date, date_basis, title, published_date, source_path, stance,
       statement_group_id,
       substr(body, sentence_start + 1, sentence_end - sentence_start) AS sentence,
       start_char - sentence_start AS highlight_start, end_char - sentence_start AS highlight_end
FROM spans ORDER BY doc_id, start_char
"""
CLAIM_COUNTS_SQL = """
SELECT count(*), count(*) FILTER (WHERE coalesce(len(topics), 0) = 0) FROM claims"""
CONTRADICTIONS_SQL = f"SELECT {', '.join(REPORT_CONTRADICTION_DTYPES)} FROM contradictions"
STANCES_SQL = f"SELECT {', '.join(REPORT_STANCE_DTYPES)} FROM claim_stances"
POSITIONS_SQL = f"SELECT {', '.join(REPORT_POSITION_DTYPES)} FROM positions"
# What the report reads: table -> columns whose values it depends on.
REPORT_INPUTS = {
    "claims": ALL_COLUMNS, "contradictions": ALL_COLUMNS, "claim_stances": ALL_COLUMNS,
    "positions": ALL_COLUMNS,
    "claim_candidates": "claim_id, sentence_start, sentence_end",
    "articles": "doc_id, title, published_date, source_path", "clean_articles": "doc_id, text_hash",
}
# Tables and columns the report needs (checked first: a clear error, not a SQL one).
REQUIRED_COLUMNS = {
    "claims": ("claim_id", "topics", "stance", "statement_group_id"),
    "claim_stances": tuple(REPORT_STANCE_DTYPES),
    "positions": tuple(REPORT_POSITION_DTYPES),
    "contradictions": tuple(REPORT_CONTRADICTION_DTYPES),
    "claim_candidates": ("claim_id", "sentence_start", "sentence_end"),
    "articles": ("doc_id", "title", "published_date", "source_path", "body"),
    "clean_articles": ("doc_id", "text_hash"),
}
PREVIEW_MAX_BYTES = 1_000_000  # a larger preview is not inlined in the metadata (see `png`)


@dataclass
class ReportOutcome:
    """Where the report files are and, when they were rebuilt, what went into them."""

    html_path: Path
    png_path: Path
    rebuilt: bool = True  # False: inputs unchanged since the last build, files left as they were
    claims: int = 0  # every claim in the database (the page lists those on topics and the newest)
    contradictions: int = 0
    timelines: list[TopicTimeline] = field(default_factory=list)
    png: bytes = b""

    @property
    def charted_claims(self) -> int:
        """Statements drawn on the charts (copies of one statement count once)."""
        return sum(t.charted.height for t in self.timelines)

    def topics_table(self) -> str:
        """Markdown per topic: claims, statements charted, lanes per side, contradictions."""
        rows = [f"| {t.topic} | {t.claims.height} | {t.charted.height} | "
                f"{lane_count(t, 'supports')} | {lane_count(t, 'refutes')} | {t.pairs.height} |"
                for t in self.timelines]
        return "\n".join(["| topic | claims | charted | supporters | opponents | "
                          "contradictions |", "|---|---|---|---|---|---|", *rows])

    def preview_markdown(self) -> str:
        """The chart inline (a data URI) when small enough, and where the full page is."""
        where = f"Full report: `{self.html_path.resolve()}`"
        if len(self.png) > PREVIEW_MAX_BYTES:
            return f"_Chart too large to inline ({len(self.png):,} bytes)._\n\n{where}"
        data = base64.b64encode(self.png).decode("ascii")
        return f"![claims by topic](data:image/png;base64,{data})\n\n{where}"


class ReportInputError(RuntimeError):
    """The database lacks a table or column the report reads (an older or unfinished build)."""


def lane_count(timeline: TopicTimeline, side: str) -> str:
    """Speakers drawn on a side, and how many more were left off ("12 (+3)")."""
    drawn = timeline.lanes.filter(timeline.lanes["stance"] == side).height
    more = timeline.hidden.get(side, (0, 0))[0]
    return f"{drawn} (+{more})" if more else str(drawn)


def check_inputs(con: duckdb.DuckDBPyConnection) -> None:
    """Raise ReportInputError naming every table or column the report needs but lacks."""
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()").fetchall():
        present.setdefault(table, set()).add(column)
    problems = [f"table {table} is missing" if table not in present else
                f"table {table} lacks columns {sorted(set(columns) - present[table])}"
                for table, columns in REQUIRED_COLUMNS.items()
                if table not in present or set(columns) - present[table]]
    if problems:
        raise ReportInputError("the claims report cannot be built: " + "; ".join(problems)
                               + " (run the claims, positions and contradictions stages first)")


def chart_digest(timelines: Sequence[TopicTimeline]) -> str:
    """Digest of everything the PNG is drawn from (the timelines and the code), so an
    unchanged picture is neither redrawn nor even specified again."""
    digest = hashlib.sha1(code_version().encode())
    for timeline in timelines:
        for value in (getattr(timeline, f.name) for f in fields(timeline)):
            if isinstance(value, pl.DataFrame):
                buffer = io.BytesIO()
                value.write_ipc(buffer)
                value = buffer.getvalue()
            digest.update(value if isinstance(value, bytes) else repr(value).encode())
    return digest.hexdigest()


def run_report(
    con: duckdb.DuckDBPyConnection, database: str | Path, topics: Sequence[Topic]
) -> ReportOutcome:
    """Write the claims report of ``database`` (HTML and PNG) unless it is already current.

    Raises ReportInputError when a table the report reads is missing.
    """
    check_inputs(con)
    described = [(t.id, t.description, t.proposition or "") for t in topics]
    html_path, png_path = report_paths(database)
    fingerprint = stage_fingerprint(con, REPORT_INPUTS, repr(described))
    if html_path.exists() and png_path.exists() and is_current(con, STAGE, fingerprint):
        return ReportOutcome(html_path, png_path, rebuilt=False)
    from pipeline.report.chart import png_spec, render_png  # altair, vl-convert: only to draw
    from pipeline.report.page import render_html

    claims = con.execute(REPORT_CLAIMS_SQL).pl()
    total, other_total = con.execute(CLAIM_COUNTS_SQL).fetchone()
    contradictions = con.execute(CONTRADICTIONS_SQL).pl()
    timelines = topic_timelines(claims, contradictions, described,
                                stances=con.execute(STANCES_SQL).pl(),
                                positions=con.execute(POSITIONS_SQL).pl())
    drawn = chart_digest(timelines)
    # The same picture (e.g. only off-topic claims changed) is not drawn again (~1 s); a new
    # one is drawn by vl-convert, which releases the GIL, while the page is rendered.
    redraw = not (png_path.exists() and is_current(con, PNG_STAGE, drawn))
    with ThreadPoolExecutor(1) as drawing:
        picture = (drawing.submit(render_png, timelines, spec=png_spec(timelines)) if redraw
                   else None)
        html = render_html(claims, timelines, generated_at=f"{now():%Y-%m-%d %H:%M} UTC",
                           database=str(Path(database).resolve()),
                           total=total, other_total=other_total)
        png = picture.result() if picture else png_path.read_bytes()
    if redraw:
        write_atomically(png_path, png)
    write_atomically(html_path, html.encode("utf-8"))
    remember(con, PNG_STAGE, drawn)
    remember(con, STAGE, fingerprint)
    return ReportOutcome(html_path, png_path, claims=total,
                         contradictions=contradictions.height, timelines=timelines, png=png)
