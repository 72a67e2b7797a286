"""Stance toward a proposition that says what kind of thing something was: "The balloon that
crossed the United States was a surveillance craft", "The payment was a bribe".

Such a proposition neither names an event nor prescribes a policy: it classes a thing. A claim
takes its side when it says the thing (a name of it, "it", "this") is of that kind ("the
balloon was a high-altitude surveillance platform", "a spy balloon", "it was spying"), or its
other side when it says the thing is of another kind ("it was a weather research airship", "a
civilian craft": weaker evidence, as a rival account), each with its negation ("was not a
surveillance craft"). A label the claim is made of ("[a surveillance balloon]", after "called
it") is said of the thing, and the thing named by a kind is weaker evidence of the same kind
("watched a spy balloon float over", "hysteria over a weather balloon"; "the so-called spy
balloon" the other way).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.trail.evaluative import PREDICATING
from pipeline.trail.plight import persons
from pipeline.trail.proposition_words import UNCLASSING
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView

_ORIGINS = frozenset({"NORP", "GPE", "LOC", "ORG", "PERSON"})  # whose or where from
# Words of belonging to a kind: "one of a fleet of", "part of a network of".
_MEMBERSHIP = frozenset("one part member example fleet network family series version kind sort "
                        "type form".split())  # "the modern version of a hoax": a hoax
_SO_CALLED = frozenset({"so-called", "alleged", "supposed"})  # a name held at arm's length


def class_signals(view: ClaimView) -> list[Signal]:
    """Signals from what kind of thing the content says the proposition's thing is."""
    classes = view.prop.classes
    out: list[Signal] = []
    for tok in view.tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in classes:  # "it was spying"
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and names_thing(view, subject):
                out += _said(view, tok, 1, 3, f"says it was {tok.text}")
            continue
        if (tok.pos_ not in {"NOUN", "PROPN"} and not (tok.dep_ == "attr" and tok.lower_ in (
                classes))) or persons(tok):  # "it is a hoax", its noun tagged an adjective
            continue
        modifiers = [c for c in tok.children if c.dep_ in {"compound", "amod"}
                     and c.lower_ not in {"so", "called"}]  # "so-called" is no kind
        words = {tok.lemma_.lower(), *(c.lemma_.lower() for c in modifiers)}
        if _labelled(view, _member(tok)):
            if words & classes:
                out += _said(view, tok, 1, 3, f"calls it '{_phrase(tok, modifiers)}'")
            elif _classing(view, tok, modifiers):
                out += _said(view, tok, -1, 2,
                             f"calls it another kind: '{_phrase(tok, modifiers)}'")
        elif tok.lemma_.lower() in view.prop.args and modifiers:  # "hysteria over a weather
            side = 1 if words & classes else -1 if _classing(view, tok, modifiers) else 0
            before = tok.doc[tok.left_edge.i:tok.i].text.lower()  # balloon": named by a kind
            if any(w in before for w in _SO_CALLED):
                side = -side  # "the so-called spy balloon"
            if side:  # a name in passing is presupposed: "opposes the decision to shoot
                # down a civilian balloon" still calls it civilian
                out += _said(view, tok, side, 2, f"names it '{_phrase(tok, modifiers)}'",
                             presupposed=True)
    return out


def _member(noun: Token) -> Token:
    """What "one of a fleet of surveillance balloons" is said of: the "one" (or "part")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in _MEMBERSHIP):
        noun = noun.head.head
    return noun


def _labelled(view: ClaimView, noun: Token) -> bool:
    """The noun is said of the thing: the attribute of a copula whose subject names it, set
    beside it ("the balloon, a weather craft"), or a label that is the whole claim."""
    if noun.dep_ in {"attr", "oprd"} and noun.head.lemma_.lower() in PREDICATING:
        holders = [c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        return any(names_thing(view, h) for h in holders)
    if noun.dep_ == "appos":
        return names_thing(view, noun.head)
    return noun == view.root and not any(t.pos_ in {"VERB", "AUX"} for t in view.tokens)


def names_thing(view: ClaimView, tok: Token) -> bool:
    """The thing itself: a name of it or "it"/"this" (also the subject of "the Max is a
    dangerous aeroplane", and Horizon in "the early versions of Horizon")."""
    if tok.dep_ == "attr":
        tok = next((c for c in tok.head.children if c.dep_ == "nsubj"), tok)
    if tok.lemma_.lower() in _PARTS:
        tok = next((g for c in tok.children if c.lower_ == "of" for g in c.children), tok)
    return tok.lower_ in {"it", "this"} or view.is_arg(tok) or view.is_target(tok) or (
        view.matches_about(tok))


_PARTS = frozenset("version versions model models part parts design software record".split())


def _classing(view: ClaimView, noun: Token, modifiers: list[Token]) -> bool:
    """Another kind: a noun with a modifier that classes it ("weather", "civilian"), neither
    the thing's own words or origin ("Chinese") nor a judgement ("a dangerous craft")."""
    if abs(view.valence(noun)) >= 1.0 or noun.lemma_.lower() in _MEMBERSHIP:
        return False  # "a medieval version of a scam": the kind is the scam
    own = _own_words(view.prop.text)
    return any(m.lemma_.lower() not in UNCLASSING | own and m.lower_ not in own
               and m.ent_type_ not in _ORIGINS and not view.is_arg(m)
               and abs(view.valence(m)) < 1.0 and m.pos_ != "NUM" for m in modifiers)


@lru_cache(maxsize=64)
def _own_words(proposition: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w-]+", proposition.lower()))


def _said(view: ClaimView, tok: Token, side: int, weight: int, basis: str,
          presupposed: bool = False) -> list[Signal]:
    w = view.walk(tok)
    if w.hedge or w.irrealis:
        return []
    said = w.sign
    if presupposed:  # only a word's own negation turns it ("nobody launches a weather
        # balloon"), not a verb of objecting on the way ("opposes the decision to ...")
        said = (-1) ** sum(negated_here(t) for t in {tok, *w.path})
    sign = side * said * view.flip
    negated = said < 0
    return [Signal(sign, weight, f"{basis}{' (negated)' if negated else ''}")]


def _phrase(noun: Token, modifiers: list[Token]) -> str:
    return " ".join(t.text for t in sorted([*modifiers, noun], key=lambda t: t.i))
