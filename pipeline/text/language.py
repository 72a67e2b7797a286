"""A tiny language guess: dominant script, then English function-word share for Latin text."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset((
    "the of and to in a is that for on with as was by it at from he said are be has have this "
    "his not but an its were they which their who will been had or would"
).split())
_SCRIPTS = {"HEBREW": "he", "ARABIC": "ar", "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja",
            "KATAKANA": "ja", "HANGUL": "ko", "GREEK": "el", "DEVANAGARI": "hi", "THAI": "th"}


def script_of(char: str) -> str:
    """First word of the character's Unicode name (LATIN, HEBREW, ARABIC, ...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def dominant_script(text: str) -> str | None:
    """The script of most letters in ``text`` (None when it has no letters)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = script_of(char)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def guess_language(text: str) -> str | None:
    """ISO 639-1 code for English or a non-Latin script's main language; None if unsure."""
    script = dominant_script(text[:5000])
    if script is None:
        return None
    if script != "LATIN":
        return _SCRIPTS.get(script)
    tokens = [w.lower() for w in _WORD.findall(text[:5000])]
    if not tokens:
        return None
    share = sum(w in _ENGLISH for w in tokens) / len(tokens)
    return "en" if share >= 0.15 else None
