"""Speaker records, the word lists that classify source noun phrases, and name clean-up."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.nlp.person_words import HONORIFICS, NAME_SUFFIXES, ROLE_NOUNS, TITLES

# Role nouns vague enough to refer back to the last person mentioned ("the Iranian diplomat").
GENERIC_PERSON_NOUNS = frozenset(
    "diplomat official politician lawmaker legislator statesman cleric veteran man woman "
    "person".split()
)
AGE_NOUN = re.compile(r"\d+-year-old$")
MEDIA_NOUNS = frozenset(
    "newspaper paper daily agency television tv radio broadcaster channel website site outlet "
    "media magazine journal report statement communique announcement letter book study survey "
    "poll document memo interview tweet post release bulletin network station programme "
    "program".split()
)
ORG_NOUNS = frozenset(
    "government party company firm group ministry council union board committee department "
    "office bank court agency administration campaign team organisation organization "
    "association federation authority authorities commission regulator watchdog army "
    "military police cabinet parliament opposition embassy family".split()
)
# "the bank", "the agency": generic nouns that point back to the organisation being reported on.
ANAPHORIC_ORG_NOUNS = frozenset(
    "company firm bank lender group agency organisation organization retailer carrier airline "
    "insurer manufacturer maker chain giant operator broadcaster network watchdog regulator "
    "charity body business club".split()
)
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople"}
# "a spokesman for Mr Blair", "Mr Blair's lawyer": the named person is someone else.
RELATIONAL = SPOKESPERSON_NOUNS | frozenset(
    "aide adviser advisor ally friend lawyer attorney wife husband son daughter brother sister "
    "father mother colleague supporter critic rival office source representative deputy "
    "campaign team camp family relative biographer associate assistant secretary".split()
)
# Pronouns a speaker can be referred to by, and the kind of antecedent each needs; possessives
# too, for the owner of a noun cue ("its account that ...", "her view that ...").
PRONOUN_KINDS = {"he": "person", "she": "person", "they": "plural", "it": "thing",
                 "his": "person", "her": "person", "their": "plural", "its": "thing"}
_NP_DROP = {"relcl", "acl", "appos", "punct", "advcl", "ccomp", "parataxis"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class Speaker:
    """A resolved source: name or unnamed source text, plus what we know about it."""

    text: str
    is_named: bool
    label: str | None
    role: str | None
    kind: str  # "person", "group" (ORG/plural), "thing" (document, medium), "unknown"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'.-]+", text)


# Words that end a role written before a name ("Lib Dem MP", "Tory leader"); person nouns too
# vague to be a title ("man", "woman") are left out.
ROLE_END_WORDS = (TITLES | ROLE_NOUNS | NAME_SUFFIXES | {"peer", "backbencher", "msp", "mla"}) - {
    "man", "woman", "person", "patient", "victim", "worker", "student", "resident", "ms"}


# Party and affiliation words a name is prefixed with, without a role noun: "Lib Dem Mark
# Oaten", "Tory Tim Yeo" (the NER takes them into the person's span).
PARTY_WORDS = frozenset(
    "lib dem dems liberal democrat democrats democratic tory tories labour conservative "
    "conservatives snp plaid cymru ukip green greens unionist ulster dup sdlp sinn fein "
    "republican republicans gop independent veteran former".split()
)


def role_prefix(words: list[str]) -> int:
    """How many leading words are a role before a full name: 3 for "Lib Dem MP Lembit Opik".

    The NER often takes the role into the person's span. The role ends at its last role word
    (with an "of"/"for" phrase after it: all but the last two words, "Secretary of State John
    Kerry"), and must leave at least two capitalised words: a first name and a surname.
    """
    for r in range(len(words) - 3, -1, -1):
        if words[r].lower().rstrip(",") not in ROLE_END_WORDS:
            continue
        k = len(words) - 2 if words[r + 1].lower() in {"of", "for"} else r + 1
        return k if all(w[:1].isupper() for w in words[k:]) else 0
    k = 0
    while k < len(words) - 2 and re.sub(r"'s$", "", words[k].lower()) in PARTY_WORDS:
        k += 1  # "Lib Dem Mark Oaten": the party is the role; not "Lib Dem MPs"
    rest = [w.lower() for w in words[k:]]
    named = all(w[:1].isupper() for w in words[k:]) and not (
        {*rest, *(w[:-1] for w in rest)} & (PARTY_WORDS | ROLE_END_WORDS))
    return k if named else 0


# A liveblog's time stamp the NER takes into the name: "14:25 Okafor", "09.30 Jane Lee";
# not "31" in "the 31-year-old".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_CLOCK_LEAD = re.compile(rf"^{_CLOCK.pattern}\s*(?:am|pm|GMT|BST|CET)?\s+", re.I)
# A report's paragraph number before the name: "1.1 Officers", "4.2 Save Wimbledon Park".
_SECTION_NO = re.compile(r"\d{1,2}\.(?:\d{1,3}\.?){0,3}")
_NUMBER_LEAD = re.compile(rf"^{_SECTION_NO.pattern}\s+(?=[A-Z])")


def clean_name(text: str) -> tuple[str, str]:
    """Strip honorifics/titles/suffixes from a name: ("Ali Khamenei", "Supreme Leader")."""
    words = _words(_NUMBER_LEAD.sub("", _CLOCK_LEAD.sub("", re.sub(r"'s$|'$", "", text.strip()))))
    split = role_prefix(words)
    titles = [w for w in words[:split] if w.lower() not in HONORIFICS]
    words = words[split:]
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in TITLES):
        first = words.pop(0)
        if first.lower() not in HONORIFICS:
            titles.append(first)
    while len(words) > 1 and (words[-1].lower().rstrip(",") in NAME_SUFFIXES
                              or _postnominal(words[-1], words[:-1])):
        words.pop()
    return " ".join(words), " ".join(titles)


def _postnominal(word: str, rest: list[str]) -> bool:
    """Letters after a name ("CEng", "FRAeS", "FIMechE", "OBE"): capitals for half the word or
    at its end, after a name written in lower case too (not "McQuaid", nor "PAT McQUAID")."""
    caps = sum(c.isupper() for c in word)
    return (word.isalpha() and caps >= 2 and (2 * caps >= len(word) or word[-1].isupper())
            and any(c.islower() for w in rest for c in w))


def strip_determiner(text: str) -> str:
    """Drop a leading article/possessive: "the chief of staff", "Iran's acting minister"."""
    text = re.sub(r"^(?:the|a|an|his|her|its|their)(?:\s+|$)", "", text.strip(" ,"), flags=re.I)
    return re.sub(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*'s?\s+", "", text)


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without relative clauses, appositions or edge punctuation."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in _NP_DROP:
            keep.extend(child.subtree)
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    doc = head.doc
    while (
        hi + 2 < len(doc)
        and doc[hi + 1].text == "-"
        and not doc[hi].whitespace_
        and not doc[hi + 1].whitespace_
    ):
        hi += 2  # "co-chairman" split by the tokenizer
    toks = [t for t in doc[lo : hi + 1] if not t.is_space]
    while toks and toks[0].i < head.i and (
        toks[0].is_punct or toks[0].lower_ in {"and", "but"} or _CLOCK.fullmatch(toks[0].text)
        or (_SECTION_NO.fullmatch(toks[0].text) and len(toks) > 1 and toks[1].is_title)
    ):
        toks.pop(0)  # also a liveblog's "14:25" or "09.30", a report's "1.1" before the name
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks or [head]


def span_text(tokens: list[Token]) -> str:
    """Document text from the first to the last token."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip()


def split_role_before(name_root: Token) -> list[Token]:
    """A role the parser split off as a second subject: "[Shadow spokesman for transport]
    [Chris Grayling] said" parses as two subjects of "said"; the first is the name's role."""
    if name_root.dep_ not in SUBJECT_DEPS:
        return []
    for sib in name_root.head.children:
        if (sib.i < name_root.i and sib.dep_ in SUBJECT_DEPS
                and sib.lemma_.lower() in ROLE_NOUNS | TITLES
                and sib.right_edge.i + 1 == name_root.left_edge.i
                and sib.left_edge.dep_ not in {"det", "poss"}):
            return [t for t in sib.subtree if not t.is_space]
    return []

