"""Test stand-ins: a deterministic embedder, and hand-made retrieval hits.

The embedder is for tests of index bookkeeping (not of retrieval quality). It hashes character
bigrams into a fixed-size normalized vector: similar texts get similar vectors, it needs no
model, and it counts what it was asked to embed.
"""

from __future__ import annotations

import hashlib
import itertools
from typing import Any

import numpy as np

from vectorstore.retriever import Hit


class HashingEmbedder:
    def __init__(self, dimension: int = 64, embedder_id: str = "test:hashing-64") -> None:
        self.dimension = dimension
        self.embedder_id = embedder_id
        self.embedded_count = 0

    def reset_counts(self) -> None:
        self.embedded_count = 0

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(self.dimension, dtype=np.float32)
        for i in range(len(text) - 1):
            bucket = int(hashlib.md5(text[i : i + 2].encode()).hexdigest()[:8], 16) % self.dimension
            vector[bucket] += 1.0
        norm = float(np.linalg.norm(vector)) or 1.0
        return (vector / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded_count += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


_HIT_IDS = itertools.count(1)


def make_hit(text: str, score: float = 1.0, rank: int = 0, **meta: Any) -> Hit:
    """A retrieved chunk made by hand: `meta` is its metadata (doc_id, title, unit, year, period…);
    a chunk id is made up when none is given, and doc_id defaults to one per hit."""
    n = next(_HIT_IDS)
    meta.setdefault("doc_id", f"doc{n}")
    chunk_id = str(meta.pop("chunk_id", f"{meta['doc_id']}:{n}"))
    return Hit(chunk_id=chunk_id, text=text, metadata=meta, score=score, rank=rank)
