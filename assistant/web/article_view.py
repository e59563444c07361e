"""One article as the app shows it: its facts, its duplicates, then its passages as indexed under
their headings; and the panel that opens it from the list and deletes it after a confirmation."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.articles import Article, ArticleDetail, detail, sections, to_articles
from assistant.services import Services
from assistant.web.common import user_error
from assistant.web.render import escaped


CSS = """
#ua-article-detail .ua-article { max-height: 640px; overflow-y: auto; padding: 4px 8px; }
.ua-article-title { font-size: 1.25em; font-weight: 600; margin-bottom: 4px; }
.ua-article-meta { color: #666; font-size: 0.92em; margin-bottom: 6px; }
.ua-article-note { background: #fff7e0; border-left: 4px solid #e0a800; padding: 4px 8px; margin: 6px 0; border-radius: 4px; }
.ua-article-dups { margin: 6px 0; font-size: 0.92em; }
.ua-article-dups li { margin: 2px 0; }
.ua-article-section { font-weight: 600; margin: 12px 0 4px; color: #1f4e79; }
.ua-article-passage { margin: 4px 0 8px; line-height: 1.7; }
.ua-passage-n { display: inline-block; min-width: 2.2em; color: #999; font-size: 0.85em; }
#ua-article-prompt { color: #a8071a; font-weight: 600; }
"""

GONE = "这篇文章已不在知识库中（可能刚被删除），请回到列表再选"


def _facts(article: Article, passages: int) -> str:
    year = f"{article.year}年" if article.year else ""
    added = f"导入于 {article.added}" if article.added else ""
    file_name = f"文件 {article.file_name}" if article.file_name else ""
    return " · ".join(escaped(v) for v in (article.unit, year, article.period, f"{passages} 个片段", file_name, added) if v)


def _duplicates(item: ArticleDetail) -> str:
    if not item.duplicates:
        return ""
    lines = "".join(f"<li>《{escaped(a.title)}》{'（已索引的一篇）' if not a.duplicate_of_id else ''}"
                    f"<span class=\"ua-article-meta\">　{escaped(a.file_name)}</span></li>" for a in item.duplicates)
    return f'<div class="ua-article-dups">内容相同的文章（{len(item.duplicates)} 篇）：<ul>{lines}</ul></div>'


def detail_html(item: ArticleDetail) -> str:
    """An opened article, every piece of its text escaped (documents are data, never markup)."""
    article = item.article
    parts = [f'<div class="ua-article"><div class="ua-article-title">{escaped(article.title)}</div>',
             f'<div class="ua-article-meta">{_facts(article, item.passage_count)}</div>']
    if article.duplicate_of_id:
        parts.append(f'<div class="ua-article-note">这篇与《{escaped(article.duplicate_of)}》内容相同，不单独建索引；'
                     "下面是那一篇的片段。</div>")
    parts.append(_duplicates(item))
    n = 0
    for section in item.sections:
        if section.heading:
            parts.append(f'<div class="ua-article-section">{escaped(section.heading)}</div>')
        for text in section.passages:  # a passage indexed with its heading in front shows it once, above
            n += 1
            text = text.removeprefix(section.heading).lstrip(" 。：:，,") if section.heading else text
            parts.append(f'<p class="ua-article-passage"><span class="ua-passage-n">{n}</span>{escaped(text)}</p>')
    if not n:
        parts.append('<p class="ua-article-meta">这篇文章没有片段。</p>')
    parts.append("</div>")
    return "".join(parts)


def article_html(row: dict[str, Any], chunks: list[dict[str, Any]]) -> str:
    """An article (a `KnowledgeBase.documents()` row) and its passages (`KnowledgeBase.chunks(doc_id)`), escaped."""
    return detail_html(ArticleDetail(to_articles([row])[0], sections(chunks), []))


def delete_prompt(item: ArticleDetail) -> str:
    """The confirmation names the article and says what goes, including the copy that takes its place."""
    prompt = f"确定删除《{escaped(item.article.title)}》？"
    if item.article.duplicate_of_id:
        return prompt + "它是重复文章，没有自己的片段；删除只移除这条记录。"
    prompt += f"它的 {item.passage_count} 个片段将从知识库中移除。"
    if item.own_duplicates:
        prompt += "不勾选下面一项时，它的一篇重复文章会接替它留在知识库中。"
    return prompt


class ArticlePanel:
    """The opened article (in place of the list) with 删除, which asks first."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def detail(self, doc_id: str) -> ArticleDetail:
        articles = to_articles(self.services.knowledge.documents())
        owner = next((a.passages_of for a in articles if a.doc_id == doc_id), doc_id)
        item = detail(articles, doc_id, self.services.knowledge.chunks(owner))
        if item is None:
            raise user_error(GONE)
        return item

    def open(self, doc_id: str) -> tuple:
        """Outputs of `opened`: the article shown, the confirmation closed."""
        return detail_html(self.detail(doc_id)), gr.Column(visible=True), gr.Group(visible=False)

    def ask(self, doc_id: str) -> tuple:
        """The confirmation, with the duplicates' checkbox only when there are some to take along."""
        item = self.detail(doc_id)
        extra = len(item.own_duplicates)
        box = gr.Checkbox(value=False, visible=extra > 0, label=f"同时删除它的 {extra} 篇重复文章")
        return gr.Group(visible=True), delete_prompt(item), box

    def remove(self, doc_id: str, with_duplicates: bool) -> str:
        """Delete the article (and, when asked, its duplicates); says what went, by title."""
        doc_id = (doc_id or "").strip()
        if not doc_id:
            raise user_error("请先在列表中点选一篇文章")
        title = next((r["title"] for r in self.services.knowledge.documents() if r["doc_id"] == doc_id), None)
        try:
            if title is None:
                raise KeyError(doc_id)
            removed = self.services.knowledge.remove(doc_id, with_duplicates=bool(with_duplicates))
        except KeyError:  # never recorded, or deleted by someone else meanwhile
            raise user_error(GONE) from None
        also = "及其重复文章" if with_duplicates else ""
        return f"已删除《{escaped(title)}》{also}（{removed} 个片段）。"

    def render(self) -> None:
        """The panel, hidden until an article is opened; the caller wires its buttons."""
        with gr.Column(visible=False, elem_id="ua-article-detail") as self.box:
            with gr.Row():
                self.back = gr.Button("← 返回列表", size="sm", scale=0, min_width=120)
                self.delete = gr.Button("删除这篇文章", variant="stop", size="sm", scale=0, min_width=140,
                                        elem_id="ua-article-delete")
            with gr.Group(visible=False) as self.confirm_box:
                self.prompt = gr.Markdown(elem_id="ua-article-prompt")
                self.with_duplicates = gr.Checkbox(visible=False, elem_id="ua-article-with-duplicates")
                with gr.Row():
                    self.confirm = gr.Button("确认删除", variant="stop", size="sm", scale=0, min_width=120,
                                             elem_id="ua-article-confirm-delete")
                    self.cancel = gr.Button("取消", size="sm", scale=0, min_width=120, elem_id="ua-article-cancel")
            self.html = gr.Markdown(elem_id="ua-article-view")  # gr.HTML evaluates a template: the CSP forbids that
