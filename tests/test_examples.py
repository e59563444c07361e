"""Example questions come from the loaded index: real units and their own headings, none when empty."""

from __future__ import annotations

from pathlib import Path

from assistant.examples import example_questions
from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings


def test_examples_name_units_and_headings_of_the_index(pages_kb: KnowledgeBase) -> None:
    questions = example_questions(pages_kb)
    units = {str(r["unit"]) for r in pages_kb.documents() if r.get("unit")}
    assert 1 <= len(questions) <= 6 and len(set(questions)) == len(questions)
    for question in questions:
        assert any(question.startswith(unit) for unit in units), question
    assert any("方面做了哪些工作" in q for q in questions)  # a section heading of the unit's own article
    for question in questions:
        answer = pages_kb.search(question, 3)
        assert answer, question  # every example finds passages


def test_an_empty_index_has_no_examples(tmp_path: Path) -> None:
    assert example_questions(KnowledgeBase(Settings(data_dir=tmp_path / "data"))) == []
