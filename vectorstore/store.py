"""Chroma holds the chunk vectors and the record of what was indexed.

Two collections: `ua_chunks` (one entry per chunk: vector, text, metadata for filters) and
`ua_documents` (one entry per article, indexed or duplicate: its clean text and fields, the
file's sha256 and its chunk ids). Keeping the record in Chroma too means several app
processes sharing one Chroma server see one consistent index. The record collection's
metadata also holds the journal of a write run in progress (`begin_write`), so that the
indexer can finish or undo a run that died.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from ingest.models import Chunk, Document

CHUNKS = "ua_chunks"
DOCUMENTS = "ua_documents"
_BATCH = 1000
_OPTIONAL_FIELDS = ("year", "period", "unit", "unit_kind", "level")
_DOC_FIELDS = ("title", "source", "year", "period", "unit", "unit_kind", "level", "page_title", "publisher", "raw_sha256", "ingest_rules")
_RECORD_METADATA = {"kind": "record"}


class StoreError(RuntimeError):
    """The store cannot be used as asked; the message says what to do."""


class EmbedderMismatch(StoreError):
    """The index was built with another embedder: its vectors cannot be compared with ours."""


class StoreUnavailable(StoreError):
    """The Chroma server does not answer."""


def _transport_errors() -> tuple[type[BaseException], ...]:
    import httpx

    return (httpx.TransportError, ConnectionError, TimeoutError)


def _reports_unavailable(method: Callable) -> Callable:
    """A store call that cannot reach the Chroma server raises StoreUnavailable (it retries
    nothing itself: the next call simply tries again, so the app recovers when the server is back)."""

    @functools.wraps(method)
    def wrapper(self: ChunkStore, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _transport_errors() as error:
            raise StoreUnavailable(f"索引服务暂时不可用（{self.location}）：{error}") from error

    return wrapper


@dataclass(frozen=True)
class StoredChunk:
    chunk_id: str
    text: str
    metadata: dict[str, Any]


def _client(data_dir: Path, host: str | None, port: int | None):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        try:
            return chromadb.HttpClient(host=host, port=port or 8000, settings=settings)
        except Exception as error:  # the client raises plain exceptions for refused connections
            # The library's own words are English ("Could not connect to a Chroma server…"): the
            # message says what to check instead; the cause stays chained for a debugger.
            port = port or 8000
            raise StoreUnavailable(
                f"Chroma 服务器 {host}:{port} 无法连接：请确认它已启动（在那台机器上运行 "
                f"chroma run --host 0.0.0.0 --port {port} --path <数据目录>），"
                "并检查 UA_CHROMA_HOST、UA_CHROMA_PORT 与防火墙"
            ) from error
    data_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=settings)


OPEN_LOCK_NAME = "open.lock"


@contextmanager
def _opening(data_dir: Path, embedded: bool) -> Iterator[None]:
    """Processes opening one embedded index take turns: Chroma's start (its SQLite migrations
    and the first get_or_create) answers "database is locked" at once, without waiting, when two
    processes open a new data dir together (two ingests started at the same moment)."""
    if not embedded:
        yield
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(data_dir / OPEN_LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _clean_metadata(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != ""}


def _chunk_metadata(chunk: Chunk) -> dict:
    """What Chroma stores beside a chunk: its article's metadata and the headings above it."""
    return _clean_metadata({**chunk.metadata, "heading_path": " > ".join(chunk.heading_path)})


class ChunkStore:
    """Chunk vectors and the document record in Chroma (embedded by default, or a server)."""

    def __init__(
        self,
        data_dir: Path,
        *,
        embedder_id: str,
        dimension: int,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.embedder_id = embedder_id
        self.dimension = dimension
        self.location = f"http://{host}:{port or 8000}" if host else str(data_dir / "chroma")
        with _opening(data_dir, embedded=not host):
            self._client = _client(data_dir, host, port)
            try:
                self._chunks = self._client.get_or_create_collection(
                    CHUNKS,
                    metadata={"embedder_id": embedder_id, "dimension": dimension},
                    configuration={"hnsw": {"space": "cosine"}},
                    embedding_function=None,
                )
                self._documents = self._client.get_or_create_collection(
                    DOCUMENTS, metadata=dict(_RECORD_METADATA), embedding_function=None
                )
            except Exception as error:
                raise StoreUnavailable(f"无法打开索引 {self.location}：{error}") from error
        self._check_embedder()
        self._seen_revision = str((self._chunks.metadata or {}).get("revision", ""))

    def _check_embedder(self) -> None:
        stored = self._chunks.metadata or {}
        if stored.get("embedder_id") != self.embedder_id or int(stored.get("dimension", -1)) != self.dimension:
            raise EmbedderMismatch(
                f"索引 {self.location} 是用嵌入模型 {stored.get('embedder_id')}（{stored.get('dimension')} 维）建立的，"
                f"当前设置的是 {self.embedder_id}（{self.dimension} 维），两者的向量不能混用。"
                f"请改回原来的 UA_EMBEDDING_MODEL，或者删除索引后重新导入："
                f"union-assistant --data-dir <新目录> ingest <文件夹>（或删除 {self.location}）。"
            )

    # ------------------------------------------------------------ revision

    @property
    @_reports_unavailable
    def revision(self) -> str:
        """Changes on every write, so derived indexes (BM25) know when they are stale."""
        collection = self._client.get_collection(CHUNKS, embedding_function=None)
        return str((collection.metadata or {}).get("revision", ""))

    @_reports_unavailable
    def _bump_revision(self, metadata_changed: bool = False) -> None:
        metadata = dict(self._chunks.metadata or {})
        metadata.update(embedder_id=self.embedder_id, dimension=self.dimension, revision=uuid.uuid4().hex)
        if metadata_changed:
            metadata["metadata_revision"] = metadata["revision"]
        self._chunks.modify(metadata=metadata)
        self._seen_revision = metadata["revision"]

    def latest_revision(self) -> str:
        """The current revision, after catching up with another process's writes.

        Embedded Chroma reads records and metadata fresh from SQLite, but keeps the vector
        index it loaded and never reloads what another process added: a revision this store
        did not write or see means reopening the client. (A Chroma server needs none of this.)
        """
        revision = self.revision
        if revision != self._seen_revision and self._embedded:
            self._reopen()
        self._seen_revision = revision
        return revision

    @property
    def _embedded(self) -> bool:
        return not self.location.startswith("http://")

    def _reopen(self) -> None:
        """A fresh embedded client, swapped in whole; calls already running finish on the old one.

        Chroma shares one client system per path in a process; forgetting the cached systems
        makes the next client load the index from disk (the old system is freed when unused).
        """
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        with _opening(self.data_dir, embedded=True):
            client = _client(self.data_dir, None, None)
            chunks = client.get_collection(CHUNKS, embedding_function=None)
            documents = client.get_collection(DOCUMENTS, embedding_function=None)
        self._client, self._chunks, self._documents = client, chunks, documents

    # ------------------------------------------------------------ chunks

    @_reports_unavailable
    def upsert_chunks(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Add or overwrite chunks with their vectors (idempotent: ids are content hashes)."""
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            self._chunks.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=np.asarray(vectors[start : start + _BATCH], dtype=np.float32),
                documents=[c.text for c in batch],
                metadatas=[_chunk_metadata(c) for c in batch],
            )
        if chunks:
            self._bump_revision()

    @_reports_unavailable
    def update_chunk_metadata(self, chunks: Sequence[Chunk]) -> int:
        """Overwrite the metadata of chunks already stored, keeping their vectors: an article read
        again by newer rules keeps its text (so its chunk ids) and may still get a new unit or year.
        Only chunks whose metadata differs are written, and only then is the metadata revision bumped
        (a rules change that alters no chunk's metadata must not rebuild BM25). Returns how many."""
        changed = 0
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            found = self._chunks.get(ids=[c.chunk_id for c in batch], include=["metadatas"])  # in the store's order
            stored = dict(zip(found["ids"], found["metadatas"], strict=True))
            wanted = {c.chunk_id: _chunk_metadata(c) for c in batch}
            differing = [chunk_id for chunk_id, metadata in wanted.items() if (stored.get(chunk_id) or {}) != metadata]
            if not differing:
                continue
            # Chroma merges metadata on update: a key the newer rules no longer give is set to None, which removes it
            self._chunks.update(ids=differing, metadatas=[{**dict.fromkeys(stored.get(chunk_id) or {}), **wanted[chunk_id]}
                                                          for chunk_id in differing])
            changed += len(differing)
        if changed:
            self._bump_revision(metadata_changed=True)
        return changed

    @property
    @_reports_unavailable
    def metadata_revision(self) -> str:
        """Changes when stored chunks got new metadata (not new text): a derived index that keeps
        metadata per chunk (BM25's years and unit kinds) must then be built again."""
        collection = self._client.get_collection(CHUNKS, embedding_function=None)
        return str((collection.metadata or {}).get("metadata_revision", ""))

    @_reports_unavailable
    def delete_chunks(self, chunk_ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(chunk_ids))
        for start in range(0, len(ids), _BATCH):
            self._chunks.delete(ids=ids[start : start + _BATCH])
        if ids:
            self._bump_revision()
        return len(ids)

    @_reports_unavailable
    def chunk_ids(self) -> list[str]:
        return list(self._chunks.get(include=[])["ids"])

    @_reports_unavailable
    def get_chunks(
        self, ids: Sequence[str] | None = None, *, doc_id: str | None = None, source: str | None = None
    ) -> list[StoredChunk]:
        """Chunks by id, or all chunks of one document or one file, or all chunks."""
        if ids is not None and not ids:
            return []
        found: list[StoredChunk] = []
        where = {"doc_id": doc_id} if doc_id else {"source": source} if source else None
        id_batches = [list(ids[i : i + _BATCH]) for i in range(0, len(ids), _BATCH)] if ids is not None else [None]
        for batch in id_batches:
            result = self._chunks.get(ids=batch, where=where, include=["documents", "metadatas"])
            found.extend(
                StoredChunk(i, text or "", dict(meta or {}))
                for i, text, meta in zip(result["ids"], result["documents"], result["metadatas"])
            )
        return found

    @_reports_unavailable
    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (chunk id, cosine similarity), best first (none from an empty store)."""
        result = self._chunks.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=k,
            where=where,
            include=["distances"],
        )
        return [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0])]

    @_reports_unavailable
    def count(self) -> int:
        return self._chunks.count()

    # ------------------------------------------------------------ document record

    @_reports_unavailable
    def upsert_documents(self, documents: Sequence[Document], chunk_ids: dict[str, list[str]]) -> None:
        """Record articles (indexed or duplicate) with the chunk ids they own, and when each was
        first added (kept when the record is rewritten: a re-ingest is not a new article)."""
        now = datetime.now().isoformat(timespec="seconds")
        for start in range(0, len(documents), _BATCH):
            batch = documents[start : start + _BATCH]
            added = self.added_times([d.doc_id for d in batch])
            self._documents.upsert(
                ids=[d.doc_id for d in batch],
                embeddings=np.ones((len(batch), 1), dtype=np.float32),
                documents=[d.text for d in batch],
                # every key written every time ("" and 0 for unknown): an upsert merges metadata,
                # so a key left out would keep its old value
                metadatas=[
                    {
                        **{field: getattr(d, field) or ("" if field != "year" else 0) for field in _DOC_FIELDS},
                        "article_index": d.article_index,
                        "duplicate_of": d.duplicate_of or "",
                        "chunk_ids": json.dumps(chunk_ids.get(d.doc_id, [])),
                        "added_at": added.get(d.doc_id) or now,
                    }
                    for d in batch
                ],
            )

    @_reports_unavailable
    def added_times(self, doc_ids: Sequence[str] | None = None) -> dict[str, str]:
        """When recorded articles were first added (ISO local time), by id; "" for records
        written before this was kept."""
        if doc_ids is not None and not doc_ids:
            return {}
        ids = list(dict.fromkeys(doc_ids)) if doc_ids is not None else None
        result = self._documents.get(ids=ids, include=["metadatas"])
        return {doc_id: str((meta or {}).get("added_at") or "") for doc_id, meta in zip(result["ids"], result["metadatas"])}

    @_reports_unavailable
    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(doc_ids))
        for start in range(0, len(ids), _BATCH):
            self._documents.delete(ids=ids[start : start + _BATCH])

    @_reports_unavailable
    def document_texts(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """The clean text of recorded articles, by id."""
        if not doc_ids:
            return {}
        result = self._documents.get(ids=list(dict.fromkeys(doc_ids)), include=["documents"])
        return {doc_id: text or "" for doc_id, text in zip(result["ids"], result["documents"])}

    @_reports_unavailable
    def documents(
        self, where: dict[str, Any] | None = None, *, with_text: bool = True
    ) -> list[tuple[Document, list[str]]]:
        """Every recorded article (with its text unless asked not to: texts are most of the
        record's size) and the ids of its chunks."""
        include = ["documents", "metadatas"] if with_text else ["metadatas"]
        result = self._documents.get(where=where, include=include)
        result["documents"] = result.get("documents") or [""] * len(result["ids"])
        records = []
        for doc_id, text, meta in zip(result["ids"], result["documents"], result["metadatas"]):
            meta = dict(meta or {})
            doc = Document(
                doc_id=doc_id,
                text=text or "",
                duplicate_of=meta.get("duplicate_of") or None,
                article_index=int(meta.get("article_index", 0)),
                **{field: meta.get(field) or (None if field in _OPTIONAL_FIELDS else "") for field in _DOC_FIELDS},
            )
            records.append((doc, json.loads(meta.get("chunk_ids", "[]"))))
        records.sort(key=lambda record: (record[0].source, record[0].article_index))
        return records

    # ------------------------------------------------------------ write journal

    @_reports_unavailable
    def begin_write(self, journal: dict[str, Any]) -> None:
        """Note what a write run is about to change before its first write: Chroma has no
        transactions, so a run that dies half-way is finished or undone from this note."""
        self._documents.modify(metadata={**_RECORD_METADATA, "pending": json.dumps(journal, ensure_ascii=False)})

    @_reports_unavailable
    def pending_write(self) -> dict[str, Any] | None:
        """The journal of a write run that has not ended (still running, or dead)."""
        metadata = self._client.get_collection(DOCUMENTS, embedding_function=None).metadata or {}
        return json.loads(metadata["pending"]) if metadata.get("pending") else None

    @_reports_unavailable
    def end_write(self) -> None:
        """Close a write run: a new revision tells derived indexes (BM25), then the journal goes."""
        self._bump_revision()
        self._documents.modify(metadata=dict(_RECORD_METADATA))
