"""One place that builds the assistant's services from the settings, for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from assistant.draft import Drafter
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel, build_chat_model
from assistant.qa import QAService
from assistant.settings import Settings


@dataclass
class Services:
    """The knowledge base, the chat model (if any), question answering and drafting, built once."""

    settings: Settings

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

    def prepare_content(self, corpus: Path | None, sample: Path) -> str | None:
        """Ingest `corpus` if given, else the sample corpus when the index is empty; says what it did."""
        if corpus is not None:
            report = self.knowledge.ingest([corpus])
            return f"已导入 {corpus}：文章 {report.documents} 篇，新增片段 {report.chunks_added} 个"
        if self.knowledge.store.count() == 0 and sample.is_dir():
            report = self.knowledge.ingest([sample])
            return f"索引为空，已导入示例资料 {sample}：文章 {report.documents} 篇"
        return None

    def status(self) -> dict[str, str]:
        """What the 状态 tab shows: models, store, counts and whether the store answers."""
        rows = {
            "嵌入模型": f"{self.knowledge.embedder.embedder_id}（{self.knowledge.embedder.dimension} 维）",
            "回答方式": self.qa.backend if self.chat_model is None else f"{self.chat_model.name}（{self.chat_model.base_url}）",
            "索引位置": self.knowledge.store.location,
            "数据目录": str(self.settings.data_dir),
        }
        try:
            counts = self.knowledge.counts()
            rows.update({"文章": str(counts["documents"]), "重复文章": str(counts["duplicates"]),
                         "片段": str(counts["chunks"]), "健康": "正常"})
        except Exception as error:  # the store is down: say so instead of failing the page
            rows["健康"] = f"索引不可用：{error}"
        return rows
