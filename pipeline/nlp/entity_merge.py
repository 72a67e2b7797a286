"""Canonical entities across the corpus, from the mentions' distinct names (no spaCy: the
entities stage merges without loading the model).

Mentions merge by `entity_key` (label-free, so a person tagged NORP once still joins the
PERSON), a lone surname joins the one full name that ends with it, and the type is the majority
label of the mentions. Every merge stays inside a partition of names (`entity_partition`), so
the stage re-merges only the partitions a changed article touches.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict

import polars as pl

from pipeline.models.columns import polars_schema
from pipeline.models.corpus import EntityKeySchema, EntitySchema
from pipeline.nlp.aliases import entity_key
from pipeline.nlp.person_words import NAME_SUFFIXES, ROLE_NOUNS, TITLES

_MAX_ROLES = 5

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


def entity_partition(key: str) -> str:
    """The last word of a merge key: every name that `merge_entities` can merge or compare with
    a name lies in its partition (a lone surname is the last word of the full names it joins;
    an entity's names share its key), so partitions merge independently, in first-mention
    order. Only text keys cross partitions (`name_key_rows` in the entities stage)."""
    words = key.split()
    return words[-1] if words else ""


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
    and `first` (the position of its first mention in mention order, which breaks ties), and
    optionally `key` and `text_key` (`entity_key` of canonical and text, if known). The
    name keys are those of canonical names and mention texts (each to the first entity using
    it), an entity's own key and a merged surname (to that entity).
    """
    schema = {**polars_schema(EntitySchema)}
    del schema["doc_count"]
    known = [c for c in ("key", "text_key") if c in names.columns]
    frame = with_keys(names.select(*NAME_COLUMNS, "mentions", *known, row="first").cast(
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
    """``frame`` with column ``out`` = `entity_key` of (``name``, label), once per distinct pair
    (kept when ``frame`` has it already)."""
    if out in frame.columns:
        return frame
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
