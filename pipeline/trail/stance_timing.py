"""Statements of when, not whether: a forecast ("X predicted [...]") or a step of the process on
a date ("the consultation will close in September") takes no side of its own."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView

_FORECASTS = frozenset({"expect", "predict", "forecast", "estimate", "speculate"})


def forecast(view: ClaimView) -> bool:
    """A prediction, not a position: "X predicted [...]", "said [she expected a deal]"."""
    root = view.root
    return view.cue in _FORECASTS or (
        root is not None and root.lemma_.lower() in _FORECASTS
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in root.children))


# What a timetable says happens: a step of the process, on a date.
_SCHEDULE = frozenset("publish close open start begin end run take lay debate consult announce "
                      "report meet vote decide review come return respond finish".split())


def timetable(view: ClaimView) -> bool:
    """A step of the process on a date: "the consultation will close in September", "the bill
    will be published next week" (its main verb a step, a date in the content)."""
    root = view.root
    return (root is not None and root.lemma_.lower() in _SCHEDULE
            and any(t.ent_type_ in {"DATE", "TIME"} and _when(t, root) for t in view.tokens))


def _when(tok: Token, root: Token) -> bool:
    """A date that says when the step happens ("close [in September]"), not one inside what
    it acts on ("it ended [decades] of cruelty", "end the [11pm] rush")."""
    while tok.head.i != root.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"prep", "npadvmod", "advmod", "tmod", "advcl"}
