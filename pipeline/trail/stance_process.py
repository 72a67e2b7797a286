"""A grievance about how a policy was made: "[councillors had not been consulted]", "[nobody
asked us]", "[there was no consultation]", "[brought in without any debate]". On a claim about
a policy, being left out of its making is a complaint against it, whoever complains; the claim
need not name the policy (it is on the topic already). Only for policies: "was never asked to
submit to a test" is an event's own matter (stance_excuses.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

_CONSULT = frozenset({"consult", "ask", "involve"})
_PROCESS = frozenset({"consultation", "debate", "scrutiny", "mandate"})  # not "passed
# without a vote": unopposed
_NOBODY = frozenset({"nobody", "no-one", "noone"})


def _left_out(verb: Token) -> bool:
    """ "we were not consulted", "nobody asked us", "residents were never asked" (not "asked
    to leave", "asked about the plans": a request or a question, no say in a decision)."""
    if verb.lemma_.lower() not in _CONSULT or any(
            c.dep_ in {"xcomp", "ccomp", "prep"} for c in verb.children):
        return False
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    nobody = any(c.dep_ == "nsubj" and c.lower_ in _NOBODY for c in verb.children)
    return (passive and negated_here(verb)) or (nobody and any(
        c.dep_ == "dobj" for c in verb.children))


def _without_say(tok: Token) -> bool:
    """ "there was no consultation", "without any debate", "no mandate for it"."""
    if tok.lemma_.lower() not in _PROCESS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True
    return tok.dep_ == "attr" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def process_signals(view: ClaimView) -> list[Signal]:
    """One signal for a complaint of being left out of the policy's making."""
    if view.prop.kind != "policy":
        return []
    for tok in view.tokens:
        if _left_out(tok) or _without_say(tok):
            w = view.walk(tok)
            if usable(w, could_ok=False) and not w.commit:  # not "there must be no vote"
                return [Signal(-view.flip, 2, f"left out of its making: {view.snippet(tok)}")]
    return []
