"""The same job runs on Dagster's multiprocess executor, selected by run config only."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, query

pytestmark = pytest.mark.slow

RUN_CONFIG = "execution:\n  config:\n    multiprocess:\n      max_concurrent: 2\n"


def execute_job(tmp_path: Path, run_config: str | None = None, **env: str) -> tuple[Path, str]:
    """`dagster job execute` of claimtrail_job over the seeds; the database and the log."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("")
    database = tmp_path / "claimtrail.duckdb"
    command = [str(Path(sys.executable).with_name("dagster")), "job", "execute",
               "-m", "pipeline.definitions", "-j", "claimtrail_job"]
    if run_config:
        config = tmp_path / "run.yaml"
        config.write_text(run_config)
        command += ["-c", str(config)]
    run = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "DAGSTER_HOME": str(home), "CLAIMTRAIL_DB": str(database),
             "CLAIMTRAIL_INPUT": str(SEEDS), **env},
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-3000:]
    assert "RUN_SUCCESS" in log
    return database, log


def test_claimtrail_job_on_the_multiprocess_executor(tmp_path: Path) -> None:
    database, log = execute_job(tmp_path, RUN_CONFIG)
    assert "multiprocess executor" in log
    assert query(database, "SELECT count(*) FROM articles") == [(5,)]
    assert query(database, "SELECT count(*) > 0 FROM contradictions") == [(True,)]


def test_claimtrail_job_on_a_dask_cluster_by_configuration_only(tmp_path: Path) -> None:
    pytest.importorskip("dagster_dask")
    database, log = execute_job(tmp_path, CLAIMTRAIL_EXECUTOR="dask")
    run_pid = re.search(r" - (\d+) - RUN_START", log).group(1)
    step_pids = set(re.findall(r" - (\d+) - \w+ - STEP_START", log))
    assert step_pids and run_pid not in step_pids  # steps ran in Dask worker processes
    assert query(database, "SELECT count(*) FROM articles") == [(5,)]
    assert query(database, "SELECT count(*) > 0 FROM contradictions") == [(True,)]


def test_an_unknown_executor_name_is_refused() -> None:
    from pipeline.defs.automation import job_executor

    with pytest.raises(ValueError, match="CLAIMTRAIL_EXECUTOR"):
        job_executor("spark")
