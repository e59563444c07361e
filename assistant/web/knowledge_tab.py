"""知识库: uploading on the left, the article list on the right."""

from __future__ import annotations

import gradio as gr

from assistant.services import Services
from assistant.web.article_list import ArticleList
from assistant.web.upload_panel import UploadPanel


class KnowledgeTab:
    """知识库: upload (files or zip) and the articles; `changed` holds the events that change the index."""

    def __init__(self, services: Services) -> None:
        self.articles = ArticleList(services)
        self.uploads = UploadPanel(services, self.articles)
        self.changed: list[gr.events.Dependency] = []

    def render(self) -> None:
        with gr.Row():
            with gr.Column(scale=1):
                upload_column = gr.Column()
            with gr.Column(scale=2):
                self.changed += self.articles.render()
        with upload_column:
            self.changed += self.uploads.render(self.articles.table_component)
