"""A speaker who sides with, or against, another: "I agree with David", "Professor Brett is
right", "My right hon. Friend is right.", "I would gently disagree", "Disagree with you for
once, Eleanor." In debates, sittings, phone-ins and letters pages a speaker often takes a side
only by naming whose side they are on; the words say nothing of the proposition.

Told by its words alone (`agreement`, no parse), and resolved within the article
(`follow_agreements`, before consistency.py carries sides): a named target is the one other
speaker of the article whose name holds every word of it ("David" is "DAVID ORRELL MP"); an
unnamed one ("I agree entirely", "you", "my hon. Friend") is the speaker of the claim on the
topic just before it. The claim takes that speaker's one side in the article (their own words,
not a frame's or a stake's guess), or the other side for a disagreement. A claim the rules gave
a side keeps it, unless the agreement is all it says ("My hon. Friend is right.": a verdict on a
person, not on the proposition); a concession ("I agree with David, but ...") is left to them.
"""

from __future__ import annotations

import re

import polars as pl

from pipeline.trail.consistency import ANONYMOUS_SPEAKERS, GUESSES, INHERITED, OPEN_BASES

AGREES = "agrees with "  # the basis of a claim that follows another speaker's side ...
DISAGREES = "disagrees with "  # ... or takes the other one

_LEAD = (r"^\W*(?:(?:and|but|so|well|look|yes|no|frankly|honestly|actually|for\s+once|i'm\s+"
         r"sorry|with\s+respect|never\s+thought\s+i'd\s+say\s+(?:it|this|that))[,\s]+)*")
_ADVERBS = (r"(?:(?:would|do|must|have\s+to|can\s+only|entirely|fully|completely|totally|"
            r"wholeheartedly|absolutely|certainly|strongly|very\s+much|quite|gently|"
            r"respectfully|just|really)\s+)*")
_NOT = (r"(?P<not>(?:do\s+not|don't|cannot|can't|can\s+not|could\s+not|couldn't|won't|will\s+"
        r"not|not)\s+)?")
# What may follow an agreement that is the whole point: nothing, "for once", "on this".
_REST = (r"(?:\s+(?:on|about)\s+(?:this|that|it)(?:\s+(?:one|point|issue))?|\s+for\s+once"
         r"|\s+again|\s+here|\s+there|\s+to\s+say\s+so)?\s*(?:[,.;:!?\u2014\u2013-]|$)")
_AGREE = re.compile(
    _LEAD + r"(?:(?:i|we)\s+" + _NOT + _ADVERBS + r")?(?P<dis>dis)?agree(?:\s+(?:entirely|"
    r"completely|wholeheartedly|totally|fully))?(?:\s+with\s+(?P<who>[^,.;:!?]+?))?" + _REST,
    re.I)
# "Professor Brett is right", "you're wrong", "My right hon. Friend is right" (a name is
# capitalised: "it is right" is a verdict, stance_verdicts.py).
_RIGHT = re.compile(
    _LEAD + r"(?P<who>my\s+(?:right\s+)?hon(?:ourable|\.)?\s+(?:and\s+(?:learned|gallant)\s+)?"
    r"(?:friend|member|lady|gentleman)|you|(?:the\s+)?(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))"
    r"(?:\s+(?:is|are|was)|'s|'re)\s+(?P<not>not\s+)?(?:(?:absolutely|quite|entirely|"
    r"completely|dead|exactly|so)\s+)?(?P<word>right|wrong|correct|mistaken|spot\s+on)" + _REST,
    re.I)
_TITLES = frozenset("a an mr mrs ms miss dr prof professor sir lord lady dame the my right hon "
                    "honourable friend member gentleman learned gallant and you".split())
_NOT_SPEAKERS = frozenset("it this that there here what which everything nothing".split())
# A vocative or nothing after it: the agreement is all the content says.
_ONLY = re.compile(r"[\s\W]*(?:[A-Z][\w'-]*[\s\W]*){0,3}")
_BUT = re.compile(r"\bbut\b|\bhowever\b", re.I)  # after it: a concession


def agreement(content: str) -> tuple[int, str, bool] | None:
    """(+1 agrees / -1 disagrees, whose words: "" for the speaker before, whether it is all the
    content says) when the content sides with another speaker; None for none, or for one
    conceded ("I agree with David, but ...")."""
    text = content.replace("\u2019", "'").strip()
    found = _AGREE.match(text)
    if found is not None:
        sign = -1 if found["dis"] else 1
    else:
        found = _RIGHT.match(text)
        if found is None or found["who"].split()[0].lower() in _NOT_SPEAKERS:
            return None
        sign = -1 if found["word"].lower() in ("wrong", "mistaken") else 1
    rest = text[found.end():]
    if _BUT.search(rest):
        return None
    return (-sign if found["not"] else sign), _target(found["who"] or ""), bool(
        _ONLY.fullmatch(rest))


def _target(who: str) -> str:
    """The words that name the speaker sided with; "" for the one before ("you", "my hon.
    Friend")."""
    words = (w.rstrip(".") for w in re.findall(r"[\w'-]+\.?", who.lower()))
    return " ".join(w for w in words if w not in _TITLES)


def follow_agreements(stances: pl.DataFrame) -> pl.DataFrame:
    """``stances`` (claim_id, doc_id, speaker, topic, stance, stance_basis, content, optional
    start_char and hosted) with each agreement given the side of whom it agrees with."""
    if "content" not in stances.columns:
        return stances
    said = [agreement(c) if c else None for c in stances["content"].to_list()]
    if not any(said):
        return stances
    who = stances["speaker"].fill_null("").str.strip_chars().str.to_lowercase().to_list()
    host = (stances["hosted"].to_list() if "hosted" in stances.columns
            else [False] * stances.height)
    basis, stance = stances["stance_basis"].to_list(), stances["stance"].to_list()
    own = [s in ("supports", "refutes") and not b.startswith((INHERITED, *GUESSES)) and not h
           and w not in ANONYMOUS_SPEAKERS
           for s, b, h, w in zip(stance, basis, host, who, strict=True)]
    at = (stances["start_char"].to_list() if "start_char" in stances.columns
          else [None] * stances.height)
    article: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(stances["doc_id"], stances["topic"], strict=True)):
        article.setdefault(key, []).append(i)
    for rows in article.values():
        for i in (i for i in rows if said[i] is not None):
            sign, target, whole = said[i]
            if not (whole or (stance[i] == "neutral" and basis[i].startswith(OPEN_BASES))):
                continue
            peers = [j for j in rows if who[j] != who[i]]
            named = _named(peers, who, target) if target else _before(peers, at, at[i], who)
            sided = [j for j in named if own[j]]
            if len({stance[j] for j in sided}) != 1:
                continue
            side, first = stance[sided[0]], sided[0]
            if sign < 0:
                side = "refutes" if side == "supports" else "supports"
            stance[i] = side
            basis[i] = ((AGREES if sign > 0 else DISAGREES) + f"{stances['speaker'][first]}: "
                        + basis[first])[:100]
    return stances.with_columns(stance=pl.Series(stance, dtype=pl.String),
                                stance_basis=pl.Series(basis, dtype=pl.String))


def _named(peers: list[int], who: list[str], target: str) -> list[int]:
    """The peers of the one other speaker whose name holds every word of ``target``."""
    words = target.split()
    speakers = {who[j] for j in peers
                if all(w in re.findall(r"[\w'-]+", who[j]) for w in words)}
    if len(speakers) != 1:
        return []
    name = speakers.pop()
    return [j for j in peers if who[j] == name]


def _before(peers: list[int], at: list[int | None], here: int | None, who: list[str]
            ) -> list[int]:
    """The claims of the speaker of the claim on the topic just before this one."""
    if here is None:
        return []
    earlier = [j for j in peers if at[j] is not None and at[j] < here
               and who[j] not in ANONYMOUS_SPEAKERS]
    if not earlier:
        return []
    name = who[max(earlier, key=lambda j: at[j])]
    return [j for j in peers if who[j] == name]
