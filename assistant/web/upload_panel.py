"""Uploading files or zips into the knowledge base: a bar that moves while it runs, then what was
imported, what was a duplicate and what was refused (assistant/upload_report.py words it)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import gradio as gr

from assistant.services import Services
from assistant.upload_report import progress_text, summarize_upload
from assistant.web.article_list import ArticleList
from assistant.web.common import guarded, user_error
from assistant.web.uploads import UploadLimits, keep_uploads, stage_uploads
from ingest.models import Rejection
from ingest.safe_read import human_size, os_reason
from vectorstore.indexer import IndexProgress

# Gradio 6.31's page titles every error toast "Error": gr.Error(title=...) reaches the browser as
# `title`, but the page reads `_title`. Until that is fixed, the word is drawn over in Chinese (for
# every error toast, not only the upload's: user_error's title is 提示 everywhere).
CSS = """
#ua-upload-summary { min-height: 72px; }
#ua-upload-hint { color: #666; font-size: 0.9em; }
.toast-title.error { font-size: 0 !important; }
.toast-title.error::before { content: "提示"; font-size: var(--text-lg, 16px); }
"""
HINT = "支持 txt、md、html、docx、pdf，或装着它们的 zip；每个文件不超过 {}。"
FILE_LIST_HEIGHT = 220  # px; forty files scroll inside the box instead of pushing the summary off the screen


def _bar(progress: gr.Progress):
    """The indexer's callback, drawn on this request's bar (one per upload: nothing shared)."""

    def show(step: IndexProgress) -> None:
        progress(step.done / step.total if step.total else None, desc=progress_text(step))  # the counts are in the text

    return show


class UploadPanel:
    """Files in, staged safely (assistant/web/uploads.py), ingested; the article list follows."""

    def __init__(self, services: Services, articles: ArticleList) -> None:
        self.services = services
        self.articles = articles

    def upload(self, files: list[str] | None, progress=gr.Progress()) -> tuple[str, list[list[str]], str]:
        """The summary, the refused files with their reasons, and the article list's refresh token."""
        if not files:
            raise user_error("请先选择文件")
        started = time.perf_counter()
        progress(None, desc="保存上传的文件")
        try:
            with tempfile.TemporaryDirectory(prefix="ua-upload-") as staging:
                staged = stage_uploads([(Path(f).name, Path(f)) for f in files], Path(staging),
                                       UploadLimits(max_file_bytes=self.services.settings.max_file_bytes))
                kept = keep_uploads(staged.files, self.services.settings.data_dir / "uploads")
        except OSError as error:  # the data dir is full or read-only: said in Chinese, not the system's English
            raise user_error(f"保存上传的文件失败：{os_reason(error)}") from None
        report = self.services.knowledge.ingest(kept, on_progress=_bar(progress)) if kept else None
        if report is not None:
            _discard_refused(kept, report.rejected)
        summary = summarize_upload(len(files), len(kept), staged.rejected, report, time.perf_counter() - started)
        return summary.text(), summary.refused_rows(), self.articles.table()

    def render(self, table: gr.components.Component) -> list[gr.events.Dependency]:
        """The upload controls; `table` is the article list's refresh trigger. Returns the events
        that change the knowledge base."""
        # no file_types: Gradio would refuse other types itself, in English; the stager refuses them in Chinese
        files = gr.File(label="上传文件（可多选）", file_count="multiple", elem_id="ua-files", height=FILE_LIST_HEIGHT)
        gr.Markdown(HINT.format(human_size(self.services.settings.max_file_bytes)), elem_id="ua-upload-hint")
        upload = gr.Button("导入知识库", variant="primary", elem_id="ua-upload")
        summary = gr.Markdown(elem_id="ua-upload-summary")
        rejected = gr.Dataframe(headers=["文件", "原因"], label="未导入的文件", interactive=False, wrap=True,
                                column_widths=["35%", "65%"], elem_id="ua-upload-refused")
        # the bar is drawn on the summary only: the article list and the refusals stay readable meanwhile
        done = upload.click(guarded(self.upload), files, [summary, rejected, table], api_name="upload",
                            show_progress_on=summary)
        done.success(lambda: None, None, files, api_visibility="private")  # imported: the box is ready for the next
        return [done]


def _discard_refused(kept: list[Path], refused: list[Rejection]) -> None:
    """Files ingest refused leave uploads/: they are not in the knowledge base, so nothing refers to them."""
    refused_paths = {Path(r.path).resolve() for r in refused}
    for path in kept:
        if path.resolve() in refused_paths:
            path.unlink(missing_ok=True)
