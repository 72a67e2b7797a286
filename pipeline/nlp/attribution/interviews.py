"""Printed interviews: whose answers they print. An answer is labelled ("A: ...") or, in the
magazine style, printed bare under its labelled question ("Q: Did he do it?", then the answer's
paragraphs with no label); either is the interviewee's: the person the interview says it is
with ("Q&A with Ruth Bell KC"), else the name its introduction opens with, else the first person
it names (not its byline's "Interview by ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.nlp.attribution.units import Article
from pipeline.nlp.speakers import clean_name

LABEL_WORD = r"[A-Z][\w'\u2019.-]*"  # a capitalised word, as labels and introductions write names
# Who a printed interview is with: "Q&A with Ruth Bell", "In conversation with Ruth Bell".
_WITH = re.compile(r"\b(?:Q\s?&\s?A|[Ii]nterview|[Cc]onversation|[Ss]it-down|[Mm]eets)\s+with\s+"
                   rf"(?P<name>{LABEL_WORD}(?:\s+{LABEL_WORD}){{1,3}})")
# An interview's introduction opening with its subject: "Ruth Bell KC has been the MP for ...".
_INTRODUCED = re.compile(rf"(?P<name>{LABEL_WORD}(?:\s+{LABEL_WORD}){{1,3}})\s*,?\s+(?=[a-z])")
_QUESTIONS = frozenset({"Q", "Question", "QUESTION"})
_MIN_QUESTIONS = 2  # one "Q:" alone is a heading or a reader's letter, not an interview
_MAX_ANSWER = 4  # paragraphs of one bare answer


def interviewee(article: Article) -> str:
    """Whose answers a printed interview prints (see the module), or ""."""
    opening = article.text[:article.paras[min(2, len(article.paras) - 1)][1]]
    named = _WITH.search(opening) or next(filter(None, (
        _INTRODUCED.match(article.text, s, e) for s, e in article.paras[:3])), None)
    if named:
        return clean_name(named["name"])[0]
    people = [e for e in article.doc.ents if e.label_ == "PERSON" and e.end_char <= len(opening)
              and not article.text[max(0, e.start_char - 3):e.start_char].endswith("by ")]
    return people[0].text if people else ""


def _question(found: re.Match[str] | None) -> bool:
    """A bare question label: "Q:", "Question:" (not an AMA's "Q (u/name):")."""
    groups = found.groupdict() if found is not None else {}
    return groups.get("name") in _QUESTIONS and not groups.get("role")


def bare_answers(labels: Sequence[re.Match[str] | None]) -> frozenset[int]:
    """The paragraphs (by index) of answers printed bare under a "Q:" question, in an
    interview of two questions or more: those with no label of their own after a question,
    up to the next label."""
    if sum(map(_question, labels)) < _MIN_QUESTIONS:
        return frozenset()
    out, asked = set(), None
    for k, found in enumerate(labels):
        if found is not None:
            asked = k if _question(found) else None
        elif asked is not None and k - asked <= _MAX_ANSWER:
            out.add(k)
    return frozenset(out)
