"""DuckDB under concurrency: readers in other processes while a run writes; two runs at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.defs.assets.publish import integrity_problems
from tests.conftest import ROOT, SEEDS, query
from tests.news_corpus import add_articles

pytestmark = pytest.mark.slow

CLAIMTRAIL = str(Path(sys.executable).with_name("claimtrail"))

# Runs in another process: query the published file until `stop` appears. With hold=1 one
# read-only connection stays open the whole time (it keeps the snapshot it opened); with hold=0
# every query opens the file anew (and sees each run's publish as soon as it lands).
READER = """
import json, sys, time
from pathlib import Path
import duckdb

database, stop, hold = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1"
SQL = '''
SELECT (SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM articles)),
       (SELECT count(*) FROM doc_mentions WHERE doc_id NOT IN (SELECT doc_id FROM articles)),
       (SELECT count(*) FROM contradictions WHERE claim_id_a NOT IN (SELECT claim_id FROM claims)
                                               OR claim_id_b NOT IN (SELECT claim_id FROM claims)),
       (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)
'''
CONFIG = {"threads": 1}
held = duckdb.connect(database, read_only=True, config=CONFIG) if hold else None
seen = []
while not stop.exists():
    if held is not None:
        row = held.execute(SQL).fetchone()
    else:
        with duckdb.connect(database, read_only=True, config=CONFIG) as con:
            row = con.execute(SQL).fetchone()
    seen.append(list(row))
    time.sleep(0.2)
print(json.dumps(seen))
"""


def start_readers(tmp_path: Path, database: Path) -> tuple[Path, list[subprocess.Popen]]:
    script = tmp_path / "reader.py"
    script.write_text(READER)
    stop = tmp_path / "stop"
    readers = [subprocess.Popen([sys.executable, str(script), str(database), str(stop), hold],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for hold in ("1", "0")]
    return stop, readers


def run_cli(folder: Path, database: Path) -> subprocess.Popen:
    return subprocess.Popen([CLAIMTRAIL, "run", "--input", str(folder), "--db", str(database)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def test_readers_and_a_second_run_while_a_run_writes(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    database = tmp_path / "claimtrail.duckdb"
    code, _, err = finish(run_cli(folder, database))
    assert code == 0, err
    before = query(database, "SELECT count(*) FROM articles")[0][0]

    # The next run deletes one article (its claims must vanish with it) and adds twelve.
    (folder / sorted(p.name for p in SEEDS.iterdir())[3]).unlink()
    add_articles(folder, 12)
    stop, readers = start_readers(tmp_path, database)
    time.sleep(1.0)  # both readers have the file open before the runs start
    # Two runs at once (the sensor and the schedule, say): the second waits for the writer lock,
    # then finds nothing left to do.
    writers = [run_cli(folder, database), run_cli(folder, database)]
    results = [finish(writer) for writer in writers]
    time.sleep(0.5)  # the reconnecting reader gets to see the final file
    stop.touch()
    seen_by = {hold: finish(reader, timeout=60)
               for hold, reader in zip(("held", "reconnecting"), readers, strict=True)}

    for code, _, err in results:
        assert code == 0, err
    after = query(database, "SELECT count(*) FROM articles")[0][0]
    assert after == before - 1 + 12
    for hold, (reader_code, out, reader_err) in seen_by.items():
        assert reader_code == 0, f"{hold} reader failed: {reader_err}"
        seen = json.loads(out)
        assert len(seen) > 10, hold
        assert all(row[:3] == [0, 0, 0] for row in seen), f"{hold} reader saw orphans"
        assert {row[3] for row in seen} <= {before, after}, f"{hold} reader saw a partial run"
    assert {row[3] for row in json.loads(seen_by["held"][1])} == {before}  # its snapshot
    assert {row[3] for row in json.loads(seen_by["reconnecting"][1])} == {before, after}
    with duckdb.connect(str(database), read_only=True) as con:
        assert not any(integrity_problems(con).values())
        assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM processed "
                           "WHERE stage = 'nlp'").fetchone() == (after, after)
    assert not list(tmp_path.glob(".claimtrail.duckdb.*tmp*"))


def test_the_writer_lock_is_reentrant_and_waits_for_other_processes(tmp_path: Path) -> None:
    from pipeline.store.database import open_writer, writer_lock

    database = tmp_path / "claimtrail.duckdb"
    probe = ("import fcntl, sys; h = open(sys.argv[1], 'a+')\n"
             "try:\n    fcntl.flock(h, fcntl.LOCK_EX | fcntl.LOCK_NB); print('free')\n"
             "except BlockingIOError:\n    print('held')")
    lock_file = tmp_path / "claimtrail.work.duckdb.lock"

    def lock_state() -> str:
        return subprocess.run([sys.executable, "-c", probe, str(lock_file)],
                              capture_output=True, text=True, check=True).stdout.strip()

    with writer_lock(database), open_writer(database) as con:  # a run, then one of its stages
        con.execute("SELECT 1")
        assert lock_state() == "held"
        pid = os.fork()  # a spaCy worker: it must not keep the lock if the run dies
        if pid == 0:
            time.sleep(3)
            os._exit(0)
    assert lock_state() == "free"  # the forked child is still alive, without the lock
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def test_a_stray_client_on_the_working_file_is_waited_for(tmp_path: Path) -> None:
    from pipeline.store.database import open_writer, work_path_for

    database = tmp_path / "claimtrail.duckdb"
    with open_writer(database):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; "
         "c = duckdb.connect(sys.argv[1], read_only=True); print('open', flush=True); "
         "time.sleep(1.5)", str(work_path_for(database))],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    started = time.monotonic()
    with open_writer(database) as con:  # DuckDB refuses while the client holds its lock
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    assert time.monotonic() - started > 0.5
    holder.wait(timeout=30)
