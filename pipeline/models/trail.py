"""Tables of the claim trail: stances toward watched propositions, statements repeated across
outlets, each speaker's positions over time, and contradictions between positions."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

STANCES = ["supports", "refutes", "neutral"]
SIDES = ["supports", "refutes"]


class ClaimStanceSchema(pa.DataFrameModel):
    """`claim_stances`: one row per claim and watchlist topic it is on."""

    claim_id: str
    topic: str
    stance: str = pa.Field(isin=STANCES)
    stance_basis: str = pa.Field(str_length={"min_value": 1})
    # names the topic, refers to it, its speaker spoke on it elsewhere in the article, or the
    # article is about that topic alone
    tagged_by: str = pa.Field(isin=["name", "reference", "speaker", "article"])

    class Config:
        unique = ("claim_id", "topic")


class StatementGroupSchema(pa.DataFrameModel):
    """`statement_groups`: one statement by one speaker, as carried by one or more articles."""

    statement_group_id: str = pa.Field(unique=True)
    speaker: str = pa.Field(str_length={"min_value": 1})
    speaker_entity_id: str = pa.Field(nullable=True)
    content: str = pa.Field(str_length={"min_value": 1})  # the representative wording
    claim_id: str  # the representative claim (earliest, then longest)
    first_seen: dt.date = pa.Field(nullable=True)
    first_outlet: str = pa.Field(nullable=True)
    outlets: list[str]
    article_count: int = pa.Field(ge=1)
    claim_count: int = pa.Field(ge=1)


class StatementTextSchema(pa.DataFrameModel):
    """`statement_texts` (internal): what statement grouping compares, per claim
    (`pipeline.trail.statements.statement_texts`), so SQL finds the claims a new one is the same
    statement as without its speaker's other statements being grouped again."""

    claim_id: str
    doc_id: str
    key: str  # the speaker key (entity id, else the lower-cased speaker text)
    norm: str  # the normalised word sequence
    words: int
    terms: list[str]
    seen_date: dt.date = pa.Field(nullable=True)  # claim_date, else the article's date


class PositionSchema(pa.DataFrameModel):
    """`positions`: a speaker's side on a topic over one period; a new period starts when the
    speaker changes side."""

    position_id: str = pa.Field(unique=True)
    topic: str
    speaker: str = pa.Field(str_length={"min_value": 1})
    speaker_entity_id: str = pa.Field(nullable=True)
    period: int = pa.Field(ge=1)
    stance: str = pa.Field(isin=SIDES)
    first_date: dt.date = pa.Field(nullable=True)
    last_date: dt.date = pa.Field(nullable=True)
    claim_ids: list[str]
    claim_count: int = pa.Field(ge=1)  # distinct statements (copies of one count once)
    outlets: list[str]
    changed_position: bool  # this period reverses the speaker's previous side on the topic

    @pa.dataframe_check
    def dates_in_order(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("first_date").is_null() | (pl.col("first_date") <= pl.col("last_date")))
