"""The accused named as the doer of the alleged act, by the act's agent noun: "Sir Mark was one of
the financiers of the operation", "had been a significant investor in the coup plot", "was
among the backers" support "Mark Thatcher helped to finance the coup"; "he was never a funder
of it" refutes it; "the hackers were North Koreans" names the doer the other way round. "Not
an innocent bystander but one of the financiers": the negation is the bystander's.

The agent nouns come from the proposition's verb, deed and the verbs that restate it
(`proposition_words.doers_of`: "funder", "financier", "hacker", "backer"). What the doer
did it to, when said, must be the event or a word for a plot ("an investor in Tesco" is not).
Of a person's act (proposition.doer), another person named as its doer refutes it ("de Vere was
the true author of the plays"); one rival ruled out ("Oxford was not the author") names none."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.proposition_words import doers_of
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_events import someone_else
from pipeline.trail.stance_rules import Signal, subjects, usable

# What an alleged act is called when it is not named: "the financiers of the operation".
_PLOTS = frozenset("operation plot attempt scheme venture enterprise conspiracy plan "
                   "attack raid".split())


def _doer(view: ClaimView, tok: Token, nouns: frozenset[str]
          ) -> tuple[Token, Token, int] | None:
    """(the verb "be" that names the accused as the doer `tok`, the phrase it names, +1; or -1
    when it names another person as the proposition's doer: "de Vere was the true author"),
    else None."""
    if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
        return None
    objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "in", "behind"}
               for g in c.children if g.dep_ == "pobj"]
    if objects and not any(view.is_target(g) or g.i in view.refs
                           or g.lemma_.lower() in _PLOTS for g in objects):
        return None  # "an investor in Tesco"
    top = tok
    while top.dep_ == "pobj" and top.head.lower_ in {"of", "among"} and (
            top.head.lower_ == "among" or top.head.head.lower_ in {"one", "some", "two"}):
        top = top.head if top.head.lower_ == "among" else top.head.head  # "one of the backers"
    be = top.head if top.dep_ in {"attr", "prep", "nsubj", "conj"} else None
    if top.head.lower_ == "but":  # "was not a bystander but one of ...", parsed as a preposition
        be = next((t for t in reversed(top.doc[:top.head.i]) if t.lemma_ == "be"), None)
    if be is None or be.lemma_ != "be":
        return None
    if top.dep_ == "nsubj":  # "the hackers were North Koreans"
        named = [c for c in be.children if c.dep_ == "attr"] + [
            g for c in be.children if c.lower_ == "from" for g in c.children]  # "from Russia"
        return (be, top, 1) if any(_accused(view, t) for c in named for t in c.subtree) else None
    if any(view.is_arg(s) or s.pos_ == "PRON" for s in subjects(be)):
        return be, top, 1
    return (be, top, -1) if view.prop.doer and someone_else(view, be) else None


def _accused(view: ClaimView, tok: Token) -> bool:
    """A participant, or its people: "North Koreans" of "North Korea", "Russians"."""
    return view.is_arg(tok) or any(len(a) > 3 and tok.lower_.startswith(a) and tok.pos_ in {
        "PROPN", "ADJ"} for a in view.prop.args)


def doer_signals(view: ClaimView) -> list[Signal]:
    """One signal per naming of the accused as the act's doer (event propositions)."""
    if view.prop.kind != "event":
        return []
    nouns = doers_of({view.prop.predicate, *view.prop.event_verbs, *view.prop.deeds})
    out = []
    for tok in view.tokens:
        found = _doer(view, tok, nouns)
        if found is None:
            continue
        be, named, whose = found
        w = view.walk(be)
        if not usable(w, could_ok=False):
            continue
        if whose < 0 and w.sign < 0:
            continue  # "Oxford was not the author": one rival ruled out, no doer named
        sign = w.sign * whose
        if (named.dep_ == "conj" or named.head.lower_ == "but") and negated_here(be):
            sign = -sign  # "not an innocent bystander but one of the financiers"
        said = "names the doer" if whose > 0 else "names another doer"
        out.append(Signal(sign * view.flip, 3, f"{said}: {view.snippet(tok)}"))
    return out
