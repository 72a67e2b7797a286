"""Exact and near-duplicate detection: normalised-text hashes and MinHash LSH over word shingles.

Two articles are near-duplicates when the MinHash estimate of the Jaccard similarity of their
word 5-gram shingle sets is at least ``NEAR_DUPLICATE_THRESHOLD`` (0.5): the same wire story
republished with different captions, headers and footers stays well above it, while two articles
on the same topic share few 5-grams and stay far below. LSH finds candidate pairs without
comparing all pairs; each candidate pair is then confirmed on the full signatures.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import polars as pl
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.5
_SEED = 7
_SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_hash(body: str) -> str:
    """Hash of the body's lower-cased word sequence: equal for texts differing only in layout."""
    return hashlib.sha256(" ".join(words(body)).encode("utf-8")).hexdigest()[:16]


def minhash_signature(body: str) -> list[int]:
    """MinHash signature (NUM_PERM uint64 values) of the body's word 5-gram shingles."""
    tokens = words(body)
    shingles = {" ".join(tokens[i : i + SHINGLE_WORDS])
                for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64).tolist()


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def cluster_articles(articles: pl.DataFrame) -> pl.DataFrame:
    """Cluster articles into exact and near-duplicate groups.

    Input columns: doc_id, text_hash, minhash (list of uint64), metadata_score (higher = more
    complete title/date/outlet), word_count. Output: doc_id, cluster_id (smallest doc_id of the
    cluster, stable as members are added), is_canonical (best metadata, then longest body, then
    smallest doc_id), cluster_size, duplicate_kind ("exact", "near" or null for singletons).
    """
    doc_ids: list[str] = articles["doc_id"].to_list()
    parent = {doc_id: doc_id for doc_id in doc_ids}
    kind: dict[str, str] = {}

    def union(a: str, b: str, how: str) -> None:
        root_a, root_b = _find(parent, a), _find(parent, b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
        kind[a] = kind.get(a) if kind.get(a) == "near" else how
        kind[b] = kind.get(b) if kind.get(b) == "near" else how

    first_by_hash: dict[str, str] = {}
    for doc_id, digest in zip(doc_ids, articles["text_hash"].to_list(), strict=True):
        if digest in first_by_hash:
            union(first_by_hash[digest], doc_id, "exact")
        else:
            first_by_hash[digest] = doc_id

    representatives = set(first_by_hash.values())
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    signatures: dict[str, LeanMinHash] = {}
    for doc_id, values in zip(doc_ids, articles["minhash"].to_list(), strict=True):
        if doc_id not in representatives:
            continue  # exact copies share the representative's signature
        minhash = LeanMinHash(seed=_SEED, scheme=_SCHEME,  # no permutation tables to build
                              hashvalues=np.asarray(values, dtype=np.uint64))
        for other in lsh.query(minhash):
            if minhash.jaccard(signatures[other]) >= NEAR_DUPLICATE_THRESHOLD:
                union(other, doc_id, "near")
        lsh.insert(doc_id, minhash)
        signatures[doc_id] = minhash

    return (
        articles.select("doc_id", "metadata_score", "word_count")
        .with_columns(
            cluster_id=pl.Series([_find(parent, d) for d in doc_ids], dtype=pl.String),
            duplicate_kind=pl.Series([kind.get(d) for d in doc_ids], dtype=pl.String),
        )
        .sort(["cluster_id", "metadata_score", "word_count", "doc_id"],
              descending=[False, True, True, False])
        .with_columns(
            is_canonical=pl.int_range(pl.len()).over("cluster_id") == 0,
            cluster_size=pl.len().over("cluster_id").cast(pl.Int64),
        )
        .select("doc_id", "cluster_id", "is_canonical", "cluster_size", "duplicate_kind")
        .sort("doc_id")
    )
