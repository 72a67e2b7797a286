"""Unit tests for finding, decoding and splitting input files."""

from __future__ import annotations

import codecs
import datetime as dt
import json

import pytest

from pipeline.text.dates import filename_date
from pipeline.text.decode import (
    InputFolderError,
    UnreadableFile,
    decode,
    read_documents,
    scan_folder,
)


def test_decode_plain_utf8():
    decoded = decode("Iran’s “talks” — Tehran".encode())
    assert decoded.text == "Iran’s “talks” — Tehran"
    assert decoded.encoding == "utf-8"
    assert decoded.warning is None


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "café".encode(), "utf-8-sig"),
        ("café".encode("utf-16"), "utf-16"),
        ("a plain English article".encode("utf-16-le"), "utf-16-le"),
        ("a plain English article".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decode_boms_and_utf16(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") in ("café", "a plain English article")


def test_cp1252_fallback_is_flagged():
    decoded = decode("Le président a dit “non”".encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Le président a dit “non”"
    assert "not valid UTF-8" in decoded.warning


def test_mostly_utf8_with_a_bad_byte_is_repaired_not_misread():
    decoded = decode("naïve café ".encode() + b"\xff" + b" end")
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("naïve café")
    assert "invalid UTF-8" in decoded.warning


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"abc\x00\x01\x02\x00def" * 10, "NUL bytes"),
    ],
)
def test_binary_files_are_refused_with_a_reason(data, needle):
    with pytest.raises(UnreadableFile) as err:
        decode(data)
    assert err.value.error == "binary_file"
    assert needle in err.value.detail


def test_empty_file_is_refused():
    with pytest.raises(UnreadableFile, match="empty"):
        decode(b"  \n\n ")


def test_text_document_id_is_the_content_hash():
    enc, docs, problems, warning = read_documents(b"Title\n\nBody text here.", "text")
    again = read_documents(b"Title\n\nBody text here.", "text")[1]
    assert docs[0].doc_id == again[0].doc_id
    assert len(docs[0].doc_id) == 16
    assert (enc, problems, warning) == ("utf-8", [], None)


def test_json_object_list_and_wrapped_list():
    record = {"headline": "Talks resume", "publishedAt": "2024-07-11T09:00:00Z",
              "content": "Officials said talks resumed.", "source": {"name": "Wire"}}
    _, single, _, _ = read_documents(json.dumps(record).encode(), "json")
    _, listed, _, _ = read_documents(json.dumps([record, record | {"content": "x"}]).encode(),
                                     "json")
    _, wrapped, _, _ = read_documents(json.dumps({"articles": [record]}).encode(), "json")
    assert single[0].hint_title == "Talks resume"
    assert single[0].hint_outlet == "Wire"
    assert single[0].hint_date == "2024-07-11T09:00:00Z"
    assert single[0].text == "Officials said talks resumed."
    assert len(listed) == 2 and listed[0].doc_id != listed[1].doc_id
    assert wrapped[0].doc_id == single[0].doc_id


def test_invalid_json_names_the_position():
    with pytest.raises(UnreadableFile) as err:
        read_documents(b'{"title": "x", "text": }', "json")
    assert err.value.error == "invalid_json"
    assert "line 1 column" in err.value.detail


def test_jsonl_keeps_good_lines_and_reports_the_bad_one():
    data = b'{"title": "A", "text": "First."}\n{oops\n\n{"title": "B", "body": "Second."}\n'
    _, docs, problems, _ = read_documents(data, "jsonl")
    assert [d.hint_title for d in docs] == ["A", "B"]
    assert len(problems) == 1
    assert problems[0].error == "invalid_json_line"
    assert "line 2" in problems[0].detail


def test_record_without_text_is_refused():
    with pytest.raises(UnreadableFile) as err:
        read_documents(b'[{"title": "only a title"}]', "json")
    assert err.value.error == "no_text_field"


def test_scan_folder_recurses_skips_hidden_and_rejects_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "two.HTML").write_text("<p>x</p>")
    (tmp_path / ".hidden.txt").write_text("x")
    entries = scan_folder(tmp_path)
    assert [e.path.rsplit("/", 1)[1] for e in entries] == ["one.txt", "two.HTML"]
    assert [e.format for e in entries] == ["text", "html"]
    with pytest.raises(InputFolderError, match="does not exist"):
        scan_folder(tmp_path / "missing")
    with pytest.raises(InputFolderError, match="not a folder"):
        scan_folder(tmp_path / "two.HTML")


def test_ingest_in_small_batches_gives_the_same_tables(tmp_path, monkeypatch):
    import shutil

    import duckdb

    from pipeline.stages import ingest as ingest_stage
    from pipeline.store.tables import ensure_schema
    from tests.conftest import SEEDS, write_bad_files

    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    write_bad_files(folder / "bad")
    shutil.copy(SEEDS / sorted(p.name for p in SEEDS.iterdir())[0], folder / "same-bytes.txt")

    def ingest(batch: int) -> tuple[list, list, dict]:
        monkeypatch.setattr(ingest_stage, "INGEST_BATCH", batch)
        con = duckdb.connect()
        ensure_schema(con)
        report = ingest_stage.ingest_folder(con, folder, 10 * 2**20)
        docs = con.execute("SELECT doc_id, source_path FROM documents ORDER BY ALL").fetchall()
        bad = con.execute("SELECT source_path, error FROM quarantine ORDER BY ALL").fetchall()
        return docs, bad, report.counts

    assert ingest(2) == ingest(1000)


def test_a_moved_file_keeps_its_document_under_the_new_path(tmp_path):
    import shutil

    import duckdb

    from pipeline.stages import ingest as ingest_stage
    from pipeline.store.tables import ensure_schema
    from tests.conftest import SEEDS

    folder = tmp_path / "in"
    folder.mkdir()
    first = sorted(SEEDS.iterdir())[0]
    shutil.copy(first, folder / first.name)
    con = duckdb.connect()
    ensure_schema(con)
    ingest_stage.ingest_folder(con, folder, 10 * 2**20)
    (doc_id,) = con.execute("SELECT doc_id FROM documents").fetchone()
    (folder / first.name).rename(folder / "moved.txt")
    report = ingest_stage.ingest_folder(con, folder, 10 * 2**20)
    assert con.execute("SELECT doc_id, source_path FROM documents").fetchall() == [
        (doc_id, str(folder / "moved.txt"))]
    assert (report.counts["documents_added"], report.counts["documents_removed"]) == (0, 0)


# --------------------------------------------------------------------------- file-name dates


@pytest.mark.parametrize(("name", "date"), [
    ("foxnews_2016-10-12_obama-putin.txt", dt.date(2016, 10, 12)),
    ("cnn_2016_10_12_debate.txt", dt.date(2016, 10, 12)),
    ("20161012-story.html", dt.date(2016, 10, 12)),
    ("news/2019/story_20190714.json", dt.date(2019, 7, 14)),
    ("x.2016-02-29.txt", dt.date(2016, 2, 29)),
])
def test_a_whole_token_date_in_a_file_name_is_read(name, date) -> None:
    assert filename_date(name, today=dt.date(2026, 12, 1)) == date


@pytest.mark.parametrize("name", [
    "archive_12345678_pension.txt",  # an id
    "story_20161399.txt",  # no month 13
    "review_2004-2005_budget.txt",  # a year range
    "item_120161012_x.txt",  # a longer number containing a date
    "item_2016101234.txt",
    "x_2016-10-12345.txt",
    "old_1975-05-01.txt",  # before 1990: an id more likely than a news date
    "future_2031-01-01.txt",  # after next year
    "2015-02-29.txt",  # no such day
    "2016/10/12/story.txt",  # folders are not read
])
def test_numbers_that_are_not_dates_are_not_taken_from_file_names(name) -> None:
    assert filename_date(name, today=dt.date(2026, 12, 1)) is None


def test_parse_document_dates_an_undated_text_by_its_file_name() -> None:
    from pipeline.stages.parse import parse_document

    text = "Mayor defends water plan\n\nThe mayor on Friday defended a plan to raise rates.\n"
    parsed = parse_document("text", text, source_path="in/daily_2016-09-03_water.txt")
    assert (parsed.published_date, parsed.date_source) == (dt.date(2016, 9, 3), "filename")


def test_the_parse_stage_stores_the_wire_and_the_file_name_date(tmp_path) -> None:
    import duckdb

    from pipeline.stages.ingest import ingest_folder
    from pipeline.stages.parse import run_parse
    from pipeline.store.tables import ensure_schema

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ledger_2016-10-12_senate-vote.txt").write_text(
        "Senate rejects spending bill.\n\nWASHINGTON (AP) — The Senate on Wednesday rejected a "
        "stopgap spending bill, raising the prospect of a shutdown.\n", encoding="utf-8")
    con = duckdb.connect()
    ensure_schema(con)
    ingest_folder(con, folder, 10 * 2**20)
    run_parse(con)
    assert con.execute(
        "SELECT title, outlet, wire, published_date, date_source FROM parsed_articles"
    ).fetchall() == [("Senate rejects spending bill", "AP", "AP", dt.date(2016, 10, 12),
                      "filename")]
