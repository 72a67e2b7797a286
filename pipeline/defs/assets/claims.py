"""Claims group: `claims` (with stances and statement groups), `positions`, `contradictions`."""

import dagster as dg

from pipeline.defs.resources import Warehouse, Watchlist
from pipeline.defs.results import (
    OWNERS,
    column_schema,
    materialize_result,
    row_count_check,
    row_count_check_spec,
    schema_check_spec,
)
from pipeline.stages.claims import run_claims
from pipeline.stages.contradictions import run_contradictions
from pipeline.stages.positions import run_positions

MAX_UNNAMED_SHARE = 0.5

CLAIM_INTEGRITY_SQL = """
SELECT count(*) FILTER (WHERE a.doc_id IS NULL) AS orphan_claims,
       count(*) FILTER (WHERE c.end_char > length(a.body)) AS offsets_off_body,
       count(*) FILTER (WHERE c.speaker_entity_id IS NOT NULL
                        AND c.speaker_entity_id NOT IN (SELECT entity_id FROM entities))
           AS unknown_speaker_entities,
       count(*) FILTER (WHERE c.speaker_entity_id IS NULL) AS unnamed_speakers,
       count(*) AS claims
FROM claims c LEFT JOIN articles a USING (doc_id)
"""


@dg.asset(
    group_name="claims", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema('claims'),
    deps=["claim_candidates", "entities"],
    description="One row per attributed statement: speaker (linked to `entities` when named), "
                "role, cue, content, quote type, polarity, claim date, watchlist topic, outlet, "
                "stance toward the topic's proposition, statement group. Also writes "
                "`claim_stances` (one row per claim and topic) and `statement_groups`.",
    check_specs=[
        schema_check_spec("claims", "claims"),
        schema_check_spec("claims", "claim_stances"),
        schema_check_spec("claims", "statement_groups"),
        row_count_check_spec("claims"),
        dg.AssetCheckSpec("claim_integrity", asset="claims",
                          description="Every claim belongs to an article, its span lies inside "
                                      "the body and its speaker entity exists."),
        dg.AssetCheckSpec("named_speaker_share", asset="claims",
                          description=f"At most {MAX_UNNAMED_SHARE:.0%} of claims have no "
                                      "speaker linked to a named entity."),
    ],
)
def claims(
    context: dg.AssetExecutionContext, warehouse: Warehouse, watchlist: Watchlist
) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_claims(con, watchlist.topics())
        orphans, off_body, unknown, unnamed, total = con.execute(CLAIM_INTEGRITY_SQL).fetchone()
    integrity = dg.AssetCheckResult(
        check_name="claim_integrity", passed=orphans + off_body + unknown == 0,
        metadata={"orphan_claims": orphans, "offsets_off_body": off_body,
                  "unknown_speaker_entities": unknown})
    share = unnamed / total if total else 0.0
    named = dg.AssetCheckResult(
        check_name="named_speaker_share", passed=share <= MAX_UNNAMED_SHARE,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"claims": total, "without_named_speaker": unnamed, "share": share})
    check, extra = row_count_check(context, "claims", report.counts["claims"])
    return materialize_result("claims", report, [integrity, named, check],
                              tables=("claims", "claim_stances", "statement_groups"),
                              checked=("claims", "claim_stances", "statement_groups"),
                              extra=extra)


@dg.asset(
    group_name="claims", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema("positions"), deps=["claims"],
    description="Each speaker's side (supports/refutes) on each watched proposition over time: "
                "one row per period, a new period when the speaker changes side "
                "(`changed_position`). Neutral claims take no side.",
    check_specs=[schema_check_spec("positions", "positions")],
)
def positions(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_positions(con)
    return materialize_result("positions", report, tables=("positions",),
                              checked=("positions",))


@dg.asset(
    group_name="claims", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema("contradictions"), deps=["positions"],
    description="One row per pair of opposing positions on a watched topic: two speakers who "
                "disagree, or one who changed side; the strongest evidence pair of claims, "
                "the number of evidence pairs, days apart, a reason and a strength to rank by. "
                "Copies of one statement count once.",
    check_specs=[schema_check_spec("contradictions", "contradictions")],
)
def contradictions(warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_contradictions(con)
    return materialize_result("contradictions", report, tables=("contradictions",),
                              checked=("contradictions",))
