"""The knowledge base: one store, embedder and retriever per process, shared by the CLI and the app."""

from __future__ import annotations

import fcntl
import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from assistant.summaries import document_row
from ingest.rules import INGEST_RULES
from vectorstore.embeddings import CachedEmbeddings, build_embedder, default_cache_path
from vectorstore.indexer import Indexer, IndexReport, ProgressCallback
from vectorstore.lexical import load_user_dictionary
from vectorstore.retriever import HybridRetriever, Hit, LexicalIndex, SearchFilters
from vectorstore.store import ChunkStore


MAX_QUERY_CHARS = 500
"""Longer text is not a question: refused before it reaches the embedder or BM25 (20,000
characters cost 15 s of one core)."""
MAX_K = 50
WRITE_LOCK_NAME = "write.lock"


class QueryRejected(ValueError):
    """A search the knowledge base refuses to run; the message says why, in Chinese."""


def check_query(query: str, k: int) -> None:
    """Refuse an overlong query or a result count outside 1..MAX_K before any work is done."""
    if not 1 <= k <= MAX_K:
        raise QueryRejected(f"返回条数 k 必须在 1 到 {MAX_K} 之间（收到的是 {k}），请改后再搜索。")
    length = len(query.strip())
    if length > MAX_QUERY_CHARS:
        raise QueryRejected(f"问题太长：最多 {MAX_QUERY_CHARS} 个字，这次有 {length} 个字，请缩短到一两句话再问。")


@contextmanager
def data_dir_writer(data_dir: Path) -> Iterator[None]:
    """One writer per data dir across processes: fcntl.flock on <data dir>/write.lock.

    A second writer waits, and says on stderr who holds the lock (pid, command, start time,
    written into the file by the holder). Data dirs sharing one Chroma server are still not
    serialized with each other: that needs a lock on the server's host.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(data_dir / WRITE_LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    with open(descriptor, "r+", encoding="utf-8", errors="replace") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = handle.read().strip() or "另一个进程"
            print(f"索引目录 {data_dir} 正在被写入（{holder}），等它写完再继续……", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"进程 {os.getpid()}，命令 {' '.join(sys.argv)}，开始于 {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        yield


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

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """The only writer of the data dir (threads here, other processes there), starting from
        the latest state: another process may have written since this one last looked."""
        with self.write_lock, data_dir_writer(self.settings.data_dir):
            self.lexical.sync(force=True)
            yield
            self.lexical.sync(force=True)

    def ingest(
        self, paths: Iterable[str | Path], *, progress: bool | None = None, on_progress: ProgressCallback | None = None
    ) -> IndexReport:
        """Index files and folders incrementally; BM25 follows at once. `on_progress` hears of every
        file read and embedding batch (the web upload's bar); `progress` is tqdm on the terminal."""
        with self._writing():
            return self.indexer.index_paths(paths, progress=progress, on_progress=on_progress)

    def search(
        self, query: str, k: int = 5, *, year: int | None = None, unit_kind: str | None = None,
        doc_ids: Iterable[str] | None = None,
    ) -> list[Hit]:
        """The k best passages for a query, with optional filters; QueryRejected for an overlong
        query or a k outside 1..MAX_K."""
        check_query(query, k)
        filters = SearchFilters(year=year, unit_kind=unit_kind or None, doc_ids=frozenset(doc_ids) if doc_ids else None)
        return self.retriever.search(query, k, filters)

    def documents(self) -> list[dict[str, Any]]:
        """One row per recorded article (duplicates included, pointing at the copy that is indexed),
        with when it was first added; texts are left in the store (they are most of its size)."""
        added = self.store.added_times()
        return [document_row(doc, len(chunk_ids), added.get(doc.doc_id, ""))
                for doc, chunk_ids in self.store.documents(with_text=False)]

    def chunks(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Every indexed chunk (or one document's) with its metadata, in reading order."""
        stored = self.store.get_chunks(doc_id=doc_id)
        stored.sort(key=lambda c: (str(c.metadata.get("source", "")), str(c.metadata.get("doc_id", "")),
                                   int(c.metadata.get("chunk_index", 0))))
        return [{"chunk_id": c.chunk_id, "text": c.text, **c.metadata} for c in stored]

    def remove(self, doc_id: str, *, with_duplicates: bool = False) -> int:
        """Remove one article and its chunks (KeyError when it is not recorded); returns how many
        chunks went. Without its duplicates, one of them is indexed in its place; with them, the
        duplicates go first, so none is promoted only to be removed."""
        with self._writing():
            copies = [doc.doc_id for doc, _ in self.store.documents(with_text=False)
                      if doc.duplicate_of == doc_id] if with_duplicates else []
            return sum(self.indexer.remove_document(i) for i in [*copies, doc_id])

    def stale_sources(self) -> list[str]:
        """Recorded files whose articles older ingest rules made (ingest/rules.py): reading them
        again brings today's cleaning and unit rules to the index."""
        records = self.store.documents(with_text=False)
        return sorted({doc.source for doc, _ in records if doc.ingest_rules != INGEST_RULES})

    def counts(self) -> dict[str, int]:
        records = self.store.documents()
        return {
            "documents": sum(1 for doc, _ in records if not doc.duplicate_of),
            "duplicates": sum(1 for doc, _ in records if doc.duplicate_of),
            "chunks": self.store.count(),
        }

