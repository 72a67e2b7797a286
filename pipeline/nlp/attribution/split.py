"""Where one report holds two statements: "X said [the ban was long overdue] and that [the
rules were clear]" (a second complement with its own "that"; a plain coordination, "said
prices rose and jobs were lost", stays one), and '"[It's absurd]," she says. "[We have less
sugar than the cereals.]"' (a quotation the attribution splits between two sentences; '"The
ban," he said, "is absurd."' is one sentence and stays one), and a long quotation whose marks
open again on each new sentence or paragraph. Each part is a claim with the same speaker and
cue, as the stance gold's annotators mark them.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.nlp.attribution.units import TRIM_CHARS, Article, Range

if TYPE_CHECKING:
    from pipeline.nlp.attribution.drafts import Draft


def _second_clauses(cue: Token) -> list[Token]:
    """Conjuncts of the cue's complement that carry a "that" of their own, in order; also one
    the parser hangs deeper inside it, when ", and that" / "but that" opens it ("said the
    report 'confirms that there are no issues' and that both defects had been fixed")."""
    comps = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    return [c for comp in comps[:1] for c in comp.subtree if c.dep_ == "conj" and c.i > comp.i
            and (c.head == comp or _opened_by_and_that(c)) and _that(c) is not None]


def _second_marks(cue: Token) -> list[Token]:
    """A second "that" the parser hangs on the complement's own verb, as when a misread verb
    ("the report repeated claims ... and that its conclusions were baseless") leaves one verb
    for both clauses: the mark right after "and"/"but" opens the second statement."""
    comps = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    marks = [m for comp in comps[:1] for m in comp.children
             if m.dep_ == "mark" and m.lower_ == "that"]
    return [m for m in marks[1:] if m.doc[m.i - 1].dep_ == "cc" and (
        m.doc[m.i - 1].lower_ in {"and", "but"})]


def _that(clause: Token) -> Token | None:
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)


def _opened_by_and_that(clause: Token) -> bool:
    """ "..., and that [...]", "but that [...]": the clause's own "that" right after "and"."""
    that = _that(clause)
    return that is not None and that.i > 0 and that.doc[that.i - 1].dep_ == "cc" and (
        that.doc[that.i - 1].lower_ in {"and", "but"})


def split_statements(article: Article, draft: Draft) -> list[Draft]:
    """The draft, or one draft per statement it holds."""
    parts = [part for half in _split_quote(article, draft) for piece in _reopened(article, half)
             for part in _split_that(article, piece)]
    return parts + _cue_conjuncts(article, draft)


def _cue_conjuncts(article: Article, draft: Draft) -> list[Draft]:
    """ "said he accepted the need for gas, but that [residents should not pay for it]": a
    that-clause the parser joins to the cue itself, a second statement of the same report."""
    out = []
    for clause in (c for c in draft.cue_tok.children if c.dep_ == "conj" and c.i > draft.cue_tok.i):
        that = _that(clause)
        if that is None or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < that.i
                               for c in clause.children):
            continue  # "said X and she thinks that ...": a clause of its own speaker
        lo, hi = that.idx + len(that), clause.right_edge.idx + len(clause.right_edge)
        if any(s < hi and lo < e for s, e in draft.ranges):
            continue
        text = article.text[lo:hi]  # cleaned text: its quotation marks are all '"'
        lo += len(text) - len(text.lstrip(TRIM_CHARS + '"'))
        hi -= len(text) - len(text.rstrip(TRIM_CHARS + '".'))
        if hi - lo >= 3:
            out.append(dataclasses.replace(draft, ranges=[(lo, hi)]))
    return out


def _split_quote(article: Article, draft: Draft) -> list[Draft]:
    """Quoted pieces before the cue and after it, when what follows starts a new sentence."""
    cue = draft.cue_tok.idx
    before = [r for r in draft.ranges if r[1] <= cue]
    after = [r for r in draft.ranges if r[0] > cue]
    if not before or not after or len(before) + len(after) != len(draft.ranges) or not all(
            article.piece_at(s) is not None for s, _ in draft.ranges):
        return [draft]
    if not _opens_sentence(article, after[0]):
        return [draft]  # '"The ban," he said, "is absurd."': one sentence
    return [dataclasses.replace(draft, ranges=before), dataclasses.replace(draft, ranges=after)]


def _reopened(article: Article, draft: Draft) -> list[Draft]:
    """A quotation whose marks open again on a new sentence ('... his career. "He has ...',
    each paragraph of a long quotation): one statement per sentence the marks open."""
    if len(draft.ranges) < 2 or not all(article.piece_at(s) is not None for s, _ in draft.ranges):
        return [draft]
    groups = [[draft.ranges[0]]]
    for (s0, e0), piece in pairwise(draft.ranges):
        if article.text[s0:e0].rstrip(" \"'\u201d\u2019").endswith((".", "!", "?")) and (
                _opens_sentence(article, piece)):
            groups.append([])
        groups[-1].append(piece)
    return [dataclasses.replace(draft, ranges=g) for g in groups] if len(groups) > 1 else [draft]


def _opens_sentence(article: Article, piece: Range) -> bool:
    """The quoted piece starts with a capital, past its opening mark."""
    return article.text[piece[0]:piece[1]].lstrip(" \"'\u201c\u2018")[:1].isupper()


def _split_that(article: Article, draft: Draft) -> list[Draft]:
    """The draft, or one draft per that-clause when its one content range holds several."""
    seconds = [(c.left_edge, _that(c)) for c in _second_clauses(draft.cue_tok)]
    seconds = sorted(seconds + [(m, m) for m in _second_marks(draft.cue_tok)], key=lambda p: p[1].i)
    if len(draft.ranges) != 1 or not seconds:
        return [draft]
    start, end = draft.ranges[0]
    cuts = []
    for left, that in seconds:  # from the clause's left edge back over ", and" before "that"
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
