"""Incremental ingest: files -> the store, embedding only what changed.

The record of what was indexed (per article: source path, the file's sha256, its chunk ids,
whether it is a duplicate) lives in the store. A file whose sha256 matches its record is
skipped; a changed file replaces its articles and chunks; duplicates are decided over
everything indexed so far, so a copy arriving later is recorded, not indexed twice.

Writes go chunks first, record last: a run killed half-way leaves a usable index, and the
next run sees the file as changed and finishes the job (the embedding cache makes that cheap).
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from ingest.chunk import chunk_document
from ingest.dedupe import mark_duplicates
from ingest.loaders import DEFAULT_MAX_BYTES, LoadError, iter_files
from ingest.models import Chunk, Document, Rejection
from ingest.pipeline import documents_from_path
from vectorstore.store import ChunkStore

_PROGRESS_MIN_FILES = 20
_EMBED_BATCH = 64


@dataclass
class IndexReport:
    """What one ingest run did, in the numbers the CLI prints."""

    files: int = 0
    documents: int = 0
    duplicates: int = 0
    chunks_added: int = 0
    chunks_unchanged: int = 0
    chunks_removed: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    embedded: int = 0  # texts actually sent to the embedding model (cache misses)

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "documents": self.documents,
            "duplicates": self.duplicates,
            "chunks_added": self.chunks_added,
            "chunks_unchanged": self.chunks_unchanged,
            "chunks_removed": self.chunks_removed,
            "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected],
            "seconds": round(self.seconds, 3),
            "embed_seconds": round(self.embed_seconds, 3),
            "embedded": self.embedded,
        }


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _embed(embedder, chunks: list[Chunk], show_progress: bool) -> np.ndarray:
    """Vectors for chunk texts (heading path in front), batched across files."""
    if not chunks:
        return np.zeros((0, embedder.dimension), dtype=np.float32)
    vectors: list[list[float]] = []
    batches = range(0, len(chunks), _EMBED_BATCH)
    for start in tqdm(batches, desc="向量化", unit="批", file=sys.stderr, disable=not show_progress):
        vectors.extend(embedder.embed_documents([c.indexed_text() for c in chunks[start : start + _EMBED_BATCH]]))
    return np.asarray(vectors, dtype=np.float32).reshape(len(chunks), -1)


class Indexer:
    """Brings the store in line with a set of files; one instance per store."""

    def __init__(self, store: ChunkStore, embedder, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.store = store
        self.embedder = embedder
        self.max_bytes = max_bytes

    def index_paths(self, paths: Iterable[str | Path], *, progress: bool | None = None) -> IndexReport:
        """Ingest files and folders; unchanged files cost a hash and a lookup."""
        started = time.perf_counter()
        report = IndexReport()
        files = [Path(p).resolve() if Path(p).exists() else Path(p) for p in iter_files(paths)]
        report.files = len(files)
        show = progress if progress is not None else (len(files) >= _PROGRESS_MIN_FILES and sys.stderr.isatty())

        records = self.store.documents()
        by_source: dict[str, list[tuple[Document, list[str]]]] = {}
        for doc, chunk_ids in records:
            by_source.setdefault(doc.source, []).append((doc, chunk_ids))

        changed: dict[str, list[Document]] = {}
        for path in tqdm(files, desc="读取文件", unit="个", file=sys.stderr, disable=not show):
            source = str(path)
            sha = _file_sha256(path)
            recorded = by_source.get(source, [])
            if sha and recorded and all(doc.raw_sha256 == sha for doc, _ in recorded):
                report.documents += sum(1 for doc, _ in recorded if not doc.duplicate_of)
                report.duplicates += sum(1 for doc, _ in recorded if doc.duplicate_of)
                report.chunks_unchanged += sum(len(ids) for doc, ids in recorded if not doc.duplicate_of)
                continue
            try:
                changed[source] = documents_from_path(path, max_bytes=self.max_bytes)
            except LoadError as error:
                report.rejected.append(Rejection(source, str(error)))

        if changed:
            self._apply(changed, records, report, show)
        report.seconds = time.perf_counter() - started
        return report

    def _apply(
        self,
        changed: dict[str, list[Document]],
        records: list[tuple[Document, list[str]]],
        report: IndexReport,
        show: bool,
    ) -> None:
        kept = [(doc, ids) for doc, ids in records if doc.source not in changed]
        replaced = [(doc, ids) for doc, ids in records if doc.source in changed]
        was_indexed = {doc.doc_id: not doc.duplicate_of for doc, _ in kept}
        owned = {doc.doc_id: ids for doc, ids in kept}

        new_docs = [doc for docs in changed.values() for doc in docs]
        everything = [doc for doc, _ in kept] + new_docs
        for doc in everything:
            doc.duplicate_of = None
        mark_duplicates(everything)

        to_add: list[Chunk] = []
        to_remove: set[str] = set()
        chunk_ids: dict[str, list[str]] = {}
        touched: list[Document] = list(new_docs)
        for doc in [d for d, _ in kept]:
            indexed_now = not doc.duplicate_of
            if indexed_now and not was_indexed[doc.doc_id]:
                chunks = chunk_document(doc)
                to_add.extend(chunks)
                chunk_ids[doc.doc_id] = [c.chunk_id for c in chunks]
            elif not indexed_now and was_indexed[doc.doc_id]:
                to_remove.update(owned[doc.doc_id])
                chunk_ids[doc.doc_id] = []
            else:
                chunk_ids[doc.doc_id] = owned[doc.doc_id] if indexed_now else []
            touched.append(doc)
        for doc in new_docs:
            chunks = chunk_document(doc) if not doc.duplicate_of else []
            to_add.extend(chunks)
            chunk_ids[doc.doc_id] = [c.chunk_id for c in chunks]

        new_ids = {c.chunk_id for c in to_add}
        existing_ids = set(self.store.chunk_ids())
        for source in changed:  # old chunks of a replaced file, orphans of an interrupted run included
            to_remove.update(c.chunk_id for c in self.store.get_chunks(source=source))
        to_remove -= new_ids
        fresh = [c for c in to_add if c.chunk_id not in existing_ids]

        self.embedder.reset_counts()
        embed_started = time.perf_counter()
        vectors = _embed(self.embedder, fresh, show)
        report.embed_seconds = time.perf_counter() - embed_started
        report.embedded = self.embedder.embedded_count

        self.store.upsert_chunks(fresh, vectors)
        self.store.delete_chunks(to_remove)
        new_doc_ids = {doc.doc_id for doc in new_docs}
        self.store.delete_documents(doc.doc_id for doc, _ in replaced if doc.doc_id not in new_doc_ids)
        self.store.upsert_documents(touched, chunk_ids)

        report.chunks_added += len(fresh)
        report.chunks_unchanged += len(new_ids) - len(fresh)
        report.chunks_removed += len(to_remove & existing_ids)
        report.documents += sum(1 for doc in new_docs if not doc.duplicate_of)
        report.duplicates += sum(1 for doc in new_docs if doc.duplicate_of)

    def remove_document(self, doc_id: str) -> int:
        """Remove one article and its chunks; a duplicate it was hiding is indexed in its place."""
        records = self.store.documents()
        target = next((doc for doc, _ in records if doc.doc_id == doc_id), None)
        if target is None:
            raise KeyError(doc_id)
        removed = self.store.delete_chunks(c.chunk_id for c in self.store.get_chunks(doc_id=doc_id))
        self.store.delete_documents([doc_id])
        promoted = [doc for doc, _ in records if doc.duplicate_of == doc_id]
        if promoted:
            remaining = [doc for doc, _ in records if doc.doc_id != doc_id]
            for doc in remaining:
                doc.duplicate_of = None
            mark_duplicates(remaining)
            chunks_by_doc = {doc.doc_id: chunk_document(doc) for doc in promoted if not doc.duplicate_of}
            fresh = [c for chunks in chunks_by_doc.values() for c in chunks]
            self.store.upsert_chunks(fresh, _embed(self.embedder, fresh, False))
            self.store.upsert_documents(promoted, {d: [c.chunk_id for c in cs] for d, cs in chunks_by_doc.items()})
        return removed
