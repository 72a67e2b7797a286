"""Positions: each speaker's side on each watchlist topic, period by period over time.

Per (topic, speaker key) -- the speaker's entity id, else the lower-cased speaker text:

- Only `supports` and `refutes` count; neutral rows are ignored.
- Copies of one statement (one `statement_group_id`) count once. The statement's side is the
  majority side of its copies (a tie: the statement joins no period); its date is the earliest
  date of those copies.
- Several statements on one date with opposite sides: the day takes the majority side and the
  minority statements join no period; a tie -> none of that day's statements joins a period
  (the speaker's side that day is unknown, so it neither extends nor breaks a period).
- Dated statements in date order: consecutive ones on the same side form one period; a change
  of side starts the next period, with ``changed_position = true``.
- Undated statements cannot be placed in time, so they go after the dated ones: those on the
  side of the speaker's last dated period join it (a one-sided speaker's undated statements
  simply join their only side); those on the other side form one final, undated period. A
  speaker with no dated statement gets one period per side, the side of the smallest claim_id
  first.

`position_id` is the first 16 hex digits of SHA-1 of (topic, speaker key, period): stable across
rebuilds while the speaker's history before that period is unchanged. The speaker shown is the
linked entity's name when an `entity_name` column gives one, else the speaker's most frequent
speaker text (ties: the longest, then alphabetical).
"""

from __future__ import annotations

import polars as pl

from pipeline.models.columns import polars_schema
from pipeline.models.trail import SIDES, PositionSchema
from pipeline.trail.statements import speaker_key, stable_id

SPEAKER = ["topic", "key"]


def build_positions(stances: pl.DataFrame) -> pl.DataFrame:
    """`positions` rows from one row per (claim, topic) with its stance.

    ``stances`` needs claim_id, topic, stance, speaker, speaker_entity_id, statement_group_id,
    date (claim_date else published_date), outlet; `entity_name` is optional.
    """
    schema = polars_schema(PositionSchema)
    rows = (stances.filter(pl.col("stance").is_in(SIDES) & pl.col("topic").is_not_null())
            .with_columns(key=speaker_key(),
                          statement=pl.coalesce("statement_group_id", "claim_id")))
    if rows.is_empty():
        return pl.DataFrame(schema=schema)
    copies = _statement_copies(rows)
    statements = copies.group_by([*SPEAKER, "statement", "side"]).agg(
        date=pl.col("date").min(), first_claim=pl.col("claim_id").min())
    statements = _periods(_resolve_days(statements))
    periods = (copies.join(statements.select(*SPEAKER, "statement", "period", "date"),
                           on=[*SPEAKER, "statement"], suffix="_statement")
               .group_by([*SPEAKER, "period"]).agg(
                   stance=pl.col("side").first(),
                   first_date=pl.col("date_statement").min(),
                   last_date=pl.col("date_statement").max(),
                   claim_ids=pl.col("claim_id").unique().sort(),
                   claim_count=pl.col("statement").n_unique(),
                   outlets=pl.col("outlet").drop_nulls().unique().sort()))
    periods = periods.join(_speakers(stances), on="key", how="left").with_columns(
        changed_position=pl.col("period") > 1)
    ids = [stable_id(topic, key, str(period))
           for topic, key, period in periods.select(*SPEAKER, "period").iter_rows()]
    return (periods.with_columns(position_id=pl.Series(ids, dtype=pl.String))
            .sort([*SPEAKER, "period"]).select(list(schema)).cast(schema))


def _statement_copies(rows: pl.DataFrame) -> pl.DataFrame:
    """Claim rows whose stance is their statement's majority side (a tied statement drops)."""
    votes = rows.group_by([*SPEAKER, "statement"]).agg(
        supports=(pl.col("stance") == "supports").sum(),
        refutes=(pl.col("stance") == "refutes").sum())
    side = (pl.when(pl.col("supports") > pl.col("refutes")).then(pl.lit("supports"))
            .when(pl.col("refutes") > pl.col("supports")).then(pl.lit("refutes")))
    votes = votes.with_columns(side=side).drop_nulls("side")
    return (rows.join(votes.select(*SPEAKER, "statement", "side"), on=[*SPEAKER, "statement"])
            .filter(pl.col("stance") == pl.col("side")))


def _resolve_days(statements: pl.DataFrame) -> pl.DataFrame:
    """Drop a day's minority-side statements, or all of a tied day's (undated ones stay)."""
    day = [*SPEAKER, "date"]
    supports = (pl.col("side") == "supports").sum().over(day)
    refutes = (pl.col("side") == "refutes").sum().over(day)
    majority = (pl.when(supports > refutes).then(pl.lit("supports"))
                .when(refutes > supports).then(pl.lit("refutes")))
    return statements.filter(pl.col("date").is_null() | (pl.col("side") == majority))


def _periods(statements: pl.DataFrame) -> pl.DataFrame:
    """Each statement's period number (see the module docstring for undated statements)."""
    dated = statements.filter(pl.col("date").is_not_null()).sort([*SPEAKER, "date"])
    dated = dated.with_columns(changed=(pl.col("side") != pl.col("side").shift().over(SPEAKER))
                               .fill_null(True).cast(pl.Int64))
    dated = dated.with_columns(period=pl.col("changed").cum_sum().over(SPEAKER)).drop("changed")
    last = (dated.sort("period").group_by(SPEAKER)
            .agg(last_period=pl.col("period").last(), last_side=pl.col("side").last()))
    undated = statements.filter(pl.col("date").is_null()).join(last, on=SPEAKER, how="left")
    first_side = (pl.col("side").sort_by("first_claim").first().over(SPEAKER))
    undated = undated.with_columns(period=(
        pl.when(pl.col("last_period").is_null())
        .then(pl.when(pl.col("side") == first_side).then(1).otherwise(2))
        .when(pl.col("side") == pl.col("last_side")).then(pl.col("last_period"))
        .otherwise(pl.col("last_period") + 1)).cast(pl.Int64))
    return pl.concat([dated, undated.select(dated.columns)])


def _speakers(stances: pl.DataFrame) -> pl.DataFrame:
    """key -> the speaker shown (entity name, else most frequent text) and its entity id."""
    rows = stances.with_columns(key=speaker_key())
    if "entity_name" not in rows.columns:
        rows = rows.with_columns(entity_name=pl.lit(None, dtype=pl.String))
    texts = (rows.group_by("key", "speaker").agg(n=pl.len())
             .sort(["n", pl.col("speaker").str.len_chars(), "speaker"],
                   descending=[True, True, False])
             .group_by("key", maintain_order=True).agg(text=pl.col("speaker").first()))
    linked = rows.group_by("key").agg(
        name=pl.col("entity_name").drop_nulls().first(),
        speaker_entity_id=pl.col("speaker_entity_id").drop_nulls().first())
    return texts.join(linked, on="key").select(
        "key", "speaker_entity_id", speaker=pl.coalesce("name", "text"))
