"""Writing corpus-level tables: only the rows that changed."""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.storage import replace_table

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
