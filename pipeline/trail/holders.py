"""Beliefs credited to all or to none: "every carpenter on the site thinks it was the wiring",
"most engineers agree", "no investigator believes it" vouch for the belief (or, with "no", deny
it) as the speaker's own reading of the field, unlike "landlords fear the ban will hit
profits", one group's view reported."""

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
