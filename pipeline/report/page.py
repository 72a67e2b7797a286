"""The claims report: per watchlist topic, who claimed what, when, and which claims contradict.

Pure rendering: polars frames in, a self-contained HTML page or a PNG of its chart out. The only
I/O is a cache of the Vega JavaScript bundle (building it takes vl-convert about a second).

* the chart (Vega-Lite, via altair): one timeline per topic, a lane per speaker, claims placed
  by `claim_date`, else by the article's `published_date` (hollow marks), else in a grey
  "undated" band at the right; colour = polarity, shape = outlet; a line joins the two claims of
  every contradiction. Each mark links to its claim's sentence further down the page.
* the page: the chart with the Vega JavaScript inlined (no network fetches), then per topic a
  table of every claim and a table of its contradictions, then the articles, each claim's
  sentence shown with the claim highlighted (anchor ``#claim-<claim_id>``), title, outlet, date
  and source file.

The chart shows at most ``max_per_topic`` claims per topic (the most recent first, undated
claims only when there is room) and says so; the tables list every claim on a watchlist topic,
and the ``max_other`` most recent claims on none (the page says how many it leaves to SQL).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import altair as alt
import jinja2
import polars as pl
import vl_convert
from markupsafe import Markup

MAX_PER_TOPIC = 200
MAX_OTHER = 1000  # claims on no watchlist topic listed in the page (the newest); the rest: SQL
REPORT_NAME = "claims_report"
UNKNOWN_SPEAKER = "(speaker unknown)"

# One row per claim (the `claims` table joined with its article and sentence): what the asset
# reads and what the renderers need. `highlight_start/end` are offsets of the claim's span in
# `sentence`.
CLAIM_COLUMNS = {
    "claim_id": pl.String, "doc_id": pl.String, "topics": pl.List(pl.String),
    "speaker": pl.String, "speaker_role": pl.String, "outlet": pl.String,
    "polarity": pl.String, "quote_type": pl.String, "cue": pl.String, "content": pl.String,
    "claim_date": pl.Date, "date_basis": pl.String, "title": pl.String,
    "published_date": pl.Date, "source_path": pl.String, "sentence": pl.String,
    "highlight_start": pl.Int64, "highlight_end": pl.Int64,
}
CONTRADICTION_COLUMNS = {"claim_id_a": pl.String, "claim_id_b": pl.String, "topic": pl.String,
                         "reason": pl.String, "days_apart": pl.Int64,
                         "similarity": pl.Float64}

POLARITY_COLOURS = {"positive": "#2166ac", "negative": "#d6604d"}  # blue / red: colour-blind safe
POLARITY_WORDS = {"positive": "affirms", "negative": "denies"}
LINK_COLOUR = "#7b3294"
CHART_WIDTH = 760
LANE_HEIGHT = 26
SIMILAR = 0.3  # contradiction similarity drawn at full strength
TOOLTIP_CHARS = 180  # characters of a claim's content shown in its tooltip


@dataclass(frozen=True)
class TopicTimeline:
    """One watchlist topic's claims (all, and those charted) and its contradictions."""

    topic: str
    description: str
    claims: pl.DataFrame  # every claim of the topic: dated newest first, then undated
    charted: pl.DataFrame  # the chart's marks, with lane and plot position
    pairs: pl.DataFrame  # contradictions with both sides' speaker, date, polarity, content

    @property
    def capped(self) -> bool:
        return self.charted.height < self.claims.height


def report_paths(database: str | Path) -> tuple[Path, Path]:
    """Where the report of ``database`` goes: ``<dir>/<stem>_report/claims_report.{html,png}``."""
    database = Path(database)
    folder = database.with_name(f"{database.stem}_report")
    return folder / f"{REPORT_NAME}.html", folder / f"{REPORT_NAME}.png"


def conform(frame: pl.DataFrame, columns: dict[str, pl.DataType]) -> pl.DataFrame:
    """``frame`` with exactly ``columns`` in that order and dtype; raise if one is missing."""
    missing = sorted(set(columns) - set(frame.columns))
    if missing:
        raise ValueError(f"report input lacks columns {missing}")
    return frame.select([pl.col(name).cast(dtype) for name, dtype in columns.items()])


def topic_timelines(
    claims: pl.DataFrame, contradictions: pl.DataFrame,
    topics: Sequence[tuple[str, str]] = (), max_per_topic: int = MAX_PER_TOPIC,
) -> list[TopicTimeline]:
    """One timeline per watchlist topic (in watchlist order), then any other topic claims name.

    ``topics`` are (id, description) pairs. Claims on no topic are not charted (see
    :func:`claims_without_topic`).
    """
    claims = prepare(claims)
    contradictions = conform(contradictions, CONTRADICTION_COLUMNS)
    by_topic = claims.explode("topics").rename({"topics": "topic"}).drop_nulls("topic")
    described = dict(topics)
    order = list(described)
    order += [t for t in by_topic["topic"].unique(maintain_order=True) if t not in described]
    timelines = []
    for topic in order:
        rows = by_topic.filter(pl.col("topic") == topic).sort(
            "when", "claim_id", descending=[True, False], nulls_last=True)
        pairs = contradiction_details(contradictions.filter(pl.col("topic") == topic), claims)
        rows = rows.join(contradiction_counts(pairs), on="claim_id", how="left").with_columns(
            pl.col("contradictions").fill_null(0))
        charted = chart_positions(rows.head(max_per_topic))
        timelines.append(TopicTimeline(topic, described.get(topic, ""), rows, charted, pairs))
    return timelines


def prepare(claims: pl.DataFrame) -> pl.DataFrame:
    """The claims input checked, plus the date a claim is placed at (`when`) and its source
    (`when_kind`: `claim`, `article` for the published date, or `undated`)."""
    return conform(claims, CLAIM_COLUMNS).with_columns(
        speaker=pl.col("speaker").fill_null(UNKNOWN_SPEAKER),
        when=pl.coalesce("claim_date", "published_date"),
        when_kind=pl.when(pl.col("claim_date").is_not_null()).then(pl.lit("claim"))
        .when(pl.col("published_date").is_not_null()).then(pl.lit("article"))
        .otherwise(pl.lit("undated")),
    )


def claims_without_topic(claims: pl.DataFrame) -> pl.DataFrame:
    """Claims that match no watchlist topic (listed in the page, not charted)."""
    claims = prepare(claims)
    return claims.filter(pl.col("topics").list.len().fill_null(0) == 0).sort(
        "when", "claim_id", descending=[True, False], nulls_last=True)


def chart_positions(rows: pl.DataFrame) -> pl.DataFrame:
    """Lane (speaker) and plot position of each claim; claims sharing a cell spread out.

    x is the rank of the claim's date among the charted dates (gaps are not to scale, so claims
    years apart stay readable; big gaps are marked on the chart), undated claims sit in a
    column of their own at the right. y is the speaker's lane, in order of first appearance.
    """
    dates = sorted(rows["when"].drop_nulls().unique().to_list())
    column = {d: i for i, d in enumerate(dates)}
    undated_x, undated_half = undated_column(len(dates))
    lanes = (rows.group_by("speaker").agg(pl.col("when").min().alias("first_when"))
             .sort("first_when", "speaker", nulls_last=True)["speaker"].to_list())
    rows = rows.with_columns(
        lane=pl.col("speaker").replace_strict({s: i for i, s in enumerate(lanes)},
                                              return_dtype=pl.Int64),
        slot=pl.int_range(pl.len()).over("speaker", "when"),
        crowd=pl.len().over("speaker", "when"),
    )
    xs, ys = [], []
    for when, lane, slot, crowd in rows.select("when", "lane", "slot", "crowd").iter_rows():
        cols = math.ceil(math.sqrt(crowd))  # a small grid around the cell's centre
        nrows = math.ceil(crowd / cols)
        col, row = slot % cols, slot // cols
        centre, width = (undated_x, undated_half / 0.6) if when is None else (column[when], 1.0)
        xs.append(centre + (col - (cols - 1) / 2) * min(0.25, 0.7 / cols) * width)
        ys.append(lane + (row - (nrows - 1) / 2) * min(0.22, 0.7 / nrows))
    return rows.with_columns(x=pl.Series(xs, dtype=pl.Float64),
                             y=pl.Series(ys, dtype=pl.Float64)).drop("slot", "crowd")


def undated_column(dated_columns: int) -> tuple[float, float]:
    """x and half-width of the undated column: right of the last date, wide enough to see."""
    half = max(0.6, dated_columns * 0.05)
    return (dated_columns - 0.5 + half + 0.2 if dated_columns else 0.0), half


def contradiction_counts(pairs: pl.DataFrame) -> pl.DataFrame:
    """claim_id -> how many contradictions of the topic it takes part in."""
    ids = pl.concat([pairs["claim_id_a"], pairs["claim_id_b"]]).alias("claim_id")
    return ids.to_frame().group_by("claim_id").agg(contradictions=pl.len())


def contradiction_details(pairs: pl.DataFrame, claims: pl.DataFrame) -> pl.DataFrame:
    """Contradictions with each side's speaker, date, polarity, outlet and content."""
    side = claims.select("claim_id", "speaker", "when", "when_kind", "polarity", "outlet",
                         "content")
    return (pairs
            .join(side.rename(lambda c: f"{c}_a"), on="claim_id_a", how="inner")
            .join(side.rename(lambda c: f"{c}_b"), on="claim_id_b", how="inner")
            .sort("similarity", "days_apart", "claim_id_a", "claim_id_b",
                  descending=[True, True, False, False], nulls_last=True))


# --- the chart -------------------------------------------------------------------------------

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


def contradiction_lines(timeline: TopicTimeline) -> pl.DataFrame:
    """Two rows (ends) per contradiction whose claims are both charted."""
    at = timeline.charted.select("claim_id", "x", "y")
    pairs = timeline.pairs.with_row_index("pair").select(
        "pair", "claim_id_a", "claim_id_b", "reason", pl.col("similarity").fill_null(0.0))
    ends = pl.concat([
        pairs.join(at, left_on=side, right_on="claim_id").with_columns(end=pl.lit(i))
        .select("pair", "end", "x", "y", "reason", "similarity")
        for i, side in enumerate(("claim_id_a", "claim_id_b"))
    ])
    complete = ends.group_by("pair").len().filter(pl.col("len") == 2)["pair"]
    return ends.filter(pl.col("pair").is_in(complete.implode())).sort("pair", "end")


def shorten(expr: pl.Expr, limit: int) -> pl.Expr:
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
        store_quietly(cached, bundle)
    if "</script" in bundle.lower():  # would end the inline <script> early
        raise ValueError("the Vega bundle contains '</script'; it cannot be inlined")
    return bundle


def bundle_cache_dir() -> Path:
    """$CLAIMTRAIL_CACHE, else $XDG_CACHE_HOME/claimtrail, else ~/.cache/claimtrail."""
    if folder := os.environ.get("CLAIMTRAIL_CACHE"):
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimtrail"


def store_quietly(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; a cache that cannot be written is skipped."""
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staging.write_text(text, encoding="utf-8")
        os.replace(staging, path)
    except OSError:
        staging.unlink(missing_ok=True)


def script_json(value: object) -> str:
    """JSON safe to place inside a <script> element."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


# --- the page --------------------------------------------------------------------------------

def render_html(
    claims: pl.DataFrame, timelines: Sequence[TopicTimeline], *,
    generated_at: str | None = None, database: str | None = None, max_other: int = MAX_OTHER,
    total: int | None = None, other_total: int | None = None,
) -> str:
    """The whole report page: charts (interactive, JS inlined), tables, articles.

    ``claims`` may leave out all but the newest ``max_other`` claims on no topic (see
    `REPORT_CLAIMS_SQL`) when ``total`` and ``other_total`` give the full counts.
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
    return ENVIRONMENT.from_string(PAGE).render(
        sections=sections, other=listed_other.to_dicts(),
        other_total=other.height if other_total is None else other_total,
        articles=article_entries(listed, contradiction_partners(timelines)),
        total=claims.height if total is None else total,
        pair_count=sum(t.pairs.height for t in timelines),
        generated_at=generated_at, database=database,
        bundle=Markup(vega_bundle()) if any(s["spec"] for s in sections) else None,
        colours=POLARITY_COLOURS, words=POLARITY_WORDS,
    )


def contradiction_partners(timelines: Sequence[TopicTimeline]) -> dict[str, list[dict]]:
    """claim_id -> the claims it contradicts (claim_id, speaker, topic), each listed once."""
    partners: dict[str, dict[str, dict]] = {}
    for timeline in timelines:
        for row in timeline.pairs.iter_rows(named=True):
            for me, other in (("a", "b"), ("b", "a")):
                partners.setdefault(row[f"claim_id_{me}"], {}).setdefault(
                    row[f"claim_id_{other}"],
                    {"claim_id": row[f"claim_id_{other}"], "speaker": row[f"speaker_{other}"],
                     "when": row[f"when_{other}"], "topic": timeline.topic})
    return {k: list(v.values()) for k, v in partners.items()}


def article_entries(claims: pl.DataFrame, partners: dict[str, list[dict]]) -> list[dict]:
    """Articles with claims, newest first; each claim's sentence split around its span."""
    articles = []
    ordered = claims.sort("published_date", "title", "doc_id", "highlight_start",
                          descending=[True, False, False, False], nulls_last=True)
    for (doc_id,), rows in ordered.group_by("doc_id", maintain_order=True):
        first = rows.row(0, named=True)
        entries = []
        for row in rows.iter_rows(named=True):
            before, marked, after = split_sentence(row)
            entries.append(row | {"before": before, "marked": marked, "after": after,
                                  "partners": partners.get(row["claim_id"], [])})
        articles.append({"doc_id": doc_id, "title": first["title"], "outlet": first["outlet"],
                         "published_date": first["published_date"],
                         "source_path": first["source_path"], "claims": entries})
    return articles


def split_sentence(row: dict) -> tuple[str, str, str]:
    """(before, claim, after) of the claim's sentence; the content alone if there is none."""
    sentence = row["sentence"] or ""
    start, end = row["highlight_start"], row["highlight_end"]
    if not sentence or start is None or end is None:
        return "", row["content"] or "", ""
    start = min(max(start, 0), len(sentence))
    end = min(max(end, start), len(sentence))
    return sentence[:start], sentence[start:end], sentence[end:]


ENVIRONMENT = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                                 trim_blocks=True, lstrip_blocks=True)

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimtrail — claims report</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
         margin: 0 auto; padding: 1rem 2rem 4rem; max-width: 1100px; }
  h1 { margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
  .meta, .caption { color: #666; } .caption { font-size: 13px; }
  table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: 13px; }
  th, td { border-bottom: 1px solid #e4e4e4; padding: 4px 6px; text-align: left;
           vertical-align: top; }
  th { background: #f6f6f6; position: sticky; top: 0; }
  td.date { white-space: nowrap; } .small { font-size: 11px; color: #777; }
  .pol { font-weight: 600; white-space: nowrap; }
  .positive { color: {{ colours.positive }}; } .negative { color: {{ colours.negative }}; }
  mark.positive { background: #d1e5f0; color: inherit; }
  mark.negative { background: #fddbc7; color: inherit; }
  .chart { margin: .5rem 0 1rem; overflow-x: auto; }
  .article { border-left: 3px solid #ddd; padding: .2rem 0 .2rem 1rem; margin: 1.5rem 0; }
  .article h3 { margin: 0 0 .2rem; }
  .article li { margin: .6rem 0; }
  li:target, tr:target { background: #fff6c7; outline: 2px solid #f0c000; }
  code { font-size: 12px; word-break: break-all; }
  nav a { margin-right: 1rem; }
  .empty { padding: 2rem; background: #f7f7f7; border-radius: 6px; font-size: 16px; }
</style>
{% if bundle %}
<script>{{ bundle }}</script>
{% endif %}
</head>
<body>
<header>
<h1>Claims report</h1>
<p class="meta">{{ total }} claims, {{ pair_count }} contradictions
{%- if database %} · from <code>{{ database }}</code>{% endif %}
{%- if generated_at %} · generated {{ generated_at }}{% endif %}</p>
<nav>
{% for s in sections %}<a href="#{{ s.anchor }}">{{ s.timeline.topic }}</a>{% endfor %}
{% if other %}<a href="#no-topic">no topic</a>{% endif %}
{% if articles %}<a href="#articles">articles</a>{% endif %}
</nav>
</header>
{% if not total %}
<p class="empty" id="empty">No claims yet. Run <code>claimtrail run --input FOLDER</code> on a
folder of news articles; claims attributed to a speaker appear here, by watchlist topic.</p>
{% endif %}
{% for s in sections %}
<section id="{{ s.anchor }}" class="topic" data-topic="{{ s.timeline.topic }}">
<h2>{{ s.timeline.topic }}</h2>
{% if s.timeline.description %}<p>{{ s.timeline.description }}</p>{% endif %}
{% if not s.claims %}
<p class="empty">No claims on this topic yet.</p>
{% else %}
<p class="caption">{{ s.caption }} Click a mark to read its sentence.</p>
<div class="chart" id="chart-{{ s.anchor }}"></div>
<script type="application/json" id="spec-{{ s.anchor }}">{{ s.spec }}</script>
<h3>Claims ({{ s.claims|length }})</h3>
<table class="claims">
<thead><tr><th>date</th><th>speaker</th><th>outlet</th><th>polarity</th><th>claim</th>
<th>contradicts</th></tr></thead>
<tbody>
{% for c in s.claims %}
<tr id="{{ s.anchor }}-{{ c.claim_id }}" data-claim="{{ c.claim_id }}">
<td class="date">{{ c.when or "undated" }}{% if c.when_kind == "article" %}
<div class="small">article date</div>{% elif c.date_basis %}
<div class="small">{{ c.date_basis }}</div>{% endif %}</td>
<td>{{ c.speaker }}{% if c.speaker_role %}<div class="small">{{ c.speaker_role }}</div>
{% endif %}</td>
<td>{{ c.outlet or "—" }}</td>
<td class="pol {{ c.polarity }}">{{ words.get(c.polarity, c.polarity) }}</td>
<td><a href="#claim-{{ c.claim_id }}">{{ c.content }}</a></td>
<td>{{ c.contradictions or "" }}</td>
</tr>
{% endfor %}
</tbody></table>
<h3>Contradictions ({{ s.pairs|length }})</h3>
{% if s.pairs %}
<table class="contradictions">
<thead><tr><th>days apart</th><th>one claim</th><th>the other</th><th>why</th></tr></thead>
<tbody>
{% for p in s.pairs %}
<tr>
<td>{{ "—" if p.days_apart is none else p.days_apart }}</td>
{% for side in ("a", "b") %}
<td><a class="contradiction-link" href="#claim-{{ p["claim_id_" ~ side] }}">
{{- p["speaker_" ~ side] }}</a>
<span class="pol {{ p["polarity_" ~ side] }}">{{ words.get(p["polarity_" ~ side], "") }}</span>
<span class="small">{{ p["when_" ~ side] or "undated" }} · {{ p["outlet_" ~ side] or "—" }}
</span><div>{{ p["content_" ~ side] }}</div></td>
{% endfor %}
<td class="small">{{ p.reason }}</td>
</tr>
{% endfor %}
</tbody></table>
{% else %}
<p class="meta">None found.</p>
{% endif %}
{% endif %}
</section>
{% endfor %}
{% if other %}
<section id="no-topic">
<h2>Claims on no watchlist topic ({{ other_total }})</h2>
<p class="meta">Not charted. Add a topic to <code>config/topics.yaml</code> to follow them.
{% if other_total > other|length %}The {{ other|length }} most recent are listed here; query
the <code>claims</code> table for the other {{ other_total - other|length }}.{% endif %}</p>
<table class="claims">
<thead><tr><th>date</th><th>speaker</th><th>outlet</th><th>polarity</th><th>claim</th></tr>
</thead><tbody>
{% for c in other %}
<tr><td class="date">{{ c.when or "undated" }}</td><td>{{ c.speaker }}</td>
<td>{{ c.outlet or "—" }}</td>
<td class="pol {{ c.polarity }}">{{ words.get(c.polarity, c.polarity) }}</td>
<td><a href="#claim-{{ c.claim_id }}">{{ c.content }}</a></td></tr>
{% endfor %}
</tbody></table>
</section>
{% endif %}
{% if articles %}
<section id="articles">
<h2>Articles ({{ articles|length }})</h2>
{% for a in articles %}
<div class="article" id="article-{{ a.doc_id }}">
<h3>{{ a.title or "(untitled)" }}</h3>
<div class="meta">{{ a.outlet or "outlet unknown" }} · {{ a.published_date or "date unknown" }}
· <code>{{ a.source_path }}</code></div>
<ol>
{% for c in a.claims %}
<li id="claim-{{ c.claim_id }}" class="claim">
<span class="sentence">{{ c.before }}<mark class="{{ c.polarity }}">{{ c.marked }}</mark>
{{- c.after }}</span>
<div class="small">
<strong>{{ c.speaker }}</strong>{% if c.speaker_role %} ({{ c.speaker_role }}){% endif %}
{{ " " }}· {{ c.cue }}
· <span class="{{ c.polarity }}">{{ words.get(c.polarity, c.polarity) }}</span>
· {{ c.when or "undated" }}{% if c.when_kind == "article" %} (article date){% endif %}
{% if c.topics %} · {{ c.topics|join(", ") }}{% endif %}
{% if c.partners %}<br>contradicts:
{% for o in c.partners[:12] %}<a class="contradiction-link" href="#claim-{{ o.claim_id }}">
{{- o.speaker }} ({{ o.when or "undated" }})</a>{{ ", " if not loop.last }}{% endfor %}
{% if c.partners|length > 12 %} and {{ c.partners|length - 12 }} more{% endif %}
{% endif %}
</div>
</li>
{% endfor %}
</ol>
</div>
{% endfor %}
</section>
{% endif %}
{% if bundle %}
<script>
  document.querySelectorAll("script[id^='spec-']").forEach((node) => {
    const target = "#chart-" + node.id.slice(5);
    vegaEmbed(target, JSON.parse(node.textContent),
              {actions: {export: true, source: false, compiled: false, editor: false},
               loader: {target: "_self"}, renderer: "svg"})
      .catch((error) => {
        document.querySelector(target).textContent = "Chart failed to render: " + error;
      });
  });
</script>
{% endif %}
</body>
</html>
"""
