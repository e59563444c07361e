"""One place that builds the assistant's services from the settings, for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from assistant.background import BackgroundIngest
from assistant.draft import Drafter
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel, build_chat_model
from assistant.qa import QAService
from assistant.settings import Settings


@dataclass
class Services:
    """The knowledge base, the chat model (if any), question answering and drafting, built once."""

    settings: Settings
    first_ingest: BackgroundIngest | None = None

    @cached_property
    def knowledge(self) -> KnowledgeBase:
        return KnowledgeBase(self.settings)

    @cached_property
    def chat_model(self) -> ChatModel | None:
        return build_chat_model(self.settings)

    @cached_property
    def qa(self) -> QAService:
        return QAService(self.knowledge, self.chat_model)

    @cached_property
    def drafter(self) -> Drafter:
        return Drafter(self.knowledge, self.chat_model)

    def content_job(self, corpus: Path | None, sample: Path) -> tuple[list[Path], str] | None:
        """What a starting server should ingest: the corpus given, else the sample corpus when the
        index is empty, else the files still on disk whose articles older ingest rules made
        (their vectors come from the cache); None when there is nothing to do."""
        if corpus is not None:
            return [corpus], f" {corpus}"
        if self.knowledge.store.count() == 0 and sample.is_dir():
            return [sample], "示例资料（索引为空）"
        stale = [Path(source) for source in self.knowledge.stale_sources() if Path(source).is_file()]
        if stale:
            return stale, f"按新版整理规则重读的 {len(stale)} 个文件"
        return None

    def start_content(self, corpus: Path | None, sample: Path) -> BackgroundIngest | None:
        """The same ingest, in the background: the server listens meanwhile (assistant/background.py)."""
        job = self.content_job(corpus, sample)
        if job is None:
            return None
        self.first_ingest = BackgroundIngest(self.knowledge, *job).start()
        return self.first_ingest

    def ingest_banner(self) -> str:
        """The page's banner about the first ingest ("" when there is none)."""
        return self.first_ingest.banner() if self.first_ingest is not None else ""

    def status(self) -> dict[str, str]:
        """What the 状态 tab shows: models, store, counts and whether the store answers."""
        rows = {
            "嵌入模型": f"{self.knowledge.embedder.runtime}（{self.knowledge.embedder.dimension} 维）",
            "回答方式": "摘录资料原文（离线，不用大模型）" if self.chat_model is None
                        else f"大模型 {self.chat_model.name}（{self.chat_model.base_url}）",
            "索引位置": self.knowledge.store.location,
            "数据目录": str(self.settings.data_dir),
        }
        if self.first_ingest is not None:
            rows["首次导入"] = self.first_ingest.banner()
        try:
            counts = self.knowledge.counts()
            rows.update({"文章": str(counts["documents"]), "重复文章": str(counts["duplicates"]),
                         "片段": str(counts["chunks"]), "整理规则": _rules_row(self.knowledge.stale_sources()),
                         "健康": "正常"})
        except Exception as error:  # the store is down: say so instead of failing the page
            rows["健康"] = f"索引不可用：{error}"
        return rows


def _rules_row(stale: list[str]) -> str:
    """Whether every article was made by today's ingest rules, and how older ones get updated."""
    if not stale:
        return "最新"
    return (f"{len(stale)} 个文件的文章是旧版规则整理的：原文件还在的，重启网页版时会自动重读；"
            "不在的，重新上传即可更新")
