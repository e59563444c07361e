"""The Gradio app: five tabs over the assistant's services, and the server that serves them."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from assistant.services import Services
from assistant.web import article_list, article_view, draft_tab, hit_cards, upload_panel
from assistant.web.draft_tab import DOWNLOADS, DraftTab
from assistant.web.hit_test_tab import HitTestTab
from assistant.web.knowledge_tab import KnowledgeTab
from assistant.web.qa_tab import QATab
from assistant.web.status_tab import StatusTab

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
CONCURRENCY = 4
BANNER_REFRESH_S = 2.0  # how often the first-ingest banner is redrawn while it runs
LOGIN_MESSAGE = "工会总结助手：请输入用户名和口令登录（连续输错 {} 次后，须等待一段时间才能再试）。"
GRADIO_CACHE_SWEEP = (900, 3600)  # every 15 min, Gradio deletes its uploads and outputs older than 1 h

BASE_CSS = """
.ua-not-found { color: #8a5a00; background: #fff7e0; border-left: 4px solid #e0a800; padding: 6px 10px; border-radius: 4px; }
.ua-sources { margin-top: 10px; border-top: 1px solid #ddd; padding-top: 6px; font-size: 0.92em; }
.ua-sources-head { font-weight: 600; color: #555; margin-bottom: 4px; }
.ua-source { margin: 6px 0; padding: 6px 8px; background: #f6f8fa; border-radius: 6px; }
.ua-source-title { font-weight: 600; }
.ua-source-owner { color: #8a5a00; }
.ua-source-meta { color: #666; font-size: 0.9em; }
.ua-source-quote { margin-top: 3px; line-height: 1.6; }
.ua-source-quote mark { background: #ffe58f; padding: 0 1px; }
"""
CSS = "\n".join([BASE_CSS, *(part.CSS for part in (article_list, article_view, upload_panel, hit_cards, draft_tab))])


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
            with gr.Tab("检索测试", id="hits"):
                hit_test = HitTestTab(services)
                hit_test.render()
            with gr.Tab("状态", id="status") as status_tab:
                status_page = StatusTab(services)
                status = status_page.render()
            status_tab.select(status_page.report, None, status, api_name=False)  # fresh each time it is opened
        # what follows the index: refreshed after every upload or delete (the article list refreshes
        # itself then), and once the first ingest ends
        follows = [(status_page.report, status), (qa.example_samples, qa.examples), (qa.year_choices, qa.year),
                   (qa.year_choices, hit_test.year)]
        for event in knowledge_tab.changed:
            for refresh, target in follows:
                event.then(refresh, None, target, api_name=False)
        if services.first_ingest is not None:  # while it runs the banner moves; once it ends, the rest follows
            timer = gr.Timer(BANNER_REFRESH_S)
            follows.append((knowledge_tab.articles.table, knowledge_tab.articles.table_component))
            saw_it_run = gr.State(False)  # per page: only a page that saw the ingest running follows its end

            def tick(saw_running: bool):
                running = services.first_ingest.running
                follow = saw_running and not running  # a page opened later would lose the user's search
                refreshed = [refresh() if follow else gr.skip() for refresh, _ in follows]
                return services.ingest_banner(), gr.Timer(active=running), running, *refreshed  # no polling after it

            timer.tick(tick, saw_it_run, [banner, timer, saw_it_run, *(target for _, target in follows)], api_name=False)

            def on_load():
                # whether the ingest runs is read before the examples are: a page that loads while a
                # short ingest runs gets its examples when the ingest ends, even if no tick saw it run
                running = services.first_ingest.running
                return running, qa.example_samples()

            app.load(on_load, None, [saw_it_run, qa.examples], api_name=False)
        else:
            app.load(qa.example_samples, None, qa.examples, api_name=False)
        for year in (qa.year, hit_test.year):  # 检索测试 filters years as 问答 does
            app.load(qa.year_choices, None, year, api_name=False)
    app.queue(default_concurrency_limit=CONCURRENCY)
    return app


def launch(services: Services, *, host: str = "127.0.0.1", port: int = 7860, auth=None, block: bool = True):
    """Start the server (the same for `python app.py` and `union-assistant serve`)."""
    from starlette.middleware import Middleware

    from assistant.web.auth import LoginLimits, LoginRequired, LoginThrottle, SecurityHeaders

    app = build_app(services)
    # every page gets a Content-Security-Policy; with auth, repeated failed logins are refused for a
    # while and a guard refuses what Gradio's login leaves open (assistant/web/auth.py)
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
