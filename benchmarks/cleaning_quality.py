"""Article-extraction quality on the page fixtures: word-4-gram F1 against the true article text.

Each fixture under tests/fixtures/pages/ (and its heldout/ sub-folder) is NAME.html (the page),
NAME.txt (a browser "select all / copy" of the page) and NAME.gold.txt (the article paragraphs,
title excluded). Methods compared:

    baseline      every line of the text dump
    text          normalize_text -> parse_text -> clean_body on the text dump
    html          html_to_text -> normalize_text -> parse_text -> clean_body on the HTML
    trafilatura   trafilatura alone on the HTML (precision and recall settings)

Run: python benchmarks/cleaning_quality.py [fixture_dir ...]
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from trafilatura import extract  # noqa: E402

from pipeline.text.cleaning import clean_body  # noqa: E402
from pipeline.text.html import html_to_text  # noqa: E402
from pipeline.text.normalize import normalize_text  # noqa: E402

try:
    from pipeline.text.parsing import ParseHints, parse_text
except ImportError:  # the parser is optional here: fall back to "every line is body"
    ParseHints = None  # type: ignore[assignment,misc]
    parse_text = None  # type: ignore[assignment]

FIXTURES = ROOT / "tests" / "fixtures" / "pages"
_TOKEN = re.compile(r"\w+")


def ngram_prf(predicted: str, gold: str, n: int = 4) -> tuple[float, float, float]:
    """Precision, recall and F1 of the multisets of lower-cased word n-grams (\\w+ tokens)."""

    def grams(text: str) -> Counter[tuple[str, ...]]:
        words = _TOKEN.findall(text.lower())
        return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    pred, ref = grams(predicted), grams(gold)
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def ngram_f1(predicted: str, gold: str, n: int = 4) -> float:
    """F1 of the multisets of lower-cased word n-grams (words = \\w+ tokens)."""
    return ngram_prf(predicted, gold, n)[2]


def clean_text(text: str, title: str | None = None) -> str:
    """The article body our pipeline gives for one plain text (a dump or extracted HTML text)."""
    text = normalize_text(text)
    if parse_text is None:
        lines = tuple((i, line) for i, line in enumerate(text.split("\n"), 1))
        return clean_body(lines, title=title).body
    hints = ParseHints(title=normalize_text(title)) if title else None
    parsed = parse_text(text, hints=hints)
    return clean_body(parsed.body_lines, title=parsed.title).body


def run_text(page: Path) -> str:
    return clean_text(page.with_suffix(".txt").read_text(encoding="utf-8"))


def run_html(page: Path) -> str:
    extracted = html_to_text(page.read_text(encoding="utf-8"))
    return clean_text(extracted.text, extracted.title)


def run_baseline(page: Path) -> str:
    return page.with_suffix(".txt").read_text(encoding="utf-8")


def _trafilatura(**options: bool) -> Callable[[Path], str]:
    def run(page: Path) -> str:
        html = page.read_text(encoding="utf-8")
        return extract(html, include_comments=False, include_tables=False, **options) or ""

    return run


METHODS: dict[str, Callable[[Path], str]] = {
    "baseline": run_baseline,
    "text": run_text,
    "html": run_html,
    "traf_prec": _trafilatura(favor_precision=True),
    "traf_recall": _trafilatura(favor_recall=True),
}


def pages(folder: Path = FIXTURES) -> list[Path]:
    """The fixture pages (NAME.html with NAME.txt and NAME.gold.txt beside it) in a folder."""
    return sorted(
        p for p in folder.glob("*.html")
        if p.with_suffix(".txt").exists() and p.with_name(p.stem + ".gold.txt").exists()
    )


def score(folder: Path = FIXTURES, methods: dict[str, Callable[[Path], str]] = METHODS
          ) -> dict[str, dict[str, float]]:
    """{method: {page name: F1}} for every page in a folder."""
    table: dict[str, dict[str, float]] = {m: {} for m in methods}
    for page in pages(folder):
        gold = page.with_name(page.stem + ".gold.txt").read_text(encoding="utf-8")
        for name, method in methods.items():
            table[name][page.stem] = ngram_f1(method(page), gold)
    return table


def report(folder: Path) -> None:
    table = score(folder)
    names = list(table)
    print(f"\n{folder.relative_to(ROOT)}  ({len(table[names[0]])} pages)")
    print(f"{'page':<30}" + "".join(f"{n:>12}" for n in names))
    for page in table[names[0]]:
        print(f"{page:<30}" + "".join(f"{table[n][page]:>12.3f}" for n in names))
    for label, agg in (("median", statistics.median), ("mean", statistics.fmean)):
        print(f"{label:<30}" + "".join(f"{agg(table[n].values()):>12.3f}" for n in names))


def timing(folder: Path = FIXTURES) -> float:
    """Mean milliseconds of clean_body per article body (text dumps, parsed)."""
    bodies = []
    for page in pages(folder):
        text = normalize_text(page.with_suffix(".txt").read_text(encoding="utf-8"))
        if parse_text is None:
            bodies.append(tuple(enumerate(text.split("\n"), 1)))
        else:
            bodies.append(parse_text(text).body_lines)
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for body in bodies:
            clean_body(body)
    return (time.perf_counter() - start) * 1000 / (rounds * len(bodies))


if __name__ == "__main__":
    folders = [Path(a).resolve() for a in sys.argv[1:]] or [
        f for f in (FIXTURES, FIXTURES / "heldout") if f.exists()
    ]
    if parse_text is None:
        print("pipeline.text.parsing not importable: every text line is treated as body")
    for folder in folders:
        report(folder)
    print(f"\nclean_body: {timing():.2f} ms per page dump (mean)")
