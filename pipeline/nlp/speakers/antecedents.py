"""Antecedents of pronouns, definite role nouns and organisation nouns, and forward lookups."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.nlp.speakers.names import (
    ANAPHORIC_ORG_NOUNS,
    GENERIC_PERSON_NOUNS,
    ORG_NOUNS,
    RELATIONAL,
    SUBJECT_DEPS,
    Speaker,
    clean_name,
    np_tokens,
    span_text,
    strip_determiner,
)
from pipeline.nlp.speakers.roles import role_holders

if TYPE_CHECKING:
    from pipeline.nlp.speakers.resolver import SpeakerResolver


def is_main_subject(tok: Token) -> bool:
    """Subject of the sentence's main verb (through coordination), or the one quoted."""
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (tok.dep_ in SUBJECT_DEPS and head.dep_ == "ROOT") or head.lemma_ == "quote"


def pronoun_antecedent(resolver: SpeakerResolver, head: Token, kind: str) -> Speaker:
    """Nearest compatible mention: subjects first (named before unnamed in a sentence)."""
    sent_of = resolver.mentions.sent_of
    by_sentence: dict[int, list[tuple[Token, bool]]] = {}
    for m in resolver.mentions.window(head):
        by_sentence.setdefault(sent_of.get(m[0].i, 0), []).append(m)
    for want_subject in (True, False):
        for k in sorted(by_sentence, reverse=True):
            cands = [
                (t, _compatible(resolver, t, kind))
                for t, subj in by_sentence[k]
                if (subj or not want_subject) and not _asked_about(t)
            ]
            cands = [(t, f) for t, f in cands if f is not None and not _other_sex(head, f)]
            if want_subject and not cands and kind == "person":
                cands = _introduced(resolver, by_sentence[k], k)
            if cands:
                cands.sort(
                    key=lambda c: (
                        kind == "plural"
                        and c[0].tag_ not in {"NNS", "NNPS"}
                        and c[0].lower_ != "they",
                        not is_main_subject(c[0]),
                        not c[1].is_named,
                    )
                )
                return cands[0][1]
    return Speaker(head.text, False, None, None, "unknown")


# Words that say a speaker is a woman or a man: "he" is no spokeswoman, "she" no chairman (not
# a possessive: "her neighbour" may be a man).
_WOMEN = frozenset("woman women spokeswoman chairwoman businesswoman congresswoman "
                   "policewoman mother wife daughter sister grandmother aunt widow mrs ms miss "
                   "lady dame baroness queen princess duchess actress".split())
_MEN = frozenset("man men spokesman chairman businessman congressman policeman father "
                 "husband son brother grandfather uncle widower mr sir lord baron king prince "
                 "duke actor".split())


def _other_sex(pronoun: Token, found: Speaker) -> bool:
    """ "he" said to be a speaker whose words make her a woman, or "she" a man."""
    words = set(re.findall(r"[a-z]+", found.text.lower()))  # not the role: "who shook the
    # late Queen's hand" says nothing of him
    low = pronoun.lower_
    return (low in {"he", "him", "his"} and bool(words & _WOMEN)) or (
        low in {"she", "her", "hers"} and bool(words & _MEN))


def _asked_about(tok: Token) -> bool:
    """The subject of a question put to the speaker ("Asked whether Brexit was the biggest of
    them, she said ...", "Would Brexit have mattered? 'Far less,' she said"): what is asked
    about, not who answers."""
    clause = tok.head
    sent = tok.sent.text
    if sent.rstrip().endswith("?") and not any(q in sent for q in '"\u201c\u201d'):
        return True  # the reporter's own question, not one quoted
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children) and (
        clause.head.lemma_.lower() in {"ask", "question", "press"})


def _introduced(
    resolver: SpeakerResolver, mentions: list[tuple[Token, bool]], k: int
) -> list[tuple[Token, Speaker]]:
    """Named people first mentioned in sentence `k` but not its subject: "The committee then
    heard from Martin Tett ... He called the scheme ..." (a new person outranks an older subject).
    """
    before = resolver.doc.text[: resolver.mentions.sents[k].start_char]
    found = [(t, _compatible(resolver, t, "person")) for t, subj in mentions
             if not subj and t.ent_type_ == "PERSON" and t.dep_ in {"pobj", "dobj"}
             and not _asked_about(t)]
    return [(t, f) for t, f in found
            if f is not None and f.is_named and f.text.split()[-1] not in before]


_SPANS_OF_TIME = frozenset("second minute hour day week month year decade century "
                           "fortnight".split())


def _compatible(resolver: SpeakerResolver, tok: Token, kind: str) -> Speaker | None:
    """`tok`'s speaker if a pronoun of `kind` ("person", "plural", "thing") can refer to it (not
    a stretch of time: "Forty-one years I've voted there, and ... they don't want me")."""
    if tok.lemma_.lower() in _SPANS_OF_TIME:
        return None
    found = resolver.resolve(tok)
    if found is None or found.kind == "unknown":
        return None
    named_person = found.kind == "person" and found.is_named  # "Balls" is tagged NNPS
    plural = not named_person and (tok.tag_ in {"NNS", "NNPS"} or tok.lower_ == "they")
    if kind == "person" and found.kind == "person" and not plural:
        return found
    if kind == "plural" and (
        (found.kind == "group" and (plural or found.is_named)) or (found.kind == "thing" and plural)
    ):
        return found
    if kind == "thing" and found.kind in {"thing", "group"} and not plural:
        return found
    return None


def org_antecedent(resolver: SpeakerResolver, head: Token, lemma: str) -> Speaker | None:
    """ "the federation" -> "Police Federation"; "the bank" -> the most mentioned org."""
    named = []
    own = {t.i for t in np_tokens(head)}
    for tok, is_subj in reversed(resolver.mentions.items):
        if tok.i >= head.i or tok.i in own:
            continue
        found = resolver.resolve(tok) if is_subj else None
        if (
            found
            and found.is_named
            and (found.label in {"ORG", "GPE"} or found.text in resolver.names.org_names)
        ):
            named.append(found)
    before = resolver.doc.text[: head.idx]
    compatible = [f for f in named if lemma in f.text.lower().split()]
    if lemma not in ANAPHORIC_ORG_NOUNS:
        named = compatible  # "the federation" -> "Police Federation" only
    named = [f for f in named if f in compatible or not _other_kind(f.text, lemma)]
    # Salience: the organisation mentioned most so far; a matching name ("Bank of ...") adds 1.
    return max(named, key=lambda f: before.count(f.text) + (f in compatible), default=None)


# Heads that say what kind of body a name is: "the club" is not the "Premier League" (but
# any body is an "organisation": "the agency" may be the World Health Organization).
_KIND_HEADS = (ORG_NOUNS | ANAPHORIC_ORG_NOUNS | frozenset(
    "league association institute society trust foundation service forum alliance coalition "
    "college university school hospital museum fund".split())) - frozenset(
    "organisation organization group body business".split())


def _other_kind(name: str, lemma: str) -> bool:
    """The name ends in a noun of another kind of body than the one referring to it."""
    last = name.lower().split()[-1]
    return last in _KIND_HEADS and last != lemma


def role_antecedent(
    resolver: SpeakerResolver, head: Token, toks: list[Token], lemma: str
) -> Speaker | None:
    """A definite role NP ("the president") naming a person introduced earlier (or next)."""
    if toks[0].lower_ in {"a", "an", "one", "some", "another", "any", "no", "not", "every",
                          "each", "many", "most", "several", "few", "all"}:
        return None  # "One chief superintendent", "Not every member": no one in particular
    possessed = any(c.dep_ == "poss" for c in head.children)
    if not (possessed and lemma in RELATIONAL):  # "Tony Blair's spokesman" is someone else
        holders = [name for name in role_holders(strip_determiner(span_text(toks)), head.lower_,
                                                 lemma, _named_so_far(resolver, head, toks))
                   if not _named_beside(head, toks, name)]
        if len(holders) > 1:
            return None  # two ministers named: "the minister" stays unresolved
        if holders:
            name = holders[0]
            return Speaker(name, True, "PERSON", resolver.roles.get(name), "person")
    window = resolver.mentions.window(head)
    generic = lemma in GENERIC_PERSON_NOUNS
    affiliated = any(c.dep_ in {"prep", "poss"} for c in head.children)
    roles = resolver.roles
    if generic or not affiliated:
        sent_of = resolver.mentions.sent_of
        k = sent_of.get(head.i, 0)
        for tok, is_subj in window:
            if not is_subj or sent_of.get(tok.i, k) >= k:
                continue
            found = resolver.resolve(tok)
            if found and found.kind == "person" and found.is_named:
                if generic or (found.role is None and found.text not in resolver.described):
                    roles.setdefault(found.text, strip_determiner(span_text(toks)))
                    return Speaker(found.text, True, "PERSON", roles[found.text], "person")
                break
    if any(t.lemma_ == head.lemma_ and t.pos_ == "NOUN" for t in resolver.doc[:toks[0].i]):
        return None  # "a spokesman for the bank said ... The spokesman also denied": that one
    return _forward(resolver, head, strip_determiner(span_text(toks)))


def _named_beside(head: Token, toks: list[Token], name: str) -> bool:
    """The role holder named in the attributing sentence itself, outside the role phrase:
    ' "Putin is responsible," the president said' is not Putin speaking of himself."""
    last = name.split()[-1]
    own = {t.i for t in toks}
    return any(t.text == last and t.i not in own for t in head.sent)


def _named_so_far(resolver: SpeakerResolver, head: Token, toks: list[Token]) -> dict[str, str]:
    """Named people with a role mentioned earlier in the article (outside this phrase)."""
    own = {t.i for t in toks}
    people: dict[str, str] = {}
    for tok, _ in resolver.mentions.items:
        if tok.i >= head.i:
            break
        found = None if tok.i in own else resolver.resolve(tok)
        if found and found.kind == "person" and found.is_named and found.role:
            people.setdefault(found.text, found.role)
    return people


def _forward(resolver: SpeakerResolver, head: Token, role: str) -> Speaker | None:
    """Cataphora: a person first introduced (as a subject) in the next sentence."""
    names, sents, doc = resolver.names, resolver.mentions.sents, resolver.doc
    k = resolver.mentions.sent_of.get(head.i, 0)
    if k + 1 >= len(sents):
        return None
    lo, hi = sents[k + 1].start, sents[k + 1].end
    earlier = {
        clean_name(e.text)[0].split()[-1]
        for e in doc.ents
        if e.end <= lo and names.is_person_name(e) and clean_name(e.text)[0]
    } | {t.text for t in doc[:lo] if t.pos_ == "PROPN"}
    for tok, is_subj in resolver.mentions.items:
        if not (lo <= tok.i < hi) or not is_subj:
            continue
        ent = names.person_in(tok, np_tokens(tok)) or names.bare_name(tok)
        if ent is None or clean_name(ent.text)[0].split()[-1] in earlier:
            continue
        name = names.canonical(clean_name(ent.text)[0])
        if name in resolver.roles and head.lower_ not in resolver.roles[name].lower():
            continue
        resolver.roles.setdefault(name, role)
        return Speaker(name, True, "PERSON", resolver.roles[name], "person")
    return None
