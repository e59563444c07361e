"""Persons in text: a name with its title ("苏望舒副主席", "总经理柳云舟") as the tagger cuts it,
and whether a sentence names people doing something, not only counts them.
"""

from __future__ import annotations

import itertools
import re

from ingest.gazetteer import is_area_name
from vectorstore.lexical import tagged, tokenize

TITLES = ("主任医师|主席|书记|老师|教师|校长|局长|厂长|经理|主任|委员|部长|处长|科长|院长|会长|秘书长|所长|站长|组长|队长|会计|出纳|干事|行长|园长|馆长"
           "|董事长|理事长|总裁|总监|监事|场长|矿长|社长|团长|镇长|乡长|县长|区长|市长|村长|常委|董事|理事"
           "|调研员|巡视员|科员"  # civil-service ranks (四级调研员龙剑桥)
           "|教授|研究员")  # and a scholar's titles before a name (教授钟红秀)
# "谁授予的", "谁主办的": a body gives and holds as often as a person does, so no person is required
# people told of by kin or lot, not by a post: the one asked is named as such ("工人王建国", "妻子李淑芬"), never by
# whoever else the sentence names ("副主席李明把助学金送到孩子手中")
KIN_OR_LOT = "工人|农民工|妻子|丈夫|爱人|父亲|母亲|儿子|女儿|孩子|家属|老人|患者|死者|师傅|女士|先生"
WANTS_PERSON = re.compile(r"(?<![跟和与同])(?<!领导)(?<!上级)(?<!单位)(?<!部门)(?<!组织)(?<!领导分别是)(?<!上级分别是)(?<!单位分别是)(?<!领导是)(?<!上级是)(?<!单位是)谁(?!授予|颁发|颁的|主办|举办|承办|发起|表彰|命名|批准|资助|出资)|是哪位|哪位|哪几位|哪(?:几|[二三四五六七八九十两\d]{1,2})(?:个人(?![群民才员口])|名(?:选手|职工|员工|同志)?)(?![^，,。？?]{0,6}(?:单位|部门|公司|队|组))|哪些(?:领导|嘉宾|同志)(?!班子|小组|单位|部门)|哪些人(?![群民才员口士事大性文身力])|"
                           rf"(?:学生|同志|职工|老师|教师|劳模|代表|女工|干部|人|{TITLES})叫什么名字"
                           rf"|(?:{TITLES})(?:的名字)?叫什么"  # "工会主席叫什么": a person's name, not a title in quotes
                           r"|(?:记者|通讯员|作者|摄影|撰稿人)(?:的名字)?叫什么"  # who wrote the report, as its byline says
                           # "那位困难职工叫什么": 位 counts people only (not "那位劳模领衔的工作室叫什么")
                           r"|[那这]位[^，,。；;？?的]{1,10}?叫什么(?:名字)?(?=[？?。！!]|$)"
                           # "劳模护士叫什么", "获奖选手叫什么": a noun of a person named (not "智能助手", "规模")
                           r"|(?:[员士师]|专家|选手|劳模|工匠|职工|同志|干部|志愿者|获奖者|参赛者"
                           # a person told of by kin or lot ("离世的工人叫什么", "他的妻子叫什么名字")
                           rf"|{KIN_OR_LOT})(?:的名字)?叫什么(?:名字)?(?=[？?。！!]|$)"
                           r"|姓什么|姓啥|贵姓")  # "那位保安员姓什么": the person, as the text calls them ("许师傅")
# the commonest surnames: a short word opening with one, that no dictionary knows, is likely a name ("余早红")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤佘易施"
)
# the next hundred by how many bear them ("俞杨"): they open everyday words more often ("苗圃", "艾灸", "乔迁", which the
# tagger calls names), so a word opening with one is a name only when the dictionary does not hold it at all
MORE_SURNAMES = "俞倪殷毕傅齐伍穆萧祁纪舒屈项祝阮蓝季童颜梅骆樊凌霍虞柯裴翁洪邢储靳焦甘詹卓蒙乔翟桂牛庄晏柴瞿阎艾耿匡聂辛饶鞠岑滕卞苗鲁葛褚章邬蔺娄"
# a name with its title, or the first of a counted group of people ("周明远等8名劳模")
# The two or three characters before a title are no name when they end an organisation or a rank
# ("新任工会主席", "党委书记", "副校长"); those after one are none when they start a verb phrase
# ("主席亲自…", "主任在会上…").
# "…中心主任" is a post, no name; nor is "常务/专职/名誉副主席" (a kind of post)
_NOT_NAME_END = "会委部局厂司院校处科室站所组队任副总级届团支群心办厅区县市镇乡馆务职誉场工"
_NOT_NAME_START = "的在和与及为是对等作率亲到向把被将从一要也都就还又已兼会第所"
_TITLE_BEFORE_NAME = rf"(?:{TITLES}|特级教师|同学)"
_TITLE_AFTER = rf"(?:同志|同学|{TITLES})"
TITLE_AFTER_NAME = re.compile(rf"{_TITLE_AFTER}$")
_COUNTED_GROUP = r"等[\d一二三四五六七八九十百]+[名位人]"
PERSON = re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?<![{_NOT_NAME_END}])副?总?{_TITLE_AFTER}(?!会)"  # "审查委员会" is a body
                     rf"|{_TITLE_BEFORE_NAME}[:：]?\s*(?![{_NOT_NAME_START}])[\u4e00-\u9fff]{{2,3}}"  # "主席：庄毅群", a profile's field
                     rf"|[\u4e00-\u9fff]{{2,3}}{_COUNTED_GROUP}"
                     # "许师傅说", "王阿姨": a surname with the everyday word for an elder or master, as news calls a worker
                     # (not one looked up to: "向师傅学习")
                     rf"|(?<![\u4e00-\u9fff])[{SURNAMES}{MORE_SURNAMES}](?:师傅|阿姨|大姐|大哥|大爷|大妈|老师)(?!学习|请教|致敬)"
                     rf"|(?<=[员工人民长手兵机哥])[{SURNAMES}{MORE_SURNAMES}](?:师傅|阿姨|大姐|大哥|大爷|大妈)(?!学习|请教|致敬)")
_TITLE_FIRST = re.compile(_TITLE_BEFORE_NAME)  # "总经理郑晓松": the title may end a longer word, the name after it starts one
_TITLE_AROUND = re.compile(rf"^{_TITLE_BEFORE_NAME}[:：]?\s*|副?总?{_TITLE_AFTER}$|{_COUNTED_GROUP}$")


def asks_who(question: str) -> bool:
    """The question asks for a person ("是谁说…", "主席叫什么名字")."""
    return bool(WANTS_PERSON.search(question))


def person_named(text: str) -> str | None:
    """The first person a text names, without the title around the name ("苏望舒副主席" -> 苏望舒)."""
    found = titled_person(text)
    return _TITLE_AROUND.sub("", found) if found else None


def titled_person(text: str) -> str | None:
    """The first name with its title where both are whole words as the tagger cuts the text: no
    person "体职工干事" in "全体职工干事创业" (体 ends 全体), "白鹭集团长期…" holds no 团长, "城市长效"
    no 市长. A match refused is tried again one character on ("慰问李明主席": 问李明 is not, 李明 is)."""
    position = 0
    while (match := PERSON.search(text, position)) is not None:
        first = _TITLE_FIRST.match(match.group(0))
        after = None if first else TITLE_AFTER_NAME.search(match.group(0))
        if first:  # "总经理柳云舟": the title may end a longer word; the name after it starts and ends one
            name_start = match.start() + len(match.group(0)) - len(match.group(0)[first.end():].lstrip("：: "))
            if not _runs_on(text, name_start) or _title_runs_into_name(text, name_start):
                for end in (match.end(), match.end() - 1):  # "王丽主持": a name of two, not 王丽主
                    # "干事创业的积极性": a particle ends no name, and the word before it is a common one
                    if (end - name_start >= 2 and not _runs_on(text, end) and text[end - 1] not in "的了着"
                            and not common_word(text[name_start:end])
                            and not _opens_with_common_word(text, name_start, end) and not _joined_title(text[name_start:end])):
                        return text[match.start() : end]
        elif after:
            title_start = match.start() + after.start()
            name = text[match.start() : title_start]
            post_start = title_start
            for prefix in "总副":  # "冯德刚副厂长", "任某副总经理": the post's word may start at 副 (or 总)
                if name.endswith(prefix):
                    name, post_start = name[:-1], post_start - 1
            # the tagger cuts the post at its title ("王永和副/主席"), or takes 副 into it ("冯德刚/副厂长"): then only a
            # name as names look stands before it ("由主管副厂长", "任命为副厂长" hold none)
            boundaries = [title_start] + ([post_start] if post_start != title_start and (looks_like_name(name) or _tagged_name(name)) else [])
            bounded = any(not any(_runs_on(text, at) for at in (match.start(), boundary, match.end())) for boundary in boundaries)
            # "主席及委员", "主任和委员": two titles joined, no name before the second
            # "选举产生了主席和副主席": a particle in it ("产生了") says it is a phrase, no name
            if (bounded and not common_word(name) and not _joined_title(name) and name[-1:] not in "的了着"
                    and not _opens_with_common_word(text, match.start(), match.start() + len(name))):  # "选举出主席"
                return match.group(0)
        elif not _runs_on(text, match.start()):  # "周明远等8名劳模"
            return match.group(0)
        position = match.start() + 1
    return None


def _tagged_name(word: str) -> bool:
    """The tagger reads the word as one person's name ("艾棣")."""
    words = tagged(word)
    return len(words) == 1 and words[0][1].startswith("nr")


def _joined_title(name: str) -> bool:
    """"主席及委员", "主任和委员": two titles joined, no name ("王永和主席" and "和晓燕" are names)."""
    return bool(_TITLE_FIRST.search(name))


def looks_like_name(word: str) -> bool:
    """A two- or three-character word opening with a common surname that the tagger cannot read as
    one word of its dictionary, or reads as a name ("余早红", "刘庭健"; not "方面", "高温慰问")."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", word) or common_word(word) or is_area_name(word):
        return False  # "毛巾", "汤圆": words the dictionary knows well; "滕州": a place
    if word[0] not in SURNAMES and not (word[0] in MORE_SURNAMES and word_frequency(word) is None):
        return False
    words = tagged(word)
    return not (len(words) == 1 and words[0][1] != "nr") and not any(len(w) >= 2 and flag != "nr" for w, flag in words)


PEOPLE = re.compile(r"会员|职工|员工|人|学生|儿童|劳模|代表|干部|教师|女工|农民工|党员|志愿者|劳动者|司机|骑手|快递员")


def _title_runs_into_name(text: str, name_start: int) -> bool:
    """"主任何小莹": the tagger joins the title's last character and the surname into a word ("主/任何/小莹"); read
    alone, the name is one (何小莹), so the title ends where the name starts."""
    running = word_running_on(text, name_start)
    if not running or not text.startswith(running, name_start - 1):
        return False
    first = tagged(text[name_start : name_start + 8])[:1]
    return bool(first) and first[0][1] == "nr" and 2 <= len(first[0][0]) <= 3


def _runs_on(text: str, end: int) -> bool:
    """A word of the text (as the tagger cuts it) starts before `end` and runs on past it."""
    return bool(word_running_on(text, end))


def word_running_on(text: str, end: int) -> str:
    """The word of the text (as the tagger cuts it) that starts before `end` and runs on past it; "" if none."""
    position = 0
    for word, _ in tagged(text):
        if position < end < position + len(word):
            return word
        position += len(word)
        if position >= end:
            return ""
    return ""


_NAME_JOINS = frozenset("、和及与")
# ("钟小坚任工会主席": 任 before a post is holding it)
_WINNING = re.compile(r"^(?:获得|荣获|包揽|夺得|摘得|当选|担任|获评|被?评为|被?评选为|入选|被授予|分别获得"
                      r"|任[\u4e00-\u9fff]{0,6}?(?:主席|主任|书记|委员|会长|组长|队长|干事))")


# "选举赵明远为…主席", "推选李红同志为…": whoever an election or appointment makes something, however the tagger cuts the name
_ELECTED = re.compile(r"(?:选举|推选|选出|任命|聘任|聘请|增补|同意)(?:产生)?了?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?为"
                      r"(?![^，,。；;]{0,24}候选人)")  # "同意刘某为…候选人": a candidate, not elected
# "聘请了…宾馆副总经理，…星评员叶萌等为总评委": the one appointed, named last of a long description
_APPOINTED_AFTER = re.compile(rf"(?:聘请|聘任|邀请|任命)了?[^。；;]{{2,40}}?(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:同志)?等?为")


# "徐庆林个人一等奖": a line of an honours list, a name and what it won
# (not a place's, a team's or a shop's: "白沙镇一等奖", "金湖队冠军", "万达店一等奖")
_NAME_AND_PRIZE = re.compile(r"(?:^|(?<=[，,、；;：:\s]))(?P<name>[\u4e00-\u9fff]{2,3}?)(?<![镇乡村区县市队店站厂院校组部所局馆社])(?:同志)?(?:个人|团体)?"
                             r"(?:[一二三四五六七八九十\d]等奖|特等奖|优秀奖|冠军|亚军|季军)", re.MULTILINE)


# "西餐宴会摆台一等奖获得者套娃酒店曹海霞、…": a winner named after the prize, maybe after the body they are of
_WINNER_NAMED = re.compile(r"(?:获得者|得主|获奖者)[:：]?[\u4e00-\u9fff]{0,8}?(?P<name>[\u4e00-\u9fff]{2,3})(?=[、，,；;。]|为|和|及|$)")


# "选举产生胡某为工会主席，倪某为副主席，陈某为经审会主任": the election goes on, clause by clause, to the sentence's end
_ELECTED_NEXT = re.compile(rf"[^，,。；;！!？?]{{0,24}}[，,；;](?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:同志)?为"
                           rf"(?![^，,。；;]{{0,24}}候选人)(?=[^，,。；;]{{0,16}}?(?:{TITLES}|委员|成员|代表|人)(?:[（(][^）)]{{1,4}}[）)])?(?:[，,。；;]|$))")


def elected_names(text: str) -> list[tuple[int, int]]:
    """Where each name an election or appointment makes something stands ("选举产生了韩某为工会主席", and each
    name the same election makes something after it, one clause each)."""
    found = [*_ELECTED.finditer(text), *_APPOINTED_AFTER.finditer(text)]
    for first in _ELECTED.finditer(text):
        position = first.end()
        while (more := _ELECTED_NEXT.match(text, position)) is not None:
            found.append(more)
            position = more.end()
    # a rarer surname ("泮红") where the tagger reads the whole as a person's name
    return [match.span("name") for match in found
            if (match.group("name")[0] in SURNAMES or tagged(match.group("name")) == [(match.group("name"), "nr")])
            and not common_word(match.group("name"))]


def people_named(text: str, units: tuple[str, ...] = ()) -> bool:
    """Persons named without a title ("邱岩和孟园包揽了…", "罗清、邢明分别获得…"): names the
    tagger knows, two of them joined, one right before what it won or became, or one elected to a post."""
    import jieba.posseg

    if elected_names(text) or any(found.group("name")[0] in SURNAMES and not common_word(found.group("name"))
                                  for found in (*_NAME_AND_PRIZE.finditer(text), *_WINNER_NAMED.finditer(text))):
        return True

    tokenize("")  # the shared jieba, initialised once
    words = jieba.posseg.lcut(text)
    for i, word in enumerate(words):
        if _name_doing(words, i) and not _names_body(word.word, text, units):
            return True
        if not (word.flag == "nr" and 2 <= len(word.word) <= 3):
            continue
        if _WINNING.match("".join(w.word for w in words[i + 1 : i + 3])) or _wins_in_clause(words, i):
            return True
        if _in_apposition(words, i):
            return True
        if i + 2 < len(words) and words[i + 1].word in _NAME_JOINS and words[i + 2].flag == "nr":
            return True
    return False


_WON_IN_CLAUSE = re.compile(r"获得|荣获|夺得|摘得|获评|被评为")


def _wins_in_clause(words: list, i: int) -> bool:
    """"抚顺石化许竞丹以…总分第一的优势夺得水质分析状元": a name opening its clause, or right after its body's name,
    is who won what the clause goes on to say was won."""
    opens = i == 0 or words[i - 1].word in "，,、；;：:。" or words[i - 1].flag in ("ns", "nt", "j")
    clause = "".join(w.word for w in itertools.takewhile(lambda w: w.word not in "，,。；;", words[i + 1 :]))
    return opens and not common_word(words[i].word) and _WON_IN_CLAUSE.search(clause) is not None


def _in_apposition(words: list, i: int) -> bool:
    """"…——院退休干部夏美钟。": a name right after the kind of person it is, closing its clause."""
    closes = i + 1 == len(words) or not re.match(r"[\u4e00-\u9fff]", words[i + 1].word)
    return (i > 0 and closes and re.search(rf"(?:{PEOPLE.pattern})$", words[i - 1].word) is not None
            and not common_word(words[i].word))


COMMON_WORD_FREQ = 50  # jieba's dictionary counts 关怀 697, 向阳 671, 金秋 178; names it knows, 王小明 3


_BODY_AFTER = r"[\u4e00-\u9fff]{0,4}?(?:公司|集团|工会|局|厂|院|校|中心|站|所|协会|社区|街道)"


def _names_body(name: str, text: str, units: tuple[str, ...]) -> bool:
    """"白鹭组织了…" in a report on 白鹭公司: a word of the question (a person asked for is not in
    it), or the short name of a body the text names, not a person."""
    return any(name in unit for unit in units) or re.search(re.escape(name) + _BODY_AFTER, text) is not None


def word_frequency(word: str) -> int | None:
    """How often the dictionary counts the word; None when it does not hold it."""
    import jieba

    tokenize("")  # the shared jieba, initialised once
    return jieba.dt.FREQ.get(word)


_AFTER_A_VERB = "到了过着在入出进上下来去向给"


def _opens_with_common_word(text: str, start: int, end: int) -> bool:
    """"主席深入到基层": three characters after a title that open with a common verb the tagger cuts whole (深入)
    are that verb and what follows it, not a name ("高峰华": a name may open with a common noun)."""
    if end - start != 3 or text[start + 2] not in _AFTER_A_VERB or _runs_on(text, start + 2) or not common_word(text[start : start + 2]):
        return False  # (a verb's complement after it, "深入到", "来到了"; "关爱民", "安定邦" are names)
    first = tagged(text[start : start + 3])[:1]
    return bool(first) and first[0][0] == text[start : start + 2] and first[0][1].startswith("v")


_NOT_A_SURNAME = ("p", "c", "u", "d", "r", "f", "m")  # a preposition, conjunction, particle, adverb… opens no name


def named_after_noun(text: str, noun: str) -> bool:
    """"劳模祝星星、星级员工…", "全国劳模沈立新作交流发言": a person's name right after a noun of people; not a
    common word ("代表万众一心", "女工龙凤呈祥刺绣" name nobody)."""
    for found in re.finditer(rf"{re.escape(noun)}([\u4e00-\u9fff]{{2,3}})", text):
        # the name ends where the tagger ends a word, or the tagger reads a surname there ("沈/立新/作"): "代表向/大会
        # 提交" holds no 向大; and it opens with no common word ("龙凤呈祥", "万众一心")
        words = tagged(text[found.start(1) : found.start(1) + 8])
        ends = set(itertools.accumulate(len(word) for word, _ in words))
        surname = bool(words) and words[0][1].startswith("nr") and len(words[0][0]) == 1
        if common_word(found.group(1)[:2]) or (words and len(words[0][0]) == 1 and words[0][1].startswith(_NOT_A_SURNAME)):
            continue  # "代表向/大会": a preposition there, no surname
        if any((len(cut) in ends or surname or len(cut) + 1 in ends) and looks_like_name(cut) and not common_word(cut)
               for cut in (found.group(1), found.group(1)[:2])):  # "祝/星海、": the tagger's word may hold the given name
            return True
    return False


def common_word(name: str) -> bool:
    """A word the dictionary knows well ("创业", "关怀", "向阳"): that word, not a person's name."""
    return (word_frequency(name) or 0) >= COMMON_WORD_FREQ


def _surname_cut(words: list, i: int) -> bool:
    """A surname the tagger left alone, opening its clause, then one or two characters it read as some other word
    ("刘/艳红"): a name cut in two, when a verb follows."""
    opens = i == 0 or re.fullmatch(r"[，,。；;：:、！？!?\s]+", words[i - 1].word) is not None  # not "50/余/人"
    given = words[i + 1].word if i + 1 < len(words) else ""
    # (not a preposition that is also a surname, "于/近日召开", nor a place, "杨/店乡", "刘/集镇", nor a time)
    return (opens and len(words[i].word) == 1 and words[i].word in SURNAMES and i + 2 < len(words)
            and not words[i].flag.startswith(("p", "c", "u", "d", "r", "v"))
            and 1 <= len(given) <= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", given) is not None
            and not words[i + 1].flag.startswith(("v", "p", "u", "c", "d", "r", "f", "m", "q", "t", "ns"))
            and given[-1] not in _PLACE_END and not common_word(words[i].word + given))


_PLACE_END = "乡镇村县区市街州旗店庄屯湾"  # how the names of places end ("杨店乡", "刘集镇")


def _name_doing(words: list, i: int) -> bool:
    """A name the tagger finds (its given name's last character maybe cut off: "李家/栋") right
    before a verb: a person doing something ("李家栋作了…报告", "陈骏主持"). A name before a noun
    is a place's or a thing's ("向阳/社区", "金秋/助学")."""
    if _surname_cut(words, i):
        name, j = words[i].word + words[i + 1].word, i + 2  # "刘/艳红/主持": the given name read as a noun
    elif not (words[i].flag in ("nr", "nrfg") and 2 <= len(words[i].word) <= 3):
        return False
    else:
        name, j = words[i].word, i + 1
    if (len(name) == 2 and j < len(words) and len(words[j].word) == 1 and "\u4e00" <= words[j].word <= "\u9fff"
            and not words[j].flag.startswith(("v", "p", "u", "c", "d", "r", "f"))):
        name, j = name + words[j].word, j + 1  # "李家/栋", "郭路/燏": a character the tagger left alone
    comrade = j + 1 < len(words) and words[j].word == "同志"  # "张某同志代表…作了…报告": a person, whatever the dictionary
    j += comrade
    if j + 1 < len(words) and (words[j].flag == "d" or words[j].word == "被"):
        j += 1  # "陈骏/首先/作", "…/被/评为": an adverb or the passive between the person and the deed
    # a word the dictionary knows well ("关怀", "向阳") is that word, whatever the tagger calls it
    # "丁培代表第九届工会委员会作…报告": 代表, which the tagger calls a noun, is what the person does there
    return (j < len(words) and (words[j].flag.startswith("v") or words[j].word == "代表") and words[j].word not in ("是", "为")
            and (comrade or not common_word(name)))
