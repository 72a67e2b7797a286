"""Claims that refer to a watched topic without naming it, in articles about that topic.

A statement often says "the ban", "the law", "the scheme", "such negotiations" or "it" where
the watchlist term ("smoking ban", "ID cards", "talks") appeared earlier in the article. Such a
claim is put on the topic when

- its article is about the topic: the title names the topic (the topic's own matching rule), or
  at least ``MIN_NAMING_CLAIMS`` of the article's claims name it; and
- its content refers to the topic: a determiner ("the", "this", "such", "its", "a", ...)
  before a generic policy/event noun ("ban", "law", "act", "bill", "scheme", "plans", "powers",
  "proposal", "talks", "deal", ...) or before a noun of the topic's proposition; a participant
  the proposition names ("Glazer", "interest rates"); or the content opens with
  "it"/"they"/"this"/"that" (also after a joining word: "But it", "If this"), or has "it"/"this"
  as the subject of a modal or tensed verb ("I don't think it would stop us"), and the
  article's previous claim (within ``PRONOUN_REACH`` characters) is on the topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.trail.evaluative import POLICY_ANAPHORS

MIN_NAMING_CLAIMS = 2
PRONOUN_REACH = 600  # characters between the previous on-topic claim and a pronoun claim

# The stance rules' policy anaphors, plus nouns that stand for an event or a report of one.
GENERIC_NOUNS = POLICY_ANAPHORS | frozenset(
    "ban bans powers power directive deal agreement offer bid takeover merger talks "
    "negotiations negotiation dialogue cut cuts rise increase allegations reports".split())
_DETERMINERS = (r"the|this|these|that|those|such|its|their|our|his|her|your|any|an?|"
                r"the\s+government'?s|the\s+new|the\s+proposed|the\s+planned")
# "It ...", also after a joining word: "But it won't help", "If this goes through".
_PRONOUN_OPENING = re.compile(
    r"^\W*(?:(?:but|and|so|yet|now|still|if|when|once|unless|because|although|though|while)"
    r"\s+)?(?:it|they|this|that)\b", re.I)
# "it"/"this" as the subject of a modal or tensed verb later in the content: "I don't think it
# would stop us", "... and it would serve to even up the field" (not "it is clear that").
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|this)\s+(?:would|will|won't|wouldn't|could|couldn't|can|can't|cannot|should|"
    r"must|might|may|goes|went|helps|helped|hurts|works|worked|means|meant|costs|"
    r"does|doesn't|did|didn't)\b", re.I)


def reference_pattern(
    extra_nouns: Iterable[str] = (), participants: Iterable[str] = ()
) -> re.Pattern[str]:
    """Determiner + (up to two words) + a generic or topic noun, or a participant's name, as
    whole words."""
    nouns = sorted({*GENERIC_NOUNS, *(n.lower() for n in extra_nouns if n.isalpha())},
                   key=len, reverse=True)
    names = sorted({re.escape(n) for n in participants if len(n) > 2}, key=len, reverse=True)
    named = rf"|\b(?:{'|'.join(names)})\b" if names else ""
    return re.compile(rf"\b(?:{_DETERMINERS})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(nouns)})s?\b"
                      + named, re.I)  # "s?": the proposition's "card" is also "the cards"


@dataclass(frozen=True)
class ArticleClaim:
    """What reference tagging needs of one claim, in article order."""

    claim_id: str
    start_char: int
    content: str
    named_topics: tuple[str, ...]  # topics the claim names (the watchlist's own rule)


def referred_topics(
    claims: Sequence[ArticleClaim], title_topics: Iterable[str],
    patterns: Mapping[str, re.Pattern[str]] | Callable[[str], re.Pattern[str] | None],
) -> dict[str, list[str]]:
    """claim_id -> topics it refers to without naming them, for one article's claims (sorted
    by position). ``title_topics``: topics the title names; ``patterns``: topic -> its
    reference pattern (`reference_pattern`), or a function giving it (asked only for the
    topics the article is about)."""
    pattern_of = patterns.get if isinstance(patterns, Mapping) else patterns
    counts: dict[str, int] = {}
    for claim in claims:
        for topic in claim.named_topics:
            counts[topic] = counts.get(topic, 0) + 1
    about = set(title_topics) | {t for t, n in counts.items() if n >= MIN_NAMING_CLAIMS}
    referred: dict[str, list[str]] = {}
    last_on: dict[str, int] = {}  # topic -> start of the latest claim on it
    for claim in claims:
        found = []
        for topic in about:
            if topic in claim.named_topics:
                continue
            pattern = pattern_of(topic)
            near = claim.start_char - last_on.get(topic, -10**9) <= PRONOUN_REACH
            if (pattern is not None and pattern.search(claim.content)) or (near and (
                    _PRONOUN_OPENING.match(claim.content)
                    or _PRONOUN_SUBJECT.search(claim.content))):
                found.append(topic)
        if found:
            referred[claim.claim_id] = sorted(found)
        for topic in (*claim.named_topics, *found):
            last_on[topic] = claim.start_char
    return referred
