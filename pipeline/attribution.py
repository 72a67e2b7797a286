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
the surrounding context. Speakers are resolved by `pipeline.speakers`, polarity by
`pipeline.polarity`, dates by `pipeline.claim_dates`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.claim_dates import resolve_claim_date
from pipeline.polarity import statement_polarity
from pipeline.quote_marks import QuotePiece, find_quotes, paragraph_spans
from pipeline.speakers import MEDIA_NOUNS, Speaker, SpeakerResolver, _strip_det, _text, np_tokens

log = logging.getLogger(__name__)

SAY_CUES = frozenset(
    "say tell add note state declare explain argue assert claim insist stress emphasize "
    "emphasise underline underscore warn acknowledge admit concede confirm announce reiterate "
    "repeat reaffirm suggest predict report reveal disclose indicate write tweet post comment "
    "remark observe complain allege maintain contend reply respond answer recall agree "
    "estimate forecast promise pledge vow assure inform deny reject dismiss refute dispute "
    "quote accuse brand describe propose express threaten caution counter retort boast "
    "hint speculate testify brief call concur conclude urge".split()
)
PHRASAL_CUES = {("rule", "out"): "rule out", ("point", "out"): "point out"}
# Cues whose content may be a noun phrase / infinitive instead of a clause.
NP_CUES = frozenset(
    "deny reject dismiss refute dispute confirm announce acknowledge admit reiterate reaffirm "
    "predict forecast brand describe accuse express propose warn stress emphasize emphasise "
    "underline underscore reveal disclose concede promise pledge vow threaten claim call "
    "rule_out".split()
)
XCOMP_CUES = frozenset({"promise", "pledge", "vow", "threaten", "claim", "refuse"})
NOUN_CUES = frozenset(
    "remark comment statement claim warning assertion announcement denial admission "
    "insistence suggestion assurance allegation accusation promise pledge prediction".split()
)
_PERSON_ONLY_CUES = frozenset({"propose"})  # "the bill proposes ..." is not a statement
_CCOMP_ONLY_CUES = frozenset({"urge"})  # "urged that X" is; "urged X to do Y" is not
_QUOTE_NEEDED = frozenset({"call", "describe", "brand"})  # "called it 'a disaster'"
_CLAUSE_DEPS = {"ccomp"}
_CONTENT_PREPS = {"of", "about", "against", "as"}
_NP_DEPS = {"dobj", "prep", "oprd", "dative", "attr", "acomp"}
_CLAUSE_EDGE_DEPS = {
    "nsubj", "nsubjpass", "dobj", "dative", "iobj", "npadvmod", "advmod", "prep", "prt",
    "agent", "neg", "aux", "auxpass",
}  # fmt: skip
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
    speaker: Speaker | None = None
    units: list[int] = field(default_factory=list)


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


def _cue_lemma(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ in {"amod", "compound", "aux", "auxpass"}:
        return None
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if (lemma, prt) in PHRASAL_CUES:
        return PHRASAL_CUES[(lemma, prt)]
    if lemma in {"rule", "point"}:
        return None
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in tok.children):
        return None
    return lemma if lemma in SAY_CUES else None


def _subject(cue: Token) -> tuple[Token | None, Token, Token | None]:
    """(speaker head, anchor verb, medium head) for a cue verb; climbs for "..., saying"."""
    verb = cue
    participle = cue.tag_ == "VBG"
    for _ in range(6):
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.lemma_ == "quote":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if passive:
                subs = [c for c in verb.children if c.dep_ == "nsubjpass"]
            elif obj is not None and subs and _is_medium(subs[0]):
                return obj, verb, subs[0]
        elif passive and verb is cue:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return pobj, verb, None
        if subs:
            best = next((s for s in subs if s.pos_ == "PROPN" or s.ent_type_ == "PERSON"), subs[0])
            if best.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                best = verb.head
            if best.lower_ in {"what", "which", "who"}:
                return None, verb, None
            return best, verb, None
        if verb.dep_ in {"acl", "relcl"} and verb is cue:
            return (verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else None), verb, None
        climb = {"advcl", "xcomp", "conj", "pcomp", "prep", "advmod"} | ({"ccomp"} if participle else set())
        if verb.dep_ not in climb or verb.head is verb:
            return None, verb, None
        verb = verb.head
    return None, verb, None


def _is_medium(tok: Token) -> bool:
    return tok.lemma_.lower() in MEDIA_NOUNS or tok.ent_type_ == "ORG" and tok.lemma_.lower() not in {
        "government", "ministry", "party",
    }


def _span_of(toks: list[Token]) -> tuple[int, int]:
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _subtree_range(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


class _Extractor:
    def __init__(self, doc: Doc, published: dt.date | None) -> None:
        self.a = _Article(doc)
        self.doc, self.text, self.published = doc, doc.text, published
        self.speakers = SpeakerResolver(doc, in_quote=lambda char: self.a.piece_at(char) is not None)
        self.used_chains: set[int] = set()

    # -- content finders ------------------------------------------------------------------
    def _in_quote(self, tok: Token) -> bool:
        return self.a.piece_at(tok.idx) is not None

    def _clause_bounds(self, cue: Token, speaker: Token | None) -> tuple[int, int]:
        """Character extent of the attribution clause (speaker, cue and plain modifiers)."""
        lo, hi = cue.idx, cue.idx + len(cue)
        if speaker is not None and speaker.head is cue or speaker is not None and speaker.i > cue.i:
            s, e = _span_of(np_tokens(speaker))
            lo, hi = min(lo, s), max(hi, e)
        for child in cue.children:
            if child.dep_ not in _CLAUSE_EDGE_DEPS or child is speaker:
                continue
            s, e = _subtree_range(child)
            if any(self._in_quote(t) for t in child.subtree):
                continue
            if child.i > cue.i:
                hi = max(hi, e)
            elif child.dep_ in {"nsubj", "neg", "aux", "advmod"} and cue.i - child.right_edge.i <= 3:
                lo = min(lo, s)
        return lo, hi

    def _adjacent_quotes(self, cue: Token, speaker: Token | None, unit: tuple[int, int]) -> list[int]:
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
        comps = [c for c in cue.children if c.dep_ in _CLAUSE_DEPS]
        comp = next((c for c in comps if c.i > cue.i), comps[0] if comps else None)
        if comp is None:
            return []
        toks = [t for t in comp.subtree if not t.is_space]
        for child in comp.children:  # "..., denying the reports": a statement of its own
            if child.i > cue.i and child.dep_ == "advcl" and child.tag_ == "VBG" and _cue_lemma(child):
                toks = [t for t in toks if t.i < child.left_edge.i]
        while toks and (toks[0].dep_ == "mark" and toks[0].lower_ == "that"):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        return [_span_of(toks)] if toks else []

    def _following_that(self, cue: Token, speaker: Token | None, unit: tuple[int, int]) -> list[tuple[int, int]]:
        """'said time and again that ...' when the parser missed the complement clause."""
        _, hi = self._clause_bounds(cue, speaker)
        for tok in self.a.tokens(hi, unit[1])[:4]:
            if tok.lower_ == "that" and tok.dep_ == "mark":
                right = tok.head.right_edge
                if tok.head.i > tok.i and right.idx < unit[1]:
                    return [(tok.idx + len(tok), right.idx + len(right))]
            if tok.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
                break
        return []

    def _np_content(self, cue: Token, lemma: str) -> list[tuple[int, int]]:
        key = lemma.replace(" ", "_")
        if key not in NP_CUES and lemma not in XCOMP_CUES:
            return []
        deps = {*_NP_DEPS, "xcomp"}
        preps = _CONTENT_PREPS | ({"to"} if lemma == "admit" else set())
        parts = [c for c in cue.children if c.i > cue.i and c.dep_ in deps
                 and (c.dep_ != "prep" or c.lower_ in preps)]
        objects = {"dobj", "attr", "oprd"} | ({"xcomp"} if lemma in XCOMP_CUES else set())
        if not any(c.dep_ in objects or c.dep_ == "prep" for c in parts):
            return []
        lo = min(c.left_edge.idx for c in parts)
        right = max((c.right_edge for c in parts), key=lambda t: t.i)
        return [(lo, right.idx + len(right))]

    def _parenthetical(self, cue: Token, unit: tuple[int, int]) -> list[tuple[int, int]]:
        if cue.dep_ != "parataxis":
            return []
        head = cue.head
        s, e = _subtree_range(head)
        cs, ce = _subtree_range(cue)
        s, e = max(s, unit[0]), min(e, unit[1])
        return [r for r in ((s, cs), (ce, e)) if r[1] > r[0]]

    def _preceding_clause(self, cue: Token, speaker: Token | None, unit: tuple[int, int]) -> list[tuple[int, int]]:
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
        speaker, anchor, medium = _subject(cue)
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
                or self._preceding_clause(cue, speaker, unit)
            )
        if not ranges or not chains and self._inside_used_quote(ranges):
            return None
        if lemma in _CCOMP_ONLY_CUES and not self._clause_content(cue):
            return None
        if lemma in _QUOTE_NEEDED and not any(self.a.piece_at(s) or self.a.piece_at(e - 1) for s, e in ranges):
            if not any(self._in_quote(t) for r in ranges for t in self.a.tokens(*r)):
                return None
        via = _strip_det(_text(np_tokens(medium))) if medium is not None else self._via(cue)
        return _Draft(cue, lemma, speaker, anchor, ranges, k, via)

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
                    return _text([t for t in np_tokens(pobj) if t.i <= pobj.i])
        return None

    def _according(self, tok: Token, k: int, unit: tuple[int, int]) -> _Draft | None:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if pobj is None:
            return None
        s, e = _subtree_range(tok)
        ranges = [r for r in ((unit[0], s), (e, unit[1])) if self.text[r[0] : r[1]].strip(_TRIM + ".")]
        if not ranges:
            return None
        return _Draft(tok, "according to", pobj, tok, ranges, k)

    def _noun_draft(self, tok: Token, k: int) -> _Draft | None:
        clause = next(
            (c for c in tok.children if c.dep_ in {"acl", "ccomp"}
             and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
            None,
        )
        if clause is None:
            return None
        speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
        if speaker is None:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None)
            speaker = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
        if speaker is None:
            return None
        toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head is clause)]
        return _Draft(tok, tok.lemma_.lower(), speaker, tok, [_span_of(toks)], k)

    def drafts_for_unit(self, k: int) -> list[_Draft]:
        unit = self.a.units[k]
        out: list[_Draft] = []
        vias: dict[int, str] = {}
        for tok in self.a.tokens(*unit):
            if self._in_quote(tok):
                continue
            draft = None
            lemma = _cue_lemma(tok)
            if lemma is not None:
                draft = self._verb_draft(tok, lemma, k, unit)
            elif tok.lower_ == "according" and tok.i + 1 < len(self.doc) and tok.nbor(1).lower_ == "to":
                if tok.head is not tok and _cue_lemma(tok.head):
                    pobj = next((g for c in tok.children for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        vias[tok.head.i] = _text(np_tokens(pobj))
                    continue
                draft = self._according(tok, k, unit)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES:
                draft = self._noun_draft(tok, k)
            if draft is not None:
                out.append(draft)
        for d in out:
            d.via = vias.get(d.cue_tok.i, d.via)
        return out

    # -- assembly ------------------------------------------------------------------------
    def run(self) -> list[ClaimCandidate]:
        drafts: list[_Draft] = []
        for k in range(len(self.a.units)):
            try:
                unit_drafts = self.drafts_for_unit(k)
            except Exception:  # one odd sentence must not lose the article
                log.warning("attribution failed on unit %d", k, exc_info=True)
                continue
            drafts.extend(self._prune(unit_drafts))
            if not unit_drafts:
                self._orphan(k, drafts)
        out = []
        for d in drafts:
            claim = self._finish(d)
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
        speaker = self._context_speaker(k)
        if speaker is None and prev is not None and k - last_unit <= 3:
            speaker = prev.speaker_tok
        if speaker is not None:
            drafts.append(_Draft(speaker, "say", speaker, speaker, ranges, k, units=[k]))

    def _context_speaker(self, k: int) -> Token | None:
        """Subject of the previous sentence in the same paragraph, if it is a person."""
        if k == 0:
            return None
        ps, pe = self.a.units[k - 1]
        same_para = "\n\n" not in self.text[ps : self.a.units[k][0]] and not self.text[pe : self.a.units[k][0]].count("\n")
        if not same_para:
            return None
        for tok in self.a.tokens(ps, pe):
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and not self._in_quote(tok):
                found = self.speakers.resolve(tok)
                if found is not None and found.kind == "person":
                    return tok
        return None

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
        if self.text[s:e].lower().startswith("that "):
            s += 5
        return s, e

    def _finish(self, d: _Draft) -> ClaimCandidate | None:
        ranges = [r for r in (self._trim(s, e) for s, e in sorted(d.ranges)) if r[1] > r[0]]
        if not ranges:
            return None
        s, e = ranges[-1]
        if self.text[s:e].count('"') % 2 and '"' in self.text[e : e + 3]:
            ranges[-1] = (s, self.text.index('"', e) + 1)  # close a trailing quoted fragment
        content = " ".join(self.text[s:e] for s, e in ranges)
        if len(re.findall(r"\w+", content)) < 2:
            return None
        qtype = self._quote_type(ranges)
        if qtype == "direct":
            content = " ".join(self.text[s:e].strip(' "') for s, e in ranges).strip(_TRIM)
        speaker = self.speakers.resolve(d.speaker_tok) if d.speaker_tok is not None else None
        if speaker is None or d.cue in _PERSON_ONLY_CUES and speaker.kind != "person":
            return None
        toks = [t for r in ranges for t in self.a.tokens(*r)]
        negated = any(c.dep_ == "neg" for c in d.cue_tok.children)
        polarity = statement_polarity(toks, d.cue, cue_negated=negated)
        claim_date, basis = self._date(d, ranges)
        units = [self.a.units[u] for u in (d.units or [d.unit])]
        return ClaimCandidate(
            speaker=speaker.text,
            speaker_is_named=speaker.is_named,
            speaker_label=speaker.label if speaker.is_named else None,
            speaker_role=speaker.role or (self.speakers.roles.get(speaker.text) if speaker.is_named else None),
            cue=d.cue,
            content=content,
            quote_type=qtype,
            polarity=polarity,
            claim_date=claim_date,
            date_basis=basis,
            via=d.via,
            start_char=ranges[0][0],
            end_char=ranges[-1][1],
            sentence_start=min(u[0] for u in units),
            sentence_end=max(u[1] for u in units),
        )

    def _date(self, d: _Draft, ranges: list[tuple[int, int]]) -> tuple[dt.date | None, str | None]:
        if d.anchor is d.speaker_tok and d.cue == "say" and d.units:
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


def extract_claims(doc: Doc, *, published: dt.date | None = None) -> list[ClaimCandidate]:
    """Attributed statements in a parsed article body, in text order."""
    if not doc.text.strip():
        return []
    return _Extractor(doc, published).run()
