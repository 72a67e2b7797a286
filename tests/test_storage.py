"""Writing to the warehouse: corpus-level tables as diffs, one connection per run."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipeline.defs.resources import Warehouse
from pipeline.store.database import replace_table

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
