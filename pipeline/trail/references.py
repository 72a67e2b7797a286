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
  as the subject of a modal or tensed verb ("I don't think it would stop us"), a later
  sentence of the content opens with one ("... too high. If that fails"), "it"/"this" is the
  object of a side-taking verb ("block it"), or it says "the matter"/"the issue"/"the fight",
  and the article's previous claim on the topic (or a title naming it, which stands at the
  article's start) ends within ``PRONOUN_REACH`` characters before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.trail.evaluative import POLICY_ANAPHORS

MIN_NAMING_CLAIMS = 2
PRONOUN_REACH = 600  # characters from the end of the last on-topic claim to a pronoun claim

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
    r"does|doesn't|did|didn't)\b|\bthis\s+(?:is|was|gets|got)\b", re.I)
# A later sentence of the content opening with a pronoun ("... too high. If that cannot be
# achieved", "Will it kill free software?"): capitalised, so "it" inside a sentence is not one.
_SENTENCE_PRONOUN = re.compile(
    r"(?<=\s)(?:(?:But|And|So|Yet|Now|Still|If|When|Once|Unless|Because|Although|Though|While"
    r"|Will|Would|Could|Can|Does|Did)\s+(?:it|they|this|that)|It|They|This|That)\b")
# "it"/"this" as the object of a verb that takes a side on a measure ("block it", "push this
# through", "the noise stops it"); not of any verb ("they loved it").
_PRONOUN_OBJECT = re.compile(
    r"\b(?:back|support|oppos|reject|scrap|block|stop|fight|fought|approv|adopt|push|vote|"
    r"voting|drop|abandon|withdr|veto|ditch|delay|amend|implement|introduc|enforc)\w*\s+"
    r"(?:it|this)\b(?!\s+(?:is|was|week|year|time|morning)\b)", re.I)
# A generic noun for the affair under discussion ("the matter", "the fight was far from
# over"): a reference only right after a claim on the topic, like a pronoun.
_AFFAIR_NOUN = re.compile(
    r"\b(?:the|this|that)\s+(?:matter|issue|question|saga|row|fight|battle|affair)\b", re.I)


def reference_pattern(
    extra_nouns: Iterable[str] = (), participants: Iterable[str] = (),
    about: re.Pattern[str] | None = None,
) -> re.Pattern[str]:
    """Determiner + (up to two words) + a generic or topic noun, a participant's name, as
    whole words, or the topic's own `about` terms."""
    nouns = sorted({*GENERIC_NOUNS, *(n.lower() for n in extra_nouns if n.isalpha())},
                   key=len, reverse=True)
    names = sorted({re.escape(n) for n in participants if len(n) > 2}, key=len, reverse=True)
    named = rf"|\b(?:{'|'.join(names)})\b" if names else ""
    own = f"|{about.pattern}" if about is not None else ""
    return re.compile(rf"\b(?:{_DETERMINERS})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(nouns)})s?\b"
                      + named + own, re.I)  # "s?": the proposition's "card" is also "the cards"


@dataclass(frozen=True)
class ArticleClaim:
    """What reference tagging needs of one claim, in article order."""

    claim_id: str
    start_char: int
    content: str
    named_topics: tuple[str, ...]  # topics the claim names (the watchlist's own rule)
    speaker_key: str = ""  # who said it, within the article (consistency.speaker_keys); "" none


def about_topics(claims: Sequence[ArticleClaim], title_topics: Iterable[str]) -> set[str]:
    """Topics an article is about: its title names them, or ``MIN_NAMING_CLAIMS`` claims do, at
    least half as many as name its main topic (a topic named in passing is no second subject)."""
    counts: dict[str, int] = {}
    for claim in claims:
        for topic in claim.named_topics:
            counts[topic] = counts.get(topic, 0) + 1
    most = max(counts.values(), default=0)
    return set(title_topics) | {t for t, n in counts.items()
                                if n >= MIN_NAMING_CLAIMS and 2 * n >= most}


def referred_topics(
    claims: Sequence[ArticleClaim], title_topics: Iterable[str],
    patterns: Mapping[str, re.Pattern[str]] | Callable[[str], re.Pattern[str] | None],
) -> dict[str, list[str]]:
    """claim_id -> topics it refers to without naming them, for one article's claims (sorted
    by position). ``title_topics``: topics the title names; ``patterns``: topic -> its
    reference pattern (`reference_pattern`), or a function giving it (asked only for the
    topics the article is about)."""
    pattern_of = patterns.get if isinstance(patterns, Mapping) else patterns
    titled = tuple(title_topics)
    about = about_topics(claims, titled)
    referred: dict[str, list[str]] = {}
    # topic -> end of the latest claim on it (a long claim does not use up the reach); a
    # title naming the topic stands at the start
    last_on: dict[str, int] = dict.fromkeys(titled, 0)
    for claim in claims:
        found = []
        for topic in about:
            if topic in claim.named_topics:
                continue
            pattern = pattern_of(topic)
            near = claim.start_char - last_on.get(topic, -10**9) <= PRONOUN_REACH
            if (pattern is not None and pattern.search(claim.content)) or (
                    near and _refers_back(claim.content)):
                found.append(topic)
        if found:
            referred[claim.claim_id] = sorted(found)
        for topic in (*claim.named_topics, *found):
            last_on[topic] = claim.start_char + len(claim.content)
    return referred


def continued_topics(
    claims: Sequence[ArticleClaim], about: set[str], tagged: Mapping[str, Iterable[str]],
) -> dict[str, list[str]]:
    """claim_id -> topics the article is ``about`` (`about_topics`) that its speaker spoke on
    in another claim of the article (``tagged``: claim_id -> topics named or referred to), for
    claims not on them.

    A source quoted at length keeps to the article's subject: "It will help us fight identity
    fraud" follows the minister's "ID cards are needed"; "We need to protect people" does too."""
    spoken: dict[str, set[str]] = {}
    for claim in claims:
        if claim.speaker_key:
            spoken.setdefault(claim.speaker_key, set()).update(
                t for t in tagged.get(claim.claim_id, ()) if t in about)
    out = {}
    for claim in claims:
        extra = spoken.get(claim.speaker_key, set()) - set(tagged.get(claim.claim_id, ()))
        if claim.speaker_key and extra:
            out[claim.claim_id] = sorted(extra)
    return out


def sole_topic_claims(
    claims: Sequence[ArticleClaim], about: set[str], tagged: Mapping[str, Iterable[str]],
) -> dict[str, list[str]]:
    """claim_id -> [topic] for the claims not yet on it of an article ``about`` one topic only.

    A story about a single watched topic quotes its sources on that topic: "The detail here is
    a mess", "Nobody asked residents" say nothing of it by name or reference, yet are what the
    story is about. An article about two topics (a liveblog) gets no such tags."""
    if len(about) != 1:
        return {}
    (topic,) = about
    return {c.claim_id: [topic] for c in claims if topic not in tagged.get(c.claim_id, ())}


def _refers_back(content: str) -> bool:
    """Does the content point back at what was just said (a pronoun or "the matter")?"""
    return bool(_PRONOUN_OPENING.match(content) or _PRONOUN_SUBJECT.search(content)
                or _SENTENCE_PRONOUN.search(content) or _PRONOUN_OBJECT.search(content)
                or _AFFAIR_NOUN.search(content))
