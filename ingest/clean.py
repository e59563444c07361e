"""Scraped page text -> clean simplified text, one paragraph per line.

Every rule here is a general rule about how report sites decorate text (site chrome,
pinyin annotations, traditional characters, width and punctuation mixing, hard wraps),
not a list of particular sites. Placeholders (XX, xx, 20xx, **, ~年, ___) are content of
the genre and are kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ingest.headings import (
    ARTICLE_MARKER,
    CN_NUM,
    DATE_LINE_END,
    NUMBERED_ITEM,
    SALES_WORD,
    SENTENCE_END,
    heading_level,
    is_pure_heading,
    strip_numbering,
)
from ingest.name_shield import shared_jieba

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


# Old and Japanese forms t2s does not map (and which GB2312 lacks): 靑年 -> 青年, 値班 -> 值班.
# Variant forms mirrors and old fonts write that it leaves too: 陜西 -> 陕西, 竝 -> 并, 衞生 -> 卫生.
_VARIANTS = str.maketrans("硏淸靑緖値吿髙敍晩曁槪歩渉讃賛廻鉄鬭闘燄陜竝衞衹蔴搾摃搯廼迺槩厛廰毉粧尅",
                          "研清青绪值告高叙晚暨概步涉赞赞回铁斗斗焰陕并卫只麻榨扛掏乃乃概厅厅医妆克")  # (甯, 凃: surnames, kept)


# 乾 is simplified Chinese too (乾坤, and names: "吴乾发"); t2s makes it 干 everywhere, which is right only where it
# means dry ("乾燥", "餅乾"): elsewhere it is kept, under a stand-in t2s leaves alone
_QIAN_DRY = re.compile(r"乾(?=[燥淨净杯旱涸脆枯洗貨货糧粮冰果菜癟瘪巴澀涩裂爽淡透電电媽妈爹娘兒儿親亲部乾])|(?<=[餅饼烘晒曬風风晾擦吹烤萄口一])乾")
_QIAN_KEPT = "\U000F4E7E"  # a private-use stand-in, never in a real text


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC's t2s tables, plus the 著/着 particle and the variant forms it leaves;
    乾 stays where it does not mean dry."""
    kept = re.sub(r"乾", lambda m: m.group(0) if _QIAN_DRY.match(text, m.start()) else _QIAN_KEPT, text)
    return _ZHUO_AS_ZHE.sub("着", _t2s().convert(kept)).translate(_VARIANTS).replace(_QIAN_KEPT, "乾")


_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: ord("0") + i for i in range(10)},
    **{0xFF21 + i: ord("A") + i for i in range(26)},
    **{0xFF41 + i: ord("a") + i for i in range(26)},
}

_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_ASCII_PUNCT_NEAR_CJK = re.compile(rf"(?<=[{CJK}）”])\s*([,;:?!])|([,;:?!])\s*(?=[{CJK}“（])")
_PAREN_NEAR_CJK = re.compile(rf"\(([^()\n]{{1,30}})\)")
# "…建功立业.突出竞赛重点": a half-width full stop (or a folded "．") ending a Chinese sentence; not a
# decimal point, a list number ("1.2", "3.工会") or a festival's date ("三.八", "五.一")
_ASCII_STOP_IN_CJK = re.compile(rf"(?<=[{CJK}）”’])(?<![一二三四五六七八九十])\.(?=[{CJK}“‘（]|[ \t]*(?:\n|$))")  # not "三.八"


def fold_width(text: str) -> str:
    """Full-width letters and digits to ASCII; ASCII punctuation inside Chinese to Chinese punctuation
    (a full stop too, where it ends a Chinese sentence)."""
    text = text.translate(_FULLWIDTH_ALNUM)
    text = _ASCII_PUNCT_NEAR_CJK.sub(lambda m: _CJK_PUNCT[m.group(1) or m.group(2)], text)
    text = _ASCII_STOP_IN_CJK.sub("。", text)

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


# a headline's phrases set apart by spaces ("法援廿载 初心如磐 杭州工会系统…"): a short line without a sentence's marks,
# each side a phrase of four characters or more, where dropping the space would run a slogan into the name after it
_HEADLINE_PHRASE_SPACE = re.compile(rf"(?<=[{CJK}]{{4}})[ \u3000]+(?=[{CJK}]{{4}})")
_HEADLINE_MAX = 40


def collapse_spaces(line: str) -> str:
    """Drop spaces wedged between Chinese characters; keep single spaces between Latin words, and one space
    between a headline's phrases."""
    if len(line.strip()) <= _HEADLINE_MAX and not re.search(r"[，,。；;：:！!？?、]", line):
        phrases = _HEADLINE_PHRASE_SPACE.split(line.strip())
        if len(phrases) > 1:
            return " ".join(collapse_spaces(phrase) for phrase in phrases)
    line = _SPACE_BETWEEN_CJK.sub("", line)
    line = _SPACE_CJK_DIGIT.sub("", line)
    return re.sub(r" {2,}", " ", line)


# ---------------------------------------------------------------- mojibake and lost marks

# A tone-marked syllable is pinyin wherever it stands; after a mis-decoded character it sits behind the
# stray ASCII letter or "?" the decoder left (…任务，F（xiàn）将…), so that letter goes with it.
_PINYIN_RESIDUE = re.compile(
    rf"(?<![A-Za-z{_TONED}])(?:[A-Za-z](?=[(（])|[?？])?[(（]?[{_PINYIN_LETTERS}]*[{_TONED}][{_PINYIN_LETTERS}]*[)）]?(?![A-Za-z{_TONED}])"
)
# A converter that cannot map 《》 leaves "?工会法?": a short name between two question marks inside a sentence.
_LOST_BOOK_MARKS = re.compile(rf"(?<=[{CJK}])(?<![吗呢么吧啊])[?？](?P<name>[{CJK}]{{2,12}})[?？](?=[{CJK}、，。；])")
_QUESTION_WORDS = set("吗呢么什怎何哪谁否")
_QUESTION_BY_CLAUSE = re.compile(r"(?<=[、，；：])[?？]+|[?？]+(?=[、，；：])")  # never next to a clause mark
_SUSPECT_GAP = 3
_QUESTION_MARKS = frozenset("?？")


@lru_cache(maxsize=4096)
def _is_rare(char: str) -> bool:
    """A CJK ideograph outside GB2312: after t2s, runs of these are mis-decoded bytes, not words."""
    if not _CJK_RE.match(char):
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def _may_hold_mojibake(line: str) -> bool:
    """A fast look (in C) before the character-by-character one: anything GB2312 lacks, U+FFFD or a "??"."""
    if "\ufffd" in line or "??" in line or "？？" in line:
        return True
    return line.encode("gb2312", errors="replace").count(b"?") > line.count("?")


def _suspects(line: str) -> list[int]:
    """Positions of characters a mis-decoding leaves: rare ideographs, U+FFFD, doubled "?", and ASCII
    letters glued to a rare ideograph (a trail byte shown as a letter)."""
    if not _may_hold_mojibake(line):
        return []
    found = []
    for index, char in enumerate(line):
        before = line[index - 1] if index else ""
        after = line[index + 1] if index + 1 < len(line) else ""
        if char == "\ufffd" or _is_rare(char):
            found.append(index)
        elif char in _QUESTION_MARKS and ({before, after} & _QUESTION_MARKS or _is_rare(before) or _is_rare(after)):
            found.append(index)
        elif char.isascii() and char.isalpha() and (_is_rare(before) or _is_rare(after)):
            found.append(index)
    return found


def _mojibake_spans(line: str) -> list[tuple[int, int]]:
    """Runs of two or more suspects no more than a few Chinese characters apart (one rare character
    alone, such as a name written with 堃 or 喆, is kept)."""
    spans: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    for position in _suspects(line):
        gap = line[end + 1 : position]
        if count and len(gap) <= _SUSPECT_GAP and all(_CJK_RE.match(char) for char in gap):
            end, count = position, count + 1
            continue
        if count >= 2:
            spans.append((start, end + 1))
        start = end = position
        count = 1
    if count >= 2:
        spans.append((start, end + 1))
    return spans


def drop_mojibake(line: str) -> str:
    """Pinyin left behind a mis-decoded character, and runs of mis-decoded characters, out of a line."""

    def book_marks(match: re.Match[str]) -> str:
        name = match.group("name")
        return match.group(0) if _QUESTION_WORDS & set(name) else f"《{name}》"

    line = _PINYIN_RESIDUE.sub("", line)
    line = _LOST_BOOK_MARKS.sub(book_marks, line)
    for start, end in reversed(_mojibake_spans(line)):
        line = line[:start] + line[end:]
    return _QUESTION_BY_CLAUSE.sub("", line)


# ---------------------------------------------------------------- site chrome

# "来源：", "发布时间：", "作者：": a label of when, where and by whom the page was posted
POST_LABEL = r"(?:(?:发布|发表|更新|上传)?(?:时间|日期|来源|作者|编辑|责编|发布人|浏览|阅读|点击)|发布)\s*[:：]"

_POST_STAMP = r"(?<!\d)\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*\d{1,2}:\d{2}"  # a post stamp: date and clock time
_CHROME_PATTERNS = [
    # a page's own address alone, as scrapers and "原文链接" lines write it (not a notice's "报名网址：…")
    re.compile(r"^\s*(?:(?:URL|Source|原文链接|原文地址|本文链接|本文地址|文章链接|文章地址|页面地址|来源|出处|转载自)\s*[:：]?\s*)?"
               r"(?:https?://|www\.)\S+\s*$", re.IGNORECASE),
    # breadcrumbs
    re.compile(r"^(当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]"),
    re.compile(r"^[^。，]{0,20}(\s*[>»›]\s*[^>»›。，]{1,20}){2,}$"),
    # post time, author, views, share
    re.compile(rf"^{POST_LABEL}"),
    re.compile(r"(浏览|阅读|点击|下载|评论)(量|数|次数)\s*[:：]?\s*\d*\s*$|(人阅读|次浏览)\s*$"),
    re.compile(_POST_STAMP),
    re.compile(r"(?<![A-Za-z])QQ\s*[:：]?\s*\d{5,}", re.IGNORECASE),
    re.compile(r"^.{0,40}\s(分享|收藏)\s*$"),
    re.compile(r"^(分享到|分享|扫一扫|打印本页|关闭窗口|返回顶部|返回列表|上一篇|下一篇|字号|【打印】|【关闭】)"),
    re.compile(r"^[-•·*]\s*(?:上一篇|下一篇)\s*[:：]"),  # the neighbour links, a list's bullet before them
    # a site's welcome banner and its home/bookmark buttons ("欢迎进入…网站！ 设为首页 加入收藏")
    re.compile(r"^欢迎您?(?:进入|访问|来到|光临)[^。，]{1,30}(?:网|网站|平台|官网)[！!。]?(?:\s|设为首页|加入收藏)*$"
               r"|^欢迎您?(?:进入|访问|来到|光临)[^。，]{1,30}[！!]$|(?:^|\s)(?:设为首页|加入收藏)(?:\s|$)"
               # or the owner's name alone ("欢迎光临青禾市物业管理行业协会")
               r"|^欢迎您?(?:进入|访问|来到|光临)[^。，！!\s]{2,30}(?:公司|集团|工会|局|委|院|中心|学校|大学|学院|医院|协会|联合会)$"),
    # editor blurbs and "more articles"
    re.compile(r"小编|欢迎阅读|仅供参考|供大家参考|希望对(大家|您|你)|希望大家(能够)?喜欢|为(大家|您|你)(精心)?(收集)?整理|可自行修改|欢迎(大家)?(借鉴|下载|收藏)"),
    re.compile(r"(更多|相关|热门|推荐|精选|延伸)(文章|阅读|范文|推荐|内容|专题)|推荐访问|猜你喜欢|相关搜索|编辑推荐|本文(链接|地址|网址)"),
    # copyright and site footer
    re.compile(r"版权所有|All Rights Reserved|Powered by|ICP备|未经授权|Copyright|©", re.IGNORECASE),
    # "主办：…厅 技术支持：…中心", a government site's footer; not "（二）技术支持：组织劳模…" in a report
    re.compile(r"^(?:主办|承办|协办)(?:单位)?\s*[:：].{0,60}技术支持\s*[:：]|^技术支持\s*[:：][^。；;]{0,40}$|网站标识码|公网安备"),
    re.compile(r"(www\.|\.com|\.cn|\.net|\.html?)(?![\u4e00-\u9fff]{6})", re.IGNORECASE),
    # table of contents
    re.compile(r"^[-•·\s]*(目录|目\s*录)\s*$"),
    # bylines and nav bars cut by pipes, with no sentence in them (a table row, cells between pipes, is content)
    re.compile(r"^(?!.*[|｜].*[|｜]\s*$)[^，。！？；]*[|｜][^，。！？；]*$"),
    # page counters
    re.compile(r"^[-—\s]*第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页[-—\s]*$"),
    re.compile(r"^[-—\s]*(共\s*\d+\s*页|\d+\s*/\s*\d+\s*页?)[-—\s]*$"),
    # a collection header: "2021江苏省……工作总结3篇", "……范文（精选10篇）"
    re.compile(r"^[^，。；：]{2,40}?(?<![第\d一二三四五六七八九十])(\d+|[一二三四五六七八九十]+)篇(精选|合集|大全|汇总)?\s*$"),
    re.compile(r"[（(【][^（）()【】]{0,4}?\d+\s*篇[^（）()【】]{0,2}[)）】]\s*$"),
]

# A document-sharing site's notices (uploaded by a user, copyright, preview, pay, customer service) speak of
# the file and the site: three such words, one of them about the site's service.
_DOC_SERVICE_WORDS = re.compile(r"文档|文件|下载|上传|预览|付费|客服|版权|侵权|投诉|本站|网站|用户")
_DOC_SERVICE_SIGN = re.compile(r"预览|付费|客服|侵权|本站|版权归|用户上传|下载前|下载后")
_DOC_SERVICE_MIN_WORDS = 3

# Chrome by shape: these hold only on a short line with no sentence punctuation, where a report has
# nothing but titles, headings, units and dates.
_PLAIN_MAX = 40
_SENTENCE_PUNCT = "，。！？；"
_SHORT_CHROME_PATTERNS = [
    # a photo's caption ("图/大会现场", "图为：会议现场", "（摄影：李某）"): never a headline nor a report's words
    re.compile(r"^[（(]?\s*(?:图\s*[/／:：|]|图为|图片\s*[:：]|摄影\s*[:：]|供图\s*[:：])"),
    # a numeric date (2023-02-11, 2010/3/5) is a site's stamp; reports write 2023年2月11日
    re.compile(r"(?<!\d)(19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}(?!\d)|发[表布]于\s*[:：]?\s*\d"),
    # breadcrumbs without a "当前位置" prefix: two separators, or one left dangling; a home link
    re.compile(r"[>»›].*[>»›]|[>»›]\s*$|^首页|首页$"),
    # customer-service numbers, file sizes, page counts, file formats
    re.compile(r"(QQ|客服|微信|电话)\D{0,6}\d{5,}", re.IGNORECASE),
    re.compile(r"\d+(\.\d+)?\s*[KMG]B\b|^共?\s*\d+\s*页$|页数|(?<![A-Za-z])(docx?|pdf|pptx?|xlsx?|wps|txt)(?![A-Za-z])", re.IGNORECASE),
    # a site's name alone: …网, …网站, …文库 (电网 is an enterprise; a union's own net is a report's word)
    re.compile(rf"^(?!.*(职工|工会|会员))[^\s，、：]{{2,10}}(?<!电)(网|网站|文库|资料库)$"),
    # two or more "label：value" pairs (作者：… 来源：…, 大小：… 页数：…)
    re.compile(rf"^(\s*[{CJK}]{{2,4}}\s*[:：]\s*[^\s:：]{{1,20}}){{2,}}\s*$"),
    # a nav label in Latin letters only ("news information"); placeholders (XX) are not one
    re.compile(r"^(?![xX\s]+$)[A-Za-z][A-Za-z\s&'.-]{3,}$"),
]
# Buttons: two different site actions on one short line, or a button word in a few characters ("投诉建议").
_SITE_ACTION = re.compile(r"投诉|举报|收藏|下载|打印|登录|注册|评论|点赞|复制|分享")
_BUTTON_WORD = re.compile(r"投诉|举报|收藏|下载|打印|登录|注册|点赞")
_BUTTON_ALONE = 4
_GENRE_END = re.compile(r"(总结|报告|汇报|计划|材料|要点|思路|打算)$")

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
    return any(pattern.search(line) for pattern in _CHROME_PATTERNS) or _is_doc_notice(line) or _is_short_chrome(line)


def _is_doc_notice(line: str) -> bool:
    return bool(_DOC_SERVICE_SIGN.search(line)) and len(set(_DOC_SERVICE_WORDS.findall(line))) >= _DOC_SERVICE_MIN_WORDS


def _is_plain_short(line: str) -> bool:
    return len(line) <= _PLAIN_MAX and not any(mark in line for mark in _SENTENCE_PUNCT)


def _is_short_chrome(line: str) -> bool:
    """Chrome told by shape: a short line without sentence punctuation carrying a site's stamp, link or button."""
    if not _is_plain_short(line) or heading_level(line) is not None:
        return False
    if any(pattern.search(line) for pattern in _SHORT_CHROME_PATTERNS):
        return True
    if _GENRE_END.search(line):
        return False
    return len(set(_SITE_ACTION.findall(line))) >= 2 or (len(line) <= _BUTTON_ALONE and bool(_BUTTON_WORD.search(line)))


_STRAY_LABEL_MAX = 6
_ANY_PUNCT = "，。！？；：、"
_BLOCK_LABEL = re.compile(rf"^[{CJK}]{{2,6}}[:：]$")


def _is_stray_label(line: str, max_len: int = _STRAY_LABEL_MAX) -> bool:
    """A few characters naming nothing of a report (an author's name, a column title): no punctuation,
    no heading, no title ending, no union, no date."""
    return (
        len(line) <= max_len
        and not any(mark in line for mark in _ANY_PUNCT)
        and heading_level(line) is None
        and not ARTICLE_MARKER.match(line)
        and not _GENRE_END.search(line)
        and "工会" not in line
        and not DATE_LINE_END.search(line)
    )


_BREADCRUMB_LINE = re.compile(r"^(?:您?现在的位置|当前位置|您的位置|你的位置|所在位置)\s*[:：]")
NAV_LINE_CHARS = 40  # a menu entry, a site slogan or a banner line above the breadcrumb is short
HEADLINE_CHARS = (6, 40)  # how long the headline right under a page's breadcrumb is


def drop_above_breadcrumb(lines: list[str]) -> list[str]:
    """The site's menu, banners and notices above a breadcrumb ("您的位置：首页 > 文化频道 > 正文"): the
    article starts after it. Only when every line above is short: a breadcrumb under the body (a footer's)
    keeps what is above it."""
    at = next((index for index, line in enumerate(lines) if _BREADCRUMB_LINE.match(line)), None)
    if at is None or not all(len(line) <= NAV_LINE_CHARS for line in lines[:at]):
        return lines
    # only when a headline follows it (the page's own, the article below): a breadcrumb under a headline, or
    # under the body (a footer's), keeps what is above it
    following = next((line for line in lines[at + 1 :] if line.strip()), "")
    if not (HEADLINE_CHARS[0] <= len(following) <= HEADLINE_CHARS[1] and not any(mark in following for mark in "。！？；")):
        return lines
    return lines[at:]


def drop_chrome(lines: list[str]) -> list[str]:
    """Chrome lines out, with what only makes sense inside a chrome block: a stray label between two
    chrome lines (or the page edge), and a label such as "温馨提示：" that introduces chrome."""
    flags = [is_chrome_line(line) for line in lines]
    kept = []
    for index, line in enumerate(lines):
        before = flags[index - 1] if index else True
        after = flags[index + 1] if index + 1 < len(lines) else True
        introduces_chrome = index + 1 < len(lines) and flags[index + 1] and bool(_BLOCK_LABEL.match(line))
        if not (flags[index] or introduces_chrome or (before and after and _is_stray_label(line))):
            kept.append(line)
    return kept


def _is_cover_scrap(line: str) -> bool:
    return len(line) <= _STRAY_LABEL_MAX and not any(m in line for m in _ANY_PUNCT)


def _subsequence_suffix_start(parts: list[str], whole: str) -> int:
    """The first index i such that "".join(parts[i:]) is a subsequence of whole (len(parts) if none).

    A suffix of a subsequence is one too, so matching the parts from the back, each character at the latest
    place it can take in whole, finds the longest such suffix in one pass over parts and whole."""
    position = len(whole)
    for index in range(len(parts) - 1, -1, -1):
        for char in reversed(parts[index]):
            position = whole.rfind(char, 0, position)
            if position < 0:
                return index + 1
    return 0


def drop_cover_fragments(lines: list[str], min_run: int = 3) -> list[str]:
    """A shared document's cover sets its title a word a line ("局机关" / "工会" / "工作总结") above the
    title itself: a run of such scraps whose letters all recur, in order, in the next line goes (the longest
    tail of the run that does, when it is at least min_run lines; the lines above it stay)."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _is_cover_scrap(lines[end]):
            end += 1
        if end == index:
            kept.append(lines[index])
            index += 1
            continue
        start = end
        if end - index >= min_run and end < len(lines):
            start = index + _subsequence_suffix_start(lines[index:end], lines[end])
            if end - start < min_run:
                start = end
        kept.extend(lines[index:start])  # the run's lines above the scraps (all of it when none go)
        index = end
    return kept


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

_HEADING_RUN_ON = re.compile(r"^(?P<head>[^\s。；：;:]{4,36})(?<!\d[.．、])\s+(?P<body>\S.{20,})$")
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


_INLINE_HEADING = re.compile(r"(?:(?<=[。！？；])|(?<=如下：))\s*(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，。]{2,})")


def split_inline_headings(line: str) -> list[str]:
    """A whole report pasted as one line: "…如下：一、加强学习……。二、维护权益……" -> one line per section."""
    return [part for part in _INLINE_HEADING.split(line) if part]


# A post's stamp with the report's first sentence run on behind it ("发布时间:2024-08-19 09:10:01 阅读数:4938月15日下午,…"):
# labels, each with a date, a count or a short name before a space. A count runs into the date after it.
_STAMP_LABEL = r"(?:(?:发布|发表|更新|上传|添加)?(?:时间|日期)|来源|作者|编辑|责编|发布人|(?:浏览|阅读|点击)(?:数|量|次数)?|发布)\s*[:：]"
_STAMP_VALUE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d+|[^\s，。,:：]{1,16}(?=\s))"
_POST_STAMP_RUN_ON = re.compile(rf"^(?:\s*{_STAMP_LABEL}\s*{_STAMP_VALUE})+\s*")
_STAMP_DATE = re.compile(r"(?:19|20)\d\d[-/.](\d{1,2})[-/.]\d{1,2}")
_EVENT_DATE = re.compile(r"^\s*(?:时间|日期)\s*[:：]\s*(?=(?:19|20)\d\d年)")  # "时间：2023年3月5日 地点：…", an event's
_STAMP_PART = re.compile(r"\d{1,2}:\d{2}|来源|作者|编辑|责编|发布|阅读|浏览|点击")  # what only a post's stamp has
_RUN_ON_BODY_MIN = 20


def _date_run_into(stamp: str, body: str) -> int:
    """How many of the stamp's last digits open the body's date: a count runs into a year ("48" + "2023年") or a month
    ("493" + "8月15日"; "121" + "2月3日" of a post stamped in February, not "12" + "12月3日"; "108" + "12月28日" of one
    stamped in January; without a stamp, the month one digit long)."""
    digits = len(stamp) - len(stamp.rstrip("0123456789"))
    if not digits or not body.startswith(("年", "月")):
        return 0
    run = stamp[len(stamp) - digits :]
    if body.startswith("年"):
        return 4 if digits > 4 and run[-4:-2] in ("19", "20") else 0
    months = [size for size in (1, 2) if digits > size and 1 <= int(run[-size:]) <= 12 and run[-size] != "0"]
    posted = _STAMP_DATE.search(stamp)
    if posted and months:  # the month the post came soonest after, across the year's end ("12月28日" posted 1月6日)
        return min(months, key=lambda size: (int(posted.group(1)) - int(run[-size:])) % 12)
    return min(months, default=0)


def split_post_stamp_run_on(line: str) -> list[str]:
    """The stamp and the sentence behind it on two lines, so the stamp goes as chrome and the sentence stays. An
    event's own date given under a label ("时间：2023年3月5日 地点：…") is the report's, kept without the label."""
    if _EVENT_DATE.match(line) and any(mark in line for mark in "，。") and not _STAMP_PART.search(line):  # (a stamp stays chrome)
        return [_EVENT_DATE.sub("", line)]
    match = _POST_STAMP_RUN_ON.match(line)
    if not match:
        return [line]
    stamp, body = line[: match.end()].rstrip(), line[match.end() :]
    moved = _date_run_into(stamp, body)
    stamp, body = stamp[: len(stamp) - moved], stamp[len(stamp) - moved :] + body
    body = body.lstrip("，,；;、")
    if len(body) < _RUN_ON_BODY_MIN or not any(mark in body for mark in "，。"):
        return [line]
    return [stamp.strip(), body]


_BACK_LINK = re.compile(r"^\s*返回(?=[\u4e00-\u9fff\d“\"「《]{6})")
_NAME_FLAGS = ("ns", "nt", "nr", "nz")
# what a headline opens with besides a name: a year or day, a quote, the reporting body said as such ("我院", "区总工会")
_HEADLINE_OPENING = re.compile(r"[\d“\"「《]|我[院校局司厂所行]|(?:集团|公司)(?:公司)?(?:工会)?|[省市县区镇]总工会|[\u4e00-\u9fff]{0,8}?工会")


def strip_back_link(line: str) -> str:
    """"返回盐湖区人民医院举行…", "返回区总工会召开…", "返回2023年…": the page's back link run into its headline (a line of no
    sentence marks); the name or headline opening after 返回 says it is no verb ("返回家乡创业的农民工有了新帮手" keeps it,
    and so does a sentence, "返回长沙的首批农民工，…")."""
    if not _BACK_LINK.match(line) or re.search(r"[，,。；;！？!?]", line):
        return line
    rest = _BACK_LINK.sub("", line)
    first = next(iter(shared_jieba().posseg.lcut(rest[:12])), None)
    named = first is not None and first.flag.startswith(_NAME_FLAGS)
    return rest if named or _HEADLINE_OPENING.match(rest) else line


_TITLE_RUN_ON = re.compile(
    rf"^(?P<title>[^，。；：！？]{{4,40}}?(?:总结|报告|汇报|计划|思路|打算|要点|篇\s*[\d{CN_NUM}]{{1,2}}))"
    r"(?P<body>(?:(?:19|20)[\dxX]{2}|[xX]{2}|[_＿]{2,})年[，,度上下].{20,})$"
)


def split_title_run_on(line: str) -> list[str]:
    """"…工作总结篇120xx年，工会在…" -> the title (with its marker) and the opening paragraph on two lines."""
    match = _TITLE_RUN_ON.match(line)
    return [match.group("title"), match.group("body")] if match else [line]


# Inline noise: a "hidden text" notice between ellipses, a download-and-edit blurb, a site's name injected
# into a sentence ("树原创站：文秘知音立…"), a category tag in front of a title ("【新闻】…").
_ELLIPSIS = r"(?:…|\.{3}|。{3})+"
_HIDDEN_TEXT = re.compile(rf"\s*{_ELLIPSIS}[^，。；…]{{0,12}}?\d+\s*个?字[^，。；…]{{0,8}}?{_ELLIPSIS}")
_EDIT_BLURB = re.compile(
    r"下载后可(?:任意|自由|自行)?编辑(?:修改)?"
    r"|[(（【\[]\s*(?:word版?|精品文档)?\s*可(?:任意|自由|自行)?编辑(?:修改)?版?\s*[)）】\]]",
    re.IGNORECASE,
)
_SPAM_INJECTION = re.compile(rf"(?:原创|首发|转载)[{CJK}]{{0,6}}?(?:网站|站|网)\s*[:：](?:文秘|范文|知音|原创|写作|网站|网|站)*")
_CATEGORY_TAG = re.compile(rf"^【[^】{CN_NUM}\d篇]{{1,4}}】(?=[^【。]+$)")
_FILE_EXTENSION = re.compile(r"\s*\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)$", re.IGNORECASE)  # a shared file's name
# A document-sharing site's field label in front of the text it describes ("文档介绍：…", "内容简介：…"); only the
# label goes, so the title or marker behind it starts the line.
_DOC_FIELD_LABEL = re.compile(
    r"^(?:(?:文档|文件|资料|文章|全文|正文)(?:介绍|简介|摘要|描述|预览|详情|内容|正文)?|内容(?:介绍|简介|摘要|描述|预览))\s*[:：]\s*"
)
# A watermark glued after a sentence end: a tail of one to three characters with a link symbol in it ("…发展。网-").
_SENTENCE_TAIL = re.compile(r"(?<=[。！？])[^，、；：。！？…”’」』）)】》|｜\s]{1,3}$")  # a table row's last "|" stays
_LINK_SYMBOL = re.compile(r"[-/\\~#=+·•]")
_TOC_START = re.compile(r"^(?:本文|文章|全文)?目\s*录\s*[:：]?\s*")
_TITLE_END = re.compile(r"总结|报告|汇报|计划|材料")


def strip_toc_run_on(line: str) -> str:
    """"本文目录" running the page's titles together, sometimes into the first paragraph: the titles go,
    up to the last title ending before the first clause mark, and the paragraph (if any) stays."""
    start = _TOC_START.match(line)
    if not start:
        return line
    rest = line[start.end():]
    first_clause = min((rest.find(mark) for mark in "，。；：" if mark in rest), default=len(rest))
    endings = list(_TITLE_END.finditer(rest, 0, first_clause))
    return rest[endings[-1].end():].strip() if endings else rest


# A site's own title for a page: the report's title and a form of it made to sell ("有关于…范文", "…精选大全"),
# joined by pipes.
_SITE_TITLE_SEPARATOR = re.compile(r"\s*[|｜]\s*")
_PROMO_AFFIX = re.compile(rf"(?:有关于?|关于|{SALES_WORD}|范文|范本|模板|例文|样本|大全|合集|汇总|集锦|参考|通用|实用|\d{{1,3}}篇)*")


def _is_promo_form(promo: str, title: str) -> bool:
    """"有关于医院工会工作总结范文" of "医院工会工作总结": the title whole, wrapped only in selling words."""
    start = promo.find(title)
    if start < 0 or promo == title:
        return False
    return all(_PROMO_AFFIX.fullmatch(affix) for affix in (promo[:start], promo[start + len(title):]))


def title_in_site_title(line: str) -> str:
    """The report's title out of a site title that joins it to a promo form of itself with "|", so the page
    keeps its own title ("有关于…总结范文|…总结" -> "…总结") instead of losing the line as a pipe-cut nav bar.
    A pipe line of any other shape (a nav bar, a table row, a byline) is left as it is."""
    if any(mark in line for mark in _SENTENCE_PUNCT) or len(line) > 2 * _PLAIN_MAX:
        return line
    parts = [part for part in _SITE_TITLE_SEPARATOR.split(line) if part]
    for part in parts:
        if _GENRE_END.search(part) and any(_is_promo_form(other, part) for other in parts):
            return part
    return line


# What a site left of an HTML tag it cut at the hidden text ("kground: rgb(255, 255, 255);\">"): style declarations up
# to the tag's end.
_TAG_RESIDUE = re.compile(r"^\s*(?:[A-Za-z-]+\s*:[^;:<>\"\n\u4e00-\u9fff]{1,40};\s*){1,20}[\"']?\s*/?>")


TAG_RESIDUE_CHARS = 1000  # where a cut tag's residue can be: right after the cut


def split_at_hidden_text(line: str) -> list[str]:
    """A line cut where a site hid text ("…和工 ……此处隐藏1695个字……七、做好…"): the words on either side never
    met, so they become two lines, without what the site left of a tag at the cut."""
    parts = _HIDDEN_TEXT.split(line)
    return [parts[0], *(_TAG_RESIDUE.sub("", part[:TAG_RESIDUE_CHARS]) + part[TAG_RESIDUE_CHARS:] for part in parts[1:])] if len(parts) > 1 else [line]


def strip_inline_noise(line: str) -> str:
    """Site text wedged into a line of the report, cut out so the report's own words join up again."""
    for pattern in (_DOC_FIELD_LABEL, _HIDDEN_TEXT, _EDIT_BLURB, _SPAM_INJECTION, _CATEGORY_TAG, _FILE_EXTENSION):
        line = pattern.sub("", line)
    tail = _SENTENCE_TAIL.search(line)
    if tail and _LINK_SYMBOL.search(tail.group()):
        line = line[: tail.start()]
    return strip_toc_run_on(line.strip())


def _ends_sentence(line: str) -> bool:
    return line[-1] in SENTENCE_END or line.endswith(("。”", "！”", "？”", "。’", "。）", "）。"))


_DATE_TAIL = 64  # a dating line's date is a few characters (after collapse_spaces); a run of x/_ is one match anywhere
_HEADING_HEAD = 32


_DATE_TAIL = 64  # a dating line's date is a few characters after collapse_spaces (a run of x/_ matches in any tail)
_HEADING_HEAD = 32  # a heading's number is at the start of a line


# a story opens with its day and a pause ("3月4日上午，…"); "3月4日上午在…召开" goes on a sentence a wrap cut
_DATED_START = re.compile(r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|早上|中午|晚|上旬|中旬|下旬)?\s*[，,]")


def _is_wrapped(line: str, following: str) -> bool:
    """Was `following` cut off from `line` by a hard wrap rather than being its own paragraph?"""
    if not line:
        return False
    clauses = sum(line.count(mark) for mark in "，、")
    inner_end = any(mark in line[:-1] for mark in SENTENCE_END)
    return _wraps(line[:_HEADING_HEAD], line[-_DATE_TAIL:], len(line), clauses, inner_end, following)


def _wraps(head: str, tail: str, length: int, clauses: int, inner_end: bool, following: str) -> bool:
    """_is_wrapped on what it needs of a line: its first and last few characters, its length, its count of
    "，" and "、", and whether a sentence end stands before its last character. A growing paragraph keeps
    these as it grows, so joining a long run of wrapped lines stays linear."""
    if not tail or not following or NUMBERED_ITEM.match(following) or ARTICLE_MARKER.match(following):
        return False
    if tail[-1] in _DANGLING or (tail[-1].isdigit() and following[0] in _UNIT_AFTER_NUMBER):
        return True
    if _ends_sentence(tail) or DATE_LINE_END.search(tail) or heading_level(head) is not None:
        return False
    if not inner_end and clauses <= 1 and _DATED_START.match(following):
        return False  # "…召开二届五次职代会、表彰大会" then "3月4日上午，…": a news title, then its story
    if not any(mark in following for mark in "，。；：、！？"):
        return False  # a remainder with no punctuation at all is a title or a signature, not a wrap
    # Prose (a full sentence inside, or a run of clauses) with no end mark was cut mid-sentence.
    return inner_end or clauses >= 2 or (length >= 40 and clauses >= 1)


_PAGE_COUNTER = re.compile(r"^(\d{1,3})、\s*")
_OPEN_PROSE_MIN = 20
_PAGE_MIN_CHARS = 150  # a page holds more text than a list item: counters are at least this far apart


def _is_open_prose(line: str) -> bool:
    """A paragraph broken off mid-sentence: clauses, no end mark, not a heading or list item."""
    return (
        len(line) >= _OPEN_PROSE_MIN
        and not _ends_sentence(line)
        and line[-1] not in "：:"
        and NUMBERED_ITEM.match(line) is None
        and any(mark in line for mark in "，、")
    )


# ---------------------------------------------------------------- tables flattened to one cell per line

_ROW_KEY = re.compile(r"(?:十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])\s*月份?(?:\s*(?:[1-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?")
_CELL_MAX = 40
MIN_TABLE_ROWS = 3


def _is_cell(line: str) -> bool:
    return len(line) <= _CELL_MAX and not any(mark in line for mark in "。！？；") and not line.endswith(("：", ":"))


def rejoin_table_rows(lines: list[str]) -> list[str]:
    """A table scraped one cell per line ("五月 / 教职工体检 / 完成 / 六月 / …"), its rows keyed by
    month or date, back into one line per row ("五月：教职工体检，完成。"): a row's cells belong
    together, and the month says when its activities were."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _is_cell(lines[end]):
            end += 1
        keys = [k for k in range(i, end) if _ROW_KEY.fullmatch(lines[k].strip())]
        if len(keys) >= MIN_TABLE_ROWS:
            out += lines[i : keys[0]]
            for start, stop in zip(keys, [*keys[1:], end]):
                cells = [cell.strip() for cell in lines[start + 1 : stop] if cell.strip()]
                out.append(f"{lines[start].strip()}：{'，'.join(cells)}。" if cells else lines[start])
            i = end
        else:
            out += lines[i : max(end, i + 1)]
            i = max(end, i + 1)
    return out


_PIPE_CELL_END = re.compile(r"\s*[|｜]\s*$")
_SEQUENCE_CELL = re.compile(r"\d{1,3}")
MIN_PIPE_CELLS = 4


def _pipe_rows(cells: list[str]) -> list[list[str]]:
    """The rows of a table given cell by cell: a header of h cells, then rows whose first cell
    numbers them 1, 2, 3… ("序号 | 时间 | 名称 | 内容 | 1 | 2024年5月 | …"), the header and
    the numbers left out; [] when the cells are not so numbered."""
    first = next((i for i, cell in enumerate(cells) if cell == "1"), None)
    if not first or first < 2:
        return []
    width = first
    rows = [cells[start : start + width] for start in range(first, len(cells), width)]
    if any(not _SEQUENCE_CELL.fullmatch(row[0]) or int(row[0]) != n for n, row in enumerate(rows, start=1)):
        return []
    return [row[1:] for row in rows]


_RULE_CELL = re.compile(r"[-—–:：\s]+")  # a markdown table's "---" under its header


def _line_cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[|｜]", line) if cell.strip() and not _RULE_CELL.fullmatch(cell.strip())]


def _line_rows(lines: list[str]) -> list[list[str]]:
    """The rows of a table given a row per line ("困难职工帮扶人数 | 12人 | 补助2.5万元 |"): every
    line holds the same number (two or more) of cells. [] when the lines are not so."""
    rows = [cells for cells in map(_line_cells, lines) if cells]
    if len(rows) < 2 or len({len(cells) for cells in rows}) != 1 or len(rows[0]) < 2:
        return []
    return rows


_SECTION_CELL_MAX = 6  # "集团要闻", "工会动态": a column's name
_LINKS_ELSEWHERE = re.compile(r"相关|推荐|上一|下一|热点|热门|更多|延伸|阅读")  # "相关新闻 | …": another article's headline
_HEADLINE_CELL_MIN = 10


def headline_between_pipes(line: str) -> str:
    """"集团要闻 | 民航华北局赴航产集团开展“送清凉”慰问" -> the headline: a column's or site's short names beside
    one long cell without a label; a table row (closed by "|", or with a figure in a short cell) stays as it is."""
    if not ("|" in line or "｜" in line) or _PIPE_CELL_END.search(line) or re.match(r"^\s*[|｜]", line):
        return line
    cells = _line_cells(line)
    long_cells = [cell for cell in cells if len(cell) >= _HEADLINE_CELL_MIN]
    short_cells = [cell for cell in cells if len(cell) < _HEADLINE_CELL_MIN]
    if len(long_cells) != 1 or any(len(cell) > _SECTION_CELL_MAX or re.search(r"\d", cell) or _LINKS_ELSEWHERE.search(cell)
                                   for cell in short_cells):
        return line
    headline = long_cells[0]
    return line if re.search(r"[:：。]", headline) else headline


def headlines_between_pipes(lines: list[str]) -> list[str]:
    """Only above the page's first paragraph, where its headline is; below it such a line links another article."""
    first = next((index for index, line in enumerate(lines) if _is_paragraph(line)), len(lines))
    return [headline_between_pipes(line) for line in lines[:first]] + lines[first:]


# a site's cell: a post stamp with its clock time, or the site's name ("煤炭资讯网")
_SITE_CELL = re.compile(rf"{_POST_STAMP}|^[^\s，、：]{{2,10}}(?:网|网站)$")


def _is_paragraph(line: str) -> bool:
    return re.search(r"[。！？!?；]", line) is not None and len(line) >= _RUN_ON_BODY_MIN


def join_pipe_tables(lines: list[str]) -> list[str]:
    """A table a page gives one cell per line, each closed by "|" ("2024年5月 |", "趣味运动会 |"),
    back into one line per row ("2024年5月，庆祝“五一”举行春季趣味运动会，一分钟平摇绳、…。"):
    cut into lines its cells read as page chrome and are dropped, and a row's cells say one thing.
    Rows numbered under a header are read by the header's width; other runs of cells become one
    line, their cells set apart by "；", unless a cell is the site's (its name, a post stamp): then the
    run is a page's head and each cell a line of its own, the headline kept and the site's dropped."""
    out: list[str] = []
    above_paragraphs = True  # no line given out so far is a paragraph
    i = 0
    while i < len(lines):
        given = len(out)
        end = i
        while end < len(lines) and _PIPE_CELL_END.search(lines[end]):
            end += 1
        cells = [cell for line in lines[i:end] for cell in _line_cells(line)]
        if end - i >= 2 and len(cells) >= MIN_PIPE_CELLS:
            rows = _pipe_rows(cells) or _line_rows(lines[i:end])
            if rows:
                out += ["，".join(row) + "。" for row in rows]
            elif above_paragraphs and any(_SITE_CELL.search(cell) for cell in cells):
                # a page's head in cells, above any paragraph: headline, the site's name, a post stamp
                out += cells
            else:
                out.append("；".join(cells) + "。")
            i = end
        else:
            out.append(lines[i])
            i += 1
        above_paragraphs = above_paragraphs and not any(_is_paragraph(line) for line in out[given:])
    return out


def join_page_counters(lines: list[str]) -> list[str]:
    """Document-sharing sites number their pages "1、", "2、"… where a page break fell, often mid-word
    ("保障他们生" / "2、活有序"). A numbered line that continues an unfinished paragraph is such a counter
    when it follows the first page's "1、" (the text's first numbered line) in sequence, or when no item
    before it carries the number below, and a page's worth of text lies since the last counter; the
    counter goes and the halves join."""
    first_numbered = next((index for index, line in enumerate(lines) if heading_level(line) is not None), None)
    first = _PAGE_COUNTER.match(lines[first_numbered]) if first_numbered is not None else None
    expected = 2 if first and first.group(1) == "1" else None
    numbered: set[int] = set()
    joined: list[str] = []
    counters = since = 0
    for line in lines:
        match = _PAGE_COUNTER.match(line)
        if match and joined and since >= _PAGE_MIN_CHARS and _is_open_prose(joined[-1]):
            number = int(match.group(1))
            if number == expected or (expected is None and number > 1 and number - 1 not in numbered):
                joined[-1] += line[match.end():]
                expected, counters, since = number + 1, counters + 1, len(line)
                continue
        if match:
            numbered.add(int(match.group(1)))
        joined.append(line)
        since += len(line)
    if counters and first and first.group(1) == "1":
        joined[first_numbered] = joined[first_numbered][first.end():]
    return joined


def rejoin_wrapped_lines(lines: list[str]) -> list[str]:
    """Join lines that a scraper or a page width broke in the middle of a sentence.

    A paragraph grows as a list of parts, with what _wraps looks at kept alongside, so a file of many
    wrapped lines is joined in linear time."""
    joined: list[str] = []
    parts: list[str] = []
    head = tail = ""
    length = clauses = 0
    inner_end = False
    for line in lines:
        if parts and _wraps(head, tail, length, clauses, inner_end, line):
            # a wrap sometimes repeats the character at the break (…学习邓小平理 / 理论和…)
            if tail[-1] == line[0] and tail[-1] not in "，、；" and _CJK_RE.match(line[0]):
                line = line[1:]
            if line:
                inner_end = inner_end or tail[-1] in SENTENCE_END or any(m in line[:-1] for m in SENTENCE_END)
            parts.append(line)
        else:
            if parts:
                joined.append("".join(parts))
            parts, head, tail, length, clauses = [line], "", "", 0, 0
            inner_end = any(m in line[:-1] for m in SENTENCE_END)
        clauses += sum(line.count(mark) for mark in "，、")
        length += len(line)
        tail = (tail + line)[-_DATE_TAIL:]
        head = head if len(head) >= _HEADING_HEAD else (head + line)[:_HEADING_HEAD]
    if parts:
        joined.append("".join(parts))
    return joined


# ---------------------------------------------------------------- injected links and cut ends

_HEADING_MARK = re.compile(r"^[（(]?([一二三四五六七八九十]|\d{1,2})[）)、.．]")
_ORDINALS = "一二三四五六七八九十"
_GLUE_MAX = 8
_LINK_LINE_MAX = 12
_ON_TOPIC_SHARE = 0.25
_FRAGMENT_MAX = 3


def _heading_mark(line: str) -> tuple[int, int] | None:
    """A heading's level and number ("（二）…" -> (2, 2), "3、…" -> (3, 3)); None for anything else."""
    level = heading_level(line)
    match = _HEADING_MARK.match(line)
    if level is None or not match:
        return None
    number = match.group(1)
    return level, int(number) if number.isdigit() else _ORDINALS.index(number) + 1


def _unglue_heading(line: str, numbering: dict[int, int]) -> str:
    """The heading behind a few bare words glued in front of it, when its marker is the next number of its level."""
    for cut in range(2, min(_GLUE_MAX, len(line) - 1) + 1):
        if not _is_stray_label(line[:cut], _GLUE_MAX):
            break
        rest = line[cut:]
        mark = _heading_mark(rest)
        if mark and is_pure_heading(rest) and numbering.get(mark[0]) == mark[1] - 1:
            return rest
    return line


def drop_glued_link_prefixes(lines: list[str]) -> list[str]:
    """An injected link glued in front of a heading ("<link words>（二）…" after a sentence): the marker continues
    the numbering above, so the words before it belong to no heading and go."""
    numbering: dict[int, int] = {}  # the last number seen at each level, under the current parent
    kept: list[str] = []
    for line in lines:
        if kept and heading_level(line) is None and (_ends_sentence(kept[-1]) or heading_level(kept[-1]) is not None):
            line = _unglue_heading(line, numbering)
        mark = _heading_mark(line)
        if mark:
            numbering = {level: number for level, number in numbering.items() if level < mark[0]}
            numbering[mark[0]] = mark[1]
        kept.append(line)
    return kept


def _char_pairs(text: str) -> set[str]:
    """Adjacent Chinese character pairs: the cheapest sign of which words a text uses."""
    return {text[i : i + 2] for i in range(len(text) - 1) if _CJK_RE.match(text[i]) and _CJK_RE.match(text[i + 1])}


class _PairIndex:
    """Each line's character pairs and, for every pair, how many lines use it: built once per text (on first
    use), so judging a run costs the run's length and not the whole text's."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._pairs: list[set[str]] | None = None
        self._lines_using: Counter[str] = Counter()

    def mostly_off_topic(self, run: range) -> bool:
        """At most a quarter of the run's character pairs occur anywhere else in the text."""
        if self._pairs is None:
            self._pairs = [_char_pairs(line) for line in self.lines]
            for line_pairs in self._pairs:
                self._lines_using.update(line_pairs)
        in_run = Counter(pair for index in run for pair in self._pairs[index])
        pairs = [pair for index in run for pair in self._pairs[index]]
        elsewhere = sum(self._lines_using[pair] > in_run[pair] for pair in pairs)
        return bool(pairs) and elsewhere <= _ON_TOPIC_SHARE * len(pairs)


def _is_link_text(line: str) -> bool:
    """A short bare phrase without figures: table rows (names with their numbers) and dates are not links."""
    return _is_stray_label(line, _LINK_LINE_MAX) and not any(char.isdigit() for char in line)


# the grades of one scheme: "徐庆林个人一等奖 / 李明海个人二等奖", "冠军 / 亚军", "第一名 / 第二名"
_GRADE_SCHEMES = (re.compile(r"([一二三四五六七八九十])等奖"), re.compile(r"(冠军|亚军|季军)"), re.compile(r"第([一二三四五六七八九十])名"))


def _honours_list(run: list[str]) -> bool:
    """Lines of an honours list ("徐庆林个人一等奖", "李明海个人二等奖", …): two grades of one scheme at least, whose
    names the text says nowhere else; injected links name one prize at most ("欧冠冠军赔率", "大乐透一等奖")."""
    return any(len({found.group(1) for line in run for found in scheme.finditer(line)}) >= 2 for scheme in _GRADE_SCHEMES)


def drop_link_runs(lines: list[str], min_run: int = 2) -> list[str]:
    """SEO pages inject links to unrelated searches into an article: a run of bare short lines inside the body
    (no punctuation, numbering, figures, title ending, union or date), not introduced by a colon nor above a
    dating line, whose words the text mostly never uses. Real unnumbered headings and signatures speak the
    article's words; a list of names follows the line that announces it ("……名单如下：")."""
    body_start = next((index for index, line in enumerate(lines) if any(m in line for m in SENTENCE_END)), len(lines))
    dropped: set[int] = set()
    pair_index = _PairIndex(lines)
    index = body_start + 1
    while index < len(lines):
        end = index
        while end < len(lines) and _is_link_text(lines[end]):
            end += 1
        run = range(index, end)
        introduced = lines[index - 1].endswith(("：", ":"))
        dated = end < len(lines) and bool(DATE_LINE_END.search(lines[end]))
        if (len(run) >= min_run and not introduced and not dated and pair_index.mostly_off_topic(run)
                and not _honours_list(lines[index:end])):
            dropped.update(run)
        index = end + 1
    return [line for index, line in enumerate(lines) if index not in dropped]


def _is_numbered_stub(line: str) -> bool:
    """A list marker with at most a few characters and no punctuation behind it ("2、组")."""
    text = strip_numbering(line)
    return heading_level(line) is not None and len(text) <= _FRAGMENT_MAX and not any(m in text for m in _ANY_PUNCT)


def drop_cut_fragments(lines: list[str]) -> list[str]:
    """A page excerpt cut off mid-word: a numbered stub ending an article goes, and so does a tail of one to three
    characters after a line's last sentence end (run after the re-joining, so what is left there is no wrap)."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _is_numbered_stub(line) and (not following or ARTICLE_MARKER.match(following)):
            continue
        kept.append(_SENTENCE_TAIL.sub("", line))
    return kept


# ---------------------------------------------------------------- the whole cleaner


def clean_text(raw: str) -> str:
    """Raw page text -> clean simplified text, one paragraph per line, no blank lines."""
    text = unicodedata.normalize("NFC", normalize_characters(raw))  # compatibility ideographs before t2s
    text = strip_pinyin(text)
    text = to_simplified(text)
    text = fold_width(text)
    lines = [strip_decoration(drop_mojibake(line)) for line in text.split("\n")]
    lines = [part for line in lines for part in split_at_hidden_text(line)]
    lines = [part for line in lines for part in split_inline_headings(line)]
    lines = [part for line in lines for part in split_heading_run_on(line)]
    lines = [part for line in lines for part in split_post_stamp_run_on(line)]
    lines = [title_in_site_title(strip_inline_noise(strip_back_link(collapse_spaces(line)))) for line in lines]
    lines = [part for line in lines if line for part in split_title_run_on(line)]
    lines = join_pipe_tables(lines)
    lines = headlines_between_pipes(lines)
    lines = drop_chrome(drop_above_breadcrumb(lines))
    lines = drop_cover_fragments(lines)
    lines = drop_teaser_runs(lines)
    lines = drop_glued_link_prefixes(lines)
    lines = drop_link_runs(lines)
    lines = join_page_counters(lines)
    lines = rejoin_table_rows(lines)
    lines = rejoin_wrapped_lines(lines)
    lines = drop_cut_fragments(lines)
    return "\n".join(lines)
