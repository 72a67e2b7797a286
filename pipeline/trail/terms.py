"""Content words of a statement, shared by statement grouping and contradiction evidence.

A statement's *terms* are its lower-cased words without stop words (spaCy's list), numbers or
words under three letters, with a possessive "'s" dropped and a plural "s" folded ("talks" ->
"talk", but not "crisis", "status", "class"). One polars expression defines them, so grouping
100k claims stays vectorised and `content_terms` (one text) can never drift from it.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import polars as pl

WORD = r"[^\W\d_][\w'’-]*"  # starts with a letter; may carry apostrophes and hyphens


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its word-list file without importing spaCy (an
    import of about a second, on runs that have nothing to parse)."""
    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise ImportError("spaCy is not installed")
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    words: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), words)  # a literal list
    return frozenset(words["STOP_WORDS"])


def terms_expr(text: pl.Expr) -> pl.Expr:
    """Sorted distinct content terms of each text (null text -> no terms)."""
    word = pl.element()
    folds = ((word.str.len_chars() > 4) & word.str.ends_with("s")
             & ~word.str.contains("(?:ss|us|is)$"))
    return (
        text.fill_null("").str.to_lowercase().str.extract_all(WORD)
        .list.eval(word.str.replace(r"['’]s$", ""))
        .list.eval(word.filter((word.str.len_chars() >= 3)
                               & ~word.is_in(sorted(stop_words()))))
        .list.eval(pl.when(folds).then(word.str.slice(0, word.str.len_chars() - 1))
                   .otherwise(word))
        .list.unique().list.sort()
    )


def words_expr(text: pl.Expr) -> pl.Expr:
    """A text's normalised word sequence: lower-cased words joined by one space, no punctuation."""
    return text.fill_null("").str.to_lowercase().str.extract_all(r"\w+").list.join(" ")


def content_terms(text: str) -> frozenset[str]:
    """Content words of one statement (see the module docstring)."""
    terms = pl.select(terms_expr(pl.lit(text, dtype=pl.String))).to_series().to_list()[0]
    return frozenset(terms)


def term_overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, list[str]]:
    """Jaccard similarity of two term sets (3 decimals) and the shared terms, sorted."""
    shared = a & b
    union = a | b
    return (round(len(shared) / len(union), 3) if union else 0.0), sorted(shared)

