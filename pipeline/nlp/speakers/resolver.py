"""Resolving the source noun phrase headed by a token to a `Speaker`, using the whole article."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.speakers.antecedents import org_antecedent, pronoun_antecedent, role_antecedent
from pipeline.nlp.speakers.mentions import ArticleNames, Mentions
from pipeline.nlp.speakers.names import (
    AGE_NOUN,
    ANAPHORIC_ORG_NOUNS,
    HONORIFICS,
    MEDIA_NOUNS,
    ORG_NOUNS,
    PRONOUN_KINDS,
    RELATIONAL,
    ROLE_NOUNS,
    Speaker,
    clean_name,
    np_tokens,
    span_text,
    split_role_before,
    strip_determiner,
)

log = logging.getLogger(__name__)

_NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


class SpeakerResolver:
    """Resolves the source noun phrase headed by a token, using the whole article.

    Every mention is resolved up front, in document order, so that pronoun chains stay
    shallow; `roles` collects the first role seen for each person on the way.
    """

    def __init__(
        self,
        doc: Doc,
        in_quote: Callable[[int], bool] | None = None,
        speakers: tuple[Token, ...] = (),
    ) -> None:
        self.doc = doc
        self.names = ArticleNames(doc)
        self.roles: dict[str, str] = {}  # canonical person name -> first role seen
        self.described: set[str] = set()  # persons introduced with some description
        self._cache: dict[int, Speaker | None] = {}
        self.mentions = Mentions(doc, self.names, in_quote or (lambda char: False), speakers)
        for tok, _ in self.mentions.items:
            self.resolve(tok)

    def resolve(self, head: Token) -> Speaker | None:
        """The source named or described by the noun phrase headed by `head`."""
        if head.i not in self._cache:
            self._cache[head.i] = None  # guards against cycles
            try:
                self._cache[head.i] = self._resolve(head)
            except Exception:  # odd parses must not lose the article: keep the surface text
                log.warning("speaker resolution failed at token %d", head.i, exc_info=True)
                self._cache[head.i] = Speaker(head.text, False, None, None, "unknown")
        return self._cache[head.i]

    def _resolve(self, head: Token) -> Speaker | None:
        low = head.lower_
        if head.pos_ == "PRON" or low in PRONOUN_KINDS:
            return pronoun_antecedent(self, head, PRONOUN_KINDS.get(low, "unknown"))
        toks = np_tokens(head)
        found = self._appos_person(head, toks)
        if found is not None:
            return found
        ent = (self.names.person_in(head, toks) or self.names.bare_name(head)
               or self.names.closing_name(head, toks))
        if ent is not None:
            split = span_text(split_role_before(head))
            return self._person(ent, self._appos_role(head) or self._role_text(toks, ent)
                                or split or None)
        ent = self.names.entity_at.get(head.i)
        has_conj = any(c.dep_ == "conj" for c in head.children)
        if ent is not None and ent.label_ in _NAMED_LABELS and not has_conj:
            ent = self._whole_name(ent)
            text = re.sub(r"^the\s+|'s$", "", ent.text, flags=re.I)
            return Speaker(text, True, ent.label_, None, "group")
        text, lemma = re.sub(r"'s?$", "", span_text(toks)), head.lemma_.lower()
        if len(toks) > 2 and toks[-1].i > head.i and toks[-2].text == "-":
            lemma = toks[-1].lemma_.lower()  # "its co-chairman": a chairman
        plural = head.tag_ in {"NNS", "NNPS"} or has_conj
        if AGE_NOUN.search("".join(t.text for t in toks if t.i <= head.i)):
            lemma = "person"  # "the 34-year-old"
        definite = toks[0].lower_ == "the" or (toks[0].dep_ == "poss" and toks[0].pos_ == "PROPN")
        modified = any(c.dep_ in {"prep", "relcl", "acl"} for c in head.children)
        if (
            (lemma in ORG_NOUNS or lemma in ANAPHORIC_ORG_NOUNS)
            and not plural
            and definite
            and not modified
        ):
            found = org_antecedent(self, head, lemma)
            if found is not None:
                return found
        if lemma in ROLE_NOUNS and not plural:
            return role_antecedent(self, head, toks, lemma) or Speaker(
                text, False, None, None, "person"
            )
        if lemma in ROLE_NOUNS or lemma in ORG_NOUNS or ent is not None:
            return Speaker(text, False, None, None, "group")
        kind = "thing" if lemma in MEDIA_NOUNS else "unknown"
        return Speaker(text, False, None, None, kind)

    def _appos_person(self, head: Token, toks: list[Token]) -> Speaker | None:
        """The person an apposition names ("the minister, Jo Bell,", "his father, Azmat,"); not
        a town after a speaker named already ("Ravi Shah, Rotorua,")."""
        own = self.names.entity_at.get(head.i)
        if own is not None and self.names.is_person_name(own):
            return None
        for child in head.children:
            ent = self.names.entity_at.get(child.i)
            mislabeled = ent is None or not self.names.is_person_name(ent)
            if (
                child.dep_ == "appos"
                and mislabeled
                and child.pos_ == "PROPN"
                and head.lemma_.lower() in ROLE_NOUNS | RELATIONAL
            ):
                ent = Span(
                    self.doc, child.left_edge.i, child.i + 1, label="PERSON"
                )  # "his father, Azmat,"
            if child.dep_ == "appos" and ent is not None and self.names.is_person_name(ent):
                return self._person(ent, self._role_text(toks, None))
        return None

    def _whole_name(self, ent: Span) -> Span:
        """The whole proper name an entity ends: "Huawei UK", "BBC Scotland" (the tagger's ORG
        and GPE side by side), an organisation when any part of it is one: the firm, not the
        country."""
        start = ent.start
        while start > 0 and _name_part(self.doc[start - 1], start, ent.end):
            start -= 1
        if start == ent.start:
            return ent
        labels = {t.ent_type_ for t in self.doc[start:ent.end]}
        return Span(self.doc, start, ent.end, label="ORG" if "ORG" in labels else ent.label_)

    def _role_text(self, toks: list[Token], ent: Span | None) -> str | None:
        """Title words around a name in its noun phrase, or the phrase itself for role NPs."""
        if ent is not None:
            before = [t for t in toks if t.i < ent.start]
            after = [t for t in toks if t.i >= ent.end]
            parts = [span_text(before)] if before else []
            _, titles = clean_name(ent.text)
            if titles:
                parts.append(titles)
            if after and after[0].lower_ in {"of", "for"}:
                parts.append(span_text(after))
            role = strip_determiner(" ".join(p for p in parts if p))
        else:
            role = strip_determiner(span_text(toks))
        words = role.split()  # honorifics go, but "Lord of the Rings director" stays
        words = [w for k, w in enumerate(words) if w.lower() not in HONORIFICS
                 or words[k + 1 : k + 2] == ["of"]]
        return re.sub(r"['’]s?$", "", " ".join(words).strip(" ,")) or None  # "Labour's"

    def _appos_role(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return strip_determiner(span_text(np_tokens(child)))
        return None

    def _person(self, ent: Span, role: str | None) -> Speaker:
        name = self.names.canonical(clean_name(ent.text)[0])
        if any(c.dep_ in {"appos", "relcl", "acl", "amod"} for c in ent.root.children):
            self.described.add(name)  # "Irina Sokolova, 63, whose street ..."
        if role:
            self.roles.setdefault(name, role)
        return Speaker(name, True, "PERSON", role or self.roles.get(name), "person")


def _name_part(tok: Token, start: int, end: int) -> bool:
    """A proper noun compounded into the name [start, end), not a date ("In December Microsoft
    said") nor a capitalised word opening the sentence ("Rival Sony said")."""
    return (tok.pos_ == "PROPN" and tok.dep_ == "compound" and start <= tok.head.i < end
            and tok.ent_type_ not in _NOT_NAMES and (tok.ent_type_ != "" or not tok.is_sent_start))


_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
