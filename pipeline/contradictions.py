"""Contradictions: claims on one watchlist topic with opposite polarity.

A pair qualifies when the two claims come from different speakers, or from one speaker on
different dates (a change of position). Copies of one claim in near-duplicate articles (the same
wire story in two outlets) are collapsed first, so a repeated claim yields one pair, not several.
"""

from __future__ import annotations

import re

import polars as pl

CONTRADICTION_SCHEMA = {"claim_id_a": pl.String, "claim_id_b": pl.String, "topic": pl.String,
                        "reason": pl.String, "days_apart": pl.Int64}


def _content_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))[:300]


def collapse_duplicate_claims(claims: pl.DataFrame) -> pl.DataFrame:
    """One row per (topic, cluster, speaker, content): the lowest claim_id stands for its copies."""
    return (
        claims.with_columns(
            speaker_key=pl.coalesce("speaker_entity_id", pl.col("speaker").str.to_lowercase()),
            content_key=pl.col("content").map_elements(_content_key, return_dtype=pl.String),
        )
        .sort("claim_id")
        .unique(["topic", "cluster_id", "speaker_key", "content_key"], keep="first",
                maintain_order=True)
    )


def _describe(speaker: str, stance: str, date: object, outlet: str | None) -> str:
    where = f", {outlet}" if outlet else ""
    return f"{speaker} ({stance}, {date or 'undated'}{where})"


def find_contradictions(claims: pl.DataFrame) -> pl.DataFrame:
    """Pairs (claim_id_a < claim_id_b) of opposite-polarity claims on one topic, with a reason.

    `claims` needs claim_id, cluster_id, speaker, speaker_entity_id, topic, polarity,
    claim_date, content, outlet; `published_date` (optional) dates undated claims.
    """
    if claims.is_empty():
        return pl.DataFrame(schema=CONTRADICTION_SCHEMA)
    if "published_date" not in claims.columns:
        claims = claims.with_columns(published_date=pl.lit(None, dtype=pl.Date))
    rows = collapse_duplicate_claims(claims.filter(pl.col("topic").is_not_null())).with_columns(
        when=pl.coalesce("claim_date", "published_date"))
    cols = ["claim_id", "topic", "speaker", "speaker_key", "when", "outlet"]
    pos = rows.filter(pl.col("polarity") == "positive").select(cols)
    neg = rows.filter(pl.col("polarity") == "negative").select(cols)
    pairs = pos.join(neg, on="topic", suffix="_neg").filter(
        (pl.col("speaker_key") != pl.col("speaker_key_neg"))
        | (pl.col("when").is_not_null() & pl.col("when_neg").is_not_null()
           & (pl.col("when") != pl.col("when_neg")))
    )
    out = []
    for row in pairs.iter_rows(named=True):
        same = row["speaker_key"] == row["speaker_key_neg"]
        days = (abs((row["when"] - row["when_neg"]).days)
                if row["when"] and row["when_neg"] else None)
        why = "same speaker changed position" if same else "different speakers disagree"
        reason = (f"{why} on {row['topic']}: "
                  f"{_describe(row['speaker'], 'affirms', row['when'], row['outlet'])} vs "
                  f"{_describe(row['speaker_neg'], 'denies', row['when_neg'], row['outlet_neg'])}")
        a, b = sorted((row["claim_id"], row["claim_id_neg"]))
        out.append({"claim_id_a": a, "claim_id_b": b, "topic": row["topic"],
                    "reason": reason, "days_apart": days})
    return pl.DataFrame(out, schema=CONTRADICTION_SCHEMA).unique(
        ["claim_id_a", "claim_id_b", "topic"], maintain_order=True)
