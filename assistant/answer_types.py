"""What question answering returns, and the scored sentences it is built from: one definition
each, used by the answerer, the CLI and the app."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from vectorstore.retriever import Hit

NOT_FOUND = "资料中没有找到与这个问题直接相关的内容。"
_Item = TypeVar("_Item")


def whose(hit: Hit, unknown: str) -> str:
    """Whose passage a hit is: its article's unit, or, when no unit is known, the article's title
    in 《》, so that a site's label ("工会工作总结范文") is never read as the name of a union."""
    unit = str(hit.metadata.get("unit") or "").strip()
    return unit or (f"《{hit.title}》" if hit.title else unknown)


def one_per_article(items: Iterable[_Item], hit_of: Callable[[_Item], Hit], limit: int) -> list[_Item]:
    """The first item of each article, in order, at most `limit`: the nearest passages shown
    under a refusal come from as many different articles (units) as there are places."""
    first: dict[str, _Item] = {}
    for item in items:
        if len(first) >= limit:
            break
        first.setdefault(hit_of(item).doc_id, item)
    return list(first.values())


@dataclass(frozen=True)
class QueryProfile:
    """What a question asks: its weighted words, the names it is about, the kind of answer it wants."""

    weights: dict[str, float]
    anchors: tuple[str, ...]  # places, units, people: the answer must be about these
    wants_number: bool
    wants_list: bool
    wants_person: bool
    measures: tuple[str, ...] = ()  # for "多少钱": the figure must be in 元
    per_document: bool = False  # "哪些单位 / 各单位 / 哪几份": one line per article
    said: tuple[str, ...] = ()  # "哪几份提到了金秋助学": the topic's words, heaviest first (金秋, 助学)
    documents: int | None = None  # "两家医院工会…": how many articles are set side by side
    compare: str = ""  # "most", "least" or "versus" when the question compares the articles' figures
    count: int | None = None  # "哪五个": the number of items the list should have
    wants_rank: bool = False  # "什么名次 / 获得什么奖": a place, prize or title
    wants_place: bool = False  # "排第几名": a place or a prize's level, not an honour
    category: str = ""  # "哪些技能培训": what the listed items are (培训)
    which_kind: str = ""  # "哪个代表队拿了一等奖": the kind of body the one answer names (代表队)
    asks_done: bool = False  # "最后实际完成了多少人": what was done, which a plan's figure does not say
    kinds: tuple[str, ...] = ()  # other kinds of answer asked for: "date", "frequency", "title"
    section: str = ""  # "存在哪些问题": a pattern the section heading of the answer matches ("问题|不足")
    months: frozenset[int] = frozenset()  # "6月份…", "下半年…": a sentence dated in another month does not answer
    month_named: bool = False  # "6月份开了什么会": the answer is dated in that month
    days: frozenset[str] = frozenset()  # "12月5日那场…": the days the question names, as "12月5日"
    quoted: tuple[str, ...] = ()  # what the question puts in quotes, quote marks removed
    defined: tuple[str, ...] = ()  # quoted slogans whose meaning is asked ("“三有”指什么")
    verbs: tuple[str, ...] = ()  # its two-character verbs ("获得"), which a sentence may say with another of the same root ("荣获")
    actions: tuple[str, ...] = ()  # its one-character verbs ("收了多少钱"): too short to weigh, said beside the figure
    rejoined: tuple[str, ...] = ()  # a verb and its object the figure asked splits ("投了多少篇稿": 投稿), said as one word
    units: tuple[str, ...] = ()  # the organisations it names, without the union suffix ("青石岭供水分公司")
    contrasts: tuple[str, ...] = ()  # phrases a contrasting modifier opens ("男职工"): a sentence saying the sibling is about another thing
    sibling_words: tuple[str, ...] = ()  # contrasts inside one word ("秋游"): an article naming only the sibling is about it
    festivals: tuple[str, ...] = ()  # the festivals it names, each as the pattern of its forms ("春节|新春|年关")
    per_head: bool = False  # "每人多少钱": the figure is one per head, not a total
    total_asked: bool = False  # "一共/总共/累计…多少": a count in all, which "一件" is not
    per_time: str = ""  # "平均每天服务多少人次": the figure is one per day (天), month or year, said as such
    counted: str = ""  # what "多少家单位" counts ("单位"), which a figure in another measure may be said with
    count_of: str = ""  # the thing a count is asked of ("有多少女职工"): a figure counting it ("459名女职工") answers first
    rate: str = ""  # the rate asked ("入会率达到多少"): a share written after another rate ("组建率达到100%") is not it
    new_asked: bool = False  # "新组建了多少家": a count of new ones, which a stock ("已建工会79家") is not
    deed: str = ""  # "由谁主持": the verb someone asked by what they did is shown doing
    stock_asked: bool = False  # "现有多少名会员", "会员总数是多少": people there are, counted once each (no visits)
    fiscal: tuple[str, ...] = ()  # "2013年度…": years asked as the year a report sums up ("2013年"), not a meeting's date
    role: str = ""  # "女工委主任是谁", "冠军是哪个队": the role or place whose holder is asked; the answer says it
    people_noun: str = ""  # "发言的劳模是谁": one of a group of people asked by name ("劳模祝星星" names one)
    people_listed: bool = False  # "哪几位", "哪些人": the list asked for is of people (谁 may be bodies too)
    done_asked: bool = False  # "开展了哪些…": what was done, which a plan ("下一步还将…") is not
    given: tuple[tuple[float, str], ...] = ()  # figures the question states ("这90人里…"): what it starts from, not asks
    part_of: tuple[str, str] = ("", "")  # "困难女职工中，单亲困难女职工有几名": the part counted and the whole it is of
    told: tuple[str, ...] = ()  # words only of the clause stating a figure apart from the one asking ("收集的157条建议，…采纳了多少条")
    relative: str = ""  # "去年…多少": the question's own 今年 or 去年, which an undated report's sentences say of theirs
    elected_asked: bool = False  # "换届选出的主席", "新任主席": who was elected to the role, which a sentence electing them says
    held: str = ""  # "职工大会哪天召开的": the head of the event whose date is asked ("大会"), which a sentence holding it says
    founded: bool = False  # "艺术团是哪一年成立的": when a body was set up, which a date beside 成立 says

    alternatives: tuple[tuple[tuple[str, ...], ...], ...] = ()  # "外卖员或外卖骑手": either side answers
    report_pointed: bool = False  # "那篇气象局…的总结里": the question points at a report, which its title may say
    reports_of: tuple[str, ...] = ()  # "2023年工作报告是谁作的": the years whose report is asked, which another year's is not

    @property
    def total(self) -> float:
        """The question's weight, each set of alternatives counted as its heaviest side."""
        extra = 0.0
        for sides in self.alternatives:
            union = {term for side in sides for term in side}
            extra += sum(self.weights.get(t, 0.0) for t in union) - max(sum(self.weights.get(t, 0.0) for t in side) for side in sides)
        return (sum(self.weights.values()) - extra) or 1.0


@dataclass(frozen=True)
class Candidate:
    """A sentence (or clause window) of a retrieved chunk, scored against the question."""

    text: str
    hit: Hit
    score: float
    coverage: float
    has_answer_type: bool
    anchored: bool = True


@dataclass(frozen=True)
class Part:
    """One subject of a question that sets several side by side ("顺昌县和盘山县各…"): its own
    question, the name it gives (when it names one), its hits and its answering sentences."""

    subject: str
    name: str | None
    hits: list[Hit]
    ranked: list[Candidate]
    profile: QueryProfile | None = None  # what the subject's own question asks ("哪天" in one part, "什么时候" in another)
    missing: str = ""  # "资料中没有关于X的内容": it names a unit, place or time no article of the material is of
    own: str = ""  # the words only this subject has among the question's ("二等奖" of "…的二等奖和三等奖")
    # (doc id, what its page writes instead of the place asked): a page of the body by its level alone ("省林业工会")
    unwritten: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Citation:
    """[n] in an answer: the chunk it points at, the words quoted from it, and where in its
    article the cited fact is (character offsets; a list may run on into the next chunks)."""

    n: int
    hit: Hit
    quote: str
    span: tuple[int, int] | None = None

    def as_dict(self) -> dict[str, Any]:
        meta = self.hit.metadata
        return {
            "n": self.n,
            "chunk_id": self.hit.chunk_id,
            "doc_id": self.hit.doc_id,
            "title": self.hit.title,
            "section": self.hit.section,
            "unit": meta.get("unit"),
            "year": meta.get("year"),
            "source": meta.get("source"),
            "quote": self.quote,
            "span": list(self.span) if self.span else None,
        }


@dataclass
class Answer:
    """An answer with its citations; grounded=False means the material does not contain it."""

    question: str
    text: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    backend: str = "extractive"
    flags: list[str] = field(default_factory=list)
    standalone_question: str = ""
    hits: list[Hit] = field(default_factory=list)  # everything retrieved, for "related material"

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question or self.question,
            "answer": self.text,
            "grounded": self.grounded,
            "citations": [c.as_dict() for c in self.citations],
            "backend": self.backend,
            "flags": self.flags,
        }
