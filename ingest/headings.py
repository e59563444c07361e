"""Section headings of the genre (一、 / （一） / 1. / （1）), shared by cleaning, splitting and chunking."""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇○两"

# Level 1: 一、 一. 一． 第一部分   Level 2: （一） (一)   Level 3: 1、 1. 1．   Level 4: （1） (1) 1）
_LEVEL_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^(?:[{CN_NUM}]{{1,3}}\s*[、.．]|第[{CN_NUM}\d]{{1,3}}部分)\s*")),
    (2, re.compile(rf"^[（(]\s*[{CN_NUM}]{{1,3}}\s*[）)]\s*")),
    (3, re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))\s*(?![年月日号%])")),
    (4, re.compile(r"^(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}[）)])\s*")),
)

SENTENCE_END = "。！？!?…"
CLAUSE_PUNCT = "，、；：,;:"

_TITLE_MAX = 40


def heading_level(line: str) -> int | None:
    """The numbering level a line starts with, or None for body text."""
    for level, pattern in _LEVEL_PATTERNS:
        if pattern.match(line):
            return level
    return None


def strip_numbering(line: str) -> str:
    """The heading text without its 一、/（一）/1. prefix."""
    for _, pattern in _LEVEL_PATTERNS:
        match = pattern.match(line)
        if match:
            return line[match.end():].strip()
    return line.strip()


def heading_label(line: str) -> str:
    """The short label of a heading line whose text may run on into a paragraph.

    "二、送温暖工作：2月7日……" -> "二、送温暖工作"; "1、文员工作" -> "1、文员工作".
    """
    cut = len(line)
    for mark in "。：:；;！？":
        pos = line.find(mark)
        if 0 < pos < cut:
            cut = pos
    label = line[:cut].strip()
    if len(label) > _TITLE_MAX:
        comma = min((p for p in (label.find("，"), label.find(",")) if p > 0), default=_TITLE_MAX)
        label = label[: min(comma, _TITLE_MAX)]
    return label


def is_pure_heading(line: str) -> bool:
    """A numbered line that is only a heading: short, and no sentence of body text after it."""
    if heading_level(line) is None or len(line) > _TITLE_MAX:
        return False
    body = line.rstrip("。.；;")
    return not any(mark in body for mark in "。！？!?")


NUMBERED_ITEM = re.compile(rf"^(?:[（(]?[{CN_NUM}\d]{{1,3}}[）)、.．]|[•·●◆■▪★☆○◎※\-—]\s*)")
"""Any list or heading marker: a line starting with it is never a continuation of the line above."""

ARTICLE_MARKER = re.compile(
    rf"^(?:【\s*(?:第\s*)?(?:篇\s*)?[{CN_NUM}\d]{{1,3}}\s*篇?\s*】"  # 【篇1】 【第1篇】
    rf"|(?:.{{0,30}}?(?:范文|样本|例文|模板|总结)\s*)?第\s*[{CN_NUM}\d]{{1,3}}\s*篇"  # 第1篇 / 范文 第三篇
    rf"|篇\s*[{CN_NUM}\d]{{1,3}}(?=[：:\s]|$)"  # 篇一：
    rf"|.{{2,40}}?(?:总结|报告|汇报|计划)\s*[{CN_NUM}\d]{{1,2}}\s*[：:]\s*$"  # ……工作总结一：
    rf")"
)
"""A line that starts a new article (篇) of a multi-article page."""

DATE_LINE_END = re.compile(rf"(?:\d{{2,4}}|[{CN_NUM}xX]{{2,4}}|[xX_~]+)\s*年\s*[\d{CN_NUM}xX_]{{1,3}}\s*月\s*[\d{CN_NUM}xX_]{{1,3}}\s*日\s*$")
"""A line that ends with a date: the dating line under a report, never a wrapped sentence."""
