"""The claims report's frames: per-topic timelines, chart positions, contradictions, articles.

Pure polars, no rendering: what the chart (`pipeline.report.chart`) draws and the page
(`pipeline.report.page`) lists. Claims are placed by `claim_date`, else by the article's
`published_date`, else they are "undated"; each topic keeps every claim, and the chart's marks
(at most ``max_per_topic``, the most recent first, undated claims only when there is room).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

MAX_PER_TOPIC = 200
MAX_OTHER = 1000  # claims on no watchlist topic listed in the page (the newest); the rest: SQL
UNKNOWN_SPEAKER = "(speaker unknown)"

# One row per claim (the `claims` table joined with its article and sentence): what the report
# stage reads and what the renderers need, column -> dtype. `highlight_start/end` are offsets of
# the claim's span in `sentence`.
REPORT_CLAIM_DTYPES = {
    "claim_id": pl.String, "doc_id": pl.String, "topics": pl.List(pl.String),
    "speaker": pl.String, "speaker_role": pl.String, "outlet": pl.String,
    "polarity": pl.String, "quote_type": pl.String, "cue": pl.String, "content": pl.String,
    "claim_date": pl.Date, "date_basis": pl.String, "title": pl.String,
    "published_date": pl.Date, "source_path": pl.String, "sentence": pl.String,
    "highlight_start": pl.Int64, "highlight_end": pl.Int64,
}
# One row per contradiction, column -> dtype.
REPORT_CONTRADICTION_DTYPES = {
    "claim_id_a": pl.String, "claim_id_b": pl.String, "topic": pl.String,
    "reason": pl.String, "days_apart": pl.Int64, "similarity": pl.Float64,
}


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
    contradictions = conform(contradictions, REPORT_CONTRADICTION_DTYPES)
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
    return conform(claims, REPORT_CLAIM_DTYPES).with_columns(
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
