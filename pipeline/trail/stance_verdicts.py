"""Verdicts on charges of the event: "would be cleared of the charges of refusing to submit to
testing" refutes that the event happened, "found guilty of dodging tests" supports it, and an
acquittal overturned ("CAS would overturn the acquittal on charges of evading tests") supports
it again. Events only; a charge alone is a report, neither side (stance_rules.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import AVOIDANCE, MISDEEDS, VERDICT_VERBS, phrasal_keys
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

_CHARGES = frozenset({"charge", "charges", "accusation", "accusations", "allegation",
                      "allegations", "offence", "offences"})
# Verbs whose "of"-object is a charge: cleared of it (-1) or found guilty of it (+1).
_VERDICT_OF = {v: (1 if v in {"convict", "guilty"} else -1) for v in VERDICT_VERBS}
# Verbs acting on a charge itself: dropped (-1) or upheld (+1).
_ON_CHARGE = {"drop": -1, "dismiss": -1, "throw_out": -1, "refute": -1, "quash": -1,
              "uphold": 1, "prove": 1, "substantiate": 1, "find": 1, "establish": 1}
# Verdict nouns, and verbs that undo them ("overturn the acquittal").
_VERDICT_NOUNS = {"acquittal": -1, "exoneration": -1, "conviction": 1}
_UNDO = frozenset({"overturn", "quash", "reverse", "appeal", "appeal_against", "challenge"})


def _names_event(view: ClaimView, noun: Token) -> bool:
    """The charge is of the event: "charges of evading drugs tests", or a bare "the charge",
    "no offence" in a claim on the event, which can only be its charge (not "bank charges",
    "charges of fraud")."""
    if noun.lemma_.lower() in _CHARGES | MISDEEDS and not any(
            c.dep_ in {"prep", "acl", "relcl", "compound", "amod", "nmod", "poss"}
            for c in noun.children):
        return True
    for t in noun.subtree:
        if t.i == noun.i:
            continue
        if view.is_target(t):
            return True
        if t.pos_ == "VERB":
            keys = phrasal_keys(t)
            if (set(keys) & AVOIDANCE) if view.prop.avoids else view.prop.restates(keys) > 0:
                return True
    return False


def _verdict(noun: Token) -> tuple[int, Token] | None:
    """(side, verdict verb) for a charge noun: "cleared of the charges", "dropped the charge"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        verb = head.head
        side = _VERDICT_OF.get(verb.lemma_.lower(), 0)
        return (side, verb) if side else None
    if noun.dep_ in {"dobj", "nsubjpass"}:
        side = next((_ON_CHARGE[k] for k in phrasal_keys(head) if k in _ON_CHARGE), 0)
        return (side, head) if side else None
    return None


def verdict_signals(view: ClaimView) -> list[Signal]:
    """A verdict on a charge of the event, or an acquittal of it undone."""
    out = []
    for tok in view.tokens:
        lemma = tok.lemma_.lower()
        misdeed = lemma in MISDEEDS and lemma in view.prop.target  # "guilty of fraud"
        if tok.pos_ != "NOUN" or not (lemma in _CHARGES or lemma in _VERDICT_NOUNS or misdeed):
            continue
        if lemma in _VERDICT_NOUNS:  # "overturn the acquittal of X on charges of Y"
            if tok.dep_ != "dobj" or not set(phrasal_keys(tok.head)) & _UNDO:
                continue
            found: tuple[int, Token] | None = (-_VERDICT_NOUNS[lemma], tok.head)
        else:
            found = _verdict(tok)
        if found is None:
            continue
        side, verb = found
        if not _names_event(view, verb if lemma in _VERDICT_NOUNS else tok):
            continue  # "overturn the acquittal [of X] [on charges of Y]": either may hold Y
        w = view.walk(verb)
        if not usable(w, could_ok=True) or verb.i not in view.inside:
            continue
        if negated_here(tok) and tok.head.i == verb.i and tok.dep_ == "dobj":
            w.sign *= -1  # "found no offence": the "no" sits on the charge
        sign = side * w.sign * view.flip
        out.append(Signal(sign, 3, f"verdict: {verb.lemma_} {view.snippet(tok)}"
                                   f"{' (negated)' if w.sign < 0 else ''}"))
    return out
