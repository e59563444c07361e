"""The knowledge base's article list as plain data: search, filters, newest first, pages, one article.

The rows come from `KnowledgeBase.documents()`; everything here is pure, so the list behaves the
same in the app, in a script and in a test. A user knows an article by its title, unit and the
file they gave it, never by its hash id: the id stays in the data (to open or delete an article)
and out of what is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from assistant.scope import normalise_question

PAGE_SIZE = 15


@dataclass(frozen=True)
class Article:
    """One recorded article as the list shows it."""

    doc_id: str
    title: str
    unit: str
    unit_kind: str
    year: int | None
    period: str
    passages: int
    file_name: str
    added_at: str  # ISO local time; "" for articles recorded before it was kept
    duplicate_of_id: str = ""  # the indexed copy this one repeats ("" when it is indexed itself)
    duplicate_of: str = ""  # that copy's title: what the user recognises

    @property
    def added(self) -> str:
        """The date added as shown: "2026-12-01 21:30"."""
        return self.added_at.replace("T", " ")[:16]

    @property
    def passages_of(self) -> str:
        """Whose passages show for this article: a duplicate is not indexed itself, its copy is."""
        return self.duplicate_of_id or self.doc_id


def to_articles(rows: Iterable[dict[str, Any]]) -> list[Article]:
    """`KnowledgeBase.documents()` rows as articles, each duplicate naming its copy by title."""
    rows = list(rows)
    titles = {str(r["doc_id"]): str(r.get("title") or "") for r in rows}
    return [
        Article(
            doc_id=str(r["doc_id"]), title=str(r.get("title") or ""), unit=str(r.get("unit") or ""),
            unit_kind=str(r.get("unit_kind") or ""), year=int(r["year"]) if r.get("year") else None,
            period=str(r.get("period") or ""), passages=int(r.get("chunks") or 0),
            file_name=str(r.get("file_name") or ""), added_at=str(r.get("added_at") or ""),
            duplicate_of_id=str(r.get("duplicate_of") or ""),
            duplicate_of=titles.get(str(r.get("duplicate_of") or ""), "") if r.get("duplicate_of") else "",
        )
        for r in rows
    ]


@dataclass(frozen=True)
class ArticleQuery:
    """What the user typed and chose above the list."""

    text: str = ""
    unit_kind: str = ""
    year: int | None = None


def _folded(text: str) -> str:
    """Text compared the way questions are: simplified script, ASCII width, lower case, no spaces,
    so "海川市 交通運輸局" finds 海川市交通运输局."""
    return normalise_question(text).replace(" ", "").lower()


def matches(article: Article, query: ArticleQuery) -> bool:
    """Whether an article passes the search box (title, unit or file name) and both filters."""
    if query.unit_kind and article.unit_kind != query.unit_kind:
        return False
    if query.year is not None and article.year != query.year:
        return False
    needle = _folded(query.text)
    return not needle or any(needle in _folded(field) for field in (article.title, article.unit, article.file_name))


def newest_first(articles: Iterable[Article]) -> list[Article]:
    """Latest added first; articles of one ingest keep their reading order; unknown dates last."""
    return sorted(articles, key=lambda a: a.added_at[:19], reverse=True)  # sorted() stays stable when reversed


@dataclass(frozen=True)
class ArticlePage:
    """One page of the filtered list; `page` counts from 1 and is always a page that exists."""

    articles: list[Article]
    page: int
    pages: int
    total: int


def page_of(articles: Iterable[Article], query: ArticleQuery, page: int, size: int = PAGE_SIZE) -> ArticlePage:
    """The articles passing `query`, newest first, cut to page `page` (clamped: a page beyond the
    end after a delete or a narrower search shows the last one)."""
    found = newest_first(a for a in articles if matches(a, query))
    pages = max(1, -(-len(found) // size))
    page = min(max(1, page), pages)
    return ArticlePage(found[(page - 1) * size : page * size], page, pages, len(found))


def facets(articles: Iterable[Article]) -> tuple[list[int], list[str]]:
    """The years (newest first) and unit kinds present: the filters offer only what can match."""
    articles = list(articles)
    years = sorted({a.year for a in articles if a.year}, reverse=True)
    kinds = sorted({a.unit_kind for a in articles if a.unit_kind})
    return years, kinds


@dataclass(frozen=True)
class Section:
    """Consecutive passages under one heading ("" before the first heading)."""

    heading: str
    passages: list[str]


@dataclass(frozen=True)
class ArticleDetail:
    """One article opened: its passages as indexed, under their headings, and its duplicates."""

    article: Article
    sections: list[Section]
    duplicates: list[Article]

    @property
    def passage_count(self) -> int:
        return sum(len(s.passages) for s in self.sections)

    @property
    def own_duplicates(self) -> list[Article]:
        """The duplicates that repeat this very article: the ones deleting it may take along."""
        return [a for a in self.duplicates if a.duplicate_of_id == self.article.doc_id]


def sections(chunks: Iterable[dict[str, Any]]) -> list[Section]:
    """Chunks in reading order (`KnowledgeBase.chunks(doc_id)`) grouped under their section headings."""
    grouped: list[Section] = []
    for chunk in sorted(chunks, key=lambda c: int(c.get("chunk_index") or 0)):
        heading, text = str(chunk.get("section") or ""), str(chunk.get("text") or "")
        if grouped and grouped[-1].heading == heading:
            grouped[-1].passages.append(text)
        else:
            grouped.append(Section(heading, [text]))
    return grouped


def detail(articles: Iterable[Article], doc_id: str, chunks: Iterable[dict[str, Any]]) -> ArticleDetail | None:
    """The article `doc_id` with the passages of `article.passages_of` and the other copies of the
    same text (for a duplicate: its indexed copy and the other duplicates); None when it is gone."""
    articles = list(articles)
    article = next((a for a in articles if a.doc_id == doc_id), None)
    if article is None:
        return None
    kept = article.passages_of
    copies = [a for a in articles if a.doc_id != doc_id and (a.doc_id == kept or a.duplicate_of_id == kept)]
    return ArticleDetail(article, sections(chunks), copies)
