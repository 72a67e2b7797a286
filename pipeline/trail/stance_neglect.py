"""Neglect said of those a proposition blames for an event ("caused by official negligence"):
"they ignored the warnings", "officials looked away", "the letters were shelved" argue for
it; "nobody ignored the warnings", "every warning was acted on" against it; so does calling the
event foreseeable, and "no one could have foreseen it" argues against. Read by
stance_causes.caused for a cause that is a human failing, when no cause is named outright."""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.scope import negated_here
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


_FORESEE = frozenset({"foresee", "predict", "anticipate", "expect"})
_FORESEEABLE = {"predictable": 1, "foreseeable": 1, "avoidable": 1, "preventable": 1,
                "unpredictable": -1, "unforeseeable": -1, "unavoidable": -1}


def foreseen_signals(view: ClaimView) -> list[Signal]:
    """Of a human failing, chance is the rival: "no one could have foreseen the surge" against,
    "the crush was entirely predictable" (or "preventable") for."""
    for tok in view.tokens:
        said = _FORESEEABLE.get(tok.lower_, 0) if tok.dep_ in {"acomp", "attr", "amod"} else 0
        if tok.lemma_.lower() in _FORESEE and tok.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ in {"could", "can", "ca"} for c in tok.children):
            said = -1 if negated_here(tok) else 1  # "no one could", "anyone could have"
        if not said:
            continue
        w = view.walk(tok)
        if w.hedge or w.irrealis or w.embedded:
            continue
        sign = said * (1 if tok.pos_ == "VERB" else w.sign) * view.flip
        return [Signal(sign, 2, f"{'foreseeable' if sign > 0 else 'not foreseeable'}: "
                                f"{view.snippet(tok)}")]
    return []
