"""A speaker's feeling about what happened to the policy, or a verdict on it with "it ... that":
"[we are disappointed that the ban has been delayed]" supports the ban, "[they were relieved
the ban had been postponed]" refutes it, "[it is a scandal that the ban was watered down]"
supports it, "[we are pleased with the plans]" supports them; so does a thing long waited for
("we have waited two decades for this") or one that "cannot come soon enough". A bare
feeling ("[it was deeply disappointed]") or "[ministers have seen sense]" in an article that
reports a decision takes that decision's way.

The feeling's sign (evaluative.EMOTIONS, or the valence of "a scandal", "good") times what the
clause does to the policy (a removal -1, a realisation or "go ahead" +1, negation turning it).
Kept apart from stance_rules.py (at its size limit).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import EMOTIONS, phrasal_keys, prep_objects
from pipeline.trail.proposition import OCCURRENCES
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_restate import does_to_people
from pipeline.trail.stance_rules import Signal, act_sign, usable

_ABOUT = frozenset({"by", "at", "with", "about", "over"})
_SPANS = frozenset("years decades months generations ages long".split())


def _feeling(view: ClaimView, tok: Token) -> tuple[int, list[Token]]:
    """(sign, what it is about: a clause head or the policy) for a feeling or an extraposed
    verdict ("it is a scandal that ..."); (0, []) if `tok` is neither."""
    feel = EMOTIONS.get(tok.lower_) or EMOTIONS.get(tok.lemma_.lower(), 0)
    if tok.lemma_ == "come" and negated_here(tok) and any(  # "the regulator cannot come
            c.lower_ == "enough" and any(d.lower_ == "soon" for d in c.children)  # soon enough":
            for c in tok.children):  # wanted at once (the walk turns its "not" back)
        return -1, [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.lemma_ == "wait" and any(t.lower_ in _SPANS for c in tok.children if c.dep_ in {
            "npadvmod", "dobj", "advmod"} for t in c.subtree):  # "we have waited two decades
        return 1, [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"  # for
                   for g in c.children if g.dep_ == "pobj"]  # this": long wanted
    if feel:
        about = [c for c in tok.children if c.dep_ == "ccomp"]
        about += [g for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in _ABOUT
                  for g in c.children if g.dep_ == "pobj"]
        return feel, about
    copula = tok.head
    if tok.dep_ not in {"attr", "acomp"} or copula.lemma_ != "be" or not any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return 0, []
    clauses = [d for d in (*tok.children, *copula.children)
               if d.dep_ in {"relcl", "acl", "ccomp"}
               and any(m.lower_ == "that" and m.dep_ == "mark" for m in d.children)]
    val = view.valence(tok)
    return ((1 if val > 0 else -1), clauses) if clauses and abs(val) >= 1.0 else (0, [])


_CALLS = frozenset("call demand clamour clamor push pressure campaign plea".split())  # for X
_FAILS = frozenset({"fall", "fail", "collapse", "founder", "flop"})


def done_to_it(view: ClaimView, head: Token) -> int:
    """What a clause (or a bare mention) does to the policy: +1 it happens or is the thing
    itself, -1 it is removed or delayed, times the clause's negation; 0 if it is not about it."""
    if head.i in view.refs:
        return view.ref_sign(head)
    if head.lemma_.lower() in _CALLS:  # "concerned by the clamour for a ban": what is called for
        return next((view.ref_sign(g) for c in head.children if c.dep_ == "prep"
                     and c.lower_ == "for" for g in c.children if g.i in view.refs), 0)
    if head.pos_ not in {"VERB", "AUX"}:
        return 0
    args = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and c.i in view.refs] + [o for c in head.children if c.dep_ == "acomp"
                                     for o in prep_objects(c, {"of"}) if o.i in view.refs]  # "get
    # rid of it"
    if not args:  # "if smoking was banned": the act itself on its participant; "if this
        # goes through": a policy's pronoun that happens
        named = any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and view.is_arg(c)
                    for c in head.children)
        restated = view.prop.restates(phrasal_keys(head)) if named else 0
        restated = restated or does_to_people(view, head, phrasal_keys(head))  # "if it
        # released the men": undoing what powers to detain allow
        if not restated and set(phrasal_keys(head)) & OCCURRENCES and any(
                c.dep_ == "nsubj" and c.lower_ in {"it", "this"} for c in head.children):
            restated = 1
        return restated * (-1 if negated_here(head) else 1)
    sign = act_sign(view, head)[0]
    if not sign and set(phrasal_keys(head)) & OCCURRENCES:
        sign = 1  # "the ban will go ahead"
    if not sign and head.lemma_.lower() in _FAILS and args[0].dep_ == "nsubj":
        sign = -1  # "if the bill fell": it does not happen
    if not sign:
        return 0
    return sign * view.ref_sign(args[0]) * (-1 if negated_here(head) else 1)


_FEELERS = frozenset({"i", "we", "it", "they", "he", "she"})


def _at_decision(view: ClaimView, tok: Token, about: list[Token]) -> int:
    """A bare feeling of the speaker's ("[it was deeply disappointed]", "[we are delighted]")
    in an article that reports a decision on the policy (`ClaimView.decided`): it is about
    that decision, whose way it takes (not a feeling about anything named, nor another's)."""
    if about or not view.decided or any(c.dep_ in {"xcomp", "advcl", "ccomp"}
                                        for c in tok.children):
        return 0  # "pleased to see", "angry because ..."
    if tok.lemma_ == "see":  # "ministers have seen sense": the decision was right
        return view.decided if any(c.dep_ == "dobj" and c.lower_ == "sense"
                                   for c in tok.children) else 0
    holder = next((c for c in (tok.head if tok.dep_ == "acomp" else tok).children
                   if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return view.decided if holder is not None and holder.lower_ in _FEELERS else 0


def feeling_signals(view: ClaimView) -> list[Signal]:
    """The speaker's feeling about the policy's fate (module docstring)."""
    for tok in view.tokens:
        feel, about = _feeling(view, tok)
        if tok.lemma_ == "see" and not feel:
            feel, about = 1, []  # "seen sense" (_at_decision)
        if not feel:
            continue
        done = next((d for d in (done_to_it(view, a) for a in about) if d), 0) or (
            _at_decision(view, tok, about))
        w = view.walk(tok)
        if not done or not usable(w, could_ok=False):
            continue
        sign = feel * done * w.sign * view.flip
        return [Signal(sign, 3, f"feels {view.snippet(tok)} about it")]
    return []
