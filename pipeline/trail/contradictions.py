"""Contradictions: claims on one watchlist topic with opposite polarity.

A pair qualifies when the two claims come from different speakers, or from one speaker on
different dates (a change of position). Copies of one claim in near-duplicate articles (the same
wire story in two outlets) are collapsed first, so a repeated claim yields one pair, not several.

Every pair also gets `shared_terms` (content words both statements use, stop words dropped, a
plural "s" folded) and `similarity` (their Jaccard overlap, 0-1): two claims that both deny and
affirm "indirect talks via Oman" are a sharper contradiction than two that merely share a topic,
so analysts can rank pairs by it.
"""

from __future__ import annotations

import re

import polars as pl
from spacy.lang.en.stop_words import STOP_WORDS

CONTRADICTION_SCHEMA = {"claim_id_a": pl.String, "claim_id_b": pl.String, "topic": pl.String,
                        "reason": pl.String, "days_apart": pl.Int64,
                        "similarity": pl.Float64, "shared_terms": pl.List(pl.String)}


def content_terms(text: str) -> frozenset[str]:
    """Content words of a statement: lower-cased, no stop words or numbers, plural "s" folded."""
    terms = set()
    for word in re.findall(r"[^\W\d_][\w'’-]*", text.lower()):
        word = re.sub(r"['’]s$", "", word)
        if len(word) < 3 or word in STOP_WORDS:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        terms.add(word)
    return frozenset(terms)


def term_overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, list[str]]:
    """Jaccard similarity of two term sets and the shared terms, sorted."""
    shared = a & b
    union = a | b
    return (round(len(shared) / len(union), 3) if union else 0.0), sorted(shared)


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
    rows = rows.with_columns(terms=pl.col("content").map_elements(
        lambda text: sorted(content_terms(text)), return_dtype=pl.List(pl.String)))
    cols = ["claim_id", "topic", "speaker", "speaker_key", "when", "outlet", "terms"]
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
        similarity, shared = term_overlap(frozenset(row["terms"]), frozenset(row["terms_neg"]))
        both = f"; both mention: {', '.join(shared[:8])}" if shared else ""
        reason = (f"{why} on {row['topic']}: "
                  f"{_describe(row['speaker'], 'affirms', row['when'], row['outlet'])} vs "
                  f"{_describe(row['speaker_neg'], 'denies', row['when_neg'], row['outlet_neg'])}"
                  f"{both}")
        a, b = sorted((row["claim_id"], row["claim_id_neg"]))
        out.append({"claim_id_a": a, "claim_id_b": b, "topic": row["topic"],
                    "reason": reason, "days_apart": days,
                    "similarity": similarity, "shared_terms": shared})
    return pl.DataFrame(out, schema=CONTRADICTION_SCHEMA).unique(
        ["claim_id_a", "claim_id_b", "topic"], maintain_order=True)
