"""Entity mentions, canonical names, roles and corpus-level merging."""

from __future__ import annotations

import polars as pl
import pytest

from pipeline.nlp.aliases import entity_key, normalize_name
from pipeline.nlp.entities import extract_mentions
from pipeline.nlp.entity_merge import build_entities
from pipeline.nlp.model import load_nlp


@pytest.fixture(scope="module")
def mentions():
    nlp = load_nlp()
    return lambda text: extract_mentions(nlp(text))


def by_text(found, text):
    return next(m for m in found if m.text == text)


def test_country_aliases_share_one_key():
    keys = {entity_key(n, "GPE") for n in ["US", "U.S.", "the United States", "USA", "America"]}
    assert keys == {"united states"}
    assert entity_key("Washington", "GPE") == "united states"  # metonym, documented
    assert entity_key("Washington", "PERSON") == "washington"  # a person is not the country


def test_normalize_name_drops_article_dots_and_possessive():
    assert normalize_name("the U.K.'s") == "uk"
    assert normalize_name("  Nasser   Kanaani ") == "nasser kanaani"


def test_surname_resolves_to_full_name_in_the_article(mentions):
    found = mentions("Foreign Ministry spokesman Nasser Kanaani spoke on Monday. "
                     "Kanaani said the talks were over.")
    assert {m.canonical for m in found if "Kanaani" in m.text} == {"Nasser Kanaani"}


def test_honorifics_are_stripped_and_titles_become_roles(mentions):
    found = mentions("Supreme Leader Ayatollah Seyyed Ali Khamenei said on Sunday that "
                     "talks were useless.")
    person = next(m for m in found if "Khamenei" in m.text)
    assert person.canonical == "Ali Khamenei"
    assert person.role and "Supreme Leader" in person.role


def test_apposition_gives_the_role(mentions):
    found = mentions("The chief of staff of the President's Office, Mahmoud Vaezi, told "
                     "reporters that the government had no such plans.")
    person = next(m for m in found if "Vaezi" in m.text)
    assert person.canonical == "Mahmoud Vaezi"
    assert person.role and person.role.startswith("chief of staff")


def test_acronym_resolves_to_the_organisation_it_abbreviates(mentions):
    found = mentions("The International Monetary Fund cut its forecast. The IMF said growth "
                     "would slow in Kenya.")
    acronym = [m for m in found if m.text == "IMF"]
    assert acronym and acronym[0].canonical == "International Monetary Fund"


def test_offsets_point_into_the_text(mentions):
    text = "Angela Merkel met Emmanuel Macron in Paris on Friday.\n\nMerkel said little."
    for m in mentions(text):
        assert text[m.start_char:m.end_char] == m.text


def frame(rows):
    return pl.DataFrame(rows, schema=["doc_id", "mention_id", "text", "label", "canonical",
                                      "role"], orient="row")


def test_build_entities_merges_aliases_surnames_and_votes_on_type():
    entities, keys = build_entities(frame([
        ("d1", "m1", "US", "GPE", "United States", None),
        ("d2", "m2", "the United States", "GPE", "United States", None),
        ("d2", "m3", "U.S.", "ORG", "United States", None),
        ("d1", "m4", "Nasser Kanaani", "PERSON", "Nasser Kanaani", "spokesman"),
        ("d3", "m5", "Kanaani", "NORP", "Kanaani", None),  # model's type slip, surname only
        ("d3", "m6", "Kanaani", "PERSON", "Kanaani", None),
        ("d4", "m7", "Ali Khamenei", "PERSON", "Ali Khamenei", "Supreme Leader"),
        ("d4", "m8", "Mojtaba Khamenei", "PERSON", "Mojtaba Khamenei", None),
        ("d5", "m9", "Khamenei", "PERSON", "Khamenei", None),  # ambiguous surname: not merged
    ]))
    rows = {r["name"]: r for r in entities.iter_rows(named=True)}
    assert rows["United States"]["type"] == "GPE"
    assert rows["United States"]["mention_count"] == 3
    assert rows["United States"]["doc_count"] == 2
    assert rows["Nasser Kanaani"]["type"] == "PERSON"
    assert rows["Nasser Kanaani"]["mention_count"] == 3
    assert rows["Nasser Kanaani"]["roles"] == ["spokesman"]
    assert "Kanaani" in rows["Nasser Kanaani"]["aliases"]
    assert "Khamenei" in rows  # two full names end with it: kept apart
    key_map = dict(keys.iter_rows())
    assert key_map["m5"] == key_map["m4"] == key_map["kanaani"]
    assert key_map[entity_key("U.S.", "GPE")] == key_map["m1"]
    assert entities["entity_id"].is_unique().all()
    assert keys["key"].is_unique().all()


def test_build_entities_on_no_mentions():
    entities, keys = build_entities(frame([]))
    assert entities.is_empty() and keys.is_empty()


def test_organisation_names_keep_title_like_words(mentions):
    found = mentions("The Premier League fined P&O Cruises, the Supreme Court heard on Monday.")
    canon = {m.canonical for m in found if m.label in {"ORG", "FAC"}}
    assert not canon & {"League", "Court", "P O Cruises"}
