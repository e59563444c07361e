"""Per-type answer figures on labelled question sets (issue 11: the tune and check halves).

    .venv/bin/python benchmarks/answer_eval.py tests/data/qa_tune.jsonl tests/data/qa_check.jsonl \
        [--pages /work/realpages/pages] [--data-dir /tmp/ua_answer_eval] [--failures 10]

The knowledge base holds ../shared/corpus (plus the real pages when --pages is given) and is kept
under DATA_DIR, one folder per choice, so a re-run reuses it: ingest is incremental, and an
unchanged file costs a hash. Questions about the real pages (source "pages") are asked only when
--pages is given, since those excerpts live outside the repository. Each set's full result,
failures included, is written to DATA_DIR/answer_eval-<set>.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.evaluation import load_questions, score_answers, type_table  # noqa: E402
from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.qa import QAService  # noqa: E402
from assistant.settings import Settings  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DATA_DIR = Path("/tmp/ua_answer_eval")


def knowledge_base(data_dir: Path, corpus: Path, pages: Path | None) -> KnowledgeBase:
    """The corpus (and pages) indexed under data_dir; a separate folder per choice, so questions
    on the corpus alone never meet the pages as distractors."""
    kb = KnowledgeBase(Settings(data_dir=data_dir / ("kb" if pages else "kb-corpus-only")))
    started = time.perf_counter()
    report = kb.ingest([corpus] + ([pages] if pages else []), progress=False)
    print(f"knowledge base: {kb.store.count()} passages ({report.chunks_added} added, "
          f"{time.perf_counter() - started:.0f}s)", file=sys.stderr)
    return kb


def questions_for(path: Path, with_pages: bool) -> list[dict[str, Any]]:
    """The set's questions, without those about the real pages unless the pages are indexed."""
    return [q for q in load_questions(path) if with_pages or q.get("source") != "pages"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+", help="labelled question sets (JSON Lines)")
    parser.add_argument("--pages", type=Path, help="folder of collected real pages to index beside the corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--failures", type=int, default=0, help="print this many failures per set")
    args = parser.parse_args()
    qa = QAService(knowledge_base(args.data_dir, args.corpus, args.pages))
    for path in args.sets:
        started = time.perf_counter()
        result = score_answers(qa, questions_for(path, args.pages is not None))
        print(f"\n### {path.stem} ({time.perf_counter() - started:.0f}s)\n\n{type_table(result)}")
        for failure in result["answer_failures"][: args.failures]:
            print(f"  {failure['id']} [{failure['type']}] {failure['question']} -> {failure['answer'][:80]!r}")
        out = args.data_dir / f"answer_eval-{path.stem}.json"
        out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
