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
    assert "2019年机关工会工作总结" in titles and "2019年机关工会工作总结（之2）" in titles  # "…总结一/二" are markers
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


NOTE_BODY = (
    "工会组织职工开展了丰富多彩的文体活动，全年慰问困难职工36户，发放慰问金5.2万元，"
    "为职工办理互助保障1200份，组织职工健康体检460人次，职工满意度明显提高。"
)


def _titles_of(tmp_path: Path, name: str, content: str) -> list[str]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return [d.title for d in documents_from_path(path)]


def test_html_title_loses_the_site_name(tmp_path: Path) -> None:
    page = f"<html><head><title>启明文秘网 - 青禾县水利局工会2023年工作总结</title></head><body><p>{NOTE_BODY}</p></body></html>"
    assert _titles_of(tmp_path, "a.html", page) == ["青禾县水利局工会2023年工作总结"]
    only_site = f"<html><head><title>启明文秘网</title></head><body><p>{NOTE_BODY}</p></body></html>"
    assert _titles_of(tmp_path, "b.html", only_site) == ["工会工作总结"]


def test_bare_markers_take_the_collection_headings_subject(tmp_path: Path) -> None:
    page = f"社区工会年度工作总结（精选3篇）\n篇一\n{NOTE_BODY}\n篇二\n{NOTE_BODY}启明社区"
    assert _titles_of(tmp_path, "c.txt", page) == ["社区工会年度工作总结", "社区工会年度工作总结（之2）"]


def test_a_sales_word_before_the_count_leaves_the_pages_subject(tmp_path: Path) -> None:
    page = f"社区工会年度工作总结最新5篇\n篇一\n{NOTE_BODY}\n篇二\n{NOTE_BODY}启明社区"
    assert _titles_of(tmp_path, "e.txt", page) == ["社区工会年度工作总结", "社区工会年度工作总结（之2）"]


def test_a_title_with_a_subtitle_is_kept_and_no_unit_is_made_up(tmp_path: Path) -> None:
    page = f"2022年工会工作总结：成绩与差距\n2022年，全体会员共同努力，进一步发挥工会组织的作用。{NOTE_BODY}"
    (tmp_path / "f.txt").write_text(page, encoding="utf-8")
    document = documents_from_path(tmp_path / "f.txt")[0]
    assert (document.title, document.unit) == ("2022年工会工作总结：成绩与差距", None)


def test_a_generic_title_the_page_states_is_kept_and_the_unit_is_in_the_metadata(tmp_path: Path) -> None:
    page = f"【篇1】工会年终总结\n2023年，启明机械有限公司工会在公司党委的领导下，{NOTE_BODY}"
    assert _titles_of(tmp_path, "d.txt", page) == ["工会年终总结"]
    (tmp_path / "d.txt").write_text(page, encoding="utf-8")
    assert documents_from_path(tmp_path / "d.txt")[0].unit == "启明机械有限公司工会"


def test_an_untitled_article_is_never_named_after_its_file(tmp_path: Path) -> None:
    titles = _titles_of(tmp_path, "0042_scan_export.txt", f"上半年，{NOTE_BODY}")
    assert titles == ["上半年工会工作总结"]

