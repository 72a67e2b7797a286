"""The shape of a reader's letter: a salutation opening it, a sign-off line closing it.

Pure text patterns, shared by cleaning (a letters page's last sign-off is part of the article,
not page furniture) and attribution (the signer is the speaker of the letter's sentences).
"""

from __future__ import annotations

import re

from pipeline.text.dates import MONTH_PATTERN

SALUTATION_RE = re.compile(  # "Sir,", "SIR –", "Dear Editor,", "To the Editor:"
    r"^(?:Dear\s+|To\s+the\s+)?(?:Sir\s+or\s+Madam|Sir/Madam|Sir|Madam|Editor)"
    r"\s*(?:[,:]|\s[\u2013\u2014-])\s*",
    re.IGNORECASE,
)
NAME_WORD = r"(?:[A-Z][a-z]*\.?|[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)?)"
_SIGN_OFF_RE = re.compile(
    rf"^(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})(?:,\s*(?P<rest>.+))?$"
)
# What follows a post's header name, not a letter's: a date ("Dan Whitlow, 4 February").
_MONTH = rf"(?i:{MONTH_PATTERN})\.?"
_DATED_RE = re.compile(rf"\d{{1,2}}\s+{_MONTH}(?!\w)|{_MONTH}\s+\d{{1,2}}\b|"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # not "Block 14"
MAX_SIGN_OFF_WORDS = 14
MAX_LETTER_PARAS = 8  # paragraphs from a salutation to its sign-off


# A letter printed without its writer's name: "Name and address supplied", "Name withheld".
ANONYMOUS_RE = re.compile(r"^(?:Name(?:\s+and\s+address)?|Address)\s+(?:supplied|withheld)"
                          r"(?:\s+(?:by\s+request|on\s+request))?$", re.IGNORECASE)


def sign_off(line: str) -> tuple[str, str] | None:
    """(name, what follows it) of a sign-off line ("Rev Michael Ashdown, Twickenham"), else
    None: two to five capitalised words, optionally a comma and a place or role, no sentence;
    or a name withheld ("Name and address supplied")."""
    line = line.strip().lstrip("-\u2013\u2014 ").removesuffix(".")  # "— Jane Doe, Leeds."
    if ANONYMOUS_RE.match(line):
        return line, ""
    if "\n" in line or len(line.split()) > MAX_SIGN_OFF_WORDS or line[-1:] in ".!?:;\"'\u201d":
        return None
    m = _SIGN_OFF_RE.match(line)
    if m is None or line.isupper() or _DATED_RE.match(m.group("rest") or ""):
        return None  # "Dan Whitlow, 4 February" heads a post below it
    return m.group("name"), m.group("rest") or ""


# A letter signed at the end of its own paragraph, as fanzines and comment columns print them:
# "... let the ref be wrong now and again. - Frank, Anfield" (a dash, a name, a place); after a
# closing quotation mark the dash may be left out, as members' bulletins print vox pops ('"They
# won't notice it." Euan Baxter, The Bruntsfield Rooms'); a tabloid's vox pop signs with age,
# job and town ('"Scrap it." - Darren, 42, plumber, Stoke').
_INLINE_SIGN_OFF_RE = re.compile(
    r"(?:(?<=[.!?\"'\u201d)])\s+[-\u2013\u2014]\s*|(?<=[.!?][\"\u201d])\s+)"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})"
    r"(?:,\s*(?P<rest>[A-Z0-9][\w'\u2019 -]{0,40}(?:,\s*[\w][\w'\u2019 -]{0,40}){0,3}))?\s*$"
)


def inline_sign_off(paragraph: str) -> tuple[int, str, str] | None:
    """(where the sign-off starts, name, what follows it) when a paragraph ends with one."""
    m = _INLINE_SIGN_OFF_RE.search(paragraph.rstrip())
    if m is None or m.group("name").isupper():
        return None
    return m.start(), m.group("name"), m.group("rest") or ""
