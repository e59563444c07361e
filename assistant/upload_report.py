"""What an upload tells its user, in Chinese: how far it has got while it runs, and afterwards what
was imported, what was a duplicate and what was refused, each refusal with its reason.

The numbers come from the staging step (files refused before ingest) and the indexer's
`IndexReport`; nothing here reads files or the store, so every sentence can be tested on its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ingest.models import Rejection
from vectorstore.indexer import IndexProgress, IndexReport

NOTHING_TO_IMPORT = "没有可导入的内容（压缩包是空的，或只有系统生成的文件）。"


def _time_left(progress: IndexProgress) -> str:
    """From the pace so far; before the first batch there is no pace to go by."""
    if progress.done <= 0:
        return "，正在估算剩余时间"
    if progress.done >= progress.total:
        return ""
    seconds = math.ceil(progress.seconds / progress.done * (progress.total - progress.done))
    if seconds < 60:
        return f"，约剩 {seconds} 秒"
    return f"，约剩 {math.ceil(seconds / 60)} 分钟"


def progress_text(progress: IndexProgress) -> str:
    """One line for the progress bar: "读取 3/4 个文件", "向量化 48/81 个片段，约剩 6 秒", "写入索引"."""
    if progress.stage == "read":
        return f"读取 {progress.done}/{progress.total} 个文件"
    if progress.stage == "embed":
        return f"向量化 {progress.done}/{progress.total} 个片段{_time_left(progress)}"
    return "写入索引，更新关键词检索"


@dataclass(frozen=True)
class UploadSummary:
    """One upload, counted: `received` as the user chose them; `unpacked` once archives were opened."""

    received: int
    unpacked: int
    imported: int
    refused: list[Rejection]
    report: IndexReport | None
    seconds: float

    def text(self) -> str:
        """The sentence above the 未导入 table; every file is either imported or listed there, e.g.
        收到 4 个文件：导入 2 个（新增文章 3 篇，其中重复 1 篇，新增片段 27 个，用时 8.2 秒）；未导入 2 个，原因见下表。"""
        head = f"收到 {self.received} 个文件"
        if self.unpacked == 0:
            return f"{head}：{NOTHING_TO_IMPORT}"
        if self.unpacked != self.received:
            head += f"（压缩包展开后共 {self.unpacked} 个）"
        parts = []
        if self.imported:
            parts.append(f"导入 {self.imported} 个（{self._details()}）")
        if self.refused:
            parts.append(f"未导入 {len(self.refused)} 个，原因见下表" if self.imported else "均未导入，原因见下表")
        return f"{head}：{'；'.join(parts)}。"

    def _details(self) -> str:
        """Articles, duplicates and passages of the imported files; "新增" only when nothing was there before."""
        report = self.report or IndexReport()
        articles = report.documents + report.duplicates
        parts = [f"{'文章' if report.chunks_unchanged else '新增文章'} {articles} 篇"]
        if report.duplicates:
            parts.append(f"其中重复 {report.duplicates} 篇")
        parts.append(f"新增片段 {report.chunks_added} 个")
        if report.chunks_unchanged:
            parts.append(f"已有片段 {report.chunks_unchanged} 个未变")
        parts.append(f"用时 {self.seconds:.1f} 秒")
        return "，".join(parts)

    def refused_rows(self) -> list[list[str]]:
        """The 未导入 table: the file as the user knows it, and why."""
        return [[r.path, r.reason] for r in self.refused]


def summarize_upload(
    received: int, staged: int, staging_refused: list[Rejection], report: IndexReport | None, seconds: float
) -> UploadSummary:
    """The summary of one upload: `staged` files went to ingest (whose refusals are in `report`),
    `staging_refused` never got there. Ingest names a file by its path in the uploads folder;
    the user knows it by its name."""
    ingest_refused = [Rejection(Path(r.path).name, r.reason) for r in (report.rejected if report else [])]
    return UploadSummary(
        received=received,
        unpacked=staged + len(staging_refused),
        imported=staged - len(ingest_refused),
        refused=[*staging_refused, *ingest_refused],
        report=report,
        seconds=seconds,
    )
