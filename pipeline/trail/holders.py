"""Beliefs credited to all or to none: "every carpenter on the site thinks it was the wiring",
"most engineers agree", "no investigator believes it" vouch for the belief (or, with "no", deny
it) as the speaker's own reading of the field, unlike "landlords fear the ban will hit
profits", one group's view reported; and what unnamed others "told us", passed on."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.negators import negating_no

_ALL = frozenset({"every", "all", "most", "each"})
_WHOLE = frozenset({"majority", "consensus"})  # "the majority of vets believe ..."


def consensus(holder: Token) -> bool:
    """The holder of a belief is all, most or none of a kind ("every carpenter", "all the
    experts", "most vets", "the vast majority of vets", "no engineer")."""
    return holder.lemma_.lower() in _WHOLE or any(
        (c.dep_ in {"det", "predet", "amod"} and c.lower_ in _ALL) or negating_no(holder, c)
        for c in holder.children)


def told_us(tell: Token) -> bool:
    """ "they told us [...]", "he told me [...]": unnamed others' word, passed on (not "don't
    tell me ...", nor "every one of these countries has told us ...", cited as true)."""
    tellers = [c for c in tell.children if c.dep_ == "nsubj"]
    return bool(tellers) and tellers[0].lower_ in {"they", "he", "she"} and any(
        c.dep_ in {"dobj", "dative"} and c.lower_ in {"us", "me"} for c in tell.children)
