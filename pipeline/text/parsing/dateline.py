"""The ``TEHRAN (Reuters) -`` dateline cut from the first body row: place, agency and date.

The pattern is general (any capitalised place, any parenthesised name); the agency counts as
the story's wire only when the agency table (parsing/wires.py) knows it."""

from __future__ import annotations

import re

from pipeline.text.dates import find_date
from pipeline.text.parsing.lines import CAPS_PLACE, LABEL_RE, looks_like_name, word_count
from pipeline.text.parsing.outlets import NOT_OUTLETS
from pipeline.text.parsing.state import ParseState

# A capitalised place name ("Washington", "Zürich", "Port-au-Prince"), and the small words inside
# some ("Rio de Janeiro", "Dar es Salaam").
_PLACE_WORD = r"[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff.'\-]+"
_PARTICLES = r"de|da|do|di|du|del|la|le|el|al|es|am|an|of|the|upon|on"
_DATELINE_RE = re.compile(
    rf"^(?:(?P<place>{CAPS_PLACE})(?:,\s*(?P<extra>[^()\n]{{1,40}}?))?\s*"
    r"(?:\((?P<agency>[^()]{2,40})\))?"
    rf"|(?P<place2>{_PLACE_WORD}(?: (?:(?:{_PARTICLES}) )?{_PLACE_WORD}){{0,3}})"
    r"(?:,\s*(?P<extra2>[^()\n]{1,40}?))?"
    r"\s*\((?P<agency2>[^()]{2,40})\)"
    r"|\((?P<agency3>[^()]{2,40})\))"
    r"\s*(?:--?|–|—|:)\s*"
)
_NOT_PLACES = frozenset({"NOTE", "EDITOR'S NOTE", "WARNING", "CORRECTION", "UPDATE", "FACT CHECK"})


def opens_with_dateline(text: str) -> bool:
    """Row starts with a ``PLACE (Agency) -`` / ``(Agency) -`` dateline (not ``WORD:``)."""
    m = _DATELINE_RE.match(text)
    return m is not None and not m.group(0).rstrip().endswith(":")


def take_dateline(st: ParseState, i: int) -> str | None:
    """Cut a ``PLACE, date (Agency) -`` dateline off body row i; return the place."""
    text = st.texts[i]
    m = _DATELINE_RE.match(text)
    if m is None:
        return None
    place = m.group("place") or m.group("place2")
    agency = m.group("agency") or m.group("agency2") or m.group("agency3")
    extra = m.group("extra") or m.group("extra2") or ""
    wire = st.agencies.name_of(agency)
    if agency and wire is None and not (word_count(agency) <= 4 and looks_like_name(agency)):
        return None
    if agency and wire is None and m.group(0).rstrip().endswith(":"):
        return None  # "MARK (HOST): ..." opens a transcript's turn, no agency's dateline
    found = find_date(extra)
    if place and (
        LABEL_RE.match(place)
        or place in _NOT_PLACES | NOT_OUTLETS
        or sum(c.isalpha() for c in place) < 3
        or (
            extra
            and not agency
            and not found
            and not (word_count(extra) <= 3 and looks_like_name(extra))
        )
    ):
        return None
    st.add_date(found[0] if found else None, "byline", i)
    st.add_outlet(agency, 2, i)
    st.add_wire(wire, 0, i)
    st.cut(i, text[: m.end()], text[m.end() :], "dateline")
    return place
