"""The first ingest of a corpus runs beside the server, so the page answers at once.

`serve --corpus DIR` (or `make run` on an empty index) used to ingest before it listened: minutes
of "connection refused". Now the server starts listening and the corpus is ingested in a thread:
the terminal shows tqdm's bar, the page a banner with the step and its counts ("读取 3/4 个文件",
"向量化 48/81 个片段，约剩 6 秒"), and questions are answered from what is already there
(searches never wait for the writer).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.knowledge import KnowledgeBase
from assistant.upload_report import progress_text
from vectorstore.indexer import IndexProgress


@dataclass
class BackgroundIngest:
    """One ingest running in a daemon thread; its state is read by every page (no per-user state)."""

    knowledge: KnowledgeBase
    paths: list[Path]
    label: str
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0
    finished: float | None = None
    message: str = ""
    error: str = ""
    progress: IndexProgress | None = None  # the latest step the indexer reported
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> BackgroundIngest:
        self.started = self.clock()
        self._thread = threading.Thread(target=self._run, name="ua-first-ingest", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            report = self.knowledge.ingest(self.paths, progress=True, on_progress=self._progressed)
            self.message = f"已导入{self.label}：文章 {report.documents} 篇，新增片段 {report.chunks_added} 个"
        except Exception as error:  # the page says it; the server keeps serving what is indexed
            self.error = f"导入{self.label}失败：{error}"
        finally:
            self.finished = self.clock()
            print(self.error or self.message, file=sys.stderr, flush=True)  # the terminal says it ended

    def _progressed(self, step: IndexProgress) -> None:
        self.progress = step  # one reference swapped: readers see the old step or the new one

    @property
    def running(self) -> bool:
        return self.finished is None

    def wait(self, timeout: float | None = None) -> bool:
        """True when the ingest has finished (for tests and the CLI)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def banner(self) -> str:
        """What the page shows above the tabs: progress while it runs, then the outcome once."""
        if self.error:
            return f"⚠️ {self.error}"
        seconds = int((self.finished or self.clock()) - self.started)
        if not self.running:
            return f"✅ {self.message}（用时 {seconds} 秒）"
        step = f"{progress_text(self.progress)}，" if self.progress is not None else ""
        return f"⏳ 正在导入{self.label}：{step}已用 {seconds} 秒。可以先就已入库的内容提问。"
