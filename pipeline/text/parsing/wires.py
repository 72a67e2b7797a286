"""News agencies ("wires"): the user-editable agency table and the lines that credit an agency.

An agency is recognised only when the table (config/wires.yaml, or CLAIMTRAIL_WIRES) lists it,
so an outlet or a place in parentheses is never taken for a wire. Where it is found is general:
the ``PLACE (AGENCY) –`` dateline (parsing/dateline.py), a byline, and credit lines anywhere in
the body ("Copyright 2016 The Associated Press", "Source: AFP", "... contributed to this report",
an agency's house credit such as Reuters' "(Reporting by ...; Editing by ...)").
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline import CONFIG_DIR

DEFAULT_WIRES = CONFIG_DIR / "wires.yaml"
_CREDIT_RE = re.compile(
    r"^(?:\(?(?:copyright|©|\(c\))\s*(?:(?:19|20)\d\d\s*)?|source\s*:\s*|provided by\s+)"
    r"\s*(?:the\s+)?(?P<name>[A-Za-z][\w.&'\- ]{1,40}?)"
    r"(?:\s+(?:writers?|reporters?|correspondents?)\b.*)?\s*[.,)]?\s*(?:all rights reserved\.?)?$"
    r"|^(?P<contrib>.{2,120}?)\s+contributed to this (?:report|story|article)\b",
    re.I,
)
_CREDIT_MAX_WORDS = 20
_ROLE_END_RE = re.compile(r"\s(?:writer|correspondent|reporter|editor)s?$", re.I)


@dataclass(frozen=True)
class Agencies:
    """Written form (folded) -> agency name, and house-style credit lines -> agency name."""

    forms: dict[str, str]
    credits: tuple[tuple[re.Pattern[str], str], ...] = ()

    def name_of(self, text: str | None) -> str | None:
        """The agency `text` names as a whole ("the Associated Press" -> "AP"), else None."""
        return self.forms.get(fold(text)) if text else None


def fold(text: str) -> str:
    """Comparable form of an agency name: no case, leading "the", or surrounding punctuation."""
    text = re.sub(r"\s+", " ", text).strip(" \t\"'.,;:|()-–—")
    return re.sub(r"^the\s+", "", text, flags=re.I).casefold()


def wires_path() -> Path:
    return Path(os.environ.get("CLAIMTRAIL_WIRES", DEFAULT_WIRES))


@functools.lru_cache(maxsize=4)
def load_agencies(path: Path | None = None) -> Agencies:
    """The agency table from YAML (`agencies: [{name, forms, credit}]`)."""
    data = yaml.safe_load((path or wires_path()).read_text(encoding="utf-8")) or {}
    forms: dict[str, str] = {}
    credits = []
    for entry in data.get("agencies", []):
        name = str(entry["name"])
        for form in [name, *entry.get("forms", [])]:
            forms[fold(str(form))] = name
        if entry.get("credit"):
            credits.append((re.compile(entry["credit"], re.I), name))
    return Agencies(forms, tuple(credits))


def named_agency(text: str, agencies: Agencies) -> str | None:
    """The agency a byline part names: "Jane Doe, Associated Press" or "Julie Pace, AP White
    House Correspondent" -> "AP" (the agency, then a role such as writer or correspondent)."""
    for part in re.split(r"\s*(?:[|,;·•/]|\s[-–—]\s|\s(?:and|&|for)\s)\s*", text):
        words = part.split()
        ends_in_role = bool(_ROLE_END_RE.search(part))
        for k in range(len(words), 0, -1) if ends_in_role else [len(words)]:
            if (name := agencies.name_of(" ".join(words[:k]))) is not None:
                return name
    return None


def credited_agency(line: str, agencies: Agencies) -> str | None:
    """The agency a short credit line names ("Copyright 2016 The Associated Press. All rights
    reserved.", "Source: AFP", "(Reporting by ...; Editing by ...)"), else None.

    Only whole credit lines count: an article sentence that mentions Reuters is no credit, and a
    bare "Reuters" (a photo credit as often as a story credit) is none either.
    """
    if len(line.split()) > _CREDIT_MAX_WORDS:
        return None
    for rx, name in agencies.credits:
        if rx.search(line):
            return name
    m = _CREDIT_RE.match(line.strip())
    if m is None:
        return None
    if m.group("contrib"):
        return named_agency(re.sub(r"\b(?:writers?|reporters?)\b.*$", "", m.group("contrib")),
                            agencies)
    return agencies.name_of(m.group("name"))
