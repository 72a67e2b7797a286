"""Entity mentions of one article and canonical entities across the corpus.

Per article (`extract_mentions`): spaCy's named entities with offsets into the body, each with a
canonical name — honorifics and titles stripped ("Ayatollah Seyyed Ali Khamenei" -> "Ali
Khamenei"), a surname resolved to the article's full name ("Kanaani" -> "Nasser Kanaani"), an
acronym resolved to the organisation it abbreviates, aliases from `config/aliases.yaml`
("U.S." -> "United States") — and the role or title the text gives ("Iranian Foreign Minister").

Across the corpus the mentions merge into entities in `pipeline.nlp.entity_merge` (no spaCy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.models.nlp import ENTITY_LABELS
from pipeline.nlp.aliases import apply_alias
from pipeline.nlp.speakers import (
    GENERIC_PERSON_NOUNS,
    HONORIFICS,
    ROLE_NOUNS,
    TITLES,
    clean_name,
    np_tokens,
    span_text,
    split_role_before,
)

PERSONISH = {"PERSON", "NORP", "ORG", "GPE"}  # labels the small model confuses for people
_ACRONYM_SKIP = {"of", "the", "for", "and", "on", "in", "de", "&"}


@dataclass(frozen=True)
class Mention:
    """One entity mention in an article body."""

    text: str
    label: str
    start_char: int
    end_char: int
    canonical: str
    role: str | None


# -- one article ---------------------------------------------------------------------------------


def _display_name(ent: Span) -> str:
    """Entity text without a leading article, trailing possessive, honorifics or titles."""
    text = re.sub(r"^the\s+", "", ent.text.strip(), flags=re.I)
    text = re.sub(r"['’]s?$", "", text).strip()
    first = text.split()[0].lower() if text.split() else ""
    person = ent.label_ == "PERSON" or (ent.label_ in PERSONISH and first in HONORIFICS)
    if person and "," not in text:  # "Mr Blair" tagged ORG is a person; "Supreme Court" is not
        text = clean_name(text)[0] or text
    return text


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", name) if w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0].upper() for w in words)


class _ArticleNames:
    """Longest person names and acronym expansions of one article."""

    def __init__(self, ents: list[Span]) -> None:
        self.persons = {_display_name(e) for e in ents if e.label_ == "PERSON"}
        self.orgs = {_display_name(e) for e in ents if e.label_ == "ORG"}
        # Two organisations with the same initials ("National Farmers Union", "National Fishing
        # Union"): the first mentioned one owns the acronym. Built from the set, the winner was
        # whichever string hash randomisation put last (it changed with PYTHONHASHSEED).
        self.acronyms: dict[str, str] = {}
        for e in ents:
            org = _display_name(e) if e.label_ == "ORG" else ""
            if len(org.split()) >= 2:
                self.acronyms.setdefault(_initials(org), org)

    def canonical(self, ent: Span) -> str:
        name = _display_name(ent)
        words = name.split()
        if ent.label_ in PERSONISH and words:
            longer = [p for p in self.persons
                      if len(p.split()) > len(words) and p.split()[-len(words):] == words]
            if longer:
                return max(longer, key=lambda p: (len(p.split()), p))
        if re.fullmatch(r"[A-Z]{2,6}", name.replace(".", "")) and name.replace(".", "") in (
            self.acronyms
        ):
            return self.acronyms[name.replace(".", "")]
        return apply_alias(name, ent.label_)


def _title_words_before(ent: Span) -> list[Token]:
    """ "Iranian Foreign Minister [Abbas Araqchi]": title words directly before a name."""
    doc, i, out = ent.doc, ent.start - 1, []
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        titled = low in TITLES or low in ROLE_NOUNS or low in HONORIFICS
        modifier = tok.pos_ in {"ADJ", "PROPN", "NOUN"} and tok.head.i > tok.i and not tok.is_punct
        if tok.is_space or tok.is_punct or (
            tok.ent_type_ in {"PERSON", "DATE", "TIME"} and not titled
        ):
            break
        if not (titled or (modifier and out)):
            break
        out.insert(0, tok)
        i -= 1
    while out and out[0].lower_ not in TITLES and out[0].lower_ not in ROLE_NOUNS and (
        out[0].pos_ != "ADJ" and out[0].pos_ != "PROPN"
    ):
        out.pop(0)
    return out if any(t.lower_ in TITLES or t.lower_ in ROLE_NOUNS for t in out) else []


def _role_noun_phrase(head: Token) -> str | None:
    """The role phrase of an apposition ("the chief of staff of the President's Office")."""
    if head.lemma_.lower() not in ROLE_NOUNS and head.lower_ not in TITLES:
        return None
    text = span_text([t for t in np_tokens(head) if t.lower_ not in HONORIFICS])
    text = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", text, flags=re.I)
    return text.strip(" ,") or None


def mention_role(ent: Span) -> str | None:
    """The title or role the text gives a person at this mention, if any."""
    role = _role(ent)
    return None if role is None or role.lower() in GENERIC_PERSON_NOUNS else role


def _role(ent: Span) -> str | None:
    if ent.label_ not in PERSONISH:
        return None
    parts = [span_text(before)] if (before := _title_words_before(ent)) else []
    inner = clean_name(re.sub(r"^the\s+", "", ent.text, flags=re.I))[1]
    if inner:
        parts.append(inner)
    if parts:
        return " ".join(parts)
    root = ent.root
    if split := split_role_before(root):  # "[Shadow spokesman for transport] [Chris Grayling]"
        return span_text(split)
    if root.dep_ == "appos":  # "Iran's acting foreign minister, Ali Bagheri Kani"
        return _role_noun_phrase(root.head)
    for child in root.children:  # "Nasser Kanaani, the ministry's spokesman,"
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return _role_noun_phrase(child)
    return None


def _only_titles(ent: Span) -> bool:
    """ "Supreme", "Ayatollah Seyyed": fragments the model tags but that name no one."""
    words = [t.lower_ for t in ent if not t.is_punct]
    return all(w in HONORIFICS or w in TITLES or w in ROLE_NOUNS for w in words)


def extract_mentions(doc: Doc) -> list[Mention]:
    """Named-entity mentions of a parsed body, with canonical names and roles."""
    ents = [e for e in doc.ents
            if e.label_ in ENTITY_LABELS and e.text.strip() and "\n" not in e.text.strip()
            and not _only_titles(e)]
    names = _ArticleNames(ents)
    mentions = []
    for ent in ents:
        canonical = names.canonical(ent)
        if not canonical or not re.search(r"\w", canonical):
            continue
        role = mention_role(ent) if ent.label_ == "PERSON" or canonical in names.persons else None
        mentions.append(Mention(ent.text, ent.label_, ent.start_char, ent.end_char,
                                canonical, role))
    return mentions
