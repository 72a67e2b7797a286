"""Header fields (title, standfirst, outlet, dateline, date) of one normalised article text.

`parse_text` works on the non-blank lines ("rows") of a `normalize_text`-ed document:

1. Top metadata: leading ``key: value`` rows (title/source/author/url/date) and a date header
   glued in front of the first row (``date 2024-07-11 Iran is ...``) are consumed.
2. Head block: the rows before the first paragraph (>= 8 words ending in a full stop, two
   sentences, or > 45 words; cookie/subscription text never counts). A paragraph directly
   followed by a byline/date row is a standfirst or tagline, so the head goes on past it.
   Header fields come only from the head block (at most ``HEAD_MAX`` rows).
3. Title: the hint title's row; else a row repeated in the head (``Title`` / ``Title | Site``);
   else the first row if it is headline-like (not a menu item, label, byline, date, caption,
   or a short outlet/section kicker above a longer headline, and not followed by a menu);
   else (page dumps) the last headline row of >= 4 words that has a byline/date row just
   below it (or a date just above), else the last such row at all - stepping up one row when
   the pick is a longer summary line under a shorter headline. Empty head -> no title.
4. Rows above the title are consumed (outlet_line / label / byline / date_line / preamble).
   Below it, repeats, bylines (incl. a bare author name above a byline/date), date rows,
   labels and an all-caps place row are consumed. The first other row is the standfirst when
   it sits between the title and a byline/date row (8-45 words, longer than the title), or,
   without such a row, when it is one headline-style sentence: 10-45 words, longer than the
   title, no closing punctuation, no is/are/was/were/has/have/had, at most one article (a
   lede that merely lost its full stop stays body). Anything else stays in the body.
5. Dateline: ``TEHRAN (Reuters) -`` / ``WASHINGTON, July 8 (AP) —`` is cut from the first body
   row (place -> dateline, agency -> outlet); a lone all-caps place row below the title too.
6. Date, best source wins: hint ("metadata") > header > byline (byline/date rows near the
   title, dateline) > footer (``... Posted by`` / ``Published ...`` rows before any comments or
   related-posts section) > in_text (a lone date row among the first 5 rows with no other
   headline before the title). Dates inside sentences, comments and link lists are never
   used; a date without a year is no date.
7. Outlet, best source wins: hint > byline (``Some TV – July 14, 2019``, ``By X, Reuters``,
   ``source:`` header) > dateline agency > ``ACRONYM Exclusive`` label, outlet-like row just
   above the title > footer or credit (``Source: X``, ``Provided by X``, ``Read more on X`` >
   ``X Editorial Staff``, ``Follow X on Twitter``, ``© 2024 X``) > outlet-like first row /
   page-title suffix > ``Posted by | Site |`` footer. Nothing found -> None (never guessed).
   Footer rows stay in the body (the cleaner removes boilerplate); only header rows are
   consumed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.text.records import DATE_SOURCES, Line, ParsedArticle, RemovedLine

__all__ = ["ParseHints", "find_date", "parse_date", "parse_text"]

HEAD_MAX = 60  # rows searched for a title and header furniture
IN_TEXT_ROWS = 5  # a lone date row counts as "in_text" only among the first rows


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


@dataclass(frozen=True)
class ParseHints:
    """Structured metadata (JSON fields, HTML <meta>) that beats anything guessed from text."""

    title: str | None = None
    outlet: str | None = None
    published_date: dt.date | None = None
    date_source: str | None = None  # defaults to "metadata" when published_date is set


# --------------------------------------------------------------------------- dates

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2}))"
)
_DATE_RE = re.compile(rf"(?<![\w-]){_DATE}(?![\d])", re.I)
_TIME_TAIL_RE = re.compile(
    r"(?:\s*(?:,|at|@|-|–|—|\|)?\s*T?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*"
    r"(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?)?\s*",
    re.I,
)
_NUMERIC_DATE_RE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,  # never fill a missing day/month/year from today
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],  # no "3 days ago", no timestamps
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if 1900 <= value.year <= 2100 else None


def _match_to_date(m: re.Match[str]) -> dt.date | None:
    for i in "123":
        if m.group(f"y{i}"):
            month = m.group(f"m{i}")
            num = int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1
            return _make_date(m.group(f"y{i}"), num, m.group(f"d{i}"))
    return None


def find_date(line: str) -> tuple[dt.date, int, int] | None:
    """First full date (day, month and year) written out in `line`, with its span."""
    for m in _DATE_RE.finditer(line):
        value = _match_to_date(m)
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
    m = _DATE_RE.match(s)
    if m and _TIME_TAIL_RE.fullmatch(s, m.end()):
        return _match_to_date(m)
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


# --------------------------------------------------------------------------- line kinds

_SENT_END_RE = re.compile(r"(?:[.!?…]|\.\.\.)[\"')\]]*$")
_PARA_END_RE = re.compile(r"(?:[.…]|\.\.\.)[\"')\]]*$")
_SENT_BREAK_RE = re.compile(r"[a-z]{2}[.!?][\"')\]]*\s+[\"'A-Z]")
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
_LABEL_RE = re.compile(
    rf"^(?:{_LABEL_ALONE}|(?P<pre>[A-Za-z][\w&.-]{{1,20}})\s+(?:exclusive|interview|analysis"
    r"|special report|opinion|editorial|explainer|live|update))\s*[:|]?$",
    re.I,
)
_BYLINE_RE = re.compile(
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
_CAPTION_RE = re.compile(
    r"\((?:photo|image|file photo|credit|pic)\b[^)]*\)$|^image caption\b"
    r"|^(?:photo|image|picture|caption)s?\s*:|\b(?:file photo|photo|photograph|credit)\s*:"
    r"|\bgetty images\b|(?-i:[a-z](?:Credit|Photo|Image|Picture)s?:)|^©",
    re.I,
)
_CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}"
_CAPS_RE = re.compile(rf"^(?P<place>{_CAPS_PLACE})(?:,\s*(?P<extra>[\w.', ]{{2,30}}))?$")
_META_RE = re.compile(
    r"^(?P<key>title|headline|source|outlet|publisher|site|author|url|link|date|pubdate)\s*:\s*"
    r"(?P<val>\S.*)$",
    re.I,
)
_DATE_PREFIX_RE = re.compile(r"^(?:date|dated)\b\s*[:=\-]?\s*", re.I)
_NAME_GLUE = _word_set(
    "and & of the de da del der van von bin al el la le in staff correspondent reporter "
    "writer editor desk news agency"
)
_SEPARATORS = " \t-–—|,;:·•/()"
_LEAD_BY_RE = re.compile(r"^\s*(?:posted |published )?(?:by|on)\b", re.I)
_FURNITURE = ("boiler", "label", "caption")  # rows skipped when looking for neighbours
_ANCHORS = ("byline", "date")  # rows that sit next to a headline


def _words(s: str) -> int:
    return len(s.split())


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


def _is_paragraph(line: str) -> bool:
    """An article paragraph: >= 8 words ending in a full stop, two sentences or > 45 words."""
    if _UI_TEXT_RE.search(line):
        return False
    n = _words(line)
    return (
        n > 45
        or (n >= 8 and bool(_PARA_END_RE.search(line)))
        or (n >= 15 and bool(_SENT_BREAK_RE.search(line)))
    )


def _namey(s: str) -> bool:
    """Short and capitalised like a person, outlet or site name."""
    words = [w.strip(",.;:|()") for w in s.split()]
    return (
        0 < len(words) <= 6
        and (s[0].isupper() or s[0].isdigit())
        and all(not w or w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_GLUE for w in words)
    )


def _date_rest(line: str) -> tuple[dt.date, str] | None:
    """Date in a short line and what is left of the line around it."""
    found = find_date(line)
    if found is None:
        return None
    value, start, end = found
    tail = _TIME_TAIL_RE.match(line, end)
    rest = _READ_TIME_RE.sub(" ", line[:start] + " " + line[tail.end() if tail else end :])
    rest = _LEAD_BY_RE.sub("", rest.strip(_SEPARATORS))
    return value, rest.strip(_SEPARATORS)


def _is_byline(line: str) -> bool:
    n = _words(line)
    if _RELTIME_RE.match(line) or (n <= 20 and _BYLINE_RE.match(line)):
        return True
    if n <= 15 and _STAMP_RE.match(line):
        return True
    return n <= 8 and bool(_ROLE_WORD_RE.search(line)) and _namey(line)  # "Jo Doe, Reporter"


def _kind(line: str) -> str:
    """One head row: para, boiler, label, byline, date, caption, caps, other or cand."""
    if _is_paragraph(line):
        return "para"
    if _BOILER_RE.match(line) or _UI_TEXT_RE.search(line):
        return "boiler"
    if _LABEL_RE.match(line):
        return "label"
    if _is_byline(line):
        return "byline"
    if _words(line) <= 15 and (found := _date_rest(line)) is not None:
        if not found[1]:
            return "date"
        if _namey(found[1]):
            return "byline"
    if _CAPTION_RE.search(line):
        return "caption"
    m = _CAPS_RE.match(line)
    if m and sum(c.isalpha() for c in m.group("place")) >= 3:
        return "caps"
    if line.endswith(":") or not any(c.isalpha() for c in line) or _words(line) > 30:
        return "other"
    return "cand"


# --------------------------------------------------------------------------- outlets

_OUTLET_WORDS = _word_set(
    "news tv times post press agency daily herald journal tribune gazette radio network "
    "media observer guardian telegraph monitor review channel online today wire chronicle "
    "express mail standard independent insider weekly magazine broadcasting dispatch "
    "bulletin courier examiner inquirer ledger mirror sentinel report eye voice star "
    "globe nation"
)
_WIRES = _word_set(
    "reuters ap afp bloomberg upi xinhua tass dpa kyodo yonhap ansa efe anadolu ani pti "
    "ians bernama irna isna"
) | {"associated press", "agence france-presse", "agence france presse"}
_NOT_OUTLETS = _word_set("US USA UK UN EU UAE NATO IAEA GMT UTC EST EDT BST PM AM CEO")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_DOMAIN_RE = re.compile(r"\b[\w-]+\.(?:com|net|org|ir|co\.uk|info|news|tv|press)\b", re.I)
_ROLE_RE = re.compile(
    r"\s+(?:editorial\s+)?(?:staff|team|desk|board|correspondents?|reporters?|writers?)$", re.I
)
_COMPANY_RE = re.compile(
    r"\s+(?:or|and) its .*$|,?\s+(?:ltd|limited|inc|llc|plc|corp|gmbh)\.?$|\s+(?:19|20)\d\d$"
    r"|\s+(?:follow|subscribe)$",
    re.I,
)
_FOOTER_OUTLET_RE = re.compile(
    r"^(?:<+\s*)?follow\s+(?P<follow>[^|<>@]{2,40}?)\s+on\s+(?:facebook|twitter|x|instagram"
    r"|telegram|youtube|linkedin|google news|whatsapp|threads|tiktok)\b"
    r"|^(?:by\s+)?(?P<staff>[^|]{2,40}?)\s+editorial\s+(?:staff|team|board|desk)$"
    r"|^(?:copyright\s*)?(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?P<copy>[^|.]{2,80}?)\s*(?:[.,|]\s*)?(?:all rights reserved\.?)?$"
    r"|^source\s*:\s*(?P<source>[^|]{2,50}?)\.?$"
    r"|^(?:©\s*)?provided by\s+(?P<provided>[^|]{2,50}?)\.?$"
    r"|^read (?:more|the full (?:story|article)) (?:on|at)\s+(?P<readmore>[^|]{2,50}?)\.?$"
    r"|posted (?:by|in)\s*\|\s*(?P<posted>[^|]{2,40}?)\s*\|",
    re.I,
)
_FOOTER_RANKS = {"source": 4, "provided": 4, "readmore": 4, "staff": 5, "follow": 5, "copy": 5}
_FOOTER_RANKS["posted"] = 7
_IMAGE_WORDS_RE = re.compile(r"\b(?:images?|photos?|shutterstock|alamy|istock|wordpress)\b", re.I)


def _outletish(name: str) -> bool:
    """Looks like a news outlet: wire agency, acronym, domain or a name with "News"/"TV"/..."""
    words = name.split()
    if not _namey(name):
        return False
    if name.lower() in _WIRES or _DOMAIN_RE.search(name):
        return True
    if len(words) == 1:  # "News" or "Mail" alone is a menu item, "IRNA" an outlet
        acronym = bool(_ACRONYM_RE.fullmatch(name))
        return acronym and name not in _NOT_OUTLETS and name.lower() not in _OUTLET_WORDS
    return any(w.lower().strip(".,") in _OUTLET_WORDS | _WIRES for w in words)


def _personish(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not _outletish(name)
        and all(re.fullmatch(r"[A-Z][a-z'\-]+|[A-Z]\.", w) for w in words)
    )


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" \"'.,;:|-–—()")
    return _COMPANY_RE.sub("", name).strip(" \"'.,;:|-–—()")


def _byline_outlet(line: str) -> str | None:
    """Outlet named in a byline row ("By Jane Doe, Reuters", "Some TV – July 14, 2019")."""
    m = _BYLINE_RE.match(line)
    text = m.group("who") if m else line
    found = _date_rest(text)
    if found is not None:
        text = found[1]
    text = re.sub(r"\b(?:published|updated|posted)\b.*$", "", text, flags=re.I)
    m = re.search(r"\sfor\s+(?:the\s+)?(?P<name>[A-Z].{1,40})$", text)
    if m and _namey(_clean_name(m.group("name"))):
        return _clean_name(m.group("name"))
    for part in re.split(r"\s*(?:[|,;·•/]|\s[-–—]\s|\s(?:and|&)\s)\s*", text):
        name = _ROLE_RE.sub("", _clean_name(part))
        if name and _outletish(name):
            return name
    return None


# --------------------------------------------------------------------------- state


@dataclass
class _State:
    """Rows of the document plus the evidence collected while walking them."""

    rows: list[Line]
    texts: list[str] = field(default_factory=list)
    consumed: dict[int, RemovedLine] = field(default_factory=dict)
    partial: list[RemovedLine] = field(default_factory=list)
    dates: list[tuple[int, int, dt.date, str]] = field(default_factory=list)
    outlets: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [text for _, text in self.rows]

    def consume(self, i: int, reason: str) -> None:
        self.consumed.setdefault(i, RemovedLine(self.rows[i][0], self.texts[i], reason))

    def cut(self, i: int, removed: str, rest: str, reason: str) -> None:
        """Drop the leading `removed` part of row i, keeping `rest` as body text."""
        if not rest:
            self.consume(i, reason)
            return
        self.partial.append(RemovedLine(self.rows[i][0], removed.strip(), reason))
        self.texts[i] = rest

    def add_date(self, value: dt.date | None, source: str, order: int) -> None:
        if value is not None:  # hints (order -1) beat any date found in the text
            rank = -1 if order < 0 else DATE_SOURCES.index(source)
            self.dates.append((rank, order, value, source))

    def add_outlet(self, name: str | None, rank: int, order: int) -> None:
        name = _clean_name(name or "")
        if name and _words(name) <= 8:
            self.outlets.append((rank, order, name))


# --------------------------------------------------------------------------- steps


def _take_top_meta(st: _State) -> tuple[int, str | None]:
    """Consume leading ``key: value`` rows and a ``date 2024-07-11`` prefix; return start row."""
    title = None
    i = 0
    while i < len(st.rows) and (m := _META_RE.match(st.texts[i])):
        key, val = m.group("key").lower(), m.group("val").strip()
        reason = "byline" if key == "author" else "header"
        if key in ("title", "headline"):
            title = val
        if key in ("source", "outlet", "publisher", "site"):
            st.add_outlet(val, 1, i)
            reason = "outlet_line"
        elif key in ("date", "pubdate"):
            st.add_date(parse_date(val), "header", i)
            reason = "date_header"
        st.consume(i, reason)
        i += 1
    if i < len(st.rows) and (m := _DATE_PREFIX_RE.match(st.texts[i])):
        d = _DATE_RE.match(st.texts[i], m.end())
        if d is not None and (value := _match_to_date(d)) is not None:
            tail = _TIME_TAIL_RE.match(st.texts[i], d.end())
            end = tail.end() if tail else d.end()
            st.add_date(value, "header", i)
            st.cut(i, st.texts[i][:end], st.texts[i][end:].strip(), "date_header")
            if i in st.consumed:
                i += 1
    return i, title


def _head_end(st: _State, start: int) -> int:
    """First body row: a paragraph, unless a byline/date row follows it (then it is a
    standfirst or tagline and the head goes on), or a paragraph of > 45 words."""
    limit = min(len(st.rows), start + HEAD_MAX)
    for i in range(start, limit):
        text = st.texts[i]
        if not _is_paragraph(text):
            continue
        j = i + 1
        while j < len(st.rows) and _kind(st.texts[j]) in _FURNITURE:
            j += 1
        if _words(text) > 45 or j == len(st.rows) or _kind(st.texts[j]) not in _ANCHORS:
            return i
    return limit


def _same_title(line: str, title: str) -> bool:
    a, b = _key(line), _key(title)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or (long_.startswith(short) and len(short) >= 0.6 * len(long_))


def _split_page_title(line: str) -> tuple[str, str] | None:
    """("Headline", "Site") for a page-title row such as "Headline | Site"."""
    m = re.match(r"^(?P<head>.+)\s+(?:\||-|–|—|::)\s+(?P<site>[^|\-–—]{2,40})$", line)
    return (m.group("head"), m.group("site")) if m else None


def _title_copy(line: str, title: str | None) -> tuple[bool, str | None]:
    """Is `line` another copy of the title, and which site suffix does it carry, if any."""
    if not title:
        return False, None
    if _same_title(line, title):
        return True, None
    split = _split_page_title(line)
    if split and _key(split[0]) == _key(title):
        return True, split[1]
    return False, None


def _neighbour(kinds: dict[int, str], i: int, step: int) -> int | None:
    """Nearest row from i in direction `step` that is not menu/label/caption furniture."""
    j = i + step
    while j in kinds and kinds[j] in _FURNITURE:
        j += step
    return j if j in kinds else None


def _anchored(st: _State, kinds: dict[int, str], i: int) -> bool:
    """Headline row i has a byline/date row just below it (a standfirst and a name may sit
    between; a bare date that leads the next headline does not count), or - for the last
    headline before the body - a date just above it."""
    j, between = i + 1, 0
    while j in kinds and between <= 2:
        if kinds[j] == "byline":
            return True
        if kinds[j] == "date":
            nxt = _neighbour(kinds, j, 1)
            return not (nxt is not None and kinds[nxt] == "cand" and _words(st.texts[nxt]) >= 4)
        between += kinds[j] not in _FURNITURE
        j += 1
    above = _neighbour(kinds, i, -1)
    last = not any(kinds[k] == "cand" and _words(st.texts[k]) >= 4 for k in kinds if k > i)
    return last and above is not None and kinds[above] == "date"


def _leads_to_anchor(st: _State, kinds: dict[int, str], i: int) -> bool:
    """Row i is followed by a byline/date row (furniture and an author name may sit between)."""
    j = _neighbour(kinds, i, 1)
    if j is not None and kinds[j] == "cand" and _personish(st.texts[j]):
        j = _neighbour(kinds, j, 1)
    return j is not None and kinds[j] in _ANCHORS


def _is_summary(line: str, title_words: int) -> bool:
    """A header summary line: 8-45 words and longer than the title."""
    n = _words(line)
    return 8 <= n <= 45 and n > title_words and not _CAPTION_RE.search(line)


def _pick_title(st: _State, start: int, end: int, kinds: dict[int, str]) -> int | None:
    """Index of the title row in the head block (see module docstring, step 3)."""
    texts = st.texts
    cands = [i for i in range(start, end) if kinds[i] == "cand" and _words(texts[i]) >= 2]
    if not cands:
        return None
    rows_by_key: dict[str, list[int]] = {}
    for i in cands:
        rows_by_key.setdefault(_key(texts[i]), []).append(i)
    page_titles = {_key(split[0]) for i in cands if (split := _split_page_title(texts[i]))}
    repeated = [k for k, ids in rows_by_key.items() if k and (len(ids) > 1 or k in page_titles)]
    if repeated:
        return rows_by_key[max(repeated, key=len)][0]
    longs = [i for i in cands if _words(texts[i]) >= 4]
    if cands[0] == start:  # plain layout: the headline is the first row
        later = [i for i in longs if i > start]
        n_first, nxt = _words(texts[start]), texts[later[0]] if later else ""
        kicker = bool(later) and (
            (n_first <= 3 and _outletish(texts[start]))
            or (n_first <= 2 and _words(nxt) <= 20 and not _SENT_END_RE.search(nxt))
        )
        menu = [kinds[i] in _FURNITURE or _words(texts[i]) == 1 for i in range(start, end)]
        if not kicker and (not later or sum(menu[: later[0] - start]) < 3):
            return start
    if not longs:
        return cands[-1]
    anchored = [i for i in longs if _anchored(st, kinds, i)]
    pick = (anchored or longs)[-1]
    above = _neighbour(kinds, pick, -1)
    if above in longs and _is_summary(texts[pick], _words(texts[above]) + 2):
        return above  # pick is the standfirst under the real headline
    return pick


_AUXILIARIES = _word_set("is are was were has have had")


def _is_standfirst(line: str, title_words: int) -> bool:
    """One headline-style summary sentence (see module docstring, step 4)."""
    words = [w.strip("\"'(),;:").lower() for w in line.split()]
    return (
        10 <= len(words) <= 45
        and len(words) > title_words
        and (line[0].isupper() or line[0] in "\"'")
        and not _SENT_END_RE.search(line)
        and not line.endswith(":")
        and not _SENT_BREAK_RE.search(line)
        and not _AUXILIARIES.intersection(words)
        and sum(w in ("a", "an", "the") for w in words) <= 1
    )


def _label_outlet(line: str) -> str | None:
    m = _LABEL_RE.match(line)
    pre = m.group("pre") if m else None
    if pre and (_outletish(pre) or (_ACRONYM_RE.fullmatch(pre) and pre not in _NOT_OUTLETS)):
        return pre
    return None


def _take_furniture(st: _State, i: int, kind: str, date_source: str | None) -> bool:
    """Consume a label/byline/date row (not the title); True when it was consumed.

    `date_source` is what a lone date row counts as here ("byline", "in_text" or None).
    """
    text = st.texts[i]
    found = _date_rest(text) if kind in _ANCHORS else None
    value = found[0] if found else None
    if kind == "label":
        st.add_outlet(_label_outlet(text), 3, i)
        st.consume(i, "label")
    elif kind == "byline" and _DATE_PREFIX_RE.match(text):
        st.add_date(value, "header", i)
        st.consume(i, "date_header")
    elif kind == "byline":
        st.add_date(value, "byline", i)
        st.add_outlet(_byline_outlet(text), 1, i)
        st.consume(i, "byline")
    elif kind == "date":
        if date_source is not None:
            st.add_date(value, date_source, i)
        st.consume(i, "date_line")
    else:
        return False
    return True


def _lone_date_source(kinds: dict[int, str], i: int, stop: int) -> str | None:
    """ "in_text" for a date row among the first rows with no headline row up to `stop`."""
    ok = i < IN_TEXT_ROWS and all(kinds.get(j) != "cand" for j in range(i + 1, stop))
    return "in_text" if ok else None


def _take_preamble(st: _State, start: int, kinds: dict[int, str], title_idx: int) -> None:
    """Consume the rows above the title (menus, labels, site name, bylines, dates)."""
    title = st.texts[title_idx]
    for i in range(start, title_idx):
        text, kind = st.texts[i], kinds[i]
        is_copy, site = _title_copy(text, title)
        if is_copy:
            st.add_outlet(site, 6, i)
            st.consume(i, "title_repeat")
        elif kind in ("cand", "caps") and i in (start, title_idx - 1) and _outletish(text):
            st.add_outlet(text, 3 if i == title_idx - 1 else 6, i)
            st.consume(i, "outlet_line")
        elif not _take_furniture(st, i, kind, _lone_date_source(kinds, i, title_idx)):
            st.consume(i, "label" if kind == "caps" else "preamble")


def _take_head(
    st: _State,
    span: tuple[int, int],
    kinds: dict[int, str],
    title_idx: int | None,
    title: str | None,
) -> tuple[str | None, str | None]:
    """Consume header rows around the title; return (standfirst, dateline)."""
    start, end = span
    standfirst = dateline = None
    if title_idx is not None:
        st.consume(title_idx, "title")
        _take_preamble(st, start, kinds, title_idx)
    looking = title is not None  # for a standfirst: the first body-ish row under the title
    for i in range(start if title_idx is None else title_idx + 1, end):
        if i in st.consumed:
            continue
        text, kind = st.texts[i], kinds[i]
        nxt = _neighbour(kinds, i, 1)
        is_copy, site = _title_copy(text, title)
        if is_copy:
            st.add_outlet(site, 6, i)
            st.consume(i, "title_repeat")
        elif _take_furniture(st, i, kind, "byline" if title else _lone_date_source(kinds, i, end)):
            pass
        elif kind == "caps" and dateline is None:
            m = _CAPS_RE.match(text)
            dateline = m.group("place") if m else text
            found = find_date(text)
            st.add_date(found[0] if found else None, "byline", i)
            st.consume(i, "dateline")
        elif kind == "cand" and _personish(text) and nxt is not None and kinds[nxt] in _ANCHORS:
            st.consume(i, "byline")  # "Jane Doe" above "Political reporter" / a date
        elif kind in ("cand", "para") and looking:
            looking = False
            n_title = _words(title or "")
            if i + 1 < len(st.rows) and (
                _is_summary(text, n_title)
                if _leads_to_anchor(st, kinds, i)
                else _is_standfirst(text, n_title)
            ):
                standfirst = text
                st.consume(i, "standfirst")
        elif kind not in _FURNITURE:
            looking = False
    return standfirst, dateline


_DATELINE_RE = re.compile(
    rf"^(?:(?P<place>{_CAPS_PLACE})(?:,\s*(?P<extra>[^()\n]{{1,40}}?))?\s*"
    r"(?:\((?P<agency>[^()]{2,40})\))?"
    r"|(?P<place2>[A-Z][a-z.'\-]+(?: [A-Z][a-z.'\-]+){0,2})(?:,\s*(?P<extra2>[^()\n]{1,40}?))?"
    r"\s*\((?P<agency2>[^()]{2,40})\)"
    r"|\((?P<agency3>[^()]{2,40})\))"
    r"\s*(?:--?|–|—|:)\s*"
)
_NOT_PLACES = frozenset({"NOTE", "EDITOR'S NOTE", "WARNING", "CORRECTION", "UPDATE", "FACT CHECK"})


def _take_dateline(st: _State, i: int) -> str | None:
    """Cut a ``PLACE, date (Agency) -`` dateline off body row i; return the place."""
    text = st.texts[i]
    m = _DATELINE_RE.match(text)
    if m is None:
        return None
    place = m.group("place") or m.group("place2")
    agency = m.group("agency") or m.group("agency2") or m.group("agency3")
    extra = m.group("extra") or m.group("extra2") or ""
    if agency and not (_words(agency) <= 4 and _namey(agency)):
        return None
    found = find_date(extra)
    if place and (
        _LABEL_RE.match(place)
        or place in _NOT_PLACES | _NOT_OUTLETS
        or sum(c.isalpha() for c in place) < 3
        or (extra and not agency and not found and not (_words(extra) <= 3 and _namey(extra)))
    ):
        return None
    st.add_date(found[0] if found else None, "byline", i)
    st.add_outlet(agency, 2, i)
    st.cut(i, text[: m.end()], text[m.end() :], "dateline")
    return place


_TAIL_MARK_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:reply|comment)|related(?: \w+)?"
    r"|recent posts|most (?:read|popular|viewed|shared)|you (?:may|might) also like"
    r"|read (?:more|also|next)|more (?:from|stories|news|on)\b.*|latest(?: \w+)?|trending(?: now)?"
    r"|popular(?: \w+)?|see also|also read|no comments yet|top stories)\W*$"
    r"|\b(?:says|said)(?::|\.\.\.)",
    re.I,
)
_FOOTER_DATE_RE = re.compile(
    rf"^(?:{_DATE}\s*[-–—|,:]?\s*)?(?:posted|published|filed|first published|last updated"
    r"|updated)\b",
    re.I,
)


def _scan_footer(st: _State, start: int, body_start: int) -> None:
    """Outlet footers/credits in any unconsumed row; a "Posted by" date in the body before
    any comments or related-posts section."""
    dates_open = True
    for i in range(start, len(st.rows)):
        text = st.texts[i]
        if i in st.consumed or _words(text) > 25:
            continue
        if i < body_start:
            pass
        elif dates_open and _TAIL_MARK_RE.search(text):
            dates_open = False
        elif dates_open and _FOOTER_DATE_RE.match(text) and (found := find_date(text)):
            st.add_date(found[0], "footer", i)
            dates_open = False
        m = _FOOTER_OUTLET_RE.search(text)
        if m is None:
            continue
        group = next(g for g in _FOOTER_RANKS if m.group(g))
        name = _clean_name(m.group(group))
        if not _namey(name) or _IMAGE_WORDS_RE.search(name):
            continue
        if group == "follow" and (name.lower() in ("us", "me") or _personish(name)):
            continue
        st.add_outlet(name, _FOOTER_RANKS[group], i)


# --------------------------------------------------------------------------- entry point


def parse_text(text: str, *, hints: ParseHints | None = None) -> ParsedArticle:
    """Split a normalised document into header fields and body lines (module docstring)."""
    hints = hints or ParseHints()
    rows = [(no, s.strip()) for no, s in enumerate(text.split("\n"), 1) if s.strip()]
    st = _State(rows)
    if hints.published_date is not None:
        value = hints.published_date
        source = hints.date_source if hints.date_source in DATE_SOURCES else "metadata"
        st.add_date(value.date() if isinstance(value, dt.datetime) else value, source, -1)
    if hints.outlet:
        st.add_outlet(hints.outlet, 0, -1)

    start, meta_title = _take_top_meta(st)
    end = _head_end(st, start)
    kinds = {i: _kind(st.texts[i]) for i in range(start, end)}
    hint_title = " ".join((hints.title or meta_title or "").split()) or None
    if hint_title:
        title = hint_title
        title_idx = next((i for i in kinds if _same_title(st.texts[i], hint_title)), None)
    else:
        title_idx = _pick_title(st, start, end, kinds)
        title = st.texts[title_idx] if title_idx is not None else None
    standfirst, dateline = _take_head(st, (start, end), kinds, title_idx, title)

    body_rows = (i for i in range(start, len(rows)) if i not in st.consumed)
    first_body = next((i for i in body_rows if kinds.get(i) not in _FURNITURE), None)
    if first_body is not None:
        dateline = _take_dateline(st, first_body) or dateline
    _scan_footer(st, start, end)

    best_date = min(st.dates, default=None, key=lambda d: (d[0], d[1]))
    best_outlet = min(st.outlets, default=None, key=lambda o: (o[0], o[1]))
    body = tuple((no, st.texts[i]) for i, (no, _) in enumerate(rows) if i not in st.consumed)
    consumed = sorted([*st.partial, *st.consumed.values()], key=lambda r: r.line_no)
    return ParsedArticle(
        title=title,
        standfirst=standfirst,
        outlet=best_outlet[2] if best_outlet else None,
        dateline=dateline,
        published_date=best_date[2] if best_date else None,
        date_source=best_date[3] if best_date else "none",
        body_lines=body,
        consumed=tuple(consumed),
    )
