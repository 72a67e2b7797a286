"""The speaker's own verdict on the event or on reports of it, beside the content: "denied
reports of talks, saying ...", "denied reports in this regard" (a report noun the sentence ties
to the event)."""

from __future__ import annotations

from pipeline.nlp.polarity import NEGATIVE_CUES
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import REPORT_NOUNS, phrasal_keys
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import CONFIRM_CUES, Signal


def event_frame_signals(view: ClaimView) -> list[Signal]:
    """The speaker's own verb denying or confirming the event: "denied reports of talks, ..." """
    out = []
    for i in sorted(view.frame):
        verb = view.sent.doc[i]
        keys = set(phrasal_keys(verb))
        verdict = -1 if keys & NEGATIVE_CUES or keys & {"rule_out"} else (
            1 if keys & CONFIRM_CUES else 0)
        if not verdict or verb.i in view.inside:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i not in view.inside):
            named = view.is_target(obj) or (obj.lemma_.lower() in REPORT_NOUNS and any(
                view.is_target(t) for t in obj.subtree))
            if named:
                sign = verdict * (-1 if negated_here(verb) else 1)
                out.append(Signal(sign, 3, f"frame: {verb.lemma_} {view.snippet(obj)}"))
    return out


def report_signals(view: ClaimView) -> list[Signal]:
    """ "denied reports in this regard": a denied report noun while the sentence names the event."""
    root = view.root
    if root is None or root.lemma_.lower() not in REPORT_NOUNS or view.cue not in (
            NEGATIVE_CUES | CONFIRM_CUES):
        return []
    if not any(view.is_target(t) for t in view.sent if t.i not in view.inside):
        return []
    verb = "denies" if view.flip < 0 else "confirms"
    return [Signal(view.flip, 3, f"{verb} reports of the event: cue '{view.cue}' + object "
                                 f"{view.snippet(root)}")]
