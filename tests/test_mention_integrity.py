"""`mention_integrity` checks what the entities stage just linked, and still fails: a mention
whose offsets miss its text, a mention without an article, a key to a deleted entity."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.defs.assets.nlp import mention_integrity
from pipeline.stages.entities import run_entities
from tests.test_entity_partitions import Corpus, article_of

BODY = "Ann Smith met Bob Jones."


def add_article(corpus: Corpus, doc: str, names: list[tuple]) -> None:
    corpus.con.execute("INSERT INTO documents (doc_id, source_path) VALUES (?, ?)",
                       [doc, f"{doc}.txt"])
    corpus.con.execute("INSERT INTO parsed_articles (doc_id) VALUES (?)", [doc])
    corpus.con.execute("INSERT INTO clean_articles (doc_id, body) VALUES (?, ?)", [doc, BODY])
    corpus.put(doc, article_of(doc, names))


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    result = mention_integrity(con)
    return {"passed": result.passed, **{k: v.value for k, v in result.metadata.items()}}


@pytest.fixture
def corpus() -> Corpus:
    corpus = Corpus()
    add_article(corpus, "a", [("Ann Smith", "PERSON", "Ann Smith", None)])
    run_entities(corpus.con)
    return corpus


def test_a_clean_run_passes_and_checks_only_what_it_linked(corpus: Corpus) -> None:
    assert counts(corpus.con)["passed"]
    add_article(corpus, "b", [("Ann Smith", "PERSON", "Ann Smith", None)])
    run_entities(corpus.con)
    assert counts(corpus.con) == {"passed": True, "orphan_mentions": 0, "offsets_off_body": 0,
                                  "unlinked_mentions": 0, "checked_documents": 1}
    run_entities(corpus.con)
    assert counts(corpus.con)["checked_documents"] == 0, "nothing changed, nothing re-read"


def test_offsets_that_miss_their_text_fail(corpus: Corpus) -> None:
    add_article(corpus, "b", [("Bob Jones", "PERSON", "Bob Jones", None)])  # at 0: "Ann Smith"
    run_entities(corpus.con)
    found = counts(corpus.con)
    assert not found["passed"] and found["offsets_off_body"] == 1


def test_a_mention_without_article_or_entity_fails(corpus: Corpus) -> None:
    corpus.con.execute("DELETE FROM clean_articles WHERE doc_id = 'a'")
    corpus.con.execute("DELETE FROM entities")
    run_entities(corpus.con)  # nothing new: the whole-table counts still see both
    found = counts(corpus.con)
    assert not found["passed"]
    assert found["orphan_mentions"] == 1 and found["unlinked_mentions"] >= 1
