"""Choose the 检索测试 relevance thresholds (高/中/低) on labelled questions, and check them.

    .venv/bin/python benchmarks/relevance_calibration.py --pages /work/realpages/pages \
        [tests/data/qa_tune.jsonl tests/data/qa_check.jsonl] [--data-dir /tmp/ua_answer_eval]

The knowledge base is the one benchmarks/answer_eval.py uses (../shared/corpus plus the pages,
under DATA_DIR/kb; ingest is incremental, so a current one is reused as it is). Every question of
a set is searched as a 检索测试 query would be (top 10, no filters); follow-ups are left out,
since a hit-test query stands alone.

A hit is RELEVANT when it comes from the labelled answer's article: the article (doc_id) of any
indexed passage that is in the labelled file (`file`, compared by file name) and holds the
labelled `evidence` (whitespace ignored). Every hit of an unanswerable question is irrelevant.
A question whose evidence no single passage holds (split across passages) is skipped and counted.

On the FIRST set (the tuning half), for each coverage gate (a hit holding less than that share
of the query's weighted words counts as 低), 高 is the lowest score whose hits are relevant at
least 80 % of the time and 中 the lowest at which 中-or-better hits are relevant 50 % (at least
20 hits each, rounded up to two decimals); the highest gate that keeps as many relevant hits
中-or-better as no gate is chosen (assistant/relevance.py `calibrate`). The same figures are then
reported for every set. Copy the three numbers into assistant/relevance.py with the figures.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.evaluation import is_unanswerable, load_questions  # noqa: E402
from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.relevance import Scored, Thresholds, calibrate, gated, precision_at  # noqa: E402
from benchmarks.answer_eval import CORPUS, DATA_DIR, knowledge_base  # noqa: E402

TESTS = Path(__file__).resolve().parents[1] / "tests" / "data"
HITS = 10  # what 检索测试 shows
GATES = [step / 20 for step in range(1, 11)]  # coverage gates tried: 0.05 … 0.5


def _compact(text: str) -> str:
    return "".join(text.split())


def answer_articles(item: dict[str, Any], chunks: list[dict[str, Any]]) -> set[str]:
    """The doc_ids of the articles holding the labelled evidence in the labelled file."""
    wanted = _compact(item.get("evidence") or "")
    return {c["doc_id"] for c in chunks
            if Path(str(c.get("source", ""))).name == item.get("file") and wanted and wanted in _compact(c["text"])}


def scored_hits(kb: KnowledgeBase, items: list[dict[str, Any]]) -> tuple[Scored, int]:
    """(score, coverage, relevant) for every hit of every usable question, and how many questions
    were skipped."""
    chunks = kb.chunks()
    scored, skipped = [], 0
    for item in items:
        articles = set() if is_unanswerable(item) else answer_articles(item, chunks)
        if not articles and not is_unanswerable(item):
            skipped += 1
            continue
        scored += [(hit.score, hit.lexical_coverage, hit.doc_id in articles) for hit in kb.search(item["question"], HITS)]
    return scored, skipped


def report(name: str, scored: Scored, skipped: int, chosen: Thresholds) -> str:
    pairs = [(gated(score, coverage, chosen.min_coverage), relevant) for score, coverage, relevant in scored]
    base, total = precision_at(pairs, -math.inf)
    (p_high, n_high), (p_medium, n_medium) = precision_at(pairs, chosen.high), precision_at(pairs, chosen.medium)
    return (f"{name}: {total} hits ({skipped} questions skipped), {base:.0%} relevant; "
            f"高: {p_high:.0%} of {n_high}; 中 or better: {p_medium:.0%} of {n_medium}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="*", default=[TESTS / "qa_tune.jsonl", TESTS / "qa_check.jsonl"],
                        help="labelled question sets; the first is the tuning half")
    parser.add_argument("--pages", type=Path, help="folder of collected real pages indexed beside the corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    kb = knowledge_base(args.data_dir, args.corpus, args.pages)
    results = []
    for path in args.sets:
        items = [q for q in load_questions(path)
                 if q.get("type") != "followup" and (args.pages or q.get("source") != "pages")]
        results.append((path.stem, *scored_hits(kb, items)))
    chosen = calibrate(results[0][1], GATES)
    print(f"HIGH_SCORE = {chosen.high}\nMEDIUM_SCORE = {chosen.medium}\nMIN_COVERAGE = {chosen.min_coverage}")
    for name, scored, skipped in results:
        print(report(name, scored, skipped, chosen))


if __name__ == "__main__":
    main()
