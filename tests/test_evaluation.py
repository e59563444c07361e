"""The per-type answer evaluation (on a fake QA service, no model) and the labelled tune/check sets."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.answer_types import Answer
from assistant.condense import Turn
from assistant.evaluation import (
    QUESTION_TYPES,
    answer_right,
    ask,
    evaluate_answers,
    load_questions,
    question_type,
    score_answers,
    type_table,
)

DATA = Path(__file__).parent / "data"
HALVES = (DATA / "qa_tune.jsonl", DATA / "qa_check.jsonl")
MINIMUMS = {"unanswerable": 30, "list": 30, "multi": 30, "trad": 20, "followup": 20}
MAX_EVIDENCE_CHARS = 60


class FakeQA:
    """Answers from a table (question -> text, or None for a refusal) and records every call."""

    def __init__(self, replies: dict[str, str | None]) -> None:
        self.replies = replies
        self.calls: list[tuple[str, list[Turn] | None]] = []

    def answer(self, question: str, history: list[Turn] | None = None) -> Answer:
        self.calls.append((question, history))
        text = self.replies.get(question)
        return Answer(question=question, text=text or "资料中没有找到。", grounded=text is not None,
                      standalone_question=question)


def test_answer_right_needs_grounding_and_every_keyword() -> None:
    item = {"question": "q", "keywords": ["12家", "658人"]}
    grounded = Answer(question="q", text="组建 12家，发展 658 人", grounded=True)
    assert answer_right(item, grounded)  # spaces do not matter
    assert not answer_right(item, Answer(question="q", text="组建12家", grounded=True))
    assert not answer_right(item, Answer(question="q", text="组建12家，发展658人", grounded=False))
    trap = {"question": "q", "type": "unanswerable"}
    assert answer_right(trap, Answer(question="q", text="没有", grounded=False))
    assert not answer_right(trap, grounded)


def test_a_keyword_from_a_traditional_page_counts_in_the_simplified_answer() -> None:
    # the documents are folded to simplified on ingest, so the answer quotes 户/篮球 where the
    # page (and the keyword copied from it) wrote 戶/籃球
    item = {"question": "q", "keywords": ["169戶", "籃球隊"]}
    assert answer_right(item, Answer(question="q", text="慰问困难职工169户，成立篮球队", grounded=True))
    assert not answer_right(item, Answer(question="q", text="慰问困难职工169户", grounded=True))


def test_question_type_defaults_for_older_sets() -> None:
    assert question_type({"question": "q"}) == "fact"
    assert question_type({"question": "q", "unanswerable": True}) == "unanswerable"
    assert question_type({"question": "q", "type": "list"}) == "list"


def test_follow_up_is_asked_after_its_history() -> None:
    qa = FakeQA({"上半年多少户？": "上半年慰问386户。", "那下半年呢？": None})
    answer = ask(qa, {"question": "那下半年呢？", "history": ["上半年多少户？"]})
    assert not answer.grounded
    (first, first_history), (second, second_history) = qa.calls
    assert (first, first_history) == ("上半年多少户？", [])
    assert second == "那下半年呢？" and [t.question for t in second_history] == ["上半年多少户？"]


def test_a_question_without_history_is_asked_alone() -> None:
    qa = FakeQA({"q": "a"})
    ask(qa, {"question": "q"})
    assert qa.calls == [("q", None)]


def test_per_type_arithmetic() -> None:
    items = [
        {"id": "f1", "type": "fact", "question": "f1", "keywords": ["7名"]},
        {"id": "f2", "type": "fact", "question": "f2", "keywords": ["7名"]},  # refused
        {"id": "l1", "type": "list", "question": "l1", "keywords": ["甲", "乙", "丙"]},  # cut list
        {"id": "m1", "type": "multi", "question": "m1", "keywords": ["20户", "260户"]},
        {"id": "u1", "type": "unanswerable", "question": "u1"},  # refused: right
        {"id": "u2", "type": "unanswerable", "question": "u2"},  # answered: wrong
        {"id": "c1", "type": "followup", "question": "c1", "history": ["f1"], "unanswerable": True},
        {"id": "x1", "type": "fact", "question": "x1"},  # no keywords: cannot be judged
    ]
    qa = FakeQA({"f1": "选出7名委员", "l1": "甲、乙", "m1": "A单位20户；B单位260户", "u2": "386户", "x1": "x"})
    result = score_answers(qa, items)
    assert (result["answerable"], result["unanswerable"]) == (4, 3)
    assert result["keywords_in_answer"] == 0.5  # f1 and m1 of four
    assert result["answerable_refused"] == 0.25  # f2
    assert result["unanswerable_refused"] == round(2 / 3, 4)  # u1 and the follow-up trap
    by_type = result["by_type"]
    assert by_type["fact"] == {"questions": 2, "right": 1, "refused": 1, "right_rate": 0.5, "refused_rate": 0.5}
    assert by_type["list"]["right"] == 0 and by_type["multi"]["right_rate"] == 1.0
    assert by_type["unanswerable"] == {"questions": 2, "right": 1, "refused": 1, "right_rate": 0.5, "refused_rate": 0.5}
    assert by_type["followup"]["right"] == 1 and "trad" not in by_type
    assert [f["id"] for f in result["answer_failures"]] == ["f2", "l1", "u2"]


def test_type_table_has_a_row_per_type_and_the_totals() -> None:
    qa = FakeQA({"f1": "7名"})
    result = score_answers(qa, [{"type": "fact", "question": "f1", "keywords": ["7名"]},
                                {"type": "unanswerable", "question": "u1"}])
    table = type_table(result).splitlines()
    assert table[2] == "| fact | 1 | 100.0% | 0.0% |"
    assert table[3] == "| unanswerable | 1 | 100.0% | 100.0% |"
    assert table[-2].startswith("| **answerable** | 1 |") and table[-1].startswith("| **unanswerable** | 1 |")


def test_evaluate_answers_keeps_its_keys_for_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    path.write_text(json.dumps({"question": "q", "keywords": ["7名"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = evaluate_answers(FakeQA({"q": "7名"}), path)
    assert {"answerable", "unanswerable", "keywords_in_answer", "unanswerable_refused", "answerable_refused",
            "answer_failures", "by_type"} <= result.keys()


# ---------------------------------------------------------------- the labelled halves


@pytest.fixture(scope="module")
def halves() -> list[list[dict]]:
    return [load_questions(path) for path in HALVES]


def test_the_halves_parse_and_hold_enough_questions(halves) -> None:
    items = [q for half in halves for q in half]
    assert len(items) >= 250
    counts = Counter(question_type(q) for q in items)
    assert set(counts) <= set(QUESTION_TYPES)
    for kind, minimum in MINIMUMS.items():
        assert counts[kind] >= minimum, (kind, counts[kind])


def test_no_id_twice_and_no_question_in_both_halves(halves) -> None:
    ids = [q["id"] for half in halves for q in half]
    assert len(ids) == len(set(ids))
    tune, check = ({q["question"] for q in half} for half in halves)
    assert not tune & check


def test_every_type_is_in_both_halves(halves) -> None:
    tune, check = (Counter(question_type(q) for q in half) for half in halves)
    assert set(tune) == set(check)
    assert all(abs(tune[kind] - check[kind]) <= 1 for kind in tune)


def test_each_question_is_labelled_for_its_type(halves) -> None:
    for q in (q for half in halves for q in half):
        if q.get("unanswerable"):
            assert not q.get("keywords"), q["id"]
        else:
            assert q.get("keywords") and all(isinstance(k, str) and k for k in q["keywords"]), q["id"]
            assert len(q.get("evidence", "")) <= MAX_EVIDENCE_CHARS, q["id"]
        if question_type(q) == "followup":
            assert q.get("history") and all(isinstance(h, str) for h in q["history"]), q["id"]
        if q.get("source") == "pages":
            assert q.get("file"), q["id"]
