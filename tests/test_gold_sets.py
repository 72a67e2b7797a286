"""Every stance gold set is well formed: six keys per line, a known stance, an article that
exists, a topic its watchlist holds with a proposition, and a content found in its article.
Failures name the set and a count only, never a line: the blind sets must stay unread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "gold"
SETS = sorted(p.parent.name for p in GOLD.glob("stance*/stance.jsonl"))
KEYS = {"article", "topic", "speaker", "content", "stance", "note"}


def test_the_sets_are_found():
    assert {"stance", "stance_dev5", "stance_blind9"} <= set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_a_gold_set_is_well_formed(name: str) -> None:
    folder = GOLD / name
    rows = [json.loads(line) for line in (folder / "stance.jsonl").read_text().splitlines()
            if line.strip()]
    topics = {t["id"]: t for t in yaml.safe_load((folder / "topics.yaml").read_text())["topics"]}
    bodies = {p.name: " ".join(p.read_text().split()) for p in (folder / "articles").iterdir()}
    bad_keys = sum(not set(r) >= KEYS for r in rows)
    bad_stance = sum(r.get("stance") not in {"supports", "refutes", "neutral"} for r in rows)
    no_article = sum(r.get("article") not in bodies for r in rows)
    no_topic = sum(not topics.get(r.get("topic"), {}).get("proposition") for r in rows)
    missing = sum(" ".join(str(r.get("content", "")).split()) not in bodies.get(
        r.get("article"), "") for r in rows)
    assert rows and (bad_keys, bad_stance, no_article, no_topic) == (0, 0, 0, 0), name
    assert missing <= len(rows) // 50, f"{name}: {missing} contents not found in their article"
