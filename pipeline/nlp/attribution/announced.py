"""Statements announced before a colon: "I'll say it straight: it's long overdue", "she said
this: the plan is a disaster". The cue is followed by "it" or "this" only, perhaps with how it
is said; what is said follows the colon, to the end of the sentence."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.attribution.units import Article, Range, words_up_to

_ANNOUNCING = frozenset({"it", "this"})


def announced(article: Article, cue: Token) -> list[Range]:
    """What follows the colon after "said it (straight)", "said this" (none in a quotation; by
    the words, as the parser may hang the clause after the colon above the cue)."""
    doc, end = cue.doc, cue.sent.end
    obj = doc[cue.i + 1] if cue.i + 1 < end else None
    if obj is None or obj.lower_ not in _ANNOUNCING:
        return []
    colon = next((t for t in doc[obj.i + 1:min(end, obj.i + 4)] if t.text == ":"), None)
    if colon is None or article.in_quote(colon) or any(
            t.pos_ not in {"ADV", "ADJ"} for t in doc[obj.i + 1:colon.i]):
        return []  # "said it straight:", "said this:"; not "said it was time: ..."
    if not any(t.is_alpha or t.is_digit for t in doc[colon.i + 1:end]):
        return []
    return [words_up_to(doc, colon.i + 1, end - 1)]
