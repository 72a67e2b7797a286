"""Evidence of an event, found, lacking or weighed: "found evidence of fraud", "there was no
evidence of talks" (the noun is transparent, so its "no" denies the event), "the evidence of
fraud was overwhelming / flimsy"."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView

EVIDENCE = frozenset({"evidence", "proof", "sign", "trace", "shred"})
_FIND = frozenset("find uncover unearth discover produce present provide gather have see "
                  "hold reveal".split())  # "found evidence of", "had proof that"
_SHOW = frozenset({"show", "prove", "confirm", "establish", "demonstrate", "point"})


def evidence_side(view: ClaimView, noun: Token, pred: Token, rel: str) -> tuple[int, Token] | None:
    """(+1 the event happened / -1 not, the predicate) for an evidence noun and its verb; None
    when the verb says neither ("looking for evidence of fraud"), or leaves it to the event
    rules ("there was no evidence of fraud": an existential, negated)."""
    lemma = pred.lemma_.lower()
    if (rel == "obj" and lemma in _FIND | _SHOW) or (rel == "subj" and lemma in _SHOW):
        return 1, pred
    weighed = [c for c in pred.children if c.dep_ in {"acomp", "attr"} and c.i != noun.i]
    if rel == "subj" and lemma == "be" and weighed:
        val = sum(view.valence(c) for c in weighed)
        return (1 if val > 0 else -1, pred) if abs(val) >= 1.0 else None
    return None


def vouched_for(view: ClaimView, noun: Token) -> bool:
    """Evidence said to be there or to hold, so what it is evidence of is asserted: "there is
    clear evidence that ...", "we have proof that ...", "the evidence that ... is overwhelming"
    (not "asked for proof that ...", "where is the evidence that ...?"). A negation or a weak
    verdict is the walk's ("no evidence that ..." rules it out)."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return any(c.dep_ == "expl" for c in head.children)
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in _FIND
    return noun.dep_ == "nsubj" and head.lemma_ == "be" and not any(
        c.lower_ == "where" for c in head.children) and any(
        abs(view.valence(c)) >= 1.0 for c in head.children if c.dep_ in {"acomp", "attr"})
