"""Storage upkeep: older databases brought up to date when opened; DuckDB memory capped."""

from __future__ import annotations

import duckdb

from pipeline.store.tables import UNKEYED_TABLES, ensure_schema


def keyed_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {t for (t,) in con.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()}


def test_keys_older_versions_declared_are_dropped_and_rows_kept() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE entity_keys (key VARCHAR PRIMARY KEY, entity_id VARCHAR)")
    con.execute("INSERT INTO entity_keys VALUES ('us', 'e1'), ('iran', 'e2')")
    con.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY)")
    ensure_schema(con)
    assert {"entity_keys", "documents", "doc_mentions", "claims"} <= set(UNKEYED_TABLES)
    assert not keyed_tables(con) & set(UNKEYED_TABLES)
    # the tables written with ON CONFLICT / OR REPLACE keep theirs
    assert keyed_tables(con) == {"source_files", "processed", "stage_inputs"}
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


def test_an_older_parsed_articles_table_gets_the_wire_column_and_the_view_shows_it() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE parsed_articles (doc_id VARCHAR PRIMARY KEY, title VARCHAR, "
                "standfirst VARCHAR, outlet VARCHAR, dateline VARCHAR, published_date DATE, "
                "date_source VARCHAR, body_line_count BIGINT, body_line_nos INTEGER[], "
                "body_lines VARCHAR[])")
    con.execute("INSERT INTO parsed_articles VALUES ('d1', 'T', NULL, 'Ynet', NULL, NULL, "
                "'none', 0, [], [])")
    ensure_schema(con)
    assert con.execute("SELECT doc_id, wire FROM parsed_articles").fetchall() == [("d1", None)]
    assert "wire" in [c[0] for c in con.execute("DESCRIBE articles").fetchall()]


def test_a_row_with_an_empty_wire_fails_the_parsed_articles_model() -> None:
    import datetime as dt

    import polars as pl

    from pipeline.models import ParsedArticleSchema
    from pipeline.models.columns import polars_schema
    from pipeline.models.validation import validate

    row = {"doc_id": "d1", "title": "T", "standfirst": None, "outlet": None, "wire": "AP",
           "dateline": None, "published_date": dt.date(2016, 10, 12), "date_source": "filename",
           "body_line_count": 0, "body_line_nos": [], "body_lines": []}
    bad = {**row, "doc_id": "d2", "wire": ""}
    frame = pl.DataFrame([row, bad], schema=polars_schema(ParsedArticleSchema))
    checked = validate(ParsedArticleSchema, frame)
    assert checked.valid["doc_id"].to_list() == ["d1"]
    assert checked.invalid["doc_id"].to_list() == ["d2"]
