"""The entities stage's SQL: per-document name state, partition selection and key rows.

Temp tables of one run: `_changed_docs` (from `changed_documents`), `_old_mentions` /
`_old_doc_names` (what the changed documents had: mentions, and names with counts), `_mentions`
/ `_new_doc_names` (what they have now), `_touched` (those names), `_parts` (the partitions to
re-merge), `_part_old` / `_part_names` / `_part_entities` (those partitions' names before, now,
and with their new entity), `_moved` / `_relinked` (new names and names whose entity changed /
only the latter), `_recounted` (entities whose documents are counted again), `_keys` (the name
keys whose rows may move) and `_key_rows` (the `entity_keys` rows to write).
"""

from __future__ import annotations

# A document's mentions change only with its nlp `processed` row (same transaction).
DOC_DIGESTS_SQL = """
SELECT doc_id, hash(version, processed_at)::VARCHAR AS digest FROM processed WHERE stage = 'nlp'"""

FIRST_AT = "{'doc': %s, 'start': %s, 'mention': %s}"  # mention order: (doc_id, start, id)

# Per document and name: how many mentions, and the first (by start, then id).
DOC_NAMES = """
SELECT doc_id, name_id, count(*)::INTEGER AS mentions, min(start_char) AS first_start,
       arg_min(mention_id, (start_char, mention_id)) AS first_mention
FROM {} GROUP BY doc_id, name_id"""
STATE_SQL = [
    """CREATE OR REPLACE TEMP TABLE _old_mentions AS
       SELECT * FROM entity_mention_names WHERE doc_id IN (SELECT doc_id FROM _changed_docs)""",
    "DELETE FROM entity_mention_names WHERE doc_id IN (SELECT doc_id FROM _changed_docs)",
    f"CREATE OR REPLACE TEMP TABLE _old_doc_names AS {DOC_NAMES.format('_old_mentions')}",
]
SAME_NAME = """a.text = b.text AND a.label = b.label AND a.canonical = b.canonical
    AND a.role IS NOT DISTINCT FROM b.role"""
NEW_NAMES_SQL = f"""
SELECT DISTINCT a.text, a.label, a.canonical, a.role
FROM (SELECT * FROM doc_mentions WHERE doc_id IN (SELECT doc_id FROM _changed_docs)) a
ANTI JOIN entity_names b ON {SAME_NAME}"""
NEXT_NAME_ID_SQL = "SELECT coalesce(max(name_id) + 1, 0) FROM entity_names"
# The changed documents' mentions with their name ids (no list aggregates: a full build's
# joins spill to disk under DuckDB's memory cap).
MENTIONS_SQL = [
    f"""CREATE OR REPLACE TEMP TABLE _mentions AS
        SELECT a.doc_id, b.name_id, a.start_char, a.mention_id
        FROM (SELECT * FROM doc_mentions WHERE doc_id IN (SELECT doc_id FROM _changed_docs)) a
        JOIN entity_names b ON {SAME_NAME}""",
    "INSERT INTO entity_mention_names SELECT * FROM _mentions",
]
NEW_DOC_NAMES_SQL = (
    f"CREATE OR REPLACE TEMP TABLE _new_doc_names AS {DOC_NAMES.format('_mentions')}")
NO_DOC_NAMES_SQL = """
CREATE OR REPLACE TEMP TABLE _new_doc_names (doc_id VARCHAR, name_id BIGINT, mentions INTEGER,
                                             first_start INTEGER, first_mention VARCHAR)"""
OLD_FIRST = FIRST_AT % ("n.first_doc", "n.first_start", "n.first_mention")
# The names the changed documents have or had, their partitions, and those partitions' names
# as they were. Then the touched names' counts and first mentions: by difference, unless the
# first mention was in a changed document (or the name is new): then counted again.
NAME_STATS_SQL = [
    """CREATE OR REPLACE TEMP TABLE _touched AS
       SELECT name_id FROM _old_doc_names UNION SELECT name_id FROM _mentions""",
    """CREATE OR REPLACE TEMP TABLE _parts AS
       SELECT DISTINCT part FROM entity_names WHERE name_id IN (SELECT name_id FROM _touched)""",
    """CREATE OR REPLACE TEMP TABLE _part_old AS
       SELECT name_id, key, text_key, entity_id FROM entity_names
       WHERE part IN (SELECT part FROM _parts)""",
    """CREATE OR REPLACE TEMP TABLE _recount AS
       SELECT name_id FROM entity_names
       WHERE name_id IN (SELECT name_id FROM _touched)
         AND (first_doc IS NULL OR first_doc IN (SELECT doc_id FROM _changed_docs))""",
    f"""CREATE OR REPLACE TEMP TABLE _name_stats AS
        SELECT name_id, count(*) AS mentions,
               min({FIRST_AT % ("doc_id", "start_char", "mention_id")}) AS first_at
        FROM entity_mention_names WHERE name_id IN (SELECT name_id FROM _recount)
        GROUP BY name_id
        UNION ALL
        SELECT n.name_id, n.mentions - coalesce(o.mentions, 0) + coalesce(w.mentions, 0),
               CASE WHEN w.first_at IS NULL OR {OLD_FIRST} < w.first_at THEN {OLD_FIRST}
                    ELSE w.first_at END
        FROM entity_names n
        LEFT JOIN (SELECT name_id, sum(mentions) AS mentions FROM _old_doc_names
                   GROUP BY name_id) o USING (name_id)
        LEFT JOIN (SELECT name_id, sum(mentions) AS mentions,
                          min({FIRST_AT % ("doc_id", "first_start", "first_mention")}) AS first_at
                   FROM _new_doc_names GROUP BY name_id) w USING (name_id)
        WHERE n.name_id IN (SELECT name_id FROM _touched)
          AND n.name_id NOT IN (SELECT name_id FROM _recount)""",
    """DELETE FROM entity_names WHERE name_id IN (SELECT name_id FROM _touched)
       AND name_id NOT IN (SELECT name_id FROM _name_stats)""",
    """UPDATE entity_names n SET mentions = s.mentions, first_doc = s.first_at.doc,
           first_start = s.first_at.start, first_mention = s.first_at.mention
       FROM _name_stats s WHERE n.name_id = s.name_id""",
    """CREATE OR REPLACE TEMP TABLE _part_names AS
       SELECT * FROM entity_names WHERE part IN (SELECT part FROM _parts)""",
]
# `merge_entities` input: its `first` ranks keep the corpus-wide order of first mentions.
MERGE_INPUT_SQL = """
SELECT text, label, canonical, role, mentions, key, text_key,
       row_number() OVER (ORDER BY first_doc, first_start, first_mention) - 1 AS first
FROM _part_names"""
# Each name's new entity (`_name_entities`: merge_entities' names -> entity_id), stored; the
# names that moved to another entity (or are new).
NAME_ENTITY_SQL = [
    """CREATE OR REPLACE TEMP TABLE _part_entities AS
       SELECT p.* EXCLUDE (entity_id), e.entity_id FROM _part_names p JOIN _name_entities e
         ON p.text = e.text AND p.label = e.label AND p.canonical = e.canonical
        AND p.role IS NOT DISTINCT FROM e.role""",
    """UPDATE entity_names n SET entity_id = p.entity_id FROM _part_entities p
       WHERE n.name_id = p.name_id""",
    """CREATE OR REPLACE TEMP TABLE _moved AS
       SELECT p.name_id, p.entity_id FROM _part_entities p
       ANTI JOIN _part_old o ON o.name_id = p.name_id AND o.entity_id = p.entity_id""",
    # Names that moved from one entity to another: mentioned in unchanged documents too.
    """CREATE OR REPLACE TEMP TABLE _relinked AS
       SELECT m.name_id, m.entity_id FROM _moved m
       SEMI JOIN _part_old o ON o.name_id = m.name_id AND o.entity_id IS NOT NULL""",
    # Entities whose names changed (or that have no row yet): their documents counted again.
    """CREATE OR REPLACE TEMP TABLE _recounted AS
       SELECT entity_id FROM _moved
       UNION SELECT o.entity_id FROM _part_old o SEMI JOIN _moved m USING (name_id)
       WHERE o.entity_id IS NOT NULL
       UNION (SELECT entity_id FROM _part_entities EXCEPT SELECT entity_id FROM entities)""",
]
RECOUNTED_SQL = "SELECT count(*) FROM _recounted"
# Document counts: counted for `_recounted`, by difference for the others (the same names: a
# document outside the changed ones mentions the entity after exactly when it did before).
DOC_COUNTS_SQL = """
SELECT e.entity_id, e.doc_count - coalesce(b.n, 0) + coalesce(a.n, 0) AS doc_count
FROM entities e
LEFT JOIN (SELECT p.entity_id, count(DISTINCT o.doc_id) AS n FROM _old_doc_names o
           JOIN _part_old p USING (name_id) GROUP BY p.entity_id) b USING (entity_id)
LEFT JOIN (SELECT p.entity_id, count(DISTINCT w.doc_id) AS n FROM _new_doc_names w
           JOIN _part_entities p USING (name_id) GROUP BY p.entity_id) a USING (entity_id)
WHERE e.entity_id IN (SELECT entity_id FROM _part_entities)
  AND e.entity_id NOT IN (SELECT entity_id FROM _recounted)"""
RECOUNT_DOCS_SQL = """
SELECT p.entity_id, count(DISTINCT d.doc_id) AS doc_count
FROM entity_mention_names d JOIN (SELECT name_id, entity_id FROM _part_entities
                              WHERE entity_id IN (SELECT entity_id FROM _recounted)) p
USING (name_id) GROUP BY p.entity_id"""
NAME_KEYS = "SELECT key FROM entity_names UNION ALL SELECT text_key FROM entity_names"
# Name keys (as `merge_entities` assigns them): a name's merge key maps to its entity (its
# group's, or the full name a lone surname joined); a text key that is no name's merge key
# goes to the entity of the first name having it, ordered by (its entity's first mention, its
# own first mention). Only these text keys cross partitions: decided here over all names.
# Then the mention rows that move: the changed documents', and those of names whose entity
# changed (a name key wins over an equal mention id).
KEY_ROWS_SQL = [
    """CREATE OR REPLACE TEMP TABLE _keys AS
       SELECT key FROM _part_old UNION SELECT text_key FROM _part_old
       UNION SELECT key FROM _part_entities UNION SELECT text_key FROM _part_entities""",
    f"""CREATE OR REPLACE TEMP TABLE _key_rows AS
        WITH texts AS (
            SELECT n.* FROM entity_names n SEMI JOIN _keys k ON k.key = n.text_key
            ANTI JOIN entity_names o ON o.key = n.text_key
        ), groups AS (
            SELECT entity_id,
                   min({FIRST_AT % ("first_doc", "first_start", "first_mention")}) AS first_at
            FROM entity_names WHERE entity_id IN (SELECT entity_id FROM texts) GROUP BY entity_id
        )
        SELECT DISTINCT key, entity_id FROM entity_names SEMI JOIN _keys USING (key)
        UNION ALL
        SELECT t.text_key AS key, arg_min(t.entity_id, {{'entity': g.first_at, 'name':
               {FIRST_AT % ("t.first_doc", "t.first_start", "t.first_mention")}}}) AS entity_id
        FROM texts t JOIN groups g USING (entity_id) GROUP BY t.text_key""",
    f"""INSERT INTO _key_rows
        SELECT m.mention_id, p.entity_id FROM _mentions m JOIN _part_entities p USING (name_id)
        ANTI JOIN ({NAME_KEYS}) k ON k.key = m.mention_id""",
]
RELINKED_SQL = "SELECT count(*) FROM _relinked"
RELINKED_KEY_ROWS_SQL = f"""
INSERT INTO _key_rows
SELECT m.key, m.entity_id FROM (
    SELECT d.mention_id AS key, r.entity_id FROM entity_mention_names d
    JOIN _relinked r USING (name_id) WHERE d.doc_id NOT IN (SELECT doc_id FROM _changed_docs)) m
ANTI JOIN ({NAME_KEYS}) k ON k.key = m.key"""
# Rows whose key may have changed: the name keys above and the mention ids moved or removed
# (kept as they were, to tell the claims stage which keys now map elsewhere).
OLD_KEYS_SQL = """
CREATE OR REPLACE TEMP TABLE _old_keys AS
SELECT rowid AS row_id, key, entity_id FROM entity_keys WHERE key IN (
    SELECT key FROM _keys UNION ALL SELECT mention_id FROM _old_mentions
    UNION ALL SELECT key FROM _key_rows)"""
DELETE_KEYS_SQL = "DELETE FROM entity_keys WHERE rowid IN (SELECT row_id FROM _old_keys)"
# For the claims stage: the speaker keys whose entity changed, appeared or went
# (`entity_key_changes`). A re-merge rewrites every key of the partitions it touches, but almost
# all of them map to the same entity as before: listing only the changed ones spares the claims
# stage re-linking, say, the million claims of a much-quoted speaker whose entity stayed the same
# (6.6 s at 1,000,000 articles). Mention ids (16 hex digits) are no speaker's key unless they
# are a name key too.
KEY_CHANGES_SQL = """
INSERT INTO entity_key_changes
SELECT DISTINCT key FROM (
    (SELECT key, entity_id FROM _old_keys EXCEPT SELECT key, entity_id FROM _key_rows)
    UNION ALL
    (SELECT key, entity_id FROM _key_rows EXCEPT SELECT key, entity_id FROM _old_keys))
WHERE NOT regexp_full_match(key, '[0-9a-f]{16}') OR key IN (SELECT key FROM _keys)"""
# A name key that was a mention id too (16 hex digits) and is no name key now: its mention row.
HEX_KEYS_SQL = "SELECT count(*) FROM _keys WHERE regexp_full_match(key, '[0-9a-f]{16}')"
HEX_MENTIONS_SQL = """
INSERT INTO _key_rows
SELECT m.key, n.entity_id FROM (
    SELECT name_id, mention_id AS key FROM entity_mention_names) m
JOIN entity_names n USING (name_id)
WHERE m.key IN (SELECT key FROM _keys) AND m.key NOT IN (SELECT key FROM _key_rows)"""
# Documents whose mentions this run linked (anew or to another entity).
CHECKED_DOCS_SQL = "SELECT doc_id FROM _changed_docs"
RELINKED_DOCS_SQL = """
SELECT doc_id FROM entity_mention_names WHERE name_id IN (SELECT name_id FROM _relinked)
EXCEPT SELECT doc_id FROM _changed_docs"""
PREVIEW_SQL = """
SELECT entity_id, name, type, mention_count, doc_count FROM entities
ORDER BY mention_count DESC, entity_id LIMIT 10"""
TEMP_TABLES = ["_old_mentions", "_old_doc_names", "_new_doc_names", "_mentions",
               "_touched", "_parts", "_part_old", "_recount", "_name_stats", "_part_names",
               "_part_entities", "_moved", "_relinked", "_recounted", "_keys", "_key_rows",
               "_old_keys", "_doc_digests", "_changed_docs"]
