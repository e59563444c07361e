"""Section-aware chunks: heading paths, sentence ends, sizes, spans and stable ids."""

from __future__ import annotations

import time
from pathlib import Path

from ingest.chunk import FLOOR_CHARS, HARD_MAX_CHARS, MAX_CHARS, SOFT_MAX_CHARS, chunk_document
from ingest.headings import heading_label, heading_level
from ingest.models import Document
from ingest.pipeline import ingest_paths

SENTENCE = "工会组织职工开展劳动竞赛，全年参赛职工650人次，提出合理化建议312条，采纳96条。"

TEXT = "\n".join(
    [
        "2023年，青禾县总工会在县委的领导下，团结动员全县职工建功立业。现将全年工作总结如下：",
        "一、突出思想引领",
        SENTENCE * 3,
        "二、聚焦帮扶解困，做实服务职工工作",
        "（一）开展送温暖活动。春节前夕走访慰问困难职工128户，发放慰问金25.6万元。",
        "（二）实施金秋助学。资助困难职工子女上大学47名，每人发放助学金3000元。",
        "（三）推进职工医疗互助",
        SENTENCE * 12,
        "三、存在的问题",
        "一些基层工会活力不足，服务职工的手段还不够多。",
        "下一步工作打算",
        "1、加强基层工会建设；",
        "2、深化职工技能竞赛。",
    ]
)


def _doc(text: str = TEXT, doc_id: str = "d1") -> Document:
    return Document(doc_id=doc_id, title="青禾县总工会2023年工作总结", text=text, source="x.txt")


def test_heading_levels_and_labels() -> None:
    assert heading_level("一、突出思想引领") == 1
    assert heading_level("（二）实施金秋助学。资助……") == 2
    assert heading_level("1、加强基层工会建设；") == 3
    assert heading_level("(3)职工直系家属抚恤慰问;") == 4
    assert heading_level("2023年，县总工会……") is None
    assert heading_level("5月组织健步走活动") is None
    assert heading_label("二、送温暖工作：2月7日，党委领导分组走访。") == "二、送温暖工作"


def test_chunks_carry_title_and_section_path() -> None:
    chunks = chunk_document(_doc())
    paths = [c.heading_path for c in chunks]
    assert paths[0] == ("青禾县总工会2023年工作总结",)
    assert ("青禾县总工会2023年工作总结", "一、突出思想引领") in paths
    assert any(p[1:] == ("二、聚焦帮扶解困，做实服务职工工作", "（三）推进职工医疗互助") for p in paths)
    assert any(p[-1] == "下一步工作打算" for p in paths)
    assert chunks[1].indexed_text().startswith("青禾县总工会2023年工作总结 > 一、突出思想引领\n")


def test_spans_point_into_the_document() -> None:
    doc = _doc()
    for chunk in chunk_document(doc):
        assert doc.text[chunk.start : chunk.end] == chunk.text


def test_chunks_end_on_sentence_ends_and_respect_sizes() -> None:
    doc = _doc()
    chunks = chunk_document(doc)
    for chunk in chunks:
        after = doc.text[chunk.end : chunk.end + 1]
        assert chunk.text[-1] in "。！？；" or after in ("\n", ""), chunk.text
        assert len(chunk.text) <= SOFT_MAX_CHARS
    long_section = [c for c in chunks if c.heading_path[-1] == "（三）推进职工医疗互助"]
    assert len(long_section) >= 2 and all(len(c.text) >= 150 for c in long_section)


def test_small_sibling_items_are_merged() -> None:
    chunks = chunk_document(_doc())
    merged = [c for c in chunks if "（一）开展送温暖活动" in c.text]
    assert len(merged) == 1 and "（二）实施金秋助学" in merged[0].text
    assert merged[0].heading_path == ("青禾县总工会2023年工作总结", "二、聚焦帮扶解困，做实服务职工工作")


def test_an_overlong_sentence_is_split_on_semicolons_then_commas() -> None:
    clause = "组织开展了职工书法、摄影、歌咏和征文比赛"
    sentence = "；".join([clause] * 12) + "，" + "，".join(["参与职工累计达到三千余人次"] * 12) + "。"
    chunks = chunk_document(_doc("一、开展文体活动\n" + sentence))
    assert len(chunks) >= 2
    for chunk in chunks:
        assert len(chunk.text) <= MAX_CHARS
        assert chunk.text[-1] in "；，。"


def test_no_chunk_below_the_floor_unless_its_section_is() -> None:
    chunks = chunk_document(_doc())
    for chunk in chunks:
        if len(chunk.text) < FLOOR_CHARS:
            siblings = [c for c in chunks if c.heading_path == chunk.heading_path]
            assert sum(len(c.text) for c in siblings) < FLOOR_CHARS


def test_ids_are_stable_and_follow_the_text() -> None:
    first = [c.chunk_id for c in chunk_document(_doc())]
    again = [c.chunk_id for c in chunk_document(_doc())]
    edited = [c.chunk_id for c in chunk_document(_doc(TEXT.replace("128户", "130户")))]
    assert first == again
    assert len(set(first)) == len(first)
    assert sum(a != b for a, b in zip(first, edited)) == 1


def _unpunctuated(chars: int) -> str:
    """A scraped table or a run-on dump: ideographs with no sentence or clause mark at all."""
    words = "工会职工开展活动组织慰问困难帮扶建设劳动竞赛技能培训服务基层党建会员发展"
    return (words * (chars // len(words) + 1))[:chars]


def test_unpunctuated_text_is_still_cut_under_the_hard_cap() -> None:
    """Before: a line with no 。！？；， became one chunk as long as the line (1.7 million characters)."""
    text = "青禾县总工会2023年工作总结\n" + _unpunctuated(50_000) + "\n二、开展帮扶活动。" + SENTENCE * 20
    doc = _doc(text)
    chunks = chunk_document(doc)
    assert max(len(c.text) for c in chunks) <= HARD_MAX_CHARS
    assert "".join(c.text for c in chunks if c.start < text.index("\n二、")) == text[: text.index("\n二、")].strip()
    assert all(doc.text[c.start : c.end] == c.text for c in chunks)


def test_pieces_of_any_length_respect_the_cap() -> None:
    for length in (MAX_CHARS + 1, SOFT_MAX_CHARS + 1, 2 * SOFT_MAX_CHARS + FLOOR_CHARS - 1, 12_345):
        chunks = chunk_document(_doc(_unpunctuated(length)))
        assert max(len(c.text) for c in chunks) <= HARD_MAX_CHARS
        assert sum(len(c.text) for c in chunks) == length


def test_preview_of_a_large_unpunctuated_file_is_quick(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("青禾县总工会2023年工作总结\n" + _unpunctuated(500_000) + "\n", encoding="utf-8")  # 1.5 MB
    started = time.perf_counter()
    report = ingest_paths([path])
    assert time.perf_counter() - started < 30
    assert len(report.chunks) >= 500_000 // MAX_CHARS
    assert max(len(c.text) for c in report.chunks) <= HARD_MAX_CHARS
