"""Corpus-level stages at scale, without spaCy: a full rebuild and a one-new-article update.

Synthesises the per-document stage rows of N articles straight into a fresh warehouse
(documents, parsed and cleaned articles with MinHash signatures, 2 % exact copies, entity
mentions and claim candidates whose offsets point into the bodies), then times, each in a fresh
process whose peak RSS (DuckDB included) is read at its end:

- ``rebuild``: every corpus-level stage from scratch (dedupe, entities, claims, positions,
  contradictions; the report is left out: drawing one chart per topic does not grow with N);
- ``add_one``: one more article's rows written, then the same stages again (what `claimtrail
  run` does after the per-document stages have handled one new file).

The text is made of a few hundred sentence shapes filled with names drawn from Zipf-distributed
pools (12,000 people, 3,000 organisations, 400 places), so entity merging, statement groups and
the rest see realistic repetition; 0.3 % of the claims are about the shipped watchlist topic
(their stance is judged with spaCy, as in a real run).

    python benchmarks/corpus_level.py --articles N [--db FILE] [--keep] [--seed 1]

The last line printed is `articles N rebuild S s peak_rss M MiB add_one A s`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHUNK = 25_000  # articles synthesised and written at once
SYNTHESIS_MEMORY = "4GB"  # DuckDB's cap while synthesising (not while measuring)
SENTENCES = 10  # per article; the first CLAIMS of them carry a claim
CLAIMS = 4
COPY_SHARE = 0.02  # articles that are exact copies of the one before (a cluster of two)
ON_TOPIC_SHARE = 0.003  # claims that name the shipped topic (Iran-US talks)
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
FIRST = ("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David "
         "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Ali Fatima Hassan "
         "Olga Ivan Wei Li Chen Priya Arjun Amara Kwame Sofia Mateo Lucia Hiro Yuki Omar "
         "Leila Anna Jan Eva Pavel Nadia Tomas Ingrid Lars Aisha Yusuf").split()
LAST_STEMS = ("Smith Jones Brown Taylor Wilson Davies Evans Thomas Johnson Roberts Walker "
              "Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis "
              "Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore King "
              "Watson Baker Harrison Morgan Patel Young Allen Mitchell James Anderson Phillips "
              "Lee Bell Parker Davis").split()
ORG_WORDS = ("Holdings Group Bank Ministry Council Union Institute Agency Partners Capital "
             "Foundation Trust Systems Energy Motors Media Airlines Foods Labs Authority").split()
PLACES = [f"{a}{b}" for a in ("North", "South", "East", "West", "New", "Port", "Lake", "Fort")
          for b in ("field", "ford", "ton", "bury", "ham", "wick", "mouth", "stead", "by",
                    "port", "haven", "dale", "worth", "ley", "minster", "borough", "well",
                    "wood", "bridge", "cliff", "gate", "land", "more", "side", "hurst",
                    "combe", "cester", "chester", "holm", "thorpe", "wich", "burn", "moor",
                    "field", "marsh", "stow", "brook", "hill", "vale", "mere", "ridge",
                    "stone", "wold", "croft", "hope", "den", "ing", "sey", "ay", "ey")][:400]
VERBS = ["met officials from", "criticised", "praised", "signed a deal with", "visited",
         "wrote to", "sued", "hired advisers from", "spoke alongside", "questioned"]
CONTENTS = [
    "the {org} plan would cost hundreds of jobs in {place}",
    "{place} needed more investment from {org}",
    "the decision by {org} was a mistake",
    "nobody at {org} had been told about the change",
    "the new rules would help families in {place}",
    "{org} had acted within the law",
    "prices in {place} would keep rising this year",
    "the talks with {org} had been constructive",
    "the figures published by {org} were misleading",
    "{place} would not accept the closure of its hospital",
]
ON_TOPIC = [
    "Iran and the United States are holding indirect talks through {place}",
    "there are no talks between Iran and the United States",
    "Iran rejected reports of talks with the United States in {place}",
]


def _zipf(rng: np.random.Generator, size: int, n: int) -> np.ndarray:
    """Indices 0..n-1 with a Zipf-like skew (a few names everywhere, most rare)."""
    return np.minimum(rng.zipf(1.3, size) - 1, n - 1)


def _hex(keys: pl.Expr, seed: int) -> pl.Expr:
    """16 hex digits from a stable hash of the key columns."""
    return keys.hash(seed=seed).map_batches(
        lambda s: pl.Series(np.char.mod("%016x", s.to_numpy()).astype(str)),
        return_dtype=pl.String)


def synthesise(first: int, count: int, seed: int) -> dict[str, pl.DataFrame]:
    """Rows of articles ``first`` .. ``first + count - 1`` for each per-document table."""
    rng = np.random.default_rng(seed * 1_000_003 + first)
    people = [f"{f} {s}{'' if k == 0 else k}" for k in range(5) for f in FIRST for s in LAST_STEMS]
    people = people[:12_000]
    orgs = [f"{s} {w}" for s in LAST_STEMS + FIRST for w in ORG_WORDS][:3_000]
    n = count * SENTENCES
    article = np.repeat(np.arange(first, first + count), SENTENCES)
    slot = np.tile(np.arange(SENTENCES), count)
    copy = rng.random(count) < COPY_SHARE
    copy[0] = False  # a copy's source is the article before it, in the same chunk
    source = np.where(copy, np.arange(first, first + count) - 1, np.arange(first, first + count))
    person = _zipf(rng, n, len(people))
    org = _zipf(rng, n, len(orgs))
    place = rng.integers(0, len(PLACES), n)
    verb = rng.integers(0, len(VERBS), n)
    template = rng.integers(0, len(CONTENTS), n)
    topical = rng.random(n) < ON_TOPIC_SHARE
    sentences = pl.DataFrame({
        "article": article, "slot": slot, "source": np.repeat(source, SENTENCES),
        "person": np.array(people)[person], "org": np.array(orgs)[org],
        "place": np.array(PLACES)[place], "verb": np.array(VERBS)[verb],
        "template": np.where(topical, np.array(ON_TOPIC)[template % len(ON_TOPIC)],
                             np.array(CONTENTS)[template]),
    })
    # A copy repeats its source's sentences word for word.
    sentences = sentences.join(
        sentences.select("article", "slot", "person", "org", "place", "verb", "template")
        .rename({c: f"{c}_src" for c in ("person", "org", "place", "verb", "template")}),
        left_on=["source", "slot"], right_on=["article", "slot"], how="left",
    ).with_columns([pl.coalesce(f"{c}_src", c).alias(c)
                    for c in ("person", "org", "place", "verb", "template")])
    is_claim = pl.col("slot") < CLAIMS
    content = (pl.col("template").str.replace_all("{org}", pl.col("org"), literal=True)
               .str.replace_all("{place}", pl.col("place"), literal=True))
    sentences = sentences.with_columns(content=content).with_columns(
        text=pl.when(is_claim)
        .then(pl.format('{} said "{}", according to {} in {}.', "person", "content", "org",
                        "place"))
        .otherwise(pl.format("{} {} {} in {}.", "person", "verb", "org", "place")))
    sentences = sentences.sort("article", "slot").with_columns(
        length=pl.col("text").str.len_chars())
    sentences = sentences.with_columns(
        start=(pl.col("length") + 1).cum_sum().over("article") - pl.col("length") - 1)
    person_len = pl.col("person").str.len_chars()
    claim_open = pl.col("start") + person_len + len(' said "')
    after_content = claim_open + pl.col("content").str.len_chars() + len('", according to ')
    org_start = pl.when(is_claim).then(after_content).otherwise(
        pl.col("start") + person_len + 1 + pl.col("verb").str.len_chars() + 1)
    sentences = sentences.with_columns(org_start=org_start).with_columns(
        place_start=pl.col("org_start") + pl.col("org").str.len_chars() + len(" in "))
    doc_id = _hex(pl.col("article"), 11)
    sentences = sentences.with_columns(doc_id=doc_id)

    mentions = pl.concat([
        sentences.select("doc_id", "article", "slot", text="person", label=pl.lit("PERSON"),
                         start_char="start", kind=pl.lit(0)),
        sentences.select("doc_id", "article", "slot", text="org", label=pl.lit("ORG"),
                         start_char="org_start", kind=pl.lit(1)),
        sentences.select("doc_id", "article", "slot", text="place", label=pl.lit("GPE"),
                         start_char="place_start", kind=pl.lit(2)),
    ]).with_columns(end_char=pl.col("start_char") + pl.col("text").str.len_chars(),
                    canonical=pl.col("text"), role=pl.lit(None, pl.String),
                    mention_id=_hex(pl.struct("article", "slot", "kind"), 12))
    claims = sentences.filter(is_claim).select(
        "doc_id", speaker="person", content="content",
        start_char=claim_open, end_char=claim_open + pl.col("content").str.len_chars(),
        sentence_start="start", sentence_end=pl.col("start") + pl.col("length"),
        claim_id=_hex(pl.struct("article", "slot"), 13),
    ).with_columns(speaker_is_named=pl.lit(True), speaker_label=pl.lit("PERSON"),
                   speaker_role=pl.lit(None, pl.String), cue=pl.lit("say"),
                   quote_type=pl.lit("direct"), polarity=pl.lit("positive"),
                   claim_date=pl.lit(None, pl.Date), date_basis=pl.lit(None, pl.String),
                   via=pl.lit(None, pl.String))
    bodies = sentences.group_by("doc_id", "article", maintain_order=True).agg(
        body=pl.col("text").str.join(" "), source=pl.col("source").first())
    days = rng.integers(0, 5 * 365, count)
    bodies = bodies.with_columns(
        published_date=pl.Series(np.datetime64("2020-01-01") + days).cast(pl.Date),
        outlet=pl.Series(np.array(OUTLETS)[rng.integers(0, len(OUTLETS), count)]),
        word_count=pl.col("body").str.count_matches(r"\S+").cast(pl.Int64),
        text_hash=_hex(pl.col("body"), 14),
        source_path=pl.format("synthetic/{}.txt", "article"),
        title=pl.format("Headline number {}", "source"),
    )
    signatures = rng.integers(0, 1 << 32, (count, 128), dtype=np.uint64)
    same = np.flatnonzero(copy)  # a copy's signature is its source's
    signatures[same] = signatures[same - 1]
    bodies = bodies.with_columns(minhash=pl.Series(signatures.tolist(), dtype=pl.List(pl.UInt64)))
    return {"bodies": bodies, "doc_mentions": mentions, "claim_candidates": claims}


def write(con: duckdb.DuckDBPyConnection, rows: dict[str, pl.DataFrame]) -> None:
    """Insert synthesised rows into the per-document tables, marked processed."""
    from pipeline.stages.clean import CLEAN_VERSION
    from pipeline.stages.nlp import NLP_VERSION
    from pipeline.stages.parse import PARSE_VERSION
    from pipeline.store.database import insert_frame

    bodies = rows["bodies"]
    derived = {
        "documents": bodies.select(
            "doc_id", "source_path", record_index=pl.lit(0), format=pl.lit("txt"),
            encoding=pl.lit("utf-8"), byte_size=pl.col("body").str.len_bytes().cast(pl.Int64),
            sha256=pl.concat_str([pl.col("text_hash")] * 4), raw_text="body"),
        "parsed_articles": bodies.select(
            "doc_id", "title", "outlet", "published_date", date_source=pl.lit("text"),
            body_line_count=pl.lit(SENTENCES), body_line_nos=pl.lit([], pl.List(pl.Int64)),
            body_lines=pl.lit([], pl.List(pl.String))),
        "clean_articles": bodies.select(
            "doc_id", "body", "word_count", "text_hash", "minhash",
            paragraph_count=pl.lit(1), language=pl.lit("en")),
        "doc_mentions": rows["doc_mentions"].drop("article", "slot", "kind"),
        "claim_candidates": rows["claim_candidates"],
    }
    for table, frame in derived.items():  # columns not given are left null
        insert_frame(con, table, frame)
    ids = bodies["doc_id"].to_list()
    for stage, version in (("parse", PARSE_VERSION), ("clean", CLEAN_VERSION),
                           ("nlp", NLP_VERSION)):
        con.execute("INSERT INTO processed SELECT unnest(?::VARCHAR[]), ?, ?, now()",
                    [ids, stage, version])


def corpus_stages(database: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Run the corpus-level stages once on ``database``: seconds per stage, and the process's
    peak RSS (MiB) at the end of each stage (it only grows, so the stage that raised it shows)."""
    from pipeline.stages.claims import run_claims
    from pipeline.stages.contradictions import run_contradictions
    from pipeline.stages.dedupe import run_dedupe
    from pipeline.stages.entities import run_entities
    from pipeline.stages.positions import run_positions
    from pipeline.store.database import connect_writable
    from pipeline.store.tables import ensure_schema
    from pipeline.trail.topics import load_topics

    topics = load_topics(ROOT / "config" / "topics.yaml")
    con = connect_writable(database)
    ensure_schema(con)  # as a run's writer does (a warehouse of an earlier version)
    times, peaks = {}, {}
    for name, run in (("dedupe", run_dedupe), ("entities", run_entities),
                      ("claims", lambda c: run_claims(c, topics)),
                      ("positions", run_positions), ("contradictions", run_contradictions)):
        start = time.perf_counter()
        run(con)
        times[name] = time.perf_counter() - start
        peaks[name] = peak_rss_mib()
    con.close()
    return times, peaks


def peak_rss_mib() -> float:
    """This process's peak RSS in MiB: Linux's VmHWM, the high-water mark of its own memory
    since it started (``ru_maxrss`` also counts the parent's pages at the fork: a phase started
    from a 3.6 GB synthesising parent reported 3,672 MiB whatever it did)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(database: Path, phase: str, articles: int, seed: int) -> dict:
    """One phase in a fresh process: its wall time, stage times and peak RSS."""
    done = subprocess.run([sys.executable, __file__, "--phase", phase, "--db", str(database),
                           "--articles", str(articles), "--seed", str(seed)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{phase} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def phase(name: str, database: Path, articles: int, seed: int) -> dict:
    """Inside the measured process: the time counts from after the imports (about 3 s of
    interpreter start and imports come on top in a real run)."""
    import pipeline.definitions  # noqa: F401 - imports every stage, as a run does
    from pipeline.store.database import connect_writable

    start = time.perf_counter()
    if name == "add_one":
        con = connect_writable(database)
        write(con, synthesise(articles, 1, seed + 1))
        con.close()
    stages, peaks = corpus_stages(database)
    wall = time.perf_counter() - start
    peak = peak_rss_mib()
    return {"phase": name, "seconds": wall, "stages": stages, "peaks": peaks,
            "peak_rss_mib": peak}


def build(database: Path, articles: int, seed: int) -> float:
    """Write N synthesised articles into a fresh warehouse; seconds taken."""
    from pipeline.store.tables import ensure_schema

    start = time.perf_counter()
    # Synthesis writes 25,000 articles per transaction into tables with primary keys: their
    # indexes need more than the runs' default DuckDB cap (the measured phases keep it).
    con = duckdb.connect(str(database), config={"memory_limit": SYNTHESIS_MEMORY})
    ensure_schema(con)
    for first in range(0, articles, CHUNK):
        write(con, synthesise(first, min(CHUNK, articles - first), seed))
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--db", type=Path, help="warehouse file (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary warehouse")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--phase", choices=("rebuild", "add_one"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phase:
        print(json.dumps(phase(args.phase, args.db, args.articles, args.seed)))
        return 0
    sys.path.insert(0, str(Path(__file__).parent))
    from run_benchmark import machine

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    print(f"machine: {machine()}; commit {commit or 'unknown'}")
    folder = Path(tempfile.mkdtemp(prefix="corpus_level_")) if args.db is None else None
    database = args.db or folder / "claimtrail.duckdb"
    written = build(database, args.articles, args.seed)
    size = database.stat().st_size / 2**20
    print(f"synthesised {args.articles:,} articles in {written:.1f} s ({size:,.0f} MiB)")
    rebuild = measure(database, "rebuild", args.articles, args.seed)
    add_one = measure(database, "add_one", args.articles, args.seed)
    for result in (rebuild, add_one):
        stages = ", ".join(f"{k} {v:.2f}" for k, v in result["stages"].items())
        peaks = ", ".join(f"{k} {v:,.0f}" for k, v in result["peaks"].items())
        print(f"{result['phase']}: {result['seconds']:.2f} s (peak RSS "
              f"{result['peak_rss_mib']:,.0f} MiB; {stages}; peak RSS after each stage, "
              f"MiB: {peaks})")
    if folder is not None and not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    print(f"articles {args.articles} rebuild {rebuild['seconds']:.2f} s peak_rss "
          f"{rebuild['peak_rss_mib']:.0f} MiB add_one {add_one['seconds']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
