"""起草: the draft form; the draft shown laid out (预览) or as editable Markdown (编辑); redoing one
section; one-click downloads; the exemplars it drew on, each of which opens in the 范文原文 tab."""

from __future__ import annotations

import functools
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.draft import DraftRequest, replace_section
from assistant.export import export_titled
from assistant.os_errors import os_reason
from assistant.services import Services
from assistant.web.article_view import article_html
from assistant.web.common import UNIT_KINDS, guarded, user_error
from assistant.web.draft_view import CSS as VIEW_CSS
from assistant.web.draft_view import EMPTY, EXEMPLARS_HEAD, NO_EXEMPLARS, draft_html, exemplar_html, placeholders

TOPIC_SUGGESTIONS = ["师德建设", "送温暖", "文体活动", "劳动竞赛", "困难职工帮扶", "女职工工作", "职工之家建设",
                     "民主管理", "金秋助学", "工会自身建设", "职工技能培训", "安全生产"]
DOWNLOADS = "downloads"  # under the data dir: one fresh folder per download, swept by age
DOWNLOAD_MAX_AGE_S = 600  # Gradio copies a returned file into its cache at once; this is ample
NO_ARTICLE = "点下方“参考的范文”中的“查看原文”，那篇范文的原文显示在这里。"
PRIVATE = {"api_visibility": "private"}

CSS = VIEW_CSS + """
#ua-draft-article { min-height: 420px; padding: 4px 16px; border: 1px solid var(--border-color-primary); border-radius: 8px; }
#ua-draft-article .ua-article { max-height: 720px; overflow-y: auto; }
"""


class DraftTab:
    """起草: the form, the draft (预览/编辑), redo one section, downloads, the exemplars and their articles."""

    def __init__(self, services: Services) -> None:
        self.services = services

    @staticmethod
    def _request(unit, year, period, unit_kind, topics, length, notes) -> DraftRequest:
        return DraftRequest(unit=(unit or "").strip(), year=int(year or date.today().year), period=period, unit_kind=unit_kind or "",
                            topics=tuple(t.strip() for t in (topics or []) if t.strip()), target_chars=int(length),
                            notes=notes or "")

    def generate(self, unit, year, period, unit_kind, topics, length, notes):
        """The `draft` endpoint: the Markdown, its preview, the sections to redo, a status line,
        and (kept per session) the exemplars it drew on."""
        draft = self.services.drafter.draft(self._request(unit, year, period, unit_kind, topics, length, notes))
        headings = [s.heading for s in draft.sections if s.heading]
        status = f"已生成，{placeholders(draft.markdown)} 处【待填】需要补充；可在“编辑”中修改。"
        return (draft.markdown, draft_html(draft.markdown), gr.Dropdown(choices=headings, value=headings[0] if headings else None),
                status, self.exemplars(draft.sources))

    def exemplars(self, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The draft's sources as knowledge-base rows (title, unit, year), in the draft's order."""
        rows = {str(r["doc_id"]): r for r in self.services.knowledge.documents()}
        return [rows.get(str(s["doc_id"]), s) for s in sources]

    def redo_section(self, markdown, heading, unit, year, period, unit_kind, topics, length, notes):
        if not heading:
            raise user_error("请先选择要重写的部分")
        request = self._request(unit, year, period, unit_kind, topics, length, notes)
        section = self.services.drafter.redraft_section(request, heading, avoid=markdown or "")
        return replace_section(markdown, heading, section.text)

    def download(self, markdown: str, kind: str) -> str:
        """The draft as a file named after its title, in a fresh folder of its own under the data dir:
        nothing the browser sends becomes a path, and old folders are swept as new ones are made."""
        if not (markdown or "").strip():
            raise user_error("还没有初稿")
        folder = None
        try:
            folder = new_download_folder(self.services.settings.data_dir)
            return str(export_titled(markdown, folder, kind))
        except Exception as error:  # nothing half-made stays behind, whatever went wrong
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            if isinstance(error, ValueError):  # ExportError: a Chinese reason
                raise user_error(str(error)) from None
            if isinstance(error, OSError):
                raise user_error(f"无法保存下载文件：{os_reason(error)}。请稍后再试，或请管理员检查数据目录") from None
            raise user_error("导出失败：草稿中有无法写入文件的内容，请检查后重试") from None

    def shown(self, markdown: str) -> tuple:
        """The preview and both download buttons, made from the same text at once: the files are
        ready before the user can click, so one click downloads what the preview shows."""
        if not (markdown or "").strip():
            return EMPTY, *(gr.DownloadButton(value=None, interactive=False) for _ in range(2))
        files = (self.download(markdown, "docx"), self.download(markdown, "md"))
        return draft_html(markdown), *(gr.DownloadButton(value=f, interactive=True) for f in files)

    def article(self, doc_id: str) -> tuple:
        """An exemplar's article with its passages, in the 范文原文 tab, which it brings to the front."""
        row = next((r for r in self.services.knowledge.documents() if str(r["doc_id"]) == doc_id), None)
        if row is None:
            raise user_error("这篇范文已不在知识库中（可能刚被删除）")
        return article_html(row, self.services.knowledge.chunks(doc_id)), gr.Tabs(selected="exemplar")

    def render(self) -> None:
        with gr.Row():
            with gr.Column(scale=1, min_width=300):
                unit = gr.Textbox(label="单位名称", placeholder="例如：明德中学工会", elem_id="ua-unit")
                with gr.Row():
                    year = gr.Number(label="年度", value=date.today().year, precision=0, minimum=1990, maximum=2100)
                    period = gr.Radio(["年度", "上半年", "下半年"], value="年度", label="期间")
                unit_kind = gr.Dropdown(label="单位类别", choices=UNIT_KINDS, value="机关", allow_custom_value=True)
                topics = gr.Dropdown(label="重点工作（可多选，也可自行输入）", choices=TOPIC_SUGGESTIONS, multiselect=True,
                                     allow_custom_value=True, max_choices=6, value=["送温暖", "文体活动"], elem_id="ua-topics")
                length = gr.Slider(800, 4000, value=1500, step=100, label="篇幅（字）")
                notes = gr.Textbox(label="补充材料（本单位的事实、数字，会原样写入）", lines=4)
                generate = gr.Button("生成初稿", variant="primary", elem_id="ua-generate")
                status = gr.Markdown(elem_id="ua-draft-status")
            with gr.Column(scale=2, min_width=400):
                with gr.Tabs(selected="preview", elem_id="ua-draft-modes") as modes:
                    with gr.Tab("预览", id="preview") as preview_tab:
                        preview = gr.Markdown(EMPTY, elem_id="ua-draft-view")
                    with gr.Tab("编辑", id="edit") as edit_tab:
                        markdown = gr.Textbox(label="初稿（Markdown：# 标题，## 一级标题；改好后点“预览”）", lines=24,
                                              max_lines=40, elem_id="ua-draft")
                    with gr.Tab("范文原文", id="exemplar"):
                        article = gr.Markdown(NO_ARTICLE, elem_id="ua-draft-article")
                with gr.Row():
                    section = gr.Dropdown(label="重写某一部分", choices=[], scale=3)
                    redo = gr.Button("重写这一部分", scale=1)
                with gr.Row():
                    word = gr.DownloadButton("下载 Word", interactive=False, variant="primary", elem_id="ua-download-docx")
                    md = gr.DownloadButton("下载 Markdown", interactive=False, elem_id="ua-download-md")
                exemplars = gr.State(None)
                self._exemplar_list(exemplars, article, modes)
        form, downloads = [unit, year, period, unit_kind, topics, length, notes], [preview, word, md]
        show = {"fn": guarded(self.shown), "inputs": markdown, "outputs": downloads, "show_progress": "hidden", **PRIVATE}
        to_preview = {"fn": lambda: gr.Tabs(selected="preview"), "inputs": None, "outputs": modes, **PRIVATE}
        drafted = generate.click(guarded(self.generate), form, [markdown, preview, section, status, exemplars], api_name="draft")
        redone = redo.click(guarded(self.redo_section), [markdown, section, *form], markdown, api_name="redraft_section")
        # A file written for the preview must not arrive after the user opened the editor (a stale download):
        # opening it cancels every preview rendering still under way, then disables both buttons.
        renderings = [drafted.success(**to_preview).then(**show), redone.success(**to_preview).then(**show),
                      preview_tab.select(**show)]
        edit_tab.select(lambda: [gr.DownloadButton(interactive=False)] * 2, None, [word, md], cancels=renderings,
                        **PRIVATE)
        scripts = gr.File(visible=False)  # the download endpoints for scripts: the same files, by name
        for kind, name in (("docx", "download_docx"), ("md", "download_markdown")):
            gr.Button(visible=False).click(guarded(functools.partial(self.download, kind=kind)), markdown, scripts,
                                           api_name=name)

    def _exemplar_list(self, exemplars: gr.State, article: gr.Markdown, modes: gr.Tabs) -> None:
        """Under the heading 参考的范文, each exemplar with a button that opens its article (in 范文原文)."""

        @gr.render(inputs=exemplars)
        def listed(rows: list[dict[str, Any]] | None) -> None:
            if rows is None:  # nothing drafted yet
                return
            gr.Markdown(EXEMPLARS_HEAD + ("" if rows else NO_EXEMPLARS))
            for n, row in enumerate(rows, start=1):
                with gr.Row(equal_height=True):
                    gr.Markdown(exemplar_html(n, row))
                    opened = gr.Button("查看原文", size="sm", scale=0, min_width=90, elem_classes="ua-open-exemplar")
                opened.click(guarded(functools.partial(self.article, str(row["doc_id"]))), None, [article, modes],
                             **PRIVATE)


def new_download_folder(data_dir: Path) -> Path:
    """A fresh, randomly named folder under <data dir>/downloads, after removing the stale ones."""
    root = data_dir / DOWNLOADS
    root.mkdir(parents=True, exist_ok=True)
    stale = time.time() - DOWNLOAD_MAX_AGE_S
    for folder in root.iterdir():
        try:
            old = folder.lstat().st_mtime < stale and folder.is_dir() and not folder.is_symlink()
        except OSError:  # another download swept it a moment ago
            continue
        if old:
            shutil.rmtree(folder, ignore_errors=True)
    return Path(tempfile.mkdtemp(dir=root))
