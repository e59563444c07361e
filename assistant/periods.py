"""Whether a sentence or an article is of the month, festival, period or year a question asks
about: an undated sentence inherits its article's month, a dated one must not contradict the question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer_types import QueryProfile
from assistant.enumeration import ordinal_value
from assistant.scope import (
    months_dated,
    months_named,
)

MONTH_MENTION = re.compile(r"(?<![个每0-9])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")


def _last_month(text: str) -> list[int]:
    """The last month a text names, as a one-item list ([] when it names none)."""
    found = [months_named(m.group(0)) for m in MONTH_MENTION.finditer(text)]
    return list(found[-1]) if found else []


# The festivals a union's year is dated by, with the months their activities fall in
# ("元旦春节送温暖" runs from December); 双节/两节 say no festival, the dates beside them do.
_FESTIVAL_MONTHS = {
    "元旦|新年": (12, 1), "春节|新春|年关": (12, 1, 2), "元宵": (1, 2, 3), "三八|妇女节": (2, 3), "五一|劳动节": (4, 5),
    "端午": (5, 6), "六一|儿童节": (5, 6), "七一|建党": (6, 7), "护士节": (5,), "中秋": (8, 9, 10), "教师节": (8, 9),
    "国庆": (9, 10), "重阳": (9, 10, 11), "冬至": (12,),
}
_FESTIVALS = [(re.compile(forms), frozenset(months)) for forms, months in _FESTIVAL_MONTHS.items()]
FESTIVAL_WORDS = re.compile("|".join(_FESTIVAL_MONTHS))


# honours named after a festival ("五一劳动奖章", "三八红旗手"): no day of the year
_FESTIVAL_HONOUR = re.compile(r"(?:五一|三八|五四)(?:劳动)?(?:奖章|奖状|红旗手|红旗集体|巾帼[\u4e00-\u9fff]{0,2}|文明岗|劳动奖|青年奖章)")


# "“五·一”", "三.八": a festival's numerals written with a dot between them
_DOTTED = re.compile(r"(?<=[一二三四五六七八九十])[·•・.．](?=[一二三四五六七八九十])")


def festivals_named(text: str) -> tuple[str, ...]:
    """The festivals a text names, each as the pattern of its forms, not counting honours named
    after one."""
    text = _FESTIVAL_HONOUR.sub("", _DOTTED.sub("", text))
    return tuple(forms for forms in _FESTIVAL_MONTHS if re.search(forms, text))


def names_festival(forms: str, text: str) -> bool:
    """The text names the festival (one of its forms, dotted or not)."""
    return re.search(forms, _DOTTED.sub("", text)) is not None


def other_festival(sentence: str, profile: QueryProfile) -> bool:
    """The question names a festival and the sentence names only others ("首届新年音乐联谊会" for
    "三八节那天组织了什么"): it tells of another day."""
    if not profile.festivals:
        return False
    named = festivals_named(sentence)
    return bool(named) and not set(named) & set(profile.festivals)


def period_otherwise(profile: QueryProfile, article: str) -> bool:
    """The question asks of a half or a quarter ("下半年") and the article dates what it tells only
    in other months ("上半年…", "3月…", "春节…"): its facts are of another time."""
    if not profile.months or profile.month_named:
        return False
    dated = months_dated(article) | festival_months(article)
    return bool(dated) and not dated & profile.months


def dated_otherwise(festival: str, article: str) -> bool:
    """The article never names the festival, and the months it names are all outside it."""
    months = months_named(article)
    return bool(months) and not names_festival(festival, article) and not months.intersection(_FESTIVAL_MONTHS[festival])


# the union's two seasonal campaigns: the words a question asks one by, the words and months an article tells it by
_CAMPAIGNS = (
    (r"送温暖|冬送|冬季|冬天|寒冬", r"送温暖|温暖工程|春节|新春|元旦|年关|两节|双节|岁末|年末|年底|年前|腊月|冬季|寒冬|冬日|冬天|冬至",
     frozenset((11, 12, 1, 2))),
    (r"清凉|防暑降温|高温|酷暑|夏季|夏天|盛夏", r"清凉|防暑降温|高温|酷暑|盛夏|夏季|夏日|夏天|三伏", frozenset((6, 7, 8, 9))),
)


def _tells_campaign(words: str, months: frozenset[int], text: str) -> bool:
    return re.search(words, text) is not None or bool(months_named(text) & months)


def other_campaign(profile: QueryProfile, text: str) -> bool:
    """The question asks of one seasonal campaign ("冬天送温暖又送了什么") and the article tells only of the
    other ("送清凉", "三伏天"), never of the one asked, its season or its months: its facts are the other
    campaign's. (A question naming both asks of both.)"""
    asked = "".join(profile.weights)
    cued = [(words, months) for cue, words, months in _CAMPAIGNS if re.search(cue, asked)]
    if len(cued) != 1:
        return False
    others = [(words, months) for _, words, months in _CAMPAIGNS if (words, months) != cued[0]]
    return not _tells_campaign(*cued[0], text) and any(_tells_campaign(*other, text) for other in others)


def festival_months(text: str) -> set[int]:
    """The months of the festivals a text names: "春节前慰问" is a question about December to
    February, and "中秋国庆前夕" dates a sentence as surely as "9月" does."""
    text = _FESTIVAL_HONOUR.sub("", _DOTTED.sub("", text))
    return {month for pattern, months in _FESTIVALS if pattern.search(text) for month in months}


def is_undated(sentence: str) -> bool:
    """The sentence names no month, festival or stretch of the year ("一年来", "全年") of its own."""
    return not (months_dated(sentence) or festival_months(sentence) or _YEAR_LONG.search(sentence))


_YEAR_LONG = re.compile(r"年来|全年|年内|以来|年初|年底|年末|上半年|下半年|季度")


def one_month_told(article: str, profile: QueryProfile) -> bool:
    """A month is named and the article dates what it tells in that month only ("5月9日，…开展…"
    for "红五月…讲的是谁"): its undated sentences tell of that month too."""
    dated = months_dated(article)
    return profile.month_named and bool(dated) and dated <= profile.months


def other_month(sentence: str, before: str, profile: QueryProfile) -> bool:
    """The question names a month (or a half or quarter) and the sentence, or the text just before
    it ("今年1月份，…送温暖。医院工会给困难职工…"), is dated in other months only ("3月25日…" for "6月份开了什么会",
    "五月…" or "上半年新建…" for "下半年"), or, for a month named, not dated at all: it is about another time."""
    if not profile.months:
        return False
    # a sentence that says the half asked is about it, whatever month it is dated ("9月7日…对上半年工作进行了小结")
    named = (months_dated(sentence) | festival_months(sentence)) or (set(_last_month(before)) if profile.month_named else set())
    if not named:
        return profile.month_named  # "6月份开了什么会" is not answered by an undated sentence
    return not named & profile.months


_DAY = re.compile(r"(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])[日号]")
_N = r"(?:[12]\d|3[01]|0?[1-9])"
# a day written without its month ("5日，凤凰驿站…"), as a paragraph goes on from a dated sentence ("3号厂房", "5号线" are
# no days, nor "1号、2号线": 号 only before a pause)
_BARE_DAY = re.compile(rf"(?<![\d月.])({_N})(?:日(?![期前后内])|号(?=[，,。；;\s]))")
# "12月5日至12月8日", "12月5日至8日", "5日至8日", "12月30日至1月2日": the days between count as the range's own
_DAY_RANGE = re.compile(rf"(?:(1[0-2]|0?[1-9])月)?({_N})[日号]?\s*(?:至|到|—|-|～|~)\s*(?:(1[0-2]|0?[1-9])月)?({_N})[日号]")
# "12月5日、6日", "12月5日和6日": a second day of the month just written
_MORE_DAYS = re.compile(rf"\s*(?:、|和|及|与|，|,)\s*({_N})[日号]")
_CUTOFF = re.compile(r"(?:截至|截止到?|到|至)\s*$")
# a sentence dated by a word of its own ("次日", "当天"… after a festival, "十五日") is no day of the paragraph's last date
_OWN_TIME = re.compile(r"次日|翌日|第二天|隔天|前一天|节(?:当天|当日|期间|前夕|之际)|周[一二三四五六日末]|[一二三四五六七八九十]+日")
_CN_DATE = re.compile(r"(十[一二]?|[一二三四五六七八九])月(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")
def _in_digits(text: str) -> str:
    """Dates in Chinese numerals written in digits ("十二月五日" -> "12月5日")."""
    return _CN_DATE.sub(lambda m: f"{ordinal_value(m.group(1))}月{ordinal_value(m.group(2))}日", text)


def days_named(text: str) -> frozenset[str]:
    """The days a text names as when something was done, written one way ("12月5号" and "12月05日" are 12月5日);
    a cutoff ("截至12月31日") is no such day."""
    text = _in_digits(text)
    return frozenset(f"{int(m.group(1))}月{int(m.group(2))}日" for m in _DAY.finditer(text) if not _cut_off(text, m))


def _cut_off(text: str, found: re.Match[str]) -> bool:
    """The day found is an end or a deadline ("截至12月31日", "持续至12月31日")."""
    return _CUTOFF.search(text[max(0, found.start() - 3) : found.start()]) is not None


def _days_told(text: str) -> set[tuple[int | None, int]]:
    """(month, day) of every day the text dates by, ranges spelled out; a day written without its month has none."""
    text = _in_digits(text)
    told: set[tuple[int | None, int]] = set()
    for found in _DAY_RANGE.finditer(text):
        first_month = int(found.group(1)) if found.group(1) else None
        last_month = int(found.group(3)) if found.group(3) else first_month
        first, last = int(found.group(2)), int(found.group(4))
        if first_month == last_month:
            told |= {(first_month, day) for day in range(first, last + 1)}
        elif first_month is not None and last_month is not None:  # "12月30日至1月2日"
            told |= {(first_month, day) for day in range(first, 32)} | {(last_month, day) for day in range(1, last + 1)}
    for found in _DAY.finditer(text):
        told.add((int(found.group(1)), int(found.group(2))))
        at = found.end()
        while more := _MORE_DAYS.match(text, at):
            told.add((int(found.group(1)), int(more.group(1))))
            at = more.end()
    if not told:
        told = {(None, int(m.group(1))) for m in _BARE_DAY.finditer(text)}
    return told


def other_day(sentence: str, before: str, profile: QueryProfile) -> bool:
    """The question names a day ("12月5日那场…") and the sentence is dated, by itself or by the last day written
    before it in its paragraph, on other days only ("12月11日，…惠及职工50余人"; a bare "5日" is the day's own, a range
    "12月5日至8日" holds each of its days): another day's event. A sentence that says a time of its own in words
    ("次日", "妇女节当天") is not dated by the paragraph."""
    if not profile.days:
        return False
    told = _days_told(sentence)
    if not told and not _OWN_TIME.search(_in_digits(sentence)):
        paragraph = _in_digits(before.rsplit("\n", 1)[-1])
        # (an end or a deadline, "持续至12月31日", "截止到12月20日", dates nothing that follows)
        last = max((m for m in (*_DAY.finditer(paragraph), *_BARE_DAY.finditer(paragraph)) if not _cut_off(paragraph, m)),
                   key=lambda m: m.start(), default=None)
        told = _days_told(paragraph[last.start() :]) if last else set()
    asked = {(int(m.group(1)), int(m.group(2))) for day in profile.days for m in [_DAY.fullmatch(day)] if m}
    return bool(told) and not any(day == asked_day and month in (None, asked_month)
                                  for month, day in told for asked_month, asked_day in asked)


_DATED_YEAR = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?![^，,。；;]{0,6}(?:以来|至今|起|开始))")
ASKED_YEAR = re.compile(r"((?:19|20)\d\d)年")


@lru_cache(maxsize=256)
def _years_asked(anchors: tuple[str, ...]) -> frozenset[str]:
    """The years a question's anchors name ("2012年" -> 2012), read once per question, not per sentence."""
    return frozenset(m.group(1) for a in anchors for m in [ASKED_YEAR.fullmatch(a)] if m)


def dated_other_year(sentence: str, profile: QueryProfile) -> bool:
    """The question names a year and the sentence dates what it tells in other years only
    ("2011年9月在宿迁召开…" for "2012年评出了多少"): a report of one year recalls earlier ones.
    A date the sentence counts from ("自2011年9月以来") reaches the year asked."""
    asked = _years_asked(profile.anchors)
    dated = set(_DATED_YEAR.findall(sentence))
    return bool(asked) and bool(dated) and not dated & asked


# 今年/去年 dating a fact; not a comparison with it ("比去年同期", "较上年增长") nor a plan
_RELATIVE_YEAR = re.compile(r"(?<![比较与同和跟])(今年|本年度?|去年|上年度?)(?!同期|同比|度计划|的?(?:工作)?计划)")


_BUILT_ON = re.compile(r"[^，,。；;]{0,12}?(?:的)?基础上")


def relative_year_otherwise(sentence: str, profile: QueryProfile, own_year: object) -> bool:
    """The question names a year and the sentence tells its fact by 今年/去年, which are the article's own
    year or the one before: unless that year is known and is the one asked, the fact is of a year nobody
    can tie to the question ("今年以来…取得成果189件" on an undated page does not answer "2022年全年").
    A sentence that writes the year asked as well is of it."""
    asked = _years_asked(profile.anchors)
    said = _RELATIVE_YEAR.search(sentence)
    if not asked:
        return _other_relative_year(sentence, profile.relative, own_year)
    if not said or any(f"{year}年" in sentence for year in asked):
        return False
    if not isinstance(own_year, int):
        return True
    meant = own_year if said.group(1) in ("今年", "本年", "本年度") else own_year - 1
    return str(meant) not in asked


def relative_year_asked(question: str) -> str:
    """"去年…多少" -> 去年, "今年以来…" -> 今年: the year a question tells by the report's own words; ""."""
    said = _RELATIVE_YEAR.search(question)
    return _which_year(said.group(1)) if said else ""


def _which_year(word: str) -> str:
    """今年/本年/本年度 are 今年; 去年/上年/上年度 are 去年."""
    return "今年" if word.startswith(("今", "本")) else "去年"


def _other_relative_year(sentence: str, asked: str, own_year: object) -> bool:
    """"去年在册会员有多少" of a report that gives no year: the report's 去年 is the one its words can be
    matched to, so its sentences telling of its own year ("目前…，今年…") are of another; and a sentence of
    its 去年 does not answer "今年", nor one saying no year "去年". (A report whose year is known is matched by that year instead.)"""
    if not asked or isinstance(own_year, int):
        return False
    # "由去年的468人增至520人", "在去年参保的基础上": the year a change starts from or builds on, not the one the
    # sentence tells of ("去年在原有基础上新增…" is of 去年)
    found = list(_RELATIVE_YEAR.finditer(sentence))
    said = {_which_year(m.group(1)) for m in found if sentence[m.start() - 1 : m.start()] not in ("由", "从")}
    # (a baseline's year is told too: "在去年新建5家的基础上" says 去年's 5家, and the rest is of the report's own time)
    if any(sentence[m.start() - 1 : m.start()] == "在" and _BUILT_ON.match(sentence, m.end()) for m in found):
        said.add("今年")
    # a sentence saying neither tells of the report's own time, which is its 今年
    return asked not in said if said or asked == "去年" else False
