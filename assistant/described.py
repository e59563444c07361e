"""Units described instead of named: "大连那个学院", "有罗湖商务中心工联会的那个街道总工会",
"那个9月组建了12家工会的街道", "xx社区（0.32平方公里那个）".

A user who does not know (or the report does not state) a unit's name points at it by what its
report says: a place, something it has, something it did. Such a description is not a scope (the
names in it are not the unit), but it does say which article is meant. So the description's cue
is searched for, and the articles whose own text holds most of the cue, and that are about the
kind of unit described (a 学院, a 街道), are the ones the question is about. Nothing here lists
units or places: the cue is read from the sentence's shape around 那个/那所/那家.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answer_types import Candidate
from assistant.overlap import pair_share

# the kinds of unit a description ends with ("那个学院", "那所学校", "那家公司")
UNIT_KIND = (r"(?:总工会|工会|街道|社区|开发区|园区|公司|集团|企业|中心|学校|中学|小学|学院|大学|医院|"
         r"[省市县区镇乡村旗局厂矿院所站])")
_POINTER = r"那(?:个|所|家|座)"
_CLAUSE = r"[^，,？?。；;！!：:]"
# "大连那个学院", "有罗湖商务中心工联会的那个街道"
# (a few words may narrow the kind: "保定那家职工医院")
_CUE_BEFORE = re.compile(rf"(?P<cue>{_CLAUSE}{{2,24}}?)的?{_POINTER}[\u4e00-\u9fff]{{0,4}}?(?P<kind>{UNIT_KIND})")
# "那个9月组建了12家工会的街道"
_CUE_AFTER = re.compile(rf"{_POINTER}(?P<cue>{_CLAUSE}{{2,24}}?)的(?P<kind>{UNIT_KIND})")
# "那家模范职工之家公司": the cue said right before the kind, without 的
_CUE_JOINED = re.compile(rf"{_POINTER}(?P<cue>{_CLAUSE}{{2,24}}?)(?P<kind>{UNIT_KIND})")
# "xx社区（0.32平方公里那个）"
_CUE_IN_BRACKETS = re.compile(rf"(?P<kind>{UNIT_KIND})[（(](?P<cue>[^）)]{{2,24}}?)的?那个[）)]")
# words that join the cue to the sentence rather than describe the unit
_JOINED = re.compile(r"^(?:.*[和与及跟同、])?")  # another subject before this one ("顺昌县和新疆那个县")
_LEAD = re.compile(r"^(?:有|在|是|位于|来自|属于|地处|就是)?")
_TRAIL = re.compile(r"(?:里|上|中|这边|那边|一带)$")

_SHORT_CUE = 4  # a place said with 里/上/中 after it is short: longer cues keep their words
MIN_COVERAGE = 0.6  # share of the cue's character pairs an article's text must hold
MARGIN = 0.2  # the article meant must fit the cue clearly better than any other
CUE_SEARCH_K = 16


@dataclass(frozen=True)
class Description:
    """A described unit: the cue (what its report says), the kind of unit it is, and where the
    description stands in the question (its words say which unit, not what is asked)."""

    cue: str
    kind: str
    span: tuple[int, int] = (0, 0)

    def fits_kind(self, unit: str, title: str, text: str) -> bool:
        """Whether an article is of the kind described: one that names its unit is of the kind its
        unit says; one that does not, of what its title or text says it is."""
        return self.kind in unit + title + ("" if unit else text)

    def removed_from(self, question: str) -> str:
        """The question without the description: "有罗湖…的那个街道总工会，基层独立工会发展到几个了"
        asks "基层独立工会发展到几个了" of the article the description picks."""
        start, end = self.span
        return (question[:start] + question[end:]).strip("，, 的") or question


def read_description(question: str) -> Description | None:
    """The first described unit in a question, or None when it names its units or none."""
    return next(iter(read_descriptions(question)), None)


def read_descriptions(question: str) -> list[Description]:
    """Each reading of the described unit, the likeliest first (one per shape that fits the words)."""
    found: list[Description] = []
    for pattern in (_CUE_IN_BRACKETS, _CUE_AFTER, _CUE_BEFORE, _CUE_JOINED):
        match = pattern.search(question)
        if match is None:
            continue
        joined = _JOINED.match(match.group("cue")).end()
        cue = _LEAD.sub("", match.group("cue")[joined:]).strip("的 ")
        if pattern in (_CUE_AFTER, _CUE_JOINED) and re.match(UNIT_KIND, cue):  # "那所学校的工会": the kind is right after 那所
            continue
        if pattern is _CUE_AFTER and re.search(rf"{UNIT_KIND}$", cue) and re.search(rf"{_CLAUSE}{{2}}$", question[: match.start()]):
            continue  # "保定那家职工医院的工会": the unit pointed at is the 职工医院, described by what stands before
        if len(cue) <= _SHORT_CUE and not re.search(r"\d", cue):  # "旗里" is where, not what
            cue = _TRAIL.sub("", cue)
        if len(cue) >= 2:
            start = {_CUE_BEFORE: match.start("cue") + joined, _CUE_AFTER: match.start(), _CUE_JOINED: match.start(),
                     _CUE_IN_BRACKETS: match.end("kind")}[pattern]
            found.append(Description(cue, match.group("kind"), (start, match.end())))
    return found


# "那家医院工会…", and "这份小学工会总结里…": the report pointed at is of that kind of unit
# ("那个县农业局工会": the kind is the one a name of a few words ends with, 局, not the level 县 it opens with;
# "那个县今年…", "那个县里的工会" point at a county)
_NAMED_KIND = r"(?:公司|集团|企业|中心|学校|中学|小学|学院|大学|医院|街道|社区|开发区|园区|[局厂矿院所站镇乡村])"
_KIND_ENDS = r"(?=(?:机关)?总?工会|的|[^\u4e00-\u9fff]|$)"
_BARE_POINTER = re.compile(rf"{_POINTER}(?:(?P<kind>{UNIT_KIND}){_KIND_ENDS}"
                           rf"|[省市县区镇乡](?:(?!工会)[^的里在和与及了几多少个所是有为新，,。？?！!、\s]){{0,5}}?(?P<last_kind>{_NAMED_KIND}){_KIND_ENDS}"
                           rf"|(?P<any_kind>{UNIT_KIND}))"
                           rf"|[这那](?:份|篇)(?P<report_kind>{UNIT_KIND})(?=(?:工会)?(?:工作)?(?:总结|报告|材料))")


def pointed_kind(question: str) -> Description | None:
    """"那家医院工会护士节办了什么活动": a unit pointed at by its kind alone, with nothing said of it
    that would pick one article. It still says what kind of unit the answer must come from."""
    if read_description(question) is not None:
        return None
    match = _BARE_POINTER.search(question)
    kind = match.group("kind") or match.group("last_kind") or match.group("any_kind") or match.group("report_kind") if match else None
    return Description("", kind, match.span()) if match and kind else None


def of_kind(description: Description, ranked: list[Candidate], articles: dict[str, str]) -> list[Candidate]:
    """The candidates whose article is of the kind of unit described, in their order."""
    return [c for c in ranked if description.fits_kind(str(c.hit.metadata.get("unit") or ""), c.hit.title,
                                                       articles.get(c.hit.doc_id, c.hit.text))]


def matching_articles(description: Description, candidates: Sequence[str], texts: dict[str, str],
                      units: dict[str, str], titles: dict[str, str]) -> frozenset[str]:
    """The article the description points at: the one holding the most of its cue (at least
    MIN_COVERAGE, and MARGIN more than any other) whose unit, title or text is of the kind
    described; none when no article, or more than one, fits that well. An article whose own
    unit or title says the cue ("电厂工会工作年度总结" for "那个电厂工会", its text saying 我厂)
    fits better than one whose text only mentions it."""
    scored = {}
    for doc_id in dict.fromkeys(candidates):
        text = texts.get(doc_id, "")
        unit, title = units.get(doc_id, ""), titles.get(doc_id, "")
        if not description.fits_kind(unit, title, text):
            continue
        own = pair_share(description.cue, f"{unit} {title}")
        score = max(own, pair_share(description.cue, text))
        if score >= MIN_COVERAGE:
            scored[doc_id] = score + (1.0 if own >= MIN_COVERAGE else 0.0)
    if not scored:
        return frozenset()
    ordered = sorted(scored.values(), reverse=True)
    if len(ordered) > 1 and ordered[1] > ordered[0] - MARGIN:  # two articles fit about as well: which is meant?
        return frozenset()
    return frozenset(doc_id for doc_id, score in scored.items() if score == ordered[0])


def described_articles(question: str, search: Callable[[str, int], list], texts: Callable[[list[str]], dict[str, str]]
                       ) -> tuple[frozenset[str], str]:
    """The articles a described unit in the question points at, and the question without the
    description; (empty, the question) when it describes none, or the description fits no
    article or too many. `search(query, k)` gives hits, `texts(doc_ids)` their articles' text."""
    for description in read_descriptions(question):  # a reading that fits no article gives way to the next
        hits = search(description.cue, CUE_SEARCH_K)
        doc_ids = [h.doc_id for h in hits]
        units = {h.doc_id: str(h.metadata.get("unit") or "") for h in hits}
        fitting = matching_articles(description, doc_ids, texts(list(dict.fromkeys(doc_ids))), units,
                                    {h.doc_id: h.title for h in hits})
        if fitting:
            return fitting, description.removed_from(question)
    return frozenset(), question
