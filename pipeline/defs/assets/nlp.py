"""NLP group: one spaCy pass per new article -> entity mentions and claim candidates; entities."""

import dagster as dg
import duckdb

from pipeline.defs.resources import SpacyWorkers, Warehouse
from pipeline.defs.results import (
    OWNERS,
    column_schema,
    materialize_result,
    row_count_check,
    row_count_check_spec,
    schema_check_spec,
)
from pipeline.stages.entities import CHECKED_DOCS, run_entities
from pipeline.stages.nlp import run_nlp

# In proportion to the run: offsets and links of the mentions the entities stage (re)linked
# (`CHECKED_DOCS`: new, changed and re-merged documents; a body changes only with its document's
# mentions), plus whole-table counts that need no body: mentions without an article and keys
# pointing at no entity.
MENTION_INTEGRITY_SQL = f"""
WITH articles AS (SELECT doc_id FROM documents JOIN parsed_articles USING (doc_id)
                  JOIN clean_articles USING (doc_id)),
checked AS (SELECT * FROM doc_mentions WHERE doc_id IN (SELECT doc_id FROM {CHECKED_DOCS}))
SELECT (SELECT count(*) FROM doc_mentions ANTI JOIN articles USING (doc_id)) AS orphan_mentions,
       (SELECT count(*) FROM checked m JOIN clean_articles a USING (doc_id)
        WHERE m.end_char > length(a.body)
           OR substr(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.text)
           AS offsets_off_body,
       (SELECT count(*) FROM checked m ANTI JOIN entity_keys k ON k.key = m.mention_id)
       + (SELECT count(*) FROM entity_keys ANTI JOIN entities USING (entity_id)) AS unlinked,
       (SELECT count(*) FROM {CHECKED_DOCS}) AS checked_documents
"""


def mention_integrity(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    """The `mention_integrity` check, right after `run_entities` on the same connection."""
    orphans, off_body, unlinked, checked = con.execute(MENTION_INTEGRITY_SQL).fetchone()
    return dg.AssetCheckResult(
        check_name="mention_integrity", passed=orphans + off_body + unlinked == 0,
        metadata={"orphan_mentions": orphans, "offsets_off_body": off_body,
                  "unlinked_mentions": unlinked, "checked_documents": checked})


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
                          description="Every mention belongs to an article and every entity "
                                      "key to an entity (whole table); the mentions this run "
                                      "linked (checked_documents: new, changed and re-merged "
                                      "documents) point at their text inside the body and "
                                      "link to an entity."),
    ],
)
def entities(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        report = run_entities(con)
        integrity = mention_integrity(con)
    check, extra = row_count_check(context, "entities", report.counts["entities"])
    return materialize_result("entities", report, [integrity, check], tables=("entities",),
                              checked=("entities",), extra=extra)
