"""A charge the speaker would pay gladly or refuses to pay: "[they would happily pay a tourist
tax]", "[I don't mind paying it]", "[we are willing to pay a bit more]" back a proposed tax,
levy or fee; "[I refuse to pay it]", "[I will never pay it]" oppose it. So does paying twice:
"[residents already pay for collections through council tax]", "[now they want paying
twice]", "[a second bill for the same service]" object to a charge (so back scrapping one).

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
    if prop.kind != "policy" or not prop.target & CHARGES:
        return []
    twice = next((t for t in view.tokens if _twice(t)), None)
    if twice is not None and usable(w := view.walk(twice), could_ok=True) and w.sign > 0:
        return [Signal(-prop.target_sign * view.flip, 2,
                       f"says it is paid twice: {view.snippet(twice)}")]
    if prop.target_sign < 0:
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


def _twice(tok: Token) -> bool:
    """ "already pay (for it)", "paying twice", "a second bill" (not "pay twice the fee")."""
    if tok.lemma_ == "pay" and tok.pos_ == "VERB":  # (not "they already pay more": a share)
        return any(c.dep_ == "advmod" and c.lower_ in {"already", "twice"} for c in tok.children
                   ) and not any(c.lower_ == "more" for c in tok.children)
    return tok.lemma_ in {"bill", "charge", "tax"} and any(
        c.dep_ == "amod" and c.lower_ == "second" for c in tok.children)
