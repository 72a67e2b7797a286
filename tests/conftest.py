"""Shared fixtures: build input folders and materialize the asset graph into a temporary DuckDB."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import dagster as dg
import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BENCHMARKS = ROOT / "benchmarks"
BBC = ROOT.parent / "shared" / "corpora" / "bbc-2095" / "news"
HELD_OUT = "politics"  # reserved for held-out measures: no test reads it


def bbc_articles(folder: Path = BBC) -> list[Path]:
    """The BBC corpus's articles outside the held-out folder, in a stable order."""
    return sorted(p for p in folder.glob("*/*.txt") if p.parent.name != HELD_OUT)


def load_benchmark(name: str) -> ModuleType:
    """A script under benchmarks/ imported as a module (they are scripts, not a package)."""
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def require_bbc() -> Path:
    """The shared BBC corpus. Missing, it skips the test on a laptop but fails it in CI
    (`.ci/run` sets CLAIMTRAIL_REQUIRE_CORPORA=1), so a test can never pass by not running."""
    if BBC.is_dir():
        return BBC
    if os.environ.get("CLAIMTRAIL_REQUIRE_CORPORA"):
        pytest.fail(f"the shared BBC corpus is missing: {BBC}")
    pytest.skip(f"the shared BBC corpus is not available: {BBC}")


@pytest.fixture(scope="session")
def nlp():
    """The English model, loaded once (load_nlp caches it too; this names it for tests)."""
    from pipeline.nlp.model import load_nlp

    return load_nlp()


def materialize_folder(input_dir: Path, database: Path) -> dg.ExecuteInProcessResult:
    """Run every asset over ``input_dir`` into ``database`` (as `claimtrail run` does)."""
    from pipeline.definitions import ALL_ASSETS
    from pipeline.defs.resources import default_resources

    return dg.materialize(
        ALL_ASSETS,
        instance=dg.DagsterInstance.ephemeral(),
        resources=default_resources(database=str(database), input_dir=str(input_dir)),
    )


PARKING_BAN = """topics:
  - id: parking-ban
    description: A ban on street parking in the town centre.
    proposition: Street parking should be banned in the town centre.
    about: [ban, "parking ban"]
    context:
      - [parking, town centre, traders]
"""


def parking_ban_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       articles: dict[str, str]) -> tuple[Path, Path]:
    """(news folder holding ``articles`` by file name, database path), watching the parking-ban
    topic written for the end-to-end stance tests."""
    topics = tmp_path / "topics.yaml"
    topics.write_text(PARKING_BAN)
    monkeypatch.setenv("CLAIMTRAIL_TOPICS", str(topics))
    news = tmp_path / "news"
    news.mkdir()
    for name, text in articles.items():
        (news / name).write_text(text)
    return news, tmp_path / "claimtrail.duckdb"


def query(database: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchall()


def write_bad_files(folder: Path) -> dict[str, str]:
    """One file per kind of bad input; returns file name -> expected quarantine error."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "latin1.txt").write_bytes(
        "Minister says talks are over\n\nThe minister said the talks were "
        "over and that the caf\xe9 meeting had failed.".encode("latin-1"))
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50 * 2**20)
    (folder / "broken.json").write_text('{"title": "Broken", "text": "unterminated')
    (folder / "feed.jsonl").write_text(
        json.dumps({"title": "Good one", "date": "2024-03-02",
                    "text": "The mayor said on Friday that the bridge would reopen."}) + "\n"
        + "{not json\n"
        + json.dumps({"title": "Good two", "body": "A spokesman said the plan was sound."})
        + "\n")
    (folder / "untitled.txt").write_text(
        "The finance minister said on Tuesday that the budget would be balanced within two "
        "years, despite warnings from economists that growth was slowing across the region "
        "and that tax receipts had fallen short of forecasts for a third straight quarter.\n")
    return {"empty.txt": "empty_file", "picture.txt": "binary_file",
            "latin1.txt": "encoding_fallback", "huge.txt": "file_too_large",
            "broken.json": "invalid_json", "feed.jsonl": "invalid_json_line",
            "untitled.txt": "no_title"}
