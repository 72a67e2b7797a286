"""A proposition's figures: the sum or rate it proposes names the policy ("£2 remains the wrong
number" of "the maximum stake should be cut to £2"), and a measure named by another figure or
year is another measure ("the new £50 rule", "the 2003 Act")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from pipeline.trail.proposition import Proposition

_FIGURES = frozenset({"MONEY", "PERCENT"})
_MEASURING = frozenset({"nummod", "compound", "quantmod", "npadvmod"})  # "a £2 stake"


def _in_proposition(tok: Token, prop: Proposition) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(tok.text)}(?![\d])", prop.text) is not None


def proposed_amount(tok: Token, prop: Proposition) -> bool:
    """The proposed figure as a thing ("£2 remains the wrong number"), or a noun it measures
    ("a £2 stake would be a death sentence"): the policy, by its figure."""
    def named(t: Token) -> bool:
        return t.like_num and t.ent_type_ in _FIGURES and _in_proposition(t, prop)

    if tok.pos_ == "NUM" and tok.dep_ not in _MEASURING:
        return named(tok)
    return tok.pos_ == "NOUN" and any(c.dep_ in {"nummod", "compound"} and named(c)
                                      for c in tok.children)


def another_amount(tok: Token, prop: Proposition) -> bool:
    """A policy noun measured by a figure or a year the proposition does not name."""
    figures = [t for t in tok.subtree if t.i < tok.i and t.like_num
               and t.ent_type_ in _FIGURES | {"DATE"}]
    return bool(figures) and not any(_in_proposition(t, prop) for t in figures)
