"""Document -> section-aware chunks of about 150-400 characters that end on sentence ends.

A chunk never spans two sections that are not siblings, keeps its heading path (title >
section > subsection) so the passage can be found by its heading words, and records its
character span in the clean document text so a citation can point back into the article.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ingest.headings import DATE_LINE_END, heading_label, heading_level, is_pure_heading
from ingest.models import Chunk, Document, short_hash

MIN_CHARS = 150
MAX_CHARS = 400
SOFT_MAX_CHARS = 520
"""A short tail is merged into the chunk before it as long as the result stays under this."""
FLOOR_CHARS = 40
"""No chunk is shorter than this unless its whole section is."""
HARD_MAX_CHARS = SOFT_MAX_CHARS + FLOOR_CHARS
"""No chunk is ever longer: pieces are cut to MAX_CHARS and a tail under FLOOR_CHARS joins the chunk before it."""

_SENTENCE = re.compile(r"[^。！？!?…\n]*(?:[。！？!?]+|…+|\n|$)[”’」』）)]*")
_CLAUSE_BREAKS = ("；;", "，,、")
_PART_HEADING = re.compile(
    r"(工作回顾|工作总结|工作计划|工作打算|工作安排|工作思路|工作设想|存在的(主要)?问题|问题和不足|不足之处|"
    r"主要做法|主要成绩|主要体会|工作体会|几点体会|下一步|今后的?工作|努力方向)[是：:]?$"
)


@dataclass
class _Section:
    path: tuple[str, ...]
    start: int
    end: int
    heading_only: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


def _part_heading(line: str) -> bool:
    """An unnumbered heading that divides a report into parts: "下半年工作计划", "存在的问题"."""
    return (
        len(line) <= 30
        and not any(mark in line for mark in "。，；！？")
        and not DATE_LINE_END.search(line)
        and bool(_PART_HEADING.search(line))
    )


def _sections(doc: Document) -> list[_Section]:
    """Split the document text at headings; each section knows its full heading path.

    A section's text starts with its own heading line. A heading with nothing under it but
    deeper headings is dropped (it lives on in their paths); a heading with nothing under it
    at all is a list item ("1、加强基层工会建设；") and stays as text.
    """
    sections: list[_Section] = []
    stack: list[tuple[int, str]] = []  # (level, label)
    start = 0
    heading_only = False
    offset = 0

    def close(end: int) -> None:
        if doc.text[start:end].strip():
            path = (doc.title, *(label for _, label in stack))
            sections.append(_Section(path, start, end, heading_only))

    for line in doc.text.split("\n"):
        level = heading_level(line)
        if level is None and _part_heading(line):
            level = 0
        if level is not None:
            close(offset)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading_label(line)))
            start = offset
            heading_only = level == 0 or is_pure_heading(line)
        elif line.strip():
            heading_only = False
        offset += len(line) + 1
    close(len(doc.text))
    return [
        section
        for section, following in zip(sections, [*sections[1:], None])
        if not (section.heading_only and following and following.path[: len(section.path)] == section.path)
    ]


def _common_path(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    common = []
    for x, y in zip(a, b):
        if x != y:
            break
        common.append(x)
    return tuple(common)


def _merge_small_siblings(sections: list[_Section]) -> list[_Section]:
    """Consecutive short items under one parent (1.… 2.… 3.…) read better as one passage."""
    merged: list[_Section] = []
    for section in sections:
        if merged:
            last = merged[-1]
            parent = _common_path(last.path, section.path)
            siblings = len(parent) >= max(len(last.path), len(section.path)) - 1
            intro_and_child = parent == last.path
            if (
                len(parent) >= 2
                and (siblings or intro_and_child)
                and (last.length < MIN_CHARS or section.length < MIN_CHARS)
                and section.end - last.start <= MAX_CHARS
            ):
                merged[-1] = _Section(parent, last.start, section.end)
                continue
        merged.append(section)
    return merged


def _split_overlong(text: str, start: int) -> list[tuple[int, int]]:
    """A sentence longer than MAX_CHARS, cut on ；first, then on ，, then anywhere (a scraped page
    or a table dump may run on for megabytes without a single mark)."""
    spans = [(start, start + len(text))]
    for breaks in _CLAUSE_BREAKS:
        refined: list[tuple[int, int]] = []
        for s, e in spans:
            if e - s <= MAX_CHARS:
                refined.append((s, e))
                continue
            piece_start = s
            piece = text[s - start : e - start]
            for i, ch in enumerate(piece):
                if ch in breaks:
                    refined.append((piece_start, s + i + 1))
                    piece_start = s + i + 1
            if piece_start < e:
                refined.append((piece_start, e))
        spans = refined
    spans = [(cut, min(cut + MAX_CHARS, e)) for s, e in spans for cut in range(s, e, MAX_CHARS)]
    return _pack(spans, MAX_CHARS)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside text[start:end]."""
    spans: list[tuple[int, int]] = []
    segment = text[start:end]
    for match in _SENTENCE.finditer(segment):
        if not match.group().strip():
            continue
        s, e = start + match.start(), start + match.end()
        if e - s > MAX_CHARS:
            spans.extend(_split_overlong(text[s:e], s))
        else:
            spans.append((s, e))
    return spans


def _pack(spans: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Greedy packing of consecutive spans into pieces of at most `limit` characters."""
    packed: list[tuple[int, int]] = []
    for s, e in spans:
        if packed and e - packed[-1][0] <= limit:
            packed[-1] = (packed[-1][0], e)
        else:
            packed.append((s, e))
    return packed


def _balanced_chunks(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group sentences into chunks of even size near MAX_CHARS, cutting only between sentences."""
    if not spans:
        return []
    total = spans[-1][1] - spans[0][0]
    count = max(1, math.ceil(total / MAX_CHARS))
    target = total / count
    chunks: list[tuple[int, int]] = []
    chunk_start = spans[0][0]
    for index, (s, e) in enumerate(spans):
        size = e - chunk_start
        is_last = index == len(spans) - 1
        next_size = spans[index + 1][1] - chunk_start if not is_last else size
        near_target = size >= target * 0.8 and (
            next_size > MAX_CHARS or abs(size - target) <= abs(next_size - target)
        )
        if is_last or near_target or next_size > SOFT_MAX_CHARS:
            chunks.append((chunk_start, e))
            if not is_last:
                chunk_start = spans[index + 1][0]
    return _absorb_short_tail(chunks)


def _absorb_short_tail(chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(chunks) >= 2:
        tail_s, tail_e = chunks[-1]
        head_s, _ = chunks[-2]
        if tail_e - tail_s < FLOOR_CHARS or (tail_e - tail_s < MIN_CHARS and tail_e - head_s <= SOFT_MAX_CHARS):
            chunks[-2:] = [(head_s, tail_e)]
    return chunks


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def chunk_document(doc: Document) -> list[Chunk]:
    """The chunks of one document, in reading order, with stable ids."""
    chunks: list[Chunk] = []
    seen_texts: dict[str, int] = {}
    for section in _merge_small_siblings(_sections(doc)):
        for start, end in _balanced_chunks(_sentence_spans(doc.text, section.start, section.end)):
            start, end = _trimmed(doc.text, start, end)
            if start == end:
                continue
            text = doc.text[start:end]
            normalized = " ".join(text.split())
            repeat = seen_texts.get(normalized, 0)
            seen_texts[normalized] = repeat + 1
            # a passage repeated verbatim inside one article still gets its own id
            chunk_id = short_hash(doc.doc_id, normalized, *([str(repeat)] if repeat else []))
            metadata = {
                **doc.metadata(),
                "section": " > ".join(section.path[1:]),
                "chunk_index": len(chunks),
                "start": start,
                "end": end,
            }
            chunks.append(Chunk(chunk_id, doc.doc_id, text, section.path, start, end, metadata))
    return chunks
