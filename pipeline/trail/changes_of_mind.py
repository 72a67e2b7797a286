"""A speaker's own change of mind, told by its words alone (no parse): "I was wrong", "he had
changed his mind", "I've come round", "eating my words"; and an earlier position said to be given
up ("against it at first, but now ..."). The stance rules give a change of mind no side of its
own (stance.py); consistency.py turns it. "I've come round (to it)" names its direction: the
speaker now accepts what is argued about (`came_round`).
"""

from __future__ import annotations

import re

# The speaker's own change of mind, in the first or the reported person: a turn ("changed my
# mind", "changed his view", "I've come round"), or a renunciation of what was said before ("I
# was wrong", "I take back what I said", "I stand corrected", "eating my words", "he had got it
# wrong").
_WAS_WRONG = (r"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:simply\s+|plain\s+"
              r"|just\s+)?wrong")
_WRONG = _WAS_WRONG + r"\b(?!\s+(?:about|to|on|that)\b)"
# The speaker's own words may say what they were wrong about ("I was wrong about the margins",
# "we were wrong to trust the brochures"): still a renunciation of what they said before; by
# another ("he was wrong about the costs") it may be a verdict on someone else.
_WRONG_ABOUT = _WAS_WRONG + r"\s+(?:about|to|on|that)\b"
_TURNED = re.compile(
    r"\bchang(?:e|ed|es|ing)\s+(?:my|his|her|their|our|its)\s+(?:minds?|views?|position|"
    r"opinion|tune)\b|\bchange\s+of\s+"
    r"(?:heart|mind)\b|\b(?:came|come|coming)\s+round\s+to\b|\b(?:'ve|have|has|had)\s+come\s+"
    r"round\b|\bthey" + _WRONG, re.I)  # "they were wrong" may be others, not a renunciation
_RENOUNCED = re.compile(
    r"\b(?:i|we|he|she)" + _WRONG +
    r"|\b(?:i|we)" + _WRONG_ABOUT +
    r"|\beat(?:s|ing|en)?\s+(?:my|his|her|their|our)\s+words\b|\bhumble\s+pie\b"
    r"|\b(?:take|takes|took|taking)\s+back\s+(?:what|everything|all)\s+(?:i|we|he|she|they)"
    r"\s+(?:said|wrote)\b|\b(?:i|we)\s+take\s+(?:it|that)\s+(?:all\s+)?back\b"
    r"|\bstands?\s+corrected\b|\b(?:i|we)\s+(?:was|were)\s+too\s+(?:quick|hasty)\b"
    r"|\b(?:i|we)\s+owe\s+(?:[\w']+\s+){1,3}an\s+apology\b"
    r"|\b(?:i|we|he|she)\s+(?:'d\s+|had\s+|have\s+|has\s+)?got\s+it\s+(?:all\s+|badly\s+)?wrong\b",
    re.I)
# "I was against it at first, but now ...": an earlier position given up, the present one after
# "but" ("at first", "initially", "to begin with", "used to").
_AT_FIRST = re.compile(r"\b(?:at\s+first|initially|originally|to\s+begin\s+with|used\s+to|"
                       r"when\s+it\s+was\s+first\s+\w+)\b[^.;!?]*?,?\s+but\s+(?:now\s+)?",
                       re.I)  # "used to oppose it but now", "when it was first announced but"


# A sentence that only tells the turn, between the earlier position and the present one: "I was
# against it in April. I've changed my mind. Keep it."
_TURN_SENTENCE = re.compile(
    r"(?<=[.;!?])\s+(?:but\s+|now\s+|since\s+then\s+|well,?\s+)?(?:i|we|he|she|they)"
    r"(?:'ve|\s+have|\s+has|\s+had)?\s+(?:since\s+|now\s+)?(?:changed\s+(?:my|our|his|her|"
    r"their)\s+minds?|come\s+round)\b[^.;!?]*[.;!?]\s*", re.I)


def given_up(content: str) -> tuple[int, int] | None:
    """(end of the earlier position, start of the present one) in "X at first, but now Y" or
    "X. I've changed my mind. Y"."""
    found = _AT_FIRST.search(content) or _TURN_SENTENCE.search(content)
    return (found.start(), found.end()) if found and found.end() < len(content) else None


def changed_mind(content: str) -> bool:
    """ "I was wrong", "he had changed his mind", "a change of heart": the speaker turns (not
    "I would change my mind if the recorders said otherwise": a condition, no turn; nor "he had
    not changed his view", "nothing changes our view")."""
    found = _TURNED.search(content) or _RENOUNCED.search(content)
    if found is None:
        return False
    at = found.start()
    eaten = found.group(0)[:3].lower() in {"eat", "hum"}  # "I'll eat my words": owned now
    return (eaten or not _WOULD.search(content, max(0, at - 12), at + 1)) and not _NOT.search(
        content, max(0, at - 40), at + 5)


# "I've come round", "she had come round to it": a change of mind that names its direction, to
# the thing argued about (not "I've come round to dwarf planet", something else named; nor "the
# team came round twice", a visit).
_CAME_ROUND = re.compile(
    r"\b(?:i|we|he|she|they)(?:'ve|\s+have|\s+has|\s+had)\s+(?:now\s+|since\s+|finally\s+)?"
    r"come\s+round(?:\s+to\s+(?:it|this)\b)?(?!\s+to\b)", re.I)


def came_round(content: str) -> bool:
    """ "I've come round (to it)": the speaker now accepts what is argued about."""
    return _CAME_ROUND.search(content) is not None


def renounced(content: str) -> bool:
    """ "I was wrong", "I stand corrected": what the speaker said before is given up, so the
    turn is away from it (consistency.py), not to it."""
    return changed_mind(content) and _RENOUNCED.search(content) is not None


_WOULD = re.compile(r"\b(?:would|could|might|may|will|'d|'ll)\s+\w", re.I)
_NOT = re.compile(r"\b(?:not|never|nothing)\s+(?:[\w']+\s+){0,6}?chang|n't\s+(?:[\w']+\s+)"
                  r"{0,3}?chang", re.I)  # "has not changed", "nothing we have seen changes"
