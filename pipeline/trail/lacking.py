"""What a proposition says its act lacked or was done by: "obtained the data without their
consent", "detained without trial", "won votes through bribery". The act done with what it
lacked ("collected with users' permission", "held after a fair trial" aside) or done fairly
("won the vote fairly", "on merit") is not the act proposed, so such a claim argues against it;
the act said with neither (a bare "won the vote") is granted by both sides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.evaluative import WRONGDOINGS
from pipeline.trail.proposition_words import akin

if TYPE_CHECKING:  # spaCy's types only: proposition.py imports this module at start-up
    from spacy.tokens import Token

    from pipeline.trail.proposition import Proposition

# "Consent" is lacked by other words too: "permission", "knowledge", "approval".
_ASSENT = frozenset({"consent", "permission", "agreement", "knowledge", "approval", "authority"})


def done_with_what_lacked(prop: Proposition, verb: Token) -> bool:
    """The act (`verb`) done "with" what the proposition says it was done without."""
    lacked = prop.lacking | (_ASSENT if prop.lacking & _ASSENT else frozenset())
    return bool(lacked) and any(g.lemma_.lower() in lacked for c in verb.children
                                if c.dep_ == "prep" and c.lower_ == "with"
                                for g in c.children if g.dep_ == "pobj")


def means_of(root: Token) -> frozenset[str]:
    """The means an alleged act used: "bribery" of "won votes through bribery" ("via",
    "by means of" too)."""
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in {"through", "via"}]
    means = [m for c in root.children if c.dep_ == "prep" and c.lower_ == "by"
             for m in c.children if m.lower_ == "means"]
    preps += [p for m in means for p in m.children if p.dep_ == "prep"]
    return frozenset(g.lemma_.lower() for p in preps for g in p.children if g.dep_ == "pobj")


def means_misdeeds(means: frozenset[str]) -> frozenset[str]:
    """The verbs of a misdeed a means names: "bribe" of "through bribery"."""
    return frozenset(v for verb, family in WRONGDOINGS.items() if akin({verb}, means)
                     for v in family)


# How an act is said to have been done by fair means: "fairly", "on merit", "on the strength".
_FAIRLY = frozenset("fairly legitimately honestly cleanly squarely properly legally openly "
                    "transparently lawfully".split())
_MERITS = frozenset({"merit", "merits", "strength", "quality"})


def means_said(prop: Proposition, verb: Token, said: list[Token]) -> int:
    """For a proposition with a means: +1 when the content (``said``) names it ("paid bribes
    to win"), -1 when the act (``verb``) is said done fairly, 0 when neither: then the act
    alone says nothing of the means."""
    if not prop.means:
        return 1
    if any(akin({t.lemma_.lower()}, prop.means) for t in said):  # "bribes" of "bribery"
        return 1
    fair = any(c.lower_ in _FAIRLY or (c.dep_ == "prep" and c.lower_ == "on" and any(
        g.lemma_.lower() in _MERITS for g in c.children)) for c in verb.subtree)
    return -1 if fair else 0
