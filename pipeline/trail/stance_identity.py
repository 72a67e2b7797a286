"""Stance toward a proposition that says who someone or something is: "The body in the Marlow
weir is Tomas Halvorsen", "The man in the footage was Marek Novak".

Such a proposition names no event a verb could restate: a claim takes its side when it says
the thing is the one named ("the man found in the weir last May was Tomas Halvorsen", "it's
him", "the body was identified as Tomas Halvorsen", "the identification still stands"), the
other side when it says so negated ("the body is not Tomas Halvorsen", "that isn't an
identification") or names someone else ("it was a drifter"; weaker, as a rival account).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.plight import persons
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, first_asserted

# The name the proposition ends on, after its copula: "... is Tomas Halvorsen."
_NAMED = re.compile(r"\b(?:is|was|are|were)\s+(?P<name>[A-Z][\w'\u2019.-]*"
                    r"(?:\s+[A-Z][\w'\u2019.-]*){0,4})\s*\.?\s*$")
_THING = frozenset({"it", "this", "that", "he", "she"})  # the thing, or the one it is
_SAID = frozenset({"nsubj", "nsubjpass", "attr", "acomp", "prep"})  # quoted in the basis
_ONE = frozenset({"him", "her"})  # "it's him"
_IDENTIFYING = frozenset({"identify", "confirm", "name", "recognise", "recognize"})
# What an identification is said to be: "it still stands", "certain"; "flawed", "unsafe".
_SOUND = {**dict.fromkeys("stand hold certain secure sound solid safe right correct "
                          "convincing overwhelming".split(), 1),
          **dict.fromkeys("wrong flawed unsafe doubtful shaky weak unproven".split(), -1)}


@lru_cache(maxsize=64)
def named(proposition: str) -> frozenset[str]:
    """The words of the name an identity proposition ends on ("tomas", "halvorsen"), else none."""
    found = _NAMED.search(proposition.strip())
    return frozenset(found["name"].lower().split()) if found else frozenset()


def identity_signals(view: ClaimView) -> list[Signal]:
    """The thing said to be (or not to be) the one named, or someone else."""
    name = named(view.prop.text) if view.prop.kind == "event" else frozenset()
    if not name:
        return []
    found = first_asserted(view, lambda tok: _said(view, tok, name))
    if found is None:
        return []
    _, (side, anchor, weight, basis), w = found
    negated = " (negated)" if w.sign < 0 else ""
    said = view.snippet(anchor, *(e for c in anchor.children if c.dep_ in _SAID
                                  for e in (c.left_edge, c.right_edge)))
    return [Signal(side * w.sign * view.flip, weight, f"{basis}: {said}{negated}")]


def _names(tok: Token, name: frozenset[str]) -> bool:
    """The phrase is the name: "Tomas Halvorsen", "Halvorsen's" (not "Halvorsen's nephew")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return tok.pos_ == "PROPN" and any(t.lower_ in name for t in words)


def _said(view: ClaimView, tok: Token, name: frozenset[str]
          ) -> tuple[int, Token, int, str] | None:
    """(side, anchor, weight, basis) for a copula, an identifying verb or "identification"."""
    if tok.lemma_ == "be":
        attr = next((c for c in tok.children if c.dep_ in {"attr", "acomp"}), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if attr is None:
            return None
        thing = subj is None or subj.lower_ in _THING or subj.pos_ == "NOUN" or (
            view.matches_about(subj))  # no subject: the parser hung it elsewhere
        if thing and (_names(attr, name) or (attr.lower_ in _ONE and subj is not None
                                             and subj.lower_ in _THING)):
            return 1, tok, 3, "says it is the one named"
        if attr.lemma_.lower() == "identification":
            return 1, tok, 2, "calls it an identification"
        if thing and persons(attr) and not _names(attr, name) and attr.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in {"a", "an", "another", "some"}
                for c in attr.children):  # "it was a friar", "another knight"
            return -1, tok, 2, "names someone else"
        return None
    if tok.lemma_.lower() in _IDENTIFYING and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(_names(g, name) for g in c.children)
            for c in tok.children):
        return 1, tok, 3, "identifies it as the one named"
    if tok.lemma_.lower() == "identification" and tok.dep_ in {"nsubj", "nsubjpass"}:
        head = tok.head
        words = [head, *(c for c in head.children if c.dep_ in {"acomp", "advmod"})]
        side = next((_SOUND[w.lemma_.lower()] for w in words if w.lemma_.lower() in _SOUND), 0)
        if side:
            turned = any(negated_here(w) for w in words[1:])
            return side * (-1 if turned else 1), head, 2, "judges the identification"
    return None
