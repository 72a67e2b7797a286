"""Neglect said of those a proposition blames for an event ("caused by official negligence"):
"they ignored the warnings", "officials looked away", "the letters were shelved" argue for
it; "nobody ignored the warnings", "every warning was acted on" against it. Read by
stance_causes.caused for a cause that is a human failing, when no cause is named outright."""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.stance_rules import Signal, usable

# Human failings a cause may be: of them, neglect is evidence, chance the rival (not "error",
# "failure": a mishap's own words).
FAILINGS = frozenset("negligence neglect mismanagement incompetence complacency recklessness "
                     "carelessness".split())
# Verbs of leaving a known danger alone: "ignored", "looked away", "sat on", "shelved".
_NEGLECTING = frozenset("ignore disregard overlook shelve neglect look_away sit_on wave_away "
                        "brush_aside bury dismiss".split())
_ACTED_ON = frozenset({"act_on", "heed", "address", "follow_up"})  # the warnings were heeded
_WARNINGS = frozenset("warning warnings letter letters report reports alert alerts concern "
                      "concerns request requests memo memos".split())


def neglect_signals(view: ClaimView) -> list[Signal]:
    """+1 for a danger known and left alone, -1 for one acted on (negation turns each)."""
    for verb in view.tokens:
        keys = set(phrasal_keys(verb))
        side = 1 if keys & _NEGLECTING else -1 if keys & _ACTED_ON else 0
        if not side or verb.pos_ != "VERB":
            continue
        what = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not (what and any(w.lemma_.lower() in _WARNINGS for w in what)) and not (
                keys & {"look_away"}):
            continue  # "ignored the question": not the danger left alone
        w = view.walk(verb)
        if usable(w, could_ok=False):
            return [Signal(side * w.sign * view.flip, 2, f"neglect: {view.snippet(verb)}")]
    return []
