"""Exemplar sentences made the user's: another unit's facts out, the sentence still readable.

Only real facts of another unit are replaced: figures, dates, people, places, organisation
names and honours. Each becomes a placeholder that says what is missing (【待填：人数】,
【待填：金额】, 【待填：日期】, 【待填：荣誉名称】…), and nothing is replaced inside the user's
own unit name or inside an ordinary word ("努力做好局工会工作" keeps its words). A sentence
that would need more placeholders than it can carry and still read is not used (see
`too_many_placeholders`).
"""

from __future__ import annotations

import re

from assistant.aggregate import MEASURE_WORDS
from assistant.persons import SURNAMES

CHARS_PER_PLACEHOLDER = 150
"""At most one placeholder per this many characters of a sentence (and at least one allowed)."""

GENERIC_PLACEHOLDER = "【待填】"
SHORT_NAME = 4  # exemplar unit names this short ("局工会") are replaced only as whole words


def placeholder(kind: str) -> str:
    """【待填：人数】: what the user must fill in."""
    return f"【待填：{kind}】"


_PEOPLE_MEASURES = ("人次", "人", "名", "位")
_MONEY_MEASURES = ("万元", "元")
_FIGURE = re.compile(
    r"(?:\d+(?:[.,]\d+)*|(?!一(?![一二三四五六七八九十百千万]))[一二三四五六七八九十两百千万]+)(?:\s*(?:万|千|百))?\s*(?:余|多)?\s*"
    rf"(?P<measure>{MEASURE_WORDS})"
    r"|\d+(?:[.,]\d+)*"
)
_DATE = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|中旬|上旬|下旬|底|初)?|\d{1,2}日")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|(?:20)?[xX]{2}\s*年|20_+年|_+年|~年|二[〇○零][一二三四五六七八九〇○零]{2}年")
_SITE_PLACEHOLDER = re.compile(
    r"[xX]{2,}|(?<=[\u4e00-\u9fff])[xX*＊](?=[\u4e00-\u9fff])|\*{2,}|_{2,}|＿{2,}|某某"
)
_TITLE_WORDS = "同志|主席|副主席|书记|老师|校长|局长|厂长|经理|主任|委员|劳模|教师"
_SPEAKS = "发言|讲话|致辞|主持|宣讲|出席|带队|率队"  # what a person named at a meeting does
_PERSON = re.compile(
    rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=(?:{_TITLE_WORDS}))"
    rf"|(?<=主席|书记|老师|校长|局长|厂长|经理|主任|教师)[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=[，。、；作同等]|{_SPEAKS})"
    # a name opening a clause, then what a speaker does ("毛丰华作“心向党”劳模精神宣讲", "柳青发言"): no title needed
    rf"|(?:(?<=^)|(?<=[，。；：、]))[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=作(?![为出用风品业])|{_SPEAKS})"
)
# An honour, ranking or title won: always another unit's, never to be presented as the user's.
_HONOUR_WORDS = (r"先进集体|先进个人|先进单位|先进基层工会|示范单位|示范点|模范职工之家|职工之家|标兵|劳动模范|五一劳动奖章|"
                 r"五一劳动奖状|工人先锋号|巾帼文明岗|文明单位|优秀[^，。；、]{0,6}|[一二三]等奖|特等奖|冠军|亚军|季军|第[一二三四五六七八九十\d]名|红旗奖")
_HONOUR = re.compile(
    rf"(?:荣获|获得|获|被评为|被授予|晋升为|评为|授予|保持了?|蝉联)(?P<honour>(?:[^，。；]{{0,16}}?[“\"「][^”\"」]{{2,24}}[”\"」])+"
    rf"(?:荣誉称号|称号|奖)?|[^，。；、]{{0,14}}(?:{_HONOUR_WORDS})(?:荣誉称号|称号)?)"
)
# "我校工会", "局工会": the exemplar speaking of itself (never the tail of a longer name: "医院工会").
_SELF_UNION = re.compile(r"(?:[我本]|(?<![\u4e00-\u9fff]))(?:学校|校|公司|厂|局|院|处|中心)工会(?:委员会)?")
_SELF = re.compile(r"我(?:局|校|院|厂|委|处|所|司|公司|单位|中心|会)")
_PLACE_ENDINGS = "村|镇|乡|街道|社区"
_ORG_ENDINGS = "局|委员会|公司|集团|学校|中学|小学|学院|医院|厂|中心|园区|管委会"
_PLACE = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:{_PLACE_ENDINGS})(?![委民])")
_ORG = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:{_ORG_ENDINGS})")
_ORG_END = re.compile(rf"(?:{_ORG_ENDINGS})$")
_PLACE_END = re.compile(rf"(?:{_PLACE_ENDINGS})$")
_COMMON_ENDINGS = ("乡镇", "城乡", "城镇", "农村", "乡村", "城市")
_VERB_BEFORE_NAME = re.compile(r"贯彻|落实|参加|组织|开展|召开|举办|按照|根据|配合|协助|联合|邀请|接受|响应|带领|号召|代表|"
                               r"传达|学习|执行|完成|承办|主办|支持|指导|推荐|成立|建立|慰问|走访|看望|定期|坚持|"
                               r"推进|推动|加强|深化|提高|覆盖|包括|涉及|面向|实行|推行|实施|前往|来到|深入")
_GENERIC_NAME_WORDS = re.compile(r"工会|委员会|党委|党组|机关|基层|上级|各级|系统|单位|部门|职工|代表|管理|工作|"
                                 r"[局委厂院所站司部科处室中心会]")
# Characters that never stand inside a name: a match holding one is an ordinary phrase, or a name
# only after the last of them ("努力做好局" holds 做好: no name; "组织了市卫生局" -> 市卫生局).
_NOT_IN_NAME = re.compile(r"[的了在和与及对为把被将要是有等做好给向从于并到让使由以其该各全本我这那每个把就也都又还再]")
_INNER_ORDINAL = re.compile(r"(?<=.)[（(][一二三四五六七八九十]{1,3}[）)]")
_KEEP = "\ue000"  # stands for the user's unit while the sentence is rewritten, so nothing cuts into it


def _measure_kind(measure: str | None) -> str:
    if measure in _MONEY_MEASURES:
        return "金额"
    if measure in _PEOPLE_MEASURES:
        return "人数"
    if measure == "户":
        return "户数"
    if measure in ("次", "场", "期", "批"):
        return "次数"
    if measure in ("%", "‰"):
        return "比例"
    return "数量"


def _replace_name(match: re.Match[str], end: re.Pattern[str], kind: str) -> str:
    """The name in a match replaced by a placeholder; the match as it was when it is an ordinary
    phrase: a name holds none of _NOT_IN_NAME's characters ("努力做好局", "在各乡" hold 做好, 在各),
    has two characters before its ending, and is not a common word ("乡镇", "城乡")."""
    text = match.group(0)
    cut = max((m.end() for m in (*_NOT_IN_NAME.finditer(text), *_VERB_BEFORE_NAME.finditer(text))), default=0)
    name = text[cut:]
    ending = end.search(name)
    if not ending or ending.start() < 2 or _KEEP in name or name[-2:] in _COMMON_ENDINGS:
        return text
    if len(_GENERIC_NAME_WORDS.sub("", name)) < 2:  # "工会委员会", "机关党委": a kind of body, not a name
        return text
    following = match.string[match.end() : match.end() + 3]
    if following[:1] in ("镇", "乡") or re.match(r"、(?:乡|镇|村|街道|社区|办事处)", following):
        return text  # "各乡|镇", "乡、镇、办事处": the levels, not a place
    if text[-1] in "厂局" and following[:1] in "务面长" or text.endswith("中心") and following[:2] in ("工作", "任务"):
        return text  # 厂务, 局面, 厂长, 中心工作: a word, not a name's end
    return text[:cut] + placeholder(kind)


def adapt_sentence(sentence: str, unit: str, year: int, exemplar_units: set[str], user_figures: set[str],
                   earlier_year: int | None = None) -> str:
    """An exemplar sentence rewritten for the user's unit and year, with another unit's facts
    replaced by typed placeholders; the user's own figures (from their notes) stay. A sentence of
    the unit's own earlier summary (`earlier_year`) keeps its figures as hints: 【待填：2024年为45人】.
    A lone 一 ("一人一档", "一次") is a word, not a figure."""
    text = sentence.replace(unit, _KEEP)  # first, so that nothing below cuts into it
    for name in sorted(exemplar_units, key=len, reverse=True):
        if name and name != unit and len(name) >= 3:
            # a short name ("校工会") is another unit's only where it is not the tail of a longer one ("学校工会")
            guard = r"(?<![\u4e00-\u9fff])" if len(name) <= SHORT_NAME else ""
            text = re.sub(guard + re.escape(name), _KEEP, text)
    text = _SELF_UNION.sub(_KEEP, text)  # "我校工会", "公司工会": the exemplar speaking of itself
    text = _YEAR.sub(f"{year}年", text)
    text = _SELF.sub("我单位", text)
    text = _HONOUR.sub(lambda m: m.group(0)[: m.start("honour") - m.start()] + placeholder("荣誉名称"), text)
    text = _PERSON.sub(placeholder("人名"), text)
    text = _PLACE.sub(lambda m: _replace_name(m, _PLACE_END, "地点"), text)

    text = _ORG.sub(lambda m: _replace_name(m, _ORG_END, "单位名称"), text)
    text = _DATE.sub(placeholder("日期"), text)

    def figure(match: re.Match[str]) -> str:
        if match.group(0) in user_figures or match.group(0) == str(year) or "【" in match.group(0):
            return match.group(0)
        if earlier_year is not None and match.group("measure"):
            return placeholder(f"{earlier_year}年为{match.group(0)}")
        return placeholder(_measure_kind(match.group("measure")))

    text = _FIGURE.sub(figure, text)
    text = _SITE_PLACEHOLDER.sub(GENERIC_PLACEHOLDER, text)
    text = re.sub(r"(【待填[^】]*】)(?:【待填[^】]*】)+", r"\1", text)
    text = _INNER_ORDINAL.sub("", text)  # "…企业家园（一）继续办好…": a heading glued into the sentence
    text = text.replace(_KEEP, unit)
    return text.replace(f"{unit}{unit}", unit)


def figures_in(text: str) -> set[str]:
    """The figures a text states ("45人", "9万元"): the user's own, kept when they appear."""
    return {m.group(0) for m in _FIGURE.finditer(text)}


def placeholders_in(text: str) -> int:
    return text.count("【待填")


def too_many_placeholders(text: str) -> bool:
    """More placeholders than the sentence can carry and still read, and than a draft can carry
    on average: one per 150 characters."""
    return placeholders_in(text) * CHARS_PER_PLACEHOLDER > len(text) + CHARS_PER_PLACEHOLDER // 2


# ---------------------------------------------------------------- what a sentence says

_SHORTCOMING = re.compile(r"不足|差距|薄弱|有待|不够|欠缺|不平衡|不高|不强|不到位|较少|较弱|还需|亟待|滞后|单一|缺乏|不完善|不健全"
                          r"|存在[^。；]{0,12}问题|问题(?:还|仍|依然|较为|比较|突出)")
_FORWARD_START = re.compile(r"^(?:在新的一年|新的一年|今后|下一步|明年|下半年|来年|我们将|将|要|力争|计划|打算)")
_DONE = re.compile(r"(?<![为除])了(?![解])|已经|已[经完]|圆满|先后")


def states_shortcoming(sentence: str) -> bool:
    """A sentence that says what fell short (not a plan, not an achievement)."""
    return bool(_SHORTCOMING.search(sentence)) and not _FORWARD_START.search(sentence) and not _DONE.search(sentence)


_FORWARD_NEAR_START = re.compile(r"^(?:(?:我们|我单位|[^，。；在]{0,12}?(?:工会|委员会|工委))(?:还|也|要|将|还将|也将)?)?"
                                 r"(?:将|要|继续|进一步|力争|计划|打算|努力|争取|着力|持续|加大|不断|加强|深化|推进|健全)")


def looks_forward(sentence: str) -> bool:
    """A sentence about what will be done: it opens (after its subject) with what is intended,
    and reports nothing as done ("通过开展…，观念进一步增强" is a result, not a plan)."""
    return bool(_FORWARD_NEAR_START.search(sentence)) and not _DONE.search(sentence) and not _SHORTCOMING.search(sentence)


_OPENING_FORMULA = re.compile(r"领导下|总结如下|现将.{0,12}(?:总结|汇报)|一年来，?在")


def reports_work(sentence: str) -> bool:
    """A sentence that reports work (for a topic section): neither a plan, a shortcoming nor the
    genre's opening formula ("在…领导下…", "现将…总结如下")."""
    return (not _FORWARD_START.search(sentence) and not looks_forward(sentence) and not states_shortcoming(sentence)
            and not _OPENING_FORMULA.search(sentence))


_LIST_NUMBER = re.compile(r"(?m)^\s*(\d{1,2})[.、．]\s*")


def guard_model_text(text: str, unit: str, year: int, exemplar_units: set[str], allowed_figures: set[str],
                     repeated: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """A model's section made safe the way exemplar sentences are: another unit's figures, dates,
    people, places, organisations and honours become typed placeholders (a model copies its
    exemplars more often than it writes), lines that only repeat the draft's title or the
    section's heading (`repeated`) are dropped, and "1." list numbers stay numbers. Every line
    changed is listed in the flags."""
    flags: list[str] = []
    lines = []
    for line in text.splitlines():
        bare = line.strip().lstrip("#").strip()
        if bare and any(bare == r or bare in r for r in repeated if r):
            continue
        number = _LIST_NUMBER.match(line)
        head, body = (line[: number.end()], line[number.end():]) if number else ("", line)
        safe = adapt_sentence(body, unit, year, exemplar_units, allowed_figures)
        if safe != body:
            flags.append(f"adapted:{body[:40]}")
        lines.append(head + safe)
    return "\n".join(lines).strip(), flags
