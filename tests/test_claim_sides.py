"""A named speaker's side carried across articles (stages/claim_sides.py), end to end on
articles written for this test: carried to a claim the rules leave neutral, never cited as
evidence, undone when a later article gives the speaker the other side too, and not carried
to a remark more than a year from the side taken; and the
government's side carried to its ministers and departments the same way (not to another
nation's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.trail.consistency import ACROSS
from tests.conftest import materialize_folder, parking_ban_folder, query

pytestmark = pytest.mark.slow  # spaCy and the whole graph, twice

FIRST = ("Traders attack parking ban\n\nThe council's plan to ban street parking in the town "
         "centre was attacked on Monday. Jane Porter, the chair of the Traders' Association, "
         "said the ban would be a disaster for local shops.\n")
SECOND = ("Parking ban vote delayed\n\nThe council vote on the town centre parking ban was "
          "delayed on Tuesday. Jane Porter said the traders were still discussing the ban.\n")
THIRD = ("Traders split over parking ban\n\nJane Porter said on Wednesday that the parking ban "
         "was a sensible idea after all and would make the town centre safer.\n")


def stances(database: Path, key: str, where: str) -> dict[str, tuple[str, str]]:
    """``key`` (an SQL expression) -> (stance, basis) of the parking-ban claims ``where`` picks."""
    rows = query(database, f"""
        SELECT {key}, s.stance, s.stance_basis FROM claim_stances s
        JOIN claims c USING (claim_id) JOIN articles a USING (doc_id)
        WHERE {where} AND s.topic = 'parking-ban'""")
    return {name: (stance, basis) for name, stance, basis in rows}


def porter_stances(database: Path) -> dict[str, tuple[str, str]]:
    return stances(database, "a.title", "c.speaker LIKE '%Porter%'")


def test_a_speakers_side_is_carried_across_articles_and_undone_when_it_splits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news, database = parking_ban_folder(tmp_path, monkeypatch, {"first.txt": FIRST,
                                                                 "second.txt": SECOND})
    assert materialize_folder(news, database).success

    found = porter_stances(database)
    assert found["Traders attack parking ban"][0] == "refutes"
    stance, basis = found["Parking ban vote delayed"]
    assert stance == "refutes" and basis.startswith(ACROSS), basis
    cited = query(database, f"""
        SELECT count(*) FROM contradictions x JOIN claim_stances s
          ON s.claim_id IN (x.claim_id_a, x.claim_id_b) AND s.topic = x.topic
        WHERE starts_with(s.stance_basis, '{ACROSS}')""")
    assert cited == [(0,)]

    (news / "third.txt").write_text(THIRD)  # she now speaks for the ban too: no one side
    assert materialize_folder(news, database).success
    found = porter_stances(database)
    assert found["Traders split over parking ban"][0] == "supports"
    assert found["Parking ban vote delayed"][0] == "neutral"


def test_a_side_is_not_carried_to_a_remark_more_than_a_year_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news, database = parking_ban_folder(tmp_path, monkeypatch, {
        "local_2010-03-01_first.txt": FIRST, "local_2010-09-01_second.txt": SECOND,
        "local_2013-03-01_later.txt": SECOND.replace("Parking ban vote delayed",
                                                     "Parking ban vote delayed again")})
    assert materialize_folder(news, database).success
    found = porter_stances(database)
    assert found["Traders attack parking ban"][0] == "refutes"
    assert found["Parking ban vote delayed"][0] == "refutes"  # six months on: carried
    assert found["Parking ban vote delayed again"][0] == "neutral"  # three years on: not


GOVERNMENT_FOR = ("Minister backs parking ban\n\nThe transport minister, Sarah Reed, said on "
                  "Monday that the parking ban was a sensible idea.\n")
DEPARTMENT = ("Parking ban review\n\nA Department for Transport spokesman said the department "
              "was looking closely at the parking ban. The shadow transport secretary, Tom "
              "Hill, said his party was studying the ban. A Liberal Democrat spokeswoman said "
              "the ban would be discussed at the party conference. The French transport "
              "minister, Jean Dupont, said his officials were studying the ban. The First "
              "Minister, Ann Ross, said her officials were studying the ban.\n")
PARTY_AGAINST = ("Lib Dems attack parking ban\n\nLiberal Democrat leader Ann Marsh said on "
                 "Tuesday that the parking ban was a disastrous idea.\n")


def review_stances(database: Path) -> dict[str, tuple[str, str]]:
    return stances(database, "c.speaker", "a.title = 'Parking ban review'")


def test_a_party_shares_its_side_across_articles_a_government_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news, database = parking_ban_folder(tmp_path, monkeypatch, {
        "minister.txt": GOVERNMENT_FOR, "department.txt": DEPARTMENT, "party.txt": PARTY_AGAINST})
    assert materialize_folder(news, database).success

    found = review_stances(database)
    # one article's government is not the next one's, and ministers change their minds
    assert found["A Department for Transport spokesman"][0] == "neutral", found
    assert found["Tom Hill"][0] == "neutral", found
    assert found["Jean Dupont"][0] == "neutral", found
    stance, basis = found["A Liberal Democrat spokeswoman"]  # an opposition party's line
    assert stance == "refutes" and basis.startswith(f"{ACROSS}the Liberal Democrats: "), found

    (news / "party.txt").write_text(PARTY_AGAINST.replace("disastrous", "sensible"))
    assert materialize_folder(news, database).success  # the party changed its line: carried anew
    stance, basis = review_stances(database)["A Liberal Democrat spokeswoman"]
    assert stance == "supports" and basis.startswith(f"{ACROSS}the Liberal Democrats: ")


TURNED = ("Porter rethinks parking ban\n\nJane Porter said on Thursday that she had changed her "
          "mind. Jane Porter said the traders were still discussing the parking ban.\n")


CAME_ROUND = ("Porter rethinks parking ban\n\nJane Porter said the traders were still discussing "
              "the parking ban. Jane Porter said on Thursday that she had come round to it.\n")


@pytest.mark.parametrize("files", [
    {"first.txt": FIRST, "turned.txt": TURNED},
    {"turned.txt": CAME_ROUND},  # "come round" has a side, but not for what she said before
], ids=["changed-her-mind", "came-round"])
def test_no_side_is_carried_into_an_article_where_the_speaker_changes_their_mind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]
) -> None:
    assert materialize_folder(*parking_ban_folder(tmp_path, monkeypatch, files)).success
    database = tmp_path / "claimtrail.duckdb"
    found = stances(database, "c.content", "a.title = 'Porter rethinks parking ban'")
    discussing = next(v for k, v in found.items() if "discussing" in k)
    assert discussing[0] == "neutral", found  # her old side is not carried past the turn
