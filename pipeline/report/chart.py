"""The claims report's chart: one Vega-Lite timeline per topic (altair), its PNG, the Vega JS.

A timeline per topic, a lane per speaker, claims placed by `claim_date`, else by the article's
`published_date` (hollow marks), else in a grey "undated" band at the right; colour = polarity,
shape = outlet; a line joins the two claims of every contradiction. Each mark links to its
claim's sentence further down the page. The only I/O is a cache of the Vega JavaScript bundle
(building it takes vl-convert about a second).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert

from pipeline.report.data import TopicTimeline, contradiction_lines, undated_column
from pipeline.store.files import write_atomically

POLARITY_COLOURS = {"positive": "#2166ac", "negative": "#d6604d"}  # blue / red: colour-blind safe
POLARITY_WORDS = {"positive": "affirms", "negative": "denies"}
LINK_COLOUR = "#7b3294"
CHART_WIDTH = 760
LANE_HEIGHT = 26
SIMILAR = 0.3  # contradiction similarity drawn at full strength
TOOLTIP_CHARS = 180  # characters of a claim's content shown in its tooltip


def timeline_chart(timeline: TopicTimeline, titled: bool = True) -> alt.LayerChart:
    """The topic's timeline: lanes per speaker, marks per claim, a line per contradiction.

    ``titled``: topic, description and caption above the chart (the page has its own).
    """
    points = timeline.charted
    lanes = points.select("lane", "speaker").unique().sort("lane")["speaker"].to_list()
    dates = sorted(points["when"].drop_nulls().unique().to_list())
    has_undated = points["when"].null_count() > 0
    undated_x, undated_half = undated_column(len(dates))
    right = undated_x + undated_half if has_undated else len(dates) - 0.4

    step = math.ceil(len(dates) / 10) if dates else 1  # at most about 10 date labels
    ticks: list[float] = list(range(0, len(dates), step)) + ([undated_x] if has_undated else [])
    date_label = f"{json.dumps([d.isoformat() for d in dates])}[round(datum.value)] || ''"
    x = alt.X("x:Q", title=None, scale=alt.Scale(domain=[-0.6, right], nice=False, zero=False),
              axis=alt.Axis(values=ticks, grid=False, labelAngle=-30 if len(ticks) > 6 else 0,
                            labelExpr=f"datum.value == {undated_x} ? 'undated' : {date_label}"
                            if has_undated else date_label))
    y = alt.Y("y:Q", title=None,
              scale=alt.Scale(domain=[len(lanes) - 0.5, -0.5], nice=False, zero=False),
              axis=alt.Axis(values=list(range(len(lanes))), grid=True, labelLimit=230,
                            labelFontSize=11,
                            labelExpr=f"{json.dumps(lanes)}[round(datum.value)] || ''"))

    layers: list[alt.Chart] = []
    if has_undated:
        band = pl.DataFrame({"x": [undated_x - undated_half], "x2": [right]})
        layers.append(alt.Chart(band).mark_rect(color="#efefef").encode(x=x, x2="x2:Q"))
    gaps = date_gaps(dates)
    if not gaps.is_empty():
        layers.append(alt.Chart(gaps).mark_rule(color="#999", strokeDash=[4, 3]).encode(x=x))
        layers.append(alt.Chart(gaps).mark_text(angle=270, align="right", baseline="bottom",
                                                dx=-4, dy=-2, fontSize=10, color="#777")
                      .encode(x=x, y=alt.value(0), text="label:N"))

    links = contradiction_lines(timeline)
    if not links.is_empty():
        # Pairs whose statements share more words (similarity) are drawn darker.
        faint = min(0.3, max(0.04, 0.8 / math.sqrt(links["pair"].n_unique())))
        opacity = alt.Opacity("similarity:Q", legend=None,
                              scale=alt.Scale(domain=[0, SIMILAR], range=[faint, 0.9],
                                              clamp=True))
        layers.append(alt.Chart(links).mark_line(color=LINK_COLOUR, strokeWidth=1.2)
                      .encode(x=x, y=y, detail="pair:N", order="end:O", opacity=opacity,
                              tooltip=[alt.Tooltip("reason:N", title="contradiction")]))

    marks = points.with_columns(
        href=pl.lit("#claim-") + pl.col("claim_id"),
        outlet_shown=pl.col("outlet").fill_null("outlet unknown"),
        date_shown=pl.when(pl.col("when_kind") == "claim").then(pl.col("when").cast(pl.String))
        .when(pl.col("when_kind") == "article")
        .then(pl.col("when").cast(pl.String) + pl.lit(" (article date)"))
        .otherwise(pl.lit("undated")),
        says=pl.col("polarity").replace(POLARITY_WORDS),
        content_short=shorten(pl.col("content"), TOOLTIP_CHARS),
    ).select("x", "y", "href", "speaker", "speaker_role", "outlet_shown", "date_shown",
             "polarity", "says", "content_short", "title", "when_kind")
    colour = alt.Color("polarity:N", title="polarity", scale=alt.Scale(
        domain=list(POLARITY_COLOURS), range=list(POLARITY_COLOURS.values())),
        legend=alt.Legend(orient="top", labelExpr="datum.label == 'positive' ? "
                          "'positive (affirms)' : 'negative (denies)'"))
    shape = alt.Shape("outlet_shown:N", title="outlet", legend=alt.Legend(orient="top"))
    tooltip = [alt.Tooltip("speaker:N"), alt.Tooltip("speaker_role:N", title="role"),
               alt.Tooltip("outlet_shown:N", title="outlet"),
               alt.Tooltip("date_shown:N", title="date"),
               alt.Tooltip("says:N", title="polarity"),
               alt.Tooltip("content_short:N", title="claim"),
               alt.Tooltip("title:N", title="article")]
    base = alt.Chart(marks).encode(x=x, y=y, color=colour, shape=shape, href="href:N",
                                   tooltip=tooltip)
    layers.append(base.mark_point(filled=True, size=80, opacity=0.9)
                  .transform_filter("datum.when_kind != 'article'"))
    layers.append(base.mark_point(filled=False, size=80, strokeWidth=2, opacity=0.9)
                  .transform_filter("datum.when_kind == 'article'"))

    chart = alt.layer(*layers).properties(width=CHART_WIDTH, height=chart_height(len(lanes)))
    if titled:
        subtitle = [timeline.description] if timeline.description else []
        subtitle.append(chart_caption(timeline))
        chart = chart.properties(title=alt.Title(timeline.topic, subtitle=subtitle,
                                                 anchor="start"))
    return chart


def chart_height(lanes: int) -> int:
    """Roomy lanes for a few speakers, tighter ones (still legible) for many."""
    return max(60, lanes * (LANE_HEIGHT if lanes <= 40 else 15))


def date_gaps(dates: Sequence[dt.date], most: int = 5) -> pl.DataFrame:
    """The largest gaps between consecutive charted dates (x between them, and a label)."""
    if len(dates) < 2:
        return pl.DataFrame(schema={"x": pl.Float64, "label": pl.String})
    span = (dates[-1] - dates[0]).days
    gaps = [(i - 0.5, (dates[i] - dates[i - 1]).days) for i in range(1, len(dates))]
    big = sorted((g for g in gaps if g[1] >= max(30, span / 4)), key=lambda g: -g[1])[:most]
    return pl.DataFrame({"x": [g[0] for g in big], "label": [gap_words(g[1]) for g in big]},
                        schema={"x": pl.Float64, "label": pl.String})


def gap_words(days: int) -> str:
    """A gap between two dates in words ("3 years later", "5 months later", "40 days later")."""
    if days >= 730:
        return f"{days / 365.25:.0f} years later"
    if days >= 60:
        return f"{days / 30.4:.0f} months later"
    return f"{days} days later"


def chart_caption(timeline: TopicTimeline) -> str:
    """What the chart shows, in one line (the cap, if any, and how to read it)."""
    shown, total = timeline.charted.height, timeline.claims.height
    links = contradiction_lines(timeline)["pair"].n_unique() if timeline.pairs.height else 0
    text = (f"{total} claims, {timeline.pairs.height} contradictions"
            if not timeline.capped else
            f"showing the {shown} most recent of {total} claims (all are listed in the report)"
            f", {links} of {timeline.pairs.height} contradictions")
    return (f"{text}. Dates in order, gaps not to scale. Filled: date of the statement; "
            "hollow: the article's date; lines join contradicting claims, darker when the two "
            "statements share more words.")


def shorten(expr: pl.Expr, limit: int) -> pl.Expr:
    """``expr`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    return (pl.when(expr.str.len_chars() > limit)
            .then(expr.str.slice(0, limit - 1) + pl.lit("…")).otherwise(expr))


def report_chart(timelines: Sequence[TopicTimeline]) -> alt.TopLevelMixin:
    """Every topic's timeline stacked, or a single line saying there is nothing to chart."""
    charts = [timeline_chart(t) for t in timelines if t.claims.height]
    title = alt.Title("Claims by watchlist topic", fontSize=16, anchor="start",
                      subtitle="claimtrail · click-through version: claims_report.html")
    if not charts:
        message = pl.DataFrame({"text": ["No claims on any watchlist topic yet."]})
        return alt.Chart(message).mark_text(fontSize=16, color="#555").encode(
            text="text:N").properties(width=CHART_WIDTH, height=80, title=title)
    return alt.vconcat(*charts, spacing=40, title=title).resolve_scale(shape="independent")


def render_png(timelines: Sequence[TopicTimeline], scale: float = 1.5) -> bytes:
    """The report's chart as a PNG (rendered offline by vl-convert)."""
    spec = report_chart(timelines).configure_view(stroke=None).to_dict()
    return vl_convert.vegalite_to_png(spec, scale=scale)


@cache
def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one inline script (no CDN), cached on disk."""
    version = "_".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    cached = bundle_cache_dir() / f"vega-bundle-{vl_convert.__version__}-v{version}.js"
    try:
        bundle = cached.read_text(encoding="utf-8")
    except OSError:
        bundle = vl_convert.javascript_bundle(vl_version=f"v{version}")
        with contextlib.suppress(OSError):  # a cache that cannot be written is skipped
            write_atomically(cached, bundle.encode("utf-8"))
    if "</script" in bundle.lower():  # would end the inline <script> early
        raise ValueError("the Vega bundle contains '</script'; it cannot be inlined")
    return bundle


def bundle_cache_dir() -> Path:
    """$CLAIMTRAIL_CACHE, else $XDG_CACHE_HOME/claimtrail, else ~/.cache/claimtrail."""
    if folder := os.environ.get("CLAIMTRAIL_CACHE"):
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimtrail"
