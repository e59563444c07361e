"""Hybrid retrieval: dense (Chroma, cosine) and BM25 candidates fused by reciprocal rank.

Scores are readable: 1.0 means both retrievers ranked the chunk first; 0.5 means one of them
did and the other did not find it. Each hit also carries the raw evidence (cosine similarity,
share of the query's words found, verbatim match) that the answer step calibrates its
"not in the material" floor on.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from vectorstore.lexical import BM25Index
from vectorstore.store import ChunkStore

RRF_K = 60
CANDIDATES = 40
_BEST_FUSED = 2.0 / (RRF_K + 1)
LEAD_SHARE = 0.5  # a BM25 hit scoring at least this share of the best one, when the rest score below it…
MAX_LEADING = 3  # …and there are at most this many such hits, is clearly ahead


def _clear_lead(lexical: list) -> set[str]:
    """The few BM25 hits far ahead of the rest ("拉网式摸排" in two chunks scoring 110 and 98, the next
    37): rank fusion alone weighs a first place by rank, not by how far ahead it is, so a passage
    the dense retriever misses (a noisy page's chunk) would lose to ones both find moderately."""
    if len(lexical) <= MAX_LEADING or lexical[0].score <= 0:
        return set()
    ahead = [hit for hit in lexical if hit.score >= lexical[0].score * LEAD_SHARE]
    return {hit.chunk_id for hit in ahead} if len(ahead) <= MAX_LEADING else set()


@dataclass(frozen=True)
class SearchFilters:
    """Metadata filters a user can set: year, unit kind, documents."""

    year: int | None = None
    unit_kind: str | None = None
    doc_ids: frozenset[str] | None = None

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.year is not None:
            clauses.append({"year": self.year})
        if self.unit_kind:
            clauses.append({"unit_kind": self.unit_kind})
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": sorted(self.doc_ids)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass
class Hit:
    """One retrieved chunk with its fused score and the retrievers that found it."""

    chunk_id: str
    text: str
    metadata: dict[str, Any]
    score: float
    rank: int = 0
    retrievers: tuple[str, ...] = ()
    dense_similarity: float | None = None
    lexical_coverage: float | None = None
    exact: bool = False

    @property
    def doc_id(self) -> str:
        return str(self.metadata.get("doc_id", ""))

    @property
    def title(self) -> str:
        return str(self.metadata.get("title", ""))

    @property
    def section(self) -> str:
        return str(self.metadata.get("section", ""))

    def as_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "score": round(self.score, 4),
            "chunk_id": self.chunk_id,
            "doc_id": self.doc_id,
            "title": self.title,
            "section": self.section,
            "year": self.metadata.get("year"),
            "unit": self.metadata.get("unit"),
            "unit_kind": self.metadata.get("unit_kind"),
            "source": self.metadata.get("source"),
            "retrievers": list(self.retrievers),
            "text": self.text,
        }


def indexed_text(text: str, metadata: dict[str, Any]) -> str:
    """What BM25 indexes for a stored chunk: its heading path in front of its text (as embedded)."""
    heading = str(metadata.get("heading_path", ""))
    return f"{heading}\n{text}" if heading else text


@dataclass
class LexicalIndex:
    """The BM25 index kept in step with the store, persisted under the data dir."""

    store: ChunkStore
    path: Path
    check_interval: float = 2.0
    index: BM25Index = field(default_factory=BM25Index)
    _checked_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        saved = BM25Index.load(self.path)
        if saved is not None:
            self.index = saved

    def sync(self, *, force: bool = False) -> bool:
        """Catch up with writes (ours or another process's); True when something changed.

        A search never waits here: while another thread catches up, it uses the index as it is.
        """
        now = time.monotonic()
        if not force and now - self._checked_at < self.check_interval:
            return False
        if not self._lock.acquire(blocking=force):
            return False
        try:
            self._checked_at = now
            return self._catch_up()
        finally:
            self._lock.release()

    def _catch_up(self) -> bool:
        revision = self.store.latest_revision()
        if revision == self.index.revision and len(self.index) == self.store.count():
            return False
        stored_ids = set(self.store.chunk_ids())
        known = set(self.index.ids)
        metadata_revision = self.store.metadata_revision
        # chunks that kept their ids but got new metadata (newer ingest rules) are read again, every one
        fresh = stored_ids if metadata_revision != self.index.metadata_revision else stored_ids - known
        added = self.store.get_chunks(sorted(fresh))
        self.index.replace(known - stored_ids, [(c.chunk_id, indexed_text(c.text, c.metadata), c.metadata) for c in added])
        self.index.revision = revision
        self.index.metadata_revision = metadata_revision
        self.index.save(self.path)
        return True


class HybridRetriever:
    """Dense + BM25 -> reciprocal-rank fusion -> the k best chunks."""

    def __init__(self, store: ChunkStore, embedder, lexical: LexicalIndex, candidates: int = CANDIDATES) -> None:
        self.store = store
        self.embedder = embedder
        self.lexical = lexical
        self.candidates = candidates

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[Hit]:
        """The k best chunks for a query, best first, with readable scores."""
        filters = filters or SearchFilters()
        query = query.strip()
        if not query:
            return []
        self.lexical.sync()
        depth = max(self.candidates, k)
        dense = self.store.query(np.asarray(self.embedder.embed_query(query)), depth, filters.chroma_where())
        lexical = self.lexical.index.search(
            query, depth, year=filters.year, unit_kind=filters.unit_kind, doc_ids=set(filters.doc_ids or ())
        )
        fused: dict[str, float] = {}
        found_by: dict[str, list[str]] = {}
        for rank, (chunk_id, _) in enumerate(dense, start=1):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
            found_by.setdefault(chunk_id, []).append("dense")
        lexical_by_id = {}
        leading = _clear_lead(lexical)
        for rank, hit in enumerate(lexical, start=1):
            chunk_id = hit.chunk_id
            lexical_by_id[chunk_id] = hit
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
            found_by.setdefault(chunk_id, []).append("bm25")
            if hit.exact:  # the words the user pasted, verbatim: a third retriever that ranks it first
                fused[chunk_id] += 1.0 / (RRF_K + 1)
                found_by[chunk_id].append("phrase")
            elif chunk_id in leading:  # far ahead on the words: as sure as a dense first place
                fused[chunk_id] += 1.0 / (RRF_K + 1)
        best = sorted(fused, key=lambda chunk_id: (-fused[chunk_id], chunk_id))[:k]
        stored = {c.chunk_id: c for c in self.store.get_chunks(best)}
        similarity = dict(dense)
        hits = []
        for chunk_id in best:
            if chunk_id not in stored:  # deleted by another process since the BM25 sync
                continue
            lex = lexical_by_id.get(chunk_id)
            hits.append(
                Hit(
                    chunk_id=chunk_id,
                    text=stored[chunk_id].text,
                    metadata=stored[chunk_id].metadata,
                    score=min(1.0, fused[chunk_id] / _BEST_FUSED),
                    rank=len(hits) + 1,
                    retrievers=tuple(found_by[chunk_id]),
                    dense_similarity=similarity.get(chunk_id),
                    lexical_coverage=lex.coverage if lex else None,
                    exact=bool(lex and lex.exact),
                )
            )
        return hits


class LangChainRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain `BaseRetriever`, for chains that expect one."""

    retriever: Any
    k: int = 5
    filters: SearchFilters | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=hit.text,
                metadata={**hit.metadata, "chunk_id": hit.chunk_id, "score": hit.score, "retrievers": list(hit.retrievers)},
            )
            for hit in self.retriever.search(query, self.k, self.filters)
        ]
