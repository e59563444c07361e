"""起草: the draft form, the draft, redoing one section, downloads."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import gradio as gr

from assistant.draft import DraftRequest, replace_section
from assistant.export import export_titled
from assistant.os_errors import os_reason
from assistant.services import Services
from assistant.web.common import UNIT_KINDS, guarded, user_error
from assistant.web.render import exemplar_list

TOPIC_SUGGESTIONS = ["师德建设", "送温暖", "文体活动", "劳动竞赛", "困难职工帮扶", "女职工工作", "职工之家建设",
                     "民主管理", "金秋助学", "工会自身建设", "职工技能培训", "安全生产"]
DOWNLOADS = "downloads"  # under the data dir: one fresh folder per download, swept by age
DOWNLOAD_MAX_AGE_S = 600  # Gradio copies a returned file into its cache at once; this is ample


CSS = ""  # this part's styles; app.py joins every part's CSS

class DraftTab:
    """起草: the form, the draft in an editable area, downloads, exemplar sources, redo one section."""

    def __init__(self, services: Services) -> None:
        self.services = services

    @staticmethod
    def _request(unit, year, period, unit_kind, topics, length, notes) -> DraftRequest:
        return DraftRequest(unit=(unit or "").strip(), year=int(year or date.today().year), period=period, unit_kind=unit_kind or "",
                            topics=tuple(t.strip() for t in (topics or []) if t.strip()), target_chars=int(length),
                            notes=notes or "")

    def generate(self, unit, year, period, unit_kind, topics, length, notes):
        draft = self.services.drafter.draft(self._request(unit, year, period, unit_kind, topics, length, notes))
        sources = exemplar_list(draft.sources)
        headings = [s.heading for s in draft.sections if s.heading]
        status = f"已生成，{draft.placeholders} 处【待填】需要补充。"
        return draft.markdown, sources, gr.Dropdown(choices=headings, value=headings[0] if headings else None), status

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
                status = gr.Markdown()
            with gr.Column(scale=2, min_width=400):
                markdown = gr.Textbox(label="初稿（可直接修改）", lines=24, max_lines=40, elem_id="ua-draft")
                with gr.Row():
                    section = gr.Dropdown(label="重写某一部分", choices=[], scale=3)
                    redo = gr.Button("重写这一部分", scale=1)
                with gr.Row():
                    word = gr.Button("下载 Word")
                    md = gr.Button("下载 Markdown")
                file = gr.File(label="下载", interactive=False)
                sources = gr.Markdown(label="参考的范文", elem_id="ua-exemplars")
        form = [unit, year, period, unit_kind, topics, length, notes]
        generate.click(guarded(self.generate), form, [markdown, sources, section, status], api_name="draft")
        redo.click(guarded(self.redo_section), [markdown, section, *form], markdown, api_name="redraft_section")
        word.click(guarded(lambda text: self.download(text, "docx")), markdown, file, api_name="download_docx")
        md.click(guarded(lambda text: self.download(text, "md")), markdown, file, api_name="download_markdown")


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
