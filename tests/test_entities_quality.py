"""The entity-quality scorer: gold spans, one-to-one matching, splits, merges and metonyms."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import entities_quality as eq  # noqa: E402

TEXT = ("Nasser Kanaani said talks between Tehran and Washington went on. Kanaani added that "
        "the United States had not replied.")
GOLD = [
    {"name": "Nasser Kanaani", "type": "PERSON", "mentions": ["Nasser Kanaani", "Kanaani"],
     "roles": ["spokesman"], "metonym_of": None},
    {"name": "Tehran", "type": "GPE", "mentions": ["Tehran"], "roles": [],
     "metonym_of": "Iran"},
    {"name": "Washington", "type": "GPE", "mentions": ["Washington"], "roles": [],
     "metonym_of": "United States"},
    {"name": "United States", "type": "GPE", "mentions": ["United States"], "roles": [],
     "metonym_of": None},
]


def span(text: str, entity: str, label: str, nth: int = 0, role: str | None = None) -> eq.Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return eq.Span(start, start + len(text), entity, label, text, role)


def test_gold_spans_take_the_longest_form_first_and_every_occurrence() -> None:
    spans = eq.gold_spans(TEXT, GOLD)
    assert [(s.text, s.entity) for s in spans] == [
        ("Nasser Kanaani", "Nasser Kanaani"), ("Tehran", "Tehran"),
        ("Washington", "Washington"), ("Kanaani", "Nasser Kanaani"),
        ("United States", "United States")]


def score(pred: list[eq.Span], names: dict[str, str], types: dict[str, str]):
    return eq.score_article(GOLD, eq.gold_spans(TEXT, GOLD), pred, names, types)


def test_a_perfect_prediction_with_a_metonym_merged_into_its_country() -> None:
    pred = [span("Nasser Kanaani", "p", "PERSON", role="spokesman"),
            span("Tehran", "t", "GPE"), span("Washington", "us", "GPE"),
            span("Kanaani", "p", "PERSON", 1), span("United States", "us", "GPE")]
    mentions, entities, notes = score(pred, {"p": "Nasser Kanaani", "t": "Tehran",
                                             "us": "United States"},
                                      {"p": "PERSON", "t": "GPE", "us": "GPE"})
    assert mentions.prf() == (1.0, 1.0, 1.0) and mentions.typed == 5
    assert entities.prf() == (1.0, 1.0, 1.0), notes
    assert (entities.typed, entities.named, entities.roles_found) == (4, 4, 1)


def test_an_unmerged_surname_is_an_extra_entity_and_a_wrong_merge_a_miss() -> None:
    pred = [span("Nasser Kanaani", "p", "PERSON"), span("Kanaani", "k", "PERSON", 1),
            span("Tehran", "x", "GPE"), span("Washington", "x", "GPE"),
            span("United States", "us", "GPE")]
    _, entities, notes = score(pred, {"p": "Nasser Kanaani", "k": "Kanaani", "x": "Tehran",
                                      "us": "United States"},
                               {"p": "PERSON", "k": "PERSON", "x": "GPE", "us": "GPE"})
    # 4 predicted entities, 3 of them matched; Tehran and Washington merged: one gold missed.
    assert (entities.pred, entities.pred_matched, entities.gold, entities.matched) == (4, 3, 4, 3)
    assert any("extra" in n and "Kanaani" in n for n in notes)
    assert entities.roles_found == 0


def test_the_gold_file_is_consistent_with_its_articles() -> None:
    texts, gold = eq.load_gold()
    assert len(gold) >= 20 and {f"seed_00{i}.txt" for i in range(5)} <= set(gold)
    for name, entities in gold.items():
        assert len({e["name"] for e in entities}) == len(entities), name
        for e in entities:
            assert e["type"] in eq.TYPES, e
            for form in [*e["mentions"], *e["roles"]]:
                assert form in texts[name], (name, form)
    assert json.loads((BENCHMARKS / "gold" / "articles.json").read_text()).keys() >= gold.keys()
