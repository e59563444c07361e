"""Follow-up questions -> standalone questions, by rules (the extractive mode has no model).

"那下半年呢？" after "县总工会上半年做了哪些工作？" means "县总工会下半年做了哪些工作？";
"他们慰问了多少户？" after a question about a unit means that unit. The rules carry the unit,
year and period of the previous turn into an elliptical question and leave a full question alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass

from assistant.described import UNIT_KIND
from assistant.persons import SURNAMES
from ingest.metadata import TRADES_JOINED
from ingest.name_shield import shield_names, unshield
from vectorstore.lexical import tagged

# words that never stand inside a name, excluded as words ("发展集团" and "组织部" hold 展 and 组 of them)
_NAME_STOPS = "的了在于与和及我们是为对将把被从向由到赴等这那其给搞做没多少几哪些个"
_NAME_CHAR = (r"(?:(?!开展|组织(?!部(?!署))|(?<=开)展|(?<=组)织(?!部(?!署))|(?<=组织)部(?=署)|(?<=组织部)署|之[际后前间中余外内上下一时初所]|(?<=[总加反随言])之)"
              rf"[^\s{_NAME_STOPS}，。？?！!、：:；;“”《》（）()])")
_SUFFIX = (r"(?:(?<=工会)第?[\d一二三四五六七八九十]{1,3}分会(?!场)|总工会(?!员(?!工))|工会委员会|工会联合会|工联会|工会(?!员(?!工))|工委|局|委|(?<![举开创承主协督包代查申筹兴])办(?![了过着])|公司|集团|(?<![协招展洽订议会磋共])商会|厂|学校|中学|小学|学院|(?<![取上读入进考])大学(?!生)"
           r"|医院|卫生院|幼儿园|(?<=[^\s的了在于与和及是为对将把被从向由到赴等这那其给搞做没多少几哪些个问，。？?！!、：:；;“”《》（）()][一二三四五六七八九十])中(?![心全学国华央间期旬途午共层秋队])|研究院|研究所|(?:图书|博物|文化|体育|纪念|美术|科技)馆|中心|园区|开发区|(?<![全该本我此各某每])矿业?|支行|分行|县|市|区|镇|乡|村"
           # "中国电科38所": an institute numbered after its group's name (not "全市38所学校", counted)
           # (what follows is its union, its committees or what it did, never what "12所" counts nor 的/、: "市直12所的")
           # (or in words: "航天四院", "电科十四所")
           # (in words, what follows is anything but the schools or hospitals a count counts: "航天四院收到…", and no verb
           # stands before it: "新建十二所", "走访一院" count or visit; nor another numbered body: "一院二院" are two)
           r"|(?<=[\u4e00-\u9fff])(?<![省市县区镇乡村共有了达计约近余等各全和、第])(?:\d{1,3}所"
           r"(?=工会|党委|团委|纪委|为|现在|目前|今年|去年|前年|近年|每年|全年|上半年|下半年|先后|已|还|曾|又|一共|总共|$)"
           r"|(?<![建增成访问入合到在为对向给深联走进去赴院所一二三四五六七八九十\d])[一二三四五六七八九十]{1,3}[所院](?![学校中小幼医高大卫养敬福研院所\d]))"
           # newspapers, publishers, co-operatives, stations, railway depots, courts and procuratorates are bodies too
           r"|(?:日?报|出版|杂志|合作|旅行)社|(?:电视|电)台|[工车机电]务段|法院|检察院|(?:设计|勘察)院"
           # shops and hotels ("永辉超市", "银泰百货", "望湖宾馆"; not "入住酒店", "慰问酒店", "走访商场")
           r"|(?<![去到在逛进住入走问驻访])(?:超市|商场|商厦|百货|酒店|宾馆|饭店))")
# 办 with an aspect word after it is the verb ("三八妇女节办了什么"), not an office ("市总办");
# "职工会员" holds no union ("王庆坨镇职工会员数" names 王庆坨镇)
_UNIT = re.compile(rf"(?:{_NAME_CHAR}|{TRADES_JOINED}){{0,20}}{_SUFFIX}")  # "林业和草原局"
_SUFFIX_ONLY = re.compile(_SUFFIX)
_PRONOUN = re.compile(r"他们单位|她们单位|他们|她们|它们|该单位|这个单位|这家单位|该工会|这个工会|那个单位|那里(?!面)|该局|本单位")
YEAR_WORDS = re.compile(r"(?:19|20)\d{2}\s*年度?|去年|今年|前年|明年")
PERIOD_WORDS = re.compile(r"上半年|下半年|全年|年度|第?[一二三四1-4]季度|年底|年初")
MONTH_WORDS = re.compile(r"(?<![\d一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?")
_WHEN = re.compile(r"(?:时候|期间|之际|前夕|当天|那天|那时|之后|以后|之前|以前)(?=[^，,。？?]{0,3}工会)")
_DAY = re.compile(rf"{MONTH_WORDS.pattern}[\d一二三四五六七八九十]{{1,3}}[日号]")
# "2022年初江苏省总工会…", "年底市总工会…": when, not whose (not 青年初创…)
YEAR_PART = re.compile(r"(?:(?:19|20)\d\d\s*|[今去明前]|(?<![\u4e00-\u9fff]))年(?:初|底|末)")
_ELLIPSIS = re.compile(r"^(?:那|那么|还有|另外|再问一下|再问|然后)?(?P<topic>.{1,20}?)(?:呢|怎么样|如何|情况如何|情况呢)?[？?。]?$")
_FOLLOW_UP_START = re.compile(r"^(?:那|那么|还有|另外|他们|她们|它们|[他她它其]|该|这个|其中|此外)")
_SINGLE_PRONOUN = re.compile(r"^[他她它](?!们)")
# "会员呢，上半年发展了多少", "五一文明岗又创了几个": a topic set against the last one, something done again
_LEANS_BACK = re.compile(r"呢[，,]|(?<![，,])又|那边|这边")  # not "…，又花了多少钱", a second clause of its own; "县委那边" points back
# a question across organisations ("哪些单位…", "各单位…", "哪几份总结…") leans on no one of them
# (not the units something was handed to: "几点摆出来让各单位领的" is about the one who handed it)
_ACROSS = re.compile(r"哪些单位|哪几个单位|哪个单位|哪家|哪几份|哪几家|(?<![让给向供请])各(?:个)?单位|各级|所有|全部|全市|全县|全省|全国|材料里|总结里")
_LEADING_CONNECTIVE = re.compile(r"^(?:那么|[那这]次(?!会)|那|还有|另外)")  # "那次慰问…": the time pointed at, said by the year carried
# a follow-up opening with the kind of unit pointed at: "那个园区…", "这家公司…"
_POINTED_START = re.compile(r"^(?:那么|那)?[，,]?(?:那|这)(?:个|家|所|座)(?:园区|开发区|公司|集团|企业|中心|学校|中学|小学|学院|大学"
                            r"|医院|街道|社区|银行|支行|分行|局|厂|矿|院|站|镇|乡|村|县|区|市)")
_QUESTION_WORDS = re.compile(r"多少|几|哪|何时|什么|谁|是否|有没有|怎样|如何|吗")


# "宋某代表工会委员会作报告", "李某代表市总工会致辞": a person speaking for the body named after 代表 (not 代表大会,
# 代表团; and a body speaking for others, "县总工会代表全县职工…", is itself the one named)
_ON_BEHALF = re.compile(rf"^[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?<![会局县市区镇乡村州旗省院所厂司团队部委办站校])代表(?!大会|团|队|处|会|室)(?=.)")
_LEADING_COUNT = re.compile(r"^[两二三四五六七八九十\d]+\s*[份篇](?=.)")  # "两份邮政工会总结": two reports of postal unions
# (only reports counted: "三家店街道" and "九所" are names)
_COUNTED = re.compile(r"(?:多少|几|哪)[个家所座名位]?$")  # "多少所学校", "哪所中学": what is counted or asked for is no name


@dataclass(frozen=True)
class Turn:
    """One exchange: the standalone form of the question, the unit the answer was about, the
    articles it was drawn from (for a follow-up about a unit that was described, not named), and
    the person it named when it answered a "who" question (for "他是什么职务？"), and the one year its
    articles are of (for "那前一年呢？")."""

    question: str
    unit: str | None = None
    doc_ids: frozenset[str] = frozenset()
    person: str | None = None
    year: int | None = None


def ends_names(word: str) -> bool:
    """The word is a kind of body that ends names ("分行", "厂", "中心"), whatever the tagger calls it."""
    return bool(_SUFFIX_ONLY.fullmatch(word))


def unit_names(text: str) -> list[str]:
    """Every organisation or place name in a text, in order (loose: a name is whatever ends in
    an organisation or administrative suffix and holds no question word)."""
    return list(_unit_names(text))


@lru_cache(maxsize=512)  # articles are keys: about 10 MB at most for reports of 20,000 characters
def _unit_names(text: str) -> tuple[str, ...]:
    """unit_names, read once per text: the scope check asks it of the same articles for every
    passage and question."""
    undated = _DAY.sub("，", text)  # "9月2号工会又组织了什么" names a day, not a "2号工会"
    undated = _WHEN.sub("，", undated)  # nor "中秋节的时候工会…" a "时候工会"
    undated = YEAR_PART.sub("，", undated)  # nor "年底市总工会…" a "年底市总工会"
    # "和平区", "成都": a stop character inside a known name is part of it (a question's; an article is read
    # as it is: tagging it whole costs too much for what its own metadata already says)
    undated = shield_names(undated, _NAME_STOPS) if len(undated) <= SHIELDED_CHARS else undated
    # "覆盖了多少所学校": what is counted is no name
    names = [_unpointed(m, undated) for m in _names_before_questions(undated) if not _COUNTED.search(undated, 0, m.start())]
    names = [unshield(_before_union_done_to(_LEADING_COUNT.sub("", _ON_BEHALF.sub("", n)))) for n in names]
    return tuple(name for name in names if name and not _deed(name))


def _unpointed(match: re.Match[str], text: str) -> str:
    """"那篇气象局…", "那份市总工会…": the measure word after 那/这 points at the report, it opens no name."""
    name = match.group(0)
    pointed = match.start() > 0 and text[match.start() - 1] in "那这" and name[0] in "篇份"
    return name[1:] if pointed and len(name) > 2 else name


def _names_before_questions(text: str) -> Iterator[re.Match[str]]:
    """The loose names of a text holding no question word: a run that does ("中行运城分行获得过什么工会") is
    read again up to its question word, where a name may end ("中行运城分行")."""
    for match in _UNIT.finditer(text):
        asked = _QUESTION_WORDS.search(match.group(0))
        if asked is None:
            yield match
        elif asked.start() > 0:
            yield from _UNIT.finditer(text, match.start(), match.start() + asked.start())


SHIELDED_CHARS = 200  # a question, or a follow-up with the turn before it


def _deed(name: str) -> bool:
    """"联合办(的)", "一起办": words the tagger reads as verbs only, the last a body's one-character kind,
    say something done ("办" is "did"), not a body."""
    words = tagged(name)
    return len(words) >= 2 and all(flag.startswith(("v", "d", "p")) for _, flag in words) and len(words[-1][0]) == 1


def _before_union_done_to(name: str) -> str:
    """The name without a union a verb acts on at its end ("某局工会主席要求工会" -> 某局工会;
    "今年交费参加工会" -> none)."""
    while _union_done_to(name):
        shorter = _UNIT.match(_UNION_END.sub("", name))
        name = shorter.group(0) if shorter else ""
    return name


_UNION_END = re.compile(r"总?工会$")


def _union_done_to(name: str) -> bool:
    """The union is what a verb acts on, not the end of a name: "交费参加工会活动", "加入工会",
    "成立工会" (but "联合工会" is a kind of union)."""
    if not _UNION_END.search(name):
        return False
    words = tagged(name)
    return (len(words) >= 2 and words[-1][0] in ("工会", "总工会") and words[-2][1] in ("v", "p")
            and words[-2][0] != "联合" and not ends_names(words[-2][0])  # the tagger calls 支行 a verb
            and not bank_after_place(words))


# the banks' short names, each with what its full name writes ("工行" is 中国工商银行's)
BANK_SHORT_NAMES = {"工行": "工商银行", "农行": "农业银行", "中行": "中国银行", "建行": "建设银行", "交行": "交通银行",
                    "招行": "招商银行", "邮储": "邮政储蓄银行"}


def bank_after_place(words: list[tuple[str, str]]) -> bool:
    """"柳岸/建行/工会": a bank's short name after a place, which the tagger calls a verb ("推行", "进行"
    are verbs)."""
    return len(words) >= 3 and words[-2][0] in BANK_SHORT_NAMES and words[-3][1].startswith(("nr", "ns"))


# a body named only by what it is to the one before ("上级工会", "新一届工会"): that one's, no body of its own
# ("上级单位红柳集团工会" names one)
RELATIVE_BODY = re.compile(r"(?:上级|下属|所属|新一?[届任]|本届|上一?届|下一?届)的?"
                           r"(?:总工会|分工会|基层工会|工会委员会|工会委|工会|单位|组织|部门|领导班子|领导|委员会)")


def mentioned_unit(text: str) -> str | None:
    """The longest organisation name in a question, e.g. "重庆市地方税务局直属机关工会"; a suffix
    alone ("工会组织数又是多少": 工会) names no unit."""
    names = [name for name in unit_names(text) if not _SUFFIX_ONLY.fullmatch(name)]
    return max(names, key=len) if names else None


@lru_cache(maxsize=1024)  # condense, scope and the topic carry each ask it of the same question
def is_follow_up(question: str) -> bool:
    """A question that leans on the one before: a pronoun, "那…呢", too short to stand alone, or
    naming no organisation or place while not asking across them ("给孩子们发的是什么东西" after a
    question about one hospital's 金秋助学 is still about that hospital)."""
    short = len(re.sub(r"[？?。！!\s]", "", question)) <= 8
    mentioned = mentioned_unit(question)
    unscoped = (mentioned is None or RELATIVE_BODY.fullmatch(mentioned) is not None) and not _ACROSS.search(question)
    return bool(_PRONOUN.search(question) or _FOLLOW_UP_START.match(question) or question.rstrip("？?").endswith("呢")
                or _LEANS_BACK.search(question) or short or unscoped)


def asks_something(question: str) -> bool:
    """The question has words that ask ("有几家", "是谁"); "那金秋助学呢？" only names a topic."""
    return bool(_QUESTION_WORDS.search(question))


_OWN_DESCRIPTION = re.compile(rf"(?P<before>[\u4e00-\u9fff）)]{{2}})的?那[个家所座][\u4e00-\u9fff]{{0,4}}?{UNIT_KIND}")
_POINTING_BACK = re.compile(r"(?:他们|她们|我们|你们|咱们|刚才|上面|前面|之前|你说的|提到的|说的|其中|这)的?$")


def describes_its_own(question: str) -> bool:
    """"王增发任董事长的那个局…": a unit the question describes (words before 那个 and a kind of body after
    it) is the one it asks about, not the one the conversation was about; "刚才那个活动", "他们那个局",
    "上面提到的那份总结" point back at the conversation."""
    found = _OWN_DESCRIPTION.search(question)
    return bool(found) and not _POINTING_BACK.search(question[: found.start("before") + 2])


_DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]")
_DAY_TOPIC = re.compile(r"(?P<day>\d{1,2}月\d{1,2}[日号])(?:那场|那次|那天|那一场|那一次|的)?")


def condense_question(question: str, history: list[Turn]) -> str:
    """The question as it would be asked without the conversation before it; one that describes
    its own unit stands alone."""
    question = question.strip()
    if not history or not is_follow_up(question) or describes_its_own(question):
        return question
    compared = _compared_with_before(question, history)
    if compared:
        return compared
    previous = history[-1]
    unit = previous.unit or mentioned_unit(previous.question)

    if _PRONOUN.search(question):  # "那他们…": the unit in their place, and no 那 glued to its name
        return _PRONOUN.sub(unit, _LEADING_CONNECTIVE.sub("", question), count=1) if unit else question
    if unit and _POINTED_START.match(question):  # "那个园区一共有多少职工": the unit just asked about
        return _POINTED_START.sub(unit, question, count=1)
    if _SINGLE_PRONOUN.match(question):
        if previous.person and question[0] in "他她":  # "他是什么职务？" after "是谁说…": that person, of that unit
            return (unit or "") + previous.person + question[1:]
        return unit + question[1:] if unit else question  # "它被省总表彰成…": 它 is the unit just asked about

    ellipsis = _ELLIPSIS.match(question)
    topic = ellipsis.group("topic").strip() if ellipsis else question
    topic = _LEADING_CONNECTIVE.sub("", topic)
    if not asks_something(question):
        for pattern in (PERIOD_WORDS, YEAR_WORDS, MONTH_WORDS):
            if pattern.fullmatch(topic) and pattern.search(previous.question):
                return pattern.sub(topic, previous.question, count=1)
        day = _DAY_TOPIC.fullmatch(topic)
        if day and _DAY.search(previous.question):  # "12月23日那场呢？" after "…12月5日那场…惠及了多少人？": that day's
            return _DAY.sub(day.group("day"), previous.question, count=1)
        named = re.sub(r"的(?=(?:总|机关)?工会$)", "", topic)  # "永州市图书馆的工会": its union, said with 的
        if mentioned_unit(named) == named:  # "那宁江石化公司呢？": the question before, of another unit
            before = mentioned_unit(previous.question)
            return previous.question.replace(before, named, 1) if before else named + previous.question
        narrower = _narrower_asked(topic, previous.question)
        if narrower:  # "副主席呢？" after "…选出来的工会主席是谁？": the same question of the 副主席
            return narrower
        # "那金秋助学呢？" -> the same unit, the new topic
        return f"{unit or ''}{topic}的情况？"
    event = event_pointed(question, previous.question)
    if event:  # "那次会上一共通过了几个文件？" after "2020年8月29日那次职代会有多少名列席代表？": that meeting
        return (unit if unit and unit not in event else "") + event + _EVENT_POINTER.sub(r"\g<at>", question, count=1)
    if unit and not mentioned_unit(question):
        year = YEAR_WORDS.search(previous.question)
        prefix = unit + (year.group(0) if year and not YEAR_WORDS.search(question) else "")
        return prefix + _LEADING_CONNECTIVE.sub("", _with_counted(question, previous.question))
    if not unit and not mentioned_unit(question):  # "后来巡演了多少场？" after "长江人艺的《某剧》是哪天首演的？"
        return f"{_told(previous.question)}，{_LEADING_CONNECTIVE.sub('', question)}"
    return question


# "哪个多？" alone: which of what the conversation asked; "他们俩谁更多", "这两个县哪个多呢", "两家相比哪个少一些"
_BARE_COMPARISON = re.compile(r"^(?:那|那么)?[，,]?(?:他们|她们|它们|[他她它这那])?(?:[两二三四五六七八九几]|\d)?(?:个|家|者)?俩?"
                              r"[县市区镇乡街道单位公司医院学校工会]{0,2}(?:相比|比较|比一比|中|之中|里|当中)?[，,]?"
                              r"(?:哪个|哪家|哪边|哪一家|哪一个|谁)(?:的)?[^，,。？?]{0,6}?[最更]?(?:多|少|高|低|大|小|早|晚)"
                              r"(?:一些|一点|些)?(?:呢|啊)?[？?。]?$")
_COUNTED_UNITS = {"两": 2, "二": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市县区旗州]")  # "青禾市" of 青禾市市场监管局工会


def _compared_with_before(question: str, history: list[Turn]) -> str:
    """"哪个多？" after the same question asked of two or more units in turn ("湘乡市总工会上半年新建了多少家工会组织？",
    "那顺昌县呢？"): the question asked of them all, side by side, and the comparison; "" otherwise. A unit named by its
    place takes the body of the first ("顺昌县" → 顺昌县总工会, "柳岸县" after 青禾市市场监管局工会 → 柳岸县市场监管局工会)."""
    if len(history) < 2 or not _BARE_COMPARISON.match(question):
        return ""
    units: list[str] = []
    asked = ""
    for turn in reversed(history):
        unit = mentioned_unit(turn.question)
        rest = _LEADING_CONNECTIVE.sub("", turn.question.replace(unit, "", 1)).rstrip("？?。") if unit else ""
        if not unit or unit in units or (asked and rest != asked):
            break
        units.insert(0, unit)
        asked = rest
    if len(units) < 2:
        return ""
    head = _PLACE_HEAD.match(units[0])
    body = units[0][head.end() :] if head and head.end() < len(units[0]) else ""
    named = [u + body if body and re.search(r"[省市县区镇乡旗州]$", u) else u for u in units]
    counted = re.search(r"[两二俩三四五六七八九]", question)  # "这两个县哪个多": the last two asked
    named = named[-_COUNTED_UNITS[counted.group(0)] :] if counted else named
    if len(named) < 2:
        return ""
    return f"{'、'.join(named[:-1])}和{named[-1]}{asked}？{_LEADING_CONNECTIVE.sub('', question).lstrip('，,')}"


_ASKED_PART = re.compile(r"(?:是|有)?(?:哪些|哪几[个项次家位名所种类]?|哪一?[个位家所天年里种类]|什么时候|什么|多少|几[个项次家名位所]?|谁|吗)[？?]?")


_BARE_COUNT = re.compile(r"(?:多少|几)(?P<measure>[个家名位户项次场所座支件])(?P<end>[？?。]?)$")


def _with_counted(question: str, previous: str) -> str:
    """A count asked without what is counted ("那2018年还打算再建多少家？") counts what the question
    before counted with the same measure ("现在有多少家爱心小屋？")."""
    bare = _BARE_COUNT.search(question)
    if not bare:
        return question
    held = re.match(r"^(?P<what>.*?)(?:一共|总共|共)?有$", question[: bare.start()])
    if held:  # "那市级先进职工小家有几个？": what it has is the thing counted, unless only a time ("那今年有多少个")
        what = MONTH_WORDS.sub("", PERIOD_WORDS.sub("", YEAR_WORDS.sub("", _LEADING_CONNECTIVE.sub("", held.group("what")))))
        if len(re.sub(r"[^\u4e00-\u9fff]", "", what)) >= 2:
            return question
    before = re.search(rf"(?:多少|几){bare.group('measure')}(?P<noun>[^，,。？?！!的了]{{2,10}}?)(?:[，,。？?！!]|$)", previous)
    if not before:
        return question
    return question[: bare.start("end")] + before.group("noun") + bare.group("end")


# a follow-up opening by pointing at the meeting or event just asked about ("那次会上", "这次活动中", "那次比赛")
_EVENT_POINTER = re.compile(r"^(?:那么|那)?[，,]?(?:那|这|该|此)次(?P<kind>会议?|大会|活动|比赛|竞赛)(?P<at>上|中|里)?[，,]?")
# the event of each kind a question names, from its opening up to the event's word: a meeting ("2020年8月29日那次职代会",
# not 协会, 联合会, 委员会, 社会), an activity, a contest
_EVENT_NAMED = {
    "会": re.compile(r"^[^，,。？?]*?(?:职代会|教代会|工代会|代表大会|全委会|会议|大会|[\u4e00-\u9fff](?<![协合员社工学商总])会(?![员议长]))"),
    "活动": re.compile(r"^[^，,。？?]*?活动"),
    "赛": re.compile(r"^[^，,。？?]*?(?:比赛|竞赛|大赛|赛)"),
}


def event_pointed(question: str, previous: str) -> str:
    """The event the question before named, when this one opens by pointing at an event of its kind ("那次会上…"
    after "…那次职代会…"); "" otherwise. The follow-up is then that event's question: it names what it asks itself,
    so nothing else is carried."""
    pointer = _EVENT_POINTER.match(question)
    if not pointer:
        return ""
    kind = pointer.group("kind")
    pattern = _EVENT_NAMED["活动" if kind == "活动" else "赛" if kind.endswith("赛") else "会"]
    named = pattern.match(_told(previous))
    return named.group(0) if named else ""


_DEPUTY_ASKED = re.compile(r"^(?:常务)?副(?P<post>主席|主任|书记|会长|组长|团长)$")


def _narrower_asked(topic: str, previous: str) -> str:
    """"副主席呢？" after "…选出来的工会主席是谁？": the question before, asking who holds the deputy's post; "" when the
    topic is no deputy of a post the question before asked the holder of (a name after the post, "主席王某在会上…", or a
    post not asked for, "主席提出了哪些要求", leaves the question as it was)."""
    deputy = _DEPUTY_ASKED.match(topic)
    if not deputy:
        return ""
    asked = re.search(rf"(?<!副){deputy.group('post')}(?=(?:是谁|叫什么|由谁|是哪位|是哪一位))", previous)
    return previous[: asked.start()] + topic + previous[asked.end() :] if asked else ""


def _told(question: str) -> str:
    """What a question is about without its asking words ("…的《某剧》是哪天首演的" -> "…的《某剧》
    首演的"): a follow-up that names nothing goes on from it."""
    return _ASKED_PART.sub("", question).rstrip("？?。，, ")
