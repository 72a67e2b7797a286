"""A speaker's own declaration that they take no side: "whether the policy is right isn't for
me to say; we just run it", "we don't take sides", "I'm neutral on that". Told by its words
alone (no parse), like a change of mind (changes_of_mind.py). Such a claim is neutral
(stance.py), and no side of theirs is carried to their other claims in the article
(consistency.py): an official who runs a scheme is not its camp."""

from __future__ import annotations

import re

ABSTAINS = "declares no side"  # the stance basis of such a claim

_ABSTAINS = re.compile(
    r"\bn(?:o|')t\s+(?:for\s+(?:me|us)|(?:my|our)\s+(?:place|job|role))\s+to\s+(?:say|judge|"
    r"decide|comment|take\s+sides)\b"
    r"|\b(?:we|i)\s+(?:just|only|simply)\s+(?:run|implement|administer|apply|deliver)\s+"
    r"(?:it|them|the\s+\w+)\b"
    r"|\b(?:we|i)\s+(?:do\s+not|don't|never)\s+take\s+(?:a\s+)?sides?\b|\bnot\s+taking\s+sides\b"
    r"|\b(?:takes?|took|taken|has|have|had|holds?|held)\s+no\s+(?:formal\s+|official\s+)?"
    r"(?:view|position|side|stance)\b|\bno\s+(?:view|position)\s+either\s+way\b"  # "the
    # Society takes no position on the mine", "her council has no position on the bill"
    r"|\bneither\s+(?:supports?|backs?|endorses?|welcomes?)\s+nor\s+(?:opposes?|rejects?)\b"
    r"|\b(?:we|i)(?:\s+(?:are|am)|'re|'m)\s+(?:strictly\s+)?neutral\b", re.I)


def abstains(content: str) -> bool:
    """Whether the content declares that its speaker takes no side."""
    return _ABSTAINS.search(content.replace("\u2019", "'")) is not None
