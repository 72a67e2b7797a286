"""Which earlier-named person a definite role phrase ("the Tory leader") refers to, from roles.

Pure string logic: the resolver supplies the people named so far with their roles.
"""

from __future__ import annotations

from pipeline.nlp.speakers.names import SPOKESPERSON_NOUNS

# A role with one of these words is another office than the bare role: "the prime minister" is
# not the "Deputy Prime Minister", nor the "former welfare minister"; "the minister" is not the
# "Prime Minister".
QUALIFIERS = frozenset(
    "deputy vice shadow former acting junior assistant ex- ex outgoing prime first".split())


# A secretary of state is a minister ("the minister" after "the Transport Secretary, Rachel
# Okafor"); a union's general secretary, a press or permanent secretary is not.
_MINISTERS = frozenset({"secretary", "chancellor"})
_NOT_MINISTERS = frozenset({"general", "press", "private", "permanent", "company", "club"})


def _shares_head(role_words: set[str], head: str, lemma: str) -> bool:
    return bool({head, lemma} & role_words) or (
        head in SPOKESPERSON_NOUNS and bool(SPOKESPERSON_NOUNS & role_words)
    ) or (lemma == "minister" and bool(_MINISTERS & role_words)
          and not _NOT_MINISTERS & role_words)


def role_holders(phrase: str, head: str, lemma: str, people: dict[str, str]) -> list[str]:
    """People (name -> role) the role phrase can mean, best tier only.

    Tiers: the same role ("the prime minister" after someone was called that); a role with
    every word of the phrase ("the Tory leader": "Tory leader Michael Howard"); a role sharing
    its head noun ("the minister": "Home Office minister Tony McNulty", also "Transport
    Secretary Rachel Okafor", a secretary of state being a minister). A qualified role
    ("Deputy Prime Minister") never answers an unqualified phrase. Callers resolve the phrase
    only when one person is left, so two ministers leave "the minister" unresolved rather than
    guessing the nearest.
    """
    words = [w.lower() for w in phrase.split() if w.lower() != "the"]
    roles = {name: [w.lower() for w in role.split()] for name, role in people.items()}
    roles = {name: role for name, role in roles.items()
             if not (QUALIFIERS & set(role)) - set(words)}
    head, lemma = head.lower(), lemma.lower()
    for tier in (lambda role: role == words,
                 lambda role: set(words) <= set(role),
                 lambda role: _shares_head(set(role), head, lemma)):
        found = [name for name, role in roles.items() if tier(role)]
        if found:
            return found
    return []
