"""Uploading files or zips into the knowledge base, with what was imported and what was refused."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from assistant.services import Services
from assistant.web.article_list import ArticleList
from assistant.web.common import guarded, user_error
from assistant.web.uploads import UploadLimits, keep_uploads, stage_uploads
from ingest.models import Rejection


CSS = ""  # this part's styles; app.py joins every part's CSS

class UploadPanel:
    """Files in, staged safely (assistant/web/uploads.py), ingested; the article list follows."""

    def __init__(self, services: Services, articles: ArticleList) -> None:
        self.services = services
        self.articles = articles

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
        return summary, rejected, self.articles.table()

    def render(self, table: gr.Dataframe) -> list[gr.events.Dependency]:
        """The upload controls; returns the events that change the knowledge base."""
        files = gr.File(label="上传文件或 zip（txt md html docx pdf，可多选）", file_count="multiple",
                        file_types=[".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".zip"], elem_id="ua-files")
        upload = gr.Button("导入知识库", variant="primary", elem_id="ua-upload")
        summary = gr.Markdown()
        rejected = gr.Dataframe(headers=["文件", "原因"], label="未导入的文件", interactive=False, wrap=True)
        return [upload.click(guarded(self.upload), files, [summary, rejected, table], api_name="upload")]


def _discard_refused(kept: list[Path], refused: list[Rejection]) -> None:
    """Files ingest refused leave uploads/: they are not in the knowledge base, so nothing refers to them."""
    refused_paths = {Path(r.path).resolve() for r in refused}
    for path in kept:
        if path.resolve() in refused_paths:
            path.unlink(missing_ok=True)
