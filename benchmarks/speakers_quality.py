"""Speaker quality: role-prefixed names, role-noun references and person types, on own fixtures.

Gold (`gold/speakers/speakers.jsonl`, articles in `gold/speakers/articles/`, written for this
benchmark in several outlets' styles): one row per attributed statement, located by a fragment
of its sentence, with the expected speaker, role (for role-prefixed names) and entity (null when
the source must stay unresolved: "A spokesman for the prime minister", "Tony Blair's spokesman").

Kinds scored: `prefixed` ("Lib Dem home affairs spokesman Mark Oaten said": speaker is the name,
role the words before it, and the claim is linked to the person entity), `reference` ("the
minister said" after exactly one named minister), `surname`/`pronoun` (linked to the full
name), `unresolved` (not linked to anyone). Entity type: every gold person's entity is PERSON.
Speakers are linked to entities as the claims stage links them (`with_speaker_entities`).

    python benchmarks/speakers_quality.py [--verbose]
    python benchmarks/speakers_quality.py --db FILE [--db FILE ...] [--verbose]

With `--db`, counts in a processed database the claims whose speaker text ends with a full
person name of the article (two words or more; a relational "spokesman for X" excluded) but
which are not linked to that person's entity.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import duckdb
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.nlp.attribution import extract_claims
from pipeline.nlp.entities import build_entities, extract_mentions
from pipeline.nlp.model import load_nlp
from pipeline.stages.claims import with_speaker_entities

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "speakers"
KINDS = ("prefixed", "reference", "surname", "pronoun", "unresolved")

UNLINKED_SQL = """
WITH persons AS (
    SELECT DISTINCT m.doc_id, e.entity_id, e.name
    FROM entity_mentions m JOIN entities e USING (entity_id)
    WHERE (e.type = 'PERSON' OR m.label = 'PERSON') AND e.name LIKE '% %'
)
SELECT DISTINCT c.claim_id, c.speaker, p.name, c.speaker_entity_id
FROM claims c JOIN persons p
  ON c.doc_id = p.doc_id AND (c.speaker = p.name OR c.speaker LIKE '% ' || p.name)
WHERE c.speaker_entity_id IS DISTINCT FROM p.entity_id
  AND NOT regexp_matches(c.speaker, '(?i)\\b(for|of|to|with)\\s+' || p.name || '$')
ORDER BY c.speaker"""


def load_gold() -> tuple[dict[str, str], list[dict]]:
    rows = [json.loads(line) for line in (GOLD_DIR / "speakers.jsonl").read_text().splitlines()]
    texts = {r["article"]: (GOLD_DIR / "articles" / r["article"]).read_text().strip()
             for r in rows}
    for r in rows:
        if r["sentence"] not in texts[r["article"]]:
            raise ValueError(f"fragment not in its article: {r}")
    return texts, rows


def run_ours(texts: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims with their speaker's entity, and the entities, as the pipeline would build them."""
    nlp = load_nlp()
    claims, mentions = [], []
    for name, text in texts.items():
        doc = nlp(text)
        for k, c in enumerate(extract_claims(doc)):
            claims.append({"claim_id": f"{name}:{k}", "doc_id": name, "speaker": c.speaker,
                           "speaker_is_named": c.speaker_is_named,
                           "speaker_label": c.speaker_label, "speaker_role": c.speaker_role,
                           "sentence_start": c.sentence_start, "sentence_end": c.sentence_end})
        for k, m in enumerate(extract_mentions(doc)):
            mentions.append({"doc_id": name, "mention_id": f"{name}:m{k}", "text": m.text,
                             "label": m.label, "canonical": m.canonical, "role": m.role})
    entities, keys = build_entities(pl.DataFrame(mentions))
    con = duckdb.connect()
    con.register("entity_keys", keys.to_arrow())
    linked = with_speaker_entities(pl.DataFrame(claims), con)
    named = entities.select("entity_id", entity_name="name", entity_type="type")
    return linked.join(named, left_on="speaker_entity_id", right_on="entity_id", how="left",
                       maintain_order="left"), entities


def score(texts: dict[str, str], gold: list[dict], claims: pl.DataFrame,
          entities: pl.DataFrame, verbose: bool) -> None:
    right, total, notes = Counter(), Counter(), []
    for g in gold:
        start = texts[g["article"]].index(g["sentence"])
        end = start + len(g["sentence"])
        found = claims.filter((pl.col("doc_id") == g["article"]) & (pl.col("sentence_start") < end)
                              & (pl.col("sentence_end") > start)).head(1).to_dicts()
        c = found[0] if found else None
        if g["entity"] is None:
            ok = c is not None and c["speaker_entity_id"] is None
        else:
            ok = (c is not None and c["speaker"] == g["speaker"]
                  and c["entity_name"] == g["entity"]
                  and (g["role"] is None or c["speaker_role"] == g["role"]))
        total[g["kind"]] += 1
        right[g["kind"]] += ok
        if not ok:
            got = (f"{c['speaker']!r} role={c['speaker_role']!r} entity={c['entity_name']!r}"
                   if c else "no claim")
            notes.append(f"  {g['kind']:10} want {g['speaker']!r} role={g['role']!r} "
                         f"entity={g['entity']!r}; got {got} | {g['sentence'][:50]!r}")
    persons = {g["entity"] for g in gold if g["entity"]}
    by_name = dict(entities.select("name", "type").iter_rows())
    typed = sum(by_name.get(p) == "PERSON" for p in persons)
    notes += [f"  type       {p!r}: {by_name.get(p)!r}" for p in sorted(persons)
              if by_name.get(p) != "PERSON"]
    if verbose:
        print("\n".join(notes))
    print(f"{'kind':12} {'right':>5} {'of':>4}")
    for kind in KINDS:
        print(f"{kind:12} {right[kind]:5} {total[kind]:4}")
    print(f"{'all claims':12} {sum(right.values()):5} {sum(total.values()):4}")
    print(f"{'PERSON type':12} {typed:5} {len(persons):4}")


def count_unlinked(db: str, verbose: bool) -> None:
    con = duckdb.connect(db, read_only=True)
    rows = con.execute(UNLINKED_SQL).fetchall()
    claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    print(f"{db}: {claims} claims; speaker ends with a full person name but not linked to it: "
          f"{len({r[0] for r in rows})}")
    if verbose:
        for claim_id, speaker, name, entity in rows:
            print(f"  {speaker!r} (person {name!r}; linked to {entity})  {claim_id}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list what is wrong")
    ap.add_argument("--db", action="append", help="count unlinked named speakers in a database")
    args = ap.parse_args()
    if args.db:
        for db in args.db:
            count_unlinked(db, args.verbose)
        return
    texts, gold = load_gold()
    claims, entities = run_ours(texts)
    score(texts, gold, claims, entities, args.verbose)


if __name__ == "__main__":
    main()
