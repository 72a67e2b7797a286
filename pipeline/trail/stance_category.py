"""A policy that files a thing under a category: "Loot boxes should be regulated as gambling",
"Ride-hailing drivers should be treated as employees".

What is argued over is whether the thing is of that kind: "loot boxes are gambling", "paid loot
boxes were illegal gambling", "it's a gamble" argue for the policy; "it's not gambling", "they
are not employees" against. The thing is the claim's reference to the policy's subject, a
pronoun, or a participant; the category is read off the proposition's "as ..." phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal, usable

_FILED = re.compile(r"\b(?:regulated|treated|classed|classified|designated|recognised|recognized|"
                    r"defined|taxed|licensed|listed|counted)\s+as\s+(?:an?\s+)?([\w\s-]+?)\s*\.?$",
                    re.I)
_THE_THING = frozenset({"it", "they", "this", "these", "that", "them"})


@lru_cache(maxsize=64)
def category_words(text: str) -> frozenset[str]:
    """The category's words and their verb stems ("gambling": "gamble")."""
    match = _FILED.search(text.strip())
    if not match:
        return frozenset()
    words = {w.lower() for w in re.findall(r"[\w-]+", match.group(1)) if len(w) > 3}
    return frozenset(words | {w[:-3] + "e" for w in words if w.endswith("ing")}
                     | {w[:-1] for w in words if w.endswith("s")})


# Verbs that file their object under a kind: "call it a planet", "classed them as gambling".
_NAMING = frozenset({"call", "class", "classify", "consider", "regard", "deem", "label", "name",
                     "count", "list", "designate", "recognise", "recognize", "treat", "define"})


def _filing(view: ClaimView, tok: Token) -> tuple[Token, Token | None] | None:
    """(predicate, thing) when ``tok`` is the category said of something: "they are gambling",
    "it's a gamble", "call Pluto a planet", "classed loot boxes as gambling"; the thing when it
    is the claim's reference to the policy's subject, a pronoun, or a participant."""
    if not {tok.lower_, tok.lemma_.lower()} & category_words(view.prop.text):
        return None
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ in {"attr", "acomp"} and head.lemma_ == "be":
        pred, roles = head, {"nsubj", "csubj"}
    elif tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in (
            tok.children)) and not any(c.dep_ in {"prep", "dobj"} for c in tok.children):
        pred, roles = tok, {"nsubj", "csubj"}  # "loot boxes are gambling", read as a
        # progressive (not "gambling with")
    elif (tok.dep_ == "oprd" or tok.head.lower_ == "as") and head.lemma_.lower() in _NAMING:
        pred, roles = head, {"dobj", "dative", "nsubjpass"}  # "call it a planet"
    else:
        return None
    thing = next((c for c in pred.children if c.dep_ in roles), None)
    if thing is None or not (thing.lower_ in _THE_THING or thing.dep_ == "csubj" or any(
            t.i in view.refs or view.is_arg(t) for t in thing.subtree)):  # "paying for a
        return pred, None  # random prize is gambling": the practice described
    return pred, thing


def filed_as(view: ClaimView, tok: Token) -> bool:
    """``tok`` is the category said of something ("were illegal gambling", "Ceres was called
    a planet"): no evaluation nor act on the policy."""
    return view.prop.kind == "policy" and _filing(view, tok) is not None


def category_signals(view: ClaimView) -> list[Signal]:
    """+1 for the thing said to be of the category, -1 for it said not to be; none for a kind
    of it a compound names ("a dwarf planet", "a toy gun": another kind, perhaps)."""
    if not category_words(view.prop.text) or view.prop.kind != "policy":
        return []
    words = set(re.findall(r"[\w-]+", view.prop.text.lower()))
    for tok in view.tokens:
        pred, thing = _filing(view, tok) or (None, None)
        if pred is None or thing is None or any(c.dep_ == "compound" and c.lower_ not in words
                                                for c in tok.children):
            continue
        w = view.walk(pred)
        if not usable(w, could_ok=True):
            continue
        said = "files it as" if w.sign > 0 else "denies it is"
        return [Signal(w.sign * view.flip, 4, f"{said} '{tok.text}': {view.snippet(thing, tok)}")]
    return []
