"""Stance toward a proposition that names a cause ("The Dali's loss of electrical power caused
the bridge collapse", "The wildfire was started by the utility's power lines").

That the effect happened is granted by all; what caused it is the question. A claim takes the
proposition's side when it names the proposition's own cause as the cause of the effect ("the
loss of power was the direct cause of the collapse", "the power failures led directly to the
collapse", "the fire was started by a downed line": a cause sharing one of the proposition's
distinctive words: stance_hypotheses.cause_words), and the other side when it denies that ("the
loss of power did not cause the collapse") or names another cause as the real one or a doer
as the cause ("the real cause was a 1977 bridge with no pier protection", "the fire was set by
someone"). A bare restatement ("the collapse was caused ...") says only that the effect
happened, and is left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys, prep_objects
from pipeline.trail.plight import persons
from pipeline.trail.proposition import Proposition
from pipeline.trail.stance_hypotheses import cause_words, phrase_words
from pipeline.trail.stance_rules import Signal

CAUSING = frozenset({"cause", "start", "spark", "trigger", "ignite", "set"})
_LEADS = frozenset({"lead_to", "result_in"})
_REAL = frozenset({"real", "actual", "true", "root", "main", "direct", "only", "sole"})
# Doers and deeds named as the cause: "the fire was set by someone", "caused by the pilots".
_DOERS = ROLE_NOUNS | frozenset({"someone", "somebody", "arson", "arsonist", "pilot", "crew",
                                 "owner", "operator"})
_UNSAID = frozenset({"it", "this", "that", "what", "which", "who"})


def causal(prop: Proposition) -> bool:
    """The proposition says what caused an event."""
    return prop.kind == "event" and prop.predicate in CAUSING | _LEADS


def caused(view: ClaimView, signals: list[Signal]) -> list[Signal]:
    """The event signals of a causal proposition: its plain restatements dropped (that the
    effect happened), the causes the claim names added."""
    if not causal(view.prop):
        return signals
    kept = [s for s in signals if not s.basis.startswith("restates the event:")]
    return kept + cause_signals(view)


def cause_signals(view: ClaimView) -> list[Signal]:
    """A cause named for the proposition's effect: its own for, another (or its own denied)
    against."""
    own = cause_words(view.prop) - view.prop.target  # not the effect: "collapse"
    for tok in view.tokens:
        link = _link(tok)
        if link is None:
            continue
        cause, effect, real = link
        words = phrase_words(cause)
        if effect is not None and not _is_effect(view, effect) and not words & own:
            continue  # "the cause of the delay": another effect
        w = view.walk(tok)
        if w.hedge or w.irrealis or cause.lower_ in _UNSAID:
            continue
        if words & own:
            side, basis = 1, f"names its cause: {view.snippet(cause, tok)}"
        elif real or (effect is not None and (persons(cause) or cause.lemma_.lower() in _DOERS
                                              or cause.ent_type_ in {"PERSON", "ORG", "NORP"})):
            side, basis = -1, f"names another cause: {view.snippet(cause, tok)}"
        else:
            continue
        neg = " (negated)" if w.sign < 0 else ""
        return [Signal(side * w.sign * view.flip, 3 if side > 0 else 2, basis + neg)]
    return []


def _link(tok: Token) -> tuple[Token, Token | None, bool] | None:
    """(cause, effect, called the real cause) when ``tok`` links a cause to an effect: "X
    caused Y", "Y was started by X", "X led to Y", "X was the cause of Y", "the cause of Y was
    X", "Y was due to X"."""
    kids = {c.dep_: c for c in tok.children}
    if tok.pos_ == "VERB" and (tok.lemma_.lower() in CAUSING or set(phrasal_keys(tok)) & _LEADS):
        if "nsubjpass" in kids:  # "the fire was started by a downed line"
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children
                          if g.dep_ == "pobj"), None)
            return (agent, kids["nsubjpass"], False) if agent is not None else None
        effect = kids.get("dobj") or next(iter(prep_objects(tok, {"to", "in"})), None)
        return (kids["nsubj"], effect, False) if "nsubj" in kids else None
    if tok.lemma_.lower() == "cause" and tok.pos_ == "NOUN" and tok.head.lemma_ == "be":
        real = any(c.lower_ in _REAL for c in tok.children)
        effect = next(iter(prep_objects(tok, {"of"})), None)
        other = {"attr": "nsubj", "nsubj": "attr"}.get(tok.dep_)
        cause = next((c for c in tok.head.children if c.dep_ == other), None) if other else None
        return (cause, effect, real) if cause is not None else None
    if tok.lower_ == "due" and tok.dep_ == "acomp":  # "the collapse was due to the blackout"
        cause = next(iter(prep_objects(tok, {"to"})), None)
        effect = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return (cause, effect, False) if cause is not None else None
    return None


def _is_effect(view: ClaimView, effect: Token) -> bool:
    """The proposition's effect: named by its own words, a reference, or "it"."""
    words = {t.lemma_.lower() for t in effect.subtree if len(t) > 3}
    return effect.lower_ in {"it", "this"} or effect.i in view.refs or any(
        t.endswith(w) for t in view.prop.target for w in words)  # "fire" of "wildfire"
