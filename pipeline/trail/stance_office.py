"""Whether someone should leave office, read from what is said of them: "her position is
untenable" supports "the home secretary should resign"; "he has my full confidence", "she has
done nothing wrong" refute it. Only for a proposition whose act is leaving a post (resign, quit,
step down, go, be sacked), and only about its participant (or a pronoun for them).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

_LEAVE = frozenset("resign quit go step_down stand_down step_aside sack fire dismiss oust "
                   "leave".split())
_KEEP = frozenset({"confidence", "backing", "support"})
_PERSONS = frozenset({"he", "she", "him", "her", "his"})


def _person(view: ClaimView, tok: Token) -> bool:
    return view.is_arg(tok) or tok.lower_ in _PERSONS


def office_signals(view: ClaimView) -> list[Signal]:
    """ "[his position is untenable]", "[she has our full confidence]", "[done nothing wrong]"."""
    if view.prop.predicate not in _LEAVE:
        return []
    for tok in view.tokens:
        found = _judged(view, tok)
        if found is None:
            continue
        sign, verb, what = found
        w = view.walk(verb)
        if not usable(w, could_ok=False):
            return []
        return [Signal(sign * w.sign * view.flip, 3, f"{what}: {view.snippet(tok)}")]
    return []


def _judged(view: ClaimView, tok: Token) -> tuple[int, Token, str] | None:
    """(side, the clause's verb, what was said) for one word of the content, or None."""
    head = tok.head
    if tok.lemma_.lower() == "position" and tok.dep_ == "nsubj" and any(
            c.dep_ == "poss" and _person(view, c) for c in tok.children) and any(
            c.dep_ == "acomp" and c.lower_ == "untenable" for c in head.children):
        return 1, head, "position untenable"
    if tok.dep_ != "nsubj" or not _person(view, tok) or head.i not in view.inside:
        return None
    objs = [c for c in head.children if c.dep_ == "dobj"]
    if head.lemma_.lower() in {"have", "retain", "enjoy", "keep"} and any(
            o.lemma_.lower() in _KEEP and not negated_here(o) for o in objs):
        return -1, head, "keeps the confidence"
    if head.lemma_.lower() == "do" and any(
            o.lower_ == "nothing" and any(c.lower_ == "wrong" for c in o.children)
            for o in objs):
        return -1, head, "did nothing wrong"
    return None
