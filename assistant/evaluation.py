"""Scores on a labelled question set, so retrieval changes are judged by numbers, not impressions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest.models import LoadError
from ingest.safe_read import MIB, ReadLimits, read_regular_file

MAX_QUESTION_SET_BYTES = 50 * MIB


class QuestionSetError(ValueError):
    """The question set cannot be used; the message names the file (and the line) in Chinese."""


def load_questions(path: Path) -> list[dict[str, Any]]:
    """The JSON Lines question set: question, evidence, file (and later: keywords, unanswerable).

    A file that cannot be read, or is not UTF-8 JSON Lines with a "question" on every line, raises
    QuestionSetError naming the file (and the line).
    """
    try:
        text = read_regular_file(path, ReadLimits(MAX_QUESTION_SET_BYTES)).decode("utf-8-sig")
    except LoadError as error:
        raise QuestionSetError(f"问题集 {path} 无法读取：{error.reason}") from None
    except UnicodeDecodeError:
        raise QuestionSetError(f"问题集 {path} 不是 UTF-8 编码的文本：请另存为 UTF-8（JSON Lines）后重试") from None
    return [_question(line, path, number) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]


def _question(line: str, path: Path, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        raise QuestionSetError(f"问题集 {path} 第 {number} 行不是有效的 JSON") from None
    if not isinstance(item, dict) or not isinstance(item.get("question"), str) or not item["question"].strip():
        raise QuestionSetError(f"问题集 {path} 第 {number} 行缺少 question（问题文本）")
    return item


def _compact(text: str) -> str:
    return "".join(text.split())


def evidence_rank(hits: list, evidence: str, file: str | None) -> int | None:
    """1-based rank of the first hit holding the evidence (from the expected file), or None."""
    wanted = _compact(evidence)
    for hit in hits:
        same_file = not file or Path(str(hit.metadata.get("source", ""))).name == file
        if same_file and wanted in _compact(hit.text):
            return hit.rank
    return None


def evaluate_retrieval(knowledge, qa_path: Path, *, k: int = 5) -> dict[str, Any]:
    """hit@1/3/5 and MRR of search over the answerable questions of a labelled set."""
    questions = [q for q in load_questions(qa_path) if q.get("evidence")]
    ranks: list[int | None] = []
    misses = []
    for item in questions:
        hits = knowledge.search(item["question"], max(k, 5))
        rank = evidence_rank(hits, item["evidence"], item.get("file"))
        ranks.append(rank)
        if rank is None or rank > 1:
            misses.append({"id": item.get("id"), "question": item["question"], "rank": rank,
                           "top": hits[0].title + " > " + hits[0].section if hits else None})
    total = len(ranks) or 1

    def hit_at(n: int) -> float:
        return sum(1 for r in ranks if r is not None and r <= n) / total

    return {
        "questions": len(ranks),
        "hit@1": round(hit_at(1), 4),
        "hit@3": round(hit_at(3), 4),
        "hit@5": round(hit_at(5), 4),
        "mrr": round(sum(1.0 / r for r in ranks if r) / total, 4),
        "not_first": misses,
    }


def _keywords_present(answer_text: str, keywords: list[str]) -> bool:
    text = _compact(answer_text)
    return all(_compact(k) in text for k in keywords)


def evaluate_answers(qa, qa_path: Path) -> dict[str, Any]:
    """Answer quality on a labelled set: expected keywords in answers to answerable questions,
    grounded=False for unanswerable ones (and how often answerable ones are wrongly refused)."""
    items = load_questions(qa_path)
    answerable = [q for q in items if not q.get("unanswerable") and q.get("keywords")]
    unanswerable = [q for q in items if q.get("unanswerable")]
    with_keywords, refused, failures = 0, 0, []
    for item in answerable:
        answer = qa.answer(item["question"])
        ok = answer.grounded and _keywords_present(answer.text, item["keywords"])
        with_keywords += ok
        refused += not answer.grounded
        if not ok:
            failures.append({"id": item.get("id"), "question": item["question"], "grounded": answer.grounded,
                             "keywords": item["keywords"], "answer": answer.text[:200]})
    rejected = 0
    for item in unanswerable:
        answer = qa.answer(item["question"])
        rejected += not answer.grounded
        if answer.grounded:
            failures.append({"id": item.get("id"), "question": item["question"], "grounded": True,
                             "answer": answer.text[:200]})
    return {
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "keywords_in_answer": round(with_keywords / max(len(answerable), 1), 4),
        "unanswerable_refused": round(rejected / max(len(unanswerable), 1), 4),
        "answerable_refused": round(refused / max(len(answerable), 1), 4),
        "answer_failures": failures,
    }
