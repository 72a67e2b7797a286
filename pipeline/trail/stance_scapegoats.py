"""The blamed party said to be framed: "Richard has been framed", "the cladding was made a
scapegoat", "the wind farm is being scapegoated", "he is the fall guy", "the drain is a
convenient excuse"; or the blame laid on it brushed aside: "blaming the quarry is easier than
blaming the weather", "blaming Brexit is lazy", "stop blaming the caterer" (not "blaming it is
fair"). The blame the proposition lays is called unjust when the party framed is the one it
accuses or its cause, which refutes it (negated, "he was not framed", it supports). Who else is
called a scapegoat says nothing here: "the farmer is the scapegoat for a water company" clears
the farmer, not the water company's part. A cause that is someone's failing ("the captain's
errors") has its people judged, a scapegoat among them, by stance_culprits.py."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.blame import same_nation
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import prep_objects
from pipeline.trail.stance_culprits import culprits
from pipeline.trail.stance_hypotheses import cause_words
from pipeline.trail.stance_rules import Signal, usable

_FRAMING = frozenset({"frame", "scapegoat", "stitch"})  # "framed", "scapegoated", "stitched up"
_FRAMED_NOUNS = frozenset({"scapegoat", "scapegoats", "patsy", "excuse"})  # "was made a
# scapegoat", "the drain is a convenient excuse"


def _framed(tok: Token) -> Token | None:
    """Who ``tok`` says is framed: the subject of "was framed" or of "was made a scapegoat",
    the object of "they framed him"; else None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _FRAMING:
        if lemma == "stitch" and not any(c.lower_ == "up" for c in tok.children):
            return None
        return next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    fall_guy = tok.lower_ in {"guy", "man"} and any(
        c.lower_ == "fall" for c in tok.children if c.dep_ in {"compound", "amod"})
    if not (tok.lower_ in _FRAMED_NOUNS or fall_guy) or tok.dep_ not in {"attr", "oprd", "dobj"}:
        return None
    return next((c for c in tok.head.children if c.dep_ == "nsubjpass" or (  # "was made a
        c.dep_ == "nsubj" and tok.dep_ != "dobj")), None)  # scapegoat", "he is the fall guy"


# Blaming called right, not a dodge: "blaming the quarry is fair".
_ENDORSED = frozenset("right fair justified correct reasonable accurate legitimate".split())


def _blame_dismissed(tok: Token) -> tuple[Token, Token] | None:
    """(whom, where it is asserted) when the act of blaming is dismissed: "blaming the quarry is
    easier than blaming the weather", "blaming Brexit is lazy", "stop blaming the caterer"."""
    if tok.lemma_.lower() != "blame" or tok.pos_ != "VERB":
        return None
    party = next(iter(prep_objects(tok, {"on"})), None) or next(
        (c for c in tok.children if c.dep_ == "dobj"), None)  # "blaming it on the quarry"
    head = tok.head
    said = tok.dep_ in {"csubj", "nsubj"} and tok.tag_ == "VBG" and any(
        c.dep_ in {"attr", "acomp"} and c.lemma_.lower() not in _ENDORSED for c in head.children)
    stopped = tok.dep_ == "xcomp" and head.lemma_.lower() in {"stop", "quit"}
    return (party, head) if party is not None and (said or stopped) else None


def _blamed(view: ClaimView, party: Token) -> bool:
    """The party is the one the proposition accuses, or its cause."""
    words = {t.lower_ for t in party.subtree} | {t.lemma_.lower() for t in party.subtree}
    accused = any(same_nation(w, a) for w in words for a in view.prop.accused)
    return accused or bool(words & cause_words(view.prop)) or (
        party.i in view.refs and bool(view.prop.accused))


def scapegoat_signals(view: ClaimView) -> list[Signal]:
    """The proposition's accused or cause said to be framed, made a scapegoat, the fall guy, or
    the blame laid on it brushed aside."""
    if view.prop.kind != "event" or not (view.prop.accused or cause_words(view.prop)) or (
            culprits(view.prop.explains)):
        return []
    for tok in view.tokens:
        party, anchor = _framed(tok), tok
        if party is None and (dismissed := _blame_dismissed(tok)) is not None:
            party, anchor = dismissed  # the blame laid on it is brushed aside
        if party is None or not _blamed(view, party):
            continue
        w = view.walk(anchor)
        if not usable(w, could_ok=False) or w.irrealis:
            continue
        shown = view.snippet(tok) if anchor is tok else view.snippet(tok, party)
        return [Signal(-w.sign * view.flip, 3, f"says the blamed is framed: {shown}")]
    return []
