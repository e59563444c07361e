"""The Gradio app: four tabs laid out over the assistant's services, no logic of its own.

问答 (streaming chat with sources), 起草 (draft form, editable draft, Word/Markdown download),
知识库 (upload, documents, delete, 检索测试) and 状态. Every handler calls one assistant
function and lays out its result; presenters do the formatting (and the HTML escaping).
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# The app answers several users at once: one embedding thread per request keeps a small machine's
# cores busy without OpenMP threads fighting each other (set before the embedder loads).
os.environ.setdefault("OMP_NUM_THREADS", "1")

import gradio as gr  # noqa: E402

from assistant.answer_types import Answer  # noqa: E402
from assistant.draft import DraftRequest, replace_section  # noqa: E402
from assistant.examples import example_questions  # noqa: E402
from assistant.export import export_titled  # noqa: E402
from assistant.os_errors import os_reason  # noqa: E402
from assistant.presenters import (  # noqa: E402
    DOCUMENT_HEADERS,
    SEARCH_HEADERS,
    answer_html,
    document_rows,
    escaped,
    exemplar_list,
    search_rows,
    sources_html,
    text_html,
)
from assistant.qa import next_turn  # noqa: E402
from assistant.services import Services  # noqa: E402
from assistant.uploads import UploadLimits, keep_uploads, stage_uploads  # noqa: E402
from ingest.models import Rejection  # noqa: E402
from vectorstore.store import StoreError  # noqa: E402

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"
UNIT_KINDS = ["机关", "教育", "企业", "医疗", "园区", "县总工会", "市总工会", "省总工会"]
TOPIC_SUGGESTIONS = ["师德建设", "送温暖", "文体活动", "劳动竞赛", "困难职工帮扶", "女职工工作", "职工之家建设",
                     "民主管理", "金秋助学", "工会自身建设", "职工技能培训", "安全生产"]
CONCURRENCY = 4
BANNER_REFRESH_S = 2.0  # how often the first-ingest banner is redrawn while it runs
ERROR_TITLE = "提示"
LOGIN_MESSAGE = "工会总结助手：请输入用户名和口令登录（连续输错 {} 次后，须等待一段时间才能再试）。"
DOWNLOADS = "downloads"  # under the data dir: one fresh folder per download, swept by age
DOWNLOAD_MAX_AGE_S = 600  # Gradio copies a returned file into its cache at once; this is ample
GRADIO_CACHE_SWEEP = (900, 3600)  # every 15 min, Gradio deletes its uploads and outputs older than 1 h

CSS = """
.ua-not-found { color: #8a5a00; background: #fff7e0; border-left: 4px solid #e0a800; padding: 6px 10px; border-radius: 4px; }
.ua-sources { margin-top: 10px; border-top: 1px solid #ddd; padding-top: 6px; font-size: 0.92em; }
.ua-sources-head { font-weight: 600; color: #555; margin-bottom: 4px; }
.ua-source { margin: 6px 0; padding: 6px 8px; background: #f6f8fa; border-radius: 6px; }
.ua-source-title { font-weight: 600; }
.ua-source-meta { color: #666; font-size: 0.9em; }
.ua-source-quote { margin-top: 3px; line-height: 1.6; }
.ua-source-quote mark { background: #ffe58f; padding: 0 1px; }
"""


class QATab:
    """问答: streaming chat; each answer carries its sources; a not-found answer looks different."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def respond(self, question: str, chat: list[dict], turns: list, year: str, unit_kind: str):
        question = (question or "").strip()
        if not question:
            yield chat, turns, ""
            return
        chat = [*chat, {"role": "user", "content": escaped(question)}, {"role": "assistant", "content": "…"}]
        yield chat, turns, ""
        try:
            stream = self.services.qa.stream(question, turns, year=_year(year), unit_kind=unit_kind or None)
            shown = ""
            for piece in stream:  # the partial text is document text too: escaped like the final answer
                shown += piece
                chat[-1] = {"role": "assistant", "content": text_html(shown)}
                yield chat, turns, ""
            answer: Answer = stream.answer
        except (StoreError, ValueError) as error:  # ValueError: a question or filter the search refuses
            chat[-1] = {"role": "assistant", "content": f'<div class="ua-not-found">⚠️ {escaped(_message(error))}</div>'}
            yield chat, turns, ""
            return
        idf = self.services.knowledge.lexical.index.idf
        chat[-1] = {"role": "assistant", "content": answer_html(answer) + sources_html(answer, idf)}
        yield chat, [*turns, next_turn(answer)], ""

    def render(self) -> None:
        with gr.Row():
            year = gr.Dropdown(label="年份", choices=[""], value="", allow_custom_value=True, scale=1)
            unit_kind = gr.Dropdown(label="单位类别", choices=["", *UNIT_KINDS], value="", scale=1)
            new_chat = gr.Button("新对话", scale=0, min_width=100)
        chat = gr.Chatbot(label="对话", height=460, buttons=["copy", "copy_all"], sanitize_html=True,
                          placeholder="请输入问题，例如：去年慰问了多少困难职工？", elem_id="ua-chat")
        turns = gr.State([])
        with gr.Row():
            question = gr.Textbox(label="问题", placeholder="输入问题后按回车", scale=5, elem_id="ua-question")
            send = gr.Button("提问", variant="primary", scale=1, elem_id="ua-send")
        examples = gr.Dataset(components=[question], samples=[], label="示例问题（取自已导入的资料）",
                              elem_id="ua-examples", visible=False)
        examples.click(lambda sample: sample[0] if sample else "", examples, question, api_name=False)
        inputs = [question, chat, turns, year, unit_kind]
        for event in (question.submit, send.click):
            event(self.respond, inputs, [chat, turns, question], api_name="ask" if event == send.click else False)
        new_chat.click(lambda: ([], [], ""), None, [chat, turns, question], api_name=False)
        self.year = year
        self.examples = examples

    def example_samples(self) -> gr.Dataset:
        """The example buttons, from what is indexed now (none while the index is empty)."""
        try:
            questions = example_questions(self.services.knowledge)
        except StoreError:
            questions = []
        return gr.Dataset(samples=[[q] for q in questions], visible=bool(questions))

    def year_choices(self) -> gr.Dropdown:
        try:
            years = sorted({str(r["year"]) for r in self.services.knowledge.documents() if r["year"]}, reverse=True)
        except StoreError:
            years = []
        return gr.Dropdown(choices=["", *years])


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
            raise _user_error("请先选择要重写的部分")
        request = self._request(unit, year, period, unit_kind, topics, length, notes)
        section = self.services.drafter.redraft_section(request, heading, avoid=markdown or "")
        return replace_section(markdown, heading, section.text)

    def download(self, markdown: str, kind: str) -> str:
        """The draft as a file named after its title, in a fresh folder of its own under the data dir:
        nothing the browser sends becomes a path, and old folders are swept as new ones are made."""
        if not (markdown or "").strip():
            raise _user_error("还没有初稿")
        folder = None
        try:
            folder = new_download_folder(self.services.settings.data_dir)
            return str(export_titled(markdown, folder, kind))
        except Exception as error:  # nothing half-made stays behind, whatever went wrong
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            if isinstance(error, ValueError):  # ExportError: a Chinese reason
                raise _user_error(str(error)) from None
            if isinstance(error, OSError):
                raise _user_error(f"无法保存下载文件：{os_reason(error)}。请稍后再试，或请管理员检查数据目录") from None
            raise _user_error("导出失败：草稿中有无法写入文件的内容，请检查后重试") from None

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
        generate.click(_guarded(self.generate), form, [markdown, sources, section, status], api_name="draft")
        redo.click(_guarded(self.redo_section), [markdown, section, *form], markdown, api_name="redraft_section")
        word.click(_guarded(lambda text: self.download(text, "docx")), markdown, file, api_name="download_docx")
        md.click(_guarded(lambda text: self.download(text, "md")), markdown, file, api_name="download_markdown")


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


def _year(text: str | None) -> int | None:
    """The 年份 filter; it accepts typed values, so a non-number is refused in words."""
    text = (text or "").strip()
    if text and not text.isdigit():
        raise ValueError(f"年份“{text}”不是数字，请选择或输入四位年份")
    return int(text) if text else None


def _message(error: Exception) -> str:
    return f"知识库暂时不可用：{error}" if isinstance(error, StoreError) else str(error)


def _user_error(message: str) -> gr.Error:
    """An error toast in Chinese, title included; escaped, because Gradio renders it as HTML."""
    return gr.Error(escaped(message), title=ERROR_TITLE)


def _guarded(handler):
    """One error policy: an unreachable store, or input the assistant refuses (ValueError with a
    Chinese reason, e.g. a query that is too long), is shown as a toast instead of failing the page."""

    @functools.wraps(handler)  # keeps the signature, so Gradio still injects gr.Progress
    def wrapper(*args, **kwargs):
        try:
            return handler(*args, **kwargs)
        except gr.Error:  # already a toast (gr.Error is a ValueError too)
            raise
        except (StoreError, ValueError) as error:
            raise _user_error(_message(error)) from None

    return wrapper


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
            raise _user_error("请先选择文件")
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
            raise _user_error("请先在表格中点选一篇文章")
        try:
            removed = self.services.knowledge.remove(doc_id)
        except KeyError:
            raise _user_error(f"没有编号为 {doc_id} 的文章") from None
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
        self.changed = [upload.click(_guarded(self.upload), files, [summary, rejected, table], api_name="upload"),
                        delete.click(_guarded(self.delete), doc_id, [deleted, table, doc_id], api_name="delete")]
        table.select(self.selected, table, doc_id, api_name=False)
        query.submit(_guarded(self.search), query, hits, api_name="search")


def _discard_refused(kept: list[Path], refused: list[Rejection]) -> None:
    """Files ingest refused leave uploads/: they are not in the knowledge base, so nothing refers to them."""
    refused_paths = {Path(r.path).resolve() for r in refused}
    for path in kept:
        if path.resolve() in refused_paths:
            path.unlink(missing_ok=True)


class StatusTab:
    """状态: what the assistant runs on and whether it is healthy."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def report(self) -> str:
        rows = self.services.status()
        return "| 项目 | 状态 |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in rows.items())

    def render(self) -> gr.Markdown:
        status = gr.Markdown(self.report)
        gr.Button("刷新").click(self.report, None, status, api_name="status")
        return status


def build_app(services: Services) -> gr.Blocks:
    """The whole UI; one set of services (store, embedder, retriever) shared by every session."""
    with gr.Blocks(title="工会总结助手", analytics_enabled=False, delete_cache=GRADIO_CACHE_SWEEP) as app:
        gr.Markdown("## 工会总结助手　<small>工会工作总结的问答与起草（离线运行）</small>")
        banner = gr.Markdown(services.ingest_banner, elem_id="ua-ingest-banner")
        with gr.Tabs():
            with gr.Tab("问答", id="qa"):
                qa = QATab(services)
                qa.render()
            with gr.Tab("起草", id="draft"):
                DraftTab(services).render()
            with gr.Tab("知识库", id="kb"):
                knowledge_tab = KnowledgeTab(services)
                knowledge_tab.render()
            with gr.Tab("状态", id="status") as status_tab:
                status_page = StatusTab(services)
                status = status_page.render()
            status_tab.select(status_page.report, None, status, api_name=False)  # fresh each time it is opened
        for event in knowledge_tab.changed:  # and after every upload or delete
            event.then(status_page.report, None, status, api_name=False)
            event.then(qa.example_samples, None, qa.examples, api_name=False)
        if services.first_ingest is not None:  # while it runs the banner moves; once it ends, the examples follow
            timer = gr.Timer(BANNER_REFRESH_S)

            def tick():
                running = services.first_ingest.running
                return (services.ingest_banner(), gr.skip() if running else qa.example_samples(),
                        gr.Timer(active=running))  # the timer stops with the ingest: no polling after it

            timer.tick(tick, None, [banner, qa.examples, timer], api_name=False)
        app.load(qa.year_choices, None, qa.year, api_name=False)
        app.load(qa.example_samples, None, qa.examples, api_name=False)
    app.queue(default_concurrency_limit=CONCURRENCY)
    return app


def launch(services: Services, *, host: str = "127.0.0.1", port: int = 7860, auth=None, block: bool = True):
    """Start the server (the same for `python app.py` and `union-assistant serve`)."""
    from starlette.middleware import Middleware

    from assistant.auth import LoginLimits, LoginRequired, LoginThrottle, SecurityHeaders

    app = build_app(services)
    # every page gets a Content-Security-Policy; with auth, repeated failed logins are refused for a
    # while and a guard refuses what Gradio's login leaves open (assistant/auth.py)
    middleware = [Middleware(SecurityHeaders)]
    if auth is not None:
        middleware += [Middleware(LoginThrottle), Middleware(LoginRequired)]
    downloads = services.settings.data_dir / DOWNLOADS
    downloads.mkdir(parents=True, exist_ok=True)
    app.launch(server_name=host, server_port=port, auth=auth, app_kwargs={"middleware": middleware}, css=CSS,
               footer_links=[], auth_message=LOGIN_MESSAGE.format(LoginLimits().user_failures) if auth is not None else None,
               ssr_mode=False, prevent_thread_lock=not block, show_error=True,
               max_file_size=services.settings.max_file_bytes * 10,
               allowed_paths=[str(downloads)])  # a data dir outside cwd and /tmp: Gradio may copy downloads from here
    return app
