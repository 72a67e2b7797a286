"""Pandera (polars backend) models: one per stage's table, checked before every write."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from pipeline.text.records import DATE_SOURCES

SEVERITIES = ["error", "warning"]
FORMATS = ["text", "html", "json", "jsonl"]


class DocumentSchema(pa.DataFrameModel):
    """`documents`: one row per raw document (a file, or one record of a JSON/JSONL file)."""

    doc_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$")
    source_path: str
    record_index: int = pa.Field(ge=0)
    format: str = pa.Field(isin=FORMATS)
    encoding: str
    byte_size: int = pa.Field(ge=0)
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    ingested_at: dt.datetime
    raw_text: str = pa.Field(str_length={"min_value": 1})
    hint_title: str = pa.Field(nullable=True)
    hint_outlet: str = pa.Field(nullable=True)
    hint_date: dt.date = pa.Field(nullable=True)


class QuarantineSchema(pa.DataFrameModel):
    """`quarantine`: files or rows that could not be (fully) processed, with the reason."""

    source_path: str
    doc_id: str = pa.Field(nullable=True)
    stage: str = pa.Field(isin=["ingest", "parse", "clean", "dedupe", "nlp", "claims"])
    severity: str = pa.Field(isin=SEVERITIES)
    error: str = pa.Field(str_matches=r"^[a-z0-9_]+$")
    detail: str = pa.Field(str_length={"min_value": 1})
    seen_at: dt.datetime


class ParsedArticleSchema(pa.DataFrameModel):
    """`parsed_articles`: header fields found by the parser."""

    doc_id: str = pa.Field(unique=True)
    title: str = pa.Field(nullable=True, str_length={"min_value": 1, "max_value": 500})
    standfirst: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True, str_length={"min_value": 1, "max_value": 120})
    dateline: str = pa.Field(nullable=True)
    published_date: dt.date = pa.Field(nullable=True)
    date_source: str = pa.Field(isin=list(DATE_SOURCES))
    body_line_count: int = pa.Field(ge=0)

    @pa.dataframe_check
    def date_source_matches_date(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """`none` exactly when there is no date."""
        return data.lazyframe.select(
            pl.col("published_date").is_null() == (pl.col("date_source") == "none")
        )


class CleanArticleSchema(pa.DataFrameModel):
    """`clean_articles`: the cleaned body and its fingerprints."""

    doc_id: str = pa.Field(unique=True)
    body: str
    paragraph_count: int = pa.Field(ge=0)
    word_count: int = pa.Field(ge=0)
    language: str = pa.Field(nullable=True)
    text_hash: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")


class RemovedLineSchema(pa.DataFrameModel):
    """`removed_lines`: every line the parser or cleaner took out of a body, and why."""

    doc_id: str
    line_no: int = pa.Field(ge=1)
    text: str
    reason: str = pa.Field(str_matches=r"^[a-z0-9_]+$")

    class Config:
        unique = ("doc_id", "line_no")


class ArticleClusterSchema(pa.DataFrameModel):
    """`article_clusters`: near-duplicate clusters; exactly one canonical member each."""

    doc_id: str = pa.Field(unique=True)
    cluster_id: str
    is_canonical: bool
    cluster_size: int = pa.Field(ge=1)
    duplicate_kind: str = pa.Field(nullable=True, isin=["exact", "near"])

    @pa.dataframe_check
    def one_canonical_per_cluster(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("is_canonical").cast(pl.Int32).sum().over("cluster_id") == 1
        )


class ArticleSchema(pa.DataFrameModel):
    """`articles` (view): the public article table."""

    doc_id: str = pa.Field(unique=True)
    source_path: str
    title: str = pa.Field(nullable=True)
    standfirst: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True)
    dateline: str = pa.Field(nullable=True)
    published_date: dt.date = pa.Field(nullable=True)
    date_source: str = pa.Field(isin=list(DATE_SOURCES))
    body: str
    language: str = pa.Field(nullable=True)
    word_count: int = pa.Field(ge=0)
    cluster_id: str
    is_canonical: bool


ENTITY_LABELS = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
                 "WORK_OF_ART"]


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


class EntitySchema(pa.DataFrameModel):
    """`entities`: canonical entities across the corpus."""

    entity_id: str = pa.Field(unique=True)
    name: str = pa.Field(str_length={"min_value": 1})
    type: str = pa.Field(isin=ENTITY_LABELS)
    aliases: list[str]
    roles: list[str]
    mention_count: int = pa.Field(ge=1)
    doc_count: int = pa.Field(ge=1)


QUOTE_TYPES = ["direct", "indirect", "mixed"]
POLARITIES = ["positive", "negative"]


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


class ClaimSchema(pa.DataFrameModel):
    """`claims`: the public claim table (one row per claim; `topic` = first matching topic)."""

    claim_id: str = pa.Field(unique=True)
    doc_id: str
    speaker: str = pa.Field(str_length={"min_value": 1})
    speaker_entity_id: str = pa.Field(nullable=True)
    speaker_role: str = pa.Field(nullable=True)
    cue: str
    content: str = pa.Field(str_length={"min_value": 1})
    quote_type: str = pa.Field(isin=QUOTE_TYPES)
    polarity: str = pa.Field(isin=POLARITIES)
    claim_date: dt.date = pa.Field(nullable=True)
    date_basis: str = pa.Field(nullable=True)
    topic: str = pa.Field(nullable=True)
    topics: list[str]
    via: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True)
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(gt=0)


class ContradictionSchema(pa.DataFrameModel):
    """`contradictions`: pairs of claims on one topic with opposite polarity."""

    claim_id_a: str
    claim_id_b: str
    topic: str
    reason: str = pa.Field(str_length={"min_value": 1})
    days_apart: int = pa.Field(nullable=True, ge=0)
    similarity: float = pa.Field(ge=0, le=1)
    shared_terms: list[str]

    @pa.dataframe_check
    def ordered_pair(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("claim_id_a") < pl.col("claim_id_b"))

    class Config:
        unique = ("claim_id_a", "claim_id_b", "topic")


# The pandera model of each table (Dagster shows it as the asset's column schema).
TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentSchema, "quarantine": QuarantineSchema,
    "parsed_articles": ParsedArticleSchema, "clean_articles": CleanArticleSchema,
    "removed_lines": RemovedLineSchema, "article_clusters": ArticleClusterSchema,
    "articles": ArticleSchema, "doc_mentions": DocMentionSchema,
    "claim_candidates": ClaimCandidateSchema, "entities": EntitySchema, "claims": ClaimSchema,
    "contradictions": ContradictionSchema,
}
