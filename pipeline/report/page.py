"""The claims report page: one self-contained HTML file rendered from a Jinja template.

The page (`templates/claims_report.html.j2`): per watchlist topic the chart with the Vega
JavaScript inlined (no network fetches), a table of every claim and a table of its
contradictions; then the claims on no topic (the ``max_other`` most recent, the page says how
many it leaves to SQL); then the articles, each claim's sentence shown with the claim
highlighted (anchor ``#claim-<claim_id>``), title, outlet, date and source file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import jinja2
import polars as pl
from markupsafe import Markup

from pipeline.report.chart import (
    POLARITY_COLOURS,
    POLARITY_WORDS,
    chart_caption,
    timeline_chart,
    vega_bundle,
)
from pipeline.report.data import (
    MAX_OTHER,
    TopicTimeline,
    article_entries,
    claims_without_topic,
    contradiction_partners,
    prepare,
)

REPORT_NAME = "claims_report"
TEMPLATE = "claims_report.html.j2"

ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("pipeline.report", "templates"), autoescape=True,
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def report_paths(database: str | Path) -> tuple[Path, Path]:
    """Where the report of ``database`` goes: ``<dir>/<stem>_report/claims_report.{html,png}``."""
    database = Path(database)
    folder = database.with_name(f"{database.stem}_report")
    return folder / f"{REPORT_NAME}.html", folder / f"{REPORT_NAME}.png"


def render_html(
    claims: pl.DataFrame, timelines: Sequence[TopicTimeline], *,
    generated_at: str | None = None, database: str | None = None, max_other: int = MAX_OTHER,
    total: int | None = None, other_total: int | None = None,
) -> str:
    """The whole report page: charts (interactive, JS inlined), tables, articles.

    ``claims`` may leave out all but the newest ``max_other`` claims on no topic (see
    `pipeline.stages.report.REPORT_CLAIMS_SQL`) when ``total`` and ``other_total`` give the
    full counts.
    """
    claims = prepare(claims)
    other = claims_without_topic(claims)
    listed_other = other.head(max_other)
    listed = claims.filter((pl.col("topics").list.len().fill_null(0) > 0)
                           | pl.col("claim_id").is_in(listed_other["claim_id"].implode()))
    sections = [{
        "timeline": t, "anchor": f"topic-{number}", "claims": t.claims.to_dicts(),
        "pairs": t.pairs.to_dicts(), "caption": chart_caption(t) if t.claims.height else "",
        "spec": Markup(script_json(timeline_chart(t, titled=False)
                                   .configure_view(stroke=None).to_dict()))
        if t.claims.height else None,
    } for number, t in enumerate(timelines)]
    return ENVIRONMENT.get_template(TEMPLATE).render(
        sections=sections, other=listed_other.to_dicts(),
        other_total=other.height if other_total is None else other_total,
        articles=article_entries(listed, contradiction_partners(timelines)),
        total=claims.height if total is None else total,
        pair_count=sum(t.pairs.height for t in timelines),
        generated_at=generated_at, database=database,
        bundle=Markup(vega_bundle()) if any(s["spec"] for s in sections) else None,
        colours=POLARITY_COLOURS, words=POLARITY_WORDS,
    )


def script_json(value: object) -> str:
    """JSON safe to place inside a <script> element."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))
