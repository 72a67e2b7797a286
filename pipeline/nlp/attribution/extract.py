"""The two passes over one article: drafts per unit, then speakers resolved and claims finished."""

from __future__ import annotations

import datetime as dt
import logging

from spacy.tokens import Doc

from pipeline.nlp.attribution.assembly import ClaimCandidate, finish, prune
from pipeline.nlp.attribution.drafts import Draft, add_introduced, add_orphan, drafts_for_unit
from pipeline.nlp.attribution.letters import find_letters, letter_drafts, letter_of
from pipeline.nlp.attribution.transcripts import find_turns, read_out
from pipeline.nlp.attribution.units import Article
from pipeline.nlp.speakers import SpeakerResolver

log = logging.getLogger(__name__)


def extract_claims(doc: Doc, *, published: dt.date | None = None) -> list[ClaimCandidate]:
    """Attributed statements in a parsed article body, in text order."""
    if not doc.text.strip():
        return []
    article = Article(doc)
    per_unit: list[list[Draft] | None] = []
    for k in range(len(article.units)):
        try:
            per_unit.append(prune(drafts_for_unit(article, k)))
        except Exception:  # one odd sentence must not lose the article
            log.warning("attribution failed on unit %d", k, exc_info=True)
            per_unit.append(None)
    # Speakers are resolved once every cue's speaker is known: they seed the antecedents.
    found = tuple(d.speaker_tok for ds in per_unit for d in ds or () if d.speaker_tok is not None)
    speakers = SpeakerResolver(doc, in_quote=article.char_in_quote, speakers=found)
    letters = find_letters(article) + find_turns(article)
    drafts: list[Draft] = []
    for k, unit_drafts in enumerate(per_unit):
        letter = letter_of(letters, article.units[k]) if letters else None
        if letter is not None and unit_drafts is not None:
            drafts.extend((not unit_drafts and read_out(article, letter, k))
                          or letter_drafts(article, letter, k, unit_drafts))
        elif unit_drafts:
            drafts.extend(unit_drafts)
        elif unit_drafts is not None and not add_introduced(article, speakers, k, drafts):
            add_orphan(article, speakers, k, drafts)  # no cue: a quotation may still be a claim
    out = []
    for d in drafts:
        try:
            claim = finish(article, speakers, d, published)
        except Exception:
            log.warning("attribution failed on unit %d", d.unit, exc_info=True)
            continue
        if claim is not None:
            out.append(claim)
    return sorted(out, key=lambda c: (c.start_char, c.end_char))
