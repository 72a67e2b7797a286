"""Resolve the date of a speech event from the attribution text ("said Monday", "On May 29").

Pass only the attribution part of a sentence (speaker, cue and their modifiers), not the
quoted content: a date inside the statement ("won a runoff election on July 5") is not the
date the statement was made.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.text.dates import MONTH_NUMBERS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+|this\s+(?:past\s+)?)?(?P<wd>" + "|".join(WEEKDAYS) + r")\b"
    r"(?P<after>'s|\s+[A-Z][a-z]|)",
    re.I,
)
_RELATIVE = {
    "yesterday": -1, "last night": -1, "today": 0, "this morning": 0, "tonight": 0,
    "earlier today": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip
_RELATIVE_RE = re.compile(
    r"\b(" + "|".join(sorted(_RELATIVE, key=len, reverse=True)) + r")\b", re.I
)
_DAYS_AGO = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six)\s+days\s+ago\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return int(token) if token.isdigit() else MONTH_NUMBERS[token.lower().rstrip(".")]


def _explicit(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    for pattern in (_ISO, _MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            if not m["month"][0].isupper() and not m["month"].isdigit():
                continue  # "may", "march" as ordinary words
            month, day = _month_number(m["month"]), int(m["day"])
            if m["year"]:
                found = _make(int(m["year"]), month, day)
            elif published is None:
                return None, None
            else:
                found = _make(published.year, month, day)
                if found and found > published:
                    found = _make(published.year - 1, month, day)
            if found:
                return found, f"explicit:{m.group(0).strip()}"
    return None, None


def _weekday(text: str, published: dt.date) -> tuple[dt.date | None, str | None]:
    for m in _WEEKDAY.finditer(text):
        before = text[: m.start()].split()
        prev = before[-1] if before else ""
        named = bool(m["after"]) or prev[:1].isupper() or prev.endswith("'")
        if not m["last"] and prev.lower() != "on" and named:
            continue  # "Sunday Telegraph", "Monday's vote", "Sky News' Sunday": names
        target = WEEKDAYS.index(m["wd"].lower())
        back = (published.weekday() - target) % 7
        if m["last"] and m["last"].lower().startswith("last") and back == 0:
            back = 7
        return published - dt.timedelta(days=back), f"weekday:{m['wd'].capitalize()}"
    return None, None


def resolve_claim_date(
    sentence_text: str, published: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """Date of the speech event mentioned in `sentence_text`, and how it was found.

    Explicit dates ("July 5, 2024", "On May 29") win; then "yesterday"/"today"/"N days ago";
    then a weekday ("said Monday" = the latest Monday on or before `published`).
    Vague references ("last week", "earlier in April") resolve to (None, None).
    """
    if not sentence_text:
        return None, None
    found, basis = _explicit(sentence_text, published)
    if found or published is None:
        return found, basis
    if m := _RELATIVE_RE.search(sentence_text):
        word = m.group(1).lower()
        return published + dt.timedelta(days=_RELATIVE[word]), f"relative:{word}"
    if m := _DAYS_AGO.search(sentence_text):
        n = int(m["n"]) if m["n"].isdigit() else _SMALL[m["n"].lower()]
        return published - dt.timedelta(days=n), f"relative:{m.group(0).lower()}"
    return _weekday(sentence_text, published)
