"""知识库: upload files or zips, the article list with delete, and 检索测试."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.services import Services
from assistant.web.common import guarded, user_error
from assistant.web.render import DOCUMENT_HEADERS, SEARCH_HEADERS, document_rows, escaped, search_rows
from assistant.web.uploads import UploadLimits, keep_uploads, stage_uploads
from ingest.models import Rejection
from vectorstore.store import StoreError


class KnowledgeTab:
    """知识库: upload (files or zip), the documents with delete, and 检索测试."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def table(self) -> list[list[Any]]:
        try:
            return document_rows(self.services.knowledge.documents())
        except StoreError:
            return []

    def upload(self, files: list[str] | None, progress=gr.Progress(track_tqdm=True)):
        if not files:
            raise user_error("请先选择文件")
        with tempfile.TemporaryDirectory(prefix="ua-upload-") as staging:
            staged = stage_uploads([(Path(f).name, Path(f)) for f in files], Path(staging),
                                   UploadLimits(max_file_bytes=self.services.settings.max_file_bytes))
            kept = keep_uploads(staged.files, self.services.settings.data_dir / "uploads")
        report = self.services.knowledge.ingest(kept, progress=True) if kept else None
        rejected = [[r.path, r.reason] for r in staged.rejected]
        if report is not None:
            rejected += [[Path(r.path).name, r.reason] for r in report.rejected]
            _discard_refused(kept, report.rejected)
            summary = (f"导入 {report.files} 个文件：新增文章 {report.documents} 篇，重复 {report.duplicates} 篇，"
                       f"新增片段 {report.chunks_added} 个，用时 {report.seconds:.1f} 秒。")
        else:
            summary = "没有可导入的文件。"
        return summary, rejected, self.table()

    def delete(self, doc_id: str):
        doc_id = (doc_id or "").strip()
        if not doc_id:
            raise user_error("请先在表格中点选一篇文章")
        try:
            removed = self.services.knowledge.remove(doc_id)
        except KeyError:
            raise user_error(f"没有编号为 {doc_id} 的文章") from None
        return f"已删除 {escaped(doc_id)}（{removed} 个片段）。", self.table(), ""

    def search(self, query: str):
        return search_rows(self.services.knowledge.search(query or "", 10)) if (query or "").strip() else []

    @staticmethod
    def selected(table: Any, event: gr.SelectData) -> str:
        row = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        return str(table.iloc[row, 0]) if hasattr(table, "iloc") else str(table[row][0])

    def render(self) -> None:
        with gr.Row():
            with gr.Column(scale=1):
                files = gr.File(label="上传文件或 zip（txt md html docx pdf，可多选）", file_count="multiple",
                                file_types=[".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".zip"], elem_id="ua-files")
                upload = gr.Button("导入知识库", variant="primary", elem_id="ua-upload")
                summary = gr.Markdown()
                rejected = gr.Dataframe(headers=["文件", "原因"], label="未导入的文件", interactive=False, wrap=True)
            with gr.Column(scale=2):
                table = gr.Dataframe(headers=DOCUMENT_HEADERS, value=self.table, label="文章（点选一行后可删除）",
                                     interactive=False, wrap=True, elem_id="ua-docs",
                                     column_widths=["13%", "25%", "16%", "7%", "8%", "7%", "11%", "13%"])
                with gr.Row():
                    doc_id = gr.Textbox(label="选中的文章编号", scale=3)
                    delete = gr.Button("删除这篇文章", variant="stop", scale=1)
                deleted = gr.Markdown()
        with gr.Accordion("检索测试", open=False):
            query = gr.Textbox(label="检索词", placeholder="输入检索词，查看命中的片段与得分")
            hits = gr.Dataframe(headers=SEARCH_HEADERS, interactive=False, wrap=True, elem_id="ua-hits")
        self.changed = [upload.click(guarded(self.upload), files, [summary, rejected, table], api_name="upload"),
                        delete.click(guarded(self.delete), doc_id, [deleted, table, doc_id], api_name="delete")]
        table.select(self.selected, table, doc_id, api_name=False)
        query.submit(guarded(self.search), query, hits, api_name="search")


def _discard_refused(kept: list[Path], refused: list[Rejection]) -> None:
    """Files ingest refused leave uploads/: they are not in the knowledge base, so nothing refers to them."""
    refused_paths = {Path(r.path).resolve() for r in refused}
    for path in kept:
        if path.resolve() in refused_paths:
            path.unlink(missing_ok=True)
