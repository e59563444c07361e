"""The knowledge base: one store, embedder and retriever per process, shared by the CLI and the app."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from assistant.summaries import document_row
from vectorstore.embeddings import CachedEmbeddings, build_embedder, default_cache_path
from vectorstore.indexer import Indexer, IndexReport
from vectorstore.lexical import load_user_dictionary
from vectorstore.retriever import HybridRetriever, Hit, LexicalIndex, SearchFilters
from vectorstore.store import ChunkStore


def _store_name(settings: Settings) -> str:
    if settings.chroma_host:
        return re.sub(r"[^0-9A-Za-z.-]", "_", f"{settings.chroma_host}_{settings.chroma_port or 8000}")
    return "embedded"


class KnowledgeBase:
    """Everything that reads or writes the index, built once from the settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        load_user_dictionary(settings.user_dict)
        self.embedder = CachedEmbeddings(build_embedder(settings.embedding_model), default_cache_path(settings.data_dir))
        self.store = ChunkStore(
            settings.data_dir,
            embedder_id=self.embedder.embedder_id,
            dimension=self.embedder.dimension,
            host=settings.chroma_host,
            port=settings.chroma_port,
        )
        self.lexical = LexicalIndex(self.store, settings.data_dir / "bm25" / f"{_store_name(settings)}.json")
        self.retriever = HybridRetriever(self.store, self.embedder, self.lexical)
        self.indexer = Indexer(self.store, self.embedder, max_bytes=settings.max_file_bytes)
        self.write_lock = threading.Lock()  # one writer at a time; searches never wait for it

    def ingest(self, paths: Iterable[str | Path], *, progress: bool | None = None) -> IndexReport:
        """Index files and folders incrementally; BM25 follows at once."""
        with self.write_lock:
            report = self.indexer.index_paths(paths, progress=progress)
            self.lexical.sync(force=True)
        return report

    def search(
        self, query: str, k: int = 5, *, year: int | None = None, unit_kind: str | None = None,
        doc_ids: Iterable[str] | None = None,
    ) -> list[Hit]:
        """The k best passages for a query, with optional filters."""
        filters = SearchFilters(year=year, unit_kind=unit_kind or None, doc_ids=frozenset(doc_ids) if doc_ids else None)
        return self.retriever.search(query, k, filters)

    def documents(self) -> list[dict[str, Any]]:
        """One row per recorded article (duplicates included, pointing at the copy that is indexed)."""
        return [document_row(doc, len(chunk_ids)) for doc, chunk_ids in self.store.documents()]

    def chunks(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Every indexed chunk (or one document's) with its metadata, in reading order."""
        stored = self.store.get_chunks(doc_id=doc_id)
        stored.sort(key=lambda c: (str(c.metadata.get("source", "")), str(c.metadata.get("doc_id", "")),
                                   int(c.metadata.get("chunk_index", 0))))
        return [{"chunk_id": c.chunk_id, "text": c.text, **c.metadata} for c in stored]

    def remove(self, doc_id: str) -> int:
        """Remove one article and its chunks; returns how many chunks went."""
        with self.write_lock:
            removed = self.indexer.remove_document(doc_id)
            self.lexical.sync(force=True)
        return removed

    def counts(self) -> dict[str, int]:
        records = self.store.documents()
        return {
            "documents": sum(1 for doc, _ in records if not doc.duplicate_of),
            "duplicates": sum(1 for doc, _ in records if doc.duplicate_of),
            "chunks": self.store.count(),
        }

