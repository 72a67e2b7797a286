"""Points granted before the point made: a "but" that turns ("Fine in principle, but it will not
work"), a straw man put aside ("Nobody is saying ..."), a point nobody disputes, and why others
hold their view ("I understand why people want it, but ..."): what the others want is not the
speaker's side, and granting it before a "but" puts the speaker on the other one. So does a
fault of the policy granted in the same sentence before a "but" whose rest takes no side ("It's
unfair on landlords, but we need the homes"); not a merit ("it will help, but it won't empty
the list" still backs it), nor a condition or resignation after it ("but only if ...", "but
there we are")."""

from __future__ import annotations

import re

# A "but" that turns from a point granted to the point made: "Fine in principle, but it will
# not work", "I'm sorry, but the minister is right" (not "but also", "not only ... but").
TURN = re.compile(r"(?<=\S)(?:[,;—–]|\s-)\s*but\s+(?!also\b)|(?<=[.!?])\s+but\s+", re.I)
# "Nobody is saying/pretending that ...": a straw man put aside, not the speaker's claim.
DISCLAIMED = re.compile(
    r"^\W*(?:nobody|no\s*-?\s*one|none\s+of\s+us)\s+(?:is\s+)?(?:saying|says|"
    r"pretending|pretends|claiming|claims|suggesting|suggests)\s+", re.I)
# "Nobody disputes that ...": what follows is granted; it is the speaker's own claim when it
# takes a side ("nobody disputes that the ban has saved lives"), a concession when it does not.
GRANTED = re.compile(
    r"^\W*(?:nobody|no\s*-?\s*one|none\s+of\s+us)\s+(?:disputes|denies|doubts"
    r"|questions|is\s+(?:disputing|denying|saying))\s+(?:that\s+)?", re.I)
# "I understand why", "we can see why", "I totally get why", "I do appreciate why" (first person
# only: "Ministers understand why ..." reports others).
_WHY_GRANTED = re.compile(
    r"^\W*(?:i|we)\s+(?:(?:can|do|fully|totally|completely|honestly|really|absolutely)\s+){0,2}"
    r"(?:understand|see|get|appreciate)\s+why\s+", re.I)


def granted_view(head: str) -> int | None:
    """Where the others' view starts in the part before the "but" ("I understand why [people
    want it]"), or None when that part is no such concession."""
    found = _WHY_GRANTED.match(head)
    return found.end() if found else None


# The judgements a fault is granted by (against the policy), as stance bases.
FAULT = re.compile(r"^refutes (?:evaluates|calls|a verdict|exclaims)")
_CONDITION = re.compile(r"^(?:only|if|unless|as\s+long\s+as|provided|so\s+long\s+as)\b", re.I)
# Resignation, no case made: "It's a disaster, but there we are."
_RESIGNED = re.compile(r"^(?:there\s+(?:we|you)\s+(?:are|go)|that'?s\s+life|so\s+be\s+it|such\s+is"
                       r"\s+life|it\s+is\s+what\s+it\s+is|what\s+can\s+(?:you|we)\s+do)\W*$", re.I)


def plain_turn(content: str, turn: re.Match[str]) -> bool:
    """A "but" inside one sentence, after a comma, with no condition after it: where a fault
    granted before it is only granted."""
    return turn.group(0).lstrip()[:1] in {",", ";", "—", "–", "-"} and not re.search(
        r"[.!?]\s", content[:turn.start()]) and not _CONDITION.match(content[turn.end():]) and (
        not _RESIGNED.match(content[turn.end():].strip()))
