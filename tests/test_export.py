"""Parquet export: the same table names as views, and shards from several databases unioned."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline import cli
from pipeline.store.export import PUBLIC_TABLES, export_parquet, views_sql
from tests.conftest import SEEDS, materialize_folder, query

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    shutil.copytree(SEEDS, tmp / "input")
    database = tmp / "claimtrail.duckdb"
    assert materialize_folder(tmp / "input", database).success
    return database


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [*PUBLIC_TABLES, "claim_timeline", "topic_positions", "contradiction_pairs"]
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}


def test_views_over_the_export_answer_like_the_database(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "it's parquet"  # a quote in the path must not break the SQL
    assert cli.main(["export", "--db", str(seeds_db), "--to", str(out)]) == 0
    with duckdb.connect() as con:
        con.execute((out / "views.sql").read_text())
        exported = counts(con)
        sample = con.execute("SELECT speaker, content FROM claims ORDER BY claim_id").fetchall()
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        assert exported == counts(con)
        assert sample == con.execute(
            "SELECT speaker, content FROM claims ORDER BY claim_id").fetchall()
    assert exported["claims"] > 0 and exported["contradictions"] > 0


def test_two_shards_are_read_as_one_table(seeds_db: Path, tmp_path: Path) -> None:
    export_parquet(seeds_db, tmp_path, shard="machine-a")
    export_parquet(seeds_db, tmp_path, shard="machine-b")
    with duckdb.connect() as con:
        con.execute(views_sql(str(tmp_path)))
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 2 * query(
            seeds_db, "SELECT count(*) FROM claims")[0][0]


def test_bad_shard_names_and_missing_databases_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="shard name"):
        export_parquet(tmp_path / "x.duckdb", tmp_path, shard="../evil")
    assert cli.main(["export", "--db", str(tmp_path / "none.duckdb"),
                     "--to", str(tmp_path / "out")]) == 2
