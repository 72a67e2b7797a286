"""The markdown previews shown in the Dagster UI."""

from __future__ import annotations

import polars as pl

from pipeline.stages.stage_report import markdown_table


def test_preview_shows_lists_nulls_and_escapes_pipes():
    frame = pl.DataFrame({"n": [1, None], "terms": [["talk", "oman"], []], "text": ["a|b", None]})
    lines = markdown_table(frame).splitlines()
    assert lines[0] == "| n | terms | text |"
    assert lines[2] == "| 1 | talk, oman | a/b |"
    assert lines[3] == "|  |  |  |"


def test_preview_of_nothing_says_so():
    assert markdown_table(pl.DataFrame()) == "_no rows_"
