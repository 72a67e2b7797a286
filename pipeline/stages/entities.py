"""Entities stage: every mention merged into canonical entities (`entities`, `entity_keys`).

Incremental and exact: merging never crosses a partition of names (the last word of their
merge key, `entity_partition`), so a run re-merges only the partitions whose names the changed
documents (per-document digests of the nlp stage in `corpus_inputs`) have or had, with their
corpus-wide counts and first mentions, and replaces only those partitions' `entities` rows and
the `entity_keys` rows that moved. `entity_names` (one row per distinct name) and
`entity_mention_names` (each mention's document, name id, start and id) carry the state; the
per-mention work is SQL (`pipeline.stages.entity_sql`), Python merges names only. A full
rebuild (new code or aliases; `claimtrail run --rebuild`) is the same path with every document
changed.
"""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import EntitySchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.nlp.aliases import alias_path, entity_key
from pipeline.nlp.entity_merge import entity_partition, merge_entities
from pipeline.stages import entity_sql as sql
from pipeline.stages.common import transaction, unchanged
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import insert_frame, replace_table, replace_table_with
from pipeline.store.fingerprints import (
    changed_documents,
    file_digest,
    is_current,
    remember,
    stage_fingerprint,
)

CHECKED_DOCS = "_entity_checked_docs"  # temp: documents whose mentions this run (re)linked


def run_entities(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Re-merge the name partitions the changed documents touch (all of them when the code or
    aliases changed); leave `_entity_checked_docs` for `mention_integrity`."""
    aliases = file_digest(alias_path())
    config = stage_fingerprint(con, {}, aliases)
    fingerprint = stage_fingerprint(con, {}, aliases, _inputs_digest(con))
    con.execute(f"CREATE OR REPLACE TEMP TABLE {CHECKED_DOCS} (doc_id VARCHAR)")
    if is_current(con, "entities", fingerprint):
        return unchanged(con, "entities")
    report = StageReport()
    with transaction(con):
        full = not is_current(con, "entities.config", config)
        changed = changed_documents(con, "entities", sql.DOC_DIGESTS_SQL, everything=full)
        if not changed:  # mentions changed with no document marked: merge everything again
            full = True
            changed = changed_documents(con, "entities", sql.DOC_DIGESTS_SQL, everything=True)
        _update(con, full, report)
        remember(con, "entities", fingerprint)
        remember(con, "entities.config", config)
    (entities,) = con.execute("SELECT count(*) FROM entities").fetchone()
    (mentions,) = con.execute("SELECT count(*) FROM doc_mentions").fetchone()
    report.counts.update(entities=entities, mentions=mentions, changed_documents=changed)
    report.preview = con.execute(sql.PREVIEW_SQL).pl()
    return report


def _inputs_digest(con: duckdb.DuckDBPyConnection) -> str:
    """What the mentions are, cheaply: the nlp stage rewrites a document's mentions only in the
    transaction that marks it processed, so its `processed` rows stand for the whole
    `doc_mentions` table (and the mention count catches a table edited by hand, which then
    gets a full merge)."""
    rows, total = con.execute("SELECT count(*), sum(hash(doc_id, version, processed_at)::HUGEINT) "
                              "FROM processed WHERE stage = 'nlp'").fetchone()
    (mentions,) = con.execute("SELECT count(*) FROM doc_mentions").fetchone()
    return f"nlp:{rows}:{total or 0}:doc_mentions:{mentions}"


def _update(con: duckdb.DuckDBPyConnection, full: bool, report: StageReport) -> None:
    """Rewrite the state of `_changed_docs`, re-merge the touched partitions, write the rows."""
    if full:
        for table in ("entity_names", "entity_mention_names"):
            con.execute(f"DELETE FROM {table}")
        con.execute("INSERT INTO _changed_docs SELECT DISTINCT doc_id FROM doc_mentions "
                    "EXCEPT SELECT doc_id FROM _changed_docs")
    for statement in sql.STATE_SQL:
        con.execute(statement)
    _add_names(con)
    for statement in sql.MENTIONS_SQL:
        con.execute(statement)
    con.execute(sql.NO_DOC_NAMES_SQL if full else sql.NEW_DOC_NAMES_SQL)  # full: all recounted
    for statement in sql.NAME_STATS_SQL:
        con.execute(statement)
    entities = _merge(con, full, report)
    for statement in sql.KEY_ROWS_SQL:
        con.execute(statement)
    relinked = con.execute(sql.RELINKED_SQL).fetchone()[0]
    if relinked:  # reads every document's names
        con.execute(sql.RELINKED_KEY_ROWS_SQL)
    if con.execute(sql.HEX_KEYS_SQL).fetchone()[0]:
        con.execute(sql.HEX_MENTIONS_SQL)
    if full:
        replace_table(con, "entities", entities)
        replace_table_with(con, "entity_keys", "SELECT key, entity_id FROM _key_rows")
        con.execute("INSERT INTO entity_key_changes VALUES ('*')")
    else:
        con.execute("DELETE FROM entities WHERE entity_id IN (SELECT entity_id FROM _part_old)")
        insert_frame(con, "entities", entities)
        con.execute(sql.OLD_KEYS_SQL)
        con.execute(sql.DELETE_KEYS_SQL)
        con.execute("INSERT INTO entity_keys SELECT key, entity_id FROM _key_rows")
        con.execute(sql.KEY_CHANGES_SQL)
    con.execute(f"INSERT INTO {CHECKED_DOCS} {sql.CHECKED_DOCS_SQL}")
    if relinked:
        con.execute(f"INSERT INTO {CHECKED_DOCS} {sql.RELINKED_DOCS_SQL}")
    for table in sql.TEMP_TABLES:
        con.execute(f"DROP TABLE IF EXISTS {table}")


def _add_names(con: duckdb.DuckDBPyConnection) -> None:
    """Register the names seen for the first time with their keys and partition (Python: the
    alias table)."""
    new = con.execute(sql.NEW_NAMES_SQL).pl()
    (first_id,) = con.execute(sql.NEXT_NAME_ID_SQL).fetchone()
    keys = [entity_key(c, label) for c, label in zip(new["canonical"], new["label"], strict=True)]
    texts = [entity_key(t, label) for t, label in zip(new["text"], new["label"], strict=True)]
    insert_frame(con, "entity_names", new.with_columns(
        name_id=pl.int_range(first_id, first_id + new.height, dtype=pl.Int64),
        key=pl.Series(keys, dtype=pl.String), text_key=pl.Series(texts, dtype=pl.String),
        part=pl.Series([entity_partition(k) for k in keys], dtype=pl.String)))


def _merge(con: duckdb.DuckDBPyConnection, full: bool, report: StageReport) -> pl.DataFrame:
    """Merge the touched partitions' names (`_part_names`) into entities; record each name's
    entity in `entity_names` and return the partitions' entity rows, validated."""
    names = con.execute(sql.MERGE_INPUT_SQL).pl()
    entities, name_ids, _ = merge_entities(names)
    con.register("_name_entities", name_ids)
    try:
        for statement in sql.NAME_ENTITY_SQL:
            con.execute(statement)
    finally:
        con.unregister("_name_entities")
    docs = con.execute(sql.RECOUNT_DOCS_SQL).pl() if full else con.execute(
        sql.DOC_COUNTS_SQL).pl()
    if not full and con.execute(sql.RECOUNTED_SQL).fetchone()[0]:  # reads every document's names
        docs = pl.concat([docs, con.execute(sql.RECOUNT_DOCS_SQL).pl()], how="vertical_relaxed")
    schema = polars_schema(EntitySchema)
    entities = entities.join(docs, on="entity_id", how="left", maintain_order="left").select(
        list(schema)).cast(schema)
    checked = validate(EntitySchema, entities)
    report.record("entities", checked)
    return checked.valid
