"""Performance benchmark: the whole asset graph over a corpus, beside a bare-spaCy floor.

Every measured run is a fresh Python process (as `claimtrail run` would be), so model loading,
imports and peak memory are those of one real run. Reported per run: files, documents, words
(of the cleaned bodies), wall time (the graph alone, and the whole process including interpreter
start and imports), docs/s, words/s, peak RSS of the process and of its largest child (the NLP
workers), and the time of every Dagster step (STEP_SUCCESS durations).

The floor is bare spaCy over the same cleaned bodies (`articles.body` of the produced database)
with the same model and components (`pipeline.nlp.model.load_nlp()`) and the same number of
processes: `nlp.pipe(bodies, n_process=N)`, and, as spaCy's multi-process pipe ships whole Docs
back to the parent, also the pipeline's own way of spreading work (fork a pool that loads the model
once; chunks of 40 bodies) with nothing done on the Docs. The smaller of the two is the floor.

    python benchmarks/run_benchmark.py --corpus DIR [--db FILE] [--repeat K] [--n-process N]
        [--rerun] [--add-one] [--speedup] [--dask] [--no-floor] [--json OUT]
    python benchmarks/run_benchmark.py --dedupe-only [--sizes 1000,10000,100000]

--dask also runs the cold run with the spaCy step on a local Dask cluster (a scheduler and 2
single-threaded worker processes, started here, model loaded as on a standing cluster), checks
that its mentions and claim candidates are those of the local pool's run, and prints both
throughputs and what the single writer (`write_batch`) absorbed.

Each run records into the database's persistent Dagster instance (`.dagster_home/` beside it,
or $DAGSTER_HOME) and prunes old runs: the whole graph goes through the CLI's own `run` (pandas
hidden, as `claimtrail run` does), and the process time stops when it returns, where the command
exits without the interpreter's teardown.

--rerun and --add-one run after the cold run(s), on the same database (with --keep-db an
existing processed database is reused and no cold run is made). --add-one writes one new
article to <corpus>/benchmark-added/ per repeat, and removes them (and their rows, with one
untimed run) at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

ADDED_FOLDER = "benchmark-added"
MANIFEST = ".manifest.json"
STEP_ORDER = ("documents", "parsed_articles", "clean_articles", "articles",
              "spacy_annotations", "entities", "claims", "contradictions", "claims_report",
              "published_database")
COUNTS_SQL = """
SELECT (SELECT count(*) FROM source_files WHERE deleted_at IS NULL) AS files,
       (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM articles) AS articles,
       (SELECT coalesce(sum(word_count), 0) FROM articles) AS words,
       (SELECT count(*) FROM quarantine WHERE severity = 'error') AS quarantined,
       (SELECT count(*) FROM article_clusters WHERE duplicate_kind = 'near') AS near_dup_docs,
       (SELECT count(*) FROM claims) AS claims
"""


class RssSampler:
    """Samples this process's resident set every ``interval_s`` in a thread, so the peak during
    each Dagster step can be read off afterwards (from the steps' start and end times)."""

    def __init__(self, interval_s: float = 0.05) -> None:
        import threading

        self.samples: list[tuple[float, float]] = []  # (time.time(), MiB)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval_s,), daemon=True)
        self._thread.start()

    def _run(self, interval_s: float) -> None:
        page_mib = os.sysconf("SC_PAGE_SIZE") / 2**20
        with open("/proc/self/statm") as statm:
            while not self._stop.wait(interval_s):
                statm.seek(0)
                self.samples.append((time.time(), int(statm.read().split()[1]) * page_mib))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def peak_between(self, start: float, end: float) -> float:
        return max((mib for t, mib in self.samples if start <= t <= end), default=0.0)


def _peak_rss_mib() -> dict[str, float]:
    """Peak resident set (MiB) of this process and of its largest finished child (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mib": round(own, 1), "peak_child_rss_mib": round(children, 1)}


# ---------------------------------------------------------------------------------------------
# Child processes (one measured run each); they print one JSON line last.


TEXT_STAGES = ("documents", "parsed_articles", "clean_articles", "articles")


def child_pipeline(corpus: str, db: str, n_process: int, stages: str = "all") -> dict:
    """Materialize the whole graph (or the text stages) over ``corpus`` into ``db``.

    The whole graph runs through the CLI's own `run` (what `claimtrail run` calls, pandas hidden
    as there), and ``done_at`` is taken when it returns: `claimtrail run` exits at that moment,
    without the interpreter's teardown. Step times and metadata are read afterwards from the run
    it recorded in the persistent instance."""
    started = time.perf_counter()
    os.environ["CLAIMTRAIL_N_PROCESS"] = str(n_process)
    from pipeline.cli import pandas_hidden

    hide = pandas_hidden() if stages == "all" else contextlib.nullcontext()
    with hide:
        import dagster as dg
        import duckdb

        from pipeline import cli
        from pipeline.definitions import ALL_ASSETS
        from pipeline.defs.instance import keep_runs, open_instance, prune_runs
        from pipeline.defs.resources import default_resources
        from pipeline.stages import nlp as nlp_stage
        from pipeline.store.database import work_path_for

        writes = {"write_s": 0.0, "write_rows": 0}
        write_batch = nlp_stage.write_batch

        def timed_write_batch(con, doc_ids, results, *args, **kwargs):
            """The single writer's share: validate and write a batch (mentions + claim rows)."""
            started_write = time.perf_counter()
            write_batch(con, doc_ids, results, *args, **kwargs)
            writes["write_s"] += time.perf_counter() - started_write
            writes["write_rows"] += sum(len(mentions) + len(claims) for mentions, claims in results)

        nlp_stage.write_batch = timed_write_batch
        imported = time.perf_counter()
        sampler = RssSampler() if Path("/proc/self/statm").exists() else None
        if stages == "all":  # exactly what `claimtrail run` does
            with contextlib.redirect_stdout(sys.stderr):
                code = cli.run(corpus, db, max_file_mb=10.0)
            done_at = time.time()
            instance = open_instance(db)
            record = instance.get_runs(limit=1)[0]
            success, run_id = code == 0, record.run_id
        else:
            instance = open_instance(db)
            result = dg.materialize(
                ALL_ASSETS, instance=instance, selection=list(TEXT_STAGES),
                resources=default_resources(database=db, input_dir=corpus),
                run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
                raise_on_error=False,
            )
            done_at = time.time()
            prune_runs(instance, keep_runs())
            success, run_id = result.success, result.run_id
    stats = instance.get_run_stats(run_id)
    graph_s = (stats.end_time or done_at) - (stats.start_time or done_at)
    steps: dict[str, float] = {}
    step_rss: dict[str, float] = {}
    started_at: dict[str, float] = {}
    metadata: dict[str, dict] = {}
    failures = []
    if sampler:
        sampler.stop()
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None:
            continue
        if event.event_type_value == "STEP_START":
            started_at[event.step_key] = entry.timestamp
        elif event.event_type_value == "STEP_SUCCESS":
            steps[event.step_key] = event.event_specific_data.duration_ms / 1000
            if sampler and event.step_key in started_at:
                step_rss[event.step_key] = round(
                    sampler.peak_between(started_at[event.step_key], entry.timestamp), 1)
        elif event.event_type_value == "ASSET_MATERIALIZATION":
            mat = event.event_specific_data.materialization
            metadata[mat.asset_key.to_user_string()] = {
                k: v.value for k, v in mat.metadata.items() if isinstance(v.value, int | float)}
        elif event.is_failure:
            failures.append(event.message)
    with duckdb.connect(str(work_path_for(db)), read_only=True) as con:
        row = con.execute(COUNTS_SQL).fetchone()
        counts = dict(zip([d[0] for d in con.description], row, strict=True))
    return {"success": success, "failures": failures[:5], "graph_s": graph_s,
            "import_s": imported - started, "done_at": done_at, "steps": steps,
            "step_rss_mib": step_rss, "counts": counts,
            "nlp_documents": metadata.get("entity_mentions", {}).get("documents"),
            "nlp_workers": metadata.get("entity_mentions", {}).get("workers"),
            "new_files": metadata.get("documents", {}).get("new"),
            "parsed": metadata.get("parsed_articles", {}).get("parsed"),
            "cleaned": metadata.get("clean_articles", {}).get("cleaned"),
            "pandas_imported": "pandas" in sys.modules, **writes, **_peak_rss_mib()}


def _annotate_nothing(bodies: list[str]) -> int:
    from pipeline.nlp.model import load_nlp

    return sum(len(doc) for doc in load_nlp().pipe(bodies, batch_size=32))


def child_floor(db: str, n_process: int, how: str) -> dict:
    """Bare spaCy over the cleaned bodies of ``db``: model load + pipe, nothing else."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        bodies = [r[0] for r in con.execute("SELECT body FROM articles ORDER BY doc_id").fetchall()]
    from pipeline.nlp.model import load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    loaded = time.perf_counter()
    if how == "spacy" or n_process == 1:
        tokens = sum(len(doc) for doc in nlp.pipe(bodies, batch_size=32, n_process=n_process))
    else:  # the pipeline's way: forked pool sharing the loaded model, chunks of 40 bodies
        chunks = [bodies[i : i + 40] for i in range(0, len(bodies), 40)]
        with ProcessPoolExecutor(n_process,
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            tokens = sum(pool.map(_annotate_nothing, chunks))
    return {"floor_s": time.perf_counter() - started, "model_load_s": loaded - started,
            "bodies": len(bodies), "tokens": tokens, **_peak_rss_mib()}


def child_dedupe(n: int, seed: int) -> dict:
    """Signatures of n generated bodies (~5 % near-duplicates), then time the clustering."""
    import hashlib
    import multiprocessing

    import polars as pl
    from make_corpus import iter_bodies

    from pipeline.text.dedupe import cluster_articles

    started = time.perf_counter()
    # forkserver: workers forked from a fresh process, not from one whose other threads may hold
    # a lock at the fork (a forked worker hung in the test suite)
    with multiprocessing.get_context("forkserver").Pool(os.cpu_count() or 1) as pool:
        sigs = pool.map(_signature, iter_bodies(n, seed), chunksize=200)
    signed = time.perf_counter()
    frame = pl.DataFrame({
        "doc_id": [hashlib.sha1(str(i).encode()).hexdigest()[:16] for i in range(n)],
        "text_hash": [s[0] for s in sigs],
        "minhash": pl.Series([s[1] for s in sigs], dtype=pl.List(pl.UInt64)),
        "metadata_score": [i % 4 for i in range(n)],
        "word_count": [s[2] for s in sigs],
    })
    del sigs
    clustered_at = time.perf_counter()
    clusters = cluster_articles(frame)
    cluster_s = time.perf_counter() - clustered_at
    near = clusters.filter(pl.col("duplicate_kind") == "near").height
    exact = clusters.filter(pl.col("duplicate_kind") == "exact").height
    return {"n": n, "signature_s": signed - started, "cluster_s": cluster_s,
            "near_duplicate_docs": near, "exact_duplicate_docs": exact,
            "clusters": clusters["cluster_id"].n_unique(), **_peak_rss_mib()}


def _signature(body: str) -> tuple[str, list[int], int]:
    from pipeline.text.dedupe import minhash_signature, text_hash

    return text_hash(body), minhash_signature(body), len(body.split())


def run_child(*args: str, env: dict | None = None) -> dict:
    """Run this script as a child process; its last stdout line is a JSON result."""
    spawned_at = time.time()
    proc = subprocess.run([sys.executable, __file__, "_child", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    wall = time.time() - spawned_at
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"run_benchmark: child {args[0]} failed (exit {proc.returncode})")
    result = json.loads(lines[-1])
    # a pipeline run counts to the moment `claimtrail run` would exit (see child_pipeline)
    result["process_s"] = result["done_at"] - spawned_at if "done_at" in result else wall
    return result


# ---------------------------------------------------------------------------------------------
# Orchestration


def fresh_database(db: Path) -> None:
    """Remove the published file, the working file, its lock and the report folder."""
    from pipeline.store.database import work_path_for

    for path in (db, work_path_for(db), Path(f"{work_path_for(db)}.lock")):
        path.unlink(missing_ok=True)
    report = db.with_name(f"{db.stem}_report")
    if report.is_dir():
        shutil.rmtree(report)


def pipeline_run(corpus: Path, db: Path, n_process: int, stages: str = "all",
                 env: dict | None = None) -> dict:
    result = run_child("pipeline", str(corpus), str(db), str(n_process), stages, env=env)
    if not result["success"]:
        raise SystemExit("run_benchmark: the pipeline run failed:\n" + "\n".join(
            str(f) for f in result["failures"]))
    return result


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def stage_table(runs: list[dict], label: str) -> list[str]:
    keys = [k for k in STEP_ORDER if any(k in r["steps"] for r in runs)]
    keys += sorted({k for r in runs for k in r["steps"]} - set(keys))
    graph = median([r["graph_s"] for r in runs])
    lines = [f"  {label}: time per Dagster step (median of {len(runs)}), and the peak RSS of "
             "the run's process during the step",
             f"    {'step':<22}{'seconds':>10}{'share':>8}{'peak MiB':>10}"]
    for key in keys:
        value = median([r["steps"].get(key, 0.0) for r in runs])
        rss = median([r.get("step_rss_mib", {}).get(key, 0.0) for r in runs])
        peak = f"{rss:.0f}" if rss else "-"  # "-": the step ended before the first sample
        lines.append(f"    {key:<22}{value:>10.2f}{value / graph:>8.1%}{peak:>10}")
    overhead = median([r["graph_s"] - sum(r["steps"].values()) for r in runs])
    lines.append(f"    {'(dagster overhead)':<22}{overhead:>10.2f}{overhead / graph:>8.1%}")
    return lines


def summarize_cold(runs: list[dict], floors: dict[str, list[dict]], n_process: int) -> dict:
    counts = runs[-1]["counts"]
    graph = median([r["graph_s"] for r in runs])
    process = median([r["process_s"] for r in runs])
    out = {"n_process": n_process, "counts": counts, "repeat": len(runs),
           "graph_s": graph, "process_s": process,
           "import_s": median([r["import_s"] for r in runs]),
           "docs_per_s": counts["documents"] / graph if graph else 0,
           "words_per_s": counts["words"] / graph if graph else 0,
           "peak_rss_mib": median([r["peak_rss_mib"] for r in runs]),
           "peak_child_rss_mib": median([r["peak_child_rss_mib"] for r in runs]),
           "steps": {k: median([r["steps"].get(k, 0.0) for r in runs])
                     for k in {k for r in runs for k in r["steps"]}},
           "step_rss_mib": {k: median([r.get("step_rss_mib", {}).get(k, 0.0) for r in runs])
                            for k in {k for r in runs for k in r.get("step_rss_mib", {})}},
           "nlp_workers": runs[-1]["nlp_workers"]}
    if floors:
        floor_by_how = {how: median([f["floor_s"] for f in fs]) for how, fs in floors.items()}
        best = min(floor_by_how, key=floor_by_how.get)
        out |= {"floor_s": floor_by_how, "floor_best": best,
                "floor_process_s": {how: median([f["process_s"] for f in fs])
                                    for how, fs in floors.items()},
                "model_load_s": median([f["model_load_s"] for fs in floors.values()
                                        for f in fs]),
                "ratio": graph / floor_by_how[best],
                "ratio_process": process / median([f["process_s"] for f in floors[best]]),
                "nlp_step_ratio": out["steps"].get("spacy_annotations", 0) / floor_by_how[best]}
    return out


def print_cold(summary: dict, label: str) -> None:
    c = summary["counts"]
    print(f"\n== {label}: cold run, n_process={summary['n_process']} "
          f"(NLP workers used: {summary['nlp_workers']}), median of {summary['repeat']} ==")
    print(f"  files {c['files']:,}   documents {c['documents']:,}   articles {c['articles']:,}"
          f"   words {c['words']:,}   quarantined {c['quarantined']}   "
          f"near-dup docs {c['near_dup_docs']}   claims {c['claims']:,}")
    print(f"  wall (graph)   {summary['graph_s']:8.1f} s   {summary['docs_per_s']:7.1f} docs/s"
          f"   {summary['words_per_s']:8.0f} words/s")
    print(f"  wall (process) {summary['process_s']:8.1f} s   (imports "
          f"{summary['import_s']:.1f} s, and interpreter start)")
    print(f"  peak RSS       {summary['peak_rss_mib']:8.0f} MiB main process, "
          f"{summary['peak_child_rss_mib']:.0f} MiB largest NLP worker")
    if "floor_s" in summary:
        for how, seconds in summary["floor_s"].items():
            print(f"  floor ({how:<5})  {seconds:8.1f} s   bare spaCy, model load "
                  f"{summary['model_load_s']:.1f} s + pipe; {c['words'] / seconds:8.0f} words/s")
        print(f"  ratio pipeline/floor = {summary['ratio']:.2f}x "
              f"(NLP step alone {summary['nlp_step_ratio']:.2f}x the floor; whole processes "
              f"incl. imports {summary['ratio_process']:.2f}x)")


def incremental_runs(corpus: Path, db: Path, n_process: int, repeat: int, add_one: bool,
                     seed: int, stages: str = "all") -> list[dict]:
    from make_corpus import extra_article

    runs = []
    added: list[Path] = []
    folder = corpus / ADDED_FOLDER
    try:
        for k in range(repeat):
            if add_one:
                folder.mkdir(exist_ok=True)
                path = folder / f"added-{os.getpid()}-{k}.txt"
                path.write_text(extra_article(seed, k + int(time.time())), encoding="utf-8")
                added.append(path)
            runs.append(pipeline_run(corpus, db, n_process, stages))
    finally:
        for path in added:
            path.unlink(missing_ok=True)
        if added:
            folder.rmdir() if folder.exists() and not any(folder.iterdir()) else None
            pipeline_run(corpus, db, n_process, stages)  # untimed: drop the added files' rows again
    return runs


def print_incremental(runs: list[dict], label: str) -> dict:
    graph = median([r["graph_s"] for r in runs])
    process = median([r["process_s"] for r in runs])
    docs = [r["nlp_documents"] for r in runs]
    summary = {"graph_s": graph, "process_s": process, "nlp_documents": docs,
               "repeat": len(runs), "peak_rss_mib": median([r["peak_rss_mib"] for r in runs]),
               "steps": {k: median([r["steps"].get(k, 0.0) for r in runs])
                         for k in {k for r in runs for k in r["steps"]}}}
    print(f"\n== {label} (median of {len(runs)}) ==")
    print(f"  files {runs[-1]['counts']['files']:,}   new files seen "
          f"{[r['new_files'] for r in runs]}   documents parsed {[r['parsed'] for r in runs]}"
          f"   cleaned {[r['cleaned'] for r in runs]}   through NLP {docs}")
    print(f"  wall (graph) {graph:.2f} s   wall (process, as `claimtrail run`) {process:.2f} s"
          f"   peak RSS {summary['peak_rss_mib']:.0f} MiB")
    print("\n".join(stage_table(runs, label)))
    return summary


NLP_TABLES = {"doc_mentions": "mention_id", "claim_candidates": "claim_id"}


@contextlib.contextmanager
def local_dask_cluster() -> Iterator[dict[str, str]]:
    """A local Dask cluster (scheduler + 2 single-threaded worker processes) holding the model,
    as a standing cluster would; yields the environment that sends the spaCy step to it."""
    import distributed

    from pipeline.stages.nlp_dask import SpacyModel

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        client.register_plugin(SpacyModel())
        yield {"CLAIMTRAIL_DASK_SCHEDULER": cluster.scheduler_address}


def same_nlp_rows(db: Path, other: Path) -> dict[str, int | None]:
    """Rows per NLP table when both databases hold exactly the same rows, else None."""
    import duckdb

    from pipeline.store.database import work_path_for

    out: dict[str, int | None] = {}
    for table, key in NLP_TABLES.items():
        frames = []
        for path in (db, other):
            with duckdb.connect(str(work_path_for(path)), read_only=True) as con:
                frames.append(con.execute(f"SELECT * FROM {table} ORDER BY {key}").pl())
        out[table] = frames[0].height if frames[0].equals(frames[1]) else None
    return out


def print_dask(pool: list[dict], dask: list[dict], same: dict[str, int | None]) -> dict:
    """The spaCy step and the whole graph, local forked pool against the Dask cluster."""
    print(f"\n== spaCy step: local forked pool ({pool[-1]['nlp_workers']} processes) against a "
          f"local Dask cluster (2 single-threaded workers), median of {len(dask)} ==")
    print("  rows identical: " + ", ".join(
        f"{table} {'yes' if rows is not None else 'NO'} ({rows or 0:,} rows)"
        for table, rows in same.items()))
    summary: dict = {"same_rows": same, "repeat": len(dask)}
    for label, runs in (("pool", pool), ("dask", dask)):
        docs = runs[-1]["nlp_documents"] or 0
        step = median([r["steps"].get("spacy_annotations", 0.0) for r in runs])
        graph = median([r["graph_s"] for r in runs])
        write_s = median([r["write_s"] for r in runs])
        rows = runs[-1]["write_rows"]
        summary[label] = {"nlp_step_s": step, "graph_s": graph, "documents": docs,
                          "write_s": write_s, "write_rows": rows}
        print(f"  {label}: spaCy step {step:6.1f} s ({docs / step:5.1f} docs/s)   whole graph "
              f"{graph:6.1f} s   single writer {rows:,} rows in {write_s:.2f} s "
              f"({rows / write_s if write_s else 0:,.0f} rows/s)")
    print(f"  dask/pool spaCy step time: "
          f"{summary['dask']['nlp_step_s'] / summary['pool']['nlp_step_s']:.2f}x")
    return summary


def dedupe_only(sizes: list[int], seed: int) -> list[dict]:
    results = []
    print("\n== dedupe only: MinHash LSH clustering (pipeline.text.dedupe.cluster_articles) ==")
    print(f"  {'articles':>9}{'signatures s':>14}{'cluster s':>11}{'ms/article':>12}"
          f"{'near-dup docs':>15}{'peak RSS MiB':>14}{'exponent':>10}")
    for n in sizes:
        r = run_child("dedupe", str(n), str(seed))
        if results:
            prev = results[-1]
            r["exponent"] = (math.log(r["cluster_s"] / prev["cluster_s"])
                             / math.log(n / prev["n"]))
        results.append(r)
        exponent = f"{r['exponent']:.2f}" if "exponent" in r else "-"
        print(f"  {n:>9,}{r['signature_s']:>14.1f}{r['cluster_s']:>11.2f}"
              f"{1000 * r['cluster_s'] / n:>12.3f}{r['near_duplicate_docs']:>15,}"
              f"{r['peak_rss_mib']:>14.0f}{exponent:>10}")
    print("  exponent = log(t2/t1)/log(n2/n1) of the clustering time: 1 is linear, 2 quadratic."
          " Signatures are computed once per article in the clean stage (2 processes here).")
    return results


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model}), {mem:.1f} GiB RAM, Python {sys.version.split()[0]}"


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "_child":
        return _child_main(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder of news files")
    parser.add_argument("--db", type=Path, help="DuckDB file (default: a temporary folder)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (medians)")
    parser.add_argument("--n-process", type=int, default=2, help="NLP processes (default 2)")
    parser.add_argument("--rerun", action="store_true", help="time re-runs with nothing new")
    parser.add_argument("--add-one", action="store_true", help="time adding one new file")
    parser.add_argument("--keep-db", action="store_true",
                        help="reuse the processed --db for --rerun/--add-one (no cold run)")
    parser.add_argument("--speedup", action="store_true",
                        help="cold runs and floors with 1 and with 2 processes")
    parser.add_argument("--dask", action="store_true",
                        help="also cold runs with the spaCy step on a local Dask cluster")
    parser.add_argument("--no-floor", action="store_true", help="skip the bare-spaCy floor")
    parser.add_argument("--floor", default="spacy,pool",
                        help="floor variants with n_process > 1: spacy (nlp.pipe n_process), "
                             "pool (forked pool, as the pipeline); default both")
    parser.add_argument("--stages", choices=("all", "text"), default="all",
                        help="text: only documents -> articles (no NLP; for very large corpora)")
    parser.add_argument("--dedupe-only", action="store_true",
                        help="time LSH clustering alone at --sizes")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    results: dict = {"machine": machine()}
    if args.dedupe_only:
        results["dedupe"] = dedupe_only([int(s) for s in args.sizes.split(",")], args.seed)
        _write_json(args.json, results)
        return 0
    if not args.corpus or not args.corpus.is_dir():
        parser.error("--corpus DIR is required (a folder of news files)")
    corpus = args.corpus.resolve()
    tmp = None
    if args.db is None:
        tmp = Path(tempfile.mkdtemp(prefix="claimtrail-bench-"))
        db = tmp / "claimtrail.duckdb"
    else:
        db = args.db.resolve()
        db.parent.mkdir(parents=True, exist_ok=True)
    results["corpus"] = str(corpus)
    if args.add_one and not (corpus / MANIFEST).exists():
        parser.error("--add-one writes a file into the corpus: use a corpus made by "
                     "make_corpus.py (it has a .manifest.json), never a shared one")
    try:
        process_counts = [1, 2] if args.speedup else [args.n_process]
        cold_wanted = not (args.keep_db and db.exists())
        if cold_wanted:
            dask_db = db.with_name(f"{db.stem}-dask{db.suffix}")
            dask: list[dict] = []
            with contextlib.ExitStack() as stack:
                dask_env = stack.enter_context(local_dask_cluster()) if args.dask else None
                for n in process_counts:
                    runs, floors = [], {}
                    for _ in range(args.repeat):
                        fresh_database(db)
                        runs.append(pipeline_run(corpus, db, n, args.stages))
                        if dask_env and n == process_counts[-1]:  # interleaved: same drift
                            fresh_database(dask_db)
                            dask.append(pipeline_run(corpus, dask_db, n, args.stages, dask_env))
                        if not args.no_floor and args.stages == "all":
                            for how in (["spacy"] if n == 1 else args.floor.split(",")):
                                floors.setdefault(how, []).append(
                                    run_child("floor", str(db), str(n), how))
                    summary = summarize_cold(runs, floors, n)
                    print_cold(summary, corpus.name)
                    print("\n".join(stage_table(runs, "cold")))
                    results[f"cold_n{n}"] = summary
            if dask:
                results["dask"] = print_dask(runs, dask, same_nlp_rows(db, dask_db))
            if args.speedup and not args.no_floor and args.stages == "all":
                one, two = results["cold_n1"], results["cold_n2"]
                nlp_one = one["steps"]["spacy_annotations"]
                nlp_two = two["steps"]["spacy_annotations"]
                floor_two = two["floor_s"][two["floor_best"]]
                print(f"\n== 2-process speed-up ==\n  pipeline "
                      f"{one['graph_s'] / two['graph_s']:.2f}x"
                      f" ({one['graph_s']:.1f} s -> {two['graph_s']:.1f} s);  NLP step "
                      f"{nlp_one / nlp_two:.2f}x;"
                      f"  bare spaCy floor {one['floor_s']['spacy'] / floor_two:.2f}x")
        n = process_counts[-1]
        if not cold_wanted and (args.rerun or args.add_one):
            # Untimed: brings a reused database up to date (e.g. after a code change).
            pipeline_run(corpus, db, n, args.stages)
        if args.rerun:
            results["rerun"] = print_incremental(
                incremental_runs(corpus, db, n, args.repeat, False, args.seed, args.stages),
                "re-run with nothing new")
        if args.add_one:
            results["add_one"] = print_incremental(
                incremental_runs(corpus, db, n, args.repeat, True, args.seed, args.stages),
                "one new file added")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    _write_json(args.json, results)
    return 0


def _write_json(path: Path | None, results: dict) -> None:
    if path:
        path.write_text(json.dumps(results, indent=1, default=str))


def _child_main(args: list[str]) -> int:
    kind, rest = args[0], args[1:]
    if kind == "pipeline":
        result = child_pipeline(rest[0], rest[1], int(rest[2]), rest[3])
    elif kind == "floor":
        result = child_floor(rest[0], int(rest[1]), rest[2])
    elif kind == "dedupe":
        result = child_dedupe(int(rest[0]), int(rest[1]))
    else:
        raise SystemExit(f"unknown child {kind}")
    sys.stdout.flush()
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
