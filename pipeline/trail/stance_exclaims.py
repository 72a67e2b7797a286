"""Set exclamations that judge whatever is under discussion, with no word for it: "You couldn't
make it up", "What could possibly go wrong?", "It beggars belief", "What a farce", "What
next?", "Where will it end?", "Not in my name", "Next they'll be banning ..." against it;
"Brilliant. Another law nobody will enforce." (praise alone in its sentence, beside what it
mocks); "About time too", "Finally.", "Good on them", "Hats off to the council", "Bring it on!"
for it. The claim is on the topic, so the thing judged is the policy in the news (as with a
refusal, stance_camps.py).

Not for a proposition that removes something ("the ban should be scrapped"): whether "about
time" greets the ban or its end is not in the words.
"""

from __future__ import annotations

import re

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal

_AGAINST = re.compile(
    r"\b(?:you|we|i)\s+(?:really\s+|honestly\s+|simply\s+|just\s+)?(?:could\s*n[o']t"
    r"|can\s*n[o']t|could\s+not|cannot)\s+make\s+(?:it|this)\s+up\b"
    r"|\bwhat\s+(?:could|can)\s+(?:possibly\s+)?go\s+wrong\b|\bbeggars?\s+belief\b"
    r"|^\W*what\s+an?\s+(?:joke|farce|shambles|mess|nonsense|disgrace|carve-up|con)\b"
    r"|\bnot\s+in\s+my\s+name\b|^\W*what(?:'s|\s+is)?\s+next\s*[?,]"
    r"|\bwho\s+(?:asked|voted)\s+for\s+(?:this|it)\b|\bgive\s+(?:me|us)\s+a\s+break\b"
    r"|^\W*where\s+(?:will|does|would|is)\s+(?:it|this)\s+(?:all\s+)?end\b", re.I)
# The slippery slope: "Next they'll be banning sparklers", "Whatever next, they'll tax air": the
# policy mocked by the absurd step after it, whose words restate it (so the mockery replaces them).
_SLOPE = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:whatever\s+)?next,?\s+(?:they|you|we|he|she|it|ministers)"
    r"(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\b", re.I)
# Praise as a sentence of its own beside what it mocks: "Brilliant. Another law the police won't
# enforce.", "So we're licensing the problem now? Marvellous." (alone, it may be meant).
_SARCASM = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:oh,?\s+)?(?:brilliant|great|marvell?ous|splendid|wonderful|fantastic"
    r"|lovely|perfect|genius|superb|terrific)(?:\s*[.!]+\W*(?:\s|$)|\W*$)", re.I)
_FOR = re.compile(
    r"(?:^|[.!]\s+)\W*(?:(?:it\s*(?:'s|is|was)\s+)?(?:about|high)\s+time(?:\s+too)?\s*[.!]|"
    r"(?:finally|at\s+(?:long\s+)?last)\s*[.!]|"
    r"good\s+on\s+(?:them|him|her|you|the\s+\w+)\b|well\s+done\s+(?:to\s+)?(?:them|the\s+\w+)"
    r"|hats\s+off\s+to\b|bring\s+it\s+on\s*[.!])", re.I)


def exclaims(text: str) -> bool:
    """A set exclamation in the text: said, even when it ends in "?" ("What next?")."""
    return any(p.search(text) for p in (_AGAINST, _FOR, _SLOPE)) or _mocking(text) is not None


def _mocking(text: str) -> re.Match[str] | None:
    """Sarcastic praise, beside at least a few words of what it mocks."""
    found = _SARCASM.search(text)
    rest = text[:found.start()] + text[found.end():] if found else ""
    return found if len(rest.split()) >= 3 else None


def slippery_slope(text: str) -> bool:
    """ "Next they'll be banning sparklers": judged whole, never by the words it mocks."""
    return _SLOPE.search(text) is not None


def exclaim_signals(view: ClaimView) -> list[Signal]:
    """One signal for a set exclamation in the content (against first)."""
    if view.prop.target_sign < 0:
        return []
    text = view.sent.text[view.start:view.end].strip()
    for sign, pattern in ((-1, _AGAINST), (-1, _SLOPE), (-1, _SARCASM), (1, _FOR)):
        found = _mocking(text) if pattern is _SARCASM else pattern.search(text)
        if found is not None:
            said = found.group(0).strip(" .!?,")  # of a policy the article says was halted,
            done = view.decided or 1  # "You couldn't make it up" judges the halt
            return [Signal(sign * done * view.flip, 2, f"exclaims: '{said}'")]
    return []
