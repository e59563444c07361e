"""The types that flow out of ingest: one definition each, imported wherever they are used."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable hex id from text parts; the same input gives the same id on every run."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class LoadError(Exception):
    """A file that cannot be turned into text, with the reason in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class LoadedFile:
    """A file turned into text, before any cleaning."""

    source: str
    text: str
    kind: str  # txt, md, html, docx, pdf
    encoding: str | None
    raw_sha256: str
    page_title: str = ""


@dataclass(frozen=True)
class Rejection:
    """A file that was not ingested, and the reason a person can act on."""

    path: str
    reason: str


@dataclass
class Document:
    """One article (篇) of a page: clean, simplified text plus what we know about it."""

    doc_id: str
    title: str
    text: str
    source: str
    year: int | None = None
    period: str | None = None
    unit: str | None = None
    unit_kind: str | None = None
    level: str | None = None
    page_title: str = ""
    publisher: str = ""  # the bodies the page's breadcrumb and bylines name (ingest/masthead.py)
    duplicate_of: str | None = None
    raw_sha256: str = ""
    article_index: int = 0
    ingest_rules: str = ""  # ingest/rules.py: which rules made this article ("" before stamps were kept)

    def metadata(self) -> dict[str, Any]:
        """Flat metadata for filters (no None values: vector stores reject them)."""
        values = {
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "year": self.year,
            "period": self.period,
            "unit": self.unit,
            "unit_kind": self.unit_kind,
            "level": self.level,
            "page_title": self.page_title,
            "publisher": self.publisher or None,
        }
        return {k: v for k, v in values.items() if v is not None}


@dataclass
class Chunk:
    """A retrievable passage inside one section of one document."""

    chunk_id: str
    doc_id: str
    text: str
    heading_path: tuple[str, ...]
    start: int
    end: int
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.heading_path[0] if self.heading_path else ""

    @property
    def section(self) -> str:
        """The innermost heading below the title, or '' for the opening paragraphs."""
        return " > ".join(self.heading_path[1:])

    def indexed_text(self) -> str:
        """What is embedded and BM25-indexed: the heading path in front of the passage."""
        return "\n".join([" > ".join(self.heading_path), self.text]) if self.heading_path else self.text


@dataclass
class IngestReport:
    """What one ingest run produced and what it turned away."""

    documents: list[Document]
    chunks: list[Chunk]
    rejected: list[Rejection]
    files: int

    @property
    def duplicates(self) -> int:
        return sum(1 for d in self.documents if d.duplicate_of)

    @property
    def indexed_documents(self) -> list[Document]:
        return [d for d in self.documents if not d.duplicate_of]
