"""The article list as plain data (assistant/articles.py), on hand-made rows."""

from __future__ import annotations

from typing import Any

from assistant.articles import ArticleQuery, detail, facets, newest_first, page_of, sections, to_articles


def _row(doc_id: str, title: str, **fields: Any) -> dict[str, Any]:
    return {"doc_id": doc_id, "title": title, "unit": "", "unit_kind": "", "year": None, "period": "", "chunks": 3,
            "duplicate_of": None, "file_name": f"{doc_id}.txt", "added_at": "", **fields}


ROWS = [
    _row("a1", "海川市交通运输局机关工会2023年工作总结", unit="海川市交通运输局机关工会", unit_kind="机关", year=2023,
         added_at="2026-11-30T10:00:00", file_name="交通局总结.docx"),
    _row("b2", "明德中学工会2024年工作总结", unit="明德中学工会", unit_kind="教育", year=2024,
         added_at="2026-12-01T09:00:00"),
    _row("c3", "明德中学工会2024年工作总结", unit="明德中学工会", unit_kind="教育", year=2024, chunks=0,
         duplicate_of="b2", added_at="2026-12-01T09:30:00", file_name="副本.txt"),
    _row("d4", "青禾县总工会上半年工作总结", unit="青禾县总工会", unit_kind="县总工会", year=2023),  # recorded before dates were kept
    _row("e5", "明德中学工会2024年工作总结（节选）", unit="明德中学工会", unit_kind="教育", year=2024, chunks=0,
         duplicate_of="b2", added_at="2026-12-01T09:30:00", file_name="节选.txt"),
]
ARTICLES = to_articles(ROWS)


def test_a_duplicate_names_its_copy_by_title_and_no_row_shows_an_id() -> None:
    by_id = {a.doc_id: a for a in ARTICLES}
    assert by_id["c3"].duplicate_of == "明德中学工会2024年工作总结" and by_id["c3"].passages_of == "b2"
    assert by_id["b2"].duplicate_of == "" and by_id["b2"].passages_of == "b2"
    assert by_id["a1"].added == "2026-11-30 10:00" and by_id["d4"].added == ""


def test_newest_first_keeps_one_ingests_order_and_puts_unknown_dates_last() -> None:
    assert [a.doc_id for a in newest_first(ARTICLES)] == ["c3", "e5", "b2", "a1", "d4"]


def test_search_looks_at_title_unit_and_file_name_across_scripts_and_widths() -> None:
    def found(text: str) -> list[str]:
        return sorted(a.doc_id for a in page_of(ARTICLES, ArticleQuery(text=text), 1).articles)

    assert found("交通運輸局") == ["a1"]  # traditional script finds the simplified title
    assert found("交通局总结") == ["a1"]  # the file name the user gave
    assert found("青禾 县总工会") == ["d4"]  # spaces are ignored
    assert found("ＤＯＣＸ") == ["a1"]  # full width and case folded
    assert found("节选") == ["e5"] and found("没有这个单位") == []


def test_filters_by_unit_kind_and_year_combine_with_the_search() -> None:
    def found(**query: Any) -> list[str]:
        return sorted(a.doc_id for a in page_of(ARTICLES, ArticleQuery(**query), 1).articles)

    assert found(unit_kind="教育") == ["b2", "c3", "e5"]
    assert found(year=2023) == ["a1", "d4"]
    assert found(year=2023, unit_kind="机关") == ["a1"]
    assert found(text="明德", year=2023) == []


def test_paging_counts_and_clamps() -> None:
    many = to_articles(_row(f"x{i}", f"总结{i}", added_at=f"2026-01-01T00:00:{i:02d}") for i in range(33))
    first = page_of(many, ArticleQuery(), 1, size=15)
    assert (first.page, first.pages, first.total, len(first.articles)) == (1, 3, 33, 15)
    assert first.articles[0].title == "总结32"  # newest first
    last = page_of(many, ArticleQuery(), 9, size=15)  # beyond the end (after a delete): the last page
    assert (last.page, len(last.articles)) == (3, 3) and last.articles[-1].title == "总结0"
    assert page_of(many, ArticleQuery(), 0, size=15).page == 1
    empty = page_of([], ArticleQuery(), 1)
    assert (empty.page, empty.pages, empty.total, empty.articles) == (1, 1, 0, [])


def test_the_filters_offer_what_is_there() -> None:
    assert facets(ARTICLES) == ([2024, 2023], ["县总工会", "教育", "机关"])


def test_sections_group_passages_in_reading_order_under_their_headings() -> None:
    chunks = [{"chunk_index": 2, "section": "二、主要工作", "text": "三"},
              {"chunk_index": 0, "section": "", "text": "一"},
              {"chunk_index": 1, "section": "二、主要工作", "text": "二"},
              {"chunk_index": 3, "section": "三、明年打算", "text": "四"}]
    assert [(s.heading, s.passages) for s in sections(chunks)] == [
        ("", ["一"]), ("二、主要工作", ["二", "三"]), ("三、明年打算", ["四"])]


def test_detail_of_an_indexed_article_lists_its_duplicates() -> None:
    item = detail(ARTICLES, "b2", [{"chunk_index": 0, "section": "一、概况", "text": "正文"}])
    assert item is not None and item.article.title == "明德中学工会2024年工作总结"
    assert item.passage_count == 1 and [s.heading for s in item.sections] == ["一、概况"]
    assert sorted(a.doc_id for a in item.duplicates) == ["c3", "e5"]
    assert sorted(a.doc_id for a in item.own_duplicates) == ["c3", "e5"]


def test_detail_of_a_duplicate_lists_its_copy_and_takes_nothing_along() -> None:
    item = detail(ARTICLES, "c3", [])
    assert item is not None and sorted(a.doc_id for a in item.duplicates) == ["b2", "e5"]
    assert item.own_duplicates == []
    assert detail(ARTICLES, "gone", []) is None


def test_the_store_keeps_when_an_article_was_first_added(tmp_path, monkeypatch) -> None:
    import vectorstore.store as store_module
    from ingest.models import Document
    from vectorstore.store import ChunkStore

    class Clock:
        moment = "2026-12-01T09:00:00"

        @classmethod
        def now(cls):
            return type("Moment", (), {"isoformat": lambda self, timespec: cls.moment})()

    monkeypatch.setattr(store_module, "datetime", Clock)
    store = ChunkStore(tmp_path, embedder_id="test", dimension=3)
    first = Document(doc_id="a", title="甲", text="正文", source="/x/甲.txt")
    store.upsert_documents([first], {})
    Clock.moment = "2026-12-02T10:00:00"
    store.upsert_documents([first, Document(doc_id="b", title="乙", text="正文", source="/x/乙.txt")], {})
    assert store.added_times() == {"a": "2026-12-01T09:00:00", "b": "2026-12-02T10:00:00"}  # a re-ingest is not new
    assert store.added_times(["b", "gone"]) == {"b": "2026-12-02T10:00:00"} and store.added_times([]) == {}
