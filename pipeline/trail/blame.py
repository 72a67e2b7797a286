"""Who did it: a proposition that lays a deed at a door ("The Russian state was behind the
poisoning", "Iran was responsible for the attack", "Moscow ordered the killing") is about the
responsibility, not the deed, whose taking place is no side (stance_blame.py reads the claims).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.evaluative import phrasal_keys, prep_objects

if TYPE_CHECKING:  # the code location loads no spaCy (tests/test_imports.py)
    from spacy.tokens import Token

# Verbs that lay a deed at their subject's door: "ordered", "carried out", "planned".
BLAME_VERBS = frozenset("order orchestrate mastermind commission sanction authorise authorize "
                        "approve plan carry_out perpetrate commit direct organise organize "
                        "sponsor".split())
# Adjectives of a doer: "responsible for the attack", "had never been involved".
ANSWERABLE = frozenset({"responsible", "culpable", "accountable", "involved", "complicit"})


def pobj_of(tok: Token, preps: set[str]) -> Token | None:
    """The first object of ``preps`` on ``tok`` ("for" in "responsible for the attack")."""
    return next(iter(prep_objects(tok, preps)), None)


def blamed_deed(root: Token, modal: bool) -> frozenset[str]:
    """The deed's noun lemmas when a proposition lays it at a door, else empty."""
    if modal:
        return frozenset()
    if root.lemma_ == "be":
        said = [pobj_of(root, {"behind"})] + [
            pobj_of(c, {"for", "in"}) for c in root.children
            if c.dep_ == "acomp" and c.lemma_.lower() in ANSWERABLE]
    elif set(phrasal_keys(root)) & BLAME_VERBS:
        said = [c for c in root.children if c.dep_ == "dobj"]
    else:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in said if t is not None and t.pos_ == "NOUN")
