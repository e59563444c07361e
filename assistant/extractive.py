"""The offline answerer: the sentences of the retrieved chunks that answer the question.

A sentence scores by how much of the question's weight (rare words count more) it covers,
with the words of its article title, section and unit counting half, and by whether it holds
the kind of thing asked for (a figure for "多少", a name for "谁"). The best sentence leads;
"哪些/有哪几" questions gather items across chunks. The same score, for the best sentence, is
the evidence the "not in the material" floor is calibrated on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from vectorstore.lexical import tokenize
from vectorstore.retriever import Hit

MAX_SENTENCE_CHARS = 110
MAX_SENTENCES = 3
MAX_LIST_SENTENCES = 5

_QUESTION_WORDS = frozenset(
    "数量 人数 户数 次数 金额 总额 比例 占比 多大 具体数字 名单 时间 地点 "
    "局里 单位里 我们 他们 多少 几 几个 几项 几名 几次 哪些 哪几 哪几项 哪个 哪里 哪儿 什么 谁 是否 有没有 怎么 怎样 如何 情况 请问 一下 "
    "一共 总共 共 分别 具体 主要 都 过 了 呢 吗 啊 搞 做 是 有 的 和 与 及 给 去 被 把".split()
)
_GENERIC = frozenset("工会 工作 开展 活动 职工 组织 进行 单位 全年 今年 去年 年度 方面 相关 有关".split())
_GENERIC_WEIGHT = 0.35
_CONTEXT_WEIGHT = 0.5  # a word found only in the title, section or unit of the chunk
_CHUNK_WEIGHT = 0.25  # a word found only elsewhere in the chunk
_UNTYPED = 0.5  # "多少钱" answered by a sentence with no amount in 元
_UNANCHORED = 0.3  # the sentence's chunk is about another unit or place than the one asked about

_WANTS_NUMBER = re.compile(r"多少|几[个项名次人户家场期批支篇天]|几|数量|人数|金额|比例|百分之|多大|多高|多长|总额|占比")
_WANTS_LIST = re.compile(r"哪些|哪几|有什么|包括什么|包括哪|都有|分别")
_WANTS_PERSON = re.compile(r"谁|叫什么名字|是哪位|哪位")
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|千|百)?\s*(?:余|多)?\s*(?:元|人|名|户|个|次|项|家|件|条|场|期|所|台|套|份|岁|篇|支|批|天|小时|平方米|米|%|‰|届|本|册|万元|人次)"
    r"|[一二三四五六七八九十两百千万]+(?:余|多)?(?:名|人|户|个|次|项|家|场|期|批|支|件|条|届)"
    r"|百分之[一二三四五六七八九十百点\d]+"
)
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}(?:同志|主席|书记|老师|校长|局长|厂长|经理|主任|委员)|(?:主席|书记|老师|校长|局长|特级教师)[\u4e00-\u9fff]{2,3}")
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_CLAUSE = re.compile(r"[^，,、：:]+[，,、：:]?")


@dataclass(frozen=True)
class QueryProfile:
    """What a question asks: its weighted words, the names it is about, the kind of answer it wants."""

    weights: dict[str, float]
    anchors: tuple[str, ...]  # places, units, people: the answer must be about these
    wants_number: bool
    wants_list: bool
    wants_person: bool
    measures: tuple[str, ...] = ()  # for "多少钱": the figure must be in 元

    @property
    def total(self) -> float:
        return sum(self.weights.values()) or 1.0


@dataclass(frozen=True)
class Candidate:
    """A sentence (or clause window) of a retrieved chunk, scored against the question."""

    text: str
    hit: Hit
    score: float
    coverage: float
    has_answer_type: bool
    anchored: bool = True


_CONTENT_POS = ("n", "v", "a", "s", "t", "j", "l", "i", "b", "eng", "vn", "an")
_ANCHOR_POS = frozenset({"ns", "nt", "nz"})
_ANCHOR_SUFFIX = re.compile(r"..+(?:省|市|县|区|镇|乡|村|局|厂|公司|集团|学校|中学|小学|学院|医院|园区|中心)$")
_MEASURE_ASKED = re.compile(r"(?:多少|几)\s*(名|个|位|人次|人|户|家|项|次|场|期|批|支|件|条|篇|张|天|元|万元|毫升|届|所|份)?([\u4e00-\u9fff]{0,3})")
_MONEY_WORDS = re.compile(r"钱|金额|经费|慰问金|慰问款|补贴|捐款|资金|善款|费用|奖金|助学金")
_SHARE_WORDS = re.compile(r"比例|百分|占比|率")
_MEASURE_GROUPS = {"元": ("元",), "万元": ("元",), "名": ("名", "人", "位"), "人": ("人", "名", "位"), "位": ("位", "名", "人"),
                   "人次": ("人次", "人", "名")}


def _pos_words(question: str) -> list[tuple[str, str]]:
    import jieba.posseg

    tokenize("")  # the shared jieba, initialised once
    return [(w.word.lower(), w.flag) for w in jieba.posseg.lcut(question)]


def _expected_measures(question: str) -> tuple[str, ...]:
    if _SHARE_WORDS.search(question):
        return ("%", "百分之", "成")
    asked = _MEASURE_ASKED.search(question)
    measure, noun = (asked.group(1), asked.group(2)) if asked else (None, "")
    if measure in ("元", "万元") or _MONEY_WORDS.search(noun or "") or (not measure and _MONEY_WORDS.search(question)):
        return ("元",)
    if measure and measure != "个":
        return _MEASURE_GROUPS.get(measure, (measure,))
    return ()


def profile_question(question: str, idf: Callable[[str], float]) -> QueryProfile:
    """The question's content words weighted by rarity; generic genre words weigh little."""
    weights: dict[str, float] = {}
    anchors: list[str] = []
    for word, pos in _pos_words(question):
        if len(word) < 2 or word in _QUESTION_WORDS or not pos.startswith(_CONTENT_POS + tuple(_ANCHOR_POS)):
            continue
        if re.fullmatch(r"[\d.]+|(?:19|20)\d\d", word):
            continue
        weight = idf(word) * (_GENERIC_WEIGHT if word in _GENERIC else 1.0) * (0.7 if pos == "v" else 1.0)
        weights[word] = max(weights.get(word, 0.0), weight)
        if (pos in _ANCHOR_POS or _ANCHOR_SUFFIX.match(word)) and word not in _GENERIC:
            anchors.append(word)
    anchors += [year + "年" for year in re.findall(r"((?:19|20)\d\d)\s*年", question)]
    return QueryProfile(
        weights=weights,
        anchors=tuple(dict.fromkeys(anchors)),
        wants_number=bool(_WANTS_NUMBER.search(question)),
        wants_list=bool(_WANTS_LIST.search(question)),
        wants_person=bool(_WANTS_PERSON.search(question)),
        measures=_expected_measures(question),
    )


def _context(hit: Hit) -> str:
    meta = hit.metadata
    return " ".join(str(meta.get(key, "")) for key in ("title", "section", "unit", "heading_path", "page_title"))


def _is_subsequence(short: str, long: str) -> bool:
    """"地税局" in "地方税务局", "房管局" in "房产管理局": abbreviations keep the characters in order."""
    position = 0
    for char in short:
        position = long.find(char, position) + 1
        if position == 0:
            return False
    return True


def _anchored(text: str, context: str, article: str, profile: QueryProfile) -> bool:
    """Every place, unit or year the question names is in the sentence's article (or its title)."""
    for anchor in profile.anchors:
        if anchor in text or anchor in article or anchor in context:
            continue
        if any(_is_subsequence(anchor, name) for name in re.split(r"[\s>]+", context) if len(name) > len(anchor)):
            continue
        return False
    return True


def _has_answer_type(text: str, profile: QueryProfile) -> bool:
    if profile.wants_number:
        figures = [m.group(0) for m in _FIGURE.finditer(text)]
        if not figures:
            return False
        if profile.measures and not any(any(unit in f for unit in profile.measures) for f in figures):
            return False
    if profile.wants_person and not _PERSON.search(text):
        return False
    return True


def _coverage(text: str, context: str, chunk: str, profile: QueryProfile) -> float:
    found = 0.0
    for term, weight in profile.weights.items():
        if term in text:
            found += weight
        elif term in context:
            found += weight * _CONTEXT_WEIGHT
        elif term in chunk:
            found += weight * _CHUNK_WEIGHT
    return found / profile.total


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


def candidates(hits: list[Hit], profile: QueryProfile, articles: dict[str, str] | None = None) -> list[Candidate]:
    """Every sentence (or best clause window) of the hits, scored, best first.

    `articles` (doc id -> clean text) lets a name the question asks about count when the
    article states it anywhere, not only in the retrieved chunk.
    """
    scored: list[Candidate] = []
    for hit in hits:
        context = _context(hit) + f" {hit.metadata.get('year', '')}年"
        article = (articles or {}).get(hit.doc_id, hit.text)
        for match in _SENTENCE.finditer(hit.text):
            sentence = match.group().strip()
            if len(sentence) < 6:
                continue
            best: Candidate | None = None
            anchored = _anchored(sentence, context, article, profile)
            for window in _windows(sentence):
                coverage = _coverage(window, context, hit.text, profile)
                typed = _has_answer_type(window, profile)
                score = coverage * (1.0 if typed else _UNTYPED) * (1.0 if anchored else _UNANCHORED) + 0.02 * hit.score
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
