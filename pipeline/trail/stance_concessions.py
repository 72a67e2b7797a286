"""Points granted before the point made: a "but" that turns ("Fine in principle, but it will not
work"), a straw man put aside ("Nobody is saying ..."), a point nobody disputes, and why others
hold their view ("I understand why people want it, but ..."): what the others want is not the
speaker's side, and granting it before a "but" puts the speaker on the other one."""

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
