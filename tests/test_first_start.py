"""A first start on an empty index listens at once and ingests in the background (issue 13,
point 1): the page answers while the ingest runs, the status says the ingest runs, the terminal
shows its progress and its end, and questions are answered from what is indexed. How soon the
page answers is a speed target, measured by benchmarks/app_bench.py, not asserted here: a test's
wall clock is the host's (a host with half its CPU stolen took 13 s, the code of the round before too)."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from pathlib import Path

from chroma_server import APP, free_port, stop
from test_concurrency import write_summaries

PAGE_WAIT_S = 60.0  # the page must answer at all; its speed is app_bench's figure


def test_the_page_answers_while_the_corpus_is_still_ingested(tmp_path: Path) -> None:
    from gradio_client import Client

    corpus = write_summaries(tmp_path / "corpus", 40)
    port = free_port()
    log_path = tmp_path / "serve.log"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "127.0.0.1,localhost"}
    started = time.monotonic()
    with open(log_path, "wb") as log:
        process = subprocess.Popen([str(APP), "--data-dir", str(tmp_path / "data"), "serve", "--port", str(port),
                                    "--corpus", str(corpus)], stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            url = f"http://127.0.0.1:{port}/"
            answered = None
            while time.monotonic() - started < PAGE_WAIT_S:
                assert process.poll() is None, log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                try:
                    with urllib.request.urlopen(url, timeout=2) as response:
                        if response.status == 200:
                            answered = time.monotonic() - started
                            break
                except OSError:
                    time.sleep(0.2)
            assert answered is not None, f"the page did not answer within {PAGE_WAIT_S:.0f} s"
            print(f"page answered {answered:.1f} s after start")

            client = Client(url, verbose=False)
            first = client.predict(api_name="/status")
            assert "首次导入" in first and ("⏳ 正在导入" in first or "✅" in first), first
            deadline = time.monotonic() + 600
            while "✅" not in client.predict(api_name="/status"):
                assert time.monotonic() < deadline, "the first ingest did not finish"
                time.sleep(1)
            final = client.predict(api_name="/status")
            assert "文章 40 篇" in final, final
            log = log_path.read_text(encoding="utf-8", errors="replace")
            assert "正在后台导入" in log and "向量化" in log and "已导入" in log  # the terminal shows progress and the end
            print(f"first ingest of 40 articles finished {time.monotonic() - started:.0f} s after start")
        finally:
            stop(process)


def test_the_banner_shows_the_step_and_its_counts_while_the_ingest_runs() -> None:
    import threading

    from assistant.background import BackgroundIngest
    from vectorstore.indexer import IndexProgress, IndexReport

    halfway, finish = threading.Event(), threading.Event()

    class SlowKnowledge:
        def ingest(self, paths, *, progress=None, on_progress=None) -> IndexReport:
            on_progress(IndexProgress("read", 4, 4, 0.5))
            on_progress(IndexProgress("embed", 16, 32, 4.0))
            halfway.set()
            finish.wait(10)
            return IndexReport(documents=4, chunks_added=32)

    job = BackgroundIngest(SlowKnowledge(), [Path("语料")], "示例资料").start()
    assert halfway.wait(10)
    banner = job.banner()
    assert banner.startswith("⏳ 正在导入示例资料：向量化 16/32 个片段，约剩 4 秒"), banner
    finish.set()
    assert job.wait(10)
    assert job.banner().startswith("✅ 已导入示例资料：文章 4 篇，新增片段 32 个")
