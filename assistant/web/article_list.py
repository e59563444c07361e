"""The knowledge base's article list: the articles, selecting one, deleting it."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.services import Services
from assistant.web.common import guarded, user_error
from assistant.web.render import DOCUMENT_HEADERS, document_rows, escaped
from vectorstore.store import StoreError


CSS = ""  # this part's styles; app.py joins every part's CSS

class ArticleList:
    """The articles in the knowledge base, one row each; select one to delete it."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def table(self) -> list[list[Any]]:
        try:
            return document_rows(self.services.knowledge.documents())
        except StoreError:
            return []

    def delete(self, doc_id: str):
        doc_id = (doc_id or "").strip()
        if not doc_id:
            raise user_error("请先在表格中点选一篇文章")
        try:
            removed = self.services.knowledge.remove(doc_id)
        except KeyError:
            raise user_error(f"没有编号为 {doc_id} 的文章") from None
        return f"已删除 {escaped(doc_id)}（{removed} 个片段）。", self.table(), ""

    @staticmethod
    def selected(table: Any, event: gr.SelectData) -> str:
        row = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        return str(table.iloc[row, 0]) if hasattr(table, "iloc") else str(table[row][0])

    def render(self) -> list[gr.events.Dependency]:
        """The list and its controls; returns the events that change the knowledge base."""
        table = gr.Dataframe(headers=DOCUMENT_HEADERS, value=self.table, label="文章（点选一行后可删除）",
                             interactive=False, wrap=True, elem_id="ua-docs",
                             column_widths=["13%", "25%", "16%", "7%", "8%", "7%", "11%", "13%"])
        with gr.Row():
            doc_id = gr.Textbox(label="选中的文章编号", scale=3)
            delete = gr.Button("删除这篇文章", variant="stop", scale=1)
        deleted = gr.Markdown()
        table.select(self.selected, table, doc_id, api_name=False)
        self.table_component = table
        return [delete.click(guarded(self.delete), doc_id, [deleted, table, doc_id], api_name="delete")]
