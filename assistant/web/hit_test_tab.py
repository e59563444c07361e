"""检索测试: what the search finds for a query, to check the knowledge base."""

from __future__ import annotations

import gradio as gr

from assistant.services import Services
from assistant.web.common import guarded
from assistant.web.render import SEARCH_HEADERS, search_rows


CSS = ""  # this part's styles; app.py joins every part's CSS

class HitTestTab:
    """A query in, the passages the search ranks first out."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def search(self, query: str):
        return search_rows(self.services.knowledge.search(query or "", 10)) if (query or "").strip() else []

    def render(self) -> None:
        query = gr.Textbox(label="检索词", placeholder="输入检索词，查看命中的片段与得分")
        hits = gr.Dataframe(headers=SEARCH_HEADERS, interactive=False, wrap=True, elem_id="ua-hits")
        query.submit(guarded(self.search), query, hits, api_name="search")
