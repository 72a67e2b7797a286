"""Polarity of an attributed statement: does it assert or negate its main predicate?

Grammatical, not sentiment: "talks are being conducted" is positive, "there are no talks",
"will absolutely not sit for talks", "have no intention of ..." are negative, and a negative
cue ("denied", "rejected", "ruled out") or a negated cue ("did not say") flips the content.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

NEGATIVE_CUES = frozenset(
    {"deny", "reject", "rule out", "dismiss", "refute", "dispute", "denial", "rejection",
     "contradict", "disavow", "repudiate", "play down"}
)  # fmt: skip
NEGATIVE_WORDS = frozenset({"no", "never", "nothing", "none", "neither", "nor", "nobody", "no-one"})
_NEGATIVE_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rule out"})
_NOT_PREDICATE = frozenset({"only", "just", "merely", "simply", "least", "even"})
# Dependents of the main predicate that carry its arguments (checked for "no"/"nothing").
_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "expl", "pobj", "prep", "agent",
     "npadvmod", "advmod", "dative", "xcomp"}
)  # fmt: skip
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"})


def _is_negator(tok: Token) -> bool:
    """`tok` negates the word it depends on ("not only X" does not)."""
    word = tok.lower_
    if tok.dep_ == "neg" or word in {"not", "n't", "never"}:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        prev = tok.nbor(-1) if tok.i > 0 else None
        if prev is not None and prev.text == "," and word == "not":
            return False  # "a service, not a political football": contrast, not negation
        return not (nxt is not None and nxt.lower_ in _NOT_PREDICATE)
    return False


def _phrasal(tok: Token) -> str:
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    return f"{tok.lemma_.lower()} {prt}".strip()


def _negates(pred: Token, inside: set[int], depth: int = 0) -> bool:
    """True when the predicate or one of its argument phrases is negated."""
    for child in pred.children:
        if child.i not in inside:
            continue
        negative_word = child.lower_ in NEGATIVE_WORDS - {"nor"} and child.dep_ != "cc"
        if _is_negator(child) or negative_word:
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
        if depth < 2 and child.dep_ in _ARGUMENTS and child.dep_ not in _CLAUSES:
            if child.dep_ == "xcomp" and depth > 0:
                continue
            if _negates(child, inside, depth + 1):
                return True
    return False


def _main_predicate(tokens: list[Token]) -> Token | None:
    """First token whose head lies outside the content (the content's own root)."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    roots = [t for t in roots if not t.is_punct and not t.is_space and t.dep_ not in {"mark", "cc"}]
    verbal = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
    pred = (verbal or roots or [None])[0]
    while pred is not None:  # "A is not B; it's C": the first clause is the statement
        first = [
            c
            for c in pred.children
            if c.i < pred.i
            and c.i in inside
            and c.dep_ in {"ccomp", "parataxis", "csubj"}
            and c.pos_ in {"VERB", "AUX"}
        ]
        if not first:
            break
        pred = first[0]
    return pred


def statement_polarity(
    span_or_tokens: Span | Iterable[Token], cue_lemma: str, *, cue_negated: bool = False
) -> str:
    """ "positive" or "negative" for a statement's content tokens and its reporting cue."""
    tokens = [t for t in span_or_tokens if not t.is_space]
    negative = False
    pred = _main_predicate(tokens) if tokens else None
    if pred is not None:
        inside = {t.i for t in tokens}
        negative = _negates(pred, inside)
        passive = any(c.dep_ == "auxpass" for c in pred.children)
        if not negative and _phrasal(pred) in _NEGATIVE_VERBS and not passive:
            negative = True
        if not negative and pred.lower_ in NEGATIVE_WORDS:
            negative = True
    if cue_lemma.lower() in NEGATIVE_CUES:
        negative = not negative
    if cue_negated:
        negative = not negative
    return "negative" if negative else "positive"
