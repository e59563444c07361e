"""What one clean article says about itself: year, period, reporting unit, unit kind, level.

These fields drive the retrieval filters ("2023年", "学校工会", "县总工会") and the drafting
prompts, so they must be right or absent: a wrong year is worse than none. The genre is
formulaic (titles like "2023年XX局机关工会工作总结", openings like "20xx年，XX工会在…领导下",
a signature line above the date), so small readable rules do the job offline. Every rule is
general (a regex or a short vocabulary), never a string taken from a particular page.

Input is one article as ``ingest.clean`` leaves it: simplified, ASCII letters and digits
half-width, Chinese or ASCII punctuation, one paragraph per line, site placeholders
(XX, xx, 20xx, 20__, **, ~年, ___) kept. A placeholder never becomes a number, and a unit
name keeps its placeholders ("XX县总工会" stays as written, because the rest of the name
still tells kind and level) unless nothing but generic words would be left ("XX工会").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ingest.clean import POST_LABEL
from ingest.headings import SALES_WORD
from ingest.name_shield import STAND_IN_CLASS, shared_jieba, shield_names, unshield

__all__ = [
    "ArticleMetadata",
    "classify_level",
    "classify_unit_kind",
    "extract_metadata",
    "extract_period",
    "extract_unit",
    "extract_year",
    "refines",
]

MIN_YEAR, MAX_YEAR = 1990, 2100
OPENING_CHARS = 300  # where the year and the opening-sentence unit are looked for
PERIOD_WINDOW = 200  # how much of the body may state the period
SIGNATURE_LINES = 3  # the signature sits among the last lines, often just above the date


@dataclass(frozen=True)
class ArticleMetadata:
    """Everything ingest knows about an article beyond its text; None means "not stated"."""

    year: int | None = None
    period: str | None = None  # 年度 / 上半年 / 下半年 / 季度
    unit: str | None = None
    unit_kind: str | None = None  # 机关 教育 企业 医疗 园区 县总工会 市总工会 省总工会 其他
    level: str | None = None  # 省 市 县 区 乡镇


# ---------------------------------------------------------------- years

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "0": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3,
             "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = r"[一二][〇○零0OＯ一二三四五六七八九]{3}"
_ARABIC_YEAR = r"(?<![0-9])(?:19|20|21)[0-9]{2}(?![0-9])"
_BLANK = r"[xX×*_＿~～]"
# "20xx年" "XX年" "xxxx年" "20__年" "_年" "~年" "20**年" "二〇XX年" "20  年"
_PLACEHOLDER_YEAR = rf"(?:(?:19|20|二[〇○零0])?{_BLANK}+|20\s+)\s*(?=年)"
_REAL_YEAR_RE = re.compile(rf"(?P<arabic>{_ARABIC_YEAR})|(?P<cn>{_CN_YEAR})(?=年)")
_ANY_YEAR_RE = re.compile(rf"{_REAL_YEAR_RE.pattern}|(?P<blank>{_PLACEHOLDER_YEAR})")
_CN_MONTH = r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九正])"
_CN_DAY = r"(?:[0-9]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_DATE_AT_END_RE = re.compile(
    rf"(?:(?P<y1>{_ARABIC_YEAR}|{_CN_YEAR}|{_BLANK}+|20{_BLANK}*)\s*年\s*{_CN_MONTH}\s*月(?:\s*{_CN_DAY}\s*日)?"
    rf"|(?P<y2>{_ARABIC_YEAR})\s*[.．/\-]\s*[0-9]{{1,2}}\s*[.．/\-]\s*[0-9]{{1,2}}日?)\s*$"
)
# "自2008年" "于2019年成立" describe the unit's history, not the year reported on.
_SINCE_BEFORE = re.compile(r"[自从于]\s*$")
# "…工作总结及2024年工作计划": that year belongs to the plan, not to what is summarised.
_PLAN_YEAR_AFTER = re.compile(r"^年?度?(?:工会)?(?:工作)?(?:计划|打算|思路|安排|要点|设想)")
FOUNDING_VERBS = "成立|建立|组建|设立|创立|创建"  # a body set up, as reports and questions say it
_SINCE_AFTER = re.compile(rf"^年?\s*(?:[0-9一二三四五六七八九十]{{1,2}}月)?(?:{FOUNDING_VERBS}|起|开始)")


def _year_value(match: re.Match[str]) -> int | None:
    if match.group("arabic"):
        value = int(match.group("arabic"))
    elif match.group("cn"):
        value = int("".join(str(_CN_DIGIT[c]) for c in match.group("cn")))
    else:
        return None
    return value if MIN_YEAR <= value <= MAX_YEAR else None


def _title_and_body(title: str, text: str) -> tuple[str, list[str]]:
    """The title to use and the body lines; the text may repeat the title as its first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = title.strip()
    if lines and title and _squash(lines[0]) == _squash(title):
        lines = lines[1:]
    elif lines and not title and _looks_like_title(lines[0]):
        title, lines = lines[0], lines[1:]
    return title, lines


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _looks_like_title(line: str) -> bool:
    return len(line) <= 40 and not re.search(r"[。，,；;！!？?]", line)


_BYLINE_LABEL_RE = re.compile(POST_LABEL)
BYLINE_CHARS = 80  # a byline is a short line; a paragraph that quotes a source is running text


def _posted_line(line: str) -> bool:
    """"2012年02月24日 来源：… 作者：…": when and where the page was posted, not what the article reports (a
    sentence with a source in brackets, "…举办运动会（来源：青禾日报）", is the article's)."""
    return (len(line) <= BYLINE_CHARS and bool(_BYLINE_LABEL_RE.search(line)) and not re.search(r"[，。；！？]", line)
            and bool(re.match(rf"\s*(?:{_BYLINE_LABEL_RE.pattern}|(?:19|20)\d\d\s*[年\-/.])", line)))


def _opening(body: list[str], limit: int = OPENING_CHARS) -> str:
    """The first body paragraphs, up to ``limit`` characters, addressee lines left out."""
    out: list[str] = []
    size = 0
    for line in body:
        if _ADDRESSEE_RE.match(line) or _posted_line(line):
            continue
        out.append(line)
        size += len(line)
        if size >= limit:
            break
    return "\n".join(out)[:limit]


def _end_date_year(body: list[str]) -> int | None:
    for line in reversed(body[-SIGNATURE_LINES:]):
        match = _DATE_AT_END_RE.search(line)
        if match:
            real = _REAL_YEAR_RE.match(line, match.start())  # None for a blanked-out year
            return _year_value(real) if real else None
    return None


# a year the opening says is summed up ("召开2012年度工会工作总结表彰会"), before the date of the meeting that did it
_SUMMED_UP_YEAR_RE = re.compile(rf"(?:{_REAL_YEAR_RE.pattern})年度?(?:[^，。；\d]{{0,8}}?)(?:工作)?总结")


_SUMS_UP_YEAR_RE = re.compile(rf"总结(?:{_REAL_YEAR_RE.pattern})年度?(?:的)?(?:工会)?工作")  # "召开专题会议，总结2014年工作"


def summed_up_year(opening: str) -> int | None:
    """The year an article's opening says it sums up ("举行2012年度工会工作总结表彰会", "总结2014年工作"), or None;
    the answerer takes it as the article's year beside the date of the meeting that opens it (the stored year
    stays the one written first: a meeting's news is filed under the day it was held)."""
    found = _SUMMED_UP_YEAR_RE.search(opening) or _SUMS_UP_YEAR_RE.search(opening)
    return _year_value(found) if found else None


def extract_year(title: str, text: str) -> int | None:
    """The year the article reports on, or None; a placeholder year never becomes a number.

    Order: (1) the first real year in the title ("2021年…工作总结" wins over any year in the
    text), except the year of an appended plan ("…总结及2024年工作计划"); (2) the first year written in the opening paragraphs, unless that year is a
    placeholder ("20xx年度", "XX年"), which stops the search, or a history mention
    ("自2008年成立以来"), which is skipped; (3) the report date at the very end
    ("二〇〇四年十二月十五日"), taken as written. Arabic and Chinese-numeral years both count.
    """
    title, body = _title_and_body(title, text)
    for match in _REAL_YEAR_RE.finditer(title):
        value = _year_value(match)
        if value and not _PLAN_YEAR_AFTER.match(title[match.end():]):
            return value
    opening = _opening(body)
    for match in _ANY_YEAR_RE.finditer(opening):
        if match.group("blank") is not None:
            break  # the site blanked the year out: say nothing rather than guess
        if match.group("arabic") and not opening.startswith("年", match.end()):
            continue  # a bare number such as 2000元 is not a year in running text
        if _SINCE_BEFORE.search(opening[: match.start()]) or _SINCE_AFTER.match(opening[match.end():]):
            continue
        value = _year_value(match)
        if value:
            return value
    return _end_date_year(body)


# a page's post stamp: a labelled date ("发布日期:2023-02-21", "发布时间：2023年2月21日") or a date with its clock
# time ("2023-02-21 17:18"); a bare date in a header may be the site's clock ("今天是2026年12月1日 星期二")
_STAMP_RE = re.compile(r"(?:(?:发布|发表|更新|上传|(?<!当前)(?<!现在)(?<!北京)(?<!今天))(?:时间|日期)"
                       # (a post's own label needs no colon, "发布时间2022-08-01"; a bracket may wrap the date, "【2023-07-14】")
                       r"(?:\s*[:：]|(?<=[布表新传]时间|[布表新传]日期))\s*[【\[（(]?\s*(?P<y1>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m1>\d{1,2}))"
                       r"|(?:(?<!\d)(?P<y2>(?:19|20)\d{2})[-/](?P<m2>\d{1,2})[-/]\d{1,2}\s+\d{1,2}:\d{2})"
                       # a numeric date among a post's labels ("作者: 教育工会 2017-03-08 来源:教育工会")
                       r"|(?:(?:作者|来源|编辑|责编|发布人)\s*[:：][^\n]{0,30}?(?<!\d)(?P<y5>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m5>\d{1,2})\s*[-/.月]\s*\d{1,2}(?!\d))"
                       # "发布于 2017-03-08", "录入时间2022-08-01", a date in 〔〕 alone on its line
                       r"|(?:(?:发布于|录入时间|录入日期)\s*[:：]?\s*[【\[（(〔]?\s*(?P<y6>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m6>\d{1,2}))"
                       r"|(?:^[ \t]*〔(?P<y7>(?:19|20)\d{2})[-/.](?P<m7>\d{1,2})[-/.]\d{1,2}〕[ \t]*$)"
                       # a line that is a full date and nothing else, under the headline ("2019年05月10日")
                       r"|(?:^[ \t]*(?P<y3>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m3>\d{1,2})\s*[-/.月]\s*\d{1,2}\s*日?[ \t]*$)"
                       # the same with the year last ("03.02.2021  02:32": day first with dots, month first with slashes)
                       r"|(?:^[ \t]*(?P<d4>\d{1,2})(?P<sep4>[./])(?P<m4>\d{1,2})(?P=sep4)(?P<y4>(?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$)",
                       re.MULTILINE)
# news that opens with the day of what it tells ("2月20日下午，…", "近日，…") and no year
_UNDATED_NEWS_RE = re.compile(r"(?<![年\d])(?P<month>\d{1,2})月\d{1,2}[日号]|近日|日前|昨日|近期")
# a day announced ahead ("定于3月5日举办"), not one the news tells of; a year looked back on (a report)
_AHEAD_RE = re.compile(r"(?:定于|将于|拟于|计划于|将在|拟在)$")
# a lead telling a meeting or a look back (a January 全委会 sums up the year before; "去年…回头看")
_SUMS_UP_RE = re.compile(r"会议|大会|全委|工作会|总结|表彰|回头看|去年|上年|回顾")
_YEAR_LOOKED_BACK_RE = re.compile(r"一年来|过去的?一年|全年|年终|总结")  # not 年度 alone: "年度感恩仪式" is an event
NEWS_DAY_CHARS = 300  # a news item tells the day of what it reports in its first lines


# "施书记指出，在过去的一年里…": a person speaking (not "报告指出", "会议指出": the report's own look back)
_SPEECH_BEFORE_RE = re.compile(r"(?:书记|主席|局长|校长|院长|部长|主任|会长|经理|厂长|同志|[他她])[^，,。！？]{0,6}"
                               r"(?:指出|表示|强调|说|讲话中|致辞中?)[，,：:]?[^。！？]*$")


def _looks_back(text: str) -> bool:
    """The text looks back on a year itself, not in a speaker's words ("施书记指出，在过去的一年里…" is a meeting's news)."""
    return any(not _SPEECH_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()]) for m in _YEAR_LOOKED_BACK_RE.finditer(text))


def _written_year(opening: str) -> bool:
    """The opening writes a year of its own, not only one something began in ("根据2012年设立的…项目")."""
    return any(not _SINCE_BEFORE.search(opening[: match.start()]) and not _SINCE_AFTER.match(opening[match.end():])
               for match in _ANY_YEAR_RE.finditer(opening))


def _months_of_year_last(stamp: re.Match[str]) -> list[int]:
    """The months a date with the year last may mean: "03.02.2021" is written day first (February); "02/03/2021"
    either way (February or March), unless a part is over 12 (then it is the day)."""
    if stamp.group("sep4") == ".":
        return [int(stamp.group("m4"))]
    return [part for part in (int(stamp.group("d4")), int(stamp.group("m4"))) if 1 <= part <= 12]


def stamped_year(head: str, title: str, text: str, retrospect: int | None = None) -> int | None:
    """The year of a news item that writes none: its page's post stamp ("发布日期:2023-02-21") dates a story
    that tells the day of what it reports in its first lines ("2月20日下午，…"; a month after the stamp's is
    the year before). None for an article that writes a year of its own or tells no day: a report's year is
    what it sums up, not when it was posted. Given the year read from the text (`retrospect`), a later stamp
    year is the item's own when its first lines write no year: "近日，…送清凉…" and further on "2021年，全市寄递
    业务量…" is news of the stamp's year citing the year before."""
    title, body = _title_and_body(title, text)
    stamp = _STAMP_RE.search(head)
    # (the first three lines of running text: not a headline, nor a site's slogan above the lead, "尊享好礼！…", which
    # holds no comma or full stop)
    lines = [line for line in body if not _looks_like_title(line) and re.search(r"[，,。]", line)][:3]
    first_lines = "".join(lines)[:NEWS_DAY_CHARS]
    opening = _UNDATED_NEWS_RE.search(first_lines)
    # (a news item that looks back on a year, "过去一年，…", tells of two years: its post dates neither)
    if not stamp or not opening or _looks_back(title + first_lines):
        return None
    if retrospect is None:
        if _written_year(title + _opening(body)):
            return None
    else:  # the news day told in the lead (its first paragraph), which writes no year and tells no meeting or look back
        lead = lines[0] if lines else ""
        if _written_year(title + lead) or opening.start() >= len(lead) or _SUMS_UP_RE.search(title + lead):
            return None
    if _AHEAD_RE.search(first_lines[max(0, opening.start() - 3) : opening.start()]):
        return None  # "定于3月5日…": when it will be, posted before it
    year = int(next(stamp.group(f"y{n}") for n in range(1, 8) if stamp.group(f"y{n}")))
    months = ([int(next(stamp.group(f"m{n}") for n in (1, 2, 3, 5, 6, 7) if stamp.group(f"m{n}")))] if not stamp.group("y4")
              else _months_of_year_last(stamp))
    told = int(opening.group("month")) if opening.group("month") else max(months)
    year = year - 1 if all(told > month for month in months) else year
    return year if retrospect is None or year > retrospect else None  # (a later year only: the text's own stands)


# ---------------------------------------------------------------- period

_PLAN_AFTER = r"(?!的?(?:工作)?(?:计划|安排|打算|思路|设想|要点|目标|重点|任务))"
# Each period's markers; where several occur, the one written first decides.
_PERIOD_TITLE_RULES: tuple[tuple[str, str], ...] = (
    ("上半年", r"上半年|(?<![上下])半年|年中"),
    ("下半年", r"下半年"),
    ("季度", r"第?[一二三四1-4]季度|季度"),
    ("年度", r"年终|(?<!半)年度|全年|一年来|(?<![半上下])年(?:工会)?(?:工作)?(?:总结|小结|汇报|报告)"),
)
_PERIOD_TEXT_RULES: tuple[tuple[str, str], ...] = (
    ("上半年", r"上半年" + _PLAN_AFTER + r"|(?<![上下])半年(?:来|以来|工作)|(?:1|一)\s*[-—~～至到]\s*(?:6|六)月"),
    ("下半年", r"下半年" + _PLAN_AFTER),
    ("季度", r"(?<![每各])第?[一二三四1-4]季度"),  # not "每一季度"
    ("年度", r"一年来|过去的?一年|年终|(?<!半)年度|全年(?!(?:任务|目标|指标))|一年的工作"),
)
# A title that names a year and is a summary is an annual summary unless it says otherwise
# (a school term, "学期", is neither a year nor a half of one).
_YEAR_SUMMARY_TITLE_RE = re.compile(
    rf"^(?!.*学期).*(?:{_ARABIC_YEAR}|{_CN_YEAR}年|{_PLACEHOLDER_YEAR}年).*(?:总结|报告)"
)


# A title a template or essay site gives its page ("年终总结模板", "下半年工作总结范文（之3）"): the
# period it names was chosen for the collection; the report's own opening is the better witness.
_TEMPLATE_TITLE_RE = re.compile(r"范文|模板|大全|精选|例文|样本|示例|参考|（之\d+）|第[一二三四五六七八九十\d]+篇")


def _first_period(s: str, rules: tuple[tuple[str, str], ...]) -> str | None:
    best: tuple[int, str] | None = None
    for period, pattern in rules:
        match = re.search(pattern, s)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), period)
    return best[1] if best else None


def extract_period(title: str, text: str) -> str | None:
    """年度 / 上半年 / 下半年 / 季度 where the article states it, else None.

    The title decides first ("半年工作总结" -> 上半年, "年终工作总结" -> 年度, "2021年…工作总结"
    -> 年度), unless it is a template site's label ("年终总结模板") and the body states its own
    period; then the first ``PERIOD_WINDOW`` characters of the body ("上半年，…", "半年来",
    "一年来", "第一季度"). Plans for the coming half ("下半年工作计划") and "全年任务" (a
    half-year report measuring progress) do not count in the body.
    """
    title, body = _title_and_body(title, text)
    period = _first_period(title, _PERIOD_TITLE_RULES)
    if period and _TEMPLATE_TITLE_RE.search(title):  # a collection's label, not the report's own title
        return _first_period(_opening(body, PERIOD_WINDOW), _PERIOD_TEXT_RULES) or period
    if period:
        return period
    if _YEAR_SUMMARY_TITLE_RE.search(title):
        return "年度"
    summed_up = _SUMS_UP_HALF_RE.search("\n".join(body))
    return _first_period(_opening(body, PERIOD_WINDOW), _PERIOD_TEXT_RULES) or (summed_up.group(1) if summed_up else None)


# "回顾2015年上半年的工作，…", "以上是我院工会上半年所做的工作": a report that says further on which half it sums up
_SUMS_UP_HALF_RE = re.compile(r"(?:回顾|总结|以上是)[^。，,；;\n]{0,12}?(上半年|下半年)")


# ---------------------------------------------------------------- unit

_UNION_SUFFIX = r"(?:工会工作委员会|工会委员会|工会联合会|联合工会|总工会|工联会|工会)"  # 工联会: 工会联合会 shortened
# Characters that end a name when walking through running text (particles, pronouns, dates).
_STOP_CHARS = "的了在于与和及我们是为对将把被从向由等这那其之年月日今去以并已共又也都还虽但就"
NAME_STOP_CHARS = _STOP_CHARS  # for the question's name reader, which must keep the same names whole
# a department named by two trades joined by 和 ("林业和草原局", "人力资源和社会保障局"): 和 after a trade (no
# body's end before it) and before another trade that a department's kind ends, with no area or union between
# (the first trades of the departments so named: "交警和公安局" is two bodies, "主席张明和教育局" a person and one)
_JOINED_TRADES = ("林业", "住房", "人力资源", "文化", "工业", "自然资源", "教育", "卫生", "科学技术", "发展", "民族", "商务",
                  "农业", "水利", "国土资源", "新闻出版", "广播电视", "体育", "交通运输", "城乡", "生态环境", "财政", "审计", "粮食")
TRADES_JOINED = (r"(?:" + "|".join(f"(?<={trade})" for trade in _JOINED_TRADES) + r")[和与]"
                 r"(?=(?:(?![省市县区工的了在于与和及是为对将把被从向由到赴等])[\u4e00-\u9fff]){1,6}?(?:局|厅|委))")
TRADES_JOINED_RE = re.compile(TRADES_JOINED)
_NAME_CHAR = rf"(?:(?![{_STOP_CHARS}])[\u3007\u4e00-\u9fffA-Za-z0-9×*_＿{STAND_IN_CLASS}]|{TRADES_JOINED})"
_NAME_AT_START_RE = re.compile(rf"^({_NAME_CHAR}{{0,20}}?{_UNION_SUFFIX})")
_NAME_FULL_RE = re.compile(rf"{_NAME_CHAR}{{0,24}}?{_UNION_SUFFIX}")
# "市总工会机关工会": the union of an office inside a larger body continues the name.
_NAME_CONTINUATION_RE = re.compile(r"^(?:直属)?机关(?:分)?工会(?:委员会)?")
_ADDRESSEE_RE = re.compile(rf"^{_NAME_CHAR}{{0,24}}{_UNION_SUFFIX}\s*[：:]?$")
_PLACEHOLDER_RE = re.compile(r"[xX]{2,}|[×*_＿~～]+|某+")
_GENERIC_CORES = {"", "单位", "基层", "上级", "各级", "分", "总", "本", "该", "我", "全"}
# ... and words that count or point ("每次工会工作会上", "这次工会换届"): running text, never a name
# ("许多工会干部", "不少工会组织": how many, never whose)
_GENERIC_PREFIX_RE = re.compile(r"^(?:各|全|上级|基层|下属|所属|相关|有关|其他|其它|该|本|我|每|这|此|历[次届年]|[一两几多]次"
                                r"|许多|很多|不少|一些|大?部分|一部分|绝?大多数|多数|大多|少数|众多|若干|诸多|所有|个别|多家|几家|大批|大量"
                                r"|第[一二三四五六七八九十百\d]+[届次]|[一二三四五六七八九十两\d]+[家个所名]|\d+位)")  # "第三届工会": a term; "11家…", "2名工会工作者": a count
# Words that show the "name" is really a phrase of running text or of a title.
_NOT_A_NAME_RE = re.compile(
    r"第[一二三四五六七八九十百\d]+[次届]|祝贺|庆祝|热烈|出席|工作|总结|报告|范文|计划|活动|组织|参加|开展|召开|举办|举行|认真|积极|配合|参与|选举|按照|根据"
    r"|围绕|结合|坚持|深入|加强|干部|职工|会员|广大|全体|领导|指导|支持|成立|带领|关心"
    r"|选出|产生|正式|完成|建立|组建|换届|健全|调整|充实|设立|成为|作为|通过|经过|进行|实现"
    # verbs and adverbs of a resolution ("努力提高工会组织的效率"): a phrase, never an organisation
    r"|努力|不断|进一步|切实|充分|大力|着力|提高|提升|增强|做好|发挥|推动|推进|履行|落实|贯彻|更好|更加|更为"
    # verbs of receiving ("获得柳岸新区工会工作先进集体称号"): the name after them is the giver's
    r"|获得|荣获|获评|授予|荣膺"
    # prepositions ("凭借市总工会发放的洗车月卡"): the name after them is what the clause leans on
    r"|凭借|依托|借助|依靠|随着|针对|面向"
    # a count of unions ("海曙12个楼宇工会吸纳会员3560名"): many bodies, no one's name (not "38所", "三家子镇": names)
    r"|(?:\d+(?:余|多)?(?:[个名位]|人次)|[两二三四五六七八九十百几多]+(?:余|多)?(?:个|名(?=工会|职工|会员|干部|代表|同志))|\d+家)[\u4e00-\u9fff]{0,8}$"
)
_LIST_ITEM_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．)])")
_SENTENCE_END_RE = re.compile(r"(?<=[。！？!?])")
# Removed from a title before looking for the name in it.
_TITLE_NOISE_RE = re.compile(
    r"【[^】]*】|\[[^\]]*\]|第\s*[0-9一二三四五六七八九十]+\s*篇|[0-9一二三四五六七八九十]+篇|篇\s*[0-9一二三四五六七八九十]+"
    rf"|(?:{_ARABIC_YEAR}|{_CN_YEAR}(?=年)|{_PLACEHOLDER_YEAR})(?:\s*年度|\s*年(?:\s*{_CN_MONTH}\s*月份?)?)?"  # "2013年11月…总结"
    r"|上半年度?|下半年度?|半年度?|年终|年度|全年|第?[一二三四1-4]季度|^关于"
    r"|学年|(?:第[一二]|上|下)?学期"
    rf"|{SALES_WORD}"
)
_TITLE_SPLIT_RE = re.compile(r"[\s，,。：:；;、！!？?（）()《》“”\"'‘’—\-|/·]+")
_TIME_PREFIX_RE = re.compile(
    rf"^(?:(?:{_ARABIC_YEAR}|{_CN_YEAR}|{_PLACEHOLDER_YEAR})\s*年度?(?:以来|来|里|中|上半年|下半年)?"
    r"|近年来|近几年来|一年来|半年来|今年(?:以来|上半年|下半年)?|去年|本年度|上半年|下半年|年初以来"
    r"|过去的?一年(?:里|中)?|自[^，,]{0,12}以来)"
)
# A news byline ("本报讯（记者 李明）", "本网讯", "陕西网讯") opens the story; its 本 is the paper, not the unit.
_BYLINE_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?[报刊网台站社])?(?:\d{1,2}月\d{1,2}日)?讯\s*(?:[（(][^）)]{0,30}[）)])?")
# the time a news lead opens with ("2013年2月1日下午，", "近日，", "3月23日下午,"): no part of what it tells
_LEAD_TIME_RE = re.compile(r"^【[^】]{1,12}】|^记者[\u4e00-\u9fff]{2,3}报道[:：]|^[（(][^）)]{0,30}(?:记者|通讯员)[^）)]{0,30}[）)]"
                           # a day with its part of the day and clock time, a comma after it or not ("3月23日上午9时青禾…")
                           r"|^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号](?:[至到-]\d{1,2}[日号])?(?:上午|下午|晚上|晚间|早上|中午|晚)?"
                           r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?|\d{1,2}:\d{2})?[，,]?"
                           r"|^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}[日号])?(?:[至到-]\d{1,2}[日号])?)?(?:上午|下午|晚上|晚间|早上|中午|晚)?[，,]"
                           r"|^(?:近日|日前|近期|近来|昨日|昨天|今天|今日)[，,]?")
LEAD_TITLE_CHARS = 36


def lead_title(text: str) -> str:
    """A headline-less news item's title from its first sentence, without its byline and time ("附属二院院工会在门诊
    四楼会议室举行2012年度工会工作总结表彰会"): what it tells, which a title made of its unit and year would not;
    cut at a comma when long. "" when it opens with no sentence."""
    first = re.split(r"[。！？!?\n]", text.strip(), maxsplit=1)[0].strip()
    first = _BYLINE_RE.sub("", first).strip()
    while _LEAD_TIME_RE.match(first):  # "【劳模表彰与关怀】2021年，…": a label, then a time
        first = _LEAD_TIME_RE.sub("", first, count=1).strip("，, ")
    # (a summary's opening adverbial, "在县委的正确领导下", or a place, "在区委会议中心", says nothing a title would)
    if len(first) < 8 or not re.search(r"[\u4e00-\u9fff]", first) or _ADVERBIAL_START_RE.match(first):
        return ""
    if len(first) <= LEAD_TITLE_CHARS:
        return first
    cut = max(first.rfind("，", 0, LEAD_TITLE_CHARS), first.rfind(",", 0, LEAD_TITLE_CHARS))
    return first[:cut] if cut >= 12 else first[:LEAD_TITLE_CHARS] + "…"


# "中国工会十八大", "市工会十五大": a congress of the union, an event the story tells about
_CONGRESS_AFTER_RE = re.compile(r"^(?:第)?[一二三四五六七八九十]{1,3}大")
_SELF_PREFIX_RE = re.compile(r"^(?:我们|我|本)(?:谨代表|代表)?")  # "我谨代表XX工会…": the speaker speaks for the union
# "我校中学工会" -> "中学工会": the speaker's own organisation ("我校", "本局") is not part of a
# name that goes on; "我局工会" keeps "局工会", all it says.
_SELF_ORGANISATION_RE = re.compile(r"^[我本][校局院厂所司]")
# A clause opening with a preposition names someone else: "受市总工会委托", "经县总工会批准".
# "受…委托", "根据…要求": the union after it is whose errand it is; "我受…" is the same said by the speaker
_PREPOSITION_START_RE = re.compile(r"^(?:(?:我们?|本人)受|受|按|据|根据|依|遵|随|经(?![济贸营]|开(?!展)))")  # "我随州市…" is no 随, "经开公交" (经济开发区) no 经
_CLAUSE_SPLIT_RE = re.compile(r"[，,。：:；;！!？?\n]")
_ADVERBIAL_START_RE = re.compile(r"^(?:在|当|随着|为了?|通过|围绕|面对|按照)")
# a clause a causative verb opens says what a purpose brings about ("确保工会工作取得实效"): its union is no subject
_CAUSATIVE_START_RE = re.compile(r"^(?:确保|保证|保障|促使|促进|推动|引导|使|让|令)(?=(?:各级|基层)?工会)")  # not 保障部工会
# a clause that only says when ("近日", "3月8日上午", "2023年12月25日"): no subject of the sentence
_WHEN_CLAUSE_RE = re.compile(r"^(?:(?:(?:19|20)\d{2}|[一二][〇○零0一二三四五六七八九]{3})年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                             r"(?:(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])[日号])?)?(?:上午|下午|中午|晚上|早上|晚|初|中旬|下旬|上旬|底)?$"
                             r"|^(?:近日|日前|近期|最近|目前|此前|随后|其间|期间|届时|今天|昨天|当天|当日|前不久|不久前)$")
# What a union named in someone else's news does: gives or announces ("中华全国总工会授予…",
# "市总工会发布…"), or stands before a post of a guest ("市总工会副主席赵某出席"). The news is
# about the one it honours or visits, not about it.
_OTHERS_NAME_RE = re.compile(r"^(?:授予|表彰|命名|发布|印发|下发|颁发|公布|通报|批复|批准|决定"
                             # "市总工会对…先进单位和先进个人予以通报表彰": whom it honours is the news
                             r"|对[^，,。；;]{2,60}?(?:单位|集体|先进个人|先进)[^，,。；;]{0,6}?(?:予以|给予|进行)(?:通报)?(?:表彰|表扬|命名)"
                             r"|对[^，,。；;]{2,60}?予以通报(?:表彰|表扬)"
                             r"|党组|[^，,。；;在的与和]{0,6}?(?:副?主席|副?书记|副?部长|副?处长|副?局长|副?会长))")


def _name_core(name: str) -> str:
    core = re.sub(rf"{_UNION_SUFFIX}$", "", name)
    return _PLACEHOLDER_RE.sub("", core)


def _is_meaningful(name: str) -> bool:
    """False for "工会", "XX工会", "基层工会", "单位工作工会": nothing says which union."""
    core = _name_core(name)
    return not (
        core in _GENERIC_CORES
        or _GENERIC_PREFIX_RE.match(core)
        or _NOT_A_NAME_RE.search(core)
        or not re.search(r"[\u4e00-\u9fff]", core)
    )


def _name_at_start(s: str) -> str | None:
    shorter = _SELF_ORGANISATION_RE.sub("", s)
    return (shorter != s and _named_union_at_start(shorter)) or _named_union_at_start(_SELF_PREFIX_RE.sub("", s))


# "青禾大酒店有限公司举行工会成立大会", "…公司成立工会": the body before the verb founds its own union
# how a body's name ends ("市一中": a numbered school, 第一中学 shortened)
_ORGANISATION_END = "公司|集团|厂|局|医院|学校|中学|小学|学院|大学|中心|社区|街道|酒店|银行|研究所|院|(?<=[一二三四五六七八九十])中"
_BODY_END = rf"{_ORGANISATION_END}|队|办|所|站|处|馆|社|矿|委|部"  # what a body's name ends in
_FOUNDS_UNION_RE = re.compile(rf"^(?P<body>.{{2,24}}?(?:{_ORGANISATION_END}))(?:举行|召开|成立|组建|举办)")


# "青禾广播电视台（文广集团）第三届工会会员代表大会…": the body whose union's term it is, its aside left out
# The body ends as an organisation does, or is a union already ("某市总工会第十五届工会委员会")
# and the congress its union convenes: "新港公司召开第四次工代会", "经开公交公司二届三次职工代表大会如期召开"
_TERM_OF_BODY_RE = re.compile(rf"^(?P<body>{_NAME_CHAR}{{2,24}}?(?:{_ORGANISATION_END}|台|站|馆|社|矿|处|所|工会))(?:[（(][^（()）]{{1,12}}[)）])?"
                              r"(?:第[一二三四五六七八九十\d]{1,3}届工会(?:会员|职工)?(?:代表大会|委员会|大会)"
                              r"|(?:召开|举行|举办)?(?:第?[一二三四五六七八九十\d]{1,3}[届次])+(?:职代会|工代会|(?:工会)?(?:职工|会员)代表大会)"
                              # "智能所召开2021年度工会总结会": the union's own meeting, whichever year it sums up
                              r"|(?:召开|举行|举办)了?(?:(?:19|20)\d\d年度?)?工会(?:工作)?(?:总结|表彰|会员|委员|成立))")


def _named_union_at_start(s: str) -> str | None:
    """The union a clause starts with; a stop character inside a known name ("成都", "和平区") is
    part of it (name_shield)."""
    name = _shielded_union_at_start(shield_names(s[:_NAME_SCAN_CHARS], _STOP_CHARS) + s[_NAME_SCAN_CHARS:])
    return unshield(name) if name else None


_NAME_SCAN_CHARS = 40  # a name at a clause's start, with what follows it, lies within this


def _shielded_union_at_start(s: str) -> str | None:
    term = _TERM_OF_BODY_RE.match(s)
    if term:
        body = term.group("body")
        union = body if body.endswith("工会") else body + "工会"
        if _is_meaningful(union):
            return union
    match = _NAME_AT_START_RE.match(s)
    if not match:
        return None
    name = match.group(1)
    founding = _FOUNDS_UNION_RE.match(name)
    if founding and _is_meaningful(founding.group("body") + "工会"):
        return founding.group("body") + "工会"
    more = _NAME_CONTINUATION_RE.match(s[match.end():])
    if more:
        name += more.group(0)
    return name if _is_meaningful(name) else None


# "——在青禾市总工会十四届七次委员（扩大）会议上的报告": the report is the work of the union whose meeting hears it
# (a speech there may be a guest's, so only a report counts)
_AT_MEETING_RE = re.compile(r"^[—－\-\s]*在(?=.{2,40}(?:会议|大会|全委会)上的(?:工作)?报告)")


# "…荣获“示范工会”称号": a quoted name in a title is an honour or a slogan, never the reporting union
_QUOTED_IN_TITLE_RE = re.compile(r"“[^”]{1,20}”|「[^」]{1,20}」|\"[^\"]{1,20}\"")


# "永州市博物馆（永州党史军事陈列馆）工会成立": an aside between a body and its union, which names the body again
_ASIDE_BEFORE_UNION_RE = re.compile(r"[（(][^（）()]{4,30}[）)](?=(?:机关)?(?:总)?工会)")  # not "（街道）", "（市、区）": or-asides


def _unit_from_title(title: str) -> str | None:
    """The union a title names; where none of its phrases names one, the phrases read as one ("青禾县第一中学 工会工作总结":
    a body and its union's report, set apart by a space)."""
    found = _unit_from_title_phrases(title)
    return found if found or " " not in title else _unit_from_title_phrases(re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", "", title))


def _unit_from_title_phrases(title: str) -> str | None:
    title = _ASIDE_BEFORE_UNION_RE.sub("", title)
    stripped = _AT_MEETING_RE.sub("", _TITLE_NOISE_RE.sub("", _QUOTED_IN_TITLE_RE.sub("，", title)))
    for segment in _TITLE_SPLIT_RE.split(stripped):
        segment = re.sub(r"^关于", "", segment)
        name = _name_at_start(segment)
        if name and not (_verb_only(name) and _UNION_WORK_AFTER.match(segment, segment.find(name) + len(name))):
            return name  # "创新工会工作 打造和谐之家": a verb and its object, not 前进工会
    return None


# "澧县教育局组织开展全县困难教职工慰问活动": a news headline that opens with the body that acted
_BODY_ACTING_RE = re.compile(rf"^(?P<body>{_NAME_CHAR}{{2,24}}?(?:{_ORGANISATION_END}))"
                             r"(?:组织|开展|召开|举行|举办|慰问|走访|看望|喜庆|欢度|庆祝|荣获|获评|喜获)"
                             # what a union does for its workers, not a department's own work ("开展根治欠薪专项行动")
                             r".*(?:职工|工会|会员|劳模|三八|五一|妇女|运动会|比赛|竞赛|困难|送温暖|帮扶|文体|疗休养|代会)")
_NOT_A_BODY_ACTING = re.compile(r"到|赴|走进|来到|前往|书记|局长|主任|主席|校长|院长|厂长|经理|部长|市长|县长|领导")


def _union_of_body_acting(title: str) -> str | None:
    """The union of the body a news headline opens with, when no union is named anywhere: its
    news is the union's work ("…局组织开展…慰问活动")."""
    acting = _BODY_ACTING_RE.match(_TITLE_NOISE_RE.sub("", title))
    if acting and _NOT_A_BODY_ACTING.search(acting.group("body")):
        return None  # "市委书记到青禾中学走访慰问": a visitor, not the body
    union = acting.group("body") + "工会" if acting else None
    return union if union and _is_meaningful(union) and _names_one_body(union) else None


def _unit_from_signature(body: list[str]) -> str | None:
    # The first line is never a signature: a name there, often with a colon, is the addressee.
    for line in reversed(body[1:][-SIGNATURE_LINES:]):
        line = _DATE_AT_END_RE.sub("", line)
        line = re.sub(r"^(?:落款|署名|单位)\s*[：:]", "", line).strip(" \t，,。")
        if len(line) <= 30 and _NAME_FULL_RE.fullmatch(line) and _is_meaningful(line):
            return line
    return None


def _opening_sentences(body: list[str], sentences: int = 2, paragraph: int = 0) -> str:
    """The first two sentences of the first paragraph (or the one `paragraph` further on) that is
    neither an addressee nor a numbered item: where the genre names its subject ("20xx年，XX工会在…")."""
    for line in body:
        # nor a line of buttons ("A+ A") that opens no paragraph
        if (_ADDRESSEE_RE.match(line) or _LIST_ITEM_RE.match(line) or _posted_line(line) or _ORIGINAL_TITLE_RE.match(line)
                or not re.search(r"[\u4e00-\u9fff]", line)):
            continue
        if paragraph:
            paragraph -= 1
            continue
        return "".join(_SENTENCE_END_RE.split(line)[:sentences])[:OPENING_CHARS]
    return ""


_ORIGINAL_TITLE_RE = re.compile(r"^原(?:标)?题\s*[:：]")  # "原标题：…" under a reprint's headline: a title, no paragraph


OPENING_PARAGRAPHS = 2
"""A news item may open with a line on the season ("五月，是辛勤劳动的季节。") and name the union
that acts in the paragraph after it; a subject named further on is no longer the opening's."""


def _unit_from_opening(body: list[str]) -> str | None:
    for paragraph in range(OPENING_PARAGRAPHS):
        name = _subject_of(_opening_sentences(body, paragraph=paragraph))
        # further on, only a name that says which ("本次工会活动" holds no 次工会)
        if name and (paragraph == 0 or len(_name_core(name)) >= 2):
            return name
    return None


def _subject_of(opening: str) -> str | None:
    """The union an opening's clause starts with, not one it responds to or addresses; a union that is
    the whole of a later clause, after the sentence has had its subject ("小徐是一名外卖员，…，立即行动加入
    联合工会"), is that subject's object, not a name."""
    sentence_has_subject = False
    source = None  # the union a news item was learnt from, whose it is unless another acts in the sentence
    parts = re.split(f"({_CLAUSE_SPLIT_RE.pattern})", opening)
    for clause, mark in zip(parts[::2], parts[1::2] + [""]):
        if source and not clause.strip():
            continue
        clause = _BYLINE_RE.sub("", clause.strip()).strip()
        # "…，彰显工会温暖的真情", "…，强调工会是…": a later clause of a sentence that has its subject, opening
        # with a verb, holds the union as its object (a time before it starts a new subject: "…，2023年佑安工会…")
        if sentence_has_subject and _verb_acts_on_union(clause):
            continue
        while True:  # "近年来" "20xx年" "今年上半年" … before the subject
            shorter = _TIME_PREFIX_RE.sub("", clause, count=1).strip()
            if shorter == clause:
                break
            clause = shorter
        learnt = _LEARNT_FROM_RE.match(clause)
        if learnt and _is_meaningful(learnt.group("source")) and source is None:
            source = learnt.group("source")  # "记者从市总工会获悉，今年我市将…": the news is the union's own,
            continue  # unless the sentence goes on with a union acting ("…获悉，青禾机场公司工会日前举办了…")
        if _PREPOSITION_START_RE.match(clause) or _CAUSATIVE_START_RE.match(clause):
            continue
        name = _name_at_start(clause)
        # "部署下一阶段工会工作任务": a verb and its object
        name = None if name and _verb_only(name) and _UNION_WORK_AFTER.match(clause, clause.find(name) + len(name)) else name
        after = clause[clause.find(name) + len(name):] if name else ""
        # "…，11月29日，青禾局工会、机关工会分别召开…": a name listed with others is a subject too
        if name and (after or mark == "、" or not sentence_has_subject) and not _OTHERS_NAME_RE.match(after) \
                and not _CONGRESS_AFTER_RE.match(after):
            return name
        # "在…领导下", "为…": an adverbial before the subject, not one
        if source and mark in "。！？!?\n":
            return source
        sentence_has_subject = (bool(clause) and not _ADVERBIAL_START_RE.match(clause) and not _WHEN_CLAUSE_RE.match(clause)
                                and mark not in "。！？!?\n")
    return source


# a news item's source ("记者昨日从市总工会获悉", "从青禾县总工会了解到"): what it tells is that union's work
_LEARNT_FROM_RE = re.compile(rf"^(?:记者|笔者)?(?:近日|日前|昨日|昨天|今天|今日|近期|\d{{1,2}}月\d{{1,2}}日)?从"
                             rf"(?P<source>{_NAME_CHAR}{{0,20}}?{_UNION_SUFFIX})(?:获悉|了解到|获知|得知)")


def _verb_acts_on_union(clause: str) -> bool:
    """The clause opens with a verb whose object is the union ("彰显/工会温暖的真情", "到/合肥/工会驿站"):
    what follows the verb up to the union is no body ("住建/局工会", "排水/公司工会" are bodies whose
    first word jieba calls a verb). Tagged by the process's one jieba (the one the index's words come
    from: a second tokenizer would hold its dictionary twice, about 115 MB); an operator's user
    dictionary of local names only makes more of them whole words, which this never skips."""
    name = _NAME_AT_START_RE.match(clause)
    if not name:
        return False
    words = _shared_tagger().lcut(clause[:12])
    if not words or words[0].flag != "v":
        return False
    rest = _name_core(name.group(1))[len(words[0].word) :]
    return not re.search(rf"(?:{_BODY_END})$", rest)


_UNION_WORK_AFTER = re.compile(r"工作|建设|组织|活动|干部|经费|职能|工作任务")


def _verb_only(name: str) -> bool:
    """"创新工会", "部署下一阶段工会": a verb (and what it acts on) before 工会, with no body among what
    follows the verb ("兴化/供电公司农电工会", which the tagger opens with a verb, has one): no body's."""
    core = _name_core(name)
    words = _shared_tagger().lcut(core)
    # a common verb (not a name the tagger guesses is one: "佑安"); a time word ("部署/下一阶段") stands in
    # no name either, whatever the tagger calls the word before it
    common_verb = bool(words) and words[0].flag in ("v", "d", "a", "ad") and _word_frequency(words[0].word) >= COMMON_WORD
    if not common_verb and not any(w.flag == "t" for w in words):
        return False
    return not re.search(rf"{_BODY_END}|场|港|田|园|店|行|系统|[省市县区镇乡村]", core[len(words[0].word):])


COMMON_WORD = 100  # a word this frequent in jieba's dictionary is a common word, not a guessed name


def _word_frequency(word: str) -> int:
    tokenizer = _shared_tagger().dt.tokenizer  # the dictionary the process's one jieba loaded
    tokenizer.check_initialized()
    return int(tokenizer.FREQ.get(word) or 0)


@lru_cache(maxsize=1)
def _shared_tagger():  # noqa: ANN202 - jieba's tokenizer type is not exported
    return shared_jieba().posseg


def refines(specific: str, general: str, *, or_same: bool = False) -> bool:
    """True when ``specific`` is a fuller form of ``general``: "成安县总工会" of "县总工会", and for
    titles "2022年市总工会工作总结" of "市总工会工作总结"; with ``or_same``, also when the two differ
    only in placeholders ("医院工会工作总结" and "医院工会**工作总结")."""
    specific, general = _PLACEHOLDER_RE.sub("", specific), _PLACEHOLDER_RE.sub("", general)
    if len(specific) < len(general) or (len(specific) == len(general) and not or_same):
        return False  # "xx县总工会" is no fuller than "县总工会"
    chars = iter(specific)
    return all(c in chars for c in general)  # ``general`` is a subsequence of ``specific``


def extract_unit(title: str, text: str) -> str | None:
    """The union that reports, as named in the article, or None.

    Candidates, in this order: the title without years, periods and genre words
    ("房产管理局机关工会2021年工作总结" -> 房产管理局机关工会); the signature among the last
    lines (a short line that is only a union name, maybe followed by the date); the subject
    of the opening sentence ("20xx年，XX局工会在…领导下" -> XX局工会; the superior inside
    "在…领导下" is skipped, and so is an addressee line "XX工会联合会：" at the top). A later
    candidate replaces the current one only when it is a fuller form of it (the signature
    "海川市交通运输局机关工会" refines the title's "交通运输局机关工会"); otherwise the earlier
    source wins. Placeholders inside a name are kept; names that say nothing specific
    ("XX工会", "基层工会") are not units.
    """
    title, body = _title_and_body(title, text)
    best: str | None = None
    for candidate in (_unit_from_title(title), _unit_from_signature(body), _unit_from_opening(body)):
        candidate = _EVERY_LEVEL_RE.sub("工会", candidate) if candidate else candidate  # "集团各级工会" are the 集团's
        if candidate and _awards_the_title(candidate, title):
            continue
        if candidate and (best is None or refines(candidate, best) or (_kind_only(best) and _names_one_body(candidate))):
            best = candidate
    if best and _kind_only(best):
        # "公司工会为14名…" under "东营市公交公司开展…": the headline's body is the company whose union it is
        acting = _union_of_body_acting(title)
        of_kind = acting is not None and refines(acting, best) and _name_core(acting).endswith(_name_core(best))
        return _unit_it_speaks_as(best, "\n".join(body)) or (acting if of_kind else best)
    return _named_after_dash(best, "\n".join(body)) if best else _union_of_body_acting(title)


_EVERY_LEVEL_RE = re.compile(r"各(?:级|基层)工会$")
_AWARDED_BY = r"(?:荣获|获得|喜获|获评|获)"
_SELF_BY_KIND = re.compile(r"^(?:我|本)?[\u4e00-\u9fff]{0,8}?(?:公司|分公司|局|厂|矿|院|校|所|中心|处|站|段|集团)(?![\u4e00-\u9fff]{0,2}(?:家|个|名))")


def _awards_the_title(union: str, title: str) -> bool:
    """"公司女职工工作获集团公司2013年度女工工作一等奖" over an opening that tells of "集团公司工会女职委召开…":
    the union the headline says gave the award is the awarder the news tells of, not the body the news is about."""
    core = _name_core(union)
    awarded = re.search(_AWARDED_BY + re.escape(core), title) if len(core) >= 2 else None
    # (the body awarded is the report's own, called by its kind: "公司女职工工作获…", not "12家单位获…表彰")
    return awarded is not None and bool(_SELF_BY_KIND.match(title[: awarded.start()]))


_DESCRIBED_AS = re.compile(r"首个|首家|第一个|第一家|唯一一?[个家]")


def _named_after_dash(unit: str, body: str) -> str:
    """"嘉鱼县首个行业性工会联合会——纺织行业工会联合会正式成立": a union described by what it is the first or
    only one of, then named after a dash, is that name, in the place the description gave."""
    described = _DESCRIBED_AS.search(unit)
    named = described and re.search(re.escape(unit) + r"\s*(?:——|—|--)\s*(?P<name>[\u4e00-\u9fff]{2,24}?(?:工会联合会|联合工会|工会))", body)
    if not (described and named):
        return unit
    place, name = unit[: described.start()], named.group("name")
    # "青禾县首个…——青禾县快递行业工会联合会", "…——青禾机械厂工会": the name that says its place already is whole
    return name if name.startswith(place[:2]) or re.search(r"[省市县区旗]", name[:4]) else place + name


# "我局", "本院": how a report speaks of its own body, and the title words of that kind ("局机关" is a 局's,
# "中学" a 校's)
_SELF_KINDS = "局院校厂所"
_OF_KIND = {"局": "局", "院": "院", "校": "校|学", "厂": "厂", "所": "所"}
# a body's name after a boundary: punctuation, or a word that governs it ("自住建局迁入…", "在卫生局…")
_GOVERNING = "自在由向对从"  # prepositions no word of a body's name ends with (not 经, 及…: "经费纳入局…")
_NAMED_AFTER = rf"(?:^|(?<=[，。；、：:\s（({_GOVERNING}]))(?![{_GOVERNING}])"


def _unit_it_speaks_as(title_kind: str, body: str) -> str | None:
    """A kind-only title that the article's own words contradict ("医院工会工作总结 篇1" over a report
    that says "我局" throughout, as 范文 sites file them): the union of the body it speaks as, by the
    one name of that kind it writes ("自住建局迁入…" -> 住建局工会), else by its kind alone (局工会).
    None when the article speaks as the title's kind, or as no one kind."""
    said = {kind: len(re.findall(rf"[我本]{kind}", body)) for kind in _SELF_KINDS}
    kind, times = max(said.items(), key=lambda item: item[1])
    if times < 2 or list(said.values()).count(times) > 1 or re.search(_OF_KIND[kind], _name_core(title_kind)):
        return None
    names = {m.group(1) for m in re.finditer(rf"{_NAMED_AFTER}([\u4e00-\u9fff]{{2,5}}?{kind})(?![长委])", body)
             if not re.search(rf"[我本全该各此每{_STOP_CHARS}]", m.group(1)[:-1])}
    return (names.pop() if len(names) == 1 else kind) + "工会"


# The words that say what kind of body a union is of, and no more ("乡镇工会", "医院工会", "局机关工会")
_KIND_ONLY_RE = re.compile(r"(?:乡镇|街道|社区|村|机关|医院|学校|中学|小学|大学|学院|幼儿园|企业|公司|集团|单位|系统|行业|教育|卫生"
                           r"|县直|市直|区直|省直|直属|园区|开发区|女职工|职工|[省市县区镇乡局委厂总分院所站处科室队校])+")


_ENDS_IN_KIND_RE = re.compile(_KIND_ONLY_RE.pattern + "$")


def _names_one_body(name: str) -> bool:
    """More than a kind, and a body's name still: its core ends in a kind of body ("青柳镇", "青柳医院"),
    not in running text ("我局党委历来重视工会工作" holds no union's name)."""
    core = _name_core(name)
    return not _kind_only(name) and bool(_ENDS_IN_KIND_RE.search(core))


def _kind_only(name: str) -> bool:
    """A name that says only which kind of union ("乡镇工会工作总结" on a site of 范文): the union
    the article's own opening or signature names ("青柳镇工会联合会") says which one."""
    return not _KIND_ONLY_RE.sub("", _name_core(name))


# ---------------------------------------------------------------- level

# An administrative marker and what it is not when followed / preceded by these characters.
_ADMIN_MARKERS: tuple[tuple[str, str, str, str], ...] = (
    # marker, level, not-after (preceding chars), not-before (following chars)
    ("自治区", "省", "", ""),
    ("街道", "乡镇", "", ""),
    ("省", "省", "节反自", "略钱力"),
    ("市", "市", "城超都上门夜股", "场"),
    ("州", "市", "神九", "市"),
    ("县", "县", "", ""),
    ("旗", "县", "国红锦彩", "帜"),
    ("区", "区", "园发社校景矿厂库辖小片营验税范港业贸山牧灾病误军战住商居学治", "域别分"),
    ("镇", "乡镇", "城坐重", "静定压"),
    ("乡", "乡镇", "家故城同他老", "村土亲情愁下镇"),
)
_ADMIN_RE = re.compile("|".join(m for m, *_ in _ADMIN_MARKERS))
_ADMIN = {m: (level, before, after) for m, level, before, after in _ADMIN_MARKERS}
_SCOPE_RE = re.compile(r"(?:我|全|本)(省|市|县|区|镇|乡)(?!场|长|委|政府)")
_SCOPE_LEVEL = {"省": "省", "市": "市", "县": "县", "区": "区", "镇": "乡镇", "乡": "乡镇"}


def _level_of_name(name: str) -> str | None:
    """The level of the last administrative marker in a name: "海川市青禾县教育局" -> 县."""
    level = None
    for match in _ADMIN_RE.finditer(name):
        marker_level, not_after, not_before = _ADMIN[match.group(0)]
        prev = name[match.start() - 1] if match.start() else ""
        nxt = name[match.end()] if match.end() < len(name) else ""
        if (prev and prev in not_after) or (nxt and nxt in not_before):
            continue
        level = marker_level
    return level


def classify_level(unit: str | None, text: str) -> str | None:
    """省 / 市 / 县 / 区 / 乡镇 where evident, else None.

    The unit's own name decides ("江苏省总工会" -> 省, "XX区教育工会" -> 区, "市场" or "园区"
    are not markers); without a marker in the name, the scope words the article uses for
    itself ("我县", "全市", "本区") decide when one of them occurs at least twice and more
    often than any other.
    """
    if unit:
        level = _level_of_name(_name_core(unit) or unit)
        if level:
            return level
    counts = Counter(_SCOPE_LEVEL[m.group(1)] for m in _SCOPE_RE.finditer(text))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


# ---------------------------------------------------------------- unit kind

# Checked in this order on a name without its union suffix ("水利局工会委员会" -> "水利局").
_KIND_BY_NAME: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("机关", re.compile(r"机关|直属|[省市县区]直")),
    ("医疗", re.compile(r"医院|医务|卫生|卫健|医疗|疾控|保健|妇幼|中医")),
    ("教育", re.compile(r"学校|中学|小学|大学|学院|幼儿园|教育|校|教师|教工|教职|高校|职教|中专")),
    ("园区", re.compile(r"园区|开发区|工业园|高新区|产业园|科技园|管委会")),
    ("企业", re.compile(r"公司|厂|集团|企业|车间|银行|分行|支行|矿|有限|股份|商场|酒店|宾馆")),
    ("机关", re.compile(r"局|厅|署|政府|人大|政协|法院|检察院")),
)
# Telling in an organisation's name, too loose in a title ("办公室文员个人工作总结").
_KIND_BY_NAME_LOOSE: tuple[tuple[str, re.Pattern[str]], ...] = (("机关", re.compile(r"委|办|部")),)
_FEDERATION_KIND = {"省": "省总工会", "市": "市总工会", "县": "县总工会", "区": "县总工会"}
# Characteristic vocabulary, weighted; self-references ("我校", "我局", "我会") weigh most.
_KIND_VOCABULARY: dict[str, dict[str, int]] = {
    "教育": {"教职工": 2, "教师": 1, "学校": 1, "校园": 1, "学生": 1, "教学": 1, "教代会": 2,
             "师德": 2, "校长": 1, "我校": 3, "本校": 3, "全校": 2, "教工": 2, "师生": 1, "幼儿园": 1},
    "企业": {"员工": 1, "公司": 1, "生产": 1, "车间": 2, "班组": 1, "经营": 1, "效益": 1,
             "我公司": 3, "本公司": 3, "我厂": 3, "全厂": 2, "集团": 1, "产品": 1, "客户": 1},
    "医疗": {"医院": 1, "医务": 2, "医护": 2, "患者": 2, "护士": 2, "医生": 1, "病人": 2,
             "医疗": 1, "护理": 1, "科室": 1},
    "机关": {"机关": 1, "干部职工": 1, "党组": 1, "公务员": 2, "我局": 3, "本局": 3, "全局": 2,
             "局机关": 2, "机关干部": 2},
    "园区": {"园区": 2, "开发区": 2, "管委会": 2, "入驻企业": 2, "工业园": 2, "入园企业": 2},
    "总工会": {"我会": 3, "基层工会": 1, "各级工会": 1, "建会": 1, "入会": 1, "集体合同": 1,
               "工资集体协商": 1, "农民工": 1, "非公": 1},
}
MIN_VOCABULARY_SCORE = 4


def _is_place(core: str) -> bool:
    """A name core that is only a place ("剑阁县", "海川市"): its union is that place's federation."""
    last = list(_ADMIN_RE.finditer(core))
    return bool(last) and last[-1].end() == len(core) and _level_of_name(core) is not None


def _kind_of_name(name: str, loose: bool = True) -> str | None:
    core = _name_core(name) if re.search(rf"{_UNION_SUFFIX}$", name) else name
    if name.endswith("总工会") or (core != name and _is_place(core)):
        return _FEDERATION_KIND.get(_level_of_name(core) or "", "其他")
    for kind, pattern in _KIND_BY_NAME + (_KIND_BY_NAME_LOOSE if loose else ()):
        if pattern.search(core):
            return kind
    return None


def _kind_from_vocabulary(text: str) -> str | None:
    scores = {kind: sum(w * text.count(term) for term, w in terms.items())
              for kind, terms in _KIND_VOCABULARY.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (kind, score), (_, runner_up) = ranked[0], ranked[1]
    if score < MIN_VOCABULARY_SCORE or score == runner_up:
        return None
    if kind == "总工会":
        return _FEDERATION_KIND.get(classify_level(None, text) or "")
    return kind


def classify_unit_kind(unit: str | None, title: str, text: str) -> str | None:
    """机关 / 教育 / 企业 / 医疗 / 园区 / 县总工会 / 市总工会 / 省总工会 / 其他, or None.

    The unit's name decides first (federations by their level, "区总工会" counting as
    县总工会 since a district is county-level, and a place's own union, "剑阁县工会", being its
    federation; then 机关 before the sector words so that
    "教育局机关工会" is 机关; then 医疗, 教育, 园区, 企业, and bureaus 局/委/办 as 机关). Without
    a telling name, the title's words, then the vocabulary of the text ("教职工", "我校" ->
    教育; "员工", "我公司", "生产" -> 企业; "我会", "基层工会" -> a federation whose level the text
    shows). A unit that fits nothing is 其他; no unit and no evidence is None.
    """
    if unit:
        kind = _kind_of_name(unit)
        if kind:
            return kind
    title, body = _title_and_body(title, text)
    stripped_title = re.sub(r"(?:工作)?(?:总结|报告|汇报|计划)", "", _TITLE_NOISE_RE.sub("", title))
    kind = _kind_of_name(stripped_title, loose=False) if stripped_title else None
    if kind and kind != "其他":
        return kind
    kind = _kind_from_vocabulary("\n".join(body))
    if kind:
        return kind
    return "其他" if unit else None


def extract_metadata(title: str, text: str) -> ArticleMetadata:
    """All metadata of one article in one call: what ``ingest.split`` results go through."""
    unit = extract_unit(title, text)
    return ArticleMetadata(
        year=extract_year(title, text),
        period=extract_period(title, text),
        unit=unit,
        unit_kind=classify_unit_kind(unit, title, text),
        level=classify_level(unit, text),
    )
