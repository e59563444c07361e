"""Drafting from exemplars: the genre's outline, adapted sentences, placeholders, export."""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest

from assistant.draft import PLACEHOLDER, Draft, Drafter, DraftRequest, adapt_sentence
from assistant.export import export_draft
from assistant.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def knowledge(pages_kb: KnowledgeBase) -> KnowledgeBase:
    return pages_kb


def _request(**changes) -> DraftRequest:
    values = dict(unit="海川市第二中学工会", year=2024, period="年度", unit_kind="学校", topics=("师德建设", "送温暖"))
    values.update(changes)
    return DraftRequest(**values)


def test_adapt_sentence_replaces_other_units_names_and_figures() -> None:
    request = _request(notes="全年慰问困难教职工12人。")
    sentence = "2023年，青禾县教育工会走访慰问困难教职工52人，发放慰问金7.8万元，为李明华同志送去慰问品，到青石村开展帮扶。"
    adapted = adapt_sentence(sentence, request, {"青禾县教育工会"})
    assert "青禾县" not in adapted and "李明华" not in adapted and "青石村" not in adapted
    assert "52" not in adapted and "7.8" not in adapted
    for kind in ("人数", "金额", "人名", "地点"):  # each placeholder says what is missing
        assert f"【待填：{kind}】" in adapted
    assert adapted.startswith("2024年，海川市第二中学工会")
    assert "12人" in adapt_sentence("共慰问12人。", request, set())  # the user's own figure stays


def test_request_is_checked() -> None:
    with pytest.raises(ValueError):
        _request(topics=())
    with pytest.raises(ValueError):
        _request(period="第三季度")
    with pytest.raises(ValueError):
        _request(unit=" ")


def test_draft_has_every_part_of_the_outline(knowledge: KnowledgeBase) -> None:
    draft = Drafter(knowledge).draft(_request())
    markdown = draft.markdown
    assert markdown.startswith("# 海川市第二中学工会2024年工作总结\n")
    assert "在" in draft.sections[0].text and "领导下" in draft.sections[0].text and "总结如下：" in draft.sections[0].text
    headings = [s.heading for s in draft.sections if s.heading]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、", "四、"]
    assert headings[2] == "三、存在的问题和不足" and headings[3] == "四、下一步工作打算"
    assert "（一）" in draft.sections[1].text
    assert draft.sections[1].sources and draft.sections[2].sources
    assert markdown.rstrip().endswith("日") and "海川市第二中学工会\n\n2024年12月" in markdown


def test_half_year_draft_plans_the_second_half(knowledge: KnowledgeBase) -> None:
    draft = Drafter(knowledge).draft(_request(period="上半年", topics=("文体活动",)))
    assert draft.title == "海川市第二中学工会2024年上半年工作总结"
    assert any(s.heading.endswith("下半年工作计划") for s in draft.sections)


def test_no_other_units_name_or_figure_is_presented_as_the_users(knowledge: KnowledgeBase) -> None:
    request = _request(notes="全年走访慰问困难教职工12人，发放慰问金3.6万元。")
    draft = Drafter(knowledge).draft(request)
    body = "\n".join(s.text for s in draft.sections)
    for doc in knowledge.documents():
        if doc["unit"] and doc["unit"] != request.unit:
            assert doc["unit"] not in body, doc["unit"]
    body_without_list_numbers = re.sub(r"(?m)^\d+\. ", "", body)
    figures = set(re.findall(r"\d+(?:\.\d+)?", body_without_list_numbers)) - {"2024", "12", "3.6"}
    assert not figures, figures
    assert "12人" in body and "3.6万元" in body  # the user's own facts are used
    assert draft.placeholders > 0


def test_draft_exports_to_a_word_file_with_the_genre_styles(knowledge: KnowledgeBase, tmp_path: Path) -> None:
    draft: Draft = Drafter(knowledge).draft(_request())
    path = export_draft(draft.markdown, tmp_path / "总结.docx")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    assert texts[0] == draft.title
    assert any(t.startswith("一、") for t in texts)
    assert {p.style.name for p in document.paragraphs if p.text.strip()} >= {"公文标题", "公文一级标题", "公文正文"}
    as_dict = draft.as_dict()
    assert set(as_dict) >= {"title", "markdown", "sections", "sources", "placeholders", "backend"}
    assert as_dict["sources"] and all({"doc_id", "title", "source"} <= set(s) for s in as_dict["sources"])


class _SlowSearch:
    """The real knowledge base, with a short pause in every search so two drafts interleave."""

    def __init__(self, knowledge: KnowledgeBase, pause_s: float = 0.02) -> None:
        self._knowledge, self._pause_s = knowledge, pause_s

    def search(self, *args, **kwargs):
        time.sleep(self._pause_s)
        return self._knowledge.search(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._knowledge, name)


def test_two_users_drafting_at_once_get_the_drafts_they_get_alone(knowledge: KnowledgeBase) -> None:
    drafter = Drafter(_SlowSearch(knowledge))  # one Drafter, shared, as the web app shares it
    requests = [_request(topics=("师德建设", "送温暖")), _request(unit="青禾县直机关工会", unit_kind="机关",
                                                            topics=("送温暖", "文体活动", "师德建设"))]
    alone = [drafter.draft(r).markdown for r in requests]
    start = threading.Barrier(len(requests))

    def draft_at_once(request: DraftRequest) -> str:
        start.wait()
        return drafter.draft(request).markdown

    for _ in range(2):
        with ThreadPoolExecutor(len(requests)) as pool:
            together = list(pool.map(draft_at_once, requests))
        assert together == alone
