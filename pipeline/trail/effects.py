"""What an effect proposition says its cause moves, and which way: "Working from home lowers
employees' productivity" moves productivity down, "Cold-water swimming improves mental health"
moves health up, "Screen time makes children less attentive" moves being attentive down; and
the words that name the cause ("home"; "remote" of a watchlist's "remote working").

stance_effects.py reads the claims that measure the effect where the cause is ("staff are more
productive at home", "less decay in fluoridated towns")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.trail.evaluative import DIRECTIONS
from pipeline.trail.proposition_words import NOMINALS

if TYPE_CHECKING:  # spaCy's types only: its import is paid when a proposition is parsed
    from spacy.tokens import Token

# Verbs that move their object up or down besides the raise and cut groups.
RAISING = DIRECTIONS[1] | frozenset("improve boost enhance strengthen lift aid benefit".split())
LOWERING = DIRECTIONS[0] | frozenset("harm damage hurt impair undermine worsen erode weaken hinder "
                                  "hamper stunt".split())
MORE, LESS = frozenset({"more", "higher", "greater", "bigger", "larger", "increased", "longer"}), (
    frozenset({"less", "fewer", "lower", "smaller", "reduced", "decreased", "shorter"}))
# Of these, the verbs that say the cause does good, or harm: "improves mental health" is argued
# by "swimming helps me", "harms language development" by "screens hold children back".
BENEFITS = frozenset("improve boost enhance strengthen aid benefit help cure heal ease relieve "
                     "treat save transform".split())
HARMS = frozenset("harm damage hurt impair undermine worsen erode weaken hinder hamper stunt "
                  "ruin kill wreck cripple devastate".split())
# Words too general to name a cause: "screen time" is named by "screen", not by any "time".
_GENERAL = frozenset("time people thing way use number day year work working level".split())
_LEADING = {"lead": "to", "contribute": "to", "result": "in", "cause": ""}  # "led to more X"
_SUFFIXES = {"ities": "", "ity": "", "iveness": "iv", "ive": "iv", "ness": "", "ment": "",
             "ing": "", "s": ""}


@dataclass(frozen=True)
class Effect:
    """What the cause moves (as stems), which way, and the words that name the cause."""

    way: int  # +1 the cause raises it, -1 lowers it
    stems: frozenset[str]  # "productiv" (of productivity and productive), "health", "decay"
    cause: frozenset[str]  # five-letter prefixes of long words, short words whole: "home"
    valence: int = 0  # +1 said to do good ("improves"), -1 harm ("harms"), 0 neither ("lowers")


def stem(word: str) -> str:
    """A word without one derivational or plural ending: "productivity" and "productive" both
    give "productiv"; short words stay whole."""
    word = word.lower()
    return next((word[:-len(end)] + kept for end, kept in _SUFFIXES.items()
                 if word.endswith(end) and len(word) - len(end) >= 4), word)


def cause_key(word: str) -> str:
    """How a cause word is matched: its first five letters ("fluor" of "fluoridated"), or whole
    if shorter ("home")."""
    return word.lower()[:5]


def effect_of(root: Token, subjects: Sequence[Token], about_terms: Sequence[str]
              ) -> Effect | None:
    """The effect of "X lowers/raises/harms/improves Y", "X makes Z less/more ADJ" or "X leads
    to more/fewer Y"; None for any other proposition, or one whose cause has no word of its
    own."""
    key = root.lemma_.lower()
    made = next((c for c in root.children if c.dep_ in {"ccomp", "oprd", "xcomp", "acomp"}
                 and c.pos_ == "ADJ"), None) if key == "make" else None
    if made is not None:
        degree = next((c.lower_ for c in made.children if c.lower_ in MORE | LESS), None)
        if degree is None:
            return None
        way, effects = (1 if degree in MORE else -1), [made]
    elif key in _LEADING:  # "led to more antisocial behaviour", "resulted in fewer crashes"
        objects = [g for c in root.children if c.dep_ == "prep" and c.lower_ == _LEADING[key]
                   for g in c.children if g.dep_ == "pobj"] or [
            c for c in root.children if c.dep_ == "dobj" and key == "cause"]
        degree = next((c.lower_ for o in objects for c in o.children
                       if c.dep_ in {"amod", "advmod"} and c.lower_ in MORE | LESS), None)
        if degree is None:
            return None
        way, effects = (1 if degree in MORE else -1), objects
    elif key in RAISING or key in LOWERING:
        objects = [c for c in root.children if c.dep_ == "dobj"]
        way = 1 if key in RAISING else -1
        effects = objects + [g for o in objects for c in o.children if c.dep_ == "prep"
                             and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    else:
        return None
    effects += [c for t in effects if t.lemma_.lower() in _GENERAL for c in t.children
                if c.dep_ == "compound" and c.i == t.i - 1]  # "waiting times": the waiting
    stems = {stem(t.lemma_) for t in effects if t.pos_ in {"NOUN", "ADJ"}} - _GENERAL
    where = {w for t in effects for d in t.subtree for w in (d.lemma_.lower(), d.lower_)}
    words = _cause_words(subjects, about_terms, stems) - where  # not "buses" of "behaviour on
    # buses" (of "free bus travel"): where the effect is
    if not stems or not words:
        return None
    valence = 1 if key in BENEFITS else -1 if key in HARMS else 0
    return Effect(way, frozenset(stems), frozenset(cause_key(w) for w in words), valence)


def _cause_words(subjects: Sequence[Token], about_terms: Sequence[str], stems: set[str]
                 ) -> set[str]:
    """The cause's own words: the subject's, and those of a watchlist term that shares one
    ("remote working" of "Working from home"); not a gerund that only carries them
    ("working"), nor a general word, nor the effect's."""
    from spacy.lang.en.stop_words import STOP_WORDS  # parsing a proposition has loaded spaCy

    heads = {s.lemma_.lower() for s in subjects if s.tag_ == "VBG" and any(
        c.pos_ in {"NOUN", "PROPN", "ADJ"} for c in s.subtree if c is not s)}
    heads |= {f"{h}ing" for h in heads}
    words = {w for s in subjects for t in s.subtree for w in (t.lemma_.lower(), t.lower_)
             if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and t.dep_ != "poss" and not (
                 s.tag_ != "VBG" and _placed(t, s))}  # not "at Denholm" of "the rota at Denholm"
    for term in about_terms:
        found = set(re.findall(r"[a-z]{3,}", term.lower()))
        words |= found if words & found else set()
    words |= {verb for verb, nouns in NOMINALS.items() if words & set(nouns) and "_" not in verb}
    return {w for w in words - heads - _GENERAL - STOP_WORDS  # "closure": "close" names it too
            if len(w) >= 4 and stem(w) not in stems}


def _placed(tok: Token, subject: Token) -> bool:
    """`tok` is in a phrase that places the subject noun ("the scheme [in Leeds]")."""
    while tok.i != subject.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in {"at", "in", "on", "across"}:
            return True
        tok = tok.head
    return False
