"""Question answering: normalise the question, condense the follow-up, read its scope, retrieve,
set aside what is out of scope, then answer with [n] citations or say the material does not
contain it (or nothing on the scope asked, with the nearest passages labelled by unit).

Offline (the default) the answer is extractive: sentences of the retrieved chunks, verbatim,
each cited. With a chat model configured, the same numbered chunks go to the model fenced as
data, and the reply is checked: every [n] must name a given chunk and every number must
appear in a cited chunk; what fails is flagged on the answer and marked in its text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.aggregate import MAX_SAYING_DOCUMENTS
from assistant.answer_types import NOT_FOUND, Answer, Candidate, Citation, Part, QueryProfile, one_per_article
from assistant.compose import compose_answer, place_unwritten
from assistant.condense import Turn, asks_something, condense_question, describes_its_own, event_pointed, is_follow_up, unit_names
from assistant.described import described_articles, of_kind, pointed_kind, read_description
from assistant.extractive import candidates, edition_unnamed
from assistant.knowledge import MAX_K, KnowledgeBase, QueryRejected
from assistant.llm import ChatModel, LLMUnavailable, condense_messages, normalise_citations, qa_messages
from assistant.overlap import said_in_full
from assistant.persons import asks_who, person_named
from assistant.question_profile import GRADE_ASKED, asked_nouns, carry_topic, hit_context, profile_question
from assistant.scope import (
    OWN_NAME_CHARS,
    TRADES,
    Miss,
    Scope,
    another_relative_year,
    article_year,
    check_scope,
    dated_year,
    member_asked,
    hit_label,
    unwritten_place,
    is_another_body,
    names_another_place,
    is_specific,
    is_subsequence,
    name_core,
    name_forms,
    normalise_question,
    opening_sentence,
    out_of_scope_message,
    read_own_scope,
    read_scope,
    relaxed_year,
    shortens,
)
from assistant.subjects import (
    body_names,
    known_name,
    named_first,
    numbered_sibling,
    opening_body,
    opens_with_name,
    own_words,
    split_subjects,
    subject_name,
)
from vectorstore.lexical import tagged
from vectorstore.retriever import Hit

NO_SUCH_UNIT = "资料中没有关于"  # how out_of_scope_message says the unit or place itself is not in the material
NAME_HEAD = 4  # a name this long or longer says which body
GROUNDING_FLOOR = 0.42
"""Best-sentence evidence below this means "not in the material". Chosen on the tune half of the
labelled questions (tests/data/qa_tune.jsonl, with the real pages indexed): 0.36 refuses 86 % of
the traps, 0.42 refuses 95 % with 2.7 % of answerable questions wrongly refused, 0.48 wrongly
refuses 6.2 %. (First calibrated on the dev set with `benchmarks/calibrate_floor.py`.)"""

LIST_GROUNDING_FLOOR = 0.30
"""The floor for "哪些/哪几" questions: their words name the kind of thing asked (国家, 比赛,
荣誉) where the answer names instances (韩国、泰国), so the sentence that answers covers less of
them. Chosen on the tuning material (the tune half and the three probe sets written after it:
89 list questions, 84 answerable): 0.42 wrongly refused 10 and answered 60 right, 0.30 refuses 1
and answers 62 right, and refuses the same list-shaped traps (4 of 5 at every floor from 0.20 to
0.46)."""

PART_GROUNDING_FLOOR = 0.25
"""The floor for one subject of a question that sets several side by side ("A和B各…"): the
question as a whole has passed GROUNDING_FLOOR, and each subject is read only from its own unit's
articles (the scope check), so the floor only picks which sentence of them answers. Chosen on
the tuning material (the tune half and the three probe sets written after it, 42 questions about
several units): 0.42 answered 28 right, 0.32 29, 0.25 and 0.15 30."""

RETRIEVE_K = 16
"""Passages whose sentences the offline answerer reads (chosen on the tune half: 6, 8, 10, 12, 16,
20, 24 tried; 16 with a 1 % decay per rank was best, 20 and 24 no better)."""
MODEL_PASSAGES = 6
"""Passages given to a chat model: a small model answers worse from more."""
MODEL_DECLINED = "（模型没有作答；以下是资料中的原文：）"
SCOPED_DEPTH = 2
"""A question that names a unit, place or time retrieves this many times k, so that passages
left after the scope check still fill k; one about several articles ("哪些单位…各…") keeps
them all, since each article may hold one line of the answer."""
SCOPED_ARTICLES = 2
"""A question whose unit's passages come from at most this many articles also reads those
articles' other passages (within_articles)."""
NEAREST_PASSAGES = 3
def _published_by(name: str, hit: Hit) -> bool:
    """"仁寿一中" of a page whose byline says 四川省仁寿县一中校 and whose text only says 我校: the page's
    publisher is the body asked, written without the markers of its place's level."""
    bare = _LEVEL_MARK.sub("", name)  # only a level's marker may be left out ("仁寿县一中" said 仁寿一中), nothing else
    return len(name) >= 4 and any(bare in _LEVEL_MARK.sub("", body) for body in str(hit.metadata.get("publisher") or "").split())


_LEVEL_MARK = re.compile(r"[省市县区镇乡]")


_CITATION = re.compile(r"\[(\d{1,2})\]")
_CITATION_MARK = re.compile(r"\[\d{1,2}\??\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class AnswerStream:
    """An answer as it is produced: iterate for text pieces; `.answer` is complete afterwards."""

    pieces: Iterator[str]
    answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        yield from self.pieces


@dataclass
class Retrieved:
    """One question's retrieval: the in-scope hits and their ranked sentences, and what was set aside."""

    standalone: str
    scope: Scope
    hits: list[Hit]
    misses: list[Miss]
    profile: QueryProfile
    ranked: list[Candidate]
    evidence: float
    articles: dict[str, str] = field(default_factory=dict)
    parts: list[Part] = field(default_factory=list)  # one per subject, when several are set side by side
    year_relaxed: int | None = None  # the 今年/去年 year no article has: the answer says so first


def _of_pointed_kind(question: str, scope: Scope, ranked: list[Candidate], articles: dict[str, str]) -> list[Candidate]:
    """"那家医院…" (a unit pointed at by its kind alone, the scope naming none): a hospital's
    sentences, when a hospital's article was found; all of them otherwise (refusing would lose
    what the user may mean)."""
    pointed = pointed_kind(question) if not scope.doc_ids and not scope.unit else None
    return (of_kind(pointed, ranked, articles) or ranked) if pointed else ranked


def _spells_out(short: str, hit: Hit) -> bool:
    """The passage or its metadata writes the name, as it is or spelled out with its number kept ("青禾一中" in
    "青禾市第一中学工会")."""
    said = f"{hit_context(hit)} {hit.text}"
    return short in said or shortens(short, unit_names(said))


def _of_the_member(ranked: list[Candidate], scope: Scope, articles: dict[str, str]) -> list[Candidate]:
    """A school asked of its county's report ("汉阴县实验小学"): only sentences that name it are its
    facts, not the county union's own ("教育工会主席陈文宝")."""
    if not scope.unit:
        return ranked
    asked: dict[str, str] = {}
    for c in ranked:
        if c.hit.doc_id not in asked:
            asked[c.hit.doc_id] = member_asked(scope.unit, c.hit, articles.get(c.hit.doc_id, c.hit.text))
    return [c for c in ranked if not asked[c.hit.doc_id] or asked[c.hit.doc_id] in c.text]


def own_articles(hits: list[Hit], scope: Scope, articles: dict[str, str]) -> frozenset[str]:
    """The hits' articles that are the scope's unit's (or place's) own, of the year asked: their
    unit or title names it, or their opening does, or their unit says only its kind ("市总工会" of
    鹰潭市总工会) or nothing and the article names it. An article of another unit that mentions it
    (a province's report "指导白鹭市总工会…") is that other's; one of another year is another time."""
    names = [name for name in (scope.unit, scope.place) if name]
    wanted = [form for name in names for form in name_forms(name)]

    def own(hit: Hit) -> bool:
        unit, article = str(hit.metadata.get("unit") or ""), articles.get(hit.doc_id, "")
        if any(form in f"{unit} {hit.metadata.get('title') or ''}" or form in article[:OWN_NAME_CHARS] for form in wanted):
            return True
        kind_only = not unit or (not is_specific(name_core(unit)) and any(is_subsequence(unit, name) for name in names))
        return kind_only and any(form in article for form in wanted)

    return frozenset(h.doc_id for h in hits
                     if (scope.year is None or article_year(h.metadata.get("year"), articles.get(h.doc_id, "")) in (None, "", scope.year)
                         or dated_year(articles.get(h.doc_id, "")) == scope.year)
                     and own(h))


def within_articles(search: Callable[[int, frozenset[str]], list[Hit]], question: str, hits: list[Hit], k: int,
                    names: tuple[str, ...], own: frozenset[str]) -> list[Hit]:
    """A question about one unit read from that unit's own few articles (`own`): their best
    passages for it (`search(k, doc_ids)`) join the hits, after them, when they say a thing asked
    about. Among all articles, another unit's passages that say the question's words may leave out
    the one of the unit's own that says its answer in others; the unit's name and a verb ("发放")
    fit any of its passages, so they do not let one in."""
    asked = asked_nouns(question, names)
    if not own or len({h.doc_id for h in hits}) > SCOPED_ARTICLES or len(hits) >= k or not asked:
        return hits
    seen = {h.chunk_id for h in hits}
    inside = [h for h in search(k, own) if h.chunk_id not in seen and any(noun in h.text for noun in asked)]
    last = max(h.rank for h in hits)
    return hits + [replace(h, rank=last + i + 1) for i, h in enumerate(inside[: k - len(hits)])]


@dataclass
class QAService:
    """Answers questions from the knowledge base, with or without a chat model."""

    knowledge: KnowledgeBase
    chat_model: ChatModel | None = None
    k: int = RETRIEVE_K
    floor: float = GROUNDING_FLOOR
    list_floor: float = LIST_GROUNDING_FLOOR
    part_floor: float = PART_GROUNDING_FLOOR
    history_turns: int = 3
    today: Callable[[], date] = date.today  # what 今年/去年 mean

    @property
    def backend(self) -> str:
        return self.chat_model.name if self.chat_model else "extractive"

    # ------------------------------------------------------------ retrieval and evidence

    def _word_reading(self) -> tuple[Callable[[str], float], Callable[[str], bool], Callable[[str], bool]]:
        """What profile_question reads the question's words by: their rarity, whether the material uses each, whether it
        writes a phrase (verbatim)."""
        index = self.knowledge.lexical.index
        return index.idf, index.knows, index.writes

    def _condense(self, question: str, history: list[Turn] | None) -> str:
        """The standalone question: by the chat model where there is one, else (or if it fails) by rules."""
        by_rules = condense_question(question, history or [])
        if self.chat_model is None or not history:
            return by_rules
        try:
            rewritten = self.chat_model.complete(condense_messages(question, [t.question for t in history[-self.history_turns:]]))
        except LLMUnavailable:
            return by_rules
        rewritten = rewritten.strip().splitlines()[0].strip() if rewritten.strip() else ""
        return rewritten if 2 <= len(rewritten) <= 120 else by_rules

    def _search(self, question: str, scope: Scope, year: int | None, wide: bool = False, said: str = ""
                ) -> tuple[list[Hit], list[Miss], dict[str, str], Scope]:
        """Hits for a standalone question, checked against its scope: (kept, set aside, article
        texts, the scope applied: without a 今年/去年 year no hit has). For "哪几份提到了X" (`said`),
        the best passage of every article saying X joins them, however low retrieval ranked it."""
        depth = self.k * SCOPED_DEPTH if scope.constrains or wide else self.k
        # the UI's year filters retrieval; a year the question names is checked on the hits instead,
        # so that passages of other years remain to be shown as the nearest ones
        filtered_year = year if scope.year == year else None
        found = self.knowledge.search(question, depth, year=filtered_year, unit_kind=scope.unit_kind, doc_ids=scope.doc_ids)
        saying = self._every_article_saying(question, said, found, scope, filtered_year) if said else []
        found += saying
        articles = self.knowledge.store.document_texts(list(dict.fromkeys(h.doc_id for h in found)))
        hits, misses = check_scope(found, scope, articles)
        relaxed = relaxed_year(hits, misses, scope)
        if relaxed is not None:
            scope = relaxed
            hits, misses = check_scope(found, scope, articles)
        added = {h.chunk_id for h in saying}
        hits = [h for h in hits if h.chunk_id not in added][: depth if wide else self.k] + [h for h in hits if h.chunk_id in added]
        if (scope.unit or scope.place) and hits and not wide:
            hits = within_articles(lambda k, ids: self.knowledge.search(question, k, year=filtered_year, doc_ids=ids),
                                   question, hits, self.k, tuple(name for name in (scope.unit, scope.place) if name),
                                   own_articles(hits, scope, articles))
        return hits, misses, articles, scope

    def _every_article_saying(self, question: str, said: str, found: list[Hit], scope: Scope, year: int | None) -> list[Hit]:
        """The best passage of each article that says `said` and is not among those found yet."""
        have = {hit.doc_id for hit in found}
        allowed = scope.doc_ids
        missing = [doc for doc in self.knowledge.lexical.index.docs_saying(said)
                   if doc not in have and (allowed is None or doc in allowed)][:MAX_SAYING_DOCUMENTS]
        if not missing:
            return []
        extra = self.knowledge.search(said + question, min(len(missing) * 2, MAX_K), year=year, unit_kind=scope.unit_kind,
                                      doc_ids=missing)
        best = {}
        for hit in extra:
            if said in hit.text:
                best.setdefault(hit.doc_id, hit)
        return list(best.values())

    def _retrieve(self, question: str, history: list[Turn] | None, year: int | None, unit_kind: str | None,
                  continues: bool = False) -> Retrieved:
        question = normalise_question(question)
        if history and (self._asks_of_another_body(question, history[-1]) or self._describes_another(question, history[-1])):
            history = None  # "智能所评出的优秀协会又是哪两个？" after a question about 长江所: its own unit's
        # "…？兰州金剪子大赛又有多少人…": the second question of a message, naming a place the first did not, asks of its
        # own contest (the first's time still holds: read_scope keeps it), so the first's words do not carry over
        own_place = bool(history) and continues and names_another_place(question, history[-1])
        standalone = self._condense(question, None if own_place else history)
        ui = Scope(year=year, unit_kind=unit_kind)
        asked = read_scope(question, ui, history or [], self.today(), continues=continues)
        subjects = split_subjects(standalone, self.knowledge.lexical.index.holds)
        if not subjects:
            asked, standalone = self._described(standalone, asked)
        profile = profile_question(standalone, *self._word_reading())
        # "里面已经建了工会的有几家？" still counts the 货运单位 asked before; "那冬送温暖呢？" sets a new topic
        if history and not own_place and is_follow_up(question) and asks_something(question) and not event_pointed(question, history[-1].question):
            profile = carry_topic(profile, profile_question(history[-1].question, *self._word_reading()))
        # a body the scope cannot read as a unit ("智能所…") still says whose every sentence of its articles is,
        # when an article is a report of it (_reported: not a topic, "户外劳动者服务站…", that reports tell of)
        opened = "" if asked.unit or asked.place else opening_body(standalone, self.knowledge.lexical.index.holds)
        profile = _naming(profile, scope_name(asked) if asked.unit or asked.place
                          else opened if opened and self._reported(opened) else None)
        # "汉阴县实验小学…": a report of 汉阴县's own that tells of its members says the place in each sentence
        profile = _naming(profile, asked.place if asked.unit and asked.place and asked.unit.startswith(asked.place) else None)
        # (a figure asked of a half: a year's summary gives the whole year's, read as no answer by the scope check)
        asked = replace(asked, figure_asked=profile.wants_number)
        hits, misses, articles, scope = self._search(standalone, asked, year, wide=profile.per_document,
                                                     said=profile.said[0] if profile.per_document and profile.said else "")
        hits, misses, _ = _without_rival_unplaced(hits, misses, scope.unit, articles)
        sibling = "" if subjects or scope.unit or scope.place else numbered_sibling(standalone, self.knowledge.lexical.index.holds)
        if sibling and any(_spells_out(sibling, h) for h in [*hits, *(m.hit for m in misses)]):
            sibling = ""  # a report signed, titled or written with the name, short or in full ("青禾市第一中学"), is its own
        if sibling:  # "中国一重…" where the material is 中国二重's: another body's facts, set aside as another unit's
            hits, misses, scope = [], [Miss(h, ("unit",)) for h in hits] + misses, replace(scope, unit=sibling)
        ranked = _of_the_member(candidates(hits, profile, articles), scope, articles)
        if not subjects:
            ranked = _of_pointed_kind(standalone, scope, ranked, articles)
        evidence = ranked[0].score if ranked else 0.0
        # the words the user pasted, verbatim: answered, unless no sentence of that passage holds what is asked
        # (a report of another edition than asked, "首届" for "第二届…", is still not the answer)
        # (and anchored: "…下半年…“爱心助成长”…" of a passage dated 六一 is the quoted name at another time)
        if hits and hits[0].exact and any(c.has_answer_type and c.anchored and c.hit.chunk_id == hits[0].chunk_id
                                          and not edition_unnamed(profile, c.text, articles.get(c.hit.doc_id, c.hit.text)) for c in ranked):
            evidence = max(evidence, 1.0)
        found = Retrieved(standalone, scope, hits, misses, profile, ranked, evidence, articles,
                          year_relaxed=asked.year if scope.year != asked.year else None)
        if found.year_relaxed and history and _repeats_the_turn_before(question, history[-1], hits):
            # "那去年呢？" after 今年 was answered from an older report: the same report again is not 去年's
            found.misses, found.hits, found.ranked = [Miss(h, ("year",)) for h in hits] + misses, [], []
            found.scope, found.year_relaxed = replace(scope, year=asked.year), None
        if subjects:
            found.parts = []
            for subject in subjects:
                before = found.parts[-1].name if found.parts else None
                if before and len(re.findall(r"[？?]", standalone)) >= 2 and self._names_none(subject):
                    subject = before + subject  # "…是几月几号开的？前期筹备用了多长时间？": the second asks of the same unit
                found.parts.append(self._part(subject, ui, year, own_words(subject, subjects)))
            found.parts = _unplaced_once(found.parts)
            answered = [part for part in found.parts if part.ranked]
            found.hits = list({h.chunk_id: h for part in answered for h in part.hits}.values()) or hits
            found.evidence = max([part.ranked[0].score for part in answered] or [evidence])
        return found

    def _part(self, subject: str, ui: Scope, year: int | None, own: str = "") -> Part:
        """One subject of a question that sets several side by side, retrieved and scored on its own.

        A described unit that no article fits ("新疆那个县", when no article says 新疆) is asked
        about without its description, among articles of the kind described: the lines set aside
        the other subjects' articles and name each article's own unit, so the answer says whose
        fact it is instead of claiming the description fits. The article whose unit is the name
        the subject opens with comes first."""
        scope, asked = self._described(subject, read_scope(subject, ui, [], self.today()))
        unfitted = read_description(subject) if asked == subject and scope.doc_ids is None and not scope.unit else None
        if unfitted is not None:
            asked = unfitted.removed_from(subject)
        hits, misses, articles, _ = self._search(asked, scope, year)
        # a page that never writes the province asked answers on its own line, which says so
        hits, misses, unwritten = _without_rival_unplaced(hits, misses, scope.unit, articles)
        profile = _naming(profile_question(asked, *self._word_reading()), known_name(asked, self.knowledge.lexical.index.holds))
        ranked = candidates(hits, profile, articles)
        ranked = [c for c in ranked if c.score >= self.part_floor]
        # "…的二等奖" and "…的三等奖", grades of one scheme: a sentence saying the grade this subject asks first
        # (a body's own sentences need not say its name: "全院156名职工代表…" of 航天二院)
        if own and GRADE_ASKED.fullmatch(own) and any(own in c.text for c in ranked):
            ranked = sorted(ranked, key=lambda c: own not in c.text)
        if unfitted is not None:
            ranked = of_kind(unfitted, ranked, articles)
        else:
            ranked = _of_pointed_kind(subject, scope, ranked, articles)
        # every passage found is another unit's, or of another year: the material has nothing of it (said which),
        # unless the material writes the unit's name somewhere (a report the scope did not recognise as its own)
        missing = out_of_scope_message(scope, misses) if (scope.unit or scope.place) and not hits and misses else ""
        if missing.startswith(NO_SUCH_UNIT) and self._named_somewhere(scope):
            missing = ""
        named = subject_name(subject).split("的")[0]
        unscoped = not (scope.unit or scope.place or scope.doc_ids is not None or unfitted is not None)
        # "中船应急的年度工作会…": the material writes the body, and none of the passages found is of it
        if ranked and unscoped and self._said_elsewhere(named or known_name(subject, self.knowledge.lexical.index.holds), ranked, articles):
            ranked = []
        if (unscoped and self._never_named(subject)
                and not any(_published_by(named, hit) for hit in hits)):
            scope = replace(scope, unit=named)  # "沈阳桃仙机场的工会…": no article writes it,
            missing, ranked = out_of_scope_message(scope, []), []  # and the scope does not read its kind
        return Part(subject, scope.unit or _placed_name(subject, scope.place), hits, named_first(ranked, subject), profile,
                    missing.rstrip("。"), own, tuple(unwritten.items()))

    def _asks_of_another_body(self, question: str, last: Turn) -> bool:
        """A question that asks something of a body it opens with, one the material writes though its
        name is too short for the rules to read as a unit ("智能所…"), is about that body, not the last one."""
        if not asks_something(question) or _PRONOUN_START.match(question):
            return False
        asked = _THEN_START.sub("", question)
        holds = self.knowledge.lexical.index.holds
        # or a name the material uses that opens with a place ("中国中铁又有几家入选…")
        name = opening_body(asked, holds) or _place_led_name(asked, holds)
        # a name the material uses with no body's ending ("天纳克一汽富晟那次…") only when a title opens with it or a news
        # lead names it acting: "职工书屋", "工会主席" are topics the reports tell of, not bodies
        loose = "" if name else known_name(asked, holds)
        if not (name or loose) or not is_another_body(name or loose, last):
            return False
        if not self._reported(name or loose, title_opens=not name):
            return False
        return not self._said_by(name or loose, last)

    def _said_by(self, name: str, turn: Turn) -> bool:
        """The articles a turn was answered from write the name ("车间工会有几个？" after a factory's answer: a part of it)."""
        return any(name in text for text in self.knowledge.store.document_texts(list(turn.doc_ids)).values())

    def _describes_another(self, question: str, last: Turn) -> bool:
        """"那个有朝鲜族学校的县全县有多少所学校？" after a question about 澧县: a unit described by what its
        articles say, which the articles just answered from do not say, is another unit."""
        description = read_description(question)
        if description is None or not last.doc_ids or self._said_by(description.cue, last):
            return False
        return bool(set(self.knowledge.lexical.index.docs_saying(description.cue)) - set(last.doc_ids))  # some other article fits

    def _reported(self, name: str, title_opens: bool = False) -> bool:
        """Some article is a report or news item of the body, not a topic the reports tell of ("户外劳动者服务站"): its
        title (a first line this short, with no full stop) names it, or opens with it when `title_opens`; or its first
        sentence names it as the one who acts ("近日，天纳克一汽富晟公司召开…", under "2018年工会工作总结"), not what
        someone did something to ("柳岸县总工会建成户外劳动者服务站30个"). The articles are read once for both."""
        ids = self.knowledge.lexical.index.docs_saying(name)[:TITLED_ARTICLES]
        for text in self.knowledge.store.document_texts(ids).values():
            title = text.split("\n", 1)[0]
            if len(title) <= TITLE_CHARS and "。" not in title and (title.startswith(name) if title_opens else name in title):
                return True
            if _acts_in(name, _first_sentence(text)[:OPENING_CHARS]):
                return True
        return False

    def _names_a_titled_body(self, part: str, first: Turn) -> bool:
        """The part opens with a name no pronoun or "那…" stands before, three characters or more of nouns, that some
        article's title opens with or whose news lead names it acting ("首创东风现有女职工多少人？"), or a long one the
        material writes that opens with a place ("南京江北新材料科技园“要约应约”环节…"): a body of its own,
        another than the first question's and not one the first's articles write (then it is the first's own part)."""
        if _PRONOUN_START.match(part) or _THEN_START.match(part):
            return False
        name = max(_leading_nouns(part), known_name(part, self.knowledge.lexical.index.holds), key=len)
        placed = len(name) >= PLACED_NAME_CHARS and tagged(name)[0][1] == "ns"
        return (len(name) >= 3 and is_another_body(name, first) and (placed or self._reported(name, title_opens=True))
                and not self._said_by(name, first))

    def _names_none(self, subject: str) -> bool:
        """The subject names no unit, place or body of its own, nor describes one."""
        own = read_own_scope(subject, self.today())
        return not (own.unit or own.place or describes_its_own(subject) or read_description(subject)
                    or subject_name(subject) or opens_with_name(subject, self.knowledge.lexical.index.holds))

    def _named_somewhere(self, scope: Scope) -> bool:
        holds = self.knowledge.lexical.index.holds
        return any(len(name) >= 2 and holds(name) for name in (scope.unit, scope.place, name_core(scope.unit or "")) if name)

    def _said_elsewhere(self, name: str, ranked: list[Candidate], articles: dict[str, str]) -> bool:
        """A body's name (four characters or more, no description) that some article writes, while no passage
        ranked is of an article that writes it or spells it out ("中船应急" in "中国船舶重工应急装备", "工行柳岸" in
        "中国工商银行柳岸支行") or is signed so: they are other bodies' facts."""
        if not _says_which_body(name) or not is_specific(name) or not self.knowledge.lexical.index.holds(name):
            return False
        return not any(any(said_in_full(name, text) for text in (hit_context(c.hit), articles.get(c.hit.doc_id, c.hit.text)))
                       for c in ranked)

    def _never_named(self, subject: str) -> bool:
        """The subject opens with a body's name (four characters or more) that no article writes, not even its
        first two characters (a place, a brand): the material has nothing of it."""
        name = subject_name(subject).split("的")[0]
        if not _says_which_body(name):
            return False
        holds = self.knowledge.lexical.index.holds
        # "合肥研究院智能所": a body inside another, either of which the material may write; "慈一棉所在镇": the
        # tagger's kind may be no kind (所在), so a name's first two characters written anywhere are enough
        pieces = [name[:2], *(piece for piece in body_names(name) if len(piece) >= 3)]
        if any(holds(piece) for piece in pieces):
            return False
        # "合肥智能所": a body the material writes without the place before it (a nav line said the city), when a title
        # opens with it or a news lead names it acting (not the tail of another place's name: "青禾国际机场")
        words = tagged(name)
        rest = name[len(words[0][0]):] if len(words) >= 2 else ""
        return not (len(rest) >= 3 and holds(rest) and self._reported(rest, title_opens=True))

    def _described(self, question: str, scope: Scope) -> tuple[Scope, str]:
        """A unit the question describes instead of naming ("大连那个学院") limits the search to
        the articles the description fits, and what is asked of it is the rest of the question
        (assistant/described.py); otherwise scope and question are unchanged."""
        if scope.doc_ids is not None or scope.unit:
            return scope, question
        fitting, asked = described_articles(question, lambda cue, k: self.knowledge.search(cue, k),
                                            self.knowledge.store.document_texts)
        return (replace(scope, doc_ids=fitting), asked) if fitting else (scope, question)

    def evidence(self, question: str, history: list[Turn] | None = None) -> float:
        """The best-sentence evidence for a question (what the floor is calibrated on)."""
        return self._retrieve(question, history, None, None).evidence

    # ------------------------------------------------------------ answers

    def answer(
        self, question: str, history: list[Turn] | None = None, *, year: int | None = None, unit_kind: str | None = None
    ) -> Answer:
        """A complete answer (the stream, drained)."""
        stream = self.stream(question, history, year=year, unit_kind=unit_kind)
        for _ in stream:
            pass
        assert stream.answer is not None
        return stream.answer

    def stream(
        self, question: str, history: list[Turn] | None = None, *, year: int | None = None, unit_kind: str | None = None
    ) -> AnswerStream:
        """The answer as text pieces for a UI that shows it while it is written."""
        stream = AnswerStream(iter(()))
        parts = two_questions(question) if self.chat_model is None else []
        if parts:
            stream.pieces = self._each_part(stream, question, parts, history, year, unit_kind)
        else:
            stream.pieces = self._pieces(stream, question, history, year, unit_kind)
        return stream

    def _each_part(self, stream: AnswerStream, question: str, parts: list[str], history, year, unit_kind) -> Iterator[str]:
        """"设了几个委员会？主任由谁担任？": each question answered in turn, the second as a follow-up of the
        first, in one answer whose citations are numbered on from the first's."""
        turns = list(history or [])
        answers: list[Answer] = []
        for i, part in enumerate(parts):
            sub = AnswerStream(iter(()))
            offset = sum(len(a.citations) for a in answers)
            if i and not answers[-1].grounded:  # nothing found for the first: the second still asks of its unit
                part = _of_the_same_unit(parts[i - 1], part, self.today())
            pieces = self._pieces(sub, part, turns or None, year, unit_kind, continues=i > 0)
            if i:  # the second is shown only once it is known to say more than the first
                pieces = list(pieces)
            if i and answers[-1].grounded and sub.answer is not None and not sub.answer.grounded and self._names_a_titled_body(part, turns[-1]):
                pieces = self._on_its_own(sub, _in_the_year_of(parts[i - 1], part, self.today()), pieces, year, unit_kind)
            if i and sub.answer is not None and sub.answer.grounded and _said_before(sub.answer.text, answers):
                turns.append(next_turn(sub.answer))
                continue  # "占多大比例？平均年龄多少？" both answered by one sentence: it is shown once
            if i:
                yield "\n\n"
            for piece in pieces:
                yield _numbered_on(piece, offset)
            assert sub.answer is not None
            answer = sub.answer
            answers.append(replace(answer, text=_numbered_on(answer.text, offset),
                                   citations=[replace(c, n=c.n + offset) for c in answer.citations]))
            turns.append(next_turn(sub.answer))
        stream.answer = Answer(
            question=question, text="\n\n".join(a.text for a in answers), grounded=any(a.grounded for a in answers),
            citations=[c for a in answers for c in a.citations], backend=self.backend,
            flags=list(dict.fromkeys(f for a in answers for f in a.flags)),
            standalone_question=answers[0].standalone_question or parts[0],
            hits=list({h.chunk_id: h for a in answers for h in a.hits}.values()))

    def _on_its_own(self, sub: AnswerStream, part: str, pieces: list[str], year, unit_kind) -> list[str]:
        """"那个县上半年女职委会员达到多少人？首创东风现有女职工多少人？": a second question that stands on its
        own words and finds nothing within the first's unit, period and articles is asked alone; its own
        answer is kept when it finds one, else the refusal within the first's scope stands."""
        alone = AnswerStream(iter(()))
        found = list(self._pieces(alone, part, None, year, unit_kind))
        if alone.answer is None or not alone.answer.grounded:
            return pieces
        sub.answer = alone.answer
        return found

    def _pieces(self, stream: AnswerStream, question, history, year, unit_kind, continues: bool = False) -> Iterator[str]:
        try:
            found = self._retrieve(question, history, year, unit_kind, continues)
        except QueryRejected as error:  # a question far too long: say why instead of failing
            stream.answer = Answer(question=question, text=str(error), grounded=False, backend=self.backend,
                                   flags=["query_rejected"])
            yield stream.answer.text
            return
        note = _filter_note(found.scope, year, unit_kind)
        if note:  # the filters the UI applied are said first, so they never stay on unseen
            yield note
        yield from self._found_pieces(stream, question, history, found)
        if note and stream.answer is not None:
            stream.answer.text = note + stream.answer.text
            stream.answer.flags.append("filtered")

    def _found_pieces(self, stream: AnswerStream, question, history, found: Retrieved) -> Iterator[str]:
        base = Answer(question=question, text="", grounded=False, backend=self.backend,
                      standalone_question=found.standalone, hits=found.hits)
        if not found.hits and found.misses:  # checked before any model is called
            yield from self._out_of_scope(stream, base, found)
            return
        if not found.hits or found.evidence < (self.list_floor if found.profile.wants_list else self.floor):
            base.text = NOT_FOUND
            stream.answer = base
            yield base.text
            return
        if self.chat_model is None:
            yield from self._extractive(stream, base, found)
            return
        base.hits = found.hits[:MODEL_PASSAGES]
        note = _year_note(found.year_relaxed, base.hits)
        if note:
            yield note
        yield from self._generated(stream, base, history)
        if stream.answer is not None and not stream.answer.grounded:
            yield from self._model_declined(stream, found)
        if note and stream.answer is not None:
            stream.answer.text = note + stream.answer.text

    def _out_of_scope(self, stream: AnswerStream, answer: Answer, found: Retrieved) -> Iterator[str]:
        """Nothing retrieved fits the scope: say so, then the nearest passages (one per article),
        each labelled with its unit and cited."""
        missed = [m.hit for m in found.misses]
        nearest = one_per_article(candidates(missed, found.profile, found.articles), lambda c: c.hit, NEAREST_PASSAGES)
        lines = [out_of_scope_message(found.scope, found.misses)]
        if nearest:
            lines.append("资料中最接近的内容：")
        for n, candidate in enumerate(nearest, start=1):
            answer.citations.append(Citation(n, candidate.hit, candidate.text))
            lines.append(f"- {hit_label(candidate.hit)}：{candidate.text}[{n}]")
        answer.text = "\n".join(lines)
        answer.hits = missed
        answer.flags.append("out_of_scope")
        stream.answer = answer
        yield answer.text

    def _extractive(self, stream: AnswerStream, answer: Answer, found: Retrieved) -> Iterator[str]:
        """Lines that say whose fact each is, whole lists, one line per article when several are asked."""
        pieces, answer.citations = compose_answer(found.ranked, found.profile, found.articles, found.parts)
        note = _year_note(found.year_relaxed, [c.hit for c in answer.citations]) + _unwritten_place_note(found, answer.citations)
        pieces = [note, *pieces] if note else pieces
        yield from pieces
        answer.text = "".join(pieces)
        # every subject asked "资料中没有找到": nothing is stated; one subject the material has nothing of
        # ("A和B各…", B in no article): the answer to what was asked is not in the material, A's line notwithstanding
        answer.grounded = bool(answer.citations) and not any(part.missing for part in found.parts)
        stream.answer = answer

    def _model_declined(self, stream: AnswerStream, found: Retrieved) -> Iterator[str]:
        """The model said "not found" although a passage answers above the floor (a small model
        often does): the extractive answer follows, said to be the material's own words."""
        declined = stream.answer
        assert declined is not None
        extractive = Answer(question=declined.question, text="", grounded=False, backend=self.backend,
                            standalone_question=found.standalone, hits=found.hits)
        pieces, extractive.citations = compose_answer(found.ranked, found.profile, found.articles, found.parts)
        if not extractive.citations:
            return
        lead = f"\n{MODEL_DECLINED}\n"
        yield lead
        yield from pieces
        extractive.text = declined.text + lead + "".join(pieces)
        extractive.grounded = True
        extractive.flags = [*declined.flags, "model_declined"]
        stream.answer = extractive

    def _generated(self, stream: AnswerStream, answer: Answer, history: list[Turn] | None) -> Iterator[str]:
        assert self.chat_model is not None
        numbered = [(i, hit.title + (" > " + hit.section if hit.section else ""), hit.text)
                    for i, hit in enumerate(answer.hits, start=1)]
        received: list[str] = []
        try:
            for piece in self.chat_model.stream(qa_messages(answer.standalone_question, numbered)):
                received.append(piece)
                yield piece
        except LLMUnavailable as error:
            answer.flags.append("llm_unavailable")
            note = f"{'' if not received else chr(10)}（{error}）以下是检索到的资料，可直接查看："
            answer.text = "".join(received) + note
            answer.citations = [Citation(i, hit, hit.text[:80]) for i, hit in enumerate(answer.hits, start=1)]
            stream.answer = answer
            yield note
            return
        answer.text, answer.citations, answer.flags = verify_generated(normalise_citations("".join(received)), answer.hits)
        answer.grounded = NOT_FOUND[:6] not in answer.text and "没有找到" not in answer.text and _says_something(answer.text)
        stream.answer = answer


_THEN_START = re.compile(r"^(?:那么|那)")


def _says_which_body(name: str) -> bool:
    """A name long enough to say which body (NAME_HEAD), neither a description nor a placeholder ("那个厂", "xx公司")."""
    return len(name) >= NAME_HEAD and not re.search(r"[那这某xX×*＊_]", name)


def _place_led_name(text: str, holds: Callable[[str], bool]) -> str:
    """The nouns a text opens with, the first a place's ("中国/中铁又有几家…" -> 中国中铁), when the
    material writes them together; "" otherwise."""
    words = tagged(text[:PLACE_LED_CHARS])
    if not words or words[0][1] != "ns" or len(words[0][0]) < 2:
        return ""
    name = ""
    for word, flag in words:
        if not flag.startswith("n") or len(name + word) > PLACE_LED_CHARS:
            break
        name += word
    return name if len(name) > len(words[0][0]) and holds(name) else ""


PLACE_LED_CHARS = 10
PLACED_NAME_CHARS = 6  # a name this long that opens with a place is a body's, not a topic the reports tell of
TITLED_ARTICLES = 20  # of the articles saying a body's name, how many are read for a title naming it
TITLE_CHARS = 60  # a first line this long at most, with no full stop, is the article's title
OPENING_CHARS = 120  # how far into an article's first sentence (a news lead: source, purpose, date, then the body) the body it tells of is named
_PRONOUN_START = re.compile(r"^(?:那么|那)?(?:[他她它其该这]|他们|她们)")
_ASKS = re.compile(r"多少|几|哪|什么|啥|谁|怎么|怎样|如何|是否|吗|多[长久大远高重]")
_POINTING_COUNT = re.compile(r"[这那]几(?!乎)")  # "税务、工商这几家机关里": the bodies pointed at, no number asked
# a second question that only goes on with the first ("分别是多少？", "各是怎么做的？") is part of it
# "…各有多少人参加？哪个规模大？": a comparison of what the first asked goes on with it ("各级各类学校" is all of them)
_GOES_ON_WITH_FIRST = re.compile(r"(?<!各级)各(?!级各类)|分别|都|其中|最|对比|比较|具体|哪[个家边][^，,？?]{0,6}?[更最]?[大小多少高低早晚][？?]?$")


def _naming(profile: QueryProfile, name: str | None) -> QueryProfile:
    """The profile with a name that says whose the fact is ("仪征化纤", a place the scope read) among
    its units: an article naming it in its opening has its words in every sentence."""
    if not name or name in profile.units or not any(term in name for term in profile.weights):
        return profile
    return replace(profile, units=(*profile.units, name))


def _of_the_same_unit(first: str, second: str, today: date) -> str:
    """The second question of a message with the first's unit said, when that unit is described
    ("保定那家职工医院的工会…") or named and the second says none: the first's topic stays out."""
    description = read_description(first)
    own = read_own_scope(first, today)
    unit = first[description.span[0] : description.span[1]] if description else (own.unit or own.place)
    if not unit or read_own_scope(second, today).unit or read_description(second):
        return second
    return f"{unit}{'' if unit.endswith('的') else '的'}{second}"


def _placed_name(subject: str, place: str | None) -> str | None:
    """The name a subject opens with when it opens with the place its scope read and a company's trade
    ("宜春移动的职代会…" -> 宜春移动, not only 宜春): what a line saying it has nothing names."""
    if not place or not subject.startswith(place):
        return place
    trade = TRADES.match(subject, len(place))
    return place + trade.group(0) if trade else place


def scope_name(scope: Scope) -> str | None:
    """The place a question's scope reads without a unit ("江苏电信那边" -> 江苏)."""
    return scope.place if scope.unit is None else None


def two_questions(question: str) -> list[str]:
    """A message holding two questions that each ask something of their own ("成立后设了几个工作委员会？
    主任由谁担任？"), as the two; [] for one question, or a second that only elaborates the first; the second
    alone when the first only points at what it asks among."""
    parts = [part.strip() for part in re.split(r"(?<=[？?])", question) if part.strip()]
    if len(parts) == 1:  # "体检花了多少钱，在职职工去了多少人？": two clauses, each asking its own
        parts = [part.strip() for part in re.split(r"[，,](?=[^，,]*$)", question) if part.strip()]
        if len(parts) == 2 and re.search(r"[，,]", parts[0]) and split_subjects(question):
            # "A和B都…，B送了多少…，A送了多少…？": one question of each body, not the last clause apart
            return []
    if len(parts) != 2 or not all(_ASKS.search(part) and len(part) >= 5 for part in parts):
        return []
    if _GOES_ON_WITH_FIRST.search(parts[1]) or re.search(r"哪些|哪几", parts[0]):
        return []
    if not _ASKS.search(_POINTING_COUNT.sub("", parts[0])):
        # "税务、工商、市场监管这几家机关里，哪些单位…？": the first part only points at the kinds of bodies it lists, the
        # second asks; one that names a unit or a time ("青禾化工这几年，…") is part of the one question
        return parts[1:] if "、" in parts[0] else []
    return parts


def _first_sentence(article: str) -> str:
    """The article's first sentence below its title (a first line with no full stop)."""
    title, _, body = article.partition("\n")
    return opening_sentence(body if body and "。" not in title else article)


_TIME_ONLY = re.compile(r"(?:[\d一二三四五六七八九十〇零]+[年月日号时点分]|[上下中]午|晚上|近日|日前|近期|今年|去年|本月|当天|\s)*")


def _acts_in(name: str, sentence: str) -> bool:
    """The name opens a clause of the sentence, nothing but a time before it: the one who acts ("近日，胜利玉山物业
    召开…"), not what a body did something to ("柳岸县总工会建成户外劳动者服务站")."""
    at = sentence.find(name)
    if at < 0:
        return False
    return _TIME_ONLY.fullmatch(sentence[max(sentence.rfind(mark, 0, at) for mark in "，,：:；;") + 1 : at]) is not None


def _in_the_year_of(first: str, second: str, today: date) -> str:
    """"杭州市总工会2023年…？杭州西湖文化广场游园会有多少名职工参加？": a second question asked on its own keeps the
    year the first named, unless it names its own."""
    year = read_own_scope(first, today).year
    return f"{year}年{second}" if year and read_own_scope(second, today).year is None else second


def _leading_nouns(text: str) -> str:
    """The nouns a text opens with, run together ("首创/东风/现有…" -> 首创东风): a name the tagger does not know whole."""
    words = []
    for word, flag in tagged(text):
        if not flag.startswith("n") or (flag == "nr" and words):
            break
        words.append(word)
    return "".join(words)


def _numbered_on(text: str, offset: int) -> str:
    """[n] as [n + offset]: the second answer's citations follow the first's."""
    return _CITATION.sub(lambda m: f"[{int(m.group(1)) + offset}]", text) if offset else text


def _said_before(text: str, answers: list[Answer]) -> bool:
    """Every sentence of an answer is one an earlier answer already gave (citation numbers aside)."""
    earlier = " ".join(_CITATION.sub("", a.text) for a in answers if a.grounded)
    sentences = [s for s in re.split(r"(?<=[。！？；])", _CITATION.sub("", text)) if s.strip()]
    return bool(sentences) and all(s.strip() in earlier for s in sentences)


_MARKS_ONLY = re.compile(r"\[\d+\]|【[^】]*】|[\s，。、；：,.;:!?！？（）()]")


def _says_something(text: str) -> bool:
    """A reply of citation marks alone ("[1][4]") says nothing: it is treated as declined, so the
    material's own words follow."""
    return len(_MARKS_ONLY.sub("", text)) >= 2


def _filter_note(scope: Scope, year: int | None, unit_kind: str | None) -> str:
    """"（已按2015年、单位类别“机关”筛选；要查全部资料，请清除筛选）" for the filters the search
    applied ("" when none: a question naming its own year or unit overrides the dropdowns)."""
    applied = []
    if year is not None and scope.year == year:
        applied.append(f"{year}年")
    if unit_kind and scope.unit_kind == unit_kind:
        applied.append(f"单位类别“{unit_kind}”")
    return f"（已按{'、'.join(applied)}筛选；要查全部资料，请清除筛选）\n" if applied else ""


def _repeats_the_turn_before(question: str, before: Turn, hits: list[Hit]) -> bool:
    """The follow-up moves the relative year, and what answers it is only what answered the turn before."""
    return another_relative_year(question, before.question) and bool(before.doc_ids) and bool(hits) \
        and {hit.doc_id for hit in hits} <= before.doc_ids


def _year_note(year: int | None, hits: list[Hit]) -> str:
    """"资料中没有2026年的总结，以下内容出自：建设局工会（2023年度）。" for an answer whose
    今年/去年 no article has; "" otherwise."""
    if year is None:
        return ""
    return f"资料中没有{year}年的总结，以下内容出自：{'、'.join(dict.fromkeys(hit_label(hit) for hit in hits))}。\n"


def _without_rival_unplaced(hits: list[Hit], misses: list[Miss], unit: str | None,
                            articles: dict[str, str]) -> tuple[list[Hit], list[Miss], dict[str, str]]:
    """Pages that are the province's body asked only because they never write their province (unwritten_place): when
    another page is of that body too (two provinces' "省林业工会", one placed by what it writes), which is the one asked
    the unplaced page does not say, and it is set aside. Also the note of each unplaced page kept, by doc id."""
    if not unit:
        return hits, misses, {}
    said = {h.chunk_id: unwritten_place(unit, h, articles.get(h.doc_id, h.text)) for h in hits}
    unplaced = [h for h in hits if said[h.chunk_id]]
    bodies = {name_core(said[h.chunk_id][0]) for h in unplaced}
    pages = {str(h.metadata.get("source") or h.doc_id) for h in [*hits, *(m.hit for m in misses)]
             if name_core(str(h.metadata.get("unit") or "")) in bodies}
    if not unplaced or len(pages) < 2:
        return hits, misses, {h.doc_id: place_unwritten(*said[h.chunk_id]) for h in unplaced}
    return [h for h in hits if h not in unplaced], [*misses, *(Miss(h, ("place",)) for h in unplaced)], {}


def _unplaced_once(parts: list[Part]) -> list[Part]:
    """"四川省林业工会和江西省林业工会各…": a page that never writes its province, taken as the body of two subjects,
    is neither's (which province it is, it does not say); it stays a line of one subject only."""
    claims = Counter(doc_id for part in parts for doc_id, _ in part.unwritten)
    shared = {doc_id for doc_id, times in claims.items() if times > 1}
    if not shared:
        return parts
    return [replace(part, hits=[h for h in part.hits if h.doc_id not in shared],
                    ranked=[c for c in part.ranked if c.hit.doc_id not in shared],
                    unwritten=tuple((d, note) for d, note in part.unwritten if d not in shared)) for part in parts]


def _unwritten_place_note(found: Retrieved, citations: list[Citation]) -> str:
    """"材料写的是“省林业工会”，没有写明是四川省的。" for an answer drawn from a page that writes the body asked
    (the scope's unit, else a name the question gives) by its level alone and never the place asked
    (scope.unwritten_place): whose fact it is, as the page says it."""
    if found.parts:
        return ""  # (each subject's line says it: see _part)
    names = [found.scope.unit] if found.scope.unit else list(found.profile.units)
    written = dict.fromkeys(said for name in names for citation in citations
                            if (said := unwritten_place(name, citation.hit, found.articles.get(citation.hit.doc_id, citation.hit.text))))
    return "".join(place_unwritten(*said) + "。\n" for said in written)


def verify_generated(text: str, hits: list[Hit]) -> tuple[str, list[Citation], list[str]]:
    """Check a model's answer against the chunks it was given.

    Every [n] must name a given chunk (others are marked [n?]); every number must appear in a
    cited chunk (others are marked 【未核实】). Returns the marked text, citations and flags.
    """
    flags: list[str] = []
    cited: dict[int, Citation] = {}

    def check_citation(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if 1 <= n <= len(hits):
            cited.setdefault(n, Citation(n, hits[n - 1], hits[n - 1].text[:80]))
            return match.group(0)
        flags.append(f"invalid_citation:{n}")
        return f"[{n}?]"

    text = _CITATION.sub(check_citation, text)
    support = "".join(c.hit.text for c in cited.values()).replace(",", "")
    markers = [m.span() for m in _CITATION_MARK.finditer(text)]
    marked = []
    last = 0
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in markers):
            continue
        number = match.group(0).replace(",", "")
        if number not in support:
            flags.append(f"unsupported_number:{number}")
            marked.append(text[last : match.end()] + "【未核实】")
            last = match.end()
    marked.append(text[last:])
    if not cited:
        flags.append("no_citation")
    return "".join(marked), [cited[n] for n in sorted(cited)], flags


def next_turn(answer: Answer) -> Turn:
    """What the conversation remembers of an answered question, for the next follow-up."""
    own = read_own_scope(answer.standalone_question or answer.question, date.today())
    unit = own.unit or own.place  # a name that says which union ("各工会小组" says none)
    if unit is None and answer.grounded and answer.citations:  # a refusal's passages are other units
        unit = answer.citations[0].hit.metadata.get("unit")
    drawn_from = frozenset(c.hit.doc_id for c in answer.citations) if answer.grounded else frozenset()
    asked = answer.standalone_question or answer.question
    person = person_named(answer.text) if answer.grounded and asks_who(asked) else None
    years = {c.hit.metadata.get("year") for c in answer.citations} if answer.grounded else set()
    year = years.pop() if len(years) == 1 else None
    year = year if isinstance(year, int) else None
    return Turn(asked, unit, drawn_from, person, year)
