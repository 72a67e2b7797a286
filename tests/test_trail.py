"""Statement groups, positions over time, and contradictions between positions."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re

import polars as pl
import pytest

from pipeline.models import ContradictionSchema, PositionSchema, StatementGroupSchema
from pipeline.models.columns import polars_schema
from pipeline.trail.consistency import INHERITED, carry_speaker_side, speaker_keys
from pipeline.trail.contradictions import contradiction_batches, find_contradictions
from pipeline.trail.positions import build_positions
from pipeline.trail.statements import group_statements
from pipeline.trail.terms import content_terms

CLAIM = {"claim_id": pl.String, "doc_id": pl.String, "cluster_id": pl.String,
         "speaker": pl.String, "speaker_entity_id": pl.String, "content": pl.String,
         "outlet": pl.String, "claim_date": pl.Date, "published_date": pl.Date}
STANCE = {"claim_id": pl.String, "topic": pl.String, "stance": pl.String, "speaker": pl.String,
          "speaker_entity_id": pl.String, "statement_group_id": pl.String, "date": pl.Date,
          "outlet": pl.String, "content": pl.String}
D = dt.date
WIRE = "Indirect talks with the United States are being held through Oman, the minister said"


def claims(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=CLAIM, orient="row")


def stances(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=STANCE, orient="row")


def grouped(rows: list[tuple]) -> tuple[dict[str, str], pl.DataFrame]:
    mapping, groups = group_statements(claims(rows))
    StatementGroupSchema.validate(groups)
    assert sorted(mapping["claim_id"]) == sorted(r[0] for r in rows)
    return dict(mapping.iter_rows()), groups


# --- statement groups ------------------------------------------------------------------------

def test_a_wire_quote_in_three_outlets_is_one_statement():
    ids, groups = grouped([
        ("c1", "d1", "k1", "Kani", "e1", WIRE + ".", "Reuters", D(2024, 7, 9), None),
        ("c2", "d2", "k2", "Ali Bagheri Kani", "e1", WIRE.upper(), "IFP", None, D(2024, 7, 8)),
        ("c3", "d3", "k3", "Kani", "e1", f"“{WIRE}”", "Ynet", D(2024, 7, 10), None),
    ])
    assert len(set(ids.values())) == 1 and groups.height == 1
    row = groups.row(0, named=True)
    assert row["outlets"] == ["IFP", "Reuters", "Ynet"]
    assert (row["article_count"], row["claim_count"]) == (3, 3)
    # Representative: the earliest copy (published_date stands in for a missing claim_date).
    assert (row["claim_id"], row["first_seen"], row["first_outlet"]) == ("c2", D(2024, 7, 8),
                                                                         "IFP")
    assert row["statement_group_id"] == hashlib.sha1(b"c2").hexdigest()[:16]


def test_two_statements_by_one_speaker_are_two_groups():
    ids, groups = grouped([
        ("c1", "d1", "k1", "Kani", "e1", WIRE, "IFP", D(2024, 7, 8), None),
        ("c2", "d1", "k1", "Kani", "e1", "We will never accept sanctions on our oil exports",
         "IFP", D(2024, 7, 8), None),
    ])
    assert ids["c1"] != ids["c2"] and groups.height == 2
    assert groups["article_count"].to_list() == [1, 1]


def test_the_same_words_by_two_speakers_are_two_groups():
    ids, _ = grouped([
        ("c1", "d1", "k1", "Kani", "e1", WIRE, "IFP", D(2024, 7, 8), None),
        ("c2", "d2", "k2", "Vaezi", None, WIRE, "IFP", D(2024, 7, 8), None),
        ("c3", "d3", "k3", "vaezi ", None, WIRE, "BBC", D(2024, 7, 9), None),
    ])
    assert ids["c1"] != ids["c2"] and ids["c2"] == ids["c3"]  # unlinked: lower-cased text


def test_a_trimmed_quote_joins_only_with_six_words_or_more():
    ids, groups = grouped([
        ("c1", "d1", "k1", "Kani", "e1", "He said: " + WIRE + ", adding more", "A", None, None),
        ("c2", "d2", "k2", "Kani", "e1", "are being held through Oman, the Minister", "B", None,
         None),
        ("c3", "d3", "k3", "Kani", "e1", "held through Oman", "C", None, None),
    ])
    assert ids["c1"] == ids["c2"] != ids["c3"]
    # Undated copies: the longest is the representative.
    assert groups.filter(pl.col("claim_count") == 2)["claim_id"].to_list() == ["c1"]


def test_a_reworded_line_repeated_days_later_joins_and_groups_are_transitive():
    ids, groups = grouped([
        ("c1", "d1", "k1", "Kani", "e1", "Oman hosts indirect talks between Iranian and "
         "American envoys", "IFP", D(2024, 7, 1), None),
        ("c2", "d2", "k2", "Kani", "e1", "Indirect talks between American and Iranian envoys "
         "hosted by Oman today", "BBC", D(2024, 7, 6), None),
        ("c3", "d3", "k3", "Kani", "e1", "Indirect talks between American and Iranian envoys "
         "hosted by Oman today and tomorrow, he said", "Ynet", D(2024, 7, 9), None),
        ("c4", "d4", "k4", "Kani", "e1", "Iranian envoys will not meet American envoys",
         "Ynet", D(2024, 7, 9), None),
    ])
    assert ids["c1"] == ids["c2"] == ids["c3"] != ids["c4"]
    assert groups.filter(pl.col("claim_count") == 3)["first_seen"].to_list() == [D(2024, 7, 1)]


def _naive_groups(rows: list[tuple]) -> set[frozenset[str]]:
    """The rule applied to every pair (quadratic), for checking the indexed version."""
    norm = {r[0]: " ".join(re.findall(r"\w+", r[5].lower())) for r in rows}
    terms = {r[0]: content_terms(r[5]) for r in rows}
    key = {r[0]: r[4] or r[3].strip().lower() for r in rows}
    parent = {r[0]: r[0] for r in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for a in parent:
        for b in parent:
            if a >= b or key[a] != key[b]:
                continue
            short, long = sorted((norm[a], norm[b]), key=len)
            shared = len(terms[a] & terms[b])
            union = len(terms[a] | terms[b])
            if (norm[a] == norm[b] or (len(short.split()) >= 6 and f" {short} " in f" {long} ")
                    or (shared >= 4 and shared >= 0.6 * union)):
                parent[find(a)] = find(b)
    members: dict[str, set[str]] = {}
    for claim in parent:
        members.setdefault(find(claim), set()).add(claim)
    return {frozenset(m) for m in members.values()}


@pytest.mark.parametrize("seed", [3, 11, 27])
def test_the_inverted_index_finds_what_comparing_every_pair_finds(seed):
    rng = random.Random(seed)
    vocab = ("talks oman envoys iran sanctions oil exports nuclear deal agreement minister "
             "ministry embassy enrichment uranium inspectors visit vienna geneva").split()
    filler = "the we will not be is are with for on and".split()
    rows = []
    for i in range(300):
        words = [rng.choice(vocab if rng.random() < 0.6 else filler)
                 for _ in range(rng.randint(4, 24))]
        if rows and rng.random() < 0.3:  # a trimmed or reworded copy of an earlier claim
            words = rng.choice(rows)[5].split()[rng.randint(0, 2):] or ["oman"]
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = rng.choice(vocab)
        speaker = rng.choice(["Kani", "Vaezi", "Araghchi"])
        rows.append((f"c{i:03d}", f"d{i}", None, speaker, None, " ".join(words), None, None,
                     None))
    ids, _ = grouped(rows)
    found: dict[str, set[str]] = {}
    for claim, group in ids.items():
        found.setdefault(group, set()).add(claim)
    assert {frozenset(m) for m in found.values()} == _naive_groups(rows)


def test_no_claims_give_empty_frames():
    mapping, groups = group_statements(claims([]))
    assert mapping.is_empty() and groups.is_empty()
    assert dict(groups.schema) == polars_schema(StatementGroupSchema)
    StatementGroupSchema.validate(groups)


# --- positions -------------------------------------------------------------------------------

def positions(rows: list[tuple]) -> pl.DataFrame:
    out = build_positions(stances(rows))
    PositionSchema.validate(out)
    return out


def test_a_speaker_who_supports_then_refutes_has_two_periods_and_contradicts_himself():
    rows = [
        ("a1", "talks", "supports", "Kani", "e1", "g1", D(2024, 1, 10), "IFP", "talks go on"),
        ("a2", "talks", "supports", "Kani", "e1", "g1", D(2024, 1, 11), "BBC", "talks go on"),
        ("a3", "talks", "supports", "Ali Kani", "e1", "g2", D(2024, 3, 1), "IFP",
         "indirect talks continue"),
        ("a4", "talks", "refutes", "Kani", "e1", "g3", D(2024, 5, 2), "BBC",
         "there are no indirect talks via Oman"),
    ]
    pos = positions(rows)
    assert pos["period"].to_list() == [1, 2]
    assert pos["stance"].to_list() == ["supports", "refutes"]
    assert pos["changed_position"].to_list() == [False, True]
    first = pos.row(0, named=True)
    assert (first["claim_count"], first["claim_ids"]) == (2, ["a1", "a2", "a3"])
    assert (first["first_date"], first["last_date"]) == (D(2024, 1, 10), D(2024, 3, 1))
    assert first["outlets"] == ["BBC", "IFP"] and first["speaker"] == "Kani"
    pairs = find_contradictions(pos, stances(rows))
    ContradictionSchema.validate(pairs)
    assert pairs.height == 1
    row = pairs.row(0, named=True)
    assert (row["stance_a"], row["stance_b"]) == ("supports", "refutes")
    assert (row["claim_id_a"], row["claim_id_b"]) == ("a3", "a4")  # closest wording
    assert row["days_apart"] == (D(2024, 5, 2) - D(2024, 3, 1)).days
    assert row["evidence_pairs"] == 2
    assert row["reason"].startswith(
        "Kani changed side on talks: supports until 2024-03-01, refutes from 2024-05-02")


def test_a_mixed_day_takes_its_majority_side_and_a_tied_day_joins_no_period():
    pos = positions([
        ("a1", "talks", "supports", "Kani", "e1", "g1", D(2024, 1, 1), None, "x"),
        ("a2", "talks", "refutes", "Kani", "e1", "g2", D(2024, 2, 1), None, "x"),
        ("a3", "talks", "supports", "Kani", "e1", "g3", D(2024, 2, 1), None, "x"),
        ("a4", "talks", "supports", "Kani", "e1", "g4", D(2024, 2, 1), None, "x"),
        ("b1", "talks", "supports", "Vaezi", None, "h1", D(2024, 1, 1), None, "x"),
        ("b2", "talks", "refutes", "Vaezi", None, "h2", D(2024, 1, 1), None, "x"),
    ])
    assert pos["speaker"].to_list() == ["Kani"]  # Vaezi's only day is a tie
    assert pos.row(0, named=True)["claim_ids"] == ["a1", "a3", "a4"]


def test_undated_statements_join_the_side_they_share_or_form_a_last_period():
    pos = positions([
        ("a1", "talks", "supports", "Kani", "e1", "g1", D(2024, 1, 1), None, "x"),
        ("a2", "talks", "supports", "Kani", "e1", "g2", None, None, "x"),
        ("a3", "talks", "refutes", "Kani", "e1", "g3", None, None, "x"),
        ("b1", "talks", "refutes", "Vaezi", None, "h1", None, None, "x"),
        ("b2", "talks", "neutral", "Vaezi", None, "h2", D(2024, 1, 1), None, "x"),
    ])
    assert pos.select("speaker", "period", "stance", "claim_ids", "first_date").rows() == [
        ("Kani", 1, "supports", ["a1", "a2"], D(2024, 1, 1)),
        ("Kani", 2, "refutes", ["a3"], None),
        ("Vaezi", 1, "refutes", ["b1"], None),
    ]


def test_the_speaker_shown_is_the_entity_name_else_the_most_frequent_text():
    rows = [("a1", "talks", "supports", "Kani", "e1", "g1", D(2024, 1, 1), None, "x"),
            ("a2", "talks", "supports", "Ali Bagheri Kani", "e1", "g2", D(2024, 1, 2), None, "x"),
            ("a3", "talks", "supports", "Kani", "e1", "g3", D(2024, 1, 3), None, "x")]
    assert positions(rows)["speaker"].to_list() == ["Kani"]
    named = build_positions(stances(rows).with_columns(entity_name=pl.lit("Ali Bagheri Kani")))
    assert named["speaker"].to_list() == ["Ali Bagheri Kani"]


def test_position_ids_are_stable_and_neutral_only_input_gives_nothing():
    rows = [("a1", "talks", "supports", "Kani", "e1", "g1", D(2024, 1, 1), None, "x")]
    assert positions(rows)["position_id"].to_list() == positions(rows)["position_id"].to_list()
    neutral = positions([("a1", "talks", "neutral", "Kani", "e1", "g1", None, None, "x")])
    assert neutral.is_empty() and dict(neutral.schema) == polars_schema(PositionSchema)


# --- contradictions --------------------------------------------------------------------------

def test_three_supporters_and_two_opponents_give_six_pairs_with_their_best_evidence():
    rows = [
        ("s1", "talks", "supports", "Kani", "e1", "g1", D(2024, 7, 1), "IFP",
         "indirect talks via Oman are going on"),
        ("s1b", "talks", "supports", "Kani", "e1", "g1b", D(2024, 7, 2), "IFP",
         "negotiations progressing"),
        ("s2", "talks", "supports", "Araghchi", "e2", "g2", D(2024, 7, 3), "BBC",
         "talks with Washington continue"),
        ("s3", "talks", "supports", "Someone", None, "g3", D(2024, 7, 4), None,
         "envoys met in Muscat for indirect talks"),
        ("r1", "talks", "refutes", "Mousavi", "e3", "h1", D(2019, 9, 2), "Press TV",
         "there are no indirect talks via Oman"),
        ("r1b", "talks", "refutes", "Mousavi", "e3", "h1b", D(2019, 9, 3), "Press TV",
         "no negotiations with Washington at all"),
        ("r2", "talks", "refutes", "Vaezi", "e4", "h2", D(2024, 7, 5), "IFP",
         "no envoys met in Muscat"),
    ]
    pos = positions(rows)
    pairs = find_contradictions(pos, stances(rows))
    ContradictionSchema.validate(pairs)
    assert pairs.height == 6 and (pairs["stance_a"] == "supports").all()
    best = {(r["speaker_a"], r["speaker_b"]): r for r in pairs.iter_rows(named=True)}
    assert set(best) == {(a, b) for a in ("Kani", "Araghchi", "Someone")
                         for b in ("Mousavi", "Vaezi")}
    assert (best["Kani", "Mousavi"]["claim_id_a"], best["Kani", "Mousavi"]["claim_id_b"]) == (
        "s1", "r1")
    assert best["Kani", "Mousavi"]["evidence_pairs"] == 4
    assert best["Kani", "Mousavi"]["shared_terms"] == ["indirect", "oman", "talk"]
    assert best["Araghchi", "Mousavi"]["claim_id_b"] == "r1b"  # shares "washington"
    assert best["Someone", "Vaezi"]["claim_id_a"] == "s3"
    assert best["Someone", "Vaezi"]["days_apart"] == 1
    assert pairs["strength"].is_sorted(descending=True)
    # Named speakers on both sides with two statements each outrank the unnamed speaker.
    assert best["Kani", "Mousavi"]["strength"] > best["Someone", "Mousavi"]["strength"]


def test_copies_of_one_statement_make_one_evidence_pair():
    rows = [
        ("s1", "talks", "supports", "Kani", "e1", "g1", D(2024, 7, 1), "IFP", "talks via Oman"),
        ("s2", "talks", "supports", "Kani", "e1", "g1", D(2024, 7, 1), "BBC", "talks via Oman"),
        ("s3", "talks", "supports", "Kani", "e1", "g1", D(2024, 7, 2), "Ynet", "Talks via Oman."),
        ("r1", "talks", "refutes", "Vaezi", "e2", "h1", None, "IFP", "no talks"),
        ("r2", "talks", "refutes", "Vaezi", "e2", "h1", None, "BBC", "no talks"),
    ]
    pairs = find_contradictions(positions(rows), stances(rows))
    ContradictionSchema.validate(pairs)
    assert pairs.height == 1
    row = pairs.row(0, named=True)
    assert row["evidence_pairs"] == 1 and row["days_apart"] is None
    assert row["claim_id_a"] == "s1"  # earliest copy, then the smallest claim_id
    assert row["reason"] == ("Kani (supports, 2024-07-01, IFP) vs Vaezi (refutes, undated, "
                             "IFP): both mention talk")


@pytest.mark.parametrize("rows_at_once", [1, 2, 5])
def test_batches_of_position_pairs_give_the_rows_of_one_batch(rows_at_once):
    """Written batch by batch to bound memory (a batch: about `rows` pairs, at most one
    supporter more than that against a topic's 4 opponents): the union is the whole."""
    speakers = [("Kani", "supports"), ("Ali", "supports"), ("Vaezi", "refutes"),
                ("Araqchi", "refutes"), ("Mousavi", "refutes")]
    rows = [(f"{name}{i}", topic, stance, name, None, f"{name}{topic}{i}", D(2024, 1, 1 + i),
             "IFP", f"talks {topic} {name} {i}")
            for topic in ("talks", "deal") for name, stance in speakers for i in range(2)]
    rows.append(("Kani9", "talks", "refutes", "Kani", None, "k9", D(2024, 6, 1), "BBC",
                 "no talks"))  # a change of side
    pos, evidence = positions(rows), stances(rows)
    whole = find_contradictions(pos, evidence)
    batches = list(contradiction_batches(pos, evidence, rows=rows_at_once))
    assert whole.height == 6 + 7 + 1  # deal: 2 x 3; talks: also Ali vs Kani; Kani changed side
    assert len(batches) > 1 and all(b.height <= rows_at_once + 4 for b in batches)
    key = ["topic", "position_id_a", "position_id_b"]
    assert pl.concat(batches).sort(key).equals(whole.sort(key))


def test_neutral_rows_contradict_nothing():
    rows = [("s1", "talks", "neutral", "Kani", "e1", "g1", D(2024, 7, 1), None, "talks"),
            ("r1", "talks", "refutes", "Vaezi", "e2", "h1", D(2024, 7, 1), None, "no talks")]
    pairs = find_contradictions(positions(rows), stances(rows))
    assert pairs.is_empty()
    ContradictionSchema.validate(pairs)


@pytest.mark.parametrize("empty", ["positions", "evidence"])
def test_empty_inputs_give_an_empty_frame_with_the_schema(empty):
    rows = [("s1", "talks", "supports", "Kani", "e1", "g1", None, None, "talks"),
            ("r1", "talks", "refutes", "Vaezi", "e2", "h1", None, None, "no talks")]
    pos, evidence = positions(rows), stances(rows)
    pairs = find_contradictions(pos.clear() if empty == "positions" else pos, evidence.clear()
                                if empty == "evidence" else evidence)
    assert pairs.is_empty() and dict(pairs.schema) == polars_schema(ContradictionSchema)
    ContradictionSchema.validate(pairs)


def _stances(*rows: tuple[str, str, str, str, str]) -> pl.DataFrame:
    return pl.DataFrame([dict(zip(("claim_id", "doc_id", "speaker", "stance", "stance_basis"), r,
                                  strict=True)) | {"topic": "ban"} for r in rows])


def test_a_claim_without_evidence_takes_its_speakers_side_in_the_article():
    out = carry_speaker_side(_stances(
        ("c1", "d1", "Jo Bloggs", "refutes", "calls it 'unworkable'"),
        ("c2", "d1", "Jo Bloggs", "neutral", "no side taken"),
        ("c3", "d1", "jo bloggs ", "neutral", "too weak: evaluates 'it'"),
        ("c4", "d1", "Jo Bloggs", "neutral", "question"),  # asked from her side
        ("c8", "d1", "Jo Bloggs", "neutral", "a forecast"),  # a forecast stays neutral
        ("c5", "d1", "Jo Bloggs", "neutral", "mixed: welcomes 'the ban'"),
        ("c6", "d2", "Jo Bloggs", "neutral", "no side taken"),  # another article
        ("c7", "d1", "Al Smith", "neutral", "no side taken"),  # another speaker
    ))
    got = dict(zip(out["claim_id"], out["stance"], strict=True))
    assert got == {"c1": "refutes", "c2": "refutes", "c3": "refutes", "c4": "refutes",
                   "c5": "neutral", "c6": "neutral", "c7": "neutral", "c8": "neutral"}
    basis = dict(zip(out["claim_id"], out["stance_basis"], strict=True))
    assert basis["c2"] == f"{INHERITED}calls it 'unworkable'" and basis["c1"].startswith("calls")
    assert out.columns == ["claim_id", "doc_id", "speaker", "stance", "stance_basis", "topic"]


def test_a_spokesperson_speaks_for_the_body_and_the_source_is_the_one_named_before():
    said = {"refutes": "oppose 'the plans'", "supports": "back 'the plans'",
            "neutral": "no side taken"}
    rows = [("d1", "the Northfield Residents Association", "refutes"),
            ("d1", "A spokeswoman for the residents association", "neutral"),  # -> refutes
            ("d1", "a senior source close to the developer", "neutral"),  # -> supports
            ("d1", "the source", "supports"),
            ("d1", "the spokesman", "neutral"),  # no earlier spokesman: stays
            ("d2", "a spokesman for the council", "neutral"),  # which council? stays
            ("d2", "the parish council", "supports"), ("d2", "the county council", "refutes")]
    out = carry_speaker_side(_stances(*[(f"c{n}", doc, who, side, said[side])
                                        for n, (doc, who, side) in enumerate(rows, 1)]))
    assert out["stance"].to_list() == ["refutes", "refutes", "supports", "supports", "neutral",
                                       "neutral", "supports", "refutes"]
    keys = speaker_keys([("d", "a spokesman for the parish council"), ("d", "parish council"),
                         ("d", "the lawyer"), ("d", "his lawyer, jan novak"), ("d", "they")])
    assert keys[("d", "a spokesman for the parish council")] == "parish council"
    assert keys[("d", "the lawyer")] == "his lawyer, jan novak"
    assert keys[("d", "they")] == "they"
    keys = speaker_keys([("d", "a fnv spokesman"), ("d", "the dutch union federation (fnv)")])
    assert keys[("d", "a fnv spokesman")] == "dutch union federation (fnv)"


def test_a_speaker_on_both_sides_or_anonymous_passes_on_nothing():
    out = carry_speaker_side(_stances(
        ("c1", "d1", "Jo Bloggs", "refutes", "calls it 'unworkable'"),
        ("c2", "d1", "Jo Bloggs", "supports", "welcomes 'the ban'"),
        ("c3", "d1", "Jo Bloggs", "neutral", "no side taken"),
        ("c4", "d1", "he", "supports", "welcomes 'the ban'"),
        ("c5", "d1", "he", "neutral", "no side taken"),
    ))
    assert out.filter(pl.col("claim_id").is_in(["c3", "c5"]))["stance"].to_list() == [
        "neutral", "neutral"]
