"""The knowledge base's article list (like MaxKB's document list): search, filters, newest first,
pages; a click opens the article in place of the list, where it can be deleted after a confirmation."""

from __future__ import annotations

import time
from typing import Any

import gradio as gr

from assistant.articles import Article, ArticlePage, ArticleQuery, facets, page_of, to_articles
from assistant.services import Services
from assistant.web.article_view import ArticlePanel
from assistant.web.common import guarded, user_error
from vectorstore.store import StoreError


CSS = """
#ua-article-pager { align-items: center; }
#ua-article-caption { text-align: center; }
#ua-docs [role=gridcell] { cursor: pointer; }
"""

HEADERS = ["标题", "单位", "年份", "期间", "片段数", "重复于", "原文件名", "导入时间"]
ALL = ""  # the filters' "any" value


def _row(a: Article) -> list[Any]:
    return [a.title, a.unit, a.year or "", a.period, a.passages, a.duplicate_of, a.file_name, a.added]


def caption(shown: ArticlePage, searching: bool) -> str:
    """The pager's text: "第 2/5 页，共 63 篇", or why the list is empty."""
    if not shown.total:
        return "没有符合条件的文章" if searching else "知识库里还没有文章：在左边上传文件"
    return f"第 {shown.page}/{shown.pages} 页，共 {shown.total} 篇"


def _query(text: str | None, kind: str | None, year: str | None) -> ArticleQuery:
    return ArticleQuery(text=(text or "").strip(), unit_kind=kind or ALL, year=int(year) if year else None)


class ArticleList:
    """The articles of the knowledge base, a page at a time; per session, the page and the opened
    article live in gr.State (the services are shared by every user)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.panel = ArticlePanel(services)

    def articles(self) -> list[Article]:
        try:
            return to_articles(self.services.knowledge.documents())
        except StoreError:
            return []

    def listing(self, text: str | None, kind: str | None, year: str | None, page: int | None) -> tuple:
        """One page of the list: its rows, the pager (text, page, 上一页/下一页 enabled), and the
        filters' choices (only the years and unit kinds present)."""
        articles = self.articles()
        query = _query(text, kind, year)
        shown = page_of(articles, query, int(page or 1))
        years, kinds = facets(articles)
        return ([_row(a) for a in shown.articles], caption(shown, query != ArticleQuery()), shown.page,
                gr.Button(interactive=shown.page > 1), gr.Button(interactive=shown.page < shown.pages),
                gr.Dropdown(choices=[("全部类别", ALL), *((k, k) for k in kinds)], value=kind or ALL),
                gr.Dropdown(choices=[("全部年份", ALL), *((f"{y}年", str(y)) for y in years)], value=year or ALL))

    def fresh(self, _token: str | None) -> tuple:
        """The list as a page load or an upload leaves it: no search, no filters, the newest first
        (so what was just uploaded is at the top); the same outputs as `listing`, then the search box."""
        return (*self.listing("", ALL, ALL, 1), "")

    def table(self) -> str:
        """A new token for the list's refresh trigger: an upload writes it, and the session's list
        starts again from its newest articles."""
        return str(time.time_ns())

    def documents(self) -> list[dict[str, Any]]:
        """Every recorded article with its id, for scripts (the `articles` endpoint)."""
        return self.services.knowledge.documents()

    def delete(self, doc_id: str, with_duplicates: bool = False) -> str:
        """For scripts (the `delete` endpoint): one article by id (from the `articles` endpoint)."""
        return self.panel.remove(doc_id, with_duplicates)

    def opened(self, text: str | None, kind: str | None, year: str | None, page: int | None,
               event: gr.SelectData) -> tuple:
        """The clicked row's article, found by the same query that drew the page."""
        shown = page_of(self.articles(), _query(text, kind, year), int(page or 1))
        row = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        if not 0 <= row < len(shown.articles):
            raise user_error("列表已变化，请再点一次")
        doc_id = shown.articles[row].doc_id
        return (doc_id, gr.Column(visible=False), *self.panel.open(doc_id))

    def previous(self, text: str | None, kind: str | None, year: str | None, page: int | None) -> tuple:
        return self.listing(text, kind, year, (page or 1) - 1)

    def following(self, text: str | None, kind: str | None, year: str | None, page: int | None) -> tuple:
        return self.listing(text, kind, year, (page or 1) + 1)

    def first(self, text: str | None, kind: str | None, year: str | None) -> tuple:
        return self.listing(text, kind, year, 1)

    def render(self) -> list[gr.events.Dependency]:
        """The list, its controls and the article panel; returns the events that change the knowledge base."""
        self._build()
        return self._wire()

    def _build(self) -> None:
        with gr.Column(elem_id="ua-article-list") as self.listed:
            with gr.Row():
                self.search = gr.Textbox(placeholder="搜索标题、单位或文件名", show_label=False, scale=3,
                                         elem_id="ua-article-search")
                self.kind = gr.Dropdown([("全部类别", ALL)], value=ALL, show_label=False, scale=1,
                                        elem_id="ua-article-kind")
                self.year = gr.Dropdown([("全部年份", ALL)], value=ALL, show_label=False, scale=1,
                                        elem_id="ua-article-year")
            self.rows = gr.Dataframe(headers=HEADERS, interactive=False, wrap=True, elem_id="ua-docs",
                                     label="文章（点一篇查看它的片段、删除）", max_height=760,  # a page, unscrolled
                                     column_widths=["21%", "14%", "7%", "7%", "6%", "13%", "16%", "16%"])
            with gr.Row(elem_id="ua-article-pager"):
                self.prev = gr.Button("上一页", size="sm", scale=0, min_width=90, interactive=False)
                self.pager = gr.Markdown(elem_id="ua-article-caption")
                self.next = gr.Button("下一页", size="sm", scale=0, min_width=90)
        self.notice = gr.Markdown(elem_id="ua-article-notice")
        self.panel.render()
        self.page, self.selected = gr.State(1), gr.State("")
        self.table_component = gr.Textbox(visible=False)  # the refresh trigger uploads write (see `table`)

    def _wire(self) -> list[gr.events.Dependency]:
        panel, filters = self.panel, [self.search, self.kind, self.year]
        outputs = [self.rows, self.pager, self.page, self.prev, self.next, self.kind, self.year]

        def listen(trigger, fn, inputs, name: str | None = None, **options) -> gr.events.Dependency:
            visibility = {"api_name": name} if name else {"api_visibility": "private"}
            return trigger(fn, inputs, outputs, show_progress="hidden", **visibility, **options)

        listen(self.search.change, self.first, filters, "articles_search", trigger_mode="always_last")  # typed or pasted
        for trigger in (self.kind.input, self.year.input):
            listen(trigger, self.first, filters)
        listen(self.prev.click, self.previous, [*filters, self.page], "articles_prev")
        listen(self.next.click, self.following, [*filters, self.page], "articles_next")
        gr.on(None, self.fresh, self.table_component, [*outputs, self.search], show_progress="hidden",
              api_visibility="private")  # on load, and after an upload
        self.rows.select(guarded(self.opened), [*filters, self.page],
                         [self.selected, self.listed, panel.html, panel.box, panel.confirm_box], api_visibility="private")
        close = {"fn": lambda: (gr.Column(visible=True), gr.Column(visible=False)), "inputs": None,
                 "outputs": [self.listed, panel.box], "api_visibility": "private"}
        panel.back.click(**close)
        panel.delete.click(guarded(panel.ask), self.selected, [panel.confirm_box, panel.prompt, panel.with_duplicates],
                           api_visibility="private")
        panel.cancel.click(lambda: gr.Group(visible=False), None, panel.confirm_box, api_visibility="private")
        deleted = panel.confirm.click(guarded(panel.remove), [self.selected, panel.with_duplicates], self.notice,
                                      api_visibility="private")
        deleted.success(**close).then(lambda: ("", gr.Group(visible=False)), None, [self.selected, panel.confirm_box],
                                      api_visibility="private")
        listen(deleted.success, self.listing, [*filters, self.page])
        gr.api(self.documents, api_name="articles")
        return [deleted, gr.api(guarded(self.delete), api_name="delete")]
