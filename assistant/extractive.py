"""The offline answerer: the sentences of the retrieved chunks that answer the question.

A sentence scores by how much of the question's weight (rare words count more) it covers,
with the words of its article title, section and unit counting half, and by whether it holds
the kind of thing asked for (a figure for "多少", a name for "谁"). The same score, for the
best sentence, is the evidence the "not in the material" floor is calibrated on.

`compose_answer` turns the scored sentences into the answer: every line opens with whose fact
it is ("白杨镇工会：…[1]"); list questions get the list's items, whole, followed into the next
chunks of the article (assistant/enumeration.py); questions about several articles get one
line per article and, when they compare, which is largest (assistant/aggregate.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from assistant.aggregate import (
    DocAnswer,
    answering_figure,
    asked_documents,
    article_sentences,
    comparable,
    distinct_labels,
    extreme,
    figures,
    per_document,
    subject_label,
    unit_label,
    versions_agree,
)
from assistant.answer_types import Candidate, Citation, Part, QueryProfile
from assistant.condense import YEAR_WORDS, unit_names
from assistant.definitions import asked_terms, definition_span
from assistant.enumeration import Enumeration, asked_category, asked_count, find_enumerations, ordinal_value, word_bounds
from assistant.overlap import contrasted_phrases, pair_share, said_in_full, says_alone, says_sibling
from assistant.scope import (
    OWN_NAME_CHARS,
    article_year,
    is_specific,
    is_subsequence,
    months_asked,
    months_dated,
    months_named,
    name_core,
    name_forms,
    organisation_names,
    says_only_kind,
    without_cutoff,
)
from vectorstore.lexical import tagged, tokenize
from vectorstore.retriever import Hit

MAX_SENTENCE_CHARS = 110
MAX_SENTENCES = 3
MAX_LIST_SENTENCES = 5
PART_SENTENCES, PART_RATIO = 2, 0.8  # per subject of "A和B各…": its best sentence and one nearly as good

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
    "名次 拿到 拿了 得了 成绩 荣誉 称号".split()
)
_GENERIC = frozenset("工会 工作 开展 活动 职工 组织 进行 单位 全年 今年 去年 年度 方面 相关 有关".split())
_GENERIC_WEIGHT = 0.35
_CONTEXT_WEIGHT = 0.5  # a word found only in the title, section or unit of the chunk
_CHUNK_WEIGHT = 0.25  # a word found only elsewhere in the chunk
# a word the sentences just before say, for a sentence holding the figure, date, distance or time
# asked: "约4公里的徒步路程" goes on from the walk the sentence before names
_NEAR_WEIGHT = 0.5
NEAR_SENTENCES = 2
_PARTIAL_WEIGHT = 0.5  # a word of three or more characters the sentence holds only some character pairs of
_UNTYPED = 0.39  # "多少钱" answered by a sentence with no amount in 元: below the floor even saying every word
_RANK_DECAY = 0.01  # per place a passage is retrieved below the first: 16 passages are read, the first trusted more
_MONTH_INHERITED = 0.6  # an undated sentence of an article told in the month asked: anchored, below one that says the month
_UNANCHORED = 0.3  # the sentence's chunk is about another unit or place than the one asked about

_WANTS_NUMBER = re.compile(r"多少|(?<!哪)几|数量|人数|金额|比例|百分之|多大|多高|多长|总额|占比")  # "哪几项" asks for items
_WANTS_LIST = re.compile(r"哪些|哪几(?![天日号])|哪[二三四五六七八九十两\d](?![天日号])|有什么|包括什么|包括哪|都有|分别|都[^，,。？?]{0,6}(?:什么|啥)|些(?:什么|啥)")
_PER_DOCUMENT = re.compile(
    r"哪些单位|哪几[个家]单位|哪些部门|哪几个部门|哪些工会|哪几家工会|哪[两二三四五六七八九几]家[？?]?$|哪几份|哪份|哪几篇|哪篇|各(?:单位|个|家|县|区|局|校|所|部门|工会|基层)"
    r"|分别.{0,12}(?:多少|几)|(?:多少|几).{0,12}分别|(?:和|与|及|同).{1,16}(?:各|分别)"
)
# "哪几个镇的工会提到了金秋助学", "哪两份总结写的是…": which articles say something, one line each.
_WHICH_SAY = re.compile(r"哪(?:些|几|[两二三四五六七八九])?\s*(?:个|家|所|份|篇)?[^，,。？?；;]{0,8}?"
                        # "…活动里有羽毛球", "…组织过登山比赛": which did it, ever, is which say it
                        r"(?P<verb>提到|提及|写到|写了|写的|说到|讲到|谈到|出现|涉及|记载|记录|[里中]有|(?:组织|开展|举办|举行|搞|办|参加)过)")
# "审议通过了哪些报告": reports done, the object of a verb, are things the material tells of, not the material
_WHICH_DOCUMENTS = re.compile(r"(?<![了过])(?:哪[两二三四五六七八九]\s*(?:份|篇)|哪(?:些|几)(?:总结|材料|报告|资料|文章))")
_MOST = re.compile(r"最多|最高|最大|哪个多|谁多")
_LEAST = re.compile(r"最少|最低|最小")
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
_OFF_SECTION = 0.7  # a sentence outside the section such a question is about
_MONTH_MENTION = re.compile(r"(?<![个每0-9])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")
_MONTH_WORD = re.compile(rf"(?:{_MONTH_MENTION.pattern})份?|月份")  # "十二月份", "3月", "月份"
MONTH_BEFORE = 80  # how far back a sentence's month may be stated
_WANTS_RANK = re.compile(r"名次|第几名|几等奖|什么等级|哪个等级|哪一等|(?:拿|得|获|取得|获得|排)了?第几(?![届次期批个天年月号])|什么奖|哪些奖|什么成绩|哪些成绩|什么荣誉|哪些荣誉|什么称号|哪些称号")
# "排第几名", "什么名次": a place in a ranking or a prize's level, which an honour (荣获…称号) is not
_WANTS_PLACE = re.compile(r"名次|第几名|几等奖|哪一等|排第几|排名|(?:拿|得|获|取得|获得)了?第几(?![届次期批个天年月号])")
_PLACE = re.compile(r"第[一二三四五六七八九十\d]{1,3}[名位]|前[一二三四五六七八九十\d]{1,2}名|冠军|亚军|季军|[一二三四\d]等奖|特等奖|[金银铜]奖|优秀奖")
_RANK = re.compile(r"第[一二三四五六七八九十\d]{1,3}名|冠军|亚军|季军|[一二三四\d]等奖|特等奖|[金银铜]奖|优秀奖|组织奖|"
                   r"团体第|荣获|获得.{0,12}(?:称号|荣誉|奖)|评为|获评|授予")
_TITLES = ("主席|书记|老师|教师|校长|局长|厂长|经理|主任|委员|部长|处长|科长|院长|会长|秘书长|所长|站长|组长|队长|会计|出纳|干事|行长|园长|馆长"
           "|董事长|理事长|总裁|总监|监事|场长|矿长|社长|团长|镇长|乡长|县长|区长|市长|村长"
           "|调研员|巡视员|科员")  # civil-service ranks (四级调研员龙剑桥)
# "谁授予的", "谁主办的": a body gives and holds as often as a person does, so no person is required
_WANTS_PERSON = re.compile(r"(?<![跟和与同])(?<!领导)(?<!上级)(?<!单位)(?<!部门)(?<!组织)(?<!领导分别是)(?<!上级分别是)(?<!单位分别是)(?<!领导是)(?<!上级是)(?<!单位是)谁(?!授予|颁发|颁的|主办|举办|承办|发起|表彰|命名|批准|资助|出资)|是哪位|哪位|"
                           rf"(?:学生|同志|职工|老师|教师|劳模|代表|女工|干部|人|{_TITLES})叫什么名字"
                           rf"|(?:{_TITLES})(?:的名字)?叫什么")  # "工会主席叫什么": a person's name, not a title in quotes
_DAY = (r"\d{1,2}月\d{1,2}[日号]|[\d一二三四五六七八九十]{1,3}月|上旬|中旬|下旬|"
        r"春节|元旦|五一|国庆|三八|六一|七一|十一|端午|中秋|重阳|前夕|期间|"
        # a weekly or daily time ("每周三下午学习") answers "每周什么时候" as a date does
        r"(?:每周|周|星期|礼拜)[一二三四五六日天]|[上下]午|晚上|早上|中午|\d{1,2}[点时](?:半|\d{1,2}分)?(?![\d多])")
# Other kinds of answer a question asks for, each with what a sentence holding one looks like.
ANSWER_KINDS = {
    "date": (re.compile(r"什么时候|何时|什么时间"),
             re.compile(rf"\d{{4}}年|年初|年底|年末|{_DAY}")),
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
                 re.compile(r"[\d一二三四五六七八九十两半]+个?(?:月|年|天|周|星期|小时|日|分钟)|半年|全年")),
    # "徒步了多远": a distance, which a count of people or events is not
    "distance": (re.compile(r"多远|多长的?(?:路|距离|路程|里程)|(?:路程|距离|里程)(?:有|是|为)?多长"),
                 re.compile(r"[\d.一二三四五六七八九十百千两半]+\s*(?:公里|千米|米|km|里)(?![程面])")),
    "title": (re.compile(r"(?<!人)(?<!生)(?<!志)叫什么名字|叫什么|什么名字|名称是什么|什么名称|什么主题|主题是什么|什么口号|口号是什么"
                         r"|哪[部本首出台]|什么(?:电影|影片|歌曲?|节目|书)"),
              re.compile(r"《[^》]{2,30}》|“[^”]{2,30}”|\"[^\"]{2,30}\"|「[^」]{2,30}」")),
}
# a name with its title, or the first of a counted group of people ("周明远等8名劳模")
# The two or three characters before a title are no name when they end an organisation or a rank
# ("新任工会主席", "党委书记", "副校长"); those after one are none when they start a verb phrase
# ("主席亲自…", "主任在会上…").
# "…中心主任" is a post, no name; nor is "常务/专职/名誉副主席" (a kind of post)
_NOT_NAME_END = "会委部局厂司院校处科室站所组队任副总级届团支群心办厅区县市镇乡馆务职誉场工"
_NOT_NAME_START = "的在和与及为是对等作率亲到向把被将从一要也都就还又已兼会第"
_TITLE_BEFORE_NAME = rf"(?:{_TITLES}|特级教师|同学)"
_TITLE_AFTER = rf"(?:同志|同学|{_TITLES})"
_TITLE_AFTER_NAME = re.compile(rf"{_TITLE_AFTER}$")
_COUNTED_GROUP = r"等[\d一二三四五六七八九十百]+[名位人]"
_PERSON = re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?<![{_NOT_NAME_END}])副?{_TITLE_AFTER}(?!会)"  # "审查委员会" is a body
                     rf"|{_TITLE_BEFORE_NAME}[:：]?\s*(?![{_NOT_NAME_START}])[\u4e00-\u9fff]{{2,3}}"  # "主席：庄毅群", a profile's field
                     rf"|[\u4e00-\u9fff]{{2,3}}{_COUNTED_GROUP}")
_TITLE_FIRST = re.compile(_TITLE_BEFORE_NAME)  # "总经理郑晓松": the title may end a longer word, the name after it starts one
_TITLE_AROUND = re.compile(rf"^{_TITLE_BEFORE_NAME}[:：]?\s*|副?{_TITLE_AFTER}$|{_COUNTED_GROUP}$")


def asks_who(question: str) -> bool:
    """The question asks for a person ("是谁说…", "主席叫什么名字")."""
    return bool(_WANTS_PERSON.search(question))


def person_named(text: str) -> str | None:
    """The first person a text names, without the title around the name ("苏望舒副主席" -> 苏望舒)."""
    found = _titled_person(text)
    return _TITLE_AROUND.sub("", found) if found else None


def _titled_person(text: str) -> str | None:
    """The first name with its title where both are whole words as the tagger cuts the text: no
    person "体职工干事" in "全体职工干事创业" (体 ends 全体), "白鹭集团长期…" holds no 团长, "城市长效"
    no 市长. A match refused is tried again one character on ("慰问李明主席": 问李明 is not, 李明 is)."""
    position = 0
    while (match := _PERSON.search(text, position)) is not None:
        first = _TITLE_FIRST.match(match.group(0))
        after = None if first else _TITLE_AFTER_NAME.search(match.group(0))
        if first:  # "总经理柳云舟": the title may end a longer word; the name after it starts and ends one
            name_start = match.start() + len(match.group(0)) - len(match.group(0)[first.end():].lstrip("：: "))
            if not _runs_on(text, name_start):
                for end in (match.end(), match.end() - 1):  # "王丽主持": a name of two, not 王丽主
                    if (end - name_start >= 2 and not _runs_on(text, end) and not _common_word(text[name_start:end])
                            and not _joined_title(text[name_start:end])):
                        return text[match.start() : end]
        elif after:
            title_start = match.start() + after.start()
            name = text[match.start() : title_start].removesuffix("副")
            # "主席及委员", "主任和委员": two titles joined, no name before the second
            if (not any(_runs_on(text, at) for at in (match.start(), title_start, match.end()))
                    and not _common_word(name) and not _joined_title(name)):
                return match.group(0)
        elif not _runs_on(text, match.start()):  # "周明远等8名劳模"
            return match.group(0)
        position = match.start() + 1
    return None


def _joined_title(name: str) -> bool:
    """"主席及委员", "主任和委员": two titles joined, no name ("王永和主席" and "和晓燕" are names)."""
    return bool(_TITLE_FIRST.search(name))


_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_CLAUSE = re.compile(r"[^，,、：:]+[，,、：:]?")
# an answer is opened at a comma or colon, never inside a run of 、 ("累计为2106名快递员、网约车司机等…体检")
_OPENING_CLAUSE = re.compile(r"[^，,：:]+[，,：:]?")


_CONTENT_POS = ("n", "v", "a", "s", "t", "j", "l", "i", "b", "eng", "vn", "an", "d")
_ANCHOR_POS = frozenset({"ns", "nt", "nz"})
_ANCHOR_SUFFIX = re.compile(r"..+(?:省|市|县|区|镇|乡|村|局|厂|公司|集团|学校|中学|小学|学院|医院|园区|中心)$")
_MEASURE_ASKED = re.compile(r"(?:多少|(?<![这那哪])几)\s*(名|个|位|人次|人|户|家|项|次|场|期|批|支|件|条|篇|张|天|元|万元|毫升|届|所|份|处|座|辆|块|间|棵|吨|桶|瓶|双|床|亩|株|部|幅|首|盒|袋|箱|队|组|票|分(?!钟))?([\u4e00-\u9fff]{0,5})")
_MONEY_WORDS = re.compile(r"钱|金额|经费|慰问金|慰问款|补贴|补助|救助金|捐款|资金|善款|费用|奖金|奖励金|助学金|红包")
_PEOPLE = re.compile(r"会员|职工|员工|人|学生|儿童|劳模|代表|干部|教师|女工|农民工|党员|志愿者|劳动者|司机|骑手|快递员")
_SHARE_WORDS = re.compile(r"比例|百分|占比|率")
_MEASURE_GROUPS = {"元": ("元",), "万元": ("元",), "名": ("名", "人", "位"), "人": ("人", "名", "位"), "位": ("位", "名", "人"),
                   "人次": ("人次", "人", "名")}


_STATED_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d{2,}(?:\.\d+)?")  # two digits or more, not a year
_ASKING_PHRASES = re.compile(r"哪一?天|什么时候|什么时间|何时|多久|多长时间|是谁|哪位|叫什么名字|叫什么")
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
        words.append(("".join(w for w, _ in run), "n") if len(run) > 1 else run[0])  # a lone character keeps its tag
        run.clear()

    for w in jieba.posseg.lcut(_ASKING_PHRASES.sub("，", question)):
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
    asked = _MEASURE_ASKED.search(question)
    if not asked:
        return None
    word = _word_running_on(question, asked.end(1)) if asked.group(1) else ""
    # "多少人员", "多少户数": the measure with what counts it is still that measure
    if word and word[len(asked.group(1)):] not in _COUNTING_ENDS:
        return _AskedMeasure(None, _NOUN_AFTER.match(question, asked.start(1)).group(0), asked.start(1))
    return _AskedMeasure(asked.group(1), asked.group(2), asked.start(2))


_COUNTING_ENDS = frozenset("数 员 才 口 次".split())


def _runs_on(text: str, end: int) -> bool:
    """A word of the text (as the tagger cuts it) starts before `end` and runs on past it."""
    return bool(_word_running_on(text, end))


def _word_running_on(text: str, end: int) -> str:
    """The word of the text (as the tagger cuts it) that starts before `end` and runs on past it; "" if none."""
    position = 0
    for word, _ in tagged(text):
        if position < end < position + len(word):
            return word
        position += len(word)
        if position >= end:
            return ""
    return ""


def _counted(question: str) -> str:
    """The thing "多少家单位" counts ("单位"), as the figure answering it may say it in another measure."""
    asked = _measure_asked(question)
    if not asked or not asked.measure or not asked.noun:
        return ""
    word, flag = (tagged(asked.noun) or [("", "")])[0]
    return word if len(word) >= 2 and flag.startswith("n") else ""


def _counted_otherwise(text: str, profile: QueryProfile) -> bool:
    """"多少家单位" answered "有292个单位": organisations are counted in 个 too, when the thing
    counted follows the figure ("一个新台阶" counts nothing)."""
    return "家" in profile.measures and bool(profile.counted) and re.search(
        rf"(?:\d+|[两三四五六七八九十百千]+)(?:余|多)?个{re.escape(profile.counted)}", text) is not None


def asked_nouns(question: str, names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The things a question asks about ("金秋助学", "基层工会"): its nouns, without those of the
    names given (whose it is) and the genre's own words (工会, 职工)."""
    return tuple(dict.fromkeys(
        word for word, flag in tagged(question)
        if len(word) >= 2 and flag.startswith(("n", "vn")) and not flag.startswith(("nr", "ns", "nt"))
        and word not in _GENERIC and word not in _QUESTION_WORDS and not any(word in name for name in names)))


# "经费比上年增长了多少": a change is said as much in a share ("增长12%") as in the measure
_CHANGE_ASKED = re.compile(r"(?:增长|增加|提高|提升|下降|减少|上涨|增幅|降幅|同比)了?(?:多少|几)")


_SHARE_MEASURES = ("%", "百分之", "成")


def _expected_measures(question: str) -> tuple[str, ...]:
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
    if measure in ("元", "万元") or _MONEY_WORDS.search(noun or "") or (not measure and _MONEY_WORDS.search(question)):
        return ("元",)
    if measure and measure != "个":
        return _MEASURE_GROUPS.get(measure, (measure,))
    if (not measure or measure == "个") and asked and _counts_people(question[asked.noun_start:]):  # "多少新会员", "几个人": in 人/名
        return ("人", "名", "位", "人次", "户")  # people, or the households they make
    if not measure and _PEOPLE_COUNT_ASKED.search(question):  # "职工总数是多少": the count said before it is asked
        return ("人", "名", "位", "人次")
    return ()


# "职工总数是多少", and "其中女司机有多少": the people named right before the asked count are what it counts
_PEOPLE_COUNT_ASKED = re.compile(rf"(?:{_PEOPLE.pattern})(?:(?:总人数|人数|总数|数量|数)(?:分别|各|一共|总共|共)?(?:是|有|为|达到?)?"
                                 rf"|(?:分别|各|一共|总共|共)?(?:有|是|为|达到?))(?:多少|几)(?![月号日时点年天])")


_NOUN_PHRASE_POS = ("n", "a", "b", "l", "j", "vn", "an", "nz")


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
        joins = flag.startswith("v") and i + 1 < len(words) and words[i + 1][1].startswith("n")  # "创新/工作室"
        if not (flag.startswith(_NOUN_PHRASE_POS) or joins) or not re.match(r"[\u4e00-\u9fff]", word):
            break
        head = word
    return bool(re.search(rf"(?:{_PEOPLE.pattern})次?$", head))


_NAMES_FOLLOW = re.compile(r"^(?:[省市县区镇乡村旗]|总工会|工会|局|公司|集团|厂|学校|中学|小学|学院|大学|医院|街道|社区|电业局|供电)")


def _is_anchor(word: str, pos: str, following: str) -> bool:
    """A place or unit the answer must be about: a word ending like one ("开鲁县"), or one the
    tagger calls a name that is long enough or goes on into a unit ("淅川/电业局"). A two-character
    "place" standing alone is often a common word the tagger misreads ("新建" is a district)."""
    if not is_specific(word):  # "镇政府", "县委": a kind of body, which every report of that kind has
        return False
    if _MONTH_WORD.fullmatch(word):  # "十二月份": a time (read as months), which the tagger may call a name
        return False
    if _ANCHOR_SUFFIX.match(word):
        return True
    return pos in _ANCHOR_POS and (len(word) >= 3 or bool(_NAMES_FOLLOW.match(following)))


def _titles_after_names(question: str) -> set[str]:
    """The titles the question puts after a person's name ("罗青山老师" -> 老师): they say how the
    question calls the person, which a report may say otherwise (教师, 同志), so they weigh as
    little as genre words; the name picks the sentence."""
    return {found.group(0) for match in _PERSON.finditer(question) if (found := _TITLE_AFTER_NAME.search(match.group(0)))}


# "…的是谁", "…是哪个部门", "…叫什么名字": what stands right before asks whose the role is
_ASKS_HOLDER = re.compile(r"([\u4e00-\u9fff]{2,12}?)的?(?:是谁|是哪一?[个家位支所名][\u4e00-\u9fff]{0,3}|叫什么名字|叫什么)(?:[？?，,。！!]|$)")
# "…是哪个小组拿的第一", "谁获得了一等奖": a place won, asked after who won it
_RANK_WON = re.compile(r"(?:谁|哪一?[个家位支所名组队])[\u4e00-\u9fff]{0,6}?(?:拿|获|得|夺|摘)[得了的]{0,2}"
                       r"(第[一二三四五六七八九十\d]{1,2}|冠军|亚军|季军|[一二三特\d]等奖|金奖|银奖|铜奖)")
_ENDS_IN_TITLE = re.compile(rf"(?:{_TITLES})$")
_NOT_ROLES = frozenset("题目 名字 名称 全称 主题 口号 内容 单位 部门 人 同志 老师 选手 职工 员工 代表 领导 干部 成员".split())


def _asked_role(question: str) -> str:
    """The role or place whose holder a question asks for ("女职工委员会主任是谁" -> 主任, "冠军是
    哪个部门" and "哪个部门拿了冠军" -> 冠军): a sentence that names no such role answers another
    question. Words that only say what kind of name is wanted (题目, 名字) or who in general (人,
    单位) are no role."""
    import jieba.posseg

    won = _RANK_WON.search(question)
    if won:  # "哪个小组拿的第一", "谁得了一等奖": the place won is what the answer must say
        return won.group(1)
    asked = _ASKS_HOLDER.search(question)
    if not asked:
        return ""
    tokenize("")  # the shared jieba, initialised once
    words = [w for w in jieba.posseg.lcut(asked.group(1)) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w.word)]
    if (not words or words[-1].word in _NOT_ROLES or _PEOPLE.fullmatch(words[-1].word)
            or not words[-1].flag.startswith(("n", "m", "b"))):  # "打头的是谁": a verb, no role
        return ""
    role = words[-1].word
    title = _ENDS_IN_TITLE.search(role)  # "工会主席", "上级领导", "全能冠军": a report may say only its head
    if not title and asked.group(0)[len(asked.group(1))] == "的":
        return ""  # "代表县总工会讲话的是哪位领导": what the person did, not a post they hold
    head = title.group(0) if title else role if len(role) <= 3 else role[-2:]
    before = asked.group(1)[: asked.group(1).rfind(head)]
    return ("副" if before.endswith("副") else "") + head  # "副主任", "副/主任": a deputy asked stays one


def _says_role(text: str, profile: QueryProfile) -> bool:
    """The text says the role asked, not only its deputy (副主席 is no 主席)."""
    role = profile.role
    if not role:
        return True
    if role in text:
        return role.startswith("副") or any(text[m.start() - 1 : m.start()] != "副" for m in re.finditer(re.escape(role), text))
    return said_in_full(role, text) or (len(role) >= 3 and pair_share(role, text) >= 0.5)


ROLE_NAME_GAP = 10
"""How far a role asked may stand from a titled name and still be that person's ("李娜同志任经审主任"):
"局长罗一航委托，张晓波对…各委员会主任及委员的当选表示祝贺" names persons and the role, no one holding it."""


def _role_beside_a_name(text: str, role: str) -> bool:
    """Some titled name in the text stands within ROLE_NAME_GAP characters of the role asked, or
    in the same clause ("李明同志当选为柳岸县总工会第十六届委员会主席"); true of a text with no titled
    name at all (its person is found otherwise: "由李四担任")."""
    spans = list(_titled_spans(text))
    roles = [(m.start(), m.end()) for m in re.finditer(re.escape(role.removeprefix("副")), text)]
    return not spans or any((start - ROLE_NAME_GAP <= person_end and person_start <= end + ROLE_NAME_GAP)
                            or not _CLAUSE_BREAK.search(text[min(person_end, start) : max(person_start, end)])
                            for person_start, person_end in spans for start, end in roles)


_CLAUSE_BREAK = re.compile(r"[，,；;。：:、]")


def _titled_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each titled name of the text stands, as _titled_person finds them one after another."""
    position = 0
    while (found := _titled_person(text[position:])) is not None:
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
    new = [forms for forms in profile.festivals if forms not in before.festivals]
    if new:  # the festival is the topic: it weighs as the heaviest word (its first form, "五一")
        heaviest = max(profile.weights.values(), default=1.0)
        return replace(profile, weights={**profile.weights, **{forms.split("|")[0]: heaviest for forms in new}})
    carried = {w: v * CARRIED_WEIGHT for w, v in before.weights.items()
               if w not in profile.weights and not _TIME_WORD.fullmatch(w) and w not in before.anchors}
    return replace(profile, weights={**profile.weights, **carried}) if carried else profile


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


def profile_question(question: str, idf: Callable[[str], float]) -> QueryProfile:
    """The question's content words weighted by rarity; generic genre words weigh little."""
    weights: dict[str, float] = {}
    anchors: list[str] = []
    actions: list[str] = []
    words = _pos_words(_YEAR_ON_YEAR.sub("同比", question))
    titles = _titles_after_names(question)
    aside = _said_aside(question)
    for i, (word, pos) in enumerate(words):
        if len(word) == 1 and pos.startswith("v") and word not in _QUESTION_WORDS:
            actions.append(word)
        if _STATED_NUMBER.fullmatch(word):  # "28岁以下": a number the question states picks its sentence
            following = words[i + 1][0] if i + 1 < len(words) else ""
            if not re.match(r"[年月日号]", following):  # dates are read as times (months_asked), not as words
                weights[word] = idf(word)
            continue
        if len(word) < 2 or word in _QUESTION_WORDS or not pos.startswith(_CONTENT_POS + tuple(_ANCHOR_POS)):
            continue
        if _ASKING.match(word) or _ASKING_INSIDE.search(word):  # "哪些地方", "什么时候", "由谁来": the question's own words
            continue
        if re.fullmatch(r"[\d.]+|(?:19|20)\d\d", word):
            continue
        weight = idf(word) * (_GENERIC_WEIGHT if word in _GENERIC or word in titles else 1.0) * (0.7 if pos in ("v", "d") else 1.0)
        weights[word] = max(weights.get(word, 0.0), weight)
        if _is_anchor(word, pos, words[i + 1][0] if i + 1 < len(words) else "") and word not in _GENERIC and word not in aside:
            anchors.append(word)
    # "“两创”": a name the user quotes is one word, however the tagger cuts it; "“首家/首个”" offers two
    for phrase in (form for quoted in _QUOTED_FORMS.findall(question) for form in quote_forms(quoted)):
        if phrase not in weights and not any(phrase in word for word in weights):
            weights[phrase] = idf(phrase)
    anchors += [year + "年" for year in re.findall(r"((?:19|20)\d\d)\s*年", question)]
    anchors += _ORDINAL_EDITION.findall(question) + [m.group(0) for m in _SESSION.finditer(question)]
    wants_person, wants_rank = bool(_WANTS_PERSON.search(question)), bool(_WANTS_RANK.search(question))
    # "局长叫什么名字" asks for a person, not for a quoted title
    kinds = tuple(kind for kind, (asks, _) in ANSWER_KINDS.items() if asks.search(question) and not (wants_person and kind == "title"))
    said = _said_topic(question, weights)
    return QueryProfile(
        weights=weights,
        anchors=tuple(dict.fromkeys(anchors)),
        wants_number=bool(_WANTS_NUMBER.search(question)) and not kinds and not wants_rank,  # 亚军 has no figure
        wants_list=bool(_WANTS_LIST.search(question)),
        wants_person=wants_person,
        wants_rank=wants_rank,
        wants_place=bool(_WANTS_PLACE.search(question)),
        kinds=kinds,
        months=frozenset(months_asked(without_cutoff(question)) or festival_months(question)),
        month_named=bool(months_named(without_cutoff(question))),
        section=next((headings for asks, headings in _SECTION_INTENTS if asks.search(question)), ""),
        measures=_expected_measures(question),
        counted=_counted(question),
        per_document=bool(_PER_DOCUMENT.search(question) or _WHICH_DOCUMENTS.search(question) or said or _comparison(question)),
        said=said,
        documents=asked_documents(question),
        compare=_comparison(question),
        count=asked_count(question),
        category=asked_category(question),
        quoted=tuple(_unquoted(q) for q in _QUOTED_IN_QUESTION.findall(question)),
        actions=tuple(dict.fromkeys(actions)),
        verbs=tuple(dict.fromkeys(w for w, pos in words if len(w) == 2 and pos == "v" and w in weights)),
        defined=tuple(asked_terms(question)),
        units=tuple(dict.fromkeys(core for core in (name_core(_LEADING_YEAR.sub("", _COMMITTEE_OF_UNION.sub("", n))) for n in organisation_names(question))
                                  if len(core) >= 2 and is_specific(core))),
        contrasts=contrasted_phrases(question, word_bounds(question)),
        role=_asked_role(question),
        per_head=bool(_PER_HEAD_ASKED.search(question)),
        new_asked=bool(_NEW_ASKED.search(question)),
        total_asked=bool(re.search(r"(?:一共|总共|共计|累计|合计|总计)[^，,。？?]{0,8}(?:多少|几)", question)),
        festivals=festivals_named(question),
    )


# a quote followed by 类/一类/之类 names a kind ("“职工之家”类的荣誉"), which the article may say otherwise
_LEADING_YEAR = re.compile(rf"^(?:{YEAR_WORDS.pattern})")  # "2011年淮阴卷烟厂…": the year is no part of the name
_QUOTED_IN_QUESTION = re.compile(r"[“\"「『]([^”\"」』]{4,})(?:$|(?=[”\"」』])(?![”\"」』](?:这|那|一|之)?类))")
_QUOTED_FORMS = re.compile(r"[“「『]([\u4e00-\u9fff]{2,8}(?:[/／|｜][\u4e00-\u9fff]{2,8})*)[”」』]")
_QUOTE_MARKS = re.compile(r"[“”\"「」『』‘’']")


def _unquoted(text: str) -> str:
    return _QUOTE_MARKS.sub("", text)


def _quote_left_behind(candidate: Candidate, enumeration: Enumeration, profile: QueryProfile, after: str) -> bool:
    """The sentence says what the question quotes ("…首家…首个…" for "哪两个“首家/首个”") and the
    list, its lead and the heading just before it do not: the sentence may be the answer, so it
    comes first. `after` is the text from the sentence's end on."""
    said = [f for q in profile.quoted for f in quote_forms(q) if f in candidate.text]
    return bool(said) and not any(f in enumeration.text or f in enumeration.lead or f in after[:QUOTE_NEAR_LIST] for f in said)


QUOTE_NEAR_LIST = 40  # "一、关爱困难职工。全年开展了…": a heading this close before a list says what it is about


def _quote_written(quoted: str, article: str, context: str) -> bool:
    """The article writes what the question quotes, or one of the forms it offers ("首家/首个"),
    or spells out the numbered abbreviation it is ("三保": 保增长、保稳定、保民生)."""
    return any(f in article or f in context or said_in_full(f, article) for f in [quoted, *quote_forms(quoted)]) or spelled_out(quoted, article)


_NUMBERED_ABBREVIATION = re.compile(r"([一二三四五六七八九十两])([\u4e00-\u9fff]{1,2})")


@lru_cache(maxsize=1024)
def spelled_out(term: str, text: str) -> bool:
    """"三保" in full: a list of as many items as the numeral says, each opening or ending with
    the character(s) after it ("保增长、保稳定、保民生", "学习型、服务型、创新型、和谐型" for 四型)."""
    abbreviation = _NUMBERED_ABBREVIATION.fullmatch(term)
    if not abbreviation or abbreviation.group(2) not in text:
        return False
    count, key = ordinal_value(abbreviation.group(1)), abbreviation.group(2)
    return any(len(e.items) == count and all(_unquoted(i).startswith(key) or _unquoted(i).endswith(key) for i in e.items)
               for e in find_enumerations(text))


def quote_forms(quoted: str) -> list[str]:
    """The forms a quote offers ("首家/首个" -> 首家, 首个), each two characters or more."""
    return [form for form in re.split(r"[/／|｜]|或", quoted) if len(form) >= 2]


def _names_the_quoted(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """A list with the question's quoted phrase as one of its items: "在“…”方面做了哪些工作"
    asks what was done under that heading, not for the list of headings it is one of."""
    items = [_unquoted(item) for item in enumeration.items]
    return any(q in item or (len(item) >= 4 and item in q) for q in profile.quoted for item in items)


def _comparison(question: str) -> str:
    """"most", "least" or "versus" when the question compares figures; "" when it does not."""
    for kind, pattern in (("most", _MOST), ("least", _LEAST), ("versus", _VERSUS)):
        if pattern.search(question):
            return kind
    return ""


def _context(hit: Hit) -> str:
    meta = hit.metadata
    return " ".join(str(meta.get(key, "")) for key in ("title", "section", "unit", "heading_path", "page_title", "publisher"))


# "第三届", "第21期": which edition of a recurring event is asked; another edition is another event
_ORDINAL_EDITION = re.compile(r"第[一二三四五六七八九十百\d]{1,4}(?:届|期|次|批|轮)")
_CN_DIGITS = "零一二三四五六七八九"


def _chinese_number(value: int) -> str:
    """1..99 in Chinese numerals, as reports write editions: 3 -> 三, 21 -> 二十一."""
    tens, ones = divmod(value, 10)
    return ((_CN_DIGITS[tens] if tens > 1 else "") + "十" if tens else "") + (_CN_DIGITS[ones] if ones else "")


# "一届三次职代会", "十四届九次全委会": which session of which term; another session is another meeting
_SESSION = re.compile(r"([一二三四五六七八九十\d]{1,3})届([一二三四五六七八九十\d]{1,3})次")


def _numeral_forms(numeral: str) -> str:
    """"三" or "3" as a pattern matching either way of writing it."""
    value = int(numeral) if numeral.isdigit() else ordinal_value(numeral)
    return f"(?:{value}|{_chinese_number(value)})" if 0 < value < 100 else re.escape(numeral)


def _edition_pattern(anchor: str) -> re.Pattern[str] | None:
    """"第三届" and "第3届" an edition written either way; "一届三次" also as "第一届第三次" or
    "第一届职工代表大会第三次会议". None when the anchor is no edition."""
    session = _SESSION.fullmatch(anchor)
    if session:
        term, sitting = (_numeral_forms(n) for n in session.groups())
        return re.compile(f"第?{term}届(?:[^。；，,]{{0,12}}?第)?{sitting}次")
    if _ORDINAL_EDITION.fullmatch(anchor):
        ordinal = "第?" if anchor[-1] == "届" else "第"  # "二十二届工会委员会" is written without 第 too
        return re.compile(f"(?<![一二三四五六七八九十百\\d]){ordinal}{_numeral_forms(anchor[1:-1])}{anchor[-1]}")
    return None


# an edition a sentence states: "第二届", "二十二届", "第3期" (a count, "3次", is no edition)
_EDITION_STATED = re.compile(r"(?<![一二三四五六七八九十百\d])(第)?([一二三四五六七八九十百\d]{1,4})(届|期|次|批|轮)")


def _states_other_edition(anchor: str, text: str) -> bool:
    """The text states an edition of the kind asked other than the one asked ("第二届工会委员会主席"
    where the first is asked): its facts are of that other one."""
    if not _ORDINAL_EDITION.fullmatch(anchor):
        return False
    asked, kind = ordinal_value(anchor[1:-1]), anchor[-1]
    return any(m.group(3) == kind and (m.group(1) or kind == "届") and ordinal_value(m.group(2)) not in (0, asked)
               for m in _EDITION_STATED.finditer(text))


def _names(anchor: str, text: str, context: str, article: str) -> bool:
    """The anchor is written, in one of its forms, in the sentence, its article or its context; or
    the context or the article holds a fuller name it abbreviates ("地税局" of "地方税务局"; never an edition)."""
    edition = _edition_pattern(anchor)
    if edition is not None:
        if not edition.search(text) and _states_other_edition(anchor, text):
            return False
        return any(edition.search(where) for where in (text, article, context))
    if any(form in text or form in article or form in context for form in name_forms(anchor)):
        return True
    return (any(is_subsequence(anchor, name) for name in re.split(r"[\s>]+", context) if len(name) > len(anchor))
                            or said_in_full(anchor, article))  # "疾控中心": the article writes 疾病预防控制中心


def _anchored(text: str, context: str, article: str, profile: QueryProfile, own_year: object = None) -> bool:
    """Every place, unit or year the question names is in the sentence's article (or its title);
    for a question about several articles ("顺昌县和盘山县各…"), any one of them. A year other
    than the article's own must be in the sentence itself: a 2024 report that recalls "2023年…被评为"
    tells nothing else of 2023."""
    named = [(anchor in text) if _other_own_year(anchor, own_year) else _names(anchor, text, context, article)
             for anchor in profile.anchors]
    return any(named) if profile.per_document and named else all(named)


def _other_own_year(anchor: str, own_year: object) -> bool:
    """The anchor is a year and the article's own year is another one."""
    asked = _ASKED_YEAR.fullmatch(anchor)
    return asked is not None and isinstance(own_year, int) and own_year != int(asked.group(1))


def _in_section(hit: Hit, profile: QueryProfile) -> bool:
    """The passage sits under the heading a question about problems, plans or lessons asks for
    (always true for other questions)."""
    return not profile.section or bool(re.search(profile.section, f"{hit.section} {hit.metadata.get('heading_path', '')}"))


def _last_month(text: str) -> list[int]:
    """The last month a text names, as a one-item list ([] when it names none)."""
    found = [months_named(m.group(0)) for m in _MONTH_MENTION.finditer(text)]
    return list(found[-1]) if found else []


# The festivals a union's year is dated by, with the months their activities fall in
# ("元旦春节送温暖" runs from December); 双节/两节 say no festival, the dates beside them do.
_FESTIVAL_MONTHS = {
    "元旦|新年": (12, 1), "春节|新春|年关": (12, 1, 2), "元宵": (1, 2, 3), "三八|妇女节": (2, 3), "五一|劳动节": (4, 5),
    "端午": (5, 6), "六一|儿童节": (5, 6), "七一|建党": (6, 7), "护士节": (5,), "中秋": (8, 9, 10), "教师节": (8, 9),
    "国庆": (9, 10), "重阳": (9, 10, 11), "冬至": (12,),
}
_FESTIVALS = [(re.compile(forms), frozenset(months)) for forms, months in _FESTIVAL_MONTHS.items()]


# honours named after a festival ("五一劳动奖章", "三八红旗手"): no day of the year
_FESTIVAL_HONOUR = re.compile(r"(?:五一|三八|五四)(?:劳动)?(?:奖章|奖状|红旗手|红旗集体|巾帼[\u4e00-\u9fff]{0,2}|文明岗|劳动奖|青年奖章)")


def festivals_named(text: str) -> tuple[str, ...]:
    """The festivals a text names, each as the pattern of its forms, not counting honours named
    after one."""
    text = _FESTIVAL_HONOUR.sub("", text)
    return tuple(forms for forms in _FESTIVAL_MONTHS if re.search(forms, text))


def _other_festival(sentence: str, profile: QueryProfile) -> bool:
    """The question names a festival and the sentence names only others ("首届新年音乐联谊会" for
    "三八节那天组织了什么"): it tells of another day."""
    if not profile.festivals:
        return False
    named = festivals_named(sentence)
    return bool(named) and not set(named) & set(profile.festivals)


def _period_otherwise(profile: QueryProfile, article: str) -> bool:
    """The question asks of a half or a quarter ("下半年") and the article dates what it tells only
    in other months ("上半年…", "3月…", "春节…"): its facts are of another time."""
    if not profile.months or profile.month_named:
        return False
    dated = months_dated(article) | festival_months(article)
    return bool(dated) and not dated & profile.months


def _dated_otherwise(festival: str, article: str) -> bool:
    """The article never names the festival, and the months it names are all outside it."""
    months = months_named(article)
    return bool(months) and not re.search(festival, article) and not months.intersection(_FESTIVAL_MONTHS[festival])


def festival_months(text: str) -> set[int]:
    """The months of the festivals a text names: "春节前慰问" is a question about December to
    February, and "中秋国庆前夕" dates a sentence as surely as "9月" does."""
    text = _FESTIVAL_HONOUR.sub("", text)
    return {month for pattern, months in _FESTIVALS if pattern.search(text) for month in months}


def _undated(sentence: str) -> bool:
    """The sentence names no month, festival or stretch of the year ("一年来", "全年") of its own."""
    return not (months_dated(sentence) or festival_months(sentence) or _YEAR_LONG.search(sentence))


_YEAR_LONG = re.compile(r"年来|全年|年内|以来|年初|年底|年末|上半年|下半年|季度")


def _one_month_told(article: str, profile: QueryProfile) -> bool:
    """A month is named and the article dates what it tells in that month only ("5月9日，…开展…"
    for "红五月…讲的是谁"): its undated sentences tell of that month too."""
    dated = months_dated(article)
    return profile.month_named and bool(dated) and dated <= profile.months


def _other_month(sentence: str, before: str, profile: QueryProfile) -> bool:
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


_DATED_YEAR = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?![^，,。；;]{0,6}(?:以来|至今|起|开始))")
_ASKED_YEAR = re.compile(r"((?:19|20)\d\d)年")


@lru_cache(maxsize=256)
def _years_asked(anchors: tuple[str, ...]) -> frozenset[str]:
    """The years a question's anchors name ("2012年" -> 2012), read once per question, not per sentence."""
    return frozenset(m.group(1) for a in anchors for m in [_ASKED_YEAR.fullmatch(a)] if m)


def _dated_other_year(sentence: str, profile: QueryProfile) -> bool:
    """The question names a year and the sentence dates what it tells in other years only
    ("2011年9月在宿迁召开…" for "2012年评出了多少"): a report of one year recalls earlier ones.
    A date the sentence counts from ("自2011年9月以来") reaches the year asked."""
    asked = _years_asked(profile.anchors)
    dated = set(_DATED_YEAR.findall(sentence))
    return bool(asked) and bool(dated) and not dated & asked


def _named_elsewhere(text: str, context: str, article: str, profile: QueryProfile) -> frozenset[str]:
    """For a question about several articles, the names it asks about that this article does not hold."""
    if not profile.per_document:
        return frozenset()
    return frozenset(a for a in profile.anchors if not _names(a, text, context, article))


def _naming_words(profile: QueryProfile) -> frozenset[str]:
    """The question's words that are pieces of a unit's name it gives ("柳家/埠镇" of 柳家埠镇,
    not the kind word 社区 or 分公司): they say whose a figure or a list is, not what it is."""
    return frozenset(w for w in profile.weights if not says_only_kind(w) and any(w in unit for unit in profile.units))


def _figure_about_question(text: str, profile: QueryProfile, context: str = "", carried: str = "") -> bool:
    """Some figure of the kind asked stands in a clause that says one of the question's own
    words (not only a name or a genre word): "房屋建筑费28000余元" does not answer "慰问困难户花了
    多少钱" even in a sentence about 慰问. When every such word only says whose the figure is (it
    is in the passage's unit or title, `context`), the question's one-character verb is what the
    clause may say instead: "共计收费4509.50元" answers "柳背桥社区一共收了多少钱"."""
    words = [w for w in profile.weights if w not in profile.anchors and w not in _GENERIC]
    naming = _naming_words(profile)
    if naming:  # the tagger's pieces of a unit's name ("柳家/埠镇") say whose the figure is, not what
        words = [w for w in words if w not in naming]
    if words and all(w in context for w in words):
        words += profile.actions
    if not words:
        return True
    clauses = re.split(r"[，,；;。：:]", text)
    for i, clause in enumerate(clauses):
        found = [f.text for f in figures(clause)]
        if profile.measures:
            counted_otherwise = _counted_otherwise(clause, profile)
            found = [f for f in found if any(unit in f for unit in profile.measures) or (counted_otherwise and f.endswith("个"))]
        # "会员人数快速增长，目前已近万人": a figure clause that opens with no subject goes on from the clause before;
        # "投入248万元，为职工更换更衣箱": one the clause after says what the figure was for
        # so does a clause that is nothing but the figure (a table row's last cell: "…参与校运动会，4人")
        bare = bool(found) and figures(clause)[0].text == clause.strip(" 。")
        said = clause if i == 0 or not (_SUBJECTLESS.match(clause) or bare) else clauses[i - 1] + clause
        said = carried + said if i == 0 else said  # "此次活动共计发放…": the event of the sentence before
        following = clauses[i + 1] if i + 1 < len(clauses) else ""
        if _PURPOSE.match(following) and not figures(following):
            said += following
        elif _spent_alone(clause, found) and not any(u in f.text for f in figures(following) for u in profile.measures):
            said += following
        if found and any(w in said or said_in_full(w, said) or (len(w) >= 3 and pair_share(w, said) >= 0.5)
                         for w in words):
            return True
        if found and _counts_what_is_asked(clause, profile):
            return True
    return False


SPENT_VERB_CHARS = 4


def _spent_alone(clause: str, found: list[str]) -> bool:
    """A clause of a verb and the figure only ("投资5万余元，购置户外健身器械20多套"): the clause
    after says what the figure was for."""
    # a total ("共计36万元") sums what came before; it is not what the clause after bought
    return (len(found) == 1 and len(clause.strip().replace(found[0], "")) <= SPENT_VERB_CHARS
            and not _SUBJECTLESS.match(clause))


def _counts_what_is_asked(clause: str, profile: QueryProfile) -> bool:
    """The people the question counts stand right before the figure ("职工147599人" for "职工总数是多少"):
    the figure is their count, however common the word."""
    if not profile.measures or "人" not in profile.measures:
        return False
    pattern = _people_counted(tuple(w for w in profile.weights if _PEOPLE.fullmatch(w)))
    return pattern is not None and pattern.search(clause) is not None


@lru_cache(maxsize=256)
def _people_counted(people: tuple[str, ...]) -> re.Pattern[str] | None:
    """The figure right after the people a question counts, one pattern per question (not per word and clause)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, people))})(?:总数|人数)?[为达有共约近]?\d") if people else None


_PURPOSE = re.compile(r"\s*(?:为|用于|用来|专门用于)")
_SUBJECTLESS = re.compile(r"\s*(?:目前|现|现在|至今|如今|累计|共计|共|总计|合计|已|达|约|近|其中)")


# a counted group of people ("六位退休职工", "12名青年志愿者")
_COUNTED_PEOPLE = re.compile(r"[\d一二三四五六七八九十百两]+[位名][\u4e00-\u9fff]{0,6}?(?:职工|教师|老师|员工|党员|劳模|代表|志愿者|学生|干部|同志|女工|队员|选手)们?")


def _group_doing(text: str, profile: QueryProfile) -> bool:
    """"谁表演的" is answered by a counted group doing what was asked ("六位退休职工表演的腰鼓舞"):
    the group stands right before one of the question's words."""
    words = [w for w in profile.weights if len(w) >= 2 and w not in _GENERIC]
    return any(text.startswith(w, m.end()) or text.startswith(w, m.end() + 1)
               for m in _COUNTED_PEOPLE.finditer(text) for w in words)


# "每人多少钱", "人均多少": a figure per head, which a total is not
_PER_HEAD_ASKED = re.compile(r"每(?:人|户|名|位|家|队|组|个(?:人|单位|队|小组))|人均|户均")
_PER_HEAD = re.compile(r"每(?![年月天日周次季])|人均|户均|/[人户]|各[\u4e00-\u9fff]{0,4}[\d一二三四五六七八九十两]")


_NAME_JOINS = frozenset("、和及与")
_WINNING = re.compile(r"^(?:获得|荣获|包揽|夺得|摘得|当选|担任|获评|被?评为|被?评选为|入选|被授予|分别获得)")


def _people_named(text: str, units: tuple[str, ...] = ()) -> bool:
    """Persons named without a title ("邱岩和孟园包揽了…", "罗清、邢明分别获得…"): names the
    tagger knows, two of them joined, or one right before what it won or became."""
    import jieba.posseg

    tokenize("")  # the shared jieba, initialised once
    words = jieba.posseg.lcut(text)
    for i, word in enumerate(words):
        if _name_doing(words, i) and not _names_body(word.word, text, units):
            return True
        if not (word.flag == "nr" and 2 <= len(word.word) <= 3):
            continue
        if _WINNING.match("".join(w.word for w in words[i + 1 : i + 3])):
            return True
        if _in_apposition(words, i):
            return True
        if i + 2 < len(words) and words[i + 1].word in _NAME_JOINS and words[i + 2].flag == "nr":
            return True
    return False


def _in_apposition(words: list, i: int) -> bool:
    """"…——院退休干部夏美钟。": a name right after the kind of person it is, closing its clause."""
    closes = i + 1 == len(words) or not re.match(r"[\u4e00-\u9fff]", words[i + 1].word)
    return (i > 0 and closes and re.search(rf"(?:{_PEOPLE.pattern})$", words[i - 1].word) is not None
            and not _common_word(words[i].word))


COMMON_WORD_FREQ = 50  # jieba's dictionary counts 关怀 697, 向阳 671, 金秋 178; names it knows, 王小明 3


_BODY_AFTER = r"[\u4e00-\u9fff]{0,4}?(?:公司|集团|工会|局|厂|院|校|中心|站|所|协会|社区|街道)"


def _names_body(name: str, text: str, units: tuple[str, ...]) -> bool:
    """"白鹭组织了…" in a report on 白鹭公司: a word of the question (a person asked for is not in
    it), or the short name of a body the text names, not a person."""
    return any(name in unit for unit in units) or re.search(re.escape(name) + _BODY_AFTER, text) is not None


def _common_word(name: str) -> bool:
    """A word the dictionary knows well ("创业", "关怀", "向阳"): that word, not a person's name."""
    import jieba

    tokenize("")  # the shared jieba, initialised once
    return (jieba.dt.FREQ.get(name) or 0) >= COMMON_WORD_FREQ


def _name_doing(words: list, i: int) -> bool:
    """A name the tagger finds (its given name's last character maybe cut off: "李家/栋") right
    before a verb: a person doing something ("李家栋作了…报告", "陈骏主持"). A name before a noun
    is a place's or a thing's ("向阳/社区", "金秋/助学")."""
    if not (words[i].flag in ("nr", "nrfg") and 2 <= len(words[i].word) <= 3):
        return False
    name, j = words[i].word, i + 1
    if (len(name) == 2 and j < len(words) and len(words[j].word) == 1 and "\u4e00" <= words[j].word <= "\u9fff"
            and not words[j].flag.startswith(("v", "p", "u", "c", "d", "r", "f"))):
        name, j = name + words[j].word, j + 1  # "李家/栋", "郭路/燏": a character the tagger left alone
    if j + 1 < len(words) and (words[j].flag == "d" or words[j].word == "被"):
        j += 1  # "陈骏/首先/作", "…/被/评为": an adverb or the passive between the person and the deed
    # a word the dictionary knows well ("关怀", "向阳") is that word, whatever the tagger calls it
    return (j < len(words) and words[j].flag.startswith("v") and words[j].word not in ("是", "为")
            and not _common_word(name))


_SESSION_NAME = re.compile(r"[一二三四五六七八九十\d]{1,3}\s*届\s*[一二三四五六七八九十\d]{1,3}\s*次")
_NEW_ASKED = re.compile(r"新(?:建|组建|增|发展|成立|吸收|入会|招)")
_STOCK = re.compile(r"已建|已有|现有|共有|累计|总数|总计|已达|拥有")


def _only_stock(sentence: str, profile: QueryProfile) -> bool:
    """"新组建了多少家" asked, and every figure of the sentence in the measure asked counts all there
    are ("全镇已建…79家，村联合工会5家", "现有会员1.2万人"): a stock word before it in the sentence
    and no word of founding between. Read on the whole sentence, as a window may start after the stock word."""
    if not profile.new_asked:
        return False
    wanted = [f for f in figures(sentence) if not profile.measures or any(unit in f.text for unit in profile.measures)]
    return bool(wanted) and all(_stock_figure(sentence, f.text) for f in wanted)


def _stock_figure(sentence: str, figure: str) -> bool:
    at = sentence.find(figure)
    before = re.split(r"[；;。]", sentence[: max(at, 0)])[-1]
    stock = list(_STOCK.finditer(before))
    return bool(stock) and not _FOUNDED.search(before[stock[-1].end():])


_FOUNDED = re.compile(r"新|组建|成立|建立|增|发展|吸收")  # "已建79家，今年组建12家": the later figure is of new ones


# "小徐是一名外卖员": 一名 after 是 says what someone is, not how many there are
_INDEFINITE = re.compile(r"(是|作为|成为|身为|当了|当上)一[名位个]")  # "选手为一名" is a count


def _has_answer_type(text: str, profile: QueryProfile, context: str = "", carried: str = "") -> bool:
    if profile.wants_number and profile.per_head and not _PER_HEAD.search(text):
        return False
    # "男教师有多少名": a count of people of one sex is said with it ("其中女性12人"); "困难教职工近200名"
    # and "600名男女职工" count both
    if ("人" in profile.measures and any(phrase[0] in "男女" and not says_alone(phrase[0], text) for phrase in profile.contrasts)):
        return False
    if profile.wants_number:
        counted = _INDEFINITE.sub(r"\1", text)
        if "届" not in profile.measures:  # "第四届五次职代会" names a meeting, unless "第几届" is asked
            counted = _SESSION_NAME.sub("，", counted)
        found = [f.text for f in figures(counted)]
        if profile.total_asked:  # "一共送了多少件": "送上一件棉大衣" says a thing, not how many in all
            found = [f for f in found if not f.startswith("一")]
        if not found:
            return False
        if profile.measures and not any(any(unit in f for unit in profile.measures) for f in found) and not _counted_otherwise(text, profile):
            return False
        if not _figure_about_question(text, profile, context, carried):
            return False
    if profile.wants_person and not (_titled_person(text) or _group_doing(text, profile) or _people_named(text, (*profile.units, *profile.weights))):
        return False
    if profile.wants_rank and not (_PLACE if profile.wants_place else _RANK).search(text):
        return False
    if profile.role and not _says_role(_unfolded(text), profile):  # unfolded only when a role is asked: every window passes here
        return False
    if profile.wants_person and profile.role and not _role_beside_a_name(text, profile.role):
        return False
    return all(ANSWER_KINDS[kind][1].search(text) for kind in profile.kinds)


def _coverage(text: str, context: str, chunk: str, profile: QueryProfile, elsewhere: frozenset[str] = frozenset(),
              named: frozenset[str] = frozenset(), about: frozenset[str] = frozenset(), near: str = "") -> float:
    """The share of the question's weight the text covers; `elsewhere` are words that belong to
    another article (the other unit of "顺昌县和盘山县各…") and so count neither way; `named`
    are the names asked about that the sentence's article states: they count as its title's
    words do, since every sentence of the article is about them; `about` are those the article is
    about (its title, unit or section names them): every sentence of it has them in full, so that
    the rest of the question, not the name, picks the sentence."""
    found = 0.0
    for term, weight in profile.weights.items():
        if term in about or any(form in text for form in name_forms(term)):
            found += weight
        elif term in context or term in named or _abbreviates_unit(term, context):
            found += weight * _CONTEXT_WEIGHT
        elif term in near:
            found += weight * _NEAR_WEIGHT
        elif term in chunk:
            found += weight * _CHUNK_WEIGHT
        elif len(term) >= 3:
            found += weight * (1.0 if said_in_full(term, text) else _PARTIAL_WEIGHT * pair_share(term, text))
        elif spelled_out(term, text):
            found += weight
        elif term in profile.verbs and _same_root_verb(term, text):
            found += weight * _PARTIAL_WEIGHT
    return found / ((profile.total - sum(profile.weights.get(term, 0.0) for term in elsewhere)) or 1.0)


def _abbreviates_unit(term: str, context: str) -> bool:
    """"兰铁" and "中院" of "兰铁中院" (the tagger cuts it in two) shorten 兰州铁路运输中级法院: a
    two- or three-character word spread, in order, over one name of the passage's unit or title,
    its first character opening a word of that name (an abbreviation keeps a word's head: 兰州,
    中级; "市场" spread over "…城市…广场…" opens none)."""
    if not 2 <= len(term) <= 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", term):
        return False
    for name in re.split(r"[\s>]+", context):
        if len(name) > len(term) + 1 and term not in name:
            starts = _word_starts(name)
            if any(name[at] == term[0] and is_subsequence(term[1:], name[at + 1 :]) for at in starts):
                return True
    return False


@lru_cache(maxsize=2048)
def _word_starts(name: str) -> tuple[int, ...]:
    """Where each word of a name starts, as the tagger cuts it."""
    starts, at = [], 0
    for word, _ in tagged(name):
        starts.append(at)
        at += len(word)
    return tuple(starts)


_LIGHT_VERB_CHARS = frozenset("进行开发作做加有得到出给为成展")  # too light to be a root two verbs share


def _same_root_verb(verb: str, text: str) -> bool:
    """"获得" asked, "荣获" written: a two-character verb of the dictionary (or one it calls a name)
    in the text beside one character of the question's, not a light one (发放 and 发展 share only 发)."""
    import jieba.posseg

    tokenize("")  # the shared jieba, initialised once
    tags = jieba.posseg.dt.word_tag_tab  # the dictionary's own tags: no tagging of the sentence
    for root in {c for c in verb if c not in _LIGHT_VERB_CHARS}:
        for at in (m.start() for m in re.finditer(re.escape(root), text)):
            for word in (text[max(at - 1, 0) : at + 1], text[at : at + 2]):
                if len(word) == 2 and word != verb and tags.get(word) in ("v", "nr"):  # the dictionary calls 荣获 a name
                    return True
    return False


_ELLIPTIC = re.compile(r"((?:[\u4e00-\u9fff]、)+)([\u4e00-\u9fff])(军|等奖|等|级|职工|半年)")


def _unfolded(text: str) -> str:
    """Coordinated heads written once: "团体冠、亚、季军" says 冠军、亚军、季军 and "一、二等奖"
    一等奖、二等奖, so the question's whole word is found."""
    return _ELLIPTIC.sub(lambda m: "、".join(c + m.group(3) for c in m.group(1).split("、")[:-1] + [m.group(2)]), text)


_EXPLICIT_DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]")


def _windows(sentence: str) -> list[str]:
    """A long sentence as windows of consecutive clauses no longer than MAX_SENTENCE_CHARS."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    clauses = _CLAUSE.findall(sentence)
    windows = []
    for start in range(len(clauses)):
        text = ""
        for clause in clauses[start:]:
            if len(text) + len(clause) > MAX_SENTENCE_CHARS and text:
                break
            text += clause
        windows.append(text)
    return windows


HEADING_CHARS = 20
"""A sentence this short ("3、举行健康卫生讲座。") is read with the one after it as well, when that
one holds the kind of answer asked: a heading names the topic, the sentence after it the date or figure."""


def _asks_type(profile: QueryProfile) -> bool:
    """The question asks for a figure, a person, a place won or another kind of answer."""
    return profile.wants_number or profile.wants_person or profile.wants_rank or bool(profile.kinds)


def _typed_strongly(profile: QueryProfile) -> bool:
    """A figure or a kind a sentence holds by its shape (a date, a distance, a time), not a person,
    a quoted title or a partner, which passing words look like too ("“送温暖”")."""
    return profile.wants_number or any(kind not in _WEAKLY_TYPED for kind in profile.kinds)


_WEAKLY_TYPED = frozenset({"title", "partner"})
OWN_NAME_TIMES = 3  # or it keeps naming it ("我行…农行…农行")


def _own_unit_words(profile: QueryProfile, context: str, article: str) -> frozenset[str]:
    """The question's words inside an organisation it names ("青石岭/供水/分公司"), when the article
    is that organisation's own: its title or unit says so, its opening names it ("从…青石岭供水
    分公司工会…获悉", "我们柳林煤矿…"), or it keeps naming it. Every sentence of such an article is about it, so its
    name's words count in full wherever the tagger cut the name. Its kind words (分公司, 社区)
    do not: they still tell its sentences apart."""
    opening = article[:OWN_NAME_CHARS]
    own = [unit for unit in profile.units
           if any(form in context or form in opening or article.count(form) >= OWN_NAME_TIMES for form in name_forms(unit))]
    return frozenset(term for term in profile.weights if not says_only_kind(term) and any(term in unit for unit in own))


# a sentence that goes on telling of the event told just before ("此次活动共计发放慰问金…")
_GOES_ON = re.compile(r"(?:此次|本次|这次|该次)")
GOES_ON_SENTENCES = 2
SIBLING_ITEM_CHARS = 8  # list items this short name things (桥牌, 中国象棋), not whole clauses


@lru_cache(maxsize=256)
def _short_lists(article: str) -> tuple[tuple[str, ...], ...]:
    """The article's lists of short things, each item as written (a first item still holding its
    lead, "设置桥牌", by its last word)."""
    import jieba

    tokenize("")  # the shared jieba, initialised once
    lists = []
    for enumeration in find_enumerations(article):
        items = [_unquoted(item) for item in enumeration.items]
        if len(items) >= 2 and len(items[0]) > max(len(item) for item in items[1:]) + 1:
            items[0] = (jieba.lcut(items[0]) or [items[0]])[-1]
        if all(2 <= len(item) <= SIBLING_ITEM_CHARS for item in items):
            lists.append(tuple(items))
    return tuple(lists)


def _listed_siblings(profile: QueryProfile, article: str) -> dict[str, frozenset[str]]:
    """For each word of the question that the article lists beside other things ("桥牌、大怪路子、中国
    象棋和围棋"), those other things: a sentence that names one of them and not the word tells of
    that other one ("荣获桥牌第一名" does not answer "中国象棋拿了第几名")."""
    # a word of a name the question gives ("台资企业" of its union's name) is whose it is, not a thing set apart
    words = [w for w in profile.weights if len(w) >= 2 and w not in _GENERIC and w not in profile.anchors
             and not any(w in unit for unit in profile.units)]
    asked = "".join(profile.weights)
    siblings: dict[str, set[str]] = {}
    for items in _short_lists(article):
        for word in words:
            if any(word in item and len(item) <= len(word) + 2 for item in items):
                siblings.setdefault(word, set()).update(
                    item for item in items if word not in item and item not in word and item not in asked)
    return {word: frozenset(others) for word, others in siblings.items() if others}


def _about_sibling(sentence: str, siblings: dict[str, frozenset[str]]) -> bool:
    return any(word not in sentence and any(other in sentence for other in others) for word, others in siblings.items())


def candidates(hits: list[Hit], profile: QueryProfile, articles: dict[str, str] | None = None) -> list[Candidate]:
    """Every sentence (or best clause window, or a short heading with the sentence after it) of
    the hits, scored, best first.

    `articles` (doc id -> clean text) lets a name the question asks about count when the
    article states it anywhere, not only in the retrieved chunk.
    """
    scored: list[Candidate] = []
    of_article: dict[str, tuple[bool, dict[str, frozenset[str]], bool, object]] = {}  # the same for every passage of an article
    for hit in hits:
        context = _context(hit) + f" {hit.metadata.get('year', '')}年"
        article = (articles or {}).get(hit.doc_id, hit.text)
        if hit.doc_id not in of_article:
            of_article[hit.doc_id] = (_period_otherwise(profile, article), _listed_siblings(profile, article),
                                      _one_month_told(article, profile), article_year(hit.metadata.get("year"), article))
        otherwise, siblings, month_told, own_year = of_article[hit.doc_id]
        named = frozenset(a for a in profile.anchors if _names(a, "", context, article))
        about = frozenset(a for a in named if _names(a, "", context, "")) | _own_unit_words(profile, context, article)
        in_section = 1.0 if _in_section(hit, profile) else _OFF_SECTION
        # a name the question quotes ("“年度之星”") that the article never writes: it is about something else
        unquoted = any(not _quote_written(q, article, context) for q in profile.quoted)
        # a festival the question names that a dated article never mentions, nor any month it falls
        # in: its facts are of another time ("新春活动" may be told by its date, "2月12日")
        unquoted = unquoted or any(_dated_otherwise(forms, article + context) for forms in profile.festivals) or otherwise
        heading, told = "", [""]
        for match in _SENTENCE.finditer(hit.text):
            sentence, lead = match.group().strip(), heading
            heading = sentence if len(sentence) <= HEADING_CHARS else ""
            # only a figure is carried so: "此次大会期间，…" says nothing of when the meeting was
            carried = "".join(told[-GOES_ON_SENTENCES:]) if profile.wants_number and _GOES_ON.match(sentence) else ""
            told.append(sentence)
            if len(sentence) < 6:
                continue
            best: Candidate | None = None
            before = hit.text[max(0, match.start() - MONTH_BEFORE) : match.start()]
            month_inherited = month_told and _undated(sentence) and _other_month(sentence, before, profile)
            anchored = (not unquoted and _anchored(sentence, context, article, profile, own_year) and (month_inherited or not _other_month(sentence, before, profile))
                        and not _dated_other_year(sentence, profile) and not _other_festival(sentence, profile)
                        and not any(says_sibling(phrase, sentence) for phrase in profile.contrasts)
                        and not _about_sibling(sentence, siblings))
            elsewhere = _named_elsewhere(sentence, context, article, profile)
            stock_only = _only_stock(sentence, profile)
            # "3月7日，在“三八”…之际，…举办了运动会": a window that keeps the festival and leaves the date out
            # does not say the day the sentence gives
            dated = _EXPLICIT_DAY.findall(sentence) if {"day", "date"} & set(profile.kinds) else []
            headed = [lead + sentence] if lead and _asks_type(profile) and _has_answer_type(sentence, profile, context) else []
            for window in _windows(sentence) + headed:
                typed = (_has_answer_type(window, profile, context, carried) and not stock_only
                         and (not dated or any(day in window for day in dated)))
                near = "".join(told[-1 - NEAR_SENTENCES : -1]) if typed and _typed_strongly(profile) else ""
                coverage = _coverage(_unfolded(window) + carried, context, hit.text, profile, elsewhere, named, about, near)
                score = (coverage * (1.0 if typed else _UNTYPED) * (1.0 if anchored else _UNANCHORED) * in_section
                         * (_MONTH_INHERITED if month_inherited else 1.0) * (1 - _RANK_DECAY * max(hit.rank - 1, 0)) + 0.02 * hit.score)
                if best is None or score > best.score:
                    best = Candidate(window.strip("，,、：: "), hit, score, coverage, typed, anchored)
            if best is not None:
                scored.append(best)
    scored.sort(key=lambda c: (-c.score, c.hit.rank))
    return scored


def select_sentences(ranked: list[Candidate], profile: QueryProfile) -> list[Candidate]:
    """The lead sentence and the few that add to it; list questions gather across chunks."""
    if not ranked:
        return []
    in_section = [c for c in ranked if _in_section(c.hit, profile)]
    ranked = in_section or ranked  # "存在哪些问题": the problems section's sentences, where it was retrieved
    best = ranked[0].score
    limit, floor = (MAX_LIST_SENTENCES, 0.6) if profile.wants_list else (MAX_SENTENCES, 0.8)
    chosen: list[Candidate] = []
    for candidate in ranked:
        if len(chosen) >= limit or candidate.score < best * floor:
            break
        if any(candidate.text in c.text or c.text in candidate.text for c in chosen):
            continue
        chosen.append(candidate)
    return chosen


# ------------------------------------------------------------ composing the answer

LIST_CANDIDATES = 5
LIST_RATIO = 0.7  # a list is read from sentences scoring at least this share of the best one
LIST_BEFORE, LIST_AFTER = 400, 900  # how far into the neighbouring text of the article a list is followed
MIN_ITEM_CHARS = 2  # a list half of whose items are single ordinal characters lists ranks or ordinals
_ORDINAL_CHARS = frozenset("一二三四五六七八九十百甲乙丙丁戊上中下前后左右东南西北正副初高大小")
MIN_LIST_ITEMS = 3  # "学费、生活费" is a phrase more often than the list a "哪些" question asks for
LIST_NEAR = 200  # a list this many characters after a sentence still belongs to it ("…赛事。此次分为：…")
_ITEM_PRIOR = 0.05  # a longer list is likelier the one asked about than a pair inside a phrase
_GAP_COST = 0.001
_CATEGORY_BONUS = 0.5  # the list names what the question asks for ("哪些培训" and "…等培训")
CATEGORY_AFTER = 12
LIST_REST_CHARS = 30  # how much of the sentence after a list's last item says what the list did
_ENDS_SENTENCE = "。！？!?；;…"


@dataclass
class _Citer:
    """Numbers the cited chunks [1], [2]… in order of first use, one Citation per chunk."""

    citations: list[Citation] = field(default_factory=list)

    def cite(self, hit: Hit, quote: str, span: tuple[int, int] | None = None) -> str:
        for citation in self.citations:
            if citation.hit.chunk_id == hit.chunk_id:
                return f"[{citation.n}]"
        n = len(self.citations) + 1
        self.citations.append(Citation(n, hit, quote, span or _article_span(hit, quote)))
        return f"[{n}]"


def _article_span(hit: Hit, quote: str) -> tuple[int, int] | None:
    start, found = hit.metadata.get("start"), hit.text.find(quote)
    if not isinstance(start, int) or found < 0:
        return None
    return start + found, start + found + len(quote)


def opening(text: str, profile: QueryProfile) -> str:
    """The sentence from its first clause that answers: for a figure or a name, leading clauses
    holding neither it nor a question word ("为丰富职工生活，") are dropped, the rest kept verbatim."""
    if not _asks_type(profile):
        return text
    clauses = _OPENING_CLAUSE.findall(text)
    for i, clause in enumerate(clauses):
        if _has_answer_type(clause, profile) or any(term in clause for term in profile.weights) or _asked_figure(clause, profile):
            return "".join(clauses[i:])
    return text


def _asked_figure(clause: str, profile: QueryProfile) -> bool:
    """The clause holds a figure in the measure asked ("筹措资金6万余元" for "花了多少钱"): the
    sentence's figure, though the clause says none of the question's words."""
    return profile.wants_number and bool(profile.measures) and any(
        any(unit in f.text for unit in profile.measures) for f in figures(clause))


def attributed(label: str, text: str) -> str:
    """"单位：事实" — whose fact it is, first (not repeated when the text already opens with it)."""
    return text if text.startswith(label) else f"{label}：{text}"


def _sentence(text: str) -> str:
    return text if text[-1] in _ENDS_SENTENCE else text + "。"


def _sentence_lines(ranked: list[Candidate], profile: QueryProfile, citer: _Citer) -> list[str]:
    """The chosen sentences, one line per article, each line opening with whose they are."""
    by_doc: dict[str, list[Candidate]] = {}
    for candidate in select_sentences(ranked, profile):
        by_doc.setdefault(candidate.hit.doc_id, []).append(candidate)
    labels = distinct_labels([chosen[0] for chosen in by_doc.values()])
    lines = []
    for doc_id, chosen in by_doc.items():
        body = "".join(_sentence(opening(c.text, profile)) + citer.cite(c.hit, c.text) for c in chosen)
        lines.append(attributed(labels[doc_id], body))
    return lines


def _part_lines(parts: list[Part], profile: QueryProfile, citer: _Citer) -> list[str]:
    """One line per subject the question set side by side, each from its own retrieval (another
    article than the subjects before it where there is one), with the article's next-best
    sentence when it scores nearly as well; a subject with nothing says so. A subject asking what
    its quoted slogan means ("社区工会的“三有”") is answered with the slogan's meaning."""
    docs: list[DocAnswer] = []
    lines: list[str] = []
    for part in parts:
        terms = tuple(asked_terms(part.subject))
        defined = terms and _definition_lines(part.ranked, replace(profile, defined=terms), {}, citer)
        if defined:
            lines += defined
            continue
        used = {d.doc_id for d in docs}
        asked = part.profile or profile
        typed = [c for c in part.ranked if c.has_answer_type] if asked.wants_number else []
        ranked = typed or part.ranked  # "多少" is answered by a sentence with a figure where there is one
        chosen = next((c for c in ranked if c.hit.doc_id not in used), ranked[0] if ranked else None)
        if chosen is None:
            lines.append(f"{part.name or part.subject}：资料中没有找到相关内容。")
            continue
        if any(chosen.text in d.candidate.text or d.candidate.text in chosen.text for d in docs):
            continue  # an earlier subject's line said this sentence already ("男职工120人、女职工80人")
        label = subject_label(part.name, unit_label(chosen))
        docs.append(DocAnswer(chosen.hit.doc_id, label, chosen, answering_figure(chosen.text, asked)))
        said = article_sentences(chosen, ranked, PART_RATIO, PART_SENTENCES)
        lines.append(attributed(label, "".join(_sentence(opening(c.text, asked)) + citer.cite(c.hit, c.text) for c in said)))
    return lines + _comparison_lines(docs, profile, citer)


def _said_topic(question: str, weights: dict[str, float]) -> tuple[str, ...]:
    """For "哪几份…提到了X": the words of X, heaviest first; each answering article must say one
    of them (which one, aggregate.said_word decides on the articles found)."""
    found = _WHICH_SAY.search(question)
    if not found:
        return ()
    after = question[found.end("verb"):]
    years = tuple(dict.fromkeys(re.findall(r"(?:19|20)\d\d年", after)))  # "哪两份写的是2005年的…": the year marks them
    return years + tuple(sorted((w for w in weights if w in after), key=lambda w: -weights[w]))


def _per_document_lines(ranked: list[Candidate], profile: QueryProfile, citer: _Citer) -> list[str]:
    """One line per article with its figure or sentence (an article fitting nearly as well as the
    best also gets its next-best sentence when it scores nearly as well); then which is largest,
    or whether two agree."""
    docs = per_document(ranked, profile)
    if len(docs) < 2:
        return []
    typed = [c for c in ranked if c.has_answer_type] if profile.wants_number else ranked
    strong = docs[0].candidate.score * PART_RATIO  # only the best-fitting articles say more than one sentence
    lines = []
    for d in docs:
        said = article_sentences(d.candidate, typed, PART_RATIO, PART_SENTENCES if d.candidate.score >= strong else 1)
        lines.append(attributed(d.label, "".join(_sentence(opening(c.text, profile)) + citer.cite(c.hit, c.text) for c in said)))
    return lines + _comparison_lines(docs, profile, citer)


def _comparison_lines(docs: list[DocAnswer], profile: QueryProfile, citer: _Citer) -> list[str]:
    """Which article's figure is largest (or smallest), or whether two articles' figures agree."""
    lines: list[str] = []
    if profile.compare in ("most", "least"):
        top = extreme(docs, profile.compare)
        if top and top.figure:
            word = "最多" if profile.compare == "most" else "最少"
            lines.append(f"其中{top.label}{word}：{top.figure.text}{citer.cite(top.candidate.hit, top.candidate.text)}")
    elif profile.compare == "versus":
        agree = versions_agree(docs)
        if agree is not None:
            a, b = comparable(docs)
            sides = "，".join(f"{d.label}{d.figure.text if d.figure else ''}{citer.cite(d.candidate.hit, d.candidate.text)}"
                              for d in (a, b))
            lines.append(f"两份资料的数字{'一致' if agree else '不一致'}：{sides}")
    return lines


def _surroundings(candidate: Candidate, articles: dict[str, str]) -> tuple[str, int, int, int]:
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


def _names_category(enumeration: Enumeration, window: str, profile: QueryProfile) -> bool:
    """The list says what its items are, as the question does: its lead or the words right after
    it hold the category's last two characters ("…美容美发等培训" for 技能培训), or its items end
    as the category does, or half of them say it. One item that holds the word ("各单位工会主席")
    does not make a list of units."""
    if not profile.category:
        return False
    if len(profile.category) == 1:  # "哪几个队": only the items can say it, all ending with it
        return all(item.endswith(profile.category) for item in enumeration.items)
    if profile.category in _GENERIC:  # "哪些工作": "…等工作" says it, or every item ends with it; not one item
        return (profile.category in _opening_clause(enumeration.lead) + _after_items(enumeration, window)[:CATEGORY_AFTER]
                or all(item.endswith(profile.category) for item in enumeration.items))
    said = (_opening_clause(enumeration.lead) + _after_items(enumeration, window)[:CATEGORY_AFTER]
            + window[max(enumeration.start, enumeration.end - CATEGORY_AFTER) : enumeration.end + CATEGORY_AFTER])
    if profile.category[-2:] in said:
        return True
    if 2 * sum(profile.category[-2:] in item for item in enumeration.items) >= len(enumeration.items):
        return True  # "甲有限公司户外劳动者、乙公司…": half its items say the category
    # "哪些权利" and "参与管理权、劳动权、学习权": the items end with the category's head character
    ends = [item[-1] for item in enumeration.items if item]
    common = max(set(ends), key=ends.count) if ends else ""
    return bool(common) and 3 * ends.count(common) >= 2 * len(ends) and common in profile.category


def _items_end_as_category(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """Two thirds of the items, two at least, end with what is asked for ("…营销知识培训班、…上岗培训班"
    for "哪些培训班"): each names one of them, a stronger sign than a lead that says the word once."""
    head = profile.category[-3:] if len(profile.category) >= 3 else profile.category
    ending = sum(item.endswith(head) for item in enumeration.items)
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
    words = [w for w in profile.weights if len(w) >= 2 and w not in _GENERIC and w not in profile.category
             and not any(w in unit for unit in profile.units)]
    if not words or not enumeration.items:
        return 0.0
    return sum(any(w in item for w in words) for item in enumeration.items) / len(enumeration.items)


LEAD_CLAUSE_CHARS = 6


def _opening_clause(lead: str) -> str:
    """The clause of a list's lead that opens it ("…田径类和趣味类，…男子组包括": 男子组包括), with
    the clause before when it is only a connective ("开展庆“三八”活动，如组织")."""
    clauses = re.split(r"[，,；;]", lead)
    last = clauses[-1]
    return clauses[-2] + last if len(last) <= LEAD_CLAUSE_CHARS and len(clauses) > 1 else last


def _list_coverage(enumeration: Enumeration, profile: QueryProfile, window: str = "") -> float:
    """The share of the question its lead, items and the rest of its sentence say ("组织部、财务部
    的同志依次汇报了工作"), without the unit's name: every list of the unit's report is its own
    ("《青松煤矿广播方案》，提升了…" says 青松煤矿 and is not what "青松煤矿工会要建成哪几个之家" asks)."""
    naming = _naming_words(profile)
    asked = replace(profile, weights={w: v for w, v in profile.weights.items() if w not in naming}) if naming else profile
    lead = _opening_clause(enumeration.lead)
    return _coverage(lead + "".join(enumeration.items) + _after_items(enumeration, window), "", "",
                     asked if asked.weights else profile)


def _after_items(enumeration: Enumeration, window: str) -> str:
    """The rest of the sentence after the list's last item ("…东区分公司三家单位介绍了…经验"):
    what the items are and what they did, which the run's tail (count, 等) was cut from."""
    last = window.rfind(enumeration.items[-1], enumeration.start, enumeration.end) if enumeration.items else -1
    after = last + len(enumeration.items[-1]) if last >= 0 else enumeration.end
    rest = re.sub(r"^[。！？!?]?[”」』]", "", window[after : after + LIST_REST_CHARS])  # a quoted list's close goes on
    return re.split(r"[。！？!?；;，,\n]", rest)[0]


def _list_score(enumeration: Enumeration, start: int, end: int, profile: QueryProfile, window: str = "") -> float | None:
    """How well a list near a sentence answers: its lead and items cover the question, it has
    the number of items asked for (or, failing that, more items), and it is close; None when it
    is neither in the sentence nor shortly after it, or shorter than asked."""
    # "…提质增效。”等两方面出发": a sentence that opens with 等 right after a list's close is about that list
    closed_before = 0 <= start - enumeration.end <= 3 and bool(re.match(r"[。”」』]*等", window[enumeration.end : end]))
    overlaps = (enumeration.start <= end and enumeration.end >= start) or closed_before
    gap = enumeration.start - end
    if not overlaps and not 0 <= gap <= LIST_NEAR:
        return None
    if len(enumeration.items) < (profile.count or MIN_LIST_ITEMS) and not _short_but_whole(enumeration, window):
        return None
    if 2 * sum(len(item) < MIN_ITEM_CHARS and item in _ORDINAL_CHARS for item in enumeration.items) >= len(enumeration.items):
        return None  # "获得一、二、三等奖" names ranks, not the things asked for ("粽子、米和油" are things)
    if _holds_the_sentence(enumeration, start, end, window):
        return None
    if _names_the_quoted(enumeration, profile):
        return None
    score = _list_coverage(enumeration, profile, window)
    score -= _ECHO_COST * _echoed_share(enumeration, profile)
    score += 1.0 if profile.count == len(enumeration.items) else _ITEM_PRIOR * min(len(enumeration.items), 6)
    score += _CATEGORY_BONUS if _names_category(enumeration, window, profile) else 0.0
    score += _CATEGORY_BONUS if _items_end_as_category(enumeration, profile) else 0.0
    score += _CATEGORY_BONUS if _announces_count(enumeration, profile) else 0.0
    return score - (0.0 if overlaps else _GAP_COST * gap)


_COUNTED_IN_LEAD = re.compile(r"([一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:个|项|点|条|类|种|件|大|方面)")


def _announces_count(enumeration: Enumeration, profile: QueryProfile) -> bool:
    """The words just before the list announce it by the count asked and it has that many items
    ("提出三点希望和要求：一是…二是…三是…" for "提了哪三点要求")."""
    if not profile.count or len(enumeration.items) != profile.count:
        return False
    said = _COUNTED_IN_LEAD.findall(_opening_clause(enumeration.lead))
    return any(ordinal_value(numeral) == profile.count for numeral in said)


UNRELATED_LIST = 0.1  # tuning material: 0.1 and 0.2 each gained one list and lost none


def _unrelated(enumeration: Enumeration, start: int, end: int, profile: QueryProfile, window: str) -> bool:
    """A list after the sentence that says almost nothing the question asks (under UNRELATED_LIST
    of its weight), not its category and not the count asked: "…前往越南和老挝旅游。…中学、…中学、
    卫生院开展了篮球友谊赛" may not be what "去了哪些国家" asks; the sentence may answer on its own."""
    follows = not (enumeration.start <= end and enumeration.end >= start)
    return (follows and _list_coverage(enumeration, profile, window) < UNRELATED_LIST
            and not _names_category(enumeration, window, profile) and profile.count != len(enumeration.items))


def best_list(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str]) -> tuple[Candidate, Enumeration, int] | None:
    """The list that answers: in or shortly after one of the best sentences (in the article, so
    past the chunk's end), scored by `_list_score`. Returns the sentence, the list and the
    list's offset in the article."""
    if not ranked:
        return None
    best: tuple[float, Candidate, Enumeration, int] | None = None
    for candidate in [c for c in ranked[:LIST_CANDIDATES] if c.score >= ranked[0].score * LIST_RATIO]:
        window, offset, start, end = _surroundings(candidate, articles)
        for enumeration in find_enumerations(window):
            fit = _list_score(enumeration, start, end, profile, window)
            if fit is not None and (best is None or candidate.score + fit > best[0]):
                best = (candidate.score + fit, candidate, enumeration, offset)
    return best[1:] if best else None


def _list_lines(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str], citer: _Citer) -> list[str]:
    """A list question answered with the items of the list, whole, and whose list it is; the
    sentence before it comes first when the list is `_unrelated` (either may be the answer)."""
    found = best_list(ranked, profile, articles)
    if found is None:
        return []
    candidate, enumeration, offset = found
    span = (offset + enumeration.start, offset + enumeration.end) if offset or articles.get(candidate.hit.doc_id) else None
    label = unit_label(candidate)
    listed = attributed(label, _sentence(enumeration.text)) + citer.cite(candidate.hit, candidate.text, span)
    window, _, start, end = _surroundings(candidate, articles)
    if _unrelated(enumeration, start, end, profile, window) or _quote_left_behind(candidate, enumeration, profile, window[end:]):
        return [attributed(label, _sentence(candidate.text)) + citer.cite(candidate.hit, candidate.text), listed]
    return [listed]


DEFINITION_CANDIDATES = 10  # how many of the best sentences' surroundings are searched for a slogan's meaning


def _definition_lines(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str], citer: _Citer) -> list[str]:
    """"“三有”指什么": each quoted slogan with the words that spell it out after it in the text,
    from the surroundings of the best sentences; a slogan not spelled out there says so.
    [] when none is, so that the question is answered as any other."""
    lines, found = [], False
    for term in profile.defined:
        for candidate in ranked[:DEFINITION_CANDIDATES]:
            window, offset, _, _ = _surroundings(candidate, articles)
            span = definition_span(window, term)
            if span is None:
                continue
            meaning = window[span[0] : span[1]]
            at = (offset + span[0], offset + span[1]) if articles.get(candidate.hit.doc_id) else None
            lines.append(attributed(unit_label(candidate), f"“{term}”指：{_sentence(meaning)}") + citer.cite(candidate.hit, candidate.text, at))
            found = True
            break
        else:
            lines.append(f"“{term}”：资料中没有找到它具体指什么。")
    return lines if found else []


def compose_answer(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str] | None = None,
                   parts: list[Part] | None = None) -> tuple[list[str], list[Citation]]:
    """The extractive answer as lines (joined, they are the answer text) and its citations.

    Questions about several articles get one line per article (and which is largest); list
    questions get the list's items, unless they ask for figures ("分别给多少"), which sit in
    sentences; others get the best sentences. `parts` (one per subject of "A和B各…", each
    retrieved on its own) give one line per subject. Every line opens with whose fact
    it is and ends with its [n]. `ranked` is `candidates(...)`; `articles` (doc id -> clean text)
    lets a list be followed past the end of its chunk.
    """
    citer = _Citer()
    lines = (
        (parts and _part_lines(parts, profile, citer))
        or (profile.defined and _definition_lines(ranked, profile, articles or {}, citer))
        or (profile.per_document and _per_document_lines(ranked, profile, citer))
        or (profile.wants_list and not profile.wants_number and not profile.section
            and _list_lines(ranked, profile, articles or {}, citer))
        or _sentence_lines(ranked, profile, citer)
    )
    return [line if i == 0 else "\n" + line for i, line in enumerate(lines)], citer.citations
