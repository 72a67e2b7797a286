"""A counterfactual denies its condition: "[If breed bans worked, we would have had the proof
thirty years ago]" says they do not work, "[If there were talks, I would know about them]" that
there are none, and "[If it was a leak, why has nobody found the tank?]" asks only to deny it.

The condition is in the past or subjunctive ("were", "was", "had been"), before a main clause
with "would" or a "why" question; its subject is not the speaker or the one spoken to:
"if I were a betting man", "if you asked me", "if we stayed on summer time" put a case, not a
fact denied. The condition, judged as said, gives the side, turned round. Not a policy that
happens in it ("if they scrapped it, nobody would have to choose"): that is a consequence
argued (stance_conditionals.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.consistency import GUESSES
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_emotions import done_to_it
from pipeline.trail.stance_rules import Signal

_WOULD = frozenset({"would", "'d", "wo"})  # "wo" of "wouldn't"
_PERSONS = frozenset({"i", "we", "you", "me", "us"})
_ASKED = frozenset({"why", "where", "who"})  # "why did ...?", "where are ...?", "who sold ...?"
_STEP_MODALS = frozenset({"can", "could", "ca", "should", "must", "might", "may"})  # "why can't
# we?": an analogy's step, not a fact asked for


def _denies(cond: Token) -> bool:
    """A main clause after a condition in the past ("if bans worked", "if it was a leak") that
    denies it: "we would have had the proof", "why has nobody found it?" (not "why can't it
    work here?", which grants it; nor "if it works there, why not here?", an open condition);
    or after any condition, a question for the fact that undoes it: "if Edison works, why does
    the lab need other analysers?", "if it's so clean, where are the buyers?", "if it was
    invented, who invented the customers?" (not an analogy's step: "why can't we?", "why is it
    fine to hit a child?", "why would you ...?", nor "why is it only guidance?")."""
    main = cond.head
    past = cond.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                     for c in cond.children)  # "were", "had been financed"
    would = any(c.dep_ == "aux" and c.lower_ in _WOULD for c in main.children)
    asked = {c.lower_ for c in main.children if c.dep_ in {"advmod", "nsubj"}} & _ASKED
    if cond.i > main.i or (negated_here(main) and not any(  # "why has it never sunk?" asks
            c.dep_ == "neg" and c.lower_ == "never" for c in main.children)):  # for a fact
        return past and cond.i < main.i and would
    if past and (would or "why" in asked):
        return True
    return bool(asked) and main.pos_ in {"VERB", "AUX"} and not any((  # not "why not here?"
        c.dep_ == "aux" and c.lower_ in _STEP_MODALS | _WOULD) or (
        c.dep_ in {"acomp", "attr"}) for c in main.children) and (  # "why is it only guidance?"
        "who" not in asked or main.tag_ == "VBD")  # asks what the thing is, not for a fact


def supposed(view: ClaimView) -> Token | None:
    """The content's counterfactual condition: the verb of its "if" clause."""
    for cond in view.tokens:
        if cond.dep_ != "advcl" or cond.head.i not in view.inside or not _denies(cond):
            continue
        marks = [c for c in cond.children if c.dep_ == "mark"]
        subjects = [c for c in cond.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if [m.lower_ for m in marks] == ["if"] and subjects and (
                subjects[0].lower_ not in _PERSONS):
            return cond
    return None


def counterfactual_signals(view: ClaimView) -> list[Signal]:
    """The condition of a counterfactual, judged as said and turned round."""
    from pipeline.trail.stance import collect_signals, decide

    cond = supposed(view)
    if cond is None or (view.prop.kind != "event" and done_to_it(view, cond)):
        return []
    mark = next(c for c in cond.children if c.dep_ == "mark")
    lo = min(t.idx for t in cond.subtree if t.i > mark.i) - view.base
    hi = max(t.idx + len(t.text) for t in cond.subtree) - view.base
    inner = ClaimView(view.prop, view.sent, lo, hi, view.cue, "", view.lexicon, view.speaker,
                      view.decided)
    inner.supposed = cond.i  # its "if" no hedge
    found = decide(collect_signals(inner))
    if found.stance == "neutral" or found.basis.startswith(GUESSES):
        return []
    side = 1 if found.stance == "supports" else -1
    return [Signal(-side, 3, f"counterfactual: {found.basis}"[:100])]
