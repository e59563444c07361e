"""One clean page -> its articles (篇), each with its own title.

Pages of this genre stack several reports: some behind explicit markers (【篇1】, 第1篇,
范文 第三篇, 总结一：, …总结 篇1), some behind a bare title line (……工会……工作总结), and some
with no marker at all, where only the genre's opening paragraph (……现总结如下：) shows that
a new report has begun. A title is what the page states for that article: a marker is stripped
from it, a collection heading ("…总结（精选9篇）") names the page and never one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.headings import (
    ARTICLE_MARKER,
    BRACKET_MARKER,
    CN_NUM,
    COLLECTION_COUNT,
    DATE_LINE_END,
    REPORT_GENRE,
    SAMPLE_WORD,
    heading_level,
    is_pure_heading,
)
from ingest.metadata import refines

MIN_ARTICLE_CHARS = 80
"""Less body than this is a page header or a table-of-contents entry, not an article — unless
nothing on the page is longer: then a short piece with a real sentence is the file's content."""
SENTENCE_MIN_HANZI = 8
"""A real sentence has at least this many Chinese characters: more than a date or a unit's name."""
_CLAUSE_BREAK = re.compile(r"[\u4e00-\u9fff][，；,;][\u4e00-\u9fff\d]")
_FULL_STOP = "。！？!?"  # not "…": a table-of-contents entry trails dots to its page number

_TITLE_SUFFIX = re.compile(
    r"(工作总结|总结报告|工作报告|工作汇报|述职报告|工作计划|工作要点|汇报材料|情况报告|总结)"
    r"(及.{0,8}(计划|打算|安排|思路|设想|要点))?(范文|范本|模板)?(（[^）]{0,12}）)?$"
)
_ORGANISATION = re.compile(r"工会|工委|工联|机关|局|委员会|办公室|公司|厂|学校|学院|中学|小学|医院|中心|园区|单位|协会|集团|系统|支部")
_SENTENCE_PUNCT = set("，。；！？：")
_SUBTITLE = re.compile(r"[：:][^，。；！？：:,;]{2,20}$")

_OPENING_END = re.compile(
    r"((总结|汇报|报告|小结|回顾)(如下|于后)|以下(几|几个)?(部分|方面)(内容|工作)?)[：:。]?$"
)
_OPENING_CUE = re.compile(
    r"一年来|半年来|今年以来|年来|本年度|年度，|即将过去|过去的一年|随着|"
    r"在.{2,40}?(领导|指导|支持|关心|带领)(下|之下)"
)
_MIN_BODY_BEFORE_IMPLICIT_SPLIT = 150

_NUMBER = rf"[{CN_NUM}\d]{{1,3}}"
_LEADING_MARKER = re.compile(  # a bracketed marker's own title ("【篇一：…】") is kept
    rf"^(?:{BRACKET_MARKER}|【[^】]*】|第\s*{_NUMBER}\s*篇|篇\s*{_NUMBER}|(?:{SAMPLE_WORD})\s*{_NUMBER}\s*[：:])\s*[：:]?\s*"
)
_TRAILING_MARKER = re.compile(
    rf"\s*(?:第\s*{_NUMBER}\s*篇|篇\s*{_NUMBER}|(?<=总结|报告|汇报|计划|材料|范文|模板)\s*[{CN_NUM}\d]{{1,2}})\s*[：:]?\s*$"
)
_BARE_MARKER_WORDS = {"", "范文", "样本", "例文", "模板"}
# "工会年终总结 篇120xx年，……", "篇一20xx年，……": a marker (after a title or alone) with the
# article's first paragraph run on after it; "篇1" before a year takes one digit only.
_RUN_IN_MARKER = re.compile(
    rf"^(?P<marker>(?P<title>[^，。；：！？]{{1,40}}?(?:{REPORT_GENRE})\s*)?(?:第\s*{_NUMBER}\s*篇|篇\s*(?:[{CN_NUM}]{{1,3}}"
    rf"|\d{{1,2}}?(?=(?:19|20)[\dxX_]{{2}}\s*年)|\d{{1,2}})))\s*[：:]?\s*(?P<body>\S.*)$"
)
_RUN_IN_BRACKET_MARKER = re.compile(BRACKET_MARKER)
# Where a title run into its first paragraph may end, and how that paragraph may begin.
_TITLE_END = re.compile(r"总结|报告|汇报|思路|计划|打算|安排|要点|范文|材料")
_BODY_START = re.compile(
    r"今年|本年|去年|一年|半年|近年|上半年|下半年|过去|我[局校院厂会司所]|(?:19|20)\d{2}\s*年"
    r"|(?:20)?[xX_＿]{2,}\s*年|[一二][〇○零一二三四五六七八九]{3}年"
)
_PAGE_COUNTER = re.compile(r"^1\s*[、.．]\s*")
_TAG = re.compile(r"^[【\[][^】\]]{1,6}[】\]]\s*")  # 【新闻】 [通知]
# union news: its honours too, and its congresses by their short names (职代会, 工代会, 教代会)
_HEADLINE_TOPIC = re.compile(r"工会|职工|总结|报告|汇报|会议|大会|代会|工作|劳动奖|劳模|模范|先进|表彰|荣获|获评|之家|小家|工匠")
_HEADLINE_MIN_CHARS = 6
# what a news headline says happened ("…荣获…称号", "…召开…大会"), unlike a report's title
_NEWS_STATEMENT = re.compile(r"荣获|获评|获得|喜获|召开|举行|举办|开展|成立|授予|表彰|当选|走访|慰问|看望|送")
_NEWS_DEED = re.compile(rf"{_NEWS_STATEMENT.pattern}|组织|喜庆|欢度|庆祝|庆“|迎“|迎新|闭幕|开幕|落幕|签约|圆满")
_TITLE_MAX_CHARS = 40
_TITLE_BEFORE_COLON = re.compile(rf"^(?P<title>[^，。；：:！？]{{4,{_TITLE_MAX_CHARS}}}?(?:{REPORT_GENRE}))\s*[：:]\s*(?P<rest>\S.*)$")
_CONTINUATION = re.compile(r"^(?:及|暨|和|与)[^，。；！？：]{2,20}$")

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
    """A bare report title: short, no sentence punctuation, names an organisation, ends like a title;
    a short subtitle may follow a colon ("2023年工会工作总结：成绩与差距")."""
    if not 4 <= len(line) <= _TITLE_MAX_CHARS or heading_level(line) is not None:
        return False
    subtitle = _SUBTITLE.search(line)
    title = line[: subtitle.start()] if subtitle else line
    if any(mark in _SENTENCE_PUNCT for mark in title):
        return False
    return bool(_TITLE_SUFFIX.search(title) and _ORGANISATION.search(title))


def marker_title(line: str) -> str:
    """The title on a marker line with the marker stripped: "【篇1】2021年…总结", "【篇一：…总结】",
    "总结一：…总结", "…总结 篇1", "…总结二：" -> the title alone, a collection count after it dropped
    ("…总结2022集合"); "" for a bare marker ("篇一", "范文 第三篇")."""
    title = _LEADING_MARKER.sub(lambda match: match.group("title") or "", line, count=1)
    title = _TRAILING_MARKER.sub("", title).strip()
    return "" if title in _BARE_MARKER_WORDS else collection_title(title) or title


def collection_title(line: str) -> str | None:
    """A collection heading's subject without its count ("…总结（精选9篇）" -> "…总结"), or None
    for a line that is no collection heading. Such a heading names the page, never one article."""
    match = COLLECTION_COUNT.search(line)
    if not match or ARTICLE_MARKER.match(line) or any(mark in _SENTENCE_PUNCT for mark in line[: match.start()]):
        return None
    title = _TAG.sub("", line[: match.start()]).strip()
    return title if 2 <= len(title) <= 40 and re.search(REPORT_GENRE, title) else None


def split_run_in(line: str, at_article_start: bool) -> tuple[str, ...] | None:
    """A marker or title with the first paragraph run on after it, as its parts (title line,
    marker, paragraph), or None for a line that is one thing.

    Document-sharing sites flatten a page into one line: "…总结 篇120xx年，……" anywhere ("篇一"
    alone when the paragraph opens like the genre's openings), "…总结【篇一：…总结】20xx年，……",
    a collection heading run into the title ("…总结4篇…工作总结"), and at an article's start
    "…工作总结范文今年以来，……" (the title ends on a genre word and the paragraph opens like the
    genre's openings, with a year or "今年以来") or "…工作报告：……" (a whole title before a colon).
    """
    match = _RUN_IN_MARKER.match(line)
    body = match.group("body") if match else ""
    if match and is_real_sentence(body) and (match.group("title") or _BODY_START.match(body)):
        return match.group("marker"), body
    parts = _split_at_bracket_marker(line) or _split_collection_heading(line)
    if parts or not at_article_start:
        return parts
    return _split_title_before_colon(line) or _split_title_before_opening(line)


# "…工会在总结2016年工作经验的基础上": a genre word a preposition or an adverb stands before is a verb
# of the sentence ("在总结", "认真总结"), no title's last word
_VERB_BEFORE = re.compile(r"(?:在|正在|将|已|并|认真|进行|及时|回顾|通过|结合)$")  # not 要/全面: "简要总结", "全面总结"


def _split_title_before_opening(line: str) -> tuple[str, str] | None:
    """"…工作总结范文今年以来，……": the paragraph opens like the genre's openings (a year, "今年")."""
    for end in _TITLE_END.finditer(line, 0, _TITLE_MAX_CHARS + 2):
        title, rest = line[: end.end()].strip(), line[end.end():].strip()
        if _VERB_BEFORE.search(line, 0, end.start()):
            continue
        if is_title_line(title) and _BODY_START.match(rest) and is_real_sentence(rest):
            return title, rest
    return None


def _split_title_before_colon(line: str) -> tuple[str, str] | None:
    """"…工会2023年度工作报告：（subtitle）各位代表：……": a page flattened into one line, where the title is
    told by its colon, not by how the next words open. Before the colon stands a whole report title (an
    organisation, a genre word at its end, no sentence mark); after it a subtitle or the paragraph, kept as
    body since no mark shows where a run-in subtitle ends."""
    match = _TITLE_BEFORE_COLON.match(line)
    if not match or not is_title_line(match.group("title")) or not is_real_sentence(match.group("rest")):
        return None
    return match.group("title").strip(), match.group("rest")


def _split_at_bracket_marker(line: str) -> tuple[str, ...] | None:
    """"…总结【篇一：…总结】20xx年，……": a title, a bracketed marker and a paragraph on one line."""
    match = _RUN_IN_BRACKET_MARKER.search(line)
    if not match:
        return None
    before, after = line[: match.start()].strip(), line[match.end():].strip()
    if not (before or after) or (before and not is_title_line(before)) or (after and not is_real_sentence(after)):
        return None
    return tuple(part for part in (before, match.group(), after) if part)


def _split_collection_heading(line: str) -> tuple[str, str] | None:
    """"医务工会工作总结3篇医务工会年度工作总结": a collection heading with a title run on after it."""
    for count in re.finditer("篇", line[: _TITLE_MAX_CHARS + 1]):
        heading, title = line[: count.end()], line[count.end():].strip()
        if title and collection_title(heading) and is_title_line(title):
            return heading, title
    return None


def headline(line: str) -> str | None:
    """A line above the first paragraph that can title it (a news headline, a report title that
    names no organisation): short, mostly Chinese, no sentence punctuation or separators, about the
    genre. A leading tag such as "【新闻】" is dropped."""
    line = _TAG.sub("", line)
    stated = original_title(line)
    if stated is not None:
        return stated or None
    if line.startswith(("图为", "图片", "图：", "图:")):
        return None  # a photo's caption
    # "浓浓关怀暖人心 ——工会开展“送温暖”活动": a headline and its subtitle after a dash, one title, when one of them
    # tells of a deed (a banner, "青禾市总工会 —— 基层动态", or a slogan, "凝心聚力 —— 建功新时代", tells of none)
    main, dash, subtitle = (part.strip() for part in line.partition("——"))
    if (main and dash and subtitle and "——" not in subtitle and not any(mark in _SENTENCE_PUNCT for mark in main + subtitle)
            and len(main + subtitle) <= _TITLE_MAX_CHARS and _NEWS_DEED.search(main + subtitle)
            and headline(main + subtitle) is not None):
        return f"{main}——{subtitle}"
    hanzi = sum(1 for char in line if "\u4e00" <= char <= "\u9fff")
    if not _HEADLINE_MIN_CHARS <= len(line) <= _TITLE_MAX_CHARS or hanzi < 0.6 * len(line) or DATE_LINE_END.search(line):
        return None
    # "…举行年度感恩仪式：“云直播”感恩职工携手同行": a headline with a subtitle after its colon (not a credit,
    # "…宣传部供稿：通讯员李明")
    main, colon, subtitle = line.partition("：")
    credit = _CREDIT.search(main) or re.fullmatch(rf"(?:{_CREDIT.pattern})[\u4e00-\u9fff]{{2,4}}", subtitle)
    if (colon and len(subtitle) >= 4 and not any(mark in _SENTENCE_PUNCT for mark in subtitle) and not credit
            and headline(main) == main):
        return line
    # (one space between a headline's phrases, which cleaning keeps: "法援廿载 初心如磐 …")
    if any(mark in _SENTENCE_PUNCT or mark in "|>»/·" or mark.isspace() for mark in _PHRASE_SPACE.sub("", line)):
        return None
    # a body that did something ("青禾中学喜庆“三八”佳节", "澧县教育局组织开展…慰问活动"): a news item's headline too
    told = _HEADLINE_TOPIC.search(line) or ((_ORGANISATION.search(line) or _NEWS_BODY.search(line)) and _NEWS_DEED.search(line))
    return line if told and heading_level(line) is None else None


_ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*")
_PHRASE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff“”]) (?=[\u4e00-\u9fff“”])")


def original_title(line: str) -> str | None:
    """The title a reposted item states as its own ("原标题：青禾机场开展“五一”劳动竞赛"), whatever it says; "" for an
    原标题 line that holds no title (a paper's name, a date); None for any other line."""
    stated = _ORIGINAL_TITLE.match(line)
    if not stated:
        return None
    title = line[stated.end():].strip().removeprefix("《").removesuffix("》")
    hanzi = sum(1 for char in title if "\u4e00" <= char <= "\u9fff")
    fits = _HEADLINE_MIN_CHARS <= len(title) <= _TITLE_MAX_CHARS and hanzi >= 0.6 * len(title) and not DATE_LINE_END.search(title)
    return title if fits and not any(mark in _SENTENCE_PUNCT for mark in title) else ""
_CREDIT = re.compile(r"供稿|来稿|来源|作者|通讯员|记者|编辑|摄影|撰稿|审核|责编")  # who wrote or sent the news
# the bodies news tells of beside those a report's title names: a newspaper or a TV station, a bank's
# branch, a railway depot, a station, a hospital, a mine, a team ("东莞日报社举行…", "凯里工务段…")
_NEWS_BODY = re.compile(r"社(?!会)|[视播电]台|银行|[分支]行|[务辆]段|站|院|馆|矿|队(?!伍)")


def _without_stray_stop(line: str) -> str:
    """"…工会年度工作总结。": a title line a site ended with a full stop, read as the title where a
    title can stand (before any body), since a sentence never has a title's shape."""
    bare = line.removesuffix("。")
    return bare if bare != line and is_title_line(bare) else line


def _same_title(line: str, title: str) -> bool:
    return bool(title) and re.sub(r"\s+", "", line).rstrip("。：:") == re.sub(r"\s+", "", title)


def _continues_title(title: str, line: str) -> bool:
    """"及2023年工作计划" under "…2022年工作总结": one title wrapped onto two lines."""
    return bool(_CONTINUATION.match(line)) and is_title_line(title + line)


# "主席：庄某某" above a yearbook entry: the union's officers, a fact of the entry, not page chrome
_OFFICER_FIELD = re.compile(r"^(?:常务)?副?(?:主席|书记|会长|秘书长|主任)\s*[：:]\s*[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4})*$")


def _above_first_paragraph(line: str) -> bool:
    """A short line that is neither a numbered heading nor a sentence: page chrome or a headline."""
    return len(line) <= _TITLE_MAX_CHARS and heading_level(line) is None and not is_real_sentence(line)


def is_opening_paragraph(line: str) -> bool:
    """The genre's first paragraph: "一年来，……在……领导下，……现将……总结如下："."""
    return bool(_OPENING_END.search(line) and _OPENING_CUE.search(line)) and heading_level(line) is None


class _PageSplitter:
    """Walks the lines of one page and opens a new article at each boundary."""

    def __init__(self, page_title: str) -> None:
        self.page_title = page_title
        self.articles: list[ArticleDraft] = []
        self.headline = ""  # the last line above the first paragraph that can title it
        self.title_stated = False  # the current title is a line of the page, not the page's subject
        self.officers: list[str] = []  # "主席：…" lines above the first paragraph, the first article's own

    @property
    def current(self) -> ArticleDraft | None:
        return self.articles[-1] if self.articles else None

    def open(self, title: str, *, inferred: bool = False, stated: bool = True) -> None:
        self.articles.append(ArticleDraft(title=title, title_inferred=inferred))
        self.title_stated = stated and bool(title)

    def _open_at_marker(self, title: str) -> None:
        """A marker opens an article; a bare one ("篇一") right under a title line belongs to that
        title, the first one takes a headline above it, and any other takes the page's subject."""
        current = self.current
        if title:
            self.open(title)
        elif current is not None and not current.lines and self.title_stated:
            return  # "篇一" under "…工作总结": the title above names this article
        elif current is None and self.headline:
            self.open(self.headline)
        else:
            self.open(self.page_title, inferred=not self.page_title, stated=False)

    def _retitle(self, current: ArticleDraft, line: str) -> None:
        """A title line under a marker or a page header, before any body: the more specific name
        wins, but a title the page stated stays when it is a fuller form of the new one
        ("2022年市总工会工作总结" over a run-in "市总工会工作总结") or the new one only adds blanks."""
        if not (self.title_stated and refines(current.title, line, or_same=True)):
            current.title, current.title_inferred, self.title_stated = line, False, True

    def feed(self, line: str) -> None:
        current = self.current
        parts = split_run_in(line, at_article_start=current is None or not current.lines)
        for part in parts or (line,):
            self._feed_line(part)

    def _feed_line(self, line: str) -> None:
        current = self.current
        subject = collection_title(line)
        if subject is not None:
            self.page_title = self.page_title or subject  # the page's heading, not an article
            return
        if ARTICLE_MARKER.match(line):
            self._open_at_marker(marker_title(line))
            return
        if current is None and _PAGE_COUNTER.match(line) and is_title_line(_PAGE_COUNTER.sub("", line)):
            line = _PAGE_COUNTER.sub("", line)  # "1、" of a document-sharing page's first fragment
        if current is None or not current.lines:
            line = _without_stray_stop(line)
        if is_title_line(line):
            if current is not None and not current.lines:
                self._retitle(current, line)
                return
            if current is not None and _same_title(line, current.title):
                return  # running page header repeated inside the article
            self.open(line)
            return
        if current is not None and _same_title(line, current.title):
            return  # the title repeated at the top of the body
        if current is not None and not current.lines and _continues_title(current.title, line):
            current.title += line  # a title wrapped onto a second line: "…工作总结" / "及…工作计划"
            return
        if current is None and _OFFICER_FIELD.match(line):
            self.officers.append(line)
            return
        if current is None and _above_first_paragraph(line):
            # above the first paragraph: held, not body; a line that only tells of a body's deed (a photo's
            # caption, "图为局领导慰问困难教师") does not replace a headline about the union's work
            found = headline(line)
            if found and (self.page_title or self.headline) and original_title(line):
                return  # the reposting page's own title (its <title>, or the headline above) says whose it is ("成都今年
                #将新建…" over "原标题：今年我市将新建…"); the original's only what it was
            # a held news headline ("…职工代表大会隆重召开") is not replaced by a line naming a scene of it and no
            # deed ("岩土公司一届一次职代会集锦", a photo's caption under the headline)
            captioned = bool(self.headline) and bool(_NEWS_STATEMENT.search(self.headline)) and not _NEWS_DEED.search(found or "")
            if found and (not self.headline or _HEADLINE_TOPIC.search(found)) and not captioned:
                self.headline = found
            return
        if current is None:
            title = self.headline or self.page_title
            self.open(title, inferred=not title)
            current = self.current
            current.lines += [f"{field}。" for field in self.officers]
            if self.headline and title == self.headline and _NEWS_STATEMENT.search(title) and not is_title_line(title):
                current.lines.append(title)  # a news headline states a fact ("…荣获…称号"): it is read as the body's first line too
        elif self._starts_unmarked_article(line):
            self.open("", inferred=True)
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
    articles = [a for a in splitter.articles if a.body_chars >= MIN_ARTICLE_CHARS]
    return articles or [a for a in splitter.articles if has_real_sentence(a.text)]


def is_real_sentence(line: str) -> bool:
    """A line that states something: enough Chinese and a full stop or a clause break.
    Titles, headings, dates, signatures and table-of-contents entries have neither."""
    if is_pure_heading(line):
        return False
    hanzi = sum(1 for char in line if "\u4e00" <= char <= "\u9fff")
    ends = any(mark in line for mark in _FULL_STOP)
    return hanzi >= SENTENCE_MIN_HANZI and (ends or bool(_CLAUSE_BREAK.search(line)))


def has_real_sentence(text: str) -> bool:
    """Whether any line of the text is a real sentence (see `is_real_sentence`)."""
    return any(is_real_sentence(line.strip()) for line in text.split("\n"))


def unique_titles(titles: list[str]) -> list[str]:
    """Titles of one page made distinct: a repeated title gets （之2）, （之3）…"""
    seen: dict[str, int] = {}
    unique = []
    for title in titles:
        count = seen.get(title, 0) + 1
        seen[title] = count
        unique.append(f"{title}（之{count}）" if count > 1 else title)
    return unique
