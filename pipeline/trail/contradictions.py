"""Contradictions: a `supports` position against a `refutes` position on one watchlist topic.

A pair qualifies when two different speakers take opposite sides of a topic's proposition, or
when one speaker changes side (two consecutive periods of their positions). Neutral claims
never contradict anything: they take part in no position. One row per pair of positions, not
per pair of claims, so a speaker repeating a line, or ten outlets carrying it, adds evidence to
one row instead of multiplying rows. Side a is the supports position (for a change of side:
the earlier period), side b the other.

Each row carries its strongest evidence: of all statement pairs across the two positions (one
statement per side; copies of a statement, one `statement_group_id`, count once), the pair with
the highest content-term overlap (`similarity`: Jaccard of `content_terms`; then more shared
terms), then the smallest date gap. Two statements that affirm and deny "indirect talks via
Oman" are a sharper contradiction than two that merely share a topic.

``strength`` (0-1, rank by it) =
    0.50 * min(1, similarity / 0.5)              -- a Jaccard of 0.5 is already a close echo
  + 0.20 * (1 - 0.5 ** evidence_pairs)           -- more statement pairs, more evidence
  + 0.15 * (named speakers among the two) / 2    -- entity-linked speakers are less ambiguous
  + 0.15 * (1 - 0.5 ** min(statements a, statements b))  -- both sides said it more than once
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import polars as pl

from pipeline.models.columns import polars_schema
from pipeline.models.corpus import ContradictionSchema
from pipeline.trail.statements import speaker_key
from pipeline.trail.terms import terms_expr

SIMILAR = 0.5  # similarity scored as full strength
MAX_REASON_TERMS = 8
BATCH_PAIRS = 500_000  # statement pairs compared at once
ROWS_AT_ONCE = 20_000  # position pairs (output rows) built at once
POSITION = ["position_id", "topic", "key", "speaker", "speaker_entity_id", "period", "stance",
            "first_date", "last_date", "claim_count"]


def find_contradictions(positions: pl.DataFrame, evidence: pl.DataFrame) -> pl.DataFrame:
    """`contradictions` rows: opposite-side position pairs with their strongest evidence,
    strongest first (all of `contradiction_batches` at once)."""
    schema = polars_schema(ContradictionSchema)
    batches = list(contradiction_batches(positions, evidence))
    if not batches:
        return pl.DataFrame(schema=schema)
    return pl.concat(batches).sort(["strength", "topic", "position_id_a", "position_id_b"],
                                   descending=[True, False, False, False])


def contradiction_batches(
    positions: pl.DataFrame, evidence: pl.DataFrame, rows: int = ROWS_AT_ONCE
) -> Iterator[pl.DataFrame]:
    """`contradictions` rows, about ``rows`` position pairs at a time (unordered).

    ``positions`` are `positions` rows; ``evidence`` the claims behind them: claim_id,
    statement_group_id, content, outlet, and a `date` column or claim_date/published_date. A
    position none of whose claims is in ``evidence`` takes part in no row. The rows grow with
    the square of a topic's speakers (366,068 from 1,224 positions in the 1,000,000-article
    benchmark), so a caller writes each batch before the next is built.
    """
    if positions.is_empty() or evidence.is_empty():
        return
    schema = polars_schema(ContradictionSchema)
    pos = positions.with_columns(key=speaker_key())
    statements = _Statements.of(_statements(pos, evidence))
    for pairs in _position_pairs(pos.select(POSITION), rows):
        best = _strongest_evidence(pairs, statements)
        if not best.is_empty():
            yield (best.with_columns(reason=_reason(), strength=_strength())
                   .select(list(schema)).cast(schema))


def _position_pairs(pos: pl.DataFrame, rows: int) -> Iterator[pl.DataFrame]:
    """(a, b) position pairs, about ``rows`` at a time: the changes of side, then supporters x
    opponents of other speakers, a slice of a topic's supporters against all its opponents."""
    side_a = pos.rename(lambda c: f"{c}_a" if c != "topic" else c)
    side_b = pos.rename(lambda c: f"{c}_b" if c != "topic" else c)
    changes = (side_a.with_columns(next_period=pl.col("period_a") + 1)
               .join(side_b, left_on=["topic", "key_a", "next_period"],
                     right_on=["topic", "key_b", "period_b"])
               .filter(pl.col("stance_a") != pl.col("stance_b"))
               .with_columns(key_b=pl.col("key_a"), period_b=pl.col("next_period"))
               .drop("next_period"))
    columns = [*side_a.columns, *side_b.drop("topic").columns]
    if not changes.is_empty():
        yield changes.select(columns).with_columns(self_change=pl.lit(True))
    opponents = side_b.filter(pl.col("stance_b") == "refutes")
    per_topic = opponents.group_by("topic").agg(n_opponents=pl.len())
    supporters = (side_a.filter(pl.col("stance_a") == "supports")
                  .join(per_topic, on="topic").sort("topic", "position_id_a")
                  .with_columns(batch=pl.col("n_opponents").cum_sum() // max(rows, 1))
                  .drop("n_opponents"))
    for part in supporters.partition_by("batch", include_key=False, maintain_order=True):
        yield (part.join(opponents, on="topic").filter(pl.col("key_a") != pl.col("key_b"))
               .select(columns).with_columns(self_change=pl.lit(False)))


def _statements(pos: pl.DataFrame, evidence: pl.DataFrame) -> pl.DataFrame:
    """One row per (position, statement): its representative copy, date, outlet and terms."""
    if "date" in evidence.columns:
        date = pl.col("date")
    else:
        date = pl.coalesce([pl.col(c) for c in ("claim_date", "published_date")
                            if c in evidence.columns] or [pl.lit(None, dtype=pl.Date)])
    claims = (evidence.with_columns(date=date.cast(pl.Date)).unique("claim_id", keep="first")
              .select("claim_id", "content", "outlet", "date",
                      statement=pl.coalesce("statement_group_id", "claim_id")))
    copies = (pos.select("position_id", claim_id="claim_ids").explode("claim_id")
              .join(claims, on="claim_id"))
    return (copies.sort([pl.col("date"), pl.col("content").str.len_chars(), pl.col("claim_id")],
                        descending=[False, True, False], nulls_last=True)
            .group_by("position_id", "statement", maintain_order=True)
            .agg(pl.all().first())
            .with_columns(terms=terms_expr(pl.col("content"))).drop("content"))


@dataclass(frozen=True)
class _Statements:
    """The statements behind the positions as narrow integer frames (``sid`` in claim_id
    order): shared terms come from joins on term codes, several times faster than intersecting
    list columns."""

    terms: pl.DataFrame  # sid, code: one row per distinct term of a statement
    codes: pl.DataFrame  # code, term
    sizes: pl.DataFrame  # sid, position_id, statement, date, n_terms
    counts: pl.DataFrame  # position_id, n: statements per position
    info: pl.DataFrame  # sid, claim_id, outlet, date

    @classmethod
    def of(cls, statements: pl.DataFrame) -> _Statements:
        statements = statements.sort("claim_id").with_row_index("sid")
        exploded = statements.select("sid", term="terms").explode("term").drop_nulls("term")
        codes = exploded.select("term").unique().with_row_index("code")
        return cls(terms=exploded.join(codes, on="term").select("sid", "code"), codes=codes,
                   sizes=statements.select("sid", "position_id", "statement", "date",
                                           n_terms=pl.col("terms").list.len()),
                   counts=statements.group_by("position_id").agg(n=pl.len()),
                   info=statements.select("sid", "claim_id", "outlet", "date"))


def _strongest_evidence(pairs: pl.DataFrame, statements: _Statements) -> pl.DataFrame:
    """``pairs`` with their best statement pair (claim ids, dates, outlets, overlap) and the
    number of statement pairs; a pair without evidence on both sides drops.

    Statement pairs are compared in batches of about ``BATCH_PAIRS`` (memory stays bounded when
    a topic has hundreds of speakers a side).
    """
    counts = statements.counts
    pairs = (pairs.join(counts.select(position_id_a="position_id", n_a="n"), on="position_id_a")
             .join(counts.select(position_id_b="position_id", n_b="n"), on="position_id_b")
             .with_row_index("pair"))
    if pairs.is_empty():
        return pairs
    index = pairs.select("pair", "position_id_a", "position_id_b",
                         batch=(pl.col("n_a") * pl.col("n_b")).cum_sum() // BATCH_PAIRS)
    best = pl.concat([_best_pairs(part, statements.sizes, statements.terms)
                      for part in index.partition_by("batch", include_key=False)])
    shared = (_shared_codes(best.select("sid_a", "sid_b"), statements.terms)
              .join(statements.codes, on="code")
              .group_by("sid_a", "sid_b").agg(shared_terms=pl.col("term").sort()))
    info = statements.info
    return (pairs.drop("n_a", "n_b").join(best, on="pair")
            .join(info.rename(lambda c: f"{c}_a"), on="sid_a")
            .join(info.rename(lambda c: f"{c}_b"), on="sid_b")
            .join(shared, on=["sid_a", "sid_b"], how="left")
            .with_columns(pl.col("shared_terms").fill_null(pl.lit([], pl.List(pl.String)))))


def _shared_codes(candidates: pl.DataFrame, terms: pl.DataFrame) -> pl.DataFrame:
    """(sid_a, sid_b, code) for every term code both statements of a candidate have."""
    return (candidates.join(terms.rename({"sid": "sid_a"}), on="sid_a")
            .join(terms.rename({"sid": "sid_b"}), on=["sid_b", "code"], how="semi"))


def _best_pairs(pairs: pl.DataFrame, sizes: pl.DataFrame, terms: pl.DataFrame) -> pl.DataFrame:
    """One batch: per pair, the best (sid_a, sid_b), its similarity, days apart, pair count."""
    candidates = (pairs.join(sizes.rename(lambda c: f"{c}_a"), on="position_id_a")
                  .join(sizes.rename(lambda c: f"{c}_b"), on="position_id_b")
                  .filter(pl.col("statement_a") != pl.col("statement_b"))
                  .select("pair", "sid_a", "sid_b", "n_terms_a", "n_terms_b",
                          days_apart=(pl.col("date_a") - pl.col("date_b")).dt.total_days().abs(),
                          both=pl.col("sid_a").cast(pl.UInt64) * 2**32 + pl.col("sid_b")))
    shared = (_shared_codes(candidates.select("both", "sid_a", "sid_b"), terms)
              .group_by("both").agg(n_shared=pl.len().cast(pl.Int64)))
    union = pl.col("n_terms_a") + pl.col("n_terms_b") - pl.col("n_shared")
    candidates = (candidates.join(shared, on="both", how="left")
                  .with_columns(pl.col("n_shared").fill_null(0))
                  .with_columns(similarity=pl.when(union > 0)
                                .then(pl.col("n_shared") / union).otherwise(0.0).round(3)))
    ranked = candidates.sort(["similarity", "n_shared", "days_apart", "sid_a", "sid_b"],
                             descending=[True, True, False, False, False], nulls_last=True)
    return ranked.group_by("pair", maintain_order=True).agg(
        *[pl.col(c).first() for c in ("sid_a", "sid_b", "similarity", "n_shared", "days_apart")],
        evidence_pairs=pl.len())


def _describe(side: str) -> pl.Expr:
    """'Speaker (stance, date, outlet)' of one side's evidence."""
    when = pl.col(f"date_{side}").cast(pl.String).fill_null("undated")
    outlet = (pl.lit(", ") + pl.col(f"outlet_{side}")).fill_null("")
    return pl.concat_str(pl.col(f"speaker_{side}"), pl.lit(" ("), pl.col(f"stance_{side}"),
                         pl.lit(", "), when, outlet, pl.lit(")"))


def _reason() -> pl.Expr:
    """A readable sentence: who said what when, or who changed side, and the shared terms."""
    terms = pl.col("shared_terms").list.head(MAX_REASON_TERMS).list.join(", ")
    shares = pl.col("n_shared") > 0
    b_first = (pl.col("date_b") < pl.col("date_a")).fill_null(  # earlier first; undated last
        pl.col("date_a").is_null() & pl.col("date_b").is_not_null())
    across = (pl.when(b_first)
              .then(pl.concat_str(_describe("b"), pl.lit(" vs "), _describe("a")))
              .otherwise(pl.concat_str(_describe("a"), pl.lit(" vs "), _describe("b")))
              + pl.when(shares).then(pl.lit(": both mention ") + terms).otherwise(pl.lit("")))
    until = pl.when(pl.col("last_date_a").is_not_null()).then(
        pl.lit(" until ") + pl.col("last_date_a").cast(pl.String)).otherwise(pl.lit(" (undated)"))
    since = pl.when(pl.col("first_date_b").is_not_null()).then(
        pl.lit(" from ") + pl.col("first_date_b").cast(pl.String)).otherwise(
        pl.lit(" later (undated)"))
    change = pl.concat_str(
        pl.col("speaker_a"), pl.lit(" changed side on "), pl.col("topic"), pl.lit(": "),
        pl.col("stance_a"), until, pl.lit(", "), pl.col("stance_b"), since,
        pl.when(shares).then(pl.lit("; both mention ") + terms).otherwise(pl.lit("")))
    return pl.when(pl.col("self_change")).then(change).otherwise(across)


def _strength() -> pl.Expr:
    """The ranking score of the module docstring, rounded to 3 decimals."""
    similar = pl.min_horizontal(pl.col("similarity") / SIMILAR, pl.lit(1.0))
    evidence = 1 - pl.lit(0.5).pow(pl.col("evidence_pairs"))
    named = (pl.col("speaker_entity_id_a").is_not_null().cast(pl.Float64)
             + pl.col("speaker_entity_id_b").is_not_null().cast(pl.Float64)) / 2
    volume = 1 - pl.lit(0.5).pow(pl.min_horizontal("claim_count_a", "claim_count_b"))
    return (0.5 * similar + 0.2 * evidence + 0.15 * named + 0.15 * volume).round(3)
