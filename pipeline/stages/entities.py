"""Entities stage: every mention merged into canonical entities (`entities`, `entity_keys`)."""

from __future__ import annotations

import duckdb

from pipeline.models import EntitySchema
from pipeline.models.validation import validate
from pipeline.nlp.entities import alias_path, build_entities
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.fingerprints import ALL_COLUMNS, file_digest

ENTITY_INPUTS = {"doc_mentions": ALL_COLUMNS}  # what it reads: table -> columns


def run_entities(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Merge all mentions into canonical entities; map every mention and name key to one."""

    def build() -> CorpusBuild:
        mentions = con.execute("SELECT doc_id, mention_id, text, label, canonical, role "
                               "FROM doc_mentions ORDER BY doc_id, start_char").pl()
        entities, entity_keys = build_entities(mentions)
        checked = validate(EntitySchema, entities)
        report = StageReport(
            counts={"entities": checked.valid.height, "mentions": mentions.height},
            preview=checked.valid.sort("mention_count", descending=True)
            .select("entity_id", "name", "type", "mention_count", "doc_count").head(10),
        )
        report.record("entities", checked)
        return CorpusBuild({"entities": checked.valid, "entity_keys": entity_keys}, report)

    return rebuild_when_changed(con, "entities", "entities", ENTITY_INPUTS,
                                file_digest(alias_path()),
                                build=build)
