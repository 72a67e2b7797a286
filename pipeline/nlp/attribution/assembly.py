"""Turning drafts into claims: pruning, clipping and trimming content, speaker, polarity, date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.nlp.attribution.drafts import Draft
from pipeline.nlp.attribution.units import TRIM_CHARS, Article, Range
from pipeline.nlp.claim_dates import resolve_claim_date
from pipeline.nlp.cues import PERSON_ONLY_CUES
from pipeline.nlp.polarity import statement_polarity
from pipeline.nlp.speakers import SpeakerResolver


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


def prune(drafts: list[Draft]) -> list[Draft]:
    """Drop cues nested inside another claim's content and duplicate contents. A cue in a
    relative clause ("the law, which the EU says is needed, is ...") stays: it attributes a
    statement of its own, which the outer speaker only mentions."""
    kept: list[Draft] = []
    for d in drafts:
        nested = d.cue_tok.dep_ != "relcl" and any(
            o is not d and any(s <= d.cue_tok.idx < e for s, e in o.ranges) for o in drafts
        )
        if nested or any(o.ranges == d.ranges for o in kept):
            continue
        kept.append(d)
    return kept


def clip_ranges(ranges: list[Range], lo: int, hi: int) -> list[Range]:
    """Character ranges cut to [lo, hi) (a parse subtree may cross a paragraph break)."""
    return [(max(s, lo), min(e, hi)) for s, e in ranges if min(e, hi) > max(s, lo)]


def finish(
    article: Article, speakers: SpeakerResolver, d: Draft, published: dt.date | None
) -> ClaimCandidate | None:
    """The claim a draft makes, or None when it carries no statement or no fitting speaker."""
    text = article.text
    units = [article.units[u] for u in (d.units or [d.unit])]
    lo, hi = min(u[0] for u in units), max(u[1] for u in units)
    clipped = clip_ranges(sorted(d.ranges), lo, hi)
    ranges = [r for r in (_trim(text, s, e) for s, e in clipped) if r[1] > r[0]]
    if not ranges:
        return None
    s, e = ranges[-1]
    if text[s:e].count('"') % 2 and '"' in text[e : e + 3]:
        ranges[-1] = (s, text.index('"', e) + 1)  # close a trailing quoted fragment
    content = " ".join(text[s:e] for s, e in ranges)
    toks = [t for r in ranges for t in article.tokens(*r)]
    words = [t for t in toks if not t.is_punct]
    if len(words) < 2 and not (words and words[0].pos_ in {"NOUN", "PROPN"}):
        return None  # "denied it", "he said." carry no statement
    if clipped != sorted(d.ranges) and len(words) < 3:
        return None  # "she must:" before a list in the next paragraphs
    written = d.signer is not None and d.speaker_tok is None  # a letter's own sentence
    qtype = "direct" if written else article.quote_type(ranges)
    if qtype == "direct":
        content = " ".join(text[s:e].strip(' "') for s, e in ranges).strip(TRIM_CHARS)
    speaker = d.signer
    if speaker is None and d.speaker_tok is not None:
        speaker = speakers.resolve(d.speaker_tok)
    if speaker is None or (d.cue in PERSON_ONLY_CUES and speaker.kind != "person"):
        return None
    negated = not written and any(c.dep_ == "neg" for c in d.cue_tok.children)
    polarity = statement_polarity(toks, d.cue, cue_negated=negated)
    claim_date, basis = _claim_date(article, d, ranges, published)
    start, end = min(s for s, _ in ranges), max(e for _, e in ranges)
    return ClaimCandidate(
        speaker=speaker.text,
        speaker_is_named=speaker.is_named,
        speaker_label=speaker.label if speaker.is_named else None,
        speaker_role=speaker.role
        or (speakers.roles.get(speaker.text) if speaker.is_named else None),
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


def _trim(text: str, s: int, e: int) -> Range:
    """The range without edge punctuation, nor an opening quotation mark, unless the quotation
    closes on a word of the content that goes on after it ('"scaremongering" could drive')."""
    while s < e and text[s] in TRIM_CHARS + '"':
        close = text.find('"', s + 1, e) if text[s] == '"' else -1
        if close >= 0 and any(ch.isalpha() for ch in text[close + 1:e]):
            break
        s += 1
    while e > s and text[e - 1] in TRIM_CHARS:
        e -= 1
    return s, e


def _claim_date(
    article: Article, d: Draft, ranges: list[Range], published: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """Date named in the attribution clause, else the publication date for present tense."""
    if d.orphan:
        return None, None  # orphan quotation: no attribution clause of its own
    if d.signer is not None and d.speaker_tok is None:
        return (published, "published") if published else (None, None)  # printed that day
    skip = {t.i for r in ranges for t in article.tokens(*r)}
    if d.speaker_tok is not None:
        for child in d.speaker_tok.children:
            if child.dep_ in {"relcl", "acl", "appos"}:
                skip.update(t.i for t in child.subtree)
    words = [t.text for t in d.anchor.subtree if t.i not in skip and not article.in_quote(t)]
    found, basis = resolve_claim_date(" ".join(words), published)
    if found is None and published is not None and d.cue_tok.tag_ in {"VBZ", "VBP"}:
        return published, "published"
    return found, basis
