"""Stance toward a proposition that something pushes a thing elsewhere: "Low-toll corridors
push lorries onto village roads", "The toll diverts lorries into the villages".

Such a proposition is argued through what happened where the thing went: more of it there
("Kessel Lane lorries are up 6 per cent", "the lane has got worse", "a rise on Kessel Lane",
"it has simply moved the problem round the corner", "drivers are forced onto Kessel Lane")
or not ("Kessel Lane is no worse than before", "no evidence of displacement", "a fall in
flows"). The place is the proposition's or a watchlist term's ("Kessel Lane"); the thing is
its own word ("lorries"). Each is evidence, weaker than the proposition restated (weight 2).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, first_asserted

# Verbs that move a thing elsewhere: "pushes traffic onto", "diverted lorries into".
MOVING = frozenset("push move divert displace shift force send drive export funnel shunt "
                   "redirect reroute".split())
# What more or less of the thing is said with: "is up", "got worse", "a rise".
_MORE = frozenset("up worse higher heavier busier gridlocked jammed solid clogged congested "
                  "rise increase grow climb double treble soar jump".split())
_LESS = frozenset("down better lighter quieter clear calmer fall drop decline ease "
                  "shrink halve".split())
_NOUNS = {"rise": 1, "increase": 1, "growth": 1, "displacement": 1, "fall": -1, "drop": -1,
          "decline": -1, "reduction": -1}


def displaced(view: ClaimView) -> bool:
    """The proposition says something pushes a thing onto somewhere."""
    prop = view.prop
    return prop.kind == "event" and prop.predicate in MOVING and not prop.negated


def displacement_signals(view: ClaimView) -> list[Signal]:
    """More (or no more) of the thing where it was pushed, said in the claim."""
    if not displaced(view):
        return []
    found = first_asserted(view, lambda tok: _said_more(view, tok))
    if found is None:
        return []
    tok, (side, anchor), w = found
    said = "more of it there" if side * w.sign > 0 else "no more of it there"
    return [Signal(side * w.sign * view.flip, 2, f"says {said}: {view.snippet(tok, anchor)}")]


def _where(view: ClaimView, tok: Token) -> bool:
    """The thing pushed ("lorries") or the place it went ("Kessel Lane", "village roads"),
    not what pushes it ("the corridor is better")."""
    return (view.is_target(tok) or view.matches_about(tok)) and not view.is_arg(tok)


def _said_more(view: ClaimView, tok: Token) -> tuple[int, Token] | None:
    """(+1 more / -1 less, the word that says it)."""
    low = tok.lemma_.lower()
    if tok.pos_ == "VERB" and set(phrasal_keys(tok)) & MOVING and any(
            c.dep_ == "prep" and c.lower_ in {"onto", "into", "round", "to", "on"}
            for c in tok.children):  # "moved the problem round the corner", "forced onto"
        return 1, tok
    if tok.pos_ == "NOUN" and low in _NOUNS:  # "a rise on Kessel Lane", "no displacement"
        where = [g for c in tok.children if c.dep_ == "prep" for g in c.children]
        if low == "displacement" or any(_where(view, g) for g in where):
            return _NOUNS[low] * (-1 if negated_here(tok) else 1), tok
        return None
    if tok.dep_ not in {"nsubj", "nsubjpass"} or not _where(view, tok):
        return None
    verb = tok.head
    words = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "advmod", "prt", "attr"})]
    for word in words:
        key = word.lower_ if word.lower_ in _MORE | _LESS else word.lemma_.lower()  # "worse"
        if key in _MORE or key in _LESS:
            side = 1 if key in _MORE else -1
            return side * (-1 if word is not verb and negated_here(word) else 1), verb
    return None
