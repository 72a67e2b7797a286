"""Stance toward a proposition that a thing exists, or never existed: "The charity's missing 40
million dollars never existed", "Iraq's stockpiles of chemical weapons existed".

A thing's existence is seldom argued with "exist" alone (that restatement is an event rule's).
It "was never there" or "was there", "there was no money", nobody "found a trace of it" or "a
cent of it", it is "fake", "invented", "a fiction" or "real", the papers that vouched for it
were "forged", and what was "stolen" or "diverted" existed to be taken. Each of these, said of
the proposition's thing (its nouns and their kin: "the dollars" are "the money", "the cash"),
counts for (+1) or against (-1) its existence; a proposition that denies it ("never existed")
turns the result (stance.decide), as it does the event rules'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.trail.evaluative import phrasal_keys, prep_objects
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView
    from pipeline.trail.proposition import Proposition

EXISTING = frozenset({"exist"})
# A thing said to live somewhere, named indefinitely: "A wild lynx was living in Kessel
# Wood" is that there was such a lynx there.
_LIVING = frozenset({"live", "roam", "dwell", "survive"})
_INDEFINITE = re.compile(r"(?:An?|Some)\s", re.I)


def about_existence(prop: Proposition) -> bool:
    """The proposition is that a thing exists (or never did): "exist", or "a ... lives in"."""
    return prop.predicate in EXISTING or (
        prop.predicate in _LIVING and _INDEFINITE.match(prop.text) is not None)


# Said of the thing, or of the papers that vouched for it: it does not exist.
_FAKE = frozenset("fake fictitious fictional imaginary phantom nonexistent non-existent made-up "
                  "sham bogus forged fabricated spurious illusory mythical fiction forgery "
                  "invention fantasy myth mirage fraud hoax".split())
_FAKING = frozenset("invent fabricate forge fake concoct make_up dream_up".split())
_REAL = frozenset({"real", "genuine", "authentic"})
_PAPERS = frozenset("document confirmation letter record statement certificate paperwork "
                    "receipt picture photo photograph image footage video sighting".split())
# Looked for and not found: "no trace of", "has not been traced", "nobody found a cent".
_SEARCH_NOUNS = frozenset({"trace", "sign", "record"})
_FINDING = frozenset("find trace locate recover identify".split())
_PIECES = frozenset("cent penny euro dollar pound none any bit one".split())  # "a cent of it"
# What was taken existed: "the money was stolen", "diverted by a network".
_TAKING = frozenset("steal divert siphon siphon_off embezzle launder loot pocket "
                    "take_out".split())


def _thing(view: ClaimView, tok: Token) -> bool:
    """The proposition's thing, or a piece of it: "the money", "a cent of the money"."""
    words = view.prop.args | view.prop.target
    if tok.i not in view.inside:
        return False
    if {tok.lower_, tok.lemma_.lower()} & words or (
            "money" in words and "MONEY" in {tok.ent_type_, *(c.ent_type_ for c in tok.children)}
    ):  # "no trace of the $40 million"
        return True
    return tok.lemma_.lower() in _PIECES and any(_thing(view, g) for g in prep_objects(tok, {"of"}))


def _said(view: ClaimView, node: Token, sign: int, weight: int, *shown: Token,
          negation_read: bool = False) -> list[Signal]:
    """A signal when the word is asserted; its sign turned by negation unless that was read
    already (``negation_read``: "no trace of it", "not a cent of it was found")."""
    w = view.walk(node)
    if not usable(w, could_ok=False) or w.irrealis:
        return []
    side = sign * (1 if negation_read else w.sign) * view.flip
    return [Signal(side, weight, f"says it {'exists' if side > 0 else 'does not exist'}: "
                                 f"{view.snippet(*(shown or (node,)))}")]


def _predicated(view: ClaimView, subject: Token) -> list[Signal]:
    """What the clause whose subject is the thing (or its papers) says of it."""
    head, papers = subject.head, subject.lemma_.lower() in _PAPERS
    keys = set(phrasal_keys(head))
    if not papers and head.lemma_ == "be" and any(
            c.dep_ == "advmod" and c.lower_ == "there" for c in head.children):
        there = next(c for c in head.children if c.lower_ == "there")
        return _said(view, head, 1, 3, head, there)  # "the cash had never been there"
    if subject.dep_ == "nsubjpass" and keys & _FAKING:
        return _said(view, head, -1, 2 if papers else 3)
    if not papers and subject.dep_ == "nsubj" and keys & _LIVING and subject.pos_ == "NOUN":
        return _said(view, head, 1, 3)  # "no wolf lives there": the walk reads the "no"
    if not papers and subject.dep_ == "nsubjpass" and keys & _TAKING:
        w = view.walk(head)  # "was not stolen" says nothing of whether it was there
        return _said(view, head, 1, 2) if w.sign > 0 else []
    for said in (c for c in head.children if c.dep_ in {"acomp", "attr"}):
        word = said.lower_ if said.lower_ in _FAKE | _REAL else said.lemma_.lower()
        if word in _FAKE:
            return _said(view, head, -1, 2 if papers else 3, head, said)
        if word in _REAL and not papers:
            return _said(view, head, 1, 3, head, said)
    return []


def existence_signals(view: ClaimView) -> list[Signal]:
    """Signals from what the content says of whether the proposition's thing exists."""
    out: list[Signal] = []
    for tok in view.tokens:
        low = tok.lemma_.lower()
        thing = (tok.pos_ in {"NOUN", "PROPN"} and _thing(view, tok)) or (
            tok.lower_ in {"it", "this"} and tok.dep_ in {"nsubj", "nsubjpass"})  # "It was
        # stolen", "this was a hoax"
        if (thing or low in _PAPERS) and tok.dep_ in {"nsubj", "nsubjpass"}:
            out += _predicated(view, tok)
        elif thing and tok.dep_ == "attr" and any(
                c.dep_ == "expl" for c in tok.head.children):  # "there was no money"
            there = -1 if negated_here(tok) or view.walk(tok.head).sign < 0 else 1
            out += _said(view, tok.head, there, 3, tok.head, tok,
                         negation_read=True)
        elif thing and tok.dep_ == "dobj" and set(phrasal_keys(tok.head)) & _TAKING and (
                view.walk(tok.head).sign > 0):  # "a manager diverted the money"
            out += _said(view, tok.head, 1, 2, tok.head, tok)
        if thing and tok.dep_ in {"dobj", "nsubjpass"} and set(phrasal_keys(tok.head)) & (
                _FINDING) and (negated_here(tok) or view.walk(tok.head).sign < 0):
            out += _said(view, tok.head, -1, 3, tok, tok.head, negation_read=True)  # "nobody
            # has found a cent"
        if low in _SEARCH_NOUNS and negated_here(tok) and any(
                _thing(view, g) or any(_thing(view, h) for h in prep_objects(g, {"of"}))
                for g in prep_objects(tok, {"of"})):
            out += _said(view, tok, -1, 3, negation_read=True)  # "no trace of the $40 million"
    return out
