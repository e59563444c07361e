"""Questions about several articles at once: one line per article, and which one is largest.

"哪些单位…", "各单位…分别多少", "在哪几份总结里…", "哪个最多", "对比…" are answered per document:
the best sentence of each article that answers at all, labelled with whose it is. Figures are
compared only with the same measure word (户 with 户, 元 with 元), so 236户 is never "more"
than 1.2万元.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer_types import Candidate, QueryProfile, whose
from assistant.enumeration import ordinal_value

MAX_DOCUMENTS = 8
MAX_SAYING_DOCUMENTS = 16
DOCUMENT_RATIO = 0.5
"""An article gets its own line when its best sentence scores at least this share of the best
article's: lower lets in articles that only mention the topic in passing."""

_MULTIPLIERS = {"万": 10_000.0, "千": 1_000.0, "百": 100.0, "亿": 100_000_000.0}
MEASURE_WORDS = (r"个半小时|个小时|平方千米|人次|艘次|架次|辆次|车次|班次|航次|吨次|标箱|课时|学时|万元|平方米|平方公里|平米|平方(?![米公千])|㎡|m²|m2(?![\dA-Za-z])|立方米|公里|千米|毫升|千克|公顷|小时|公斤|周年|元|人|名|位|户|个|次|项|家|件|条|场|期|所|台|套|份|岁|篇|支|批|天|米|%|‰"
                 "|届|本|册|倍|处|座|辆|张|块|间|棵|吨|部|幅|首|盒|袋|箱|斤|桶|瓶|双|床|亩|株|队|组|升|克|票|封|趟|种|类|艘|架|例|副|束|枚|面|顶|只|度|℃"
                 # (these only after a digit, a numeral other than 一, or 万/千/余: "2千多颗", "两栋"; "一颗真心", "统一包装")
                 r"|(?<=[\d万千百余多两二三四五六七八九十])(?:颗|粒|根|栋|幢|罐|篮|串|包|卷)")
"""The measure words a figure is counted in ("73处", "9万元"): one list for answers and drafts."""
_FIGURE = re.compile(
    rf"(?P<num>\d+(?:\.\d+)?|[一二三四五六七八九十两]{{1,3}})\s*(?P<mult>亿|万|千(?![米克瓦])|百)?\s*(?:余|多)?\s*(?P<measure>{MEASURE_WORDS})(?!(?P=measure))"
    rf"|(?P<about>近|上|数|逾|超|约)?(?P<round>亿|万|千|百)(?P<more>余|多)?(?P<round_measure>{MEASURE_WORDS})"
    r"|(?P<score>\d+(?:\.\d+)?)分(?![钟之])"
    # "票款收入152万。": an amount in 万 or 亿 that says no measure word, the sentence's end or a pause after it
    r"|(?P<bare>\d+(?:\.\d+)?|[一二三四五六七八九十百两]{1,4})\s*(?P<bare_mult>亿|万)(?:余|多)?(?=[，,。；;、（）()]|$)"
    r"|百分之(?P<share>[一二三四五六七八九十百点\d]+)"
    # "近1/4", "三分之一": a share written as a fraction (not a date's "2023/1/4")
    r"|(?P<fraction>(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])|[一二三四五六七八九十]分之[一二三四五六七八九十]+)"
    # "共有100余女职工聆听了讲座": a count of people with no measure word, "about" said (余, 多) and the people after it
    r"|(?P<people>\d+)(?:余|多)(?=(?:女|男|青年|困难|一线|退休)?(?:职工|员工|会员|教职工|干部|党员|农民工|群众|代表|选手|学生|教师|老师)"
    r"(?![\u4e00-\u9fff]{0,2}[队岗组团户家位]|单位))"  # (not 20余代表队, 120余会员单位, 10余党员示范岗)
)
# A round figure says its size by the multiplier alone, with a word of about or more beside it
# ("近万人", "百余人", "数千名"); without one it is an idiom ("千家万户") more often than a count.
# Points ("98.3分") are read in digits only: "十分" is "very". A measure said twice ("一件件棉衣")
# means "one after another", no count.
_SAME_MEASURE = {"名": "人", "位": "人", "℃": "度", "平米": "平方米", "平方": "平方米", "㎡": "平方米", "m²": "平方米", "m2": "平方米",
                 "千米": "公里", "千克": "公斤", "平方千米": "平方公里", "个小时": "小时", "个半小时": "小时", "学时": "课时"}
_KIND_MEASURES = ("种", "类")
# The numerals of sums written out in full ("壹仟元"), read as the everyday ones.
_FINANCIAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟萬億", "一二三四五六七八九十百千万亿")


@dataclass(frozen=True)
class Figure:
    """A number with its measure word, as written ("12.4万元") and as a value (124000.0, "元")."""

    text: str
    value: float
    measure: str


_STAR_GRADE = re.compile(r"([一二三四五六七\d])星级")


def star_grades(text: str) -> list[Figure]:
    """"五星级职工之家": a grade in stars, a figure only for a question asking 几星级."""
    return [Figure(m.group(0), float(m.group(1) if m.group(1).isdigit() else ordinal_value(m.group(1))), "星")
            for m in _STAR_GRADE.finditer(text)]


@dataclass(frozen=True)
class DocAnswer:
    """An article's answer: its best sentence and the figure in it that answers."""

    doc_id: str
    label: str
    candidate: Candidate
    figure: Figure | None


def unit_label(candidate: Candidate) -> str:
    """Whose fact a sentence is (its article's unit, else its title in 《》)."""
    return whose(candidate.hit, "资料")


def subject_label(name: str | None, label: str) -> str:
    """The name the question gave, joined with the article's own unit: "顺昌县" and "县总工会" make
    "顺昌县总工会"; a unit that does not continue the name is kept beside it in brackets."""
    if not name or name == label or name in label:
        return label
    for overlap in range(min(len(name), len(label)), 0, -1):
        if name.endswith(label[:overlap]):
            return name + label[overlap:]
    return f"{name}（{label}）"


def distinct_labels(chosen: list[Candidate]) -> dict[str, str]:
    """Each article's label (by doc id); articles sharing a unit name ("局工会") add their title."""
    first = {c.hit.doc_id: c for c in chosen}
    plain = {doc_id: unit_label(c) for doc_id, c in first.items()}
    shared = {label for label in plain.values() if list(plain.values()).count(label) > 1}
    return {doc_id: f"{label}《{first[doc_id].hit.title}》" if label in shared and first[doc_id].hit.title not in label
            else label for doc_id, label in plain.items()}


def same_measure(measure: str) -> str:
    """The one name of a measure written several ways (名 and 位 count 人; 平米, ㎡ are 平方米)."""
    return _SAME_MEASURE.get(measure, measure)


def figures(text: str) -> list[Figure]:
    """Every figure in a text (a number with its measure word), in order, with 万/千 applied and
    名/位 counted as 人; "百分之五" is a share, with no value to compare."""
    found = []
    for match in _FIGURE.finditer(text.translate(_FINANCIAL_NUMERALS)):  # one character for one: spans hold
        if match.group("share") or match.group("fraction"):
            found.append(Figure(match.group(0), 0.0, "%"))
            continue
        if match.group("people"):
            found.append(Figure(match.group(0), float(match.group("people")), "人"))
            continue
        if match.group("score"):
            found.append(Figure(match.group(0), float(match.group("score")), "分"))
            continue
        if match.group("bare"):
            bare = match.group("bare")
            value = float(bare) if bare[0].isdigit() else float(ordinal_value(bare))
            found.append(Figure(match.group(0), value * _MULTIPLIERS[match.group("bare_mult")], ""))
            continue
        if match.group("round"):
            if match.group("about") or match.group("more"):
                measure = match.group("round_measure")
                found.append(Figure(match.group(0), _MULTIPLIERS[match.group("round")], same_measure(measure)))
            continue
        number = match.group("num")
        value = float(number) if number[0].isdigit() else float(ordinal_value(number))
        value *= _MULTIPLIERS.get(match.group("mult") or "", 1.0)
        measure = match.group("measure")
        if measure in _KIND_MEASURES and (value == 1 or text[max(0, match.start() - 1) : match.start()] == "第"):
            continue  # "一种生活习惯", "第一类": a kind, no count
        if measure in ("人", "名", "位") and text[max(0, match.start() - 1) : match.start()] == "第":
            continue  # "第二人民医院", "获第一名": a name and a place, no count of people
        if measure == "度" and not number[0].isdigit():
            continue  # "一度被评为": once, no degrees (those are written in digits, "33度")
        found.append(Figure(text[match.start() : match.end()], value, same_measure(measure)))
    return found


def answering_figure(text: str, profile: QueryProfile) -> Figure | None:
    """The first figure of the kind asked for (元 for "多少钱"), or the first figure at all."""
    found = figures(text)
    wanted = {same_measure(m) for m in profile.measures}
    typed = [f for f in found if f.measure in wanted] if wanted else found
    return typed[0] if typed else None


HEAD_SHARE = 1 / 3
"""A topic's head marks the topic only when at most this share of the retrieved articles say it:
"献血" is said in 3 of 21 articles retrieved for "无偿献血", "比赛" in 20 of 21 for "拔河比赛"."""


def topic_head(profile: QueryProfile, ranked: list[Candidate]) -> str:
    """The head of the question's heaviest word when that word is a compound of four characters or
    more: Chinese compounds end with their head ("无偿献血" -> 献血), and another article may say
    the topic with another modifier ("义务献血"), which the word weights do not count. "" when
    there is none, or when it is too common among the retrieved articles to mark the topic."""
    if not profile.weights:
        return ""
    word = max(profile.weights, key=lambda w: profile.weights[w])
    head = word[-2:] if len(word) >= 4 else ""
    pool = {c.hit.doc_id for c in ranked}
    saying = {c.hit.doc_id for c in ranked if head and head in c.text}
    return head if head and len(saying) <= HEAD_SHARE * len(pool) else ""


def says_topic_otherwise(candidate: Candidate, head: str, profile: QueryProfile) -> bool:
    """The sentence says the topic's head, and, for "多少", a figure of the kind asked in the same clause."""
    if not head or head not in candidate.text:
        return False
    if not profile.wants_number:
        return True
    wanted = {same_measure(m) for m in profile.measures}
    return any(head in clause and any(not wanted or f.measure in wanted for f in figures(clause))
               for clause in re.split(r"[，,；;。：:]", candidate.text))


_SEVERAL = re.compile(r"^(?:这|那|资料里的?)?(?P<n>[两二三四五六七八九]|[2-9])\s*(?:家|个|所|份|篇)(?=[^，,。？?]{0,10}?"
                      r"(?:工会|单位|医院|学校|中学|小学|学院|公司|社区|街道|县|区|镇|局|总结|资料))")


def asked_documents(question: str) -> int | None:
    """How many articles a question that opens by counting them sets side by side: 2 for
    "两家医院工会…各是怎样"; None otherwise ("新建了两家企业工会" counts what was done)."""
    found = _SEVERAL.search(question.strip())
    return ordinal_value(found.group("n")) if found else None


def says(candidate: Candidate, word: str) -> bool:
    """The sentence says the word; a year ("2005年") is said by an article of that year too."""
    year = re.fullmatch(r"((?:19|20)\d\d)年", word)
    return word in candidate.text or bool(year and candidate.hit.metadata.get("year") == int(year.group(1)))


def said_word(words: tuple[str, ...], ranked: list[Candidate]) -> str:
    """The word that marks the topic of "哪几份提到了X" in the articles: the heaviest of X's words
    that two articles say ("夏天给职工送清凉": 清凉, as "夏送清凉" has no 夏天), else the heaviest."""
    for word in words:
        if len({c.hit.doc_id for c in ranked if says(c, word)}) >= 2:
            return word
    return words[0] if words else ""


def _with_first_saying(chosen: list[Candidate], ranked: list[Candidate], says: Callable[[Candidate], bool]) -> list[Candidate]:
    """The chosen sentences, then the first sentence that `says` of each article not yet chosen."""
    seen = {c.hit.doc_id for c in chosen}
    for candidate in ranked:
        if candidate.hit.doc_id not in seen and says(candidate):
            chosen = [*chosen, candidate]
            seen.add(candidate.hit.doc_id)
    return chosen


def per_document(ranked: list[Candidate], profile: QueryProfile) -> list[DocAnswer]:
    """The best answering sentence of each article, best article first, weak ones left out (an
    article about another unit than those named already scores lower); then the articles that
    say the topic with another word ("义务献血" for "无偿献血"), each by its first such sentence."""
    best: dict[str, Candidate] = {}
    for candidate in ranked:
        if profile.wants_number and not candidate.has_answer_type:
            continue
        best.setdefault(candidate.hit.doc_id, candidate)
    if not best:
        return []
    top = max(c.score for c in best.values())
    chosen = sorted((c for c in best.values() if c.score >= top * DOCUMENT_RATIO), key=lambda c: -c.score)
    head = topic_head(profile, ranked)
    chosen = _with_first_saying(chosen, ranked, lambda c: says_topic_otherwise(c, head, profile))
    stated = [w for w in profile.weights if w.isdigit()]

    def states(candidate: Candidate) -> bool:
        return all(number in candidate.text for number in stated)

    if stated and any(states(c) for c in ranked):  # "都是45名代表参加，是哪两家": the articles stating it
        chosen = _with_first_saying([c for c in chosen if states(c)], ranked, states)
    word = said_word(profile.said, ranked)
    if word:  # "哪几份提到了X": every article saying X, and only those
        chosen = _with_first_saying([c for c in chosen if says(c, word)], ranked, lambda c: says(c, word))
    # "哪几家…有羽毛球": every article saying it is the answer, not only the first few
    chosen = chosen[: profile.documents or (MAX_SAYING_DOCUMENTS if word else MAX_DOCUMENTS)]
    labels = distinct_labels(chosen)
    return [
        DocAnswer(c.hit.doc_id, labels[c.hit.doc_id], c, answering_figure(c.text, profile) if profile.wants_number else None)
        for c in chosen
    ]


def _offset(candidate: Candidate) -> int:
    """Where a sentence stands in its article (its chunk's start plus its place in the chunk)."""
    start = candidate.hit.metadata.get("start")
    return (start if isinstance(start, int) else 0) + max(candidate.hit.text.find(candidate.text), 0)


def article_sentences(chosen: Candidate, ranked: list[Candidate], ratio: float, limit: int) -> list[Candidate]:
    """An article's line: its chosen sentence and up to limit-1 others of the same article scoring
    at least `ratio` of it, none repeating another ("建家和换届情况" is told in two sentences);
    of sentences scoring alike, the nearest to the chosen one (it goes on with what that says)."""
    same = [c for c in ranked if c.hit.doc_id == chosen.hit.doc_id and c.score >= chosen.score * ratio]
    said = [chosen]
    for candidate in sorted(same, key=lambda c: (-c.score, abs(_offset(c) - _offset(chosen)))):
        if len(said) >= limit:
            break
        if not any(candidate.text in c.text or c.text in candidate.text for c in said):
            said.append(candidate)
    return said


def comparable(docs: list[DocAnswer]) -> list[DocAnswer]:
    """The articles whose figures share the commonest measure word (the only ones to compare);
    on a tie, the measure of the best article."""
    measures = [d.figure.measure for d in docs if d.figure]
    if not measures:
        return []
    common = max(measures, key=measures.count)
    return [d for d in docs if d.figure and d.figure.measure == common]


def extreme(docs: list[DocAnswer], compare: str) -> DocAnswer | None:
    """The article with the largest figure ("least": the smallest); None with fewer than two to compare."""
    same = comparable(docs)
    if len(same) < 2:
        return None
    pick = min if compare == "least" else max
    return pick(same, key=lambda d: d.figure.value if d.figure else 0.0)


def versions_agree(docs: list[DocAnswer]) -> bool | None:
    """Whether two articles state the same figure; None when there are not two figures to set side by side."""
    same = comparable(docs)
    if len(same) != 2:
        return None
    first, second = (d.figure for d in same)
    return bool(first and second and first.value == second.value)
