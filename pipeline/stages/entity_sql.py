"""The entities stage's SQL: per-document name state, partition selection and key rows.

Temp tables of one run: `_changed_docs` (from `changed_documents`), `_old_doc_names` (the names
and mention ids the changed documents had), `_doc_rows` / `_doc_names` (what they have now,
without and with name ids), `_parts` (the partitions to re-merge), `_part_docs` (their names'
`entity_doc_names` rows), `_part_old` / `_part_names` / `_part_entities` (those partitions'
names before, with corpus-wide counts and first mentions, and with their new entity), `_keys`
(the name keys whose rows may move) and `_key_rows` (the `entity_keys` rows to write).
"""

from __future__ import annotations

# A document's mentions change only with its nlp `processed` row (same transaction).
DOC_DIGESTS_SQL = """
SELECT doc_id, hash(version, processed_at)::VARCHAR AS digest FROM processed WHERE stage = 'nlp'"""

FIRST_AT = "{'doc': %s, 'start': %s, 'mention': %s}"  # mention order: (doc_id, start, id)

STATE_SQL = [
    """CREATE OR REPLACE TEMP TABLE _old_doc_names AS
       SELECT name_id, mention_ids FROM entity_doc_names
       WHERE doc_id IN (SELECT doc_id FROM _changed_docs)""",
    "DELETE FROM entity_doc_names WHERE doc_id IN (SELECT doc_id FROM _changed_docs)",
    """CREATE OR REPLACE TEMP TABLE _doc_batches AS
       SELECT doc_id, (row_number() OVER (ORDER BY doc_id) - 1) // {batch} AS batch
       FROM _changed_docs""",
    "CREATE OR REPLACE TEMP TABLE _touched_names (name_id BIGINT)",
]
BATCHES_SQL = "SELECT coalesce(max(batch) + 1, 0) FROM _doc_batches"
# One batch of changed documents' names (batches: list aggregates do not spill to disk).
DOC_ROWS_SQL = """
CREATE OR REPLACE TEMP TABLE _doc_rows AS
SELECT doc_id, text, label, canonical, role, count(*)::INTEGER AS mentions,
       min(start_char) AS first_start,
       arg_min(mention_id, (start_char, mention_id)) AS first_mention,
       list(mention_id) AS mention_ids
FROM doc_mentions WHERE doc_id IN (SELECT doc_id FROM _doc_batches WHERE batch = ?)
GROUP BY doc_id, text, label, canonical, role"""
SAME_NAME = """a.text = b.text AND a.label = b.label AND a.canonical = b.canonical
    AND a.role IS NOT DISTINCT FROM b.role"""
NEW_NAMES_SQL = f"""
SELECT DISTINCT a.text, a.label, a.canonical, a.role FROM _doc_rows a
ANTI JOIN entity_names b ON {SAME_NAME}"""
NEXT_NAME_ID_SQL = "SELECT coalesce(max(name_id) + 1, 0) FROM entity_names"
DOC_NAMES_SQL = f"""
CREATE OR REPLACE TEMP TABLE _doc_names AS
SELECT b.name_id, a.* FROM _doc_rows a JOIN entity_names b ON {SAME_NAME}"""
STORE_DOC_NAMES_SQL = [
    """INSERT INTO entity_doc_names SELECT doc_id, name_id, mentions, first_start,
       first_mention, mention_ids FROM _doc_names""",
    "INSERT INTO _touched_names SELECT DISTINCT name_id FROM _doc_names",
]
PARTS_SQL = """
CREATE OR REPLACE TEMP TABLE _parts AS
SELECT DISTINCT part FROM entity_names
WHERE name_id IN (SELECT name_id FROM _old_doc_names
                  UNION ALL SELECT name_id FROM _touched_names)"""
# The touched partitions' names as they were, and with their corpus-wide counts now (a name
# no document mentions any more drops out).
PARTITION_SQL = [
    """CREATE OR REPLACE TEMP TABLE _part_old AS
       SELECT name_id, key, text_key, entity_id FROM entity_names
       WHERE part IN (SELECT part FROM _parts)""",
    f"""CREATE OR REPLACE TEMP TABLE _part_names AS
        SELECT n.name_id, n.text, n.label, n.canonical, n.role, n.key, n.text_key, n.part,
               s.mentions, s.first_at.doc AS first_doc, s.first_at.start AS first_start,
               s.first_at.mention AS first_mention
        FROM entity_names n JOIN (
            SELECT name_id, sum(mentions)::BIGINT AS mentions,
                   min({FIRST_AT % ("doc_id", "first_start", "first_mention")}) AS first_at
            FROM _part_docs GROUP BY name_id) s USING (name_id)""",
]
# The touched names' documents: read once (a full build reads them all, through a view).
PART_DOCS_SQL = """
CREATE OR REPLACE TEMP TABLE _part_docs AS
SELECT * FROM entity_doc_names WHERE name_id IN (SELECT name_id FROM _part_old)"""
ALL_DOCS_SQL = "CREATE OR REPLACE TEMP VIEW _part_docs AS SELECT * FROM entity_doc_names"
# `merge_entities` input: its `first` ranks keep the corpus-wide order of first mentions.
MERGE_INPUT_SQL = """
SELECT text, label, canonical, role, mentions,
       row_number() OVER (ORDER BY first_doc, first_start, first_mention) - 1 AS first
FROM _part_names"""
# Each name's new entity (`_name_entities`: merge_entities' names -> entity_id), stored.
NAME_ENTITY_SQL = [
    """CREATE OR REPLACE TEMP TABLE _part_entities AS
       SELECT p.*, e.entity_id FROM _part_names p JOIN _name_entities e
         ON p.text = e.text AND p.label = e.label AND p.canonical = e.canonical
        AND p.role IS NOT DISTINCT FROM e.role""",
    "DELETE FROM entity_names WHERE part IN (SELECT part FROM _parts)",
    """INSERT INTO entity_names (name_id, text, label, canonical, role, key, text_key, part,
                                 entity_id, first_doc, first_start, first_mention)
       SELECT name_id, text, label, canonical, role, key, text_key, part, entity_id,
              first_doc, first_start, first_mention FROM _part_entities""",
]
DOC_COUNTS_SQL = """
SELECT p.entity_id, count(DISTINCT d.doc_id) AS doc_count
FROM _part_docs d JOIN _part_entities p USING (name_id) GROUP BY p.entity_id"""
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
    """CREATE OR REPLACE TEMP TABLE _moved AS
       SELECT p.name_id, p.entity_id FROM _part_entities p
       ANTI JOIN _part_old o ON o.name_id = p.name_id AND o.entity_id = p.entity_id""",
    """INSERT INTO _key_rows
       SELECT m.key, m.entity_id FROM (
           SELECT unnest(d.mention_ids) AS key, p.entity_id
           FROM _part_docs d JOIN _part_entities p USING (name_id)
           WHERE d.doc_id IN (SELECT doc_id FROM _changed_docs)
              OR d.name_id IN (SELECT name_id FROM _moved)) m
       ANTI JOIN (SELECT key FROM entity_names UNION ALL SELECT text_key FROM entity_names) k
         ON k.key = m.key""",
]
# Rows whose key may have changed: the name keys above and the mention ids moved or removed.
DELETE_KEYS_SQL = """
DELETE FROM entity_keys WHERE key IN (
    SELECT key FROM _keys UNION ALL SELECT unnest(mention_ids) FROM _old_doc_names
    UNION ALL SELECT key FROM _key_rows)"""
# A name key that was a mention id too (16 hex digits) and is no name key now: its mention row.
HEX_KEYS_SQL = "SELECT count(*) FROM _keys WHERE regexp_full_match(key, '[0-9a-f]{16}')"
HEX_MENTIONS_SQL = """
INSERT INTO _key_rows
SELECT m.key, n.entity_id FROM (
    SELECT name_id, unnest(mention_ids) AS key FROM entity_doc_names) m
JOIN entity_names n USING (name_id)
WHERE m.key IN (SELECT key FROM _keys) AND m.key NOT IN (SELECT key FROM _key_rows)"""
# Documents whose mentions this run linked (anew or to another entity).
CHECKED_DOCS_SQL = """
SELECT doc_id FROM _changed_docs
UNION SELECT doc_id FROM _part_docs WHERE name_id IN (SELECT name_id FROM _moved)"""
PREVIEW_SQL = """
SELECT entity_id, name, type, mention_count, doc_count FROM entities
ORDER BY mention_count DESC, entity_id LIMIT 10"""
TEMP_TABLES = ["_old_doc_names", "_doc_batches", "_touched_names", "_doc_rows", "_doc_names",
               "_parts", "_part_old", "_part_names", "_part_entities", "_keys", "_key_rows",
               "_moved", "_doc_digests", "_changed_docs"]
