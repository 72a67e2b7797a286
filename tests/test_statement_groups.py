"""Statement groups kept up to date by the claims stage equal those of a full rebuild: a new
claim that bridges two groups merges them, a deleted claim that bridged them splits them, and
random adds, deletes and changes end where one build of the final corpus does."""

from __future__ import annotations

import datetime as dt
import random

import duckdb
import polars as pl
import pytest

from pipeline.stages import statement_groups
from pipeline.stages.claims import run_claims
from pipeline.store.database import insert_frame
from pipeline.store.tables import ensure_schema

TALKS = "Oman hosts indirect talks between Iranian and American envoys"
MEETING = "Iranian envoys will not meet American officials in Geneva next week"
BRIDGE = f"{TALKS}, and {MEETING}"
PER_DOCUMENT = ("documents", "parsed_articles", "clean_articles", "claim_candidates")


def add(con: duckdb.DuckDBPyConnection, doc: str, quotes: list[tuple[str, str]],
        day: int = 1) -> None:
    """One article whose sentences are ``quotes`` (speaker, content), each a claim."""
    sentences = [f'{speaker} said "{content}".' for speaker, content in quotes]
    body = " ".join(sentences)
    starts = [sum(len(s) + 1 for s in sentences[:n]) for n in range(len(sentences))]
    insert_frame(con, "documents", pl.DataFrame({"doc_id": [doc], "source_path": [f"{doc}.txt"],
                                                 "record_index": [0], "raw_text": [body]}))
    insert_frame(con, "parsed_articles", pl.DataFrame({
        "doc_id": [doc], "title": [f"Title {doc}"], "outlet": [f"Outlet {doc}"],
        "published_date": [dt.date(2024, 7, day)]}))
    insert_frame(con, "clean_articles", pl.DataFrame({
        "doc_id": [doc], "body": [body], "word_count": [len(body.split())],
        "text_hash": [f"{hash(body)}"]}))
    insert_frame(con, "claim_candidates", pl.DataFrame([{
        "claim_id": f"{doc}-{n}", "doc_id": doc, "speaker": speaker, "speaker_is_named": True,
        "speaker_label": "PERSON", "cue": "say", "content": content, "quote_type": "direct",
        "polarity": "positive", "start_char": start + len(speaker) + 7,
        "end_char": start + len(speaker) + 7 + len(content), "sentence_start": start,
        "sentence_end": start + len(sentence)}
        for n, ((speaker, content), start, sentence)
        in enumerate(zip(quotes, starts, sentences, strict=True))]))


def remove(con: duckdb.DuckDBPyConnection, doc: str) -> None:
    for table in PER_DOCUMENT:
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc])


def warehouse(articles: dict[str, list[tuple[str, str]]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    ensure_schema(con)
    for day, (doc, quotes) in enumerate(sorted(articles.items()), start=1):
        add(con, doc, quotes, day % 28 + 1)
    return con


def grouping(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    run_claims(con, [])
    return {"claims": con.execute("SELECT claim_id, statement_group_id FROM claims "
                                  "ORDER BY ALL").fetchall(),
            "groups": con.execute("SELECT * FROM statement_groups ORDER BY ALL").fetchall(),
            "texts": con.execute("SELECT * FROM statement_texts ORDER BY ALL").fetchall()}


def rebuilt(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """The grouping of a fresh build of the documents ``con`` holds now."""
    fresh = duckdb.connect()
    ensure_schema(fresh)
    for table in PER_DOCUMENT:
        insert_frame(fresh, table, con.execute(f"SELECT * FROM {table}").pl())
    return grouping(fresh)


def group_count(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM statement_groups").fetchone()[0]


def test_a_new_claim_that_bridges_two_groups_merges_them() -> None:
    con = warehouse({"d1": [("Ali Kani", TALKS)], "d2": [("Ali Kani", MEETING)],
                     "d3": [("Ali Kani", "The sanctions will stay in place")]})
    grouping(con)
    assert group_count(con) == 3
    add(con, "d4", [("Ali Kani", BRIDGE)], day=20)
    incremental = grouping(con)
    assert group_count(con) == 2
    (count,) = con.execute("SELECT claim_count FROM statement_groups "
                           "WHERE claim_count > 1").fetchone()
    assert count == 3
    assert incremental == rebuilt(con)


def test_deleting_the_claim_that_bridged_two_statements_splits_their_group() -> None:
    con = warehouse({"d1": [("Ali Kani", TALKS)], "d2": [("Ali Kani", MEETING)],
                     "d3": [("Ali Kani", BRIDGE), ("Ali Kani", "Talks will go on")]})
    grouping(con)
    assert group_count(con) == 2
    remove(con, "d3")
    incremental = grouping(con)
    assert group_count(con) == 2
    assert con.execute("SELECT max(claim_count) FROM statement_groups").fetchone() == (1,)
    assert incremental == rebuilt(con)


WORDS = ("talks oman envoys iran sanctions oil exports nuclear deal agreement minister embassy "
         "enrichment uranium inspectors visit vienna geneva the we will not be is with").split()


def quote(rng: random.Random, earlier: list[str]) -> str:
    if earlier and rng.random() < 0.5:  # a trimmed, extended or reworded copy
        words = rng.choice(earlier).split()
        words = words[rng.randint(0, 2):] + rng.sample(WORDS, rng.randint(0, 2))
        if rng.random() < 0.4:
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        return " ".join(words)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))


@pytest.mark.parametrize("merge_limit", [5_000, 1])
@pytest.mark.parametrize("seed", [1, 2])
def test_random_updates_equal_a_rebuild(seed: int, merge_limit: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statement_groups, "MERGE_LIMIT", merge_limit)
    rng = random.Random(seed)
    earlier: list[str] = []
    speakers = ["Ali Kani", "Ali Vaezi", "Sam Araghchi"]

    def quotes() -> list[tuple[str, str]]:
        found = [(rng.choice(speakers), quote(rng, earlier)) for _ in range(rng.randint(1, 3))]
        earlier.extend(content for _, content in found)
        return found

    con = warehouse({f"d{n:02d}": quotes() for n in range(12)})
    docs = [f"d{n:02d}" for n in range(12)]
    grouping(con)
    for step in range(6):
        for _ in range(rng.randint(1, 3)):
            action = rng.random()
            if action < 0.4 and docs:
                doc = docs.pop(rng.randrange(len(docs)))
                remove(con, doc)
                if action < 0.2:  # changed: the same file with other quotes
                    add(con, doc, quotes(), rng.randint(1, 28))
                    docs.append(doc)
            else:
                doc = f"n{step}{rng.randint(0, 10**6)}"
                add(con, doc, quotes(), rng.randint(1, 28))
                docs.append(doc)
        assert grouping(con) == rebuilt(con), step
