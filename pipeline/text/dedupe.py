"""Exact and near-duplicate detection: normalised-text hashes and MinHash LSH over word shingles.

Two articles are near-duplicates when the MinHash estimate of the Jaccard similarity of their
word 5-gram shingle sets is at least ``NEAR_DUPLICATE_THRESHOLD`` (0.5): the same wire story
republished with different captions, headers and footers stays well above it, while two articles
on the same topic share few 5-grams and stay far below. LSH finds candidate pairs without
comparing all pairs (each band's keys are sorted, so memory is a few integers per article); each
candidate pair is then confirmed on the full signatures.

The signatures are datasketch's ``MinHash(num_perm=128, seed=7, scheme="affine32")`` values, bit
for bit (tests compare the two), computed here with the permutations drawn once: datasketch
draws them again for every MinHash and its import pulls in scipy, half a second per run.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import re

import numpy as np
import polars as pl

NUM_PERM = 128
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.5
_SEED = 7
_WORD = re.compile(r"\w+")
_MIX = 0x9E3779B97F4A7C15  # odd 64-bit multiplier for mixing band values
MAX_BUCKET = 64
_FIRST_OF_TEXT = pl.col("doc_id").first().over("text_hash")  # in input order


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(body: str) -> str:
    """Hash of the body's lower-cased word sequence: equal for texts differing only in layout."""
    return hashlib.sha256(" ".join(words(body)).encode("utf-8")).hexdigest()[:16]


def minhash_signature(body: str) -> list[int]:
    """MinHash signature (NUM_PERM values below 2**32) of the body's word 5-gram shingles."""
    tokens = words(body)
    shingles = {" ".join(tokens[i : i + SHINGLE_WORDS])
                for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))}
    hashes = np.array([int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little")
                       for s in shingles], dtype=np.uint32)
    a, b = _permutations()
    with np.errstate(over="ignore"):
        permuted = _fmix32(hashes)[:, None] * a + b  # uint32 arithmetic: wraps modulo 2**32
    return permuted.min(axis=0).astype(np.uint64).tolist()


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h -> a*h + b (mod 2**32, a odd) that datasketch draws."""
    generator = np.random.RandomState(_SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads the input hashes)."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint32(16))
        h = h * np.uint32(0x85EBCA6B)
        h = h ^ (h >> np.uint32(13))
        h = h * np.uint32(0xC2B2AE35)
        return h ^ (h >> np.uint32(16))


@functools.cache
def lsh_shape(threshold: float = NEAR_DUPLICATE_THRESHOLD) -> tuple[int, int]:
    """(bands, rows per band) with NUM_PERM values that minimise the false-positive plus the
    false-negative probability mass around ``threshold`` (datasketch's MinHashLSH choice)."""
    below, above = np.linspace(0.0, threshold, 201), np.linspace(threshold, 1.0, 201)
    best, shape = math.inf, (0, 0)
    for bands in range(1, NUM_PERM + 1):
        for rows in range(1, NUM_PERM // bands + 1):
            false_positive = _simpson(1 - (1 - below**rows) ** bands, threshold)
            false_negative = _simpson((1 - above**rows) ** bands, 1.0 - threshold)
            if false_positive + false_negative < best:
                best, shape = false_positive + false_negative, (bands, rows)
    return shape


def _simpson(y: np.ndarray, width: float) -> float:
    """Simpson's rule over ``width`` for an odd number of evenly spaced samples ``y``."""
    step = width / (len(y) - 1)
    return float(step / 3 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum()))


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One uint64 per (article, band): the band's values mixed (a collision only adds a
    candidate, which is then checked on the full signature)."""
    keys = np.zeros((len(signatures), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for b in range(bands):
            for value in signatures[:, b * rows : (b + 1) * rows].T:
                keys[:, b] = keys[:, b] * np.uint64(_MIX) + value
    return keys


def band_rows(doc_ids: list[str], keys: np.ndarray) -> pl.DataFrame:
    """`dedupe_bands` rows of these articles and their `band_keys`: doc_id, band, key (the
    uint64's bits as int64)."""
    bands = keys.shape[1]
    return pl.DataFrame({
        "doc_id": np.repeat(np.array(doc_ids, dtype=object), bands).tolist(),
        "band": np.tile(np.arange(bands, dtype=np.int64), len(doc_ids)),
        "key": keys.reshape(-1).view(np.int64),
    }, schema={"doc_id": pl.String, "band": pl.Int64, "key": pl.Int64})


def signature_keys(signatures: np.ndarray) -> np.ndarray:
    """The band keys of ``signatures`` (rows of NUM_PERM values) at the LSH shape in use."""
    bands, rows = lsh_shape()
    if not len(signatures):
        return np.zeros((0, bands), np.uint64)
    return band_keys(signatures, bands, rows)


def agreement(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Share of equal values, row by row: the MinHash estimate of each pair's Jaccard."""
    return (left == right).mean(axis=1)


def candidate_pairs(
    keys: np.ndarray, max_bucket: int = MAX_BUCKET, rows: np.ndarray | None = None
) -> np.ndarray:
    """Row pairs (i < j) sharing a band key, found by sorting each band (n log n, never all
    pairs). ``rows``: only these rows take part (default all; indexes stay those of ``keys``).
    A bucket larger than ``max_bucket`` pairs each member with its first and its predecessor
    only, which still connects a true cluster."""
    rows = np.arange(len(keys)) if rows is None else rows
    pairs: list[tuple[int, int]] = []
    for b in range(keys.shape[1]):
        band = keys[rows, b]  # one band of the rows at a time: no copy of every key
        order = np.argsort(band, kind="stable")
        ordered = band[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, len(order)])
        for start, size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True):
            members = np.sort(rows[order[start : start + size]])
            if len(members) <= max_bucket:
                pairs += [(int(a), int(b)) for k, a in enumerate(members) for b in members[k + 1 :]]
            else:
                pairs += [(int(members[0]), int(b)) for b in members[1:]]
                pairs += [(int(a), int(b)) for a, b in itertools.pairwise(members[1:])]
    return np.unique(np.array(pairs, dtype=np.int64).reshape(-1, 2), axis=0)


def near_duplicate_pairs(
    signatures: np.ndarray, threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[tuple[int, int]]:
    """Row pairs whose signatures agree on at least ``threshold`` of their values."""
    bands, rows = lsh_shape(threshold)
    pairs = candidate_pairs(band_keys(signatures, bands, rows))
    if not len(pairs):
        return []
    agree = agreement(signatures[pairs[:, 0]], signatures[pairs[:, 1]])
    return [(int(i), int(j)) for i, j in pairs[agree >= threshold]]


def first_of_each_text(articles: pl.DataFrame) -> pl.Series:
    """True for the first article of each distinct text (``text_hash``): only those need
    signatures, as exact copies share theirs."""
    return articles.select(pl.col("doc_id") == _FIRST_OF_TEXT).to_series()


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def cluster_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """Cluster articles into exact and near-duplicate groups (input columns: those of
    `clusters_from_pairs`, and minhash, a list of NUM_PERM uint64)."""
    rows = np.flatnonzero(first_of_each_text(articles).to_numpy())
    signatures = articles["minhash"].list.to_array(NUM_PERM).to_numpy()[rows]
    doc_ids = articles["doc_id"].to_list()
    near = [(doc_ids[rows[i]], doc_ids[rows[j]]) for i, j in near_duplicate_pairs(signatures)]
    return clusters_from_pairs(articles, near)


def clusters_from_pairs(articles: pl.DataFrame, near: list[tuple[str, str]]) -> pl.DataFrame:
    """The clusters of ``articles`` joined by their exact copies and the ``near`` pairs.

    Input columns: doc_id, text_hash, metadata_score (higher = more complete title/date/
    outlet), word_count. Output: doc_id, cluster_id (smallest doc_id of the cluster, stable as
    members are added), is_canonical (best metadata, then longest body, then smallest doc_id),
    cluster_size, duplicate_kind ("exact", "near" or null for singletons). Only the articles
    in a pair enter the union-find, so a corpus of singletons costs no Python objects each.
    """
    parent: dict[str, str] = {}
    kind: dict[str, str] = {}

    def union(a: str, b: str, how: str) -> None:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        root_a, root_b = _find(parent, a), _find(parent, b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
        kind[a] = kind.get(a) if kind.get(a) == "near" else how
        kind[b] = kind.get(b) if kind.get(b) == "near" else how

    exact = articles.select("doc_id", first=_FIRST_OF_TEXT)
    for doc_id, first in exact.filter(pl.col("doc_id") != pl.col("first")).iter_rows():
        union(first, doc_id, "exact")
    for a, b in near:
        union(a, b, "near")
    members = pl.DataFrame(
        {"doc_id": list(parent), "root": [_find(parent, d) for d in parent],
         "kind": [kind.get(d) for d in parent]},
        schema={"doc_id": pl.String, "root": pl.String, "kind": pl.String})
    return (
        articles.select("doc_id", "metadata_score", "word_count")
        .join(members, on="doc_id", how="left", maintain_order="left")
        .with_columns(cluster_id=pl.coalesce("root", "doc_id"), duplicate_kind="kind")
        .sort(["cluster_id", "metadata_score", "word_count", "doc_id"],
              descending=[False, True, True, False])
        .with_columns(
            is_canonical=pl.int_range(pl.len()).over("cluster_id") == 0,
            cluster_size=pl.len().over("cluster_id").cast(pl.Int64),
        )
        .select("doc_id", "cluster_id", "is_canonical", "cluster_size", "duplicate_kind")
        .sort("doc_id")
    )
