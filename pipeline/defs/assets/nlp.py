"""NLP group: one spaCy pass per new article -> entity mentions and claim candidates; entities."""

import dagster as dg

from pipeline.defs.resources import SpacyWorkers, Warehouse
from pipeline.defs.results import (
    OWNERS,
    column_schema,
    materialize_result,
    row_count_check,
    row_count_check_spec,
    schema_check_spec,
)
from pipeline.stages.entities import run_entities
from pipeline.stages.nlp import run_nlp

MENTION_INTEGRITY_SQL = """
SELECT count(*) FILTER (WHERE a.doc_id IS NULL) AS orphan_mentions,
       count(*) FILTER (WHERE m.end_char > length(a.body)
                        OR substr(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.text)
           AS offsets_off_body,
       count(*) FILTER (WHERE m.entity_id IS NULL
                        OR m.entity_id NOT IN (SELECT entity_id FROM entities)) AS unlinked
FROM entity_mentions m LEFT JOIN articles a USING (doc_id)
"""


@dg.multi_asset(
    specs=[
        dg.AssetSpec("entity_mentions", group_name="nlp", deps=["articles"], owners=OWNERS,
                     metadata=column_schema("doc_mentions"),
                     kinds={"spacy", "duckdb"},
                     description="Named-entity mentions (PERSON, ORG, GPE, NORP...) with "
                                 "character offsets into `articles.body`, a document-level "
                                 "canonical name and role; `entity_mentions` view."),
        dg.AssetSpec("claim_candidates", group_name="claims", deps=["articles"], owners=OWNERS,
                     metadata=column_schema("claim_candidates"),
                     kinds={"spacy", "duckdb"},
                     description="Attributed statements (speaker, cue, content, quote type, "
                                 "polarity, claim date) found in each article, from the same "
                                 "spaCy pass."),
    ],
    check_specs=[schema_check_spec("entity_mentions", "doc_mentions"),
                 schema_check_spec("claim_candidates", "claim_candidates")],
    retry_policy=dg.RetryPolicy(max_retries=1, delay=5),
)
def spacy_annotations(warehouse: Warehouse, spacy_workers: SpacyWorkers):
    """Run the model once over every article body not yet annotated."""
    with warehouse.writer() as con:
        report = run_nlp(con, n_process=spacy_workers.n_process or None,
                         scheduler=spacy_workers.dask_scheduler or None)
    yield materialize_result("entity_mentions", report, tables=("doc_mentions",),
                             checked=("doc_mentions",))
    yield materialize_result("claim_candidates", report, tables=("claim_candidates",),
                             checked=("claim_candidates",))


@dg.asset(
    group_name="nlp", kinds={"python", "duckdb"}, owners=OWNERS,
    metadata=column_schema('entities'), deps=["entity_mentions"],
    description="Canonical entities across the corpus: surnames merged into full names, "
                "country aliases merged, honorifics stripped, type by majority vote, roles.",
    check_specs=[
        schema_check_spec("entities", "entities"),
        row_count_check_spec("entities"),
        dg.AssetCheckSpec("mention_integrity", asset="entities",
                          description="Every mention belongs to an article, its offsets point "
                                      "at its text inside the body, and it links to an entity."),
    ],
)
def entities(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_entities(con)
        orphans, off_body, unlinked = con.execute(MENTION_INTEGRITY_SQL).fetchone()
    integrity = dg.AssetCheckResult(
        check_name="mention_integrity", passed=orphans + off_body + unlinked == 0,
        metadata={"orphan_mentions": orphans, "offsets_off_body": off_body,
                  "unlinked_mentions": unlinked})
    check, extra = row_count_check(context, "entities", report.counts["entities"])
    return materialize_result("entities", report, [integrity, check], tables=("entities",),
                              checked=("entities",), extra=extra)
