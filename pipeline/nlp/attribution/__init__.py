"""Attributed-claim extraction: who said what, in which words, when, via which medium.

Works on one parsed article body (`load_nlp()(body)`). The text is cut into *units*:
sentences, clipped at paragraph breaks and merged so that no quotation is split. In each
unit, reporting cues (verbs such as "said"/"denied"/"ruled out", "according to", nouns
such as "remarks ... that") are found in the dependency parse outside quotation marks; the
speaker is the cue's subject (inherited for "..., saying"/"adding"), the content is, in
order of preference, a quotation adjacent to the attribution clause, the cue's clausal
complement, the rest of a parenthetical sentence ("X, he said, is Y"), the cue's object
("denied the reports"), or the clause before a sentence-final attribution ("X, Y said.").
A quotation after a colon with no cue ('Mr Howard hit back: "..."') is the subject's;
quote-only units without a cue continue the previous direct quote or get the speaker of
the surrounding context. Speakers are resolved by `pipeline.nlp.speakers`, polarity by
`pipeline.nlp.polarity`, dates by `pipeline.nlp.claim_dates`.

`units` holds the article's units and quote pieces, `content` the content finders
(`parentheticals` the one for "X, he said, is Y"), `drafts` the cue drafts per unit (and
quote-only units), `assembly` the finished claims, `extract` the two passes that tie them
together.
"""

from __future__ import annotations

from pipeline.nlp.attribution.assembly import ClaimCandidate, clip_ranges
from pipeline.nlp.attribution.extract import extract_claims

__all__ = ["ClaimCandidate", "clip_ranges", "extract_claims"]
