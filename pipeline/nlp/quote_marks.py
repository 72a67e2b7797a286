"""Find quoted passages in an article body (pure string code, no spaCy).

The body is normalised text (straight quotes) whose paragraphs are joined with "\\n\\n".
A quotation is a *chain* of one or more pieces: a multi-paragraph quote (a paragraph opening
with `"` that has no closing mark, continued by the next paragraph opening with `"`) and
BBC-style collapsed paragraphs (`... once were. "What the book says ...`) give several pieces.
Unbalanced marks never raise: a stray closing mark is ignored, and an opening mark that is
never closed ends at the paragraph end (or just before a `, he said` inside it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_OPEN_BEFORE = set(" \t\n([{-\u2013\u2014/:")
_CLOSE_AFTER = set(" \t\n.,;:!?)]}-\u2013\u2014/'")
_SENT_END = set(".?!,:;\u2026")
# `"We will win, he said.` with the closing mark missing: the quote ends at the comma.
_NAME = r"(?!(?:I|We|You)\s)[A-Z][\w'-]*"
_INLINE_ATTRIBUTION = re.compile(
    rf"[,?!]\s+(?:(?:he|she|they)\s+(?:\w+\s+)?|(?:{_NAME}\s+){{1,4}}(?:\w+ly\s+)?)"
    r"(?:said|says|added|adds|told|tells|warned|insisted|explained|noted|stressed|argued)\b"
    r"|[,?!]\s+(?:said|says|added|adds|told)\s+(?:he\b|she\b|they\b|the\b|a\b|[A-Z])"
)
_APOS_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014-]))'(?=[A-Za-z0-9])")
_APOS_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?])'(?=[\s.,;:!?)\]]|$)")


@dataclass(frozen=True)
class QuotePiece:
    """One contiguous quoted stretch: marks at start (and end-1 if closed)."""

    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark, or end of the quoted text if unclosed
    inner_start: int
    inner_end: int
    chain: int  # pieces of one quotation share the chain id
    closed: bool


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph, separated by blank lines."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _looks_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _looks_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after in _CLOSE_AFTER or after == '"')


def _continues(text: str, i: int, piece_start: int) -> bool:
    """An opening-looking mark inside a quote after sentence end: a collapsed new paragraph."""
    j = i - 1
    while j > piece_start and text[j].isspace():
        j -= 1
    return j < i - 1 and text[j] in _SENT_END


def _cut_unclosed(text: str, start: int, end: int) -> int:
    m = _INLINE_ATTRIBUTION.search(text, start + 1, end)
    return m.start() + (1 if text[m.start()] in "?!" else 0) if m else end


def _double_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuotePiece]:
    pieces: list[QuotePiece] = []
    chain, open_at = -1, None  # open_at: offset of the current piece's opening mark
    for k, (ps, pe) in enumerate(paras):
        marks = [i for i in range(ps, pe) if text[i] == '"']
        continuing = open_at is not None
        if continuing and not (marks and marks[0] == ps):
            open_at = None  # previous paragraph's quote was never continued
        elif continuing:
            open_at, marks = ps, marks[1:]
        for i in marks:
            if open_at is None:
                if _looks_open(text, i):
                    chain, open_at = chain + 1, i
            elif _looks_close(text, i):
                pieces.append(QuotePiece(open_at, i + 1, open_at + 1, i, chain, True))
                open_at = None
            elif _looks_open(text, i) and _continues(text, i, open_at):
                end = i
                while end > open_at and text[end - 1].isspace():
                    end -= 1
                pieces.append(QuotePiece(open_at, end, open_at + 1, end, chain, False))
                open_at = i
        if open_at is not None:
            end = _cut_unclosed(text, open_at, pe)
            next_opens = k + 1 < len(paras) and text.startswith('"', paras[k + 1][0])
            pieces.append(QuotePiece(open_at, end, open_at + 1, end, chain, False))
            open_at = open_at if next_opens and end == pe else None
    return [p for p in pieces if text[p.inner_start : p.inner_end].strip()]


def _single_quotes(text: str, taken: list[tuple[int, int]], first_chain: int) -> list[QuotePiece]:
    """'Single-quoted' passages outside double quotes (some outlets quote this way)."""
    inside = [False] * (len(text) + 1)
    for s, e in taken:
        for i in range(s, min(e, len(text))):
            inside[i] = True
    closes = [m.start() for m in _APOS_CLOSE.finditer(text) if not inside[m.start()]]
    pieces, chain, pos = [], first_chain, 0
    for m in _APOS_OPEN.finditer(text):
        i = m.start()
        if i < pos or inside[i]:
            continue
        close = next((c for c in closes if c > i + 1), None)
        if close is None or close - i > 400 or "\n" in text[i:close]:
            continue
        pieces.append(QuotePiece(i, close + 1, i + 1, close, chain, True))
        chain, pos = chain + 1, close + 1
    return pieces


def find_quotes(text: str) -> list[QuotePiece]:
    """All quote pieces in `text`, in order; pieces of one quotation share `chain`."""
    paras = paragraph_spans(text)
    pieces = _double_quotes(text, paras)
    chains = 1 + max((p.chain for p in pieces), default=-1)
    singles = _single_quotes(text, [(p.start, p.end) for p in pieces], chains)
    return sorted(pieces + singles, key=lambda p: p.start)
