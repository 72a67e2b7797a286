"""`claimtrail` command line: run the pipeline, query the tables."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib.abc
import importlib.machinery
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import DEFAULT_DATABASE, DEFAULT_INPUT

if TYPE_CHECKING:
    import dagster as dg

SUMMARY_SQL = """
SELECT (SELECT count(*) FROM source_files WHERE deleted_at IS NULL) AS files,
       (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM articles) AS articles,
       (SELECT count(DISTINCT cluster_id) FROM articles) AS clusters,
       (SELECT count(*) FROM removed_lines) AS removed_lines,
       (SELECT count(*) FROM quarantine) AS quarantined,
       (SELECT count(*) FROM entities) AS entities,
       (SELECT count(*) FROM claims) AS claims,
       (SELECT count(*) FROM contradictions) AS contradictions
"""


def execute_job(database: str, input_dir: str, max_file_mb: float | None = None,
                instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    """Run `claimtrail_job` in this process, recorded in the persistent instance (the UI's run
    list shows it beside the sensor's and the schedule's runs, with the same job name)."""
    import dagster as dg

    from pipeline.definitions import ALL_ASSETS
    from pipeline.defs.automation import claimtrail_job
    from pipeline.defs.instance import event_log_held_open, open_instance
    from pipeline.defs.resources import default_resources

    job = dg.Definitions(
        assets=ALL_ASSETS, jobs=[claimtrail_job],
        resources=default_resources(database, input_dir, max_file_mb),
    ).resolve_job_def(claimtrail_job.name)
    instance = instance or open_instance(database)
    run_id = str(uuid.uuid4())
    with event_log_held_open(instance, run_id):
        return job.execute_in_process(
            instance=instance, run_id=run_id,
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
            tags={"claimtrail/trigger": "cli"}, raise_on_error=False,
        )


def run(input_dir: str, database: str, max_file_mb: float, rebuild: bool = False) -> int:
    """Materialize the whole asset graph in-process over ``input_dir`` into ``database``.

    ``rebuild``: rebuild the corpus-level tables even when their inputs did not change.
    """
    from pipeline.defs.instance import keep_runs, open_instance, prune_runs
    from pipeline.defs.resources import Warehouse
    from pipeline.text.decode import InputFolderError, check_folder

    warehouse = Warehouse(database=database)
    try:
        check_folder(input_dir)
    except InputFolderError as exc:
        print(f"claimtrail: {exc}", file=sys.stderr)
        from pipeline.stages.ingest import ingest_folder

        with warehouse.writer() as con, contextlib.suppress(InputFolderError):
            ingest_folder(con, input_dir, 0)  # records the problem in quarantine too
        warehouse.publish()
        return 2
    if rebuild:
        with warehouse.writer() as con:
            con.execute("DELETE FROM stage_inputs")
    instance = open_instance(database)
    result = execute_job(database, input_dir, max_file_mb, instance)
    prune_runs(instance, keep_runs())
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(f"claimtrail: {event.message}", file=sys.stderr)
        return 1
    from pipeline.report.paths import report_paths

    print(f"claimtrail: processed {input_dir} into {database} "
          f"(Dagster run {result.run_id[:8]} in {instance.root_directory})")
    sql(database, SUMMARY_SQL)
    print(f"claimtrail: claims report in {report_paths(database)[0]}")
    return 0


def sql(database: str, query: str) -> int:
    """Run a read-only query against the published database and print a table."""
    import duckdb

    from pipeline.store.database import open_reader

    try:
        con = open_reader(database)
    except FileNotFoundError as exc:
        print(f"claimtrail: {exc}", file=sys.stderr)
        return 2
    try:
        con.sql(query).show(max_width=200, max_rows=200)
    except duckdb.Error as exc:
        print(f"claimtrail: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    return 0


def export(database: str, out: str, shard: str) -> int:
    """Write the public tables as Parquet under ``out`` with a `views.sql` to query them."""
    from pipeline.store.export import export_parquet

    try:
        written = export_parquet(database, out, shard)
    except (FileNotFoundError, ValueError) as exc:
        print(f"claimtrail: {exc}", file=sys.stderr)
        return 2
    print(f"claimtrail: {len(written)} tables written to {out}; "
          f"query them with: duckdb -init {Path(out) / 'views.sql'}")
    return 0


class _NoPandas(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: object, target: object = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


@contextlib.contextmanager
def pandas_hidden() -> Iterator[None]:
    """``import pandas`` fails as if it were not installed, unless another executor or a Dask
    scheduler is configured.

    claimtrail never uses pandas, but it is installed with dagster-dask, and then pandera's
    package imports it, and so does DuckDB's client at the first query with a parameter (to
    see whether the parameter is a DataFrame): 0.5 s of every `claimtrail run`. Both work
    without it. The Dask executor and client may need it, so they see it."""
    if "pandas" in sys.modules or any(os.environ.get(v) for v in (
            "CLAIMTRAIL_EXECUTOR", "CLAIMTRAIL_DASK_SCHEDULER")):
        yield
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="claimtrail", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="process a folder of news files into DuckDB")
    run_cmd.add_argument("--input", default=DEFAULT_INPUT, help="folder of news files (seeds/)")
    run_cmd.add_argument("--db", default=DEFAULT_DATABASE, help="DuckDB file (claimtrail.duckdb)")
    run_cmd.add_argument("--max-file-mb", type=float, default=10.0,
                         help="files larger than this are quarantined (default 10)")
    run_cmd.add_argument("--rebuild", action="store_true",
                         help="rebuild clusters, entities, claims, contradictions and the report "
                              "even if nothing they read changed")
    sql_cmd = commands.add_parser("sql", help="run a read-only SQL query")
    sql_cmd.add_argument("query")
    sql_cmd.add_argument("--db", default=DEFAULT_DATABASE)
    export_cmd = commands.add_parser(
        "export", help="write the public tables as Parquet, with views.sql to query them")
    export_cmd.add_argument("--to", required=True, help="output folder")
    export_cmd.add_argument("--shard", default="part-0",
                            help="file name for this database's rows (one per machine/shard)")
    export_cmd.add_argument("--db", default=DEFAULT_DATABASE)
    ui_cmd = commands.add_parser(
        "ui", help="the Dagster UI and daemon on the instance `claimtrail run` records into")
    ui_cmd.add_argument("--input", default=DEFAULT_INPUT, help="folder the sensor watches")
    ui_cmd.add_argument("--db", default=DEFAULT_DATABASE, help="DuckDB file (claimtrail.duckdb)")
    ui_cmd.add_argument("--port", type=int, default=3000, help="webserver port (3000)")
    ui_cmd.add_argument("--host", default="127.0.0.1", help="webserver address (127.0.0.1)")
    args = parser.parse_args(argv)
    if args.command == "ui":
        from pipeline.defs.ui import serve

        return serve(args.input, args.db, args.host, args.port)
    if args.command == "run":
        with pandas_hidden():
            return run(args.input, str(Path(args.db)), args.max_file_mb, args.rebuild)
    if args.command == "export":
        return export(args.db, args.to, args.shard)
    return sql(args.db, args.query)


def entry() -> None:
    """The `claimtrail` command: `main`, then exit without tearing the interpreter down.

    When `main` returns, everything is written, flushed and closed; Python's own finalization
    of the 1,800 modules a run imports (Dagster, pandera, pydantic, SQLAlchemy) took another
    0.5 s of every run. The atexit handlers (logging's flush, multiprocessing's joins) still run;
    an exception still unwinds and prints as usual."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(code)


if __name__ == "__main__":
    entry()
