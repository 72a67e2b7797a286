"""Seen as a user: `dagster dev -w workspace.yaml` serves every asset, group, description and
lineage edge of `pipeline.definitions.defs`; after `claimtrail run`, `claimtrail ui` renders the
lineage page and an asset's page (headless Chromium, scripts/screenshot_lineage.py).

Expected assets and edges come from `defs` itself, so the test follows the graph as it grows.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "screenshot_lineage.py"

pytestmark = pytest.mark.slow

ASSET_GRAPH_QUERY = """
{ assetNodes { assetKey { path } dependencyKeys { path } groupName description } }
"""


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshot_lineage", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ui = _load_script()


def expected_graph() -> tuple[dict[tuple[str, ...], tuple[str | None, str]],
                              set[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """(asset key -> (group, description), {(dep key, asset key)}) from `defs`."""
    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    assets, edges = {}, set()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assets[tuple(key.path)] = (node.group_name, node.description or "")
        edges |= {(tuple(dep.path), tuple(key.path)) for dep in node.parent_keys}
    return assets, edges


def png_summary(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct scanlines) of an 8-bit PNG; few distinct rows = blank page."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert depth == 8, f"unexpected bit depth {depth}"
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color]
    raw = zlib.decompress(idat)
    stride = 1 + width * channels
    rows = {raw[i:i + stride] for i in range(0, len(raw), stride)}
    return width, height, len(rows)


def test_webserver_serves_every_asset_group_description_and_edge() -> None:
    assets, edges = expected_graph()
    assert assets, "defs has no assets"
    with ui.dagster_dev() as base_url:
        nodes = ui.graphql(base_url, ASSET_GRAPH_QUERY)["assetNodes"]
        lineage_page = ui.http_get(f"{base_url}{ui.LINEAGE_PATH}", timeout=30)
    with pytest.raises(OSError):  # stopped: nothing answers on the port any more
        ui.http_get(f"{base_url}/server_info", timeout=5)
    served = {tuple(n["assetKey"]["path"]): (n["groupName"], n["description"] or "")
              for n in nodes}
    served_edges = {(tuple(d["path"]), tuple(n["assetKey"]["path"]))
                    for n in nodes for d in n["dependencyKeys"]}

    assert sorted(set(assets) - set(served)) == [], "assets of defs missing from the UI"
    assert sorted(set(served) - set(assets)) == [], "assets in the UI that defs does not have"
    for key, (group, description) in assets.items():
        assert served[key][0] == group, f"{'/'.join(key)}: group"
        assert served[key][1] == description, f"{'/'.join(key)}: description"
    assert sorted(edges - served_edges) == [], "lineage edges of defs missing from the UI"
    assert sorted(served_edges - edges) == [], "lineage edges in the UI that defs does not have"
    assert b"<html" in lineage_page.lower(), "the lineage page is not served"


NO_CHROMIUM = ui.find_chromium() is None and not os.environ.get("CLAIMTRAIL_REQUIRE_CHROMIUM")


@pytest.mark.skipif(NO_CHROMIUM, reason="Chromium is not installed (apt-get install -y chromium)")
def test_screenshot_script_renders_the_lineage_graph_and_an_asset_page(tmp_path: Path) -> None:
    out, asset_out = tmp_path / "asset-lineage.png", tmp_path / "asset-claims.png"
    checks_out = tmp_path / "asset-claims-checks.png"
    run = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), "--asset-out",
                          str(asset_out), "--checks-out", str(checks_out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=400, check=False)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr[-4000:]}"
    for png, min_height in ((out, 600), (asset_out, 1000), (checks_out, 800)):
        assert png.stat().st_size > 20_000, f"suspiciously small PNG {png.name}"
        width, height, distinct_rows = png_summary(png)
        assert width == 1600
        assert height >= min_height
        assert distinct_rows > 100, f"{png.name}: {distinct_rows} distinct pixel rows: blank?"
