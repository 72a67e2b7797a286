"""Unicode, quote and whitespace normalisation applied to every document before parsing."""

from __future__ import annotations

import re
import unicodedata

import ftfy

_QUOTES = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    }
)
# A paragraph with no opening guillemet keeps its closing one: a separator or an arrow ("#2 ann
# \u00bb 11 Feb 19:42", "Home \u00bb News", "Next post \u00bb"); elsewhere guillemets are quotes.
_PARAGRAPHS = re.compile(r"(\n[ \t]*\n)")
_GUILLEMETS = str.maketrans({"\u00ab": '"', "\u00bb": '"'})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str) -> str:
    """Fix mojibake, NFC-normalise, straighten quotes and tidy spaces, keeping line breaks."""
    text = ftfy.fix_text(text, normalization="NFC")
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(p if "\u00bb" in p and "\u00ab" not in p else p.translate(_GUILLEMETS)
                   for p in _PARAGRAPHS.split(text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
