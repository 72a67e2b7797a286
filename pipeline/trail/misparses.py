"""Where the small English model splits or mis-tags a word, and how the rules read it whole."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only, as in evaluative.py
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


def hyphen_prefix(tok: Token) -> str:
    """ "fast" for the "track" of "fast-track(ed)": the tokenizer splits a hyphenated verb."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not (
            doc[i - 2].whitespace_) and doc[i - 2].is_alpha:
        return doc[i - 2].lower_
    return ""


def verb_as_noun(tok: Token) -> bool:
    """A verb the tagger took for a noun, joined to a verb and with an object of its own:
    "should follow Scotland and [outlaw] smoking", "never sought to [fast-track] the visa"."""
    return tok.pos_ == "NOUN" and tok.dep_ in {"conj", "xcomp"} and tok.head.pos_ == "VERB" and (
        any(c.dep_ == "dobj" for c in tok.children))


def misread_conj(tok: Token) -> bool:
    """A first conjunct the parser hangs on the last as its modifier: the "market" of "rejoin
    the single market or customs union" (a modifier with its own "or")."""
    return tok.dep_ == "nmod" and any(c.dep_ == "cc" for c in tok.children)


_ROUGHLY = frozenset({"around", "about", "over", "some", "nearly", "almost", "roughly"})


def counted_objects(verb: Token) -> list[Token]:
    """The object of "prevent around 80 deaths", which the parser hangs on "around" as a place
    (a noun with a count, under a word of roughly so many)."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _ROUGHLY
            for g in c.children if g.dep_ == "pobj" and any(
                n.dep_ == "nummod" for n in g.children)]


def with_hung_auxiliaries(verb: Token) -> list[Token]:
    """The verb's children, with the auxiliaries the parser hangs on its passive "be"
    ("e-scooters should be legalised", with "should" under "be", not "legalised")."""
    return [*verb.children, *(g for c in verb.children if c.dep_ == "auxpass"
                             for g in c.children if g.dep_ == "aux")]


def hyphen_piece(tok: Token) -> bool:
    """A hyphen, or a word joined to the next by one, that the model split off as a word of
    its own ("e", "-", "scooters" for "e-scooters")."""
    doc = tok.doc
    return (tok.text in {"-", "–"} and not tok.whitespace_) or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_)


def split_off(tok: Token) -> bool:
    """A hyphen piece the model split off ("e" of "e-scooters"), not the head the rest of the
    word hangs on ("vent" of "The vent-and-burn was unnecessary")."""
    return hyphen_piece(tok) and not (tok.i + 1 < len(tok.doc) and tok.nbor().head == tok)


_OPENERS = frozenset({'"', "\u201c", "'", "\u2018", ":", "."})
_CLAUSES = frozenset({"ROOT", "xcomp", "ccomp", "conj", "parataxis"})


def retag_commands(sent: Doc | Span) -> None:
    """ "Legalise it", "Legalise the lot", "Scrap the fee", "it's a tax, bin it": a command
    opening a sentence or a spliced clause that the tagger took for a name (a British
    spelling) or a noun, though it has an object no noun takes, retagged as the bare verb it
    is (in place, once per parse; the rules then read it as any command)."""
    for tok in sent:
        before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
        opens = tok.is_sent_start or before in _OPENERS or (before == "," and tok.dep_ == "dep")
        objects = [c for c in tok.children if c.left_edge.i == tok.i + 1 and (c.dep_ == "dobj" or (
            c.dep_ == "npadvmod" and any(d.dep_ == "det" for d in c.children)))]
        if tok.tag_ in {"NNP", "NN"} and tok.dep_ in _CLAUSES | {"dep"} and opens and objects:
            tok.tag_, tok.pos_, tok.lemma_ = "VB", "VERB", tok.lower_
            objects[0].dep_ = "dobj"  # "the lot" hung on the "name" as a measure
            if tok.dep_ == "dep":  # the spliced clause, left unlabelled: a second main clause
                tok.dep_ = "conj"


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def verb_rooted(nlp: Language, sentence: str) -> Doc:
    """The sentence parsed with a verb at its root: an acronym that opens it can be tagged an
    adjective ("ABC used customer deposits ..." read as a noun phrase), so it is read again
    with its acronyms written as names ("Ftx"), and a multiplying verb as its direction."""
    def has_verb(doc: Doc) -> bool:
        return any(t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"} for t in doc)
    doc = nlp(sentence)
    if has_verb(doc):
        return _gerund_subject(nlp, doc) or doc
    again = nlp(_ACRONYM.sub(lambda m: m.group().title(), sentence))
    if has_verb(again):
        return again
    plain = nlp(_MULTIPLIER.sub(lambda m: f"{m.group(1)} {_MULTIPLIERS[m.group(2).lower()]}",
                                sentence))  # "Leeds should [triple] its fees" as "raise"
    return plain if has_verb(plain) else doc


def _gerund_subject(nlp: Language, doc: Doc) -> Doc | None:
    """ "Raising the minimum wage costs jobs" read with "costs" as a noun and the gerund as the
    root: with no finite verb, a plural noun after the gerund's object is tried as the verb
    ("... wage [really] costs jobs"), the adverb only steering the parser."""
    root = doc[0]
    if root.dep_ != "ROOT" or root.tag_ != "VBG" or any(t.tag_ in _FINITE for t in doc):
        return None
    for tok in doc[2:-1]:
        if tok.tag_ == "NNS" and tok.nbor(1).pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"}:
            again = nlp(f"{doc[:tok.i].text} really {doc[tok.i:].text}")
            if again[tok.i + 1].dep_ == "ROOT" and again[tok.i + 1].tag_ == "VBZ":
                return again
    return None


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
# Multiplying verbs the tagger reads as adjectives after a modal ("should triple kerbside
# fees" parsed as a noun phrase), read again as the plain verb of their direction.
_MULTIPLIERS = {"double": "raise", "triple": "raise", "treble": "raise", "quadruple": "raise",
                "halve": "cut"}
_MULTIPLIER = re.compile(r"\b(should|must|will|would|shall|to)\s+(" + "|".join(_MULTIPLIERS)
                         + r")\b", re.I)
