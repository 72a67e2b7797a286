"""The heading just above an article's first paragraph (dropped by the cleaner as
`heading_above`) is read with the title as the context of its claims' topics: council
minutes whose agenda item alone names the watched topic (an article written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import materialize_folder, parking_ban_folder, query

pytestmark = pytest.mark.slow  # spaCy and the whole graph

MINUTES = """Minutes of the Town Centre Committee held on 9 April

Present: Councillors A Ames (Chair), B Ross and C Patel.

7. Town centre parking ban: report of the Director of Place

Councillor Ames said the proposals would be a disaster for the high street.

Councillor Ross said the proposals were long overdue and should start in May.
"""


def test_an_agenda_heading_makes_the_minutes_about_its_topic(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news, database = parking_ban_folder(tmp_path, monkeypatch, {"minutes.txt": MINUTES})
    assert materialize_folder(news, database).success
    assert query(database, "SELECT reason FROM removed_lines WHERE text LIKE '7. Town%'") == [
        ("heading_above",)]
    tagged = query(database, """SELECT c.speaker, s.stance FROM claim_stances s
                                JOIN claims c USING (claim_id) ORDER BY c.start_char""")
    assert tagged == [("Councillor Ames", "refutes"), ("Ross", "supports")]
