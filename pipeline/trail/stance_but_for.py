"""A cause weighed by what would have happened without it, for a proposition that names one:
"without the blasting, the cliff would not have fallen" argues for "The cliff fall was caused
by blasting", "the cliff would have fallen without the blasting" against; of a cause named by
its scarcity ("caused by too few stewards"), "more stewards would have prevented the crush" for
it, "more stewards would not have prevented it" against.

The effect is granted by all; the question is whether it needed the cause. A counterfactual
that takes the cause away and keeps the effect ("would have happened anyway") denies the cause
was needed; one that takes the cause away and loses the effect affirms it. An "if" condition is
read by stance_counterfactuals.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys, prep_objects
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_causes import causal, is_effect
from pipeline.trail.stance_events import AVERTED
from pipeline.trail.stance_hypotheses import cause_words, phrase_words, scarce_cause
from pipeline.trail.stance_rules import Signal

_WITHOUT = frozenset({"without", "absent"})  # "without the blasting", "but for" (below)


def _counterfactual(verb: Token) -> bool:
    """ "would (not) have fallen", "could have been avoided": a past that did not happen."""
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return "have" in aux and bool({"would", "could", "might", "'d"} & set(aux))


def _taken_away(verb: Token, own: frozenset[str]) -> Token | None:
    """The cause the counterfactual takes away: "without X", "but for X"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in _WITHOUT or (prep.lower_ == "for" and any(
                c.lower_ == "but" for c in prep.children)):
            cause = next(iter(prep_objects(verb, {prep.lower_})), None)
            if cause is not None and phrase_words(cause, own) & own:
                return cause
    return None


def _effect_verb(view: ClaimView, verb: Token) -> bool:
    """The effect's own clause: its verb ("collapsed", "fallen") or its subject ("the cliff",
    "it")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return verb.lemma_.lower() in view.prop.event_verbs or (
        subject is not None and is_effect(view, subject))


def but_for_signals(view: ClaimView) -> list[Signal]:
    """The cause taken away and the effect lost (for) or kept (against); more of a scarce
    cause said to have prevented the effect (for) or not (against)."""
    if not causal(view.prop):
        return []
    own = frozenset(cause_words(view.prop) - view.prop.target)
    scarce = scarce_cause(view.prop)
    for verb in view.tokens:
        if verb.pos_ not in {"VERB", "AUX"} or not _counterfactual(verb):
            continue
        w = view.walk(verb)
        if w.embedded or w.hedge not in {"", "would", "could", "might"}:
            continue
        lost = negated_here(verb)  # "would not have fallen"
        cause = _taken_away(verb, own)
        if cause is not None and _effect_verb(view, verb):
            said = "needed its cause" if lost else "would have come without its cause"
            return [Signal((1 if lost else -1) * view.flip, 3,
                           f"says the effect {said}: {view.snippet(cause, verb)}")]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if scarce and subject is not None and set(phrasal_keys(verb)) & (AVERTED | {"stop"}) and (
                phrase_words(subject, own) & own) and any(is_effect(view, o) for o in objects):
            said = "would not have" if lost else "would have"  # "more stewards would have
            return [Signal((-1 if lost else 1) * view.flip, 3,  # prevented the crush"
                           f"says more of its cause {said} averted it: "
                           f"{view.snippet(subject, verb)}")]
    return []
