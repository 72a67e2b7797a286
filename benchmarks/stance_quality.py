"""Claim stance and contradiction quality on the stance gold set, next to a polarity baseline.

Runs `claimtrail run` over the gold articles (or reads an existing database with `--db`) and
scores the published tables against `stance.jsonl`:

* **Matching.** Each gold statement is located in its article's `articles.body` (exact search,
  else a search that ignores runs of whitespace and curly-vs-straight quotes, as the cleaner
  straightens them; lines found by neither are counted apart and stay unmatched). It then
  matches the claim of the same document whose [start_char, end_char) span overlaps it most, if
  the overlap is >= 50 % of the gold span; one-to-one within an article and topic, best overlap
  first (the rule of claims_quality.py; a tie goes to the larger overlap over union).
* **Claim-stance accuracy.** Over gold `supports`/`refutes` lines: the share whose matched claim
  has a `claim_stances` row for the gold topic with the gold stance (unmatched or untagged count
  as wrong); also over matched-and-tagged lines only; a confusion table gold x predicted
  (supports / refutes / neutral / untagged / unmatched); for gold `neutral` lines the share
  predicted neutral or untagged.
* **Contradiction precision.** Over `contradictions` rows whose two evidence claims both match
  gold lines of the row's topic: the share whose two gold stances are supports and refutes.
  Rows with a side not in gold are counted as `unknown` and left out of the share.
* **Opposing speaker pairs found.** Gold pairs: unordered pairs of speakers (gold speaker text,
  lower-cased, titles and a leading "the" dropped) with a supports line and a refutes line on
  one topic. Primary figure (*positions*): a pair is found when some contradiction on the topic
  has one position whose `claim_ids` match a gold line of one speaker and the other position
  with a gold line of the other. Secondary (*evidence*): the same with only the row's two
  evidence claims. `--verbose` counts the pairs not found by how each of the two speakers gets
  their gold side: *direct* (a line by a rule of its own), *carried* (only from their other
  claims, a frame or a stake, which are never a contradiction's evidence) or *none*.
* **Baseline**, from the same database: today's polarity pairing, every positive claim against
  every negative claim tagged with the same topic (`claim_stances` or `claims.topics`), from
  different speakers (speaker_entity_id, else lower-cased speaker) or on different dates, copies
  in one near-duplicate cluster collapsed. Its precision and its pairs found (evidence
  definition: the baseline has no positions), and polarity read as stance (positive ->
  supports, negative -> refutes) on the same gold lines.

The last line is for scripts: `stance_accuracy X contradiction_precision Y pairs_found Z
baseline_precision B baseline_pairs_found C` (shares 0-1; pairs found by the positions rule).

    python benchmarks/stance_quality.py [--db FILE] [--gold DIR] [--topics FILE] [--keep]
                                        [--verbose]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import Tally

from pipeline.trail.consistency import ACROSS, GUESSES, INHERITED

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = Path(__file__).resolve().parent / "gold" / "stance"
SIDES = ("supports", "refutes")
PREDICTED = ("supports", "refutes", "neutral", "untagged", "unmatched")
MIN_OVERLAP = 0.5
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "dame"}
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2033": '"', "\u2018": "'",
                         "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'"})

# Tables and columns the scorer reads from the published database.
REQUIRED: dict[str, list[str]] = {
    "articles": ["doc_id", "source_path", "body", "cluster_id", "published_date"],
    "claims": ["claim_id", "doc_id", "speaker", "speaker_entity_id", "content", "polarity",
               "topics", "start_char", "end_char", "claim_date"],
    "claim_stances": ["claim_id", "topic", "stance", "stance_basis"],
    "positions": ["position_id", "topic", "claim_ids"],
    "contradictions": ["claim_id_a", "claim_id_b", "topic", "position_id_a", "position_id_b"],
}


class SchemaError(RuntimeError):
    """The database lacks a table or column the scorer needs."""


@dataclass
class Tables:
    articles: pl.DataFrame
    claims: pl.DataFrame
    stances: pl.DataFrame
    positions: pl.DataFrame
    contradictions: pl.DataFrame


@dataclass
class StanceTally(Tally):
    """gold = gold supports/refutes lines; matched = of those, matched to a claim."""

    tagged: int = 0  # supports/refutes lines whose claim is tagged with the gold topic
    correct: int = 0  # ... with the gold stance (so correct <= tagged <= matched)
    neutral: int = 0  # gold neutral lines
    neutral_ok: int = 0  # ... predicted neutral or untagged
    lines: int = 0  # all gold lines
    lines_matched: int = 0
    lines_tagged: int = 0  # matched lines tagged with the gold topic

    def accuracy(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    def accuracy_tagged(self) -> float:
        return self.correct / self.tagged if self.tagged else 0.0

    def neutral_share(self) -> float:
        return self.neutral_ok / self.neutral if self.neutral else 0.0


@dataclass
class Judged(Tally):
    """Contradiction rows: pred = rows with both sides in gold; right = opposite gold stances."""

    rows: int = 0
    right: int = 0
    wrong: int = 0
    unknown: int = 0

    def predictions_matched(self) -> int:
        return self.right

    def precision(self) -> float:
        return self.prf()[0]


# --- gold ------------------------------------------------------------------------------------


def speaker_key(speaker: str) -> str:
    """Lower-case words, titles (Mr, Dr...) and a leading "the" dropped."""
    words = [w for w in re.findall(r"[\w'&-]+", speaker.lower()) if w not in _TITLES]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def load_gold(gold_dir: Path) -> pl.DataFrame:
    """One row per gold line: line, article, topic, speaker, speaker_key, content, stance."""
    rows = [json.loads(x) for x in (gold_dir / "stance.jsonl").read_text().splitlines() if x]
    return pl.DataFrame(
        [{"line": i, "article": r["article"], "topic": r["topic"], "speaker": r["speaker"],
          "speaker_key": speaker_key(r["speaker"]), "content": r["content"],
          "stance": r["stance"]} for i, r in enumerate(rows, 1)],
        schema={"line": pl.Int64, "article": pl.String, "topic": pl.String,
                "speaker": pl.String, "speaker_key": pl.String, "content": pl.String,
                "stance": pl.String})


def topic_order(topics_file: Path, gold: pl.DataFrame) -> list[str]:
    """Topic ids in watchlist order, then any gold-only ones."""
    ids: list[str] = []
    with contextlib.suppress(OSError, KeyError, TypeError, yaml.YAMLError):
        ids = [t["id"] for t in yaml.safe_load(topics_file.read_text())["topics"]]
    return [t for t in ids if t in set(gold["topic"])] + sorted(set(gold["topic"]) - set(ids))


# --- locating and matching -------------------------------------------------------------------


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with quotes straightened and whitespace runs as one space, and for each character
    of the result its offset in `text`."""
    out, where = [], []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate(body: str, content: str) -> tuple[int, int, str] | None:
    """(start, end, how) of `content` in `body`: how = "exact" or "normalised"."""
    start = body.find(content)
    if start >= 0:
        return start, start + len(content), "exact"
    folded_body, where = _folded(body)
    needle = _folded(content)[0].strip()
    at = folded_body.find(needle) if needle else -1
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1, "normalised"


def locate_gold(gold: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Adds doc_id, start, end, located ("exact" / "normalised" / "missing") to each gold line.

    Articles are found by file name (the last part of `source_path`)."""
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc_id, path, body in articles.select("doc_id", "source_path", "body").iter_rows():
        docs[Path(path).name].append((doc_id, body or ""))
    found = []
    for line, article, content in gold.select("line", "article", "content").iter_rows():
        hit = None
        for doc_id, body in docs.get(article, []):
            where = locate(body, content)
            if where:
                hit = {"line": line, "doc_id": doc_id, "start": where[0], "end": where[1],
                       "located": where[2]}
                break
        found.append(hit or {"line": line, "doc_id": None, "start": None, "end": None,
                             "located": "missing"})
    schema = {"line": pl.Int64, "doc_id": pl.String, "start": pl.Int64, "end": pl.Int64,
              "located": pl.String}
    return gold.join(pl.DataFrame(found, schema=schema), on="line", how="left")


def match_spans(gold: Iterable[tuple[int, int, int]],
                claims: Iterable[tuple[str, int, int]]) -> dict[int, str]:
    """gold (id, start, end) x claims (id, start, end) -> {gold id: claim id}.

    A pair qualifies when the overlap is >= MIN_OVERLAP of the gold span; one-to-one, best
    overlap first. Ties (a claim covering two nested gold spans) go to the pair with the larger
    overlap over union, then to the earlier gold line."""
    claims = list(claims)
    pairs = []
    for gid, gs, ge in gold:
        for cid, cs, ce in claims:
            overlap = min(ge, ce) - max(gs, cs)
            ratio = overlap / max(1, ge - gs)
            if ratio >= MIN_OVERLAP:
                pairs.append((-ratio, -overlap / (max(ge, ce) - min(gs, cs)), gid, cid))
    used_g: set[int] = set()
    used_c: set[str] = set()
    out = {}
    for *_, gid, cid in sorted(pairs):
        if gid not in used_g and cid not in used_c:
            used_g.add(gid)
            used_c.add(cid)
            out[gid] = cid
    return out


def match_gold(located: pl.DataFrame, claims: pl.DataFrame) -> pl.DataFrame:
    """Adds claim_id (null when unmatched): matching within each (doc_id, topic)."""
    spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for cid, doc, s, e in claims.select("claim_id", "doc_id", "start_char", "end_char").iter_rows():
        spans[doc].append((cid, s, e))
    matched: dict[int, str] = {}
    groups = located.filter(pl.col("doc_id").is_not_null()).partition_by(
        ["doc_id", "topic"], as_dict=True)
    for (doc_id, _topic), rows in groups.items():
        matched |= match_spans(rows.select("line", "start", "end").iter_rows(), spans[doc_id])
    ids = pl.DataFrame({"line": list(matched), "claim_id": list(matched.values())},
                       schema={"line": pl.Int64, "claim_id": pl.String})
    return located.join(ids, on="line", how="left")


# --- stance ----------------------------------------------------------------------------------


def predict(matched: pl.DataFrame, stances: pl.DataFrame) -> pl.DataFrame:
    """Adds pred (a stance, "untagged" or "unmatched") and basis from `claim_stances`."""
    tags = stances.select("claim_id", "topic", pred="stance", basis="stance_basis")
    return matched.join(tags, on=["claim_id", "topic"], how="left").with_columns(
        pred=pl.when(pl.col("claim_id").is_null()).then(pl.lit("unmatched"))
        .otherwise(pl.col("pred").fill_null("untagged")))


def topic_tags(claims: pl.DataFrame, stances: pl.DataFrame) -> pl.DataFrame:
    """(claim_id, topic) of every claim tagged with a topic: `claim_stances` or `claims.topics`."""
    listed = (claims.select("claim_id", topic="topics").explode("topic")
              .filter(pl.col("topic").is_not_null()))
    return pl.concat([stances.select("claim_id", "topic"), listed]).unique()


def predict_polarity(matched: pl.DataFrame, claims: pl.DataFrame,
                     tags: pl.DataFrame) -> pl.DataFrame:
    """Baseline: adds pred = polarity as stance (positive -> supports, negative -> refutes) when
    the matched claim is tagged with the gold topic, else "untagged" / "unmatched"."""
    as_stance = {"positive": "supports", "negative": "refutes"}
    polar = tags.join(claims.select("claim_id", "polarity"), on="claim_id").select(
        "claim_id", "topic", pred=pl.col("polarity").replace_strict(as_stance, default="neutral"),
        basis=pl.lit("polarity"))
    return predict(matched, polar.rename({"pred": "stance", "basis": "stance_basis"}))


def stance_tally(predicted: pl.DataFrame) -> StanceTally:
    t = StanceTally()
    for gold, pred in predicted.select("stance", "pred").iter_rows():
        t.lines += 1
        t.lines_matched += pred != "unmatched"
        t.lines_tagged += pred not in ("unmatched", "untagged")
        if gold in SIDES:
            t.gold += 1
            t.matched += pred != "unmatched"
            t.tagged += pred not in ("unmatched", "untagged")
            t.correct += pred == gold
        else:
            t.neutral += 1
            t.neutral_ok += pred in ("neutral", "untagged")
    return t


def confusion(predicted: pl.DataFrame) -> Counter[tuple[str, str]]:
    return Counter(predicted.select("stance", "pred").iter_rows())


# --- contradictions and speaker pairs --------------------------------------------------------


def gold_lookup(matched: pl.DataFrame) -> dict[tuple[str, str], tuple[str, str]]:
    """(claim_id, topic) -> (gold stance, gold speaker key) of the gold line it matches."""
    rows = matched.filter(pl.col("claim_id").is_not_null())
    return {(cid, topic): (stance, spk) for cid, topic, stance, spk in
            rows.select("claim_id", "topic", "stance", "speaker_key").iter_rows()}


def gold_pairs(gold: pl.DataFrame) -> set[tuple[str, frozenset[str]]]:
    """(topic, {speaker, speaker}) for speakers with opposite gold stances on one topic."""
    sides: dict[tuple[str, str], set[str]] = defaultdict(set)
    for topic, spk, stance in gold.select("topic", "speaker_key", "stance").iter_rows():
        if stance in SIDES:
            sides[(topic, stance)].add(spk)
    return {(topic, frozenset((s, r)))
            for (topic, stance), speakers in sides.items() if stance == "supports"
            for s in speakers for r in sides.get((topic, "refutes"), set()) if s != r}


def judge(rows: pl.DataFrame, lookup: Mapping[tuple[str, str], tuple[str, str]]) -> Judged:
    """Contradiction precision of (topic, claim_id_a, claim_id_b) rows against gold stances."""
    j = Judged()
    for topic, a, b in rows.select("topic", "claim_id_a", "claim_id_b").iter_rows():
        j.rows += 1
        ga, gb = lookup.get((a, topic)), lookup.get((b, topic))
        if ga is None or gb is None:
            j.unknown += 1
            continue
        j.pred += 1
        if {ga[0], gb[0]} == set(SIDES):
            j.right += 1
        else:
            j.wrong += 1
    return j


def _found(topic: str, side_a: set[str], side_b: set[str]) -> set[tuple[str, frozenset[str]]]:
    return {(topic, frozenset((x, y))) for x in side_a for y in side_b if x != y}


def pairs_by_evidence(rows: pl.DataFrame, lookup: Mapping[tuple[str, str], tuple[str, str]]
                      ) -> set[tuple[str, frozenset[str]]]:
    """Speaker pairs named by the two evidence claims of (topic, claim_id_a, claim_id_b) rows."""
    found = set()
    for topic, a, b in rows.select("topic", "claim_id_a", "claim_id_b").iter_rows():
        ga, gb = lookup.get((a, topic)), lookup.get((b, topic))
        if ga and gb:
            found |= _found(topic, {ga[1]}, {gb[1]})
    return found


def pairs_by_positions(contradictions: pl.DataFrame, positions: pl.DataFrame,
                       lookup: Mapping[tuple[str, str], tuple[str, str]]
                       ) -> set[tuple[str, frozenset[str]]]:
    """Speaker pairs named by any claims of the two positions of each contradiction row."""
    speakers = {}
    for pid, topic, claim_ids in positions.select("position_id", "topic", "claim_ids").iter_rows():
        speakers[pid] = {lookup[(c, topic)][1] for c in claim_ids or [] if (c, topic) in lookup}
    found = set()
    for topic, pa, pb in contradictions.select(
            "topic", "position_id_a", "position_id_b").iter_rows():
        found |= _found(topic, speakers.get(pa, set()), speakers.get(pb, set()))
    return found


# Bases of sides taken from elsewhere, never a contradiction's evidence: the speaker's other
# claims in the article or elsewhere, a frame, a stake.
CARRIED = (INHERITED, ACROSS, *GUESSES)


_RANK = {"none": 0, "carried": 1, "direct": 2}


def speaker_sides(predicted: pl.DataFrame) -> dict[tuple[str, str], str]:
    """(topic, speaker_key) -> how the speaker gets their gold side: "direct" (a line of theirs
    by a rule of its own), "carried" (only by carrying, CARRIED) or "none"."""
    kinds: dict[tuple[str, str], str] = {}
    for topic, spk, stance, pred, basis in predicted.select(
            "topic", "speaker_key", "stance", "pred", "basis").iter_rows():
        if stance not in SIDES:
            continue
        kind = "none" if pred != stance else (
            "carried" if (basis or "").startswith(CARRIED) else "direct")
        kinds[(topic, spk)] = max(kind, kinds.get((topic, spk), "none"), key=_RANK.__getitem__)
    return kinds


def missed_pairs(wanted: set[tuple[str, frozenset[str]]], found: set[tuple[str, frozenset[str]]],
                 predicted: pl.DataFrame) -> Counter[str]:
    """Gold opposing pairs not found, by how their two speakers get their sides
    ("direct/none": one right by a rule, the other not at all)."""
    kinds = speaker_sides(predicted)
    return Counter("/".join(sorted((kinds.get((topic, s), "none") for s in pair),
                               key=_RANK.__getitem__, reverse=True))
                   for topic, pair in wanted - found)


def _content_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))[:300]


def polarity_pairs(claims: pl.DataFrame, tags: pl.DataFrame,
                   articles: pl.DataFrame) -> pl.DataFrame:
    """Baseline contradictions: (topic, claim_id_a, claim_id_b) for every positive x negative
    claim pair tagged with one topic, from different speakers or on different dates; copies of
    one statement in one near-duplicate cluster collapsed to the lowest claim_id."""
    rows = (
        tags.join(claims, on="claim_id")
        .join(articles.select("doc_id", "cluster_id", "published_date"), on="doc_id", how="left")
        .with_columns(
            cluster_id=pl.coalesce("cluster_id", "doc_id"),
            speaker_key=pl.coalesce("speaker_entity_id", pl.col("speaker").str.to_lowercase()),
            content_key=pl.col("content").map_elements(_content_key, return_dtype=pl.String),
            when=pl.coalesce("claim_date", "published_date"))
        .sort("claim_id")
        .unique(["topic", "cluster_id", "speaker_key", "content_key"], keep="first",
                maintain_order=True)
    )
    cols = ["claim_id", "topic", "speaker_key", "when"]
    pos = rows.filter(pl.col("polarity") == "positive").select(cols)
    neg = rows.filter(pl.col("polarity") == "negative").select(cols)
    pairs = pos.join(neg, on="topic", suffix="_neg").filter(
        (pl.col("speaker_key") != pl.col("speaker_key_neg"))
        | (pl.col("when").is_not_null() & pl.col("when_neg").is_not_null()
           & (pl.col("when") != pl.col("when_neg"))))
    return pairs.select("topic", claim_id_a="claim_id", claim_id_b="claim_id_neg")


# --- database --------------------------------------------------------------------------------


def check_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Raise SchemaError naming every required table or column the database lacks."""
    have: dict[str, set[str]] = defaultdict(set)
    for table, column in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns").fetchall():
        have[table].add(column)
    missing = [f"table {t}" if t not in have else
               f"{t}.{c}" for t, cols in REQUIRED.items() for c in cols
               if t not in have or c not in have[t]]
    missing = list(dict.fromkeys(missing))
    if missing:
        raise SchemaError(
            "the database lacks what the stance benchmark reads: " + ", ".join(missing)
            + " (is the stance/positions stage of the pipeline in place?)")


def load_tables(database: Path) -> Tables:
    if not database.is_file():
        raise SchemaError(f"no database at {database}")
    con = duckdb.connect(str(database), read_only=True)
    try:
        check_schema(con)

        def read(table: str) -> pl.DataFrame:
            return con.sql(f"SELECT {', '.join(REQUIRED[table])} FROM {table}").pl()

        return Tables(read("articles"), read("claims"), read("claim_stances"),
                      read("positions"), read("contradictions"))
    finally:
        con.close()


def run_pipeline(gold_dir: Path, topics: Path, workdir: Path) -> Path:
    """Copy the gold articles into `workdir` and run `claimtrail run` on them; the database."""
    inputs = workdir / "articles"
    shutil.copytree(gold_dir / "articles", inputs)
    database = workdir / "claimtrail.duckdb"
    exe = Path(sys.executable).with_name("claimtrail")
    if not exe.exists():
        exe = ROOT / ".venv" / "bin" / "claimtrail"
    env = {**os.environ, "CLAIMTRAIL_TOPICS": str(topics.resolve())}
    print(f"running: CLAIMTRAIL_TOPICS={topics} {exe} run --input {inputs} --db {database}",
          flush=True)
    done = subprocess.run([str(exe), "run", "--input", str(inputs), "--db", str(database)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise SystemExit(f"claimtrail run failed (exit {done.returncode}):\n{tail}")
    return database


# --- report ----------------------------------------------------------------------------------


@dataclass
class TopicScore:
    new: StanceTally = field(default_factory=StanceTally)
    base: StanceTally = field(default_factory=StanceTally)
    judged: Judged = field(default_factory=Judged)
    base_judged: Judged = field(default_factory=Judged)
    pairs: Tally = field(default_factory=Tally)  # gold = gold pairs, matched = found (positions)
    pairs_evidence: Tally = field(default_factory=Tally)
    base_pairs: Tally = field(default_factory=Tally)

    def add(self, other: TopicScore) -> None:
        for name in vars(self):
            getattr(self, name).add(getattr(other, name))


@dataclass
class Scored:
    gold: pl.DataFrame  # gold lines with doc_id, span, claim_id, pred, basis
    base: pl.DataFrame  # the same with the polarity baseline's pred
    topics: dict[str, TopicScore]
    base_rows: int
    missed: Counter[str] = field(default_factory=Counter)  # missed_pairs


def score(gold: pl.DataFrame, tables: Tables, topics: list[str]) -> Scored:
    matched = match_gold(locate_gold(gold, tables.articles), tables.claims)
    new = predict(matched, tables.stances)
    tags = topic_tags(tables.claims, tables.stances)
    base = predict_polarity(matched, tables.claims, tags)
    lookup = gold_lookup(matched)
    wanted = gold_pairs(gold)
    base_rows = polarity_pairs(tables.claims, tags, tables.articles)
    found_pos = pairs_by_positions(tables.contradictions, tables.positions, lookup)
    found_ev = pairs_by_evidence(tables.contradictions, lookup)
    found_base = pairs_by_evidence(base_rows, lookup)
    out = {}
    for topic in topics:
        goal = {p for p in wanted if p[0] == topic}

        def on(frame: pl.DataFrame, topic: str = topic) -> pl.DataFrame:
            return frame.filter(pl.col("topic") == topic)

        out[topic] = TopicScore(
            new=stance_tally(on(new)), base=stance_tally(on(base)),
            judged=judge(on(tables.contradictions), lookup),
            base_judged=judge(on(base_rows), lookup),
            pairs=Tally(gold=len(goal), matched=len(goal & found_pos)),
            pairs_evidence=Tally(gold=len(goal), matched=len(goal & found_ev)),
            base_pairs=Tally(gold=len(goal), matched=len(goal & found_base)))
    return Scored(new, base, out, base_rows.height, missed_pairs(wanted, found_pos, new))


def _pct(num: int, den: int) -> str:
    return f"{num / den:6.1%}" if den else "     -"


def print_stance(scored: Scored, total: TopicScore) -> None:
    print("\nextraction and claim stance (S/R = gold supports/refutes lines)")
    print(f"{'topic':30} {'lines':>5} {'S/R':>4} {'matched':>7} {'tagged':>7} | "
          f"{'stance':>6} {'|tagged':>7} {'neutral':>7} | {'polarity':>8} {'|tagged':>7}")
    for topic, s in [*scored.topics.items(), ("all", total)]:
        n, b = s.new, s.base
        print(f"{topic:30} {n.lines:5} {n.gold:4} {_pct(n.lines_matched, n.lines):>7} "
              f"{_pct(n.lines_tagged, n.lines_matched):>7} | {_pct(n.correct, n.gold):>6} "
              f"{_pct(n.correct, n.tagged):>7} {_pct(n.neutral_ok, n.neutral):>7} | "
              f"{_pct(b.correct, b.gold):>8} {_pct(b.correct, b.tagged):>7}")
    print("matched = gold lines matched to a claim; tagged = of those, with a claim_stances row "
          "for the gold topic;\nstance = S/R lines with the gold stance (unmatched/untagged = "
          "wrong); |tagged = over matched-and-tagged S/R lines;\nneutral = gold neutral lines "
          "predicted neutral or untagged; polarity = baseline, polarity read as stance (tagged "
          "= claim_stances or claims.topics)")


def print_confusion(title: str, predicted: pl.DataFrame) -> None:
    counts = confusion(predicted)
    print(f"\n{title}: gold (rows) x predicted (columns)")
    print(f"{'':10}" + "".join(f"{p:>10}" for p in PREDICTED))
    for g in (*SIDES, "neutral"):
        print(f"{g:10}" + "".join(f"{counts[(g, p)]:10}" for p in PREDICTED))


def _found_cell(t: Tally) -> str:
    return f"{t.matched:4} {_pct(t.matched, t.gold)}"


def print_contradictions(scored: Scored, total: TopicScore, contradiction_rows: int) -> None:
    print("\ncontradictions: R/W/U = rows whose evidence claims both match gold lines of the topic "
          "with opposite\ngold stances (right) or not (wrong), and rows with a side not in gold "
          "(unknown); P = R / (R + W)")
    print(f"{'':30} {'gold':>5} | {'claimtrail':^50} | {'polarity baseline':^35}")
    print(f"{'topic':30} {'pairs':>5} | {'rows':>5} {'R/W/U':>12} {'P':>6} {'found(pos)':>11} "
          f"{'found(evid)':>11} | {'rows':>5} {'R/W/U':>14} {'P':>6} {'found(evid)':>11}")
    for topic, s in [*scored.topics.items(), ("all", total)]:
        j, bj = s.judged, s.base_judged
        print(f"{topic:30} {s.pairs.gold:5} | {j.rows:5} {f'{j.right}/{j.wrong}/{j.unknown}':>12} "
              f"{_pct(j.right, j.pred)} {_found_cell(s.pairs):>11} "
              f"{_found_cell(s.pairs_evidence):>11} | {bj.rows:5} "
              f"{f'{bj.right}/{bj.wrong}/{bj.unknown}':>14} {_pct(bj.right, bj.pred)} "
              f"{_found_cell(s.base_pairs):>11}")
    print(f"gold pairs = speakers with opposite gold stances on the topic; found(pos) = some "
          f"contradiction's two positions\n(positions.claim_ids) hold claims matching gold lines "
          f"of the two speakers (the primary figure); found(evid) = its two\nevidence claims do; "
          f"the baseline has no positions. contradictions rows: {contradiction_rows}; baseline "
          f"pairs: {scored.base_rows}")


def print_verbose(scored: Scored) -> None:
    print("\ngold supports/refutes lines (ok / WRONG: predicted stance [basis])")
    rows = scored.gold.filter(pl.col("stance").is_in(SIDES)).sort("line")
    for r in rows.iter_rows(named=True):
        ok = r["pred"] == r["stance"]
        basis = f" [{r['basis']}]" if r["basis"] else ""
        print(f"  {'ok   ' if ok else 'WRONG'} {r['article']}:{r['topic']} {r['stance']} -> "
              f"{r['pred']}{basis} | {r['speaker']}: {r['content'][:90]!r}")
    print("\ngold neutral lines given a side (they can make contradictions wrong)")
    sided = scored.gold.filter((pl.col("stance") == "neutral")
                               & pl.col("pred").is_in(SIDES)).sort("line")
    for r in sided.iter_rows(named=True):
        print(f"  WRONG {r['article']}:{r['topic']} neutral -> {r['pred']} [{r['basis']}] | "
              f"{r['speaker']}: {r['content'][:90]!r}")
    print("\ngold opposing pairs not found, by how each speaker gets their gold side (direct: "
          "a line by a rule of its own;\ncarried: only from their other claims, a frame or a "
          "stake, never a contradiction's evidence; none)")
    for kinds, n in scored.missed.most_common():
        print(f"  {kinds:16} {n}")
    missing = scored.gold.filter(pl.col("located") == "missing")
    for r in missing.iter_rows(named=True):
        print(f"  NOT IN BODY {r['article']}: {r['content'][:90]!r}")


def report(scored: Scored, contradiction_rows: int, verbose: bool) -> None:
    total = TopicScore()
    for s in scored.topics.values():
        total.add(s)
    how = Counter(scored.gold["located"])
    print(f"gold lines: {scored.gold.height} (found in articles.body: {how['exact']} exactly, "
          f"{how['normalised']} after whitespace/quote normalisation; {how['missing']} not found, "
          f"scored as unmatched)")
    if verbose:
        print_verbose(scored)
    print_stance(scored, total)
    print_confusion("claimtrail claim_stances", scored.gold)
    print_confusion("baseline polarity as stance", scored.base)
    print_contradictions(scored, total, contradiction_rows)
    print(f"stance_accuracy {total.new.accuracy():.3f} "
          f"contradiction_precision {total.judged.precision():.3f} "
          f"pairs_found {total.pairs.prf()[1]:.3f} "
          f"baseline_precision {total.base_judged.precision():.3f} "
          f"baseline_pairs_found {total.base_pairs.prf()[1]:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="score this database instead of running the pipeline")
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold folder (stance layout)")
    ap.add_argument("--topics", type=Path, help="watchlist (default: GOLD/topics.yaml)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary run folder")
    ap.add_argument("--verbose", action="store_true",
                    help="list every gold supports/refutes line with its prediction")
    args = ap.parse_args(argv)
    topics_file = args.topics or args.gold / "topics.yaml"
    gold = load_gold(args.gold)
    workdir = None
    try:
        if args.db is None:
            workdir = Path(tempfile.mkdtemp(prefix="stance_quality_"))
            args.db = run_pipeline(args.gold, topics_file, workdir)
        tables = load_tables(args.db)
    except SchemaError as exc:
        print(f"stance_quality: {exc}", file=sys.stderr)
        return 2
    finally:
        if workdir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        elif workdir:
            print(f"run folder kept: {workdir}")
    scored = score(gold, tables, topic_order(topics_file, gold))
    report(scored, tables.contradictions.height, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
