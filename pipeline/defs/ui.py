"""`claimtrail ui`: the Dagster webserver and daemon on the instance `claimtrail run` records into.

It runs `dagster dev` on ``pipeline.definitions:defs`` with DAGSTER_HOME set to that instance and
CLAIMTRAIL_INPUT/CLAIMTRAIL_DB set to the chosen folder and database (the resources read them),
so nobody needs to know about workspace.yaml or DAGSTER_HOME. `dagster dev` gets a process group
of its own: Ctrl-C here stops the webserver, the daemon and the code server, and whatever is left
after a grace period is killed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from pipeline.defs.instance import keep_runs, open_instance, prune_runs

PRUNE_EVERY_S = 3600.0  # the daemon's runs accumulate while the UI is up: prune hourly
STOP_GRACE_S = 20.0
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def dev_command(host: str, port: int) -> list[str]:
    """`dagster dev` on the package's code location (works from any folder)."""
    return [sys.executable, "-m", "dagster", "dev", "-m", "pipeline.definitions", "-a", "defs",
            "-h", host, "-p", str(port)]


def dev_environment(input_dir: str, database: str) -> dict[str, str]:
    """The environment that points Dagster and the resources at one folder, database and
    instance (absolute paths: the code server's working directory is not ours)."""
    instance = open_instance(database)
    return {**os.environ, "DAGSTER_HOME": instance.root_directory,
            "CLAIMTRAIL_INPUT": str(Path(input_dir).resolve()),
            "CLAIMTRAIL_DB": str(Path(database).resolve())}


def _default_signals() -> None:
    # A shell's background job inherits SIGINT ignored; dagster dev would then ignore Ctrl-C.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL)


def _answers(url: str) -> bool:
    try:
        with _LOCAL.open(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def stop(proc: subprocess.Popen, grace: float = STOP_GRACE_S) -> None:
    """SIGINT to the whole group (as Ctrl-C), SIGKILL to what is left after ``grace`` s."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGINT)
    deadline = time.monotonic() + grace
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=grace)
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def serve(input_dir: str, database: str, host: str = "127.0.0.1", port: int = 3000,
          ready_timeout: float = 120.0) -> int:
    """Run the UI and the daemon until Ctrl-C (or SIGTERM); return dagster dev's exit code."""
    env = dev_environment(input_dir, database)
    prune_runs(open_instance(database), keep_runs())
    url = f"http://{host}:{port}"
    proc = subprocess.Popen(dev_command(host, port), env=env, stdin=subprocess.DEVNULL,
                            start_new_session=True, preexec_fn=_default_signals)
    # Ctrl-C and SIGTERM both stop it, even when started from a shell that ignores SIGINT.
    previous = {sig: signal.signal(sig, signal.default_int_handler)
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        deadline = time.monotonic() + ready_timeout
        while proc.poll() is None and not _answers(f"{url}/server_info"):
            if time.monotonic() > deadline:
                print(f"claimtrail: the UI did not answer on {url} within {ready_timeout:.0f} s",
                      file=sys.stderr)
                stop(proc)
                return 1
            time.sleep(0.5)
        if proc.poll() is None:
            print(f"claimtrail: Dagster UI on {url} (instance {env['DAGSTER_HOME']}, input "
                  f"{env['CLAIMTRAIL_INPUT']}, database {env['CLAIMTRAIL_DB']}); Ctrl-C stops "
                  "the webserver and the daemon", flush=True)
        while True:
            with contextlib.suppress(subprocess.TimeoutExpired):
                return proc.wait(timeout=PRUNE_EVERY_S)
            prune_runs(open_instance(database), keep_runs())
    except KeyboardInterrupt:
        print("claimtrail: stopping the Dagster UI and daemon", flush=True)
        stop(proc)
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
