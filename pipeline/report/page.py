"""The claims report page: one self-contained HTML file rendered from a Jinja template."""

from __future__ import annotations

import json
from collections.abc import Sequence

import jinja2
import polars as pl
from markupsafe import Markup

from pipeline.report.chart import (
    NEUTRAL_COLOUR,
    POLARITY_WORDS,
    STANCE_COLOURS,
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
    split_sentence,
)
from pipeline.report.paths import REPORT_NAME, report_paths

__all__ = ["REPORT_NAME", "TEMPLATE", "render_html", "report_paths"]

TEMPLATE = "claims_report.html.j2"

ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("pipeline.report", "templates"), autoescape=True,
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_html(
    claims: pl.DataFrame, timelines: Sequence[TopicTimeline], *,
    generated_at: str | None = None, database: str | None = None, max_other: int = MAX_OTHER,
    total: int | None = None, other_total: int | None = None,
) -> str:
    """The whole report page: per topic the camps' chart (interactive, JS inlined), its
    contradictions ranked, its claims; then claims on no topic; then the articles, each claim's
    sentence highlighted under the anchor ``#claim-<claim_id>``.

    ``claims`` may leave out all but the newest ``max_other`` claims on no topic (see
    `pipeline.stages.report.REPORT_CLAIMS_SQL`) when ``total`` and ``other_total`` give the
    full counts.
    """
    claims = prepare(claims)
    other = claims_without_topic(claims)
    listed_other = other.head(max_other)
    listed = claims.filter((pl.col("topics").list.len().fill_null(0) > 0)
                           | pl.col("claim_id").is_in(listed_other["claim_id"].implode()))
    sections = [section(number, t) for number, t in enumerate(timelines)]
    return ENVIRONMENT.get_template(TEMPLATE).render(
        sections=sections, other=listed_other.to_dicts(),
        other_total=other.height if other_total is None else other_total,
        articles=article_entries(listed, contradiction_partners(timelines)),
        total=claims.height if total is None else total,
        pair_count=sum(t.pairs.height for t in timelines),
        generated_at=generated_at, database=database,
        bundle=Markup(vega_bundle()) if any(s["spec"] for s in sections) else None,
        colours=STANCE_COLOURS, neutral_colour=NEUTRAL_COLOUR, words=POLARITY_WORDS,
    )


def section(number: int, timeline: TopicTimeline) -> dict:
    """What the template shows of one topic."""
    charted = timeline.lanes.height > 0
    spec = (timeline_chart(timeline, titled=False).configure_view(stroke=None)
            .to_dict(validate=False) if charted else None)  # tests check it (`spec_of`)
    return {
        "timeline": timeline, "anchor": f"topic-{number}", "claims": timeline.claims.to_dicts(),
        "pairs": [pair_entry(p) for p in timeline.pairs.to_dicts()],
        "caption": chart_caption(timeline) if charted else "",
        "spec": Markup(script_json(spec)) if charted else None,
    }


def pair_entry(pair: dict) -> dict:
    """A ranked contradiction with each side's evidence sentence split around the claim."""
    for side in ("a", "b"):
        pair[f"sentence_{side}"] = split_sentence({
            "sentence": pair[f"sentence_{side}"], "content": pair[f"content_{side}"],
            "highlight_start": pair[f"highlight_start_{side}"],
            "highlight_end": pair[f"highlight_end_{side}"]})
    return pair


def script_json(value: object) -> str:
    """JSON safe to place inside a <script> element."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))
