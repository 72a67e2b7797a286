"""A side taken on the policy's removal: "[we oppose the repeal of the ban]", "[they welcomed
scrapping the scheme]", "[the plan to scrap the law will cost lives]".

The side-taking verb or the judgement acts on the removal, not on the policy, so its side is
turned round: opposing a repeal defends what it would repeal. The removal is a noun of undoing
with the policy after "of" ("the repeal of", "the scrapping of"), or a gerund or infinitive of
a removing verb with the policy as its object ("scrapping the ban", "a plan to scrap the law").
A proposition that itself removes ("fees should be abolished") is carried out by a removal, so
its removals are left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import REMOVE, phrasal_keys
from pipeline.trail.stance_category import filed_as
from pipeline.trail.stance_doing import PLANS
from pipeline.trail.stance_eval import eval_signals
from pipeline.trail.stance_rules import Signal, act_signals

# Nouns of undoing a policy: "the repeal of the ban", "the lifting of the moratorium".
REMOVALS = frozenset("repeal abolition scrapping removal withdrawal axing dismantling reversal "
                     "rollback revocation cancellation overturning lifting ditching "
                     "weakening".split())


def _removal(view: ClaimView, tok: Token) -> Token | None:
    """The removal the policy word is the object of, when it is not the policy's own name."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
            tok.head.head.lemma_.lower() in REMOVALS):
        removal = tok.head.head  # "the repeal of [the ban]"
    elif tok.dep_ == "dobj" and set(phrasal_keys(tok.head)) & REMOVE and (
            tok.head.tag_ == "VBG" or tok.head.dep_ in {"acl", "xcomp"}):
        removal = tok.head  # "[scrapping] the ban", "a plan [to scrap] the law"
        if removal.dep_ == "acl" and removal.head.lemma_.lower() in PLANS:
            removal = removal.head  # the plan stands for the scrapping it is a plan of
        elif removal.dep_ not in {"dobj", "pobj", "nsubj", "csubj", "pcomp"}:
            return None  # "they want to scrap it", "should be scrapping it": restated elsewhere
    else:
        return None
    return None if removal.i in view.refs else removal


def acted_signals(view: ClaimView, tok: Token) -> list[Signal]:
    """What is done to the policy named by ``tok`` (stance_rules.act_signals) or, when it is
    the object of its removal, the side taken on the removal, turned round."""
    if filed_as(view, tok):  # "called it a planet": the kind said of it (stance_category)
        return []
    removal = _removal(view, tok) if view.prop.target_sign > 0 else None
    if removal is None:
        return act_signals(view, tok)
    ours = view.ref_sign(tok) * view.ref_sign(removal)  # cancels the removal's own sign
    found = act_signals(view, removal) + eval_signals(view, removal)
    return [Signal(-s.sign * ours, s.weight, f"{s.basis} (its removal)"[:100]) for s in found]
