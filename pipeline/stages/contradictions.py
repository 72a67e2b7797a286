"""Contradictions stage: pairs of opposing positions on one watched topic."""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import ContradictionSchema
from pipeline.models.validation import validate
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.fingerprints import ALL_COLUMNS
from pipeline.trail.consistency import INHERITED
from pipeline.trail.contradictions import find_contradictions

# Only the claims behind the positions count: an article that changes no position leaves the
# contradictions as they were.
IN_POSITIONS = "WHERE claim_id IN (SELECT unnest(claim_ids) FROM positions)"
CONTRADICTION_INPUTS = {"positions": ALL_COLUMNS, "claim_stances": "claim_id, stance_basis",
                        f"(SELECT * FROM claims {IN_POSITIONS})":
                            "claim_id, content, statement_group_id, claim_date, outlet, "
                            "speaker, speaker_entity_id, doc_id",
                        f"(SELECT * FROM statement_texts {IN_POSITIONS})": "claim_id, seen_date"}
# The claims behind the positions that take a side by their own words (not only by their
# speaker's other claims in the article): the evidence a contradiction cites, dated as in
# `positions` (claim_date, else the article's date, kept per claim in `statement_texts`).
EVIDENCE_SQL = f"""
SELECT c.claim_id, c.statement_group_id, c.content, c.claim_date, t.seen_date AS date,
       c.outlet, c.speaker, c.speaker_entity_id
FROM claims c JOIN statement_texts t USING (claim_id)
WHERE c.claim_id IN (SELECT unnest(claim_ids) FROM positions)
  AND c.claim_id NOT IN (SELECT claim_id FROM claim_stances
                         WHERE starts_with(stance_basis, '{INHERITED}'))"""


def run_contradictions(con: duckdb.DuckDBPyConnection) -> StageReport:
    """A `supports` position against a `refutes` one: two speakers who disagree, or one who
    changed side. Neutral claims never take part."""

    def build() -> CorpusBuild:
        pairs = find_contradictions(con.execute("SELECT * FROM positions").pl(),
                                    con.execute(EVIDENCE_SQL).pl())
        checked = validate(ContradictionSchema, pairs)
        report = StageReport(
            counts={"contradictions": checked.valid.height,
                    "changes_of_side": checked.valid.filter(
                        pl.col("speaker_a") == pl.col("speaker_b")).height},
            preview=checked.valid.sort("strength", descending=True).select(
                "topic", "speaker_a", "speaker_b", "strength", "evidence_pairs", "reason")
            .head(10),
        )
        report.record("contradictions", checked)
        return CorpusBuild({"contradictions": checked.valid}, report)

    return rebuild_when_changed(con, "contradictions", "contradictions", CONTRADICTION_INPUTS,
                                build=build)
