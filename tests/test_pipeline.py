"""The whole ingest on fixture pages written for the purpose, including other encodings."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import opencc
import pytest

from ingest.loaders import DEFAULT_MAX_BYTES, LINK_OUTSIDE
from ingest.models import LoadError
from ingest.pipeline import documents_from_path, ingest_paths, read_source
from ingest.safe_read import NOT_REGULAR


BIG5_PAGE = """2020年清河鎮工會工作總結
2020年，清河鎮工會在鎮黨委和縣總工會的領導下，組織職工開展勞動競賽，慰問困難職工42戶，發放慰問金3.6萬元。現將全年工作總結如下：
一、加強組織建設。新建企業工會5家，發展會員320名，選舉產生了新一屆工會委員會。
二、開展幫扶活動。工會與東林村結對幫扶，落實“三必訪”制度，全年捐款捐物折合9800元。
"""


@pytest.fixture()
def fixture_folder(pages_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(pages_dir, folder)
    (folder / "big5_page.txt").write_bytes(BIG5_PAGE.encode("big5"))
    mirror = (pages_dir / "mirror_page.txt").read_text(encoding="utf-8")
    (folder / "mirror_page.txt").write_bytes(mirror.encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.xyz").write_text("不是支持的类型", encoding="utf-8")
    return folder


def test_ingest_counts_articles_duplicates_and_rejects(fixture_folder: Path) -> None:
    report = ingest_paths([fixture_folder])
    assert report.files == 7
    assert sorted(Path(r.path).name for r in report.rejected) == ["empty.txt", "notes.xyz"]
    assert all(r.reason for r in report.rejected)
    titles = [d.title for d in report.indexed_documents]
    assert "青禾县总工会2023年工作总结" in titles
    assert "远航机械有限公司工会2022年工作总结" in titles
    assert "2019年机关工会工作总结一" in titles and "2019年机关工会工作总结二" in titles
    assert "2020年清河镇工会工作总结" in titles
    assert report.duplicates == 1
    duplicate = next(d for d in report.documents if d.duplicate_of)
    keeper = next(d for d in report.documents if d.doc_id == duplicate.duplicate_of)
    assert "xx张" in duplicate.text and "2000张" in keeper.text  # the copy without the blank wins
    assert {c.doc_id for c in report.chunks} == {d.doc_id for d in report.indexed_documents}


def test_big5_traditional_page_comes_out_simplified_with_facts(fixture_folder: Path) -> None:
    for name, facts, years in (
        ("big5_page.txt", ("东林村", "三必访", "3.6万元"), [2020]),
        ("traditional_pinyin.txt", ("柳溪乡青石村", "四必访", "8600元"), [2019, 2019]),
    ):
        report = ingest_paths([fixture_folder / name])
        text = "\n".join(d.text for d in report.documents)
        assert all(fact in text for fact in facts)
        assert opencc.OpenCC("t2s").convert(text) == text
        assert [d.year for d in report.documents] == years


def test_metadata_reaches_documents_and_chunks(fixture_folder: Path) -> None:
    report = ingest_paths([fixture_folder / "mirror_page.txt"])
    company = next(d for d in report.documents if d.title.startswith("远航"))
    assert (company.year, company.unit, company.unit_kind) == (2022, "远航机械有限公司工会", "企业")
    chunk = next(c for c in report.chunks if c.doc_id == company.doc_id)
    assert chunk.metadata["year"] == 2022 and chunk.metadata["unit_kind"] == "企业"


def test_unmarked_article_is_named_from_its_metadata(fixture_folder: Path) -> None:
    report = ingest_paths([fixture_folder / "fanwen_page.txt"])
    titles = [d.title for d in report.documents]
    assert len(titles) == 4 and len(set(titles)) == 4
    assert any("医院工会" in title for title in titles)


def test_ingest_is_deterministic(fixture_folder: Path) -> None:
    first = ingest_paths([fixture_folder])
    second = ingest_paths([fixture_folder])
    assert [c.chunk_id for c in first.chunks] == [c.chunk_id for c in second.chunks]


def test_missing_path_is_rejected_not_fatal(tmp_path: Path, pages_dir: Path) -> None:
    report = ingest_paths([tmp_path / "nope", pages_dir / "qinghe_pages.txt"])
    assert [r.reason for r in report.rejected] == ["文件不存在"]
    assert len(report.indexed_documents) == 3


def test_read_source_once_then_parse_the_same_bytes(fixture_folder: Path) -> None:
    """What the indexer hashes is what it indexes: one read, hashed, then parsed from the bytes."""
    path = fixture_folder / "big5_page.txt"
    data = read_source(path, DEFAULT_MAX_BYTES)
    path.write_text("文件读过之后被改写：这段内容不应出现。", encoding="utf-8")

    documents = documents_from_path(path, data=data)

    assert documents and all(d.raw_sha256 == hashlib.sha256(data).hexdigest() for d in documents)
    assert "东林村" in documents[0].text and "被改写" not in documents[0].text


def test_read_source_refuses_an_unsupported_suffix_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "movie.mp4"
    os.mkfifo(fifo)  # opening a FIFO without O_NONBLOCK would wait for a writer forever
    with pytest.raises(LoadError, match="不支持的文件类型 .mp4"):
        read_source(fifo, DEFAULT_MAX_BYTES)


def test_folder_entries_refused_while_walking_reach_the_report(fixture_folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(BIG5_PAGE, encoding="utf-8")
    os.mkfifo(fixture_folder / "pipe.txt")
    (fixture_folder / "zero.txt").symlink_to("/dev/zero")
    (fixture_folder / "secret.txt").symlink_to(outside)

    report = ingest_paths([fixture_folder])

    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    assert reasons["pipe.txt"] == NOT_REGULAR
    assert reasons["zero.txt"] == reasons["secret.txt"] == LINK_OUTSIDE
    assert report.files == 10 and len(report.rejected) == 5
    assert str(outside) not in {d.source for d in report.documents}
