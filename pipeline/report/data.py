"""The claims report's frames: per topic the camps' lanes, statements and contradictions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from pipeline.models import (
    ArticleSchema,
    ClaimSchema,
    ClaimStanceSchema,
    ContradictionSchema,
    PositionSchema,
)
from pipeline.models.columns import polars_schema

MAX_LANES_PER_SIDE = 12  # speakers drawn per side (those with the most statements); rest counted
MAX_CONNECTORS = 5  # contradiction lines drawn per chart (the strongest); the list has them all
MAX_PER_TOPIC = 200  # statements charted per topic (the newest); all are listed in the page
MAX_OTHER = 1000  # claims on no watchlist topic listed in the page (the newest); the rest: SQL
UNKNOWN_SPEAKER = "(speaker unknown)"
SIDE_SIGN = {"supports": 1, "refutes": -1}  # supporters' lanes above the axis, opponents below

# One row per claim (the `claims` table joined with its article and sentence): what the report
# stage reads and what the renderers need, column -> dtype. `highlight_start/end` are offsets of
# the claim's span in `sentence`; `stance` is toward the claim's first topic.
REPORT_CLAIM_DTYPES = {
    **polars_schema(ClaimSchema, ["claim_id", "doc_id", "topics", "speaker", "speaker_role",
                                  "outlet", "polarity", "quote_type", "cue", "content",
                                  "claim_date", "date_basis"]),
    **polars_schema(ArticleSchema, ["title", "published_date", "source_path"]),
    "sentence": pl.String, "highlight_start": pl.Int64, "highlight_end": pl.Int64,
    **polars_schema(ClaimSchema, ["stance", "statement_group_id"]),
}
# `claim_stances`: one row per claim and topic.
REPORT_STANCE_DTYPES = polars_schema(ClaimStanceSchema,
                                     ["claim_id", "topic", "stance", "stance_basis"])
# `positions`: a speaker's side on a topic over one period.
REPORT_POSITION_DTYPES = polars_schema(PositionSchema, [
    "position_id", "topic", "speaker", "period", "stance", "first_date", "last_date",
    "claim_ids", "claim_count", "changed_position"])
# `contradictions`: one row per pair of opposing positions, with its strongest evidence pair.
REPORT_CONTRADICTION_DTYPES = polars_schema(ContradictionSchema, [
    "claim_id_a", "claim_id_b", "topic", "reason", "days_apart", "similarity", "position_id_a",
    "position_id_b", "speaker_a", "speaker_b", "stance_a", "stance_b", "evidence_pairs",
    "strength"])


@dataclass(frozen=True)
class TopicTimeline:
    """One watchlist topic: its claims, the chart's lanes and marks, its ranked contradictions."""

    topic: str
    description: str
    proposition: str
    claims: pl.DataFrame  # every claim of the topic with its stance: dated newest first
    lanes: pl.DataFrame  # charted lanes: y, speaker, stance, statements, changed
    charted: pl.DataFrame  # one mark per statement on a charted lane (x = when, y = lane)
    changes: pl.DataFrame  # changes of side on charted lanes: speaker, stance, when, y
    pairs: pl.DataFrame  # contradictions, strongest first (`rank` from 1), both sides' details
    hidden: dict[str, tuple[int, int]]  # side -> (speakers, statements) not drawn (lane cap)
    older: int = 0  # statements on charted lanes beyond the newest MAX_PER_TOPIC

    @property
    def statements(self) -> pl.DataFrame:
        """Every statement (copies merged) on a side, charted or not."""
        return statements_of(self.claims.filter(pl.col("stance").is_in(list(SIDE_SIGN))))

    @property
    def neutral(self) -> int:
        """Claims with no side (neutral, or not judged): left off the chart."""
        return self.claims.filter(~pl.col("stance").is_in(list(SIDE_SIGN))).height

    @property
    def capped(self) -> bool:
        return self.older > 0 or any(n for n, _ in self.hidden.values())


def conform(frame: pl.DataFrame, columns: dict[str, pl.DataType]) -> pl.DataFrame:
    """``frame`` with exactly ``columns`` in that order and dtype; raise if one is missing."""
    missing = sorted(set(columns) - set(frame.columns))
    if missing:
        raise ValueError(f"report input lacks columns {missing}")
    return frame.select([pl.col(name).cast(dtype) for name, dtype in columns.items()])


def empty(columns: dict[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(schema=columns)


def topic_timelines(
    claims: pl.DataFrame, contradictions: pl.DataFrame,
    topics: Sequence[tuple[str, ...]] = (), *, stances: pl.DataFrame | None = None,
    positions: pl.DataFrame | None = None, max_lanes: int = MAX_LANES_PER_SIDE,
    max_per_topic: int = MAX_PER_TOPIC,
) -> list[TopicTimeline]:
    """One timeline per watchlist topic (in watchlist order), then any other topic claims name.

    ``topics`` are (id, description[, proposition]) tuples; ``stances`` the `claim_stances`
    rows, ``positions`` the `positions` rows (None: none yet).
    """
    claims = prepare(claims)
    stances = conform(stances if stances is not None else empty(REPORT_STANCE_DTYPES),
                      REPORT_STANCE_DTYPES)
    positions = conform(positions if positions is not None else empty(REPORT_POSITION_DTYPES),
                        REPORT_POSITION_DTYPES)
    contradictions = conform(contradictions, REPORT_CONTRADICTION_DTYPES)
    by_topic = (claims.drop("stance").explode("topics").rename({"topics": "topic"})
                .drop_nulls("topic")
                .join(stances, on=["claim_id", "topic"], how="left"))
    described = {t[0]: t for t in topics}
    order = list(described)
    order += [t for t in by_topic["topic"].unique(maintain_order=True) if t not in described]
    timelines = []
    for topic in order:
        description, proposition = topic_words(described.get(topic, (topic,)))
        rows = by_topic.filter(pl.col("topic") == topic).sort(
            "when", "claim_id", descending=[True, False], nulls_last=True)
        timelines.append(build_timeline(
            topic, description, proposition, rows,
            positions.filter(pl.col("topic") == topic),
            contradictions.filter(pl.col("topic") == topic), max_lanes, max_per_topic))
    return timelines


def topic_words(topic: tuple[str, ...]) -> tuple[str, str]:
    """(description, proposition) of an (id, description[, proposition]) tuple; the proposition
    defaults to the description."""
    description = topic[1] if len(topic) > 1 else ""
    return description, (topic[2] if len(topic) > 2 and topic[2] else description)


def build_timeline(
    topic: str, description: str, proposition: str, rows: pl.DataFrame, positions: pl.DataFrame,
    contradictions: pl.DataFrame, max_lanes: int, max_per_topic: int,
) -> TopicTimeline:
    """The topic's lanes (capped per side), marks, changes of side and ranked contradictions."""
    rows = rows.join(lane_speakers(positions), on=["claim_id", "stance"], how="left").with_columns(
        lane_speaker=pl.coalesce("lane_speaker", "speaker"))
    statements = statements_of(rows.filter(pl.col("stance").is_in(list(SIDE_SIGN))))
    all_lanes = lane_table(statements, positions)
    lanes = pick_lanes(all_lanes, max_lanes)
    left_out = all_lanes.join(lanes, on=["lane_speaker", "stance"], how="anti")
    hidden = {side: (part.height, int(part["statements"].sum()))
              for side in SIDE_SIGN for part in [left_out.filter(pl.col("stance") == side)]}
    on_lanes = statements.join(lanes.select("lane_speaker", "stance", lane="y"),
                               on=["lane_speaker", "stance"], how="inner")
    points = chart_points(on_lanes, max_per_topic)
    pairs = ranked_pairs(contradictions, rows, positions)
    return TopicTimeline(topic, description, proposition, rows, lanes, points,
                         change_marks(positions, lanes), pairs, hidden,
                         on_lanes.height - points.height)


def prepare(claims: pl.DataFrame) -> pl.DataFrame:
    """The claims input checked, plus the date a claim is placed at (`when`) and its source
    (`when_kind`: `claim`, `article` for the published date, or `undated`)."""
    return conform(claims, REPORT_CLAIM_DTYPES).with_columns(
        speaker=pl.col("speaker").fill_null(UNKNOWN_SPEAKER),
        statement_group_id=pl.coalesce("statement_group_id", "claim_id"),
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


def lane_speakers(positions: pl.DataFrame) -> pl.DataFrame:
    """claim_id, stance -> the speaker of the position holding it (the lane it is drawn in)."""
    return (positions.select("speaker", "stance", "claim_ids").explode("claim_ids")
            .drop_nulls("claim_ids")
            .select(claim_id="claim_ids", stance="stance", lane_speaker="speaker")
            .unique(["claim_id", "stance"], keep="first", maintain_order=True))


def statements_of(sided: pl.DataFrame) -> pl.DataFrame:
    """One row per statement on a side (copies in other articles merged): the earliest copy,
    with how many copies and outlets carry it."""
    if "lane_speaker" not in sided.columns:
        sided = sided.with_columns(lane_speaker=pl.col("speaker"))
    return (sided.sort("when", "claim_id", nulls_last=True)
            .group_by("lane_speaker", "stance", "statement_group_id", maintain_order=True)
            .agg(pl.all().first(), copies=pl.len(), claim_ids=pl.col("claim_id"),
                 outlets=pl.col("outlet").drop_nulls().unique().sort()))


def lane_table(statements: pl.DataFrame, positions: pl.DataFrame) -> pl.DataFrame:
    """One lane per speaker and side: statements, first date, whether the speaker changed side."""
    changed = positions.filter(pl.col("changed_position"))["speaker"].unique().implode()
    return (statements.group_by("lane_speaker", "stance")
            .agg(statements=pl.len(), first=pl.col("when").min())
            .with_columns(changed=pl.col("lane_speaker").is_in(changed)))


def pick_lanes(lanes: pl.DataFrame, most: int) -> pl.DataFrame:
    """Per side the ``most`` speakers who changed side, then with the most statements, ordered
    outward from the axis by first statement; ``y`` is +1, +2 ... above the axis (supports),
    -1, -2 ... below."""
    picked = []
    for side, sign in SIDE_SIGN.items():
        top = (lanes.filter(pl.col("stance") == side)
               .sort("changed", "statements", "first", "lane_speaker",
                     descending=[True, True, False, False], nulls_last=True).head(most)
               .sort("first", "lane_speaker", nulls_last=True))
        picked.append(top.with_columns(y=(pl.int_range(1, pl.len() + 1) * sign).cast(pl.Float64)))
    return pl.concat(picked).with_columns(speaker=pl.col("lane_speaker"))


def chart_points(on_lanes: pl.DataFrame, most: int) -> pl.DataFrame:
    """The ``most`` newest statements on charted lanes (undated ones last); statements of one
    speaker on one day (or undated) spread a little within the lane."""
    points = on_lanes.sort("when", "claim_id", descending=[True, False], nulls_last=True
                           ).head(most)
    slot = pl.int_range(pl.len()).over("lane", "when").cast(pl.Float64)
    crowd = pl.len().over("lane", "when").cast(pl.Float64)
    spread = pl.min_horizontal(pl.lit(0.2), 0.6 / crowd)
    return points.with_columns(y=pl.col("lane") + (slot - (crowd - 1) / 2) * spread)


def change_marks(positions: pl.DataFrame, lanes: pl.DataFrame) -> pl.DataFrame:
    """Where a speaker changed side: the first date of the new period, on its lane."""
    return (positions.filter(pl.col("changed_position") & pl.col("first_date").is_not_null())
            .join(lanes.select("lane_speaker", "stance", "y"),
                  left_on=["speaker", "stance"], right_on=["lane_speaker", "stance"])
            .select("speaker", "stance", "period", when="first_date", y="y")
            .sort("when", "speaker"))


def ranked_pairs(
    contradictions: pl.DataFrame, rows: pl.DataFrame, positions: pl.DataFrame
) -> pl.DataFrame:
    """Contradictions, strongest first, with each side's evidence (date, outlet, content,
    sentence) and position period; only those whose evidence claims the report has."""
    side = rows.unique("claim_id", keep="first", maintain_order=True).select(
        "claim_id", "when", "when_kind", "outlet", "content", "title", "doc_id", "sentence",
        "highlight_start", "highlight_end")
    period = positions.select("position_id", "first_date", "last_date")
    return (contradictions
            .join(side.rename(lambda c: f"{c}_a"), on="claim_id_a", how="inner")
            .join(side.rename(lambda c: f"{c}_b"), on="claim_id_b", how="inner")
            .join(period.rename(lambda c: f"{c}_a"), on="position_id_a", how="left")
            .join(period.rename(lambda c: f"{c}_b"), on="position_id_b", how="left")
            .sort("strength", "evidence_pairs", "days_apart", "claim_id_a", "claim_id_b",
                  descending=[True, True, True, False, False], nulls_last=True)
            .with_columns(rank=pl.int_range(1, pl.len() + 1),
                          same_speaker=pl.col("speaker_a") == pl.col("speaker_b")))


def contradiction_lines(timeline: TopicTimeline, most: int = MAX_CONNECTORS) -> pl.DataFrame:
    """Two rows (ends) for each of the ``most`` strongest contradictions whose evidence claims
    are both charted (a claim's copies sit on its statement's mark)."""
    at = (timeline.charted.select("claim_ids", "when", "y").explode("claim_ids")
          .rename({"claim_ids": "claim_id"}))
    pairs = timeline.pairs.select("rank", "claim_id_a", "claim_id_b", "reason", "strength")
    ends = pl.concat([
        pairs.join(at, left_on=side, right_on="claim_id").with_columns(end=pl.lit(i))
        .select("rank", "end", "when", "y", "reason", "strength")
        for i, side in enumerate(("claim_id_a", "claim_id_b"))
    ])
    drawn = (ends.group_by("rank").len().filter(pl.col("len") == 2)
             .sort("rank").head(most)["rank"])
    return ends.filter(pl.col("rank").is_in(drawn.implode())).sort("rank", "end")


def contradiction_partners(timelines: Sequence[TopicTimeline]) -> dict[str, list[dict]]:
    """claim_id -> the claims it is the evidence against (claim_id, speaker, date, topic)."""
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
