"""DDL of every DuckDB table (from the models) and view: the public interface (README.md).

Per-document tables are written incrementally (delete-then-insert by doc_id); corpus-level
tables (clusters, entities, claims, contradictions) are rebuilt from them when their inputs
changed (`stage_inputs` holds the fingerprints, see `pipeline.store.fingerprints`).
"""

from __future__ import annotations

import hashlib

import duckdb

from pipeline.models import TABLES as MODELS
from pipeline.models.columns import column_definitions, column_list, key_columns

# DDL column lists, derived from the pandera models (`pipeline.models`, the one declaration).
TABLES: dict[str, str] = {name: column_definitions(model) for name, model in MODELS.items()}

# `articles` joins the parse, clean and dedupe stages; a title, outlet or date missing on a member
# is filled from the other members of its near-duplicate cluster (canonical member first), and
# title_source / outlet_source / date_source say so ('duplicate').
ARTICLES_SQL = """WITH joined AS (
    SELECT d.doc_id, d.source_path, p.title, p.standfirst, p.outlet, p.wire, p.dateline,
           p.published_date, p.date_source, c.body, c.language, c.word_count,
           coalesce(k.cluster_id, d.doc_id) AS cluster_id,
           coalesce(k.is_canonical, true) AS is_canonical,
           coalesce(k.cluster_size, 1) AS cluster_size, k.duplicate_kind
    FROM (SELECT * FROM documents{only}) d
    JOIN (SELECT * FROM parsed_articles{only}) p USING (doc_id)
    JOIN (SELECT * FROM clean_articles{only}) c USING (doc_id)
    LEFT JOIN (SELECT * FROM article_clusters{only}) k USING (doc_id)
), filled AS (
    SELECT *,
        first_value(title IGNORE NULLS) OVER cluster AS cluster_title,
        first_value(published_date IGNORE NULLS) OVER cluster AS cluster_date,
        first_value(outlet IGNORE NULLS) OVER cluster AS cluster_outlet
    FROM joined
    WINDOW cluster AS (PARTITION BY cluster_id ORDER BY is_canonical DESC, doc_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT doc_id, source_path,
       coalesce(title, cluster_title) AS title,
       CASE WHEN title IS NULL AND cluster_title IS NOT NULL THEN 'duplicate'
            WHEN title IS NULL THEN 'none' ELSE 'parsed' END AS title_source,
       standfirst,
       coalesce(outlet, cluster_outlet) AS outlet,
       CASE WHEN outlet IS NULL AND cluster_outlet IS NOT NULL THEN 'duplicate'
            WHEN outlet IS NULL THEN 'none' ELSE 'parsed' END AS outlet_source,
       wire, dateline,
       coalesce(published_date, cluster_date) AS published_date,
       CASE WHEN published_date IS NULL AND cluster_date IS NOT NULL THEN 'duplicate'
            ELSE date_source END AS date_source,
       body, language, word_count, cluster_id, is_canonical, cluster_size, duplicate_kind
FROM filled
"""
ARTICLES_VIEW = ("\nCREATE OR REPLACE VIEW articles AS\n"
                 + ARTICLES_SQL.format(only=""))


def articles_of(con: duckdb.DuckDBPyConnection, docs: str) -> str:
    """The `articles` rows of the clusters of the documents ``docs`` (SQL selecting doc_id)
    selects: the view's window over every cluster, for the few an update touches. Their
    members are listed first (`_article_members`, a temp table) and each table filtered by
    them: a filter on the join, or by a subquery, read every body (0.85 s against 0.1 s at
    1,000,000 articles)."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _article_members AS
                    SELECT doc_id FROM article_clusters WHERE cluster_id IN (
                        SELECT cluster_id FROM article_clusters WHERE doc_id IN ({docs}))
                    UNION {docs}""")
    return ARTICLES_SQL.format(only=" WHERE doc_id IN (SELECT doc_id FROM _article_members)")


# Tables holding rows derived from one document: cleared when its file changes or disappears.
PER_DOCUMENT_TABLES = ["processed", "quarantine", "removed_lines", "doc_mentions",
                       "claim_candidates", "clean_articles",
                       "parsed_articles", "article_clusters", "dedupe_bands", "documents"]


ENTITY_MENTIONS_VIEW = """
CREATE OR REPLACE VIEW entity_mentions AS
SELECT m.mention_id, m.doc_id, k.entity_id, m.text, m.label, m.start_char, m.end_char,
       m.canonical, m.role
FROM doc_mentions m LEFT JOIN entity_keys k ON k.key = m.mention_id
"""

CLAIM_TIMELINE_VIEW = """
CREATE OR REPLACE VIEW claim_timeline AS
SELECT c.topic, c.claim_date, c.speaker, c.speaker_role, c.outlet, c.stance, c.polarity,
       c.quote_type, c.cue, c.content, a.title, a.published_date, c.claim_id, c.doc_id
FROM claims c JOIN articles a USING (doc_id)
ORDER BY c.topic NULLS LAST, coalesce(c.claim_date, a.published_date) NULLS LAST, c.claim_id
"""

# Who stands where on each topic, in the order they took that side.
TOPIC_POSITIONS_VIEW = """
CREATE OR REPLACE VIEW topic_positions AS
SELECT topic, speaker, stance, first_date, last_date, outlets, claim_count, period,
       changed_position, speaker_entity_id, position_id
FROM positions
ORDER BY topic, first_date NULLS LAST, speaker, period
"""


CONTRADICTION_PAIRS_VIEW = """
CREATE OR REPLACE VIEW contradiction_pairs AS
SELECT x.topic, x.strength, x.speaker_a, x.stance_a, x.speaker_b, x.stance_b,
       x.evidence_pairs, x.days_apart, x.similarity, x.shared_terms,
       a.claim_date AS date_a, a.outlet AS outlet_a, a.content AS content_a,
       b.claim_date AS date_b, b.outlet AS outlet_b, b.content AS content_b,
       a.polarity AS polarity_a, b.polarity AS polarity_b,
       x.reason, x.claim_id_a, x.claim_id_b, x.position_id_a, x.position_id_b
FROM contradictions x
JOIN claims a ON a.claim_id = x.claim_id_a
JOIN claims b ON b.claim_id = x.claim_id_b
ORDER BY x.topic, x.strength DESC, x.days_apart DESC NULLS LAST, x.claim_id_a, x.claim_id_b
"""
VIEWS = [ARTICLES_VIEW, ENTITY_MENTIONS_VIEW, CLAIM_TIMELINE_VIEW, TOPIC_POSITIONS_VIEW,
         CONTRADICTION_PAIRS_VIEW]
# What analysts query (README "Tables"): published, counted and exported.
PUBLIC_TABLES = ["source_files", "documents", "articles", "removed_lines", "quarantine",
                 "entities", "entity_mentions", "claims", "claim_stances", "statement_groups",
                 "positions", "contradictions"]
# Views over the public tables that `claimtrail export` recreates over Parquet.
ANALYST_VIEWS = [CLAIM_TIMELINE_VIEW, TOPIC_POSITIONS_VIEW, CONTRADICTION_PAIRS_VIEW]




def migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Columns added after a release: an older database gets every model column it lacks on its
    next run (additive only; the corpus-level tables they belong to are rebuilt by that run)."""
    present = set(con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema()").fetchall())
    return [f"ALTER TABLE {table} ADD COLUMN {column}"
            for table, model in MODELS.items() for column in column_list(model)
            if (table, column.split()[0]) not in present]


# Only the small bookkeeping tables written with ON CONFLICT / OR REPLACE (`source_files`,
# `processed`, `stage_inputs`) carry a PRIMARY KEY. DuckDB rewrites a table's whole index at
# every checkpoint once a row of the table changed, so the keys on the per-document tables cost
# 2.4 s of every run that adds one file to 10,000 (and index upkeep made `entity_keys` rebuilds
# several times slower). Ids are unique by construction (content digests), checked by pandera in
# every batch, and checked across the whole table by `published_integrity`.
UNKEYED_TABLES = [name for name, model in MODELS.items() if not key_columns(model)]
DROP_KEYS_SQL = """
SELECT DISTINCT table_name FROM duckdb_constraints()
WHERE constraint_type = 'PRIMARY KEY' AND table_name IN (SELECT unnest(?::VARCHAR[]))
"""


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing, add missing columns, drop the keys older versions put on tables
    whose model has none (copying the table without them), and (re)create views that changed.

    On an up-to-date database it writes nothing, so a run with nothing new leaves the working
    file as it was and `publish` need not copy it again."""
    for statement in table_statements():
        con.execute(statement)
    changed = migrations(con)  # columns are looked up once the tables exist
    for statement in changed:
        con.execute(statement)
    for (table,) in con.execute(DROP_KEYS_SQL, [UNKEYED_TABLES]).fetchall():
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {table}")
        changed.append(table)
    ensure_views(con, every=bool(changed))


def ensure_views(con: duckdb.DuckDBPyConnection, every: bool = False) -> None:
    """(Re)create each view whose statement changed (its digest is the view's comment), or
    ``every`` view (after a table changed shape)."""
    current = dict(con.execute("SELECT view_name, comment FROM duckdb_views() "
                               "WHERE NOT internal").fetchall())
    for statement in VIEWS:
        name = statement.split(" VIEW ", 1)[1].split()[0]
        digest = hashlib.sha256(statement.encode()).hexdigest()[:16]
        if every or current.get(name) != digest:
            con.execute(statement)
            con.execute(f"COMMENT ON VIEW {name} IS '{digest}'")


def table_statements() -> list[str]:
    """CREATE statements for every table."""
    return [f"CREATE TABLE IF NOT EXISTS {name} ({cols})" for name, cols in TABLES.items()]


def create_statements() -> list[str]:
    """The whole schema of a new database: every table, then the views that read them."""
    return [*table_statements(), *VIEWS]
