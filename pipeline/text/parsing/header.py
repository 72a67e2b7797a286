"""The head block: top metadata rows, title, standfirst, bylines and dates around the title."""

from __future__ import annotations

import re

from pipeline.text.dates import DATE_RE, TIME_TAIL_RE, find_date, match_to_date, parse_date
from pipeline.text.parsing.headline import headline_first
from pipeline.text.parsing.lines import (
    ANCHOR_KINDS,
    CAPS_RE,
    CAPTION_RE,
    FURNITURE_KINDS,
    SENT_BREAK_RE,
    SENT_END_RE,
    date_and_rest,
    is_paragraph,
    line_kind,
    word_count,
    word_set,
)
from pipeline.text.parsing.outlets import (
    byline_outlet,
    label_outlet,
    looks_like_outlet,
    looks_like_person,
)
from pipeline.text.parsing.state import ParseState
from pipeline.text.parsing.wires import named_agency

HEAD_MAX = 60  # rows searched for a title and header furniture
IN_TEXT_ROWS = 5  # a lone date row counts as "in_text" only among the first rows
_META_RE = re.compile(
    r"^(?P<key>title|headline|source|outlet|publisher|site|author|url|link|date|pubdate)\s*:\s*"
    r"(?P<val>\S.*)$",
    re.I,
)
_DATE_PREFIX_RE = re.compile(r"^(?:date|dated)\b\s*[:=\-]?\s*", re.I)


def _key(s: str) -> str:
    """Case- and punctuation-free text, for comparing title copies."""
    return re.sub(r"[\W_]+", "", s.casefold())


def take_top_meta(st: ParseState) -> tuple[int, str | None]:
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
        d = DATE_RE.match(st.texts[i], m.end())
        if d is not None and (value := match_to_date(d)) is not None:
            tail = TIME_TAIL_RE.match(st.texts[i], d.end())
            end = tail.end() if tail else d.end()
            st.add_date(value, "header", i)
            st.cut(i, st.texts[i][:end], st.texts[i][end:].strip(), "date_header")
            if i in st.consumed:
                i += 1
    return i, title


def head_end(st: ParseState, start: int) -> int:
    """First body row: a paragraph, unless a byline/date row follows it (then it is a
    standfirst or tagline and the head goes on), or a paragraph of > 45 words. A headline-shaped
    first row (`headline_first`) is never the body."""
    limit = min(len(st.rows), start + HEAD_MAX)
    for i in range(start + headline_first(st, start), limit):
        text = st.texts[i]
        if not is_paragraph(text):
            continue
        j = i + 1
        while j < len(st.rows) and line_kind(st.texts[j]) in FURNITURE_KINDS:
            j += 1
        if word_count(text) > 45 or j == len(st.rows) or line_kind(st.texts[j]) not in ANCHOR_KINDS:
            return i
    return limit


def same_title(line: str, title: str) -> bool:
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
    if same_title(line, title):
        return True, None
    split = _split_page_title(line)
    if split and _key(split[0]) == _key(title):
        return True, split[1]
    return False, None


def _neighbour(kinds: dict[int, str], i: int, step: int) -> int | None:
    """Nearest row from i in direction `step` that is not menu/label/caption furniture."""
    j = i + step
    while j in kinds and kinds[j] in FURNITURE_KINDS:
        j += step
    return j if j in kinds else None


def _anchored(st: ParseState, kinds: dict[int, str], i: int) -> bool:
    """Headline row i has a byline/date row just below it (a standfirst and a name may sit
    between; a bare date that leads the next headline does not count), or - for the last
    headline before the body - a date just above it."""
    j, between = i + 1, 0
    while j in kinds and between <= 2:
        if kinds[j] == "byline":
            return True
        if kinds[j] == "date":
            nxt = _neighbour(kinds, j, 1)
            return not (nxt is not None and kinds[nxt] == "cand" and word_count(st.texts[nxt]) >= 4)
        between += kinds[j] not in FURNITURE_KINDS
        j += 1
    above = _neighbour(kinds, i, -1)
    last = not any(kinds[k] == "cand" and word_count(st.texts[k]) >= 4 for k in kinds if k > i)
    return last and above is not None and kinds[above] == "date"


def _leads_to_anchor(st: ParseState, kinds: dict[int, str], i: int) -> bool:
    """Row i is followed by a byline/date row (furniture and an author name may sit between)."""
    j = _neighbour(kinds, i, 1)
    if j is not None and kinds[j] == "cand" and looks_like_person(st.texts[j]):
        j = _neighbour(kinds, j, 1)
    return j is not None and kinds[j] in ANCHOR_KINDS


def _runs_on(line: str) -> bool:
    """A row that runs on into the next, which no headline or standfirst does: Hansard's "Ms
    Jane Roe (Tarrant Vale) (Lab): I beg to move," over the motion's line."""
    return line.rstrip().endswith((",", ":"))


def _is_summary(line: str, title_words: int) -> bool:
    """A header summary line: 8-45 words and longer than the title."""
    n = word_count(line)
    return 8 <= n <= 45 and n > title_words and not CAPTION_RE.search(line)


def pick_title(st: ParseState, start: int, end: int, kinds: dict[int, str]) -> int | None:
    """Index of the title row in the head block (see the package docstring, step 3)."""
    texts = st.texts
    cands = [i for i in range(start, end) if kinds[i] == "cand" and word_count(texts[i]) >= 2
             and not _runs_on(texts[i])]
    if not cands:
        return None
    rows_by_key: dict[str, list[int]] = {}
    for i in cands:
        rows_by_key.setdefault(_key(texts[i]), []).append(i)
    page_titles = {_key(split[0]) for i in cands if (split := _split_page_title(texts[i]))}
    repeated = [k for k, ids in rows_by_key.items() if k and (len(ids) > 1 or k in page_titles)]
    if repeated:
        return rows_by_key[max(repeated, key=len)][0]
    longs = [i for i in cands if word_count(texts[i]) >= 4]
    if cands[0] == start:  # plain layout: the headline is the first row
        later = [i for i in longs if i > start]
        n_first, nxt = word_count(texts[start]), texts[later[0]] if later else ""
        kicker = bool(later) and (
            (n_first <= 3 and looks_like_outlet(texts[start]))
            or (n_first <= 2 and word_count(nxt) <= 20 and not SENT_END_RE.search(nxt))
        )
        menu = [kinds[i] in FURNITURE_KINDS or word_count(texts[i]) == 1 for i in range(start, end)]
        if not kicker and (not later or sum(menu[: later[0] - start]) < 3):
            return start
    if not longs:
        return cands[-1]
    anchored = [i for i in longs if _anchored(st, kinds, i)]
    pick = (anchored or longs)[-1]
    above = _neighbour(kinds, pick, -1)
    if above in longs and _is_summary(texts[pick], word_count(texts[above]) + 2):
        return above  # pick is the standfirst under the real headline
    return pick


_AUXILIARIES = word_set("is are was were has have had")


def _is_standfirst(line: str, title_words: int) -> bool:
    """One headline-style summary sentence (see the package docstring, step 4)."""
    words = [w.strip("\"'(),;:").lower() for w in line.split()]
    return (
        10 <= len(words) <= 45
        and len(words) > title_words
        and (line[0].isupper() or line[0] in "\"'")
        and not SENT_END_RE.search(line)
        and not line.endswith(":")
        and not SENT_BREAK_RE.search(line)
        and not _AUXILIARIES.intersection(words)
        and sum(w in ("a", "an", "the") for w in words) <= 1
    )


def _take_furniture(st: ParseState, i: int, kind: str, date_source: str | None) -> bool:
    """Consume a label/byline/date row (not the title); True when it was consumed.

    `date_source` is what a lone date row counts as here ("byline", "in_text" or None).
    """
    text = st.texts[i]
    found = date_and_rest(text) if kind in ANCHOR_KINDS else None
    value = found[0] if found else None
    if kind == "label":
        st.add_outlet(label_outlet(text), 3, i)
        st.consume(i, "label")
    elif kind == "byline" and _DATE_PREFIX_RE.match(text):
        st.add_date(value, "header", i)
        st.consume(i, "date_header")
    elif kind == "byline":
        st.add_date(value, "byline", i)
        st.add_outlet(byline_outlet(text), 1, i)
        st.add_wire(named_agency(found[1] if found else text, st.agencies), 1, i)
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


def _take_preamble(st: ParseState, start: int, kinds: dict[int, str], title_idx: int) -> None:
    """Consume the rows above the title (menus, labels, site name, bylines, dates)."""
    title = st.texts[title_idx]
    for i in range(start, title_idx):
        text, kind = st.texts[i], kinds[i]
        is_copy, site = _title_copy(text, title)
        if is_copy:
            st.add_outlet(site, 6, i)
            st.consume(i, "title_repeat")
        elif kind in ("cand", "caps") and i in (start, title_idx - 1) and looks_like_outlet(text):
            st.add_outlet(text, 3 if i == title_idx - 1 else 6, i)
            st.consume(i, "outlet_line")
        elif not _take_furniture(st, i, kind, _lone_date_source(kinds, i, title_idx)):
            st.consume(i, "label" if kind == "caps" else "preamble")


def take_head(
    st: ParseState,
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
            m = CAPS_RE.match(text)
            dateline = m.group("place") if m else text
            found = find_date(text)
            st.add_date(found[0] if found else None, "byline", i)
            st.consume(i, "dateline")
        elif (
            kind == "cand"
            and looks_like_person(text)
            and nxt is not None
            and kinds[nxt] in ANCHOR_KINDS
        ):
            st.consume(i, "byline")  # "Jane Doe" above "Political reporter" / a date
        elif kind in ("cand", "para") and looking:
            looking = False
            n_title = word_count(title or "")
            if i + 1 < len(st.rows) and not _runs_on(text) and (
                _is_summary(text, n_title)
                if _leads_to_anchor(st, kinds, i)
                else _is_standfirst(text, n_title)
            ):
                standfirst = text
                st.consume(i, "standfirst")
        elif kind not in FURNITURE_KINDS:
            looking = False
    return standfirst, dateline
