"""Tables of the ingest stage: files seen, raw documents, quarantine, per-stage progress."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa

from pipeline.models.columns import primary_key

SEVERITIES = ["error", "warning"]
FORMATS = ["text", "html", "json", "jsonl"]
STAGES = ["ingest", "parse", "clean", "dedupe", "nlp", "claims"]


class SourceFileSchema(pa.DataFrameModel):
    """`source_files`: every file ever seen in the input folder, kept after deletion."""

    source_path: str = pa.Field(metadata=primary_key())
    sha256: str = pa.Field(nullable=True)
    byte_size: int = pa.Field(nullable=True, metadata={"sql": "BIGINT"})
    mtime_ns: int = pa.Field(nullable=True, metadata={"sql": "BIGINT"})
    format: str = pa.Field(nullable=True)
    status: str = pa.Field(nullable=True)
    document_count: int = pa.Field(nullable=True)
    first_seen_at: dt.datetime = pa.Field(nullable=True)
    last_seen_at: dt.datetime = pa.Field(nullable=True)
    deleted_at: dt.datetime = pa.Field(nullable=True)


class DocumentSchema(pa.DataFrameModel):
    """`documents`: one row per raw document (a file, or one record of a JSON/JSONL file)."""

    doc_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$")
    source_path: str
    record_index: int = pa.Field(ge=0)
    format: str = pa.Field(isin=FORMATS)
    encoding: str
    byte_size: int = pa.Field(ge=0, metadata={"sql": "BIGINT"})
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
    stage: str = pa.Field(isin=STAGES)
    severity: str = pa.Field(isin=SEVERITIES)
    error: str = pa.Field(str_matches=r"^[a-z0-9_]+$")
    detail: str = pa.Field(str_length={"min_value": 1})
    seen_at: dt.datetime


class ProcessedSchema(pa.DataFrameModel):
    """`processed`: which per-document stage processed which document, at which code version."""

    doc_id: str = pa.Field(metadata=primary_key())
    stage: str = pa.Field(metadata=primary_key())
    version: int
    processed_at: dt.datetime


class StageInputSchema(pa.DataFrameModel):
    """`stage_inputs`: the fingerprint of what each corpus-level stage was last built from."""

    stage: str = pa.Field(metadata=primary_key())
    fingerprint: str
    built_at: dt.datetime


class CorpusInputSchema(pa.DataFrameModel):
    """`corpus_inputs` (internal): the digest of each document's input rows when a corpus-level
    stage last built from it, so the next build redoes only the documents whose digest differs
    (added, changed or removed) instead of the whole corpus."""

    stage: str
    doc_id: str
    digest: str
