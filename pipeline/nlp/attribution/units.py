"""One article's units (sentences never splitting a quotation), paragraphs and quote pieces."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from pipeline.nlp.quote_marks import QuotePiece, find_quotes, paragraph_spans

TRIM_CHARS = " \t\n,;:\u2013\u2014->"  # stripped from the edges of a claim's content (">": a reply)

Range = tuple[int, int]  # character offsets [start, end) into the article text


class Article:
    """Character/token bookkeeping for one Doc, and which quotations are already claimed.

    `used_chains` is the one piece of mutable state shared by the extraction steps: a quote
    chain taken as one cue's content must not become another claim's content too.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text = doc, doc.text
        self.paras = _turns_apart(self.text, paragraph_spans(self.text))
        self.quotes = find_quotes(self.text)
        self._qstarts = [q.start for q in self.quotes]
        self._tstarts = [t.idx for t in doc]
        self.units = self._units()
        self.used_chains: set[int] = set()

    def piece_at(self, char: int) -> QuotePiece | None:
        k = bisect.bisect_right(self._qstarts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return self.quotes[k]
        return None

    def char_in_quote(self, char: int) -> bool:
        return self.piece_at(char) is not None

    def in_quote(self, tok: Token) -> bool:
        return self.piece_at(tok.idx) is not None

    def tokens(self, start: int, end: int) -> list[Token]:
        """Non-space tokens starting in [start, end)."""
        lo = bisect.bisect_left(self._tstarts, start)
        hi = bisect.bisect_left(self._tstarts, end)
        return [t for t in self.doc[lo:hi] if not t.is_space]

    def chain_pieces(self, chain: int) -> list[QuotePiece]:
        return [q for q in self.quotes if q.chain == chain]

    def chain_ranges(self, chains: list[int]) -> list[Range]:
        """The quoted words (inside the marks) of quotation chains, in order."""
        return [(q.inner_start, q.inner_end) for c in chains for q in self.chain_pieces(c)]

    def unit_of(self, tok: Token) -> int:
        starts = [u[0] for u in self.units]
        return max(0, bisect.bisect_right(starts, tok.idx) - 1)

    def same_paragraph(self, j: int, k: int) -> bool:
        return "\n" not in self.text[self.units[j][1] : self.units[k][0]]

    def quote_type(self, ranges: list[Range]) -> str:
        """ "direct" when every letter or digit in `ranges` is quoted, "mixed" if some are."""
        total = inside = 0
        for s, e in ranges:
            for i in range(s, e):
                if self.text[i].isalnum():
                    total += 1
                    inside += self.piece_at(i) is not None
        if total and inside == total:
            return "direct"
        return "mixed" if inside else "indirect"

    def inside_used_quote(self, ranges: list[Range]) -> bool:
        """Content already claimed as a quotation by another cue ('X said: "A. "B," she warned')."""
        for s, e in ranges:
            for i in range(s, e):
                if self.text[i].isalnum():
                    piece = self.piece_at(i)
                    if piece is None or piece.chain not in self.used_chains:
                        return False
        return True

    def _units(self) -> list[Range]:
        """Sentences cut at paragraph ends and merged so that no quotation chain is split."""
        text = self.text
        cuts = {s for s, _ in self.paras}
        para_ends = [e for _, e in self.paras]
        closing = {q.end - 1 for q in self.quotes if q.closed}
        for sent in self.doc.sents:
            pos = sent.start_char
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos in closing:
                pos += 1
                while pos < len(text) and text[pos].isspace():
                    pos += 1
            cuts.add(pos)
        chains: dict[int, Range] = {}
        for q in self.quotes:
            s, e = chains.get(q.chain, (q.start, q.end))
            chains[q.chain] = (min(s, q.start), max(e, q.end))
        inside = sorted(chains.values())
        cuts = {c for c in cuts if not any(s < c < e for s, e in inside) and c < len(text)}
        ordered = sorted(cuts)
        units = []
        for k, start in enumerate(ordered):
            end = ordered[k + 1] if k + 1 < len(ordered) else len(text)
            pe = para_ends[min(bisect.bisect_right(para_ends, start), len(para_ends) - 1)]
            if not any(s < pe < e for s, e in inside):
                end = min(end, pe)
            while end > start and text[end - 1].isspace():
                end -= 1
            if any(ch.isalnum() for ch in text[start:end]):
                units.append((start, end))
            elif units and end > start:
                units[-1] = (units[-1][0], max(units[-1][1], end))
        return units


# A line opening with a label: "ANN COLE: ...", "Q (resident): ...", "Subject: ..." (one to four
# words, perhaps a bracket, a colon).
_TURN_LINE = re.compile(r"\n(?=(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,3})"
                        r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]+\S)")
# A label in a transcript's capitals ("ANN COLE:", "Q (resident):") or a mail's header line:
# not a memo's "Distribution: clients only" nor a diary's "May 26: ...".
_MAIL_HEADERS = frozenset({"Message", "Date", "From", "Subject", "To", "Sent", "Cc"})


def _turns_apart(text: str, paras: list[Range]) -> list[Range]:
    """Paragraphs, a transcript's lines apart: a paragraph whose lines open with two or more
    speakers' labels, one turn per line ("ANN COLE: ...\nTOM BRAY: ..."), is cut before each
    label."""
    out: list[Range] = []
    for start, end in paras:
        labelled = {m.start() for m in _TURN_LINE.finditer(text, start, end)
                    if m["name"].isupper() or m["name"] in _MAIL_HEADERS}
        first = _TURN_LINE.match("\n" + text[start:end].strip())
        if len(labelled) + (first is not None and (
                first["name"].isupper() or first["name"] in _MAIL_HEADERS)) < 2:
            out.append((start, end))
            continue
        breaks = sorted(labelled)
        cuts = [start, *(b + 1 for b in breaks)]
        out += [(a, b) for a, b in zip(cuts, [*breaks, end], strict=True) if text[a:b].strip()]
    return out


def words_up_to(doc: Doc, first: int, last: int) -> Range:
    """Characters from token `first` to `last`, less the punctuation and spaces that end it."""
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])
