"""Scope: the unit, place, year, period and month a question is about, and which hits fit it.

A figure from another county, another year or the other half of the year is not an answer,
however well its words match: "青禾县总工会春节慰问了多少户？" must not be answered with
another county's 386户, nor "那下半年呢？" with the first half's figure. So the scope is read
from the question (and, for a follow-up, from the conversation), and a hit whose article's
metadata or text contradicts it is set aside before any sentence is picked or any model is
called. When nothing is left the answer says the material has nothing on *that* scope.

Questions are first normalised the way documents are (ingest.clean: traditional -> simplified,
full-width letters and digits -> ASCII, ASCII punctuation inside Chinese -> Chinese), so
"三必訪是什麼？" finds what "三必访是什么？" finds.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from assistant.answer_types import whose
from assistant.condense import (
    BANK_SHORT_NAMES, PERIOD_WORDS, YEAR_PART, YEAR_WORDS, Turn, bank_after_place, describes_its_own, ends_names, is_follow_up, mentioned_unit,
    unit_names,
)
from assistant.enumeration import chinese_number, ordinal_value
from assistant.overlap import said_in_full, spelled_stretches
from assistant.persons import common_word
from ingest.clean import fold_width, normalize_characters, to_simplified
from ingest.gazetteer import area_names, is_area_name, one_full_area_name
from ingest.metadata import NAME_STOP_CHARS, TRADES_JOINED_RE, classify_unit_kind, summed_up_year
from ingest.name_shield import areas_holding
from vectorstore.lexical import tagged
from vectorstore.retriever import Hit

# ---------------------------------------------------------------- normalising

_SPACE_RUN = re.compile(r"\s+")


def normalise_question(question: str) -> str:
    """The question in the same script, width and punctuation as the indexed documents.

    Spaces are kept (a keyword query "房管局 慈善一日捐" separates its words with them); runs
    of them, and the full-width space, become one ordinary space.
    """
    text = unicodedata.normalize("NFC", normalize_characters(question)).translate(_CORNER_QUOTES)
    # "甚麼時候" (Hong Kong's 甚麼) asks what 什么时候 asks
    return _POLITE_OPENING.sub("", _SPACE_RUN.sub(" ", fold_width(to_simplified(text))).strip()).replace("甚么", "什么")


# a question typed with corner quotes (「四型」, as traditional text writes them) quotes as “四型” does:
# a term, never part of a unit's name
_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


# "请问开发区总工会…": the courtesy is no part of the question (nor of a unit's name)
_POLITE_OPENING = re.compile(r"^(?:请问一下|请问|请教一下|请教|麻烦问一下|问一下|我想问一下|我想问|想问一下|想问|我想知道|想知道)[，,：:\s]*")


# ---------------------------------------------------------------- the scope


@dataclass(frozen=True)
class Scope:
    """What a question is about. None everywhere means "anything"."""

    year: int | None = None
    period: str | None = None  # 上半年 / 下半年 / 年度 / 一季度 … 四季度
    month: int | None = None
    unit: str | None = None  # an organisation: "青禾县总工会", "县直机关工会"
    place: str | None = None  # an administrative area: "青禾县"
    unit_kind: str | None = None  # the UI's unit-kind filter (机关, 企业 …)
    doc_ids: frozenset[str] | None = None
    relative_year: bool = False  # the year came from 今年/去年, not from a number
    asks_plan: bool = False  # "下半年有什么打算": the other half's plans in a report answer it, its figures do not
    other_year_of: frozenset[str] = frozenset()  # articles just answered from, of the year before or after the one asked
    year_unknown: bool = False  # the year before or after one nothing said: no article is known to be of it
    figure_asked: bool = False  # "下半年新建了多少家": a count or sum, which a year's summary gives for the whole year

    @property
    def constrains(self) -> bool:
        """True when hits may be set aside: the question names a time, unit or place."""
        return (any(v is not None for v in (self.year, self.period, self.month, self.unit, self.place)) or bool(self.other_year_of)
                or self.year_unknown)

    def when(self) -> str:
        """The time part in words: "2024年下半年", "2023年3月", "第一季度"."""
        year = f"{self.year}年" if self.year else ""
        if self.month:
            return f"{year}{self.month}月"
        period = "第" + self.period if self.period and self.period.endswith("季度") else (self.period or "")
        return year + ("" if period == "年度" and year else period)


_CN_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}
_QUARTER_NAMES = "一二三四"
_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
_ARABIC_YEAR = re.compile(r"(?:19|20)\d{2}")
_QUARTER = re.compile(r"([一二三四1-4])季度")
_MONTH = re.compile(r"(?<![个每0-9])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!份?[以来])")


_SINCE = re.compile(r"\s*(?:以来|至今|到现在|到今天|起|开始)")  # "年初以来": from then on
_MONTH_SINCE = re.compile(r"(?<![个每0-9])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?=以来)")


def _read_year(question: str, today: date) -> int | None:
    match = YEAR_WORDS.search(question)
    if not match or _YEAR_SPAN.match(question, match.end()):  # "2009年以来": from that year on, which no one year is
        return None
    word = match.group(0)
    arabic = _ARABIC_YEAR.match(word)
    return int(arabic.group(0)) if arabic else today.year + _RELATIVE_YEARS[word]


def _read_period(question: str) -> str | None:
    """上半年 / 下半年 / 一季度… / 年度 ("全年", "年度"); 年初 and 年底 are not periods."""
    for match in PERIOD_WORDS.finditer(question):
        word = match.group(0)
        quarter = _QUARTER.search(word)
        if quarter:
            digit = quarter.group(1)
            return (_QUARTER_NAMES[int(digit) - 1] if digit.isdigit() else digit) + "季度"
        if word in ("上半年", "下半年"):
            return word
        if word in ("全年", "年度"):
            return "年度"
    return None


_PERIOD_MONTHS = {"上半年": range(1, 7), "下半年": range(7, 13), "一季度": range(1, 4), "二季度": range(4, 7),
                  "三季度": range(7, 10), "四季度": range(10, 13)}


def months_asked(question: str) -> set[int]:
    """The months a question is about: those it names, or those of the half or quarter it names."""
    named = months_named(question)
    if named:
        return named
    period = _read_period(question)
    return set(_PERIOD_MONTHS.get(period or "", ()))


def months_dated(text: str) -> set[int]:
    """Every month a text dates something in: those it names and those of the halves and quarters
    it names ("6月份以来" is dated from June); "全年" and "年底" reach the whole year, and so does "年初以来"; "年初" alone is its
    first quarter ("年初慰问了31户" tells nothing of 下半年). ("年度" is not counted: "2017年度培训计划"
    is a plan's name, which a half-year report gives too.) A target's deadline ("力争在7月底前完成") dates nothing
    done ("3月底以前完成了换届" does)."""
    months = months_named(_DEADLINE.sub("", text))
    for since in _MONTH_SINCE.finditer(text):  # "自6月份以来": dated from June (how far on, the sentence may not say)
        months.add(int(since.group(1)) if since.group(1).isdigit() else _CN_NUMBER[since.group(1)])
    for match in PERIOD_WORDS.finditer(text):
        word = match.group(0)
        if word == "年初":
            months |= set(range(1, 13)) if _SINCE.match(text, match.end()) else _EARLY_YEAR  # "年初以来": the whole year
        else:
            months |= set(range(1, 13)) if word in ("全年", "年底") else set(_PERIOD_MONTHS.get(_read_period(word) or "", ()))
    return months


_EARLY_YEAR = {1, 2, 3}
_DEADLINE = re.compile(rf"(?:力争|争取|确保|计划|预计|拟|务必|必须)[^，,。；;]{{0,6}}?{_MONTH.pattern}(?:份|底|末|上旬|中旬|下旬)?(?:以前|之前|前)(?!夕|后)"
                       r"(?![^，,。；;]*?[了已])")  # "按计划于3月底前完成了": done by then


def months_named(text: str) -> set[int]:
    """Every month a text names ("3月25日", "九月份"), as numbers."""
    return {int(v) if v.isdigit() else _CN_NUMBER[v] for v in _MONTH.findall(text)}


_CUTOFF = re.compile(rf"((?:截至|截止)(?:到|至)?\s*(?:(?:19|20)\d\d\s*年)?){_MONTH.pattern}(?:份|底|末)?(?:[\d一二三四五六七八九十]{{1,3}}[日号])?")


def without_cutoff(question: str) -> str:
    """The question without the month it counts up to ("截至2017年11月，共建了多少个工会"): a
    running total as of a month is no fact of that month, so no sentence must be dated in it."""
    return _CUTOFF.sub(r"\1", question)


def _read_month(question: str) -> int | None:
    match = _MONTH.search(without_cutoff(question))
    if not match:
        return None
    value = match.group(1)
    return int(value) if value.isdigit() else _CN_NUMBER[value]


# Time words are cut out before names are looked for: "2023年县直机关工会" is 县直机关工会.
_TIME = re.compile(rf"{YEAR_PART.pattern}|{YEAR_WORDS.pattern}|{PERIOD_WORDS.pattern}|{_MONTH.pattern}份?(?:[\d一二三四五六七八九十]{{1,3}}[日号])?"
                   r"|新一?届|本届|上一?届|下一?届|历届")  # "东海研究站新一届工会": a term, no part of a name
_UNION_SUFFIX = re.compile(r"(?:总工会|工会委员会|工会联合会|联合工会|工联会|工会委?|工委|委员会)$")  # 工联会: 工会联合会 shortened
_ADMIN = "省市县区镇乡村州旗"
# 园区, 社区, 校区 are not areas, nor 农村 and 城乡 of departments ("湖南农业农村厅", "住房和城乡建设局"; 古城乡 is one)
_ADMIN_END = r"(?:(?:[省县镇州旗]|(?<![超城门菜夜])市)|(?<!和城)乡|(?<!业农)村|(?<![园发社校厂库营港业商居学景矿])区)"
# The leading administrative area of a name: "青禾县总工会" -> 青禾县 (two characters at least
# before the marker, so "县直机关" has none).
_PLACE_PREFIX = re.compile(rf"^(.{{2,8}}?{_ADMIN_END})(?=.)")
_PLACE_ONLY = re.compile(rf"^.{{2,8}}{_ADMIN_END}$")
# An organisation inside a longer name: "重庆市水利局第一届工会委员会" -> 重庆市水利局.
_EMPLOYER = re.compile(r"^.+?(?:局|公司|集团|厂|学校|中学|小学|学院|大学|医院|园区)")
# a branch with a name of its own after the body it belongs to ("武陵分局", "第一分公司", "城西支行")
_NAMED_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,}(?:分局|分公司|分厂|分院|分行|支行|分所|分店|营业部|派出所)")
_BUSINESS_KIND = re.compile(r"(?:(?:股份)?有限)?(?:公司|集团)$")  # a business's own name stands before these
# Kind and level words: a name left with fewer than two other characters says what kind of
# union, not which one ("县直机关工会", "学校工会", "市总女职工委"): it is matched whole, or by kind.
# (ingest's kind-only titles use a list of their own: there 卫生/幼儿园/乡镇 say only a kind of union;
# here "县卫生局" still says which body)
_MULTI_KIND_WORDS = re.compile(
    r"县直|市直|区直|省直|机关|直属|学校|中学|小学|大学|学院|医院|企业|公司|集团|单位|基层|教育|系统|行业"
    r"|开发区|园区|街道|社区|辖区|女职工|职工|分会|政府|党委|党支部|支部|人大|政协|团委|妇联"
    r"|[职工教团党]代会|代表大会|全委会|常委会"  # meetings every union holds ("暨工代会" names none)
)
_KIND_WORDS = re.compile(rf"{_MULTI_KIND_WORDS.pattern}|[{_ADMIN}局委办厂总分]")
_MUNICIPAL_TRADE = re.compile(r"市政(?=集团|公司|工程|局|处|院|设计|建设)")  # "市政集团": a trade (municipal works), not the city's level
_GENERIC_START = re.compile(r"^(?:[全各本我该这那每此其]|基层|上级|下属|所属|相关|有关|其他|其它|新一?[届任]|本届|上一?届|下一?届)")
_PLACEHOLDER = re.compile(r"[xX]{2,}|[×*_＿]+|某")
_GENERIC_AREA = re.compile(rf"[全各本我该][{_ADMIN}]")  # "湘乡全市" is a phrase, not an area


def name_core(name: str) -> str:
    """A union's name without the union suffix: "青禾县总工会" -> 青禾县."""
    return _UNION_SUFFIX.sub("", name)


_NOT_A_NAME = "外本全该各此每某邻其他我贵上下老望郡大小"  # words that say which county relative to another, not its name


def is_specific(name: str) -> bool:
    """True for a name that says which organisation or area, not only which kind."""
    core = name_core(name)
    if _GENERIC_START.match(core):
        return False
    # (市政 kept whole, two characters of a name, where 市 alone would be stripped as a level)
    if len(_KIND_WORDS.sub("", _MUNICIPAL_TRADE.sub("政政", core))) >= 2:
        return True
    # an area's own name may hold an area character ("湘乡市", "乡宁县"): only its last one is the kind
    area = re.fullmatch(rf"([\u4e00-\u9fff]{{2,6}})[{_ADMIN}]", core)
    if re.fullmatch(r"[\u4e00-\u9fff][县旗]", core):  # "澧县", "沛县": a county of one character the dictionary knows
        return _known_place(core) and core[0] not in _NOT_A_NAME  # (not "外县", "本县", "上县")
    return bool(area) and not re.search(r"[xX×*_]|某", area.group(1)) and len(_MULTI_KIND_WORDS.sub("", area.group(1))) >= 2


def _is_name(name: str) -> bool:
    """A name of some organisation or area that says which one, at least in part: not "工会"
    alone, "全县", "本单位", nor a template's "XX街道工会"."""
    core = name_core(name)
    return ((len(name) >= 3 or is_specific(name)) and not _GENERIC_START.match(core) and not _GENERIC_AREA.search(core)
            and not _PLACEHOLDER.search(core) and not _PERSONS_ROLE.search(core))


_PERSONS_ROLE = re.compile(r"评委$")  # "总评委", "专业评委": judges, persons, though 委 ends a committee's name


# Words that never stand inside an organisation's name: verbs, prepositions, adverbs, times,
# pronouns, conjunctions, particles, locatives and numerals.
_PHRASE_POS = ("v", "p", "d", "t", "r", "u", "c", "f", "m")
# "迎新春", "庆三八": greeting a festival is a phrase however the tagger tags it (迎新春 as a person's name)
_CELEBRATING = re.compile(r"(?:喜迎|欢度|欢庆|共度|迎|庆|贺)(?:新春|春节|新年|元旦|元宵|五一|五四|三八|六一|七一|八一|国庆|中秋|端午|重阳)")
_COUNT_POS = ("m", "q")  # numerals and measure words
_UNION_END = re.compile(r"(?:总工会|工会委员会|工会联合会|联合工会|工联会|工会)$")


def _words(text: str) -> list[tuple[str, str]]:
    """The tagger's words, an area of record that holds a function character kept one place ("于都县", which the
    tagger cuts 于/都/县总工会, as the ingest's name reader keeps it)."""
    words = tagged(text)
    areas = areas_holding(NAME_STOP_CHARS)
    spans = [m.span() for m in areas.finditer(text)] if areas else []
    if not spans:
        return words
    owner: list[tuple[int, str]] = []  # each character's word (its index and flag)
    for index, (word, flag) in enumerate(words):
        owner += [(index, flag)] * len(word)
    for number, (start, end) in enumerate(spans):
        owner[start:end] = [(-1 - number, "ns")] * (end - start)
    merged: list[tuple[str, str]] = []
    for at, (index, flag) in enumerate(owner):
        if at and owner[at - 1][0] == index:
            merged[-1] = (merged[-1][0] + text[at], flag)
        else:
            merged.append((text[at], flag))
    return merged


_COUNT_CHARS = re.compile(r"[0-9０-９一二三四五六七八九十百千万两几第余多家个名所位座户人次]")


def _misread_numeral(word: str, flag: str) -> bool:
    """A name's character the tagger calls a numeral ("衢州/佰/强/工会"): part of the name, not a split."""
    return flag.startswith(_COUNT_POS) and not _is_count(word, flag)


def _is_count(word: str, flag: str) -> bool:
    """A numeral or measure word ("12", "家", "两家"), not a name's first character that the tagger
    calls a numeral ("佰强公司": 佰 counts nothing here)."""
    return flag.startswith(_COUNT_POS) and bool(_COUNT_CHARS.search(word))


_NUMBER_IN_NAME = re.compile(r"^(第?[一二三四五六七八九十\d]{1,3})$")  # "第三", or a bare "五" with no measure word
_NUMBER_TAKING_KIND = re.compile(r"^(第?[一二三四五六七八九十\d]{1,3})分$")
_NUMBERED_KIND = re.compile(r"^(?:中学|小学|学校|幼儿园|医院|人民医院|公司|分公司|工程处|项目部|厂|分厂|分场|分局|分院|分行|车间|中心|大队|中队|社区|村|分工会|工会小组|支部|院)")  # "附属一/院院" (第一医院 shortened)


def _ordinal_in_name(words: list[tuple[str, str]], i: int) -> bool:
    """"丹阳市/第三/中学", "五/公司": an ordinal, or a bare numeral with no measure word, right before
    the kind of body it numbers is part of the name ("五家公司" counts, "五公司" is the Fifth)."""
    # the kind may be cut in two by the tagger ("第三/人民/医院")
    following = "".join(word for word, _ in words[i + 1 : i + 3])
    # "三分/公司": the tagger takes the 分 of 分公司 into the numeral
    number = _NUMBER_IN_NAME.match(words[i][0]) or _NUMBER_TAKING_KIND.match(words[i][0])
    if number and i + 2 < len(words) and _NUMBERED_KIND.match(words[i + 2][0]) and len(words[i + 1][0]) == 2 and words[i][0].startswith("第"):
        return True  # "晋江市/第一/实验/幼儿园": a word of what kind of school between the ordinal and the kind
    return bool(number) and i + 1 < len(words) and bool(_NUMBERED_KIND.match(words[i][0][number.end(1):] + following))


_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,2}中")  # "八中": 第八中学 shortened
_MEASURE_CHARS = re.compile(r"[\d０-９家个名所位座户人次余多第]")


def _numeral_opens_name(words: list[tuple[str, str]], i: int) -> bool:
    """A name that opens with characters the tagger reads as a numeral ("万年/矿", "千山/区"): no
    measure word in or after it, and a noun right after, so it counts nothing."""
    word, flag = words[i]
    # one numeral alone opens a name too ("二/航院"), when no measure word follows it ("三名职工" counts)
    return (flag.startswith("m") and not _MEASURE_CHARS.search(word) and (len(word) >= 2 or word in "一二三四五六七八九十")
            and i + 1 < len(words) and words[i + 1][1].startswith(("n", "j")) and not words[i + 1][1].startswith("nr")
            and not _MEASURE_CHARS.match(words[i + 1][0])
            and not (len(word) == 1 and says_only_kind(words[i + 1][0])))  # "三/企业" counts kinds, "二/航院" names one


_SUFFIX_END = re.compile(r"(?:局|委|办|厅|公司|集团|厂|院|所|站|中心)$")
_BODY_KIND_CHARS = "局厂院所站馆处队校"  # kinds of body written as one character ("长江所", "西站")
_ONE_CHAR_WORKS = "厂矿场站"  # a works named by its trade ("复烤厂", "选煤厂", "采石场"), which the tagger may split


def _inside_name(words: list[tuple[str, str]], i: int) -> bool:
    """A word the tagger calls a verb that is a kind of body ("工行福州/分行"), or stands right
    before a numbered one ("采油/三/厂"): part of the name, not a phrase around it."""
    if ends_names(words[i][0]) or (0 < i < len(words) - 1 and bank_after_place(words[i - 1 : i + 2])):
        return True  # "柳岸/建行/工会": a bank's short name the tagger calls a verb
    if _NUMBERED_SCHOOL.fullmatch(words[i][0]) and i > 0:
        return True  # "福州/八中/工会": the Eighth Middle School, which the tagger calls a time
    if 1 < i < len(words) - 1 and len(words[i][0]) == 2 and _ordinal_in_name(words, i - 1) and words[i - 1][0].startswith("第"):
        return True  # "第一/实验/幼儿园": what kind of school, between its ordinal and its kind
    if words[i][0] == "会" and i > 0 and words[i - 1][0].endswith("工") and len(words[i - 1][0]) > 1:
        return True  # "万年/矿工/会": the tagger's 矿工 cut the union's 工会 in two
    if (len(words[i][0]) == 1 and words[i][1].startswith("v") and 0 < i < len(words) - 1
            and words[i - 1][0][-1] in _ADMIN and _SUFFIX_END.search(words[i + 1][0])):
        return True  # "县/住/建局": an abbreviated trade between an area and its body (住建局, 交建局)
    if (words[i][1] == "vn" and 0 < i < len(words) - 1 and words[i - 1][1].startswith(("n", "j"))
            and any(flag.startswith(("nr", "ns", "nt", "nz", "j")) or is_area_name(word) for word, flag in words[:i])
            and (ends_names(words[i + 1][0]) or _noun_then_union(words, i + 1))):
        # "宝峰湖/旅游/公司", "国电/江油/发电/公司": a verbal noun between a noun and a kind of body is its trade; a place
        # by record is a proper name whatever the tagger calls it ("赤壁/供电/公司": 赤壁 is also a common noun)
        return True
    if (words[i][1] in ("v", "vn") and len(words[i][0]) == 2 and 0 < i < len(words) - 1 and is_area_name(words[i - 1][0])
            and len(words[i + 1][0]) == 1 and words[i + 1][0] in _ONE_CHAR_WORKS and not common_word(words[i][0])):
        # "宣威/复烤/厂": a trade the tagger calls a verb (and a rare word) between a place by record and a
        # one-character works; "宣威/成立/厂工会" is what was done there
        return True
    if words[i][0] == "之" and 0 < i < len(words) - 1 and not words[i + 1][1].startswith(_PHRASE_POS):
        return True  # "商/之/都/购物中心": 之 joining two parts of a name
    if (len(words[i][0]) == 1 and words[i][0] in _BODY_KIND_CHARS and 0 < i < len(words) - 1
            and _UNION_END.match(words[i + 1][0]) and not words[i - 1][1].startswith(_COUNT_POS)):  # "12/所/工会" counts
        return True  # "长江/所/工会": a one-character kind of body right before its union, whatever the tagger calls it
    return (i + 1 < len(words) and _ordinal_in_name(words, i + 1)) or _trades_joined(words, i) or _in_union_branch(words, i)


def _noun_then_union(words: list[tuple[str, str]], i: int) -> bool:
    """"宁夏/纺织/服装/产业/工会": a noun right before the union word, so the verbal noun before it is the trade's."""
    return (i + 1 < len(words) and words[i][1].startswith("n") and not words[i][1].startswith("nr")
            and _UNION_END.fullmatch(words[i + 1][0]) is not None)


def _in_union_branch(words: list[tuple[str, str]], i: int) -> bool:
    """"台电工会/第/15/分会": the ordinal and 分会 after a union name its branch, part of the name."""
    start = i
    while start > 0 and not _UNION_END.search(words[start - 1][0]) and re.fullmatch(r"第|第?[\d一二三四五六七八九十]{1,3}", words[start - 1][0]):
        start -= 1
    return (start > 0 and (_UNION_END.search(words[start - 1][0]) is not None or "".join(w for w, _ in words[:start]).endswith("工会"))
            and _BRANCH_OF_UNION.match("".join(w for w, _ in words[start:])) is not None)


def _trades_joined(words: list[tuple[str, str]], i: int) -> bool:
    """"林业/和/草原局", "人力资源/和/社会/保障局": 和 joining two trades of one department's name (the rule
    ingest reads names by), not two bodies ("县总工会/和/教育局", "交警/和/公安局")."""
    if words[i][0] not in ("和", "与") or i == 0:
        return False
    at = sum(len(word) for word, _ in words[:i])
    return TRADES_JOINED_RE.match("".join(word for word, _ in words[: i + 4]), at) is not None


# time words the tagger may call anything ("这/一年/报/县总工会": a numeral, 一年, is the time, no name)
_WHEN_WORDS = frozenset("当时 那时 当年 此时 届时 时候 一年 这年 那年 本年 每年".split())
_TIME_WORD = re.compile(r"(?:今年|去年|前年|明年|年初|年底|年终|年末|年中|年内|全年|上半年|下半年|近年来?|当前|目前|如今|现在|当时|那时候?|当年|此时|届时|时候"
                        r"|一年|这年|那年|本年|每年"
                        r"|[一二三四1-4]季度|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?)")


_POST_TIMES = frozenset("现任 新任 时任 前任 原任 首任 历任 上任 下任 新一届 本届 上届".split())
# "原工会主席": 原/前 may end a name too ("青禾金原工会"), so only before the post itself do they say when
_FORMER_POST = re.compile(r"[原前](?=工会(?:常务)?副?(?:主席|主任|委员))")
_BRANCH_OF_UNION = re.compile(r"^第?[\d一二三四五六七八九十]{1,3}分会(?!场)")


def _split_place(first: str, word: tuple[str, str]) -> bool:
    """"横/山区", "从/化区": one character and an area's marker, where the character before it (read as a verb or a
    preposition) starts the place's name: the tagger knows no place of that one character and the marker
    ("化区"), or knows the two as one ("横山"); "到/沛县" goes to a place it knows."""
    if not re.fullmatch(r"[\u4e00-\u9fff][区县市镇乡旗]", word[0]):
        return False
    joined = _words(first + word[0][0])
    return word[1] != "ns" or (len(joined) == 1 and joined[0][1] == "ns")


_SEASON = re.compile(r"[季期假节]$")  # 夏季, 汛期, 暑假, 中秋节: a time the tagger knows, never the start of a name


def _name_pieces(words: list[tuple[str, str]]) -> list[str]:
    """A run of words split at phrase words, each piece cut after its first union word:
    "市总工会/工人阶级/宣传/月/期间/全市" -> 市总工会, 全市. The first word is never a split
    point, since proper names are often tagged as verbs ("远航/机械/有限公司")."""
    pieces: list[list[str]] = [[]]
    for i, (word, flag) in enumerate(words):
        if i == 0 and len(words) > 1 and not (len(word) == 1 and _split_place(word, words[1])) and (
                (flag.startswith("v") and words[1][1] in ("nt", "ns")) or (len(word) == 1 and flag.startswith(("v", "p")))):
            continue  # "获得/全国总工会", "参加/省总工会", "到/华新…": a verb before a name is no part of it
        if not pieces[-1] and i + 2 < len(words) and flag in ("a", "v", "vn") and words[i + 1][0] == "省" and word not in _PROVINCES:
            continue  # "落实/省/总工会": what is done to the province's union, no province of that name ("平安/区" is a district)
        if not pieces[-1] and (flag == "t" or word in _WHEN_WORDS) and (
                _TIME_WORD.fullmatch(word) or flag == "t" and _SEASON.search(word)):
            continue  # "年终/医院/工会", "年底/县总工会", "届时/…", "汛期/蔡甸区", "夏季/…": the time of a fact, no part of whose it is
        if word == "代表" and i + 1 < len(words) and not words[i + 1][1].startswith(_PHRASE_POS):
            pieces.append([])  # "会上/代表/西高所/工会/致欢迎词": speaking for the body, no part of its name
            continue
        if word in _POST_TIMES and i + 1 < len(words) and words[i + 1][0].startswith("工会"):
            continue  # "…集团/现任/工会主席": when the post is held, no part of the union's name
        if (i > 0 and (flag.startswith(_PHRASE_POS) or _CELEBRATING.match(word)) and not _misread_numeral(word, flag)
                and not _ordinal_in_name(words, i) and not _inside_name(words, i)):
            pieces.append([])
        elif pieces[-1] or not _is_count(word, flag) or _ordinal_in_name(words, i) or _numeral_opens_name(words, i):
            # "12家基层工会", "两家医院工会": no count; "万年/矿" is a name
            pieces[-1].append(word)
    names = []
    for piece in pieces:
        union = next((i for i, word in enumerate(piece) if _UNION_END.search(word)), len(piece) - 1)
        branch = _BRANCH_OF_UNION.match("".join(piece[union + 1 :]))  # "台电工会/第/15/分会": a branch of the union
        names.append("".join(piece[: union + 1]) + (branch.group(0) if branch else ""))
    return names


def organisation_names(text: str) -> list[str]:
    """unit_names, each as found and, when words no name holds follow its head, that head too
    ("中行临汾分行每年参加市总工会" -> itself and 中行临汾分行): the loose name may be whole where the
    tagger cuts it ("…水运/发展/集团"), and a piece from its middle ("年柳岸卷烟厂") is none."""
    names = []
    for loose in unit_names(text):
        names += [loose] + [n for n in _name_pieces(_words(loose)) if n and n != loose and loose.startswith(n) and n in unit_names(n)]
    return names


def _common_noun(name: str) -> bool:
    """"贫困村", "示范村": one word the dictionary knows as a common noun, not a place's name."""
    words = _words(name)
    return len(words) == 1 and words[0][1] in ("n", "vn", "l")


def _question_names(question: str) -> list[tuple[str, bool, bool]]:
    """The names a question holds, each with whether it starts where a word of the question
    does ("封公司工会" of "开封" does not: a loose match cut a word), and whether it ends where
    one does or in 工会 ("通过办" of "通过办事" does not). A loose match
    ("中旬去调研企业工会", "市总工会工人阶级宣传月期间全市") is split at words no name holds,
    and what is left must still end as a name does."""
    starts, ends, position = set(), set(), 0
    for word, _ in _words(question):
        starts.add(position)
        position += len(word)
        ends.add(position)
    names, searched = [], 0
    for loose in unit_names(question):
        start = question.find(loose, searched)
        searched = start + len(loose)
        pieces = _name_pieces(_words(loose))
        numbered = _NUMBERED_BODY_END.search(loose)
        if numbered and loose[: numbered.start()] in pieces and _is_name(loose) and _names_a_group(loose[: numbered.start()]):
            pieces = [loose]  # "中国电科/38/所为": an institute numbered after its group's name, cut by the tagger
        pieces = [n for n in pieces if n and n in unit_names(n) and _is_name(n)]
        # "常村矿工会女工委员会主任": a committee of a union is the union's; the union is the one asked
        committee = _UNIONS_COMMITTEE.search(loose)
        if committee and pieces == [loose]:
            pieces = [loose[: committee.start() + 2]]
        # whole: it starts where a word does, and ends where one does unless it ends in 工会 or in a
        # body's number ("女工委" of "女工委员" ends inside a word; "白鹭工会" of "白鹭/工会组织",
        # "电科38所" of "38/所为" are whole)
        ended = [n.endswith("工会") or _NUMBERED_BODY_END.search(n) is not None
                 or question.find(n, start) + len(n) in ends for n in pieces]
        # a piece after a word no name holds starts where that word ends ("那次/交流会上/代表/西高所工会"); one that
        # skipped a word inside ("青禾环境集团/现任/工会") starts where the loose name does
        names += [(n, _piece_start(question, loose, n, start) in starts and end, end) for n, end in zip(pieces, ended)]
    return names


def _piece_start(question: str, loose: str, piece: str, start: int) -> int:
    """Where a piece of a loose name starts in the question: the loose name's start for its head or a piece written
    apart (words skipped inside it), else where the piece is written."""
    at = question.find(piece, start)
    return start if at < 0 or loose.startswith(piece) else at


def _names_a_group(words_before: str) -> bool:
    """"中国电科" before "38所" names the group the institute is numbered in; "走访" (a verb) counts institutions."""
    return all(flag.startswith(("n", "j")) for _, flag in _words(words_before))


_UNIONS_COMMITTEE = re.compile(r"(?<=.{2})工会(?=女工委|女职委|经审委|经审会|女职工委)")
_NUMBERED_BODY_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{1,3}所|[一二三四五六七八九十]{1,3}[所院])(?:工会)?$")


# "那次会议市城市管理局…": the meeting pointed at, no part of the body named after it
_POINTED_EVENT = re.compile(r"(?:那|这|该|此|本|上|^)次(?:[\u4e00-\u9fff]{0,6}?(?:会议|大会)|会(?![员议])|活动|比赛|竞赛)(?:上|中|里)?")


def _place_only(name: str) -> bool:
    """An area's name and nothing else ("青禾县", and a county of one character the dictionary knows, "澧县")."""
    return bool(_PLACE_ONLY.match(name)) or (len(name) == 2 and name[-1] in "县旗" and is_specific(name))


_VENUE_BEFORE = re.compile(r"(?:在|到|赴|走进|深入|慰问了?|看望了?)$")


def _read_names(question: str) -> tuple[str | None, str | None]:
    """(unit, place) the question names, when it names one: an administrative area alone is a
    place, an organisation gives its leading area (when that says which one) as the place."""
    member = _MEMBER_ASKED.search(question)
    if member and (named := _member_before(question[: member.start()])):
        return named + member.group(0), None  # "青禾饭店隶属的集团公司工会": the group known by its member
    found = _question_names(_FORMER_POST.sub("", _POINTED_EVENT.sub("，", _TIME.sub("，", question))))
    if not found:
        return None, _bare_place(question) or _place_of(question, "")
    # "…通过办事公开栏": a name cut off inside a word (办 of 办事) is none, when a name ends as one; a place
    # the tagger joins to the next word ("翠湖镇/政府") still is one
    found = [name for name in found if name[2] or _place_only(name[0])] or found
    names = [(n, whole) for n, whole, _ in found]
    # "河南日报社、集团公司工会": bodies listed before the one union they share; that union is the one asked
    # ("都江堰市、和平区总工会各…": places each with a union of their own, asked each)
    shared = [n for n, _ in names if _UNION_END.search(n) and not _EACH_ASKED.search(question)
              and any(f"{other}、{n}" in question and not _PLACE_ONLY.match(other) for other, _ in names)]
    names = [(n, whole) for n, whole in names if n in shared] if shared else names
    specific = [(n, whole) for n, whole in names if is_specific(n)]
    if len(specific) > 1:  # "中国电科38所为…报销老年大学学费": a kind of school the dictionary knows, after the subject, names none
        specific = [(n, whole) for i, (n, whole) in enumerate(specific) if i == 0 or not _common_noun(n)]
    names = specific or names  # "九溪工业园区新建了哪几家企业工会": the kind is what was founded
    # "青禾县总工会在县二中举办…", "…慰问了柳岸一中": a body named as where or whom, after the one asking, is no scope
    named_at = [(n, whole) for n, whole in names if not _VENUE_BEFORE.search(question[: max(question.find(n), 0)])]
    names = named_at if named_at and len(named_at) < len(names) else names
    bodies = [(n, whole) for n, whole in names if not _place_only(n)]
    if len({n for n, _ in bodies}) == 1 and all(bodies[0][0].startswith(re.sub(rf"[{_ADMIN}]$", "", n)) for n, _ in names if _place_only(n)):
        names = bodies  # "福州八中工会…参加福州市教工…比赛": the school, of the city named again for the contest
    if len({n for n, _ in names}) != 1 or not names[0][1]:  # none, several side by side, or a cut word
        return None, None
    name = names[0][0]
    if _NUMBERED_BODY_END.search(name) and re.search(r"[和与及、]\d{1,3}所", question):
        return None, None  # "中国电科38所和14所工会…": two institutes side by side
    if _EACH_ASKED.search(question) and _JOINED_BEFORE.search(question[: max(question.find(name), 0)]):
        return None, None  # "烟草系统送温暖和燃气集团夏送清凉，各…": the name is one of the subjects, not the scope
    if _place_only(name):
        return None, (name if is_specific(name) and not _common_noun(name) else None)
    place = _PLACE_PREFIX.match(name)
    # "潞安集团常村矿": an area's marker after a body's kind ends no place before it
    placed = place and is_specific(place.group(1)) and not _EMPLOYER.match(place.group(1))
    if placed:
        return name, place.group(1)
    area = _short_area_opening(name)
    # "泰州国税局" asks of 泰州市国税局, as the city's own reports write it ("来我市…国税局"); a brand named after a
    # place is no such body ("青岛啤酒", "北京银行", "中山医院")
    if area and _GOVERNMENT_BODY.fullmatch(name_core(name[len(area[0]) :])):
        return area[1] + name[len(area[0]) :], area[1]
    # "芜湖物业行业工会联合会": a trade's union of an area is that area's, written short as often (芜湖 may be the
    # city or the county of that name: either is no other city's)
    opening = _words(name)[0][0] if _TRADE_OF_AREA.search(name) else ""
    if opening and is_area_name(opening):
        return name, one_full_area_name(opening) or opening
    return name, _place_of(question, name)


_TRADE_OF_AREA = re.compile(r"行业(?:工会|工会联合会|联合工会|工联会|协会)")


_NO_PLACE_OF = ("中国", "全国", "国内", "国外", "全省", "全市")


def _place_of(question: str, name: str) -> str | None:
    """"那银泰百货武汉的门店呢", "美团北京的骑手…": an area of China by record, outside the name read, said as whose the thing
    after 的 is: the thing asked is that place's, so a report that never writes it tells another place's."""
    words = _words(question)
    # (right after a name's noun, "银泰百货/武汉/的"; not where someone went, whom they helped or came from: "去北京的疗休养",
    # "帮扶贵州的项目", "来自河南的农民工", "其中杭州的")
    places = {word for (_, before), (word, _), (after, _) in zip([("", "")] + words, words, words[1:] + [("", "")])
              if after == "的" and before.startswith(("n", "j")) and not before.startswith("ns") and is_area_name(word)
              and word not in name and word not in _NO_PLACE_OF}
    return places.pop() if len(places) == 1 else None


# "窝窝店所属(的)集团", "三号矿所在系统": a body asked by a member of it, with no name of its own ("青禾公司所属企业" are
# the company's own members, 企业 and 单位 under it: the other way round, no such reading)
_GROUP_OF_MEMBER = r"(?:所属|所在|隶属)的?(集团|总公司|系统)(?:公司|有限公司)?"
_MEMBER_ASKED = re.compile(_GROUP_OF_MEMBER)
_MEMBER_OF_GROUP = re.compile(rf"([\u4e00-\u9fff]{{2,}}?){_GROUP_OF_MEMBER}")
_MEMBER_KIND_END = "店厂矿院校所站馆行部场队社司局处"  # a shop, works, mine, school… that a group may have


def _member_before(text: str) -> str:
    """The body's name a text ends with ("…青禾饭店"): its last words up to a phrase word or a time, when it ends as a
    body does."""
    words = _words(text)
    start = len(words)
    while start > 0 and not words[start - 1][1].startswith(_PHRASE_POS) and not _TIME_WORD.fullmatch(words[start - 1][0]):
        start -= 1
    name = "".join(word for word, _ in words[start:])
    return name if len(name) >= 3 and (name[-1] in _MEMBER_KIND_END or _ends_as_body(name)) and is_specific(name) else ""


def _group_of_member(member: str, kind: str, hit: Hit, article: str) -> bool:
    """"窝窝店所属集团": the report of a group of that kind which has the member, not the member's own ("青禾饭店工会为
    120名员工…" is the hotel's figure), nor another body's that only names it (a visitor, a sibling, the city's union).
    The group's report signs by its kind alone ("集团工会"), or writes the member as its own ("窝窝店分工会", "下属青禾饭店")."""
    unit, title = str(hit.metadata.get("unit") or ""), str(hit.metadata.get("title") or "")
    if not is_specific(member) or member not in article or member in unit or member in title or speaks_as(member, article):
        return False
    if kind not in unit + title or re.search(r"我(?:店|厂|矿|院|校|所|站|馆|处|行)", article):
        return False  # no group's report, or one that speaks as a member ("我店工会开展了…")
    own = unit or title
    return says_only_kind(name_core(own)) or re.search(
        rf"{re.escape(member)}(?:分工会|工会小组)|(?:下属|所属|旗下)[^。；;]{{0,20}}{re.escape(member)}", article) is not None


_GOVERNMENT_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|厅|委|委员会|办公室)(?:机关)?")


def _short_area_opening(name: str) -> tuple[str, str] | None:
    """("泰州", "泰州市") for "泰州国税局": the area a name opens with, written without its level, when the tagger
    reads it as a place and it stands for one area only ("东方电气" opens with none: the tagger calls 东方 a direction)."""
    words = _words(name)
    if len(words) < 2 or words[0][1] != "ns":
        return None
    full = one_full_area_name(words[0][0])
    return (words[0][0], full) if full else None


_EACH_ASKED = re.compile(r"各(?![级类项种部界地])|分别")  # 各类, 各级 are kinds, not "each"
# "…和B…" right before the name, with no preposition between ("职工和家属到青柳县…" goes to the unit)
_JOINED_BEFORE = re.compile(r"[\u4e00-\u9fff](?:和|与|及|跟|、)[^在到向给对从为于，,]{0,8}$")


def _bare_place(question: str) -> str | None:
    """"江苏电信那边…": a place the tagger knows, written without its level or a body's kind,
    when it is the only one the question names and it sets nothing side by side ("酒钢…和陕西烟草…":
    the other subject may be a name the tagger does not know)."""
    if _SIDE_BY_SIDE.search(question):
        return None
    words = _words(question)
    # a place names what follows it ("江苏/电信", "江苏/那边"); the tagger also calls 城市, 高原, 新建 places,
    # which no trade or "那边" follows as a name
    places = {word for (word, flag), (after, _) in zip(words, words[1:] + [("", "")])
              if flag == "ns" and len(word) >= 2 and is_specific(word + "市") and (after in _THERE or TRADES.fullmatch(after))}
    return places.pop() if len(places) == 1 else None


_THERE = ("那边", "这边", "那里", "地区", "各级")  # "扬中各级工会": the place's unions
# the trades a company is named by after its place ("安徽电信", "抚州移动", "陕西烟草"): a closed class of enterprises
TRADES = re.compile(r"电信|移动|联通|电力|供电|电网|烟草|石化|石油|邮政|银行|农行|工行|建行|中行|水务|燃气|铁路|港务|航空|机场|"
                    r"交通|钢铁|煤矿|化工|建工|公交|地铁|高速|保险|证券|税务|海关")


_SIDE_BY_SIDE = re.compile(r"[和与及跟、]|各(?!级)|分别|哪些|哪几|哪个|哪家|对比|相比|比较")


_POINTING = "个家所位篇份"  # "那个…", "那份…": 那 points at one unit or report, not "then"
_DESCRIBED = re.compile(rf"那[{_POINTING}]")


def read_own_scope(question: str, today: date) -> Scope:
    """Only what the question itself says, no conversation and no UI. A unit described instead
    of named ("有罗湖商务中心工联会的那个街道总工会") is not a scope: the names in the
    description are things the unit has, not the unit."""
    unit, place = (None, None) if _DESCRIBED.search(question) else _read_names(question)
    year = YEAR_WORDS.search(question)
    return Scope(year=_read_year(question, today), period=_read_period(question), month=_read_month(question),
                 unit=unit, place=place, relative_year=bool(year and year.group(0) in _RELATIVE_YEARS),
                 asks_plan=bool(_PLAN_ASKED.search(question)))


_PLAN_ASKED = re.compile(r"计划|打算|安排|准备|思路|设想|目标|要求|部署|将要|要做|要干|还剩|剩下|未完成|没完成|待完成|尚未")


def _shortened(unit: str, before: str | None) -> bool:
    """The unit is the one before said by its level alone ("市总工会" of 兰州市总工会), no name of its own."""
    return bool(before) and before != unit and before.endswith(unit) and not is_specific(unit)


def _inherit(own: Scope, previous: Scope) -> Scope:
    """A follow-up keeps the conversation's scope except what it says itself; a new period or
    month replaces the old time within the year, a new unit or place replaces the old one."""
    merged = replace(previous, asks_plan=own.asks_plan)  # what is asked of the time is the question's own
    if own.year is not None:
        merged = replace(merged, year=own.year, relative_year=own.relative_year)
    if own.period is not None or own.month is not None:
        merged = replace(merged, period=own.period, month=own.month)
    if own.unit is not None or own.place is not None:
        merged = replace(merged, unit=own.unit, place=own.place)
    return merged


_THEN = re.compile(rf"^(?:那么|那(?![{_POINTING}些边里种样么]))")
_OF_THE_ONE_BEFORE = re.compile(r"[它其该]|他们|她们|这(?:个|家)(?:单位|工会)|本(?:单位|公司|工会)")  # "它的经费审查委员会": a part of the unit before


def _names_another_body(question: str, last: Turn) -> bool:
    """"xx经济开发区的…又是多少": a follow-up that names a body of its own (a placeholder's or a kind's
    name, not a generic one, not one the question before named) is about another body than the
    one before, whose unit and articles are then not carried over. A committee, an office or a
    one-character kind ("女职工委员会", "办公室", "厂里"), or "它的…", is a part of the one before."""
    if _OF_THE_ONE_BEFORE.search(question):
        return False
    return any(is_another_body(name, last) for name in organisation_names(_THEN.sub("", question)))


def names_another_place(question: str, last: Turn) -> bool:
    """"…攀枝花那场竞赛有多少人参与？兰州金剪子大赛又有多少人…": an area of China by record, which the second question of a
    message names and the first did not, is another body's, whatever event it names."""
    if _OF_THE_ONE_BEFORE.search(question):
        return False  # "该工会去杭州那批…": the body before, at a place
    words = _words(question)
    # (a place gone to or held at, "去杭州那批", "在兰州举办的", is where, not whose)
    places = {word for (before, _), (word, _) in zip([("", "")] + words, words)
              if is_area_name(word) and not _GONE_TO.search(before)}
    return bool(places) and not any(place in last.question or place in (last.unit or "") for place in places)


_GONE_TO = re.compile(r"(?:去|到|赴|在|于|往|前往|来到|走进|奔赴|远赴)$")


def _names_another_level(question: str, last: Turn) -> bool:
    """"局机关工会制定了几项制度？县教育工会又计划组建多少个联合工会？": the second question of one message
    names a body by its level and kind alone ("县教育工会"), one the first did not name, nor a short form of
    it ("市总工会" of 兰州市总工会): another body, so the first's articles are not the only ones searched."""
    name, before = (_COMMITTEE_END.sub("", n or "") for n in (mentioned_unit(_THEN.sub("", question)), mentioned_unit(last.question)))
    return (bool(name and before) and name[0] in _ADMIN and not _OF_THE_ONE_BEFORE.search(question)
            and not is_subsequence(name, before) and not is_subsequence(before, name))


# a committee or the offices of a union ("市总工会女职委", "县总工会机关") are that union's own parts
_COMMITTEE_END = re.compile(r"(?<=工会)(?:女职委|女工委(?:员会)?|女职工委(?:员会)?|经审会|经审委|经费审查委员会|机关|办公室)$")


def is_another_body(name: str, last: Turn) -> bool:
    """The name is a body's of its own, not a generic one nor one the turn before named, nor a committee."""
    return (name not in last.question and name not in (last.unit or "") and not _GENERIC_START.match(name)
            and len(_KIND_WORDS.sub("", name_core(name))) >= 2 and not name.endswith(("委", "委员会")))


def read_scope(question: str, ui: Scope, history: list[Turn], today: date, continues: bool = False) -> Scope:
    """The question's scope: its own words, then (for a follow-up, or the second question of one
    message: `continues`) the previous turn's, then the UI's filters. The question's own year and
    unit win over the dropdowns; a question that names a unit drops the UI's unit kind (the unit says it)."""
    own = scope = read_own_scope(_THEN.sub("", question), today)  # "那宁江石化公司呢": 那 is no part of the name
    articles = ui.doc_ids
    if history and (continues or is_follow_up(question)):
        last = history[-1]
        previous = asked_before = read_own_scope(last.question, today)
        if previous.unit is None and last.unit and _is_name(last.unit):
            previous = replace(previous, unit=last.unit)
        if own.unit and not own.place and _shortened(own.unit, previous.unit):
            own = scope = replace(own, unit=None)  # "…的市总工会领导是谁" after 兰州市总工会's meeting: that one
        names_its_own = own.unit is None and own.place is None and (_names_another_body(question, last) or describes_its_own(question))
        # "…？县教育工会又…": another level's union, of the first's time, not of its articles; "…？兰州金剪子大赛又…": another
        # place's contest, likewise
        another_level = continues and own.unit is None and own.place is None and not names_its_own and (
            _names_another_level(question, last) or names_another_place(question, last))
        another = (own.unit or own.place) and (own.unit, own.place) not in ((previous.unit, previous.place), (asked_before.unit, asked_before.place))
        if continues and (another or names_its_own):
            previous = Scope()  # a second question of one message, about another body: none of the first's time
        scope = _inherit(scope, replace(previous, unit=None, place=None) if names_its_own or another_level else previous)
        says_which = scope.place is not None or (scope.unit is not None and is_specific(scope.unit))
        shift = year_after_turn(question)
        if own.year is None and shift:
            # "那他们前一年的气排球赛呢？": the year before the one just answered of (its articles' year, else the year
            # asked before), never those articles again; with neither known, no article can be said to be of it
            known = last.year if last.year is not None else scope.year
            year = known + shift if known is not None else None
            scope = replace(scope, year=year, relative_year=False, other_year_of=last.doc_ids, year_unknown=year is None)
            articles = ui.doc_ids
        elif articles is None and own.unit is None and own.place is None and not says_which and last.doc_ids and not names_its_own \
                and not another_level:
            # "大连那个学院…" or "局机关…" then "其中女职工多少": the articles just answered from,
            # since neither a description nor a kind of unit says which article it was
            articles = last.doc_ids
    return replace(
        scope,
        year=scope.year if scope.year is not None else ui.year,
        unit_kind=None if scope.unit else ui.unit_kind,
        doc_ids=articles,
    )


# ---------------------------------------------------------------- checking hits


@dataclass(frozen=True)
class Miss:
    """A hit set aside, and why: "unit", "place", "year" or "period"."""

    hit: Hit
    reasons: tuple[str, ...]


_FIRST_HALF = frozenset({"上半年", "一季度", "二季度"})
_SECOND_HALF = frozenset({"下半年", "三季度", "四季度"})


def _half(scope: Scope) -> str | None:
    """The half of the year the question's period or month lies in."""
    if scope.month is not None:
        return "上半年" if scope.month <= 6 else "下半年"
    if scope.period in _FIRST_HALF:
        return "上半年"
    if scope.period in _SECOND_HALF:
        return "下半年"
    return None


def is_subsequence(short: str, long: str) -> bool:
    """"地税局" in "地方税务局", "房管局" in "房产管理局": an abbreviation keeps the characters in order."""
    chars = iter(long)
    return all(c in chars for c in short)


# a name that ends as a kind of body and then says that kind again, as the kind of union it is ("科技园园区", "青禾社区社区")
_KIND_SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2,}?(?:园(?=园区)|社区(?=社区)|街道(?=街道)|机关(?=机关)))(?:园区|社区|街道|机关)")


@lru_cache(maxsize=4096)
def name_forms(name: str) -> frozenset[str]:
    """The ways a report writes a name: whole, without the union suffix, the organisation inside
    it, an area without its marker ("湘乡市" is 湘乡, "柳溪埠镇" is 柳溪埠 in their own reports), a
    business without 公司. A kind of union ("县直机关工会") has only its whole form: a core that
    says only the kind ("县") would match anything."""
    core = name_core(name)
    said_twice = _KIND_SAID_TWICE.fullmatch(core)
    if said_twice and is_specific(said_twice.group(1)):  # "炎黄科技园园区工会": the park's union, of 炎黄科技园
        return name_forms(said_twice.group(1)) | {name}
    employer = _EMPLOYER.match(core)
    branch_forms: set[str] = set()
    if employer and _NAMED_BRANCH.fullmatch(core[employer.end():]):
        # "常德市公安局武陵分局": a branch named after its parent is not the parent's report, and is written
        # with its own name first too ("常德市武陵公安分局", "常德市武陵区公安分局")
        branch_forms = _branch_named_first(employer.group(0), core[employer.end():])
        employer = None
    forms = {name} | branch_forms | {n for n in (core, employer.group(0) if employer else "") if n and is_specific(n)}
    if is_specific(core):
        forms.add(re.sub(r"(?<=..)[省市县镇乡]$", "", core))
        district = re.fullmatch(r"([\u4e00-\u9fff]{2,4})区", core)
        if district and _known_place(district.group(1)):  # "松江区" is 松江 in its own union's report (not 小区, 地区)
            forms.add(district.group(1))
    province = _province_first(core) if is_specific(core) else ""
    if province and len(_words(core)) == 2:  # "湖南保靖县" is 保靖县 (and no shorter: 长沙县 is no 长沙)
        forms.add(core[len(province):])
    elif province:  # "辽宁盘锦市邮政" is 盘锦市邮政 in its own report: the province says where the city is
        forms |= name_forms(core[len(province):])
    forms |= _area_written_in_full(core) if is_specific(core) else set()
    numbered = _NUMBERED_BODY.fullmatch(core)
    if numbered:  # "电科十四所" is 电科14所 in another report, and the other way round
        value = ordinal_value(numbered.group(2))
        other = chinese_number(value) if numbered.group(2).isdigit() else str(value)
        if 0 < value < 100:
            forms.add(numbered.group(1) + other + numbered.group(3))
    if employer and employer.group(0) == core:  # "佰强公司" is written 佰强 in its union's report
        own = _BUSINESS_KIND.sub("", core)
        if len(own) >= 2 and is_specific(own):
            forms.add(own)
    return frozenset(forms)


def _branch_named_first(parent: str, branch: str) -> set[str]:
    """"常德市公安局" + "武陵分局" is "常德市武陵公安分局" (or "常德市武陵区公安分局"): a bureau's branch written
    as its place, its own name, then the bureau's trade."""
    placed = re.match(r"[\u4e00-\u9fff]{2,6}?[市县区州旗]", parent)
    trade_at = placed.end() if placed and len(parent) - placed.end() >= 3 else 0
    own = branch.removesuffix("分局")
    if not trade_at or not parent.endswith("局") or own == branch or len(own) < 2:
        return set()
    place, trade = parent[:trade_at], parent[trade_at:-1]
    forms = {place + own + trade + "分局"}
    if own[-1] not in _ADMIN and is_area_name(own + "区"):  # "武陵区"; not "第一区", "交警区"
        forms.add(place + own + "区" + trade + "分局")
    return forms


def _area_written_in_full(core: str) -> set[str]:
    """"泰州国税局" is 泰州市国税局 where the city is written in full, and the other way round: a name opening with an
    area's short name that stands for one area only (朝阳 is a city and a county: either)."""
    for length in (4, 3, 2):
        short, rest = core[:length], core[length:]
        full = one_full_area_name(short)
        if len(rest) >= 2 and full:
            return {short + core[len(full) :]} if core.startswith(full) else {full + rest}
    return set()


_NUMBERED_BODY = re.compile(r"([\u4e00-\u9fff]{2,}?)(\d{1,2}|[一二三四五六七八九十]{1,3})([所院])")
_COUNTY_BODY = re.compile(r"([\u4e00-\u9fff]{2,3}?)[县区旗](人民)?(法院|检察院)")


def _county_marker_left_out(core: str) -> set[str]:
    """"封开县法院" is 封开法院 in its own byline, "封开县人民法院" too: a county's or district's court is written
    without the level's marker between the place and the body, and without 人民 (a city's is its 中级人民法院)."""
    found = _COUNTY_BODY.fullmatch(core)
    if not found:
        return set()
    place, court = found.group(1), found.group(3)
    return {form for form in (place + (found.group(2) or "") + court, place + court) if is_specific(form)}


def _county_body_unmarked(name: str, hit: Hit, article: str) -> bool:
    """The county's body asked is written, whole, without its level's marker ("封开法院" in the byline of the
    report of 封开县法院), and the page writes its place at no other level ("长沙市人民医院" is the city's)."""
    core = name_core(name)
    forms = _county_marker_left_out(core)
    place = _COUNTY_BODY.fullmatch(core).group(1) if forms else ""
    text = " ".join(str(hit.metadata.get(k) or "") for k in ("unit", "title", "publisher")) + " " + article
    # whole (not the tail of "青禾市柳岸法院"), and the place written at no other level ("柳岸市", "柳岸镇")
    return (any(re.search(rf"(?<![\u4e00-\u9fff]){re.escape(form)}|(?<=[我本该]){re.escape(form)}", text) for form in forms)
            and not re.search(rf"{re.escape(place)}[省市州镇乡区]", text))


_PROVINCES = frozenset("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 "
                       "台湾 内蒙古 广西 西藏 宁夏 新疆".split())


def _province_first(core: str) -> str:
    """The place a name opens with, when a city, county or district and a body follow it ("辽宁|盘锦市|邮政"), or
    when a province opens a county's name ("湖南|保靖县"; not "北京|朝阳区": a district's name is many cities')."""
    words = _words(core)
    if len(words) == 2 and words[0][0] in _PROVINCES and re.fullmatch(r"[\u4e00-\u9fff]{2,4}[县旗]", words[1][0]):
        return words[0][0]
    if len(words) < 3 or words[0][1] != "ns" or words[1][1] != "ns" or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市县区州盟旗]", words[1][0]):
        return ""
    return words[0][0]


def says_only_kind(word: str) -> bool:
    """"社区", "分公司", "总工会": a word that names a kind of body or area and nothing of which one."""
    return not _KIND_WORDS.sub("", name_core(word))


def _written_as_is(form: str, name: str, text: str) -> bool:
    """The form is written in the text; a district's name without its 区 ("松江" of 松江区) only where no other
    level follows it ("朝阳市", "城关镇" are other areas)."""
    if form + "区" != name_core(name) or form == name:
        return form in text
    return re.search(rf"{re.escape(form)}(?![{_ADMIN}街])", text) is not None


def _names_match(name: str, hit: Hit, article: str) -> bool:
    """The name in one of its forms (name_forms) is written in the article, or is an
    abbreviation of a name the article's metadata or text gives."""
    member = _MEMBER_OF_GROUP.fullmatch(name_core(name))
    if member:
        return _group_of_member(member.group(1), member.group(2), hit, article)
    wanted = name_forms(name)
    meta = hit.metadata
    # a paper's byline ("来源：桂林日报") says where its 我市 is: a place asked, never a body ("安徽日报" prints 芜湖's news)
    publisher = " ".join(n for n in str(meta.get("publisher") or "").split() if _place_only(name) or not _PAPER.search(n))
    context = " ".join(str(meta.get(k) or "") for k in ("unit", "title", "section", "page_title")) + " " + publisher
    if not _numbers_written(name, f"{context} {article} {hit.text}"):
        return False  # "中国电科8所" of 中国电科38所's report: a number in a name is written whole or it is another body
    if any(_written_as_is(w, name, where) for w in wanted for where in (context, article, hit.text)):
        return True
    wanted = frozenset(w for w in wanted if w + "区" != name_core(name))  # a district's bare name only as written
    # the page's publisher names are bodies already ("新疆维吾尔自治区自然资源厅" of its footer)
    names = [str(meta.get("unit") or ""), *publisher.split(), *unit_names(context), *unit_names(article)]
    if any(shortens(w, names) for w in wanted):
        return True
    if _same_level_body(name, str(meta.get("unit") or "")):
        return True
    if any(_brand_before_place(w, n) for w in wanted for n in names):
        return True
    # "银泰鄂州店" of "银泰百货鄂州店": a name the article spells out in full, its head as written
    if any(len(w) >= 4 and w[:2] in article and any(numbers_agree(w, said) for said in spelled_stretches(w, article)) for w in wanted):
        return True
    return any(_trade_inserted(w, n, article) for w in wanted for n in names) or any(_trade_left_out(w, article) for w in wanted)


_PAPER = re.compile(r"(?:日报|晚报|报社|电视台|融媒体中心|融媒|新闻网|新闻中心|传媒|网)$")


_ORDINAL = re.compile(r"第([一二三四五六七八九十百\d]+)")


def shortens(short: str, names: list[str]) -> bool:
    """The short name is one of the names said short ("地税局" of 地方税务局, "青禾一中" of 青禾市第一中学): its
    characters in order, its numbers kept."""
    return any(len(name) >= len(short) and is_subsequence(short, name) and numbers_agree(short, name) for name in names)


def numbers_agree(short: str, long: str) -> bool:
    """Every number the short name writes is one the long name writes, whole; and the number of every ordinal the long
    name writes is kept ("二院", "中建三局" shorten 第二人民医院, 第三工程局; "县人民医院" is not 县第二人民医院:
    the ordinal is what tells sibling bodies apart)."""
    return (set(re.findall(r"\d+", short)) <= set(re.findall(r"\d+", long))
            and all(number in short for number in _ORDINAL.findall(long)))


def _numbers_written(name: str, text: str) -> bool:
    """Every number in the name is written in the text, whole ("38所" holds no 8所)."""
    return all(re.search(rf"(?<!\d){number}(?!\d)", text) for number in re.findall(r"\d+", name_core(name)))


def _same_level_body(name: str, unit: str) -> bool:
    """"县商务局" asked of the report of a union named "商务局工会" (which then writes "我局"): a level
    before a body's own name says no place, so a union named by the body alone, or after that same
    level, is it; one named after another level ("市商务局") or a place ("翠湖商务局") is another body.
    Only the report's own unit counts: a body it mentions ("在市商务局的指导下") is someone else."""
    levelled = re.fullmatch(r"(?P<level>[省市县区镇乡])(?P<body>.{3,})", name_core(name))
    if not levelled or not _EMPLOYER.fullmatch(levelled.group("body")) or not is_specific(levelled.group("body")):
        return False
    return unit.startswith(levelled.group("body")) or unit.startswith(levelled.group(0))


# what a national business's name may write between its brand and the place of a branch ("中国邮政集团有限公司柳岸市分公司"),
# and after the place: the branch's kind only (not "柳岸分行青禾支行", a sub-branch, nor "…储蓄银行", another business)
_FORM_BETWEEN = re.compile(r"(?:集团|股份|有限|责任|公司|通信|控股)*")
_BRANCH_ONLY_AFTER = re.compile(r"[市县区]?(?:分公司|分行|公司|有限公司|分局)?")
_BRANCH_KIND = re.compile(r"(?:分公司|分行|公司)$")


def _brand_before_place(asked: str, written: str) -> bool:
    """"柳岸邮政" asked, "中国邮政集团有限公司柳岸市分公司" written: a branch of a national business is
    called by its place and then its brand, while its own name puts the brand first. The name asked is
    a place the written name holds after its start, and a brand the written name writes before that
    place (a bank's short name as its full one: 工行 as 工商银行), with only the business's form
    between them and only the branch's kind after the place."""
    core, name = name_core(asked), name_core(written)
    for cut in range(2, min(5, len(core) - 1)):
        place, brand = core[:cut], _BRANCH_KIND.sub("", core[cut:])
        at = name.find(place)
        if at <= 0 or len(brand) < 2 or says_only_kind(brand) or not is_specific(place):
            continue
        if not _BRANCH_ONLY_AFTER.fullmatch(name[at + cut :]):
            continue
        full = BANK_SHORT_NAMES.get(brand, brand)
        ahead = name[:at]
        found = ahead.find(full)
        if found >= 0 and _FORM_BETWEEN.fullmatch(ahead[found + len(full) :]):
            return True
    return False


MAX_INSERTED = 4


def _trade_inserted(asked: str, written: str, article: str) -> bool:
    """"十堰市邮政分公司" asked, "十堰市分公司" written and 邮政 said elsewhere in the article: the
    name asked is the article's own with one word of its trade put in, which the article writes too."""
    if not (len(written) >= 4 and is_specific(written) and 0 < len(asked) - len(written) <= MAX_INSERTED):
        return False
    head = len(os.path.commonprefix([asked, written]))
    inserted = asked[head : head + len(asked) - len(written)]
    # the trade, not a number ("第二" of 第二季度): a word the article says more than once
    return (head >= 2 and asked[:head] + asked[head + len(inserted):] == written and len(inserted) >= 2
            and not re.search(r"[\d一二三四五六七八九十第]", inserted) and article.count(inserted) >= 2)


# "蚌埠市局（公司）", "仪陇县局（分公司）": a bureau that is also a company writes itself by its level alone
_SIGNED_BY_LEVEL = re.compile(r"([\u4e00-\u9fff]{2,4}?)([市县区]?)(?:局|分局|公司|分公司)(?:[（(]分?公司[)）])?(?:分?工会|党组)")
_ASKED_REST = re.compile(r"(?:局|分局|公司|分公司|分)?")
TRADE_DATELINE_CHARS = 30  # "烟草在线蚌埠消息", "电力网讯": a trade's news site names its trade where the item opens


def _trade_left_out(asked: str, article: str) -> bool:
    """"蚌埠烟草" asked of "安徽蚌埠市局（公司）工会…" on a page opening "烟草在线蚌埠消息": a trade's bureau writes
    itself by its place and level alone, and its trade in the dateline of its trade's news; the name asked is that place
    and trade (and the body's kind). Every bureau the article signs so is of the place asked ("淮南市局（公司）工会赴蚌埠
    市局（公司）工会学习" is 淮南's; "按照蚌埠市局工会部署，怀远县局工会…" is 怀远's), and a trade said only further on
    ("保障夏季电力供应") is no dateline's."""
    opening = article[:TRADE_DATELINE_CHARS]
    signed = [(found.group(1), found.group(2) or "市") for found in _SIGNED_BY_LEVEL.finditer(article)]
    for cut in range(2, min(5, len(asked) - 1)):
        place = asked[:cut]
        bare = place.rstrip("市县区")
        if not is_area_name(place) and not is_area_name(bare):
            continue
        # a place asked without its level is the city ("南昌烟草" is not 南昌县局's), with it that level
        level = place[len(bare):] or "市"
        if not signed or not all(name.endswith(bare) and written == level for name, written in signed):
            continue
        for length in (2, 3, 4):
            trade, rest = asked[cut : cut + length], asked[cut + length :]
            if len(trade) < 2 or not _ASKED_REST.fullmatch(rest) or says_only_kind(trade) or is_area_name(trade):
                continue
            if re.search(rf"[\d一二三四五六七八九十第{_ADMIN}]", trade):
                continue
            if re.search(rf"{re.escape(trade)}[\u4e00-\u9fff]{{0,8}}?(?:消息|讯|报道)", opening):
                return True
    return False


_LINK_END = re.compile(r"(?:分行|公司|集团|局|院|厂|矿)")


# "一分公司", "第三车间": a part of the body before it, told apart by its number, as a name is
_NUMBERED_PART = re.compile(r"第?[一二三四五六七八九十\d]{1,3}[\u4e00-\u9fff]{2,3}")


def _chain_named(unit: str, hit: Hit, article: str) -> bool:
    """"光大银行重庆分行大渡口支行": a body written after the body it belongs to, which a report (of their
    trade's union, "重庆金融工会") names apart: the whole one is matched, and the part its own, as written."""
    core = name_core(unit)
    for link in _LINK_END.finditer(core):
        head, tail = core[: link.end()], core[link.end() :]
        if (len(head) >= 4 and len(tail) >= 4 and (is_specific(tail) and not says_only_kind(tail) or _NUMBERED_PART.fullmatch(tail))
                and _ends_as_body(tail)):
            if _written_alone(tail, head, article) and (_qualified_own_unit(head, hit, article) or _unit_named(head, hit, article)):
                return True
    return False


def _written_alone(part: str, head: str, article: str) -> bool:
    """The part is written as a name of its own ("，大渡口支行负责人") or right after the head, not as the
    end of another body's name ("中信银行大渡口支行", "农商行东大渡口支行")."""
    for found in re.finditer(re.escape(part), article):
        before = article[: found.start()]
        if not before or not re.match(r"[\u4e00-\u9fff]", before[-1]) or before.endswith(head):
            return True
    return False


def _ends_as_body(name: str) -> bool:
    """The name ends as a body's does ("大渡口支行", "第二分公司")."""
    return any(ends_names(name[-k:]) for k in (1, 2, 3))


def _compound_named(place: str, hit: Hit, article: str) -> bool:
    """"青川柳岸城区": a wider and a narrower place written as one, which an article names
    apart ("柳岸城区" in its text, 青川 in its byline): both halves must be named."""
    return any(_names_match(place[:i], hit, article) and _names_match(place[i:], hit, article)
               for i in range(2, len(place) - 1))


def _same_kind(name: str, hit: Hit) -> bool:
    """"学校工会", "企业工会", "机关工会" name a kind and nothing else (no place, no proper
    name): any article of that kind (its unit_kind, as ingest classified it) is about one."""
    core = name_core(name)
    if re.search(f"[{_ADMIN}]", core) or _KIND_WORDS.sub("", core):
        return False
    kind = classify_unit_kind(name, "", "")
    return kind not in (None, "其他") and hit.metadata.get("unit_kind") == kind


def _place_and_kind(name: str, hit: Hit, article: str) -> bool:
    """"成安县村级工会" is an area and a kind of union: the article must name the area and
    write the kind ("村级工会") or be of that kind."""
    place = _PLACE_PREFIX.match(name)
    if not place or not is_specific(place.group(1)):
        return False
    kind = name[place.end():]
    if is_specific(kind) or not name_core(kind):
        return False
    return _names_match(place.group(1), hit, article) and (kind in article or _same_kind(kind, hit))


OWN_NAME_CHARS = 200  # where a report names the organisation it is about: its opening


_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?(?=公司)")


def _before_own_unit(name: str, hit: Hit) -> tuple[str, str]:
    """(the article's own unit, what the name asked puts before it) when the name asked ends with
    the article's own unit and adds something before it; ("", "") otherwise."""
    # "盐城市自来水公司" asked of "市自来水有限公司工会": a company's legal form is left out as often as written
    own, name = _LEGAL_FORM.sub("", str(hit.metadata.get("unit") or "")), _LEGAL_FORM.sub("", name)
    if own and not name.endswith(own) and name_core(own) != own and name_core(name) == name:
        own = name_core(own)  # "石桥铺社区" asked without its 工会, "社区工会" the article's own
    if (own and own[0] in _ADMIN and not name.endswith(own) and name.endswith(own[1:]) and len(name) > len(own)
            and name[len(name) - len(own)] not in _ADMIN):  # "青禾县林草系统工会" is a county's, not 市林草系统工会
        return own, name[: len(name) - len(own) + 1]  # "庆阳林草系统工会" asked, "市林草系统工会" its own: 庆阳 before it
    if not own or not name.endswith(own) or len(name) <= len(own):
        return "", ""
    return own, name[: -len(own)]


def _named_with_own_kind(name: str, hit: Hit, article: str) -> bool:
    """"石桥铺社区工会" asked, "社区工会" the article's own unit and 石桥铺 in its text ("社区工会在石桥铺
    街道党工委…领导下"): the article signs with its kind only, and the name asked is that kind
    after a name the article's opening writes (a name further on may be a place visited)."""
    own, proper = _before_own_unit(name, hit)
    if not proper or not says_only_kind(own):
        return False
    # whole: ending as a name does, or with a kind right after it ("石桥铺街道"), not the start of a
    # longer name ("石桥" of 石桥铺)
    # ("萍矿是个有百年历史的老企业": a word that ends there, before a verb or a mark, is whole too)
    after = "" if re.search(rf"(?:{_KIND_WORDS.pattern})$", proper) else rf"(?:{_KIND_WORDS.pattern}|[是的在为，,。；;：:（(])"
    # not a partner in a list ("与青石、柳湾等兄弟企业") nor a place visited ("赴青石")
    return len(proper) >= 2 and is_specific(proper + own) and re.search(
        rf"(?<![与同赴到和、及]){re.escape(proper)}{after}", article[:OWN_NAME_CHARS]) is not None


def _place_of_own_unit(name: str, hit: Hit, article: str) -> bool:
    """"金坛市建设局工会" asked, "建设局工会" the article's own unit and 金坛 in its text: the name asked
    is the article's own after the area it is in, which the article names (not as a place visited,
    and with no other area written before its body)."""
    own, place = _before_own_unit(name, hit)
    if own and own[0] in _ADMIN and not _PLACE_ONLY.match(place):
        place = place + own[0]  # "东莞市体育工会" asked, "市体育工会" its own: the area is 东莞市, its level written by both
    if len(own) < 3 or not (_PLACE_ONLY.match(place) and is_specific(place) or _known_place(place)):
        return False
    # the report names the place other than as one visited ("赴青禾市学习"), and puts no other
    # place before its own body ("柳岸市建设局系统")
    text = article + " " + str(hit.metadata.get("title") or "")
    forms = name_forms(place)
    said = [m for form in forms for m in re.finditer(re.escape(form), text)]
    if not any(not _VISITED.search(text[max(0, m.start() - 3) : m.start()]) for m in said):
        return False
    core = name_core(own)
    if not _PLACE_ONLY.match(place):  # "扬州" with no level: written as an area ("扬州市"), never "在扬州举行", and
        # no other known place right before the body ("无锡公交集团")
        if not any(re.match(rf"{re.escape(place)}[{_ADMIN}](?![域间块])", text[m.start():]) and not _VISITED.search(text[max(0, m.start() - 3) : m.start()])
                   for m in said):
            return False
        if any(_known_place(found) and found != place for found in re.findall(rf"([\u4e00-\u9fff]{{2}}){re.escape(core[:2])}", article)):
            return False
    if core[0] in _ADMIN:  # "县住建局": an area's name right before the level ("白鹭县住建局"), not a phrase ("服务市体育")
        other = [found + core[0] for found in re.findall(rf"([\u4e00-\u9fff]{{2,4}}){re.escape(core[:3])}", article)
                 if not any(flag.startswith(_PHRASE_POS + ("vn",)) for _, flag in _words(found))]
    else:
        other = re.findall(rf"([\u4e00-\u9fff]{{2,4}}[{_ADMIN}]){re.escape(core[:2])}", article)
    return not any(found not in forms and not any(form in found for form in forms) for found in other)


def _qualified_own_unit(name: str, hit: Hit, article: str) -> bool:
    """"大兴安岭新林林业局工会", "国网青禾供电公司工会", "青禾县柳湾镇总工会" asked, the article's own unit the
    name after its qualifier ("新林林业局工会"): a unit with a proper name of its own (not "建设局工会", which
    every county has) is that unit wherever the asker places it, unless the article writes another
    place or body right before it."""
    own, before = _before_own_unit(name, hit)
    core = name_core(own)
    proper = _KIND_WORDS.sub("", core)
    # "市体育工会" says only its level: every city has one, so the area asked must be written (_place_of_own_unit)
    if not core or core[0] in _ADMIN or len(before) < 2 or len(proper) < 2 or not is_specific(own) or _NUMBERED.search(core) or _GENERIC_START.match(before):
        return False
    if _names_other_area_of_level(before, article) or _trade_and_kind(core):
        return False
    return all(_unplaced_at(article, found.start(), before) and not _other_area_before(article, found.start(), before)
               for found in re.finditer(re.escape(core), article))


def _trade_and_kind(core: str) -> bool:
    """"公交集团", "供电公司", "港务局": a trade and a kind of body, in common words only, which every city
    has one of; not a name of its own ("新林林业局", "华润电力", "银泰百货")."""
    words = _words(core)
    return len(words) >= 2 and all(len(word) >= 2 and flag in ("n", "vn") for word, flag in words)


def _known_place(name: str) -> bool:
    """"扬州", "盘锦": a place the tagger knows, written without its level."""
    words = _words(name)
    return len(words) == 1 and len(name) >= 2 and words[0][1] == "ns"


def _names_other_area_of_level(qualifier: str, article: str) -> bool:
    """The qualifier ends with an area ("柳岸区") the article never names, while it names another of that
    level ("在青禾区总工会的指导下"): the article is of that other area's."""
    area = re.search(rf"([\u4e00-\u9fff]{{2,4}}?)([{_ADMIN}])$", qualifier)
    if not area or any(form in article for form in name_forms(area.group(0))):
        return False
    level = area.group(2)
    return any(found.group(1) not in qualifier and not (level == "区" and found.group(1)[-1] in "园发社校厂库营港业商居学景矿")
               and not _GENERIC_AREA.search(found.group(0))
               for found in re.finditer(rf"([\u4e00-\u9fff]{{2}}){level}", article))


def _other_area_before(article: str, at: int, asked: str) -> bool:
    """An area written right before `at` ("青禾市" of 青禾市新林林业局) that is not the one asked."""
    area = re.search(rf"([\u4e00-\u9fff]{{2,6}}?[{_ADMIN}])$", article[max(0, at - 7) : at])
    if not area or _GENERIC_AREA.search(area.group(1)) or not is_specific(area.group(1)):
        return False
    return not any(form in asked for form in name_forms(area.group(1)))


_INSERTED_KIND = re.compile(r"[局委办厅处所院站司]+")


def _fuller_own_unit(name: str, hit: Hit) -> bool:
    """"青禾市教育局工会" asked, "青禾市教育工会" the article's own: the name asked is the article's own
    with a kind character put in (局, 委…), the same body said more fully."""
    asked, own = name_core(name), name_core(str(hit.metadata.get("unit") or ""))
    if not own or not is_specific(own) or not 0 < len(asked) - len(own) <= 2 or asked[:2] != own[:2]:
        return False
    rest, inserted = iter(asked), []
    for char in own:
        for other in rest:
            if other == char:
                break
            inserted.append(other)
        else:
            return False
    inserted += list(rest)
    return bool(_INSERTED_KIND.fullmatch("".join(inserted)))


_VISITED = re.compile(r"(?:赴|到|去|往|来到|走进|前往)$")
_LISTED_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|、|其中)$")  # "，实验小学、平梁初级中学…": a member named on its own


def member_asked(name: str, hit: Hit, article: str) -> str:
    """The body asked ("实验小学"), when the article is not its own but the report of its place that
    tells of it among others (`_member_of_the_place`): only the sentences naming it are its facts;
    "" otherwise."""
    # the cheap test first: most names asked are no place's member, and _names_match reads the whole article
    if not _member_of_the_place(name, hit, article) or _names_match(name, hit, article):
        return ""
    place = _PLACE_PREFIX.match(name)
    return name_core(name[place.end():]) if place else ""


def _member_of_the_place(name: str, hit: Hit, article: str) -> bool:
    """"汉阴县实验小学" asked, the article a report of 汉阴县's own (汉阴县教育工会) that names 实验小学 among
    its members: the unit asked is a body of that place the place's report tells of. The body must
    be written on its own ("，实验小学、平梁初级中学…"), not as the end of another's name ("尚德实验小学")."""
    place = _PLACE_PREFIX.match(name)
    if not place or not is_specific(place.group(1)):
        return False
    body = name_core(name[place.end():])
    if len(body) < 3 or not is_specific(body) or not (_EMPLOYER.fullmatch(body) or _ends_as_body(body)):
        return False
    # the place's own report: its unit or title names the place (not only its opening, "按照郑州市总工会…"),
    # and the body asked is not its own kind of body at another place ("市城管执法局工会" of 新郑市)
    unit, title = str(hit.metadata.get("unit") or ""), str(hit.metadata.get("title") or "")
    if not (any(form in f"{unit} {title}" for form in name_forms(place.group(1))) or _own_union_without_level(place.group(1), hit)) or body in unit:
        return False
    # the place's own union (its 总工会, 教育工会), not another body of the place ("青禾县第二中学工会")
    forms = name_forms(place.group(1)) | ({place.group(1)[:-1]} if _own_union_without_level(place.group(1), hit) else set())
    own_kind = next((unit[len(form):] for form in sorted(forms, key=len, reverse=True)
                     if unit.startswith(form)), "")
    if not own_kind or not says_only_kind(own_kind.lstrip(_ADMIN)):
        return False
    # or right after the place's level, which its own report writes for the place ("其中区职工法律援助中心")
    level = place.group(1)[-1]
    return any(_LISTED_BEFORE.search(article[max(0, m.start() - 2) : m.start()])
               or level in _ADMIN and _LISTED_BEFORE.search(article[max(0, m.start() - 3) : m.start() - 1]) and article[m.start() - 1] == level
               for m in re.finditer(re.escape(body), article))


def _kind_refined(name: str, hit: Hit) -> bool:
    """"省医院工会" asked, "院工会" the article's own: neither says which one, and the question's
    name is a fuller form of the article's, so nothing contradicts. A name that says which one
    ("青禾县总工会") must be written; it is not a fuller form of any 县总工会."""
    own = str(hit.metadata.get("unit") or "")
    return bool(own) and not is_specific(name) and not is_specific(own) and len(own) < len(name) and is_subsequence(own, name)


def _unsigned(hit: Hit, scope: Scope, article: str) -> bool:
    """An article that never says whose it is ("今年我们…") does not contradict a unit named
    without an area ("研究所工会"); one asked about with its area must name that area, and one
    that names the unit's numbered sibling ("采油二厂" for "采油三厂") is that sibling's."""
    return (not hit.metadata.get("unit") and scope.place is None and not _numbered_sibling(scope.unit or "", article)
            and not _sibling_by_direction(scope.unit or "", article) and _own_words_written(scope.unit or "", article))


# 我行 (a bank), 本段 (a railway depot); a branch's 分/支 may be written with it (该分局, 全分公司) or not (我行)
_SPEAKS_AS = re.compile(r"(?P<branch>[分支]?)(?P<kind>公司|集团|社区|街道|[所厂局校院镇县区市乡行段站矿队处场])$")


def _own_words_written(name: str, article: str) -> bool:
    """An article that never says whose it is is a named unit's when it writes the words of the name
    that say which body it is (柳荫 of "柳荫食品公司工会"; "B厂" written "b厂" as often), or speaks as
    that kind of body ("我所" for a 研究所, "本公司", a news item's "该局"), or the name has no such words. One that does
    neither says nothing against the unit, and nothing for it either."""
    core, folded = name_core(name), article.casefold()
    own = _KIND_WORDS.sub("", core).casefold()
    if len(own) < 2 or own in folded or said_in_full(own, folded):
        return True
    # the body's own name without its place ("电业局", "县电业局" of 淅川县电业局): the same body, unplaced;
    # written after another place ("杭州港务集团" where 宁波港务集团 is asked) it is another body
    if any(_unplaced_at(article, found.start(), core[:i]) for i in range(len(core) - 2)
           if len(_KIND_WORDS.sub("", core[i:])) >= 2 for found in re.finditer(re.escape(core[i:]), article)):
        return True
    return speaks_as(name, article)


def spoken_as(name: str, own_unit: str, article: str, title: str = "") -> bool:
    """The article is the body asked, telling of itself without its name: the name says only a trade and a kind
    ("铁路分局", "邮政局", not which one; or a line of work its title says, "气象局" of 《气象工作总结》, when a
    report is pointed at by it), the
    article names no unit of its own or one holding that trade ("邮政工会"), and it speaks as that kind of body
    ("全局", "该分局", "我局")."""
    own_words = _KIND_WORDS.sub("", name_core(name))
    kind = _SPEAKS_AS.search(name_core(name))
    # (a title says a line of work any office reports on, "消防工作总结" of 青禾县教育局: the article names no body of
    # the asked kind, which would be whose it is)
    titled = (len(own_words) >= 2 and re.search(rf"^{re.escape(own_words)}(?:系统|行业|部门)?工作", title) is not None
              and kind is not None and not _names_own_kind_before(article, len(article), kind["kind"]))
    # a report that says another trade as its own ("全局税务干部职工") or a body's ("税务分局") is that trade's body
    # ("职工互助保险" is no insurer's)
    other_trade = any((found.group("trade") or found.group("named")) != own_words for found in _TRADE_AS_BODY.finditer(article))
    return ((bool(TRADES.fullmatch(own_words)) or titled) and (not own_unit or not is_specific(own_unit) or own_words in own_unit)
            and not other_trade and speaks_as(name, article))


_TRADE_AS_BODY = re.compile(rf"(?:[我本全该][\u4e00-\u9fff]?(?P<trade>{TRADES.pattern}))|(?P<named>{TRADES.pattern})(?=分?局|公司|系统|部门)")


def speaks_as(name: str, article: str) -> bool:
    """The article speaks as the kind of body the name is ("我所" for a 研究所, "本公司", a news item's "该局",
    "全分局" for a 分局), and refers back to no other body of that kind."""
    core = name_core(name)
    employer = _EMPLOYER.match(core)
    kind = _SPEAKS_AS.search(employer.group(0) if employer else core)
    branch = f"{kind['branch']}?" if kind and kind["branch"] else ""
    speaking = kind and re.search(rf"[我本全该]{branch}{kind['kind']}", article)  # 该局: a news item's
    # "该公司" after "国电成都金堂发电有限公司…": it refers back to the body named before, not the asked one
    # (我公司, 本公司 are the writer's own, whatever partner it named)
    return bool(speaking) and not (speaking.group(0)[0] == "该" and _names_own_kind_before(article, speaking.start(), kind["kind"]))


def _names_own_kind_before(article: str, at: int, kind: str) -> bool:
    """The article names a body of that kind, which says which one, before `at`."""
    return any(name.endswith(kind) and is_specific(name) and _is_name(name) for name in organisation_names(article[:at]))


_LEVELS = "省市县区镇乡村"  # "县电业局": the body at its level, no place named


def _unplaced_at(article: str, at: int, asked_head: str) -> bool:
    """Whether the name written at `at` stands without a place, or with the one asked: the word
    before it is no place's name (走进/联合/围绕… are verbs; 县, 全县 say a level), or is the asked
    head's ("淅川" of 淅川县…). "杭州港务集团" where 宁波港务集团 is asked is placed elsewhere."""
    words = _words(article[max(0, at - _PLACE_BEFORE):at])
    if not words:
        return True
    word, flag = words[-1]
    place = word.rstrip(_LEVELS)
    if not (flag == "ns" or (len(word) >= 3 and word[-1] in _LEVELS)) or len(place) < 2 or _GENERIC_AREA.match(word):
        return True
    head = asked_head.rstrip(_LEVELS)
    return bool(head) and (place.endswith(head[-2:]) or head.endswith(place))


_PLACE_BEFORE = 6  # characters read before a name for the place written with it


_NUMBERED = re.compile(r"第?[一二三四五六七八九十\d]{1,3}(?=[\u4e00-\u9fff]{0,3}$|号)")


def _numbered_sibling(name: str, article: str) -> bool:
    """The article writes the name with another number in its place ("采油二厂" where "采油三厂"
    is asked) and never the name itself: it is about the sibling."""
    core = name_core(name)
    number = _NUMBERED.search(core)
    if not number or number.start() < 2 or core in article:
        return False
    sibling = re.compile(re.escape(core[: number.start()]) + r"第?[一二三四五六七八九十\d]{1,3}" + re.escape(core[number.end():]))
    return any(found.group(0) != core for found in sibling.finditer(article))


_DIRECTION = "东西南北中"


def _sibling_by_direction(name: str, article: str) -> bool:
    """"东区总工会" asked of an unsigned report that writes "在西区各企业工会…" and never 东区: the area named by its
    direction alone is the one the report writes, a sibling of the one asked."""
    core = name_core(name)
    if len(core) < 2 or core[0] not in _DIRECTION or core in article:
        return False
    # written as a name of its own (not inside 集中区域, 华南区), and more than once (a place visited is said once)
    return any(len(re.findall(rf"(?:(?<![\u4e00-\u9fff])|(?<=[在于全对由])){other}{re.escape(core[1:])}(?![域间块])", article)) >= 2
               for other in _DIRECTION if other != core[0])


PLAN_HEADING = re.compile(r"计划|打算|安排|思路|设想|要点|下一步")


_OTHER_HALF = {"上半年": "下半年", "下半年": "上半年"}


def _plans_for(hit: Hit, half: str) -> bool:
    """"…上半年工作总结和下半年工作计划": a report whose title names the other half too holds
    that half's plans under their own heading, though its period is the half it sums up."""
    meta = hit.metadata
    titled = any(half in str(meta.get(key) or "") for key in ("title", "page_title"))
    heading = str(meta.get("section") or "")
    planned = PLAN_HEADING.search(heading) is not None
    # (or a heading of its own that says it: "XX年下半年工作计划" in a report titled for the first half only)
    return planned and half in heading or titled and (planned or half in heading)


_OPENING_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年")
_DATE_AFTER_YEAR = re.compile(r"\s*\d{1,2}\s*月")
OPENING_SUMMED_UP_CHARS = 120  # the opening sentence, where a meeting says which year it sums up
_YEAR_SPAN = re.compile(r"以来|来|起|至今|到|至|[—\-~～]|(?:19|20)\d\d")


def opening_year(article: str) -> int | None:
    """The year the article's first words give it ("2012年教育工会在教育局的领导下…"): a 范文 site
    retitles every report with the current year, the report's own opening keeps its year. Not a
    year something began in ("2008年建会以来…"), nor one of two ("2016年和2017年…")."""
    found = _OPENING_YEAR.match(article[:20])
    if not found:
        return None
    if _DATE_AFTER_YEAR.match(article[found.end():]):  # "2013年2月1日，…举行2012年度工会工作总结表彰会"
        summed_up = summed_up_year(article[:OPENING_SUMMED_UP_CHARS])
        if summed_up:
            return summed_up
    clause = re.split(r"[，,。；;\n]", article[found.end() : found.end() + 60])[0]
    return None if _YEAR_SPAN.search(clause) else int(found.group(1))


_EARLY_DAY = re.compile(r"^\s*([1-3])\s*月\s*\d{1,2}\s*[日号]")


def held_next_year(article: str, own_year: object) -> int | None:
    """The year a meeting an article opens with was held, when it opens with a day early in a year and
    no year ("1月21日，…召开会员代表大会"), and the article is of the year before (its summary) while it
    writes the next one (its plans, "2025年工作"): a meeting that sums up a year is held in the next."""
    first = re.split(r"[。！？\n]", article, maxsplit=1)[0]
    if not isinstance(own_year, int) or not _EARLY_DAY.match(article[:12]) or f"{own_year}年" in first:
        return None  # "2月18日，…审议通过了2024年集体合同": a meeting of the year the article is of
    # the next year's work planned ("2025年工会工作", a clause "2020年，各级工会重点工作将…"), not a target reached
    # by then ("到2025年底", "确保2020年…目标任务")
    planned = rf"(?<!到){own_year + 1}年(?:的)?(?:工会)?工作|(?:^|(?<=[。；;！？!?\n]))\s*{own_year + 1}年[，,][^。；;！？!?\n]{{0,12}}?工作"
    return own_year + 1 if re.search(planned, article) else None


def _meeting_asked(scope: Scope, article: str, own_year: int) -> bool:
    """"2020年1月…开全委会时": the month and year of the meeting a year's summary opens with ("1月10日，…召开…"),
    held the year after the one it sums up."""
    opening = re.match(r"\s*(\d{1,2})月", article)
    return (scope.month is not None and opening is not None and int(opening.group(1)) == scope.month
            and held_next_year(article, own_year) == scope.year)


def dated_year(article: str) -> int | None:
    """The year of the date an article opens with ("2013年2月1日下午，…"): the day its meeting was held,
    which may be a year after the one it sums up; a question of either year is of the article."""
    found = _OPENING_YEAR.match(article[:20])
    return int(found.group(1)) if found and _DATE_AFTER_YEAR.match(article[found.end():]) else None


def writes_year(article: str, year: int) -> bool:
    """The article writes the year: "2016年", or bare right before what it names ("永新集团2016庆‘三八’",
    "2016新春联欢会", "“2022全省职工技能大赛”"), never as a count, a number or a code ("图书2016册", "2016号")."""
    return (f"{year}年" in article or re.search(rf"(?<=[\u4e00-\u9fff“‘]){year}(?=[庆迎贺“‘「]|{_BARE_YEAR_BEFORE})", article) is not None
            # or opening an event's quoted name ("“2022辽宁省职工技能大赛…”总决赛")
            or re.search(rf"[“‘「]{year}(?=[\u4e00-\u9fff][^”’」]*[”’」])", article) is not None)


# what a bare year names ("2016新春联欢会", "2016三八徒步行"), never a count, a number or a code
_BARE_YEAR_BEFORE = r"(?:新春|春节|元旦|三八|五一|国庆|中秋|迎春|年会|运动会|联欢|职工|工会)"


def article_year(meta_year: object, article: str) -> object:
    """The year an article is of: its opening's, else the one ingest read (title, dates)."""
    return opening_year(article) or meta_year


def _own_union_without_level(place: str, hit: Hit) -> bool:
    """"松江区" asked of the report of "松江工会": an area's own union may be named by the area without its
    level; the same name with another level after it ("朝阳市总工会", "城关镇工会") is another area's."""
    area = re.fullmatch(rf"(?P<name>[\u4e00-\u9fff]{{2,4}})[{_ADMIN}]", place)
    unit = str(hit.metadata.get("unit") or "")
    return bool(area) and is_specific(place) and re.fullmatch(rf"{re.escape(area.group('name'))}(?:总)?工会(?:委员会)?", unit) is not None


def _unit_named(unit: str, hit: Hit, article: str) -> bool:
    """The article is of the unit asked about, or names it, in any of the ways a report does."""
    return (_names_match(unit, hit, article) or _same_kind(unit, hit) or _place_and_kind(unit, hit, article)
            or _kind_refined(unit, hit) or _named_with_own_kind(unit, hit, article) or _place_of_own_unit(unit, hit, article)
            or _member_of_the_place(unit, hit, article) or _level_body_of_the_place(unit, hit, article)
            or level_body_unplaced(unit, hit, article) or _county_body_unmarked(unit, hit, article))


_LEVEL_BODY = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,3}}?)(?P<level>[省市县区])(?P<body>[\u4e00-\u9fff]{{2,8}}工会)")


def _own_unit_of_another(place: str, hit: Hit) -> bool:
    """The page's own unit or title names another area of the place's level ("洪山区总工会" for 江夏区 asked)."""
    own = f"{hit.metadata.get('unit') or ''} {hit.metadata.get('title') or ''}"
    forms = name_forms(place)
    return any(found not in forms and not any(form in found or found in form for form in forms)
               for found in re.findall(rf"[\u4e00-\u9fff]{{2,3}}{place[-1]}(?=[\u4e00-\u9fff])", own) if is_specific(found))


_LEVEL_ALONE_BEFORE = re.compile(r"^$|[^\u4e00-\u9fff]$|[的和与及在由向对为将把从经、]$")


def _level_body_of_the_place(name: str, hit: Hit, article: str) -> bool:
    """"安徽省国防工会" asked of a page whose byline says 安徽军工集团 and whose text says "省国防工会主任某某":
    a body named by its level alone is the one of the place the page is of. The place must be written (byline,
    title or text, not as a place visited), and the article names no other area of that level."""
    asked = _LEVEL_BODY.fullmatch(name)
    if not asked or not is_specific(asked.group("place") + asked.group("level")):
        return False
    level, level_body = asked.group("level"), asked.group("level") + asked.group("body")
    # written by its level alone ("、省国防工会主任"), not as another place's ("陕西省国防工会"); a county's or district's
    # after a pause or a grammar word, not as the end of a word ("社区党群服务中心工会", "景区管委会工会")
    if not any(not _place_before(article, m.start()) and (level in "省市" or _LEVEL_ALONE_BEFORE.search(article[max(0, m.start() - 1) : m.start()])
                                                            and not re.search(rf"[{_ADMIN}]、$", article[max(0, m.start() - 2) : m.start()]))
               for m in re.finditer(re.escape(level_body), article)):
        return False  # ("各县、区粮食局工会": every county's and district's)
    if level not in "省市" and _own_unit_of_another(asked.group("place") + level, hit):
        return False  # "区粮食局工会" in 洪山区总工会's own page is 洪山区's
    place = asked.group("place")
    forms = name_forms(place + level)
    # the page is of the place: a byline body opens with it ("安徽军工集团", not "吉林省…" for 吉林市), or the title or
    # text writes it with its level ("安徽省", not "安徽路", "安徽分厂", "远销安徽"), not as a place visited
    bylined = any(body.startswith(place) and not re.match(rf"{re.escape(place)}[{_ADMIN}路街]", body) and not _PAPER.search(body)
                  for body in str(hit.metadata.get("publisher") or "").split())
    text = f"{hit.metadata.get('title') or ''} {article}"
    said = [m for m in re.finditer(re.escape(place + level), text) if not _VISITED.search(text[max(0, m.start() - 3) : m.start()])]
    if not (bylined or said):
        return False
    return not any(_place_before(article, m.start()) and not any(form in article[max(0, m.start() - 4) : m.start()] for form in forms)
                   for m in re.finditer(level, article))


_LEVEL_NAMED = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<level>[省市])(?P<body>[\u4e00-\u9fff]{2,10})")
LEVEL_BODY_REPEATS = 2  # a body the page writes by its level alone this often, with no unit read, is what it is about


def level_body_unplaced(name: str, hit: Hit, article: str) -> bool:
    """"四川省林业工会" asked of a page whose own body is "省林业工会": a province's or city's own site writes
    its bodies by their level alone, and often never writes the place ("海东水务" at most). The body asked is
    the page's when the page's own unit (or, with none read, a body it writes by level alone again and again)
    is the level and body asked, the page puts no other area of that level anywhere, and writes the place
    asked not only as one visited; or, a province's, never writes any place at all (_of_an_unnamed_province)."""
    read = _level_body_placed(name, hit, article)
    if read is None:
        return False
    if not read.said:
        return _of_an_unnamed_province(read, hit)
    # written as the place of such bodies ("四川省", "海东水务"), not in passing ("安徽分厂", "远销安徽"), nor as one visited
    return any(read.text.startswith((read.level_body[0], read.level_body[1:3]), m.end())
               and not _VISITED.search(read.text[max(0, m.start() - 3) : m.start()]) for m in read.said)


def unwritten_place(name: str, hit: Hit, article: str) -> tuple[str, str] | None:
    """(the body as the page writes it, the place asked) when the page is the body asked by its level alone
    ("省林业工会") and never writes the place asked ("四川省"): an answer from it says so; None otherwise."""
    read = _level_body_placed(name, hit, article)
    if read is None or read.said or not _of_an_unnamed_province(read, hit):
        return None
    return str(hit.metadata.get("unit") or read.level_body), read.asked_place  # the body as the page names it


def _of_an_unnamed_province(read: _LevelBodyRead, hit: Hit) -> bool:
    """A province's site: 34 of them, each writing "省…" throughout, and often never its name; a city's page names its
    city ("建设幸福佛山"), and one that names none may be any of hundreds. The page is the province's asked when
    its own unit is the body, it names no place at all ("四川园林", "到成都市慰问", "八闽"; the tagger's "上门" is
    none) nor speaks as a city ("来我市调研")."""
    return (read.level_body.startswith("省") and _is_level_body(name_core(str(hit.metadata.get("unit") or "")), read.level_body)
            and not _names_an_area(read.text) and not _SPEAKS_AS_AREA.search(read.text))


_SPEAKS_AS_OTHER = re.compile(r"[我本](?:厂|公司|集团|校|院|所|行|站|矿|场|店|中心|单位)")
# the provinces and the areas of their level (the four municipalities, Hong Kong and Macao)
_PROVINCE_LEVEL_AREAS = _PROVINCES | frozenset("北京 天津 上海 重庆 香港 澳门".split())


# what provinces are called besides their names ("助力八闽园林事业", "巴蜀大地")
PROVINCE_ALIASES = "八闽 巴蜀 天府 齐鲁 三晋 荆楚 湖湘 三湘 八桂 燕赵 中原 江淮 岭南 陇原 三秦 龙江 琼州 雪域 塞上 黔东 滇中".split()
_SPEAKS_AS_AREA = re.compile(r"[我本全](?:市|县|区|州|盟|旗)(?![场民委政级直属])")  # "来我市调研", "全市各级工会"
_NOT_AN_AREA = frozenset({"中国", "全国", "国家", "全省", "我省", "本省"})


_PLACE_END = "河山湖岛港湾城镇村州江海关口峡岭峰寺桥"  # how names of places no record holds end ("北戴河", "羊城")


def _names_an_area(text: str) -> bool:
    """The text names a province ("四川园林", "八闽"), an area by its level ("成都市", "凉山州"), or a place the tagger
    finds that is an area by record or ends as places do ("在成都举办", "到北戴河疗休养"; it calls "上门", "新春",
    "登山" places too, which are neither): a page that never says which province it is must say no place, for a
    place, even one of the province asked, may be one it went to ("参加在成都市召开的全国…座谈会")."""
    if any(name in text for name in (*_PROVINCE_LEVEL_AREAS, *PROVINCE_ALIASES)):
        return True
    if any(_place_before(text, m.start()) for m in re.finditer(r"[市州县区盟]", text)):
        return True
    recorded = bool(area_names())  # (without the record, any place the tagger finds counts)
    return any(flag == "ns" and len(word) >= 2 and word not in _NOT_AN_AREA
               and (not recorded or is_area_name(word) or word[-1] in _PLACE_END) for word, flag in _words(text))


def _level_and_body(name: str) -> list[tuple[str, str, str]]:
    """(place, level, body) readings of a body's name led by a province or city: "四川省林业工会" is 四川, 省, 林业工会;
    "四川林业工会", its level left out, is 四川 and 林业工会 of the province (a city's, "杭州园林工会", of the city)."""
    # (a question's profile holds the name's core, "四川省林业" of 四川省林业工会: a union's name without 工会)
    full = name if _ends_as_body(name) else name + "工会"
    asked = _LEVEL_NAMED.fullmatch(full)
    if asked:
        return ([(asked.group("place"), asked.group("level"), asked.group("body"))]
                if is_specific(asked.group("place") + asked.group("level")) and _ends_as_body(asked.group("body")) else [])
    for size in (2, 3):
        place, body = full[:size], full[size:]
        if _known_place(place) and len(body) >= 3 and _ends_as_body(body) and body[0] not in _ADMIN:
            # a province's body ("四川林业工会") or a city's ("杭州园林工会"), never the one for the other
            # (北京, 上海, 天津, 重庆 have 市 bodies: "北京林业工会" is no 省林业工会)
            return [(place, "省" if place in _PROVINCES else "市", body)]
    return []


def _is_level_body(own: str, level_body: str) -> bool:
    """The page's own unit (its core) is the body: "省农业农村厅", its whole system's union ("省农业农村厅系统工会"), or
    the department asked abbreviates it ("省农业厅" of 省农业农村厅: its characters in order, its first and its kind,
    厅, 局 or 委, the same; nothing left out that tells bodies apart). A hospital or a company is named whole."""
    asked, own = name_core(level_body).removesuffix("系统"), own.removesuffix("系统")
    if not own or asked == own:
        return bool(own)
    left_out = _left_out(asked, own)
    return (len(asked) >= 4 and asked[0] == own[0] and asked[-1] == own[-1] and asked[-1] in "厅局委" and left_out is not None
            and not own.startswith(asked) and not _TELLS_APART.search(left_out))


# what a longer name has that tells one body from another of its kind ("第二人民医院", "中西医结合医院"), not words a
# department's name gains when renamed ("农业农村厅", "林业和草原局")
_TELLS_APART = re.compile(r"[第\d一二三四五六七八九十百东西南北中附属分]|地方|国家|稽查")


def _left_out(short: str, long: str) -> str | None:
    """The characters of `long` that its abbreviation `short` leaves out (taking each of short's as early as it can,
    as is_subsequence does); None when `short` is no abbreviation of it."""
    kept, i = [], 0
    for char in long:
        if i < len(short) and char == short[i]:
            i += 1
        else:
            kept.append(char)
    return "".join(kept) if i == len(short) else None


class _LevelBodyRead(NamedTuple):
    level_body: str  # the body asked as the page writes it, by its level alone ("省林业工会")
    said: list[re.Match[str]]  # where the page writes the place asked
    text: str  # the page's title, publisher and text
    asked_place: str  # the place as the question gives it ("四川省", "四川")


def _level_body_placed(name: str, hit: Hit, article: str) -> _LevelBodyRead | None:
    """The page read for the body asked, when its own body is that one written by its level alone and no other
    area of that level is written; None otherwise (see level_body_unplaced)."""
    own = name_core(str(hit.metadata.get("unit") or ""))
    for place, level, body in _level_and_body(name):
        level_body = level + body
        if _is_level_body(own, level_body):
            break
        # with no unit read: a body the page writes by its level alone again and again, unless the page speaks as
        # another kind of body ("市水务局领导来我厂调研": the factory's page, the bureau its visitor)
        bare = [m for m in re.finditer(re.escape(level_body), article) if not _place_before(article, m.start())]
        if not own and len(bare) >= LEVEL_BODY_REPEATS and not _SPEAKS_AS_OTHER.search(article):
            break
    else:
        return None
    text = f"{hit.metadata.get('title') or ''} {hit.metadata.get('publisher') or ''} {article}"
    forms = name_forms(place + level) | {place}
    if any(_place_before(text, m.start()) and not any(form in text[max(0, m.start() - 4) : m.start()] for form in forms)
           for m in re.finditer(level, text)):
        return None  # "陕西省…": the page is of another area of that level
    return _LevelBodyRead(level_body, [m for form in forms for m in re.finditer(re.escape(form), text)], text,
                          place + level if name.startswith(place + level) else place)


def _place_before(text: str, at: int) -> bool:
    """A place's name ends right before `at` ("陕西" of 陕西省, "芜湖" of 芜湖市)."""
    return any(_known_place(text[max(0, at - n) : at]) for n in (2, 3))


def _reasons(hit: Hit, scope: Scope, article: str) -> tuple[str, ...]:
    meta = hit.metadata
    reasons = []
    unit = scope.unit
    qualified = bool(unit) and (_qualified_own_unit(unit, hit, article) or _fuller_own_unit(unit, hit))
    if unit and not (qualified or _unsigned(hit, scope, article) or _unit_named(unit, hit, article)
                     or _chain_named(unit, hit, article)):
        reasons.append("unit")
    elif unit and (_other_branch(unit, article) or _other_member(unit, f"{meta.get('unit') or ''}。{article}")
                   or _another_area_federation(unit, hit, article) or _another_body_of_the_area(unit, hit, article)):
        reasons.append("unit")
    # the place is the qualifier the asker put before the article's own unit ("青禾县" of 青禾县柳湾镇总工会)
    placed = bool(unit and scope.place and scope.place in unit) and (qualified or level_body_unplaced(unit, hit, article))
    if scope.place and not (placed or _names_match(scope.place, hit, article) or _compound_named(scope.place, hit, article)
                            or _own_union_without_level(scope.place, hit)):
        reasons.append("place")
    year = article_year(meta.get("year"), article)
    if hit.doc_id in scope.other_year_of or scope.year_unknown:
        reasons.append("year")  # (the year before or after one no article said: none is known to be of it)
    elif (scope.year and isinstance(year, int) and year != scope.year and f"{scope.year}年" not in hit.text
            and not _paragraph_opens_with_year(hit, article, scope.year)
            and dated_year(article) != scope.year and not _meeting_asked(scope, article, year)):
        reasons.append("year")
    elif scope.year and not scope.relative_year and not isinstance(year, int) and not writes_year(article, scope.year):
        reasons.append("year")  # "2021年…" of a report that gives no year: nothing says it is of 2021
    elif scope.year and scope.period == "年度" and _sums_up_another_year(scope.year, str(meta.get("title") or ""), article):
        reasons.append("year")  # "2022年度总结会" asked of "智能所召开2021年度工会总结会" (held in 2022, planning 2022)
    half, period = _half(scope), meta.get("period")
    # a month asked that the half-year report itself dates ("7月9日" in one written in July) is in it
    dated = scope.month is not None and f"{scope.month}月" in article
    if half and period in ("上半年", "下半年") and period != half and not (scope.asks_plan and _plans_for(hit, half)) and not dated:
        reasons.append("period")
    elif half and not scope.asks_plan and _plans_for(hit, _OTHER_HALF[half]):
        reasons.append("period")  # "上半年做了哪些工作" of "…上半年工作总结和下半年工作计划" under its "二、下半年工作安排"
    elif scope.figure_asked and half and scope.month is None and (
            period == "年度"  # "下半年新建了多少家" of a year's summary: its figures are the whole year's ("全年新建40家")
            # "今年下半年…多少人次" of a news item that dates nothing ("今年以来，…3万人次"): of no half
            or period is None and not scope.asks_plan and not months_dated(article) & set(_PERIOD_MONTHS[half])):
        reasons.append("period")
    elif _other_quarter_titled(scope, str(meta.get("title") or ""), article):
        reasons.append("period")  # "四季度工作例会" asked of "公司工会召开三季度工作例会"
    elif (scope.period in _PERIOD_MONTHS and scope.month is None and not scope.asks_plan
          and not set(_PERIOD_MONTHS.get(period or "", ())) & set(_PERIOD_MONTHS[scope.period])
          and _dated_elsewhere(scope.period, article)):
        reasons.append("period")  # (an article ingest read as of a half holding the period asked is of it)
    return tuple(reasons)


_PARAGRAPH_YEAR = re.compile(r"\s*((?:19|20)\d\d年)[，,]")
# what dates the sentences after it, within a paragraph: another year opening a clause ("2013年，竞赛规模进一步扩大"; not
# "比2011年增长"), a sum since a year ("2008年以来，累计…", of no one year), or the report's own time ("今年，…", "目前，…")
_YEAR_MARK = re.compile(r"(?:^|(?<=[。；;，,\n]))\s*(?:19|20)\d\d年(?=[，,])|(?:19|20)\d\d年以来|今年|本年|目前|现有|截至|截止|至今|当前")
_SELF_DATED = re.compile(r"(?:19|20)\d\d年|今年|本年|目前|现有|截至|截止|至今|当前")


def paragraph_year(article: str, at: int) -> str:
    """The year a paragraph that opened with one ("2012年，上汽集团…投身立功竞赛，…共有11.98万名员工…") dates the text
    at `at` with: the last year or own-time word written before it in the paragraph; "" when the paragraph opened with no
    year, or the last such word is the report's own time (今年, 目前)."""
    if not 0 < at <= len(article):
        return ""
    start = article.rfind("\n", 0, at) + 1
    opened = _PARAGRAPH_YEAR.match(article, start)
    if opened is None or opened.start(1) >= at:
        return ""
    marks = [mark.strip() for mark in _YEAR_MARK.findall(article[start:at])]
    return marks[-1] if marks and marks[-1][:1].isdigit() and not marks[-1].endswith("以来") else ""


def dates_itself(text: str) -> bool:
    """The text says its own year or time ("今年，…", "2013年…"): no paragraph's year dates it."""
    return _SELF_DATED.search(text) is not None


_OWN_DATING_CHARS = 12  # a passage opening "今年，…" or "2013年…" dates itself


def _paragraph_opens_with_year(hit: Hit, article: str, year: int) -> bool:
    """The passage goes on with a paragraph that opened with the year asked, in a passage before it (a news
    item of the next year telling the year before's figures)."""
    start = hit.metadata.get("start")
    return isinstance(start, int) and paragraph_year(article, start) == f"{year}年" and not dates_itself(hit.text[:_OWN_DATING_CHARS])


def opening_sentence(article: str) -> str:
    """The article's first sentence, where a report says what it is (a session held, the year it sums up)."""
    return re.split(r"[。！？!?]", article.lstrip(), maxsplit=1)[0]


_YEAR_SUMMED = re.compile(r"((?:19|20)\d\d)\s*年度(?:工会)?(?:工作)?(?:总结|表彰)")  # "2021年度工会总结会", not "2024年度工作要点"


def _sums_up_another_year(asked: int, title: str, article: str) -> bool:
    """The title or the opening sentence says which year's work the article sums up ("2021年度工会总结会"), and it
    is not the year asked: the meeting's own date or its next year's plans do not make it that year's."""
    said = title + opening_sentence(article)
    years = {int(found) for found in _YEAR_SUMMED.findall(said)}
    return bool(years) and asked not in years and f"{asked}年" not in said


def _other_quarter_titled(scope: Scope, title: str, article: str) -> bool:
    """A quarter asked, and the article's title names one other quarter alone ("公司工会召开三季度工作例会"): it is that
    quarter's report or meeting, though its text may tell of the half. Not when the title spans quarters ("前三季度",
    "1-3季度") or plans the next ("…及四季度工作打算"), nor when the text tells of the quarter asked."""
    if scope.asks_plan or scope.month is not None or scope.period not in _QUARTERS or _QUARTERS_SPANNED.search(title):
        return False
    titled = _quarters_named(title)
    # (the text may tell of the quarter asked by its months: "10月份以来…")
    return (len(titled) == 1 and scope.period not in titled and scope.period not in _quarters_named(article)
            and not months_named(article) & set(_PERIOD_MONTHS[scope.period]))


def _quarters_named(text: str) -> set[str | None]:
    """The quarters a text names, as _read_period reads them ("第四季度", "4季度" -> 四季度)."""
    return {_read_period(m.group(0)) for m in PERIOD_WORDS.finditer(text) if "季度" in m.group(0)}


_QUARTERS = frozenset({"一季度", "二季度", "三季度", "四季度"})
_QUARTERS_SPANNED = re.compile(r"前[一二三四1-4]季度|[一二三四1-4]\s*[-—~～至到、]\s*[一二三四1-4]\s*季度|打算|计划|安排|要点")


def _dated_elsewhere(period: str, article: str) -> bool:
    """A news item its opening dates ("9月23日至24日，…召开…推进会议") in another period than the one
    asked ("第一季度…"), which neither names a month of that period nor the period itself: none of
    its facts is of that period. (A report's "全年目标" dates nothing.)"""
    asked = set(_PERIOD_MONTHS[period])
    opening = months_named(article[:OWN_NAME_CHARS].split("。")[0])  # its first sentence, after the title
    if not opening or opening & asked:
        return False
    named = months_named(article) | {m for word in PERIOD_WORDS.findall(article) if word not in ("全年", "年底", "年度", "年初")
                                     for m in _PERIOD_MONTHS.get(_read_period(word) or "", ())}
    return not named & asked


# the kinds of branch a body has several of, each named by its place or number ("凭祥站区", "第三车间", "城南支行")
# (a union's own branches, 分工会, are named by the body they are of: "学院分工会" is no place's)
_BRANCH = re.compile(r"站区|车间|分厂|支行|分行|分公司|分局|中队|大队|派出所|项目部|工区|校区|院区")
_KIND_BEFORE_BRANCH = re.compile(r"[院校局司厂所处室部关]$")  # "学院车间": the body's kind, not the branch's name
_NOT_A_BRANCH_NAME = re.compile(r"[在的各个等和与及了到每该本全其这那些下属所属]")


def _other_branch(unit: str, article: str) -> bool:
    """The unit asked is one branch of a body ("国铁南宁局柳州站区"), and the article, of that body, tells of
    other branches of that kind (凭祥站区, 八渡站区) and never of the one asked: its facts are theirs."""
    found = None
    for found in _BRANCH.finditer(unit):
        pass
    if found is None or found.start() < 2:
        return False
    asked = unit[found.start() - 2 : found.end()]
    kind = found.group(0)
    if asked in article or _KIND_BEFORE_BRANCH.search(asked[:2]):
        return False
    if re.search(rf"{re.escape(asked[:2])}[{_ADMIN}区]{kind}", article):  # "钟祥支行" written "钟祥市支行"
        return False
    # "柳州、凭祥、八渡站区": the branch asked, its kind said once for the list; "二车间" written "第二车间"
    if re.search(rf"{re.escape(asked[:2])}(?:[、和及与][\u4e00-\u9fff]{{1,4}}){{1,6}}{kind}", article):
        return False
    if asked[1] in "一二三四五六七八九十" and asked[1:] in article:
        return False
    # a branch whose name the unit asked holds ("白鹭市分公司" of 白鹭市邮政分公司, "柳岸市分公司" of 柳岸邮政分公司)
    # is the one asked, told shorter
    named = [m for m in re.finditer(rf"([\u4e00-\u9fff]{{2}}){kind}", article)
             if not _NOT_A_BRANCH_NAME.search(m.group(1)) and not _a_verb(m.group(1))]
    if any(m.group(1) in unit and len(_branch_place(article, m)) >= 2 and _branch_place(article, m) in unit for m in named):
        return False  # the article tells of the one asked too, told shorter ("盘锦市分公司" of 盘锦市邮政分公司)
    return any(m.group(1) not in unit and _branch_place(article, m) not in unit for m in named)


def _a_verb(word: str) -> bool:
    """"划归分局", "下设分公司": the word before the kind is what was done to a branch, not its name."""
    return [flag for _, flag in _words(word)] == ["v"]


def _branch_place(article: str, branch: re.Match[str]) -> str:
    """The two characters naming a branch's place: "柳岸" of "柳岸市分公司", whose 市 the two before
    the kind end with."""
    name = branch.group(1)
    return article[max(branch.start(1) - 1, 0) : branch.start(1) + 1] if name[-1] in _ADMIN and branch.start(1) > 0 else name


_AREA_FEDERATION = re.compile(rf"(?:[\u4e00-\u9fff]{{2,8}}?[{_ADMIN}盟])总工会")


def _another_area_federation(unit: str, hit: Hit, article: str) -> bool:
    """"安庆市总工会" asked of the report of 桐城市总工会, which writes 安庆市 only in "安庆市劳模": the report of one
    area's federation is of another area's federation only where it writes that one whole, not its place in passing."""
    own = str(hit.metadata.get("unit") or "")
    if not (_AREA_FEDERATION.fullmatch(unit) and _AREA_FEDERATION.fullmatch(own)) or not is_specific(name_core(own)):
        return False
    if name_forms(unit) & name_forms(own) or name_core(own) in unit or own.endswith(unit):
        return False  # the same area's ("安庆总工会" of 安庆市总工会, "青禾县柳湾镇总工会" of 柳湾镇总工会, and the other way)
    if any(form.endswith("工会") and form in article for form in name_forms(unit)):
        return False  # written whole
    # a breakdown a report gives by area ("全市新增40家，其中柳岸县新增5家") tells of the area asked
    return re.search(rf"其中{re.escape(name_core(unit))}", article) is None


_AREA_UNION = re.compile(rf"(?P<area>[\u4e00-\u9fff]{{2,8}}?[{_ADMIN}盟])(?:总工会|工会|工会联合会|工联会)")  # "成都市工会": its federation, said loosely


def _another_body_of_the_area(unit: str, hit: Hit, article: str) -> bool:
    """"成都市总工会的主席是谁" asked of the report of 成都市房产管理局机关工会: the area's name is in it, but the
    report is another body's, whose chairman is no federation's. Only the report's own unit counts, and only where
    the report never writes the federation whole (a company's "成都市总工会主席某某来我公司慰问" tells of it)."""
    asked = _AREA_UNION.fullmatch(unit)
    own = str(hit.metadata.get("unit") or "")
    if not asked or not is_specific(asked.group("area")) or not is_specific(name_core(own)) or _AREA_UNION.fullmatch(own):
        return False
    if own.endswith(("总工会", "工会联合会", "工联会")) or not own.startswith(asked.group("area")) or own.startswith(unit):
        return False  # a federation's report or its own department's ("青禾市总工会女职工委员会"), or one of another area
    # written whole, or by its level alone as a report of the same area says it ("市总工会主席某来我局慰问")
    level = f"{asked.group('area')[-1]}总工会"
    return not (any(form.endswith("工会") and form in article for form in name_forms(unit))
                or re.search(rf"(?<![\u4e00-\u9fff]){level}|(?<=[，,。；;、的和与及在由向对为])" + level, article))


_GROUP = re.compile(r"^.{2,8}?(?:集团|控股|总公司)")  # a group whose members are named after it ("山钢集团莱芜分公司")


def _other_member(unit: str, article: str) -> bool:
    """The unit asked is one member of a group ("山钢集团莱芜分公司"), and the article names another
    member after the group ("山钢集团淄博张钢有限公司") and never the one asked: its facts are that
    other member's, though the group's name is written."""
    core = name_core(unit)
    group = _GROUP.match(core)
    if not group:
        return False
    member = re.sub(r"^(?:股份)?有限(?:责任)?公司", "", core[group.end():])
    if len(member) < 2 or not is_specific(member) or member[:2] in article:
        return False
    others = [re.sub(r"^(?:股份)?有限(?:责任)?公司", "", name[group.end():]) for name in organisation_names(article)
              if name.startswith(group.group(0))]
    return any(len(other) >= 2 and is_specific(other) for other in others)


# a follow-up on the year before or after the one the conversation is on ("那前一年呢？", "那再前一年呢？", "第二年他们的…",
# "那青禾县总工会前一年呢？"); not a comparison's base ("比上一年增加了多少"), a run ("连续第二年"), a date ("次年1月起")
_TURN_YEAR = re.compile(r"(?<![比较和与同跟对续的])(?:(?P<before>再往?前一年|前一年|上一年|头一年|早一年)"
                        r"|(?P<after>再往?后一年|第二年|后一年|下一年|转年|[次翌]年(?![\d一二三四五六七八九十]{1,2}月)))"
                        r"(?!相比|比较|同期|度?计划)")


def year_after_turn(question: str) -> int:
    """How many years after the one the conversation is on a follow-up asks ("前一年" -1, "第二年" +1; 0: none). The
    next year's plans are the current report's ("下一年有什么打算"): no move."""
    found = _TURN_YEAR.search(question)
    if not found:
        return 0
    return -1 if found.group("before") else 0 if _PLAN_ASKED.search(question) else 1


def another_relative_year(question: str, before: str) -> bool:
    """"那去年7月份呢？" after a question on 今年: the follow-up moves the time the conversation asked about."""
    said = [word for word in _RELATIVE_YEARS if word in question]
    return bool(said) and said != [word for word in _RELATIVE_YEARS if word in before]


def relaxed_year(hits: list[Hit], misses: list[Miss], scope: Scope) -> Scope | None:
    """The scope without its year, when the year came from 今年/去年 and no article retrieved
    is of that year: a union officer's "今年" usually echoes the report's own wording ("今年新建
    基层工会49家") about material of earlier years. The answer then says which year each fact
    is from (see qa._year_note). None when the year stays: some article is of that year, or
    something else than the year set the hits aside."""
    if not scope.relative_year or not any(m.reasons == ("year",) for m in misses):
        return None
    if any(hit.metadata.get("year") == scope.year or f"{scope.year}年" in hit.text for hit in hits):
        return None
    return replace(scope, year=None, relative_year=False)


def check_scope(hits: list[Hit], scope: Scope, articles: dict[str, str] | None = None) -> tuple[list[Hit], list[Miss]]:
    """The hits that fit the scope, and those set aside with their reasons.

    `articles` (doc id -> clean text) lets a unit or place the article names anywhere count,
    not only in the retrieved chunk. An article that states no period does not contradict one,
    and an annual article does not contradict a half or a month; a year named in figures is
    confirmed only by an article of that year or one that says it (今年/去年 ask of the report's own).
    """
    kept: list[Hit] = []
    misses: list[Miss] = []
    for hit in hits:
        reasons = _reasons(hit, scope, (articles or {}).get(hit.doc_id, hit.text))
        if reasons:
            misses.append(Miss(hit, reasons))
        else:
            kept.append(hit)
    return kept, misses


# ---------------------------------------------------------------- saying so


def out_of_scope_message(scope: Scope, misses: list[Miss]) -> str:
    """"资料中没有关于青禾县总工会的内容。" when no hit was about the unit or place asked;
    otherwise the time was wrong: "资料中没有县直机关工会2024年下半年的总结。"."""
    # (a place said apart from the unit's name is whose it is: "武汉的银泰百货")
    who = (f"{scope.place}的{scope.unit}" if scope.unit and scope.place and scope.place not in scope.unit
           else scope.unit or scope.place or "")
    if all({"unit", "place"} & set(m.reasons) for m in misses):
        return f"资料中没有关于{who}的内容。"
    if scope.year_unknown:  # "前一年" of an answer whose articles say no year
        return f"资料中没有{who}那一年的内容（刚才回答所依据的材料没有写明是哪一年）。"
    return f"资料中没有{who}{scope.when()}的总结。"


def hit_label(hit: Hit) -> str:
    """Whose passage this is, for the nearest passages: "远航机械有限公司工会（2022年）"."""
    meta = hit.metadata
    who = whose(hit, "未署名文章")
    year, period = meta.get("year"), meta.get("period") or ""
    when = f"{year}年度" if year and period == "年度" else (f"{year}年" if year else "") + period
    return f"{who}（{when}）" if when else str(who)
