"""Corpus-level stages: canonical entities, the public `claims` table and `contradictions`.

These are rebuilt from the per-document tables whenever anything they read has changed (see
`pipeline.store.fingerprints`), so a new article that joins a cluster, adds an alias or
contradicts an old claim updates them correctly, and a run with nothing new leaves them as they are.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import polars as pl

from pipeline import CONFIG_DIR
from pipeline.models.schemas import ClaimSchema, ContradictionSchema, EntitySchema
from pipeline.models.validation import validate
from pipeline.nlp.entities import alias_path, build_entities, entity_key
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import replace_table
from pipeline.store.fingerprints import (
    ALL_COLUMNS,
    file_digest,
    is_current,
    remember,
    stage_fingerprint,
    unchanged,
)
from pipeline.trail.contradictions import find_contradictions
from pipeline.trail.topics import Topic, load_topics, match_topics

DEFAULT_TOPICS = CONFIG_DIR / "topics.yaml"


# What each corpus-level stage reads: table -> columns whose values it depends on.
ARTICLE_FIELDS = "doc_id, cluster_id, is_canonical, outlet, title, published_date, length(body)"
ENTITY_INPUTS = {"doc_mentions": ALL_COLUMNS}
CLAIM_INPUTS = {"claim_candidates": ALL_COLUMNS, "entity_keys": ALL_COLUMNS,
                "articles": ARTICLE_FIELDS}
CONTRADICTION_INPUTS = {"claims": ALL_COLUMNS, "articles": ARTICLE_FIELDS}


def run_entities(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Merge all mentions into canonical entities; map every mention and name key to one."""
    fingerprint = stage_fingerprint(con, ENTITY_INPUTS, file_digest(alias_path()))
    if is_current(con, "entities", fingerprint):
        return unchanged(con, "entities")
    mentions = con.execute("SELECT doc_id, mention_id, text, label, canonical, role "
                           "FROM doc_mentions ORDER BY doc_id, start_char").pl()
    entities, entity_keys = build_entities(mentions)
    checked = validate(EntitySchema, entities)
    con.execute("BEGIN")
    replace_table(con, "entities", checked.valid)
    replace_table(con, "entity_keys", entity_keys)
    remember(con, "entities", fingerprint)
    con.execute("COMMIT")
    report = StageReport(
        counts={"entities": checked.valid.height, "mentions": mentions.height},
        preview=checked.valid.sort("mention_count", descending=True)
        .select("entity_id", "name", "type", "mention_count", "doc_count").head(10),
    )
    report.record("entities", checked)
    return report


def run_claims(con: duckdb.DuckDBPyConnection, topics: list[Topic]) -> StageReport:
    """Attach speakers' entities, outlets and watchlist topics to every claim candidate."""
    fingerprint = stage_fingerprint(con, CLAIM_INPUTS, file_digest(alias_path()),
                                    repr(topics))
    if is_current(con, "claims", fingerprint):
        return unchanged(con, "claims")
    watchlist = stage_fingerprint(con, {}, repr(topics))
    known = KNOWN_TOPICS_SQL if is_current(con, "claims.topics", watchlist) else NO_TOPICS_SQL
    candidates = con.execute(f"""
        SELECT c.*, a.outlet, a.title, k.topics AS known_topics,
               substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
        FROM claim_candidates c JOIN articles a USING (doc_id)
        LEFT JOIN ({known}) k USING (claim_id)
        ORDER BY c.doc_id, c.start_char""").pl()
    untagged = candidates.filter(pl.col("known_topics").is_null())
    tagged = untagged.select("claim_id", topics=pl.Series([
        match_topics(f"{content}\n{sentence}", topics, title or "")
        for content, sentence, title in untagged.select("content", "sentence", "title").rows()
    ], dtype=pl.List(pl.String)))
    claims = (with_speaker_entities(candidates, con)
              .join(tagged, on="claim_id", how="left", maintain_order="left")
              .with_columns(topics=pl.coalesce("known_topics", "topics"))
              .with_columns(topic=pl.col("topics").list.first()).select(CLAIM_COLUMNS))
    checked = validate(ClaimSchema, claims)
    con.execute("BEGIN")
    replace_table(con, "claims", checked.valid)
    remember(con, "claims", fingerprint)
    remember(con, "claims.topics", watchlist)
    con.execute("COMMIT")
    report = StageReport(
        counts={"claims": checked.valid.height,
                "with_topic": checked.valid["topic"].drop_nulls().len(),
                "named_speakers": checked.valid["speaker_entity_id"].drop_nulls().len()},
        preview=checked.valid.select("speaker", "cue", "quote_type", "polarity", "claim_date",
                                     "topic", "content").head(10),
    )
    report.record("claims", checked)
    return report


def with_speaker_entities(
    candidates: pl.DataFrame, con: duckdb.DuckDBPyConnection
) -> pl.DataFrame:
    """``candidates`` with `speaker_entity_id`: the entity whose name key a named speaker has."""
    labelled = candidates.with_columns(label=pl.col("speaker_label").fill_null("PERSON"))
    speakers = labelled.filter("speaker_is_named").select("speaker", "label").unique()
    keyed = speakers.with_columns(key=pl.Series(
        [entity_key(speaker, label) for speaker, label in speakers.rows()], dtype=pl.String))
    ids = keyed.join(con.execute("SELECT key, entity_id FROM entity_keys").pl(), on="key")
    return labelled.join(ids.select("speaker", "label", speaker_entity_id="entity_id"),
                         on=["speaker", "label"], how="left", maintain_order="left",
                         ).with_columns(speaker_entity_id=pl.when("speaker_is_named")
                                        .then("speaker_entity_id"))


def run_contradictions(con: duckdb.DuckDBPyConnection, topics: list[Topic]) -> StageReport:
    """Pairs of claims on one topic with opposite polarity (duplicates collapsed first).

    Only claims whose content itself names the topic's subject take part, so a side remark in a
    sentence about talks does not "contradict" a statement about the talks.
    """
    fingerprint = stage_fingerprint(con, CONTRADICTION_INPUTS, repr(topics))
    if is_current(con, "contradictions", fingerprint):
        return unchanged(con, "contradictions")
    claims = con.execute("""
        SELECT c.claim_id, c.doc_id, a.cluster_id, c.speaker, c.speaker_entity_id,
               unnest(c.topics) AS topic, c.polarity, c.claim_date, c.content, c.outlet,
               a.published_date
        FROM claims c JOIN articles a USING (doc_id)""").pl()
    by_id = {t.id: t for t in topics}
    about = [t in by_id and by_id[t].is_about(content)
             for t, content in claims.select("topic", "content").iter_rows()]
    pairs = find_contradictions(claims.filter(pl.Series(about, dtype=pl.Boolean)))
    checked = validate(ContradictionSchema, pairs)
    con.execute("BEGIN")
    replace_table(con, "contradictions", checked.valid)
    remember(con, "contradictions", fingerprint)
    con.execute("COMMIT")
    report = StageReport(counts={"contradictions": checked.valid.height},
                         preview=checked.valid.head(10))
    report.record("contradictions", checked)
    return report


def load_watchlist(path: str | Path | None = None) -> list[Topic]:
    """The topic watchlist: `path`, else $CLAIMTRAIL_TOPICS, else config/topics.yaml."""
    return load_topics(Path(path or os.environ.get("CLAIMTRAIL_TOPICS") or DEFAULT_TOPICS))


# Topics of the claims already tagged whose inputs cannot have changed since: a claim's id,
# content and sentence derive from its document's bytes, so with the same watchlist and code
# only the article title can change its topics, and only when the title was borrowed from a
# duplicate (or missing).
KNOWN_TOPICS_SQL = """
SELECT c.claim_id, c.topics FROM claims c JOIN articles a USING (doc_id)
WHERE a.title_source = 'parsed'"""
NO_TOPICS_SQL = "SELECT NULL::VARCHAR AS claim_id, NULL::VARCHAR[] AS topics LIMIT 0"
CLAIM_COLUMNS = [
    "claim_id", "doc_id", "speaker", "speaker_entity_id", "speaker_role", "cue", "content",
    "quote_type", "polarity", "claim_date", "date_basis", "topic", "topics", "via", "outlet",
    "start_char", "end_char",
]
