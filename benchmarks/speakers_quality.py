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
import re
import sys
from collections import Counter
from pathlib import Path

import duckdb
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.nlp.attribution import extract_claims
from pipeline.nlp.entities import extract_mentions
from pipeline.nlp.entity_merge import build_entities
from pipeline.nlp.model import load_nlp
from pipeline.stages.claims import with_speaker_entities

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "speakers"
KINDS = ("prefixed", "reference", "surname", "pronoun", "unresolved")

# Claims, their speaker's entity name, and the multi-word PERSON names of their article.
CLAIMS_SQL = """
SELECT c.claim_id, c.doc_id, c.speaker, e.name AS entity_name
FROM claims c LEFT JOIN entities e ON e.entity_id = c.speaker_entity_id"""
PERSONS_SQL = """
SELECT DISTINCT m.doc_id, e.name
FROM entity_mentions m JOIN entities e USING (entity_id)
WHERE e.type = 'PERSON' AND e.name LIKE '% %'"""
_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Two name-shaped words after a lowercase role word or a person's post-nominal ("Lib Dem MP
# Lembit Opik", "Lord of the Rings director Peter Jackson"), in a source without an article
# ("a spokesman for hedge fund Atticus Capital" is someone else).
_ROLE_THEN_NAME = re.compile(
    rf"^(?!(?:a|an|the)\s)(?i:.*\s)?(?:[a-z][a-z-]+|MP|MEP|MSP|AM|MLA|QC) "
    rf"({_NAME_WORD} {_NAME_WORD})$")
_RELATIONAL_BEFORE = re.compile(r"(?:\b(?:of|for|to|with|and|the|by|from)|'s)$")


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


def full_name_at_end(speaker: str, persons: set[str]) -> str | None:
    """The full person name the speaker text ends with: a PERSON entity of the article, or two
    name-shaped words after a role word; None for relational sources ("Tony Blair's
    spokesman", "a spokesman for Tony Blair")."""
    for name in sorted(persons, key=len, reverse=True):
        before = speaker[: -len(name)].rstrip().lower()
        if (speaker == name or speaker.endswith(" " + name)) and not _RELATIONAL_BEFORE.search(
                before):
            return name
    found = _ROLE_THEN_NAME.match(speaker)
    if found and not _RELATIONAL_BEFORE.search(speaker[: found.start(1)].rstrip()):
        return found.group(1)
    return None


def count_unlinked(db: str, verbose: bool) -> None:
    """Claims whose speaker text ends with a full person name but are not linked to that person
    (linked: the speaker's entity is named by that name)."""
    con = duckdb.connect(db, read_only=True)
    persons: dict[str, set[str]] = {}
    for doc_id, name in con.execute(PERSONS_SQL).fetchall():
        persons.setdefault(doc_id, set()).add(name)
    rows = con.execute(CLAIMS_SQL).fetchall()
    ending, unlinked = 0, []
    for claim_id, doc_id, speaker, entity_name in rows:
        name = full_name_at_end(speaker, persons.get(doc_id, set()))
        if name is None:
            continue
        ending += 1
        if entity_name != name:
            unlinked.append((speaker, name, entity_name, claim_id))
    print(f"{db}: {len(rows)} claims; {ending} with a speaker text ending with a full person "
          f"name; not linked to that person: {len(unlinked)}")
    if verbose:
        for speaker, name, entity, claim_id in sorted(unlinked):
            print(f"  {speaker!r} (person {name!r}; linked to {entity!r})  {claim_id}")


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
