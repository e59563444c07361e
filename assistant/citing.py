"""Citations of the offline answer: chunks numbered [1], [2]… in order of first use, and the
"单位：事实" form every answer line takes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer_types import Citation
from vectorstore.retriever import Hit

_ENDS_SENTENCE = "。！？!?；;…"


@dataclass
class Citer:
    """Numbers the cited chunks [1], [2]… in order of first use, one Citation per chunk."""

    citations: list[Citation] = field(default_factory=list)

    def cite(self, hit: Hit, quote: str, span: tuple[int, int] | None = None) -> str:
        for citation in self.citations:
            if citation.hit.chunk_id == hit.chunk_id:
                return f"[{citation.n}]"
        n = len(self.citations) + 1
        self.citations.append(Citation(n, hit, quote, span or _article_span(hit, quote)))
        return f"[{n}]"


def _article_span(hit: Hit, quote: str) -> tuple[int, int] | None:
    start, found = hit.metadata.get("start"), hit.text.find(quote)
    if not isinstance(start, int) or found < 0:
        return None
    return start + found, start + found + len(quote)


def attributed(label: str, text: str) -> str:
    """"单位：事实" — whose fact it is, first (not repeated when the text already opens with it)."""
    return text if text.startswith(label) else f"{label}：{text}"


def as_sentence(text: str) -> str:
    """The text ended as a sentence; a quote it opens and never closes is closed first ("…效益型“四型")."""
    if text.count("“") > text.count("”"):
        text += "”"
    ended = text[-1] in _ENDS_SENTENCE or (text[-1] in "”’」』" and len(text) > 1 and text[-2] in _ENDS_SENTENCE)
    return text if ended else text + "。"
