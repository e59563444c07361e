"""Incremental ingest: files -> the store, embedding only what changed.

The record of what was indexed (per article: source path, the file's sha256, its chunk ids,
whether it is a duplicate) lives in the store. A file whose sha256 matches its record is
skipped; a changed file replaces its articles and chunks; duplicates are decided over
everything indexed so far, so a copy arriving later is recorded, not indexed twice.

Chroma has no transactions, so every write run notes first, in a journal in the store, which
files it replaces; then it writes the record (the source of truth), then the chunks. A run
killed anywhere is repaired when the next Indexer opens or the next ingest starts (`recover`):
record, Chroma and, through the revision, BM25 agree again without anything re-ingested.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
from tqdm import tqdm

from ingest.chunk import chunk_document
from ingest.dedupe import mark_duplicates
from ingest.loaders import DEFAULT_MAX_BYTES, LoadError, collect_files, read_source
from ingest.models import Chunk, Document, Rejection
from ingest.pipeline import documents_from_path
from ingest.rules import INGEST_RULES
from vectorstore.store import ChunkStore, StoreError

_PROGRESS_MIN_FILES = 20
_EMBED_BATCH = 16  # a progress bar moves every few seconds; larger batches only keep a concurrent search waiting longer


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
    files_removed: list[str] = field(default_factory=list)  # gone from, or now refused in, a folder ingested again
    documents_removed: int = 0  # the articles those files had

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
            "files_removed": self.files_removed,
            "documents_removed": self.documents_removed,
        }


Stage = Literal["read", "embed", "write"]


@dataclass(frozen=True)
class IndexProgress:
    """Where a run is, for a caller that shows it (the web upload's bar, with counts and time left):
    files read and cleaned, then passages embedded batch by batch, then the write."""

    stage: Stage
    done: int
    total: int
    seconds: float  # since this stage began: with done/total, what a caller needs to estimate the rest


ProgressCallback = Callable[[IndexProgress], None]


@dataclass(frozen=True)
class _Feedback:
    """How a run reports itself: tqdm on the terminal when `show`, and `callback` (if any) at every step."""

    show: bool
    callback: ProgressCallback | None = None

    def stage(self, stage: Stage, total: int) -> Callable[[int], None]:
        """A reporter for one stage, called with the count done so far; it reports 0 at once."""
        if self.callback is None:
            return lambda done: None
        callback, started = self.callback, time.perf_counter()

        def report(done: int) -> None:
            callback(IndexProgress(stage, done, total, time.perf_counter() - started))

        report(0)
        return report


def _made_by(doc: Document) -> tuple[str, str]:
    """What an article was made from and by: its file's sha256 and the ingest rules' stamp."""
    return doc.raw_sha256, doc.ingest_rules


def _changed_articles(path: Path, recorded: list[Document], max_bytes: int) -> list[Document] | None:
    """The file's articles, or None when its bytes still hash to what was recorded and today's
    ingest rules made them: read once (safely: no FIFO, device or link is read), hashed, and
    those same bytes parsed."""
    data = read_source(path, max_bytes)
    if {_made_by(doc) for doc in recorded} == {(hashlib.sha256(data).hexdigest(), INGEST_RULES)}:
        return None
    return documents_from_path(path, max_bytes=max_bytes, data=data)


def _under(source: str, folders: list[Path]) -> bool:
    return any(Path(source).is_relative_to(folder) for folder in folders)


def _resolved(path: Path) -> Path:
    return path.resolve() if path.exists() else path


def _embed(embedder, chunks: list[Chunk], feedback: _Feedback) -> np.ndarray:
    """Vectors for chunk texts (heading path in front), batched across files; reported per batch."""
    if not chunks:
        return np.zeros((0, embedder.dimension), dtype=np.float32)
    vectors: list[list[float]] = []
    report = feedback.stage("embed", len(chunks))
    batches = range(0, len(chunks), _EMBED_BATCH)
    for start in tqdm(batches, desc="向量化", unit="批", file=sys.stderr, disable=not feedback.show):
        vectors.extend(embedder.embed_documents([c.indexed_text() for c in chunks[start : start + _EMBED_BATCH]]))
        report(len(vectors))
    return np.asarray(vectors, dtype=np.float32).reshape(len(chunks), -1)


# --- write runs and their journal --------------------------------------------------------

_LEASE_S = 3600.0  # a journal older than this is a dead run's, whichever host wrote it
_RUNNING: set[str] = set()  # write runs in progress in this process


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _writer_alive(journal: dict[str, Any]) -> bool:
    """Whether the run that wrote a journal may still be writing, so nobody else may touch its work.

    On this host the process is asked; a run on another host sharing the Chroma server is
    trusted until its lease runs out.
    """
    if journal.get("run") in _RUNNING:
        return True
    if time.time() - float(journal.get("at", 0)) > _LEASE_S:
        return False
    if journal.get("host") != socket.gethostname():
        return True
    pid = int(journal.get("pid", 0))
    return pid != os.getpid() and _pid_alive(pid)


def _points_at_keeper(doc: Document, by_id: dict[str, Document]) -> bool:
    keeper = by_id.get(doc.duplicate_of or "")
    return not doc.duplicate_of or (keeper is not None and not keeper.duplicate_of)


Records = list[tuple[Document, list[str]]]


class Indexer:
    """Brings the store in line with a set of files; one instance per store.

    Opening one repairs what a write run that died half-way left behind (see `recover`).
    """

    def __init__(self, store: ChunkStore, embedder, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.store = store
        self.embedder = embedder
        self.max_bytes = max_bytes
        self.recover(only_after_a_dead_run=True)  # an app opening a large index pays one lookup

    def index_paths(
        self, paths: Iterable[str | Path], *, progress: bool | None = None, on_progress: ProgressCallback | None = None
    ) -> IndexReport:
        """Ingest files and folders; unchanged files cost a hash and a lookup.

        `progress` is tqdm on stderr (by default for 20 files or more on a terminal); `on_progress`
        is called after every file read and every embedding batch, whatever `progress` says.

        A folder given again is mirrored, like LangChain's cleanup="full" scoped to it: the
        articles of its files that are gone or now refused are removed. Files given one by
        one, and files from anywhere else, are never cleaned.
        """
        started = time.perf_counter()
        self.recover()
        given = [Path(p) for p in paths]
        report = IndexReport()
        found, report.rejected = collect_files(given)
        files = [_resolved(p) for p in found]
        report.files = len(files) + len(report.rejected)  # entries refused while walking count as seen
        show = progress if progress is not None else (len(files) >= _PROGRESS_MIN_FILES and sys.stderr.isatty())
        feedback = _Feedback(show, on_progress)

        records = self.store.documents()
        by_source: dict[str, Records] = {}
        for doc, chunk_ids in records:
            by_source.setdefault(doc.source, []).append((doc, chunk_ids))
        changed, unchanged = self._read_changed(files, by_source, report, feedback)
        changed.update(_vanished(given, files, by_source, report))
        if changed:
            self._apply(changed, records, report, feedback)
        _count_unchanged(unchanged, report)  # after _apply, which may have promoted or demoted some of them
        report.seconds = time.perf_counter() - started
        return report

    def _read_changed(
        self, files: list[Path], by_source: dict[str, Records], report: IndexReport, feedback: _Feedback
    ) -> tuple[dict[str, list[Document]], Records]:
        """The articles of every file that differs from its record, and the records of those that
        do not (refused files are reported)."""
        changed: dict[str, list[Document]] = {}
        unchanged: Records = []
        read = feedback.stage("read", len(files))
        shown = tqdm(files, desc="读取文件", unit="个", file=sys.stderr, disable=not feedback.show)
        for done, path in enumerate(shown, 1):
            source = str(path)
            recorded = by_source.get(source, [])
            try:
                articles = _changed_articles(path, [doc for doc, _ in recorded], self.max_bytes)
            except LoadError as error:
                report.rejected.append(Rejection(source, error.reason))
            else:
                if articles is None:
                    unchanged.extend(recorded)
                else:
                    changed[source] = articles
            read(done)
        return changed, unchanged

    def _apply(
        self,
        changed: dict[str, list[Document]],
        records: Records,
        report: IndexReport,
        feedback: _Feedback,
    ) -> None:
        """Replace the articles of changed files (none for a file that is gone), re-decide the
        duplicates over everything, embed only new chunks, and write it all as one journaled run."""
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
        to_remove: set[str] = {i for doc, ids in replaced if not doc.duplicate_of for i in ids}
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
        to_remove -= new_ids
        fresh = [c for c in to_add if c.chunk_id not in existing_ids]

        self.embedder.reset_counts()
        embed_started = time.perf_counter()
        vectors = _embed(self.embedder, fresh, feedback)
        report.embed_seconds = time.perf_counter() - embed_started
        report.embedded = self.embedder.embedded_count

        # the record first (it is the truth recover() works from), then chunks in, old chunks
        # out, and last the articles of the old file versions
        new_doc_ids = {doc.doc_id for doc in new_docs}
        recorded_sources = {doc.source for doc, _ in replaced}
        journal = {source: {"sha256": docs[0].raw_sha256 if docs else "", "rules": INGEST_RULES, "articles": len(docs)}
                   for source, docs in changed.items() if source in recorded_sources}
        feedback.stage("write", len(fresh))
        with self._write_run(journal):
            self.store.upsert_documents(touched, chunk_ids)
            self.store.upsert_chunks(fresh, vectors)
            self.store.update_chunk_metadata([c for c in to_add if c.chunk_id in existing_ids])
            self.store.delete_chunks(to_remove)
            self.store.delete_documents(doc.doc_id for doc, _ in replaced if doc.doc_id not in new_doc_ids)

        report.chunks_added += len(fresh)
        report.chunks_unchanged += len(new_ids) - len(fresh)
        report.chunks_removed += len(to_remove & existing_ids)
        report.documents += sum(1 for doc in new_docs if not doc.duplicate_of)
        report.duplicates += sum(1 for doc in new_docs if doc.duplicate_of)

    def remove_document(self, doc_id: str) -> int:
        """Remove one article and its chunks; a duplicate it was hiding is indexed in its place."""
        self.recover(only_after_a_dead_run=True)  # the settling below compares the id sets anyway
        records = self.store.documents(with_text=False)
        if not any(doc.doc_id == doc_id for doc, _ in records):
            raise KeyError(doc_id)
        with self._write_run({}):
            self.store.delete_documents([doc_id])
            removed = self.store.delete_chunks(c.chunk_id for c in self.store.get_chunks(doc_id=doc_id))
            self._settle_chunks(self._settle_duplicates([(d, ids) for d, ids in records if d.doc_id != doc_id]))
        return removed

    # ------------------------------------------------------------ recovery

    @contextmanager
    def _write_run(self, sources: dict[str, dict[str, Any]]) -> Iterator[None]:
        """The journal first, then the writes, then the journal cleared: a run that dies leaves
        its journal behind for `recover`. `sources` maps each file whose recorded articles are
        being replaced to its new sha256, ingest rules and number of articles ("" and 0 when they
        are removed)."""
        pending = self.store.pending_write()
        if pending and _writer_alive(pending):
            holder = f"{pending.get('host')} 上的进程 {pending.get('pid')}"
            raise StoreError(f"另一个导入正在写入索引（{holder}），请等它结束后再试。")
        journal = {"run": uuid.uuid4().hex, "host": socket.gethostname(), "pid": os.getpid(), "at": time.time(),
                   "sources": sources}
        _RUNNING.add(journal["run"])
        try:
            self.store.begin_write(journal)
            yield
            self.store.end_write()
        finally:
            _RUNNING.discard(journal["run"])

    def recover(self, *, only_after_a_dead_run: bool = False) -> bool:
        """Make the record, the chunks and (through a new revision) BM25 agree again after a
        write run died half-way; True when something was repaired.

        The record is the truth and is written first. A file whose new articles were recorded
        is finished (its old articles dropped, missing chunks made again from the recorded
        text: chunking is deterministic and vectors come from the cache); one whose were not
        stays as it was. Chunks no recorded article owns go. Cheap when all is well: two id
        sets compared (about 1 s per 50,000 chunks), or, `only_after_a_dead_run`, one lookup of
        the journal. A run still writing (this process, or another one alive) is left alone.
        """
        journal = self.store.pending_write()
        if (journal and _writer_alive(journal)) or (not journal and only_after_a_dead_run):
            return False
        records = self.store.documents(with_text=False)
        if journal:
            records = self._settle_files(records, journal["sources"])
        repaired = self._settle_chunks(self._settle_duplicates(records))
        if journal or repaired:
            self.store.end_write()
        return bool(journal) or repaired

    def _settle_files(self, records: Records, sources: dict[str, dict[str, Any]]) -> Records:
        """Per file of a dead run: finished when its new version was recorded (always, for a file
        being removed), left as it was when none of it was, and dropped when only part of it was
        (the next ingest reads it again)."""
        by_source: dict[str, list[Document]] = {}
        for doc, _ in records:
            by_source.setdefault(doc.source, []).append(doc)
        stale: set[str] = set()
        for source, new in sources.items():
            recorded = by_source.get(source, [])
            made = (new["sha256"], new.get("rules", ""))  # a run from before stamps wrote articles without one
            written = sum(1 for doc in recorded if _made_by(doc) == made)
            if written == new["articles"]:
                stale.update(doc.doc_id for doc in recorded if _made_by(doc) != made)
            elif written:
                stale.update(doc.doc_id for doc in recorded)
        self.store.delete_documents(stale)
        return [(doc, ids) for doc, ids in records if doc.doc_id not in stale]

    def _settle_duplicates(self, records: Records) -> Records:
        """Every copy points at an indexed article; when one does not (its article went), the
        copies are marked again and a copy left alone is indexed in its place."""
        by_id = {doc.doc_id: doc for doc, _ in records}
        if all(_points_at_keeper(doc, by_id) for doc in by_id.values()):
            return records
        texts = self.store.document_texts(list(by_id))
        before = {doc.doc_id: doc.duplicate_of for doc in by_id.values()}
        for doc in by_id.values():
            doc.text, doc.duplicate_of = texts.get(doc.doc_id, doc.text), None
        mark_duplicates(list(by_id.values()))
        flipped = [doc for doc in by_id.values() if doc.duplicate_of != before[doc.doc_id]]
        chunk_ids = {doc.doc_id: [c.chunk_id for c in chunk_document(doc)] if not doc.duplicate_of else []
                     for doc in flipped}
        self.store.upsert_documents(flipped, chunk_ids)
        return [(doc, chunk_ids.get(doc.doc_id, ids)) for doc, ids in records]

    def _settle_chunks(self, records: Records) -> bool:
        """Chunks an indexed article owns but the store lacks are made again; chunks nobody owns go."""
        owner = {i: (doc, ids) for doc, ids in records if not doc.duplicate_of for i in ids}
        stored = set(self.store.chunk_ids())
        lacking = {owner[i][0].doc_id: owner[i] for i in owner.keys() - stored}
        if not lacking and stored <= owner.keys():
            return False
        owned = set(owner) | self._remake(list(lacking.values()), stored)
        self.store.delete_chunks(stored - owned)
        return True

    def _remake(self, lacking: Records, stored: set[str]) -> set[str]:
        """The chunks of these articles, made again from their recorded text; returns their ids
        (and records them, should the chunker have changed since they were recorded)."""
        texts = self.store.document_texts([doc.doc_id for doc, _ in lacking])
        fresh: list[Chunk] = []
        renamed: dict[str, list[str]] = {}
        for doc, ids in lacking:
            doc.text = texts.get(doc.doc_id, doc.text)
            chunks = chunk_document(doc)
            fresh.extend(c for c in chunks if c.chunk_id not in stored)
            if [c.chunk_id for c in chunks] != ids:
                renamed[doc.doc_id] = [c.chunk_id for c in chunks]
        self.store.upsert_chunks(fresh, _embed(self.embedder, fresh, _Feedback(False)))
        self.store.upsert_documents([doc for doc, _ in lacking if doc.doc_id in renamed], renamed)
        return {i for doc, ids in lacking for i in renamed.get(doc.doc_id, ids)}


def _count_unchanged(records: Records, report: IndexReport) -> None:
    """Articles of unchanged files by their status now; their chunks that stayed (a copy
    indexed in this run has no recorded chunks yet: those count as added)."""
    report.documents += sum(1 for doc, _ in records if not doc.duplicate_of)
    report.duplicates += sum(1 for doc, _ in records if doc.duplicate_of)
    report.chunks_unchanged += sum(len(ids) for doc, ids in records if not doc.duplicate_of)


def _vanished(
    given: list[Path], files: list[Path], by_source: dict[str, Records], report: IndexReport
) -> dict[str, list[Document]]:
    """Recorded files under a folder given again that it no longer yields, or that were refused
    this time: they map to no articles, so theirs are removed."""
    folders = [path.resolve() for path in given if path.is_dir()]
    present = {str(path) for path in files} - {r.path for r in report.rejected}
    gone = sorted(source for source in by_source if source not in present and _under(source, folders))
    report.files_removed = gone
    report.documents_removed = sum(len(by_source[source]) for source in gone)
    return {source: [] for source in gone}
