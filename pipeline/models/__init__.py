"""One pandera model per table: the single declaration of its columns (DDL and dtypes derive)."""

from __future__ import annotations

import pandera.polars as pa

from pipeline.models.corpus import (
    ClaimSchema,
    ClaimSpeakerSchema,
    ContradictionSchema,
    EntityKeyChangeSchema,
    EntityKeySchema,
    EntityMentionNameSchema,
    EntityNameSchema,
    EntitySchema,
)
from pipeline.models.ingest import (
    CorpusInputSchema,
    DocumentSchema,
    ProcessedSchema,
    QuarantineSchema,
    SourceFileSchema,
    StageInputSchema,
)
from pipeline.models.nlp import ClaimCandidateSchema, DocMentionSchema
from pipeline.models.text import (
    ArticleClusterSchema,
    ArticleSchema,
    CleanArticleSchema,
    DedupeBandSchema,
    ParsedArticleSchema,
    RemovedLineSchema,
)
from pipeline.models.trail import (
    ClaimStanceSchema,
    PositionSchema,
    StatementGroupSchema,
    StatementTextSchema,
)

# Every stored table and its model, in creation order.
TABLES: dict[str, type[pa.DataFrameModel]] = {
    "source_files": SourceFileSchema, "documents": DocumentSchema,
    "quarantine": QuarantineSchema, "processed": ProcessedSchema,
    "parsed_articles": ParsedArticleSchema, "clean_articles": CleanArticleSchema,
    "removed_lines": RemovedLineSchema, "doc_mentions": DocMentionSchema,
    "claim_candidates": ClaimCandidateSchema, "entities": EntitySchema,
    "entity_keys": EntityKeySchema, "claims": ClaimSchema,
    "contradictions": ContradictionSchema, "article_clusters": ArticleClusterSchema,
    "stage_inputs": StageInputSchema, "claim_stances": ClaimStanceSchema,
    "statement_groups": StatementGroupSchema, "positions": PositionSchema,
    "corpus_inputs": CorpusInputSchema, "claim_speakers": ClaimSpeakerSchema,
    "dedupe_bands": DedupeBandSchema, "statement_texts": StatementTextSchema,
    "entity_names": EntityNameSchema, "entity_mention_names": EntityMentionNameSchema,
    "entity_key_changes": EntityKeyChangeSchema,
}
# The model of each table or view an asset reports on (Dagster shows it as the column schema).
TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {**TABLES, "articles": ArticleSchema}
