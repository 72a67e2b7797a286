"""Writing to the warehouse: corpus-level tables as diffs, one connection per run, nothing
written or copied when nothing changed."""

from __future__ import annotations

import time
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipeline.defs.resources import Warehouse
from pipeline.store.database import open_writer, publish, replace_table
from pipeline.store.tables import ensure_schema

SCHEMA = {"id": pl.String, "score": pl.Float64, "tags": pl.List(pl.String)}


def test_replace_table_leaves_the_table_equal_to_the_frame_touching_only_changed_rows() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (id VARCHAR, score DOUBLE, tags VARCHAR[], note VARCHAR)")
    con.execute("""INSERT INTO t (id, score, tags) VALUES
                   ('same', 1.0, ['a']), ('nulls', NULL, NULL), ('changed', 2.0, ['b']),
                   ('gone', 3.0, [])""")
    kept = dict(con.execute("SELECT id, rowid FROM t WHERE id IN ('same', 'nulls')").fetchall())
    frame = pl.DataFrame({"id": ["same", "nulls", "changed", "new"],
                          "score": [1.0, None, 2.5, 4.0],
                          "tags": [["a"], None, ["b"], ["c", "d"]]}, schema=SCHEMA)

    replace_table(con, "t", frame)

    rows = con.execute("SELECT id, score, tags FROM t ORDER BY id").pl()
    assert rows.sort("id").equals(frame.sort("id"))
    assert dict(con.execute("SELECT id, rowid FROM t WHERE id IN ('same', 'nulls')")
                .fetchall()) == kept  # unchanged rows were not deleted and re-inserted
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchone() == (0,)


def test_replace_table_with_an_empty_frame_empties_the_table() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (id VARCHAR, score DOUBLE, tags VARCHAR[])")
    con.execute("INSERT INTO t VALUES ('x', 1.0, ['a'])")
    replace_table(con, "t", pl.DataFrame(schema=SCHEMA))
    assert con.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_a_run_shares_one_connection_and_a_failed_step_rolls_back(tmp_path: Path) -> None:
    warehouse = Warehouse(database=str(tmp_path / "claimtrail.duckdb"))
    with warehouse.yield_for_execution(dg.build_init_resource_context()) as run:
        with run.writer() as first:
            first.execute("CREATE TABLE t (x INT)")
        with pytest.raises(RuntimeError), run.writer() as con:
            con.execute("BEGIN")
            con.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("the step fails mid-transaction")
        with run.writer() as again:
            assert again is first  # one connection for the whole run
            assert again.execute("SELECT count(*) FROM t").fetchone() == (0,)
            again.execute("INSERT INTO t VALUES (2)")  # no transaction left open
    with warehouse.writer() as own:  # outside a run: a connection of its own
        assert own.execute("SELECT x FROM t").fetchall() == [(2,)]


def test_an_up_to_date_database_is_not_written_by_opening_it(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        ensure_schema(con)
        con.execute("CHECKPOINT")
    before = path.stat().st_mtime_ns
    time.sleep(0.02)
    with duckdb.connect(str(path)) as con:
        ensure_schema(con)
        con.execute("CHECKPOINT")
    assert path.stat().st_mtime_ns == before


def test_a_changed_view_statement_is_recreated(tmp_path: Path, monkeypatch) -> None:
    import pipeline.store.tables as tables

    con = duckdb.connect()
    ensure_schema(con)
    changed = tables.ENTITY_MENTIONS_VIEW.replace("SELECT", "SELECT 1 AS marker,", 1)
    monkeypatch.setattr(tables, "VIEWS", [*tables.VIEWS[:1], changed, *tables.VIEWS[2:]])
    tables.ensure_schema(con)
    assert "marker" in [c[0] for c in con.execute("DESCRIBE entity_mentions").fetchall()]


def test_publish_copies_only_when_the_working_file_changed(tmp_path: Path) -> None:
    database = tmp_path / "pub.duckdb"
    with open_writer(database) as con:
        con.execute("INSERT INTO stage_inputs VALUES ('a', 'f', now())")
    publish(database)
    first = database.stat().st_ino
    publish(database)  # nothing written since: the published file stays
    assert database.stat().st_ino == first
    with open_writer(database) as con:
        con.execute("INSERT INTO stage_inputs VALUES ('b', 'f', now())")
    publish(database)
    assert database.stat().st_ino != first
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM stage_inputs").fetchone() == (2,)
