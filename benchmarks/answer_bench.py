"""Answer and draft benchmark (extractive mode): time to the first streamed text, whole answers,
and a whole draft, in a warm process over an index of the corpus.

    .venv/bin/python benchmarks/answer_bench.py --data-dir DIR   (DIR: `union-assistant --data-dir DIR ingest …`)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.draft import Drafter, DraftRequest  # noqa: E402
from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.qa import QAService  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def p50_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=Path(__file__).resolve().parents[1] / "tests/data/dev_qa.jsonl")
    args = parser.parse_args()
    knowledge = KnowledgeBase(Settings(data_dir=args.data_dir))
    qa = QAService(knowledge)
    questions = [json.loads(line)["question"] for line in args.questions.read_text(encoding="utf-8").splitlines() if line]
    qa.answer(questions[0])  # warm up
    first, whole = [], []
    for question in questions:
        knowledge.embedder.forget_queries()
        started = time.perf_counter()
        stream = qa.stream(question)
        pieces = iter(stream)
        next(pieces)
        first.append((time.perf_counter() - started) * 1000)
        for _ in pieces:
            pass
        whole.append((time.perf_counter() - started) * 1000)
    drafter = Drafter(knowledge)
    request = DraftRequest(unit="教育系统工会", year=2024, period="年度", unit_kind="教育", topics=("师德建设", "送温暖", "文体活动"))
    draft_times = []
    for _ in range(3):
        knowledge.embedder.forget_queries()
        started = time.perf_counter()
        drafter.draft(request)
        draft_times.append(time.perf_counter() - started)
    print(f"| extractive, {len(questions)} questions | p50 | p95 |")
    print("|---|---|---|")
    print("| first streamed text | {:.0f} ms | {:.0f} ms |".format(*p50_p95(first)))
    print("| whole answer | {:.0f} ms | {:.0f} ms |".format(*p50_p95(whole)))
    print(f"| draft, 3 topics (3 runs) | {statistics.median(draft_times):.2f} s | {max(draft_times):.2f} s |")


if __name__ == "__main__":
    main()
