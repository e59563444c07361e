"""Drafting a 工会工作总结 in the genre's structure from exemplars of the same kind of unit.

Outline: title; opening paragraph (在……领导下，围绕……，现将……总结如下：); 一、二、三… per
focus topic with （一）（二） beneath; 存在的问题和不足; 下一步工作打算 (下半年工作计划 for a
first-half summary); signature and date. Every section retrieves exemplars (same unit kind
first) and is composed from them. Offline, exemplar sentences are adapted: other units',
places' and people's names and every figure the user did not supply become 【待填】
placeholders, so another unit's facts are never presented as the user's. With a chat model,
the same outline and exemplars go to the model and its figures are checked the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant import draft_adapt
from assistant.draft_adapt import (
    GENERIC_PLACEHOLDER,
    figures_in,
    guard_model_text,
    looks_forward,
    placeholder,
    placeholders_in,
    reports_work,
    states_shortcoming,
    too_many_placeholders,
)
from assistant.draft_domain import DomainFit, domain_fit
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel, LLMUnavailable, draft_messages
from assistant.question_profile import profile_question
from ingest.metadata import classify_unit_kind, refines
from vectorstore.lexical import tokenize
from vectorstore.retriever import Hit

PLACEHOLDER = GENERIC_PLACEHOLDER
CN_ORDINALS = "一二三四五六七八九十"
EXEMPLARS_PER_SECTION = 6
MAX_TOPICS = 6
SPARE_PLACEHOLDERS = 2  # a section with nothing better takes one sentence with this many blanks at most
MIN_SUBSECTION_CHARS = 15  # a （…） whose body says less than this beyond its heading is merged
CLOSING_ITEMS = 2  # plans fewer than this are completed with plain intentions for the user's topics

_PERIOD_TITLE = {"年度": "", "上半年": "上半年", "下半年": "下半年"}  # in the title and the opening phrase
_LEADERSHIP = {
    "教育": "学校党组织和上级工会",
    "企业": "公司党委和上级工会",
    "机关": "机关党组织和上级工会",
    "医疗": "医院党委和上级工会",
    "园区": "园区党工委和上级工会",
    "县总工会": "县委和上级工会",
    "市总工会": "市委和上级工会",
    "省总工会": "省委和中华全国总工会",
}
KINDS = tuple(_LEADERSHIP)
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]")
_ACTION = re.compile(r"开展|组织|举办|落实|建立|完善|推进|坚持|加强|做好|慰问|帮扶|召开|评选|参加|实施|深化|提升")


@dataclass(frozen=True)
class DraftRequest:
    """What the user asks for; unit kind and topics are free text."""

    unit: str
    year: int
    period: str = "年度"
    unit_kind: str = ""
    topics: tuple[str, ...] = ()
    target_chars: int = 1500
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.unit.strip():
            raise ValueError("请填写单位名称")
        if self.period not in _PERIOD_TITLE:
            raise ValueError(f"期间应为 年度、上半年 或 下半年，而不是“{self.period}”")
        if not 1 <= len(self.topics) <= MAX_TOPICS:
            raise ValueError(f"重点工作应为 1 到 {MAX_TOPICS} 项")


@dataclass
class DraftSection:
    heading: str
    text: str
    sources: list[Hit] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "text": self.text, "sources": sorted({h.doc_id for h in self.sources})}


@dataclass
class Draft:
    title: str
    sections: list[DraftSection]
    backend: str = "extractive"
    flags: list[str] = field(default_factory=list)

    @property
    def markdown(self) -> str:
        parts = [f"# {self.title}", ""]
        for section in self.sections:
            if section.heading:
                parts += [f"## {section.heading}", ""]
            parts += [section.text, ""]
        return "\n".join(parts).rstrip() + "\n"

    @property
    def sources(self) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for section in self.sections:
            for hit in section.sources:
                seen.setdefault(hit.doc_id, {"doc_id": hit.doc_id, "title": hit.title, "source": hit.metadata.get("source")})
        return list(seen.values())

    @property
    def placeholders(self) -> int:
        return self.markdown.count("【待填")

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "markdown": self.markdown,
            "sections": [s.as_dict() for s in self.sections],
            "sources": self.sources,
            "placeholders": self.placeholders,
            "backend": self.backend,
            "flags": self.flags,
        }


# ---------------------------------------------------------------- adapting exemplar text


def _user_figures(request: DraftRequest) -> set[str]:
    return figures_in(request.notes)


def adapt_sentence(sentence: str, request: DraftRequest, exemplar_units: set[str], earlier_year: int | None = None) -> str:
    """An exemplar sentence rewritten for the user (see assistant/draft_adapt.py)."""
    return draft_adapt.adapt_sentence(sentence, request.unit, request.year, exemplar_units, _user_figures(request),
                                      earlier_year)


def unit_kind_of(request: DraftRequest) -> str:
    """The kind the user chose; guessed from the name only when they chose none."""
    if request.unit_kind in KINDS:
        return request.unit_kind
    return classify_unit_kind(request.unit, request.unit_kind, request.unit_kind) or ""


def _strip_numbering(text: str) -> str:
    return re.sub(
        r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[一二三四五六七八九十]是)\s*", "", text
    ).strip()


_CLAUSE_SPLIT = re.compile(r"[，。；：、]")


def sub_heading(sentence: str, topic: str) -> str:
    """A short （一） heading from a sentence: the clause that does something, from its verb on."""
    for clause in _CLAUSE_SPLIT.split(sentence):
        action = _ACTION.search(clause)
        if action and "【" not in clause and "】" not in clause and len(clause) - action.start() >= 4:
            return clause[action.start() : action.start() + 16]
    return f"扎实推进{topic}"


# ---------------------------------------------------------------- the drafter


@dataclass
class DraftRun:
    """The state of one draft being built: one per call, never stored on the shared Drafter,
    so two users drafting at once cannot reset each other's `used` sentences."""

    request: DraftRequest
    used: set[str] = field(default_factory=set)  # sentences already placed in this draft
    avoid: str = ""  # text already in the user's draft, when one section is redone
    own_docs: frozenset[str] = frozenset()  # the user's unit's earlier summaries in the knowledge base
    fit: DomainFit | None = None


_Role = Callable[[str], bool]


@dataclass
class Drafter:
    """Builds drafts from the knowledge base, with or without a chat model; shared by all users."""

    knowledge: KnowledgeBase
    chat_model: ChatModel | None = None

    @property
    def backend(self) -> str:
        return self.chat_model.name if self.chat_model else "extractive"

    def redraft_section(self, request: DraftRequest, heading: str, avoid: str = "") -> DraftSection:
        """One section again, from exemplar sentences not already in the draft (`avoid`)."""
        ordinal = heading.split("、", 1)[0] + "、"
        fresh = self._draft(self._run(request, avoid))
        for section in fresh.sections:
            if section.heading.startswith(ordinal):
                return section
        raise ValueError(f"初稿中没有“{heading}”这一部分")

    def _run(self, request: DraftRequest, avoid: str = "") -> DraftRun:
        """A run knowing the user's earlier summaries (their unit named as they name it, or more
        fully: "城南区卫生健康局机关工会" for "城南区卫生健康局工会", never plain "局工会") and the
        lines of work their request allows."""
        kind = unit_kind_of(request)
        own = frozenset(str(row["doc_id"]) for row in self.knowledge.documents()
                        if row.get("unit") and (row["unit"] == request.unit or refines(str(row["unit"]), request.unit)))
        return DraftRun(request, avoid=avoid, own_docs=own, fit=domain_fit(request.unit, kind, request.topics, request.notes))

    def _exemplars(self, query: str, run: DraftRun, k: int = EXEMPLARS_PER_SECTION) -> list[Hit]:
        """Passages about the topic: the user's unit's own earlier summaries first, then the same
        kind of unit, then any."""
        hits: list[Hit] = []
        if run.own_docs:
            hits = self.knowledge.search(query, k, doc_ids=run.own_docs)
        kind = unit_kind_of(run.request)
        for unit_kind in ([kind] if kind else []) + [None]:
            if len(hits) >= k:
                break
            known = {h.chunk_id for h in hits}
            hits += [h for h in self.knowledge.search(query, k, unit_kind=unit_kind) if h.chunk_id not in known][: k - len(hits)]
        return hits

    def _sentences(self, hits: list[Hit], query: str, run: DraftRun, limit: int, role: _Role,
                   on_topic: bool = False) -> list[tuple[str, Hit]]:
        """The exemplar sentences most about the query that play the section's role (report work,
        state a shortcoming, look forward), fit the user's line of work, adapted to the user and
        still readable; none already in this draft. For a topic section (`on_topic`), only
        sentences that say the topic's words, or sit under a heading that does."""
        request = run.request
        profile = profile_question(query, self.knowledge.lexical.index.idf)
        units = {str(h.metadata.get("unit", "")) for h in hits}
        scored = []
        for hit in hits:
            own = hit.doc_id in run.own_docs
            for match in _SENTENCE.finditer(hit.text):
                sentence = _strip_numbering(match.group().strip())
                if not 12 <= len(sentence) <= 160 or not role(sentence):
                    continue
                if run.fit is not None and not own and not run.fit.fits(sentence):
                    continue
                weight = sum(w for term, w in profile.weights.items() if term in sentence) / profile.total
                if on_topic and not weight and not any(term in f"{hit.section} {hit.metadata.get('heading_path', '')}"
                                                       for term in profile.weights):
                    continue  # neither the sentence nor its heading says the topic
                weight += (0.15 if _ACTION.search(sentence) else 0.0) + (0.5 if own else 0.0)
                scored.append((weight, hit.rank, sentence, hit))
        scored.sort(key=lambda item: (-item[0], item[1]))
        chosen: list[tuple[str, Hit]] = []
        spare: tuple[str, Hit] | None = None  # used only when no sentence reads without blanks
        for _, _, sentence, hit in scored:
            earlier = hit.metadata.get("year") if hit.doc_id in run.own_docs else None
            adapted = adapt_sentence(sentence, request, units, earlier if isinstance(earlier, int) else None)
            if too_many_placeholders(adapted):
                blanks = placeholders_in(adapted)
                if blanks <= SPARE_PLACEHOLDERS and (spare is None or blanks < placeholders_in(spare[0])):
                    spare = (adapted, hit)  # the fewest blanks, then the best scored
                continue
            if any(adapted[:12] == c[:12] for c, _ in chosen):
                continue
            if (run.avoid and adapted[:20] in run.avoid) or adapted[:20] in run.used:
                continue
            run.used.add(adapted[:20])
            chosen.append((adapted, hit))
            if len(chosen) >= limit:
                break
        if not chosen and spare is not None and spare[0][:20] not in run.used:
            run.used.add(spare[0][:20])
            chosen.append(spare)
        return chosen

    def _assign_notes(self, request: DraftRequest, exemplars: list[list[Hit]]) -> list[list[str]]:
        """Each line of the user's own facts goes, as written, under the topic it belongs to: the
        topic it names; else the topic whose exemplars share most of its words (rare words
        weigh more: 慰问, 困难职工 belong with 送温暖); else the nearest topic by meaning."""
        lines = [line.strip() for line in re.split(r"[\n。；]", request.notes) if len(line.strip()) >= 4]
        assigned: list[list[str]] = [[] for _ in request.topics]
        if not lines:
            return assigned
        idf = self.knowledge.lexical.index.idf
        texts = ["".join(h.text for h in hits) for hits in exemplars]
        topics = np.asarray([self.knowledge.embedder.embed_query(t) for t in request.topics])
        notes = np.asarray(self.knowledge.embedder.embed_documents(lines))
        for line, meaning in zip(lines, notes @ topics.T):
            named = [i for i, topic in enumerate(request.topics) if topic in line]
            words = {w for w in tokenize(line) if len(w) >= 2 and not w.startswith("#") and not w[0].isdigit()}
            shared = [sum(idf(w) for w in words if w in text) for text in texts]
            if named:
                index = named[0]
            elif max(shared, default=0.0) > 0:
                index = int(np.argmax(shared))
            else:
                index = int(meaning.argmax())
            assigned[index].append(line + "。")
        return assigned

    def _topic_section(self, index: int, topic: str, run: DraftRun, per_section: int, own: list[str],
                       hits: list[Hit]) -> DraftSection:
        request = run.request
        heading_hit = next((h for h in hits if topic[:2] in h.section), None)
        label = _strip_numbering(heading_hit.section.split(" > ")[-1]) if heading_hit else ""
        heading = adapt_sentence(label, request, {str(h.metadata.get("unit", "")) for h in hits}) if label else ""
        if not heading or "【待填" in heading or len(heading) > 30 or not run.fit or not run.fit.fits(heading):
            heading = f"扎实做好{topic}工作"
        sentences = self._sentences(hits, topic, run, per_section, reports_work, on_topic=True)
        sub_parts = []
        groups = [sentences[i : i + 2] for i in range(0, len(sentences), 2)][:3]
        for number, group in enumerate(groups):
            body = "".join(s for s, _ in group)
            if number == 0 and own:
                body = "".join(own) + body
            title = sub_heading(group[0][0], topic)
            if len(body.replace(title, "")) < MIN_SUBSECTION_CHARS and sub_parts:
                sub_parts[-1] += body  # too little to stand as its own （…）: merged into the one before
                continue
            sub_parts.append(f"（{CN_ORDINALS[len(sub_parts)]}）{title}。{body}")
        if not sub_parts:
            sub_parts.append(f"（一）扎实推进{topic}。" + ("".join(own) or f"围绕{topic}，我单位工会{placeholder('主要做法')}。"))
        return DraftSection(f"{CN_ORDINALS[index]}、{heading}", "\n\n".join(sub_parts), [h for _, h in sentences])

    def _closing_section(self, index: int, name: str, query: str, role: _Role, run: DraftRun,
                         generic: list[str] | None = None) -> DraftSection:
        """存在的问题和不足 or the plans: up to three exemplar sentences playing that role; plans too
        few are completed with the genre's plain intentions for the user's own topics (they state
        no fact), problems never are (a shortcoming the unit may not have is left blank)."""
        hits = self._exemplars(query, run, k=EXEMPLARS_PER_SECTION * 2)
        sentences = self._sentences(hits, query, run, 3, role)
        texts = [s for s, _ in sentences] + (generic or [])[: max(0, CLOSING_ITEMS - len(sentences))]
        items = [f"{i + 1}. {s}" for i, s in enumerate(texts)] or [f"1. {placeholder(name)}"]
        return DraftSection(f"{CN_ORDINALS[index]}、{name}", "\n".join(items), [h for _, h in sentences])

    def draft(self, request: DraftRequest) -> Draft:
        """A whole draft: every part of the outline, each topic section drawn from exemplars."""
        return self._draft(self._run(request))

    def _draft(self, run: DraftRun) -> Draft:
        """The draft for one run (a redone section's run carries the text to avoid)."""
        request = run.request
        period_title = _PERIOD_TITLE[request.period]
        title = f"{request.unit}{request.year}年{period_title}工作总结"
        leaders = _LEADERSHIP.get(unit_kind_of(request), "上级工会和同级党组织")
        opening = (
            f"{request.year}年{period_title}，{request.unit}在{leaders}的领导下，"
            f"围绕{'、'.join(request.topics)}等重点工作，团结动员广大职工，各项工作取得了新的进展。"
            f"现将{'上半年' if request.period == '上半年' else '下半年' if request.period == '下半年' else '一年来的'}工作总结如下："
        )
        per_section = max(2, min(6, request.target_chars // (len(request.topics) * 90)))
        sections = [DraftSection("", opening)]
        exemplars = [self._exemplars(topic, run) for topic in request.topics]
        notes = self._assign_notes(request, exemplars)
        sections += [self._topic_section(i, t, run, per_section, notes[i], exemplars[i]) for i, t in enumerate(request.topics)]
        n = len(request.topics)
        sections.append(self._closing_section(n, "存在的问题和不足", "存在的问题和不足 差距", states_shortcoming, run))
        plan_name = "下半年工作计划" if request.period == "上半年" else "下一步工作打算"
        intentions = [f"继续扎实做好{topic}工作，不断提高服务职工的能力和水平。" for topic in request.topics]
        sections.append(self._closing_section(n + 1, plan_name, f"{plan_name} 下一步 工作打算", looks_forward, run,
                                              intentions))
        month = "6" if request.period == "上半年" else "12"
        sections.append(DraftSection("", f"{request.unit}\n\n{request.year}年{month}月{placeholder('日')}日"))
        draft = Draft(title, sections, self.backend)
        if self.chat_model is not None:
            self._rewrite_with_model(draft, request)
        return draft

    def _rewrite_with_model(self, draft: Draft, request: DraftRequest) -> None:
        """Let the model rewrite each topic section from the same exemplars; its figures and
        honours are checked as exemplar sentences are (draft_adapt.guard_model_text)."""
        allowed = _user_figures(request)
        for section in draft.sections[1 : 1 + len(request.topics)]:
            exemplars = [(i, h.title, h.text) for i, h in enumerate(section.sources, start=1)]
            try:
                text = self.chat_model.complete(draft_messages(f"{draft.title}\n{section.heading}", exemplars, request.notes))
            except LLMUnavailable as error:
                draft.flags.append(f"llm_unavailable:{error}")
                return
            units = {str(h.metadata.get("unit", "")) for h in section.sources}
            section.text, flags = guard_model_text(text.strip(), request.unit, request.year, units, allowed,
                                                   (draft.title, section.heading))
            draft.flags += flags
        draft.backend = self.backend


def replace_section(markdown: str, heading: str, text: str) -> str:
    """The draft with the body under `## heading` replaced, up to the next heading or the signature."""
    lines = markdown.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == f"## {heading}")
    except StopIteration:
        raise ValueError(f"初稿中没有“{heading}”这一部分") from None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), None)
    if end is None:  # the last section: keep the signature block (the last two non-empty lines)
        tail = [i for i, line in enumerate(lines) if line.strip()][-2:]
        end = tail[0] if tail and tail[0] > start else len(lines)
    return "\n".join(lines[: start + 1] + ["", text.strip(), ""] + lines[end:])
