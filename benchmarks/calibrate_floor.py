"""Calibrate the "not in the material" floor on a labelled question set.

    .venv/bin/python benchmarks/calibrate_floor.py --data-dir DIR [tests/data/dev_qa.jsonl]

DIR must hold an index of the corpus the questions are about (`union-assistant ingest`). For
every question it computes the best-sentence evidence, then prints, for candidate floors, the
share of unanswerable questions refused and of answerable ones wrongly refused, and the
highest floor that keeps wrong refusals at or below 5 %.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.evaluation import load_questions  # noqa: E402
from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.qa import QAService  # noqa: E402
from assistant.settings import Settings  # noqa: E402

MAX_WRONG_REFUSALS = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("qa", type=Path, nargs="?", default=Path("tests/data/dev_qa.jsonl"))
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    qa = QAService(KnowledgeBase(Settings(data_dir=args.data_dir)))
    answerable, unanswerable = [], []
    for item in load_questions(args.qa):
        score = qa.evidence(item["question"])
        (unanswerable if item.get("unanswerable") else answerable).append((score, item))
    print("| floor | unanswerable refused | answerable refused |")
    print("|---|---|---|")
    best = 0.0
    for step in range(20, 91, 5):
        floor = step / 100
        refused_u = sum(s < floor for s, _ in unanswerable) / max(len(unanswerable), 1)
        refused_a = sum(s < floor for s, _ in answerable) / max(len(answerable), 1)
        print(f"| {floor:.2f} | {refused_u:.0%} | {refused_a:.1%} |")
        if refused_a <= MAX_WRONG_REFUSALS:
            best = floor
    print(f"\nhighest floor with <= {MAX_WRONG_REFUSALS:.0%} answerable refused: {best:.2f}")
    print("answerable with the lowest evidence:")
    for score, item in sorted(answerable, key=lambda pair: pair[0])[:6]:
        print(f"  {score:.2f} {item['id']} {item['question']}")
    print("unanswerable with the highest evidence:")
    for score, item in sorted(unanswerable, key=lambda pair: -pair[0])[:6]:
        print(f"  {score:.2f} {item['id']} {item['question']}")


if __name__ == "__main__":
    main()
