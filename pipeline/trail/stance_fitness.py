"""Whether people are fit for the act a policy opens or closes to them: "[16-year-olds are
mature enough to vote]" argues for lowering the voting age, "[they are too easily led to be
trusted with the vote]" against it, as "[prisoners are not fit to vote]" argues against giving
prisoners the vote and "[drivers are capable of using a hands-free phone safely]" against a
ban on it. The act must be the proposition's own ("vote" of "voting age"); its way is what the
proposition does to it: given, allowed or opened to the young by a lower age (+1), banned or
closed by a higher age (-1).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.direction_groups import LEVELS
from pipeline.trail.proposition import Proposition
from pipeline.trail.stance_rules import Signal, usable

# Adjectives of fitness, and of unfitness: "ready", "mature" (+1); "immature", "unfit" (-1).
# "Too X to do it" is unfit and "X enough to do it" fit, whatever X is; "able to vote" is a
# permission, not a fitness.
_FIT = frozenset("ready mature fit capable responsible sensible trustworthy competent "
                 "qualified".split())
_UNFIT = frozenset("immature unready unfit incapable irresponsible incompetent".split())
_SUFFIX = re.compile(r"(?:ing|ed|es|e|s)$")
# DIRECTIONS groups (evaluative.py) that open an act to people, and those that close it.
_OPENS, _CLOSES = frozenset({4, 9}), frozenset({3, 10})
_AGES = frozenset({"age"})  # a level that bars the young: lowered opens, raised closes


def act_way(prop: Proposition) -> int:
    """+1 when the proposition opens its act to people (gives, allows, lowers an age), -1 when
    it closes it (bans, denies, raises an age), 0 else."""
    if prop.kind != "policy" or prop.group is None:
        return 0
    if prop.args & _AGES and prop.group in LEVELS:
        return 1 if prop.group == 0 else -1
    return 1 if prop.group in _OPENS else -1 if prop.group in _CLOSES else 0


def _stem(word: str) -> str:
    return _SUFFIX.sub("", word.lower())


def fitness_signals(view: ClaimView) -> list[Signal]:
    """One signal for people said fit or unfit for the proposition's act (see the module)."""
    way = act_way(view.prop)
    acts = {_stem(w) for w in view.prop.event_verbs | view.prop.nominals | view.prop.args
            if len(w) > 3} - {""}
    if not way or not acts:
        return []
    for adj in view.tokens:
        fit = _fitness(adj)
        if not fit or adj.i not in view.inside:
            continue
        act = next((c for c in adj.children if c.dep_ in {"xcomp", "prep"}), None)
        if act is None or not any(_stem(t.lemma_) in acts for t in act.subtree):
            continue
        w = view.walk(adj)
        if not usable(w, could_ok=True) or w.irrealis:
            continue
        said = "says they are fit for it" if fit * w.sign > 0 else "says they are unfit for it"
        return [Signal(fit * way * w.sign * view.flip, 2,
                       f"{said}: {view.snippet(adj, act)}")]
    return []


def _fitness(adj: Token) -> int:
    """+1 "mature", "old enough"; -1 "immature", "too young", "too easily led"; 0 else."""
    if adj.pos_ not in {"ADJ", "VERB"} or adj.dep_ not in {"acomp", "ROOT", "ccomp", "conj"}:
        return 0
    mods = {c.lower_ for c in adj.children if c.dep_ == "advmod"} | {
        g.lower_ for c in adj.children if c.dep_ == "advmod" for g in c.children}
    if "too" in mods:
        return -1
    if "enough" in mods:
        return 1
    low = adj.lower_
    return 1 if low in _FIT else -1 if low in _UNFIT else 0
