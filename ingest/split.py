"""One clean page -> its articles (篇), each with its own title.

Pages of this genre stack several reports: some behind explicit markers (【篇1】, 第1篇,
范文 第三篇, 总结一：), some behind a bare title line (……工会……工作总结), and some
with no marker at all, where only the genre's opening paragraph (……现总结如下：) shows that
a new report has begun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.headings import ARTICLE_MARKER, heading_level

MIN_ARTICLE_CHARS = 80
"""Less body than this is a page header or a table-of-contents entry, not an article."""

_TITLE_SUFFIX = re.compile(
    r"(工作总结|总结报告|工作报告|工作汇报|述职报告|工作计划|工作要点|汇报材料|情况报告|总结)"
    r"(及.{0,8}(计划|打算|安排))?(（[^）]{0,12}）)?$"
)
_ORGANISATION = re.compile(r"工会|工委|工联|机关|局|委员会|办公室|公司|厂|学校|学院|中学|小学|医院|中心|园区|单位|协会|集团|系统|支部")
_SENTENCE_PUNCT = set("，。；！？：")

_OPENING_END = re.compile(
    r"((总结|汇报|报告|小结|回顾)(如下|于后)|以下(几|几个)?(部分|方面)(内容|工作)?)[：:。]?$"
)
_OPENING_CUE = re.compile(
    r"一年来|半年来|今年以来|年来|本年度|年度，|即将过去|过去的一年|随着|"
    r"在.{2,40}?(领导|指导|支持|关心|带领)(下|之下)"
)
_MIN_BODY_BEFORE_IMPLICIT_SPLIT = 150


@dataclass
class ArticleDraft:
    """An article as found on the page, before metadata and ids."""

    title: str
    lines: list[str] = field(default_factory=list)
    title_inferred: bool = False  # no title on the page: the pipeline names it from its metadata

    @property
    def body_chars(self) -> int:
        return sum(len(line) for line in self.lines)

    def has_body(self, chars: int) -> bool:
        """At least `chars` of body, counted only as far as needed: asked once per line, so a
        full sum each time would make splitting a long page quadratic."""
        total = 0
        for line in self.lines:
            total += len(line)
            if total >= chars:
                return True
        return False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def is_title_line(line: str) -> bool:
    """A bare report title: short, no sentence punctuation, names an organisation, ends like a title."""
    if not 4 <= len(line) <= 40 or heading_level(line) is not None:
        return False
    if any(mark in _SENTENCE_PUNCT for mark in line):
        return False
    return bool(_TITLE_SUFFIX.search(line) and _ORGANISATION.search(line))


def marker_title(line: str) -> str:
    """The title carried on a marker line: "【篇1】2021年…总结" -> "2021年…总结"; "总结一：" -> "总结一"."""
    match = re.match(r"^(【[^】]*】|第\s*[一二三四五六七八九十百零〇○两\d]{1,3}\s*篇)\s*[：:]?\s*", line)
    rest = line[match.end():].strip() if match else ""
    if rest:
        return rest
    return line.rstrip("：:").strip()


def is_opening_paragraph(line: str) -> bool:
    """The genre's first paragraph: "一年来，……在……领导下，……现将……总结如下："."""
    return bool(_OPENING_END.search(line) and _OPENING_CUE.search(line)) and heading_level(line) is None


class _PageSplitter:
    """Walks the lines of one page and opens a new article at each boundary."""

    def __init__(self, page_title: str) -> None:
        self.page_title = page_title
        self.articles: list[ArticleDraft] = []

    @property
    def current(self) -> ArticleDraft | None:
        return self.articles[-1] if self.articles else None

    def open(self, title: str, *, inferred: bool = False) -> None:
        self.articles.append(ArticleDraft(title=title, title_inferred=inferred))

    def feed(self, line: str) -> None:
        current = self.current
        if ARTICLE_MARKER.match(line):
            self.open(marker_title(line))
            return
        if is_title_line(line):
            if current is not None and not current.lines:
                # Title right under a marker or a page header: the more specific name wins.
                if line != current.title:
                    current.title = line
                return
            if current is not None and line == current.title:
                return  # running page header repeated inside the article
            self.open(line)
            return
        if current is None:
            self.open(self.page_title, inferred=not self.page_title)
            current = self.current
        elif self._starts_unmarked_article(line):
            self.open(self.page_title, inferred=True)
            current = self.current
        assert current is not None
        current.lines.append(line)

    def _starts_unmarked_article(self, line: str) -> bool:
        current = self.current
        return (
            current is not None
            and current.has_body(_MIN_BODY_BEFORE_IMPLICIT_SPLIT)
            and is_opening_paragraph(line)
        )


def split_articles(text: str, page_title: str = "") -> list[ArticleDraft]:
    """The articles of one clean page, in page order; a title may repeat (see `unique_titles`)."""
    splitter = _PageSplitter(page_title.strip())
    for line in text.split("\n"):
        if line.strip():
            splitter.feed(line.strip())
    return [a for a in splitter.articles if a.body_chars >= MIN_ARTICLE_CHARS]


def unique_titles(titles: list[str]) -> list[str]:
    """Titles of one page made distinct: a repeated title gets （之2）, （之3）…"""
    seen: dict[str, int] = {}
    unique = []
    for title in titles:
        count = seen.get(title, 0) + 1
        seen[title] = count
        unique.append(f"{title}（之{count}）" if count > 1 else title)
    return unique
