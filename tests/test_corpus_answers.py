"""Integration: answers and drafts on ../shared/corpus (skipped when absent)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from assistant.draft import Drafter, DraftRequest
from assistant.evaluation import evaluate_answers
from assistant.export import export_docx
from assistant.qa import QAService

pytestmark = pytest.mark.corpus

DEV_QA = Path(__file__).parent / "data" / "dev_qa.jsonl"


def test_dev_set_answers_meet_the_targets(corpus_kb) -> None:
    result = evaluate_answers(QAService(corpus_kb), DEV_QA)
    assert result["unanswerable"] >= 10
    assert result["keywords_in_answer"] >= 0.85, result
    assert result["unanswerable_refused"] >= 0.80, result
    assert result["answerable_refused"] <= 0.05, result


def test_education_union_draft(corpus_kb, tmp_path: Path) -> None:
    request = DraftRequest(unit="教育系统工会", year=2024, period="年度", unit_kind="教育系统",
                           topics=("师德建设", "送温暖", "文体活动"))
    draft = Drafter(corpus_kb).draft(request)
    headings = [s.heading for s in draft.sections if s.heading]
    assert len(headings) == 5 and headings[3].endswith("存在的问题和不足") and headings[4].endswith("下一步工作打算")
    assert "领导下" in draft.sections[0].text and "总结如下" in draft.sections[0].text
    for section in draft.sections[1:4]:
        assert section.sources, section.heading
        assert "（一）" in section.text
    body = "\n".join(s.text for s in draft.sections)
    others = {str(d["unit"]) for d in corpus_kb.documents() if d["unit"]} - {request.unit}
    assert not [unit for unit in others if len(unit) > 3 and unit in body]
    digits = set(re.findall(r"\d+(?:\.\d+)?", re.sub(r"(?m)^\d+\. ", "", body))) - {"2024", "12"}
    assert not digits, digits
    assert draft.markdown.endswith("日\n") and draft.placeholders > 0
    path = export_docx(draft.markdown, tmp_path / "教育系统工会2024年工作总结.docx")
    styles = {p.style.name for p in docx.Document(str(path)).paragraphs if p.text.strip()}
    assert {"公文标题", "公文一级标题", "公文正文", "公文落款"} <= styles
