"""Scraped page text -> clean simplified text, one paragraph per line.

Every rule here is a general rule about how report sites decorate text (site chrome,
pinyin annotations, traditional characters, width and punctuation mixing, hard wraps),
not a list of particular sites. Placeholders (XX, xx, 20xx, **, ~年, ___) are content of
the genre and are kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ingest.headings import ARTICLE_MARKER, DATE_LINE_END, NUMBERED_ITEM, SENTENCE_END, heading_level

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")

# ---------------------------------------------------------------- characters

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u3000\u2002\u2003\u2009\u202f\t"), " ")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # icon-font glyphs scraped as text
_STRAY_BACKTICK = re.compile(f"(?<=[{CJK}])`|`(?=[{CJK}])")  # anti-copy noise


def normalize_characters(text: str) -> str:
    """Line endings, invisible characters, odd spaces, icon glyphs and stray backticks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    text = _PRIVATE_USE.sub("", text)
    return _STRAY_BACKTICK.sub("", text)


# ---------------------------------------------------------------- pinyin

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = f"a-zü{_TONED}"
_SYLLABLE = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)"
    r"(?:r)?$"
)
_PINYIN_ANNOTATION = re.compile(
    rf"(?<=[{CJK}])\s?[(（]\s*([{_PINYIN_LETTERS}]{{1,6}}(?:\s+[{_PINYIN_LETTERS}]{{1,6}})?)\s*[)）]"
)
_TONE_FOLD = str.maketrans(
    _TONED, "aaaaeeeeiiiioooouuuuvvvvnnnm"
)


def _looks_like_pinyin(annotation: str) -> bool:
    if any(ch in _TONED for ch in annotation):
        return True
    plain = annotation.translate(_TONE_FOLD).replace("ü", "v")
    return all(_SYLLABLE.match(part) for part in plain.split())


def strip_pinyin(text: str) -> str:
    """学(xué)习(xí) -> 学习: pinyin in brackets right after a Chinese character."""

    def replace(match: re.Match[str]) -> str:
        return "" if _looks_like_pinyin(match.group(1)) else match.group(0)

    return _PINYIN_ANNOTATION.sub(replace, text)


# ---------------------------------------------------------------- script and width


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# 著 is both "write" (著作, 显著) and the particle 着; t2s keeps 著, so the particle uses are fixed here.
_ZHUO_AS_ZHE = re.compile(r"(?<=[本随接沿朝向顺])著|(?<=意味)著|著(?=[力重眼手想])")


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC's t2s tables, plus the 著/着 particle it leaves."""
    return _ZHUO_AS_ZHE.sub("着", _t2s().convert(text))


_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: ord("0") + i for i in range(10)},
    **{0xFF21 + i: ord("A") + i for i in range(26)},
    **{0xFF41 + i: ord("a") + i for i in range(26)},
}

_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_ASCII_PUNCT_NEAR_CJK = re.compile(rf"(?<=[{CJK}）”])\s*([,;:?!])|([,;:?!])\s*(?=[{CJK}“（])")
_PAREN_NEAR_CJK = re.compile(rf"\(([^()\n]{{1,30}})\)")


def fold_width(text: str) -> str:
    """Full-width letters and digits to ASCII; ASCII punctuation inside Chinese to Chinese punctuation."""
    text = text.translate(_FULLWIDTH_ALNUM)
    text = _ASCII_PUNCT_NEAR_CJK.sub(lambda m: _CJK_PUNCT[m.group(1) or m.group(2)], text)

    def paren(match: re.Match[str]) -> str:
        inner = match.group(1)
        start, end = match.start(), match.end()
        before = match.string[start - 1] if start else ""
        after = match.string[end] if end < len(match.string) else ""
        if _CJK_RE.search(inner) or _CJK_RE.match(before or " ") or _CJK_RE.match(after or " "):
            return f"（{inner}）"
        return match.group(0)

    return _PAREN_NEAR_CJK.sub(paren, text)


_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}\u3000-\u303f\uff00-\uffef“”‘’])\s+(?=[{CJK}\u3000-\u303f\uff00-\uffef“”‘’])")
_SPACE_CJK_DIGIT = re.compile(rf"(?<=[{CJK}])\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[{CJK}])")
_LEADING_DECORATION = re.compile(r"^[>»›•·●◆■▪★☆◇□※\s]+")


def strip_decoration(line: str) -> str:
    """Trim a line and drop the quote marks and bullets some sites put in front of paragraphs."""
    line = line.strip()
    stripped = _LEADING_DECORATION.sub("", line)
    return stripped or line


def collapse_spaces(line: str) -> str:
    """Drop spaces wedged between Chinese characters; keep single spaces between Latin words."""
    line = _SPACE_BETWEEN_CJK.sub("", line)
    line = _SPACE_CJK_DIGIT.sub("", line)
    return re.sub(r" {2,}", " ", line)


# ---------------------------------------------------------------- site chrome

_CHROME_PATTERNS = [
    # breadcrumbs
    re.compile(r"^(当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]"),
    re.compile(r"^[^。，]{0,20}(\s*[>»›]\s*[^>»›。，]{1,20}){2,}$"),
    # post time, author, views, share
    re.compile(r"^(发布)?(时间|日期|来源|作者|编辑|责编|发布人|浏览|阅读|点击)\s*[:：]"),
    re.compile(r"(浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|人阅读|次浏览)\s*[:：]?\s*\d*\s*$"),
    re.compile(r"^.{0,40}\s(分享|收藏)\s*$"),
    re.compile(r"^(分享到|分享|扫一扫|打印本页|关闭窗口|返回顶部|返回列表|上一篇|下一篇|字号|【打印】|【关闭】)"),
    # editor blurbs and "more articles"
    re.compile(r"小编|欢迎阅读|仅供参考|供大家参考|希望对(大家|您|你)|希望大家(能够)?喜欢|为(大家|您|你)(精心)?(收集)?整理|可自行修改|欢迎(大家)?(借鉴|下载|收藏)"),
    re.compile(r"(更多|相关|热门|推荐|精选|延伸)(文章|阅读|范文|推荐|内容|专题)|推荐访问|猜你喜欢|相关搜索|编辑推荐|本文(链接|地址|网址)"),
    # copyright and site footer
    re.compile(r"版权所有|All Rights Reserved|Powered by|ICP备|未经授权|Copyright|©", re.IGNORECASE),
    re.compile(r"(www\.|\.com|\.cn|\.net|\.html?)(?![\u4e00-\u9fff]{6})", re.IGNORECASE),
    # table of contents
    re.compile(r"^[-•·\s]*(目录|目\s*录)\s*$"),
    # page counters
    re.compile(r"^[-—\s]*第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页[-—\s]*$"),
    re.compile(r"^[-—\s]*(共\s*\d+\s*页|\d+\s*/\s*\d+\s*页?)[-—\s]*$"),
    # a collection header: "2021江苏省……工作总结3篇", "……范文（精选10篇）"
    re.compile(r"^[^，。；：]{2,40}?(?<![第\d一二三四五六七八九十])(\d+|[一二三四五六七八九十]+)篇\s*$"),
    re.compile(r"[（(【]\s*(精选|通用|优选|热门)?\s*\d+\s*篇\s*[)）】]\s*$"),
]

_FORM_STUB = re.compile(r"^(?:[^_＿\s]{0,6}\s*[:：]?\s*[_＿]{3,}\s*)+[年月日\s_＿]*$")
_STRAY_NUMBERS = re.compile(r"^[\s\d「」『』【】\[\]()（）<>《》\-—_.,，。·|/]*$")
_TEASER_END = re.compile(r"(\.{3,}|…{1,2}|。。。)\s*$")


def is_chrome_line(line: str) -> bool:
    """A line that belongs to the website, not to any report."""
    if not line or ARTICLE_MARKER.match(line):
        return False
    if _STRAY_NUMBERS.match(line) or _FORM_STUB.match(line):
        return True
    if len(line) > 160:  # paragraphs of reports are long; chrome lines are short
        return False
    return any(pattern.search(line) for pattern in _CHROME_PATTERNS)


def drop_teaser_runs(lines: list[str], min_run: int = 2) -> list[str]:
    """Drop "related articles" excerpts: runs of lines cut off with "..." (and what is wedged between them)."""
    teaser = [bool(_TEASER_END.search(line)) and len(line) >= 20 for line in lines]
    keep = [True] * len(lines)
    index = 0
    while index < len(lines):
        if not teaser[index]:
            index += 1
            continue
        end = index
        probe = index + 1
        while probe < len(lines) and probe <= end + 2:  # allow one non-teaser line inside a run
            if teaser[probe]:
                end = probe
            probe += 1
        run = end - index + 1
        if run >= min_run or (index == 0 and teaser[index]):
            for position in range(index, end + 1):
                keep[position] = False
        index = end + 1
    return [line for line, kept in zip(lines, keep) if kept]


# ---------------------------------------------------------------- line structure

_HEADING_RUN_ON = re.compile(r"^(?P<head>[^\s。；：;:]{4,36})\s+(?P<body>\S.{20,})$")
_UNIT_AFTER_NUMBER = set("元万亿千百人户名个次项家件条场期所台套份岁余多%‰")
_DANGLING = set("的和与及或在对把将为被从向以等之其而并且、，,；;“《（(")


def split_heading_run_on(line: str) -> list[str]:
    """"二、狠抓三大教育 以人为本，重在建设……" -> the heading and its paragraph on two lines."""
    if heading_level(line) is None:
        return [line]
    marker = NUMBERED_ITEM.match(line)
    offset = marker.end() if marker else 0
    rest = line[offset:].lstrip()
    match = _HEADING_RUN_ON.match(rest)
    if not match:
        return [line]
    return [line[:offset] + match.group("head"), match.group("body")]


_INLINE_HEADING = re.compile(r"(?<=[。！？；])\s*(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，。]{2,})")


def split_inline_headings(line: str) -> list[str]:
    """A whole report pasted as one line: "…如下。一、加强学习……。二、维护权益……" -> one line per section."""
    return [part for part in _INLINE_HEADING.split(line) if part]


def _ends_sentence(line: str) -> bool:
    return line[-1] in SENTENCE_END or line.endswith(("。”", "！”", "？”", "。’", "。）", "）。"))


def _is_wrapped(line: str, following: str) -> bool:
    """Was `following` cut off from `line` by a hard wrap rather than being its own paragraph?"""
    if not line or not following or NUMBERED_ITEM.match(following) or ARTICLE_MARKER.match(following):
        return False
    if line[-1] in _DANGLING or (line[-1].isdigit() and following[0] in _UNIT_AFTER_NUMBER):
        return True
    if _ends_sentence(line) or DATE_LINE_END.search(line) or heading_level(line) is not None:
        return False
    if not any(mark in following for mark in "，。；：、！？"):
        return False  # a remainder with no punctuation at all is a title or a signature, not a wrap
    # Prose (a full sentence inside, or a run of clauses) with no end mark was cut mid-sentence.
    clauses = sum(line.count(mark) for mark in "，、")
    return any(mark in line[:-1] for mark in SENTENCE_END) or clauses >= 2 or (len(line) >= 40 and clauses >= 1)


def rejoin_wrapped_lines(lines: list[str]) -> list[str]:
    """Join lines that a scraper or a page width broke in the middle of a sentence."""
    joined: list[str] = []
    for line in lines:
        if joined and _is_wrapped(joined[-1], line):
            previous = joined[-1]
            # a wrap sometimes repeats the character at the break (…学习邓小平理 / 理论和…)
            if previous[-1] == line[0] and previous[-1] not in "，、；" and _CJK_RE.match(line[0]):
                line = line[1:]
            joined[-1] = previous + line
        else:
            joined.append(line)
    return joined


# ---------------------------------------------------------------- the whole cleaner


def clean_text(raw: str) -> str:
    """Raw page text -> clean simplified text, one paragraph per line, no blank lines."""
    text = normalize_characters(raw)
    text = strip_pinyin(text)
    text = to_simplified(text)
    text = fold_width(text)
    text = unicodedata.normalize("NFC", text)
    lines = [strip_decoration(line) for line in text.split("\n")]
    lines = [part for line in lines for part in split_inline_headings(line)]
    lines = [part for line in lines for part in split_heading_run_on(line)]
    lines = [collapse_spaces(line) for line in lines]
    lines = [line for line in lines if line and not is_chrome_line(line)]
    lines = drop_teaser_runs(lines)
    lines = rejoin_wrapped_lines(lines)
    return "\n".join(lines)
