"""The Chinese summary of one upload and the progress line, from the staging result and the IndexReport."""

from __future__ import annotations

import re

from ingest.loaders import check_suffix
from ingest.models import LoadError, Rejection
from assistant.upload_report import NOTHING_TO_IMPORT, progress_text, summarize_upload
from assistant.web.uploads import BROKEN_ARCHIVE, stage_uploads
from vectorstore.indexer import IndexProgress, IndexReport

# format names and units a Chinese sentence keeps as they are
ALLOWED_ASCII = re.compile(r"\.[A-Za-z0-9]+|(?<![A-Za-z])(docx?|pdf|PDF|Word|zip|txt|md|html?|[KMG]?B)(?![A-Za-z])")


def _report(**numbers) -> IndexReport:
    rejected = numbers.pop("rejected", [])
    return IndexReport(rejected=rejected, **numbers)


def test_all_imported() -> None:
    report = _report(files=2, documents=3, chunks_added=27)
    summary = summarize_upload(2, 2, [], report, 8.24)
    assert summary.text() == "收到 2 个文件：导入 2 个（新增文章 3 篇，新增片段 27 个，用时 8.2 秒）。"
    assert summary.refused_rows() == []


def test_some_refused_before_and_during_ingest() -> None:
    report = _report(files=3, documents=2, duplicates=1, chunks_added=27,
                     rejected=[Rejection("/data/uploads/空白.txt", "空文件")])
    staging = [Rejection("照片.png", "不支持的文件类型 .png（支持 .txt .md .html .htm .docx .pdf）；也可上传 zip 压缩包")]
    summary = summarize_upload(4, 3, staging, report, 8.2)
    assert summary.text() == ("收到 4 个文件：导入 2 个（新增文章 3 篇，其中重复 1 篇，"
                              "新增片段 27 个，用时 8.2 秒）；未导入 2 个，原因见下表。")
    assert [row[0] for row in summary.refused_rows()] == ["照片.png", "空白.txt"]  # the name, never the server's path


def test_all_refused() -> None:
    summary = summarize_upload(2, 0, [Rejection("a.png", "x"), Rejection("b.zip", BROKEN_ARCHIVE)], None, 0.1)
    assert summary.text() == "收到 2 个文件：均未导入，原因见下表。"


def test_all_refused_by_ingest() -> None:
    report = _report(files=1, rejected=[Rejection("/u/短.txt", "太短：清理后没有完整的句子")])
    assert summarize_upload(1, 1, [], report, 0.3).text() == "收到 1 个文件：均未导入，原因见下表。"


def test_duplicates_only() -> None:
    summary = summarize_upload(1, 1, [], _report(files=1, duplicates=1), 0.5)
    assert summary.text() == "收到 1 个文件：导入 1 个（新增文章 1 篇，其中重复 1 篇，新增片段 0 个，用时 0.5 秒）。"


def test_a_file_uploaded_again_unchanged_is_not_called_new() -> None:
    summary = summarize_upload(1, 1, [], _report(files=1, documents=1, chunks_unchanged=5), 0.2)
    assert "新增文章" not in summary.text() and "文章 1 篇" in summary.text() and "已有片段 5 个未变" in summary.text()


def test_an_archive_is_counted_as_its_members() -> None:
    staging = [Rejection("批量.zip:照片/封面.png", "不支持的文件类型 .png")]
    summary = summarize_upload(2, 3, staging, _report(files=3, documents=3, chunks_added=9), 1.0)
    assert summary.text().startswith("收到 2 个文件（压缩包展开后共 4 个）：导入 3 个（")
    assert summary.text().endswith("；未导入 1 个，原因见下表。")


def test_an_archive_of_system_files_only() -> None:
    assert summarize_upload(1, 0, [], None, 0.0).text() == f"收到 1 个文件：{NOTHING_TO_IMPORT}"


def test_refusal_reasons_are_chinese(tmp_path) -> None:
    """Real reasons from staging and from the loaders: no English beyond format names and units."""
    (tmp_path / "a.png").write_bytes(b"\x89PNG")
    (tmp_path / "b.zip").write_bytes(b"not a zip")
    (tmp_path / "c.txt").write_bytes(b"x" * 100)
    staged = stage_uploads([("a.png", tmp_path / "a.png"), ("b.zip", tmp_path / "b.zip"), ("c.txt", tmp_path / "c.txt")],
                           tmp_path / "staging")
    reasons = [r.reason for r in staged.rejected]
    try:
        check_suffix(".doc")
    except LoadError as error:
        reasons.append(error.reason)
    assert len(reasons) == 3
    for reason in reasons:
        assert not re.search(r"[A-Za-z]", ALLOWED_ASCII.sub("", reason)), reason


def test_progress_lines() -> None:
    assert progress_text(IndexProgress("read", 3, 4, 1.0)) == "读取 3/4 个文件"
    assert progress_text(IndexProgress("embed", 0, 81, 0.0)) == "向量化 0/81 个片段，正在估算剩余时间"
    assert progress_text(IndexProgress("embed", 48, 81, 8.5)) == "向量化 48/81 个片段，约剩 6 秒"
    assert progress_text(IndexProgress("embed", 16, 1000, 10.0)) == "向量化 16/1000 个片段，约剩 11 分钟"
    assert progress_text(IndexProgress("embed", 81, 81, 14.0)) == "向量化 81/81 个片段"
    assert progress_text(IndexProgress("write", 0, 81, 0.0)) == "写入索引，更新关键词检索"
