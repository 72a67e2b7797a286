"""Seen as a user: `claimtrail run` records into one persistent Dagster instance, and
`claimtrail ui` shows those runs: every asset's latest materialization and every asset check's
result, from the run that made them; a bad file shows as a failed (WARN) check.

Two CLI runs on a copy of the seeds (the second with an undecodable file added), then one
`claimtrail ui` on the same database, asked over GraphQL. Its input folder is an empty one, so
the daemon's folder sensor finds nothing to do and the two CLI runs stay the only runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

import pipeline.defs.instance as instance_module
from pipeline.defs.instance import HOME_NAME, instance_home, prune_runs
from tests.test_dagster_ui import ROOT, ui

ASSETS_QUERY = """
{ assetNodes { assetKey { path }
    assetMaterializations(limit: 1) { runId metadataEntries { label } }
    assetChecksOrError { __typename ... on AssetChecks { checks { name
        executionForLatestMaterialization { runId status evaluation { success severity } } } } } } }
"""
CHECK_HISTORY_QUERY = """
query ($key: AssetKeyInput!, $name: String!) {
  assetCheckExecutions(assetKey: $key, checkName: $name, limit: 5) {
    runId status evaluation { success severity } } }
"""
RUNS_QUERY = """
{ runsOrError { __typename ... on Runs { results { runId jobName status
    tags { key value } } } } }
"""


@dataclass
class History:
    database: Path
    home: Path
    run_ids: list[str]  # oldest first


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}  # the managed default
    return {**env, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


def cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=timeout, check=False)


def run_ids(home: Path) -> list[str]:
    instance = dg.DagsterInstance.from_config(str(home))
    return [r.dagster_run.run_id for r in instance.get_run_records(ascending=True)]


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    tmp = tmp_path_factory.mktemp("history")
    news = tmp / "news"
    shutil.copytree(ROOT / "seeds", news)
    database = tmp / "claimtrail.duckdb"
    first = cli("run", "--input", str(news), "--db", str(database))
    assert first.returncode == 0, first.stderr[-3000:]
    (news / "garbage.txt").write_bytes(bytes(range(256)) * 8)  # binary: quarantined
    second = cli("run", "--input", str(news), "--db", str(database))
    assert second.returncode == 0, second.stderr[-3000:]
    home = tmp / HOME_NAME
    return History(database, home, run_ids(home))


@pytest.mark.slow
def test_two_cli_runs_are_two_runs_in_the_instance_next_to_the_database(
        history: History) -> None:
    assert (history.home / "dagster.yaml").read_text() == (ROOT / "dagster.yaml").read_text()
    assert len(history.run_ids) == 2
    instance = dg.DagsterInstance.from_config(str(history.home))
    for run_id in history.run_ids:
        run = instance.get_run_by_id(run_id)
        assert run.job_name == "claimtrail_job"
        assert run.status == dg.DagsterRunStatus.SUCCESS
        assert run.tags["claimtrail/trigger"] == "cli"


@pytest.mark.slow
def test_ui_shows_every_materialization_and_check_of_the_cli_runs(history: History) -> None:
    first, last = history.run_ids
    empty = history.database.parent / "nothing-new"
    empty.mkdir(exist_ok=True)
    port = ui.free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "ui", "--input", str(empty),
         "--db", str(history.database), "--port", str(port)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True)
    base_url = f"http://127.0.0.1:{port}"
    seen: list[str] = []
    try:
        ui.wait_until_loaded(base_url, proc)
        # The command prints its URL once it saw the webserver answer (it polls every 0.5 s):
        # read up to that line first, so Ctrl-C cannot come before it.
        seen = lines_until(proc, f"Dagster UI on {base_url}", timeout=60)
        nodes = ui.graphql(base_url, ASSETS_QUERY)["assetNodes"]
        history_of = {  # (asset, check) -> [(run, passed, severity)], newest first
            (node_name(n), c["name"]): [
                (e["runId"], e["evaluation"]["success"], e["evaluation"]["severity"])
                for e in ui.graphql(
                    base_url, CHECK_HISTORY_QUERY,
                    {"key": n["assetKey"], "name": c["name"]})["assetCheckExecutions"]]
            for n in nodes for c in n["assetChecksOrError"]["checks"]}
        runs = ui.graphql(base_url, RUNS_QUERY)["runsOrError"]["results"]
    finally:
        os.kill(proc.pid, signal.SIGINT)  # Ctrl-C
        try:
            output, _ = proc.communicate(timeout=60)
        finally:
            ui.stop_process_group(proc, grace=5)
    output = "".join(seen) + output
    assert proc.returncode == 0, output[-3000:]
    assert f"Dagster UI on {base_url}" in output
    with pytest.raises(OSError):  # webserver stopped with it
        ui.http_get(f"{base_url}/server_info", timeout=5)

    assert sorted(r["runId"] for r in runs) == sorted(history.run_ids)
    assert {r["jobName"] for r in runs} == {"claimtrail_job"}
    from pipeline.definitions import defs

    expected = {tuple(k.path) for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert {tuple(n["assetKey"]["path"]) for n in nodes} == expected
    for node in nodes:
        name = node_name(node)
        assert [m["runId"] for m in node["assetMaterializations"]] == [last], name
        labels = {e["label"] for e in node["assetMaterializations"][0]["metadataEntries"]}
        assert "tables" in labels or (name in NOT_TABLES and labels), f"{name}: {labels}"
        for check in node["assetChecksOrError"]["checks"]:
            execution = check["executionForLatestMaterialization"]
            assert execution and execution["runId"] == last, f"{name}: {check['name']}"
    assert len(history_of) == len(defs.resolve_asset_graph().asset_check_keys)
    # The bad file fails one check, a warning; every other check says what it said before.
    assert history_of.pop(("documents", "quarantine_share")) == [
        (last, False, "WARN"), (first, True, "WARN")]
    for (name, check), results in history_of.items():
        assert [r[0] for r in results] == [last, first], f"{name}: {check}"
        assert results[0][1] == results[1][1], f"{name}: {check} changed with the bad file"


def lines_until(proc: subprocess.Popen, text: str, timeout: float) -> list[str]:
    """Lines of ``proc``'s output up to the first containing ``text`` (all read, if it ends)."""
    deadline = time.monotonic() + timeout
    lines: list[str] = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if text in line:
            break
    return lines


def node_name(node: dict) -> str:
    return "/".join(node["assetKey"]["path"])


NOT_TABLES = {"claims_report", "published_database"}  # they write files


def test_the_managed_instance_folder_is_ignored_by_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    assert instance_home("claimtrail.duckdb") == Path.cwd() / HOME_NAME
    monkeypatch.setenv("DAGSTER_HOME", str(ROOT / "elsewhere"))
    assert instance_home("claimtrail.duckdb") == ROOT / "elsewhere"
    paths = [f"{HOME_NAME}/dagster.yaml", f"{HOME_NAME}/history/runs.db",
             f"data/{HOME_NAME}/storage/x/compute_logs/y.err"]  # beside a database elsewhere
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT,
                             capture_output=True, text=True, check=False)
    assert ignored.stdout.split() == paths, f"{HOME_NAME}/ is not in .gitignore"


def test_pruning_keeps_the_newest_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    instance = dg.DagsterInstance.from_config(str(tmp_path))

    @dg.asset
    def one() -> int:
        return 1

    ids = [dg.materialize([one], instance=instance).run_id for _ in range(4)]
    (tmp_path / "storage" / ids[0]).mkdir(parents=True, exist_ok=True)
    running = instance.get_run_by_id(ids[1])  # as if a run were still going on
    instance.handle_run_event(ids[1], dg.DagsterEvent(
        dg.DagsterEventType.RUN_START.value, running.job_name))
    assert prune_runs(instance, keep=2) == 1
    kept = [r.dagster_run.run_id for r in instance.get_run_records()]
    assert kept == ids[:0:-1]
    assert instance.all_logs(ids[0]) == []
    assert not (tmp_path / "storage" / ids[0]).exists()
    assert prune_runs(instance, keep=0) == 0  # 0: keep everything
    assert prune_runs(instance, keep=2) == 0
    monkeypatch.setattr(instance_module, "STALE_DAYS", -1)  # the unfinished run is dead now
    assert prune_runs(instance, keep=2) == 1
    assert [r.dagster_run.run_id for r in instance.get_run_records()] == ids[:1:-1]
