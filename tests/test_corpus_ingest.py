"""Integration: the user's real scraped pages in ../shared/corpus (skipped when absent)."""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

from ingest.chunk import FLOOR_CHARS, MAX_CHARS
from ingest.models import IngestReport
from ingest.pipeline import ingest_paths

pytestmark = pytest.mark.corpus

CHROME = re.compile(
    r"当前位置|浏览量|小编|欢迎阅读|仅供参考|推荐访问|版权所有|Powered by|ICP备|第\d+页共\d+页|编号[:：]_|"
    r"学校[:：]_+教师|更多.{0,6}推荐|\.com|分享$| > |\.\.\.$"
)
COLLECTION_MARKER = re.compile(
    r"第\s*[一二三四五六七八九十\d]+\s*篇|篇\s*[一二三四五六七八九十\d]+$|(?:总结|报告)[一二三四五六七八九十\d]+$|\d+篇"
)
PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12}[)）]")


@pytest.fixture(scope="module")
def report(corpus_dir: Path) -> IngestReport:
    return ingest_paths([corpus_dir])


def test_no_chrome_pinyin_or_traditional_left(report: IngestReport) -> None:
    t2s = opencc.OpenCC("t2s")
    texts = [d.text for d in report.documents] + [c.text for c in report.chunks]
    for text in texts:
        for line in text.split("\n"):
            assert not CHROME.search(line), line
            assert not PINYIN.search(line), line
        assert t2s.convert(text) == text


def test_traditional_page_comes_out_simplified_with_its_facts(report: IngestReport) -> None:
    docs = [d for d in report.indexed_documents if d.year == 2015]
    assert len(docs) == 3
    text = "\n".join(d.text for d in docs)
    assert "三必访" in text and "金鸡村" in text


def test_every_article_is_its_own_document(report: IngestReport) -> None:
    titles = [d.title for d in report.documents]
    for title in ("房产管理局机关工会2021年工作总结", "地方税务局直属机关工会2021年工作总结", "xx县总工会200*年精神文明创建工作总结"):
        assert title in titles
    for page in {d.source for d in report.documents}:
        markers = re.findall(r"范文\s*第.{1,3}篇", Path(page).read_text(encoding="utf-8"))
        docs = [d for d in report.documents if d.source == page]
        assert len(docs) >= len(set(markers))
        assert len({d.title for d in docs}) == len(docs)
    for doc in report.documents:  # the article's own title: no collection marker or count, no file name
        assert not COLLECTION_MARKER.search(doc.title), doc.title
        assert Path(doc.source).stem not in doc.title
    by_title = {d.title: d for d in report.documents}
    assert by_title["房产管理局机关工会2021年工作总结"].year == 2021


def test_repeated_articles_are_indexed_once(report: IngestReport) -> None:
    indexed = report.indexed_documents
    bureau = [d for d in report.documents if "黄赛群" in d.text]
    assert len(bureau) == 2 and sum(1 for d in bureau if not d.duplicate_of) == 1
    page_002 = [d for d in report.documents if Path(d.source).name.startswith("002")]
    repeated = [d for d in page_002 if d.duplicate_of]
    assert len(repeated) == 2
    assert {d.duplicate_of for d in repeated} <= {d.doc_id for d in indexed}
    keepers = {d.doc_id for d in indexed}
    assert all(c.doc_id in keepers for c in report.chunks)


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(mark, 0, position - 1) for mark in "。！？\n") + 1
    ends = [i for i in (text.find(mark, position) for mark in "。！？\n") if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def test_chunks_end_on_sentence_ends_and_are_not_tiny(report: IngestReport) -> None:
    docs = {d.doc_id: d for d in report.documents}
    for chunk in report.chunks:
        doc = docs[chunk.doc_id]
        assert doc.text[chunk.start : chunk.end] == chunk.text
        at_sentence_end = chunk.text[-1] in "。！？!?…”’）" or doc.text[chunk.end : chunk.end + 1] in ("\n", "")
        if not at_sentence_end:
            assert len(_sentence_around(doc.text, chunk.end)) > MAX_CHARS, chunk.text
        if len(chunk.text) < FLOOR_CHARS:
            same_section = [c for c in report.chunks if c.doc_id == chunk.doc_id and c.heading_path == chunk.heading_path]
            assert sum(len(c.text) for c in same_section) < FLOOR_CHARS, chunk.text
