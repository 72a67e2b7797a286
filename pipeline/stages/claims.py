"""Claims stage: the public `claims` table (speaker entities, outlets, topics, stance, statement
group) with `claim_stances` and `statement_groups`, from every claim candidate.

Incremental and in bounded memory: a build redoes only the documents whose inputs changed (their
candidates or article fields; per-document digests in `corpus_inputs`), re-links speaker entities
of other claims in SQL when `entity_keys` changed, and updates only the statement groups those
claims leave or join (`pipeline.stages.statement_groups`). A full rebuild (new code, aliases or
watchlist; `claimtrail run --rebuild`) is the same path with every document changed; documents
are read in batches of ``BATCH_DOCS`` (each batch's rows stored together and speakers' entities
looked up once, so a batch costs what it holds, not what the corpus holds) and statements
grouped in speaker partitions, so Python never holds the corpus.
"""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import ClaimSchema, ClaimStanceSchema
from pipeline.models.columns import column_names, polars_schema
from pipeline.models.validation import validate
from pipeline.nlp.aliases import alias_path, entity_key
from pipeline.stages.claim_sides import carry_across_articles, note_entities, note_speakers
from pipeline.stages.common import transaction, unchanged
from pipeline.stages.stage_report import StageReport
from pipeline.stages.statement_groups import regroup_all, regroup_changed
from pipeline.store.database import insert_frame
from pipeline.store.fingerprints import (
    changed_documents,
    file_digest,
    is_current,
    remember,
    stage_fingerprint,
)
from pipeline.store.tables import articles_of
from pipeline.trail.statements import statement_texts
from pipeline.trail.tagging import assess_stances, tag_topics
from pipeline.trail.topics import Topic

BATCH_DOCS = 5_000  # documents assembled at once

# What it writes (all of it again on a full rebuild).
CLAIM_TABLES = ("claims", "claim_stances", "claim_speakers", "statement_groups",
                "statement_texts")
# What it reads: table -> columns whose values it depends on. The `articles` view's fields it
# uses are functions of these columns (hashing them spares the view's window over every
# cluster); bodies count by their digest; candidates by their ids and the nlp stage's
# `processed` marks, as in `DOC_DIGESTS_SQL`. `entity_keys` is not hashed: the entities stage
# lists the keys it rewrites in `entity_key_changes`, which this stage reads and empties.
CLAIM_INPUTS = {"claim_candidates": "claim_id", "documents": "doc_id",
                "processed": "doc_id, stage, version, processed_at",
                "parsed_articles": "doc_id, title, outlet, published_date",
                "article_clusters": "doc_id, cluster_id, is_canonical",
                "clean_articles": "doc_id, text_hash"}
# One digest per document of everything its claims are built from but the speakers' entities:
# its candidates by the nlp stage's mark (it rewrites a document's candidates only in the
# transaction that marks it processed; their count catches a table edited by hand), and its
# article fields by their own values and those of the other members of its duplicate cluster,
# from which the `articles` view fills them (cheaper than the view's window over every
# cluster). In two steps, candidates counted per document apart: one query over the four
# tables ran out of DuckDB's 256 MB at 1,000,000 articles.
DOC_FIELDS_SQL = """
CREATE OR REPLACE TEMP TABLE _doc_fields AS
WITH members AS (
    SELECT k.cluster_id, sum(hash(k.doc_id, k.is_canonical, p.title, p.outlet,
                                  p.published_date)::HUGEINT) AS members
    FROM article_clusters k JOIN parsed_articles p USING (doc_id)
    WHERE k.cluster_size > 1 GROUP BY k.cluster_id)
SELECT p.doc_id, hash(p.title, p.outlet, p.published_date, k.cluster_id, k.is_canonical,
                      m.members, n.version, n.processed_at, b.text_hash) AS fields
FROM parsed_articles p LEFT JOIN article_clusters k USING (doc_id)
LEFT JOIN members m USING (cluster_id)
LEFT JOIN (SELECT doc_id, version, processed_at FROM processed WHERE stage = 'nlp') n
  USING (doc_id)
JOIN clean_articles b USING (doc_id)"""
DOC_DIGESTS_SQL = """
WITH c AS (SELECT doc_id, count(*) AS candidates FROM claim_candidates GROUP BY doc_id)
SELECT c.doc_id, hash(c.candidates, f.fields)::VARCHAR AS digest
FROM c JOIN _doc_fields f USING (doc_id)"""
# The candidates of the changed documents with their article fields, sentences and (when the
# watchlist and code are the same) the topics they had, numbered in batches of documents. The
# documents are numbered in the order their candidates are stored, so the join (which keeps the
# candidates' order) stores each batch together and a batch's read skips the others (sorting
# the work by batch ran out of DuckDB's 256 MB at 1,000,000 articles).
BATCHES_SQL = """
CREATE OR REPLACE TEMP TABLE _work_batches AS
SELECT b.doc_id, b.batch, a.outlet, a.title, a.cluster_id, a.published_date
FROM (SELECT doc_id, (row_number() OVER (ORDER BY first) - 1) // {batch} AS batch
      FROM (SELECT doc_id, min(rowid) AS first FROM claim_candidates
            WHERE doc_id IN (SELECT doc_id FROM _changed_docs) GROUP BY doc_id)) b
JOIN (SELECT doc_id, outlet, title, cluster_id, published_date
      FROM ({articles})) a USING (doc_id)"""
LEAD_CHARS = 400  # the article's opening (after the heading just above it, if the cleaner
# dropped one: `heading_above`): context for its claims' topics, like its title
# Headings further down ("7. Kessel bridge toll" in minutes, "WHAT HAPPENED"): a short line of two
# words or more with no sentence's end, which names what follows as a title does; joined to
# the lead (RE2, multi-line).
HEADINGS = r'(?m)^(?:\d+[.)] +)?[A-Z0-9][^\n.!?"]{0,38} [^\n.!?"]{0,38}[^\n.!?:"\s]$'
WORK_SQL = """
CREATE OR REPLACE TEMP TABLE _claim_work AS
SELECT c.*, d.outlet, d.title, d.cluster_id, d.published_date,
       k.claim_id IS NOT NULL AS known, k.topics AS known_topics,
       substr(b.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
       concat_ws(chr(10), h.heading, left(b.body, {lead}), g.headings) AS lead, d.batch
FROM claim_candidates c JOIN _work_batches d USING (doc_id)
JOIN clean_articles b USING (doc_id)
LEFT JOIN (SELECT doc_id, string_agg(text, chr(10) ORDER BY line_no) AS heading
           FROM removed_lines WHERE stage = 'clean' AND reason = 'heading_above'
             AND doc_id IN (SELECT doc_id FROM _changed_docs)
           GROUP BY doc_id) h USING (doc_id)
LEFT JOIN (SELECT doc_id, array_to_string(regexp_extract_all(substr(body, {lead} + 1),
                                                             '{headings}'), chr(10)) AS headings
           FROM clean_articles WHERE doc_id IN (SELECT doc_id FROM _changed_docs)) g
  USING (doc_id)
LEFT JOIN ({known}) k USING (claim_id)"""


def run_claims(con: duckdb.DuckDBPyConnection, topics: list[Topic]) -> StageReport:
    """Attach speakers' entities, outlets, watchlist topics, stances and statement groups for
    the documents whose inputs changed (everything when code, aliases or watchlist did)."""
    aliases = file_digest(alias_path())
    fingerprint = stage_fingerprint(con, CLAIM_INPUTS, aliases, repr(topics))
    (moved_keys,) = con.execute("SELECT count(*) FROM entity_key_changes").fetchone()
    if is_current(con, "claims", fingerprint) and not moved_keys:
        return unchanged(con, "claims")
    config = stage_fingerprint(con, {}, aliases, repr(topics))
    watchlist = stage_fingerprint(con, {}, repr(topics))
    report = StageReport()
    with transaction(con):
        full = not is_current(con, "claims.config", config)
        # A full rebuild judges every claim afresh: joining a million articles' claims with
        # their old topics ran out of DuckDB's 256 MB (new aliases, same watchlist and code).
        reuse = not full and is_current(con, "claims.topics", watchlist)
        con.execute(DOC_FIELDS_SQL)
        changed = changed_documents(con, "claims", DOC_DIGESTS_SQL, everything=full)
        con.execute("DROP TABLE _doc_fields")
        _update_claims(con, topics, full=full, reuse=reuse, report=report)
        for stage, digest in (("claims", fingerprint), ("claims.config", config),
                              ("claims.topics", watchlist)):
            remember(con, stage, digest)
    _count(con, report, changed)
    return report


def _update_claims(
    con: duckdb.DuckDBPyConnection, topics: list[Topic], full: bool, reuse: bool,
    report: StageReport,
) -> None:
    """Rewrite the claims of `_changed_docs`, re-link moved speakers, regroup their statements."""
    con.execute("DROP TABLE IF EXISTS _doc_digests")  # memory for the work below
    articles = ("SELECT * FROM articles" if full  # every cluster: the view, as it is
                else articles_of(con, "SELECT doc_id FROM _changed_docs"))
    con.execute(BATCHES_SQL.format(batch=BATCH_DOCS, articles=articles))
    # One thread: two each holding their share of a million bodies ran out of DuckDB's 256 MB.
    (threads,) = con.execute("SELECT current_setting('threads')").fetchone()
    con.execute("SET threads = 1")
    try:
        con.execute(WORK_SQL.format(known=KNOWN_TOPICS_SQL if reuse else NO_TOPICS_SQL,
                                    lead=LEAD_CHARS, headings=HEADINGS))
    finally:
        con.execute(f"SET threads = {int(threads)}")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _known_stances AS {KNOWN_STANCES_SQL}
                    WHERE claim_id IN (SELECT claim_id FROM _claim_work WHERE known)"""
                if reuse else
                "CREATE OR REPLACE TEMP TABLE _known_stances AS "
                "SELECT * FROM claim_stances LIMIT 0")
    # The groups the old claims of these documents leave.
    con.execute("CREATE OR REPLACE TEMP TABLE _lost_groups AS SELECT statement_group_id "
                "FROM claims WHERE doc_id IN (SELECT doc_id FROM _changed_docs)")
    changed = "doc_id IN (SELECT doc_id FROM _changed_docs)"
    note_speakers(con, changed)  # their carries across articles are looked at again
    if full:
        for table in CLAIM_TABLES:
            con.execute(f"DELETE FROM {table}")
    else:
        con.execute("""DELETE FROM claim_stances WHERE claim_id IN (
                           SELECT claim_id FROM claims
                           WHERE doc_id IN (SELECT doc_id FROM _changed_docs)
                           UNION ALL SELECT claim_id FROM _claim_work)""")
        for table in ("claims", "claim_speakers", "statement_texts"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _changed_docs)")
    _look_up_speakers(con)
    (batches,) = con.execute("SELECT coalesce(max(batch) + 1, 0) FROM _claim_work").fetchone()
    for batch in range(batches):
        candidates = con.execute("SELECT * EXCLUDE (batch) FROM _claim_work WHERE batch = ? "
                                 "ORDER BY doc_id, start_char", [batch]).pl()
        _write_batch(con, candidates, topics, report)
    note_speakers(con, "true" if full else changed)
    con.execute("CREATE OR REPLACE TEMP TABLE _regroup_new AS SELECT claim_id FROM claims "
                "WHERE doc_id IN (SELECT doc_id FROM _changed_docs)")
    if full:  # every claim was just linked to the current entities
        regroup_all(con, report)
    else:
        _relink_speakers(con)
        regroup_changed(con, report)
    report.counts["carried_across_articles"] = carry_across_articles(con)
    con.execute("DELETE FROM entity_key_changes")
    for table in ("_work_batches", "_claim_work", "_known_stances", "_lost_groups", "_regroup_new",
                  "_speaker_ids", "_article_members", "_doc_digests", "_changed_docs"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def _look_up_speakers(con: duckdb.DuckDBPyConnection) -> None:
    """`_speaker_ids`: the entity of every named speaker of `_claim_work`, found in one pass
    over `entity_keys` (a row per mention: looked up per batch it cost a scan per batch)."""
    named = con.execute("SELECT DISTINCT speaker, coalesce(speaker_label, 'PERSON') "
                        "FROM _claim_work WHERE speaker_is_named").fetchall()
    keys = sorted({entity_key(speaker, label) for speaker, label in named})
    con.execute("CREATE OR REPLACE TEMP TABLE _speaker_ids AS SELECT key, entity_id "
                "FROM entity_keys WHERE key IN (SELECT unnest(?::VARCHAR[]))", [keys])


def _write_batch(
    con: duckdb.DuckDBPyConnection, candidates: pl.DataFrame, topics: list[Topic],
    report: StageReport,
) -> None:
    """Insert one batch of documents' claims (statement groups still to come), stances and
    speaker keys."""
    stances = _claim_stances(con, candidates, topics)
    speakers = _speaker_keys(con, candidates, "_speaker_ids")
    claims = assemble_claims(speakers, stances, topics)
    checked = validate(ClaimSchema, claims)
    checked_stances = validate(ClaimStanceSchema, stances)
    report.record("claims", checked)
    report.record("claim_stances", checked_stances)
    insert_frame(con, "claims", checked.valid)
    insert_frame(con, "claim_stances", checked_stances.valid)
    insert_frame(con, "claim_speakers", speakers.join(
        checked.valid.select("claim_id"), on="claim_id", how="semi", maintain_order="left",
    ).select("claim_id", "doc_id", "name_key", "text_key", "speaker_entity_id"))
    texts = statement_texts(checked.valid.join(candidates.select("claim_id", "published_date"),
                                               on="claim_id", maintain_order="left"))
    insert_frame(con, "statement_texts", texts)


def assemble_claims(
    speakers: pl.DataFrame, stances: pl.DataFrame, topics: list[Topic]
) -> pl.DataFrame:
    """`claims` rows from candidates with their speaker entities and their stances (the first
    watchlist topic a claim is on gives `topic`, `stance`); statement groups still empty."""
    order = {t.id: n for n, t in enumerate(topics)}
    on_topics = (stances.with_columns(rank=pl.col("topic").replace_strict(
                     order, default=len(order), return_dtype=pl.Int64))
                 .sort("claim_id", "rank")
                 .group_by("claim_id", maintain_order=True)
                 .agg(topics=pl.col("topic"), stance=pl.col("stance").first(),
                      stance_basis=pl.col("stance_basis").first()))
    return (speakers
            .join(on_topics, on="claim_id", how="left", maintain_order="left")
            .with_columns(topics=pl.col("topics").fill_null(pl.lit([], pl.List(pl.String))),
                          statement_group_id=pl.lit(""))
            .with_columns(topic=pl.col("topics").list.first())
            .select(column_names(ClaimSchema)))


def _speaker_keys(
    con: duckdb.DuckDBPyConnection, candidates: pl.DataFrame, ids: str = "entity_keys"
) -> pl.DataFrame:
    """``candidates`` with `name_key`, `text_key` and `speaker_entity_id` (looked up in SQL, in
    ``ids``: `entity_keys` or a part of it)."""
    labelled = candidates.with_columns(label=pl.col("speaker_label").fill_null("PERSON"))
    named = labelled.filter("speaker_is_named").select("speaker", "label").unique()
    keyed = named.with_columns(name_key=pl.Series(
        [entity_key(speaker, label) for speaker, label in named.rows()], dtype=pl.String))
    found = con.execute(f"SELECT key AS name_key, entity_id AS speaker_entity_id FROM {ids} "
                        "WHERE key IN (SELECT unnest(?::VARCHAR[]))",
                        [keyed["name_key"].unique().to_list()]).pl()
    return (labelled.join(keyed, on=["speaker", "label"], how="left", maintain_order="left")
            .with_columns(name_key=pl.when("speaker_is_named").then("name_key"),
                          text_key=pl.col("speaker").str.strip_chars().str.to_lowercase())
            .join(found, on="name_key", how="left", maintain_order="left"))


def _relink_speakers(con: duckdb.DuckDBPyConnection) -> None:
    """Point claims at the entity their speaker's name key now maps to (for the keys listed in
    `entity_key_changes`, or all); the claims that moved leave their groups and join others as
    new claims do."""
    changes, every = con.execute("SELECT count(*), count(*) FILTER (WHERE key = '*') "
                                 "FROM entity_key_changes").fetchone()
    if not changes:  # no key maps elsewhere: not a scan of every claim's speaker for nothing
        return
    moved = "" if every else "AND name_key IN (SELECT key FROM entity_key_changes)"
    # In steps: one join of every claim's speaker and group ran out of DuckDB's 256 MB at
    # 1,000,000 articles.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _moved AS
        WITH keyed AS (
            SELECT s.name_key, k.entity_id
            FROM (SELECT DISTINCT name_key FROM claim_speakers
                  WHERE name_key IS NOT NULL {moved}) s
            LEFT JOIN entity_keys k ON k.key = s.name_key)
        SELECT s.claim_id, k.entity_id, coalesce(k.entity_id, s.text_key, '') AS new_key
        FROM claim_speakers s JOIN keyed k USING (name_key)
        WHERE s.speaker_entity_id IS DISTINCT FROM k.entity_id""")
    con.execute("INSERT INTO _lost_groups SELECT statement_group_id FROM claims "
                "WHERE claim_id IN (SELECT claim_id FROM _moved)")
    note_speakers(con, "claim_id IN (SELECT claim_id FROM _moved)")  # the entity they leave
    note_entities(con, "SELECT entity_id FROM _moved")  # and the one they join
    for table in ("claims", "claim_speakers"):
        con.execute(f"UPDATE {table} SET speaker_entity_id = m.entity_id FROM _moved m "
                    f"WHERE {table}.claim_id = m.claim_id")
    con.execute("INSERT INTO _regroup_new SELECT claim_id FROM _moved")
    con.execute("UPDATE statement_texts SET key = m.new_key FROM _moved m "
                "WHERE statement_texts.claim_id = m.claim_id")
    con.execute("DROP TABLE _moved")


def _count(con: duckdb.DuckDBPyConnection, report: StageReport, changed: int) -> None:
    """The stage's counts and preview, from the tables as written."""
    claims, with_topic, named = con.execute(
        "SELECT count(*), count(topic), count(speaker_entity_id) FROM claims").fetchone()
    by_reference, by_speaker, supports, refutes = con.execute(
        "SELECT count(*) FILTER (tagged_by = 'reference'), count(*) FILTER (tagged_by = "
        "'speaker'), count(*) FILTER (stance = "
        "'supports'), count(*) FILTER (stance = 'refutes') FROM claim_stances").fetchone()
    (groups,) = con.execute("SELECT count(*) FROM statement_groups").fetchone()
    report.counts = {"claims": claims, "with_topic": with_topic, "named_speakers": named,
                     "on_topic_by_reference": by_reference, "on_topic_by_speaker": by_speaker,
                     "supports": supports, "refutes": refutes, "statement_groups": groups,
                     "changed_documents": changed}
    report.preview = con.execute(
        "SELECT speaker, cue, topic, stance, stance_basis, content FROM claims "
        "WHERE topic IS NOT NULL ORDER BY doc_id, start_char LIMIT 10").pl()


def _claim_stances(
    con: duckdb.DuckDBPyConnection, candidates: pl.DataFrame, topics: list[Topic]
) -> pl.DataFrame:
    """`claim_stances` rows of ``candidates``: kept for the claims whose tags cannot have
    changed (`known`), judged afresh for the others."""
    known = con.execute("SELECT * FROM _known_stances WHERE claim_id IN "
                        "(SELECT unnest(?::VARCHAR[]))",
                        [candidates.filter("known")["claim_id"].to_list()]).pl()
    known = known.select(list(polars_schema(ClaimStanceSchema))).cast(
        polars_schema(ClaimStanceSchema))
    fresh = candidates.filter(~pl.col("known"))
    if fresh.is_empty() or not topics:
        return known
    tagged = tag_topics(fresh.select("claim_id", "doc_id", "start_char", "content", "sentence",
                                     "title", "lead", "speaker"), topics)
    details = fresh.select("claim_id", "doc_id", "speaker", "speaker_role", "content", "sentence",
                           "cue", "polarity", "start_char", "title", "lead")
    judged = assess_stances(tagged.join(details, on="claim_id", maintain_order="left"), topics)
    return pl.concat([known, judged])


def with_speaker_entities(
    candidates: pl.DataFrame, con: duckdb.DuckDBPyConnection
) -> pl.DataFrame:
    """``candidates`` with `speaker_entity_id`: the entity whose name key a named speaker has."""
    return _speaker_keys(con, candidates).drop("name_key", "text_key")


# Topics and stances of the claims already tagged whose inputs cannot have changed since: a
# claim's id, content and sentence (and its article's other claims) derive from its document's
# bytes, so with the same watchlist and code only the article title can change its topics, and
# only when the title was borrowed from a duplicate (or missing).
# The topics the old claims of the changed documents had, where the article's own title was
# parsed (the `articles` view's title_source = 'parsed', without its window).
KNOWN_TOPICS_SQL = """
SELECT c.claim_id, c.topics FROM claims c JOIN parsed_articles p USING (doc_id)
WHERE p.title IS NOT NULL AND c.doc_id IN (SELECT doc_id FROM _changed_docs)"""
NO_TOPICS_SQL = "SELECT NULL::VARCHAR AS claim_id, NULL::VARCHAR[] AS topics LIMIT 0"
KNOWN_STANCES_SQL = f"""
SELECT s.claim_id, s.topic, s.stance, s.stance_basis, s.tagged_by
FROM claim_stances s JOIN ({KNOWN_TOPICS_SQL}) k USING (claim_id)"""
