"""Stance toward an effect proposition: "Spreading chalk on the fields reduces crop disease",
"Speed cameras cut road deaths", "Night buses raise late-night trade".

The thing credited with a good effect (a bad thing cut, a good one raised) is judged as
working or not: "chalking is effective", "a safe and effective measure", "it works",
"makes no difference", "is useless"; or its benefit is sized: "there is a benefit", "the
benefit was close to zero", "any benefit is too small to be worth it". Of a harmful effect
("Smartphones raise anxiety in teenagers") that the thing "works" says nothing.
The thing is named by its own words or a watchlist term, none of them the effect's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_harmless import size_said
from pipeline.trail.stance_rules import Signal, usable
from pipeline.trail.valence import base_lexicon

# Whether a thing does what it is for: "effective", "successful"; "useless", "pointless".
EFFICACY = {**dict.fromkeys("effective successful efficacious worthwhile beneficial".split(), 1),
            **dict.fromkeys("ineffective useless pointless futile worthless counterproductive "
                            "counter-productive ineffectual".split(), -1)}
_BENEFITS = frozenset({"benefit", "benefits", "effect", "difference"})
# A benefit sized as nothing: "close to zero", "negligible", "a myth", "a rounding error".
_NOTHING = frozenset("zero nil negligible minimal marginal trivial myth nothing".split())
# Ills a measure is meant to cut that VADER gives no value: "crop disease", "congestion".
_ILLS = frozenset("disease illness infection pollution congestion emission injury injuries "
                  "obesity poverty pest blight rot cavity cavities".split())
_CUT, _RAISED = 0, 1  # DIRECTIONS groups (evaluative.DIRECTIONS)


def good_effect(view: ClaimView) -> bool:
    """The proposition says a thing cuts something bad or raises something good."""
    prop = view.prop
    if prop.kind != "event" or prop.group not in {_CUT, _RAISED}:
        return False
    lexicon = base_lexicon(view.lexicon)
    values = [-1.0 if w in _ILLS else lexicon.get(w, 0.0)
              for w in _effect_words(prop.text, prop.predicate)]
    return any(v < -0.5 for v in values) if prop.group == _CUT else any(v > 0.5 for v in values)


@lru_cache(maxsize=64)
def _effect_words(proposition: str, predicate: str) -> frozenset[str]:
    """The words after the proposition's verb: what the thing acts on ("road deaths")."""
    words = re.findall(r"[\w-]+", proposition.lower())
    at = next((i for i, w in enumerate(words) if w.startswith(predicate[:4])), len(words))
    return frozenset(words[at + 1:]) | frozenset(w.removesuffix("s") for w in words[at + 1:])


def efficacy_signals(view: ClaimView) -> list[Signal]:
    """The credited thing said to work or not, or its benefit sized."""
    if not good_effect(view):
        return []
    out = []
    for tok in view.tokens:
        if _agent(view, tok) and tok.dep_ in {"nsubj", "nsubjpass"}:
            out += _judged(view, tok, tok.head)
        elif tok.lemma_.lower() in _BENEFITS and tok.pos_ == "NOUN" and _bare_or_its(view, tok):
            out += _sized(view, tok)
    return out


def _agent(view: ClaimView, tok: Token) -> bool:
    """A name of the credited thing: its own word or a watchlist term, none of the effect's."""
    return tok.pos_ in {"NOUN", "PROPN"} and (view.matches_about(tok) or view.is_arg(tok)) and (
        not {tok.lemma_.lower(), tok.lower_} & (view.prop.target | _effect_words(
            view.prop.text, view.prop.predicate)))


def _judged(view: ClaimView, subject: Token, verb: Token) -> list[Signal]:
    """ "X is effective", "X is a safe and effective measure", "X works", "X makes no
    difference"."""
    side, word = 0, None
    if verb.lemma_ == "work" and not any(c.dep_ == "dobj" for c in verb.children):
        side, word = 1, verb
    elif verb.lemma_ == "make" and (made := next((c for c in verb.children if c.dep_ == "dobj"
                                                  and c.lemma_ == "difference"), None)):
        side, word = (-1 if negated_here(made) else 1), made
    elif verb.lemma_ in {"be", "prove", "remain", "seem"}:
        for comp in (c for c in verb.children if c.dep_ in {"acomp", "attr", "oprd"}):
            word = next((t for t in comp.subtree if t.lower_ in EFFICACY), None)
            if word is not None:
                side = EFFICACY[word.lower_] * (-1 if negated_here(comp) else 1)
                break
    if not side:
        return []
    w = view.walk(verb)
    if not usable(w, could_ok=True) or w.irrealis:
        return []
    sign = side * w.sign
    return [Signal(sign * view.flip, 2, f"says it {'works' if sign > 0 else 'does not work'}: "
                                        f"{view.snippet(subject, word)}")]


def _bare_or_its(view: ClaimView, noun: Token) -> bool:
    """ "the benefit", "the benefits of chalking": not another thing's ("of fungicide")."""
    owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return all(_agent(view, o) or o.lower_ in {"it", "this"} for o in owners)


def _sized(view: ClaimView, noun: Token) -> list[Signal]:
    """ "there is (probably) a benefit" (+1); "there is no benefit", "the benefit was close to
    zero", "too small to be worth it" (-1)."""
    head = noun.head
    said = [t for c in head.children if c.dep_ in {"acomp", "attr"} and c.i != noun.i
            for t in c.subtree] if noun.dep_ == "nsubj" and head.lemma_ == "be" else []
    if any(t.lower_ in _NOTHING for t in said) or size_said(noun) > 0:
        side = -1
    elif noun.dep_ == "attr" and head.lemma_ == "be" and any(
            c.dep_ == "expl" for c in head.children):
        side = -1 if negated_here(noun) else 1  # "there is probably a benefit"
    else:
        return []
    w = view.walk(head if noun.dep_ == "attr" else noun)
    if not usable(w, could_ok=True) or w.irrealis:
        return []
    sign = side * w.sign
    return [Signal(sign * view.flip, 2, f"{'a' if sign > 0 else 'no'} benefit: "
                                        f"{view.snippet(noun)}")]
