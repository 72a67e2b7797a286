"""Entities stage: every mention merged into canonical entities (`entities`, `entity_keys`).

In bounded memory: DuckDB reduces the mentions to their distinct names (text, label, canonical,
role; with counts and first positions), Python merges those (`merge_entities`), and DuckDB maps
the mentions back (document counts, one `entity_keys` row per mention) and rewrites only the
`entity_keys` rows that changed. Python never holds one row per mention.
"""

from __future__ import annotations

import duckdb

from pipeline.models import EntitySchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.nlp.aliases import alias_path
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import replace_table_with
from pipeline.store.fingerprints import ALL_COLUMNS, file_digest

ENTITY_INPUTS = {"doc_mentions": ALL_COLUMNS}  # what it reads: table -> columns
# The distinct names, each with its number of mentions and the rank of its first mention in
# mention order (document, offset), which breaks ties as the first mention wins them.
NAMES_SQL = """
SELECT text, label, canonical, role, mentions,
       row_number() OVER (ORDER BY first_at) - 1 AS first
FROM (SELECT text, label, canonical, role, count(*) AS mentions,
             min((doc_id, start_char, mention_id)) AS first_at
      FROM doc_mentions GROUP BY ALL)"""
# Each mention's entity (matched on its name; role may be null).
MENTION_ENTITIES_SQL = """
SELECT m.doc_id, m.mention_id, n.entity_id FROM doc_mentions m JOIN _entity_names n
  ON m.text = n.text AND m.label = n.label AND m.canonical = n.canonical
 AND m.role IS NOT DISTINCT FROM n.role"""
# Every mention id and name key -> its entity (a name key wins over an equal mention id).
ENTITY_KEYS_SQL = f"""
SELECT key, entity_id FROM _entity_name_keys
UNION ALL
SELECT m.mention_id AS key, m.entity_id FROM ({MENTION_ENTITIES_SQL}) m
ANTI JOIN _entity_name_keys k ON k.key = m.mention_id"""


def run_entities(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Merge all mentions into canonical entities; map every mention and name key to one."""

    def build() -> CorpusBuild:
        names = con.execute(NAMES_SQL).pl()
        from pipeline.nlp.entities import merge_entities  # with spaCy: only to rebuild

        entities, name_ids, name_keys = merge_entities(names)
        con.register("_entity_names", name_ids)
        con.register("_entity_name_keys", name_keys)
        try:
            docs = con.execute(f"SELECT entity_id, count(DISTINCT doc_id) AS doc_count "
                               f"FROM ({MENTION_ENTITIES_SQL}) GROUP BY entity_id").pl()
            con.execute(f"CREATE OR REPLACE TEMP TABLE _entity_keys AS {ENTITY_KEYS_SQL}")
        finally:
            con.unregister("_entity_names")
            con.unregister("_entity_name_keys")
        schema = polars_schema(EntitySchema)
        entities = entities.join(docs, on="entity_id", how="left", maintain_order="left").select(
            list(schema)).cast(schema)
        checked = validate(EntitySchema, entities)
        mentions = int(names["mentions"].sum())
        report = StageReport(
            counts={"entities": checked.valid.height, "mentions": mentions},
            preview=checked.valid.sort("mention_count", descending=True)
            .select("entity_id", "name", "type", "mention_count", "doc_count").head(10),
        )
        report.record("entities", checked)
        return CorpusBuild({"entities": checked.valid}, report, also_write=lambda: (
            replace_table_with(con, "entity_keys", "SELECT key, entity_id FROM _entity_keys")))

    report = rebuild_when_changed(con, "entities", "entities", ENTITY_INPUTS,
                                  file_digest(alias_path()), build=build)
    con.execute("DROP TABLE IF EXISTS _entity_keys")
    return report

