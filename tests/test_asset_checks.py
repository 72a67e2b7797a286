"""Asset-check results, not only run success: a clean run passes every check, and a row that
breaks its table's model fails that table's schema check and lands in `quarantine`."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline.stages import parse as parse_stage
from tests.conftest import SEEDS, materialize_folder, query

pytestmark = pytest.mark.slow  # spaCy over the seeds, twice


def evaluations(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetCheckEvaluation]:
    """``asset:check`` -> its evaluation in this run."""
    return {f"{e.asset_key.to_user_string()}:{e.check_name}": e
            for e in result.get_asset_check_evaluations()}


def test_every_check_passes_on_the_seeds(tmp_path: Path) -> None:
    result = materialize_folder(SEEDS, tmp_path / "claimtrail.duckdb")
    assert result.success
    checks = evaluations(result)
    assert "parsed_articles:parsed_articles_schema" in checks
    assert "claims:claim_integrity" in checks
    assert len(checks) >= 15
    failed = {name: e.metadata for name, e in checks.items() if not e.passed}
    assert failed == {}


def test_a_bad_row_fails_its_schema_check_and_is_quarantined_with_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder)
    bad = folder / "zz_bad_title.txt"
    bad.write_text("Minister quits\n\nThe minister resigned on Monday, his office said.\n")
    real_parse = parse_stage.parse_document

    def parse_with_an_overlong_title(fmt: str, raw_text: str, *args, **kwargs):
        parsed = real_parse(fmt, raw_text, *args, **kwargs)
        if raw_text.startswith("Minister quits"):  # the model allows at most 500 characters
            return dataclasses.replace(parsed, title="x" * 600)
        return parsed

    monkeypatch.setattr(parse_stage, "parse_document", parse_with_an_overlong_title)
    database = tmp_path / "claimtrail.duckdb"
    result = materialize_folder(folder, database)
    assert result.success  # a failed schema check does not stop the run ...
    check = evaluations(result)["parsed_articles:parsed_articles_schema"]
    assert not check.passed  # ... but shows as a failed ERROR check in the UI
    assert check.severity == dg.AssetCheckSeverity.ERROR
    assert check.metadata["rows_failed"].value == 1
    rows = query(database, "SELECT source_path, stage, severity, error, detail FROM quarantine "
                           "WHERE error = 'schema_violation'")
    assert rows == [(str(bad.resolve()), "parse", "error", "schema_violation",
                     "title failed str_length(1, 500)")]
    assert query(database, "SELECT count(*) FROM parsed_articles p JOIN documents d "
                           f"USING (doc_id) WHERE d.source_path = '{bad.resolve()}'") == [(0,)]
