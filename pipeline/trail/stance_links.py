"""Stance toward a proposition that names a cause, through a link said or denied between a
cause and the effect: "there is a clear link between the pesticide and the decline", "the
decline has been linked to the pesticide" (its own cause linked: for), "found no link between
the pesticide and bee deaths", "no evidence of a link" (against); a rival linked to the effect
argues against ("the decline is linked to the new mast"), a rival's link to it denied for ("the
decline is not linked to the mast"). Read by stance_causes.caused after a cause named
outright; weaker than a cause named (weight 2).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_hypotheses import cause_words, phrase_words
from pipeline.trail.stance_rules import Signal, usable

_LINKS = frozenset({"link", "links", "connection", "connections"})


def link_signals(view: ClaimView) -> list[Signal]:
    """The first link between a cause and the effect the claim asserts or denies."""
    own = cause_words(view.prop) - view.prop.target
    for tok in view.tokens:
        linked = _linked(tok)
        bare = tok.pos_ == "NOUN" and tok.lower_ in _LINKS and not any(
            c.dep_ == "prep" or (c.dep_ == "det" and c.lower_ not in {"a", "an", "no", "any"})
            for c in tok.children)  # "found no evidence of a link" (not "that connection")
        if not linked and not bare:
            continue
        words = set().union(*(phrase_words(t, own) for t in linked))
        mine = bare or bool(words & own)
        if not mine and not any(view.is_target(t) or t.lower_ in {"it", "this"}
                                for lk in linked for t in lk.subtree):
            continue  # a rival linked to something else
        w = view.walk(tok.head if tok.dep_ == "acl" else tok)  # "no pattern linking X to Y"
        if not usable(w, could_ok=True) or w.irrealis or (bare and w.sign > 0):
            continue  # (a link said bare is a link to what? denied, it is any link at all)
        sign = w.sign * (1 if mine else -1)
        said = "links its cause to it" if mine else "links another cause to it"
        neg = " (denied)" if w.sign < 0 else ""
        return [Signal(sign * view.flip, 2, f"{said}{neg}: {view.snippet(tok)}")]
    return []


def _linked(tok: Token) -> list[Token]:
    """What a link joins: "a link [between X and Y]", "linking [X] to [Y]", "[X] is linked to
    [Y]"; [] when ``tok`` is no link."""
    if tok.pos_ == "NOUN" and tok.lower_ in _LINKS:
        ends = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                for g in c.children if g.dep_ == "pobj"]
        return ends + [c for e in ends for c in e.conjuncts]
    if tok.pos_ == "VERB" and tok.lemma_ == "link":
        ends = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        ends += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
                 for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            ends.append(tok.head)  # "incidents linked to the product"
        return ends if len(ends) >= 2 else []
    return []
