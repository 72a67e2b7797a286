"""The user-editable topic watchlist (`config/topics.yaml`) and matching claims against it."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline import CONFIG_DIR

DEFAULT_TOPICS = CONFIG_DIR / "topics.yaml"
TOPIC_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class TopicFileError(ValueError):
    """The watchlist file is missing or malformed (message says where)."""


@dataclass(frozen=True)
class Topic:
    id: str
    description: str
    about: re.Pattern[str]  # must occur in the statement itself (content or its sentence)
    context: tuple[re.Pattern[str], ...]  # each group: statement or article title
    none_of: re.Pattern[str] | None = None
    proposition: str | None = None  # the sentence stance is measured against
    supports: tuple[str, ...] = ()  # user terms that signal a side (optional tuning)
    refutes: tuple[str, ...] = ()
    about_terms: tuple[str, ...] = ()  # the `about` terms as written (they name the subject)
    context_terms: tuple[str, ...] = ()  # the `context` terms as written, all groups

    def steeped(self, opening: str) -> bool:
        """Does an article's opening (title and lead) use the topic's own vocabulary thickly:
        every `context` group, and at least `STEEPED_TERMS` different watchlist terms? ("Porton
        Down source row, Russia at OPCW", then "the nerve agent used in Salisbury")."""
        if not self.context or not all(g.search(opening) for g in self.context):
            return False
        if self.none_of is not None and self.none_of.search(opening):
            return False
        found = sum(1 for term in dict.fromkeys((*self.about_terms, *self.context_terms))
                    if _term_regex(term).search(opening))
        return found >= STEEPED_TERMS

    def matches(self, statement: str, title: str = "") -> bool:
        """Does a statement (with its article's title as context) belong to this topic?"""
        if self.none_of is not None and self.none_of.search(statement):
            return False
        around = f"{statement}\n{title}"
        return bool(self.about.search(statement)) and all(g.search(around) for g in self.context)

    def is_about(self, content: str) -> bool:
        """Does the claim's own content name the topic's subject (not just its sentence)?"""
        return bool(self.about.search(content))


# Different watchlist terms an opening must use to be steeped in a topic (`Topic.steeped`).
STEEPED_TERMS = 3


@functools.cache
def _term_regex(term: str) -> re.Pattern[str]:
    return re.compile(term_pattern(term))


def term_pattern(term: str) -> str:
    """Regex of one watchlist term (see the rules at the top of topics.yaml)."""
    term = str(term).strip()
    if term.startswith("re:"):
        return f"(?i:{term[3:]})"
    body = r"\s+".join(re.escape(w) for w in term.rstrip("*").split())
    body = rf"(?<!\w){body}" + (r"\w*" if term.endswith("*") else r"(?!\w)")
    if term.rstrip("*").isupper() and len(term.rstrip("*")) >= 2:
        return f"(?-i:{body})"
    return f"(?i:{body})"


def compile_terms(terms: Sequence[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each non-blank watchlist term with its compiled pattern (a proposition's own lists)."""
    return tuple((str(t).strip(), re.compile(term_pattern(str(t)))) for t in terms
                 if str(t).strip())


def group_pattern(terms: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(term_pattern(t) for t in terms))


def load_topics(path: Path) -> list[Topic]:
    """Parse the watchlist; raise TopicFileError with a readable message when it is wrong."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TopicFileError(f"cannot read topic watchlist {path}: {exc}") from exc
    topics, seen = [], set()
    for n, entry in enumerate(data.get("topics") or [], 1):
        topic_id = str(entry.get("id", ""))
        about, context = entry.get("about") or [], entry.get("context") or []
        if not TOPIC_ID.match(topic_id) or topic_id in seen:
            raise TopicFileError(f"{path}: topic #{n} needs a unique id of lowercase letters, "
                                 f"digits and hyphens (e.g. 'smoking-ban'): {topic_id!r}")
        if not isinstance(about, list) or not about:
            raise TopicFileError(f"{path}: topic {topic_id!r} needs `about:` as a list of terms")
        if not all(isinstance(g, list) and g for g in context):
            raise TopicFileError(f"{path}: topic {topic_id!r}: `context:` is a list of term lists")
        proposition = entry.get("proposition")
        sides = {side: entry.get(side) or [] for side in ("supports", "refutes")}
        if proposition is not None and (not isinstance(proposition, str)
                                        or not proposition.strip()):
            raise TopicFileError(f"{path}: topic {topic_id!r}: `proposition:` must be one "
                                 "declarative sentence")
        for side, terms in sides.items():
            if not isinstance(terms, list) or not all(isinstance(x, str) for x in terms):
                raise TopicFileError(f"{path}: topic {topic_id!r}: `{side}:` is a list of terms")
            if terms and not proposition:
                raise TopicFileError(
                    f"{path}: topic {topic_id!r} has `{side}:` terms but no `proposition:`; "
                    f"the terms signal a side of a proposition, so add one (e.g. "
                    f"proposition: \"Smoking should be banned in pubs.\")")
        try:
            topics.append(Topic(
                topic_id, str(entry.get("description", "")), group_pattern(about),
                tuple(group_pattern(g) for g in context),
                group_pattern(entry["none"]) if entry.get("none") else None,
                proposition.strip() if proposition else None,
                tuple(sides["supports"]), tuple(sides["refutes"]), tuple(map(str, about)),
                tuple(str(t) for g in context for t in g),
            ))
        except re.error as exc:
            raise TopicFileError(f"{path}: topic {topic_id!r} has a bad pattern: {exc}") from exc
        seen.add(topic_id)
    return topics


def match_topics(statement: str, topics: list[Topic], title: str = "") -> list[str]:
    """Ids of the watchlist topics a statement matches, in watchlist order."""
    return [t.id for t in topics if t.matches(statement, title)]
