"""Article metadata as a reader sees it: titles, wire agencies, dates, and HTML body F1.

Fixtures under benchmarks/gold/metadata/ are written for this script (none is copied from a
held-out corpus):

    articles/<publisher>_<date>_<slug>.txt   plain text: headline, blank line, body (a headline
                                             with or without a full stop, wire datelines,
                                             credit lines, dates in the file name or not)
    metadata.json                            per file: the title, wire agency and date expected
    pages/NAME.html, NAME.txt, NAME.gold.txt pages whose articles have sentences that look like
                                             furniture ("Follow the money, she said ...")

Printed: titles right, wire right, dates right (of N), then mean body word-4-gram F1 (and P/R)
of our HTML and text-dump extraction against trafilatura alone on the same pages.

With --bbc DIR [DIR ...] (plain-text article folders with no boilerplate, such as the BBC
business/entertainment/sport/tech folders) it also prints the share of article lines below the
title that cleaning keeps: every line dropped there is a real article line lost.

Run: python benchmarks/metadata_quality.py [--bbc DIR ...]
"""

from __future__ import annotations

import inspect
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.cleaning_quality import METHODS, ngram_prf, pages  # noqa: E402
from pipeline.stages.parse import parse_document  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "metadata"


def parse_file(path: Path) -> dict[str, str | None]:
    """Title, wire and date our parser gives one fixture file (its name passed when it can be)."""
    kwargs = {}
    if "source_path" in inspect.signature(parse_document).parameters:
        kwargs["source_path"] = path.name
    parsed = parse_document("text", path.read_text(encoding="utf-8"), **kwargs)
    date = parsed.published_date
    return {"title": parsed.title, "wire": getattr(parsed, "wire", None),
            "date": date.isoformat() if date else None}


def metadata_scores(folder: Path = GOLD) -> tuple[Counter[str], int, list[str]]:
    """(fields right, files, one line per miss) over the fixture articles."""
    gold = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    misses = []
    for name, expected in sorted(gold.items()):
        got = parse_file(folder / "articles" / name)
        for field, want in expected.items():
            if got[field] == want:
                right[field] += 1
            else:
                misses.append(f"  {field:<6} {name}: got {got[field]!r}, want {want!r}")
    return right, len(gold), misses


def page_scores(folder: Path = GOLD / "pages") -> dict[str, tuple[float, float, float]]:
    """Mean (P, R, F1) per method over the fixture pages."""
    table: dict[str, list[tuple[float, float, float]]] = {m: [] for m in METHODS}
    for page in pages(folder):
        gold = page.with_name(page.stem + ".gold.txt").read_text(encoding="utf-8")
        for name, method in METHODS.items():
            table[name].append(ngram_prf(method(page), gold))
    return {m: tuple(statistics.fmean(col) for col in zip(*rows, strict=True))  # type: ignore[misc]
            for m, rows in table.items() if rows}


def kept_share(folder: Path) -> tuple[int, int]:
    """(article lines kept, article lines) over a folder of clean plain-text articles."""
    from pipeline.text.cleaning import clean_body
    from pipeline.text.normalize import normalize_text
    from pipeline.text.parsing import parse_text

    kept = total = 0
    for path in sorted(folder.glob("*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8", errors="replace"))
        lines = [line.strip() for line in text.split("\n")[1:] if line.strip()]
        parsed = parse_text(text)
        paragraphs = set(clean_body(parsed.body_lines, title=parsed.title).paragraphs)
        total += len(lines)
        kept += sum(line in paragraphs for line in lines)
    return kept, total


if __name__ == "__main__":
    right, total, misses = metadata_scores()
    for field in ("title", "wire", "date"):
        print(f"{field + 's'} right: {right[field]} of {total}")
    print("\n".join(misses))
    print(f"\n{'pages':<14}{'P':>8}{'R':>8}{'F1':>8}")
    for method, (p, r, f) in page_scores().items():
        print(f"{method:<14}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    if "--bbc" in sys.argv:
        print(f"\n{'article lines kept':<24}{'kept':>8}{'of':>8}{'share':>8}")
        for arg in sys.argv[sys.argv.index("--bbc") + 1 :]:
            kept, total = kept_share(Path(arg))
            print(f"{Path(arg).name:<24}{kept:>8}{total:>8}{kept / max(total, 1):>8.4f}")
