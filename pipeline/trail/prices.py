"""What people pay, said to go up or down: "would push up prices", "higher bills", "fares will
rise", "a rise in rents" are a burden, "lower bills" a saving (valence.token_valence turns the
burden for "lower", "cut", "bring down").

A price alone is no judgement ("the price of a ticket is £5"); said to move, it is: whoever pays
it is worse or better off. Nor of a policy that brings in a charge (`paid_charge`): a tax,
levy or fee is a price, and its supporters and opponents alike say what it will cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.evaluative import DIRECTIONS, INCREASERS, REDUCERS, phrasal_keys

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trail.proposition import Proposition

BURDEN = -1.5
PRICES = frozenset("price bill fare rent premium tariff".split())
# A policy that brings in a charge, by its own nouns (stance_paying.py reads them too); of such
# a policy, "VAT" and "duty" are charges as well.
CHARGES = frozenset("tax taxes levy levies fee fees charge charges toll tolls surcharge".split())
_TAXES = CHARGES | {"vat", "duty"}
# Words that say a price moves: comparatives ("higher", "cheaper"), participles ("rising"),
# nouns of a move ("a rise in rents", "price hikes") and verbs, with their particles.
_LEVELS = frozenset("higher dearer steeper bigger rising soaring spiralling spiraling inflated "
                    "sky-high lower cheaper reduced smaller falling".split())
_RISES = frozenset("rise increase hike jump surge".split())
_MOVES = _RISES | frozenset("fall cut reduction drop".split())
_MOVERS = INCREASERS | REDUCERS | DIRECTIONS[0] | DIRECTIONS[1] | frozenset(
    "push_up drive_up force_up send_up jack_up bump_up ramp_up hoist inflate bring_down "
    "drive_down push_down force_down keep_down hold_down".split())


def price_moved(tok: Token) -> float:
    """BURDEN for a price said to move (the caller turns it for a move down), else 0."""
    if tok.lemma_.lower() not in PRICES or tok.pos_ not in {"NOUN", "PROPN"}:
        return 0.0
    if any(c.dep_ == "amod" and c.lower_ in _LEVELS for c in tok.children):
        return BURDEN  # "higher bills", "cheaper fares"
    head = tok.head
    if tok.dep_ == "compound" and head.lemma_.lower() in _RISES:
        return BURDEN  # "price rises" (not "price cuts", whose "cuts" the lexicon rates bad)
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in _MOVES:
        return BURDEN  # "a rise in rents"
    if _moved_by(tok) and (set(phrasal_keys(head)) | {head.lemma_.lower()}) & _MOVERS:
        return BURDEN  # "would push up prices", "rents will rise"
    return 0.0


def _moved_by(tok: Token) -> bool:
    """The object of a verb, or the subject of one that has none ("rents will rise", not "the
    bill would raise taxes", where the bill is a law)."""
    head = tok.head
    return head.pos_ in {"VERB", "AUX"} and (tok.dep_ == "dobj" or (tok.dep_ == "nsubj" and not any(
        c.dep_ == "dobj" for c in head.children)))


def paid_charge(prop: Proposition, tok: Token) -> bool:
    """A price said to move, of a policy that is itself a charge ("the fee will come back at a
    higher price"): what the charge does, not a judgement of it."""
    return prop.kind == "policy" and bool(prop.target & _TAXES) and bool(price_moved(tok))


def lowered(tok: Token) -> bool:
    """A price pushed down by a particle ("bring bills down", "drive down fares")."""
    return _moved_by(tok) and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in tok.head.children)
