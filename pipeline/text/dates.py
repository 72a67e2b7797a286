"""Every date parser of the text layer: dates written in article text and in metadata fields."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

__all__ = [
    "DATE_PATTERN",
    "DATE_RE",
    "MONTH_NUMBERS",
    "TIME_TAIL_RE",
    "filename_date",
    "find_date",
    "leading_iso_date",
    "match_to_date",
    "parse_date",
    "parse_hint_date",
]

# Month names and abbreviations -> number (also read by pipeline.nlp.claim_dates).
MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
MONTH_PATTERN = _MONTH  # a month's name or abbreviation, lower case (text.letters, cleaning rules)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
# A full written date: "Mon, 14th of July 2019", "July 14, 2019" or "2019-07-14". Named groups
# d/m/y 1-3 hold the parts of whichever form matched (read them with `match_to_date`).
DATE_PATTERN = (
    rf"(?:{_WEEKDAY},?\s+)?(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2}))"
)
DATE_RE = re.compile(rf"(?<![\w-]){DATE_PATTERN}(?![\d])", re.I)
# An optional time of day after a date: ", 10:45 pm EDT", "T10:00:00Z", " | 09:12 +0000".
TIME_TAIL_RE = re.compile(
    r"(?:\s*(?:,|at|@|-|–|—|\|)?\s*T?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*"
    r"(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?)?\s*",
    re.I,
)
_NUMERIC_DATE_RE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A date written the way scrapers name files: 2016-10-12, 2016_10_12 or 20161012, as a whole
# token (between ``_ - .``, a space or the ends of the name), so ids and ranges are not dates.
_FILENAME_DATE_RE = re.compile(
    r"(?:^|(?<=[_.\- ]))(?:(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})"
    r"|(?P<y2>\d{4})_(?P<m2>\d{2})_(?P<d2>\d{2})|(?P<y3>\d{4})(?P<m3>\d{2})(?P<d3>\d{2}))"
    r"(?=[_.\- ]|$)"
)
FILENAME_MIN_YEAR = 1990  # older dates in a file name are more likely ids than news dates
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,  # never fill a missing day/month/year from today
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],  # no "3 days ago", no timestamps
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    """A real calendar date between 1900 and 2100, else None (years outside are typos)."""
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if 1900 <= value.year <= 2100 else None


def match_to_date(m: re.Match[str]) -> dt.date | None:
    """The date of a `DATE_RE` (or `DATE_PATTERN`) match; None when it is no real date."""
    for i in "123":
        if m.group(f"y{i}"):
            month = m.group(f"m{i}")
            num = int(month) if month.isdigit() else MONTH_NUMBERS[month[:3].lower()]
            return _make_date(m.group(f"y{i}"), num, m.group(f"d{i}"))
    return None


def find_date(line: str) -> tuple[dt.date, int, int] | None:
    """First full date (day, month and year) written out in `line`, with its span."""
    for m in DATE_RE.finditer(line):
        value = match_to_date(m)
        if value is not None:
            return value, m.start(), m.end()
    return None


@lru_cache(maxsize=4096)
def parse_date(s: str) -> dt.date | None:
    """Date of a free-form date string ("July 14, 2019", "2019-07-14T10:00:00Z", ...).

    Fast regexes first; dateparser (English, strict, absolute dates only) as a fallback for
    strings with a 4-digit year. Ambiguous numeric dates (03/04/2019) give None.
    """
    s = s.strip(" \t,;|")
    if not s or len(s) > 80:
        return None
    m = DATE_RE.match(s)
    if m and TIME_TAIL_RE.fullmatch(s, m.end()):
        return match_to_date(m)
    m = _NUMERIC_DATE_RE.fullmatch(s)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a == b or (a > 12) == (b > 12):
            return _make_date(year, a, b) if a == b else None
        return _make_date(year, b, a) if a > 12 else _make_date(year, a, b)
    if not _YEAR_RE.search(s):
        return None
    import dateparser  # slow to import; only needed for unusual formats

    try:
        value = dateparser.parse(s, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError, AttributeError):
        return None
    return value.date() if value is not None and 1900 <= value.year <= 2100 else None


def parse_hint_date(value: str | None) -> dt.date | None:
    """A structured date field (JSON/HTML metadata) as a date, or None."""
    return parse_date(value) if value else None


def leading_iso_date(value: str | None) -> dt.date | None:
    """The ``YYYY-MM-DD`` date a string starts with (trafilatura's date field), or None.

    Narrower than `parse_date` on purpose: trafilatura writes its dates as ``YYYY-MM-DD``, so
    anything else in that field is not a date it vouches for.
    """
    match = _ISO_DATE_RE.match(value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def filename_date(name: str, *, today: dt.date | None = None) -> dt.date | None:
    """The date a file name carries (``fox_2016-10-12_slug.txt``, ``20161012-x.html``), or None.

    The weakest date source: only the base name is read, the date must be a whole token, a real
    calendar day, and in 1990..next year (``12345678``, ``20161399``, ``2004-2005`` are no dates).
    """
    base = re.split(r"[/\\]", name)[-1]
    last_year = (today or dt.date.today()).year + 1
    for m in _FILENAME_DATE_RE.finditer(base):
        for i in "123":
            if m.group(f"y{i}"):
                value = _make_date(m.group(f"y{i}"), m.group(f"m{i}"), m.group(f"d{i}"))
                if value is not None and FILENAME_MIN_YEAR <= value.year <= last_year:
                    return value
    return None
