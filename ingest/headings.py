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
REPORT_GENRE = "总结|报告|汇报|计划|材料|范文|模板"
"""Words a report title ends with, before any article number ("…工作总结二", "…总结模板篇3")."""
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

SAMPLE_WORD = "总结|范文|例文|样本|模板"
"""Words a page numbers its sample articles with, before the number: "总结一：…", "范文2：…"."""

BRACKET_MARKER = rf"【\s*(?:第\s*)?(?:篇\s*)?[{CN_NUM}\d]{{1,3}}\s*篇?\s*(?:[：:]\s*(?P<title>[^】]{{0,40}}))?】"
"""An article number in brackets, maybe with the article's title: 【篇1】 【第1篇】 【篇一：…工作总结】."""

ARTICLE_MARKER = re.compile(
    rf"^(?:{BRACKET_MARKER}"
    rf"|(?:{SAMPLE_WORD})\s*[{CN_NUM}\d]{{1,3}}\s*[：:](?=[^，。；！？]{{0,40}}$)"  # 总结一：乡镇工会年度工作总结
    rf"|(?:.{{0,30}}?(?:{SAMPLE_WORD})\s*)?第\s*[{CN_NUM}\d]{{1,3}}\s*篇"  # 第1篇 / 范文 第三篇
    rf"|篇\s*[{CN_NUM}\d]{{1,3}}(?=[：:\s]|$)"  # 篇一：
    rf"|[^，。；！？]{{2,40}}?(?:{REPORT_GENRE})\s*[{CN_NUM}\d]{{1,2}}\s*[：:]?\s*$"  # ……工作总结一： / ……总结1
    rf"|[^，。；！？]{{2,40}}?篇\s*[{CN_NUM}\d]{{1,3}}\s*[：:]?\s*$"  # ……工作总结 篇1 / ……总结篇一
    rf")"
)
"""A line that starts a new article (篇) of a multi-article page: a marker before the title
("【篇1】…", "【篇一：…】", "第1篇：…", "总结一：…") or after it ("…工作总结 篇1", "…总结篇一",
"…工作总结二"). A "总结一：" opens an article only when a title (or nothing) follows, never a sentence."""

_COUNT = rf"(?:\d{{1,3}}|[{CN_NUM}]{{1,3}}|多)"
_GATHERED = r"(?:集锦|汇总|合集|集合|大全|精选)"
SALES_WORD = r"(?:精选|优秀|热门|推荐|最新|必备|优选|经典)"
"""Words a site sells a page with ("2023最新…", "…总结最新7篇"); never part of a unit's name."""
_PROMO = rf"(?:{SALES_WORD}|通用|实用|范文|参考)"
COLLECTION_COUNT = re.compile(
    rf"\s*(?:[（(【\[]\s*{_PROMO}*\s*(?:{_COUNT}\s*篇)?\s*{_PROMO}*\s*[)）】\]]"  # （通用7篇） （实用）
    rf"|(?<![第篇]){SALES_WORD}*{_GATHERED}?\s*{_COUNT}\s*篇\s*{_PROMO}*"  # 3篇 集锦15篇 5篇精选 最新7篇
    rf"|(?:(?:19|20)\d{{2}}\s*年?度?)?{_GATHERED})\s*$"  # 大全 2022集合
)
"""The count or sales word a site puts after a collection heading: "…总结（精选9篇）", "…总结3篇"."""

DATE_LINE_END = re.compile(rf"(?:\d{{2,4}}|[{CN_NUM}xX]{{2,4}}|[xX_~]+)\s*年\s*[\d{CN_NUM}xX_]{{1,3}}\s*月\s*[\d{CN_NUM}xX_]{{1,3}}\s*日\s*$")
"""A line that ends with a date: the dating line under a report, never a wrapped sentence."""
