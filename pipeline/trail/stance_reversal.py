"""A reversal of the policy, wanted or ruled out, without a word for the policy: "[there will
be no U-turn]", "[there is no appetite for a climbdown]" defend it; "[we need a rethink]",
"[they must make a U-turn]" oppose it. On a claim about a policy the reversal can only be the
policy's. A reversal said of something ("the U-turn was humiliating", a subject) is a verdict
on the reversal, left to the other rules. A speaker's own change of mind ("I was wrong", "he had
changed his mind", "I've come round", "eating my words") names no side: it turns the speaker's
earlier one (consistency.py); a position said to be given up ("against it at first, but now
...") is turned here.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal, usable

# The speaker's own change of mind, in the first or the reported person ("I take back what I
# said", "I take it back", "I was too quick", "I owe the list an apology", "he had got it wrong"
# too).
_CHANGED_MIND = re.compile(
    r"\bchang(?:e|ed|es|ing)\s+(?:my|his|her|their|our|its)\s+minds?\b|\bchange\s+of\s+"
    r"(?:heart|mind)\b|\b(?:i|we|he|she|they)\s+(?:was|were|had\s+been|have\s+been|has\s+"
    r"been)\s+(?:simply\s+|plain\s+|just\s+)?wrong\b(?!\s+(?:about|to|on|that)\b)"
    r"|\b(?:came|come|coming)\s+round\s+to\b|\b(?:'ve|have|has|had)\s+come\s+round\b"
    r"|\beat(?:s|ing|en)?\s+(?:my|his|her|their|our)\s+words\b|\bhumble\s+pie\b"
    r"|\b(?:take|takes|took|taking)\s+back\s+(?:what|everything|all)\s+(?:i|we|he|she|they)"
    r"\s+(?:said|wrote)\b|\b(?:i|we)\s+take\s+(?:it|that)\s+(?:all\s+)?back\b"
    r"|\bstands?\s+corrected\b|\b(?:i|we)\s+(?:was|were)\s+too\s+(?:quick|hasty)\b"
    r"|\b(?:i|we)\s+owe\s+(?:[\w']+\s+){1,3}an\s+apology\b"
    r"|\b(?:i|we|he|she)\s+(?:'d\s+|had\s+|have\s+|has\s+)?got\s+it\s+(?:all\s+|badly\s+)?wrong\b",
    re.I)
# "I was against it at first, but now ...": an earlier position given up, the present one after
# "but" ("at first", "initially", "to begin with").
_AT_FIRST = re.compile(r"\b(?:at\s+first|initially|originally|to\s+begin\s+with)\b[^.;!?]*?,?"
                       r"\s+but\s+(?:now\s+)?", re.I)


def given_up(content: str) -> tuple[int, int] | None:
    """(end of the earlier position, start of the present one) in "X at first, but now Y"."""
    found = _AT_FIRST.search(content)
    return (found.start(), found.end()) if found and found.end() < len(content) else None


def changed_mind(content: str) -> bool:
    """ "I was wrong", "he had changed his mind", "a change of heart": the speaker turns (not
    "I would change my mind if the recorders said otherwise": a condition, no turn)."""
    found = _CHANGED_MIND.search(content)
    return found is not None and not _WOULD.search(content, max(0, found.start() - 12),
                                                   found.start() + 1)


_WOULD = re.compile(r"\b(?:would|could|might|may|will|'d|'ll)\s+\w", re.I)


_REVERSALS = frozenset({"u-turn", "climbdown", "climb-down", "rethink", "reversal", "retreat"})


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
        parts = tok.doc[tok.i:tok.i + 3] if tok.lower_ == "u" else [tok]
        if any(p.dep_ in {"nsubj", "nsubjpass"} for p in parts) or tok.head.i not in view.inside:
            continue  # said of the reversal, or a misparse hanging it on the cue
        if tok.i in view.refs or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return []  # "a rethink of the rules": the act on something named, left to act rules
        w = view.walk(tok)
        if not usable(w, could_ok=False):
            return []
        side = -w.sign * view.flip
        said = "ruled out" if side > 0 else "wanted"
        end = tok.doc[tok.i + 2] if tok.lower_ == "u" else next(
            (c for c in tok.children if c.lower_ == "back"), tok)  # "no going back"
        return [Signal(side, 2, f"a reversal {said}: {view.snippet(tok, end)}")]
    return []
