"""The same job runs on Dagster's multiprocess executor, selected by run config only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, query

pytestmark = pytest.mark.slow

RUN_CONFIG = "execution:\n  config:\n    multiprocess:\n      max_concurrent: 2\n"


def test_claimtrail_job_on_the_multiprocess_executor(tmp_path: Path) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("")
    config = tmp_path / "run.yaml"
    config.write_text(RUN_CONFIG)
    database = tmp_path / "claimtrail.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(home), "CLAIMTRAIL_DB": str(database),
           "CLAIMTRAIL_INPUT": str(SEEDS)}
    dagster = Path(sys.executable).with_name("dagster")
    run = subprocess.run(
        [str(dagster), "job", "execute", "-m", "pipeline.definitions", "-j", "claimtrail_job",
         "-c", str(config)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-3000:]
    assert "multiprocess executor" in log and "RUN_SUCCESS" in log
    assert query(database, "SELECT count(*) FROM articles") == [(5,)]
    assert query(database, "SELECT count(*) > 0 FROM contradictions") == [(True,)]
