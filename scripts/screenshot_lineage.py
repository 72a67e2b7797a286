"""Screenshot the Dagster UI after a run: the global asset lineage page and one asset's page.

As a new user would: `claimtrail run` on a copy of seeds/ into a temporary database (its
instance, `.dagster_home/`, next to it), then `claimtrail ui` on it (the repo's files are never
touched). Headless Chromium, driven over the DevTools protocol, opens
``/asset-groups?expanded=<every group>``, waits until every asset the server lists is drawn with
its check results, then the events tab of ``/assets/claims`` (the latest materialization's
metadata) and its checks tab (each check's result and metadata),
and saves the three PNGs;
everything is stopped afterwards (whole process groups).

    python scripts/screenshot_lineage.py  # -> docs/asset-lineage.png, asset-claims{,-checks}.png
    python scripts/screenshot_lineage.py --out a.png --asset-out b.png --checks-out c.png

Also imported by tests for `dagster_dev()` (a bare `dagster dev` with a throwaway instance),
`wait_until_loaded()` and `graphql()`.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "asset-lineage.png"
DEFAULT_ASSET_OUT = ROOT / "docs" / "asset-claims.png"
DEFAULT_CHECKS_OUT = ROOT / "docs" / "asset-claims-checks.png"
ASSET_PAGE = "claims"  # the asset whose page is shown: most checks and metadata
# Shown on its events tab once loaded: metadata labels of the latest materialization.
ASSET_PAGE_TEXTS = ["Materialized", "named_speakers", "statement_groups", "table_rows"]
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
LINEAGE_PATH = "/asset-groups"  # the UI's "Lineage" nav item: the global asset graph
DAGSTER_YAML = "telemetry:\n  enabled: false\nnux:\n  enabled: false\n"  # no welcome modal
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-proxy-server", "--hide-scrollbars", "--disable-dev-shm-usage",
)
# UI preferences the page reads from localStorage (JSON values): hide the left navigation and
# lay the graph out top-to-bottom, so it fits the width at full size (nodes show their checks
# and kinds; below 60 % zoom the UI draws bare name boxes).
UI_PREFERENCES = {"dagster-nav-collapsed": True, "asset-graph-direction": "vertical"}

WORKSPACE_QUERY = """
{ workspaceOrError { __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename ... on PythonError { message stack } } } }
    ... on PythonError { message } } }
"""

# A shell's background job inherits SIGINT ignored, and so would dagster dev (which then only
# stops on SIGKILL): restore the default dispositions, then exec Python with the real arguments.
_EXEC_WITH_DEFAULT_SIGNALS = (
    "import os, signal, sys; "
    "[signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGTERM)]; "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


class DagsterUIError(RuntimeError):
    """The UI did not come up, or did not render what was expected."""


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(url: str, timeout: float = 5.0) -> bytes:
    with _LOCAL.open(url, timeout=timeout) as response:
        return response.read()


def graphql(base_url: str, query: str, variables: dict[str, Any] | None = None,
            timeout: float = 30.0) -> dict[str, Any]:
    """POST a query to the webserver's /graphql endpoint; return ``data`` (raise on errors)."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(f"{base_url}/graphql", data=body,
                                     headers={"Content-Type": "application/json"})
    with _LOCAL.open(request, timeout=timeout) as response:
        payload = json.loads(response.read())
    if payload.get("errors"):
        raise DagsterUIError(f"GraphQL errors: {payload['errors']}")
    return payload["data"]


def _log_tail(log: Path, chars: int = 4000) -> str:
    try:
        return log.read_text(errors="replace")[-chars:]
    except OSError:
        return "(no log)"


def _locations_loaded(base_url: str) -> bool:
    """True once every code location is loaded; raise if one failed to load."""
    workspace = graphql(base_url, WORKSPACE_QUERY)["workspaceOrError"]
    if workspace["__typename"] != "Workspace":
        raise DagsterUIError(f"workspace error: {workspace.get('message')}")
    entries = workspace["locationEntries"]
    for entry in entries:
        error = entry["locationOrLoadError"]
        if error and error["__typename"] == "PythonError":
            raise DagsterUIError(f"code location {entry['name']!r} failed to load:\n"
                                 f"{error['message']}\n{''.join(error.get('stack') or [])}")
    return bool(entries) and all(e["loadStatus"] == "LOADED" and e["locationOrLoadError"]
                                 for e in entries)


def stop_process_group(proc: subprocess.Popen, grace: float = 15.0,
                       sig: signal.Signals = signal.SIGINT) -> None:
    """Send ``sig`` to the group (SIGINT: like Ctrl-C), SIGKILL what is left after ``grace`` s."""
    pgid = proc.pid  # started with start_new_session=True: the leader's pid is the group id
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, sig)
    deadline = time.monotonic() + grace
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=grace)
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    proc.wait(timeout=10)


def wait_until_loaded(base_url: str, proc: subprocess.Popen, log: Path | None = None,
                      timeout: float = 90.0) -> None:
    """Return once the server at ``base_url`` has loaded every code location; raise if ``proc``
    exits or ``timeout`` passes first (with the tail of ``log``)."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise DagsterUIError(f"the server exited with {proc.returncode}:\n"
                                 f"{_log_tail(log) if log else ''}")
        try:
            if _locations_loaded(base_url):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
            pass  # not listening (or not answering GraphQL) yet
        if time.monotonic() > deadline:
            raise DagsterUIError(f"{base_url} not ready after {timeout:.0f} s:\n"
                                 f"{_log_tail(log) if log else ''}")
        time.sleep(0.5)


def _without_dagster_home() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    return {**env, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


@contextlib.contextmanager
def claimtrail_ui_after_run(timeout: float = 120.0) -> Iterator[str]:
    """As a new user would: `claimtrail run` on a copy of seeds/ into a temporary database, then
    `claimtrail ui` on it; yield the UI's base URL, stop it with SIGINT (Ctrl-C) on exit.

    The UI's input folder is an empty one, so the folder sensor starts no run of its own and
    the page shows the CLI run (a sensor run over the same files would show the same).
    """
    with tempfile.TemporaryDirectory(prefix="claimtrail-ui-") as tmp:
        tmp_path = Path(tmp)
        shutil.copytree(ROOT / "seeds", tmp_path / "news")
        (tmp_path / "empty").mkdir()
        database = tmp_path / "claimtrail.duckdb"
        env = _without_dagster_home()  # the instance `claimtrail run` manages: .dagster_home/
        cli = [sys.executable, "-c", _EXEC_WITH_DEFAULT_SIGNALS, "-m", "pipeline.cli"]
        run = subprocess.run([*cli, "run", "--input", str(tmp_path / "news"),
                              "--db", str(database)], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=600, check=False)
        if run.returncode != 0:
            raise DagsterUIError(f"claimtrail run failed:\n{run.stderr[-4000:]}")
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        log = tmp_path / "claimtrail-ui.log"
        with open(log, "wb") as log_file:
            proc = subprocess.Popen(
                [*cli, "ui", "--input", str(tmp_path / "empty"), "--db", str(database),
                 "--port", str(port)], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_until_loaded(base_url, proc, log, timeout)
            yield base_url
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGINT)  # `claimtrail ui` stops its own children
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=40)
            stop_process_group(proc, grace=5.0)


@contextlib.contextmanager
def dagster_dev(root: Path = ROOT, timeout: float = 90.0) -> Iterator[str]:
    """Run `dagster dev -w workspace.yaml` in ``root``; yield its base URL once loaded.

    DAGSTER_HOME, CLAIMTRAIL_DB and CLAIMTRAIL_INPUT point into a temporary folder; the server
    listens on 127.0.0.1 only and its whole process group is stopped on exit.
    """
    with tempfile.TemporaryDirectory(prefix="claimtrail-ui-") as tmp:
        tmp_path = Path(tmp)
        home = tmp_path / "dagster_home"
        home.mkdir()
        (home / "dagster.yaml").write_text(DAGSTER_YAML)
        (tmp_path / "input").mkdir()
        env = {**os.environ, "DAGSTER_HOME": str(home),
               "CLAIMTRAIL_DB": str(tmp_path / "claimtrail.duckdb"),
               "CLAIMTRAIL_INPUT": str(tmp_path / "input"),
               "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        log = tmp_path / "dagster-dev.log"
        with open(log, "wb") as log_file:
            proc = subprocess.Popen(
                [sys.executable, "-c", _EXEC_WITH_DEFAULT_SIGNALS, "-m", "dagster", "dev",
                 "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=log_file,
                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_until_loaded(base_url, proc, log, timeout)
            yield base_url
        finally:
            stop_process_group(proc)


def asset_groups(base_url: str) -> list[str]:
    """Group names of the assets the server shows."""
    nodes = graphql(base_url, "{ assetNodes { groupName } }")["assetNodes"]
    return sorted({n["groupName"] for n in nodes if n["groupName"]})


def asset_names(base_url: str) -> list[str]:
    """Display names (last key part) of the assets the server shows."""
    nodes = graphql(base_url, "{ assetNodes { assetKey { path } } }")["assetNodes"]
    return sorted(n["assetKey"]["path"][-1] for n in nodes)


def check_names(base_url: str, asset: str) -> list[str]:
    """Names of the asset checks on ``asset``."""
    query = """query ($key: AssetKeyInput!) { assetNodeOrError(assetKey: $key) {
        ... on AssetNode { assetChecksOrError { ... on AssetChecks { checks { name } } } } } }"""
    node = graphql(base_url, query, {"key": {"path": [asset]}})["assetNodeOrError"]
    return sorted(c["name"] for c in node["assetChecksOrError"]["checks"])


def lineage_url(base_url: str, groups: list[str]) -> str:
    """The global lineage page with every group expanded (the UI collapses them otherwise)."""
    expanded = ",".join(f"global@global:{g}" for g in groups)
    return f"{base_url}{LINEAGE_PATH}?{urllib.parse.urlencode({'expanded': expanded})}"


def find_chromium() -> str | None:
    """Path of a Chromium binary, or None."""
    for candidate in CHROMIUM_CANDIDATES:
        path = shutil.which(candidate)
        if path:
            return path
    return None


class _DevTools:
    """A minimal Chrome DevTools Protocol client over one page's websocket."""

    def __init__(self, ws_url: str) -> None:
        from websockets.sync.client import connect  # ships with uvicorn[standard] (dagster)

        self._stack = contextlib.ExitStack()
        self._ws = self._stack.enter_context(
            connect(ws_url, max_size=None, proxy=None, open_timeout=20))
        self._next_id = 0

    def call(self, method: str, timeout: float = 30.0, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        call_id = self._next_id
        self._ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self._ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message.get("id") == call_id:
                if "error" in message:
                    raise DagsterUIError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def close(self) -> None:
        self._stack.close()


def _devtools_page(chromium: Path, timeout: float = 30.0) -> str:
    """The websocket URL of the first page of a Chromium started with --remote-debugging-port=0."""
    active = chromium / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError, urllib.error.URLError):
            port = int(active.read_text().split()[0])
            pages = [t for t in json.loads(http_get(f"http://127.0.0.1:{port}/json/list"))
                     if t.get("type") == "page"]
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
        time.sleep(0.2)
    raise DagsterUIError("Chromium's DevTools endpoint did not come up")


# Size of the laid-out graph (SVG units), where its viewport sits, and how much page is below it.
GRAPH_SIZE_JS = """(() => {
  const box = document.querySelector('[data-svg-viewport]');
  const svg = box && box.firstElementChild && box.firstElementChild.querySelector('svg');
  if (window.__stale || !svg || !(+svg.getAttribute('width'))) return null;
  const r = box.getBoundingClientRect();
  return {width: +svg.getAttribute('width'), height: +svg.getAttribute('height'),
          top: r.top, boxWidth: r.width, below: window.innerHeight - r.bottom};
})()"""
MAX_PAGE_HEIGHT = 8000


@contextlib.contextmanager
def chromium_page(width: int = 1600, chromium: str | None = None) -> Iterator[_DevTools]:
    """A headless Chromium page (DevTools protocol); Chromium is stopped on exit."""
    binary = chromium or find_chromium()
    if not binary:
        raise DagsterUIError("no Chromium found (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="claimtrail-chromium-") as profile:
        proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
             f"--window-size={width},1000", "--remote-debugging-port=0", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        try:
            page = _DevTools(_devtools_page(Path(profile)))
            try:
                yield page
            finally:
                page.close()
        finally:
            stop_process_group(proc, grace=5.0, sig=signal.SIGTERM)


def screenshot(url: str, out: Path, expect: list[str], width: int = 1600,
               chromium: str | None = None, timeout: float = 60.0, settle: float = 1.0,
               page: _DevTools | None = None) -> Path:
    """Save a PNG of the lineage page at ``url``, as tall as the graph needs.

    The UI zooms the graph to the viewport's width (at most 100 %), so the page is loaded once
    to measure the laid-out graph, then again in a viewport tall enough to show all of it.
    Waits until every asset name in ``expect`` is drawn.
    """
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(url))
    with contextlib.ExitStack() as stack:
        page = page or stack.enter_context(chromium_page(width, chromium))
        png = _shoot(page, url, origin, expect, width, timeout, settle, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png)
    return out


def screenshot_asset(page: _DevTools, url: str, out: Path, expect: list[str],
                     width: int = 1600, height: int = 1300, timeout: float = 60.0) -> Path:
    """Save a PNG of one asset's page once every text in ``expect`` (check names, metadata
    labels) is shown and nothing says "Loading"."""
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
              deviceScaleFactor=1, mobile=False)
    _navigate(page, url)
    shown = ("(() => { if (window.__stale || document.fonts.status !== 'loaded') return false;"
             " const text = document.body ? document.body.innerText : '';"
             f" return {json.dumps(expect)}.every(t => text.includes(t))"
             " && !/Loading(\\.\\.\\.|…)/.test(text); })()")
    try:
        _wait_for(page, shown, timeout, f"{expect} at {url}", stable=True)
    except DagsterUIError as exc:
        text = page.evaluate("document.body ? document.body.innerText : ''") or ""
        raise DagsterUIError(f"{exc}; the page's text:\n{text[:2000]}") from exc
    time.sleep(1.0)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_capture(page))
    return out


def _shoot(page: _DevTools, url: str, origin: str, expect: list[str], width: int,
           timeout: float, settle: float, out: Path) -> bytes:
    """Set the UI preferences, size the page to the graph, wait for it to render, capture."""
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=1000,
              deviceScaleFactor=1, mobile=False)
    _navigate(page, f"{origin}/server_info")  # same origin as the UI, to set its preferences
    _wait_for(page, f"!window.__stale && location.href.startsWith({json.dumps(origin)}) "
                    "&& document.readyState === 'complete'", 20.0, "/server_info")
    prefs = json.dumps({k: json.dumps(v) for k, v in UI_PREFERENCES.items()})
    page.evaluate(f"Object.entries({prefs}).forEach(([k, v]) => localStorage.setItem(k, v))")

    _navigate(page, url)
    size = _wait_for(page, GRAPH_SIZE_JS, timeout, "the graph's layout", stable=True)
    scale = min(1.0, size["boxWidth"] / size["width"])
    height = size["top"] + size["height"] * scale + size["below"] + 48
    height = int(min(MAX_PAGE_HEIGHT, max(600, height)))
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
              deviceScaleFactor=1, mobile=False)
    _navigate(page, url)  # the UI centres the graph on load only

    names = json.dumps([n[:12] for n in expect])  # names over 31 chars are middle-truncated
    drawn = ("(() => { if (window.__stale || document.fonts.status !== 'loaded') return false;"
             " const box = document.querySelector('[data-svg-viewport]');"
             " const text = box ? box.innerText : '';"
             f" return {names}.every(n => text.includes(n)); }})()")
    try:
        _wait_for(page, drawn, timeout, f"every asset drawn at {url}")
    except DagsterUIError as exc:  # keep what the page showed, for the CI log
        failed = Path(tempfile.gettempdir()) / f"{out.stem}.failed.png"
        failed.write_bytes(_capture(page))
        text = page.evaluate("document.body ? document.body.innerText : ''") or ""
        raise DagsterUIError(f"{exc}; page saved to {failed}; its text:\n{text[:2000]}") from exc
    # Live data (checks, last materialization) lands after the nodes: wait for it, but a page
    # that keeps saying "Loading" is still worth a picture.
    quiet = ("(() => { const box = document.querySelector('[data-svg-viewport]');"
             " return !!box && !/Loading(\\.\\.\\.|…)/.test(box.innerText); })()")
    try:
        _wait_for(page, quiet, timeout / 2, "live data", stable=True)
    except DagsterUIError as exc:
        print(f"warning: {exc}", file=sys.stderr)
    time.sleep(settle)
    return _capture(page)


def _navigate(page: _DevTools, url: str) -> None:
    page.evaluate("window.__stale = true")  # unset in the new document: tells the two apart
    page.call("Page.navigate", url=url)


def _capture(page: _DevTools) -> bytes:
    return base64.b64decode(page.call("Page.captureScreenshot", format="png")["data"])


def _wait_for(page: _DevTools, expression: str, timeout: float, what: str,
              stable: bool = False) -> Any:
    """Poll ``expression`` until truthy (and, if ``stable``, unchanged twice running)."""
    deadline = time.monotonic() + timeout
    previous = None
    while True:
        value = page.evaluate(expression)
        if value and (not stable or value == previous):
            return value
        previous = value
        if time.monotonic() > deadline:
            raise DagsterUIError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="lineage PNG to write")
    parser.add_argument("--asset-out", type=Path, default=DEFAULT_ASSET_OUT,
                        help=f"PNG of the {ASSET_PAGE!r} asset's events tab (metadata)")
    parser.add_argument("--checks-out", type=Path, default=DEFAULT_CHECKS_OUT,
                        help=f"PNG of the {ASSET_PAGE!r} asset's checks tab")
    parser.add_argument("--width", type=int, default=1600, help="page width (height fits)")
    parser.add_argument("--chromium", help="Chromium binary (default: /usr/bin/chromium)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with claimtrail_ui_after_run() as base_url, chromium_page(args.width, args.chromium) as page:
        url = lineage_url(base_url, asset_groups(base_url))
        screenshot(url, args.out, asset_names(base_url), args.width, page=page)
        asset_url = f"{base_url}/assets/{ASSET_PAGE}"
        screenshot_asset(page, f"{asset_url}?view=events", args.asset_out, ASSET_PAGE_TEXTS,
                         args.width)
        screenshot_asset(page, f"{asset_url}?view=checks", args.checks_out,
                         check_names(base_url, ASSET_PAGE), args.width, height=900)
    for out in (args.out, args.asset_out, args.checks_out):
        print(f"wrote {out} ({out.stat().st_size} bytes)")
    print(f"in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
