"""Publish group: swap the finished working database in for readers, atomically."""

import dagster as dg
import duckdb

from pipeline.defs.resources import Warehouse
from pipeline.defs.results import OWNERS, TRANSIENT_RETRY
from pipeline.store.database import open_reader
from pipeline.store.tables import PUBLIC_TABLES

# Each count must be 0 in a published database: no row twice, no row pointing at a missing one,
# every document through every per-document stage.
INTEGRITY_SQL = {
    "duplicate_documents": "SELECT count(*) - count(DISTINCT doc_id) FROM documents",
    "duplicate_parsed_articles": "SELECT count(*) - count(DISTINCT doc_id) FROM parsed_articles",
    "duplicate_articles": "SELECT count(*) - count(DISTINCT doc_id) FROM clean_articles",
    "duplicate_mentions": "SELECT count(*) - count(DISTINCT mention_id) FROM doc_mentions",
    "duplicate_claim_candidates": "SELECT count(*) - count(DISTINCT claim_id) "
                                  "FROM claim_candidates",
    "duplicate_claims": "SELECT count(*) - count(DISTINCT claim_id) FROM claims",
    "duplicate_contradictions": """
        SELECT count(*) FROM (SELECT position_id_a, position_id_b FROM contradictions
                              GROUP BY ALL HAVING count(*) > 1)""",
    "duplicate_claim_stances": """
        SELECT count(*) FROM (SELECT claim_id, topic FROM claim_stances
                              GROUP BY ALL HAVING count(*) > 1)""",
    "orphan_articles": "SELECT count(*) FROM articles WHERE doc_id NOT IN "
                       "(SELECT doc_id FROM documents)",
    "orphan_mentions": "SELECT count(*) FROM doc_mentions WHERE doc_id NOT IN "
                       "(SELECT doc_id FROM articles)",
    "orphan_claims": "SELECT count(*) FROM claims WHERE doc_id NOT IN "
                     "(SELECT doc_id FROM articles)",
    "orphan_contradictions": "SELECT count(*) FROM contradictions WHERE claim_id_a NOT IN "
                             "(SELECT claim_id FROM claims) OR claim_id_b NOT IN "
                             "(SELECT claim_id FROM claims)",
    "orphan_processed": "SELECT count(*) FROM processed WHERE doc_id NOT IN "
                        "(SELECT doc_id FROM documents)",
    "documents_not_parsed": "SELECT count(*) FROM documents WHERE doc_id NOT IN "
                            "(SELECT doc_id FROM processed WHERE stage = 'parse')",
    "articles_not_annotated": "SELECT count(*) FROM clean_articles WHERE doc_id NOT IN "
                              "(SELECT doc_id FROM processed WHERE stage = 'nlp')",
}


def integrity_problems(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Counts of duplicated, orphaned and unprocessed rows (all 0 in a consistent database)."""
    return {name: con.execute(sql).fetchone()[0] for name, sql in INTEGRITY_SQL.items()}


def published_database_asset(upstream: list[str]) -> dg.AssetsDefinition:
    """The publish asset, downstream of every asset that writes tables."""

    @dg.asset(
        name="published_database", group_name="publish", kinds={"duckdb"}, owners=OWNERS,
        deps=upstream,
        description="Checkpoints the working DuckDB file and atomically renames a copy over the "
                    "published file (CLAIMTRAIL_DB, default claimtrail.duckdb). Readers never "
                    "see a half-written run and never block one.",
        check_specs=[dg.AssetCheckSpec(
            "published_integrity", asset="published_database",
            description="The published file has no duplicate keys, no claims, mentions or "
                        "contradictions pointing at missing rows, and every document went "
                        "through every per-document stage.")],
        retry_policy=TRANSIENT_RETRY,
    )
    def published_database(warehouse: Warehouse) -> dg.MaterializeResult:
        path = warehouse.publish()
        with open_reader(path) as con:
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in PUBLIC_TABLES}
            problems = integrity_problems(con)
        check = dg.AssetCheckResult(
            check_name="published_integrity", passed=not any(problems.values()),
            severity=dg.AssetCheckSeverity.ERROR, metadata=problems)
        return dg.MaterializeResult(metadata={
            "path": dg.MetadataValue.path(str(path.resolve())),
            "bytes": path.stat().st_size,
            **{f"rows_{t}": dg.MetadataValue.int(n) for t, n in counts.items()},
        }, check_results=[check])

    return published_database
