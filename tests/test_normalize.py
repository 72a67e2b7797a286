"""normalize_text: quotes straightened, and guillemets told apart from separators (sentences and
forum lines written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.text.normalize import normalize_text


@pytest.mark.parametrize(("raw", "expected"), [
    ("\u201cThe ban works,\u201d she said.", '"The ban works," she said.'),
    ("Il a dit \u00ab non \u00bb hier.", 'Il a dit " non " hier.'),  # French, spaced
    ("The council said the rule \u00abhas not changed\u00bb.", 'The council said the rule '
                                                            '"has not changed".'),
    ("\u00bbNein\u00ab, sagte er.", '"Nein", sagte er.'),  # German order
    ("\u00ab Previous post | Next post \u00bb", '" Previous post | Next post "'),
    # no guillemet opens a quotation in the paragraph: a separator or an arrow, kept
    ("#1 lance_lover \u00bb 11 Feb 19:42\nBring the lances back.",
     "#1 lance_lover \u00bb 11 Feb 19:42\nBring the lances back."),
    ("Home \u00bb News \u00bb Kessel", "Home \u00bb News \u00bb Kessel"),
    ("Next post \u00bb\n\nShe said \u00abno\u00bb.", 'Next post \u00bb\n\nShe said "no".'),
])
def test_quotes_straightened_and_separators_kept(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected
