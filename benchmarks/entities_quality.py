"""Entity quality on the hand-annotated gold set, next to a plain spaCy NER table.

Gold (`gold/entities.jsonl`): per article, each real-world entity named in it, with its type,
canonical name, every surface form used for it (honorifics and possessive 's left out) and, for
people, the roles the text gives them. Gold mentions are all occurrences of those forms (longest
form first where they overlap).

Scored, per article:
- mentions: a predicted mention matches a gold mention it overlaps, one-to-one; "typed" also
  needs the right type (ours: the entity's type after the corpus-wide majority vote);
- entities: predicted entities (ours: canonical `entity_id`s; baseline: distinct text + label,
  what a plain NER table gives) are matched one-to-one to gold entities through their mentions;
  a second predicted entity for one gold entity (an unmerged surname or alias) is a false
  positive, one predicted entity standing for two gold entities (a wrong merge) misses one;
  linking a capital used for its government to the country counts as right (our documented
  choice). Over matched entities: type right, canonical name right, roles found.

Only PERSON, ORG, GPE, NORP, LOC and FAC are annotated; predictions of other labels are ignored.

    python benchmarks/entities_quality.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import Tally

from pipeline.nlp.aliases import normalize_name
from pipeline.nlp.entities import extract_mentions
from pipeline.nlp.entity_merge import build_entities
from pipeline.nlp.model import load_nlp

GOLD_DIR = Path(__file__).resolve().parent / "gold"
TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


@dataclass
class Span:
    start: int
    end: int
    entity: str  # gold: entity name; predicted: entity id
    label: str
    text: str = ""
    role: str | None = None


@dataclass
class Score(Tally):
    pred_matched: int = 0  # predicted items matched (more than one gold for a metonym merge)
    typed: int = 0
    named: int = 0
    roles_gold: int = 0
    roles_found: int = 0

    def predictions_matched(self) -> int:
        return self.pred_matched



def load_gold() -> tuple[dict[str, str], dict[str, list[dict]]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in (GOLD_DIR / "entities.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["article"]].append(row)
    texts = {name: (GOLD_DIR / "articles" / name).read_text().strip() for name in gold}
    return texts, dict(gold)


def gold_spans(text: str, entities: list[dict]) -> list[Span]:
    """Every occurrence of every gold surface form, longest first, never overlapping."""
    forms = sorted(((form, e) for e in entities for form in e["mentions"]),
                   key=lambda fe: -len(fe[0]))
    taken = [False] * len(text)
    spans = []
    for form, entity in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                spans.append(Span(m.start(), m.end(), entity["name"], entity["type"], form))
    return sorted(spans, key=lambda s: s.start)


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(gold: list[Span], pred: list[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), largest overlap first."""
    pairs = sorted(((overlap(g, p), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred) if overlap(g, p)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def metonyms(a: dict, b: dict) -> bool:
    """One gold entity is a metonym of the other ("Washington" for the United States)."""
    return a.get("metonym_of") == b["name"] or b.get("metonym_of") == a["name"]


def role_found(gold_roles: list[str], pred_roles: set[str]) -> bool:
    """A predicted role shares at least half of the words of a gold role."""
    for g in gold_roles:
        words = set(g.lower().split())
        if any(len(words & set(p.lower().split())) * 2 >= len(words) for p in pred_roles):
            return True
    return False


def score_article(
    entities: list[dict], gold: list[Span], pred: list[Span], names: dict[str, str],
    types: dict[str, str],
) -> tuple[Score, Score, list[str]]:
    """Mention and entity scores of one article; notes on misses and extras."""
    by_name = {e["name"]: e for e in entities}
    mentions = Score(gold=len(gold), pred=len(pred))
    pairs = match_spans(gold, pred)
    mentions.matched = mentions.pred_matched = len(pairs)
    mentions.typed = sum(gold[i].label == pred[j].label for i, j in pairs)

    # Link predicted entities to gold entities by how many mentions they share, strongest first;
    # a predicted entity may stand for a second gold entity only when one is a metonym of the
    # other (the capital for its country).
    votes: dict[tuple[str, str], int] = defaultdict(int)
    for i, j in pairs:
        votes[(pred[j].entity, gold[i].entity)] += 1
    claimed: dict[str, str] = {}  # gold name -> predicted entity id
    for (pid, gname), _ in sorted(votes.items(), key=lambda kv: -kv[1]):
        if gname in claimed:
            continue
        partners = [g for g, p in claimed.items() if p == pid]
        if partners and not all(metonyms(by_name[gname], by_name[g]) for g in partners):
            continue
        claimed[gname] = pid
    ents = Score(gold=len(entities), pred=len({p.entity for p in pred}),
                 pred_matched=len(set(claimed.values())))
    ents.matched = len(claimed)
    notes = []
    for gname, pid in claimed.items():
        entity = by_name[gname]
        ents.typed += types[pid] == entity["type"]
        target = entity.get("metonym_of") or gname
        ents.named += normalize_name(names[pid]) in {normalize_name(gname),
                                                      normalize_name(target)}
        if entity["type"] == "PERSON" and entity["roles"]:
            ents.roles_gold += 1
            found = {p.role for p in pred if p.entity == pid and p.role}
            ents.roles_found += role_found(entity["roles"], found)
    for entity in entities:
        if entity["name"] not in claimed:
            notes.append(f"  missed {entity['type']:6} {entity['name']}")
    for pid in {p.entity for p in pred} - set(claimed.values()):
        forms = sorted({p.text for p in pred if p.entity == pid})
        notes.append(f"  extra  {types[pid]:6} {names[pid]} {forms}")
    return mentions, ents, notes


def run_ours(texts: dict[str, str]) -> tuple[dict[str, list[Span]], dict, dict]:
    """Our mentions, with entity ids from one corpus-wide `build_entities` over all articles."""
    nlp = load_nlp()
    rows = []
    for name, text in texts.items():
        for k, m in enumerate(extract_mentions(nlp(text))):
            rows.append({"doc_id": name, "mention_id": f"{name}:{k}", "text": m.text,
                         "label": m.label, "canonical": m.canonical, "role": m.role,
                         "start_char": m.start_char, "end_char": m.end_char})
    frame = pl.DataFrame(rows)
    entities, keys = build_entities(frame)
    entity_of = dict(keys.iter_rows())
    names = dict(entities.select("entity_id", "name").iter_rows())
    types = dict(entities.select("entity_id", "type").iter_rows())
    out: dict[str, list[Span]] = defaultdict(list)
    for row in rows:
        eid = entity_of[row["mention_id"]]
        if types[eid] in TYPES:
            out[row["doc_id"]].append(Span(row["start_char"], row["end_char"], eid, types[eid],
                                           row["text"], row["role"]))
    return out, names, types


def run_plain_ner(texts: dict[str, str]) -> tuple[dict[str, list[Span]], dict, dict]:
    """Plain spaCy NER: every distinct (text, label) of an article is an entity."""
    nlp = load_nlp()
    out: dict[str, list[Span]] = defaultdict(list)
    names, types = {}, {}
    for name, text in texts.items():
        for ent in nlp(text).ents:
            if ent.label_ in TYPES:
                eid = f"{name}:{ent.text}:{ent.label_}"
                names[eid], types[eid] = ent.text, ent.label_
                out[name].append(Span(ent.start_char, ent.end_char, eid, ent.label_, ent.text))
    return out, names, types


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list missed and extra entities")
    args = ap.parse_args()
    texts, gold = load_gold()
    systems = {"claimtrail": run_ours(texts), "plain spaCy NER": run_plain_ner(texts)}
    parts = {"all": list(texts), "seeds": [n for n in texts if n.startswith("seed_")],
             "others": [n for n in texts if not n.startswith("seed_")]}
    totals = {(s, p, k): Score() for s in systems for p in parts for k in ("m", "e")}
    print(f"{'article':28} {'gold':>4} | {'ours P':>6} {'R':>5} {'F1':>5} "
          f"| {'NER P':>6} {'R':>5} {'F1':>5}   (entities)")
    for name, text in texts.items():
        spans = gold_spans(text, gold[name])
        row = []
        for system, (pred, names, types) in systems.items():
            mentions, ents, notes = score_article(gold[name], spans, pred.get(name, []),
                                                  names, types)
            for part, members in parts.items():
                if name in members:
                    totals[(system, part, "m")].add(mentions)
                    totals[(system, part, "e")].add(ents)
            row.append(ents)
            if args.verbose and system == "claimtrail" and notes:
                print(f"{name}:\n" + "\n".join(notes))
        (p1, r1, f1), (p2, r2, f2) = row[0].prf(), row[1].prf()
        print(f"{name:28} {row[0].gold:4} | {p1:6.2f} {r1:5.2f} {f1:5.2f} "
              f"| {p2:6.2f} {r2:5.2f} {f2:5.2f}")
    print(f"\n{'articles':11} {'system':16} {'level':8} {'gold':>5} {'pred':>5} {'P':>5} "
          f"{'R':>5} {'F1':>5}  {'typed F1':>8} {'type':>5} {'name':>5} {'roles':>5}")
    for part, members in parts.items():
        for system in systems:
            for level, key in (("mentions", "m"), ("entities", "e")):
                s = totals[(system, part, key)]
                p, r, f = s.prf()
                typed_f1 = 2 * s.typed / (s.gold + s.pred) if s.gold + s.pred else 0.0
                extra = (f"{s.share('named'):5.2f} "
                         f"{s.roles_found / s.roles_gold if s.roles_gold else 0:5.2f}"
                         if key == "e" else f"{'':5} {'':5}")
                print(f"{part + f' ({len(members)})':11} {system:16} {level:8} {s.gold:5} "
                      f"{s.pred:5} {p:5.2f} {r:5.2f} {f:5.2f}  {typed_f1:8.2f} "
                      f"{s.share('typed'):5.2f} {extra}")


if __name__ == "__main__":
    main()
