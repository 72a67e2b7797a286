"""A named speaker keeps their side across articles (after `consistency.carry_speaker_side`,
which does it within one article).

A claim the rules leave neutral for lack of evidence takes the side its speaker (one canonical
entity: a named person or body) takes on the topic by their own words in any article, when all
of those seen within a year of it (`CARRY_DAYS`) take the same side, and not in an article where
the speaker changes their mind (consistency.py carries within its stretches) or declares no side
("isn't for me to say": abstentions.py). Its basis starts with
``ACROSS``; such claims count in positions but, like the ones carried within an article, are
never cited as a contradiction's evidence.

An opposition party's frontbench and leader speak for it as one speaker across articles
(`CAMPS`). The government does not: one article's government is not the next one's, and
ministers change their minds (within one article its ministers and departments do share a side:
consistency.py).

Incremental: only speakers with claims in the changed documents (before or after the change)
are looked at again; their earlier carries are undone first (back to "no side taken": the
finer reason a question or a weak signal had is not kept), so a new article that gives a
speaker the other side undoes the carry instead of leaving it stale.
"""

from __future__ import annotations

import duckdb

from pipeline.trail.abstentions import ABSTAINS
from pipeline.trail.consistency import (
    ACROSS,
    CAME_ROUND,
    CHANGED,
    INHERITED,
    OPEN_BASES,
    TURNS,
    TURNS_FROM,
    guessed_sql,
)

TOUCHED = "_side_speakers"

# A side is carried only from claims seen within a year of the open one (claim date, else the
# article's; either undated counts): positions change, and a side taken in 2012 says nothing
# of a remark in 2006.
CARRY_DAYS = 365
_OWN_SIDES = f"""
WITH dated AS (
  SELECT c.claim_id, c.doc_id, c.speaker_entity_id, t.seen_date
  FROM claims c LEFT JOIN statement_texts t USING (claim_id)
  WHERE c.speaker_entity_id IN (SELECT speaker_entity_id FROM {TOUCHED})),
turned AS (  -- articles where the speaker changes their mind (their sides are that article's)
  -- or declares no side
  SELECT DISTINCT c.doc_id, c.speaker_entity_id FROM claim_stances s JOIN dated c USING (claim_id)
  WHERE s.stance_basis IN ('{CHANGED}', '{CAME_ROUND}', '{ABSTAINS}')
     OR contains(s.stance_basis, '{TURNS}')
     OR contains(s.stance_basis, '{TURNS_FROM}')),
own AS (
  SELECT s.topic, c.speaker_entity_id, s.stance, s.stance_basis, s.claim_id, c.seen_date
  FROM claim_stances s JOIN dated c USING (claim_id)
  WHERE s.stance IN ('supports', 'refutes')
    AND NOT starts_with(s.stance_basis, '{INHERITED}')
    AND NOT starts_with(s.stance_basis, '{ACROSS}')
    AND NOT {guessed_sql('s.stance_basis')})
SELECT o.claim_id, o.topic, any_value(w.stance) AS side,
       min_by(w.stance_basis, w.claim_id) AS basis
FROM claim_stances o JOIN dated oc USING (claim_id)
JOIN own w ON w.topic = o.topic AND w.speaker_entity_id = oc.speaker_entity_id
  AND (oc.seen_date IS NULL OR w.seen_date IS NULL
       OR abs(date_diff('day', oc.seen_date, w.seen_date)) <= {CARRY_DAYS})
WHERE o.stance = 'neutral' AND NOT EXISTS (
  SELECT 1 FROM turned x WHERE x.doc_id = oc.doc_id AND x.speaker_entity_id = oc.speaker_entity_id)
GROUP BY o.claim_id, o.topic
HAVING count(DISTINCT w.stance) = 1"""

# Parties that speak with one voice, by the speaker's words or role: opposition frontbenches and
# leaders are whipped to one line (not Labour, the governing party of the period, whose rebels
# differ). Not the government: "the government" of one article is Greece's and of the next
# Britain's, and the same ministers build a scheme one year and scrap it the next; carried
# across articles it gave the wrong side twice as often as the right one on the development
# sets (45 right, 99 opposite, 68 neutral lines given a side).
_WHO = "c.speaker || ' ' || coalesce(c.speaker_role, '')"
CAMPS = {
    "the Conservatives": f"regexp_matches({_WHO}, '(?i)\\b(?:conservatives?|tory|tories)\\b')",
    "the Liberal Democrats":
        f"regexp_matches({_WHO}, '(?i)\\b(?:liberal democrats?|lib dems?)\\b')",
}
_OPEN = " OR ".join(f"starts_with(s.stance_basis, '{p}')" for p in OPEN_BASES)


def note_speakers(con: duckdb.DuckDBPyConnection, claims_where: str) -> None:
    """Add the named speakers of the claims ``claims_where`` picks to the speakers to look at
    again (call before changed documents' old claims are deleted or re-linked, and after)."""
    note_entities(con, "SELECT speaker_entity_id FROM claims WHERE " + claims_where)


def note_entities(con: duckdb.DuckDBPyConnection, entities_sql: str) -> None:
    """Add the entity ids ``entities_sql`` selects (one column) to the speakers to look at."""
    con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {TOUCHED} (speaker_entity_id VARCHAR)")
    con.execute(f"INSERT INTO {TOUCHED} SELECT DISTINCT * FROM ({entities_sql}) "
                "WHERE COLUMNS(*) IS NOT NULL")


def carry_across_articles(con: duckdb.DuckDBPyConnection) -> int:
    """Undo and redo the carries of the noted speakers; the number of claims carried now."""
    con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {TOUCHED} (speaker_entity_id VARCHAR)")
    mine = ("SELECT claim_id FROM claims WHERE speaker_entity_id IN "
            f"(SELECT speaker_entity_id FROM {TOUCHED})")
    con.execute(f"""UPDATE claim_stances SET stance = 'neutral', stance_basis = '{OPEN_BASES[0]}'
                    WHERE starts_with(stance_basis, '{ACROSS}') AND claim_id IN ({mine})""")
    con.execute(f"CREATE OR REPLACE TEMP TABLE _own_sides AS {_OWN_SIDES}")
    (carried,) = con.execute(f"""
        UPDATE claim_stances s SET stance = x.side,
               stance_basis = left('{ACROSS}' || x.basis, 100)
        FROM _own_sides x
        WHERE x.claim_id = s.claim_id AND x.topic = s.topic
          AND s.stance = 'neutral' AND ({_OPEN})""").fetchone()
    con.execute(f"""UPDATE claims c SET stance = s.stance, stance_basis = s.stance_basis
                    FROM claim_stances s
                    WHERE s.claim_id = c.claim_id AND s.topic = c.topic
                      AND c.claim_id IN ({mine})""")
    con.execute(f"DROP TABLE IF EXISTS {TOUCHED}")
    con.execute("DROP TABLE IF EXISTS _own_sides")
    return carried + _carry_camp_sides(con)


def _carry_camp_sides(con: duckdb.DuckDBPyConnection) -> int:
    """Undo, then redo on every topic, each camp's side carried to its open claims (one pass
    over the on-topic claims; a claim belongs to its first camp in `CAMPS`), from the camp's
    own words within `CARRY_DAYS` of the open claim: governments change hands and minds."""
    camp = " ".join(f"WHEN {where} THEN '{name}'" for name, where in CAMPS.items())
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _camp AS
                    SELECT * FROM (SELECT s.claim_id, s.topic, s.stance, s.stance_basis,
                                          t.seen_date, CASE {camp} END AS camp
                                   FROM claim_stances s JOIN claims c USING (claim_id)
                                   LEFT JOIN statement_texts t USING (claim_id))
                    WHERE camp IS NOT NULL""")
    carried_before = " OR ".join(f"starts_with(stance_basis, '{ACROSS}{name}')"
                                 for name in CAMPS)
    con.execute(f"""UPDATE claim_stances SET stance = 'neutral', stance_basis = '{OPEN_BASES[0]}'
                    WHERE {carried_before}""")
    (carried,) = con.execute(f"""
        WITH own AS (
            SELECT * FROM _camp
            WHERE stance IN ('supports', 'refutes') AND NOT starts_with(stance_basis, '{INHERITED}')
              AND NOT starts_with(stance_basis, '{ACROSS}')
              AND NOT {guessed_sql('stance_basis')}),
        sides AS (
            SELECT o.claim_id, o.topic, o.camp, any_value(w.stance) AS side,
                   min_by(w.stance_basis, w.claim_id) AS basis
            FROM _camp o JOIN own w ON w.camp = o.camp AND w.topic = o.topic
              AND (o.seen_date IS NULL OR w.seen_date IS NULL
                   OR abs(date_diff('day', o.seen_date, w.seen_date)) <= {CARRY_DAYS})
            GROUP BY o.claim_id, o.topic, o.camp HAVING count(DISTINCT w.stance) = 1)
        UPDATE claim_stances s SET stance = x.side,
               stance_basis = left('{ACROSS}' || x.camp || ': ' || x.basis, 100)
        FROM sides x
        WHERE x.claim_id = s.claim_id AND x.topic = s.topic
          AND s.stance = 'neutral' AND ({_OPEN})""").fetchone()
    con.execute("""UPDATE claims c SET stance = s.stance, stance_basis = s.stance_basis
                   FROM claim_stances s
                   WHERE s.claim_id = c.claim_id AND s.topic = c.topic
                     AND c.claim_id IN (SELECT claim_id FROM _camp)""")
    con.execute("DROP TABLE _camp")
    return carried
