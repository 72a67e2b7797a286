"""Statement groups: one statement by one speaker, however many articles and outlets carry it.

Two claims are the same statement when they have the same *speaker key* (the speaker's entity
id, else the lower-cased speaker text) and their contents are

- equal: the same normalised word sequence (lower-cased words, punctuation dropped); or
- contained: one normalised word sequence occurs in the other at word boundaries and the shorter
  has at least ``MIN_CONTAINED_WORDS`` (6) words (an outlet that trimmed the quote); or
- similar: their content-term sets (`pipeline.trail.terms.content_terms`) have Jaccard
  >= ``MIN_JACCARD`` (0.6) and share at least ``MIN_SHARED_TERMS`` (4) terms (a reworded copy).

Article clusters and dates play no part: a wire quote picked up by three papers and an
official's line repeated days later are one statement each. Groups are transitive (union-find),
so A~B and B~C put A, B and C in one group.

Speed (100k claims in seconds, not hours): exact copies collapse first (one *text* per speaker
key, normalised words and terms); pairs are compared only within one speaker key, and only when
an inverted index on (speaker key, term) says they share a rare term. Terms are ranked rarest
first by frequency; for "similar" each text indexes its ``|T| - max(ceil(0.6 |T|), 4) + 1``
rarest terms (prefix filtering: two sets reaching the thresholds must share one of those, so no
qualifying pair is missed), and a pair whose first shared term comes too late to leave room for
enough shared terms is dropped before its sets are compared (positional filtering); for
"contained" the longer text must have the shorter's rarest normalised word (every word of a
contained text is in the longer one, so none is missed either). `statement_texts` rows (each
claim's key, words and terms) let the claims stage find a new claim's links in SQL without
grouping its speaker's statements again.

The group's representative is its earliest copy (claim_date, else published_date; undated
last), then the longest, then the smallest claim_id; `statement_group_id` is the first 16 hex
digits of the SHA-1 of the representative's claim_id: the same claims give the same ids on
every rebuild (an earlier copy found later moves the group to a new id).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

import polars as pl

from pipeline.models.columns import polars_schema
from pipeline.models.trail import StatementGroupSchema
from pipeline.trail.terms import terms_expr, words_expr

MIN_CONTAINED_WORDS = 6
MIN_JACCARD = 0.6
MIN_SHARED_TERMS = 4
PAIR_CHUNK = 5_000  # texts whose candidate pairs are formed at once: bounds the join's memory
PAIR_BUDGET = 100_000_000  # chunk x texts compared: smaller chunks for a larger partition


def speaker_key() -> pl.Expr:
    """Who said it: the speaker's entity id, else the lower-cased speaker text."""
    return pl.coalesce(pl.col("speaker_entity_id"),
                       pl.col("speaker").str.strip_chars().str.to_lowercase()).fill_null("")


def stable_id(*parts: str) -> str:
    """First 16 hex digits of the SHA-1 of the parts (joined by a unit separator)."""
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def statement_texts(claims: pl.DataFrame) -> pl.DataFrame:
    """Per claim what the rule compares: claim_id, doc_id, key, norm, words, terms and
    seen_date (its claim_date, else published_date). An empty word sequence (content of
    punctuation only) becomes a norm of its own, equal to nothing else."""
    if "published_date" not in claims.columns:
        claims = claims.with_columns(published_date=pl.lit(None, dtype=pl.Date))
    rows = claims.select(
        "claim_id", "doc_id", key=speaker_key(), norm=words_expr(pl.col("content")),
        terms=terms_expr(pl.col("content")),
        seen_date=pl.coalesce(pl.col("claim_date"), pl.col("published_date")))
    rows = rows.with_columns(norm=pl.when(pl.col("norm") == "")
                             .then(pl.lit("\x00") + pl.col("claim_id")).otherwise("norm"))
    return rows.with_columns(words=(pl.col("norm").str.count_matches(" ") + 1).cast(pl.Int64))


def group_statements(claims: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(claim_id -> statement_group_id, `statement_groups` rows) for ``claims``.

    ``claims`` needs claim_id, doc_id, speaker, speaker_entity_id, content, outlet, claim_date,
    published_date (cluster_id may be present; the rule does not need it); `statement_texts`'
    columns (key, norm, words, terms, seen_date), when present, are not computed again.
    """
    schema = polars_schema(StatementGroupSchema)
    if claims.is_empty():
        return (pl.DataFrame(schema={"claim_id": pl.String, "statement_group_id": pl.String}),
                pl.DataFrame(schema=schema))
    if "terms" not in claims.columns:
        claims = claims.join(statement_texts(claims).drop("doc_id"), on="claim_id",
                             maintain_order="left")
    rows = claims.rename({"seen_date": "when"}).with_columns(
        tkey=pl.col("terms").list.join(" "))
    texts = text_groups(rows.group_by("key", "norm", "tkey", maintain_order=True)
                        .agg(pl.col("terms").first(), pl.col("words").first())
                        .with_row_index("text"))
    rows = rows.join(texts.select("key", "norm", "tkey", "group"), on=["key", "norm", "tkey"],
                     how="left", maintain_order="left")
    groups = group_rows(rows)
    mapping = rows.join(groups.select("group", "statement_group_id"), on="group",
                        maintain_order="left").select("claim_id", "statement_group_id")
    return mapping, groups.select(list(schema)).cast(schema).sort("statement_group_id")


def text_groups(texts: pl.DataFrame) -> pl.DataFrame:
    """``texts`` (distinct: text, key, norm, words, terms) with `group`: the smallest `text`
    number of the component each belongs to."""
    local = texts.with_row_index("node").rename({"text": "label"}).with_columns(
        text=pl.col("node"))
    roots = _components(local.height, _same_statement_edges(local.drop("label")))
    labels = local["label"].gather(roots)
    return texts.with_columns(group=labels)


def group_rows(rows: pl.DataFrame) -> pl.DataFrame:
    """One row per `group`: its representative copy, outlets and counts. ``rows`` may include
    earlier groups' rows standing for their members (with `outlets` and `claim_count`; the
    representative of a union is the first of its parts' representatives; their
    `article_count` is then the caller's to count)."""
    if "outlets" not in rows.columns:
        rows = rows.with_columns(outlets=pl.concat_list(pl.col("outlet")), claim_count=1)
    ordered = rows.sort([pl.col("when"), pl.col("content").str.len_chars(), pl.col("claim_id")],
                        descending=[False, True, False], nulls_last=True)
    groups = ordered.group_by("group", maintain_order=True).agg(
        claim_id=pl.col("claim_id").first(), speaker=pl.col("speaker").first(),
        speaker_entity_id=pl.col("speaker_entity_id").first(),
        content=pl.col("content").first(), first_seen=pl.col("when").first(),
        first_outlet=pl.col("outlet").first(),
        outlets=pl.col("outlets").list.explode(keep_nulls=False, empty_as_null=False)
        .drop_nulls().unique().sort(),
        article_count=pl.col("doc_id").n_unique(), claim_count=pl.col("claim_count").sum())
    ids = [stable_id(claim_id) for claim_id in groups["claim_id"]]
    return groups.with_columns(statement_group_id=pl.Series(ids, dtype=pl.String))


def _same_statement_edges(texts: pl.DataFrame) -> Iterator[pl.DataFrame]:
    """Pairs (a, b) of distinct texts of one speaker that are the same statement, a chunk at a
    time: a much-quoted speaker's rewordings link in near-cliques (all their pairs at once
    took 1.1 GB at 70,000 texts), and the union-find needs each pair only once.

    Speakers and terms become integer codes (a term's code is its rank, rarest first), so the
    index joins and set intersections run on integers.
    """
    speakers = texts.select("key").unique().with_row_index("spk")
    texts = texts.join(speakers, on="key", maintain_order="left")
    terms = (texts.select("text", "spk", term="terms").explode("term").drop_nulls("term"))
    rank = (terms.group_by("term").agg(df=pl.len()).sort("df", "term")
            .with_row_index("rank").select("term", "rank"))
    terms = (terms.join(rank, on="term").drop("term").sort("text", "rank")
             .with_columns(pos=pl.int_range(pl.len()).over("text"),
                           size=pl.len().over("text")))
    codes = terms.group_by("text").agg(codes=pl.col("rank"), size=pl.len())
    info = texts.select("text", "spk", "norm", "words").join(codes, on="text", how="left")
    equal = (texts.select("text", first=pl.col("text").min().over("key", "norm"))
             .filter(pl.col("text") != pl.col("first")).select(a="first", b="text"))
    yield equal
    yield from _similar_pairs(terms, info)
    yield from _contained_pairs(info)


def _chunks(frame: pl.DataFrame) -> list[pl.DataFrame]:
    """``frame``'s rows in chunks of consecutive `text` numbers. A popular speaker's texts
    share many rare terms (a quarter of the claims at 100,000 synthetic articles), and forming
    all their candidate pairs at once took 1.6 GB; chunk by chunk the pairs found are the same.
    Each text of a chunk meets every text of the partition, so a chunk holds at most
    ``PAIR_BUDGET`` / texts of them: 5,000 took 1.4 GB more at 70,000 texts."""
    if frame.is_empty():
        return [frame]
    last = int(frame["text"].max())
    size = max(100, min(PAIR_CHUNK, PAIR_BUDGET // (last + 1)))
    return [frame.filter(pl.col("text").is_between(start, start + size - 1))
            for start in range(0, last + 1, size)]


def _similar_pairs(terms: pl.DataFrame, info: pl.DataFrame) -> Iterator[pl.DataFrame]:
    """Pairs with term Jaccard >= MIN_JACCARD and >= MIN_SHARED_TERMS shared (prefix filter),
    a chunk at a time (each evaluated lazily, so the unfiltered join is never held whole)."""
    need = pl.max_horizontal(
        (pl.col("size") * MIN_JACCARD - 1e-9).ceil().cast(pl.Int64), pl.lit(MIN_SHARED_TERMS))
    prefix = terms.filter(pl.col("pos") < pl.col("size") - need + 1)
    # Positional filter: sharing a term at positions i, j leaves room for at most
    # min(|A| - i, |B| - j) shared terms, and Jaccard >= t needs t/(1+t) * (|A| + |B|).
    overlap = pl.max_horizontal(
        (MIN_JACCARD / (1 + MIN_JACCARD) * (pl.col("size") + pl.col("size_b")) - 1e-9).ceil(),
        pl.lit(MIN_SHARED_TERMS))
    room = pl.min_horizontal(pl.col("size") - pl.col("pos"), pl.col("size_b") - pl.col("pos_b"))
    shared = pl.col("codes_a").list.set_intersection(pl.col("codes_b")).list.len()
    union = pl.col("codes_a").list.len() + pl.col("codes_b").list.len() - shared
    codes = info.lazy().select("text", "codes")
    for left in _chunks(prefix):
        pairs = (left.lazy().join(prefix.lazy(), on=["spk", "rank"], suffix="_b")
                 .filter((pl.col("text") < pl.col("text_b")) & (room >= overlap))
                 .select(a="text", b="text_b").unique()
                 .join(codes.rename({"text": "a", "codes": "codes_a"}), on="a")
                 .join(codes.rename({"text": "b", "codes": "codes_b"}), on="b"))
        yield (pairs.filter((shared >= MIN_SHARED_TERMS) & (shared >= MIN_JACCARD * union - 1e-9))
               .select("a", "b").collect(engine="streaming"))


def _contained_pairs(info: pl.DataFrame) -> Iterator[pl.DataFrame]:
    """Pairs where the shorter normalised text (>= MIN_CONTAINED_WORDS words, with a content
    term) is in the longer, a chunk at a time; candidates: the texts that have the shorter's
    rarest word."""
    words = (info.select("text", "spk", "words", word=pl.col("norm").str.split(" "))
             .explode("word").unique(["text", "word"]))
    rank = (words.group_by("word").agg(df=pl.len()).sort("df", "word")
            .with_row_index("rank").select("word", "rank"))
    words = words.join(rank, on="word").drop("word")
    rarest = (words.join(info.filter(pl.col("size") > 0).select("text"), on="text", how="semi")
              .filter(pl.col("words") >= MIN_CONTAINED_WORDS)
              .sort("rank").unique("text", keep="first"))
    inside = (pl.lit(" ") + pl.col("long_norm") + pl.lit(" ")).str.contains(
        pl.lit(" ") + pl.col("short_norm") + pl.lit(" "), literal=True)
    for short in _chunks(rarest):
        pairs = (short.join(words, on=["spk", "rank"], suffix="_long")
                 .filter(pl.col("words") < pl.col("words_long"))
                 .select(short="text", long="text_long"))
        pairs = pairs.join(info.select(short="text", short_norm="norm"), on="short").join(
            info.select(long="text", long_norm="norm"), on="long")
        yield pairs.filter(inside).select("short", "long")


def _components(size: int, edges: Iterable[pl.DataFrame]) -> list[int]:
    """Union-find over ``size`` nodes and the pairs of ``edges`` (frames of two node columns):
    each node's root (the smallest node of its component)."""
    parent = list(range(size))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in (pair for frame in edges for pair in frame.iter_rows()):
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    return [find(node) for node in range(size)]
