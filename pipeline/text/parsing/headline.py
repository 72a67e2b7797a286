"""A headline-shaped first row: the title even when it ends in a full stop, as some exports
write headlines ("Obama says Trump modeling policies on Putin."), but not a lede sentence.

A headline is short and one sentence; a lede reads like reporting. Each of these counts as one
lede signal: more than 16 words, an auxiliary (is/was/has/had/would ...), two or more articles,
a reporting verb in the past (said, told, according to), a day ("on Tuesday", "yesterday"),
two or more commas. No signal: a headline. One: a headline only when it is short (<= 12 words)
or in headline case ("Turkish Government Says Coup Attempt Has Been Put Down").
"""

from __future__ import annotations

import re

from pipeline.text.parsing.dateline import opens_with_dateline
from pipeline.text.parsing.lines import ANCHOR_KINDS, SENT_BREAK_RE, is_paragraph, line_kind
from pipeline.text.parsing.state import ParseState

HEADLINE_MAX_WORDS = 20  # a first row longer than this is a lede, not a headline
LEDE_WORDS = 16  # longer than this counts as a lede signal
SHORT_HEADLINE = 12  # a row this short is a headline despite one lede signal
_OPENERS = "\"'‘“0123456789"  # besides a capital letter, what a headline may start with
LOOK_AHEAD_ROWS = 3  # a headline has a longer row (the body) among the rows just below it
_AUXILIARY_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|been|would|could|should)\b", re.I)
_ARTICLE_RE = re.compile(r"\b(?:a|an|the)\b", re.I)
_REPORTED_RE = re.compile(r"\b(?:said|told|according to|reported|announced)\b", re.I)
_DAY_RE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|last (?:week|month|year|night))\b",
    re.I,
)
# Words written with a full stop of their own (titles, months, US states, company suffixes): inside
# a headline they do not end its sentence ("Sen. Warren says ..."), and a title ending in one
# keeps its full stop ("... in Calif.").
_ABBREVIATIONS = (
    r"Sen|Sens|Gov|Rep|Reps|Lt|Gen|Col|Sgt|Capt|Adm|Cmdr|Pres|Supt|Sec|Atty|Amb|Rev|Fr|Ret|Mr|Mrs"
    r"|Ms|Dr|Prof|St|Ft|Mt|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Ave|Dept|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?"
    r"|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
)
_INNER_ABBREVIATION_RE = re.compile(rf"\b(?:{_ABBREVIATIONS})\.(?=\s)")
_ABBREVIATION_RE = re.compile(rf"(?:\b(?:[A-Za-z]\.){{2,}}|\b(?:{_ABBREVIATIONS})\.|\.\.\.)$")


def lede_signals(text: str) -> int:
    """How many ways `text` reads like a lede sentence rather than a headline (module doc)."""
    return (
        (len(text.split()) > LEDE_WORDS)
        + bool(_AUXILIARY_RE.search(text))
        + (len(_ARTICLE_RE.findall(text)) >= 2)
        + bool(_REPORTED_RE.search(text))
        + bool(_DAY_RE.search(text))
        + (text.count(",") >= 2)
    )


def headline_case(text: str) -> bool:
    """Most words of four letters or more are capitalised."""
    long_words = [w for w in text.split() if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)


def is_headline(text: str) -> bool:
    """One short capitalised sentence that does not read like a lede."""
    n = len(text.split())
    if not (2 <= n <= HEADLINE_MAX_WORDS and (text[0].isupper() or text[0] in _OPENERS)):
        return False
    if SENT_BREAK_RE.search(_INNER_ABBREVIATION_RE.sub("Abbr", text)):
        return False
    signals = lede_signals(text)
    return signals == 0 or (signals == 1 and (n <= SHORT_HEADLINE or headline_case(text)))


def headline_first(st: ParseState, start: int) -> bool:
    """Row `start` is the title even if it ends in a full stop: a headline (`is_headline`), not
    a dateline, set off by a blank line or followed directly by a paragraph, and with a longer
    row (the body) or a byline/date just below."""
    if start + 1 >= len(st.rows):
        return False
    text, nxt = st.texts[start], st.texts[start + 1]
    blank_after = st.rows[start + 1][0] > st.rows[start][0] + 1
    below = st.texts[start + 1 : start + 1 + LOOK_AHEAD_ROWS]
    n = len(text.split())
    return (
        is_headline(text)
        and not text.endswith((":", ",", ";"))
        and line_kind(text) in ("para", "cand")
        and not opens_with_dateline(text)
        and (blank_after or is_paragraph(nxt))
        and (any(len(b.split()) > n for b in below) or line_kind(nxt) in ANCHOR_KINDS)
    )


def title_text(line: str) -> str:
    """The stored title: a headline's closing full stop dropped, unless it ends an abbreviation
    ("... in U.S.") or an ellipsis."""
    if line.endswith(".") and not _ABBREVIATION_RE.search(line):
        return line[:-1].rstrip()
    return line
