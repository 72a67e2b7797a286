"""Corpus-level stages skip their rebuild when nothing they read has changed, and only then."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline import cli
from pipeline.store.fingerprints import is_current, remember, stage_fingerprint, table_digest
from pipeline.store.tables import create_statements
from tests.conftest import ROOT, SEEDS, materialize_folder, query

CORPUS_STAGES = ["articles", "entities", "claims", "contradictions", "claims_report"]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for statement in create_statements():
        con.execute(statement)
    con.execute("CREATE TABLE t1 (id INTEGER, name VARCHAR, tags VARCHAR[])")
    con.execute("INSERT INTO t1 VALUES (1, 'a', ['x']), (2, 'b', []), (3, NULL, NULL)")
    return con


def test_table_digest_ignores_row_order_but_sees_every_change(con) -> None:
    before = table_digest(con, "t1")
    con.execute("CREATE TABLE t2 AS SELECT * FROM t1 ORDER BY id DESC")
    assert table_digest(con, "t2").split(":")[1:] == before.split(":")[1:]
    for change in ["UPDATE t1 SET name = 'c' WHERE id = 2",
                   "UPDATE t1 SET tags = ['y'] WHERE id = 1",
                   "INSERT INTO t1 VALUES (4, 'd', [])",
                   "DELETE FROM t1 WHERE id = 3"]:
        con.execute(change)
        after = table_digest(con, "t1")
        assert after != before, change
        before = after


def test_table_digest_of_chosen_columns(con) -> None:
    before = table_digest(con, "t1", "id, name")
    con.execute("UPDATE t1 SET tags = ['z']")
    assert table_digest(con, "t1", "id, name") == before
    con.execute("UPDATE t1 SET name = 'z' WHERE id = 1")
    assert table_digest(con, "t1", "id, name") != before


def test_a_stage_is_current_only_for_the_fingerprint_it_remembered(con) -> None:
    fingerprint = stage_fingerprint(con, {"t1": "t"}, "topics v1")
    assert not is_current(con, "entities", fingerprint)
    remember(con, "entities", fingerprint)
    assert is_current(con, "entities", fingerprint)
    assert not is_current(con, "claims", fingerprint)
    assert stage_fingerprint(con, {"t1": "t"}, "topics v2") != fingerprint
    con.execute("INSERT INTO t1 VALUES (9, 'new', [])")
    assert not is_current(con, "entities", stage_fingerprint(con, {"t1": "t"}, "topics v1"))


def rebuilt(result: dg.ExecuteInProcessResult) -> dict[str, bool]:
    """Corpus-level asset -> the `rebuilt` flag of its materialization in this run."""
    flags = {}
    for event in result.get_asset_materialization_events():
        name, metadata = event.materialization.asset_key.path[-1], event.materialization.metadata
        if name in CORPUS_STAGES:
            flags[name] = metadata["rebuilt"].value
    return flags


@pytest.mark.slow
def test_rerun_skips_corpus_stages_until_an_input_or_the_watchlist_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder)
    database = tmp_path / "claimtrail.duckdb"
    assert rebuilt(materialize_folder(folder, database)) == dict.fromkeys(CORPUS_STAGES, True)
    tables = ["articles", "entities", "claims", "contradictions"]
    before = {t: query(database, f"SELECT * FROM {t} ORDER BY ALL") for t in tables}

    assert rebuilt(materialize_folder(folder, database)) == dict.fromkeys(CORPUS_STAGES, False)
    assert {t: query(database, f"SELECT * FROM {t} ORDER BY ALL") for t in tables} == before

    topics = tmp_path / "topics.yaml"
    topics.write_text((ROOT / "config" / "topics.yaml").read_text()
                      .replace("iran-us-talks", "talks-renamed"))
    monkeypatch.setenv("CLAIMTRAIL_TOPICS", str(topics))
    flags = rebuilt(materialize_folder(folder, database))
    assert flags == {"articles": False, "entities": False, "claims": True,
                     "contradictions": True, "claims_report": True}
    assert query(database, "SELECT count(*) FROM claims WHERE topic = 'talks-renamed'")[0][0] > 0

    (folder / "late.txt").write_text(
        "Talks resume\n\nTehran, Iran\n\nIran's foreign minister Abbas Araqchi said on Monday "
        "that indirect talks with the United States would resume next week in Muscat.\n")
    assert rebuilt(materialize_folder(folder, database)) == dict.fromkeys(CORPUS_STAGES, True)
    assert query(database, "SELECT count(*) FROM articles")[0][0] == len(before["articles"]) + 1

    built_at = query(database, "SELECT stage, built_at FROM stage_inputs")
    time.sleep(1.1)
    assert cli.run(str(folder), str(database), 10.0, rebuild=True) == 0
    rebuilt_at = dict(query(database, "SELECT stage, built_at FROM stage_inputs"))
    assert all(rebuilt_at[stage] > at for stage, at in built_at), (built_at, rebuilt_at)


def test_the_code_version_covers_every_subfolder_and_the_report_template() -> None:
    from pipeline import PACKAGE_DIR
    from pipeline.store.fingerprints import code_files

    files = {p.relative_to(PACKAGE_DIR).as_posix() for p in code_files()}
    assert {"report/templates/claims_report.html.j2", "nlp/attribution/extract.py",
            "text/cleaning/rules.py", "stages/claims.py", "models/trail.py"} <= files
