"""Scores on a labelled question set, so retrieval changes are judged by numbers, not impressions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answer_types import Answer
from assistant.condense import Turn
from assistant.qa import next_turn
from assistant.scope import normalise_question
from ingest.clean import strip_pinyin
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
    """Folded the way documents and questions are (pinyin after characters dropped as ingest drops
    it, t2s, width, punctuation), without spaces: a keyword copied from a traditional page
    ("醫(yī)院管理年") counts in the simplified text the answer quotes."""
    return "".join(normalise_question(strip_pinyin(text)).split())


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


QUESTION_TYPES = ("fact", "list", "multi", "trad", "followup", "unanswerable")


def is_unanswerable(item: dict[str, Any]) -> bool:
    """A trap: the material does not hold the answer, so the right reply is a refusal."""
    return bool(item.get("unanswerable")) or item.get("type") == "unanswerable"


def question_type(item: dict[str, Any]) -> str:
    """The labelled type; older sets without one count as facts (or traps when marked unanswerable)."""
    return str(item.get("type") or ("unanswerable" if is_unanswerable(item) else "fact"))


def ask(qa, item: dict[str, Any]) -> Answer:
    """The answer to a labelled question; a follow-up's earlier questions are asked first, in
    order, so it is judged in the conversation a user would have had."""
    turns: list[Turn] = []
    for earlier in item.get("history") or []:
        turns.append(next_turn(qa.answer(earlier, list(turns))))
    return qa.answer(item["question"], turns or None)


def answer_right(item: dict[str, Any], answer: Answer) -> bool:
    """Right means grounded with every keyword present, or, for a trap, refused."""
    if is_unanswerable(item):
        return not answer.grounded
    return answer.grounded and _keywords_present(answer.text, item.get("keywords") or [])


@dataclass
class Tally:
    """Counts for one question type: how many, how many right, how many refused."""

    questions: int = 0
    right: int = 0
    refused: int = 0

    def add(self, right: bool, refused: bool) -> None:
        self.questions += 1
        self.right += right
        self.refused += refused

    @property
    def right_rate(self) -> float:
        return round(self.right / max(self.questions, 1), 4)

    @property
    def refused_rate(self) -> float:
        return round(self.refused / max(self.questions, 1), 4)

    def as_dict(self) -> dict[str, Any]:
        return {"questions": self.questions, "right": self.right, "refused": self.refused,
                "right_rate": self.right_rate, "refused_rate": self.refused_rate}


def score_answers(qa, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Answer quality on labelled questions, overall and per type (see `evaluate_answers`).

    Answerable questions without keywords cannot be judged and are left out.
    """
    judged = [q for q in items if is_unanswerable(q) or q.get("keywords")]
    answerable, traps, by_type = Tally(), Tally(), {kind: Tally() for kind in QUESTION_TYPES}
    failures = []
    for item in judged:
        answer = ask(qa, item)
        right = answer_right(item, answer)
        (traps if is_unanswerable(item) else answerable).add(right, not answer.grounded)
        by_type.setdefault(question_type(item), Tally()).add(right, not answer.grounded)
        if not right:
            failures.append({"id": item.get("id"), "type": question_type(item), "question": item["question"],
                             "grounded": answer.grounded, "keywords": item.get("keywords"),
                             "answer": answer.text[:200]})
    return {
        "answerable": answerable.questions,
        "unanswerable": traps.questions,
        "keywords_in_answer": answerable.right_rate,
        "unanswerable_refused": traps.refused_rate,
        "answerable_refused": answerable.refused_rate,
        "by_type": {kind: tally.as_dict() for kind, tally in by_type.items() if tally.questions},
        "answer_failures": failures,
    }


def evaluate_answers(qa, qa_path: Path) -> dict[str, Any]:
    """Answer quality on a labelled set: expected keywords in answers to answerable questions,
    grounded=False for unanswerable ones (and how often answerable ones are wrongly refused),
    with the same figures per question type under "by_type"."""
    return score_answers(qa, load_questions(qa_path))


def type_table(result: dict[str, Any]) -> str:
    """The per-type figures as a Markdown table: right and refused per type, then the totals."""
    lines = ["| type | questions | right | refused |", "|---|---|---|---|"]
    for kind, tally in result["by_type"].items():
        lines.append(f"| {kind} | {tally['questions']} | {tally['right_rate']:.1%} | {tally['refused_rate']:.1%} |")
    lines.append(f"| **answerable** | {result['answerable']} | {result['keywords_in_answer']:.1%} "
                 f"| {result['answerable_refused']:.1%} |")
    lines.append(f"| **unanswerable** | {result['unanswerable']} | {result['unanswerable_refused']:.1%} "
                 f"| {result['unanswerable_refused']:.1%} |")
    return "\n".join(lines)
