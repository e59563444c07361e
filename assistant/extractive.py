"""The offline answerer: the sentences of the retrieved chunks that answer the question.

A sentence scores by how much of the question's weight (rare words count more) it covers,
with the words of its article title, section and unit counting half, and by whether it holds
the kind of thing asked for (a figure for "多少", a name for "谁"). The same score, for the
best sentence, is the evidence the "not in the material" floor is calibrated on.

The question is read in assistant/question_profile.py (persons in assistant/persons.py, months
and periods in assistant/periods.py); assistant/compose.py turns the scored sentences into the
answer's lines, lists through assistant/list_answers.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from assistant.aggregate import (
    same_measure,
    Figure,
    figures,
    star_grades,
)
from assistant.answer_types import Candidate, QueryProfile
from assistant.condense import unit_names
from assistant.enumeration import find_enumerations, ordinal_value
from assistant.overlap import pair_share, said_in_full, says_alone, says_sibling
from assistant.periods import (
    ASKED_YEAR,
    dated_other_year,
    dated_otherwise,
    festivals_named,
    is_undated,
    names_festival,
    one_month_told,
    other_campaign,
    other_day,
    other_festival,
    other_month,
    period_otherwise,
    relative_year_otherwise,
)
from assistant.persons import KIN_OR_LOT, PEOPLE, elected_names, looks_like_name, named_after_noun, people_named, titled_person
from assistant.question_profile import (
    ANSWER_KINDS,
    DONE,
    FOUNDING,
    GENERIC,
    HEAD_ASKED,
    HELD_VERBS,
    MEETING_HEAD,
    MONEY_WORDS,
    MONTH_BEFORE,
    OFF_SECTION,
    ORDINAL_EDITION,
    PLACE,
    PLANNED,
    RANK,
    RATE_WORD,
    SESSION,
    YEARS_REPORT,
    counts_directly,
    figure_counts_otherwise,
    head_title,
    hit_context,
    numeral_forms,
    post_held_elsewhere,
    prize_holder_before,
    quote_forms,
    quote_written,
    role_beside_a_name,
    says_role,
    spelled_out,
    without_quotes,
)
from assistant.scope import (
    OWN_NAME_CHARS,
    article_year,
    dated_year,
    dates_itself,
    held_next_year,
    is_subsequence,
    numbers_agree,
    level_body_unplaced,
    name_forms,
    opening_sentence,
    paragraph_year,
    says_only_kind,
    spoken_as,
    writes_year,
)
from ingest.headings import heading_level, strip_numbering
from vectorstore.lexical import tagged, tokenize
from vectorstore.retriever import Hit

MAX_SENTENCE_CHARS = 110
MAX_SENTENCES = 3
MAX_LIST_SENTENCES = 5
PART_SENTENCES, PART_RATIO = 2, 0.8  # per subject of "A和B各…": its best sentence and one nearly as good
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


_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_CLAUSE = re.compile(r"[^，,、：:]+[，,、：:]?")
# an answer is opened at a comma or colon, never inside a run of 、 ("累计为2106名快递员、网约车司机等…体检")
_OPENING_CLAUSE = re.compile(r"[^，,：:]+[，,：:]?")


def _edition_pattern(anchor: str) -> re.Pattern[str] | None:
    """"第三届" and "第3届" an edition written either way; "一届三次" also as "第一届第三次" or
    "第一届职工代表大会第三次会议". None when the anchor is no edition."""
    session = SESSION.fullmatch(anchor)
    if session:
        term, sitting = (numeral_forms(n) for n in session.groups())
        return re.compile(f"第?{term}届(?:[^。；，,]{{0,12}}?第)?{sitting}次")
    if ORDINAL_EDITION.fullmatch(anchor):
        # "二十二届工会委员会" is written without 第 too, though not as a count of editions held ("前四届", "连续举办四届",
        # "过去四届", "以往四届", "已有四届")
        ordinal = f"(?:第|{_NOT_COUNTED})" if anchor[-1] == "届" else "第"  # (选举产生了十一届, 经十一届…研究: that one)
        return re.compile(f"(?<![一二三四五六七八九十百\\d]){ordinal}{numeral_forms(anchor[1:-1])}{anchor[-1]}")
    return None


# editions counted as held, not one of them: "前四届", "连续四届", "过去四届", "已有四届", "举办了四届"
_NOT_COUNTED = "".join(f"(?<!{w})" for w in ("前", "近", "共", "连续", "累计", "历", "满", "过去", "以往", "这", "已有", "历经", "先后",
                                               "举办", "举行", "开展", "办了", "办过", "行了", "行过"))
# an edition a sentence states: "第二届", "二十二届", "第3期" (a count, "3次", is no edition)
_EDITION_STATED = re.compile(r"(?<![一二三四五六七八九十百\d])(第)?([一二三四五六七八九十百\d]{1,4})(届|期|次|批|轮)")


def _states_other_edition(anchor: str, text: str) -> bool:
    """The text states an edition of the kind asked other than the one asked ("第二届工会委员会主席"
    where the first is asked): its facts are of that other one."""
    if not ORDINAL_EDITION.fullmatch(anchor):
        return False
    asked, kind = ordinal_value(anchor[1:-1]), anchor[-1]
    return any(m.group(3) == kind and (m.group(1) or kind == "届") and ordinal_value(m.group(2)) not in (0, asked)
               for m in _EDITION_STATED.finditer(text))


_SESSION = r"第?[一二三四五六七八九十\d]{1,3}届(?:[^。；，,]{0,12}?第)?[一二三四五六七八九十\d]{1,3}次"
# a session held ("…三届三次职工代表大会隆重召开", "公司召开三届四次职工代表大会"), not one whose spirit is followed
_SESSION_HELD = re.compile(rf"{_SESSION}[^。；，,]{{0,12}}?(?:召开|举行|开幕|闭幕)|(?:召开|举行)了?[^。；，,]{{0,8}}?{_SESSION}")


@lru_cache(maxsize=256)  # asked of every sentence of an article: read the article once per session asked
def _held_as_other_session(anchor: str, edition: re.Pattern[str], article: str) -> bool:
    """The article's opening sentence tells of another session ("第五届三次职工代表大会胜利召开" where 五届二次 is
    asked): a sentence that states none is of the session the article reports, though it mentions the asked one
    later ("…二次职代会提案落实情况报告")."""
    if not SESSION.fullmatch(anchor):
        return False
    opening = opening_sentence(article)
    held = _SESSION_HELD.search(opening)
    # (an annual summary may tell two sessions held: "…12月28日，公司召开三届四次职工代表大会。会议共收到…")
    return (held is not None and edition.search(held.group(0)) is None
            and not any(edition.search(other.group(0)) for other in _SESSION_HELD.finditer(article)))


def edition_unnamed(profile: QueryProfile, text: str, article: str) -> bool:
    """The question names an edition ("第二届…竞赛") that neither the sentence nor its article writes."""
    return any(ORDINAL_EDITION.fullmatch(anchor) and not _names(anchor, text, "", article) for anchor in profile.anchors)


def _names(anchor: str, text: str, context: str, article: str) -> bool:
    """The anchor is written, in one of its forms, in the sentence, its article or its context; or
    the context or the article holds a fuller name it abbreviates ("地税局" of "地方税务局"; never an edition)."""
    edition = _edition_pattern(anchor)
    if edition is not None:
        if not edition.search(text) and (_states_other_edition(anchor, text) or _held_as_other_session(anchor, edition, article)):
            return False
        return any(edition.search(where) for where in (text, article, context))
    if any(form in text or form in article or form in context for form in name_forms(anchor)):
        return True
    return (any(is_subsequence(anchor, name) for name in re.split(r"[\s>]+", context) if len(name) > len(anchor))
                            or said_in_full(anchor, article))  # "疾控中心": the article writes 疾病预防控制中心


def _anchored(text: str, context: str, article: str, profile: QueryProfile, own_year: object = None,
              spoken_for: frozenset[str] = frozenset(), at: int = -1) -> bool:
    """Every place, unit or year the question names is in the sentence's article (or its title);
    for a question about several articles ("顺昌县和盘山县各…"), any one of them. A year other
    than the article's own must be in the sentence itself: a 2024 report that recalls "2023年…被评为"
    tells nothing else of 2023."""
    # the meeting a summary opens with was held the next year: its own sentences (the opening paragraph) are of that year
    opening = article.split("\n", 1)[0]
    held = held_next_year(article, own_year) if text in opening else None
    told = _paragraph_year(text, article, at) if any(ASKED_YEAR.fullmatch(anchor) for anchor in profile.anchors) else ""
    # (a year asked as 年度 is the year a report sums up: the day its meeting was held, the year after, is not it)
    named = [(anchor in text or anchor == told)
             if (_other_own_year(anchor, own_year)
                 and (anchor in profile.fiscal or anchor != f"{dated_year(article)}年" and anchor != f"{held}年"))
             else (_names(anchor, text, context, article) or _year_written(anchor, article) or anchor in spoken_for)
             and not (told and told != anchor and ASKED_YEAR.fullmatch(anchor) and anchor not in text)
             for anchor in profile.anchors]
    return any(named) if profile.per_document and named else all(named)


_YEAR_UNSAID = 0.75  # below a sentence of its article that writes the year asked (one saying more of the rest ties at 0.9)


OPENING_NAME_CHARS = 4  # a body's name this long in an article's first sentence says whose the article is


def _units_named(profile: QueryProfile, context: str, article: str) -> frozenset[str]:
    """The units asked that the passage's title or unit names, or that its article writes anywhere when its first
    sentence names no other body ("本网讯…我校召开九届一次教代会…" writes 正清路小学 once, in a guest's words: it is
    that school's); an article opening with another body's name ("某某公司工会：…") is that body's."""
    opening = re.split(r"[。！？!?\n]", article.strip(), maxsplit=1)[0]
    others = [n for n in unit_names(opening) if len(n) >= OPENING_NAME_CHARS and not any(n in u or u in n for u in profile.units)]
    where = article if not others else ""
    return frozenset(u for u in profile.units if _names(u, "", context, where))


# a heading of plans ("二、下半年工作计划", "三、2023年工作安排"), not of work done by arranging ("一、召开会议进行安排部署")
_PLAN_SECTION = re.compile(r"计划|打算|下一步|设想|要点|思路|(?:下半年|明年|来年|今后|新的一年|\d{4}年)[^，。]{0,8}安排|工作安排$")


def _under_plan_heading(hit: Hit) -> bool:
    """The passage sits under a heading of plans ("二、下半年工作计划")."""
    return _PLAN_SECTION.search(str(hit.metadata.get("section") or "")) is not None


def _year_unsaid(text: str, article: str, at: int, profile: QueryProfile, own_year: object) -> bool:
    """"附一医工会在2003年拿到过什么荣誉" of an article of no year of its own that writes 2003 in one sentence
    ("2003年、2004年分别获得…"): the other sentences, which neither write the year nor go on from a paragraph
    that does, say less of that year than the one that writes it."""
    if isinstance(own_year, int):
        return False
    asked = [anchor for anchor in profile.anchors if ASKED_YEAR.fullmatch(anchor)]
    # (the year's digits: "2003、2004年分别获得…" writes 2003 too)
    return (bool(asked) and any(anchor[:-1] in article for anchor in asked)
            and not any(anchor[:-1] in text or anchor == _paragraph_year(text, article, at) for anchor in asked))


def _paragraph_year(text: str, article: str, at: int = -1) -> str:
    """The year the paragraph a sentence goes on dates it with (scope.paragraph_year); "" when the sentence dates itself.
    `at` is where the sentence stands in the article, when its passage says (the same sentence may stand twice)."""
    if dates_itself(text):
        return ""
    return paragraph_year(article, at if 0 <= at < len(article) and article.startswith(text, at) else article.find(text))


def _year_written(anchor: str, article: str) -> bool:
    """The anchor is a year the article writes bare ("永新集团2016庆‘三八’")."""
    asked = ASKED_YEAR.fullmatch(anchor)
    return asked is not None and writes_year(article, int(asked.group(1)))


def _other_own_year(anchor: str, own_year: object) -> bool:
    """The anchor is a year and the article's own year is another one."""
    asked = ASKED_YEAR.fullmatch(anchor)
    return asked is not None and isinstance(own_year, int) and own_year != int(asked.group(1))


def _in_section(hit: Hit, profile: QueryProfile) -> bool:
    """The passage sits under the heading a question about problems, plans or lessons asks for
    (always true for other questions)."""
    return not profile.section or bool(re.search(profile.section, f"{hit.section} {hit.metadata.get('heading_path', '')}"))


def _named_elsewhere(text: str, context: str, article: str, profile: QueryProfile) -> frozenset[str]:
    """For a question about several articles, the names it asks about that this article does not hold."""
    if not profile.per_document:
        return frozenset()
    return frozenset(a for a in profile.anchors if not _names(a, text, context, article))


def naming_words(profile: QueryProfile) -> frozenset[str]:
    """The question's words that are pieces of a unit's name it gives ("柳家/埠镇" of 柳家埠镇,
    not the kind word 社区 or 分公司): they say whose a figure or a list is, not what it is."""
    return frozenset(w for w in profile.weights if not says_only_kind(w) and any(w in unit for unit in profile.units))


_STOCK_OF_PEOPLE = re.compile(r"(?:会员|职工|员工|教职工|人员?)(?:总数|人数|数)?$")


def _in_measure(figure: Figure, profile: QueryProfile) -> bool:
    """The figure is told in a measure asked; money is written in 万 with no 元 as often as with it ("票款收入96万").
    Person-times ("慰问1600人次") are no count of times ("组织了几次体检")."""
    # people there are ("有多少名会员", "会员总数是多少": a question of no deed) are counted once, not per visit ("慰问1600人次")
    if (re.search(r"[人户]次$", figure.text) and profile.stock_asked and _STOCK_OF_PEOPLE.search(profile.count_of)
            and profile.measures[:1] != ("人次",)):  # (unless person-times are what is asked: "先后有多少人次获得…")
        return False
    if re.search(r"[人户]次$", figure.text) and not any(unit.endswith(("人次", "户次")) for unit in profile.measures):
        return "人" in profile.measures or "户" in profile.measures
    return (any(unit in figure.text for unit in profile.measures) or figure.measure in {same_measure(m) for m in profile.measures}
            or ("元" in profile.measures and not figure.measure and figure.text[-1] in "万亿"))


_ONE_EACH = re.compile(r"一[人户企厂村校岗事店点]一[\u4e00-\u9fff]")  # "一人一档", "一户一策": one for each, no count


def _figures_asked(text: str, profile: QueryProfile) -> list[Figure]:
    """The figures of a text, with its grades in stars ("五星级") when 几星级 is asked."""
    return figures(_ONE_EACH.sub("，", text)) + (star_grades(text) if "星" in profile.measures else [])


def _figure_about_question(text: str, profile: QueryProfile, context: str = "", carried: str = "") -> bool:
    """Some figure of the kind asked stands in a clause that says one of the question's own
    words (not only a name or a genre word): "房屋建筑费28000余元" does not answer "慰问困难户花了
    多少钱" even in a sentence about 慰问. When every such word only says whose the figure is (it
    is in the passage's unit or title, `context`), the question's one-character verb is what the
    clause may say instead: "共计收费4509.50元" answers "柳背桥社区一共收了多少钱"."""
    words = [w for w in profile.weights if w not in profile.anchors and w not in GENERIC]
    naming = naming_words(profile)
    if naming:  # the tagger's pieces of a unit's name ("柳家/埠镇") say whose the figure is, not what
        words = [w for w in words if w not in naming]
    if words and all(w in context for w in words):
        words += profile.actions
    # "春节送了多少慰问金": the money word names the figure asked and the festival when it was (the article says
    # that); the clause must say the deed ("送上了50余万元的“厚礼”")
    if words and all((MONEY_WORDS.fullmatch(w) and "元" in profile.measures) or festivals_named(w) for w in words):
        words = list(profile.actions)
        text = _GOODS_VALUE.sub("", text)  # "价值120万元的年货" is what goods were worth, no money given
    if not words:
        return True
    # (not the words of a figure the question only states: "收集的157条建议，采纳了多少条" needs 采纳 said)
    words = [w for w in words if w not in profile.told] or words
    words += [w for w in profile.rejoined if w not in words]  # "职工投稿160篇" answers "投了多少篇稿"
    clauses = re.split(r"[，,；;。：:]", text)
    for i, clause in enumerate(clauses):
        said_figures = _figures_asked(clause, profile)
        found = [f.text for f in said_figures]
        if profile.measures:
            counted_otherwise = figure_counts_otherwise(clause, profile)
            # a fraction ("近1/4") is a share, though it writes no % sign
            found = [f.text for f in said_figures if _in_measure(f, profile) or (counted_otherwise and f.text.endswith(("个", "家", "名")))]
        # "会员人数快速增长，目前已近万人": a figure clause that opens with no subject goes on from the clause before;
        # "投入248万元，为职工更换更衣箱": one the clause after says what the figure was for
        # so does a clause that is nothing but the figure (a table row's last cell: "…参与校运动会，4人")
        bare = bool(found) and said_figures[0].text == clause.strip(" 。")
        said = clause if i == 0 or not (_SUBJECTLESS.match(clause) or _GOES_ON_ADVERB.match(clause) or bare) else clauses[i - 1] + clause
        if bare and i >= 2 and len(clauses[i - 1].strip()) <= LABEL_CHARS:
            said = clauses[i - 2] + said  # "…发放了救助金，金额共计：167584元": the label's clause, then what it is of
        if i and _TOTALLING.match(clause) and _sums_before(clauses[:i], clause):
            said = "".join(clauses[:i]) + clause  # "对31户困难职工进行慰问，每户发放400元，共计12400元"
        said = carried + said if i == 0 else said  # "此次活动共计发放…": the event of the sentence before
        following = clauses[i + 1] if i + 1 < len(clauses) else ""
        if _PURPOSE.match(following) and not figures(following):
            said += following
        elif _spent_alone(clause, found) and not any(u in f.text for f in figures(following) for u in profile.measures):
            said += following
        if found and any(w in said or said_in_full(w, said) or (len(w) >= 3 and pair_share(w, said) >= 0.5)
                         for w in words):
            return True
        if found and _joined_as_asked(said, words, profile.count_of):
            return True
        if found and _counted_right_before(said, found, profile, naming):
            return True
        if found and _counts_what_is_asked(clause, profile):
            return True
    return False


_THING_MEASURES = frozenset("家个所座处支项")
# kinds every counted thing may be said as ("多少家单位" of "20家企业"): no head that tells one thing from another
_GENERIC_THINGS = re.compile(r"(?:单位|企业|工会|组织|机构|项目|活动|场所|阵地|点位|站点|地方)$")


def _counts_another_thing(text: str, profile: QueryProfile) -> bool:
    """"新建了多少家职工书屋" of "建成11家户外劳动者驿站": every figure of the measure asked counts a thing named right
    after it, and none is the thing asked (its head word, 书屋, is not said there); a figure with no thing after it
    ("职工书屋11家") counts what its clause says before."""
    thing = profile.count_of
    if len(thing) < 3 or _GENERIC_THINGS.search(thing) or not profile.measures or not set(profile.measures) <= _THING_MEASURES:
        return False
    words = [word for word, _ in tagged(thing) if len(word) >= 2]
    head = words[-1] if words else thing[-2:]
    named = _named_after_figures(text, profile)
    return bool(named) and all(thing_named and head not in thing_named for thing_named in named)


def _named_after_figures(text: str, profile: QueryProfile) -> list[str]:
    """What each figure of the measure asked counts, wherever the text writes it (_named_after)."""
    found = {figure.text for figure in _figures_asked(text, profile) if _in_measure(figure, profile)}
    return [_named_after(text, at.end()) for figure in found for at in re.finditer(re.escape(figure), text)]


_NOUN_FLAGS = ("n", "a", "b", "vn", "j", "l", "f", "s")


def _named_after(text: str, at: int) -> str:
    """The thing a figure counts, named right after it ("11家户外劳动者驿站"): its run of nouns and modifiers; "" when
    none follows ("11家并全部投入使用", "11家均达标") or a list of modifiers does ("11家省级、市级示范书屋")."""
    words = tagged(text[at : at + 16])
    run = ""
    for word, flag in words:
        if not re.match(r"[\u4e00-\u9fff“”]", word) or not (flag.startswith(_NOUN_FLAGS) or word in "“”"):
            break
        run += word
    rest = text[at + len(run) : at + len(run) + 1]
    return "" if len(run.strip("“”")) < 2 or rest == "、" else run


_PEOPLE_MEASURES = frozenset("人名位")
_WORKERS = re.compile(r"员工|工人")
_PEOPLE_NAMED = re.compile(rf"(?:个人|同志|{PEOPLE.pattern})")


def _counts_other_people(text: str, profile: QueryProfile) -> bool:
    """"会员总数是多少" of "授予卢某等6名个人…称号": every figure of people counts people named right after it as another
    kind (个人, not 会员); "300名会员", "新会员120名" count them."""
    thing = profile.count_of
    if not thing or not _PEOPLE_NAMED.fullmatch(thing) or not set(profile.measures) & _PEOPLE_MEASURES:
        return False
    named = _named_after_figures(text, profile)
    same = _WORKERS.sub("职工", thing)  # (员工, 工人 are 职工 said otherwise)
    return bool(named) and all(_PEOPLE_NAMED.match(n) and same not in _WORKERS.sub("职工", n) for n in named)


def _counts_the_whole(text: str, profile: QueryProfile) -> bool:
    """"困难女职工中，单亲困难女职工有几名" of "为10名困难女职工送去慰问金": every figure of the measure asked counts the
    whole group, none the part asked."""
    part, whole = profile.part_of
    if not part:
        return False
    found = [figure for figure in _figures_asked(text, profile) if _in_measure(figure, profile)]
    return bool(found) and all(_names_the_whole(text, f.text, part, whole) for f in found)


def _names_the_whole(text: str, figure: str, part: str, whole: str) -> bool:
    """The figure counts the whole group wherever the text writes it: right after it ("10名困难女职工"), or a kind of
    it that is not the part asked ("150多位区级以上劳模" when 全国劳模 are asked)."""
    qualifier = part[: -len(whole)] if part.endswith(whole) else part  # "女会员" of 会员: 女, said "女职工会员" too
    for at in re.finditer(re.escape(figure), text):
        named = _named_after(text, at.end())
        if is_subsequence(qualifier, named) or not (text.startswith(whole, at.end()) or named.endswith(whole)):
            return False
    return True


def _counted_right_before(said: str, found: list[str], profile: QueryProfile, naming: frozenset[str]) -> bool:
    """"三等奖评了几个" of "一等奖一名、二等奖四名、三等奖七名": a name the question asks the count of (an anchor that
    is no one's name nor a year) written right before a figure of the kind asked is what that figure counts."""
    counted = [a for a in profile.anchors if a not in naming and not a.endswith("年") and not any(a in u for u in profile.units)]
    return any(re.search(rf"{re.escape(anchor)}\s*{re.escape(figure)}", said) for anchor in counted for figure in found)


# "发展了多少会员": those who joined the union are the members it gained ("500余名厂招员工全部自愿加入了工会组织")
# (the union itself, not its committee or volunteer team: "加入工会委员会", "加入工会志愿服务队伍")
_JOINED_UNION = re.compile(r"(?<![步进])入会(?![场议上])|加入[^，,。；;]{0,4}?工会(?:组织|大家庭)?(?=[，,。；;、]|$)")
_GROWTH_VERB = re.compile(r"发展|吸收|新增|新发展")


def _joined_as_asked(said: str, words: list[str], counted: str) -> bool:
    """"发展了多少会员" of "500余名…员工全部加入了工会组织": a count of who joined answers how many members were
    gained (not how many there are, "会员人数达到多少"); a kind of member asked ("发展了多少农民工会员") is said too."""
    if "会员" not in words or not any(_GROWTH_VERB.fullmatch(w) for w in words) or not _JOINED_UNION.search(said):
        return False
    kind = counted[: -len("会员")] if counted.endswith("会员") else ""
    return not kind or kind in said


_GOODS_VALUE = re.compile(r"(?:价值|折合|合计价值)[^，,。；;]{0,4}?[\d.]+\s*[万千百]?\s*[余多]?元")
SPENT_VERB_CHARS = 4
LABEL_CHARS = 6  # "金额共计", "合计": a label before a bare figure, which says of what only with the clause before


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
    pattern = _people_counted(tuple(w for w in profile.weights if PEOPLE.fullmatch(w)))
    return pattern is not None and pattern.search(clause) is not None


@lru_cache(maxsize=256)
def _people_counted(people: tuple[str, ...]) -> re.Pattern[str] | None:
    """The figure right after the people a question counts, one pattern per question (not per word and clause)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, people))})(?:总数|人数)?[为达有共约近]?\d") if people else None


_PURPOSE = re.compile(r"\s*(?:为|用于|用来|专门用于)")
_SUBJECTLESS = re.compile(r"\s*(?:目前|现|现在|至今|如今|累计|共计|共(?!青|同|建|享|产|识|驻|创|商|赢)|总计|合计|已|达|约|近|其中)")
# "特别是组织参加…篮球比赛，就投入了2万元": 就/便 go on with the event before (not 就业/便民, words of their
# own); 还/也/又 open another action of the same subject, which is no cost of the one before
_GOES_ON_ADVERB = re.compile(r"\s*(?:就(?!业|餐|医|诊|近|学|读|职|是)|便(?!民|利|捷|于))")
_TOTALLING = re.compile(r"\s*(?:共计|合计|总计|累计|总共|一共|共(?=[\d一二三四五六七八九十两]))")


def _sums_before(before: list[str], clause: str) -> bool:
    """A closing total sums what the sentence said before it: a figure there in the total's measure
    ("每户发放400元，共计12400元"), not another count ("开展培训，共计培训200人" after a 慰问)."""
    total = figures(clause)
    return bool(total) and any(f.measure == total[0].measure for earlier in before for f in figures(earlier))


# a counted group of people ("六位退休职工", "12名青年志愿者")
_COUNTED_PEOPLE = re.compile(r"[\d一二三四五六七八九十百两]+[位名][\u4e00-\u9fff]{0,6}?(?:职工|教师|老师|员工|党员|劳模|代表|志愿者|学生|干部|同志|女工|队员|选手)们?")


def _named_after_role(text: str, role: str) -> bool:
    """A name written right after the role asked ("职工代表刘春宁")."""
    return any(looks_like_name(m.group(1)[:3]) or looks_like_name(m.group(1)[:2])
               for m in re.finditer(rf"{re.escape(role)}([\u4e00-\u9fff]{{2,3}})", text))


def _group_doing(text: str, profile: QueryProfile) -> bool:
    """"谁表演的" is answered by a counted group doing what was asked ("六位退休职工表演的腰鼓舞"):
    the group stands right before one of the question's words."""
    words = [w for w in profile.weights if len(w) >= 2 and w not in GENERIC]
    return any(text.startswith(w, m.end()) or text.startswith(w, m.end() + 1)
               for m in _COUNTED_PEOPLE.finditer(text) for w in words)
_PER_HEAD = re.compile(r"每(?![年月天日周次季])|人均|户均|/[人户]|各[\u4e00-\u9fff]{0,4}[\d一二三四五六七八九十两]")


def _each_alike(text: str) -> bool:
    """"9家工作室…分别获得支持建设资金10万元": one figure after 分别 is what each got alike (not
    "分别为100人、200人", a figure each)."""
    return any(len(_FIGURE_COUNTED.findall(re.split(r"[，。；,;]", text[m.end():])[0])) == 1 for m in re.finditer("分别", text))


_FIGURE_COUNTED = re.compile(r"\d+(?:\.\d+)?|[一二三四五六七八九十两]+[万千百]?(?=[元人名个件户家])")


_SESSION_NAME = re.compile(r"[一二三四五六七八九十\d]{1,3}\s*届\s*[一二三四五六七八九十\d]{1,3}\s*次")
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
# "选手为一名" is a count; "是一名…", "每一位从业者" are not
_INDEFINITE = re.compile(r"(是|作为|成为|身为|当了|当上|每)一[名位个户家]")


_RUNNING = re.compile(r"连续第?[一二三四五六七八九十两\d]{1,3}(年|届|次)")


def _head_as_titled(text: str, profile: QueryProfile) -> QueryProfile:
    """"工会负责人是谁": the role asked is the head's title the text gives the union asked ("省国防工会主席吴志毅" -> 主席)."""
    if profile.role not in HEAD_ASKED:
        return profile
    title = head_title(text, profile.units)
    return replace(profile, role=title) if title else profile


def _day_of_another_event(window: str, profile: QueryProfile, before: str = "") -> bool:
    """"“服务品质提升月”是几月几号启动的" and "7月19日，…举办了技能比武": the day asked is the quoted event's, which a
    window that never names it does not give; a sentence pointing back at it ("6月1日，活动正式启动") after the one that
    names it (`before`) does."""
    if not ({"day", "date"} & set(profile.kinds)) or not profile.quoted:
        return False
    forms = [form for quoted in profile.quoted for form in (quoted, *quote_forms(quoted))]
    return not any(form in window for form in forms) and not (any(form in before for form in forms) and _POINTS_BACK.search(window))


_POINTS_BACK = re.compile(r"活动|此次|本次|该|这次|当天|是日")


def _another_years_report(sentence: str, profile: QueryProfile) -> bool:
    """"2023年工作报告是谁作的" and "…作集团2022年工作报告": the sentence tells of another year's report."""
    said = set(YEARS_REPORT.findall(sentence))
    return bool(profile.reports_of) and bool(said) and not said & set(profile.reports_of)


_AREA_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,6}?([县区市盟州旗省镇乡])")
# a clause opening with a whole area ("全盟教育系统…314人"), not one that names a contest or an honour of it ("在全市…大赛中",
# "争创全省模范…") nor a word holding 全区 ("全区域")
_FIGURE = re.compile(r"\d|[一二三四五六七八九十百千两]+[余多]?[人名个家户元项次所]")  # a figure said, in digits or numerals
_WHOLE_AREA_CLAUSE = re.compile(r"(?:^|(?<=[，,。；;：:]))\s*(?:[今去本]年|一年来|全年)?[，,]?全([省市县区盟州旗镇乡])(?![委属直级域])"
                                rf"(?=.*?(?:{_FIGURE.pattern}))")


# a campaign named in quotes, then what it is ("“先进党员”、“优秀公务员”评选活动", "“安康杯”竞赛")
_QUOTED_CAMPAIGN = re.compile(r"“([^“”]{2,20})”(?:[、和与及]“[^“”]{2,20}”)*(?:主题)?(?:评选|评比|竞赛|比赛|活动|行动|工程)")


def _tells_another_campaign(sentence: str, profile: QueryProfile) -> bool:
    """"“爱岗、敬业、全勤”劳动竞赛评出了多少名" of "三是开展“先进党员”、“优秀公务员”评选活动，评出37名": a sentence
    naming in quotes another campaign, and not the one the question quotes, tells of that one."""
    asked = [_unpunctuated(form) for quoted in profile.quoted for form in [quoted, *quote_forms(quoted)]]
    if not asked or any(form in _unpunctuated(sentence) for form in asked):
        return False  # ("“爱岗敬业”" asked is "“爱岗、敬业”竞赛" written)
    return any(not any(form in _unpunctuated(campaign.group()) for form in asked)
               and not _OCCASION.search(sentence[: campaign.start()]) for campaign in _QUOTED_CAMPAIGN.finditer(sentence))


def _unpunctuated(text: str) -> str:
    return re.sub(r"[、，,·\s]", "", text)


# a campaign the sentence's own work was set in or carried by ("以“安全生产月”活动为契机", "结合“安康杯”竞赛")
_OCCASION = re.compile(r"(?:以|借|借助|结合|围绕|依托|利用|通过|在|联合|携手|配合|会同|协同|联手|参与|参加)$")


def _whole_of_another_level(sentence: str, profile: QueryProfile) -> bool:
    """"突泉县…帮扶了多少名困难职工" and "全盟教育系统…帮扶困难职工314人": a figure over a whole area of another level
    (盟, 市, 省) than the place asked (县) is not that place's, unless a clause of the sentence counts the place asked
    ("其中柳岸县新增5家") or the report's own word for it does ("我县新增5家")."""
    if not profile.wants_number:
        return False
    places = [m for m in map(_AREA_LEVEL.fullmatch, (*profile.anchors, *profile.units)) if m]
    levels = {m.group(1) for m in places}
    if not places or re.search(rf"[我本][{''.join(levels)}]", sentence):
        return False  # "我县新增5家": the place asked, by its own report's word
    # (a clause of the sentence counting the place asked answers it: "全市新增40家，其中柳岸县新增5家")
    if any(_FIGURE.search(clause) and any(m.group(0)[:-1] in clause for m in places) for clause in re.split(r"[，,。；;]", sentence)):
        return False
    return any(whole.group(1) not in levels for whole in _WHOLE_AREA_CLAUSE.finditer(sentence))


def _counted_never_said(profile: QueryProfile, text: str) -> bool:
    """"一共建了多少个女职工委员会" of an article that never says 女职工 nor 委员(会): what is counted is not there, so none
    of its figures ("建立健全工会组织58个") counts it. Every word of two characters or more of a counted noun of two
    words or more must be missing ("钳工参赛", cut into the verb after it, is said as "45名钳工…参加比赛")."""
    words = [word for word, _ in tagged(profile.count_of)] if profile.wants_number else []
    heads = [word for word in words if len(word) >= 2]
    return len(words) >= 2 and bool(heads) and not any(word in text for word in heads)


# 每 and what each is, close before the figure with no word of a sum between ("每个点位将给予10000元", not "为每户…送去的
# 慰问金总额达36万元"); or a share per head written after or before it ("500元/户", "户均1000元")
_EACH_BEFORE = re.compile(r"(?:每(?:个|家|人|户|名|位|所|只|项|次|[\u4e00-\u9fff]{0,2}(?:点位|单位|站点|小屋|企业))|[人户]均)"
                          r"(?:(?!总额|总计|合计|累计|共|总)[^，,。；;]){0,14}$")
_EACH_AFTER = re.compile(r"\s*/\s*[人户家个名位]|每[人户家个名位]")


def _for_each(figure: Figure, text: str) -> bool:
    """The figure is said for each one ("每个基层工会点位将给予10000元", "500元/户"), not as a sum."""
    if figure.text not in text:
        return False
    clause = _clause_of(figure, text)
    at = clause.find(figure.text)
    return _EACH_BEFORE.search(clause[:at]) is not None or _EACH_AFTER.match(clause, at + len(figure.text)) is not None


def _clause_of(figure: Figure, text: str) -> str:
    """The clause the figure stands in (from the pause before it to the one after)."""
    at = max(text.find(figure.text), 0)
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;！？!?") + 1
    ends = [found for found in (text.find(mark, at) for mark in "，,。；;！？!?") if found >= 0]
    return text[start : min(ends) if ends else len(text)]


def _said_per(unit: str, clause: str) -> bool:
    """The clause states its figure per that time unit ("日均", "每天", "每个工作日", "日接待量", "平均每月", "/天")."""
    units = "天日" if unit == "天" else unit
    return re.search(rf"(?:每个?(?:工作)?|平均每|单|(?<![十\d前后])一)[{units}]|[{units}]均|/[{units}]"
                     rf"|(?<![\d月号])[{units.replace('天', '')}](?:平均|接待|服务|均|流量|访问)", clause) is not None


def _has_answer_type(text: str, profile: QueryProfile, context: str = "", carried: str = "", goes_on: str = "") -> bool:
    """Whether the text holds what the question asks for (a figure of the kind, a person, a day…); `goes_on` is the
    rest of a sentence the text is a semicolon piece of ("…主席李某；…部长翟某；…出席会议。")."""
    profile = _head_as_titled(text, profile)
    if profile.wants_number and profile.per_head and not (_PER_HEAD.search(text) or _each_alike(text)):
        return False
    # "男教师有多少名": a count of people of one sex is said with it ("其中女性12人"); "困难教职工近200名"
    # and "600名男女职工" count both
    # (visits are no people of one sex: "女职工温馨小屋服务了多少人次" counts the room's visits)
    if ("人" in profile.measures and profile.measures[0] != "人次"
            and any(phrase[0] in "男女" and not says_alone(phrase[0], text) for phrase in profile.contrasts)):
        return False
    if profile.wants_number and "连续" in profile.weights and _RUNNING.search(text):
        pass  # "连续办了几年" answered "连续第二年组织开展": the ordinal counts the years run
    elif profile.wants_number:
        if "届" in profile.measures:  # "首届…竞赛" is the first
            text = text.replace("首届", "第1届")
        counted = _INDEFINITE.sub(r"\1", text)
        if "届" not in profile.measures:  # "第四届五次职代会" names a meeting, unless "第几届" is asked
            counted = _SESSION_NAME.sub("，", counted)
        found = _figures_asked(counted, profile)
        if profile.rate:  # "入会率达到多少": not the share another rate leads ("组建率达到100%，…入会率达95.78%")
            found = [figure for figure in found if not _after_another_rate(figure, counted, profile.rate)]
            if not found:
                return False
        if profile.total_asked:  # "一共送了多少件": "送上一件棉大衣" says a thing, not how many in all
            # (nor "每个点位将给予10000元内的补助", a figure for each one)
            found = [f for f in found if not f.text.startswith("一") and not _for_each(f, counted)]
        if profile.per_time and not any(_said_per(profile.per_time, _clause_of(f, counted))
                                        for f in [f for f in found if _in_measure(f, profile)] or found):
            return False  # "平均每天服务多少人次": "服务3000余人次" is no figure per day
        if not found:
            return False
        # "这90人里快递员有多少": a sentence whose only figures are the ones the question states tells no part of them
        # (those of the measure asked: "共有建议157条，涉及八个方面" tells no other count of 条 than the one stated)
        if profile.given and all((figure.value, figure.measure) in profile.given
                                 for figure in [f for f in found if _in_measure(f, profile)] or found):
            return False
        # "选出了多少名代表", "表彰了多少名优秀护士": how many were elected or honoured, which the count of who attended
        # ("共计43人参加", "150余名护士参加了表彰大会") is not
        measured = [figure for figure in found if figure.measure in profile.measures] or found
        # (nor the few who spoke for them: "3名获奖护士代表发言"; nor what a body is made up of: "主席团由15人组成")
        if (any(_ELECTION_VERB.fullmatch(verb) or _HONOUR_VERB.fullmatch(verb) for verb in profile.verbs)
                and all(_attended(figure, counted) or _spoke_for(figure, counted, profile) or _made_up_of(figure, counted)
                        or _drawn_from(figure, counted) for figure in measured)):
            return False
        # "发展了多少名会员" of "出席大会的60名代表选举了…": those counted by their part in a meeting are no members
        if profile.count_of and not _asks_attendance(profile) and all(_counts_a_part(f, counted, profile) for f in measured):
            return False
        if profile.measures and not any(_in_measure(f, profile) for f in found) and not figure_counts_otherwise(text, profile):
            return False
        if not _figure_about_question(text, profile, context, carried):
            return False
        if _counts_another_thing(counted, profile) or _counts_the_whole(counted, profile) or _counts_other_people(counted, profile):
            return False
    # a role asked ("提出提案的职工代表叫什么名字") is one person's: a counted group ("187名代表提出…") is no answer,
    # and a name right after the role ("职工代表刘春宁直言") is one
    if profile.wants_person and not (titled_person(text) or (not profile.role and _group_doing(text, profile))
                                     or people_named(text, (*profile.units, *profile.weights))
                                     or (profile.role and _named_after_role(text, profile.role))
                                     or prize_holder_before(text, profile.role)
                                     or (profile.people_noun and named_after_noun(text, profile.people_noun))):
        return False
    # "受助职工的孩子叫什么": the child named as such, not the official the sentence names
    if profile.wants_person and _KIN_OR_LOT.fullmatch(profile.people_noun) and not named_after_noun(text, profile.people_noun):
        return False
    if profile.wants_rank and not (PLACE if profile.wants_place else RANK).search(text):
        return False
    if profile.role and not says_role(_unfolded(text), profile):  # unfolded only when a role is asked: every window passes here
        return False
    if profile.wants_person and profile.role and not (role_beside_a_name(text, profile.role) or _named_after_role(text, profile.role)):
        return False
    # (the rest of the sentence counts only for a piece that gives nobody a post: "王某任主席；…出席大会" still tells it)
    told = text if _GIVES_POST.search(text) else text + goes_on
    if profile.wants_person and any(_ELECTION_VERB.fullmatch(verb) for verb in profile.verbs) and _not_the_one_elected(told):
        return False
    # "由谁主持的" of "…副主席尹某发表讲话，祝贺…大会召开": someone asked by a deed and no post is one shown doing it
    if profile.wants_person and not profile.role and profile.deed and not (profile.deed in told or _same_root_verb(profile.deed, told)):
        return False
    # "庆“三八”活动是3月几号举行的": the festival the question names says no day of it in a sentence's echo
    dated = text
    for forms in profile.festivals if {"day", "date"} & set(profile.kinds) else ():
        dated = re.sub(forms, "，", dated)
    return all(ANSWER_KINDS[kind][1].search(dated if kind in ("day", "date") else text) for kind in profile.kinds)


_KIN_OR_LOT = re.compile(KIN_OR_LOT)
_ELECTION_VERB = re.compile(r"选出|选举|当选|选为|推选|评出|评选")
_GIVES_POST = re.compile(r"任|为|当选")
_HONOUR_VERB = re.compile(r"表彰|表扬|奖励|命名|授予")
_NEWLY = re.compile(r"新任|新当选|新一届|新选")
_FORMER_HOLDER = re.compile(r"[原前]任?[\u4e00-\u9fff]{0,6}?(?:主席|主任|书记|会长)")


def _not_the_one_elected(text: str) -> bool:
    """"选出来的主席是谁": a sentence telling no election of a chairman attending as a guest ("总工会主席王某出席活动")
    or presiding ("监事会主席李某主持大会"; a 新任 one presiding is the one elected), or of a former holder moving on
    ("原工会主席马某任…"); or one putting a candidate forward ("同意刘某为…候选人"): none says who was elected."""
    if "候选人" in text and "当选" not in text:
        return True
    return not _ELECTION_VERB.search(text) and bool(
        (_ATTENDING.search(text) or "主持" in text) and not _NEWLY.search(text) or _FORMER_HOLDER.search(text))
_ATTENDING = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:参加|出席|参会|与会|到会|列席)")


def _attended(figure: Figure, text: str) -> bool:
    """The figure counts who attended ("共计43人参加", "107名代表出席"), and its clause says no election ("推选产生的
    107名代表参加了会议" were elected)."""
    at = text.find(figure.text)
    return (at >= 0 and _ATTENDING.match(text, at + len(figure.text)) is not None
            and not re.search(r"(?:选举?|推选|选出|产生|当选)的?$", text[max(0, at - 6) : at]))


# the parts people play at a meeting, said right after their count ("60名代表", "12位嘉宾"; not 代表队)
_PART_PLAYED = re.compile(r"(?:职工|会员|工会|特邀|列席)?(?P<role>代表|委员|嘉宾|来宾)(?![队团处会组])")
# a question about a meeting or who attended it, whose delegates are who it asks of ("多少名职工出席职代会")
_ATTENDING_ASKED = re.compile(r"出席|参会|与会|列席|到会|参加")
_MEETING_ASKED = re.compile(r"会议|大会|代会|座谈会|(?<![工合])会$")  # (not 工会, 联合会)


def _asks_attendance(profile: QueryProfile) -> bool:
    """"多少名职工出席职代会": who attended a meeting, whose delegates are who is asked of (its own words, not 参会 offered
    for 参加, nor the words of a name)."""
    offered = {option[0] for options in profile.alternatives for option in options[1:]}
    asked = [word for word in profile.weights
             if word not in offered and word not in GENERIC and not any(word in unit for unit in profile.units)]
    return any(_ATTENDING_ASKED.search(word) for word in asked) and any(_MEETING_ASKED.search(word) for word in asked)


def _counts_a_part(figure: Figure, text: str, profile: QueryProfile) -> bool:
    """The figure counts people by a part they play at a meeting ("60余名会员代表参加成立大会"), asked of something else
    ("多少名职工参加健康体检", "成立大会上发展了多少名会员"), when the question does not name the part ("多少名代表参会")."""
    at = text.find(figure.text)
    part = _PART_PLAYED.match(text, at + len(figure.text)) if at >= 0 else None
    if part is None:
        return False
    role = part.group("role")
    return role not in profile.count_of and not any(role in word or word in role for word in profile.weights if len(word) >= 2)


def _after_another_rate(figure: Figure, text: str, rate: str) -> bool:
    """Wherever the figure stands, its clause names rates and none of them the one asked ("组建率达到100%" for
    入会率; "组建率和入会率均达到98%" is both)."""
    for found in re.finditer(re.escape(figure.text), text):
        clause = re.split(r"[，,。；;]", text[: found.start()])[-1]
        rates = RATE_WORD.findall(clause)
        if not rates or rate in rates:
            return False
    return True


def _made_up_of(figure: Figure, text: str) -> bool:
    """The figure is what a body is made up of ("主席团由15人组成"), not how many an election chose."""
    at = text.find(figure.text)
    return at >= 0 and re.search(r"由\s*$", text[max(0, at - 3) : at]) is not None and text.startswith("组成", at + len(figure.text))


def _drawn_from(figure: Figure, text: str) -> bool:
    """The figure counts those a choice was made among ("在…450多名职工中开展了…竞赛", "从120名选手中评出"), not how
    many it chose: the 在/从 frame closes right after the people counted (not "表彰了15名在疫情防控中表现突出的…")."""
    at = text.find(figure.text)
    clause = re.split(r"[，,。；;：:]", text[:at])[-1] if at >= 0 else ""
    return (bool(re.search(r"[在从]", clause))
            and re.match(r"(?:(?![在从])[\u4e00-\u9fff]){0,6}?(?:当中|之中|中)(?![心国层学央队型小级间青老华])", text[at + len(figure.text):]) is not None)


def _spoke_for(figure: Figure, text: str, profile: QueryProfile) -> bool:
    """The figure counts those who spoke or came up for the group ("3名获奖护士代表发言"), when the question asks no 代表."""
    at = text.find(figure.text)
    return (at >= 0 and "代表" not in profile.weights
            and re.match(r"[\u4e00-\u9fff]{0,8}?代表[^，,。；;]{0,12}?(?:发言|讲话|上台|领奖)", text[at + len(figure.text):]) is not None)


_COUNTED_BEFORE = re.compile(r"(?:[\d一二三四五六七八九十百两几多余]+[个支家所名位]?|[各本该此这那每全其])$")


def _names_one_of_kind(text: str, kind: str) -> bool:
    """A name ending with the kind asked ("古塔区总工会代表队"), not a count of them ("6支代表队") nor "各代表队"."""
    return any(found.start() >= 2 and re.match(r"[\u4e00-\u9fffA-Za-z）)”」]", text[found.start() - 1])
               and not _COUNTED_BEFORE.search(text[: found.start()])
               for found in re.finditer(re.escape(kind), text))


def sentence_coverage(text: str, context: str, chunk: str, profile: QueryProfile, elsewhere: frozenset[str] = frozenset(),
              named: frozenset[str] = frozenset(), about: frozenset[str] = frozenset(), near: str = "") -> float:
    """The share of the question's weight the text covers; `elsewhere` are words that belong to
    another article (the other unit of "顺昌县和盘山县各…") and so count neither way; `named`
    are the names asked about that the sentence's article states: they count as its title's
    words do, since every sentence of the article is about them; `about` are those the article is
    about (its title, unit or section names them): every sentence of it has them in full, so that
    the rest of the question, not the name, picks the sentence."""
    got = {term: _term_found(term, weight, text, context, chunk, profile, named, about, near)
           for term, weight in profile.weights.items()}
    found = sum(got.values())
    for sides in profile.alternatives:  # "外卖员或外卖骑手": the side said best counts, as if it were all asked
        union = {term for side in sides for term in side}
        weighs = [sum(profile.weights.get(t, 0.0) for t in side) for side in sides]
        heaviest = max(weighs)
        best = max((sum(got.get(t, 0.0) for t in side) / weight if weight > 0 else 1.0)
                   for side, weight in zip(sides, weighs))  # a side of shared words only (or weighing nothing) is said already
        found += best * heaviest - sum(got.get(t, 0.0) for t in union)
    return found / ((profile.total - sum(profile.weights.get(term, 0.0) for term in elsewhere)) or 1.0)


def _term_found(term: str, weight: float, text: str, context: str, chunk: str, profile: QueryProfile,
                named: frozenset[str], about: frozenset[str], near: str) -> float:
    """How much of one question word's weight the text holds (in full, in its context, partly)."""
    if term in about or any(form in text for form in name_forms(term)):
        return weight
    if any(term == forms.split("|")[0] and names_festival(forms, text) for forms in profile.festivals):
        return weight  # "五一" asked, "劳动节" or "“五·一”" written
    # "工联会" spelled out in the sentence itself ("工会联合会"), not only abbreviating the unit's name (read once: a short
    # word not spelled out here is not at the end either)
    short = ABBREVIATION_CHARS[0] <= len(term) <= ABBREVIATION_CHARS[1] and term not in context
    if short and said_in_full(term, text):
        return weight
    # (a piece of a name the article states: "清路" of 正清路小学, which the tagger cuts, as the name itself)
    if term in context or term in named or any(term in name for name in named) or _abbreviates_unit(term, context):
        return weight * _CONTEXT_WEIGHT
    if term in near:
        return weight * _NEAR_WEIGHT
    if term in chunk:
        return weight * _CHUNK_WEIGHT
    if len(term) >= 3:
        return weight * (1.0 if not short and said_in_full(term, text) else _PARTIAL_WEIGHT * pair_share(term, text))
    if spelled_out(term, text):
        return weight
    if term in profile.verbs and _same_root_verb(term, text):
        return weight * _PARTIAL_WEIGHT
    if term == profile.role and term in HEAD_ASKED and head_title(text, profile.units):
        return weight  # "工会负责人" asked, "省国防工会主席吴志毅" written
    return 0.0


ABBREVIATION_CHARS = (3, 4)  # "工联会", "教代会": a word this short, spelled out ("会员代表参加本次大会" spells no 会员代表大会)


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


def _titles_whole(clauses: list[str]) -> list[str]:
    """Clauses with a title or a quote kept whole: a comma inside 《凝心促和谐，聚力保发展》 or “…，…”
    cuts no clause, so no window or answer opens in the middle of a title."""
    joined: list[str] = []
    for clause in clauses:
        if joined and (joined[-1].count("《") > joined[-1].count("》") or joined[-1].count("“") > joined[-1].count("”")):
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _windows(sentence: str) -> list[str]:
    """A long sentence as windows of consecutive clauses no longer than MAX_SENTENCE_CHARS."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    clauses = _titles_whole(_CLAUSE.findall(sentence))
    windows = []
    for start in range(len(clauses)):
        text = ""
        for clause in clauses[start:]:
            # 、 joins within a phrase ("一专多能、具备…的女工达268人"): a window goes on to the phrase's end
            if len(text) + len(clause) > MAX_SENTENCE_CHARS and text and (not text.endswith("、") or len(text) > 2 * MAX_SENTENCE_CHARS):
                break
            text += clause
        windows.append(text)
    return windows


HEADING_CHARS = 20
"""A sentence this short ("3、举行健康卫生讲座。") is read with the one after it as well, when that
one holds the kind of answer asked: a heading names the topic, the sentence after it the date or figure."""


def _under_headings(headings: list[tuple[int, str]], sentence: str) -> list[tuple[int, str]]:
    """The numbered headings open at `sentence` inside one passage, as (level, label): "（二）基层组织建设。"
    heads the sentences after it until the next heading of its level or above, which the chunker
    may have merged under the parent section's name, so a topic question ("在基层组织建设上…")
    finds them by their heading as by a section's. A long numbered item ("1、入户走访…") closes
    headings of its level and deeper and heads nothing."""
    level = heading_level(sentence)
    if level is None:
        return headings
    kept = [(at, label) for at, label in headings if at < level]
    return [*kept, (level, strip_numbering(sentence).rstrip("。：:；;"))] if len(sentence) <= HEADING_CHARS else kept


def _asks_type(profile: QueryProfile) -> bool:
    """The question asks for a figure, a person, a place won or another kind of answer."""
    return profile.wants_number or profile.wants_person or profile.wants_rank or bool(profile.kinds)


def _typed_strongly(profile: QueryProfile) -> bool:
    """A figure or a kind a sentence holds by its shape (a date, a distance, a time), not a person,
    a quoted title or a partner, which passing words look like too ("“送温暖”")."""
    return profile.wants_number or any(kind not in _WEAKLY_TYPED for kind in profile.kinds)


_WEAKLY_TYPED = frozenset({"title", "partner"})
OWN_NAME_TIMES = 3  # or it keeps naming it ("我行…农行…农行")


def _spoken_for(profile: QueryProfile, hit: Hit, article: str) -> frozenset[str]:
    """The units asked that the article is, telling of itself without their names (see scope.spoken_as)."""
    # (a report's title says whose it is only when the question points at a report by it, "那篇气象局…的总结":
    # "信访工作总结" and "我局" may be any bureau's)
    own, title = str(hit.metadata.get("unit") or ""), str(hit.metadata.get("title") or "") if profile.report_pointed else ""
    spoken = {unit for unit in profile.units if unit in profile.anchors and spoken_as(unit, own, article, title)}
    # a province's or city's own site writing the body asked by its level alone ("省林业工会" for 四川省林业工会):
    # the place asked, never written, is spoken for too (scope.level_body_unplaced)
    unplaced = [unit for unit in profile.units if level_body_unplaced(unit, hit, article)]
    return frozenset(spoken | {anchor for anchor in profile.anchors if any(anchor in unit for unit in unplaced)})


ABBREVIATION_MIN = 3


def _abbreviates_own(unit: str, context: str, opening: str) -> bool:
    """"临沂市监局" of an article of "临沂市市场监管局" (its unit, title or opening): the name asked keeps the
    characters of the article's own name in order, its first and its kind (局) the same."""
    written = set(context) | set(opening)  # (the names are read only when every character of a form is written)
    forms = [form for form in name_forms(unit) if len(form) >= ABBREVIATION_MIN and set(form) <= written]
    if not forms:
        return False
    names = [*unit_names(context), *unit_names(opening)]
    return any(len(name) > len(form) and form[0] == name[0] and form[-1] == name[-1] and is_subsequence(form, name)
               and numbers_agree(form, name)
               for form in forms for name in names)


def _own_unit_words(profile: QueryProfile, context: str, article: str) -> frozenset[str]:
    """The question's words inside an organisation it names ("青石岭/供水/分公司"), when the article
    is that organisation's own: its title or unit says so, its opening names it ("从…青石岭供水
    分公司工会…获悉", "我们柳林煤矿…"), or it keeps naming it. Every sentence of such an article is about it, so its
    name's words count in full wherever the tagger cut the name, or the name asked abbreviates it. Its kind words (分公司, 社区)
    do not: they still tell its sentences apart."""
    opening, folded = article[:OWN_NAME_CHARS].casefold(), article.casefold()  # "B厂" is written "b厂" as often
    own = [unit for unit in profile.units
           if any(form in context or form.casefold() in opening or folded.count(form.casefold()) >= OWN_NAME_TIMES
                  for form in name_forms(unit)) or _abbreviates_own(unit, context, article[:OWN_NAME_CHARS])]
    return frozenset(term for term in profile.weights if not says_only_kind(term) and any(term in unit for unit in own))


# a sentence that goes on telling of the event told just before ("此次活动共计发放慰问金…")
# (or a running total with no subject of its own: "截至目前，已累计服务20万余人次" counts what the sentence before set up)
_GOES_ON = re.compile(r"(?:此次|本次|这次|该次)|(?:截至|截止)(?:目前|今年[^，,。]{0,6}|年底|\d{1,2}月[^，,。]{0,6})?[，,]\s*(?:已经?|共|累计)"
                      r"|(?:目前|至今|迄今)[，,]?\s*(?:已经?|共|累计)"
                      # (or the event the sentence before opened, by its kind alone: "…代表大会开幕。会议为期两天")
                      r"|(?:会议|大会|活动)(?=为期|历时|持续|共|期间)")  # (not "培训为期5天": a kind of its own)
# "…等100余人参加了本次会议": the meeting is the one the sentence before told of, wherever it is named
_REFERS_BACK = re.compile(r"(?:此次|本次|这次|该次)(?:会议|大会|活动|比赛|培训|座谈会|表彰会|仪式)")
GOES_ON_SENTENCES = 2
# "…开展了专项职业能力培训班。培训时间为13天": a sentence opening with how long the kind of event lasted that the
# sentence before told of, by that kind's own word (not "培训为期5天" after a sports meeting)
_KIND_LASTED = re.compile(r"(?:[两二三四五六七八九十\d]+[个期次场])?(?P<kind>[\u4e00-\u9fff]{2,5}?)"
                          r"(?:(?:时间|时长|周期)(?:共|均|为|达|是)*|(?:均|共)?(?:为期|历时))[\d一二三四五六七八九十两半]")
_NOT_AN_EVENT = re.compile(r"^(?:今年|全年|去年|全区|全市|全县|工会|单位|我们|活动期间)")


def _goes_on_by_kind(sentence: str, before: str) -> bool:
    """The sentence tells how long the event of the sentence before lasted (a length of time right after), naming
    it by its kind, which the sentence before says."""
    lasted = _KIND_LASTED.match(sentence)
    return lasted is not None and not _NOT_AN_EVENT.match(lasted.group("kind")) and lasted.group("kind")[:2] in before


SIBLING_ITEM_CHARS = 8  # list items this short name things (桥牌, 中国象棋), not whole clauses


@lru_cache(maxsize=256)
def _short_lists(article: str) -> tuple[tuple[str, ...], ...]:
    """The article's lists of short things, each item as written (a first item still holding its
    lead, "设置桥牌", by its last word)."""
    import jieba

    tokenize("")  # the shared jieba, initialised once
    lists = []
    for enumeration in find_enumerations(article):
        items = [without_quotes(item) for item in enumeration.items]
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
    words = [w for w in profile.weights if len(w) >= 2 and w not in GENERIC and w not in profile.anchors
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


# (a contest's kind or stage is no sport: 游泳锦标赛, 篮球邀请赛, 总决赛)
_CONTEST_END = r"(?:锦标赛|邀请赛|友谊赛|选拔赛|淘汰赛|接力赛|预赛|复赛|总决赛|半决赛|决赛|联赛|大赛|竞赛|比赛|赛)"
_CONTEST = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?){_CONTEST_END}")
# a trade by its worker's noun (焊工, 钳工, 保育员, 厨师, 驾驶员), not workers in general or any contestant (职工, 人员, 选手, 能手)
_TRADE = re.compile(r"(?!(?:教|女|青年|农民|一线)?职工$|员工$|人员$|[选能高好新]手$|[青女教技民职员]工$|农民工$)[\u4e00-\u9fff]{1,4}[工员师手]")


def _names_a_sport(word: str) -> bool:
    """The word before a bare 比赛 is a sport or skill (乒乓球, 书法), one word of the tagger's, not a level, a time or a
    scope (全市, 市级, 年度)."""
    tags = tagged(word)
    return (len(tags) == 1 and tags[0][1] in ("n", "nz", "vn", "v") and not re.search(r"[全本该这那各]|级$|年度|[省市县区]$", word))


def _other_contest(profile: QueryProfile, article: str) -> bool:
    """"…2024年职工篮球赛有多少名运动员" asked of an article that tells a 游泳赛 and never says 篮球 at all: a contest the
    question names by its sport (or skill: its last two characters before the ending, 职工篮球联赛 -> 篮球), in one word or
    two ("乒乓球/比赛"), which the article never writes, is another contest than the one it tells."""
    words = list(profile.weights)
    # (锦标赛 alone names no sport, nor do a level, a time or a scope before 比赛: 全市, 市级, 年度)
    named = [*(w for w in words if not re.fullmatch(_CONTEST_END, w)),
             *(a + b for a, b in zip(words, words[1:]) if re.fullmatch(_CONTEST_END, b) and _names_a_sport(a))]
    asked = [found.group(1)[-2:] for found in map(_CONTEST.fullmatch, named) if found]
    # "焊工/职业技能/大赛": the trade whose skills are contested, a worker's noun before the skill ("钳工…大赛" is another)
    asked += [a[-2:] for a, b, c in zip(words, words[1:], words[2:])
              if re.fullmatch(_CONTEST_END, c) and re.fullmatch(r"(?:职业)?(?:技能|技术|操作技能)", b) and _TRADE.fullmatch(a)
              and _TRADE.fullmatch(a[-2:])]  # (电焊工 is a 焊工)
    return any(sport not in article for sport in asked) and _CONTEST.search(article) is not None


NEWS_CHARS = 4000  # a report of one event is this short; a year's summary is longer, its opening no event of all it tells
_HELD = re.compile(r"(?:召开|举行|举办|开幕|闭幕|拉开帷幕|落下帷幕|落幕|圆满结束|开赛|启动)")
HEADLINE_CHARS = 40  # a headline line is this short
LEAD_SENTENCES = 3  # a news report's headline, its kicker ("来比比谁是“金剪子”！") and the sentence telling the event


def news_lead(article: str) -> str:
    """The opening of a short article through the first of its first sentences that tells of an event held, after
    headline lines only ("11月23日，某工会第十届会员代表大会第一次会议在公司总部隆重召开"; after a kicker, "来比比谁是
    “金剪子”！…修剪大赛举办"): the event every later sentence is about ("刘某主持开幕会" is that meeting's), so its
    words count near each of them; "" otherwise."""
    if len(article) > NEWS_CHARS:
        return ""
    opening = [m.group() for m in _SENTENCE.finditer(article) if len(m.group().strip()) >= 6][:LEAD_SENTENCES]
    for at, sentence in enumerate(opening):
        if _HELD.search(sentence):
            return "".join(opening[: at + 1])
        line = sentence.strip()
        if line.endswith(("。", "；", ";")) or len(line) > HEADLINE_CHARS or heading_level(line) is not None:
            return ""  # a sentence of the body ("一年来，我们坚持…。") or a summary's heading ("一、…"): no headline
    return ""


_WHOLE_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _sentence_end(text: str, at: int) -> int:
    """Where the whole sentence that goes on at `at` ends (its 。, ！ or ？), or the text's end."""
    found = _WHOLE_SENTENCE_END.search(text, at)
    return found.end() if found else len(text)


def candidates(hits: list[Hit], profile: QueryProfile, articles: dict[str, str] | None = None) -> list[Candidate]:
    """Every sentence (or best clause window, or a short heading with the sentence after it) of
    the hits, scored, best first.

    `articles` (doc id -> clean text) lets a name the question asks about count when the
    article states it anywhere, not only in the retrieved chunk.
    """
    scored: list[Candidate] = []
    of_article: dict[str, tuple[bool, dict[str, frozenset[str]], bool, object, str]] = {}  # the same for every passage of an article
    # "哪个代表队…": where an article's passages name bodies of that kind, its answer is a sentence naming one
    named_kind = {hit.doc_id for hit in hits if profile.which_kind and _names_one_of_kind(hit.text, profile.which_kind)}
    for hit in hits:
        context = hit_context(hit) + f" {hit.metadata.get('year', '')}年"
        article = (articles or {}).get(hit.doc_id, hit.text)
        if hit.doc_id not in of_article:
            of_article[hit.doc_id] = (period_otherwise(profile, article), _listed_siblings(profile, article),
                                      one_month_told(article, profile), article_year(hit.metadata.get("year"), article),
                                      news_lead(article))
        otherwise, siblings, month_told, own_year, lead_event = of_article[hit.doc_id]
        # a report that never says whose it is but speaks as the body asked ("全分局", "该分局" for 铁路分局) is of it:
        # its sentences are anchored, though the name, never written, adds nothing to what they say
        spoken_for = _spoken_for(profile, hit, article)
        named = frozenset(a for a in profile.anchors if _names(a, "", context, article)) | _units_named(profile, context, article)
        about = frozenset(a for a in named if _names(a, "", context, "")) | _own_unit_words(profile, context, article)
        in_section = 1.0 if _in_section(hit, profile) else OFF_SECTION
        # a name the question quotes ("“年度之星”") that the article never writes: it is about something else
        unquoted = any(not quote_written(q, article, context) for q in profile.quoted)
        # a festival the question names that a dated article never mentions, nor any month it falls
        # in: its facts are of another time ("新春活动" may be told by its date, "2月12日")
        unquoted = (unquoted or any(dated_otherwise(forms, article + context) for forms in profile.festivals) or otherwise
                    or other_campaign(profile, article + context) or _counted_never_said(profile, article + context))
        # "秋游" asked of an article that tells only its 春游, and never says 秋 at all: every sentence
        # of it is about the spring one
        unquoted = unquoted or any(says_sibling(word, article + context) and not says_alone(word[:-1], article + context)
                                   for word in profile.sibling_words) or _other_contest(profile, article + context)
        heading, told, headings = "", [""], []
        for match in _SENTENCE.finditer(hit.text):
            sentence, lead = match.group().strip(), heading
            heading = sentence if len(sentence) <= HEADING_CHARS else ""
            headings = _under_headings(headings, sentence)
            # only a figure is carried so: "此次大会期间，…" says nothing of when the meeting was
            goes_on = _GOES_ON.match(sentence) or _REFERS_BACK.search(sentence) or _goes_on_by_kind(sentence, told[-1])
            carried = "".join(told[-GOES_ON_SENTENCES:]) if profile.wants_number and goes_on else ""
            told.append(sentence)
            if len(sentence) < 6:
                continue
            # a guest list cut at its semicolons says what its people did only at the end ("…；…出席会议。")
            goes_on = hit.text[match.end() : _sentence_end(hit.text, match.end())] if sentence[-1] in "；;" else ""
            best: Candidate | None = None
            before = hit.text[max(0, match.start() - MONTH_BEFORE) : match.start()]
            month_inherited = month_told and is_undated(sentence) and other_month(sentence, before, profile)
            start = hit.metadata.get("start")  # where the sentence stands in its article (the same one may stand twice)
            at = start + match.start() + len(match.group()) - len(match.group().lstrip()) if isinstance(start, int) else -1
            anchored = (not unquoted and _anchored(sentence, context, article, profile, own_year, spoken_for, at)
                        and (month_inherited or not other_month(sentence, before, profile))
                        and not other_day(sentence, before, profile)
                        and not dated_other_year(sentence, profile) and not other_festival(sentence, profile)
                        and not relative_year_otherwise(sentence, profile, own_year)
                        and not any(says_sibling(phrase, sentence) for phrase in profile.contrasts)
                        and not _whole_of_another_level(sentence, profile)
                        and not _tells_another_campaign(sentence, profile)
                        and not _another_years_report(sentence, profile)
                        and not _about_sibling(sentence, siblings))
            elsewhere = _named_elsewhere(sentence, context, article, profile)
            stock_only = (_only_stock(sentence, profile) or post_held_elsewhere(sentence, _head_as_titled(sentence, profile), article,
                                                                                  str(hit.metadata.get("unit") or ""))
                          or (profile.asks_done and bool(PLANNED.search(sentence)) and not DONE.search(sentence))
                          # "金秋助学资助了几名学生" of "…3名金秋助学…任务" under "二、下半年工作计划": a plan, nothing done
                          or (profile.done_asked and profile.wants_number and _under_plan_heading(hit)))
            # "3月7日，在“三八”…之际，…举办了运动会": a window that keeps the festival and leaves the date out
            # does not say the day the sentence gives
            dated = _EXPLICIT_DAY.findall(sentence) if {"day", "date"} & set(profile.kinds) else []
            # "（二）基层组织建设。" then what was done under it: the two read as one answer
            headed = [lead + sentence] if lead and (heading_level(lead) is not None and heading_level(sentence) is None
                                                    or _asks_type(profile) and _has_answer_type(sentence, profile, context)) else []
            # (of the sentence, whichever window of it is scored)
            year_said = _YEAR_UNSAID if _year_unsaid(sentence, article, at, profile, own_year) else 1.0
            for window in _windows(sentence) + headed:
                typed = (_has_answer_type(window, profile, context, carried, goes_on) and not stock_only
                         and (not dated or any(day in window for day in dated))
                         and (hit.doc_id not in named_kind or _names_one_of_kind(window, profile.which_kind))
                         and not _day_of_another_event(window, profile, told[-2] if len(told) > 1 else ""))
                near = "".join(told[-1 - NEAR_SENTENCES : -1]) if typed and _typed_strongly(profile) else ""
                # the headings it sits under count as its neighbours do (the words, never an abbreviation)
                coverage = sentence_coverage(_unfolded(window) + carried, context, hit.text, profile, elsewhere, named, about,
                                             "".join([near, lead_event, *(label for _, label in headings)]))
                score = (coverage * (1.0 if typed else _UNTYPED) * (1.0 if anchored else _UNANCHORED) * in_section
                         * year_said
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
    lead = fitting_first(ranked[0], ranked, profile)
    limit, floor = (MAX_LIST_SENTENCES, 0.6) if profile.wants_list else (MAX_SENTENCES, 0.8)
    chosen: list[Candidate] = [lead]
    for candidate in ranked:
        if candidate.score < best * floor:
            break
        # a window that holds one chosen and goes on ("王某当选…主任；桂某当选…主任。") says it and more
        held = next((i for i, c in enumerate(chosen) if c.text in candidate.text and c.hit.chunk_id == candidate.hit.chunk_id), None)
        if held is not None:
            chosen[held] = candidate if len(candidate.text) > len(chosen[held].text) else chosen[held]
            continue
        if len(chosen) >= limit:
            break
        if any(candidate.text in c.text or c.text in candidate.text for c in chosen):
            continue
        chosen.append(candidate)
    return chosen


def fitting_first(chosen: Candidate, ranked: list[Candidate], profile: QueryProfile) -> Candidate:
    """Of the chosen article, the sentence that says what is asked of it directly: the figure counting
    the thing asked (counting_first), who was elected (elected_first), or the day the event asked was held (held_first)."""
    if profile.wants_number and not profile.new_asked:
        return counting_first(chosen, ranked, profile.count_of)
    if profile.elected_asked:
        return elected_first(chosen, ranked, profile)
    if profile.founded:
        return founded_first(chosen, ranked)
    return held_first(chosen, ranked, profile.held) if profile.held else chosen


_FOUNDING_DATE = r"(?:(?:19|20)\d\d\s*年|\d{1,2}月\d{1,2}[日号])"
# "从2011年成立", "组建于2015年": a date beside the founding verb, before it or after it
_FOUNDED_ON = re.compile(rf"{_FOUNDING_DATE}[^，。；,;]{{0,8}}?(?:{FOUNDING.pattern})|(?:{FOUNDING.pattern})(?:于|在|是)?{_FOUNDING_DATE}")


def founded_first(chosen: Candidate, ranked: list[Candidate]) -> Candidate:
    """"艺术团是哪一年成立的": of the chosen article, a sentence dating the founding ("从2011年成立至今") before one
    dated by a meeting it tells of ("2015年8月14日…工作会议召开")."""
    return _first_telling(chosen, ranked, lambda text: _FOUNDED_ON.search(text) is not None)


_ELECTED_TOLD = re.compile(r"当选|选举产生|选出|选举")


def elected_first(chosen: Candidate, ranked: list[Candidate], profile: QueryProfile) -> Candidate:
    """"换届后新的工会主席是谁": of the chosen article, a sentence telling who was elected ("选出…姜某同志为工会主席")
    before one naming the chairman who reported on the term before ("中心工会主席孙某作…工作报告"). When the
    chosen sentence names the meeting and its guests ("召开…第十届会员代表大会，市总工会主席何某…参加"), the article's
    sentence electing someone to the post asked ("大会选举产生了韩某为工会主席…") is the answer, however few of the
    question's words it repeats."""
    told = _first_telling(chosen, ranked, lambda text: bool(elected_names(text) or _ELECTED_TOLD.search(text)))
    role = profile.role
    if told is not chosen or elected_names(chosen.text) or not role:
        return told
    # (of the edition and year asked: "2012年第九届会员代表大会选举产生了罗某为工会主席" is the congress before)
    return next((c for c in ranked if c.hit.doc_id == chosen.hit.doc_id and role in c.text and _elected_to(c.text, role)
                 and _of_the_congress_asked(c, profile)), chosen)


def _of_the_congress_asked(candidate: Candidate, profile: QueryProfile) -> bool:
    """The sentence writes no edition other than one asked ("第十届" asked, "第九届" written) and no year other than the
    question's or its article's own ("2023年3月15日，大会选举产生了…" of a 2023 report)."""
    editions = {anchor for anchor in profile.anchors if ORDINAL_EDITION.fullmatch(anchor)}
    if editions and not set(ORDINAL_EDITION.findall(candidate.text)) <= editions:
        return False
    own = {str(candidate.hit.metadata.get("year") or ""), *(re.findall(r"(?:19|20)\d\d", " ".join(profile.anchors)))}
    return not dated_other_year(candidate.text, profile) and set(re.findall(r"((?:19|20)\d\d)年", candidate.text)) <= own


def _elected_to(text: str, role: str) -> bool:
    """Someone the text says was elected ("选举产生了韩某为工会主席") with the post asked right after the name."""
    deputy = "" if role.startswith("副") else "(?<!副)"
    return any(re.match(rf"[^，,。；;]{{0,12}}?{deputy}{re.escape(role)}", text[end:]) for _, end in elected_names(text))


# the event held, as a sentence says it: the holding verb before its name ("召开第四次职工（工会会员）大会") or after
# ("运动会在体育馆隆重举行"); not a thing of the event ("大会筹备组", "大会工作方案")
_NOT_THE_EVENT = r"(?![\u4e00-\u9fff]{0,2}(?:筹备|方案|小组|请示|通知|预备))"
_NOT_YET = r"(?<!同意)(?<!决定)(?<!研究)(?<!筹备)(?<!准备)(?<!计划)(?<!拟)(?<!将)(?<!定于)"  # "研究同意召开职工大会": a plan


def held_first(chosen: Candidate, ranked: list[Candidate], head: str) -> Candidate:
    """"职工大会是哪天召开的": of the chosen article, a dated sentence saying the meeting was held before
    one whose date is of something about it ("…成立了职工大会工作领导小组", "确定了大会工作方案")."""
    held = re.compile(rf"{_NOT_YET}{HELD_VERBS}了?[^，。；,;]{{0,14}}?{head}{_NOT_THE_EVENT}|{head}{_NOT_THE_EVENT}[^，。；,;]{{0,24}}?{_NOT_YET}{HELD_VERBS}")
    if head == "会":  # "开了一个什么会": the meeting's name is the answer, in the sentence naming a meeting held
        if re.search(MEETING_HEAD, chosen.text):
            return chosen  # "女职工座谈会于3月8日在机关会议室进行": it names the meeting already
        days = set(_EXPLICIT_DAY.findall(chosen.text))
        return _first_of_article(chosen, ranked, lambda c: _meeting_held(c.text, days))
    return _first_telling(chosen, ranked, lambda text: held.search(text) is not None)


_MEETING_HELD = re.compile(rf"{_NOT_YET}{HELD_VERBS}了?[^，。；,;]{{0,14}}?{MEETING_HEAD}|{MEETING_HEAD}[^，。；,;]{{0,24}}?(?:{HELD_VERBS}|进行)")
_ANOTHER_HOLDER = re.compile(r"(?:党委|县委|市委|省委|区委|政府|人大|政协|要求|指出|强调|号召)[^，。；,;]{0,14}$")


def _meeting_held(text: str, days: set[str]) -> bool:
    """A sentence telling a meeting held on the day the chosen one gives (if it gives one), held by no other body
    (县委, 县政府) and not what a meeting asked others to hold ("会议要求…举办好…")."""
    found = _MEETING_HELD.search(text)
    if found is None or _ANOTHER_HOLDER.search(text[: found.start() + 2]):
        return False
    return not days or bool(days & set(_EXPLICIT_DAY.findall(text)))


def counting_first(chosen: Candidate, ranked: list[Candidate], noun: str) -> Candidate:
    """"金堂发电有多少女职工": of the chosen article, the sentence whose figure counts the thing asked
    ("459名女职工") before one with a figure of something else ("近150人参加的女职工代表大会")."""
    if not noun or counts_directly(chosen.text, noun):
        return chosen
    return _first_of_article(chosen, ranked, lambda c: counts_directly(c.text, noun))


def _first_telling(chosen: Candidate, ranked: list[Candidate], tells: Callable[[str], bool]) -> Candidate:
    """The chosen one when it tells what is wanted, else the best typed sentence of its article that does."""
    return chosen if tells(chosen.text) else _first_of_article(chosen, ranked, lambda c: c.has_answer_type and tells(c.text))


def _first_of_article(chosen: Candidate, ranked: list[Candidate], wanted: Callable[[Candidate], bool]) -> Candidate:
    """The best sentence of the chosen one's article that is what is wanted, dated as asked and scoring not far
    below it; the chosen one when there is none."""
    return next((c for c in ranked if c.hit.doc_id == chosen.hit.doc_id and c.anchored and c.score >= chosen.score * COUNTING_RATIO
                 and wanted(c)), chosen)


COUNTING_RATIO = 0.5


def opening(text: str, profile: QueryProfile) -> str:
    """The sentence from its first clause that answers: for a figure or a name, leading clauses
    holding neither it nor a question word ("为丰富职工生活，") are dropped, the rest kept verbatim."""
    if not _asks_type(profile):
        return text
    clauses = _titles_whole(_OPENING_CLAUSE.findall(text))
    for i, clause in enumerate(clauses):
        if _has_answer_type(clause, profile) or any(term in clause for term in profile.weights) or _asked_figure(clause, profile):
            return "".join(clauses[i:])
    return text


def _asked_figure(clause: str, profile: QueryProfile) -> bool:
    """The clause holds a figure in the measure asked ("筹措资金6万余元" for "花了多少钱"): the
    sentence's figure, though the clause says none of the question's words."""
    return profile.wants_number and bool(profile.measures) and any(
        any(unit in f.text for unit in profile.measures) for f in figures(clause))
