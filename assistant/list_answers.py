"""List answers: the enumeration a "哪些/哪几" question asks for, found in the best sentences and
their surroundings, scored by how much of the question it covers, and written out whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.aggregate import (
    unit_label,
)
from assistant.answer_types import Candidate, QueryProfile
from assistant.citing import Citer, as_sentence, attributed
from assistant.enumeration import COUNTED_HEADING, HONOURED, Enumeration, find_enumerations, ordinal_value
from assistant.extractive import naming_words, sentence_coverage
from assistant.persons import PEOPLE, SURNAMES, TITLES, looks_like_name, titled_person
from assistant.periods import ASKED_YEAR, festival_months, other_festival
from assistant.question_profile import GENERIC, RANK, names_the_quoted, quote_left_behind
from assistant.scope import PLAN_HEADING, months_named
from ingest.headings import heading_level
from vectorstore.lexical import tagged


LIST_CANDIDATES = 5
LIST_RATIO = 0.7  # a list is read from sentences scoring at least this share of the best one
CATEGORY_RATIO = 0.3  # or this share (the list floor), when the sentence says the category asked for
LIST_BEFORE, LIST_AFTER = 400, 900  # how far into the neighbouring text of the article a list is followed
MIN_ITEM_CHARS = 2  # a list half of whose items are single ordinal characters lists ranks or ordinals
_ORDINAL_CHARS = frozenset("一二三四五六七八九十百甲乙丙丁戊上中下前后左右东南西北正副初高大小")
MIN_LIST_ITEMS = 3  # "学费、生活费" is a phrase more often than the list a "哪些" question asks for
LIST_NEAR = 200  # a list this many characters after a sentence still belongs to it ("…赛事。此次分为：…")
_ITEM_PRIOR = 0.05  # a longer list is likelier the one asked about than a pair inside a phrase
_GAP_COST = 0.001
_CATEGORY_BONUS = 0.5  # the list names what the question asks for ("哪些培训" and "…等培训")
# what the rest of a list's own sentence says, again by itself: two lists after one lead ("大会选举产生了工会委员会和经审会。
# 王欢…等七位同志当选工会委员会委员；马琳…等三位同志当选经费审查委员会委员") differ only there
_OWN_TAIL_WEIGHT = 0.5
CATEGORY_AFTER = 12
LIST_REST_CHARS = 30  # how much of the sentence after a list's last item says what the list did


def article_window(candidate: Candidate, articles: dict[str, str]) -> tuple[str, int, int, int]:
    """The article text around a sentence (so a list is followed into the neighbouring chunks):
    (window, its offset in the article, the sentence's start and end in the window)."""
    hit = candidate.hit
    article, chunk_start = articles.get(hit.doc_id), hit.metadata.get("start")
    at = hit.text.find(candidate.text)
    if article is None or not isinstance(chunk_start, int) or article[chunk_start : chunk_start + len(hit.text)] != hit.text:
        return hit.text, 0, max(at, 0), max(at, 0) + len(candidate.text)
    begin = max(0, chunk_start + at - LIST_BEFORE)
    window = article[begin : chunk_start + at + len(candidate.text) + LIST_AFTER]
    return window, begin, chunk_start + at - begin, chunk_start + at - begin + len(candidate.text)


_DEMANDS = ("要求", "希望")  # what someone asks be done (not others' 意见/建议), said clause by clause with a modal
_DEMAND_OPENS = re.compile(r"(?:[一二三四五六七八九十]|第[一二三四五六七八九十][，,]?)?(?:要|必须|务必|应当?|需要?)(?![求点])")


def _names_category(enumeration: Enumeration, window: str, profile: QueryProfile) -> bool:
    """The list says what its items are, as the question does: its lead or the words right after
    it hold the category's last two characters ("…美容美发等培训" for 技能培训), or its items end
    as the category does, or half of them say it. One item that holds the word ("各单位工会主席")
    does not make a list of units."""
    if not profile.category:
        return False
    if profile.category.endswith(_DEMANDS) and all(_DEMAND_OPENS.match(item) for item in enumeration.items):
        return True  # "提了哪三点要求" of "要按需创建…；要专人管理…；要延伸服务…": each item is said as what must be done
    if len(profile.category) == 1:  # "哪几个队": only the items can say it, all ending with it
        return all(item.endswith(profile.category) for item in enumeration.items)
    if profile.category in GENERIC:  # "哪些工作": "…等工作" says it, or every item ends with it; not one item
        return (_word_ending_in(_opening_clause(enumeration.lead) + _after_items(enumeration, window)[:CATEGORY_AFTER], profile.category)
                or all(item.endswith(profile.category) for item in enumeration.items))
    said = (_opening_clause(enumeration.lead) + _after_items(enumeration, window)[:CATEGORY_AFTER]
            + window[max(enumeration.start, enumeration.end - CATEGORY_AFTER) : enumeration.end + CATEGORY_AFTER])
    if _word_ending_in(said, profile.category[-2:]):
        return not (profile.category in window and _of_another_quality(said, profile.category))
    if 2 * sum(profile.category[-2:] in item for item in enumeration.items) >= len(enumeration.items):
        return True  # "甲有限公司户外劳动者、乙公司…": half its items say the category
    # "哪些权利" and "参与管理权、劳动权、学习权": the items end with the category's head character
    ends = [item[-1] for item in enumeration.items if item]
    common = max(set(ends), key=ends.count) if ends else ""
    return bool(common) and 3 * ends.count(common) >= 2 * len(ends) and common in profile.category


def _of_another_quality(said: str, category: str) -> bool:
    """"优秀协会" asked, the list said to be "…为2021年度良好协会": its head under another quality (an adjective the
    tagger reads so) names a sibling list, when the words never say the one asked (and the passage does, elsewhere:
    _names_category asks it only then)."""
    import jieba.posseg

    head, quality = category[-2:], category[:-2]
    tags = jieba.posseg.dt.word_tag_tab
    if len(quality) != 2 or tags.get(quality) not in ("a", "b") or category in said:
        return False
    return any(tags.get(said[found.start() - 2 : found.start()]) in ("a", "b")
               for found in re.finditer(re.escape(head), said) if found.start() >= 2)


_BODY_ITEM = re.compile(r"(?:工会|联合会|委员会|[局委厅办处科院所厂店]|公司|集团|协会|学会|单位|企业|机构|组织|部门|社区|街道|[镇乡村]"
                        r"|中心|医院|学校|银行|酒店)$")
_ASIDE_AFTER = re.compile(r"[（(][^（()）]*[)）]$")  # "…餐饮店（绥心食堂）": what it is also called
# what is done ("哪些健康方面的活动", "哪些措施"): bodies are who do it, never what was done
_PLAN_LEAD = re.compile(r"下一步|还将|将在|将于|将对|计划|拟|准备|打算|力争|预计")
_BODIES_ASKED = re.compile(r"单位|企业|公司|机构|组织|部门")  # "哪几家单位": the items are bodies' names
_POST_END = re.compile(r"(?:主席|主任|委员|团长|代表|负责人|书记|局长|处长|科长|经理)$")  # a post, not "贴心人", "守护者"
# what a speaker urges the listeners to do ("希望企业广大干部职工要…"; not "响应…号召，开展了", "希望工程")
_URGED = re.compile(r"(?:希望|号召|倡议|呼吁|勉励|鼓励|要求|叮嘱)(?:[^，,。；;]{0,12}?(?:要|能|积极|继续|进一步)|大家|广大|全体|各级|同志们)")
_SAID_CATEGORY = re.compile(r"(?:要求|希望|建议|意见|期望|嘱托|倡议)$")  # what someone asked of others, in words
_AIMED_CATEGORY = re.compile(r"(?:目标|任务|问题|不足|重点|主题|形式|方式|指标|原则|思路)$")  # what a report sets out, no one
# "…等参加会议", "…等300余人踊跃参与", "…等50余名学员参加培训": who took part (no deed or event named between)
_ATTENDED_AFTER = re.compile(r"等?(?:[共约近\d余多百千两一二三四五六七八九十]|[名人位]|学员|干部|职工|员工|代表|同志|一同|共同|踊跃|积极|全体)*"
                             r"(?:参加|出席|列席|参与|到会|与会)")
# "…、青禾快递协会相关领导出席活动": the last item goes on to say that the bodies' people attended
_ATTENDED_IN_LAST = re.compile(r"(?:会|局|委|厅|办|处|部|司|团|院|校|所|站|心)(?:相关|主要|有关)?(?:领导|负责人|负责同志|代表)(?:同志)?等?"
                               r"(?:参加|出席|列席|到会|与会|莅临)")
_HONOUR_CATEGORY = re.compile(r"(?:荣誉|称号|奖项|奖励|表彰|殊荣)$")
_LED_BY_HONOUR = re.compile(rf"(?:{HONOURED.pattern})[了过]?$")
_DONE_CATEGORY = re.compile(r"(?:活动|方面|工作|措施|举措|办法|项目|内容|培训|比赛|赛事|课程|行动|实事|好事|事情|事项)$|^事儿?$")  # "做了哪些事(儿)"


# "哪两份文件", "哪些制度": written works, whose names a report sets in title marks
_WRITTEN_ASKED = re.compile(r"(?:文件|报告|材料|制度|办法|方案|规定|规划|章程|文章|作品|书籍|书目|图书|读本|刊物|条例|决议|通知|意见|节目|歌曲)$")


def _of_titles(enumeration: Enumeration) -> bool:
    """Every item is a title in 《》 ("审议通过了《…方案》和《…办法（试行）》")."""
    return all(item.startswith("《") and item.rstrip("等").endswith("》") for item in enumeration.items)


# "…红星机电、神剑科技等各子公司工会代表": a list closed as bodies of a kind, counted or each ("等工会活动" names no bodies)
_BODIES_AFTER = re.compile(r"等(?:各|多|[一二三四五六七八九十两\d]{1,3})[个家所]?(?:子公司|分公司|公司|单位|企业|工会|部门|学校|医院|集团|机关)"
                           r"(?!活动|工作|文化|特色|重点|劳动|竞赛)")


def _of_bodies(enumeration: Enumeration) -> bool:
    """Every item is a body's bare name ("市总工会、市住建局…"): none opens with a verb (成立…中心,
    进社区 are things done)."""
    return all(_BODY_ITEM.search(_ASIDE_AFTER.sub("", item.rstrip("的等"))) and not (tagged(item) or [("", "")])[0][1].startswith("v")
               for item in enumeration.items)


def _word_ending_in(text: str, tail: str) -> bool:
    """A word of the text ends with the category ("…等文体活动"), not one that goes on into another
    thing ("活动室" is a room, not an activity)."""
    return tail in text and any(word.endswith(tail) for word, _ in tagged(text))


def _items_end_as_category(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """Two thirds of the items, two at least, end with what is asked for ("…营销知识培训班、…上岗培训班"
    for "哪些培训班"): each names one of them, a stronger sign than a lead that says the word once."""
    head = profile.category[-3:] if len(profile.category) >= 3 else profile.category
    ending = sum(item.rstrip("》”」").endswith(head) for item in enumeration.items)  # "《…审计情况报告》" ends with 报告
    return len(head) >= 2 and ending >= 2 and 3 * ending >= 2 * len(enumeration.items)


def _open_ended(enumeration: Enumeration, window: str) -> bool:
    """The list is closed by 等 ("拔河、跳远比赛等活动"): it names some items of a longer whole."""
    span = window[enumeration.start : enumeration.end]
    last = span.rfind(enumeration.items[-1]) if enumeration.items else -1
    return last >= 0 and span[last + len(enumeration.items[-1]) :].startswith("等")


def _short_but_whole(enumeration: Enumeration, window: str) -> bool:
    """A list of two, or fewer than the question's count, still answers when it says it is only
    part of a whole (…等): "开展的6项活动里有哪些" is answered by the three the report names; or
    when its items are titles set side by side ("审议通过《A》《B》")."""
    titles = all(item.startswith("《") for item in enumeration.items)
    return len(enumeration.items) >= 2 and (titles or _open_ended(enumeration, window))


def _two_of_category(enumeration: Enumeration, window: str, profile: QueryProfile) -> bool:
    """"评选出健步走协会、排球协会为2021年度的优秀协会" for "评上优秀协会的有哪几个": two items, each ending as the category
    asked (no count asked), and the words right after them saying the category in full, its quality too: the whole
    answer, however short."""
    head = profile.category[-2:]
    return (len(enumeration.items) == 2 and not profile.count and len(profile.category) >= 4
            and all(item.endswith(head) for item in enumeration.items)
            and profile.category in _after_items(enumeration, window)[:CATEGORY_AFTER])


def _another_whole(enumeration: Enumeration, window: str, category: str) -> bool:
    """The list closes with "等方面" or "等领域", the areas of something else ("在科研、能力建设…等方面取得的成绩"),
    while the category asked is no area ("六大工作目标")."""
    kind = re.match(r"等(方面|领域)", _after_items(enumeration, window))
    return bool(category) and kind is not None and not set(kind.group(1)) & set(category)


_ENDS_IN_TITLE = re.compile(rf"(?:{TITLES})$")
_NAME_BEFORE_TITLE = re.compile(rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:副|常务)?(?:{TITLES})$")


def _posts_of_one(enumeration: Enumeration) -> bool:
    """"党委委员、副行长、工会主席李红": the posts of one person, the last with the name, not a list."""
    *posts, last = enumeration.items
    return (bool(posts) and all(_ENDS_IN_TITLE.search(post) and not _NAME_BEFORE_TITLE.match(post) for post in posts)
            and titled_person(last) is not None)  # not "王青主席、李红副主席、…": three people


def _pointed_at(enumeration: Enumeration, sentence: str) -> bool:
    """The sentence tells of the list by its heading's name and count ("…宋晓辉等4人获全国五一巾帼标兵
    荣誉称号" and, further down, "全国五一巾帼标兵（4人）" over four names): the list, however far after."""
    heading = COUNTED_HEADING.fullmatch(enumeration.lead)
    return heading is not None and heading.group("name") in sentence and (
        f"{heading.group('count')}{heading.group('measure')}" in sentence)


def _holds_the_sentence(enumeration: Enumeration, start: int, end: int, window: str) -> bool:
    """The sentence is one item of a list of whole sentences around it (the report's own
    "（一）…（二）…"): what was asked is in the sentence, not in the items beside it."""
    inside = enumeration.start < start and enumeration.end > end
    return inside and bool(re.search(r"[。！？!?；;\n]", window[enumeration.start : enumeration.end]))


_ECHO_COST = 0.3  # tuning material: 0.3 gained one list and lost none; 0.6 lost two, 1.0 nine


def _echoed_share(enumeration: Enumeration, profile: QueryProfile) -> float:
    """The share of the list's items that repeat a word of the question ("林晓岚、局工会委员会成员、
    工会小组长" for "林晓岚要求工会小组长抓哪几方面"): such items name whom the question is about,
    not what it asks for."""
    # the category the items share is no echo ("哪几个“之家”" and "文化之家、民主之家"),
    # nor is the unit's name ("柳岸集团先进女职工组织" of "柳岸集团女工委…哪几类荣誉")
    words = [w for w in profile.weights if len(w) >= 2 and w not in GENERIC and w not in profile.category
             and not any(w in unit for unit in profile.units)]
    if not words or not enumeration.items:
        return 0.0
    return sum(any(w in item for w in words) for item in enumeration.items) / len(enumeration.items)


LEAD_CLAUSE_CHARS = 6


def _opening_clause(lead: str) -> str:
    """The clause of a list's lead that opens it ("…田径类和趣味类，…男子组包括": 男子组包括), with
    the clause before when it is only a connective ("开展庆“三八”活动，如组织")."""
    if lead.endswith("。"):  # a heading sentence the short sentences after it go on with: all of it opens them
        return lead.rstrip("。")
    clauses = re.split(r"[，,；;]", lead)
    last = clauses[-1]
    return clauses[-2] + last if len(last) <= LEAD_CLAUSE_CHARS and len(clauses) > 1 else last


def _list_coverage(enumeration: Enumeration, profile: QueryProfile, window: str = "") -> float:
    """The share of the question its lead, items and the rest of its sentence say ("组织部、财务部
    的同志依次汇报了工作"), without the unit's name: every list of the unit's report is its own
    ("《青松煤矿广播方案》，提升了…" says 青松煤矿 and is not what "青松煤矿工会要建成哪几个之家" asks)."""
    naming = naming_words(profile)
    asked = replace(profile, weights={w: v for w, v in profile.weights.items() if w not in naming}) if naming else profile
    lead = _opening_clause(enumeration.lead)
    return sentence_coverage(lead + "".join(enumeration.items) + _after_items(enumeration, window), "", "",
                     asked if asked.weights else profile)


def _after_items(enumeration: Enumeration, window: str) -> str:
    """The rest of the sentence after the list's last item ("…东区分公司三家单位介绍了…经验"):
    what the items are and what they did, which the run's tail (count, 等) was cut from."""
    last = window.rfind(enumeration.items[-1], enumeration.start, enumeration.end) if enumeration.items else -1
    after = last + len(enumeration.items[-1]) if last >= 0 else enumeration.end
    rest = re.sub(r"^[。！？!?]?[”」』]", "", window[after : after + LIST_REST_CHARS])  # a quoted list's close goes on
    return re.split(r"[。！？!?；;，,\n]", rest)[0]


# "哪些教职工", "哪几类人员": people of any kind the genre names (not 领导小组, 代表大会, 职工活动)
_WHO_CATEGORY = re.compile(rf"(?:人|人员|同志|代表|个人|领导|干部|选手|{PEOPLE.pattern})(?:上台|参加|出席)?$")
# the genre's people words, and the titles and roles a list of people ends its items with
_PEOPLE_END = re.compile(rf"(?:{PEOPLE.pattern}|者|员|长|主席|主任|书记|同志|负责人|领导|成员|老师|选手|模范|标兵|能手|骨干)$")


def _is_people(item: str) -> bool:
    """A list item that says a person or a group of people ("各部室负责人", "张永钦")."""
    words = tagged(item)
    return (bool(_PEOPLE_END.search(item)) or (len(words) == 1 and words[0][1] == "nr") or looks_like_name(item)
            or _of_department(item))


_VERB_BONUS = 0.25  # a tie-break: below the category's bonus, above the small differences of coverage


def _led_by_asked_verb(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """The question's own verb introduces the list ("建成了哪些阵地" and "建成“水韵至家”小屋、职工书屋…"):
    the lead's clause ends with it, or the first item opens with it."""
    if not profile.verbs or not enumeration.items:
        return False
    verbs = "|".join(map(re.escape, profile.verbs))
    # "审议通过了《A》和《B》": a second verb may follow the asked one before the list
    return bool(re.search(rf"(?:{verbs})(?:通过|批准|同意|开展|举办|设立|成立)?[了过出起]?[“《]?$", _opening_clause(enumeration.lead))
                or re.match(rf"(?:{verbs})[了过出起]?", enumeration.items[0]))


def _names_someone(item: str) -> bool:
    """A list item that names a person ("刘某涛任委员会主席", "张永钦", "李娜同志", "供应室曾某获奖")."""
    words = tagged(item)
    return bool(titled_person(item)) or looks_like_name(item) or (bool(words) and words[0][1] == "nr") or _of_department(item)


# "产科赵某", "供应室曾某获奖": a person after the department they work in (and what they won after the name)
_DEPARTMENT_THEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:科|室|部|处|组|队|车间|班组|中心|站)(?P<name>[\u4e00-\u9fff]{2,3}?)(?:获奖|获评|当选|同志)?")


def _of_department(item: str) -> bool:
    found = _DEPARTMENT_THEN_NAME.fullmatch(item)
    return bool(found) and looks_like_name(found.group("name"))


# what a prize or honour is called by ("金奖", "工人先锋号", "模范职工之家", "中国中铁劳模", "先进集体", "第一名")
_HONOUR_ITEM = re.compile(r"奖|号|称号|荣誉|先进|标兵|模范|能手|劳模|积极分子|杰出|工匠|红旗|之家|集体|单位|冠军|亚军|季军"
                          r"|第[一二三四五六七八九十\d]{1,3}名|优秀|十佳|最美|示范|明星|岗|状|杯|首席|金牌|大王|企业|家庭")


def _sentence_after(enumeration: Enumeration, window: str) -> str:
    """The rest of the sentence a list stands in, after its items."""
    rest = window[enumeration.end :]
    return re.split(r"[。！？!?；;\n]", rest, maxsplit=1)[0]


def _list_score(enumeration: Enumeration, start: int, end: int, profile: QueryProfile, window: str = "") -> float | None:
    """How well a list near a sentence answers: its lead and items cover the question, it has
    the number of items asked for (or, failing that, more items), and it is close; None when it
    is neither in the sentence nor shortly after it, or shorter than asked."""
    # "…提质增效。”等两方面出发": a sentence that opens with 等 right after a list's close is about that list
    closed_before = 0 <= start - enumeration.end <= 3 and bool(re.match(r"[。”」』]*等", window[enumeration.end : end]))
    overlaps = (enumeration.start <= end and enumeration.end >= start) or closed_before
    gap = enumeration.start - end
    pointed = gap > 0 and _pointed_at(enumeration, window[start:end])
    if not overlaps and not 0 <= gap <= LIST_NEAR and not pointed:
        return None
    if (len(enumeration.items) < (profile.count or MIN_LIST_ITEMS) and not _short_but_whole(enumeration, window)
            and not _two_of_category(enumeration, window, profile)):
        return None
    if profile.count and len(enumeration.items) < profile.count and _another_whole(enumeration, window, profile.category):
        return None  # "六大工作目标是哪六个" and "在科研、能力建设…等方面取得的成绩": part of another whole
    if 2 * sum(len(item) < MIN_ITEM_CHARS and item in _ORDINAL_CHARS for item in enumeration.items) >= len(enumeration.items):
        return None  # "获得一、二、三等奖" names ranks, not the things asked for ("粽子、米和油" are things)
    if _holds_the_sentence(enumeration, start, end, window):
        return None
    if _DONE_CATEGORY.search(profile.category) and (_of_bodies(enumeration) or _BODIES_AFTER.match(_after_items(enumeration, window))
                                                    or _ATTENDED_AFTER.match(_after_items(enumeration, window))
                                                    or 2 * sum(bool(titled_person(item)) or looks_like_name(item) for item in enumeration.items)
                                                    > len(enumeration.items)
                                                    or _ATTENDED_IN_LAST.search(enumeration.items[-1])):
        # "市总工会、市住建局…", "红星机电、神剑科技等各子公司" are who did it, "全体工会组长、生产骨干等参加会议" who
        # attended, not the 活动 or 方面 asked for
        return None
    # "提了哪几点要求": "代表团团长、工会委员会委员…" are who attended, not what was asked of them; "六大工作目标是哪六个":
    # "陈某、李某…出席会议" names six people, no aim
    if ((_SAID_CATEGORY.search(profile.category) or _AIMED_CATEGORY.search(profile.category))
            and 2 * sum(bool(_POST_END.search(item)) or _names_someone(item) for item in enumeration.items) > len(enumeration.items)):
        return None
    # (a category every item says, "哪三个“有人”" of "困难有人管、心声有人听…", is a phrase they share, not people)
    shared = bool(profile.category) and all(profile.category in item for item in enumeration.items)
    if ((_WHO_CATEGORY.search(profile.category) and not shared or profile.people_listed)
            and 2 * sum(_is_people(item) for item in enumeration.items) < len(enumeration.items)):
        return None  # "哪些人做了述职", "哪几位困难职工": "晒亮点、比实绩…" is what they did, not who
    elif profile.wants_person and 2 * sum(_names_someone(item) for item in enumeration.items) < len(enumeration.items):
        return None  # "…主任分别是谁": "经费审查委员、女职工委员会委员" are posts, "刘某任…主席、…" names who holds them
    if names_the_quoted(enumeration, profile) or _posts_of_one(enumeration):
        return None
    if len(profile.category) >= 4 and profile.category[:-2] in enumeration.items:
        return None  # "团体项目有哪些" and "本次比赛、团体、个人" (of "团体项目有…；个人项目有…"): the kind asked is one of its items
    if (profile.wants_rank and not any(_HONOUR_ITEM.search(item) for item in enumeration.items)
            and RANK.search(_sentence_after(enumeration, window))):
        return None  # "拿了哪些奖": "以精湛的技能、迅捷的反应、职业的气势，…斩获金奖" say how the prize after them was won
    if "venue" in profile.kinds and not _of_places(enumeration, window):
        return None  # "分别在哪里办的": places, not "关爱、关注、解决了一些"
    lead = _opening_clause(enumeration.lead)
    if profile.done_asked and _PLAN_LEAD.search(lead):
        return None  # "开展了哪些" and "下一步还将在A，B，C等行业…": what is planned, not done
    if _DONE_CATEGORY.search(profile.category) and _URGED.search(lead + enumeration.items[0]):
        return None  # "比了哪些项目" and "希望企业广大干部职工要立足岗位、创先争优…": what someone urges, not what was held
    after = _after_items(enumeration, window)
    said = lead + after  # "…网球协会为2021年度良好协会": the year may follow the items
    whole = enumeration.lead + after  # (the lead's first clauses say when: "五一期间，…开展了")
    dated = months_named(whole) | festival_months(whole)  # (a list told undated goes on with the sentence's time)
    if not overlaps and (other_festival(whole, profile) or (profile.months and dated and not dated & profile.months)):
        return None  # "国庆节期间…开展了登山…。五一期间，…开展了A、B、C等系列活动": another day's list after it
    if any(ASKED_YEAR.fullmatch(a) for a in profile.anchors) and re.search(r"(?:19|20)\d\d年", said) and not any(a in said for a in profile.anchors):
        return None  # "2023年在哪些…" and "2024年还将在A、B…": another year's list
    score = _list_coverage(enumeration, profile, window)
    score += _OWN_TAIL_WEIGHT * sentence_coverage(after, "", "", profile)
    score -= _ECHO_COST * _echoed_share(enumeration, profile)
    score += 1.0 if profile.count == len(enumeration.items) else _ITEM_PRIOR * min(len(enumeration.items), 6)
    score += _CATEGORY_BONUS if _names_category(enumeration, window, profile) else 0.0
    score += _CATEGORY_BONUS if _items_end_as_category(enumeration, profile) or shared else 0.0
    score += _CATEGORY_BONUS if _announces_count(enumeration, profile, window) or pointed else 0.0
    score += _CATEGORY_BONUS if _counted_right_after(enumeration, profile, after) else 0.0
    score += _VERB_BONUS if _led_by_asked_verb(enumeration, profile) else 0.0
    score += _CATEGORY_BONUS if _introduced_by_category(enumeration, profile) else 0.0
    # "哪些省级荣誉": honours are what a list led by 荣获/被评为 names, though no item ends with 荣誉
    score += _CATEGORY_BONUS if _HONOUR_CATEGORY.search(profile.category) and _LED_BY_HONOUR.search(enumeration.lead) else 0.0
    score += _CATEGORY_BONUS if _BODIES_ASKED.fullmatch(profile.category) and _of_bodies(enumeration) else 0.0
    # titles answer "哪两份文件" though none ends with 文件 (a list whose items end with 报告 answers "哪些报告" already)
    # (led by the question's own verb when it says one: "学习了《A》《B》" is not what "审议通过了哪两份文件" asks)
    score += _CATEGORY_BONUS if (_WRITTEN_ASKED.search(profile.category) and _of_titles(enumeration)
                                 and not _items_end_as_category(enumeration, profile)
                                 and (not profile.verbs or _led_by_asked_verb(enumeration, profile))) else 0.0
    return score - (0.0 if overlaps or pointed else _GAP_COST * gap)


def _introduced_by_category(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """"…提供的多样化暖心服务，如一键入会、普法咨询…", "团体项目有同舟共济、接力传球…": the words right before the list
    name what the question asks for and say the items are (examples of) it."""
    head = profile.category[-4:]
    return len(head) >= 2 and re.search(rf"{re.escape(head)}[，,]?(?:如|例如|比如|诸如|譬如|主要|分别)?(?:有|包括|包含|是|为)?[：:]?$",
                                        enumeration.lead) is not None and not enumeration.lead.endswith(head)


_COUNTED_IN_LEAD = re.compile(r"([一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:个|项|点|条|类|种|件|大|方面)")


_GOES_TO = re.compile(r"(?:在|赴|到|去|前往|走进|走访|来到|深入|于)了?$")


def _of_places(enumeration: Enumeration, window: str) -> bool:
    """The list names places: it follows a word of going or being somewhere ("分别在A、B、C"), or half
    its items hold a place's name."""
    if _GOES_TO.search(window[max(0, enumeration.start - 5) : enumeration.start]):
        return True
    return 2 * sum(bool(_PLACE_KIND.search(item)) or any(flag == "ns" for _, flag in tagged(item))
                   for item in enumeration.items) >= len(enumeration.items)


# what a venue's name ends with ("县体育馆", "第一中学操场", "工人文化宫")
_PLACE_KIND = re.compile(r"(?:馆|场|宫|中心|广场|公园|基地|礼堂|会堂|剧院|校区|赛区|园区|大厦|酒店|宾馆|学校|中学|小学|大学|村|镇|乡|街道|社区|[市县区])$")


def _announces_count(enumeration: Enumeration, profile: QueryProfile, window: str) -> bool:
    """The words just before the list announce it by the count asked and it has that many items
    ("提出三点希望和要求：一是…二是…三是…" for "提了哪三点要求"), or the list closes with 等 and the
    count asked ("…包饺子、乒乓球比赛等各类活动6项" for "开展的6项活动有哪些")."""
    if not profile.count:
        return False
    if len(enumeration.items) == profile.count:
        said = _COUNTED_IN_LEAD.findall(_opening_clause(enumeration.lead))
        if any(ordinal_value(numeral) == profile.count for numeral in said):
            return True
    # "开展了A、B、C等…活动6项": the count asked, said right after a list that names some of them
    return _open_ended(enumeration, window) and any(
        ordinal_value(numeral) == profile.count for numeral in _COUNTED_IN_LEAD.findall(_after_items(enumeration, window)))


def _closed_by_category(after: str, profile: QueryProfile) -> bool:
    """The words right after a list close it as the category asked ("…等多种形式", "…等三项措施")."""
    return re.match(rf"[”」』]?等(?:多种|各种|各类|[一二三四五六七八九十两几多\d]+\s*[项个种类条大]?)?{re.escape(profile.category[-2:])}",
                    after) is not None


def _counts_the_category(text: str, profile: QueryProfile) -> bool:
    """The text says as many of the category as the question asks for ("两项操作" for "哪两项操作")."""
    return bool(profile.count) and any(ordinal_value(found.group(1)) == profile.count
                                       for found in re.finditer(_COUNT_AFTER.pattern + r"[\u4e00-\u9fff]{0,4}?" + re.escape(profile.category), text))


def _counted_right_after(enumeration: Enumeration, profile: QueryProfile, after: str) -> bool:
    """"设置了“A”与“B”两项操作" for "考了哪两项操作": the words right after the items count them (as many as there
    are, and as many as asked when a number is asked) and say the kind asked: the list is that kind, whole."""
    counted = _COUNT_AFTER.match(after)
    return (counted is not None and ordinal_value(counted.group(1)) == len(enumeration.items)
            and profile.count in (0, len(enumeration.items))
            and bool(profile.category) and profile.category[-2:] in after[: CATEGORY_AFTER])


_COUNT_AFTER = re.compile(r"\s*([一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:个|项|点|条|类|种|件|大|支|家|名|位|方面)")


UNRELATED_LIST = 0.1  # tuning material: 0.1 and 0.2 each gained one list and lost none


def _unrelated(enumeration: Enumeration, start: int, end: int, profile: QueryProfile, window: str) -> bool:
    """A list after the sentence that says almost nothing the question asks (under UNRELATED_LIST
    of its weight), not its category and not the count asked: "…前往越南和老挝旅游。…中学、…中学、
    卫生院开展了篮球友谊赛" may not be what "去了哪些国家" asks; the sentence may answer on its own."""
    follows = not (enumeration.start <= end and enumeration.end >= start)
    return (follows and _list_coverage(enumeration, profile, window) < UNRELATED_LIST
            and not _names_category(enumeration, window, profile) and profile.count != len(enumeration.items)
            and not _announces_count(enumeration, profile, window))


def best_list(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str]) -> tuple[Candidate, Enumeration, int] | None:
    """The list that answers: in or shortly after one of the best sentences (in the article, so
    past the chunk's end), scored by `_list_score`. Returns the sentence, the list and the
    list's offset in the article."""
    if not ranked:
        return None
    best: tuple[float, Candidate, Enumeration, int] | None = None
    # (a sentence saying what is asked for, "…4支队伍" for "哪几支队伍", is read though the question's names rank others
    # higher: when it is of the time and body asked, and not far below)
    people = [word for word in profile.weights if looks_like_name(word)]  # "张某提出了哪些要求": his, not 李某's
    # (…below them too when it says how many of the category there are, as many as asked: "设置了“A”与“B”两项操作" for
    # "考了哪两项操作" may stand below sentences repeating the contest's name)
    for candidate in [c for rank, c in enumerate(ranked)
                      if rank < LIST_CANDIDATES and c.score >= ranked[0].score * LIST_RATIO
                      or ((rank < LIST_CANDIDATES or _counts_the_category(c.text, profile))
                          and profile.category and profile.category in c.text and c.anchored
                          and c.score >= ranked[0].score * CATEGORY_RATIO and all(person in c.text for person in people))]:
        window, offset, start, end = article_window(candidate, articles)
        found = find_enumerations(window) + _titles_of_category(window, start, profile) + _titles_after_verb(window, start, profile)
        # "通过A、B、C等多种形式，构建…": a sentence whose own list is followed by the category asked is answered by it, not by a
        # list of the sentences after it ("滑县总工会动员…通过现金或实物等多种形式参与助学" is another body's)
        if profile.category and any(e.start <= end and e.end >= start and _closed_by_category(_after_items(e, window), profile)
                                    for e in found):
            found = [e for e in found if e.start <= end and e.end >= start]
        if profile.done_asked:  # "上半年做了哪些工作": not the list under "二、下半年工作安排" of the same report
            found = [e for e in found if not _under_a_plan(window, e.start)]
        for enumeration in found:
            fit = _list_score(enumeration, start, end, profile, window)
            if fit is not None and (best is None or candidate.score + fit > best[0]):
                best = (candidate.score + fit, candidate, enumeration, offset)
    return best[1:] if best else None


def _under_a_plan(window: str, at: int) -> bool:
    """The text at `at` stands under a heading of plans ("二、下半年工作安排"): the nearest heading line above it says so."""
    for line in reversed(window[:at].split("\n")[:-1]):
        if heading_level(line.strip()) is not None:
            return bool(PLAN_HEADING.search(line))
    return False


MAX_TITLED_ITEMS = 12


def _titles_of_category(window: str, start: int, profile: QueryProfile) -> list[Enumeration]:
    """"编制了哪几种明白纸" answered by "编制《职工医疗互助明白纸》及…《特困员工救助帮扶明白纸》。…推出《工会经费
    管理及使用明白纸》": the titles that end with what is asked, from the sentence at `start` on, are the list
    (each named once, in order). The run stops at a sentence that is another body's ("柳岸县总工会也编印了…") or
    another time's ("2022年，…", whose own titles are left out), whose titles are not the ones asked about."""
    category = profile.category
    if len(category) < 2 or category in GENERIC:
        return []
    titles: dict[str, re.Match[str]] = {}
    titled = re.compile(rf"[《“「]([^《》“”「」。；;\n]{{0,40}}?{re.escape(category)})[》”」]")
    for number, sentence in enumerate(re.finditer(r"[^。！？!?\n]+[。！？!?\n]?", window[start:])):
        other = _OTHER_SUBJECT.match(sentence.group()) if number else None
        if other and other.group("body"):
            break  # another body's sentences from here on
        if other:
            continue  # a sentence of another time: its own titles are not the ones asked about
        for found in titled.finditer(window, start + sentence.start(), start + sentence.end()):
            titles.setdefault(found.group(1), found)
    if not 2 <= len(titles) <= MAX_TITLED_ITEMS or all(title == category for title in titles):
        return []
    first, last = min(m.start() for m in titles.values()), max(m.end() for m in titles.values())
    opening = max(window.rfind(mark, 0, first) for mark in "。！？!?\n") + 1
    return [Enumeration(tuple(t for t in titles if t != category), first, last, window[opening:first])]


def _titles_after_verb(window: str, start: int, profile: QueryProfile) -> list[Enumeration]:
    """"解读了哪几项制度" answered by "甲同志解读《A》、乙同志解读《B》和《C》、丙同志解读《D》": the titles the question's
    own verb takes, in its sentence, however they end (细则, 办法, 制度), and none another verb takes ("作《工作报告》")."""
    if not profile.verbs or not _WRITTEN_ASKED.search(profile.category):
        return []
    sentence = re.match(r"[^。！？!?\n]+", window[start:])
    if sentence is None:
        return []
    end = start + sentence.end()
    verbs = "|".join(re.escape(v) for v in profile.verbs)
    titles: dict[str, re.Match[str]] = {}
    for led in re.finditer(rf"(?:{verbs})了?(?P<run>《[^《》]+》(?:(?:[、和及与]|以及)《[^《》]+》)*)", window[start:end]):
        for found in re.finditer(r"《[^《》]+》", led.group("run")):
            titles.setdefault(found.group(), led)
    if len(titles) < 2:
        return []
    first = start + min(m.start("run") for m in titles.values())
    last = start + max(m.end("run") for m in titles.values())
    return [Enumeration(tuple(titles), first, last, window[start:first])]


# a sentence that opens with another body or a time of its own: "柳岸县总工会也…", "2022年，…", "今年，…"
# (not "该行工会…", the same body again)
_OTHER_SUBJECT = re.compile(r"\s*(?:(?P<body>(?![该本我此其这那])[\u4e00-\u9fff]{2,12}?(?:总工会|工会|公司|集团|局|院|校)(?!的))"
                            r"|(?:19|20)\d\d年|去年|前年|今年|此前|以前|过去)")


CATEGORY_PHRASE_CHARS = 6  # "…建设成为带领职工建功立业的创业之家": the phrase after its last 的, this long at most
_PHRASE_OPENS = re.compile(r"[的为是“「、，,：:；;]")


def _named_by_category(enumeration: Enumeration, window: str, profile: QueryProfile) -> Enumeration:
    """"哪五个“之家”" answered by "一是…把工会建设成为…的职工之家。二是…的创业之家…": items that open with
    what is done and end with what the question asks for are named by that end (职工之家、创业之家…), when
    each item says the category once."""
    category = profile.category
    if len(category) < 2 or category in GENERIC or all(category in item for item in enumeration.items):
        return enumeration
    region = window[enumeration.start : enumeration.end]
    phrases = []
    for found in re.finditer(re.escape(category), region):
        before = region[max(0, found.start() - CATEGORY_PHRASE_CHARS) : found.start()]
        opening = max((m.end() for m in _PHRASE_OPENS.finditer(before)), default=0)
        if not opening and found.start() > CATEGORY_PHRASE_CHARS:
            return enumeration  # no phrase opens within reach: the end alone would be a piece of a longer name
        phrases.append(before[opening:] + category)
    if len(phrases) != len(enumeration.items) or any(len(p) <= len(category) for p in phrases):
        return enumeration
    return replace(enumeration, items=tuple(phrases))


def named_list_lines(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str], citer: Citer) -> list[str]:
    """`list_lines`, only when the list found is of what the question asks for ("哪几家工会…" and items that end
    with 工会): a list inside one report answers it, where one line per report would not."""
    found = best_list(ranked, profile, articles) if profile.category else None
    if found is None:
        return []
    if not _items_end_as_category(found[1], profile):  # its items are of the kind asked ("…工会"), not whom they visited
        return []
    return list_lines(ranked, profile, articles, citer)


def list_lines(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str], citer: Citer) -> list[str]:
    """A list question answered with the items of the list, whole, and whose list it is; the
    sentence before it comes first when the list is `_unrelated` (either may be the answer)."""
    found = best_list(ranked, profile, articles)
    if found is None:
        return []
    candidate, enumeration, offset = found
    window, _, start, end = article_window(candidate, articles)
    enumeration = _named_by_category(enumeration, window, profile)
    span = (offset + enumeration.start, offset + enumeration.end) if offset or articles.get(candidate.hit.doc_id) else None
    label = unit_label(candidate)
    run = _run_around(enumeration, window)
    if run is not None:  # the list is one group of several the sentence names: the sentence is the answer
        start, end = run
        whole = (offset + start, offset + end) if span else None
        return [attributed(label, as_sentence(window[start:end])) + citer.cite(candidate.hit, candidate.text, whole)]
    listed = attributed(label, as_sentence(enumeration.text)) + citer.cite(candidate.hit, candidate.text, span)
    if _unrelated(enumeration, start, end, profile, window) or quote_left_behind(candidate, enumeration, profile, window[end:]):
        return [attributed(label, as_sentence(candidate.text)) + citer.cite(candidate.hit, candidate.text), listed]
    return [listed]


# "优先面向困难企业女职工，货运和网约车女司机、家政服务员、女快递员等新就业形态女性劳动者，女环卫工人等户外…群体":
# a 、-list closed by 等 and its kind, then a comma and another group closed by 等: groups set side by side
_ANOTHER_GROUP_AFTER = re.compile(r"(?:等[^，,。；;！？!?]{0,14})?[，,][^。；;！？!?]{2,30}?等")
RUN_SENTENCE_CHARS = 160


def _run_around(enumeration: Enumeration, window: str) -> tuple[int, int] | None:
    """Where the sentence holding the list starts and ends, when the list is one of several groups it names
    side by side; None otherwise (or when the sentence is too long to stand as the answer)."""
    closed = "等" in window[enumeration.start : enumeration.end] or window.startswith("等", enumeration.end)
    if not closed or not _ANOTHER_GROUP_AFTER.match(window, enumeration.end):
        return None
    start = max(window.rfind(mark, 0, enumeration.start) for mark in "。！？!?\n") + 1
    ends = [found for found in (window.find(mark, enumeration.end) for mark in "。！？!?\n") if found >= 0]
    end = min(ends) + 1 if ends else len(window)
    return (start, end) if end - start <= RUN_SENTENCE_CHARS else None


DEFINITION_CANDIDATES = 10  # how many of the best sentences' surroundings are searched for a slogan's meaning
