"""The stance benchmark's scoring (benchmarks/stance_quality.py) on small hand-made frames."""

from __future__ import annotations

import datetime as dt

import duckdb
import polars as pl
import pytest

from tests.conftest import load_benchmark

sq = load_benchmark("stance_quality")

BODY = ('Ann Lee said "the bid is good for us". Bob Ray said the bid should be blocked.\n\n'
        "Cy Dee said it was a matter for the board. Bob Ray added: \"we will fight it\".")
# the cleaned body has straight quotes; gold contents keep the article's curly ones
T = "bid"


def _gold(rows: list[tuple[str, str, str]], topic: str = T) -> pl.DataFrame:
    """(speaker, content, stance) -> gold frame of one article, lines numbered from 1."""
    return pl.DataFrame(
        [{"line": i, "article": "a.txt", "topic": topic, "speaker": spk,
          "speaker_key": sq.speaker_key(spk), "content": content, "stance": stance}
         for i, (spk, content, stance) in enumerate(rows, 1)])


def _articles() -> pl.DataFrame:
    return pl.DataFrame({"doc_id": ["d1"], "source_path": ["/in/a.txt"], "body": [BODY],
                         "cluster_id": ["d1"], "published_date": [dt.date(2005, 1, 1)]})


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


def _claims(rows: list[tuple[str, str, str, str]]) -> pl.DataFrame:
    """(claim_id, speaker, content in BODY, polarity) -> claims frame."""
    return pl.DataFrame(
        [{"claim_id": cid, "doc_id": "d1", "speaker": spk, "speaker_entity_id": None,
          "content": text, "polarity": pol, "topics": [T], "start_char": _span(text)[0],
          "end_char": _span(text)[1], "claim_date": None} for cid, spk, text, pol in rows],
        schema_overrides={"speaker_entity_id": pl.String, "claim_date": pl.Date})


GOLD = _gold([
    ("Ann Lee", "the bid is good for us", "supports"),
    ("Bob Ray", "the bid should be blocked", "refutes"),
    ("Cy Dee", "it was a matter for the board", "neutral"),
    ("Mr Bob Ray", '\u201cwe will fight it\u201d', "refutes"),
])
CLAIMS = _claims([
    ("c1", "Ann Lee", "the bid is good for us", "positive"),
    ("c2", "Bob Ray", "Bob Ray said the bid should be blocked", "negative"),  # wider span
    ("c3", "Cy Dee", "it was a", "negative"),  # under half of the gold span
    ("c4", "Bob Ray", '"we will fight it"', "positive"),
])


def test_speaker_key_drops_titles_and_a_leading_the():
    assert sq.speaker_key("Mr Bob Ray") == sq.speaker_key("bob ray") == "bob ray"
    assert sq.speaker_key("The IAAF") == "iaaf"
    assert sq.speaker_key("Dr. Ann Lee") == "ann lee"


def test_locate_exact_then_after_whitespace_and_quote_normalisation():
    assert sq.locate(BODY, "the bid is good") == (*_span("the bid is good"), "exact")
    start, end, how = sq.locate(BODY, "should  be\nblocked")
    assert (BODY[start:end], how) == ("should be blocked", "normalised")
    start, end, how = sq.locate(BODY.replace('"', "\u201d"), '"the bid is good for us"')
    assert (end - start, how) == (len('"the bid is good for us"'), "normalised")
    assert sq.locate(BODY, "not in the text") is None


def test_match_spans_needs_half_the_gold_span_and_is_one_to_one_best_first():
    gold = [(1, 0, 10), (2, 5, 15)]
    # c1 covers all of gold 1 and half of gold 2; c2 covers gold 2 exactly.
    assert sq.match_spans(gold, [("c1", 0, 10), ("c2", 5, 15)]) == {1: "c1", 2: "c2"}
    # one claim, two candidates: the better overlap wins, the other stays unmatched
    assert sq.match_spans(gold, [("c1", 4, 14)]) == {2: "c1"}
    assert sq.match_spans([(1, 0, 10)], [("c1", 6, 20)]) == {}  # 40 %
    # a claim covering a gold span and a gold span nested in it goes to the outer one
    assert sq.match_spans([(1, 3, 6), (2, 0, 10)], [("c1", 0, 10)]) == {2: "c1"}


def _matched(claims: pl.DataFrame = CLAIMS) -> pl.DataFrame:
    return sq.match_gold(sq.locate_gold(GOLD, _articles()), claims)


def test_match_gold_by_file_name_and_span():
    m = _matched().sort("line")
    assert m["located"].to_list() == ["exact", "exact", "exact", "normalised"]
    assert m["claim_id"].to_list() == ["c1", "c2", None, "c4"]


def test_stance_tally_and_confusion():
    stances = pl.DataFrame({"claim_id": ["c1", "c2"], "topic": [T, T],
                            "stance": ["supports", "neutral"], "stance_basis": ["x", "y"]})
    predicted = sq.predict(_matched(), stances).sort("line")
    assert predicted["pred"].to_list() == ["supports", "neutral", "unmatched", "untagged"]
    t = sq.stance_tally(predicted)
    assert (t.gold, t.matched, t.tagged, t.correct) == (3, 3, 2, 1)
    assert t.accuracy() == pytest.approx(1 / 3)
    assert t.accuracy_tagged() == pytest.approx(1 / 2)
    assert (t.neutral, t.neutral_ok) == (1, 0)  # unmatched neutral is not "neutral or untagged"
    assert sq.confusion(predicted)[("refutes", "untagged")] == 1


def test_polarity_as_stance_uses_claim_topics_too():
    no_rows = pl.DataFrame(schema={"claim_id": pl.String, "topic": pl.String,
                                   "stance": pl.String, "stance_basis": pl.String})
    tags = sq.topic_tags(CLAIMS, no_rows)
    predicted = sq.predict_polarity(_matched(), CLAIMS, tags).sort("line")
    assert predicted["pred"].to_list() == ["supports", "refutes", "unmatched", "supports"]
    t = sq.stance_tally(predicted)
    assert (t.gold, t.correct) == (3, 2)


def test_gold_pairs_are_unordered_speakers_on_opposite_sides():
    gold = pl.concat([GOLD, _gold([("Ann Lee", "x", "refutes")], topic="other")])
    # "Bob Ray" and "Mr Bob Ray" are one speaker; "Cy Dee" is neutral only; "other" has no
    # supports line.
    assert sq.gold_pairs(gold) == {(T, frozenset({"ann lee", "bob ray"}))}


def test_judge_counts_right_wrong_unknown():
    lookup = sq.gold_lookup(_matched())
    rows = pl.DataFrame({"topic": [T, T, T, "other"], "claim_id_a": ["c1", "c2", "c1", "c1"],
                         "claim_id_b": ["c2", "c4", "c3", "c2"]})
    j = sq.judge(rows, lookup)
    # c1/c2 opposite (right); c2/c4 both refutes (wrong); c3 not matched, and no gold line of
    # topic "other" (unknown)
    assert (j.rows, j.right, j.wrong, j.unknown) == (4, 1, 1, 2)
    assert j.precision() == pytest.approx(0.5)


def test_pairs_found_by_evidence_and_by_positions():
    lookup = sq.gold_lookup(_matched())
    want = {(T, frozenset({"ann lee", "bob ray"}))}
    # evidence c1 (Ann Lee) vs c3 (unmatched): not found by evidence...
    rows = pl.DataFrame({"topic": [T], "claim_id_a": ["c1"], "claim_id_b": ["c3"],
                         "position_id_a": ["p1"], "position_id_b": ["p2"]})
    assert sq.pairs_by_evidence(rows, lookup) == set()
    # ...but found through the positions, whose claims include c4 (Mr Bob Ray)
    positions = pl.DataFrame({"position_id": ["p1", "p2"], "topic": [T, T],
                              "claim_ids": [["c1"], ["c3", "c4"]]})
    assert sq.pairs_by_positions(rows, positions, lookup) == want
    # a position on another topic does not count
    other = positions.with_columns(topic=pl.lit("other"))
    assert sq.pairs_by_positions(rows, other, lookup) == set()


def test_polarity_pairs_collapse_copies_and_need_other_speaker_or_date():
    claims = pl.concat([
        CLAIMS.filter(pl.col("claim_id").is_in(["c1", "c2", "c4"])),
        # c5: a copy of c2 in a near-duplicate article (same cluster) -> collapsed into c2
        CLAIMS.filter(pl.col("claim_id") == "c2").with_columns(
            claim_id=pl.lit("c5"), doc_id=pl.lit("d2")),
    ])
    articles = pl.concat([_articles(), _articles().with_columns(
        doc_id=pl.lit("d2"), source_path=pl.lit("/in/b.txt"))])
    no_rows = pl.DataFrame(schema={"claim_id": pl.String, "topic": pl.String,
                                   "stance": pl.String, "stance_basis": pl.String})
    pairs = sq.polarity_pairs(claims, sq.topic_tags(claims, no_rows), articles)
    # positive c1 (Ann) / c4 (Bob) x negative c2 (Bob): c4-c2 is one speaker on one date
    assert pairs.rows() == [(T, "c1", "c2")]
    # on another date, the same speaker's change of polarity is a pair too
    dated = claims.with_columns(claim_date=pl.when(pl.col("claim_id") == "c4")
                                .then(pl.lit(dt.date(2005, 2, 1))).otherwise(None))
    pairs = sq.polarity_pairs(dated, sq.topic_tags(dated, no_rows), articles)
    assert sorted(pairs.rows()) == [(T, "c1", "c2"), (T, "c4", "c2")]


def test_missing_table_or_column_is_named():
    con = duckdb.connect()
    con.execute("CREATE TABLE claims (claim_id VARCHAR)")
    with pytest.raises(sq.SchemaError, match=r"table claim_stances.*") as err:
        sq.check_schema(con)
    assert "claims.polarity" in str(err.value)
    assert "table positions" in str(err.value)


@pytest.mark.parametrize("folder", ["stance", "stance_policy", "stance_blind"])
def test_every_gold_line_is_in_its_article_and_its_topic_is_watched(folder):
    """The three stance gold sets are consistent: each line's content is in its article's
    text, each article is listed, each topic has a proposition (read, never scored here)."""
    import json

    import yaml

    gold_dir = sq.GOLD_DIR.parent / folder
    gold = sq.load_gold(gold_dir)
    listed = json.loads((gold_dir / "articles.json").read_text())
    topics = {t["id"]: t for t in yaml.safe_load((gold_dir / "topics.yaml").read_text())["topics"]}
    assert gold.height >= 100
    for article, topic, content in gold.select("article", "topic", "content").iter_rows():
        assert article in listed
        assert topics[topic].get("proposition")
        assert sq.locate((gold_dir / "articles" / article).read_text(), content), content


def test_every_labelled_sentence_is_well_formed():
    """`stance_sentences`: key|label|sentence, a known key, a label, one [content]."""
    import yaml

    folder = sq.GOLD_DIR.parent / "stance_sentences"
    keys = set(yaml.safe_load((folder / "propositions.yaml").read_text()))
    lines = [ln for path in sorted(folder.glob("*.txt"))
             for ln in path.read_text().splitlines() if ln.strip()]
    assert len(lines) >= 150
    for line in lines:
        key, label, sentence = line.split("|", 2)
        assert key in keys and label in {"sup", "ref", "neu"}, line
        assert sentence.count("[") == 1 and sentence.count("]") == 1, line
        assert sentence.index("[") < sentence.index("]"), line


def test_missed_pairs_say_how_each_speaker_gets_their_side():
    predicted = pl.DataFrame({
        "topic": [T] * 5, "speaker_key": ["ann", "ann", "bob", "cy", "dee"],
        "stance": ["supports", "supports", "refutes", "refutes", "refutes"],
        "pred": ["neutral", "supports", "refutes", "neutral", "refutes"],
        "basis": ["no side taken", "welcome 'the ban'", "same speaker in this article: x",
                  "no side taken", "oppose 'the ban'"]})
    # ann is right by a rule once (direct), bob only by carrying, cy not at all
    assert sq.speaker_sides(predicted) == {(T, "ann"): "direct", (T, "bob"): "carried",
                                           (T, "cy"): "none", (T, "dee"): "direct"}
    wanted = {(T, frozenset(p)) for p in (("ann", "bob"), ("ann", "cy"), ("ann", "dee"))}
    found = {(T, frozenset(("ann", "dee")))}
    assert sq.missed_pairs(wanted, found, predicted) == {"direct/carried": 1, "direct/none": 1}
