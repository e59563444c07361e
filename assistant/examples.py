"""Example questions built from what is indexed, so the buttons ask about units that are there.

A fixed list asked about the sample corpus's units even when the user had loaded their own
pages. Here each example names a real unit of the index with one of its article's own section
headings ("青松县总工会在“开展送温暖活动”方面做了哪些工作？"), or, for an article without
headings, asks what the unit did that year. An empty index gives no examples.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.knowledge import KnowledgeBase
from assistant.scope import is_specific

MAX_EXAMPLES = 6
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*")
_GENRE_HEADINGS = re.compile(r"问题|不足|打算|计划|情况|总结|前言|概述|[xX*_]")


def _heading(chunks: list[dict[str, Any]]) -> str | None:
    """The article's first topic heading, without its numbering (not the problems or plans)."""
    for chunk in chunks:
        section = str(chunk.get("section") or "").split(" > ")[-1]
        core = _NUMBERING.sub("", section).strip("，。：: ")
        if 4 <= len(core) <= 16 and not _GENRE_HEADINGS.search(core) and not re.search(r"[（()）\d]", core):
            return core
    return None


def example_questions(knowledge: KnowledgeBase, limit: int = MAX_EXAMPLES) -> list[str]:
    """Up to `limit` questions about distinct units of the index: named units first, newest years first."""
    rows = [r for r in knowledge.documents() if r.get("unit") and not r.get("duplicate_of")]
    # units that say which one ("青松县总工会") before kinds ("局工会"), newest years first
    rows.sort(key=lambda r: (not is_specific(str(r["unit"])), -(r.get("year") or 0)))
    questions: list[str] = []
    seen: set[str] = set()
    for row in rows:
        unit = str(row["unit"])
        if unit in seen or re.search(r"[xX]{2}|\*|某", unit):
            continue
        seen.add(unit)
        heading = _heading(knowledge.chunks(str(row["doc_id"])))
        year = f"{row['year']}年" if row.get("year") else ""
        questions.append(f"{unit}在“{heading}”方面做了哪些工作？" if heading else f"{unit}{year}开展了哪些工作？")
        if len(questions) >= limit:
            break
    return questions
