"""Finding what a reporting cue reports: adjacent quotes, its clause, object or nearby clause."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.nlp.attribution.announced import announced
from pipeline.nlp.attribution.parentheticals import parenthetical
from pipeline.nlp.attribution.units import Article, Range, words_up_to
from pipeline.nlp.cues import (
    ADDRESSEE_CUES,
    CLAUSE_EDGE_DEPS,
    CONTENT_PREPS,
    NOT_CONTENT,
    NP_CUES,
    NP_DEPS,
    REQUEST_CUES,
    XCOMP_CUES,
    cue_lemma,
    is_clause,
    phrase,
    span_of,
    starts_own_statement,
    tag_question,
)
from pipeline.nlp.speakers import np_tokens

_BETWEEN_AFTER = re.compile(r"^[\s,:;\u2013\u2014-]*(?:that\s*)?$")
_BETWEEN_BEFORE = re.compile(r"^[\s,:;\u2013\u2014-]*$")
_TO = re.compile(r"^\s*to\s*$")  # 'told the owner to "get out"'
ORDER_CUES = frozenset({"tell"})


def clause_bounds(article: Article, cue: Token, speaker: Token | None) -> Range:
    """Character extent of the attribution clause (speaker, cue and plain modifiers)."""
    lo, hi = cue.idx, cue.idx + len(cue)
    if speaker is not None and (speaker.head.i == cue.i or speaker.i > cue.i
                                or cue.head.i == speaker.i):  # "..., a prosecutor alleged
        s, e = span_of(np_tokens(speaker))
        lo, hi = min(lo, s), max(hi, e)
    for child in sorted(cue.children, key=lambda c: c.i):
        if child.dep_ not in CLAUSE_EDGE_DEPS or (speaker is not None and child.i == speaker.i):
            continue
        words = [t for t in phrase(child) if not t.is_punct]
        toks = [t for t in words if not article.in_quote(t)]
        if not toks or len(toks) < len(words):
            continue
        s, e = span_of(toks)
        if child.i > cue.i and not article.text[hi:s].strip(" ,:"):  # contiguous modifiers only
            hi = max(hi, e)
        elif (
            child.i < cue.i
            and child.dep_ in {"nsubj", "neg", "aux", "advmod"}
            and cue.i - child.right_edge.i <= 3
        ):
            lo = min(lo, s)
    return lo, hi


def adjacent_quotes(article: Article, cue: Token, speaker: Token | None, unit: Range) -> list[int]:
    """Unclaimed quote chains right before or right after the attribution clause."""
    text = article.text
    lo, hi = clause_bounds(article, cue, speaker)
    chains = []
    before = [q for q in article.quotes if unit[0] <= q.start and q.end <= lo]
    if before and _BETWEEN_BEFORE.match(text[before[-1].end : lo]):
        first = article.chain_pieces(before[-1].chain)[0]
        lead = text[unit[0] : first.start].rstrip()
        if not lead or lead[-1] in ",:;.?!\u2013\u2014-":  # a whole clause, not a fragment
            chains.append(before[-1].chain)
    after = [q for q in article.quotes if hi <= q.start < unit[1]]
    if after and (_BETWEEN_AFTER.match(text[hi : after[0].start]) or (
            _TO.match(text[hi : after[0].start]) and _orders(cue))) and not _fragment(
            article, after[0].chain):
        chains.append(after[0].chain)
    return [c for c in chains if c not in article.used_chains]


_GOES_ON = re.compile(r"^\s*[a-z]")


def _fragment(article: Article, chain: int) -> bool:
    """ 'warned that "scaremongering" could drive customers away': a quotation without a verb
    of its own, in a clause that goes on after it, is a word of the clause, not the statement
    (the clause is the content; 'told him to "fix the roof" on Friday' is the order)."""
    pieces = article.chain_pieces(chain)
    last = pieces[-1]
    return _GOES_ON.match(article.text[last.end:last.end + 20]) is not None and not any(
        t.tag_ in FINITE_TAGS or (t.tag_ == "VB" and not any(  # '"with no one in the way to
            c.lower_ == "to" and c.idx >= p.start for c in t.children))  # stop it," the cash
        for p in pieces for t in article.tokens(p.start, p.end))  # left': no verb of its own


def _orders(cue: Token) -> bool:
    """ "told [X] to ...": an order, whose quoted words after "to" are what was said (not
    "..., telling him to": a participle inside a report may be someone else's order)."""
    return cue.lemma_.lower() in ORDER_CUES and cue.tag_ != "VBG" and any(
        c.dep_ == "dobj" for c in cue.children) and any(c.dep_ == "xcomp" for c in cue.children)


def content_ranges(
    article: Article, cue: Token, lemma: str, speaker: Token, anchor: Token, unit: Range
) -> list[Range]:
    """Content of a cue without an adjacent quotation, by the first finder that gives any."""
    return (
        announced(article, cue)
        or clause_content(article, cue)
        or request_content(cue, lemma)
        or following_that(article, cue, speaker, unit)
        or parenthetical(cue, unit)
        or np_content(cue, lemma)
        or (
            preceding_clause(article, cue, speaker, unit)
            if anchor.i == cue.i and cue.tag_ != "VBG"
            else []
        )
    )


FINITE_TAGS = {"MD", "VBZ", "VBD", "VBP"}


def subject_with_insertion(cue: Token) -> Range | None:
    """'argue [the scheme, which ministers back, is a waste of money]': with an insertion (a
    relative clause, a participle) after the reported clause's subject, the parser takes that
    subject for the cue's object and loses the rest. The object, a comma-delimited insertion
    and a finite verb right after it: the reported clause runs to the end of the sentence."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return None  # the speaker says it ("to counter this trick" is no statement)
    doc, end = cue.doc, cue.sent.end
    comma = obj.i + 1
    if comma >= end or doc[comma].text != ",":
        return None
    close = next((t.i for t in doc[comma + 1 : min(end, comma + 20)] if t.text == ","), None)
    if close is None or close + 1 >= end or doc[close + 1].tag_ not in FINITE_TAGS:
        return None
    if any(t.dep_ == "parataxis" and cue_lemma(t) and any(c.dep_ == "nsubj" for c in t.children)
           for t in doc[comma + 1 : close]):
        return None  # "X, he said, is Y": a parenthetical attribution of its own
    return words_up_to(doc, min(t.i for t in obj.subtree if t.i > cue.i), end - 1)


_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})


def _misread_clause(cue: Token) -> Range | None:
    """The small model's misreadings of a long attribution: "backbencher Gordon Prentice
    insisted [MPs had voted ...]" with the cue as a modifier of the next noun, and "warned
    [he and dozens of colleagues would vote ...]" with a subject pronoun as the cue's object.
    The clause runs from that noun or pronoun to the end of its verb's subtree."""
    start = None
    if cue.dep_ in {"amod", "compound"} and cue.tag_ == "VBD" and cue.head.i > cue.i and (
            cue.head.dep_ in {"nsubj", "nsubjpass"} and cue.head.head.pos_ in {"VERB", "AUX"}):
        start, verb = cue.head.left_edge, cue.head.head
    pron = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ in _NOMINATIVE
                 and c.i == cue.i + 1), None)
    if pron is not None:
        start, verb = pron, cue
    if start is None and (det := _that_as_determiner(cue)) is not None:
        start, verb = det
    if start is None and (told := _told_clause(cue)) is not None:
        start, verb = told
    if start is None:
        return None
    end = max(t.i for t in verb.subtree)
    while end > start.i and cue.doc[end].is_punct:
        end -= 1
    return cue.doc[max(start.i, cue.i + 1)].idx, cue.doc[end].idx + len(cue.doc[end])


def _told_clause(cue: Token) -> tuple[Token, Token] | None:
    """ "told the board [he had put his concerns in writing]": the clause read as a relative
    clause on the addressee (a pronoun subject first, its object in place: no gap, unlike "the
    board he chaired")."""
    rel = next((r for c in cue.children if c.dep_ == "dobj" for r in c.children
                if r.dep_ == "relcl" and cue.lemma_ in ADDRESSEE_CUES), None)
    subj = rel.left_edge if rel is not None else None
    return (subj, rel) if subj is not None and subj.lower_ in _NOMINATIVE and (
        subj.dep_, subj.head) == ("nsubj", rel) and any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for c in rel.children) and not any(
        c.dep_ == "ccomp" for c in cue.children) else None


def _that_as_determiner(cue: Token) -> tuple[Token, Token] | None:
    """ "replied [that] good palliative care and ... were not alternatives": the clause's "that"
    read as a determiner of the cue's object and its verb hung on the cue with no subject of
    its own: the clause runs from the object to the end of that verb's subtree."""
    that = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "det":
        return None
    obj = that.head
    verb = next((c for c in cue.children if c.dep_ in {"advcl", "ccomp"} and c.i > obj.i
                 and c.tag_ in FINITE_TAGS and not any(
                     g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)), None)
    if obj.head.i != cue.i or obj.dep_ != "dobj" or verb is None:
        return None
    return obj.left_edge.nbor(1) if obj.left_edge.i == that.i else obj.left_edge, verb


def clause_content(article: Article, cue: Token) -> list[Range]:
    """The cue's clausal complement ("said [that] X"), cut before statements of its own."""
    if (see := _wish_to_see(cue)) is not None:
        return clause_content(article, see)
    if (split := subject_with_insertion(cue)) is not None:
        return [split]
    if (misread := _misread_clause(cue)) is not None:
        return [misread]
    comps = [c for c in cue.children if c.dep_ == "ccomp" and not tag_question(c) and not any(
        g.dep_ == "mark" and g.lower_ in {"whether", "if"} for g in c.children)]
    after = [c for c in comps if c.i > cue.i]
    if not comps:
        return []
    group = after or comps[:1]
    toks = sorted({t for c in group for t in c.subtree if not t.is_space}, key=lambda t: t.i)
    if cue.dep_ == "relcl" and group[0].i > cue.i:  # "which [the EU says] is needed": not
        toks = [t for t in toks if t.i > cue.i]  # the relative pronoun, nor the attribution
    cut = False
    for tok in toks:  # "..., denying the reports" / "but admitted ...": own claims
        if (
            tok.i > group[0].i
            and tok.i not in {c.i for c in group}
            and starts_own_statement(tok, group[0])
        ):
            toks = [
                t for t in toks if t.i < tok.i and not (t.i >= tok.left_edge.i and t.dep_ == "cc")
            ]
            cut = True
            break
    lead = [c for c in cue.children
            if after and cue.i < c.i < after[0].i and c.dep_ in {"dobj", "advcl", "nsubj"}]
    if lead and cue.lemma_ not in ADDRESSEE_CUES:  # "said evidence obtained by MI5 ... was"
        toks = sorted({*toks, *(t for c in lead for t in c.subtree)}, key=lambda t: t.i)
    if group[0].pos_ in {"NOUN", "PROPN"}:  # "that the exception [forces] survivors to relive
        # ...": a verb read as a noun leaves the clause's rest on the cue
        tail = [c for c in cue.children if c.dep_ == "xcomp" and c.i > group[0].i]
        toks = sorted({*toks, *(t for c in tail for t in c.subtree)}, key=lambda t: t.i)
    toks = _rejoin_split_word(cue, toks)
    while toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that":
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if not toks:
        return []
    start, end = span_of(toks)
    unit_end = article.units[article.unit_of(cue)][1]
    for child in cue.children:  # "said prices rose 15%, but by only 2.8% in ..."
        if child.dep_ == "conj" and child.i > toks[-1].i and not is_clause(child):
            end = max(end, span_of(list(child.subtree))[1])
        elif child.dep_ == "conj" and child.i > cue.i > group[0].i and not cue_lemma(child):
            end = max(end, span_of(list(child.subtree))[1])  # "X, he said, and Y"
    if group[0].i > cue.i and not cut:
        rest = [t for t in article.tokens(end, unit_end) if not t.is_punct]
        attribution = {t.i for c in cue.children if c.dep_ not in {"ccomp"} for t in c.subtree}
        inside = {t.i for t in cue.subtree}
        if rest and all(
            t.i in inside and t.i not in attribution and not cue_lemma(t) for t in rest
        ):
            end = rest[-1].idx + len(rest[-1])  # the parser cut the clause short
    ranges = [(start, end)]
    if group[0].i < cue.i and any(c.dep_ == "conj" and c.i > cue.i for c in cue.children):
        ranges = [(start, min(end, clause_bounds(article, cue, None)[0]))]
        tail = [
            t
            for t in article.tokens(clause_bounds(article, cue, None)[1], unit_end)
            if not t.is_punct
        ]
        if tail:
            ranges.append((tail[0].idx, tail[-1].idx + len(tail[-1])))
    return ranges


def _wish_to_see(cue: Token) -> Token | None:
    """ "want to see [the text changed]": the wish is the clause "see" takes ("want to see the
    castle" has none, and reports no position)."""
    if cue.lemma_.lower() not in {"want", "hope", "hop"}:  # "hop": the model's "hopes"
        return None
    see = next((c for c in cue.children if c.dep_ == "xcomp" and c.lemma_ == "see"), None)
    if see is None or not any(c.dep_ == "ccomp" and c.i > see.i for c in see.children):
        return None
    return see


def _rejoin_split_word(cue: Token, toks: list[Token]) -> list[Token]:
    """'said the law should be re-drafted after ...': the small model can tear a hyphenated
    word apart, ending the clause at "re" and hanging "drafted" (and all after it) off the
    cue. The rest of the word, and what hangs off it when the cue holds it, is the clause's."""
    words = [t for t in toks if not t.is_punct]
    if not words:
        return toks
    last, doc = words[-1], cue.doc
    hyphen = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (hyphen is None or hyphen.text != "-" or last.whitespace_ or hyphen.whitespace_
            or hyphen.i + 1 >= len(doc) or not doc[hyphen.i + 1].is_alpha):
        return toks
    rest = doc[hyphen.i + 1]
    tail = [t for t in rest.subtree if t.i > last.i] if rest.head.i == cue.i else [rest]
    return sorted({*toks, hyphen, *tail}, key=lambda t: t.i)


def request_content(cue: Token, lemma: str) -> list[Range]:
    """What a request asks for: "urged [X to do Y]", "called on [X to do Y]", "called for
    [X]" / "called for [X to be done]" (the addressee kept: "shareholders not to sell")."""
    if lemma not in REQUEST_CUES:
        return []
    parts: list[Token] = []
    for child in (c for c in cue.children if c.i > cue.i):
        if child.dep_ in {"dobj", "xcomp"}:
            parts.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"for", "on"}:
            parts += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "advcl" and lemma == "call for":
            parts.append(child)
    asks = any(p.dep_ in {"xcomp", "advcl"} for p in parts) or (
        lemma == "call for" and any(p.dep_ == "pobj" for p in parts))
    if not asks:
        return []  # "urged calm" without an infinitive: the NP finder decides
    toks = [t for p in parts for t in p.subtree
            if not (t.dep_ == "mark" and t.lower_ == "for") and not t.is_space]
    toks.sort(key=lambda t: t.i)
    while toks and toks[-1].is_punct:
        toks.pop()
    return [span_of(toks)] if toks else []


def following_that(article: Article, cue: Token, speaker: Token | None, unit: Range) -> list[Range]:
    """'said time and again that ...' when the parser missed the complement clause."""
    _, hi = clause_bounds(article, cue, speaker)
    toks = article.tokens(hi, unit[1])
    for k, tok in enumerate(toks[:4]):
        if tok.lower_ == "that" and k + 1 < len(toks) and not toks[k + 1].is_punct and not (
                tok.tag_ == "WDT" and toks[k + 1].pos_ in {"VERB", "AUX"}):  # "powers that do"
            stop = next((t for t in toks[k:] if (t.lower_ == "according" and t.nbor(1).lower_
                                                  == "to") or (t.head.i == cue.i and (
                starts_own_statement(t, cue)))), None)  # "rejected suggestions that X,
            # insisting that Y": Y is the participle's own statement
            end = unit[1] if stop is None else stop.left_edge.idx
            while end > toks[k + 1].idx and article.text[end - 1] in " ,;":
                end -= 1
            return [(toks[k + 1].idx, end)]
        if tok.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
            break
    return []


def np_content(cue: Token, lemma: str) -> list[Range]:
    """The cue's object for cues that take one ("denied the reports", "warned of X")."""
    key = lemma.replace(" ", "_")
    if key not in NP_CUES and lemma not in XCOMP_CUES:
        return []
    preps = CONTENT_PREPS | ({"to"} if lemma == "admit" else set())
    parts = [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ in {*NP_DEPS, "xcomp"} and (c.dep_ != "prep" or c.lower_ in preps)
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


def preceding_clause(
    article: Article, cue: Token, speaker: Token | None, unit: Range
) -> list[Range]:
    """'X is true, Y said.': the text before a sentence-final attribution clause."""
    lo, hi = clause_bounds(article, cue, speaker)
    before = article.text[unit[0] : lo].rstrip()
    tail = article.text[hi : unit[1]].strip(" .\"'")
    if not before.endswith(",") or len(tail) > 60:
        return []
    toks = article.tokens(unit[0], lo)
    if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return []
    return [(unit[0], unit[0] + len(before) - 1)]
