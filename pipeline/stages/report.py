"""The report stage: read claims and contradictions from DuckDB, write the claims report files.

The HTML page and the PNG of its chart go next to the database (see
`pipeline.report.page.report_paths`), each written atomically. They are rebuilt only when
something the report reads (or the watchlist, or the code) has changed since the last build.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipeline.report.chart import render_png
from pipeline.report.data import MAX_OTHER, TopicTimeline, topic_timelines
from pipeline.report.page import render_html, report_paths
from pipeline.store.database import now
from pipeline.store.files import write_atomically
from pipeline.store.fingerprints import ALL_COLUMNS, is_current, remember, stage_fingerprint
from pipeline.trail.topics import Topic

STAGE = "claims_report"

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
       content, claim_date, date_basis, title, published_date, source_path,
       substr(body, sentence_start + 1, sentence_end - sentence_start) AS sentence,
       start_char - sentence_start AS highlight_start, end_char - sentence_start AS highlight_end
FROM spans ORDER BY doc_id, start_char
"""
CLAIM_COUNTS_SQL = """
SELECT count(*), count(*) FILTER (WHERE coalesce(len(topics), 0) = 0) FROM claims"""
CONTRADICTIONS_SQL = ("SELECT claim_id_a, claim_id_b, topic, reason, days_apart, similarity "
                      "FROM contradictions")
# What the report reads: table -> columns whose values it depends on.
REPORT_INPUTS = {
    "claims": ALL_COLUMNS, "contradictions": ALL_COLUMNS,
    "claim_candidates": "claim_id, sentence_start, sentence_end",
    "articles": "doc_id, title, published_date, source_path, length(body)",
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
        return sum(t.charted.height for t in self.timelines)

    def topics_table(self) -> str:
        """Markdown: claims, charted claims and contradictions per topic."""
        rows = [f"| {t.topic} | {t.claims.height} | {t.charted.height} | {t.pairs.height} |"
                for t in self.timelines]
        return "\n".join(["| topic | claims | charted | contradictions |", "|---|---|---|---|",
                          *rows])

    def preview_markdown(self) -> str:
        """The chart inline (a data URI) when small enough, and where the full page is."""
        where = f"Full report: `{self.html_path.resolve()}`"
        if len(self.png) > PREVIEW_MAX_BYTES:
            return f"_Chart too large to inline ({len(self.png):,} bytes)._\n\n{where}"
        data = base64.b64encode(self.png).decode("ascii")
        return f"![claims by topic](data:image/png;base64,{data})\n\n{where}"


def run_report(
    con: duckdb.DuckDBPyConnection, database: str | Path, topics: Sequence[Topic]
) -> ReportOutcome:
    """Write the claims report of ``database`` (HTML and PNG) unless it is already current."""
    described = [(t.id, t.description) for t in topics]
    html_path, png_path = report_paths(database)
    fingerprint = stage_fingerprint(con, REPORT_INPUTS, repr(described))
    if html_path.exists() and png_path.exists() and is_current(con, STAGE, fingerprint):
        return ReportOutcome(html_path, png_path, rebuilt=False)
    claims = con.execute(REPORT_CLAIMS_SQL).pl()
    total, other_total = con.execute(CLAIM_COUNTS_SQL).fetchone()
    contradictions = con.execute(CONTRADICTIONS_SQL).pl()
    timelines = topic_timelines(claims, contradictions, described)
    html = render_html(claims, timelines, generated_at=f"{now():%Y-%m-%d %H:%M} UTC",
                       database=str(Path(database).resolve()),
                       total=total, other_total=other_total)
    png = render_png(timelines)
    write_atomically(html_path, html.encode("utf-8"))
    write_atomically(png_path, png)
    remember(con, STAGE, fingerprint)
    return ReportOutcome(html_path, png_path, claims=total,
                         contradictions=contradictions.height, timelines=timelines, png=png)
