"""Contradictions stage: pairs of opposing positions on one watched topic."""

from __future__ import annotations

import duckdb

from pipeline.models import ContradictionSchema
from pipeline.models.validation import validate
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import CheckTally, StageReport
from pipeline.store.database import insert_frame, replace_table_with
from pipeline.store.fingerprints import ALL_COLUMNS
from pipeline.trail.consistency import ACROSS, INHERITED, guessed_sql
from pipeline.trail.contradictions import contradiction_batches

# Only the claims behind the positions count: an article that changes no position leaves the
# contradictions as they were.
IN_POSITIONS = "WHERE claim_id IN (SELECT unnest(claim_ids) FROM positions)"
CONTRADICTION_INPUTS = {"positions": ALL_COLUMNS, "claim_stances": "claim_id, stance_basis",
                        f"(SELECT * FROM claims {IN_POSITIONS})":
                            "claim_id, content, statement_group_id, claim_date, outlet, "
                            "speaker, speaker_entity_id, doc_id",
                        f"(SELECT * FROM statement_texts {IN_POSITIONS})": "claim_id, seen_date"}
BUILT = "_contradictions_built"  # this run's rows, written batch by batch
# The claims behind the positions that take a side by their own words (not only by their
# speaker's other claims in the article): the evidence a contradiction cites, dated as in
# `positions` (claim_date, else the article's date, kept per claim in `statement_texts`).
EVIDENCE_SQL = f"""
SELECT c.claim_id, c.statement_group_id, c.content, c.claim_date, t.seen_date AS date,
       c.outlet, c.speaker, c.speaker_entity_id
FROM claims c JOIN statement_texts t USING (claim_id)
WHERE c.claim_id IN (SELECT unnest(claim_ids) FROM positions)
  AND c.claim_id NOT IN (SELECT claim_id FROM claim_stances
                         WHERE starts_with(stance_basis, '{INHERITED}')
                            OR starts_with(stance_basis, '{ACROSS}')
                            OR {guessed_sql('stance_basis')})"""


def run_contradictions(con: duckdb.DuckDBPyConnection) -> StageReport:
    """A `supports` position against a `refutes` one: two speakers who disagree, or one who
    changed side. Neutral claims never take part."""

    def build() -> CorpusBuild:
        report = StageReport()
        con.execute(f"CREATE OR REPLACE TEMP TABLE {BUILT} AS "
                    "SELECT * FROM contradictions LIMIT 0")
        for rows in contradiction_batches(con.execute("SELECT * FROM positions").pl(),
                                          con.execute(EVIDENCE_SQL).pl()):
            checked = validate(ContradictionSchema, rows)
            insert_frame(con, BUILT, checked.valid)  # batch by batch: memory stays bounded
            report.record("contradictions", checked)
        report.checks.setdefault("contradictions", CheckTally())  # checked, even with no rows
        contradictions, changes = con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE speaker_a = speaker_b) FROM {BUILT}"
        ).fetchone()
        report.counts.update(contradictions=contradictions, changes_of_side=changes)
        report.preview = con.execute(
            f"SELECT topic, speaker_a, speaker_b, strength, evidence_pairs, reason FROM {BUILT} "
            "ORDER BY strength DESC, topic, position_id_a, position_id_b LIMIT 10").pl()

        def write() -> None:
            replace_table_with(con, "contradictions", f"SELECT * FROM {BUILT}")
            con.execute(f"DROP TABLE {BUILT}")

        return CorpusBuild({}, report, also_write=write)

    return rebuild_when_changed(con, "contradictions", "contradictions", CONTRADICTION_INPUTS,
                                build=build)
