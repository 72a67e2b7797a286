"""Attributed-claim extraction: who said what, in which words, when, via which medium.

Works on one parsed article body (`load_nlp()(body)`). The text is cut into *units*:
sentences, clipped at paragraph breaks and merged so that no quotation is split. In each
unit, reporting cues (verbs such as "said"/"denied"/"ruled out", "according to", nouns
such as "remarks ... that") are found in the dependency parse outside quotation marks; the
speaker is the cue's subject (inherited for "..., saying"/"adding"), the content is, in
order of preference, a quotation adjacent to the attribution clause, the cue's clausal
complement, the rest of a parenthetical sentence ("X, he said, is Y"), the cue's object
("denied the reports"), or the clause before a sentence-final attribution ("X, Y said.").
Quote-only units without a cue continue the previous direct quote or get the speaker of
the surrounding context. Speakers are resolved by `pipeline.nlp.speakers`, polarity by
`pipeline.nlp.polarity`, dates by `pipeline.nlp.claim_dates`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.nlp.claim_dates import resolve_claim_date
from pipeline.nlp.cues import (
    ADDRESSEE_CUES,
    CCOMP_ONLY_CUES,
    CLAUSE_EDGE_DEPS,
    CONTENT_PREPS,
    NOT_CONTENT,
    NOT_SAYING,
    NOUN_CUES,
    NP_CUES,
    NP_DEPS,
    PERSON_ONLY_CUES,
    QUOTE_NEEDED,
    XCOMP_CUES,
    cue_lemma,
    find_subject,
    is_clause,
    phrase,
    span_of,
    starts_own_statement,
    subtree_range,
)
from pipeline.nlp.polarity import statement_polarity
from pipeline.nlp.quote_marks import QuotePiece, find_quotes, paragraph_spans
from pipeline.nlp.speakers import (
    MEDIA_NOUNS,
    SpeakerResolver,
    np_tokens,
    span_text,
    strip_determiner,
)

log = logging.getLogger(__name__)

_BETWEEN_AFTER = re.compile(r"^[\s,:;\u2013\u2014-]*(?:that\s*)?$")
_BETWEEN_BEFORE = re.compile(r"^[\s,:;\u2013\u2014-]*$")
_TRIM = " \t\n,;:\u2013\u2014-"


@dataclass(frozen=True)
class ClaimCandidate:
    """One statement attributed to a source in an article body."""

    speaker: str
    speaker_is_named: bool
    speaker_label: str | None
    speaker_role: str | None
    cue: str
    content: str
    quote_type: str  # "direct" | "indirect" | "mixed"
    polarity: str  # "positive" | "negative"
    claim_date: dt.date | None
    date_basis: str | None
    via: str | None
    start_char: int
    end_char: int
    sentence_start: int
    sentence_end: int


@dataclass
class _Draft:
    cue_tok: Token
    cue: str
    speaker_tok: Token | None
    anchor: Token  # verb whose subtree holds the attribution (for the date)
    ranges: list[tuple[int, int]]
    unit: int
    via: str | None = None
    units: list[int] = field(default_factory=list)
    orphan: bool = False


class _Article:
    """Character/token bookkeeping for one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text = doc, doc.text
        self.paras = paragraph_spans(self.text)
        self.quotes = find_quotes(self.text)
        self._qstarts = [q.start for q in self.quotes]
        self._tstarts = [t.idx for t in doc]
        self.units = self._units()

    def piece_at(self, char: int) -> QuotePiece | None:
        k = bisect.bisect_right(self._qstarts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return self.quotes[k]
        return None

    def tokens(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self._tstarts, start)
        hi = bisect.bisect_left(self._tstarts, end)
        return [t for t in self.doc[lo:hi] if not t.is_space]

    def chain_pieces(self, chain: int) -> list[QuotePiece]:
        return [q for q in self.quotes if q.chain == chain]

    def _units(self) -> list[tuple[int, int]]:
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
        chains: dict[int, tuple[int, int]] = {}
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


class _Extractor:
    def __init__(self, doc: Doc, published: dt.date | None) -> None:
        self.a = _Article(doc)
        self.doc, self.text, self.published = doc, doc.text, published
        self.used_chains: set[int] = set()
        self.speakers: SpeakerResolver

    # -- content finders ------------------------------------------------------------------
    def _in_quote(self, tok: Token) -> bool:
        return self.a.piece_at(tok.idx) is not None

    def _clause_bounds(self, cue: Token, speaker: Token | None) -> tuple[int, int]:
        """Character extent of the attribution clause (speaker, cue and plain modifiers)."""
        lo, hi = cue.idx, cue.idx + len(cue)
        if speaker is not None and (speaker.head.i == cue.i or speaker.i > cue.i):
            s, e = span_of(np_tokens(speaker))
            lo, hi = min(lo, s), max(hi, e)
        for child in sorted(cue.children, key=lambda c: c.i):
            if child.dep_ not in CLAUSE_EDGE_DEPS or (speaker is not None and child.i == speaker.i):
                continue
            words = [t for t in phrase(child) if not t.is_punct]
            toks = [t for t in words if not self._in_quote(t)]
            if not toks or len(toks) < len(words):
                continue
            s, e = span_of(toks)
            if child.i > cue.i and not self.text[hi:s].strip(" ,:"):  # contiguous modifiers only
                hi = max(hi, e)
            elif (
                child.i < cue.i
                and child.dep_ in {"nsubj", "neg", "aux", "advmod"}
                and cue.i - child.right_edge.i <= 3
            ):
                lo = min(lo, s)
        return lo, hi

    def _adjacent_quotes(
        self, cue: Token, speaker: Token | None, unit: tuple[int, int]
    ) -> list[int]:
        lo, hi = self._clause_bounds(cue, speaker)
        chains = []
        before = [q for q in self.a.quotes if unit[0] <= q.start and q.end <= lo]
        if before and _BETWEEN_BEFORE.match(self.text[before[-1].end : lo]):
            first = self.a.chain_pieces(before[-1].chain)[0]
            lead = self.text[unit[0] : first.start].rstrip()
            if not lead or lead[-1] in ",:;.?!\u2013\u2014-":  # a whole clause, not a fragment
                chains.append(before[-1].chain)
        after = [q for q in self.a.quotes if hi <= q.start < unit[1]]
        if after and _BETWEEN_AFTER.match(self.text[hi : after[0].start]):
            chains.append(after[0].chain)
        return [c for c in chains if c not in self.used_chains]

    def _clause_content(self, cue: Token) -> list[tuple[int, int]]:
        comps = [
            c
            for c in cue.children
            if c.dep_ in {"ccomp"}
            and not any(g.dep_ == "mark" and g.lower_ in {"whether", "if"} for g in c.children)
        ]
        after = [c for c in comps if c.i > cue.i]
        if not comps:
            return []
        group = after or comps[:1]
        toks = sorted({t for c in group for t in c.subtree if not t.is_space}, key=lambda t: t.i)
        for tok in toks:  # "..., denying the reports" / "but admitted ...": own claims
            if (
                tok.i > group[0].i
                and tok.i not in {c.i for c in group}
                and starts_own_statement(tok, group[0])
            ):
                toks = [
                    t
                    for t in toks
                    if t.i < tok.i and not (t.i >= tok.left_edge.i and t.dep_ == "cc")
                ]
                break
        lead = [
            c
            for c in cue.children
            if after and cue.i < c.i < after[0].i and c.dep_ in {"dobj", "advcl", "nsubj"}
        ]
        if lead and cue.lemma_ not in ADDRESSEE_CUES:  # "said evidence obtained by MI5 ... was"
            toks = sorted({*toks, *(t for c in lead for t in c.subtree)}, key=lambda t: t.i)
        while toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that":
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks = toks[:-1]
        if not toks:
            return []
        start, end = span_of(toks)
        unit_end = self.a.units[self._unit_of(cue)][1]
        for child in cue.children:  # "said prices rose 15%, but by only 2.8% in ..."
            if child.dep_ == "conj" and child.i > toks[-1].i and not is_clause(child):
                end = max(end, span_of(list(child.subtree))[1])
            elif child.dep_ == "conj" and child.i > cue.i > group[0].i and not cue_lemma(child):
                end = max(end, span_of(list(child.subtree))[1])  # "X, he said, and Y"
        if group[0].i > cue.i:
            rest = [t for t in self.a.tokens(end, unit_end) if not t.is_punct]
            attribution = {t.i for c in cue.children if c.dep_ not in {"ccomp"} for t in c.subtree}
            inside = {t.i for t in cue.subtree}
            if rest and all(
                t.i in inside and t.i not in attribution and not cue_lemma(t) for t in rest
            ):
                end = rest[-1].idx + len(rest[-1])  # the parser cut the clause short
        ranges = [(start, end)]
        if group[0].i < cue.i and any(c.dep_ == "conj" and c.i > cue.i for c in cue.children):
            ranges = [(start, min(end, self._clause_bounds(cue, None)[0]))]
            tail = [
                t
                for t in self.a.tokens(self._clause_bounds(cue, None)[1], unit_end)
                if not t.is_punct
            ]
            if tail:
                ranges.append((tail[0].idx, tail[-1].idx + len(tail[-1])))
        return ranges

    def _following_that(
        self, cue: Token, speaker: Token | None, unit: tuple[int, int]
    ) -> list[tuple[int, int]]:
        """'said time and again that ...' when the parser missed the complement clause."""
        _, hi = self._clause_bounds(cue, speaker)
        toks = self.a.tokens(hi, unit[1])
        for k, tok in enumerate(toks[:4]):
            if tok.lower_ == "that" and k + 1 < len(toks):
                end = unit[1]
                acc = next(
                    (t for t in toks[k:] if t.lower_ == "according" and t.nbor(1).lower_ == "to"),
                    None,
                )
                if acc is not None:
                    end = acc.idx
                return [(toks[k + 1].idx, end)]
            if tok.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
                break
        return []

    def _unit_of(self, tok: Token) -> int:
        starts = [u[0] for u in self.a.units]
        return max(0, bisect.bisect_right(starts, tok.idx) - 1)

    def _np_content(self, cue: Token, lemma: str) -> list[tuple[int, int]]:
        key = lemma.replace(" ", "_")
        if key not in NP_CUES and lemma not in XCOMP_CUES:
            return []
        preps = CONTENT_PREPS | ({"to"} if lemma == "admit" else set())
        parts = [
            c
            for c in cue.children
            if c.i > cue.i
            and c.dep_ in {*NP_DEPS, "xcomp"}
            and (c.dep_ != "prep" or c.lower_ in preps)
        ]
        if lemma == "warn":  # "warned of X" is a statement; "warned Mr Brown not to ..." is not
            parts = [c for c in parts if c.dep_ == "prep"]
        if (
            any(c.dep_ == "dobj" for c in parts)
            and any(c.dep_ == "xcomp" for c in parts)
            and lemma not in XCOMP_CUES
        ):
            return []  # "urged X to do Y": a request, not a claim
        objects = {"dobj", "attr", "oprd"} | ({"xcomp"} if lemma in XCOMP_CUES else set())
        if not any(c.dep_ in objects or c.dep_ == "prep" for c in parts):
            return []
        extra = [
            c
            for c in cue.children
            if c.i > max(p.i for p in parts)
            and c.dep_ not in NOT_CONTENT
            and not starts_own_statement(c, cue)
            and c.ent_type_ not in {"DATE", "TIME"}
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children if g.dep_ == "pobj")
        ]
        parts += extra
        lo = min(c.left_edge.idx for c in parts)
        right = max((c.right_edge for c in parts), key=lambda t: t.i)
        while right.is_punct and right.i > cue.i:
            right = right.nbor(-1)
        return [(lo, right.idx + len(right))]

    def _parenthetical(self, cue: Token, unit: tuple[int, int]) -> list[tuple[int, int]]:
        if cue.dep_ != "parataxis":
            return []
        cs, ce = subtree_range(cue)
        return [r for r in ((unit[0], cs), (ce, unit[1])) if r[1] > r[0]]

    def _preceding_clause(
        self, cue: Token, speaker: Token | None, unit: tuple[int, int]
    ) -> list[tuple[int, int]]:
        """'X is true, Y said.': the text before a sentence-final attribution clause."""
        lo, hi = self._clause_bounds(cue, speaker)
        before = self.text[unit[0] : lo].rstrip()
        tail = self.text[hi : unit[1]].strip(" .\"'")
        if not before.endswith(",") or len(tail) > 60:
            return []
        toks = self.a.tokens(unit[0], lo)
        if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return []
        return [(unit[0], unit[0] + len(before) - 1)]

    # -- drafting ------------------------------------------------------------------------
    def _verb_draft(self, cue: Token, lemma: str, k: int, unit: tuple[int, int]) -> _Draft | None:
        if lemma == "quote" and any(
            c.dep_ == "prep" and any(g.lemma_ == "say" for g in c.children) for c in cue.children
        ):
            return None  # "quoted X as saying ...": the "saying" cue carries the claim
        if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NOT_SAYING:
            return None  # "refused to say whether ...": no statement was made
        speaker, anchor, medium = find_subject(cue)
        if speaker is None and anchor.i == cue.i:
            speaker = self._left_person(cue, unit)
        if speaker is None or self._in_quote(speaker):
            return None
        if anchor.lemma_ == "quote" and lemma == "say":
            lemma = "quote"
        chains = self._adjacent_quotes(cue, speaker, unit)
        ranges: list[tuple[int, int]] = []
        if chains:
            for c in chains:
                ranges += [(q.inner_start, q.inner_end) for q in self.a.chain_pieces(c)]
            self.used_chains.update(chains)
        else:
            ranges = (
                self._clause_content(cue)
                or self._following_that(cue, speaker, unit)
                or self._parenthetical(cue, unit)
                or self._np_content(cue, lemma)
                or (
                    self._preceding_clause(cue, speaker, unit)
                    if anchor.i == cue.i and cue.tag_ != "VBG"
                    else []
                )
            )
        if not ranges or (not chains and self._inside_used_quote(ranges)):
            return None
        if lemma in CCOMP_ONLY_CUES and not self._clause_content(cue):
            return None
        negated = any(c.dep_ == "neg" for c in cue.children)
        if negated and not chains and not self._clause_content(cue):
            return None  # "has not confirmed any timing": no statement was made
        if lemma in QUOTE_NEEDED and not any(
            self._in_quote(t) for r in ranges for t in self.a.tokens(*r)
        ):
            return None  # "called it a disaster" without quotation marks
        via = (
            strip_determiner(span_text(np_tokens(medium))) if medium is not None else self._via(cue)
        )
        return _Draft(cue, lemma, speaker, anchor, ranges, k, via)

    def _left_person(self, cue: Token, unit: tuple[int, int]) -> Token | None:
        """Subject the parser lost: "Mr Yushchenko - keen to reassure investors - had said"."""
        for tok in reversed(self.a.tokens(unit[0], cue.idx)):
            if self._in_quote(tok):
                return None
            if tok.dep_ in {"dobj", "dative"} and cue_lemma(tok.head):
                return None  # "denied Mr Yeo ... said": the object of another statement
            if (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") or tok.lower_ in {"he", "she"}:
                if tok.ent_iob_ != "B" and tok.i + 1 < cue.i and tok.nbor(1).ent_type_ == "PERSON":
                    continue
                return tok
            if tok.dep_ in {"nsubj", "nsubjpass"} or tok.lower_ in {";", ":"}:
                return None
        return None

    def _inside_used_quote(self, ranges: list[tuple[int, int]]) -> bool:
        """Content already claimed as a quotation by another cue ('X said: "A. "B," she warned')."""
        for s, e in ranges:
            for i in range(s, e):
                if self.text[i].isalnum():
                    piece = self.a.piece_at(i)
                    if piece is None or piece.chain not in self.used_chains:
                        return False
        return True

    def _via(self, cue: Token) -> str | None:
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "to"}:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in MEDIA_NOUNS - {"interview"}:
                    return span_text([t for t in np_tokens(pobj) if t.i <= pobj.i])
        return None

    def _according(self, tok: Token, k: int, unit: tuple[int, int]) -> _Draft | None:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if pobj is None:
            return None
        s, e = subtree_range(tok)
        ranges = [
            r for r in ((unit[0], s), (e, unit[1])) if self.text[r[0] : r[1]].strip(_TRIM + ".")
        ]
        if not ranges:
            return None
        return _Draft(tok, "according to", pobj, tok, ranges, k)

    def _noun_draft(self, tok: Token, k: int) -> _Draft | None:
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in {"acl", "ccomp"}
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
        if speaker is None:
            prep = next(
                (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None
            )
            speaker = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
        if speaker is None:
            return None
        toks = [
            t
            for t in clause.subtree
            if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)
        ]
        return _Draft(tok, tok.lemma_.lower(), speaker, tok, [span_of(toks)], k)

    def drafts_for_unit(self, k: int) -> list[_Draft]:
        unit = self.a.units[k]
        out: list[_Draft] = []
        vias: dict[int, str] = {}
        for tok in self.a.tokens(*unit):
            if self._in_quote(tok):
                continue
            draft = None
            lemma = cue_lemma(tok)
            if lemma is not None:
                draft = self._verb_draft(tok, lemma, k, unit)
            elif (
                tok.lower_ == "according"
                and tok.i + 1 < len(self.doc)
                and tok.nbor(1).lower_ == "to"
            ):
                if tok.head.i != tok.i and cue_lemma(tok.head):
                    pobj = next(
                        (g for c in tok.children for g in c.children if g.dep_ == "pobj"), None
                    )
                    if pobj is not None:
                        vias[tok.head.i] = span_text(np_tokens(pobj))
                    continue
                draft = self._according(tok, k, unit)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES:
                draft = self._noun_draft(tok, k)
            if draft is not None:
                out.append(draft)
        verbs = [d for d in out if d.cue != "according to"]
        for d in [d for d in out if d.cue == "according to"]:
            inner = [v for v in verbs if any(s <= v.cue_tok.idx < e for s, e in d.ranges)]
            if inner:  # "X said Y, according to a statement": the statement is the medium
                inner[0].via = inner[0].via or span_text(np_tokens(d.speaker_tok))
                out.remove(d)
        for d in out:
            d.via = vias.get(d.cue_tok.i, d.via)
        return out

    # -- assembly ------------------------------------------------------------------------
    def run(self) -> list[ClaimCandidate]:
        per_unit: list[list[_Draft] | None] = []
        for k in range(len(self.a.units)):
            try:
                per_unit.append(self._prune(self.drafts_for_unit(k)))
            except Exception:  # one odd sentence must not lose the article
                log.warning("attribution failed on unit %d", k, exc_info=True)
                per_unit.append(None)
        found = tuple(
            d.speaker_tok for ds in per_unit for d in ds or () if d.speaker_tok is not None
        )
        in_quote = lambda char: self.a.piece_at(char) is not None  # noqa: E731
        self.speakers = SpeakerResolver(self.doc, in_quote=in_quote, speakers=found)
        drafts: list[_Draft] = []
        for k, unit_drafts in enumerate(per_unit):
            if unit_drafts:
                drafts.extend(unit_drafts)
            elif unit_drafts is not None:
                self._orphan(k, drafts)
        out = []
        for d in drafts:
            try:
                claim = self._finish(d)
            except Exception:
                log.warning("attribution failed on unit %d", d.unit, exc_info=True)
                continue
            if claim is not None:
                out.append(claim)
        return sorted(out, key=lambda c: (c.start_char, c.end_char))

    def _prune(self, drafts: list[_Draft]) -> list[_Draft]:
        """Drop cues nested inside another claim's content and duplicate contents."""
        kept: list[_Draft] = []
        for d in drafts:
            nested = any(
                o is not d and any(s <= d.cue_tok.idx < e for s, e in o.ranges) for o in drafts
            )
            if nested or any(o.ranges == d.ranges for o in kept):
                continue
            kept.append(d)
        return kept

    def _orphan(self, k: int, drafts: list[_Draft]) -> None:
        """A unit that is only a quotation: continue the previous quote or find its speaker."""
        start, end = self.a.units[k]
        chars = [i for i in range(start, end) if self.text[i].isalnum()]
        if not chars or any(self.a.piece_at(i) is None for i in chars):
            return
        chains = sorted({self.a.piece_at(i).chain for i in chars} - self.used_chains)
        if not chains:
            return
        self.used_chains.update(chains)
        ranges = [(q.inner_start, q.inner_end) for c in chains for q in self.a.chain_pieces(c)]
        prev = drafts[-1] if drafts else None
        last_unit = max(prev.units or [prev.unit]) if prev else -1
        if prev is not None and last_unit == k - 1 and self._quote_type(prev.ranges) == "direct":
            prev.ranges += ranges
            prev.units = [*(prev.units or [prev.unit]), k]
            return
        speaker = None
        if prev is not None and last_unit == k - 1 and self._same_paragraph(k - 1, k):
            speaker = prev.speaker_tok
        speaker = speaker or self._context_speaker(k)
        if speaker is None and prev is not None and k - last_unit <= 3:
            speaker = prev.speaker_tok
        if speaker is not None:
            drafts.append(
                _Draft(speaker, "say", speaker, speaker, ranges, k, units=[k], orphan=True)
            )

    def _context_speaker(self, k: int) -> Token | None:
        """Subject of the previous sentence in the same paragraph, if it is a person."""
        if k == 0:
            return None
        ps, pe = self.a.units[k - 1]
        if not self._same_paragraph(k - 1, k):
            return None
        for tok in self.a.tokens(ps, pe):
            if (
                tok.dep_ in {"nsubj", "nsubjpass"}
                and tok.head.dep_ == "ROOT"
                and not self._in_quote(tok)
            ):
                found = self.speakers.resolve(tok)
                if found is not None and found.kind == "person":
                    return tok
        return None

    def _same_paragraph(self, j: int, k: int) -> bool:
        return "\n" not in self.text[self.a.units[j][1] : self.a.units[k][0]]

    def _quote_type(self, ranges: list[tuple[int, int]]) -> str:
        total = inside = 0
        for s, e in ranges:
            for i in range(s, e):
                if self.text[i].isalnum():
                    total += 1
                    inside += self.a.piece_at(i) is not None
        if total and inside == total:
            return "direct"
        return "mixed" if inside else "indirect"

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        while s < e and self.text[s] in _TRIM + '"':
            s += 1
        while e > s and self.text[e - 1] in _TRIM:
            e -= 1
        return s, e

    def _finish(self, d: _Draft) -> ClaimCandidate | None:
        units = [self.a.units[u] for u in (d.units or [d.unit])]
        lo, hi = min(u[0] for u in units), max(u[1] for u in units)
        clipped = clip_ranges(sorted(d.ranges), lo, hi)
        ranges = [r for r in (self._trim(s, e) for s, e in clipped) if r[1] > r[0]]
        if not ranges:
            return None
        s, e = ranges[-1]
        if self.text[s:e].count('"') % 2 and '"' in self.text[e : e + 3]:
            ranges[-1] = (s, self.text.index('"', e) + 1)  # close a trailing quoted fragment
        content = " ".join(self.text[s:e] for s, e in ranges)
        toks = [t for r in ranges for t in self.a.tokens(*r)]
        words = [t for t in toks if not t.is_punct]
        if len(words) < 2 and not (words and words[0].pos_ in {"NOUN", "PROPN"}):
            return None  # "denied it", "he said." carry no statement
        if clipped != sorted(d.ranges) and len(words) < 3:
            return None  # "she must:" before a list in the next paragraphs
        qtype = self._quote_type(ranges)
        if qtype == "direct":
            content = " ".join(self.text[s:e].strip(' "') for s, e in ranges).strip(_TRIM)
        speaker = self.speakers.resolve(d.speaker_tok) if d.speaker_tok is not None else None
        if speaker is None or (d.cue in PERSON_ONLY_CUES and speaker.kind != "person"):
            return None
        negated = any(c.dep_ == "neg" for c in d.cue_tok.children)
        polarity = statement_polarity(toks, d.cue, cue_negated=negated)
        claim_date, basis = self._date(d, ranges)
        start, end = min(s for s, _ in ranges), max(e for _, e in ranges)
        return ClaimCandidate(
            speaker=speaker.text,
            speaker_is_named=speaker.is_named,
            speaker_label=speaker.label if speaker.is_named else None,
            speaker_role=speaker.role
            or (self.speakers.roles.get(speaker.text) if speaker.is_named else None),
            cue=d.cue,
            content=content,
            quote_type=qtype,
            polarity=polarity,
            claim_date=claim_date,
            date_basis=basis,
            via=d.via,
            start_char=start,
            end_char=end,
            sentence_start=min(lo, start),  # a closing mark just after the unit widens it
            sentence_end=max(hi, end),
        )

    def _date(self, d: _Draft, ranges: list[tuple[int, int]]) -> tuple[dt.date | None, str | None]:
        if d.orphan:
            return None, None  # orphan quotation: no attribution clause of its own
        skip = {t.i for r in ranges for t in self.a.tokens(*r)}
        if d.speaker_tok is not None:
            for child in d.speaker_tok.children:
                if child.dep_ in {"relcl", "acl", "appos"}:
                    skip.update(t.i for t in child.subtree)
        words = [t.text for t in d.anchor.subtree if t.i not in skip and not self._in_quote(t)]
        found, basis = resolve_claim_date(" ".join(words), self.published)
        if found is None and self.published is not None and d.cue_tok.tag_ in {"VBZ", "VBP"}:
            return self.published, "published"
        return found, basis


def clip_ranges(ranges: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """Character ranges cut to [lo, hi) (a parse subtree may cross a paragraph break)."""
    return [(max(s, lo), min(e, hi)) for s, e in ranges if min(e, hi) > max(s, lo)]


def extract_claims(doc: Doc, *, published: dt.date | None = None) -> list[ClaimCandidate]:
    """Attributed statements in a parsed article body, in text order."""
    if not doc.text.strip():
        return []
    return _Extractor(doc, published).run()
