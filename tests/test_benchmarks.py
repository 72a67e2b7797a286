"""The benchmark corpus generator: deterministic counts, near-duplicates, bad files, formats."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from pipeline.text.decode import UnreadableFile, read_documents
from pipeline.text.dedupe import NEAR_DUPLICATE_THRESHOLD, SHINGLE_WORDS, words
from tests.conftest import SEEDS, load_benchmark, require_bbc


@pytest.fixture(autouse=True)
def _bbc_corpus() -> None:
    require_bbc()


make_corpus = load_benchmark("make_corpus")


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _shingles(text: str) -> set[str]:
    tokens = words(text)
    return {" ".join(tokens[i : i + SHINGLE_WORDS])
            for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))}


def _jaccard(a: str, b: str) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus") / "c"
    make_corpus.build(out, 400, seed=3)
    return out, json.loads((out / make_corpus.MANIFEST).read_text())


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    make_corpus.build(tmp_path / "a", 60, seed=5)
    make_corpus.build(tmp_path / "b", 60, seed=5)
    make_corpus.build(tmp_path / "c", 60, seed=6)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_file_count_and_manifest(corpus):
    out, manifest = corpus
    files = [p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert len(files) == manifest["files"] == 400
    assert sum(manifest["by_format"].values()) == 400
    assert manifest["documents"] >= 400 - len(manifest["bad_files"])
    top = [p.name for p in out.iterdir() if p.is_file()]
    assert top == [make_corpus.MANIFEST], "only the hidden manifest at the top level"


def test_format_mix(corpus):
    _, manifest = corpus
    by_format = manifest["by_format"]
    assert set(by_format) == {"txt", "html", "json", "jsonl"}
    assert by_format["txt"] / 400 > 0.7
    assert all(by_format[f] >= 5 for f in ("html", "json", "jsonl"))


def test_about_five_percent_near_duplicates(corpus):
    out, manifest = corpus
    pairs = manifest["near_duplicates"]
    assert 0.02 <= len(pairs) / 400 <= 0.09
    for copy, original in pairs:
        assert (out / copy).exists() and (out / original).exists()
        assert copy > original, "a near-duplicate republishes an earlier file's story"
        assert (out / copy).read_bytes() != (out / original).read_bytes()


def test_near_duplicates_are_near_and_mixed_stories_are_not():
    book = make_corpus.StoryBook(seed=3)
    rng = make_corpus.random.Random(0)
    n = len(book.sources)
    for d in (0, 5, n + 1, n + 7, 3 * n + 11):
        story = book.story(d)
        copy = make_corpus.near_duplicate(story, rng)
        assert copy.paragraphs != story.paragraphs
        assert _jaccard("\n\n".join(story.paragraphs), "\n\n".join(copy.paragraphs)) >= 0.7
    # Stories past the originals are recombined, not copies: no pair among 150 is a near-dup.
    bodies = ["\n\n".join(book.story(n + k).paragraphs) for k in range(150)]
    shingles = [_shingles(b) for b in bodies]
    near = sum(len(a & b) / len(a | b) >= NEAR_DUPLICATE_THRESHOLD
               for i, a in enumerate(shingles) for b in shingles[i + 1 :])
    assert near == 0
    assert 150 <= sum(len(b.split()) for b in bodies) / len(bodies) <= 600


def test_bad_files_are_rejected_by_ingest_the_way_the_manifest_says(corpus):
    out, manifest = corpus
    expected = {"empty": "empty_file", "binary": "binary_file", "invalid_json": "invalid_json"}
    assert set(manifest["bad_files"].values()) == set(make_corpus.BAD_KINDS)
    for path, kind in manifest["bad_files"].items():
        fmt = {"txt": "text", "json": "json", "jsonl": "jsonl"}[path.rsplit(".", 1)[1]]
        data = (out / path).read_bytes()
        if kind == "jsonl_bad_line":
            _, docs, problems, _ = read_documents(data, fmt)
            assert len(docs) == 2
            assert [p.error for p in problems] == ["invalid_json_line"]
        else:
            with pytest.raises(UnreadableFile) as exc:
                read_documents(data, fmt)
            assert exc.value.error == expected[kind]


def test_good_files_give_the_documents_the_manifest_counts(corpus):
    out, manifest = corpus
    fmt_of = {"txt": "text", "html": "html", "json": "json", "jsonl": "jsonl"}
    total = 0
    for path in sorted(p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")):
        rel = str(path.relative_to(out))
        if rel in manifest["bad_files"] and manifest["bad_files"][rel] != "jsonl_bad_line":
            continue
        _, docs, _, warning = read_documents(path.read_bytes(), fmt_of[path.suffix[1:]])
        assert warning is None
        total += len(docs)
    assert total == manifest["documents"]


def test_txt_files_carry_boilerplate(corpus):
    out, _ = corpus
    texts = [p.read_text() for p in sorted(out.rglob("*.txt"))[:80] if p.stat().st_size > 100]
    joined = "\n".join(texts)
    for marker in ("cookie", "All rights reserved", "Share", "Most read|Most Popular|Trending",
                   r"^Home$|^News$|^Menu$|^Latest$"):
        assert re.search(marker, joined, re.M | re.I), marker


def test_refuses_to_overwrite_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(SystemExit):
        make_corpus.build(tmp_path, 10, seed=1, force=True)
    assert (tmp_path / "keep.txt").exists()


def test_extra_article_is_new_text():
    one, two = make_corpus.extra_article(1, 0), make_corpus.extra_article(1, 1)
    assert one != two and len(one.split()) > 100


def test_generated_near_duplicates_are_found_by_dedupe():
    run_benchmark = load_benchmark("run_benchmark")
    result = run_benchmark.child_dedupe(400, 2)
    assert result["n"] == 400
    assert 5 <= result["near_duplicate_docs"] <= 80


@pytest.mark.slow
def test_a_measured_run_is_the_cli_run_in_a_fresh_process(tmp_path):
    """The process time of a run counts to where `claimtrail run` exits, the step times come
    from the run it recorded, and pandas stays hidden as in the command."""
    run_benchmark = load_benchmark("run_benchmark")
    result = run_benchmark.pipeline_run(SEEDS, tmp_path / "c.duckdb", 1)
    assert result["success"] and result["counts"]["documents"] == 5
    assert {"documents", "claims", "published_database"} <= set(result["steps"])
    assert sum(result["steps"].values()) <= result["graph_s"] < result["process_s"]
    assert result["pandas_imported"] is False
