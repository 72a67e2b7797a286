"""Storage upkeep: older databases brought up to date when opened; DuckDB memory capped."""

from __future__ import annotations

import duckdb

from pipeline.store.tables import REBUILT_TABLES, ensure_schema


def keyed_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {t for (t,) in con.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()}


def test_keys_on_rebuilt_tables_are_dropped_and_rows_kept() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE entity_keys (key VARCHAR PRIMARY KEY, entity_id VARCHAR)")
    con.execute("INSERT INTO entity_keys VALUES ('us', 'e1'), ('iran', 'e2')")
    ensure_schema(con)
    assert not keyed_tables(con) & set(REBUILT_TABLES)
    assert {"documents", "processed"} <= keyed_tables(con)  # per-document tables keep theirs
    assert con.execute("SELECT * FROM entity_keys ORDER BY key").fetchall() == [
        ("iran", "e2"), ("us", "e1")]
    ensure_schema(con)  # a second open changes nothing
    assert con.execute("SELECT count(*) FROM entity_keys").fetchone() == (2,)
    con.execute("SELECT count(*) FROM entity_mentions").fetchall()  # views still resolve


def test_runs_cap_duckdb_memory(tmp_path, monkeypatch) -> None:
    from pipeline.store.database import connect_writable

    monkeypatch.setenv("CLAIMTRAIL_DUCKDB_MEMORY", "300MB")
    with connect_writable(tmp_path / "capped.duckdb") as con:
        (limit,) = con.execute("SELECT current_setting('memory_limit')").fetchone()
    assert limit.startswith("286") or limit.startswith("300"), limit  # DuckDB prints MiB
