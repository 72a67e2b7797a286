"""Whether a thing said to be safe does harm, by the size of its harm and by its limits
(stance_property.py, for a proposition whose quality is "safe").

A claim argues it is safe when it calls the harm small ("the impact would be negligible",
"there is no risk to health", "a tiny dose") or says the thing keeps within limits ("well
below international limits", "meets safety standards"), and argues it is not when it calls the
harm large or unknown ("a serious risk", "the long-term effects are unknown"), puts something
at risk ("put the ocean at risk") or says the thing breaks its limits ("exceeded the limit").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.trail.stance_rules import Signal

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView

# Nouns of harm and exposure whose size a claim states.
_HARMS = frozenset("impact effect effects risk risks danger dangers dose harm threat hazard "
                   "damage exposure consequence consequences".split())
_SMALL = frozenset("negligible minimal tiny insignificant trivial low small minuscule zero "
                   "little no slight modest".split())
_LARGE = frozenset("serious grave significant huge major severe unacceptable high "
                   "unknown uncertain unclear incalculable catastrophic".split())
# Limits a thing keeps within or breaks: "meets safety standards", "below the limit".
_LIMITS = frozenset("standard standards limit limits guideline guidelines threshold "
                    "thresholds".split())
_KEEPS = frozenset("meet satisfy comply consistent line within below under".split())
_BREAKS = frozenset("exceed breach break violate above over fail".split())


def harm_size_signals(view: ClaimView) -> list[Signal]:
    """+1 for a harm called small, -1 for one called large or unknown, or a thing put at
    risk; as a verb's negation turns them ("the risk is not negligible")."""
    out = []
    for tok in view.tokens:
        if tok.lemma_.lower() not in _HARMS or tok.pos_ != "NOUN":
            continue
        size = size_said(tok, det=True)
        if not size:
            continue
        w = view.walk(tok)
        if w.hedge:
            continue
        sign = size * (w.sign if size < 0 or not _said_of_by_no(tok) else 1)
        out.append(Signal(sign * view.flip, 2, f"calls the harm "
                                               f"{'small' if sign > 0 else 'large'}: "
                                               f"{view.snippet(tok)}"))
    return out


def _said_of_by_no(noun: Token) -> bool:
    """ "no risk": the smallness is the negation itself, not to be turned by it again."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def size_said(noun: Token, det: bool = False) -> int:
    """+1 small, -1 large, 0 unsaid: by a modifier ("a negligible risk", "a modest cost"), a
    predicate ("the impact would be negligible"), "at risk", or (with ``det``) "no risk"."""
    deps = {"amod", "compound", "det"} if det else {"amod", "compound"}
    words = [c.lower_ for c in noun.children if c.dep_ in deps and (det or c.lower_ not in {
        "little", "zero"})]  # a negation, for the caller to read
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "be":
        words += [c.lower_ for c in head.children if c.dep_ in {"acomp", "attr"}]
    if noun.dep_ == "pobj" and head.lower_ == "at" and noun.lemma_.lower() == "risk":
        return -1  # "put the whole ocean at risk"
    if any(w in _LARGE for w in words):
        return -1
    return 1 if any(w in _SMALL for w in words) else 0


def limit_signals(view: ClaimView) -> list[Signal]:
    """+1 when the claim keeps the thing within limits ("meets international safety
    standards", "far below the limits"), -1 when it breaks them ("exceeded safe limits")."""
    out = []
    for tok in view.tokens:
        if tok.lemma_.lower() not in _LIMITS or tok.pos_ != "NOUN":
            continue
        governor = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else (
            tok.head)  # "consistent with standards", "in line with the limits"
        if governor.lower_ == "line" and governor.dep_ == "pobj":
            governor = governor.head  # "in line with"
        word = governor.lemma_.lower()
        side = 1 if word in _KEEPS else (-1 if word in _BREAKS else 0)
        if not side or governor.i not in view.inside:
            continue
        w = view.walk(governor)
        if w.hedge or w.irrealis:
            continue
        out.append(Signal(side * w.sign * view.flip, 2,
                          f"{'within' if side * w.sign > 0 else 'beyond'} its limits: "
                          f"{view.snippet(governor, tok)}"))
    return out
