"""A charge the speaker would pay gladly or refuses to pay: "[they would happily pay a tourist
tax]", "[I don't mind paying it]", "[we are willing to pay a bit more]" back a proposed tax,
levy or fee; "[I refuse to pay it]", "[I will never pay it]" oppose it.

Only for a policy that brings in a charge (its own nouns name one): paying is how the public
meets it, so gladness to pay is consent to it. Paying alone ("visitors will pay £5 a night")
takes no side: it says what the charge does (stance_harms.py weighs who it costs).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.prices import CHARGES
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

_GLADLY = frozenset("happily gladly willingly cheerfully gratefully".split())
_WILLING = frozenset("happy willing glad prepared content delighted".split())
_REFUSING = frozenset({"refuse", "decline"})


def paying_signals(view: ClaimView) -> list[Signal]:
    """Gladness or refusal to pay the proposition's charge."""
    prop = view.prop
    if prop.kind != "policy" or prop.target_sign < 0 or not prop.target & CHARGES:
        return []
    for tok in (t for t in view.tokens if t.lemma_ == "pay"):
        side, w = _side(tok), view.walk(tok)
        if not side and w.sign < 0 and _own_refusal(view, tok):
            side = 1  # "I will never pay it": a refusal (but "we will pay it" is no consent)
        if not side or not usable(w, could_ok=True):
            continue
        sign = side * w.sign * view.flip
        said = "would pay it gladly" if side * w.sign > 0 else "would not pay it"
        return [Signal(sign, 2, f"{said}: {view.snippet(tok)}")]
    return []


def _own_refusal(view: ClaimView, pay: Token) -> bool:
    """The speaker's "I" or "we" paying the charge itself ("it", "the tax")."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in pay.children) and any(
        c.dep_ == "dobj" and c.i in view.refs for c in pay.children)


def _side(pay: Token) -> int:
    """+1 for paying gladly, willingly or under a refusal, whose walk turns it as it turns a
    "not" above ("not willing to pay"); -1 for "mind paying", turned by its own "not"."""
    head = pay.head
    if any(c.dep_ == "advmod" and c.lower_ in _GLADLY for c in pay.children):
        return 1  # "would happily pay"
    if pay.dep_ == "xcomp" and head.lemma_.lower() in _WILLING:
        return 1  # "happy to pay"
    if pay.dep_ == "xcomp" and head.lemma_.lower() in _REFUSING:
        return 1  # "refuse to pay": the walk turns it, as it turns "not willing to pay"
    if head.lemma_ == "mind" and pay.dep_ in {"xcomp", "dobj", "ccomp", "pcomp"} and (
            negated_here(head)):
        return -1  # "don't mind paying": the walk's "not" makes it gladness
    return 0
