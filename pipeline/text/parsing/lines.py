"""Row kinds of a document head: paragraph, boilerplate, label, byline, date, caption, ..."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.text.dates import TIME_TAIL_RE, find_date


def word_set(words: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(words.split())


SENT_END_RE = re.compile(r"(?:[.!?…]|\.\.\.)[\"')\]]*$")
_PARA_END_RE = re.compile(r"(?:[.…]|\.\.\.)[\"')\]]*$")
SENT_BREAK_RE = re.compile(r"[a-z]{2}[.!?][\"')\]]*\s+[\"'A-Z]")
_UI_TEXT_RE = re.compile(
    r"\b(?:cookies?|javascript|your (?:browser|privacy)|newsletters?|sign up|subscribe[rd]?"
    r"|subscription|log ?in|privacy policy|terms of (?:use|service)|all rights reserved"
    r"|personal data|our partners|free articles?|manage preferences|accept all)\b",
    re.I,
)
_BOILER_RE = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|(?:main )?menu|search|home(?:page)?"
    r"|log ?(?:in|out)|sign ?(?:in|up|out)|register|share(?: this(?: article| story| page)?)?"
    r"|share (?:on|via) \w+|print|e-?mail|facebook|twitter|x|instagram|whatsapp|linkedin"
    r"|telegram|youtube|reddit|flipboard|pinterest|copy link|advertisement|advertising|close"
    r"|toggle navigation|navigation|more|read more|listen(?: to this article)?|\d* ?comments?"
    r"|follow us(?: on .{0,30})?|\d* ?view gallery|loading\W*|privacy|terms|contact(?: us)?"
    r"|about(?: us)?|donate|support us)\W*$",
    re.I,
)
_LABEL_ALONE = (
    r"(?:breaking(?: news)?|(?:world |latest |top |local )?news|opinion|analysis|editorial"
    r"|commentary|interview|explainer|feature|special report|live(?: updates)?|updated?"
    r"|video|watch|photos?|gallery|podcast|fact ?check|sponsored|in depth|investigation"
    r"|review|column|op-?ed|latest|world|politics|middle east|top stories|exclusive)"
)
LABEL_RE = re.compile(
    rf"^(?:{_LABEL_ALONE}|(?P<pre>[A-Za-z][\w&.-]{{1,20}})\s+(?:exclusive|interview|analysis"
    r"|special report|opinion|editorial|explainer|live|update))\s*[:|]?$",
    re.I,
)
BYLINE_RE = re.compile(
    r"^(?i:(?:written |words |reported |edited |story |text )?by|authors?|reporter)\b\s*:?\s*"
    r"(?P<who>[A-Z@].*)$"
)
_STAMP_RE = re.compile(
    r"^(?:published|updated|last updated|first published|posted|modified|created"
    r"|date published)\b|^[^|•·]{2,60}[|•·]\s*(?:published|updated|posted)\b",
    re.I,
)
_RELTIME_RE = re.compile(
    r"^(?:(?:updated|posted|published)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?"
    r"|h(?:ou)?r|day|week|month|year)s?\s+ago$|^\d+\s+min(?:ute)?s?\s+read$|^just now$",
    re.I,
)
_READ_TIME_RE = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b", re.I)
_ROLE_WORD_RE = re.compile(
    r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|journalist)\b", re.I
)
CAPTION_RE = re.compile(
    r"\((?:photo|image|file photo|credit|pic)\b[^)]*\)$|^image caption\b"
    r"|^(?:photo|image|picture|caption)s?\s*:|\b(?:file photo|photo|photograph|credit)\s*:"
    r"|\bgetty images\b|(?-i:[a-z](?:Credit|Photo|Image|Picture)s?:)|^©",
    re.I,
)
CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}"
CAPS_RE = re.compile(rf"^(?P<place>{CAPS_PLACE})(?:,\s*(?P<extra>[\w.', ]{{2,30}}))?$")
_NAME_GLUE = word_set(
    "and & of the de da del der van von bin al el la le in staff correspondent reporter "
    "writer editor desk news agency"
)
_SEPARATORS = " \t-–—|,;:·•/()"
_LEAD_BY_RE = re.compile(r"^\s*(?:posted |published )?(?:by|on)\b", re.I)
FURNITURE_KINDS = ("boiler", "label", "caption")  # rows skipped when looking for neighbours
ANCHOR_KINDS = ("byline", "date")  # rows that sit next to a headline


def word_count(s: str) -> int:
    """Whitespace-separated words: the unit of every length rule in the parser."""
    return len(s.split())


def is_paragraph(line: str) -> bool:
    """An article paragraph: >= 8 words ending in a full stop, two sentences or > 45 words."""
    if _UI_TEXT_RE.search(line):
        return False
    n = word_count(line)
    return (
        n > 45
        or (n >= 8 and bool(_PARA_END_RE.search(line)))
        or (n >= 15 and bool(SENT_BREAK_RE.search(line)))
    )


def looks_like_name(s: str) -> bool:
    """Short and capitalised like a person, outlet or site name."""
    words = [w.strip(",.;:|()") for w in s.split()]
    return (
        0 < len(words) <= 6
        and (s[0].isupper() or s[0].isdigit())
        and all(not w or w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_GLUE for w in words)
    )


def date_and_rest(line: str) -> tuple[dt.date, str] | None:
    """Date in a short line and what is left of the line around it."""
    found = find_date(line)
    if found is None:
        return None
    value, start, end = found
    tail = TIME_TAIL_RE.match(line, end)
    rest = _READ_TIME_RE.sub(" ", line[:start] + " " + line[tail.end() if tail else end :])
    rest = _LEAD_BY_RE.sub("", rest.strip(_SEPARATORS))
    return value, rest.strip(_SEPARATORS)


def _is_byline(line: str) -> bool:
    n = word_count(line)
    if _RELTIME_RE.match(line) or (n <= 20 and BYLINE_RE.match(line)):
        return True
    if n <= 15 and _STAMP_RE.match(line):
        return True
    # "Jo Doe, Reporter"
    return n <= 8 and bool(_ROLE_WORD_RE.search(line)) and looks_like_name(line)


def line_kind(line: str) -> str:
    """One head row: para, boiler, label, byline, date, caption, caps, other or cand."""
    if is_paragraph(line):
        return "para"
    if _BOILER_RE.match(line) or _UI_TEXT_RE.search(line):
        return "boiler"
    if LABEL_RE.match(line):
        return "label"
    if _is_byline(line):
        return "byline"
    if word_count(line) <= 15 and (found := date_and_rest(line)) is not None:
        if not found[1]:
            return "date"
        if looks_like_name(found[1]):
            return "byline"
    if CAPTION_RE.search(line):
        return "caption"
    m = CAPS_RE.match(line)
    if m and sum(c.isalpha() for c in m.group("place")) >= 3:
        return "caps"
    if line.endswith(":") or not any(c.isalpha() for c in line) or word_count(line) > 30:
        return "other"
    return "cand"
