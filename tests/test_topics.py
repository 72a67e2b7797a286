"""The topic watchlist: loading, term rules and matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.trail.topics import (
    DEFAULT_TOPICS,
    TopicFileError,
    load_topics,
    match_topics,
    term_pattern,
)


@pytest.fixture(scope="module")
def topics():
    return load_topics(DEFAULT_TOPICS)


def test_shipped_watchlist_has_iran_us_talks(topics):
    assert "iran-us-talks" in [t.id for t in topics]


@pytest.mark.parametrize(("statement", "title", "expected"), [
    ("Iran has not engaged in any negotiations with the US", "", True),
    ("indirect talks are being conducted via Oman", "Iran says talks with US ongoing", True),
    ("Tehran and Washington held indirect talks", "", True),
    ("there is no dialogue with us, Iran said", "", False),  # "us" is not the US
    ("the talks with Saudi Arabia were fruitful, Iran said", "", False),
    ("Iran will defend Lebanon", "Iran: indirect talks held with US", False),  # title alone
])
def test_iran_us_talks(topics, statement, title, expected):
    assert ("iran-us-talks" in match_topics(statement, topics, title)) is expected


def test_term_rules():
    import re
    assert re.search(term_pattern("negotiat*"), "negotiations")
    assert not re.search(term_pattern("talk"), "talkative")
    assert re.search(term_pattern("U.S."), "the U.S. said")
    assert not re.search(term_pattern("US"), "told us")
    assert re.search(term_pattern("re:diplomatic\\s+channels?"), "Diplomatic  channels")


def test_bad_watchlist_gives_a_readable_error(tmp_path: Path):
    bad = tmp_path / "topics.yaml"
    for wrong in ("Bad Id", "smoking_ban"):  # the message says what an id may hold
        bad.write_text(f"topics:\n  - id: {wrong}\n    about: [x]\n")
        with pytest.raises(TopicFileError, match="lowercase letters, digits and hyphens"):
            load_topics(bad)
    bad.write_text("topics:\n  - id: ok\n    about: [\"re:(\"]\n")
    with pytest.raises(TopicFileError, match="bad pattern"):
        load_topics(bad)
    with pytest.raises(TopicFileError, match="cannot read"):
        load_topics(tmp_path / "missing.yaml")


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "topics.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_proposition_and_side_terms_are_loaded(tmp_path: Path) -> None:
    (topic,) = load_topics(write(tmp_path, """
topics:
  - id: pub-smoking-ban
    description: Smoking in pubs.
    proposition: "  Smoking should be banned in pubs. "
    about: [smok*, ban]
    supports: [save lives]
    refutes: [nanny state, unworkable]
"""))
    assert topic.proposition == "Smoking should be banned in pubs."
    assert topic.supports == ("save lives",)
    assert topic.refutes == ("nanny state", "unworkable")
    assert topic.about_terms == ("smok*", "ban")


def test_side_terms_without_a_proposition_are_an_error_that_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, """
topics:
  - id: pub-smoking-ban
    about: [ban]
    supports: [save lives]
""")
    with pytest.raises(TopicFileError, match=r"pub-smoking-ban.*`supports:`.*no `proposition:`"):
        load_topics(path)


@pytest.mark.parametrize("bad", ["proposition: ''", "proposition: [a, b]",
                                 "proposition: x\n    refutes: scrap"])
def test_malformed_proposition_fields_are_errors(tmp_path: Path, bad: str) -> None:
    with pytest.raises(TopicFileError, match="pub-smoking-ban"):
        load_topics(write(tmp_path, f"""
topics:
  - id: pub-smoking-ban
    about: [ban]
    {bad}
"""))


def test_the_shipped_topics_have_propositions(topics) -> None:
    assert all(t.proposition for t in topics)
