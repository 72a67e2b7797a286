"""A named speaker's side carried across articles (stages/claim_sides.py), end to end on
articles written for this test: carried to a claim the rules leave neutral, never cited as
evidence, and undone when a later article gives the speaker the other side too."""

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
          "delayed on Tuesday. Jane Porter said the traders would meet on Friday to discuss "
          "the ban.\n")
THIRD = ("Traders split over parking ban\n\nJane Porter said on Wednesday that the parking ban "
         "was a sensible idea after all and would make the town centre safer.\n")


def porter_stances(database: Path) -> dict[str, tuple[str, str]]:
    rows = query(database, """
        SELECT a.title, s.stance, s.stance_basis FROM claim_stances s
        JOIN claims c USING (claim_id) JOIN articles a USING (doc_id)
        WHERE c.speaker LIKE '%Porter%' AND s.topic = 'parking-ban'""")
    return {title: (stance, basis) for title, stance, basis in rows}


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
