"""The claims stage's statement groups, kept up to date rather than regrouped per speaker.

Groups are the connected components of the "same statement" relation within one speaker key
(`pipeline.trail.statements`), so, as with the duplicate clusters of `pipeline.stages.dedupe`,
removing or adding claims changes only some components:

- a group that lost members (their document changed or went, their speaker moved) can only
  split: it is grouped again from its remaining members;
- a new claim (or one whose speaker key moved, both in `_regroup_new`) is linked in SQL to every
  claim of its speaker key it is the same statement as, by the rule itself on `statement_texts`
  rows, and merged with every group it touches. A merged group's row comes from the rows of the
  groups it absorbs and its new claims (its representative is the first of their
  representatives), so a much-quoted speaker's history is never read into Python.

The result equals a full rebuild, which groups speaker partitions of about ``GROUP_CLAIMS``
claims at once: exact copies collapse in SQL, Python links the partition's distinct texts, and
the group rows are computed in SQL, so memory follows distinct texts, not claims. More than
``MERGE_LIMIT`` new claims (a large batch of articles) regroup their speakers whole instead:
linking each to every claim of its speaker would cost more.
"""

from __future__ import annotations

import math

import duckdb
import polars as pl

from pipeline.models import StatementGroupSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import insert_frame
from pipeline.trail.statements import (
    MIN_CONTAINED_WORDS,
    MIN_JACCARD,
    MIN_SHARED_TERMS,
    group_rows,
    text_groups,
)

GROUP_CLAIMS = 200_000  # claims per speaker partition when statements are grouped whole
MERGE_LIMIT = 5_000  # new claims linked one by one; more regroup their speakers whole

# Exact copies collapse in SQL: one row per distinct text of a speaker key in one partition,
# with its claims, so Python holds texts, never claims (the most quoted synthetic speaker's
# million claims at 1,000,000 articles are a few tens of thousands of texts). One query per
# partition: sorting every claim by partition ran out of DuckDB's 256 MB at that size.
TEXTS_SQL = """
CREATE OR REPLACE TEMP TABLE _texts AS
SELECT row_number() OVER () AS text, * FROM (
    SELECT key, norm, terms, any_value(words) AS words, list(claim_id) AS claims
    FROM statement_texts t {where} GROUP BY key, norm, terms)"""
# One row per group of `_claim_groups` (claim_id, grp): its representative (earliest, then
# longest, then smallest claim_id: `statements.group_rows` in SQL), outlets and counts.
# Plain aggregates over distinct rows, not a window or DISTINCT aggregates: DuckDB spills
# those, and a partition may be one speaker's million claims (a DISTINCT aggregate per group
# ran out of its 256 MB there).
GROUP_ROWS_SQL = """
WITH r AS (
    SELECT g.grp, c.claim_id, c.doc_id, c.content, c.outlet, t.seen_date
    FROM _claim_groups g JOIN claims c USING (claim_id) JOIN statement_texts t USING (claim_id)
), a AS (
    SELECT grp, arg_min(claim_id, {'undated': seen_date IS NULL,
                                   'date': coalesce(seen_date, DATE '9999-12-31'),
                                   'longest': -length(content), 'id': claim_id}) AS claim_id,
           count(*) AS claim_count
    FROM r GROUP BY grp
), docs AS (
    SELECT grp, count(*) AS article_count FROM (SELECT DISTINCT grp, doc_id FROM r) GROUP BY grp
), outlets AS (
    SELECT grp, list(outlet ORDER BY outlet) AS outlets
    FROM (SELECT DISTINCT grp, outlet FROM r WHERE outlet IS NOT NULL) GROUP BY grp)
SELECT a.grp, substr(sha1(a.claim_id), 1, 16) AS statement_group_id, c.speaker,
       c.speaker_entity_id, c.content, a.claim_id, t.seen_date AS first_seen,
       c.outlet AS first_outlet, coalesce(o.outlets, []::VARCHAR[]) AS outlets,
       d.article_count, a.claim_count
FROM a JOIN docs d USING (grp) LEFT JOIN outlets o USING (grp)
JOIN claims c USING (claim_id) JOIN statement_texts t USING (claim_id)"""


def _contained(short: str, long: str) -> str:
    return (f"(len({short}.terms) > 0 AND {short}.words >= {MIN_CONTAINED_WORDS} "
            f"AND {short}.words < {long}.words "
            f"AND contains(' ' || {long}.norm || ' ', ' ' || {short}.norm || ' '))")


# Every pair (new claim, other claim of its speaker key) that is the same statement, with the
# other's group: equal words, one contained in the other, or similar terms (the rule of
# `pipeline.trail.statements`, on the same `statement_texts` values). The other claims are
# compared once per distinct text (words, and terms by their hash): equal words always link, so
# an old claim's copies are in its group, and the most quoted synthetic speaker's 1,000,000
# statements at 1,000,000 articles are 69,909 texts to compare, not a million.
EDGES_SQL = f"""
WITH n AS (SELECT * FROM statement_texts WHERE claim_id IN (SELECT claim_id FROM _regroup_new)),
o AS (
    SELECT key, norm, any_value(words) AS words, any_value(terms) AS terms,
           min(claim_id) AS claim_id
    FROM statement_texts
    WHERE key IN (SELECT key FROM n) AND claim_id NOT IN (SELECT claim_id FROM _regroup_new)
    GROUP BY key, norm, hash(terms)
    UNION ALL
    SELECT key, norm, words, terms, claim_id FROM n),
pairs AS (
    SELECT n.claim_id AS a, o.claim_id AS b,
           len(list_intersect(n.terms, o.terms)) AS shared,
           len(n.terms) + len(o.terms) AS sizes,
           n.norm = o.norm OR {_contained("n", "o")} OR {_contained("o", "n")} AS words_match
    FROM n JOIN o ON o.key = n.key AND o.claim_id <> n.claim_id)
SELECT p.a, p.b, c.statement_group_id AS group_b
FROM pairs p JOIN claims c ON c.claim_id = p.b
WHERE p.words_match OR (p.shared >= {MIN_SHARED_TERMS}
                        AND p.shared >= {MIN_JACCARD}::DOUBLE * (p.sizes - p.shared) - 1e-9)"""
# The merged groups' parts: the old groups' rows (for their members) and the new claims.
PARTS_SQL = """
SELECT m."group", g.claim_id, NULL::VARCHAR AS doc_id, g.speaker, g.speaker_entity_id,
       g.content, g.first_seen AS "when", g.first_outlet AS outlet, g.outlets, g.claim_count
FROM statement_groups g JOIN _merge_groups m USING (statement_group_id)
UNION ALL
SELECT m."group", c.claim_id, c.doc_id, c.speaker, c.speaker_entity_id, c.content,
       t.seen_date, c.outlet, list_filter([c.outlet], x -> x IS NOT NULL), 1
FROM claims c JOIN statement_texts t USING (claim_id) JOIN _merge_claims m USING (claim_id)"""
ARTICLE_COUNTS_SQL = """
SELECT "group", count(DISTINCT doc_id) AS article_count FROM (
    SELECT m."group", c.doc_id FROM claims c JOIN _merge_groups m USING (statement_group_id)
    UNION ALL
    SELECT m."group", c.doc_id FROM claims c JOIN _merge_claims m USING (claim_id))
GROUP BY "group" """


def regroup_all(con: duckdb.DuckDBPyConnection, report: StageReport, where: str = "") -> None:
    """Group the statements of every claim ``where`` selects (a clause on `statement_texts t`;
    default all), one partition of speaker keys at a time. Their old groups must be gone."""
    (claims,) = con.execute(f"SELECT count(*) FROM statement_texts t {where}").fetchone()
    parts = max(1, math.ceil(claims / GROUP_CLAIMS))
    con.execute("CREATE OR REPLACE TEMP TABLE _claim_group_ids "
                "(claim_id VARCHAR, statement_group_id VARCHAR)")
    for part in range(parts):
        in_part = f"{where} {'AND' if where else 'WHERE'} hash(t.key) % {parts} = {part}"
        con.execute(TEXTS_SQL.format(where=in_part))
        texts = con.execute("SELECT text, key, norm, words, terms FROM _texts").pl()
        if texts.is_empty():
            continue
        con.register("_text_groups", text_groups(texts).select("text", grp="group"))
        try:
            con.execute("CREATE OR REPLACE TEMP TABLE _claim_groups AS "
                        "SELECT g.grp, unnest(x.claims) AS claim_id "
                        "FROM _texts x JOIN _text_groups g USING (text)")
        finally:
            con.unregister("_text_groups")
        _write_groups(con, report)
    # One update at the end: a partition's claims lie in every row group of `claims`, and an
    # update per partition rewrote them all each time (25-75 s each at 1,000,000 articles).
    con.execute("UPDATE claims SET statement_group_id = m.statement_group_id "
                "FROM _claim_group_ids m WHERE claims.claim_id = m.claim_id")
    for table in ("_texts", "_claim_groups", "_claim_group_ids"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def regroup_changed(con: duckdb.DuckDBPyConnection, report: StageReport) -> None:
    """Bring the groups up to date after claims were removed (their old groups in
    `_lost_groups`) and added (`_regroup_new`)."""
    con.execute("UPDATE claims SET statement_group_id = '' "
                "WHERE claim_id IN (SELECT claim_id FROM _regroup_new)")
    (new,) = con.execute("SELECT count(*) FROM _regroup_new").fetchone()
    if new > MERGE_LIMIT:
        _regroup_speakers(con, report)
        return
    con.execute("DELETE FROM statement_groups WHERE statement_group_id IN "
                "(SELECT statement_group_id FROM _lost_groups)")
    regroup_all(con, report, "WHERE t.claim_id IN (SELECT claim_id FROM claims WHERE "
                             "statement_group_id IN (SELECT statement_group_id FROM _lost_groups))")
    if new:
        _merge_new_claims(con, report)


def _regroup_speakers(con: duckdb.DuckDBPyConnection, report: StageReport) -> None:
    """Regroup every claim of the speaker keys of the new claims and the lost groups."""
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _regroup_keys AS
        SELECT key FROM statement_texts WHERE claim_id IN (SELECT claim_id FROM _regroup_new)
        UNION
        SELECT t.key FROM claims c JOIN statement_texts t USING (claim_id)
        WHERE c.statement_group_id IN (SELECT statement_group_id FROM _lost_groups)""")
    where = "WHERE t.key IN (SELECT key FROM _regroup_keys)"
    con.execute(f"""
        DELETE FROM statement_groups WHERE statement_group_id IN (
            SELECT statement_group_id FROM _lost_groups
            UNION ALL SELECT c.statement_group_id FROM claims c
            JOIN statement_texts t USING (claim_id) {where})""")
    regroup_all(con, report, where)
    con.execute("DROP TABLE _regroup_keys")


def _merge_new_claims(con: duckdb.DuckDBPyConnection, report: StageReport) -> None:
    """Link the new claims to the groups and to each other, and write the merged groups."""
    new = con.execute("SELECT claim_id FROM _regroup_new").pl()["claim_id"].to_list()
    edges = con.execute(EDGES_SQL).pl()
    fresh = set(new)
    parent = {f"c:{claim}": f"c:{claim}" for claim in new}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b, group_b in edges.iter_rows():
        root_a, root_b = find(f"c:{a}"), find(f"c:{b}" if b in fresh else f"g:{group_b}")
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    roots = {node: find(node) for node in list(parent)}
    number = {root: n for n, root in enumerate(sorted(set(roots.values())))}
    members = pl.DataFrame({"node": list(roots), "group": [number[r] for r in roots.values()]},
                           schema={"node": pl.String, "group": pl.Int64})
    merge_claims = members.filter(pl.col("node").str.starts_with("c:")).select(
        claim_id=pl.col("node").str.slice(2), group="group")
    merge_groups = members.filter(pl.col("node").str.starts_with("g:")).select(
        statement_group_id=pl.col("node").str.slice(2), group="group")
    con.register("_merge_claims", merge_claims)
    con.register("_merge_groups", merge_groups)
    try:
        counts = con.execute(ARTICLE_COUNTS_SQL).pl()
        schema = polars_schema(StatementGroupSchema)
        groups = (group_rows(con.execute(PARTS_SQL).pl()).drop("article_count")
                  .join(counts, on="group"))
        checked = validate(StatementGroupSchema, groups.select(list(schema)).cast(schema))
        report.record("statement_groups", checked)
        con.execute("DELETE FROM statement_groups WHERE statement_group_id IN "
                    "(SELECT statement_group_id FROM _merge_groups)")
        insert_frame(con, "statement_groups", checked.valid)
        ids = groups.select("group", new_id="statement_group_id")
        moved = (merge_groups.join(ids, on="group")
                 .filter(pl.col("statement_group_id") != pl.col("new_id")))
        con.register("_moved_groups", moved)
        con.execute("UPDATE claims SET statement_group_id = m.new_id FROM _moved_groups m "
                    "WHERE claims.statement_group_id = m.statement_group_id")
        _set_group_ids(con, merge_claims.join(ids, on="group").select(
            "claim_id", statement_group_id="new_id"))
    finally:
        for name in ("_merge_claims", "_merge_groups", "_moved_groups"):
            con.unregister(name)


def _write_groups(con: duckdb.DuckDBPyConnection, report: StageReport) -> None:
    """Write the groups of `_claim_groups`; their claims' ids go to `_claim_group_ids`."""
    schema = polars_schema(StatementGroupSchema)
    groups = con.execute(GROUP_ROWS_SQL).pl()
    checked = validate(StatementGroupSchema, groups.select(list(schema)).cast(schema))
    report.record("statement_groups", checked)
    insert_frame(con, "statement_groups", checked.valid)
    con.register("_group_ids", groups.select("grp", "statement_group_id"))
    try:
        con.execute("INSERT INTO _claim_group_ids SELECT g.claim_id, i.statement_group_id "
                    "FROM _claim_groups g JOIN _group_ids i USING (grp)")
    finally:
        con.unregister("_group_ids")


def _set_group_ids(con: duckdb.DuckDBPyConnection, mapping: pl.DataFrame) -> None:
    """Set the claims' `statement_group_id` (``mapping``: claim_id, statement_group_id)."""
    con.register("_claimtrail_groups", mapping)
    try:
        con.execute("UPDATE claims SET statement_group_id = m.statement_group_id "
                    "FROM _claimtrail_groups m WHERE claims.claim_id = m.claim_id")
    finally:
        con.unregister("_claimtrail_groups")
