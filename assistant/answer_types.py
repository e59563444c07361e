"""What question answering returns: one definition each, used by the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vectorstore.retriever import Hit

NOT_FOUND = "资料中没有找到与这个问题直接相关的内容。"


@dataclass(frozen=True)
class Citation:
    """[n] in an answer: the chunk it points at and the words quoted from it."""

    n: int
    hit: Hit
    quote: str

    def as_dict(self) -> dict[str, Any]:
        meta = self.hit.metadata
        return {
            "n": self.n,
            "chunk_id": self.hit.chunk_id,
            "doc_id": self.hit.doc_id,
            "title": self.hit.title,
            "section": self.hit.section,
            "unit": meta.get("unit"),
            "year": meta.get("year"),
            "source": meta.get("source"),
            "quote": self.quote,
        }


@dataclass
class Answer:
    """An answer with its citations; grounded=False means the material does not contain it."""

    question: str
    text: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    backend: str = "extractive"
    flags: list[str] = field(default_factory=list)
    standalone_question: str = ""
    hits: list[Hit] = field(default_factory=list)  # everything retrieved, for "related material"

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question or self.question,
            "answer": self.text,
            "grounded": self.grounded,
            "citations": [c.as_dict() for c in self.citations],
            "backend": self.backend,
            "flags": self.flags,
        }
