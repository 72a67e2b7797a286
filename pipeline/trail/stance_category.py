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


def filed_as(view: ClaimView, tok: Token) -> bool:
    """``tok`` is the category said of the thing ("were illegal gambling"): no evaluation."""
    return tok.dep_ in {"attr", "acomp"} and bool(
        {tok.lower_, tok.lemma_.lower()} & category_words(view.prop.text))


def category_signals(view: ClaimView) -> list[Signal]:
    """+1 for the thing said to be of the category, -1 for it said not to be."""
    kind = category_words(view.prop.text)
    if not kind or view.prop.kind != "policy":
        return []
    for tok in view.tokens:
        if not {tok.lower_, tok.lemma_.lower()} & kind:
            continue
        if tok.dep_ in {"attr", "acomp"} and tok.head.lemma_ == "be":
            pred = tok.head
        elif tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in (
                tok.children)) and not any(c.dep_ in {"prep", "dobj"} for c in tok.children):
            pred = tok  # "loot boxes are gambling", read as a progressive (not "gambling with")
        else:
            continue
        thing = next((c for c in pred.children if c.dep_ in {"nsubj", "csubj"}), None)
        if thing is None or not (thing.lower_ in _THE_THING or thing.dep_ == "csubj" or any(
                t.i in view.refs or view.is_arg(t) for t in thing.subtree)):  # "paying for a
            continue  # random prize is gambling": the practice described
        w = view.walk(pred)
        if not usable(w, could_ok=True):
            continue
        said = "files it as" if w.sign > 0 else "denies it is"
        return [Signal(w.sign * view.flip, 4, f"{said} '{tok.text}': {view.snippet(thing, tok)}")]
    return []
