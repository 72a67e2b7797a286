"""The part a cause played, weighed: "blasting was a major factor", "the pipe played a part" for
a proposition that names that cause; "blasting was a minor factor", "a small player",
"it played little part", "the quarry is a red herring", "the weather was irrelevant" against.

stance_causes reads a cause named as the cause ("the main cause", "to blame"); a factor, a
player or a part is one cause among others, so only its weight takes a side: any part at all
for the proposition, a small one, none, or a distraction against. Another cause called the
main factor ("the wet winter was the main factor") crowds the proposition's out, as "the real
cause" does in stance_causes.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import prep_objects
from pipeline.trail.stance_causes import causal, is_effect
from pipeline.trail.stance_hypotheses import cause_words, phrase_words
from pipeline.trail.stance_rules import Signal, first_asserted

# One cause among others: "a factor", "a big player", "a contributor", "the trigger".
_PART_NOUNS = frozenset({"factor", "player", "contributor", "trigger", "ingredient", "element"})
_PARTS = frozenset({"part", "role"})  # "played a part", "had no role in it"
_SMALL = frozenset("minor small smaller smallest marginal negligible insignificant secondary "
                   "peripheral tiny lesser little limited bit walk-on minimal".split())
# Weights that leave no room for another cause: "the main factor", "the decisive role".
_SOLE = frozenset("main chief primary principal decisive dominant overriding biggest "
                  "only sole single".split())
# Said of a cause that did nothing: "a red herring", "a sideshow", "irrelevant".
_DISTRACTIONS = frozenset({"herring", "sideshow", "distraction", "irrelevance", "non-issue",
                           "non-factor", "non-starter"})
_OF_EFFECT = frozenset({"in", "to", "behind", "for", "of"})  # "a factor in the fall"
_IRRELEVANT = frozenset({"irrelevant", "immaterial", "incidental", "unconnected", "unrelated"})


def _weight(noun: Token) -> int:
    """-1 for a small part ("a minor factor", "little role"), 2 for a sole one
    ("the main factor"), else 1."""
    mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "det", "advmod"}}
    if mods & _SMALL:
        return -1
    return 2 if mods & _SOLE else 1


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _effect_named(view: ClaimView, noun: Token) -> bool:
    """No effect named, or the proposition's: not "a factor in house prices"."""
    effects = prep_objects(noun, _OF_EFFECT)
    return not effects or any(is_effect(view, e) for e in effects)


def _part(view: ClaimView, tok: Token) -> tuple[Token, int] | None:
    """(the cause, the weight of its part) when ``tok`` weighs a cause's part: "X was a
    (minor) factor", "X played a (big) part", "X was a red herring", "X is irrelevant"."""
    lemma = tok.lemma_.lower()
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ == "NOUN":
        if lemma in _DISTRACTIONS:
            return (s, -1) if (s := _subject(tok.head)) is not None else None
        if lemma in _PART_NOUNS and _effect_named(view, tok):
            return (s, _weight(tok)) if (s := _subject(tok.head)) is not None else None
    if lemma in _IRRELEVANT and tok.dep_ == "acomp" and not any(
            c.dep_ == "prep" for c in tok.children):  # not "irrelevant to the job"
        return (s, -1) if (s := _subject(tok.head)) is not None else None
    if lemma in _PARTS and tok.dep_ == "dobj" and tok.head.lemma_ in {"play", "have"} and (
            _effect_named(view, tok)):
        return (s, _weight(tok)) if (s := _subject(tok.head)) is not None else None
    return None


def role_signals(view: ClaimView) -> list[Signal]:
    """The proposition's cause given a part (for), a small one or none (against); another
    cause given the main part (against)."""
    if not causal(view.prop):
        return []
    own = frozenset(cause_words(view.prop) - view.prop.target)

    def read(tok: Token) -> tuple[int, Token, str] | None:
        found = _part(view, tok)
        if found is None or found[0].tag_ == "PRP" or found[0].lower_ in {"this", "that"}:
            return None  # "it was a factor": which cause is not said
        cause, weight = found
        if phrase_words(cause, own) & own:
            side = 1 if weight > 0 else -1
            return side, tok, f"weighs its cause's part: {view.snippet(cause, tok)}"
        if weight == 2 and any(is_effect(view, e) for e in prep_objects(tok, _OF_EFFECT)):
            return -1, tok, f"gives another cause the main part: {view.snippet(cause, tok)}"
        return None  # another cause's part, or a main factor in what is not said

    hit = first_asserted(view, read)
    if hit is None:
        return []
    _, (side, _, basis), w = hit
    return [Signal(side * w.sign * view.flip, 2, basis + (" (negated)" if w.sign < 0 else ""))]
