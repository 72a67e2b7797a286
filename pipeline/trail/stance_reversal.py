"""A reversal of the policy, wanted or ruled out, without a word for the policy: "[there will
be no U-turn]", "[there is no appetite for a climbdown]", "[we oppose the repeal]" defend it;
"[we need a rethink]", "[they must make a U-turn]" oppose it. On a claim about a policy the
reversal can only be the policy's. A reversal said of something ("the U-turn was humiliating",
a subject) is a verdict on the reversal, left to the other rules. A speaker's own change of mind
("I was wrong", "he had changed his mind", "I've come round", "eating my words") names no side:
it turns the speaker's earlier one (consistency.py); a position said to be given up ("against it
at first, but now ...") is turned here.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import OPEN_TO
from pipeline.trail.scope import shut
from pipeline.trail.stance_rules import Signal, usable
from pipeline.trail.stance_undoing import REMOVALS

_REVERSALS = frozenset({"u-turn", "climbdown", "climb-down", "rethink", "reversal",
                        "retreat"}) | REMOVALS  # "they oppose the repeal"


def _reversal(tok: Token) -> bool:
    """A reversal noun, or "going back", "turning back" ("there will be no going back"); the
    small model splits "U-turn" into "U", "-", "turn" (the "U" heads)."""
    doc = tok.doc
    if tok.lemma_.lower() in _REVERSALS or (tok.lower_ in {"going", "turning"} and any(
            c.lower_ == "back" for c in tok.children) and tok.dep_ in {"attr", "dobj", "pobj"}):
        return True
    return tok.lower_ == "u" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and (
        doc[tok.i + 2].lower_ == "turn")


def reversal_signals(view: ClaimView) -> list[Signal]:
    """One signal for a reversal noun outside a subject, by the sign of what governs it."""
    if view.prop.kind != "policy":
        return []
    for tok in view.tokens:
        if not _reversal(tok):
            continue
        turn = -1 if tok.lemma_.lower() in REMOVALS and view.prop.target_sign < 0 else 1  # of
        # "fees should be abolished", "the repeal" carries the policy out
        parts = tok.doc[tok.i:tok.i + 3] if tok.lower_ == "u" else [tok]
        if any(p.dep_ in {"nsubj", "nsubjpass"} for p in parts) or tok.head.i not in view.inside:
            continue  # said of the reversal, or a misparse hanging it on the cue
        if tok.i in view.refs or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return []  # "a rethink of the rules": the act on something named, left to act rules
        w = view.walk(tok)
        if not usable(w, could_ok=False) or (w.irrealis in OPEN_TO and not shut(w, view.flip)):
            return []  # "a real chance of cancellation": a possibility, not a wish
        side = -w.sign * view.flip * turn
        said = "ruled out" if side * turn > 0 else "wanted"
        end = tok.doc[tok.i + 2] if tok.lower_ == "u" else next(
            (c for c in tok.children if c.lower_ == "back"), tok)  # "no going back"
        return [Signal(side, 2, f"a reversal {said}: {view.snippet(tok, end)}")]
    return []
