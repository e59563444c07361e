"""检索测试: what the search finds for a query, as readable cards, to check the knowledge base."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.services import Services
from assistant.web.common import UNIT_KINDS, guarded, year_filter
from assistant.web.hit_cards import WAITING, hit_cards
from assistant.web.render import SEARCH_HEADERS, matched_terms, search_rows

HITS = 10


class HitTestTab:
    """A query (and the 问答 filters) in, the passages the search ranks first out: cards for the
    user, and the same hits as a table for scripts (the `search` endpoint)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def search(self, query: str) -> dict[str, Any]:
        """For scripts: the top hits as a table (rank, score, retrievers, title, section, year, text)."""
        hits = self.services.knowledge.search(query, HITS) if (query or "").strip() else []
        return {"headers": SEARCH_HEADERS, "data": search_rows(hits)}

    def cards(self, query: str, year: str, unit_kind: str) -> str:
        """The hit cards for a query within the chosen year and unit kind."""
        query = (query or "").strip()
        if not query:
            return WAITING
        chosen_year, kind = year_filter(year), unit_kind or None
        hits = self.services.knowledge.search(query, HITS, year=chosen_year, unit_kind=kind)
        terms = matched_terms(query, self.services.knowledge.lexical.index.idf)
        return hit_cards(query, hits, terms, chosen_year, kind)

    def render(self) -> None:
        with gr.Row(equal_height=True):  # one row, so the cards start high on the page
            query = gr.Textbox(label="检索词", placeholder="输入检索词后按回车，查看命中的片段", scale=4,
                               elem_id="ua-hit-query")
            self.year = gr.Dropdown(label="年份", choices=[""], value="", allow_custom_value=True, scale=1, min_width=120,
                                    elem_id="ua-hit-year")
            unit_kind = gr.Dropdown(label="单位类别", choices=["", *UNIT_KINDS], value="", scale=1, min_width=120)
            run = gr.Button("检索", variant="primary", scale=1, min_width=100, elem_id="ua-hit-run")
        hits = gr.Markdown(WAITING, elem_id="ua-hits", latex_delimiters=[])  # no "$…$" maths in documents
        for event in (query.submit, run.click):
            event(guarded(self.cards), [query, self.year, unit_kind], hits, api_visibility="private")
        gr.api(guarded(self.search), api_name="search")
