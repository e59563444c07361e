"""Plain-data views of ingest results, shared by the CLI and (later) the app."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ingest.models import Chunk, Document
from ingest.pipeline import ingest_paths


def document_row(doc: Document, chunk_count: int, added_at: str = "") -> dict[str, Any]:
    """One document as the listing shows it; `file_name` is the name the user gave the file (an
    upload is kept under its own name), `added_at` when the article was first added ("" unknown)."""
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "source": doc.source,
        "year": doc.year,
        "period": doc.period,
        "unit": doc.unit,
        "unit_kind": doc.unit_kind,
        "chunks": chunk_count,
        "duplicate_of": doc.duplicate_of,
        "file_name": Path(doc.source).name,
        "added_at": added_at,
    }


def chunk_row(chunk: Chunk) -> dict[str, Any]:
    """One chunk with where it sits in its document."""
    return {
        "chunk_id": chunk.chunk_id,
        "doc_id": chunk.doc_id,
        "title": chunk.title,
        "section": chunk.section,
        "start": chunk.start,
        "end": chunk.end,
        "text": chunk.text,
    }


def preview_summary(paths: Iterable[Path], *, max_bytes: int, with_chunks: bool = False) -> dict[str, Any]:
    """What an ingest of `paths` would index, without touching any index."""
    report = ingest_paths(paths, max_bytes=max_bytes)
    per_doc: dict[str, int] = {}
    for chunk in report.chunks:
        per_doc[chunk.doc_id] = per_doc.get(chunk.doc_id, 0) + 1
    summary: dict[str, Any] = {
        "files": report.files,
        "documents": len(report.indexed_documents),
        "duplicates": report.duplicates,
        "chunks": len(report.chunks),
        "rejected": [{"path": r.path, "reason": r.reason} for r in report.rejected],
        "docs": [document_row(doc, per_doc.get(doc.doc_id, 0)) for doc in report.documents],
    }
    if with_chunks:
        summary["chunk_list"] = [chunk_row(chunk) for chunk in report.chunks]
    return summary
