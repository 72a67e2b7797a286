"""Who did it: a proposition that lays a deed at a door ("The Russian state was behind the
poisoning", "Iran was responsible for the attack", "Moscow ordered the killing") is about the
responsibility, not the deed, whose taking place is no side (stance_blame.py reads the claims).
Read here: the deed, whom it is laid at and what it was done to, and whether two words name one
state ("Kyiv" and "Ukrainian").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail.evaluative import INSTITUTIONS, passive_agents, phrasal_keys, prep_objects
from pipeline.trail.proposition_words import nominals_of

if TYPE_CHECKING:  # the code location loads no spaCy (tests/test_imports.py)
    from spacy.tokens import Token

# Verbs that lay a deed at their subject's door: "ordered", "carried out", "planned".
BLAME_VERBS = frozenset("order orchestrate mastermind commission sanction authorise authorize "
                        "approve plan carry_out perpetrate commit direct organise organize "
                        "sponsor".split())
# Adjectives of a doer: "responsible for the attack", "had never been involved".
ANSWERABLE = frozenset({"responsible", "culpable", "accountable", "involved", "complicit"})


def pobj_of(tok: Token, preps: set[str]) -> Token | None:
    """The first object of ``preps`` on ``tok`` ("for" in "responsible for the attack")."""
    return next(iter(prep_objects(tok, preps)), None)


# Who can be a doer, by noun: "by Russian forces", "by the regime" (not "by a missile", which
# says how, not whose).
_DOER_NOUNS = frozenset("force forces troops army military soldiers separatists rebels agents "
                        "agent operatives government state regime navy services hackers "
                        "militants officers unit units".split())


def passive_doer(root: Token) -> Token | None:
    """Whom a passive proposition lays its verb at: "Russian forces" of "The dam was
    deliberately destroyed by Russian forces"; a state, body or person, or a doer's noun."""
    if not any(c.dep_ == "nsubjpass" for c in root.children):
        return None
    agent = next(iter(passive_agents(root)), None)
    if agent is None or not (agent.pos_ == "PROPN" or agent.lower_ in _DOER_NOUNS):
        return None
    return agent


def blamed_deed(root: Token, modal: bool) -> frozenset[str]:
    """The deed's lemmas when a proposition lays it at a door (the verb and its nouns when it
    is passive with an agent: "destroy", "destruction"), else empty."""
    if modal:
        return frozenset()
    if root.pos_ == "VERB" and passive_doer(root) is not None:
        return frozenset({root.lemma_.lower(), *nominals_of(root.lemma_.lower())})
    if root.lemma_ == "be":
        said = [pobj_of(root, {"behind"})] + [
            pobj_of(c, {"for", "in"}) for c in root.children
            if c.dep_ == "acomp" and c.lemma_.lower() in ANSWERABLE]
    elif set(phrasal_keys(root)) & BLAME_VERBS:
        said = [c for c in root.children if c.dep_ == "dobj"]
    else:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in said if t is not None and t.pos_ == "NOUN")


# Words that name a state by its capital, seat or people ("Moscow", "the Kremlin", "Chinese"),
# where the name does not begin the same way: normalised to one country word.
_NATIONS = {"moscow": "russia", "kremlin": "russia", "kyiv": "ukraine", "kiev": "ukraine",
            "pyongyang": "korea", "washington": "america", "us": "america", "u.s.": "america",
            "usa": "america", "riyadh": "saudi", "beijing": "china",
            "tehran": "iran", "london": "britain", "british": "britain", "uk": "britain",
            "french": "france", "paris": "france", "berlin": "germany", "polish": "poland",
            "warsaw": "poland", "turkish": "turkey", "ankara": "turkey", "greek": "greece",
            "athens": "greece", "dutch": "netherlands", "swiss": "switzerland",
            "scottish": "scotland", "welsh": "wales", "damascus": "syria", "minsk": "belarus"}


def nation_of(word: str) -> str:
    """The country word a state's name, people or capital stands for ("Kremlin": "russia")."""
    return _NATIONS.get(word.lower(), word.lower())


def same_nation(a: str, b: str) -> bool:
    """ "Ukrainian" and "Ukraine", "Moscow" and "Russia": one state (a shorter name less its
    last letter begins the longer: "Korea" of "Korean", "China" of "Chinese")."""
    a, b = sorted((nation_of(a), nation_of(b)), key=len)
    return a == b or (len(a) >= 4 and b.startswith(a[:-1]))


def accused_words(root: Token, subjects: list[Token], deeds: frozenset[str]) -> frozenset[str]:
    """The name words of whom a deed is laid at: "russian" of "The Russian state" or of "by
    Russian forces", "north" and "korea" of "North Korea" (empty when no deed is laid)."""
    if not deeds:
        return frozenset()
    doer = passive_doer(root)
    return frozenset(t.lower_ for s in ([doer] if doer is not None else subjects)
                     for t in s.subtree if t.is_alpha and (
                         t.pos_ in {"PROPN", "ADJ"} or t.ent_type_ in {"GPE", "NORP"}))


def victim_words(root: Token, deeds: frozenset[str]) -> frozenset[str]:
    """What the deed was done to: "pipeline", "stream" of "the sabotage of the Nord Stream
    pipelines", "skripal" of "the poisoning of Sergei Skripal", "dam" of "the dam was
    destroyed by ..."."""
    done = [g for d in root.subtree if d.lemma_.lower() in deeds
            for g in prep_objects(d, {"of", "on", "against"})]
    if passive_doer(root) is not None:
        done += [c for c in root.children if c.dep_ == "nsubjpass"]
    return frozenset(w for g in done for t in g.subtree if t.pos_ in {"NOUN", "PROPN"}
                     for w in (t.lower_, t.lemma_.lower()))


_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def laid_at_door(root: Token, subjects: list[Token]) -> bool:
    """A past act by a named person or body ("Blunkett's office fast-tracked a visa", "ministers
    knew"): an allegation, which the accused's innocence refutes ("he did nothing wrong")."""
    if root.tag_ not in {"VBD", "VBN"}:
        return False
    actors = subjects + [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return any(a.ent_type_ in _ACTORS or a.pos_ == "PROPN"
               or a.lemma_.lower() in INSTITUTIONS | ROLE_NOUNS for a in actors)


def person_accused(root: Token, subjects: list[Token], deeds: frozenset[str]) -> bool:
    """The deed is laid at a person's door ("by Richard III"), not a state's or a body's: another
    person named as its doer lays it elsewhere ("Henry VII did it")."""
    doer = passive_doer(root)
    return bool(deeds) and any(t.ent_type_ == "PERSON" for s in ([doer] if doer else subjects)
                               for t in s.subtree)


def person_doer(root: Token, subjects: list[Token], modal: bool) -> frozenset[str]:
    """The name words of the person who did an event's act ("william", "shakespeare" of
    "William Shakespeare wrote the plays"; none for a policy or a passive): someone else said
    to do it ("Bacon wrote them", "people died on these islands") is not the event."""
    subjects = [next((a for a in s.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"),
                     s) for s in subjects]  # "the striker Jon Varo": his name
    if modal or not subjects or any(s.dep_ == "nsubjpass" or s.ent_type_ != "PERSON"
                                    for s in subjects):
        return frozenset()  # not "Wakefield's study" nor "Manchester United and Real Madrid"
    return frozenset(t.lower_ for s in subjects for t in s.subtree
                     if t.ent_type_ == "PERSON" and t.is_alpha)
