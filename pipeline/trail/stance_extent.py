"""How far a wrong went: a proposition on its extent ("Phone hacking at the paper went beyond a
single rogue reporter", "Doping in the team was systematic", "The abuse was an isolated
case") is argued in words of one or of many. "One rogue reporter", "a single bad apple", "acted
alone", "the only one involved", "an isolated incident" say one; "widespread", "a whole team",
"a culture of", "everybody knew", "other journalists", "a handful of people" say many. Each is
read with its negation ("it wasn't just one bloke", "no evidence that any other journalist was
involved") and with a verdict on it ("the rogue reporter was a fiction"). Whether the wrong
happened at all is no side of such a proposition: all sides grant it.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import TRUTH
from pipeline.trail.stance_rules import Signal, usable

_LONE = frozenset({"alone", "rogue", "lone", "isolated", "one-off", "single", "solitary"})
_WIDE = frozenset({"widespread", "systemic", "systematic", "endemic", "rife", "culture",
                   "routine", "routinely", "wider", "beyond", "handful", "everybody",
                   "everyone", "industrial", "several", "team", "others", "institutional"})
_PEOPLE = ROLE_NOUNS | frozenset("man woman person reporter journalist individual bloke guy "
                                 "employee officer trader player apple one".split())
# What a word of one or many modifies, climbed to the noun: "the one-rogue-reporter story".
_MODIFIERS = frozenset({"amod", "compound", "nummod", "npadvmod", "punct", "quantmod"})
_JUST = frozenset({"just", "only", "merely", "simply"})  # "not just one bloke"


def _says(tok: Token) -> int:
    """+1 many, -1 one, 0 neither, for one word as used."""
    lemma = tok.lemma_.lower()
    if lemma in _LONE and not (lemma == "single" and tok.head.lemma_.lower() not in _PEOPLE):
        return -1  # "a single rogue reporter", "acted alone" (not "a single word")
    if lemma == "own" and tok.head.lower_ == "on":
        return -1  # "on his own"
    if lemma == "one" and (tok.head.lemma_.lower() in _PEOPLE or tok.dep_ == "attr"):
        return -1  # "one man", "it was one reporter"
    if lemma == "only" and tok.head.lemma_.lower() in _PEOPLE:
        return -1  # "the only one involved"
    if lemma == "other" and tok.head.lemma_.lower() in _PEOPLE | {"anyone"}:
        return 1  # "any other journalist"
    if lemma in _WIDE:
        return 1
    return 0


def _modified(tok: Token) -> Token:
    """The noun a modifier is said of: "story" in "the one-rogue-reporter story"."""
    while tok.dep_ in _MODIFIERS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _not_just(tok: Token, noun: Token) -> bool:
    """ "It wasn't just one bloke": a negated "just one" is more than one (the scope reads "not
    just" as "not only", which leaves the clause asserted)."""
    return any(c.lower_ in _JUST for t in (tok, noun) for c in t.children) and any(
        c.dep_ == "neg" for c in noun.head.children)


def _disowned(noun: Token) -> bool:
    """The noun is the subject of a verdict of falsehood: "the rogue reporter was a fiction"."""
    if noun.dep_ != "nsubj":
        return False
    return any(c.dep_ in {"attr", "acomp"} and TRUTH.get(c.lower_, 0) < 0
               for c in noun.head.children)


def extent_signals(view: ClaimView) -> list[Signal]:
    """One or many, said in the content, toward the proposition's extent."""
    if not view.prop.extent:
        return []
    out = []
    for tok in view.tokens:
        said = _says(tok)
        if not said:
            continue
        noun = _modified(tok)
        w = view.walk(noun)  # from the noun a modifier says it of: "a single bad apple"
        if not usable(w, could_ok=True):
            continue
        sign = said * w.sign * (-1 if _disowned(noun) or _not_just(tok, noun) else 1) * view.flip
        out.append(Signal(sign * view.prop.extent, 2,
                          f"says {'many' if sign > 0 else 'one'}: {view.snippet(tok)}"))
    return out
