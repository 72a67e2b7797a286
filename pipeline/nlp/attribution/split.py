"""Two reported clauses are two statements: "X said [the ban was long overdue] and that [the
rules were clear]". A second complement with its own "that" is a claim of its own, with the
same speaker and cue; a plain coordination ("said prices rose and jobs were lost") stays one.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.nlp.attribution.units import Article

if TYPE_CHECKING:
    from pipeline.nlp.attribution.drafts import Draft


def _second_clauses(cue: Token) -> list[Token]:
    """Conjuncts of the cue's complement that carry a "that" of their own, in order."""
    comps = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    return [c for comp in comps[:1] for c in comp.conjuncts if c.i > comp.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def split_that_clauses(article: Article, draft: Draft) -> list[Draft]:
    """The draft, or one draft per that-clause when its one content range holds several."""
    seconds = _second_clauses(draft.cue_tok)
    if len(draft.ranges) != 1 or not seconds:
        return [draft]
    start, end = draft.ranges[0]
    cuts = []
    for clause in seconds:
        left = clause.left_edge  # then back over ", and" before "that"
        that = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that")
        while left.i - 1 > draft.cue_tok.i and (
                article.doc[left.i - 1].is_punct or article.doc[left.i - 1].dep_ == "cc"):
            left = article.doc[left.i - 1]
        if not (start < left.idx and that.idx + len(that) < end):
            return [draft]
        cuts.append((left.idx, that.idx + len(that)))
    pieces, lo = [], start
    for cut_lo, cut_hi in cuts:
        pieces.append((lo, cut_lo))
        lo = cut_hi
    pieces.append((lo, end))
    text = article.text
    pieces = [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip(" ,;")))
              for s, e in pieces]
    if any(e - s < 3 for s, e in pieces):
        return [draft]
    return [dataclasses.replace(draft, ranges=[piece]) for piece in pieces]
