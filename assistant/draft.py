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
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.extractive import profile_question
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel, LLMUnavailable, draft_messages
from ingest.metadata import classify_unit_kind
from vectorstore.retriever import Hit

PLACEHOLDER = "【待填】"
CN_ORDINALS = "一二三四五六七八九十"
EXEMPLARS_PER_SECTION = 6
MAX_TOPICS = 6

_PERIOD_TITLE = {"年度": "", "上半年": "上半年", "下半年": "下半年"}  # in the title and the opening phrase
_LEADERSHIP = {
    "教育": "学校党组织和上级工会",
    "企业": "公司党委和上级工会",
    "机关": "机关党组织和上级工会",
    "医疗": "医院党委和上级工会",
    "园区": "园区党工委和上级工会",
}
_FIGURE = re.compile(
    r"(?:\d+(?:[.,]\d+)*|[一二三四五六七八九十两百千万]+)(?:\s*(?:万|千|百))?\s*(?:余|多)?\s*"
    r"(?:元|人次|人|名|户|个|次|项|家|件|条|场|期|所|台|套|份|岁|篇|支|批|天|小时|平方米|米|%|‰|届|本|册|万元|倍|余人)"
    r"|\d+(?:[.,]\d+)*"
)
_DATE = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|中旬|上旬|下旬|底|初)?|\d{1,2}日")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|(?:20)?[xX]{2}\s*年|20_+年|~年|二[〇○零][一二三四五六七八九〇○零]{2}年")
_SITE_PLACEHOLDER = re.compile(r"[xX]{2,}|\*{2,}|_{2,}|＿{2,}|某某")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤佘易施"
)
_TITLE_WORDS = "同志|主席|副主席|书记|老师|校长|局长|厂长|经理|主任|委员|劳模|教师"
_PERSON = re.compile(
    rf"[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=(?:{_TITLE_WORDS}))"
    rf"|(?<=主席|书记|老师|校长|局长|厂长|经理|主任|教师)[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=[，。、；作同等])"
)
_SELF_UNION = re.compile(r"(?:[我本])?(?:学校|校|公司|厂|局|院|处|中心)工会(?:委员会)?")
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:村|镇|乡|街道|社区)(?![委民])")
_ORG = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:局|委员会|公司|集团|学校|中学|小学|学院|医院|厂|中心|园区|管委会)")
_SELF = re.compile(r"我(?:局|校|院|厂|委|处|所|司|公司|单位|中心|会)")
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]")
_ACTION = re.compile(r"开展|组织|举办|落实|建立|完善|推进|坚持|加强|做好|慰问|帮扶|召开|评选|参加|实施|深化|提升")
_PROBLEM = re.compile(r"不足|差距|问题|薄弱|有待|不够|欠缺|不平衡|还需|亟待")
_PLAN = re.compile(r"将|继续|进一步|要|计划|力争|打算|努力")


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
    return {m.group(0) for m in _FIGURE.finditer(request.notes)}


def adapt_sentence(sentence: str, request: DraftRequest, exemplar_units: set[str]) -> str:
    """An exemplar sentence rewritten for the user: their unit and year; no one else's names or figures."""
    text = _SELF_UNION.sub(request.unit, sentence)  # "我校工会", "公司工会": the exemplar speaking of itself
    for unit in sorted(exemplar_units, key=len, reverse=True):
        if unit and unit != request.unit:
            text = text.replace(unit, request.unit)
    text = _YEAR.sub(f"{request.year}年", text)
    text = _SELF.sub("我单位", text)
    text = _PERSON.sub(PLACEHOLDER, text)
    text = _PLACE.sub(PLACEHOLDER, text)
    text = _ORG.sub(lambda m: m.group(0) if m.group(0) in request.unit else PLACEHOLDER, text)
    text = _DATE.sub(PLACEHOLDER, text)
    allowed = _user_figures(request)
    text = _FIGURE.sub(lambda m: m.group(0) if m.group(0) in allowed or m.group(0) == str(request.year) else PLACEHOLDER, text)
    text = _SITE_PLACEHOLDER.sub(PLACEHOLDER, text)
    text = re.sub(f"(?:{PLACEHOLDER}){{2,}}", PLACEHOLDER, text)
    return text.replace(f"{request.unit}{request.unit}", request.unit)


def _strip_numbering(text: str) -> str:
    return re.sub(
        r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[一二三四五六七八九十]是)\s*", "", text
    ).strip()


_CLAUSE_SPLIT = re.compile(r"[，。；：、]")


def sub_heading(sentence: str, topic: str) -> str:
    """A short （一） heading from a sentence: the clause that does something, from its verb on."""
    for clause in _CLAUSE_SPLIT.split(sentence):
        action = _ACTION.search(clause)
        if action and PLACEHOLDER not in clause and len(clause) - action.start() >= 4:
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
        fresh = self._draft(DraftRun(request, avoid=avoid))
        for section in fresh.sections:
            if section.heading.startswith(ordinal):
                return section
        raise ValueError(f"初稿中没有“{heading}”这一部分")

    def _exemplars(self, query: str, request: DraftRequest, k: int = EXEMPLARS_PER_SECTION) -> list[Hit]:
        """Passages about the topic, from the same kind of unit first."""
        kind = classify_unit_kind(request.unit, request.unit_kind, request.unit_kind)
        hits = self.knowledge.search(query, k, unit_kind=kind) if kind else []
        if len(hits) < k:
            known = {h.chunk_id for h in hits}
            hits += [h for h in self.knowledge.search(query, k) if h.chunk_id not in known][: k - len(hits)]
        return hits

    def _sentences(
        self, hits: list[Hit], query: str, run: DraftRun, limit: int, required: re.Pattern[str] | None = None
    ) -> list[tuple[str, Hit]]:
        """The exemplar sentences most about the query, adapted to the user, none already in this draft."""
        request = run.request
        profile = profile_question(query, self.knowledge.lexical.index.idf)
        units = {str(h.metadata.get("unit", "")) for h in hits}
        scored = []
        for hit in hits:
            for match in _SENTENCE.finditer(hit.text):
                sentence = _strip_numbering(match.group().strip())
                if not 12 <= len(sentence) <= 160 or (required is not None and not required.search(sentence)):
                    continue
                weight = sum(w for term, w in profile.weights.items() if term in sentence) / profile.total
                weight += 0.15 if _ACTION.search(sentence) else 0.0
                scored.append((weight, hit.rank, sentence, hit))
        scored.sort(key=lambda item: (-item[0], item[1]))
        chosen: list[tuple[str, Hit]] = []
        for _, _, sentence, hit in scored:
            adapted = adapt_sentence(sentence, request, units)
            if adapted.count(PLACEHOLDER) > 3 or any(adapted[:12] == c[:12] for c, _ in chosen):
                continue
            if (run.avoid and adapted[:20] in run.avoid) or adapted[:20] in run.used:
                continue
            run.used.add(adapted[:20])
            chosen.append((adapted, hit))
            if len(chosen) >= limit:
                break
        return chosen

    def _assign_notes(self, request: DraftRequest) -> list[list[str]]:
        """Each line of the user's own facts goes, as written, under the topic it is closest to."""
        lines = [line.strip() for line in re.split(r"[\n。；]", request.notes) if len(line.strip()) >= 4]
        assigned: list[list[str]] = [[] for _ in request.topics]
        if not lines:
            return assigned
        topics = np.asarray([self.knowledge.embedder.embed_query(t) for t in request.topics])
        notes = np.asarray(self.knowledge.embedder.embed_documents(lines))
        for line, scores in zip(lines, notes @ topics.T):
            mentioned = [i for i, topic in enumerate(request.topics) if topic in line]
            assigned[mentioned[0] if mentioned else int(scores.argmax())].append(line + "。")
        return assigned

    def _topic_section(self, index: int, topic: str, run: DraftRun, per_section: int, own: list[str]) -> DraftSection:
        request = run.request
        hits = self._exemplars(topic, request)
        heading_hit = next((h for h in hits if topic[:2] in h.section), None)
        label = _strip_numbering(heading_hit.section.split(" > ")[-1]) if heading_hit else ""
        heading = adapt_sentence(label, request, {str(h.metadata.get("unit", "")) for h in hits}) if label else ""
        if not heading or PLACEHOLDER in heading or len(heading) > 30:
            heading = f"扎实做好{topic}工作"
        sentences = self._sentences(hits, topic, run, per_section)
        sub_parts = []
        groups = [sentences[i : i + 2] for i in range(0, len(sentences), 2)][:3]
        for number, group in enumerate(groups):
            body = "".join(s for s, _ in group)
            if number == 0 and own:
                body = "".join(own) + body
            sub_parts.append(f"（{CN_ORDINALS[number]}）{sub_heading(group[0][0], topic)}。{body}")
        if not sub_parts:
            sub_parts.append("".join(own) or f"围绕{topic}，我单位工会{PLACEHOLDER}。")
        return DraftSection(f"{CN_ORDINALS[index]}、{heading}", "\n\n".join(sub_parts), [h for _, h in sentences])

    def _closing_section(self, index: int, name: str, query: str, required: re.Pattern[str], run: DraftRun) -> DraftSection:
        hits = self._exemplars(query, run.request, k=EXEMPLARS_PER_SECTION * 2)
        sentences = self._sentences(hits, query, run, 3, required)
        items = [f"{i + 1}. {s}" for i, (s, _) in enumerate(sentences)] or [f"1. {PLACEHOLDER}"]
        return DraftSection(f"{CN_ORDINALS[index]}、{name}", "\n".join(items), [h for _, h in sentences])

    def draft(self, request: DraftRequest) -> Draft:
        """A whole draft: every part of the outline, each topic section drawn from exemplars."""
        return self._draft(DraftRun(request))

    def _draft(self, run: DraftRun) -> Draft:
        """The draft for one run (a redone section's run carries the text to avoid)."""
        request = run.request
        period_title = _PERIOD_TITLE[request.period]
        title = f"{request.unit}{request.year}年{period_title}工作总结"
        kind = classify_unit_kind(request.unit, request.unit_kind, request.unit_kind) or ""
        leaders = _LEADERSHIP.get(kind, "上级工会和同级党组织")
        opening = (
            f"{request.year}年{period_title}，{request.unit}在{leaders}的领导下，"
            f"围绕{'、'.join(request.topics)}等重点工作，团结动员广大职工，各项工作取得了新的进展。"
            f"现将{'上半年' if request.period == '上半年' else '下半年' if request.period == '下半年' else '一年来的'}工作总结如下："
        )
        per_section = max(2, min(6, request.target_chars // (len(request.topics) * 90)))
        sections = [DraftSection("", opening)]
        notes = self._assign_notes(request)
        sections += [self._topic_section(i, t, run, per_section, notes[i]) for i, t in enumerate(request.topics)]
        n = len(request.topics)
        sections.append(self._closing_section(n, "存在的问题和不足", "存在的问题和不足 差距", _PROBLEM, run))
        plan_name = "下半年工作计划" if request.period == "上半年" else "下一步工作打算"
        sections.append(self._closing_section(n + 1, plan_name, f"{plan_name} 下一步 工作打算", _PLAN, run))
        month = "6" if request.period == "上半年" else "12"
        sections.append(DraftSection("", f"{request.unit}\n\n{request.year}年{month}月{PLACEHOLDER}日"))
        draft = Draft(title, sections, self.backend)
        if self.chat_model is not None:
            self._rewrite_with_model(draft, request)
        return draft

    def _rewrite_with_model(self, draft: Draft, request: DraftRequest) -> None:
        """Let the model rewrite each topic section from the same exemplars; check its figures."""
        allowed = _user_figures(request) | {str(request.year)}
        for section in draft.sections[1 : 1 + len(request.topics)]:
            exemplars = [(i, h.title, h.text) for i, h in enumerate(section.sources, start=1)]
            try:
                text = self.chat_model.complete(draft_messages(f"{draft.title}\n{section.heading}", exemplars, request.notes))
            except LLMUnavailable as error:
                draft.flags.append(f"llm_unavailable:{error}")
                return
            def check(match: re.Match[str]) -> str:
                if match.group(0) in allowed or PLACEHOLDER in match.group(0):
                    return match.group(0)
                draft.flags.append(f"unsupported_figure:{match.group(0)}")
                return PLACEHOLDER
            section.text = _FIGURE.sub(check, text.strip())
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
