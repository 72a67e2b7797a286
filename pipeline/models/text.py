"""Tables of the text stages: parsed headers, cleaned bodies, removed lines, clusters."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import pandera.polars as pa
import polars as pl

from pipeline.text.records import DATE_SOURCES


class ParsedArticleSchema(pa.DataFrameModel):
    """`parsed_articles`: header fields found by the parser."""

    doc_id: str = pa.Field(unique=True)
    title: str = pa.Field(nullable=True, str_length={"min_value": 1, "max_value": 500})
    standfirst: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True, str_length={"min_value": 1, "max_value": 120})
    # the agency that wrote the story (config/wires.yaml names), apart from who published it
    wire: str = pa.Field(nullable=True, str_length={"min_value": 1, "max_value": 60})
    dateline: str = pa.Field(nullable=True)
    published_date: dt.date = pa.Field(nullable=True)
    date_source: str = pa.Field(isin=list(DATE_SOURCES))
    body_line_count: int = pa.Field(ge=0)
    body_line_nos: list[int] = pa.Field(metadata={"sql": "INTEGER[]"})
    body_lines: list[str]

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
    minhash: Annotated[pl.List, pl.UInt64]  # MinHash signature, for near-duplicate clusters


class RemovedLineSchema(pa.DataFrameModel):
    """`removed_lines`: every line the parser or cleaner took out of a body, and why."""

    doc_id: str
    line_no: int = pa.Field(ge=1)
    text: str
    reason: str = pa.Field(str_matches=r"^[a-z0-9_]+$")
    stage: str = pa.Field(isin=["parse", "clean"])

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


class DedupeBandSchema(pa.DataFrameModel):
    """`dedupe_bands` (internal): each article's LSH band keys (one distinct text per key set),
    so a new or changed article finds the articles it may duplicate without every signature."""

    doc_id: str
    band: int = pa.Field(ge=0)
    key: int = pa.Field(metadata={"sql": "BIGINT"})  # the uint64 key's bits, signed


class ArticleSchema(pa.DataFrameModel):
    """`articles` (view): the public article table."""

    doc_id: str = pa.Field(unique=True)
    source_path: str
    title: str = pa.Field(nullable=True)
    standfirst: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True)
    wire: str = pa.Field(nullable=True)
    dateline: str = pa.Field(nullable=True)
    published_date: dt.date = pa.Field(nullable=True)
    date_source: str = pa.Field(isin=list(DATE_SOURCES))
    body: str
    language: str = pa.Field(nullable=True)
    word_count: int = pa.Field(ge=0)
    cluster_id: str
    is_canonical: bool
