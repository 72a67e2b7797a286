"""The heading just above an article's first paragraph (dropped by the cleaner as
`heading_above`) is read with the title as the context of its claims' topics: council
minutes whose agenda item alone names the watched topic (an article written for this test);
so is a heading further down the body (claims.HEADINGS: "3. Town centre parking ban")."""

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

LATER = """Minutes of the Town Centre Committee held on 14 May

Held in the council chamber at 7pm. Present: Councillors A Ames (Chair), B Ross, C Patel and
D Okafor. In attendance: the Director of Place and the Clerk to the Committee.

1. Apologies and declarations of interest

Apologies were received from Councillor Lund. Councillor Patel declared that she owns a shop
on the high street and took no part in the discussion of item 3.

2. Minutes of the meeting held on 9 April

The minutes were approved as a correct record and signed by the Chair.

3. Town centre parking ban: consultation results

Councillor Ames said the proposals would be a disaster for the high street.

Councillor Ross said the proposals were long overdue and should start in May.
"""


@pytest.mark.parametrize(("minutes", "heading", "removed", "expected"), [
    (MINUTES, "7. Town%", [("heading_above",)],  # just above the first paragraph
     [("Councillor Ames", "refutes"), ("Ross", "supports")]),
    (LATER, "3. Town%", [],  # kept in the body, past the lead's first 400 characters
     [("C Patel", "neutral"), ("Councillor Ames", "refutes"), ("Ross", "supports")]),
])
def test_an_agenda_heading_makes_the_minutes_about_its_topic(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, minutes: str, heading: str,
        removed: list[tuple], expected: list[tuple]) -> None:
    news, database = parking_ban_folder(tmp_path, monkeypatch, {"minutes.txt": minutes})
    assert materialize_folder(news, database).success
    assert query(database,
                 f"SELECT reason FROM removed_lines WHERE text LIKE '{heading}'") == removed
    tagged = query(database, """SELECT c.speaker, s.stance FROM claim_stances s
                                JOIN claims c USING (claim_id) ORDER BY c.start_char""")
    assert tagged == expected
