"""Outlet names: what looks like an outlet, and outlets named in bylines, labels and footers."""

from __future__ import annotations

import re

from pipeline.text.parsing.lines import (
    BYLINE_RE,
    LABEL_RE,
    date_and_rest,
    looks_like_name,
    word_set,
)

_OUTLET_WORDS = word_set(
    "news tv times post press agency daily herald journal tribune gazette radio network "
    "media observer guardian telegraph monitor review channel online today wire chronicle "
    "express mail standard independent insider weekly magazine broadcasting dispatch "
    "bulletin courier examiner inquirer ledger mirror sentinel report eye voice star "
    "globe nation"
)
_WIRES = word_set(
    "reuters ap afp bloomberg upi xinhua tass dpa kyodo yonhap ansa efe anadolu ani pti "
    "ians bernama irna isna"
) | {"associated press", "agence france-presse", "agence france presse"}
NOT_OUTLETS = word_set("US USA UK UN EU UAE NATO IAEA GMT UTC EST EDT BST PM AM CEO")
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


def looks_like_outlet(name: str) -> bool:
    """Looks like a news outlet: wire agency, acronym, domain or a name with "News"/"TV"/..."""
    words = name.split()
    if not looks_like_name(name):
        return False
    if name.lower() in _WIRES or _DOMAIN_RE.search(name):
        return True
    if len(words) == 1:  # "News" or "Mail" alone is a menu item, "IRNA" an outlet
        acronym = bool(_ACRONYM_RE.fullmatch(name))
        return acronym and name not in NOT_OUTLETS and name.lower() not in _OUTLET_WORDS
    return any(w.lower().strip(".,") in _OUTLET_WORDS | _WIRES for w in words)


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words that are not an outlet ("Jane Doe", "J. R. Smith")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not looks_like_outlet(name)
        and all(re.fullmatch(r"[A-Z][a-z'\-]+|[A-Z]\.", w) for w in words)
    )


def clean_name(name: str) -> str:
    """A name without surrounding punctuation and company/role tails ("Ltd", "2024", "Follow")."""
    name = re.sub(r"\s+", " ", name).strip(" \"'.,;:|-–—()")
    return _COMPANY_RE.sub("", name).strip(" \"'.,;:|-–—()")


def byline_outlet(line: str) -> str | None:
    """Outlet named in a byline row ("By Jane Doe, Reuters", "Some TV – July 14, 2019")."""
    m = BYLINE_RE.match(line)
    text = m.group("who") if m else line
    found = date_and_rest(text)
    if found is not None:
        text = found[1]
    text = re.sub(r"\b(?:published|updated|posted)\b.*$", "", text, flags=re.I)
    m = re.search(r"\sfor\s+(?:the\s+)?(?P<name>[A-Z].{1,40})$", text)
    if m and looks_like_name(clean_name(m.group("name"))):
        return clean_name(m.group("name"))
    for part in re.split(r"\s*(?:[|,;·•/]|\s[-–—]\s|\s(?:and|&)\s)\s*", text):
        name = _ROLE_RE.sub("", clean_name(part))
        if name and looks_like_outlet(name):
            return name
    return None


def label_outlet(line: str) -> str | None:
    """Outlet of an ``ACRONYM Exclusive`` / ``X Analysis`` label row."""
    m = LABEL_RE.match(line)
    pre = m.group("pre") if m else None
    if pre and (looks_like_outlet(pre) or (_ACRONYM_RE.fullmatch(pre) and pre not in NOT_OUTLETS)):
        return pre
    return None


def footer_outlet(line: str) -> tuple[str, int] | None:
    """(outlet, rank) credited by a footer row ("Source: X", "Follow X on Twitter", "© X")."""
    m = _FOOTER_OUTLET_RE.search(line)
    if m is None:
        return None
    group = next(g for g in _FOOTER_RANKS if m.group(g))
    name = clean_name(m.group(group))
    if not looks_like_name(name) or _IMAGE_WORDS_RE.search(name):
        return None
    if group == "follow" and (name.lower() in ("us", "me") or looks_like_person(name)):
        return None
    return name, _FOOTER_RANKS[group]

