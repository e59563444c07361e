"""Reading a question: what it asks for (a figure, a name, a list, a date), its weighted words,
the units, years and months it names, and what a follow-up carries over from the turn before.

The profile is what the offline answerer (assistant/extractive.py) scores sentences against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.aggregate import (
    asked_documents,
    figures,
)
from assistant.answer_types import Candidate, QueryProfile
from assistant.condense import YEAR_WORDS
from assistant.definitions import asked_terms
from assistant.enumeration import Enumeration, asked_category, asked_count, chinese_number, find_enumerations, ordinal_value, word_bounds
from assistant.overlap import contrast_group, contrasted_phrases, contrasted_words, pair_share, said_in_full
from assistant.periods import FESTIVAL_WORDS, MONTH_MENTION, days_named, festival_months, festivals_named, relative_year_asked
from assistant.persons import (
    KIN_OR_LOT, PEOPLE, PERSON, TITLE_AFTER_NAME, TITLES, WANTS_PERSON, elected_names, titled_person, word_frequency, word_running_on,
)
from assistant.scope import (
    is_specific,
    months_asked,
    months_named,
    name_core,
    is_subsequence,
    organisation_names,
    says_only_kind,
    without_cutoff,
)
from ingest.gazetteer import is_area_name
from ingest.metadata import FOUNDING_VERBS
from vectorstore.lexical import tagged, tokenize
from vectorstore.retriever import Hit

_QUESTION_WORDS = frozenset(
    "数量 人数 总数 总人数 数目 户数 次数 金额 总额 比例 占比 多大 具体数字 名单 时间 地点 "
    "局里 单位里 我们 他们 现在 目前 当前 如今 当时 那时 那时候 这时 届时 "
    # hedges, "over there" and verb complements of spoken questions ("那边…大概…建起来多少个")
    "大概 大约 大致 差不多 将近 左右 时候 那阵子 那会儿 那边 这边 那里 这里 县里 市里 区里 镇里 乡里 村里 厂里 院里 起来 下来 出来 "
    # what the asker recalls or wants ("我记得有两家…"), not what the report says
    "记得 记着 印象 好像 想问 想知道 "
    "多少 几 几个 几项 几名 几次 多长 多久 多高 多远 多重 多深 多宽 哪些 哪几 哪几项 哪个 哪里 哪儿 什么 谁 是否 有没有 怎么 怎样 如何 情况 请问 一下 "
    "一共 总共 共 分别 具体 主要 都 过 了 呢 吗 啊 搞 做 是 有 的 和 与 及 给 去 被 把 还有 另外 其他 其余 另一家 另一个 另一份 另一所 另一位 "
    # words about the material itself ("哪几份总结提到了…"): never in the sentence that answers
    "总结 资料 材料 文章 提到 提及 说到 讲到 出现 "
    # words of the kind of answer asked for ("什么名次"), which the answer names instead
    "名次 拿到 拿了 得了 成绩 荣誉 称号 题目 标题 名字 全称 地方 地点 场地".split()
)
GENERIC = frozenset("工会 工作 开展 活动 职工 组织 进行 单位 全年 今年 去年 年度 方面 相关 有关".split())
_GENERIC_WEIGHT = 0.35

_WANTS_NUMBER = re.compile(r"多少|(?<![哪那这近前])几(?!乎|年来|年以来)|数量|人数|金额|比例|百分之|多大|多高|多长|总额|占比|规模(?:如何|怎么样|怎样|多大|有多大)")  # "哪几项" asks for items, "那几个难题" points at them, "近几年" says when; "规模怎么样" for figures
_WANTS_LIST = re.compile(r"哪些|哪几(?![天日号])|哪[二三四五六七八九十两\d](?![天日号])|有什么|包括什么|包括哪|都有|分别|都[^，,。？?]{0,6}(?:什么|啥)|些(?:什么|啥)")
_EACH_OF = re.compile(r"分别|各自|各[是有做搞办开组举]")  # "两份学校工会材料里，分别…": each of the articles counted
_PER_DOCUMENT = re.compile(
    r"哪些单位|哪几[个家]单位|哪些部门|哪几个部门|哪些工会|哪几家工会|哪[两二三四五六七八九几]家[？?]?$|哪几份|哪份|哪几篇|哪篇|各(?:自|单位|个|家|县|区|局|校|所|部门|工会|基层)"
    r"|分别.{0,12}(?:多少|(?<!哪)几)|(?:多少|(?<!哪)几).{0,12}分别|(?:和|与|及|同).{1,16}(?:各|分别)"
    # "哪几家医院工会…", "哪些学校…": which of a kind of body, each its own article
    # (the subject of what follows; "新建了哪几家企业工会" asks one report's list)
    r"|(?<![了过])哪(?:些|几\s*[个家所]|[两二三四五六七八九]\s*[个家所])[^\s是的，,。？?]{0,6}?(?:工会|单位|部门|学校|医院|公司|企业|社区|街道|分会|协会)"
    r"(?=[\u4e00-\u9fff])(?!工会|活动|工作|干部|会员|经费|主席|委员|小组|[的之]?[\u4e00-\u9fff]{0,3}(?:是|叫|为)(?:什么|啥|哪))"
    # "材料里有哪些女职工组织受到了表彰": which bodies, across the material
    r"|(?:材料|资料)[里中](?:有|一共有|共有)?哪(?:些|几\s*[个家所])[^\s，,。？?]{0,6}?(?:组织|单位|部门|工会|学校|医院|公司|企业|机关|集团)"
)
# "哪几个镇的工会提到了金秋助学", "哪两份总结写的是…": which articles say something, one line each.
_WHICH_SAY = re.compile(r"哪(?:些|几|[两二三四五六七八九])?\s*(?:个|家|所|份|篇)?[^，,。？?；;]{0,8}?"
                        # "…活动里有羽毛球", "…组织过登山比赛": which did it, ever, is which say it
                        r"(?P<verb>提到|提及|写到|写了|写的|说到|讲到|谈到|出现|涉及|记载|记录|[里中]有|(?:组织|开展|举办|举行|搞|办|参加)过)")
# "审议通过了哪些报告": reports done, the object of a verb, are things the material tells of, not the material
_WHICH_DOCUMENTS = re.compile(r"(?<![了过])(?:哪[两二三四五六七八九]\s*(?:份|篇)|哪(?:些|几)(?:总结|材料|报告|资料|文章)"
                               # "两份邮政工会总结各抓的…": reports counted, then what each holds (not "审议通过了两份报告")
                               r"|[两二三四五六七八九]\s*[份篇][^，,。？?]{0,16}?(?:总结|材料|报告|文章)[^，,。？?]{0,12}?(?:各|分别))")
# a superlative that closes what is asked ("哪家最多？", "人数最多的是…"), not one inside a noun ("最小经营单元",
# "最低工资标准") nor "at most" ("最多能报销…")
_SUPERLATIVE_END = r"(?![\u4e00-\u9fff])|(?=的|是|呢|吗|啊)"
# "哪个县多", "哪家单位更多", "谁多": the larger of those set side by side (not "哪个县多少")
_COMPARED_END = r"(?:一些|一点|些)?(?=[？?。，,！!呢]|$)"  # "哪个多一些？", "谁更少呢": the comparison closes what is asked
_MOST = re.compile(rf"最(?:多|高|大)(?:{_SUPERLATIVE_END})|哪[个家所位边][\u4e00-\u9fff]{{0,3}}?更?(?<![不很])多{_COMPARED_END}|哪个多|谁[更最]?多{_COMPARED_END}")
_LEAST = re.compile(rf"最(?:少|低|小)(?:{_SUPERLATIVE_END})|哪[个家所位边][\u4e00-\u9fff]{{0,3}}?更?(?<![多缺至减很不])少{_COMPARED_END}|谁[更最]?少{_COMPARED_END}")
_VERSUS = re.compile(r"对比|比较|相比|一致|相同|不同|差别|区别")
_ASKING = re.compile(r"^(?:哪|什么|多少|几)")
_ASKING_INSIDE = re.compile(r"谁|什么|多少")
# Questions about a part of the genre's skeleton: the answer sits under the matching heading.
_SECTION_INTENTS = (
    (re.compile(r"存在(?:哪些|什么|的)?.{0,4}(?:问题|不足|差距|短板)|(?:问题|不足|差距|短板)(?:有哪些|是什么|有什么)"),
     "问题|不足|差距|短板|薄弱"),
    (re.compile(r"(?:下一步|明年|今后|下半年)(?:有|有哪些|的)?.{0,6}(?:打算|计划|安排|思路|设想)|(?:打算|计划)(?:怎么|如何|做什么)"),
     "下一步|打算|计划|思路|明年|今后|设想|展望"),
    (re.compile(r"(?:有哪些|有什么|取得了?(?:哪些|什么)).{0,4}(?:经验|体会|启示)"), "经验|体会|启示|做法"),
)
OFF_SECTION = 0.7  # a sentence outside the section such a question is about
_MONTH_WORD = re.compile(rf"(?:{MONTH_MENTION.pattern})份?|月份")  # "十二月份", "3月", "月份"
MONTH_BEFORE = 80  # how far back a sentence's month may be stated
_WANTS_RANK = re.compile(r"名次|第几名|几等奖|什么等级|哪个等级|哪一等|(?:拿|得|获|取得|获得|排)了?第几(?![届次期批个天年月号])|什么奖|哪些奖|什么成绩|哪些成绩|成绩(?:怎么样|怎样|如何)|什么荣誉|哪些荣誉|什么称号|哪些称号|(?:什么|哪些|哪项)表彰(?!活动|形式|大会|会议|政策|办法|制度|标准|条件|仪式)")
_RESULT = re.compile(r"(?:什么|哪些)成绩|成绩(?:怎么样|怎样|如何)")
# what one places in: "在技能大赛上取得了什么成绩" asks a place won; "在组织建设上交出了什么成绩" what was achieved
# (a cup is played for a place too: "打“耕耘杯”气排球和太极拳，拿了个什么成绩")
_CONTEST = re.compile(r"赛|运动会|擂台|锦标|评比|评选|比武|考核|考试|演讲|朗诵|展演|汇演|征文|知识问答|奖|杯"
                      r"|(?:打|下|参加)[^，,。？?]{0,10}?(?:球|拳|棋)")  # "打气排球和太极拳": a game played


ASKS_DONE = re.compile(r"(?:实际|最终|最后|到底|真正)(?:上)?.{0,4}(?:完成|达到|培训|参加|发放|办理|落实|实现|建成)")
# a figure a plan or a target gives ("计划今年内完成5000名…培训"), not what was done
# (or a count of what a deed did: "金秋助学资助了几名学生", "慰问了多少户")
_DONE_ASKED = re.compile(r"(?:开展|举办|组织|建立|成立|完成|签订|签署|做|搞|办|落实|推出|实施)了|(?:开展|举办|组织)过"
                         r"|(?<![将要会能])[\u4e00-\u9fff]{2}了(?=多少|几)")
PLANNED = re.compile(r"计划|拟于|拟在|拟对|预计|力争|目标(?:是|为)|打算")
DONE = re.compile(r"实际|已经|已(?!有)|完成了|共完成|累计完成|达到了|超额")
_WHICH_SINGLE = re.compile(r"哪一?[个家支所]$")
# kinds every body is of, which a body's own name does not end with ("柳岸公司" answers "哪个单位")
# kinds of bodies and teams a name ends with ("…代表队", "…医院"), not places, prizes or venues (城市, 奖项, 会场)
_BODY_KIND_END = re.compile(r"(?:队|组|院|校|所|站|局|厂|矿|社|部|室|科|处|车间|公司|中心|工会|协会|分会|支部)$")
_ANY_BODY = frozenset("单位 部门 企业 组织 机构 地方 团体 集体 个人 群体 方面 项目 活动 工作".split())


# (not a measure or what is counted: "有多少人", "发了多少钱", "走访了几户")
_COUNTED_NOT_OBJECT = frozenset("人钱户元名次个位家件天年月")
# "投了多少篇稿", "捐了多少款", "发过几次言": a verb and its object (投稿) with the figure asked between them
_SPLIT_BY_FIGURE = re.compile(r"([\u4e00-\u9fff])[了过]?(?:多少|几)[个篇份次件张名条位项场笔首幅]?([\u4e00-\u9fff])(?=[？?，,。！!呢吗]|$)")


def _which_kind(question: str) -> str:
    """"哪个代表队", "哪家医院", "哪支队伍": the kind of body one name in the answer ends with; not a kind
    every body is of ("哪个单位"), nor several ("哪些", "哪几个": a list)."""
    words = tagged(question)
    for (word, _), (kind, flag) in zip(words, words[1:]):
        if _WHICH_SINGLE.search(word) and flag.startswith("n") and len(kind) >= 2 and kind not in _ANY_BODY and _BODY_KIND_END.search(kind):
            return kind
    return ""


def _asks_rank(question: str) -> bool:
    """A place or an honour asked for: "成绩" only of a contest the question names."""
    asked = [match.group() for match in _WANTS_RANK.finditer(question)]
    return any(not _RESULT.fullmatch(word) for word in asked) or (bool(asked) and bool(_CONTEST.search(question)))


# "排第几名", "什么名次": a place in a ranking or a prize's level, which an honour (荣获…称号) is not
_WANTS_PLACE = re.compile(r"名次|第几名|几等奖|哪一等|排第几|排名|(?:拿|得|获|取得|获得)了?第几(?![届次期批个天年月号])")
PLACE = re.compile(r"第[一二三四五六七八九十\d]{1,3}[名位]|[夺摘]得桂冠|勇夺桂冠|(?<![争缘击言能为])夺冠|(?<![争言])拔得头筹|(?<![争誓])夺魁|(?<![争誓])问鼎|独占鳌头|荣登榜首|(?:成绩|总分|积分|名列|位列|位居|排名)[^，,。；;]{0,4}?第[一二三四五六七八九十\d]{1,3}|前[一二三四五六七八九十\d]{1,2}名|冠军|亚军|季军|[一二三四\d]等奖|特等奖|[金银铜]奖|优秀奖")
# "二等奖和三等奖分别给了哪些代表队", "冠军和亚军分别是谁": places of one contest, told by one report
_GRADE = rf"{PLACE.pattern}|[一二三四五]星级?"  # "二星级和三星级的分别是哪些单位": grades of one scheme too
# "街道各基层女职工委都举办了哪些活动": what one body's grassroots units did, a list inside its report
_PARTS_OF_ONE = re.compile(r"各(?:基层|下属|所属)")
_DONE_LISTED = re.compile(r"哪(?:些|几[项类种个场次])[\u4e00-\u9fff]{0,4}?(?:活动|工作|措施|举措|项目|比赛|赛事|培训)[？?]?$")


_ONE_BODY_BEFORE = re.compile(r"(?:街道|社区|公司|集团|局|厂|矿|院|校|系统|工会|女职委|女工委)$")  # a body, not 全市 or an area alone
_BODIES_COUNTED = re.compile(r"[两二三四五六七八九几多\d]+\s*[个家所座]|[和与及、]")


def _within_one(question: str) -> str:
    """The question without "各基层" when it asks which things were done within one body it names ("街道各基层女职工委"):
    those parts are no articles of their own; a question naming no body, or counting several, still asks each."""
    part = _PARTS_OF_ONE.search(question)
    if part is None or not _DONE_LISTED.search(question):
        return question
    before = re.sub(r"^(?:“[^”]*”)?[\u4e00-\u9fff]{0,4}?期间", "", question[: part.start()])  # "“三八”节期间街道…"
    if not _ONE_BODY_BEFORE.search(before) or _BODIES_COUNTED.search(question[: part.start()]):
        return question
    return question[: part.start()] + question[part.end():]


PLACE_WON = re.compile(r"第[一二三四五六七八九十\d]{1,2}名")
_PRIZES_JOINED = re.compile(rf"(?:{_GRADE})(?:和|与|及|、)(?:{_GRADE})")
GRADE_ASKED = re.compile(_GRADE)
RANK = re.compile(r"第[一二三四五六七八九十\d]{1,3}名|[夺摘]得桂冠|勇夺桂冠|(?<![争缘击言能为])夺冠|(?<![争言])拔得头筹|(?<![争誓])夺魁|(?<![争誓])问鼎|独占鳌头|荣登榜首|冠军|亚军|季军|[一二三四\d]等奖|特等奖|[金银铜]奖|优秀奖|组织奖|"
                   # (the honour a title gives a person: "分别获得中国中铁劳模、…积极分子")
                   r"团体第|荣获|获得.{0,12}(?:称号|荣誉|奖|劳模|劳动模范|标兵|能手|积极分子|红旗|之家|先锋号)|评为|获评|授予")
_DAY = (r"\d{1,2}月\d{1,2}[日号]|[\d一二三四五六七八九十]{1,3}月|上旬|中旬|下旬|"
        r"春节|元旦|五一|国庆|三八|六一|七一|十一|端午|中秋|重阳|前夕|期间|"
        # a weekly or daily time ("每周三下午学习") answers "每周什么时候" as a date does
        r"(?:每周|周|星期|礼拜)[一二三四五六日天]|[上下]午|晚上|早上|中午|\d{1,2}[点时](?:半|\d{1,2}分)?(?![\d多])")
# Other kinds of answer a question asks for, each with what a sentence holding one looks like.
ANSWER_KINDS = {
    "date": (re.compile(r"什么时候|何时|什么时间"),
             re.compile(rf"\d{{4}}年|年初|年底|年末|{_DAY}")),
    # "从什么时候比到什么时候", "起止时间": a span of days ("4月28日至8月30日"), which one date is not
    "span": (re.compile(r"(?:从|自)?(?:什么时候|何时|哪天|几月几[日号])[\u4e00-\u9fff]{0,6}?(?:到|至)(?:什么时候|何时|哪天|几月几[日号])|起止(?:时间|日期)"),
             # (or its start and end told apart: "4月28日正式启动，8月30日结束", "从4月28日开始，持续到8月30日")
             re.compile(rf"(?:{_DAY})[^，,。；;]{{0,3}}?(?:至|到|—|－|-|~|～)\s*(?:\d{{4}}年)?(?:{_DAY}|\d{{1,2}}[日号])"
                        rf"|(?:{_DAY})[^。；;]{{0,16}}?(?:开始|启动|开幕|开赛|举行)[^。；;]{{0,16}}?(?:{_DAY})[^。；;]{{0,6}}?(?:结束|闭幕|截止|收官)"
                        rf"|(?:{_DAY})[^。；;]{{0,16}}?(?:持续|延续|一直)(?:到|至)\s*(?:{_DAY})"
                        rf"|(?:{_DAY})\s*起[^。；;]{{0,4}}?(?:至|到)\s*(?:{_DAY})")),  # "自3月1日起，至6月30日止"
    # "哪天" asks for a day or at least a month: "2019年首届运动会" says when only by the year
    "day": (re.compile(r"哪天|哪一?天|哪几[天日号]|几月几[日号]|哪个月|几月|几号"), re.compile(_DAY)),
    # "几点开始", "开放时间是几点到几点": a time of day, which a date is not
    "clock": (re.compile(r"(?:早上|上午|中午|下午|晚上|凌晨|每天|每日|时间)\S{0,4}几点|几点(?:钟|开|出发|集合|结束|到|起|举行|上班|下班)"),
              # "5点", "9:30", "九点半"; a numeral's 点 alone is a point made ("三点要求")
              re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}[点时](?:半|\d{1,2}分)?(?![\d多间期代候])"
                         r"|[一二三四五六七八九十]{1,3}[点时](?:半|钟|[一二三四五六七八九十]{1,3}分)")),
    # "哪一年上任": a year, which a day without one is not
    "year": (re.compile(r"哪一年|哪年|什么年份|几几年"), re.compile(r"(?:19|20)\d\d\s*年|[一二〇○零]{4}年|去年|前年|今年|当年")),
    # "跟谁一起办的" asks for a partner, a body as often as a person
    "partner": (re.compile(r"[跟和与同]谁"), re.compile(r"联合|携手|共同|一起|会同|协同|联手|合作|联办|共建")),
    "frequency": (re.compile(r"(?:多久|多长时间).{0,8}一次|隔多久|隔多长|几年一次|频率"),
                  re.compile(r"每[年月周季天日半两三个]|定期|一年一次|一月一次|季度|半年|常年|经常|不定期")),
    # "有多少年历史": years counted, which a figure's measure words leave out (年 dates too often)
    "duration": (re.compile(r"(?:多久|多长时间)(?!.{0,8}一次)|(?:多少|几)年(?:历史|了)|多少个年头"),
                 # "两个星期", "一个半月", "1000天"; not a date's month ("3月5日") nor a year ("2016年")
                 re.compile(r"(?<![\d.月])(?!(?:19|20)\d\d年)(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)个?半?个?"
                            r"(?:月(?![\d一二三四五六七八九十]{1,3}[日号])|年(?!度)|天|周|星期|小时|日|分钟)|半年|全年|半个月")),
    # "徒步了多远": a distance, which a count of people or events is not
    "distance": (re.compile(r"多远|多长的?(?:路|距离|路程|里程)|(?:路程|距离|里程)(?:有|是|为)?多长"),
                 re.compile(r"[\d.一二三四五六七八九十百千两半]+\s*(?:公里|千米|米|km|里)(?![程面])")),
    # "趣味运动是为哪个节日办的": a sentence naming a festival ("“五一”国际劳动节前夕"), not an honour named after one
    "festival": (re.compile(r"(?:哪个|哪一个|什么)节日?(?![目点奏约能省])"),
                 re.compile(rf"(?:{FESTIVAL_WORDS.pattern})(?!(?:劳动)?(?:奖章|奖状|红旗手|文明岗))")),
    # "活动的主题是什么": the words a sentence sets as the theme ("以“我独立 我美丽”为主题", "主题为“…”"), not any quote
    "theme": (re.compile(r"什么主题|主题是什么|主题叫什么"),
              # (or the slogan an event is held under: "举办“凝心铸魂强根基 团结奋进新征程”职工运动会")
              re.compile(r"[“\"「][^”\"」]{2,30}[”\"」][^，,。；;]{0,4}主题|主题(?:为|是|：|:)\s*[“\"「]|主题[“\"「]"
                         # (a slogan, not an event's own name: "“第十二届职工运动会”", "“劳模工匠进企业宣讲”活动")
                         r"|(?:举办|举行|开展|组织|召开)了?[“\"「][^”\"」]{6,30}(?<!运动会)(?<!大会)(?<!比赛)(?<!大赛)(?<!竞赛)"
                         r"(?<!活动)(?<!仪式)(?<!宣讲)(?<!展览)(?<!汇演)(?<!晚会)(?<!画展)(?<!影展)[”\"」]"
                         r"(?=[\u4e00-\u9fff]{0,6}?(?:运动会|活动|比赛|大赛|竞赛|会议|大会|座谈会|晚会|联欢会|仪式|展览|书画展|摄影展|汇演))")),
    "title": (re.compile(r"(?<!人)(?<!生)(?<!志)叫什么名字|(?<!主题)叫什么|什么名字|名称是什么|什么名称|什么口号|口号是什么"
                         r"|哪[部本首出台]|什么(?:电影|影片|歌曲?|节目|书)"),
              # (a report's title, said as such, may run long: "题为《…》的工作报告")
              re.compile(r"题为《[^》]{2,60}》|《[^》]{2,30}》|“[^”]{2,30}”|\"[^\"]{2,30}\"|「[^」]{2,30}」")),
    # "大会在什么地方开的", "去了哪些地方": where it was held or where they went, as a sentence writes a venue
    "venue": (re.compile(r"在哪里|在哪儿|在什么地方|什么地点|地点是|地点在|在哪(?=[开举召办进])|(?:去|到)了?(?:哪里|哪儿|哪些地方|什么地方)"),
              # (or where something was set up: "在新城…中心建立了维权服务站")
              re.compile(r"在[^，,。；;“”]{2,24}?(?:召开|举行|举办|开幕|进行|拉开|开展)"
                         # (a contest closing somewhere, the place ending as no time or manner does: "在区体育中心落下帷幕",
                         # not "在欢声笑语中", "在掌声里", "在国庆节前夕", "在…努力下顺利")
                         r"|在[^，,。；;“”\d]{2,24}?(?<![中下里夕际时间利满重])(?:顺利|圆满|胜利|隆重)?(?:闭幕|落下帷幕|落幕|开赛)(?!之际)"
                         r"|在(?![^，,。；;“”]{0,24}?(?:基础|支持|帮助|指导|领导|推动|关心|努力|时间|期间|过程|\d))[^，,。；;“”下]{2,24}?"
                         r"(?:建立|设立|成立|建成|开设|组建|挂牌|揭牌)"
                         # (not the 到 of a verb's result: "感受到了…", "得到", "达到")
                         r"|(?:赴|(?<![感受得达做遇想看听收见找提直觉识会解学领拿加接虑实])到|前往|走进)[^，,。；;]{2,14}"
                         # (or where people or a thing were placed: "第二批80名安排在省总工会工人疗养院", "位于…": a place's
                         # name, not a time, "安排在周末及节假日", "安排在国庆节后")
                         r"|(?:(?:安排|安置|落户|坐落|设|建|选址)在|位于|设于)(?!全[省市县区]|前列|第|同类)[^，,。；;\d]{0,18}?"
                         r"(?:院|馆|场|宫|中心|基地|堂|校|酒店|宾馆|村|镇|乡|街道|社区|楼|室|厅|站|园|[省市县区])(?![\u4e00-\u9fff]{0,2}[前后间期])"
                         r"|地点[：:为是在]|于[^，,。；;]{2,20}?(?:召开|举行|举办)"
                         # (or a venue borrowed, as formal news says: "假座市西中学大操场…举行")
                         r"|(?:假座|借座)[^，,。；;]{2,20}?(?:召开|举行|举办|进行)")),
    # "通知的文号是什么": a document's number as offices write it ("闽工〔2023〕27号", "总工发[2022]5号")
    "docno": (re.compile(r"(?:文号|发文字号|文件号|文件编号|发文号)(?!召)"),  # not 发文号召 (calls on)
              re.compile(r"[\u4e00-\u9fff]{1,8}\s*[〔\[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号")),
}


_CONTENT_POS = ("n", "v", "a", "s", "t", "j", "l", "i", "b", "eng", "vn", "an", "d")
_ANCHOR_POS = frozenset({"ns", "nt", "nz"})
_ANCHOR_SUFFIX = re.compile(r"..+(?:省|市|县|区|镇|乡|村|局|厂|公司|集团|学校|中学|小学|学院|医院|园区|中心)$")
_MEASURE_ASKED = re.compile(r"(?:多少|(?<![这那哪])几)\s*(名|个|位|人次|人|户|家|项|次|场|期|批|支|件|条|篇|张|天|元|万元|毫升|平方米|平方公里|平米|平方|公里|千米|公斤|千克|小时|课时|学时|届|所|份|处|座|辆|块|间|棵|吨|桶|瓶|双|床|亩|株|部|幅|首|盒|袋|箱|队|组|票|度|例(?!次)|星(?=级|[？?，,。]|$)|分(?!钟))?([\u4e00-\u9fff]{0,5})")
MONEY_WORDS = re.compile(r"钱|金额|经费|慰问金|慰问款|补贴|补助|救助金|捐款|资金|善款|费用|奖金|奖励金|助学金|红包")
# yields and incomes, asked in money only when the question states no other measure ("多少名职工收入低于…" counts people)
_YIELD_WORDS = re.compile(r"经济效益|(?<![低高中])收入(?![家职群户人])|产值|利润|营业额|销售额|创收")
_SHARE_WORDS = re.compile(r"比例|百分|占比|率")
_MEASURE_GROUPS = {"元": ("元",), "万元": ("元",), "名": ("名", "人", "位"), "人": ("人", "名", "位"), "位": ("位", "名", "人"),
                   "人次": ("人次", "人", "名")}


_STATED_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{2,}(?:\.\d+)?")  # two digits or more, not a year
_ASKING_PHRASES = re.compile(r"哪一?天|什么时候|什么时间|何时|多久|多长时间|是谁|哪位|叫什么名字|叫什么|姓什么|姓啥")
_GRAMMAR_POS = ("x", "u", "p", "c", "r", "m", "e", "y", "o", "w")


_EACH_GROUP = re.compile(r"每[^个年月天日周次季位名\d一二三四五六七八九十]")  # "每队几个人": the group counted, which jieba calls a pronoun


def _pos_words(question: str) -> list[tuple[str, str]]:
    """The question's words with their parts of speech. The asking phrases are cut out first
    ("哪天开的" would be read as 哪/天开), and runs of single characters jieba could not place
    are joined back ("台/帐" -> 台帐), never across an adverb ("岗/又/创" is no word) nor from a place word
    ("项目/里/拿" is no 里拿; "线/上" is 线上)."""
    import jieba.posseg

    tokenize("")  # the shared jieba, initialised once
    words: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []

    def close_run() -> None:
        # a lone character keeps its tag; a run opened by a verb ("到/站/区") is read as one, no name
        words.append(("".join(w for w, _ in run), _RUN_FROM_VERB if run[0][1].startswith("v") else "n") if len(run) > 1 else run[0])
        run.clear()

    for w in jieba.posseg.lcut(_ASKING_PHRASES.sub("，", question)):
        # "最佳参与/奖": an award is named by the word before 奖, and the sentence that gives it says them together
        if w.word == "奖" and not run and words and len(words[-1][0]) >= 2 and words[-1][1].startswith(("n", "v", "a")):
            words[-1] = (words[-1][0] + w.word, "n")
            continue
        # a place word may end a run ("线/上") but never start one ("项目/里/拿")
        if (len(w.word) == 1 and not w.flag.startswith(_GRAMMAR_POS + ("d",)) and not (w.flag == "f" and not run)
                and re.match(r"[\u4e00-\u9fff]", w.word)
                and w.word not in _QUESTION_WORDS):  # "入会/率/是": 是 ends the run, no word "率是"
            run.append((w.word, w.flag))
            continue
        if run:
            close_run()
        words.append((w.word.lower(), "n" if _EACH_GROUP.fullmatch(w.word) else w.flag))
    if run:
        close_run()
    return words


@dataclass(frozen=True)
class _AskedMeasure:
    measure: str | None  # "名" of "多少名职工"; None when none is said
    noun: str  # the words after it ("职工")
    noun_start: int


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,5}")


def _measure_asked(question: str) -> _AskedMeasure | None:
    """The measure word and noun after 多少/几. A measure character that starts a longer word of
    the question is that word's, not a measure: "多少票款收入" asks an amount, not votes (票);
    "多少名额" places, not people (名)."""
    found = list(_MEASURE_ASKED.finditer(question))
    # "几份总结里…人数各是多少": what each is asked for, after the count of the reports;
    # "几份总结里…都有哪些" asks no count at all; "在几份总结里出现过" asks that count itself
    asked = next((m for m in found if not _counts_documents(question, m)), None)
    if asked is None and found and not _ASKS_AFTER.search(question, found[0].end()):
        asked = found[0]
    if not asked:
        return None
    if not asked.group(1):  # "多少艘次", "多少平方米": a measure word the list above lacks, as the tagger reads it
        first = tagged(question[asked.start(2):])[:1]
        if first and first[0][1] == "q" and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", first[0][0]):
            return _AskedMeasure(first[0][0], question[asked.start(2) + len(first[0][0]) :][:5], asked.start(2) + len(first[0][0]))
    word = word_running_on(question, asked.end(1)) if asked.group(1) else ""
    # "多少人员", "多少户数": the measure with what counts it is still that measure
    if word and word[len(asked.group(1)):] not in _COUNTING_ENDS and word != "星级":  # "几星级": a grade in stars
        return _AskedMeasure(None, _NOUN_AFTER.match(question, asked.start(1)).group(0), asked.start(1))
    return _AskedMeasure(asked.group(1), asked.group(2), asked.start(2))


_HEADCOUNT = re.compile(r"人数|总数|人次")
_PEOPLE_MEASURES = ("人", "名", "位", "人次", "户")  # people, or the households they make ("慰问困难职工31户")
_COUNTING_ENDS = frozenset("数 员 才 口 次".split())
_ASKS_AFTER = re.compile(r"多少|几|哪|什么|啥|谁|(?:各自?|分别|都)[^，,。？?]{0,4}?(?:怎么|怎样|如何)")  # not "…提到了怎样做好"
_DOCUMENT_MEASURES = frozenset("份 篇 家 个 所".split())
_DOCUMENT_NOUN = re.compile(r"(?:(?![在人])[\u4e00-\u9fff]){0,8}?(?:总结|材料|资料|报告(?!会)|文章)")


def _without_report_count(question: str) -> str:
    """The question without a count of the reports that another question word follows ("几份总结里…
    都有哪些" asks what each holds, one article each, and no figure); unchanged otherwise."""
    for asked in _MEASURE_ASKED.finditer(question):
        if _counts_documents(question, asked) and _ASKS_AFTER.search(question, asked.end()):
            return question[: asked.start()] + question[asked.start(1) :]
    return question


def _counts_documents(question: str, asked: re.Match[str]) -> bool:
    """"几份街道工会总结里…人数各是多少", "几家单位的总结里…": the count is of the articles the
    answer sets side by side, not of what each is asked for when a later 多少 says that."""
    return asked.group(1) in _DOCUMENT_MEASURES and bool(_DOCUMENT_NOUN.match(question, asked.end(1)))


def _counted(question: str) -> str:
    """The thing "多少家单位" counts ("单位"), as the figure answering it may say it in another measure."""
    asked = _measure_asked(question)
    if not asked or not asked.measure or not asked.noun:
        return ""
    word, flag = (tagged(asked.noun) or [("", "")])[0]
    return word if len(word) >= 2 and flag.startswith("n") else ""


_COUNT_BEFORE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:人数|总数|数量|数)?(?:一共|总共|共|合计|总计)?(?:有|是|达到?)?"
                           r"(?:多少|几)(?:名|个|位|人|家|户|所)?(?:[？?，,。]|$)")


_TOTAL_WORD = re.compile(r"累计|共计|合计|总计|一共|总共|大约|大概|差不多|前后|目前|现在|已经")


def counted_noun(question: str) -> str:
    """The thing a count is asked of: "有多少女职工", "女职工有多少人", "会员总数哪个多" -> its last
    noun ("女职工"); "" when the question asks no count of a thing."""
    asked = _measure_asked(question)
    phrase = asked.noun if asked and asked.noun else ""
    run = _noun_run(tagged(phrase), first=True)
    if not run:
        before = _COUNT_BEFORE.search(question)
        phrase = before.group("noun") if before else ""
        # "拿一等奖的选手有几名": the one word after the last 的 is the thing counted, whatever the tagger calls it (选手, a verb)
        head = phrase.rsplit("的", 1)[1] if "的" in phrase else ""
        word = tagged(head)
        counted = (len(head) >= 2 and len(word) == 1 and not word[0][1].startswith(("d", "t", "m", "r"))
                   and not _TOTAL_WORD.fullmatch(head))  # "到场的大约有多少人", "…的累计有多少": no thing counted
        run = head if counted else _noun_run(tagged(phrase), first=False)
    return run if len(run) >= 2 else ""


def _noun_run(words: list[tuple[str, str]], first: bool) -> str:
    """The first (or last) run of nouns, whole: "职工书屋", "会员代表", "女职工"."""
    runs: list[list[str]] = [[]]
    for word, flag in words:
        if flag.startswith("n") and not flag.startswith(("nr", "ns", "nt")):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    found = ["".join(r) for r in runs if r]
    return (found[0] if first else found[-1]) if found else ""


_COUNT_FIGURE = r"(?<![每第])(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)\s*(?:万|千|百)?\s*(?:余|多)?\s*(?:名|个|位|人|家|户|所)"


def counts_directly(text: str, noun: str) -> bool:
    """A figure in the text is the count of that thing: "459名女职工", "女职工32645人", "会员人数达2000人";
    not "近150人参加的女职工代表大会" (the figure counts who came; 女职工 only names the meeting)."""
    if not noun:
        return False
    thing = re.escape(noun)
    return re.search(rf"{_COUNT_FIGURE}{thing}(?![\u4e00-\u9fff]{{0,1}}(?:代表|大会|会议|委员|活动|工作|组织))"
                     rf"|{thing}(?:人数|总数|数量|数)?(?:共计|共有|总计|合计|共|有|达到?|为|约|近|超过)?{_COUNT_FIGURE}", text) is not None


def figure_counts_otherwise(text: str, profile: QueryProfile) -> bool:
    """"多少家单位" answered "有292个单位", "几支运动队" answered "6个运动队": 个 counts anything, when the
    thing counted follows the figure ("一个新台阶" counts nothing); "多少户" answered "30多家住户":
    households are counted in 家 too."""
    if "户" in profile.measures and _HOUSEHOLDS_IN_JIA.search(text):
        return True
    # people and money are never counted in 个 ("36个会员单位" counts bodies, not 会员)
    return (bool(profile.measures) and not set(profile.measures) & _NOT_IN_GE and bool(profile.counted)
            and not PEOPLE.fullmatch(profile.counted)) and re.search(
        rf"(?:\d+|[两三四五六七八九十百千]+)(?:余|多)?个{re.escape(profile.counted)}", text) is not None


_NOT_IN_GE = frozenset(("名", "人", "位", "人次", "元"))
# (or in 个 or 名 of a household noun right after the figure and its qualifiers: "走访慰问4名困难职工家庭", "8个单亲困难家庭";
# not "30名党员走访困难家庭", "215名家庭困难职工", "200个家庭农场")
_HOUSEHOLDS_IN_JIA = re.compile(r"(?:\d+|[两三四五六七八九十百千]+)(?:余|多)?(?:家(?:住户|农户|居民|家庭|困难户|特困户)"
                                r"|[个名][困难特低保贫单亲零就业职工党员残疾军烈属失独空巢]{0,6}(?:家庭|困难户|特困户|住户|农户)"
                                r"(?!成员|困难|职工|农场|医生|代表|教育|服务|文明|美德|建设|暴力|经济|档案|收入))")


def asked_nouns(question: str, names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The things a question asks about ("金秋助学", "基层工会"): its nouns, without those of the
    names given (whose it is) and the genre's own words (工会, 职工)."""
    return tuple(dict.fromkeys(
        word for word, flag in tagged(question)
        if len(word) >= 2 and flag.startswith(("n", "vn")) and not flag.startswith(("nr", "ns", "nt"))
        and word not in GENERIC and word not in _QUESTION_WORDS and not any(word in name for name in names)))


# "经费比上年增长了多少": a change is said as much in a share ("增长12%") as in the measure
_CHANGE_ASKED = re.compile(r"(?:增长|增加|提高|提升|下降|减少|上涨|增幅|降幅|同比)了?(?:多少|几)")


_SHARE_MEASURES = ("%", "百分之", "成")


# "花了多少钱、培训了多少名农民工": two figures asked in one sentence, each in its own measure
_FIGURES_APART = re.compile(r"[、，,；;]")


def _expected_measures(question: str) -> tuple[str, ...]:
    asks = [part for part in _FIGURES_APART.split(_without_report_count(question)) if _ASKS_FIGURE.search(part)]
    if len(asks) >= 2:
        return tuple(dict.fromkeys(measure for part in asks for measure in _one_figure_measures(part)))
    return _one_figure_measures(question)


_ASKS_FIGURE = re.compile(r"多少|几(?![月号日时点年天])")


def _one_figure_measures(question: str) -> tuple[str, ...]:
    measures = _measures_of(question)
    asked = _measure_asked(question)
    said = asked is not None and asked.measure is not None  # "增加了多少人": the measure is said
    if measures and measures != _SHARE_MEASURES and not said and _CHANGE_ASKED.search(question):
        return measures + _SHARE_MEASURES
    return measures


def _measures_of(question: str) -> tuple[str, ...]:
    if _SHARE_WORDS.search(question):
        return _SHARE_MEASURES
    asked = _measure_asked(question)
    measure, noun = (asked.measure, asked.noun) if asked else (None, "")
    if measure in ("元", "万元") or MONEY_WORDS.search(noun or "") or (not measure and (MONEY_WORDS.search(question) or _YIELD_WORDS.search(question))):
        return ("元",)
    if measure and measure != "个":
        return _MEASURE_GROUPS.get(measure, (measure,))
    if (not measure or measure == "个") and asked and _counts_people(question[asked.noun_start:]):  # "多少新会员", "几个人": in 人/名
        return _PEOPLE_MEASURES
    if not measure and _PEOPLE_COUNT_ASKED.search(question):  # "职工总数是多少": the count said before it is asked
        # a headcount asked (人数, 总数) is of people; "慰问的困难职工是多少" may be told in households
        return _PEOPLE_MEASURES[:-1] if _HEADCOUNT.search(question) else _PEOPLE_MEASURES
    return ()


# "职工总数是多少", and "其中女司机有多少": the people named right before the asked count are what it counts
_PEOPLE_COUNT_ASKED = re.compile(rf"(?:{PEOPLE.pattern})(?:(?:总人数|人数|总数|数量|数)(?:分别|各|一共|总共|共)?(?:是|有|为|达到?)?"
                                 rf"|(?:分别|各|一共|总共|共)?(?:有|是|为|达到?))(?:多少|几)(?![月号日时点年天])")


_NOUN_PHRASE_POS = ("n", "a", "b", "l", "j", "vn", "an", "nz")


_PLACE_ENDS = frozenset("站室所馆点屋园")  # what a counted thing's name may end in, alone a character the tagger may call a verb


def _place_end(words: list[tuple[str, str]], i: int) -> bool:
    """"赋能/站？": a place's one-character end after a verb of two characters, ending the phrase (not "到/站/歇脚", a
    motion, nor "点/赞")."""
    if not (0 < i < len(words) and words[i][0] in _PLACE_ENDS and len(words[i - 1][0]) >= 2):
        return False
    after = words[i + 1] if i + 1 < len(words) else ("", "")
    return not re.match(r"[\u4e00-\u9fff]", after[0]) or after[1].startswith("n")


def _counts_people(counted: str) -> bool:
    """Whether the words after 多少/几个 count people: the phrase's last noun is a kind of person
    ("几个困难职工", "多少新会员", "几个人参加"), not a thing people have ("多少个职工小家",
    "几个员工先进操作法", "多少个会员单位")."""
    words = tagged(counted[:12])
    head = ""
    for i, (word, flag) in enumerate(words):
        if word == "之" and head and i + 1 < len(words):  # "职工/之/家": the thing is the 之家, not the people
            head = word + words[i + 1][0]
            break
        # "创新/工作室"; "赋能/站": a verb before a place's one-character end, which the tagger may call a verb too
        joins = flag.startswith("v") and i + 1 < len(words) and (words[i + 1][1].startswith("n") or _place_end(words, i + 1))
        if head and _place_end(words, i):  # "产业工人赋能站": the count is of the stations
            head = word
            continue
        # "省部级劳模/和/工匠人才创新工作室": 和 between nouns goes on to the head the count is of
        joined = word in ("和", "及", "与") and head and i + 1 < len(words) and words[i + 1][1].startswith("n")
        if joined:
            continue
        if not (flag.startswith(_NOUN_PHRASE_POS) or joins) or not re.match(r"[\u4e00-\u9fff]", word):
            break
        head = word
    return bool(re.search(rf"(?:{PEOPLE.pattern})次?$", head))


_NAMES_FOLLOW = re.compile(r"^(?:[省市县区镇乡村旗]|总工会|工会|局|公司|集团|厂|学校|中学|小学|学院|大学|医院|街道|社区|电业局|供电)")


_RUN_FROM_VERB = "nv"  # single characters joined into a word, the first a verb ("到/站/区", "坨/镇"): a noun, maybe no name
_FUNCTIONAL_AREA = re.compile(r"(?:功能|生活|办公|服务|生产|休闲|娱乐|活动|学习|阅览|展示|停车|作业|施工)区$")


def _is_anchor(word: str, pos: str, following: str) -> bool:
    """A place or unit the answer must be about: a word ending like one ("开鲁县"), or one the
    tagger calls a name that is long enough or goes on into a unit ("淅川/电业局"). A two-character
    "place" standing alone is often a common word the tagger misreads ("新建" is a district)."""
    if not is_specific(word):  # "镇政府", "县委": a kind of body, which every report of that kind has
        return False
    if _MONTH_WORD.fullmatch(word):  # "十二月份": a time (read as months), which the tagger may call a name
        return False
    if _FUNCTIONAL_AREA.search(word) or pos == _RUN_FROM_VERB:  # "功能区", "生活区": a part of a site, no place a
        return False  # union is of (开发区, 鼓楼区 are); "下沉/到站区": single characters joined from a verb are no name
    if _ANCHOR_SUFFIX.match(word):
        return True
    return pos in _ANCHOR_POS and (len(word) >= 3 or bool(_NAMES_FOLLOW.match(following)))


def _titles_after_names(question: str) -> set[str]:
    """The titles the question puts after a person's name ("罗青山老师" -> 老师): they say how the
    question calls the person, which a report may say otherwise (教师, 同志), so they weigh as
    little as genre words; the name picks the sentence."""
    return {found.group(0) for match in PERSON.finditer(question) if (found := TITLE_AFTER_NAME.search(match.group(0)))}


# "…的是谁", "…是哪个部门", "…叫什么名字": what stands right before asks whose the role is
_ASKS_HOLDER = re.compile(r"([\u4e00-\u9fff]{2,12}?)的?(?:是谁|是哪一?[个家位支所名][\u4e00-\u9fff]{0,3}|叫什么名字|叫什么|姓什么|姓啥)(?:[？?，,。！!]|$)")
# "…是哪个小组拿的第一", "谁获得了一等奖": a place won, asked after who won it
_PRIZES = r"冠军|亚军|季军|[一二三特\d]等奖|金奖|银奖|铜奖"
_RANK_WON = re.compile(r"(?:谁|哪一?[个家位支所名组队])[\u4e00-\u9fff]{0,6}?(?:拿|获|得|夺|摘)[得了的]{0,2}"
                       rf"(第[一二三四五六七八九十\d]{{1,2}}|{_PRIZES})")
# a place or prize won ("一等奖", "冠军", "第一名"): held by a team or a person of any body, not a post of one
_PRIZE_ROLE = re.compile(rf"第[一二三四五六七八九十\d]{{1,2}}名?|{_PRIZES}")
# "一等奖给了哪家店", "一等奖是谁拿的", "冠军被哪个队夺得": the place won, asked before who won it
_RANK_GIVEN = re.compile(rf"({_PRIZE_ROLE.pattern})(?:又|都|分别|究竟|最后|最终)?(?:是|被|给了?|颁给了?|授予了?|花落|归了?|由|落到了?)(?:谁|哪)")
# "拿二等奖的选手都有谁", "获得一等奖的是哪个队": those who won the prize, asked after it
_RANK_HOLDERS = re.compile(rf"(?:拿|获|得|夺|摘)[得了过到下]?({_PRIZE_ROLE.pattern})的[\u4e00-\u9fff]{{0,6}}?(?:是|有)?(?:谁|哪)"
                           rf"|({_PRIZE_ROLE.pattern})(?:的)?(?:获得者|得主|获奖者)(?:都)?(?:是|有)?(?:谁|哪)")


def prize_holder_before(text: str, role: str) -> bool:
    """"建工集团代表队技高一筹，荣获冠军": a team or body named before the place it won holds it, when a place is asked
    ("冠军是谁"): a team answers as a person does."""
    if not _PRIZE_ROLE.fullmatch(role):
        return False
    # (not "争夺冠军": what teams strove for, nor "未能夺冠")
    return re.search(rf"[\u4e00-\u9fff\d]{{2,12}}(?:队|组|公司|部|中心|车间|科|室|站|所|厂|院|校|班)[^。；;]{{0,12}}?"
                     rf"(?<![争未能])(?:获|夺|摘|拿|捧)[^，,。；;]{{0,6}}?{re.escape(role)}", text) is not None


_ENDS_IN_TITLE = re.compile(rf"(?:{TITLES})$")
_NOT_ROLES = frozenset("题目 名字 名称 全称 主题 口号 内容 单位 部门 人 同志 老师 选手 职工 员工 代表 领导 干部 成员".split())


def _asked_role(question: str) -> str:
    """The role or place whose holder a question asks for ("女职工委员会主任是谁" -> 主任, "冠军是
    哪个部门" and "哪个部门拿了冠军" -> 冠军): a sentence that names no such role answers another
    question. Words that only say what kind of name is wanted (题目, 名字) or who in general (人,
    单位) are no role."""
    import jieba.posseg

    won = _RANK_WON.search(question) or _RANK_GIVEN.search(question) or _RANK_HOLDERS.search(question)
    if won:  # "哪个小组拿的第一", "谁得了一等奖": the place won is what the answer must say
        return next(group for group in won.groups() if group)
    asked = _ASKS_HOLDER.search(question)
    if not asked:
        return ""
    tokenize("")  # the shared jieba, initialised once
    words = [w for w in jieba.posseg.lcut(asked.group(1)) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w.word)]
    if (not words or words[-1].word in _NOT_ROLES or PEOPLE.fullmatch(words[-1].word)
            or not words[-1].flag.startswith(("n", "m", "b"))):  # "打头的是谁": a verb, no role
        return ""
    role = words[-1].word
    title = _ENDS_IN_TITLE.search(role)  # "工会主席", "上级领导", "全能冠军": a report may say only its head
    if not title and asked.group(0)[len(asked.group(1))] == "的":
        return ""  # "代表县总工会讲话的是哪位领导": what the person did, not a post they hold
    head = title.group(0) if title else role if len(role) <= 3 else role[-2:]
    before = asked.group(1)[: asked.group(1).rfind(head)]
    return ("副" if before.endswith("副") else "") + head  # "副主任", "副/主任": a deputy asked stays one


def _asked_people_noun(question: str) -> str:
    """"发言的劳模是谁", "那位代表叫什么": a noun of people (no post) whose one member is asked by name."""
    asked = _ASKS_HOLDER.search(question)
    noun = next((m.group(0) for m in PEOPLE.finditer(asked.group(1)) if len(m.group(0)) >= 2), "") if asked else ""
    kin = re.search(rf"(?:{KIN_OR_LOT})$", asked.group(1)) if asked else None
    return kin.group(0) if kin else noun if noun and asked.group(1).endswith(noun) else ""


# "工会的负责人是谁": whoever heads the union, by the title a report gives its head right after 工会 ("省国防工会主席吴志毅");
# not a deputy (副主席), not the company's manager, a department's or a committee's head, nor 主席台 or 主席团; not a branch
# union's (分工会), the youth league's (团工委) or the women's committee's head, a former one (原工会主席) or a candidate
HEAD_ASKED = frozenset({"负责人", "一把手"})
HEAD_TITLE = re.compile(r"(?<![原前老]工会)(?<!前任工会)(?<![分团女职]工会)(?<![团女职]工委)(?<=工会|工委)(?:主席|主任|负责人)(?![台团期助]|候选|职务|人选)")
_HEAD_NAMED_WITHIN = 8  # how far before the title the asked union's own words stand ("省国防工会主席")


def head_title(text: str, units: tuple[str, ...]) -> str:
    """The head's title the text gives the union asked ("省国防工会主席吴志毅" -> 主席): right after 工会, and, when the
    question names its union, after that union's own words (not "省总工会主席王海" for 省国防工会); "" when none."""
    cores = [core[-2:] for core in (re.sub(r"(?:总)?工会(?:委员会)?$", "", unit) for unit in units) if len(core) >= 2]
    for found in HEAD_TITLE.finditer(text):
        if not cores or any(core in text[max(0, found.start() - _HEAD_NAMED_WITHIN) : found.start()] for core in cores):
            return found.group(0)
    return ""


_EXPERT_TITLE = re.compile(r"教授|医师|研究员|博士|专家")


def says_role(text: str, profile: QueryProfile) -> bool:
    """The text says the role asked, not only its deputy (副主席 is no 主席); for the union's head, the title the text
    gives the union asked (head_title)."""
    role = profile.role
    if not role:
        return True
    if role in HEAD_ASKED:
        return bool(head_title(text, profile.units))
    text = _QUOTED_HONOUR.sub(r"\1，", text)  # "获评“星级基层工会主席”": an honour's name holds the word, no one the post
    if role in text:
        return role.startswith("副") or any(text[m.start() - 1 : m.start()] != "副" for m in re.finditer(re.escape(role), text))
    if role.startswith("副"):  # a deputy's post asked is written as one: 主席 is no 副主席
        return False
    if role == "专家" and _EXPERT_TITLE.search(text):  # "专家叫什么名字": an expert is written by a title ("教授钟红秀")
        return True
    if _PRIZE_ROLE.fullmatch(role):  # "二等奖" shares two characters with 一等奖 and is another prize;
        return re.search(rf"{re.escape(role.removesuffix('名'))}(?![届次期批])", text) is not None  # "团体第一" is 第一名
    return said_in_full(role, text) or (len(role) >= 3 and pair_share(role, text) >= 0.5)



# a body named before a post, which holds it ("郑州经开区人大工委主任", "市总工会党组成员、副主席"); never the union's own
# committee a post is elected in ("选举王某为第四届工会委员会主席")
_BODY_NAMED = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:总工会|工委|人大|政府|局|公司|集团|协会|医院|学校)")
# a union named with its province or city before the post ("广东省海员工会主席"), not a body's own short name ("县医院工会")
_PLACED_UNION = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市](?!总)[\u4e00-\u9fff]{1,8}?工会$")
# (and the one elected: "选举张志民同志为集团…工会联合会主席" holds the post of 集团…, not of "张志民同志为集团")
_ELECTED_TO = re.compile(r".*(?:选举|推选|当选|担任|任命|聘任)(?:[^，,；;。为]{0,12}为)?")


_POINTED_REPORT = re.compile(r"[这那](?:篇|份)[^，,。？?]{0,20}?(?:总结|报告|材料)")


def post_held_elsewhere(sentence: str, profile: QueryProfile, article: str = "", own_unit: str = "") -> bool:
    """Every mention of the post asked in the sentence is a deputy's or another body's ("…人大工委主任、工会主席
    王宏伟" for "物流工会联合会的主席是谁"), so no one in it holds the post asked; "齐智慧主席指出" holds the post
    the article gave her where it first named her ("郑州市总工会党组成员、副主席齐智慧")."""
    role = profile.role
    if _PRIZE_ROLE.fullmatch(role):
        return False  # a prize is won by whoever the sentence names, of any body
    mentions = [m.start() for m in re.finditer(re.escape(role), sentence)] if role and not role.startswith("副") else []
    # a women's committee's post asked ("女工委员会主任是谁") is none of a sentence that names no women's body
    # ("会议由办公室主任某某主持")
    if (mentions and role in _COMMITTEE_POSTS and _WOMENS_ASKED.search("".join((*profile.units, *profile.weights, *profile.contrasts)))
            and not _WOMENS_SAID.search(sentence + _sentence_before(sentence, article))):
        return True
    own = re.sub(r"(?:总)?工会(?:委员会)?$", "", own_unit)
    units = (*profile.units, own) if own else profile.units
    # the report's own union, named right before the post, when the question names a body it shares no word with
    # ("大连文体旅集团的工会主席" of 市财贸金融服务工会's report on its visit there: "市财贸金融服务工会主席梁某")
    unrelated = (len(own) >= 2 and not says_only_kind(own) and bool(profile.units)
                 and not any(own[i : i + 2] in unit for unit in profile.units for i in range(len(own) - 1)))
    return bool(mentions) and all(sentence[at - 1 : at] == "副" or _of_another_body(sentence, at, units)
                                  or _of_another_level(_clause_before(sentence, at), profile)
                                  or (unrelated and _clause_before(sentence, at).endswith(own_unit))
                                  or _named_before_as_another_s(sentence, at, units, article) for at in mentions)


def _of_another_level(clause: str, profile: QueryProfile) -> bool:
    """The post is a place's federation's, named by its level alone ("…副主任、市总工会主席彭某"), while the question
    names a body and no federation (a company's union); or the reporting body's own union's, by its first person
    ("我公司工会主席刘某当选为…委员"), while the question asks a federation's (a 联合会's) chairman; or a women's
    committee's ("选举王某为集团女职工联合会主席") while the question asks of no women's body."""
    # (a women's committee asked by its short name, "女职委主任", leaves 女 out of the weights: the contrast keeps it)
    asked = "".join((*profile.units, *profile.weights, *profile.anchors, *profile.contrasts))
    if _WOMENS_BODY.search(clause) and "女" not in asked:
        return True
    federation = _LEVEL_FEDERATION.search(clause)
    if federation:  # (a body asked of that level is said colloquially: "青禾县工会" for 县总工会)
        level = federation.group("level")
        return bool(profile.units) and not _FEDERATION_ASKED.search(asked) and not any(level in unit for unit in profile.units)
    # (the group's own federation asked, "青禾集团工会联合会", is the one "我集团工会" speaks of)
    own = _FIRST_PERSON_UNION.search(clause)
    return own is not None and bool(_FEDERATION_ASKED.search(asked)) and own.group(1) not in asked


_WOMENS_ASKED = re.compile(r"女工委|女职委|女(?:职工|工|教工|教职工)?委员会|女工|女职")
_WOMENS_SAID = re.compile(r"女")
_COMMITTEE_POSTS = frozenset(("主任", "副主任", "委员"))


def _sentence_before(sentence: str, article: str) -> str:
    """The sentence before this one in its article ("选举产生了…女职工委员会。柳青当选为主任"), or ""."""
    at = article.find(sentence)
    return re.split(r"(?<=[。！？])", article[max(0, at - 120) : at])[-2] if at > 0 and "。" in article[max(0, at - 120) : at] else ""


_FIRST_PERSON_UNION = re.compile(r"我(公司|集团|院|局|厂|矿|校|所|站|段|行)工会(?:委员会)?$")
_LEVEL_FEDERATION = re.compile(r"(?:^|[、，,])(?P<level>[省市县区])总工会$")
_FEDERATION_ASKED = re.compile(r"总工会|联合会|工联会|工会联合")
_WOMENS_BODY = re.compile(r"女(?:职工|工)[\u4e00-\u9fff]{0,4}(?:委员会|联合会|委)$")


def _named_before_as_another_s(sentence: str, at: int, units: tuple[str, ...], article: str) -> bool:
    """The post follows a name ("齐智慧主席") that the article first wrote with another body's post before it."""
    for n in (3, 2):
        name = sentence[at - n : at] if at >= n else ""
        first = article.find(name) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) else -1
        # the name's first mention comes right after a post ("…、副主席齐智慧"): a person, and that post is hers
        if first >= 0 and re.search(rf"(?:{TITLES})$", article[max(0, first - 6) : first]):
            return _of_another_body(article, first, units)
    return False


def _clause_before(text: str, at: int) -> str:
    """The clause before `at`, from after an election's verb when it has one."""
    return _ELECTED_TO.sub("", re.split(r"[，,；;。：:]", text[:at])[-1])


def _of_another_body(text: str, at: int, units: tuple[str, ...]) -> bool:
    """"郑州经开区人大工委主任、工会主席王宏伟": the post at `at` is held in the body its clause names before
    it; when the question names its body and that one is another, the post is not the one asked."""
    if not units:
        return False
    # "新区妇工委副主任、总工会女职委主任徐某": posts listed one after another, each held in the body named after the one before;
    # a post with no body of its own after the one before ("市总工会党组书记、主席柳某") is held in that same body
    clause = _clause_before(text, at)
    last = _POST_LISTED.split(clause)[-1]
    clause = last if len(last) >= 3 and _OWN_BODY_END.search(last) else clause
    # a body named with its place ("郑州经开区人大工委", "郑州市总工会"): "教育局" alone may be the asked one's;
    # or one of the asked body's own kind by another name ("岩土公司总经理" when 地建公司's is asked)
    # (a name starts after a deed and at a noun: "与会代表认真听取了集团" names 集团, "首先由集团" names 集团)
    named = [_from_first_noun(body[body.rfind("了") + 1 :]) for body in _BODY_NAMED.findall(clause)]
    placed = _PLACED_UNION.search(clause)
    named += [placed.group(0)] if placed else []
    bodies = [body for body in named if len(body) >= 4 and (
        re.search(r"[省市县区镇乡]", body[:-1]) or any(_sibling_body(body, unit) for unit in units))]
    # a union named right before the post, by a name of its own ("院工会常委、过程所工会主席…" when 西高所 is asked)
    union = _UNION_BEFORE_POST.search(clause)
    name = _from_first_noun(union.group(1)) if union else ""
    if len(name) >= 3 and is_specific(name) and not says_only_kind(name):
        bodies.append(name)
    # the body asked or the report's own, however much of its name either writes ("县教育局" of 青禾县教育局)
    # (or a short form of it: "青禾一院" of 青禾市第一人民医院, "电科院" of 青禾电力科学研究院, "青禾矿业公司" of 青禾矿业集团)
    return bool(bodies) and not any(len(unit) >= 2 and (unit in body or body in unit or unit[-3:] in body
                                                        or _short_form(body, unit))
                                    for body in bodies for unit in units)


def _short_form(body: str, unit: str) -> bool:
    """"青禾一院" of 青禾市第一人民医院, "电科院" of 青禾电力科学研究院: the body's characters in order in the unit's, no
    ordinal dropped ("青禾市人民医院" is not 青禾市第一人民医院); or one business by another kind ("青禾矿业公司" of
    青禾矿业集团), not another body of a shared head ("石桥电力公司" is no 石桥电力科学研究院)."""
    if is_subsequence(body, unit):
        return set(_NUMERALS.findall(unit)) <= set(_NUMERALS.findall(body))
    return len(body) >= 4 and body[:4] == unit[:4] and bool(_BUSINESS_END.search(body)) and bool(_BUSINESS_END.search(unit))


_BUSINESS_END = re.compile(r"(?:公司|集团)$")
_NUMERALS = re.compile(r"[一二三四五六七八九十\d]")


_POST_LISTED = re.compile(rf"(?:{TITLES}|成员)、")  # (a membership is a post listed too: "区总工会党组成员、教育工会主席某")
_OWN_BODY_END = re.compile(r"(?:工会|[委局厅部处科室所院校队站]|公司|集团|中心|协会)$")
_UNION_BEFORE_POST = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:所|院|局|厂|矿|站|段|队|校|公司|集团|中心|医院|学校|银行))工会(?:委员会)?$")


_PHRASE_FLAGS = ("d", "p", "c", "u", "r", "t", "f", "m")  # adverbs, prepositions, pronouns…: words no name opens with


def _from_first_noun(text: str) -> str:
    """The text after its opening adverbs and prepositions ("首先由集团" -> 集团): they are no part of a name."""
    words = tagged(text)
    skipped = 0
    for word, flag in words:
        if not flag.startswith(_PHRASE_FLAGS):  # (a verb opens names: 建设集团, 发展医院)
            break
        skipped += len(word)
    return text[skipped:]


def _sibling_body(body: str, unit: str) -> bool:
    """"岩土公司" beside "…地建公司": a body of the same kind as the one asked, whose own name is not in it."""
    kind = re.search(r"(?:公司|集团|局|医院|学校|协会)$", body)
    own = body[: kind.start()] if kind else ""
    return (bool(kind) and unit.endswith(kind.group(0)) and len(own) >= 2 and own not in unit
            and unit[-len(kind.group(0)) - 2 :] not in body and body[:2] != unit[:2])  # "青禾控股集团…" is 青禾集团's own


# an honour's quoted name after the verb that gives it (not 《关于选举…为工会主席的决议》, a document)
_QUOTED_HONOUR = re.compile(r"((?:获评|荣获|评为|授予|获得|荣膺)[^，,。；;“”]{0,12})“[^“”]{1,30}”")


ROLE_NAME_GAP = 10
"""How far a role asked may stand from a titled name and still be that person's ("李娜同志任经审主任"):
"局长罗一航委托，张晓波对…各委员会主任及委员的当选表示祝贺" names persons and the role, no one holding it."""


def role_beside_a_name(text: str, role: str) -> bool:
    """Some titled name in the text stands within ROLE_NAME_GAP characters of the role asked, or
    in the same clause ("李明同志当选为柳岸县总工会第十六届委员会主席"); true of a text with no titled
    name at all (its person is found otherwise: "由李四担任"), and of a prize ("张某、李某等4名选手分别荣获
    焊工组、叉车组…个人一等奖": winners are listed apart from what they won)."""
    if _PRIZE_ROLE.fullmatch(role):
        return True
    spans = list(_titled_spans(text)) + elected_names(text)
    written = _EXPERT_TITLE if role == "专家" else re.compile(re.escape(role.removeprefix("副")))  # "教授钟红秀" is the 专家
    roles = [(m.start(), m.end()) for m in written.finditer(text)]
    return not spans or any((start - ROLE_NAME_GAP <= person_end and person_start <= end + ROLE_NAME_GAP)
                            or not _CLAUSE_BREAK.search(text[min(person_end, start) : max(person_start, end)])
                            for person_start, person_end in spans for start, end in roles)


_CLAUSE_BREAK = re.compile(r"[，,；;。：:、]")


def _titled_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each titled name of the text stands, as titled_person finds them one after another."""
    position = 0
    while (found := titled_person(text[position:])) is not None:
        start = text.index(found, position)
        yield start, start + len(found)
        position = start + len(found)


CARRIED_WEIGHT = 0.5
"""A follow-up's share of the words of the question before it that it does not repeat: what it
leans on ("里面已经建了工会的有几家？" after "…摸底了多少家货运单位？") counts, less than what it says."""
_TIME_WORD = re.compile(r"(?:19|20)\d\d年?度?|今年|去年|前年|明年|上半年|下半年|全年|年度|[\d一二三四五六七八九十]+月份?|季度")


def carry_topic(profile: QueryProfile, before: QueryProfile) -> QueryProfile:
    """The follow-up's profile with the earlier question's words it leaves unsaid, at CARRIED_WEIGHT;
    not its times, which a follow-up changes ("今年2月又选了几个？"). A follow-up naming a festival
    the earlier question did not ("那五一节他们组织了什么活动？" after a question on birthday dinners)
    sets its own topic: nothing is carried, and the festival weighs."""
    if _turns_to_sibling(profile, before):  # "那冬天送温暖又送了些什么？" after 夏天's: the other season, nothing carried
        return profile
    new = [forms for forms in profile.festivals if forms not in before.festivals]
    if new:  # the festival is the topic: it weighs as the heaviest word (its first form, "五一")
        heaviest = max(profile.weights.values(), default=1.0)
        return replace(profile, weights={**profile.weights, **{forms.split("|")[0]: heaviest for forms in new}})
    carried = {w: v * CARRIED_WEIGHT for w, v in before.weights.items()
               if w not in profile.weights and not _TIME_WORD.fullmatch(w) and w not in before.anchors}
    return replace(profile, weights={**profile.weights, **carried}) if carried else profile


def _turns_to_sibling(profile: QueryProfile, before: QueryProfile) -> bool:
    """The follow-up names the sibling of what the question before set apart ("冬天" after "夏天", "女职工" after
    "男职工"): a thing of its own, not the one before."""
    return any(phrase[:-1] != other[:-1] and phrase[-1] == other[-1]
               and contrast_group(phrase[:-1]) == contrast_group(other[:-1])
               for phrase in profile.contrasts for other in before.contrasts if contrast_group(phrase[:-1]))


# "比上一年增长了多少": reports say 同比 ("同比增长19.4%"); the tagger would read "年比" as a rare word
_YEAR_ON_YEAR = re.compile(r"(?:和|与|跟)?(?:比|较|相比)(?:上一?年度?|去年|前一年)(?:同期)?(?:相比)?")


# "工会经费审查委员会", "总工会女职工委员会": a committee of the union is what is asked about, the
# union whose it is names the unit ("工会工作委员会" is a kind of union)
_COMMITTEE_OF_UNION = re.compile(r"(?<=工会)(?!工作委)[\u4e00-\u9fff]{2,6}委(?:员会)?$")


_ASIDE = re.compile(r"[（(]([^（）()]{1,16})[）)]")


def _said_aside(question: str) -> frozenset[str]:
    """Words a question says only in brackets ("教代会（双代会）", "xx社区（0.32平方公里那个）"): another
    name for, or a description of, what it names before them. They help find the passage, but a
    passage need not write them."""
    inside = {word for m in _ASIDE.finditer(question) for word, _ in _pos_words(m.group(1))}
    outside = {word for word, _ in _pos_words(_ASIDE.sub("，", question))}
    return frozenset(inside - outside)


_WHICH_ONE = re.compile(r"哪(?:一)?[个家位所支级](?P<kind>[\u4e00-\u9fff]{2,5})")


def _kind_asked(question: str) -> list[str]:
    """The kind of thing "哪个…" asks for ("哪个党组织" -> 党组织): its first word; the answer says which one."""
    found = _WHICH_ONE.search(question)
    if not found:
        return []
    words = tagged(found.group("kind"))
    return [words[0][0]] if words and len(words[0][0]) >= 2 and words[0][1].startswith(("n", "vn", "j")) else []


# "职工大会是哪天召开的", "运动会什么时候举行": the event whose day is asked, by the head its name ends with
HELD_VERBS = r"(?:召开|举行|(?<!选)举办|开幕|闭幕)"  # a meeting held, as questions and reports both say it (not 选举办法)
FOUNDING = re.compile(rf"{FOUNDING_VERBS}|建会")  # a body set up, as questions and reports both say it
_HOLDING = rf"(?:{HELD_VERBS}|开的|办的)"
MEETING_HEAD = r"(?:[职教工]代会|全委会|年会|大会|会议|座谈会|表彰会|联欢会|推进会|交流会|启动会|报告会|研讨会)"  # meetings, no contests
_EVENT_HEAD = r"(?:[职教工]代会|全委会|年会|大会|会议|座谈会|表彰会|运动会|联欢会|推进会|交流会|启动会|培训班|比赛|竞赛|大赛|典礼|仪式)"
_HELD_ASKED = re.compile(rf"(?P<event>{_EVENT_HEAD})[^，,。？?]{{0,12}}?{_HOLDING}|{_HOLDING}的?(?:是)?[^，,。？?]{{0,4}}?(?P<after>{_EVENT_HEAD})")


# "开了一个什么会", "召开的是什么会议": the meeting itself is asked, told by the sentence saying it was held
_WHICH_MEETING = re.compile(rf"(?:{HELD_VERBS}|开)了?的?(?:是)?(?:一个|一次|一场|个|次|场)?(?:什么|哪个|哪次|啥)(?:样的)?(?:会议?|大会)(?![员费长])")


def _held_asked(question: str, kinds: tuple[str, ...]) -> str:
    """The head of the event a "when" question asks was held ("大会" of 职工大会…哪天召开), or "会" for a question
    asking which meeting was held; "" for other questions."""
    if _WHICH_MEETING.search(question):
        return "会"
    found = _HELD_ASKED.search(question) if {"day", "date"} & set(kinds) else None
    return (found.group("event") or found.group("after"))[-2:] if found else ""


# "那次会上…": only points at the meeting the conversation was about, whose own words the follow-up carries
_POINTING_EVENT = re.compile(r"(?:那|这|本|该|此)次(?:会议?上|会议中|大会上|活动[上中]|会议|大会|活动)(?![室堂厅场馆纪记中心])")
# "2016年庆“三八”": the year is a word of its own, not the first character of 年庆
_YEAR_APART = re.compile(r"(?:19|20)\d\d年(?![度底初中内来以终末])")


def _cut_again(words: list[tuple[str, str]], knows: Callable[[str], bool], holds: Callable[[str], bool]) -> list[tuple[str, str]]:
    """"岳阳城管" tagged 岳/阳城/管 (阳城 is a county in the dictionary): a word the material never uses, with a lone
    character beside it, cut again into two words the material uses, or dictionary words or areas it writes (岳阳 of
    岳阳市, 城管), as the user meant them."""
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab

    def lone(at: int) -> str:
        if 0 <= at < len(words) and re.fullmatch(r"[\u4e00-\u9fff]", words[at][0]) and not words[at][1].startswith(_GRAMMAR_POS):
            return words[at][0]
        return ""

    out: list[tuple[str, str]] = []
    at = 0
    while at < len(words):
        word = words[at][0]
        before, after = lone(at - 1), lone(at + 1)
        if before and out and out[-1][0] != before:
            before = ""  # the character before was taken by a cut already
        cut = None
        # (the question's own words are never cut: "有/多少/个" is no 有多 and 少个)
        if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word) and word not in _QUESTION_WORDS and not _ASKING.match(word) and not knows(word):
            # (a word is never cut alone: "南京博物院", which the material lacks, is asked whole)
            for lead, tail in [pair for pair in ((before, after), (before, ""), ("", after)) if any(pair)]:
                span = lead + word + tail
                cut = next(((span[:k], span[k:]) for k in range(2, len(span) - 1)
                            if k not in (len(lead), len(lead) + len(word))
                            and all(knows(part) or (part in tags or is_area_name(part)) and holds(part)
                                    for part in (span[:k], span[k:]))), None)
                if cut:
                    break
        # "是谁代表作的": after the asking phrase (cut out as "，") and before the 的 that closes "是谁…的", the user typed
        # what was done, 代表 and the verb 作, not 代表作 (a masterpiece); "2023年读书会…" keeps its 读书会
        if (cut is None and len(word) >= 3 and at and words[at - 1][0] == "，" and tags.get(word[-1]) == "v"
                and knows(word[:-1]) and [w for w, _ in words[at + 1 : at + 3]] in (["的"], ["的", "？"], ["的", "?"])):
            cut, lead, tail = (word[:-1], word[-1]), "", ""
        if cut is None:
            out.append(words[at])
            at += 1
            continue
        if lead:
            out.pop()
        out += [(part, tags.get(part, "n")) for part in cut]
        at += 2 if tail else 1
    return out


RATE_WORD = re.compile(r"[\u4e00-\u9fff]{2}率")  # "入会率", "覆盖率": a rate a question names or a clause gives


def _one_rate(question: str) -> str:
    """The one rate a question asks ("入会率达到多少"); none when it asks two ("入会率和组建率分别是多少")."""
    rates = set(RATE_WORD.findall(question))
    return rates.pop() if len(rates) == 1 else ""


def profile_question(question: str, idf: Callable[[str], float], knows: Callable[[str], bool] | None = None,
                     holds: Callable[[str], bool] | None = None) -> QueryProfile:
    """The question's content words weighted by rarity; generic genre words weigh little. `knows` (whether the
    material uses a word) and `holds` (whether it writes a phrase verbatim) let a word the tagger cut wrongly be cut
    again."""
    weights: dict[str, float] = {}
    anchors: list[str] = []
    actions: list[str] = []
    words = _pos_words(_YEAR_ON_YEAR.sub("同比", _YEAR_APART.sub(r"\g<0>，", _POINTING_EVENT.sub("，", question))))
    if knows is not None:
        words = _cut_again(words, knows, holds or knows)
    titles = _titles_after_names(question)
    aside = _said_aside(question)
    for i, (word, pos) in enumerate(words):
        if len(word) == 1 and pos.startswith("v") and word not in _QUESTION_WORDS:
            actions.append(word)
        if _STATED_NUMBER.fullmatch(word):  # "28岁以下": a number the question states picks its sentence
            following = words[i + 1][0] if i + 1 < len(words) else ""
            # dates are read as times (months_asked), not as words; "20xx年" is a template's year, no number
            if not re.match(r"[年月日号]|[xX×]", following):
                weights[word] = idf(word)
            continue
        if len(word) < 2 or word in _QUESTION_WORDS or not pos.startswith(_CONTENT_POS + tuple(_ANCHOR_POS)):
            continue
        if _ASKING.match(word) or _ASKING_INSIDE.search(word):  # "哪些地方", "什么时候", "由谁来": the question's own words
            continue
        if re.fullmatch(r"[\d.]+|(?:19|20)\d\d", word):
            continue
        weight = idf(word) * (_GENERIC_WEIGHT if word in GENERIC or word in titles else 1.0) * (0.7 if pos in ("v", "d") else 1.0)
        weights[word] = max(weights.get(word, 0.0), weight)
        if _is_anchor(word, pos, words[i + 1][0] if i + 1 < len(words) else "") and word not in GENERIC and word not in aside:
            anchors.append(word)
    # "五一节组织了什么活动": the festival is what the question is about, though the tagger calls it a time
    for forms in festivals_named(question):
        first = forms.split("|")[0]
        if not any(re.search(forms, word) for word in weights):
            weights[first] = idf(first)
    # "“两创”": a name the user quotes is one word, however the tagger cuts it; "“首家/首个”" offers two
    for phrase in (form for quoted in _QUOTED_FORMS.findall(question) for form in quote_forms(quoted)):
        if phrase not in weights and not any(phrase in word for word in weights):
            weights[phrase] = idf(phrase)
    # "个人第一名是谁": a place won that the question names is what its sentence says, though the tagger calls it a number
    for place in PLACE_WON.findall(question):
        weights.setdefault(place, idf(place))
    anchors += [year + "年" for year in re.findall(r"((?:19|20)\d\d)\s*年", question)]
    anchors += ORDINAL_EDITION.findall(question) + [m.group(0) for m in SESSION.finditer(question)]
    wants_person, wants_rank = bool(WANTS_PERSON.search(question)), _asks_rank(question)
    # "局长叫什么名字" asks for a person, not for a quoted title
    kinds = tuple(kind for kind, (asks, _) in ANSWER_KINDS.items() if asks.search(question) and not (wants_person and kind == "title"))
    if len(kinds) > 1:  # "在哪里或什么时候": a venue is asked alone; beside a time the time is what a sentence must say
        kinds = tuple(kind for kind in kinds if kind != "venue")
    for kind in _kind_asked(question):  # "在哪个党组织的领导下": the answer names one (社区党委), not the kind
        if kind in weights:
            weights[kind] *= _GENERIC_WEIGHT
        anchors = [a for a in anchors if a != kind]
    said = _said_topic(question, weights)
    framed = _without_report_count(question)  # "几份总结里…各是多少": the count frames, each article answers
    bounds = word_bounds(question)
    alternatives = _alternatives(question, weights) + _attending_said_otherwise(weights, wants_person)
    measures = _expected_measures(question)  # (the figure asked, and what a figure the question states is said in)
    return QueryProfile(
        weights=weights,
        anchors=tuple(dict.fromkeys(anchors)),
        wants_number=bool(_WANTS_NUMBER.search(framed)) and not kinds and not wants_rank,  # 亚军 has no figure
        wants_list=bool(_WANTS_LIST.search(question)),
        wants_person=wants_person,
        wants_rank=wants_rank,
        wants_place=bool(_WANTS_PLACE.search(question)),
        which_kind=_which_kind(question),
        asks_done=bool(ASKS_DONE.search(question)),
        kinds=kinds,
        months=frozenset(months_asked(without_cutoff(question)) or festival_months(question)),
        month_named=bool(months_named(without_cutoff(question))),
        days=days_named(question),
        section=next((headings for asks, headings in _SECTION_INTENTS if asks.search(question)), ""),
        measures=measures,
        counted=_counted(question),
        count_of=counted_noun(question),
        rate=_one_rate(question),
        per_document=bool(_PER_DOCUMENT.search(_within_one(_PRIZES_JOINED.sub("", question))) or _WHICH_DOCUMENTS.search(question) or said or _comparison(question)
                          or framed != question or bool(asked_documents(question) and _EACH_OF.search(question))),
        said=said,
        documents=asked_documents(question),
        compare=_comparison(question),
        count=asked_count(question),
        category=asked_category(question),
        quoted=tuple(without_quotes(q) for q in _QUOTED_IN_QUESTION.findall(question)),
        actions=tuple(dict.fromkeys(actions)),
        rejoined=tuple(dict.fromkeys(verb + noun for verb, noun in _SPLIT_BY_FIGURE.findall(question)
                                     if noun not in _COUNTED_NOT_OBJECT and word_frequency(verb + noun))),
        verbs=tuple(dict.fromkeys(w for w, pos in words if len(w) == 2 and pos == "v" and w in weights)),
        defined=tuple(asked_terms(question)),
        units=tuple(dict.fromkeys(core for core in (name_core(_LEADING_YEAR.sub("", _COMMITTEE_OF_UNION.sub("", n))) for n in organisation_names(question))
                                  if len(core) >= 2 and is_specific(core))),
        contrasts=contrasted_phrases(question, bounds),
        alternatives=alternatives,
        report_pointed=bool(_POINTED_REPORT.search(question)),
        reports_of=tuple(dict.fromkeys(YEARS_REPORT.findall(question))),
        # a festival ("春节") is no season: its forms are read as a festival's
        sibling_words=tuple(w for w in contrasted_words(question, bounds) if not festivals_named(w)),
        role=_asked_role(question),
        people_noun=_asked_people_noun(question),
        people_listed=bool(_PEOPLE_LISTED.search(question)),
        done_asked=bool(_DONE_ASKED.search(question)) and not PLANNED.search(question),
        given=tuple((figure.value, figure.measure) for figure in figures(question) if f"第{figure.text}" not in question),
        told=_told_apart(question, weights, measures),
        part_of=_part_of_whole(question),
        held=_held_asked(question, kinds),
        founded=bool({"year", "date", "day"} & set(kinds)) and bool(FOUNDING.search(question)),
        elected_asked=bool(_ELECTED_ASKED.search(question)) and bool(_asked_role(question)),
        relative=relative_year_asked(question),
        per_head=bool(_PER_HEAD_ASKED.search(question)),
        new_asked=bool(_NEW_ASKED.search(question)),
        deed=_deed_asked(question, words),
        stock_asked=bool(_STOCK_ASKED.search(question)) and not re.search(r"(?:多少|几)[^，,。？?]*[了过]", question),
        fiscal=tuple(f"{year}年" for year in re.findall(r"((?:19|20)\d\d)\s*年度(?![^，,。？?]{0,6}?(?:职代会|教代会|代表大会|会议|大会|工作会))", question)),
        total_asked=bool(re.search(r"(?:一共|总共|共计|累计|合计|总计)[^，,。？?]{0,8}(?:多少|几)", question)),
        per_time=_per_time_asked(question),
        festivals=festivals_named(question),
    )


# "春节慰问的困难女职工中，单亲困难女职工有几名", "这些会员里女会员有多少": a part of a group, counted, the group named first
_PART_OF_WHOLE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,8}?)(?:当中|之中|中间|中|里面|里)[，,]?(?:其中)?"
                            r"(?P<part>[\u4e00-\u9fff]{1,6}(?P=whole))(?:有|是|共|一共)?(?:多少|几)")


def _part_of_whole(question: str) -> tuple[str, str]:
    """The part a count is asked of and the whole it is taken from, or two empty strings."""
    found = _PART_OF_WHOLE.search(question)
    return (found.group("part"), found.group("whole")) if found else ("", "")


def _told_apart(question: str, weights: dict[str, float], measures: tuple[str, ...]) -> tuple[str, ...]:
    """"…收集的157条合理化建议，最后被采纳了多少条": the words of a clause that states a figure and asks nothing, which
    the asking clause does not say too, tell what the figure asked is taken from, not what it counts."""
    clauses = [c for c in re.split(r"[，,。？?；;！!]", question) if c]
    asking = [c for c in clauses if _ASKS_FIGURE.search(c)]
    # (a figure of the measure asked: "两个培训班，一共有多少名职工参加" states no count of people)
    stating = [c for c in clauses if any(f.measure in measures for f in figures(c)) and not _ASKS_FIGURE.search(c)]
    if not asking or not stating:
        return ()
    return tuple(w for w in weights if any(w in c for c in stating) and not any(w in c for c in asking))


# a quote followed by 类/一类/之类 names a kind ("“职工之家”类的荣誉"), which the article may say otherwise
_LEADING_YEAR = re.compile(rf"^(?:{YEAR_WORDS.pattern})")  # "2011年淮阴卷烟厂…": the year is no part of the name
_QUOTED_IN_QUESTION = re.compile(r"[“\"「『]([^”\"」』]{4,})(?:$|(?=[”\"」』])(?![”\"」』](?:这|那|一|之)?类))")
_OR = re.compile(r"或者|或是|或(?![许多将已可能会])")  # 或许/或将/或可…: "maybe", no choice
_RIGHT_STOP = re.compile(r"[，,、的了和与及？?。吗呢是有等或]")  # what ends the right side
_OR_REACH = 3  # characters read after 或 at least; as many as the left word has and two more
_OR_NEAR = 2  # how far before 或 the left side's word may end ("外卖员或…": 员 between)


# taking part in a meeting, said as reports say it of participants: "50余人参会", "与会人员" (出席 and 到会 are as often
# said of leaders and guests, "院领导5人出席", or of another event's onlookers, "32人到会观摩")
_ATTENDING_WORDS = ("参加", "参会", "与会")
# a guest's coming, as reports say it of leaders ("派了哪位领导到会指导": "副总经理李某莅临指导会议")
_GUEST_WORDS = ("出席", "到会", "莅临")
_CAME_WORDS = ("出席", "到会")  # of whoever came, counted


def _attending_said_otherwise(weights: dict[str, float], who: bool = False) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """"有多少人参加": a sentence saying 参会 or 与会 says it too; "哪位领导到会" (who came, not how many: "领导2人莅临"
    is no count of who attended), one saying 莅临 or 出席. The other words are added to the question's words with the
    asked one's weight, all of them one set of alternatives (adds to weights)."""
    groups = []
    # "到会的人是多少", "多少人出席": a count asked with 到会 or 出席 counts whoever came, as 参加 does (never 莅临:
    # "领导2人莅临" is no count of who attended)
    counted = not who and any(word in weights for word in _CAME_WORDS)
    for family in ((_ATTENDING_WORDS, _GUEST_WORDS) if who else (_ATTENDING_WORDS + _CAME_WORDS,) if counted else (_ATTENDING_WORDS,)):
        asked = [word for word in family if word in weights]
        if len(asked) != 1 or weights[asked[0]] <= 0:  # (a word that weighs nothing adds no alternatives)
            continue
        for word in family:
            weights.setdefault(word, weights[asked[0]])
        groups.append(tuple((word,) for word in family))
    return tuple(groups)


def _alternatives(question: str, weights: dict[str, float]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The question's words on either side of each 或 ("困难职工或子女", "联合会或联合工会"): a sentence
    saying one side says what is asked. The left side is the one word just before 或, the right the
    words of the phrase after it; words on both sides are asked either way and belong to neither; a
    word already in a choice before is in no other (so the question's weight stays whole)."""
    groups: list[tuple[tuple[str, ...], ...]] = []
    taken: set[str] = set()
    for found in _OR.finditer(question):
        before = question[: found.start()]
        ends = {t: before.rfind(t) + len(t) for t in weights if t in before}  # where each word last ends before 或
        near = [t for t in ends if found.start() - ends[t] <= _OR_NEAR]
        left = [max(near, key=ends.get)] if near else []
        reach = max(_OR_REACH, len(left[0]) + 2) if left else _OR_REACH  # the other side is about as long
        right_text = _RIGHT_STOP.split(question[found.end(): found.end() + reach], maxsplit=1)[0]
        right = [t for t in weights if t in right_text]
        shared = set(left) & set(right)
        sides = (tuple(t for t in left if t not in shared), tuple(t for t in right if t not in shared))
        if any(sides) and not taken & {t for side in sides for t in side} and left and right_text:
            groups.append(sides)
            taken |= {t for side in sides for t in side}
    return tuple(groups)


_QUOTED_FORMS = re.compile(r"[“「『]([\u4e00-\u9fff]{2,8}(?:[/／|｜][\u4e00-\u9fff]{2,8})*)[”」』]")
_QUOTE_MARKS = re.compile(r"[“”\"「」『』‘’']")


def without_quotes(text: str) -> str:
    return _QUOTE_MARKS.sub("", text)


def quote_left_behind(candidate: Candidate, enumeration: Enumeration, profile: QueryProfile, after: str) -> bool:
    """The sentence says what the question quotes ("…首家…首个…" for "哪两个“首家/首个”") and the
    list, its lead and the heading just before it do not: the sentence may be the answer, so it
    comes first. `after` is the text from the sentence's end on."""
    said = [f for q in profile.quoted for f in quote_forms(q) if f in candidate.text]
    return bool(said) and not any(f in enumeration.text or f in enumeration.lead or f in after[:QUOTE_NEAR_LIST] for f in said)


QUOTE_NEAR_LIST = 40  # "一、关爱困难职工。全年开展了…": a heading this close before a list says what it is about


def quote_written(quoted: str, article: str, context: str) -> bool:
    """The article writes what the question quotes, or one of the forms it offers ("首家/首个"),
    or spells out the numbered abbreviation it is ("三保": 保增长、保稳定、保民生)."""
    # (a space typed inside the quote, "温暖快递小哥 工会在行动", sets two phrases apart the article may write as one)
    forms = dict.fromkeys([quoted, re.sub(r"\s+", "", quoted), *quote_forms(quoted)])
    return any(f in article or f in context or said_in_full(f, article) for f in forms) or spelled_out(quoted, article)


_NUMBERED_ABBREVIATION = re.compile(r"([一二三四五六七八九十两])(个)?([\u4e00-\u9fff]{1,2})")


@lru_cache(maxsize=1024)
def spelled_out(term: str, text: str) -> bool:
    """"三保" in full: a list of as many items as the numeral says, each opening or ending with
    the character(s) after it ("保增长、保稳定、保民生", "学习型、服务型、创新型、和谐型" for 四型); "四个第一":
    as many items, each saying 第一 ("以职工呼声为第一信号、以职工满意为第一追求、…")."""
    abbreviation = _NUMBERED_ABBREVIATION.fullmatch(term)
    if not abbreviation or abbreviation.group(3) not in text:
        return False
    count, counted, key = ordinal_value(abbreviation.group(1)), abbreviation.group(2), abbreviation.group(3)

    def says_key(item: str) -> bool:
        item = without_quotes(item)
        return key in item if counted else item.startswith(key) or item.endswith(key)

    return any(len(e.items) == count and all(map(says_key, e.items)) for e in find_enumerations(text))


def quote_forms(quoted: str) -> list[str]:
    """The forms a quote offers ("首家/首个" -> 首家, 首个), each two characters or more."""
    return [form for form in re.split(r"[/／|｜]|或", quoted) if len(form) >= 2]


def names_the_quoted(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """A list with the question's quoted phrase as one of its items: "在“…”方面做了哪些工作"
    asks what was done under that heading, not for the list of headings it is one of."""
    items = [without_quotes(item) for item in enumeration.items]
    # "哪三个“有人”": a phrase every item holds and says more than ("困难有人管、心声有人听…") is what the items
    # share, the kind asked for, not one heading among them
    quoted = [q for q in profile.quoted if not (len(items) >= 2 and all(q in item and len(item) > len(q) for item in items))]
    # "…、网球协会为2021年度良好协会": a last item running on into what the items were named is no heading
    return any((q in item and not _NAMED_AS.search(item[: item.find(q)])) or (len(item) >= 4 and item in q)
               for q in quoted for item in items)


_NAMED_AS = re.compile(r"为|是|被|获|评为|成为")


_DEED_AFTER_WHO = re.compile(r"(?:由|是)?谁(?:来|负责|亲自)?(?P<verb>[\u4e00-\u9fff]{2})")


def _deed_asked(question: str, words: list[tuple[str, str]]) -> str:
    """"大会由谁主持": the verb right after 谁, when the tagger reads it as one ("主持"); "" otherwise ("是谁作的")."""
    found = _DEED_AFTER_WHO.search(question)
    verb = found.group("verb") if found else ""
    # (verbs of presiding or speaking, said one way: "获得" may be "被授予", "出席" "莅临", "看望" "走访慰问")
    return verb if _PRESIDING.fullmatch(verb) and any(word == verb and flag.startswith("v") for word, flag in words) else ""


_STOCK_ASKED = re.compile(r"(?:现有|共有|拥有|(?<![了过])有)(?:多少|几)|(?:总数|总人数|人数)(?:是|为|有|达到?)?(?:多少|几)")
_PRESIDING = re.compile(r"主持|主讲|致辞|宣讲|授课|宣读|带队|领誓|领唱|指挥|作报告")


def _comparison(question: str) -> str:
    """"most", "least" or "versus" when the question compares figures; "" when it does not."""
    for kind, pattern in (("most", _MOST), ("least", _LEAST), ("versus", _VERSUS)):
        if pattern.search(question):
            return kind
    return ""


def hit_context(hit: Hit) -> str:
    meta = hit.metadata
    return " ".join(str(meta.get(key, "")) for key in ("title", "section", "unit", "heading_path", "page_title", "publisher"))


# "第三届", "第21期": which edition of a recurring event is asked; another edition is another event
ORDINAL_EDITION = re.compile(r"第[一二三四五六七八九十百\d]{1,4}(?:届|期|次|批|轮)")


# "一届三次职代会", "十四届九次全委会": which session of which term; another session is another meeting
SESSION = re.compile(r"([一二三四五六七八九十\d]{1,3})届([一二三四五六七八九十\d]{1,3})次")


def numeral_forms(numeral: str) -> str:
    """"三" or "3" as a pattern matching either way of writing it."""
    value = int(numeral) if numeral.isdigit() else ordinal_value(numeral)
    return f"(?:{value}|{chinese_number(value)})" if 0 < value < 100 else re.escape(numeral)


# "每人多少钱", "人均多少": a figure per head, which a total is not
_PEOPLE_LISTED = re.compile(r"哪几位|几位|哪些人|哪[二三四五六七八九十两\d]{1,2}位|哪(?:几|[二三四五六七八九十两\d]{1,2})个人(?![群民才员口])|哪些(?:领导|嘉宾|同志|选手)|[二三四五六七八九十两\d](?:个人|名|位)[^，,。？?]{0,8}?(?:分别|都|各)?是谁")
# "平均每天", "日均", "每日" before what is counted: a rate per day, month or year (not "每年组织…", which reports write
# as the year's own figure)
_PER_TIME_ASKED = re.compile(r"(?:平均每|人?均每)(?P<unit>[天日月周年])|(?P<short>[日月年周])均|每(?P<day>[天日])(?=[^，,。？?]{0,10}(?:多少|几))")


def _per_time_asked(question: str) -> str:
    """The time unit a rate is asked per ("天" of "平均每天…多少"), 天 and 日 as one; "" when none is."""
    found = _PER_TIME_ASKED.search(question)
    if not found:
        return ""
    unit = found.group("unit") or found.group("short") or found.group("day")
    return "天" if unit in "天日" else unit


_PER_HEAD_ASKED = re.compile(r"每(?:人|户|名|位|家|队|组|个(?:人|单位|队|小组))|人均|户均")
# "换届后新的工会主席", "选出的主席", "新任主席", "新一届…主席": the one an election made, not the one before
_ELECTED_ASKED = re.compile(r"选出|选举产生|当选|换届后|新任|新一届|新的[^，,。？?]{0,8}(?:主席|主任|书记|委员|会长)")
_NEW_ASKED = re.compile(r"新(?:建|组建|增|发展|成立|吸收|入会|招)")


# a report named by the year it is of ("2023年工作报告", "2022年度工会工作总结"), not the year it was given in
YEARS_REPORT = re.compile(r"((?:19|20)\d\d)年度?(?:工会|行政|集团|公司|财务)?(?:工作)?(?:报告|总结)(?=[》”」，,。；;？?！!的是由]|$)")


def _said_topic(question: str, weights: dict[str, float]) -> tuple[str, ...]:
    """For "哪几份…提到了X": the words of X, heaviest first; each answering article must say one
    of them (which one, aggregate.said_word decides on the articles found)."""
    found = _WHICH_SAY.search(question)
    if not found:
        return ()
    after = question[found.end("verb"):]
    years = tuple(dict.fromkeys(re.findall(r"(?:19|20)\d\d年", after)))  # "哪两份写的是2005年的…": the year marks them
    return years + tuple(sorted((w for w in weights if w in after), key=lambda w: -weights[w]))
