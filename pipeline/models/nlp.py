"""Tables of the spaCy stage: entity mentions and attributed-claim candidates per document."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

ENTITY_LABELS = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
                 "WORK_OF_ART"]
QUOTE_TYPES = ["direct", "indirect", "mixed"]
POLARITIES = ["positive", "negative"]


class DocMentionSchema(pa.DataFrameModel):
    """`doc_mentions`: entity mentions of one article, with offsets into `articles.body`."""

    mention_id: str = pa.Field(unique=True)
    doc_id: str
    text: str = pa.Field(str_length={"min_value": 1})
    label: str = pa.Field(isin=ENTITY_LABELS)
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(gt=0)
    canonical: str = pa.Field(str_length={"min_value": 1})
    role: str = pa.Field(nullable=True)

    @pa.dataframe_check
    def span_is_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("end_char") > pl.col("start_char"))


class ClaimCandidateSchema(pa.DataFrameModel):
    """`claim_candidates`: attributed statements found in one article."""

    claim_id: str = pa.Field(unique=True)
    doc_id: str
    speaker: str = pa.Field(str_length={"min_value": 1})
    speaker_is_named: bool
    speaker_label: str = pa.Field(nullable=True)
    speaker_role: str = pa.Field(nullable=True)
    cue: str = pa.Field(str_length={"min_value": 1})
    content: str = pa.Field(str_length={"min_value": 1})
    quote_type: str = pa.Field(isin=QUOTE_TYPES)
    polarity: str = pa.Field(isin=POLARITIES)
    claim_date: dt.date = pa.Field(nullable=True)
    date_basis: str = pa.Field(nullable=True)
    via: str = pa.Field(nullable=True)
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(gt=0)
    sentence_start: int = pa.Field(ge=0)
    sentence_end: int = pa.Field(gt=0)

    @pa.dataframe_check
    def content_inside_sentence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (pl.col("start_char") < pl.col("end_char"))
            & (pl.col("sentence_start") <= pl.col("start_char"))
            & (pl.col("end_char") <= pl.col("sentence_end"))
        )
