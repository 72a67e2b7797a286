"""`parse_text`: one normalised document -> a ParsedArticle, and the hints it can be given."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.text.parsing.dateline import take_dateline
from pipeline.text.parsing.footer import scan_footer
from pipeline.text.parsing.header import head_end, pick_title, same_title, take_head, take_top_meta
from pipeline.text.parsing.headline import headline_first, title_text
from pipeline.text.parsing.lines import FURNITURE_KINDS, line_kind
from pipeline.text.parsing.state import ParseState
from pipeline.text.records import DATE_SOURCES, ParsedArticle


@dataclass(frozen=True)
class ParseHints:
    """Structured metadata (JSON fields, HTML <meta>) that beats anything guessed from text."""

    title: str | None = None
    outlet: str | None = None
    published_date: dt.date | None = None
    date_source: str | None = None  # defaults to "metadata" when published_date is set
    filename_date: dt.date | None = None  # from the file name: used only when nothing else is


def parse_text(text: str, *, hints: ParseHints | None = None) -> ParsedArticle:
    """Split a normalised document into header fields and body lines (package docstring)."""
    hints = hints or ParseHints()
    rows = [(no, s.strip()) for no, s in enumerate(text.split("\n"), 1) if s.strip()]
    st = ParseState(rows)
    if hints.published_date is not None:
        value = hints.published_date
        source = hints.date_source if hints.date_source in DATE_SOURCES else "metadata"
        st.add_date(value.date() if isinstance(value, dt.datetime) else value, source, -1)
    if hints.outlet:
        st.add_outlet(hints.outlet, 0, -1)
    st.add_date(hints.filename_date, "filename", len(rows))  # ranked last of all sources

    start, meta_title = take_top_meta(st)
    end = head_end(st, start)
    kinds = {i: line_kind(st.texts[i]) for i in range(start, end)}
    if start < end and headline_first(st, start):
        kinds[start] = "cand"  # "Obama says Trump modeling policies on Putin." is a headline
    hint_title = " ".join((hints.title or meta_title or "").split()) or None
    if hint_title:
        title = hint_title
        title_idx = next((i for i in kinds if same_title(st.texts[i], hint_title)), None)
    else:
        title_idx = pick_title(st, start, end, kinds)
        title = title_text(st.texts[title_idx]) if title_idx is not None else None
    standfirst, dateline = take_head(st, (start, end), kinds, title_idx, title)

    body_rows = (i for i in range(start, len(rows)) if i not in st.consumed)
    first_body = next((i for i in body_rows if kinds.get(i) not in FURNITURE_KINDS), None)
    if first_body is not None:
        dateline = take_dateline(st, first_body) or dateline
    scan_footer(st, start, end)

    best_date = min(st.dates, default=None, key=lambda d: (d[0], d[1]))
    best_outlet = min(st.outlets, default=None, key=lambda o: (o[0], o[1]))
    if best_outlet is not None:  # an agency publishing its own story ("Reuters") is its wire
        st.add_wire(st.agencies.name_of(best_outlet[2]), 3, best_outlet[1])
    best_wire = min(st.wires, default=None, key=lambda w: (w[0], w[1]))
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
        wire=best_wire[2] if best_wire else None,
    )
