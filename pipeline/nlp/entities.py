"""Entity mentions of one article and canonical entities across the corpus.

Per article (`extract_mentions`): spaCy's named entities with offsets into the body, each with a
canonical name — honorifics and titles stripped ("Ayatollah Seyyed Ali Khamenei" -> "Ali
Khamenei"), a surname resolved to the article's full name ("Kanaani" -> "Nasser Kanaani"), an
acronym resolved to the organisation it abbreviates, aliases from `config/aliases.yaml`
("U.S." -> "United States") — and the role or title the text gives ("Iranian Foreign Minister").

Across the corpus (`build_entities`): mentions merge by `entity_key` (label-free, so a person
tagged NORP once still joins the PERSON), a lone surname joins the one full name that ends with
it, and the type is the majority label of the mentions.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import polars as pl
from spacy.tokens import Doc, Span, Token

from pipeline.models.columns import polars_schema
from pipeline.models.corpus import EntityKeySchema, EntitySchema
from pipeline.models.nlp import ENTITY_LABELS
from pipeline.nlp.aliases import apply_alias, entity_key
from pipeline.nlp.speakers import (
    GENERIC_PERSON_NOUNS,
    HONORIFICS,
    NAME_SUFFIXES,
    ROLE_NOUNS,
    TITLES,
    clean_name,
    np_tokens,
    span_text,
    split_role_before,
)

PERSONISH = {"PERSON", "NORP", "ORG", "GPE"}  # labels the small model confuses for people
_ACRONYM_SKIP = {"of", "the", "for", "and", "on", "in", "de", "&"}
_MAX_ROLES = 5


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


# -- the corpus ----------------------------------------------------------------------------------


def _entity_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def majority_label(votes: Counter[str]) -> str:
    """Most frequent label; a tie goes to PERSON (the model's slips are mostly away from it)."""
    return max(votes, key=lambda label: (votes[label], label == "PERSON", label))


# Role nouns an organisation holds too ("owner of Liffe", "rival suitor"): no sign of a person.
_SHARED_ROLES = frozenset("owner investor trader source member agent critic ally rival".split())


def is_person_role(role: str) -> bool:
    """A role only a person holds: its head noun ("Former WorldCom boss", "minister for
    Europe") is a title or role noun."""
    head = re.split(r"\s+(?:of|for|in|at|to|on)\s+", role.lower())[0].split()
    return bool(head) and head[-1] in (TITLES | ROLE_NOUNS | NAME_SUFFIXES) - _SHARED_ROLES


def entity_type(votes: Counter[str], has_role: bool, person_words: int, other_words: int) -> str:
    """PERSON when the text treats it as a person, else the majority label.

    The small model tags many bare surnames ORG ("Lavrov", "Opik"): two such mentions must not
    outvote "Russian Foreign Minister Sergey Lavrov". A person's role (`is_person_role`), or a
    PERSON mention longer than every mention tagged otherwise (the full name against bare
    surnames), makes it a person; equal lengths ("Lib Dem" tagged PERSON once, ORG often)
    leave the vote to decide.
    """
    label = majority_label(votes)
    if label != "PERSON" and (has_role or (person_words >= 2 and other_words < person_words)):
        return "PERSON"
    return label


def _surname_targets(person_keys: set[str]) -> dict[str, str]:
    """A lone surname -> the one multi-word person key ending with it (ambiguous: none)."""
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in person_keys:
        words = key.split()
        if len(words) > 1:
            by_last[words[-1]].add(key)
    return {k: next(iter(by_last[k])) for k in person_keys
            if " " not in k and len(by_last.get(k, ())) == 1}


def build_entities(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Canonical entities and a key table (name keys and mention ids -> entity_id).

    `mentions` needs doc_id, mention_id, text, label, canonical, role. Ties (between names of an
    entity, its roles, or entities sharing a name key) go to the first in mention order. (The
    entities stage does the per-mention steps in SQL and calls `merge_entities` itself.)
    """
    frame = mentions.select(pl.col(MENTION_COLUMNS).cast(pl.String)).with_row_index("row")
    names = frame.group_by(NAME_COLUMNS).agg(mentions=pl.len(), first=pl.col("row").min())
    entities, name_ids, name_keys = merge_entities(names)
    frame = frame.join(name_ids, on=NAME_COLUMNS, how="left", nulls_equal=True,
                       maintain_order="left")
    docs = frame.group_by("entity_id").agg(doc_count=pl.col("doc_id").n_unique())
    entities = entities.join(docs, on="entity_id", how="left", maintain_order="left").select(
        list(polars_schema(EntitySchema))).cast(polars_schema(EntitySchema))
    keys = pl.concat([frame.select(key="mention_id", entity_id="entity_id"), name_keys]).unique(
        "key", keep="last", maintain_order=True)
    return entities, keys


NAME_COLUMNS = ["text", "label", "canonical", "role"]


def merge_entities(names: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Merge the distinct names of the corpus into entities (memory grows with the names, not
    the mentions): (entities without doc_count, each name's entity_id, name keys -> entity_id).

    ``names``: one row per distinct (text, label, canonical, role) with `mentions` (how many)
    and `first` (the position of its first mention in mention order, which breaks ties). The
    name keys are those of canonical names and mention texts (each to the first entity using
    it), an entity's own key and a merged surname (to that entity).
    """
    schema = {**polars_schema(EntitySchema)}
    del schema["doc_count"]
    frame = with_keys(names.select(*NAME_COLUMNS, "mentions", row="first").cast(
        {c: pl.String for c in NAME_COLUMNS}), "canonical", "key")
    merge = _surname_targets({key for key, votes in counts_by(frame, "key", "label").items()
                              if majority_label(votes) == "PERSON"})
    frame = frame.with_columns(group=pl.col("key").replace(merge))
    frame = frame.join(frame.group_by("group").agg(first=pl.col("row").min()), on="group",
                       maintain_order="left").sort("first", "row")  # group by group, in order
    labels, names_of = counts_by(frame, "group", "label"), counts_by(frame, "group", "canonical")
    roles = counts_by(frame, "group", "role")
    stats = frame.group_by("group", maintain_order=True).agg(
        mention_count=pl.col("mentions").sum(),
        texts=pl.col("text").str.replace(r"['’]s$", "").str.strip_chars().unique(),
        person_words=_words_where(pl.col("label") == "PERSON"),
        other_words=_words_where(pl.col("label") != "PERSON"))
    entities, ids = [], {}
    for group, mention_count, texts, person_words, other_words in stats.rows():
        votes = names_of[group]
        name = max(votes, key=lambda n: (len(n.split()) > 1, votes[n], len(n)))
        ids[group] = _entity_id(group)
        kind = entity_type(labels[group], any(map(is_person_role, roles[group])),
                           person_words, other_words)
        entities.append({
            "entity_id": ids[group], "name": name, "type": kind,
            "aliases": sorted(a for a in set(texts) | set(votes) if a and a != name),
            "roles": [r for r, _ in roles[group].most_common(_MAX_ROLES)],
            "mention_count": mention_count,
        })
    frame = with_keys(frame, "text", "text_key").with_columns(
        entity_id=pl.col("group").replace_strict(ids, return_dtype=pl.String))
    name_keys = pl.concat([frame.select("first", "row", order=pl.lit(0), key="key",
                                        entity_id="entity_id"),
                           frame.select("first", "row", order=pl.lit(1), key="text_key",
                                        entity_id="entity_id")]).sort("first", "row", "order")
    own = pl.DataFrame({"key": [*ids, *merge],
                        "entity_id": [*ids.values(), *map(_entity_id, merge.values())]},
                       schema=polars_schema(EntityKeySchema))
    keys = pl.concat([
        name_keys.unique("key", keep="first", maintain_order=True).select("key", "entity_id"),
        own,
    ]).unique("key", keep="last", maintain_order=True)
    return (pl.DataFrame(entities, schema=schema), frame.select(*NAME_COLUMNS, "entity_id"),
            keys)


def _words_where(condition: pl.Expr) -> pl.Expr:
    """Most words in a mention text meeting ``condition`` (0 for none)."""
    return pl.col("text").filter(condition).str.count_matches(r"\S+").max().fill_null(0)


def with_keys(frame: pl.DataFrame, name: str, out: str) -> pl.DataFrame:
    """``frame`` with column ``out`` = `entity_key` of (``name``, label), once per distinct pair."""
    pairs = frame.select(name, "label").unique()
    keys = pl.Series(out, [entity_key(n, label) for n, label in pairs.rows()], dtype=pl.String)
    return frame.join(pairs.with_columns(keys), on=[name, "label"], how="left",
                      maintain_order="left")


def counts_by(frame: pl.DataFrame, by: str, column: str) -> dict[str, Counter[str]]:
    """``by`` value -> Counter of non-null ``column`` values (summing `mentions`, the mentions
    each row stands for), each in order of first mention."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for key, value, count, _ in (frame.drop_nulls(column).group_by(by, column)
                                 .agg(count=pl.col("mentions").sum(), first=pl.col("row").min())
                                 .sort("first").rows()):
        counts[key][value] = count
    return counts


MENTION_COLUMNS = ["doc_id", "mention_id", "text", "label", "canonical", "role"]
