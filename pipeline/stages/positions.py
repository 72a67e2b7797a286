"""Positions stage: each speaker's side on each watched topic over time (`positions`)."""

from __future__ import annotations

import duckdb

from pipeline.models import PositionSchema
from pipeline.models.validation import validate
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.fingerprints import ALL_COLUMNS
from pipeline.trail.positions import build_positions

# (A claim's date is its `statement_texts.seen_date`: claim_date, else its article's date, kept
# per claim by the claims stage; the `articles` view would cost a pass over every article.)
# Only the claims on a topic count: an article with none leaves positions as they were.
ON_TOPIC = "WHERE claim_id IN (SELECT claim_id FROM claim_stances)"
POSITION_INPUTS = {"claim_stances": ALL_COLUMNS,
                   f"(SELECT * FROM claims {ON_TOPIC})":
                       "claim_id, speaker, speaker_entity_id, statement_group_id, claim_date, "
                       "outlet, doc_id",
                   f"(SELECT * FROM statement_texts {ON_TOPIC})": "claim_id, seen_date",
                   "entities": "entity_id, name"}
# Every claim's stance on every topic it is on, with who said it and when.
STANCES_SQL = """
SELECT s.claim_id, s.topic, s.stance, c.speaker, c.speaker_entity_id, c.statement_group_id,
       t.seen_date AS date, c.outlet, e.name AS entity_name
FROM claim_stances s JOIN claims c USING (claim_id) JOIN statement_texts t USING (claim_id)
LEFT JOIN entities e ON e.entity_id = c.speaker_entity_id
ORDER BY s.topic, s.claim_id"""


def run_positions(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Rebuild `positions` from the claims' stances (only when a stance or claim changed)."""

    def build() -> CorpusBuild:
        positions = build_positions(con.execute(STANCES_SQL).pl())
        checked = validate(PositionSchema, positions)
        report = StageReport(
            counts={"positions": checked.valid.height,
                    "speakers": checked.valid.select("topic", "speaker").n_unique(),
                    "changed_positions": checked.valid["changed_position"].sum()},
            preview=checked.valid.select("topic", "speaker", "stance", "first_date",
                                         "last_date", "claim_count", "changed_position")
            .head(10),
        )
        report.record("positions", checked)
        return CorpusBuild({"positions": checked.valid}, report)

    return rebuild_when_changed(con, "positions", "positions", POSITION_INPUTS, build=build)
