"""Decision nouns that name a policy's fate: "the decision", "the move to scrap it".

"The decision" names what was decided, and which way it went is said elsewhere: in the
noun's own clause ("the decision to scrap the tram line") or, for a bare definite one, by the
article that reports it (decisions.py). Read here: which nouns those are, and the way a
clause says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.trail.evaluative import DECISIONS, REALISE, UNDO, phrasal_keys
from pipeline.trail.negators import is_negator

if TYPE_CHECKING:
    from pipeline.trail.proposition import Proposition

# What "this" may be when it is words said, not the news: "this is a fair point".
_SAYINGS = frozenset("point question criticism argument comment claim suggestion concern "
                     "issue debate conversation story sentence answer".split())


def clause_decision(tok: Token, prop: Proposition, refs: dict[int, str]) -> int:
    """+1 "the decision to build the tram", -1 "the move to scrap it" (a decision noun whose
    own clause enacts or undoes the policy), 0 for any other word."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in DECISIONS:
        return 0
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        if not any(c.i in refs and refs[c.i] != "decided" for c in clause.subtree) and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in prop.args for c in clause.children):
            continue  # "the decision to hold rates": the rates of "should raise rates"
        keys = phrasal_keys(clause)
        sign = prop.restates(keys) or (1 if set(keys) & REALISE else
                                       -1 if set(keys) & UNDO else 0)
        return -sign if any(map(is_negator, clause.children)) else sign
    return 0


def definite_decision(tok: Token) -> bool:
    """ "the decision", "the vote", "yesterday's ruling": a definite decision noun (not "the
    decision to appeal", whose own clause says what was decided, nor "any move"); or the
    "this" of a verdict ("this is a victory for common sense"): the news it is said of (not
    "that", the words just said)."""
    if tok.lower_ == "this" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return any(c.dep_ in {"attr", "acomp"} and c.lemma_.lower() not in _SAYINGS
                   for c in tok.head.children)  # (not "this is a fair point": what was said)
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in DECISIONS and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
        for c in tok.children) and not any(c.dep_ in {"acl", "relcl"} for c in tok.children)
