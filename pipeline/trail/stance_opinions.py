"""Opinions named by nouns: "support for the ban", "opposition to the plans", "the case against
the scheme" take the side of their noun; an opinion itself judged takes the judgement's sign too
("green opposition to it was a tragic mistake" backs it, "support for the ban is growing" is a
poll's trend and no one's side). A policy named as the feared thing ("the threat of
privatisation", "the spectre of ID cards") is called bad, whatever is said of the threat."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import CON_NOUNS, MENACES, PRO_NOUNS
from pipeline.trail.pronouns import for_or_against
from pipeline.trail.scope import TRENDS, Walk, case_verdict, negated_here
from pipeline.trail.stance_rules import CASES, Signal, on_condition, usable


def noun_signals(view: ClaimView, tok: Token) -> list[Signal]:
    """ "support for the ban", "opposition to the plans", "the case against the scheme"."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return []
    prep, noun = tok.head, tok.head.head
    lemma, word = noun.lemma_.lower(), prep.lower_
    sign = for_or_against(prep)  # "the case against it", "we are against it", "all for it"
    pro = lemma in PRO_NOUNS | {"campaign", "push", "pressure"} and word in {"for", "behind", "of"}
    if not sign and pro:
        sign = 1
        if lemma in CASES and noun.dep_ == "dobj" and noun.head.dep_ == "xcomp" and (
                noun.head.head.lemma_ in {"have", "need"}):
            return []  # "have yet to make the case for it": a burden (stance_burden.py)
        if lemma in CASES and noun.dep_ in {"nsubj", "nsubjpass"}:
            sign = case_verdict(view, noun)  # "the case for a rise was finely balanced"
    elif not sign and ((lemma in CON_NOUNS and word in {"to", "of", "on", "over", "about"}) or (
            lemma in MENACES and word == "of")):  # "the threat of privatisation"
        sign = -1
    verdict = 0
    if lemma not in CASES | MENACES and noun.dep_ in {"nsubj", "nsubjpass"}:  # (a label, not
        # an opinion: "the threat of ID cards must be resisted" is no verdict on a threat)
        verdict = case_verdict(view, noun)
        sign *= verdict or 1  # "opposition to it was a tragic mistake"
    if not verdict and lemma not in CASES and any(
            c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in noun.children):
        return []  # "landlords' worries about the levy can be answered": another's, reported
    if not sign or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TRENDS and not any(
            c.dep_ == "acomp" for c in noun.head.children)) or _polled(noun):  # but "had
        return []  # grown stronger"; "support for the cards had fallen": a poll, no side
    in_content = noun.i in view.inside
    if not in_content and noun.head.i not in view.frame:
        return []
    own_cue = noun.i == getattr(view.cue_tok, "i", -1)  # "calls from MPs for X": above the
    w = Walk() if own_cue else view.walk(noun, inside_only=in_content)  # cue, another's words
    said = (-1 if negated_here(noun) else 1) if lemma in MENACES else w.sign  # a label: what
    # it is said of does not turn it ("the threat of ID cards must be resisted")
    total = sign * said * view.ref_sign(tok) * (view.flip if in_content else 1)
    if on_condition(w, noun, in_content):  # "if it catches burglars, I'm all for it"
        return [Signal(total, 2, f"{lemma} {word} {view.snippet(tok)} on a condition")]
    if not usable(w, could_ok=True):
        return []
    return [Signal(total, 3, f"{lemma} {word} {view.snippet(tok)}")]


def _polled(noun: Token) -> bool:
    """An opinion measured, not held: "support for it among the young", "support for it was at
    historic lows"."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in noun.children) or (
        noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in {"at", "below", "above", "around", "near"}
            for c in noun.head.children))
