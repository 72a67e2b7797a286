"""What one article offers for resolving speakers: its name forms and its candidate mentions."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.person_words import RANKS
from pipeline.nlp.speakers.names import (
    HONORIFICS,
    NAME_SUFFIXES,
    PRONOUN_KINDS,
    RELATIONAL,
    ROLE_END_WORDS,
    ROLE_NOUNS,
    SUBJECT_DEPS,
    TITLES,
    clean_name,
)

_BACK_SENTENCES = 8  # how far back a pronoun or role noun looks for its antecedent


class ArticleNames:
    """Names in one article: which entities are people, and each person's longest name form."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entity_at: dict[int, Span] = {t.i: e for e in doc.ents for t in e}
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self.full_names = [n for n in (clean_name(e.text)[0] for e in persons) if n]
        self.last_names = {n.split()[-1] for n in self.full_names}
        self.org_names = {
            re.sub(r"^the\s+", "", e.text, flags=re.I) for e in doc.ents if e.label_ == "ORG"
        }

    def canonical(self, name: str) -> str:
        """Longest form of a person's name in the article ending with `name`'s words."""
        words = name.split()
        best = name
        for full in self.full_names:
            fw = full.split()
            if len(fw) > len(best.split()) and fw[-len(words) :] == words:
                best = full
        if best == name and len(words) == 1:  # a first name used alone ("Azmat")
            firsts = {f for f in self.full_names if f.split()[0] == name and len(f.split()) > 1}
            if len(firsts) == 1:
                best = firsts.pop()
        return best

    def is_person_name(self, ent: Span) -> bool:
        """A PERSON entity, or one the small model mislabelled (titled, or a known surname)."""
        if ent.label_ == "PERSON" or (len(ent) > 2 and ent[0].lower_ in HONORIFICS):
            return True  # "Pani Ewa Kamińska" (tagged ORG)
        name, _ = clean_name(ent.text)
        prev = ent.doc[ent.start - 1] if ent.start > 0 else None
        honorific = prev is not None and prev.lower_ in HONORIFICS
        return ent.label_ in {"ORG", "NORP", "GPE"} and (
            honorific or (bool(name) and name.split()[-1] in self.last_names)
        )

    def person_in(self, head: Token, toks: list[Token]) -> Span | None:
        """The person named by a noun phrase ("Iran's President Hassan Rouhani")."""
        # Entities in document order, not set order: a Span's hash includes id(doc), so a set
        # of them iterates in a different order in every process, and `after[-1]` below picked
        # "Marta Velez" or "Owen Pritchard" at random for "The longtime agent of Marta Velez,
        # Owen Pritchard". In order, the last name (the one closing the phrase) is the person.
        seen = sorted({self.entity_at[t.i] for t in toks if t.i in self.entity_at},
                      key=lambda e: e.start)
        persons = [e for e in seen if self.is_person_name(e)]
        suffix = head.lower_ in NAME_SUFFIXES  # "Frank Field MP", "Guy Mansfield QC"
        own = [e for e in persons if e.start <= head.i < e.end or (suffix and e.end == head.i)]
        if own:
            return own[0]
        lemma = head.lemma_.lower()
        if lemma in RELATIONAL:
            return _named_after_role(head, toks, persons)
        if lemma not in ROLE_NOUNS and lemma not in TITLES:
            return None  # "a resale of Krivorizhstal"
        after = [e for e in persons if e.start > head.i]  # "Leader of ... Ali Khamenei"
        return after[-1] if after else None

    def closing_name(self, head: Token, toks: list[Token]) -> Span | None:
        """A full name closing a source phrase after its role: "Lord of the Rings director
        Peter Jackson", "trades union official Ulf Carlsson" (tagged ORG), "ITV's controller
        of entertainment, Claudia Rosencrantz", when the parse did not make the name the head.

        Not when the phrase is about someone else ("a spokesman for the prosecutor, Alan
        Hevesi", "a close associate of Mikhail Khodorkovsky", "a book by author Dan Brown").
        """
        last = self.entity_at.get(toks[-1].i)
        if last is None or last.end != toks[-1].i + 1 or len(last) < 2 or last.start <= toks[0].i:
            return None
        before = self.doc[last.start - 1]
        role_word = before.lower_ in ROLE_END_WORDS
        person = self.is_person_name(last) or (
            last.label_ in {"ORG", "NORP", "GPE"} and role_word and before.lower_ in ROLE_NOUNS
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in last))
        if not person or not (role_word or before.text == ","):
            return None
        if before.text != "," and head.pos_ == "NOUN" and head.lemma_.lower() not in (
                ROLE_NOUNS | TITLES):
            return None  # "a priority for Finance Minister Palaniappan Chidambaram"
        between = {t.lower_ for t in self.doc[head.i + 1 : last.start]}
        if between & {"by", "from", "with", "to", "at", "on", "in", "about"}:
            return None  # "Angels and Demons, by US author Dan Brown"
        if head.lemma_.lower() in RELATIONAL and between & {"for", "of"}:
            return None
        return last

    def bare_name(self, head: Token) -> Span | None:
        """A proper-noun head the NER missed but the article names elsewhere ("Pezeshkian")."""
        if head.pos_ != "PROPN":
            return None
        lo = head.i
        while lo > 0 and self.doc[lo - 1].pos_ == "PROPN" and self.doc[lo - 1].head.i == head.i:
            lo -= 1
        first = self.doc[lo].lower_
        titled = lo < head.i and (first in HONORIFICS or (  # "Lord Rennard", "Sgt Kerry Ames"
            first in RANKS and lo + 1 < head.i and head.ent_type_ in {"", "PERSON"}))  # a
        # first name and a surname after a rank (not "PC World", nor an ORG)
        if head.text not in self.last_names and not titled and not _described_person(head, lo):
            return None
        return Span(self.doc, lo, head.i + 1, label="PERSON")


def _described_person(head: Token, lo: int) -> bool:
    """A first-and-last name the NER missed, described as a person right after it: "Hugo
    Lueders, European director for public policy at CompTIA," or "Dana Whitcomb, who runs"."""
    name = head.doc[lo : head.i + 1]
    if len(name) < 2 or not all(t.is_title and t.is_alpha for t in name):
        return False
    for c in head.children:
        if c.i < head.i:
            continue
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_NOUNS:
            return True
        if c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children):
            return True
    return False


def _named_after_role(head: Token, toks: list[Token], persons: list[Span]) -> Span | None:
    """The name closing a bare role phrase: "Shadow spokesman for sport Hugh Robertson".

    A relational noun usually names someone else ("a spokesman for Mr Blair"); it names the
    person itself when the phrase has no article and a topic noun comes between the preposition
    and the name, as in UK titles ("spokesman for home affairs Mark Oaten").
    """
    if toks[0].dep_ in {"det", "poss"}:
        return None
    closing = [e for e in persons if e.start > head.i + 1 and e.end == toks[-1].i + 1]
    if not closing:
        return None
    between = head.doc[head.i + 1 : closing[-1].start]
    topic = any(t.pos_ == "NOUN" and t.is_lower for t in between[1:])
    return closing[-1] if between[0].lower_ in {"for", "of"} and topic else None


class Mentions:
    """Candidate antecedents, in document order, as (head token, is_subject), by sentence."""

    def __init__(
        self,
        doc: Doc,
        names: ArticleNames,
        in_quote: Callable[[int], bool],
        speakers: tuple[Token, ...],
    ) -> None:
        self.sents = list(doc.sents)
        self.sent_of = {t.i: k for k, s in enumerate(self.sents) for t in s}
        self.items = _collect(doc, names, in_quote, speakers)

    def window(self, head: Token) -> list[tuple[Token, bool]]:
        """Mentions before `head` in the previous few sentences, nearest first."""
        k = self.sent_of.get(head.i, 0)
        lo = self.sents[max(0, k - _BACK_SENTENCES)].start
        return [m for m in reversed(self.items) if lo <= m[0].i < head.i]


def _collect(
    doc: Doc,
    names: ArticleNames,
    in_quote: Callable[[int], bool],
    speakers: tuple[Token, ...],
) -> list[tuple[Token, bool]]:
    """(head token, is_subject) for subjects, known speakers and person names, in order."""
    out: dict[int, tuple[Token, bool]] = {t.i: (t, True) for t in speakers}
    for tok in doc:
        if in_quote(tok.idx):
            continue
        possessor = tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS and tok.pos_ == "PROPN"
        quoted = tok.dep_ == "dobj" and tok.head.lemma_ == "quote"
        source = (
            tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
        )
        implicit = any(c.dep_ == "acl" and c.tag_ == "VBG" for c in tok.children)
        mention = tok.dep_ in SUBJECT_DEPS or possessor or quoted or source or implicit
        if mention and (tok.pos_ != "PRON" or tok.lower_ in PRONOUN_KINDS):
            out[tok.i] = (tok, True)
    for ent in doc.ents:
        if names.is_person_name(ent) and ent.root.i not in out and not in_quote(ent.start_char):
            out[ent.root.i] = (ent.root, False)
    return [out[i] for i in sorted(out)]
