"""The entities stage's partitioned, incremental merge gives exactly the entities and keys of
one merge of the whole corpus (`build_entities`), run after run of added, changed and deleted
documents: ambiguous surnames, surnames losing their only full name, flipped majority types,
text keys shared across partitions (acronyms, aliases) and first-mention ties."""

from __future__ import annotations

import random
from collections.abc import Iterator

import duckdb
import polars as pl
import pytest

from pipeline.nlp.entity_merge import (
    MENTION_COLUMNS,
    _surname_targets,
    build_entities,
    entity_partition,
    merge_entities,
)
from pipeline.stages.entities import CHECKED_DOCS, run_entities
from pipeline.store.tables import create_statements

# (text, label, canonical, role): the name pool articles draw their mentions from.
NAMES = [
    ("Ann Smith", "PERSON", "Ann Smith", None), ("Smith", "PERSON", "Smith", None),
    ("Smith", "ORG", "Smith", None), ("Mr Smith", "PERSON", "Ann Smith", "minister"),
    ("Bob Smith", "PERSON", "Bob Smith", None), ("Jones", "PERSON", "Jones", None),
    ("Cy Jones", "PERSON", "Cy Jones", "owner"), ("Jones", "NORP", "Jones", None),
    ("Cy Jones", "ORG", "Cy Jones", None), ("Brown", "ORG", "Brown", None),
    ("Brown", "PERSON", "Brown", "chancellor"), ("Gordon Brown", "PERSON", "Gordon Brown", None),
    ("NFU", "ORG", "National Farmers Union", None), ("NFU", "ORG", "NFU", None),
    ("National Farmers Union", "ORG", "National Farmers Union", None),
    ("U.S.", "GPE", "United States", None), ("US", "GPE", "US", None),
    ("Washington", "GPE", "United States", None), ("Washington", "PERSON", "Washington", None),
    ("Denzel Washington", "PERSON", "Denzel Washington", None),
    ("the States", "GPE", "United States", None), ("Union", "ORG", "Union", None),
    ("Smith's", "PERSON", "Ann Smith", None), ("Farmers Union", "ORG", "Farmers Union", None),
]


def article(doc: str, rng: random.Random, pool: list[tuple], tag: str = "") -> list[dict]:
    start, rows = 0, []
    for i in range(rng.randint(1, 6)):
        text, label, canonical, role = rng.choice(pool)
        rows.append({"doc_id": doc, "mention_id": f"{doc}{tag}-{i}", "text": text,
                     "label": label, "start_char": start, "end_char": start + len(text),
                     "canonical": canonical, "role": role})
        start += len(text) + rng.randint(0, 2)  # a few share a start: mention_id breaks ties
    return rows


class Corpus:
    """doc_mentions and nlp `processed` rows of a warehouse, written as the nlp stage does."""

    def __init__(self) -> None:
        self.con = duckdb.connect()
        for statement in create_statements():
            self.con.execute(statement)
        self.docs: dict[str, list[dict]] = {}
        self.clock = 0

    def put(self, doc: str, rows: list[dict]) -> None:
        self.drop(doc)
        self.docs[doc] = rows
        self.clock += 1
        if rows:
            self.con.register("_rows", pl.DataFrame(rows))
            self.con.execute("INSERT INTO doc_mentions BY NAME SELECT * FROM _rows")
            self.con.unregister("_rows")
        self.con.execute("INSERT INTO processed VALUES (?, 'nlp', 1, "
                         "TIMESTAMP '2026-01-01' + to_seconds(?))", [doc, self.clock])

    def drop(self, doc: str) -> None:
        self.docs.pop(doc, None)
        for table in ("doc_mentions", "processed"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc])

    def mentions(self) -> pl.DataFrame:
        rows = [r for doc in sorted(self.docs) for r in sorted(
            self.docs[doc], key=lambda r: (r["start_char"], r["mention_id"]))]
        return pl.DataFrame(rows, schema={c: pl.String for c in MENTION_COLUMNS}
                            | {"start_char": pl.Int64, "end_char": pl.Int64}).select(
            MENTION_COLUMNS)


def tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("entities", "entity_keys")}


def reference(corpus: Corpus) -> dict[str, list[tuple]]:
    """One merge of every mention (the entities stage before it was incremental)."""
    con = duckdb.connect()
    for name, frame in zip(("entities", "entity_keys"), build_entities(corpus.mentions()),
                           strict=True):
        con.register(name, frame)
    return tables(con)


def runs(seed: int) -> Iterator[Corpus]:
    """A corpus edited at random between runs (yielded after each edit)."""
    rng = random.Random(seed)
    corpus = Corpus()
    for n in range(12):
        corpus.put(f"d{n:03}", article(f"d{n:03}", rng, NAMES))
    yield corpus
    for step in range(8):
        docs = sorted(corpus.docs)
        for doc in rng.sample(docs, min(len(docs), rng.randint(0, 2))):
            corpus.drop(doc)
        for doc in rng.sample(sorted(corpus.docs), min(len(corpus.docs), rng.randint(0, 2))):
            corpus.put(doc, article(doc, rng, NAMES, tag=f"x{step}"))
        for i in range(rng.randint(0, 3)):
            doc = f"n{step}{i}"
            corpus.put(doc, article(doc, rng, NAMES))
        yield corpus


@pytest.mark.parametrize("seed", range(5))
def test_incremental_runs_equal_one_merge_of_the_corpus(seed: int) -> None:
    for corpus in runs(seed):
        run_entities(corpus.con)
        assert tables(corpus.con) == reference(corpus)
    assert not run_entities(corpus.con).rebuilt, "nothing changed: nothing redone"


def test_surname_ambiguity_orphaning_and_type_flips_follow_the_corpus() -> None:
    corpus = Corpus()
    person = ("Smith", "PERSON", "Smith", None)
    corpus.put("a", article_of("a", [("Ann Smith", "PERSON", "Ann Smith", None), person]))
    corpus.put("b", article_of("b", [person, person]))
    corpus.put("c", article_of("c", [("Cy Jones", "ORG", "Cy Jones", None)] * 2))
    run_entities(corpus.con)
    assert entity_names(corpus.con) == {"Ann Smith", "Cy Jones"}, "the surname joined"
    corpus.put("d", article_of("d", [("Bob Smith", "PERSON", "Bob Smith", None)]))
    run_entities(corpus.con)
    assert entity_names(corpus.con) == {"Ann Smith", "Bob Smith", "Smith", "Cy Jones"}
    assert tables(corpus.con) == reference(corpus), "ambiguous: the surname stands alone"
    corpus.drop("a")
    corpus.drop("d")
    run_entities(corpus.con)
    assert entity_names(corpus.con) == {"Smith", "Cy Jones"}, "its full names deleted"
    assert tables(corpus.con) == reference(corpus)
    corpus.put("c", article_of("c", [("Cy Jones", "PERSON", "Cy Jones", None)] * 3))
    run_entities(corpus.con)
    assert corpus.con.execute("SELECT type FROM entities WHERE name = 'Cy Jones'").fetchall() == [
        ("PERSON",)], "the majority type flipped"
    assert tables(corpus.con) == reference(corpus)


def test_only_changed_and_relinked_documents_are_left_to_check() -> None:
    corpus = Corpus()
    corpus.put("a", article_of("a", [("Ann Smith", "PERSON", "Ann Smith", None)]))
    corpus.put("b", article_of("b", [("Smith", "PERSON", "Smith", None)]))
    corpus.put("c", article_of("c", [("Union", "ORG", "Union", None)]))
    run_entities(corpus.con)
    corpus.put("d", article_of("d", [("Bob Smith", "PERSON", "Bob Smith", None)]))
    run_entities(corpus.con)
    checked = corpus.con.execute(f"SELECT doc_id FROM {CHECKED_DOCS} ORDER BY 1").fetchall()
    assert checked == [("b",), ("d",)], "the new article, and the surname it made ambiguous"


def test_only_keys_that_map_elsewhere_are_listed_for_the_claims_stage() -> None:
    """The claims stage re-links the speakers whose key is in `entity_key_changes`: a new
    article that re-merges a partition lists the keys that moved, not every key rewritten."""
    corpus = Corpus()
    corpus.put("a", article_of("a", [("Ann Smith", "PERSON", "Ann Smith", None),
                                     ("Union", "ORG", "Union", None)]))
    corpus.put("b", article_of("b", [("Smith", "PERSON", "Smith", None)]))
    run_entities(corpus.con)
    corpus.con.execute("DELETE FROM entity_key_changes")  # as the claims stage does
    corpus.put("c", article_of("c", [("Ann Smith", "PERSON", "Ann Smith", None)]))
    run_entities(corpus.con)
    changed = {k for (k,) in corpus.con.execute("SELECT key FROM entity_key_changes").fetchall()}
    assert changed == {"c-0"}, "only the new mention: Ann Smith's and Smith's keys stay put"
    corpus.con.execute("DELETE FROM entity_key_changes")
    corpus.put("d", article_of("d", [("Bob Smith", "PERSON", "Bob Smith", None)]))
    run_entities(corpus.con)
    changed = {k for (k,) in corpus.con.execute("SELECT key FROM entity_key_changes").fetchall()}
    assert "smith" in changed, "a second Smith: the lone surname no longer means Ann Smith"
    assert "ann smith" not in changed


def article_of(doc: str, names: list[tuple]) -> list[dict]:
    rows, start = [], 0
    for i, (text, label, canonical, role) in enumerate(names):
        rows.append({"doc_id": doc, "mention_id": f"{doc}-{i}", "text": text, "label": label,
                     "start_char": start, "end_char": start + len(text),
                     "canonical": canonical, "role": role})
        start += len(text) + 1
    return rows


def entity_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {name for (name,) in con.execute("SELECT name FROM entities").fetchall()}


def test_partitions_hold_every_merge() -> None:
    keys = {"ann smith", "smith", "bob smith", "jones", "cy jones", "union", ""}
    for surname, target in _surname_targets(keys).items():
        assert entity_partition(surname) == entity_partition(target)
    assert entity_partition("national farmers union") == "union"
    assert entity_partition("") == ""


def test_merging_partitions_apart_equals_merging_them_together() -> None:
    rng = random.Random(3)
    names = pl.DataFrame([(*rng.choice(NAMES), rng.randint(1, 3)) for _ in range(60)],
                         schema=["text", "label", "canonical", "role", "mentions"],
                         orient="row").unique(["text", "label", "canonical", "role"],
                                              keep="first", maintain_order=True)
    names = names.with_row_index("first").with_columns(pl.col("first").cast(pl.Int64) * 7)
    whole, _, _ = merge_entities(names)
    from pipeline.nlp.aliases import entity_key

    parts = names.with_columns(part=pl.Series([
        entity_partition(entity_key(c, lab)) for c, lab in names.select("canonical", "label")
        .rows()]))
    pieces = [merge_entities(group.drop("part"))[0]
              for _, group in parts.group_by("part", maintain_order=True)]
    assert pl.concat(pieces).sort("entity_id").equals(whole.sort("entity_id"))


def test_mentions_edited_without_a_new_nlp_run_are_merged_again() -> None:
    corpus = Corpus()
    corpus.put("a", article_of("a", [("Ann Smith", "PERSON", "Ann Smith", None)]))
    corpus.put("b", article_of("b", [("Smith", "PERSON", "Smith", None)]))
    run_entities(corpus.con)
    corpus.con.execute("DELETE FROM doc_mentions WHERE doc_id = 'a'")  # processed stays
    corpus.docs["a"] = []
    assert run_entities(corpus.con).rebuilt
    assert tables(corpus.con) == reference(corpus)
    assert entity_names(corpus.con) == {"Smith"}
