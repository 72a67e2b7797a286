"""Corpus-level tables, rebuilt from the per-document ones: entities, claims, contradictions."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from pipeline.models.nlp import ENTITY_LABELS, POLARITIES, QUOTE_TYPES
from pipeline.models.trail import SIDES, STANCES


class EntitySchema(pa.DataFrameModel):
    """`entities`: canonical entities across the corpus."""

    entity_id: str = pa.Field(unique=True)
    name: str = pa.Field(str_length={"min_value": 1})
    type: str = pa.Field(isin=ENTITY_LABELS)
    aliases: list[str]
    roles: list[str]
    mention_count: int = pa.Field(ge=1)
    doc_count: int = pa.Field(ge=1)


class EntityKeySchema(pa.DataFrameModel):
    """`entity_keys`: every name key and mention id, mapped to its canonical entity."""

    key: str
    entity_id: str


class EntityKeyChangeSchema(pa.DataFrameModel):
    """`entity_key_changes` (internal): the `entity_keys` keys the entities stage rewrote since
    the claims stage last ran ('*': all of them), so claims re-link only those speakers instead
    of joining every claim with every key."""

    key: str


class EntityNameSchema(pa.DataFrameModel):
    """`entity_names` (internal): each distinct mention name (text, label, canonical, role) with
    its merge key, text key, partition (last word of the key: merging never crosses one), entity
    and first mention, so a new article re-merges only the partitions its names touch."""

    name_id: int = pa.Field(metadata={"sql": "BIGINT"})  # numbered as first seen
    text: str
    label: str
    canonical: str
    role: str = pa.Field(nullable=True)
    key: str  # entity_key(canonical, label)
    text_key: str  # entity_key(text, label)
    part: str
    entity_id: str = pa.Field(nullable=True)
    mentions: int = pa.Field(nullable=True, metadata={"sql": "BIGINT"})
    first_doc: str = pa.Field(nullable=True)  # first mention in (doc_id, start_char, mention_id)
    first_start: int = pa.Field(nullable=True)
    first_mention: str = pa.Field(nullable=True)


class EntityMentionNameSchema(pa.DataFrameModel):
    """`entity_mention_names` (internal): each mention's name id (with its document, start and
    id), so the names and mention ids a changed or deleted document had are known after its
    mentions are gone, and a name's documents are found without comparing name strings."""

    doc_id: str
    name_id: int = pa.Field(metadata={"sql": "BIGINT"})
    start_char: int
    mention_id: str


class ClaimSpeakerSchema(pa.DataFrameModel):
    """`claim_speakers` (internal): each claim's speaker keys, so SQL can re-link its speaker
    entity when `entity_keys` change and select one speaker's claims to regroup statements."""

    claim_id: str
    doc_id: str
    name_key: str = pa.Field(nullable=True)  # entity_key(speaker, label) of a named speaker
    text_key: str  # the lower-cased speaker text (statement grouping's key without an entity)
    speaker_entity_id: str = pa.Field(nullable=True)  # as in `claims`: moves are found here


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
    stance: str = pa.Field(nullable=True, isin=STANCES)  # toward `topic`'s proposition
    stance_basis: str = pa.Field(nullable=True)
    statement_group_id: str  # the same statement by the same speaker in other articles


class ContradictionSchema(pa.DataFrameModel):
    """`contradictions`: a `supports` position against a `refutes` position on one topic (two
    speakers who disagree, or one speaker who changed side), with its strongest evidence."""

    claim_id_a: str  # evidence on side a (supports; for a change of side: the earlier period)
    claim_id_b: str  # evidence on side b
    topic: str
    reason: str = pa.Field(str_length={"min_value": 1})
    days_apart: int = pa.Field(nullable=True, ge=0)
    similarity: float = pa.Field(ge=0, le=1)
    shared_terms: list[str]
    position_id_a: str
    position_id_b: str
    speaker_a: str
    speaker_b: str
    stance_a: str = pa.Field(isin=SIDES)
    stance_b: str = pa.Field(isin=SIDES)
    evidence_pairs: int = pa.Field(ge=1)  # distinct statement pairs across the two positions
    strength: float = pa.Field(ge=0, le=1)  # rank by this

    @pa.dataframe_check
    def opposite_sides(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("stance_a") != pl.col("stance_b"))

    class Config:
        unique = ("position_id_a", "position_id_b")
