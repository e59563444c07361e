"""Questions that set several subjects side by side: "顺昌县和盘山县总工会分别慰问了多少户？",
"社区工会的"三有"和供电局工会的"三个维护"分别指什么", "罗湖那个街道和桂园街道，哪个多？各多少？".

Such a question is split into one question per subject (the subject and what is asked of it),
so that each is retrieved and answered on its own: a single search for both subjects finds
the one whose words happen to match best and misses the other. The subjects are read from the
sentence's shape (two phrases joined by 和/与/及/、 before 各/分别, or a clause that is nothing
but such a pair), not from a list of names, so descriptions work too ("新疆那个县").

Each subject's own question is then read with the organisation it opens with: the article whose
unit is that very name comes first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer_types import Candidate
from assistant.condense import unit_names
from assistant.enumeration import opens_with_verb, ordinal_value, word_bounds
from assistant.persons import looks_like_name
from assistant.scope import says_only_kind
from ingest.name_shield import shield_names, unshield
from vectorstore.lexical import tagged

Known = Callable[[str], bool]
"""Whether the material itself uses a phrase: a name without a name ending ("华南师大",
"湛江电信") is a subject when the reports say it."""

MAX_SUBJECTS = 4
_CLAUSE_END = re.compile(r"[，,？?；;。！!]")
_JOIN = re.compile(r"以及|和(?!谐)|(?<![参给])与(?!会)|(?<![普涉提危])及(?!时)|跟|、")  # not inside 和谐, 参与, 及时, 合同
_JOIN_CHARS = "以和与及跟"
_EACH = re.compile(r"各自|各(?![级类种项地界族])|分别")  # not 各级/各类…: all of a kind, not each subject
# Words of comparison and of the answer's shape, not of a subject: dropped from the predicate.
_COMPARE = re.compile(r"(?:哪个|哪边|哪家|哪一?方)(?:的)?(?P<noun>[^，,？?]{0,8}?)[最更]?(?:多|少|高|低|大|小|早|晚)|谁[最更]?(?:多|少|高|低)|"
                      r"最多|最少|是否一致|一致吗|相比|对比|比较一下")
_MIN_SUBJECT = 2
_LOCATED_BY = re.compile(r"、[^、，,和与及]{1,8}所在")  # not "A和B所在的那个社区", two subjects (the second described)
_UNION_ITSELF = frozenset(("工会", "工会委员会", "本单位工会", "该工会"))
_MAX_NAME = 16  # a subject longer than this, before a shared "的…" tail, is a phrase, not a name
_SET_BESIDE = re.compile(r"(?:相比|比较|比)$")  # "石岭煤矿跟那家医院比": the second subject without 比
# What ends the name of an organisation or an area. Every subject must hold one, and the first
# must end with one (or with its own "的…"/"那…" description): "挂横幅、贴标语、出黑板报分别多少"
# asks about items of one article, not about several subjects.
_ORG = re.compile(r"(?:总工会|工会联合会|工会委员会|工会(?!员)|工联会|街道|社区|开发区|园区|公司|集团|中心|机关|支行|分行|银行|学校|中学|小学|学院|大学|医院|(?<![其之一二三四五六七八九十\d])[一二三四五六七八九十]中(?![心央国华间秋层级期旬])|[农林牧渔茶机]场|[省市县区镇乡村旗州局厅委厂矿院所站])")
_TIMES = r"(?:(?:19|20)\d\d年度?|上半年|下半年|全年|今年|去年)+"
_EVENT_END = re.compile(r"(?:会议|大会|全委会|[职教工]代会|运动会|联欢会|座谈会|表彰会|[比竞大联谊请决]赛|活动)$")
_DESCRIBED = re.compile(rf"{_ORG.pattern}(?:[的那（(].*|{_TIMES})?$"  # or its own time ("利海公司工会上半年")
                        # or an event of the body ("某总工会十二届五次全委会", "某集团工会全委扩大会议")
                        rf"|{_ORG.pattern}.*{_EVENT_END.pattern}")


# a term or session ("鲁西集团第八届工会会员代表大会", "十一届二次职代会") is the meeting's, after the name
_NAME_STOP = re.compile(rf"的|那|{_TIMES}|第?[一二三四五六七八九十\d]{{1,3}}[届次]")
_QUOTE_OPENS = re.compile(r"[“\"「《]")
_MIN_KNOWN = 4  # a known name shorter than the whole phrase: at least this long ("华南师大教代会")


def known_name(part: str, known: Known | None) -> str:
    """The name a part opens with when the material uses it, though it has no name ending
    ("华南师大的教代会" -> 华南师大, "湛江电信2017年" -> 湛江电信); "" otherwise. A part that opens
    with a verb ("发放助学金") is something done, not a name, however often the reports say it."""
    if known is None:
        return ""
    # (a quote opens what the body did, no part of its name: "南京江北新材料科技园“要约应约”环节")
    head = _QUOTE_OPENS.split(_NAME_STOP.split(part, maxsplit=1)[0], maxsplit=1)[0][:_MAX_NAME]
    if len(head) < _MIN_SUBJECT or _ASKS.search(head) or (opens_with_verb(head) and not _unknown_word_opens(head)):
        return ""
    for end in sorted(word_bounds(head), reverse=True):  # the longest run of whole words the reports say
        if (end >= _MIN_KNOWN or end == len(head)) and end >= _MIN_SUBJECT and known(head[:end]):
            return head[:end]
    return _place_and_trade(head, known)


def opens_with_name(part: str, known: Known) -> bool:
    """The part opens with a name of its own: one the material uses ("华南师大…"), or a short body's
    name ending as one does that the material writes ("智能所评出的…")."""
    return bool(known_name(part, known) or opening_body(part, known))


def opening_body(part: str, known: Known) -> str:
    """The body's name a part opens with, ending as a body's name does, when the material writes it
    ("智能所评出的…" -> 智能所, a name too short for the question's own scope to read); "" otherwise."""
    ending = _ORG.search(part, 1)
    return part[: ending.end()] if ending is not None and ending.end() <= _MAX_NAME and known(part[: ending.end()]) else ""


def _unknown_word_opens(head: str) -> bool:
    """The tagger cut the opening into single characters ("经/开/公交"): a word it does not know,
    which a name is more often than a deed ("发放/助学金" opens with a whole verb)."""
    words = tagged(head)
    # not a verb with its particle, pronoun or measure word, nor two verbs ("发/了", "给/他", "送/去/米")
    return (len(words) >= 2 and len(words[0][0]) == 1 and len(words[1][0]) == 1
            and not any(flag.startswith(("u", "r", "y", "q")) for _, flag in words[:2])
            and not (words[0][1].startswith("v") and words[1][1].startswith("v")))


def _place_and_trade(head: str, known: Known) -> str:
    """"十堰邮政", "安徽电信": a place and the trade of a body in it, as people name a company, each
    word one the reports say though never side by side."""
    words = tagged(head)
    if len(words) < 2 or words[0][1] not in ("ns", "nr", "nz") or not words[1][1].startswith("n") or not known(words[1][0]):
        return ""
    name = words[0][0] + words[1][0]
    return name if known(words[0][0]) and len(name) >= _MIN_KNOWN else ""


def _parallel_name(part: str, beside: str, known: Known | None) -> bool:
    """"宜春移动" beside "抚州移动": another place before the same trade as a name the material uses
    is a body too, though the material never names it (so its line can say it has nothing on it)."""
    if known is None or known_name(beside, known) != beside:
        return False
    words = tagged(beside)
    if len(words) != 2 or words[0][1] != "ns":
        return False
    trade = words[1][0]
    place = part[: -len(trade)]
    return part.endswith(trade) and 2 <= len(place) <= 3 and place != words[0][0] and tagged(place)[0][1] in ("ns", "nz", "j")


def _thing_after_name(part: str) -> bool:
    """Words after the organisation's name that are neither a time nor its own "的…": the part is
    something the unit has ("某县总工会职工书屋"), so the parts beside it are things, not names."""
    tail = re.sub(_TIMES, "", part[_name_end(part):]).split("的")[0]
    # an event of the body ("某工会第一次会员大会的…") describes the subject, as in _DESCRIBED;
    # a tail that ends as a body does ("茂南区|税务局") goes on with the name
    return (bool(tail) and not tail.startswith(("那", "（", "(")) and not _EVENT_END.search(tail)
            and not re.search(rf"{_ORG.pattern}$", tail))


def _named(part: str, known: Known | None) -> bool:
    return bool(_ORG.search(part)) or bool(known_name(part, known))


_NOT_OWN = r"(?!基层|下属|所属|直属|各)"  # "基层工会", "所属单位": what each subject has, not its own name
_OWN_BODY = r"(?:局|厅|委|公司|集团|医院|院|台|社|馆|中心)"  # how a body the last subject names runs to its end


def _subjects(phrase: str, set_apart: bool = False, known: Known | None = None) -> tuple[list[str], str]:
    """The subjects joined in the phrase, and what the last one carries for all of them
    ("湘乡市总工会和盘山县总工会慰问劳模" -> the two unions, "慰问劳模"). A phrase `set_apart`
    by commas ("A单位评的先进个人，和B那家医院评的微笑天使，各…") is whole subjects however the
    first one ends."""
    # "都江堰市、和平区总工会": 和 of 和平区 joins nothing (name_shield)
    shielded = shield_names(_kind_repeated_join(_SET_BESIDE.sub("", phrase)), _JOIN_CHARS)
    parts = _descriptions_joined(_one_name_joined([unshield(p).strip("的 ") for p in _JOIN.split(shielded)]))
    repeated = _repeated_tail(parts)
    if repeated:  # "青禾邮政的工会主席和柳岸供水集团的工会主席": each subject's own 工会主席
        return [p[: -len(repeated)] for p in parts], repeated
    owned = _owned_tail(parts, known)
    if owned:  # "青禾邮政和柳岸供水集团的工会主席": what the last one has, each has
        return [*parts[:-1], parts[-1][: -len(owned)]], owned
    if not 2 <= len(parts) <= MAX_SUBJECTS or any(len(p) < _MIN_SUBJECT or not (_named(p, known) or any(
            _parallel_name(p, q, known) for q in parts if q != p)) for p in parts):
        return [], ""
    if any(not _ORG.search(p) for p in parts) and any(_thing_after_name(p) for p in parts if _ORG.search(p)):
        return [], ""  # "某县总工会职工书屋和职工之家": things of one unit, not two units
    if not set_apart and not _DESCRIBED.search(parts[0]) and not known_name(parts[0], known):
        return [], ""
    shared = ""
    last = parts[-1]
    end = _name_end(last)
    # "徐汇区民政局工会和永嘉县教育工会…": when the first is a union, the last runs to its own union
    # ("教育工会" is its name's end, not a kind of union each has, as in "丁香街道和桂园街道基层工会")
    own_union = re.match(rf"{_NOT_OWN}[\u4e00-\u9fff]{{0,6}}?总?工会", last[end:]) if parts[0].endswith("工会") else None
    # (or to its own body: "四川省林业工会和海东市水务局送温暖…" asks of 海东市水务局, not of each one's 水务局)
    # ("北方昆曲剧院和合肥市广播电视台…": a theatre, a station, a paper or a museum is a body of its own too)
    own_union = own_union or (re.match(rf"{_NOT_OWN}[\u4e00-\u9fff]{{1,6}}?{_OWN_BODY}", last[end:])
                              if re.search(rf"(?:工会|{_OWN_BODY})$", parts[0]) else None)
    if own_union:
        end += own_union.end()
    # a bracket right after the name describes it ("xx社区（0.32平方公里那个）的"); one further on is in what is asked
    if re.search(rf"{_ORG.pattern}$", parts[0]) and not re.search(r"[（(]", last[: end + 1]):
        tail = last[end:]
        # a tail naming another organisation is part of a description ("那个…工会的街道")
        if tail and not _names_other_body(tail):
            # a tail naming unions is something each subject has ("的基层工会"), not part of its name
            parts[-1], shared = last[:end], ("的" + tail if _ORG.search(tail) and not _PREPOSITION.match(tail) else tail)
    return parts, shared


_PREPOSITION = re.compile(r"[在于对给向从把将]")  # "…在基层新建工会方面": what is done, not what each has


_KIND_BEFORE_JOIN = re.compile(r"(街道|社区|公司|集团|[局院厂矿站所馆店镇乡村县区市])和(?=[\u4e00-\u9fff]{2,6}?\1)")


def _kind_repeated_join(phrase: str) -> str:
    """"天桥街道和平湖街道": a 和 between two names of one kind joins them, though 和平 opens many names (the shield keeps
    "南开区和平区" whole: a name of one character before its kind is no body of its own)."""
    return _KIND_BEFORE_JOIN.sub(lambda m: m.group(1) + "、", phrase)


def _one_name_joined(parts: list[str]) -> list[str]:
    """"许昌市自然资源和规划局": a 和 inside one body's name. A part whose words end in no body
    ("…自然资源") and a next one that opens with a short body of no place of its own ("规划局的…")
    are one name."""
    joined: list[str] = []
    for part in parts:
        body = _SHORT_BODY.match(part)
        # "市总工会的女职工和教育局的女职工": a thing of a body ("的…") is no name in progress
        if joined and body and "的" not in joined[-1] and not re.search(rf"{_ORG.pattern}$", joined[-1]) and _ORG.search(joined[-1]):
            joined[-1] += "和" + part
        else:
            joined.append(part)
    return joined


_SHORT_NAME = 4  # "经开公交" (经济开发区's bus company): a part this short is a name, whatever the tagger reads first


def _descriptions_joined(parts: list[str]) -> list[str]:
    """"受陕西省建设工会指导、王增发任董事长的那个局": a part that says something done and names no body
    of its own at its end goes on describing the one after it."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].endswith("、"):
            joined[-1] += part
        elif (part is not parts[-1] and len(part) > _SHORT_NAME and opens_with_verb(part) and not re.search(rf"{_ORG.pattern}$", part)
              and not part.startswith(("和", "与", "及"))):
            joined.append(part + "、")
        else:
            joined.append(part)
    return joined


_SHORT_BODY = re.compile(r"(?![省市县区镇乡])[\u4e00-\u9fff]{1,3}?[局厅委办署](?![\u4e00-\u9fff]{0,2}[局厅委办])")


def _repeated_tail(parts: list[str]) -> str:
    """The "的…" every part ends with, the same in each ("的工会主席"): what is asked of each
    subject, said once per subject; "" when the parts do not repeat one."""
    if not 2 <= len(parts) <= MAX_SUBJECTS or any("的" not in p for p in parts):
        return ""
    tails = {p[p.rindex("的"):] for p in parts}
    tail = tails.pop() if len(tails) == 1 else ""
    return tail if len(tail) >= 3 and all(len(p) - len(tail) >= _MIN_SUBJECT for p in parts) else ""


def _owned_tail(parts: list[str], known: Known | None = None) -> str:
    """The "的…" the last part ends with when what stands before it is an organisation's name (or
    a name the material uses: "仪征化纤的工会主席") and the tail names none ("…长春工厂的工会主席"):
    what every subject is asked for, said once. The parts before it may be names of any shape
    ("衢州佰强"), but no question."""
    if not 2 <= len(parts) <= MAX_SUBJECTS or "的" not in parts[-1]:
        return ""
    last = parts[-1]
    head, tail = last[: last.rindex("的")], last[last.rindex("的"):]
    named = (re.search(rf"{_ORG.pattern}$", head) or (known_name(head, known) == head and "的" not in head)
             or any(_parallel_name(head, p, known) for p in parts[:-1]))
    # the tail may name the union each has ("的工会主席", "的总工会在…"), no other body
    if not named or _names_other_body(tail[1:]) or len(tail) < 2:
        return ""
    if any(len(p) < _MIN_SUBJECT or len(p) > _MAX_NAME or _ASKS.search(p) or "的" in p for p in parts[:-1]):
        return ""
    if any(_EVENT_END.search(p) for p in parts[:-1]):  # "A工会换届大会和B的职代会": each has its own meeting
        return ""
    if any(tail.endswith(p[-2:]) for p in parts[:-1]):  # "黄州工业园和新河镇的雅雀村工业园": a body of the kind
        return ""  # the first is, named with its place, not a thing each has
    return tail


def _names_other_body(tail: str) -> bool:
    """The words after a subject's name name a body other than its union: "那个…工会的街道" does,
    "的总工会在户外劳动者驿站上" does not (a one-character ending inside a word, 驿站上, ends no name)."""
    for match in _ORG.finditer(tail):
        if match.group(0) in ("工会", "总工会", "工会联合会", "工会委员会", "工联会"):
            continue
        if len(match.group(0)) > 1 or re.match(r"$|[的那，,、和与及（(]", tail[match.end():]):
            return True
    return False


_POINTED_BODY = re.compile(rf"的那[个家所位座][\u4e00-\u9fff]{{0,4}}?{_ORG.pattern}")


_SUBJECTS_COUNTED = re.compile(r"(?:这|那)?(?:[两二三四五六七八九十几多各]+|\d+)(?:地|家|个|方|区|县|市)(?=总?工会|的|都|共|各|分别)")  # (not "二所工会": an institute's number)


def _name_end(subject: str) -> int:
    """Where the name at the start of a subject ends: after its union ("中州铝业工会|…"), or
    after its first run of name endings ("盘山县总工会|慰问劳模", "九园园区|新建的工会",
    "研究院工会|的年度总结大会")."""
    end = -1
    for match in _ORG.finditer(subject, 1):
        if end >= 0 and match.start() != end:
            break
        end = match.end()
    inner = re.match(r"[\u4e00-\u9fff]{0,6}?和", subject[max(end, 0):]) if end > 0 else None
    body = _SHORT_BODY.match(subject, end + inner.end()) if inner and "的" not in inner.group(0) else None
    if body:
        end = body.end()  # "许昌市自然资源和规划局|组织的…": one body's name
    described = re.match(rf"那[个家所位座]?[\u4e00-\u9fff]{{0,4}}?{_ORG.pattern}", subject[max(end, 0):])
    if end > 0 and described:  # "鄂州那所小学|给职工过生日": the description goes on with the kind of body
        end += described.end()
    pointed = _POINTED_BODY.search(subject, 0, _MAX_NAME * 2)
    if pointed and pointed.end() > end:  # "鞠汉中任工会主席的那个局|的三八表彰大会": a described body ends there
        return pointed.end()
    union = re.search(r"总?工会(?:联合会|委员会)?|工联会", subject)  # "亳州邮政行业工会联合会|这三次职代会"
    # "中州铝业工会": 州 inside a name ends nothing; "丁香街道|基层工会" is a kind of union each subject has
    # ("历城区|三地工会建的…": the subjects counted together, "三地", "两家", is no part of the last one's name)
    if (union and 0 < end < union.start() and "的" not in subject[: union.start()] and not says_only_kind(subject[end : union.end()])
            and not _SUBJECTS_COUNTED.match(subject, end)):
        return union.end()
    return end if end > 0 else len(subject)


def _compared(match: re.Match[str]) -> str:
    """What a comparison asks about, as something the subject has: "哪个的基层工会多" asks each
    subject for "的基层工会" ("桂园街道的基层工会", whose unit is 桂园街道, not "桂园街道基层工会")."""
    noun = match.group("noun")
    # "哪个县多", "哪家单位更多": the kind of the subjects themselves, not something each has
    return "的" + noun if noun and not _SUBJECTS_KIND.fullmatch(noun) else ""


_SUBJECTS_KIND = re.compile(r"[县市区镇乡旗州]|单位|部门|街道|公司|企业|学校|工会|医院|局")


def body_names(name: str) -> list[str]:
    """The bodies a compound name holds, each ending as a body does ("合肥研究院智能所" -> 合肥研究院, 智能所)."""
    ends = [m.end() for m in _ORG.finditer(name, 1)]
    return [name[start:end] for start, end in zip([0, *ends], ends) if end > start]


def subject_name(subject: str) -> str:
    """The organisation a subject's question opens with ("xx区总工会4月16日那次活动…" ->
    xx区总工会), or "" when it opens with none, or with a question word ("哪几家工会…" asks which)."""
    found = _ORG.search(subject, 1)
    return subject[: _name_end(subject)] if found and not _ASKS_WHICH.match(subject) else ""


_ASKS_WHICH = re.compile(r"哪|什么|多少|几[家个所]")


def named_first(ranked: list[Candidate], subject: str) -> list[Candidate]:
    """The sentences of the article whose unit is the very name the subject opens with first, the
    rest after, each in score order: a template's name ("xx区总工会") is no scope, yet it says
    which article is meant."""
    name = subject_name(subject)
    return sorted(ranked, key=lambda c: not name or str(c.hit.metadata.get("unit") or "") != name)


_QUESTION_END = re.compile(r"[？?]")
_TOPIC_END = re.compile(r"(?:方面|领域)$")  # "户外劳动者驿站方面，…": a topic, whatever name-like words it holds
# A question this long stands alone: "中行某分行是什么时候开的换届职代会？某中行的职代会是哪天开的？"
# is two questions even without a name ending in 工会/局/公司. Chosen on the tuning material: 12
# characters gained three several-document questions and lost none; 8 and 10 also split "哪些单位组织过
# 登山比赛？各是在哪里或什么时候？" (whose second part leans on the first), 16 left one pair joined.
# With a second question that leans on the first (各…, 那…) kept whole, 10 splits "酒钢评了多少个先进
# 班组？中油二建…又选树了多少个…？" too.
_WHOLE_QUESTION = 10
_LEANS = re.compile(r"(?:各|分别|都|那|其|他|她|它|这|具体|又)")  # "…？各是在哪里…？" goes on from the question before
_PAUSE = re.compile(r"[？?，,；;]")
# words that join a question to the one before and are not part of its subject ("另外青松区总工会…")
_CONNECTIVE = re.compile(r"^(?:另外|此外|还有|同时|那么|而且|以及|再有)[，,]?")
_ASKS = re.compile(r"多少|几|哪|什么|谁|是否|有没有|是不是|有无|吗|怎样|如何|多[大久长高远重]|啥|何时|怎么")


def _separate_questions(question: str, known: Known | None = None) -> list[str]:
    """"A镇新增了多少家？B街道新建了几家？", or the same said with commas ("沈阳那个厂派了多少
    职工…，金寨公司工会开了几次职代会"): two whole questions, each about its own subject (each
    names an organisation, not the same one, and asks something). Between commas the names must
    say which organisation: "县总工会慰问了多少户，全县工会投入多少资金" asks two things of one.
    Questions each ended by ？ and long enough to stand alone are two whatever their names."""
    for pause, least in ((_QUESTION_END, 1), (_PAUSE, _MIN_SUBJECT)):
        asked = [_CONNECTIVE.sub("", q.strip(" ，,")) for q in pause.split(question) if q.strip(" ，,")]
        topic = []  # "就业帮扶方面，A…多少人，B…多少人": a clause that asks and names nothing is the topic of each
        while len(asked) > 2 and not _ASKS.search(asked[0]) and (not _ORG.search(asked[0]) or _TOPIC_END.search(asked[0])):
            topic.append(asked.pop(0))
        # "A街道和B社区都慰问了环卫工人，B社区送了多少…，A街道送了多少…": a clause naming the bodies each question
        # after it asks of again says nothing of its own to ask
        if len(asked) > 2 and not _ASKS.search(asked[0]) and _names_each_asked(asked[0], asked[1:]):
            asked.pop(0)
        if any(_COMPARE.fullmatch(q.strip("？?。 ")) for q in asked[1:]):
            return []  # "…各慰问了多少人？哪个县多？": the comparison is of the subjects asked before it
        if 2 <= len(asked) <= MAX_SUBJECTS and all(_ASKS.search(q) for q in asked):
            whole = ["，".join([*topic, q]) for q in asked]
            if pause is _QUESTION_END and all(len(q) >= _WHOLE_QUESTION for q in whole) and not any(_LEANS.match(q) for q in asked[1:]):
                return whole
            # names are read from each question's own words: the topic is no organisation of its own
            found = [_ORG.search(q, 1) for q in asked]
            names = [q[: f.end()] if f and (f.start() >= least or _short_place(q, f)) else known_name(q, known)
                     for q, f in zip(asked, found)]
            names = [name for name in names if name]
            if len(names) == len(asked) and len(set(names)) == len(names):
                return whole
    return []


def _names_each_asked(clause: str, asked: list[str]) -> bool:
    """Every question after the clause opens with a body's name the clause holds too."""
    names = [q[: f.end()] for q in asked for f in [_ORG.search(q, 1)] if f]
    return len(names) == len(asked) and len(set(names)) == len(names) and all(name in clause for name in names)


def _short_place(question: str, found: re.Match[str]) -> bool:
    """A place of two characters ("郏县", "沛县") opens the question: one character and an
    administrative ending, not a word for all or this one ("全县", "本市")."""
    return found.start() == 1 and found.group(0) in _PLACE_ENDS and question[0] not in "各全本该我此每某这那其"


_PLACE_ENDS = frozenset("县市区镇乡旗州")


_ALSO = re.compile(r"^(?:还有|再加上|再有)")


def _joined_clauses(question: str) -> list[tuple[str, bool]]:
    """The question's clauses, a clause that opens with 和/与/及 joined back to the one before:
    "佰强工会的文体委员，和校工会排球赛冠军队的老师，分别是谁" sets two subjects side by side.
    Each clause comes with whether it was so joined."""
    clauses: list[tuple[str, bool]] = []
    for clause in (c for c in _CLAUSE_END.split(question) if c.strip()):
        clause = _ALSO.sub("和", clause.strip(), count=1) if clauses else clause  # "A、B，还有C，…分别是谁"
        if clauses and _JOIN.match(clause.strip()):
            clauses[-1] = (clauses[-1][0] + clause.strip(), True)
        else:
            clauses.append((clause, False))
    return clauses


# "A、B、C，这三件事分别是哪天": things listed, then counted and pointed back at, each asked the rest
_POINTED_THINGS = re.compile(r"^(?:这|那|以上|上述)(?P<count>[两二三四2-4])(?:件事情?|件事|项(?:活动|工作)?|个活动|场(?:活动|会议?)?|次(?:活动|会议)?)"
                             r"(?:[，,]?\s*)(?:各自|分别|各)")


def _pointed_things(question: str) -> list[str]:
    """One question per thing when a clause lists them and the next counts and points back at
    them ("…春游、…职代会、…汇报会，这三件事分别是哪天？"): whatever the things are, named or not,
    the count says they are the subjects."""
    clauses = [c.strip() for c in _CLAUSE_END.split(question) if c.strip()]
    for i in range(1, len(clauses)):
        pointer = _POINTED_THINGS.match(clauses[i])
        if not pointer:
            continue
        things = _joined_things(clauses[i - 1])
        if len(things) != ordinal_value(pointer.group("count")) or any(len(t) < 4 for t in things):
            return []
        # "青柳公司工会的春季运动会和秋季登山比赛": the owner the first one names is every one's
        owner = things[0][: things[0].rfind("的") + 1]
        things = [things[0]] + [t if "的" in t else owner + t for t in things[1:]]
        asked = "，".join([clauses[i][pointer.end():].strip(" ，"), *clauses[i + 1:]])
        return [f"{thing}{asked}" for thing in things] if asked else []
    return []


# "A的职工数和B的会员数，哪个更多": quantities of different things compared, each asked for its own figure
_QUANTITY_END = re.compile(r"(?:人数|总数|户数|数量|数|金额|总额|量|资金|经费|规模|多少)$")
# "A的2007年产销量，和B的累计产量，各是多少": each quantity asked for, whatever year the first one says
_EACH_FIGURE = re.compile(r"(?:各|分别)(?:自)?(?:是|有|为)?多少[？?]?")


def _compared_quantities(question: str) -> list[str]:
    """One question per quantity when a clause joins two to four quantities, each "X的…数", and
    another clause only compares them ("哪个更多") or asks each one's figure ("各是多少"): each is asked
    "是多少", since what each counts differs (and a year one of them says is not the others')."""
    clauses = [c.strip() for c, _ in _joined_clauses(question)]  # "A的会员数，和B的会员数，哪个更多"
    if len(clauses) != 2 or not (_COMPARE.fullmatch(clauses[1].strip("呢吗啊")) or _EACH_FIGURE.fullmatch(clauses[1])):
        return []
    parts = _joined_things(clauses[0].replace("，", ""))
    if not 2 <= len(parts) <= MAX_SUBJECTS or not all(_QUANTITY_END.search(p) and len(p) >= 5 for p in parts):
        return []
    if _EACH_FIGURE.fullmatch(clauses[1]) and not all(unit_names(p) for p in parts[1:]):
        return []  # "A的户数，和发放的金额，各是多少": the second is A's too, asked with the first
    return [f"{part}是多少" for part in parts]


# "这几家企业的工会主席分别是谁：A、B、C？": the bodies asked about, listed after a colon
_NAMES_AFTER_COLON = re.compile(r"^(?P<ask>[^：:]{4,40})[：:](?P<names>[^：:？?。；;，,]{4,120}?)[？?。]?$")
_POINTER_OWNER = re.compile(r"^(?:这|以下|下列|如下)(?:[两二三四五六七八九几]|\d)?[家个所位份]?[\u4e00-\u9fff]{0,6}?(?:的|(?=各|分别))")
_PLACE_OR_PERSON = re.compile(r"[\u4e00-\u9fff]{1,4}[省市县区镇乡村]")  # an area alone is where, not whose
_WENT_TO = re.compile(r"[到去赴在]哪")  # "分别到哪两个县送温暖：…": the places gone to, not the bodies asked about


def _names_put_first(question: str) -> str:
    """"…分别是谁：A、B、C？" as "A、B、C的…分别是谁？", the form subjects are read from (the words pointing
    at them, "这几家企业的", "以下单位", left out), when no name listed is an area alone or a person; other questions as they are."""
    found = _NAMES_AFTER_COLON.match(question)
    names = _joined_things(found.group("names")) if found else []
    if (len(names) < 2 or not _EACH.search(found.group("ask")) or _WENT_TO.search(found.group("ask"))
            or any(_PLACE_OR_PERSON.fullmatch(name) or looks_like_name(name) for name in names)):
        return question
    ask = found.group("ask")
    pointer = _POINTER_OWNER.match(ask)
    joint = "的" if pointer is None or pointer.group(0).endswith("的") else ""
    return f"{found.group('names')}{joint}{ask[pointer.end():] if pointer else ask}？"


def _joined_things(phrase: str) -> list[str]:
    """The parts a phrase joins with 和/与/及/、 (not inside 和谐, 参与, 及时; not a word's first 和, as in 和平社区)."""
    return [t.strip("的 ") for t in re.split(rf"(?<=[\u4e00-\u9fff）)”])(?:{_JOIN.pattern})", phrase) if t.strip("的 ")]


# "A和B这两份材料里，…分别…", "A煤矿和B矿两家工会的…": words pointing back at the subjects,
# counted, as documents or bodies, which no subject's own question holds ("开封那家公司" describes one subject and stays)
_POINTING_BACK = re.compile(r"(?<=[\u4e00-\u9fff])这(?:[两二三四几]|\d)[份篇个家所]?"
                           r"(?:材料|总结|报告|资料|文章|单位|工会|煤矿|学校|医院|公司)(?:里面|当中|里|中|上)?(?=[，,的各分都])"
                           # without 这, only right after a body's name and only as unions or units ("A矿和B矿两家工会的")
                           r"|(?<=[会司团心关校院矿厂局所站])(?:[两二三四几]|\d)[家个所]?(?:工会|单位)(?=[，,的各分都])")


# "这两家自然资源部门（新疆自然资源厅、许昌市…局）组织的…": the bodies in brackets are the subjects
_BRACKETED = re.compile(r"(?:这|那)?[两二三四几]?[家个所位份]?[\u4e00-\u9fff]{0,10}[（(]([^（）()]{4,80})[)）]")


def _unbracketed(question: str) -> str:
    """A question that names its subjects in brackets after what they are, written as "A、B…"."""
    found = _BRACKETED.search(question)
    if not found:
        return question
    items = [item.strip() for item in re.split(r"[、，,]" if re.search(r"[、，,]", found.group(1)) else r"和|与|及",
                                              found.group(1)) if item.strip()]
    if not 2 <= len(items) <= MAX_SUBJECTS or not all(re.search(rf"{_ORG.pattern}$", item) for item in items):
        return question
    return question[: found.start()] + "、".join(items) + question[found.end():]


# "说到村一级工会：A、B和C各有多少…": a topic said first, before the colon
_LEADING_TOPIC = re.compile(r"^(?:说到|说起|谈到|关于|至于)(?P<topic>[^：:，,？?]{2,12})[：:，,]")


def _without_repeated_topic(question: str) -> str:
    """The question without a topic said first that what each is asked says again ("说到村一级工会：
    …各有多少村级工会组织"); a topic said only there stays, to be asked of each."""
    found = _LEADING_TOPIC.match(question)
    if not found:
        return question
    words = [w for w, flag in tagged(found.group("topic")) if len(w) >= 2 and flag.startswith(("n", "vn"))]
    rest = question[found.end():]
    return rest if words and any(w in rest or w[:2] in rest for w in words) else question


# "烟台和扬州两家疾控中心…": places (or names) joined, then counted, then the kind of body they all are
_SHARED_KIND = re.compile(r"(?:^|(?<=[，,]))(?P<names>[\u4e00-\u9fff]{2,8}?(?:(?:和|与|及|、)[\u4e00-\u9fff]{2,8}?){1,3})"
                          r"(?P<count>[两二三四])[家个所座](?P<kind>(?:(?![的各分都了在是有和与及、])[\u4e00-\u9fff]){0,8}"
                          r"(?:总工会|工会|公司|集团|中心|医院|学校|中学|小学|大学|学院|银行|分行|支行|局|厂|矿|院|站))")


_NAME_ENDS = re.compile(rf"(?:{_ORG.pattern})$")


def _shared_kind_spelled_out(question: str) -> str:
    """"烟台和扬州两家疾控中心…" as "烟台疾控中心和扬州疾控中心…": each name with the kind the count
    says they share, when the count is the number of names (a level both write once: 青禾县 + 县总工会)."""
    found = _SHARED_KIND.search(question)
    if not found:
        return question
    names = re.split(r"和|与|及|、", found.group("names"))
    kind = found.group("kind")
    if len(names) != ordinal_value(found.group("count")) or any(_ASKS.search(n) for n in names):
        return question
    if found.group("kind") in ("工会", "单位") and all(_NAME_ENDS.search(n) for n in names):
        return question  # "白鹭煤矿和青禾矿两家工会": bodies already, the count points back at them
    bodies = [n + (kind[1:] if n[-1] == kind[0] else kind) for n in names]
    more = re.match(r"和|与|及|、", question[found.end() :]) is not None  # "A、B两家…和C": one list of all
    spelled = "、".join(bodies) if more else "、".join(bodies[:-1]) + "和" + bodies[-1]
    return question[: found.start()] + spelled + question[found.end() :]


def _owner_shared(subjects: list[str]) -> list[str]:
    """"青禾竞赛的二等奖和三等奖": what the first subject is of (青禾竞赛的) is the others' too, when they
    are no bodies of their own."""
    owner = subjects[0][: subjects[0].rfind("的") + 1]
    if not owner or any("的" in other or _ORG.search(other) for other in subjects[1:]):
        return subjects
    return [subjects[0], *(owner + other for other in subjects[1:])]


_PAIR_THEN_THEY = re.compile(r"(?P<pair>[^，,？?]{4,40}?)[，,](?P<rest>[^？?]*?)(?:它们|两者|二者)")


def _they_as_each(question: str) -> str:
    """"A和B，材料里提到它们拿过哪些荣誉": a clause of two names and nothing else, then 它们, asks each of them, as 各
    would; "A和B签订了协议，它们约定了…" asks of what they did together."""
    found = _PAIR_THEN_THEY.match(question)
    # (names alone: each part ends as a body does, "市场监督管理局" though the tagger reads verbs in it)
    if not found or not _JOIN.search(found.group("pair")) or not all(
            re.search(f"(?:{_ORG.pattern})$", part.strip()) for part in _JOIN.split(found.group("pair"))):
        return question
    return question[: found.end("rest")] + "各" + question[found.end() :]


# what bodies do together ("市总工会和团市委联合举办…", "A与B签订…") is one deed, not one answer each
# (nor what they held or are to each other: "A和B举办的招聘会", "A和B是什么关系", "合并后")
_TOGETHER = re.compile(r"联合|共同|一起|携手|联手|合办|协办|会同|一同|相互|之间|结对|共建|签订|签署|对口|合作|关系|合并"
                       r"|(?:举办|举行|召开|主办|承办|组织|开展|下拨|联办|搞)的")


def _bodies_each_asked(subjects: list[str], question: str) -> bool:
    """"湘乡市总工会和顺昌县总工会上半年新建了多少家工会组织": bodies named in full side by side, asked
    something and not what they did together, are each asked it, as with 分别."""
    return (all(re.search(rf"{_ORG.pattern}$", s) for s in subjects) and not _TOGETHER.search(question)
            and bool(_ASKS.search(question)))


def split_subjects(question: str, known: Known | None = None) -> list[str]:
    """One question per subject when the question asks the same of two to four subjects, or asks
    two to four whole questions about different subjects; [] otherwise. `known` tells names the
    material uses from other words, for subjects without a name ending."""
    question = _shared_kind_spelled_out(_names_put_first(_they_as_each(question)))
    pointed = _pointed_things(question) or _compared_quantities(question)
    if pointed:
        return pointed
    question = _unbracketed(_POINTING_BACK.sub("", _without_repeated_topic(question)))
    separate = _separate_questions(question, known)
    if separate:
        return separate
    joined = _joined_clauses(question)
    clauses = [clause for clause, _ in joined]
    compared = [m.group(0) for c in clauses for m in _COMPARE.finditer(c)]
    for i, (clause, set_apart) in enumerate(joined):
        each = _EACH.search(clause)
        subject_part, asked = (clause[: each.start()], clause[each.end():]) if each else (clause, "")
        if _LOCATED_BY.search(subject_part):
            continue  # "青峙、蔚斗社区所在街道总工会…": the names listed say where the one body asked about is
        # subjects compared with each other are whole phrases, however the first one ends
        subjects, shared = _subjects(subject_part, set_apart or bool(compared), known)
        if not subjects:
            continue
        if not each and not compared and not any(_EACH.search(c) for c in clauses) and not _bodies_each_asked(subjects, question):
            return []  # "A和B" with nothing asked of each is one subject ("工会和行政联合开展…")
        if subjects[0] in _UNION_ITSELF:
            return []  # "工会、经审会、女职委的负责人分别是谁": the committees of one union, answered by one report
        rest = [shared + asked] + clauses[:i] + clauses[i + 1:]
        predicate = "，".join(p for p in (_EACH.sub("", _COMPARE.sub(_compared, r)).strip(" ，") for r in rest) if p)
        if not predicate and not each and not compared:
            return []
        if not _ASKS.search(predicate):  # "哪边新增的会员更多" compares figures: each subject is asked for its own
            predicate += "是什么时候" if any(c[-1] in "早晚" for c in compared) else "是多少"
        return [f"{subject}{predicate}" for subject in _owner_shared(subjects)]
    return []


def own_words(subject: str, subjects: list[str]) -> str:
    """A word one subject's question says that the others' do not ("…竞赛的二等奖给了…" -> 二等奖)."""
    others = {word for other in subjects if other != subject for word, _ in tagged(other)}
    return next((word for word, _ in tagged(subject) if len(word) >= 2 and word not in others), "")


_NUMERALS = "一二三四五六七八九十"
_COUNTED_AFTER = re.compile(r"[个名家次项人户位年月日季届期批件场支所座条]")
_NOT_OF_A_NAME = ("v", "p", "u", "r", "d", "c", "y", "x", "w", "q", "t")  # a verb, a function word, a time


def numbered_sibling(question: str, known: Known) -> str:
    """The name a question opens with, when the material never writes it but writes the same name with another
    number ("中国一重…" where the reports are 中国二重's, "三号矿" beside 二号矿): a sibling the material has
    nothing of, whose neighbour's facts must not pass for its own; "" otherwise."""
    words = []
    for word, flag in tagged(question):
        if flag.startswith(_NOT_OF_A_NAME):
            break
        words.append(word)
    # the name ends with the word that holds its number ("青禾/一中/教职工/运动会" is 青禾一中's event)
    numbered = next((i for i, word in enumerate(words) if any(c in _NUMERALS or c.isdigit() for c in word)), None)
    chunk = "".join(words if numbered is None else words[: numbered + 1])
    chunk = re.sub(r"(?:总工会|工会委员会|工会)$", "", chunk)  # "中国三重工会": the name is what the union is of
    numerals = [at for at, char in enumerate(chunk) if char in _NUMERALS or char.isdigit()]
    if not 3 <= len(chunk) <= 12 or len(numerals) != 1 or known(chunk):
        return ""
    at = numerals[0]
    if _COUNTED_AFTER.match(chunk, at + 1) or chunk[at - 1 : at] == "第" and not _ORG.search(chunk, at):
        return ""  # "三个社区", "第二届…": a count or an edition, no name
    others = [chunk[:at] + other + chunk[at + 1 :] for other in (_NUMERALS if chunk[at] in _NUMERALS else "123456789") if other != chunk[at]]
    return chunk if any(known(other) for other in others) else ""
