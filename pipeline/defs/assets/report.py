"""Claims group: the claims report, an HTML page and a PNG of its chart next to the database."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import dagster as dg

from pipeline.defs.resources import Warehouse
from pipeline.defs.results import OWNERS
from pipeline.report.page import (
    MAX_OTHER,
    TopicTimeline,
    render_html,
    render_png,
    report_paths,
    topic_timelines,
)
from pipeline.stages.claims import load_watchlist
from pipeline.store.database import now
from pipeline.store.fingerprints import ALL_COLUMNS, is_current, remember, stage_fingerprint

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
# What the report reads: table -> columns whose values it depends on.
REPORT_INPUTS = {
    "claims": ALL_COLUMNS, "contradictions": ALL_COLUMNS,
    "claim_candidates": "claim_id, sentence_start, sentence_end",
    "articles": "doc_id, title, published_date, source_path, length(body)",
}
PREVIEW_MAX_BYTES = 1_000_000  # a larger preview is not inlined in the metadata (see `png`)


@dg.asset(
    group_name="claims", kinds={"python", "html"}, owners=OWNERS, deps=["contradictions"],
    description="An HTML page (and a PNG of its chart) next to the database, in "
                "`<db name>_report/`: per watchlist topic a timeline of claims by speaker "
                "(colour = polarity, shape = outlet), lines between contradicting claims, and "
                "every claim linked to its sentence in its article. Self-contained, no network.",
)
def claims_report(warehouse: Warehouse) -> dg.MaterializeResult:
    topics = [(t.id, t.description) for t in load_watchlist(os.environ.get("CLAIMTRAIL_TOPICS"))]
    html_path, png_path = report_paths(warehouse.database)
    paths = {"html": dg.MetadataValue.path(str(html_path.resolve())),
             "png": dg.MetadataValue.path(str(png_path.resolve()))}
    with warehouse.writer() as con:
        fingerprint = stage_fingerprint(con, REPORT_INPUTS, repr(topics))
        if html_path.exists() and png_path.exists() and is_current(
                con, "claims_report", fingerprint):
            return dg.MaterializeResult(metadata={**paths, "rebuilt": False})
        claims = con.execute(REPORT_CLAIMS_SQL).pl()
        total, other_total = con.execute(CLAIM_COUNTS_SQL).fetchone()
        contradictions = con.execute(
            "SELECT claim_id_a, claim_id_b, topic, reason, days_apart, similarity "
            "FROM contradictions").pl()
        timelines = topic_timelines(claims, contradictions, topics)
        html = render_html(claims, timelines, generated_at=f"{now():%Y-%m-%d %H:%M} UTC",
                           database=str(Path(warehouse.database).resolve()),
                           total=total, other_total=other_total)
        png = render_png(timelines)
        write_atomically(html_path, html.encode("utf-8"))
        write_atomically(png_path, png)
        remember(con, "claims_report", fingerprint)
    return dg.MaterializeResult(metadata={
        **paths, "rebuilt": True,
        "claims": dg.MetadataValue.int(total),
        "contradictions": dg.MetadataValue.int(contradictions.height),
        "charted_claims": dg.MetadataValue.int(sum(t.charted.height for t in timelines)),
        "topics": dg.MetadataValue.md(topics_table(timelines)),
        "preview": dg.MetadataValue.md(preview_markdown(png, html_path)),
    })


def topics_table(timelines: list[TopicTimeline]) -> str:
    rows = [f"| {t.topic} | {t.claims.height} | {t.charted.height} | {t.pairs.height} |"
            for t in timelines]
    return "\n".join(["| topic | claims | charted | contradictions |", "|---|---|---|---|",
                      *rows])


def preview_markdown(png: bytes, html_path: Path) -> str:
    """The chart inline (a data URI) when small enough, and where the full page is."""
    where = f"Full report: `{html_path.resolve()}`"
    if len(png) > PREVIEW_MAX_BYTES:
        return f"_Chart too large to inline ({len(png):,} bytes)._\n\n{where}"
    data = base64.b64encode(png).decode("ascii")
    return f"![claims by topic](data:image/png;base64,{data})\n\n{where}"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename (readers never see half)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    staging.write_bytes(data)
    os.replace(staging, path)

