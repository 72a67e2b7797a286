"""The claims report's chart: per topic the two camps on a timeline (altair), PNG, Vega JS."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert

from pipeline.report.data import (
    MAX_CONNECTORS,
    MAX_LANES_PER_SIDE,
    MAX_PER_TOPIC,
    SIDE_SIGN,
    TopicTimeline,
    contradiction_lines,
)
from pipeline.store.files import write_atomically

STANCE_COLOURS = {"supports": "#2166ac", "refutes": "#d6604d"}  # blue / red: colour-blind safe
NEUTRAL_COLOUR = "#8c8c8c"
POLARITY_COLOURS = {"positive": "#2166ac", "negative": "#d6604d"}
POLARITY_WORDS = {"positive": "affirms", "negative": "denies"}
SIDE_WORDS = {"supports": "supporting", "refutes": "opposing"}
HALF_TINTS = {"supports": "#f3f7fb", "refutes": "#fcf4f1"}
LINK_COLOUR = "#7b3294"
CHART_WIDTH = 760
LANE_HEIGHT = 24
LABEL_CHARS = 90  # characters of the proposition in the axis label
TOOLTIP_CHARS = 180  # characters of a claim's content shown in its tooltip
CAPTION_WIDTH = 125  # characters per caption line in the PNG
GAP_DAYS = 60  # a longer gap between dates (and a fifth of the span) is squeezed to GAP_PX
GAP_PX = 34
UNDATED_PX = 70  # the undated band at the right
TICK_PX = 120  # about one date label per this many pixels
DAY_MS = 86_400_000.0


def timeline_chart(timeline: TopicTimeline, titled: bool = True) -> alt.LayerChart:
    """The topic's camps: supporters' lanes above the axis, opponents' below, a mark per
    statement, a diamond where a speaker changed side, lines for the strongest contradictions.

    ``titled``: topic, description and caption above the chart (the page has its own).
    """
    lanes = timeline.lanes
    above = max(1, int(lanes["y"].max() or 0))
    below = max(1, -int(lanes["y"].min() or 0))
    dates = [*timeline.charted["when"].drop_nulls(), *timeline.changes["when"]]
    axis = time_axis(dates, timeline.charted["when"].null_count() > 0)
    x = axis.encoding()
    y = alt.Y("y:Q", title=None,
              scale=alt.Scale(domain=[-below - 0.8, above + 0.8], nice=False, zero=False),
              axis=alt.Axis(values=lanes["y"].to_list(), grid=True, labelLimit=220,
                            labelFontSize=11, gridColor="#e6e6e6",
                            labelExpr=f"{json.dumps(lane_labels(lanes))}['' + datum.value]"
                                      " || ''"))
    layers = [*halves(above, below, y), *gap_layers(axis, x, y), *axis_layers(timeline, y),
              *link_layers(timeline, axis, x, y), *mark_layers(timeline, axis, x, y),
              *change_layers(timeline, axis, x, y)]
    chart = alt.layer(*layers).properties(width=CHART_WIDTH,
                                          height=(above + below + 1.6) * LANE_HEIGHT + 20)
    if titled:
        subtitle = [timeline.description] if timeline.description else []
        subtitle += textwrap.wrap(chart_caption(timeline), CAPTION_WIDTH)
        chart = chart.properties(title=alt.Title(timeline.topic, subtitle=subtitle,
                                                 anchor="start"))
    return chart


@dataclass(frozen=True)
class TimeAxis:
    """A time scale with long gaps squeezed: each run of dates to scale, a gap of GAP_PX
    between runs (labelled "5 years later"), and an "undated" band at the right."""

    domain: list[float]  # ms since the epoch, piecewise
    range: list[float]  # pixels, one per domain point
    ticks: list[float]
    gaps: list[tuple[float, str]]  # (ms at the gap's middle, words)
    undated: tuple[float, float] | None  # (ms where the band starts, ms of its middle)

    def place(self, when: dt.date | None) -> float:
        """Where a date (or an undated statement) sits on the axis, in ms."""
        return ms(when) if when is not None else (self.undated or (0.0, 0.0))[1]

    def pixel(self, value: float) -> float:
        """Where ``value`` (ms) is drawn, in pixels from the left."""
        return piecewise(value, self.domain, self.range)

    def value(self, pixel: float) -> float:
        """The ms drawn at ``pixel``."""
        return piecewise(pixel, self.range, self.domain)

    def encoding(self) -> alt.X:
        labels = "utcFormat(datum.value, '%-d %b %Y')"
        if self.undated:
            labels = f"datum.value == {self.undated[1]} ? 'undated' : {labels}"
        return alt.X("at:Q", title=None,
                     scale=alt.Scale(domain=self.domain, range=self.range, nice=False),
                     axis=alt.Axis(values=self.ticks, labelExpr=labels, grid=False,
                                   labelOverlap="greedy", labelAngle=0, labelFontSize=10))


def piecewise(x: float, xs: Sequence[float], ys: Sequence[float]) -> float:
    """Linear interpolation of ``x`` through the points (xs, ys), xs ascending."""
    for i in range(1, len(xs)):
        if x <= xs[i] or i == len(xs) - 1:
            span = xs[i] - xs[i - 1]
            return ys[i - 1] + (ys[i] - ys[i - 1]) * ((x - xs[i - 1]) / span if span else 0)
    return ys[0]


def ms(day: dt.date) -> float:
    return (day - dt.date(1970, 1, 1)).days * DAY_MS


def time_axis(dates: Sequence[dt.date], undated: bool) -> TimeAxis:
    """The axis of ``dates`` (and an undated band when ``undated``)."""
    runs = date_runs(sorted(set(dates)))
    band = UNDATED_PX if undated else 0
    pads = [dt.timedelta(days=max(2, (b - a).days // 20)) for a, b in runs]
    weights = [max((b - a).days, 1) + 2 * p.days for (a, b), p in zip(runs, pads, strict=True)]
    weights = [max(w, sum(weights) * 0.15) for w in weights]
    width = CHART_WIDTH - band - GAP_PX * max(len(runs) - 1, 0)
    domain, pixels, ticks, gaps, x = [], [], [], [], 0.0
    for i, ((a, b), pad) in enumerate(zip(runs, pads, strict=True)):
        if i:
            x += GAP_PX
            gaps.append(((ms(runs[i - 1][1] + pads[i - 1]) + ms(a - pad)) / 2,
                         gap_words((a - runs[i - 1][1]).days)))
        share = width * weights[i] / sum(weights)
        domain += [ms(a - pad), ms(b + pad)]
        pixels += [x, x + share]
        ticks += run_ticks(a, b, share)
        x += share
    start = domain[-1] + DAY_MS if domain else 0.0
    middle = start + DAY_MS / 2
    if undated:
        domain += [start, start + DAY_MS]
        pixels += [x + (GAP_PX / 2 if runs else 0), CHART_WIDTH]
        ticks.append(middle)
    return TimeAxis(domain or [0.0, DAY_MS], pixels or [0.0, CHART_WIDTH], ticks, gaps,
                    (start, middle) if undated else None)


def date_runs(dates: Sequence[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Runs of dates split at gaps longer than GAP_DAYS and a fifth of the whole span."""
    if not dates:
        return []
    split = max(GAP_DAYS, (dates[-1] - dates[0]).days / 5)
    runs = [[dates[0], dates[0]]]
    for day in dates[1:]:
        if (day - runs[-1][1]).days > split:
            runs.append([day, day])
        else:
            runs[-1][1] = day
    return [(a, b) for a, b in runs]


def run_ticks(first: dt.date, last: dt.date, pixels: float) -> list[float]:
    """Dates to label within a run: about one per TICK_PX, first and last included."""
    count = min(max(1, int(pixels // TICK_PX)), (last - first).days)
    step = (last - first) / count if count else dt.timedelta(0)
    return [ms(first + step * k) for k in range(count + 1)] if count else [ms(first)]


def gap_words(days: int) -> str:
    """A gap between two dates in words ("3 years later", "5 months later", "40 days later")."""
    if days >= 730:
        return f"{days / 365.25:.0f} years later"
    if days >= 60:
        return f"{days / 30.4:.0f} months later"
    return f"{days} days later"


def lane_labels(lanes: pl.DataFrame) -> dict[str, str]:
    """Axis label per lane position: the speaker (marked when they changed side)."""
    return {f"{y:g}": speaker + (" (changed side)" if changed else "")
            for y, speaker, changed in lanes.select("y", "speaker", "changed").iter_rows()}


def halves(above: int, below: int, y: alt.Y) -> list[alt.Chart]:
    """Tinted backgrounds of the two camps."""
    bands = pl.DataFrame({"y": [0.0, -below - 0.8], "y2": [above + 0.8, 0.0],
                          "tint": [HALF_TINTS["supports"], HALF_TINTS["refutes"]]})
    return [alt.Chart(bands).mark_rect().encode(
        y=y, y2="y2:Q", color=alt.Color("tint:N", scale=None))]


def gap_layers(axis: TimeAxis, x: alt.X, y: alt.Y) -> list[alt.Chart]:
    """The undated band (grey) and a dashed rule with words at each squeezed gap."""
    layers = []
    if axis.undated:
        band = pl.DataFrame({"at": [axis.undated[0]], "at2": [axis.domain[-1]]})
        layers.append(alt.Chart(band).mark_rect(color="#e9e9e9").encode(x=x, x2="at2:Q"))
    if axis.gaps:
        gaps = pl.DataFrame(axis.gaps, schema={"at": pl.Float64, "label": pl.String},
                            orient="row")
        layers.append(alt.Chart(gaps).mark_rule(color="#999", strokeDash=[4, 3]).encode(x=x))
        layers.append(alt.Chart(gaps).mark_text(angle=270, align="right", baseline="bottom",
                                                dx=-4, dy=-2, fontSize=10, color="#666")
                      .encode(x=x, y=alt.value(0), text="label:N"))
    return layers


def axis_layers(timeline: TopicTimeline, y: alt.Y) -> list[alt.Chart]:
    """The axis between the camps, labelled with the proposition each side takes, and the
    "+k more speakers" notes at the outer edge of a capped camp."""
    proposition = shorten_text(timeline.proposition or timeline.topic, LABEL_CHARS)
    layers = [alt.Chart(pl.DataFrame({"y": [0.0]})).mark_rule(color="#333", strokeWidth=1.5)
              .encode(y=y)]
    for side, text, dy in (("supports", f"▲ supports: {proposition}", -7),
                           ("refutes", "▼ refutes", 8)):
        layers.append(alt.Chart(pl.DataFrame({"y": [0.0], "text": [text]})).mark_text(
            align="left", dx=4, dy=dy, fontSize=11, fontWeight="bold",
            color=STANCE_COLOURS[side]).encode(x=alt.value(0), y=y, text="text:N"))
    notes = [(f"+{n} more {SIDE_WORDS[side]} speakers not drawn ({s} statements)",
              edge(timeline, SIDE_SIGN[side])) for side, (n, s) in timeline.hidden.items() if n]
    if notes:
        frame = pl.DataFrame(notes, schema={"text": pl.String, "y": pl.Float64}, orient="row")
        layers.append(alt.Chart(frame).mark_text(
            align="right", dx=-4, fontSize=10, fontStyle="italic", color="#555")
            .encode(x=alt.value(CHART_WIDTH), y=y, text="text:N"))
    return layers


def edge(timeline: TopicTimeline, sign: int) -> float:
    """y just inside the outer edge of a camp."""
    ys = [y * sign for y in timeline.lanes["y"] if y * sign > 0]
    return sign * (max(ys, default=1) + 0.55)


def link_layers(timeline: TopicTimeline, axis: TimeAxis, x: alt.X, y: alt.Y) -> list[alt.Chart]:
    """A line per drawn contradiction (at most MAX_CONNECTORS), numbered as in the list."""
    links = placed(contradiction_lines(timeline), axis)
    if links.is_empty():
        return []
    tooltip = [alt.Tooltip("rank:O", title="contradiction #"),
               alt.Tooltip("reason:N", title="why"), alt.Tooltip("strength:Q", format=".2f")]
    line = (alt.Chart(links).mark_line(color=LINK_COLOUR, strokeWidth=1.4, opacity=0.75)
            .encode(x=x, y=y, detail="rank:N", order="end:O", tooltip=tooltip))
    middle = along(links, axis, 0.75)
    label = (alt.Chart(middle.with_columns(text=pl.lit("#") + pl.col("rank").cast(pl.String)))
             .mark_text(color=LINK_COLOUR, fontWeight="bold", fontSize=11, dx=-11)
             .encode(x=x, y=y, text="text:N"))
    return [line, label]


def placed(frame: pl.DataFrame, axis: TimeAxis) -> pl.DataFrame:
    """``frame`` with `at`: where its `when` sits on ``axis`` (ms)."""
    return frame.with_columns(at=pl.Series([axis.place(w) for w in frame["when"]],
                                           dtype=pl.Float64))


def along(links: pl.DataFrame, axis: TimeAxis, share: float) -> pl.DataFrame:
    """Per line, the point ``share`` of the way (as drawn) from its first end to its second."""
    rows = []
    for (rank,), ends in links.sort("rank", "end").group_by("rank", maintain_order=True):
        (x0, y0), (x1, y1) = [(axis.pixel(a), y) for a, y in ends.select("at", "y").rows()]
        rows.append((rank, axis.value(x0 + share * (x1 - x0)), y0 + share * (y1 - y0)))
    return pl.DataFrame(rows, schema={"rank": pl.Int64, "at": pl.Float64, "y": pl.Float64},
                        orient="row")


def mark_layers(timeline: TopicTimeline, axis: TimeAxis, x: alt.X, y: alt.Y
                ) -> list[alt.Chart]:
    """A point per statement: colour = stance; filled when the statement itself is dated,
    hollow when placed at its article's date."""
    if timeline.charted.is_empty():
        return []
    marks = placed(timeline.charted, axis).with_columns(
        href=pl.lit("#claim-") + pl.col("claim_id"),
        outlets_shown=pl.col("outlets").list.join(", "),
        date_shown=pl.col("when").cast(pl.String).fill_null("undated")
        + pl.when(pl.col("when_kind") == "article").then(pl.lit(" (article date)"))
        .otherwise(pl.lit("")),
        content_short=shorten(pl.col("content"), TOOLTIP_CHARS),
    ).select("at", "y", "href", "speaker", "speaker_role", "outlets_shown", "date_shown",
             "stance", "copies", "content_short", "title", "when_kind")
    colour = alt.Color("stance:N", title="stance", scale=alt.Scale(
        domain=list(STANCE_COLOURS), range=list(STANCE_COLOURS.values())),
        legend=alt.Legend(orient="top"))
    tooltip = [alt.Tooltip("speaker:N"), alt.Tooltip("speaker_role:N", title="role"),
               alt.Tooltip("stance:N"), alt.Tooltip("date_shown:N", title="date"),
               alt.Tooltip("content_short:N", title="claim"),
               alt.Tooltip("copies:Q", title="articles carrying it"),
               alt.Tooltip("outlets_shown:N", title="outlets"),
               alt.Tooltip("title:N", title="article")]
    base = alt.Chart(marks).encode(x=x, y=y, color=colour, href="href:N", tooltip=tooltip)
    return [base.mark_point(filled=True, size=70, opacity=0.9)
            .transform_filter("datum.when_kind != 'article'"),
            base.mark_point(filled=False, size=70, strokeWidth=2, opacity=0.9)
            .transform_filter("datum.when_kind == 'article'")]


def change_layers(timeline: TopicTimeline, axis: TimeAxis, x: alt.X, y: alt.Y
                  ) -> list[alt.Chart]:
    """A diamond where a speaker's new side starts (on the new side's lane)."""
    if timeline.changes.is_empty():
        return []
    tooltip = [alt.Tooltip("speaker:N"), alt.Tooltip("stance:N", title="changed side to"),
               alt.Tooltip("when:N", title="from")]
    changes = placed(timeline.changes, axis).with_columns(pl.col("when").cast(pl.String))
    return [alt.Chart(changes).mark_point(
        shape="diamond", size=260, filled=False, strokeWidth=2, color="#111")
        .encode(x=x, y=y, tooltip=tooltip)]


def chart_caption(timeline: TopicTimeline) -> str:
    """What the chart shows and how it is capped, naming both sides."""
    lanes = timeline.lanes
    sides = {s: lanes.filter(pl.col("stance") == s).height for s in STANCE_COLOURS}
    drawn = contradiction_lines(timeline)["rank"].n_unique()
    hidden = [f"+{n} more {SIDE_WORDS[side]} speakers ({s} statements)"
              for side, (n, s) in timeline.hidden.items() if n]
    left_out = [f"{timeline.neutral} neutral claims"] if timeline.neutral else []
    if timeline.older:
        left_out.append(f"{timeline.older} statements older than the newest {MAX_PER_TOPIC}")
    text = (f"Above the axis: {sides['supports']} speakers who support the proposition; below: "
            f"{sides['refutes']} who refute it; one lane per speaker and side (at most "
            f"{MAX_LANES_PER_SIDE} per side, those with the most statements"
            + (f"; {', '.join(hidden)} not drawn" if hidden else "") + "). "
            "One mark per statement (copies in several articles count once); hollow: placed "
            "at the article's date; grey band: undated. Dates to scale, long gaps squeezed. "
            "A diamond marks where a speaker changed side. "
            f"Lines: the {drawn} strongest contradictions drawn (at most {MAX_CONNECTORS}), "
            f"numbered as in the ranked list of all {timeline.pairs.height}.")
    if left_out:
        text += f" Left off the chart (listed below): {', '.join(left_out)}."
    return text


def shorten(expr: pl.Expr, limit: int) -> pl.Expr:
    """``expr`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    return (pl.when(expr.str.len_chars() > limit)
            .then(expr.str.slice(0, limit - 1) + pl.lit("…")).otherwise(expr))


def shorten_text(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def report_chart(timelines: Sequence[TopicTimeline]) -> alt.TopLevelMixin:
    """Every topic's camps stacked (topics where no claim takes a side are left out), or a
    single line saying there is nothing to chart."""
    charts = [timeline_chart(t) for t in timelines if t.lanes.height]
    title = alt.Title("Claims by watchlist topic: who supports, who refutes", fontSize=16,
                      anchor="start",
                      subtitle="claimtrail · click-through version: claims_report.html")
    if not charts:
        message = pl.DataFrame({"text": ["No claim takes a side on a watchlist topic yet."]})
        return alt.Chart(message).mark_text(fontSize=16, color="#555").encode(
            text="text:N").properties(width=CHART_WIDTH, height=80, title=title)
    return alt.vconcat(*charts, spacing=40, title=title)


def png_spec(timelines: Sequence[TopicTimeline], validate: bool = False) -> dict:
    """The Vega-Lite spec the PNG is drawn from. Not checked against the Vega-Lite schema in
    a run (compiling the schema cost 0.2-0.4 s a report); the tests check it."""
    return report_chart(timelines).configure_view(stroke=None).to_dict(validate=validate)


def render_png(timelines: Sequence[TopicTimeline], scale: float = 1.5,
               spec: dict | None = None) -> bytes:
    """The report's chart as a PNG (rendered offline by vl-convert)."""
    return vl_convert.vegalite_to_png(spec or png_spec(timelines), scale=scale)


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
