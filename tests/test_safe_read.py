"""ingest.safe_read, and the folder walk that relies on it: files that are not what they seem.

A FIFO, links to /dev/zero and out of the folder, sparse multi-gigabyte files, a file that grows
while it is read, and .docx files that inflate a thousandfold: each is refused quickly, in Chinese,
with small memory, through the real CLI where the item was found (`union-assistant preview`).
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
import pytest

from ingest.loaders import BROKEN_LINK, LINK_OUTSIDE, LINK_TO_FOLDER, collect_files, load_file
from ingest.models import LoadError
from ingest.safe_read import (
    CHANGED_WHILE_READING,
    MIB,
    NOT_REGULAR,
    SYMLINK,
    ReadLimits,
    ZipBomb,
    check_zip,
    os_reason,
    read_regular_file,
    too_dense,
    too_many_elements,
)

CLI = Path(sys.executable).with_name("union-assistant")
GIB = 1024 * MIB
# A report long enough to survive cleaning as one article.
REPORT = (
    "青禾县总工会2023年工作总结\n"
    "2023年，县总工会在县委的领导下，围绕中心、服务大局，扎实推进各项工作。现将全年工作总结如下：\n"
    "一、维护职工权益。全年走访慰问困难职工236户，发放慰问金41.2万元，帮助职工解决实际困难58件。\n"
    "二、开展劳动竞赛。组织技能比武12场，参赛职工1800余人，评选岗位能手45名。\n"
)
OUTSIDE_SECRET = "外部机密文件：这段文字不应该被导入。"


def _reason(path: Path, limits: ReadLimits) -> str:
    with pytest.raises(LoadError) as caught:
        read_regular_file(path, limits)
    return caught.value.reason


# Started from a small Python of its own: a child forked straight from this (large) test process
# would count the test process's pages in its peak, since the high-water mark survives exec.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss * 1024))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def _run_with_peak_rss(args: list[str], timeout: float = 120) -> tuple[int, str, str, int]:
    """Run a command; (exit code, stdout, stderr, peak RSS in bytes of that command alone)."""
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        result = subprocess.run([sys.executable, "-c", _LAUNCHER, str(peak_file), *args], stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, timeout=timeout)
        return result.returncode, result.stdout, result.stderr, int(peak_file.read_text())


def _preview(*paths: Path) -> tuple[dict, int, float]:
    started = time.perf_counter()
    code, out, err, peak = _run_with_peak_rss([str(CLI), "preview", *map(str, paths)])
    assert code == 0, err
    return json.loads(out), peak, time.perf_counter() - started


# --- one file ----------------------------------------------------------------------------


def test_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(REPORT.encode())
    assert read_regular_file(path, ReadLimits(max_bytes=MIB)) == REPORT.encode()


def test_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.perf_counter()
    assert _reason(fifo, ReadLimits(max_bytes=MIB)) == NOT_REGULAR
    assert time.perf_counter() - started < 2


def test_device_and_links_are_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert _reason(Path("/dev/zero"), ReadLimits(max_bytes=MIB)) == NOT_REGULAR
    assert _reason(link, ReadLimits(max_bytes=MIB)) == SYMLINK  # never followed, not even to a device
    assert _reason(tmp_path, ReadLimits(max_bytes=MIB)) == NOT_REGULAR
    assert _reason(tmp_path / "没有.txt", ReadLimits(max_bytes=MIB)) == "文件不存在"


@pytest.mark.parametrize(
    ("error", "reason"),
    [(PermissionError(errno.EACCES, "Permission denied"), "没有读取权限"),
     (OSError(errno.EIO, "Input/output error"), "磁盘读取出错"),
     (OSError(errno.EXDEV, "Invalid cross-device link"), "无法读取文件（系统错误码 18）")],
)
def test_os_errors_are_said_in_chinese(error: OSError, reason: str) -> None:
    assert os_reason(error) == reason


def test_sparse_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(3 * GIB)  # no disk used
    started = time.perf_counter()
    assert _reason(path, ReadLimits(max_bytes=20 * MIB)) == "文件过大（3072 MB，上限 20 MB）"
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("grows_by", [10, 2 * MIB], ids=["within-limit", "past-limit"])
def test_file_that_grows_between_fstat_and_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, grows_by: int
) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(REPORT.encode())
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        info = real_fstat(fd)  # the size as measured; then a writer appends before the read
        with path.open("ab") as writer:
            writer.write(b"x" * grows_by)
        return info

    monkeypatch.setattr("ingest.safe_read.os.fstat", fstat_then_grow)
    assert _reason(path, ReadLimits(max_bytes=MIB)) == CHANGED_WHILE_READING


# --- zips --------------------------------------------------------------------------------


def _docx_with_streamed_body(path: Path, head_end: bytes, pieces, tail: bytes) -> Path:
    """A real .docx (python-docx's template) whose word/document.xml is the template's head up to
    `head_end`, then `pieces` written one by one (never held whole), then `tail`."""
    seed = io.BytesIO()
    docx.Document().save(seed)
    with zipfile.ZipFile(seed) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info))
                continue
            head, _, _ = source.read(info).partition(head_end)
            with target.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(head + head_end)
                for piece in pieces:
                    member.write(piece)
                member.write(tail)
    return path


def _spaces_docx(path: Path, spaces: int) -> Path:
    """A real .docx whose one paragraph holds `spaces` spaces, streamed into word/document.xml."""
    block = b" " * MIB
    pieces = (block[: min(MIB, spaces - start)] for start in range(0, spaces, MIB))
    return _docx_with_streamed_body(path, b"<w:body>", (b"<w:p><w:r><w:t>", *pieces), b"x</w:t></w:r></w:p></w:body></w:document>")


def test_honest_docx_passes_the_zip_check(tmp_path: Path) -> None:
    path = tmp_path / "ok.docx"
    document = docx.Document()
    document.add_paragraph(REPORT)
    document.save(path)
    check_zip(path.read_bytes(), ReadLimits(max_bytes=MIB))


def test_zip_check_refuses_too_many_members_and_too_much_declared(tmp_path: Path) -> None:
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as archive:
        for index in range(30):
            archive.writestr(f"{index}.xml", b"<a/>")
    with pytest.raises(LoadError, match="文件过多（30 个，上限 20 个）"):
        check_zip(many.getvalue(), ReadLimits(max_bytes=MIB, max_members=20))
    bomb = _spaces_docx(tmp_path / "bomb.docx", 20 * MIB).read_bytes()
    with pytest.raises(ZipBomb, match="解压后超过上限 10 MB"):
        check_zip(bomb, ReadLimits(max_bytes=MIB, max_inflated=10 * MIB))


def test_member_is_judged_by_its_streamed_ratio_not_only_its_declared_size(tmp_path: Path) -> None:
    """20 MB of spaces under a 200 MB cap: the declared sizes pass; the ratio, measured while
    inflating, stops it a little past the 1 MB floor."""
    data = _spaces_docx(tmp_path / "dense.docx", 20 * MIB).read_bytes()
    assert len(data) * 100 < 20 * MIB
    with pytest.raises(ZipBomb) as caught:
        check_zip(data, ReadLimits(max_bytes=MIB))
    assert caught.value.reason == too_dense(100)


def test_docx_bomb_through_load_file_is_refused_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_file(_spaces_docx(tmp_path / "dense.docx", 20 * MIB))
    assert caught.value.reason == "Word 文件压缩比超过 100:1，疑似压缩炸弹，不导入"


def test_docx_whose_xml_inflates_to_1_gb_is_refused_by_preview_with_small_memory(tmp_path: Path) -> None:
    """Before the fix: 2.1 GB peak RSS and lxml's "Text node too long, try XML_PARSE_HUGE"."""
    bomb = _spaces_docx(tmp_path / "炸弹.docx", GIB)
    assert bomb.stat().st_size < 2 * MIB
    result, peak, seconds = _preview(bomb)
    assert result["rejected"] == [
        {"path": str(bomb), "reason": "Word 文件解压后超过上限 200 MB，疑似压缩炸弹，不导入"}
    ]
    assert peak < GIB and seconds < 60


def _tiny_paragraphs_docx(path: Path, paragraphs: int) -> Path:
    """A legal .docx of `paragraphs` paragraphs of three random characters each: it compresses about 11:1,
    well inside every zip cap, yet each paragraph is three XML elements for the parser to build."""
    import random

    letters = random.Random(5).choices("工会职工活动慰问开展组织服务会员帮扶", k=3 * paragraphs)
    pieces = (
        "".join(f"<w:p><w:r><w:t>{''.join(letters[i:i + 3])}</w:t></w:r></w:p>"
                for i in range(start, min(start + 30_000, len(letters)), 3)).encode()
        for start in range(0, len(letters), 30_000)
    )
    return _docx_with_streamed_body(path, b"<w:body>", pieces, b"</w:body></w:document>")


def test_zip_check_counts_xml_elements_without_building_a_tree(tmp_path: Path) -> None:
    data = _tiny_paragraphs_docx(tmp_path / "paras.docx", 5000).read_bytes()
    check_zip(data, ReadLimits(max_bytes=MIB, max_xml_elements=100_000))  # 15,000 and the template's styles
    with pytest.raises(LoadError) as caught:
        check_zip(data, ReadLimits(max_bytes=MIB, max_xml_elements=10_000))
    assert caught.value.reason == too_many_elements(10_000) == "结构过于庞大（超过 1 万个 XML 元素），解析会占用过多内存"
    not_xml = io.BytesIO()  # a member named .xml that is no XML is left to the parser that would read it
    with zipfile.ZipFile(not_xml, "w") as archive:
        archive.writestr("word/media/m1.xml", os.urandom(200).hex())
    check_zip(not_xml.getvalue(), ReadLimits(max_bytes=MIB, max_xml_elements=10))


def test_docx_of_millions_of_tiny_paragraphs_is_refused_by_preview_with_small_memory(tmp_path: Path) -> None:
    """A legal 15 MB .docx whose XML inflated to 170 MB of tiny paragraphs passed the zip checks, then
    python-docx took 3.4 GB and minutes. Here 600,000 paragraphs (1.8 million elements, about 25 MB of XML at
    roughly 11:1, which python-docx would build into some 550 MB) are refused while inflating, in Chinese."""
    bomb = _tiny_paragraphs_docx(tmp_path / "段落.docx", 600_000)
    assert bomb.stat().st_size < 4 * MIB
    result, peak, seconds = _preview(bomb)
    assert result["rejected"] == [
        {"path": str(bomb), "reason": f"Word 文件{too_many_elements(1_500_000)}，不导入"}
    ]
    assert peak < 300 * MIB and seconds < 60, (peak, seconds)


# --- folders -----------------------------------------------------------------------------


def _hostile_folder(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "材料"
    (folder / "子目录").mkdir(parents=True)
    (folder / "1-好.txt").write_text(REPORT, encoding="utf-8")
    (folder / "子目录" / "2-好.txt").write_text(REPORT.replace("青禾县", "白石镇"), encoding="utf-8")
    outside = tmp_path / "外面.txt"
    outside.write_text(REPORT.replace("青禾县", "外部县") + OUTSIDE_SECRET, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "outside.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "子目录" / "2-好.txt")
    (folder / "loop").symlink_to(folder)
    (folder / "dangling.txt").symlink_to(folder / "没有了.txt")
    for name in ("movie.mp4", "big.txt"):
        with (folder / name).open("wb") as handle:
            handle.truncate(3 * GIB)
    return folder, outside


EXPECTED_REJECTIONS = {
    "big.txt": "文件过大（3072 MB，上限 20 MB）",
    "dangling.txt": BROKEN_LINK,
    "loop": LINK_TO_FOLDER,
    "movie.mp4": "不支持的文件类型 .mp4（支持 txt、md、html、htm、docx、pdf）",
    "outside.txt": LINK_OUTSIDE,
    "pipe.txt": NOT_REGULAR,
    "zero.txt": LINK_OUTSIDE,
}


def test_collect_files_reports_what_it_will_not_follow(tmp_path: Path) -> None:
    folder, _ = _hostile_folder(tmp_path)
    files, rejected = collect_files([folder])
    # inside.txt is read as the file it points to, once, where the link sorts
    assert files == [folder / "1-好.txt", folder / "big.txt", folder / "子目录" / "2-好.txt", folder / "movie.mp4"]
    assert {Path(r.path).name: r.reason for r in rejected} == {
        name: reason for name, reason in EXPECTED_REJECTIONS.items() if name not in ("big.txt", "movie.mp4")
    }


def test_preview_of_a_hostile_folder_is_quick_small_and_says_why(tmp_path: Path) -> None:
    """Before the fix a FIFO hung ingest, /dev/zero raised MemoryError and a 3 GB file took 3.3 GB."""
    folder, _ = _hostile_folder(tmp_path)
    result, peak, seconds = _preview(folder)
    assert {Path(r["path"]).name: r["reason"] for r in result["rejected"]} == EXPECTED_REJECTIONS
    assert sorted(Path(doc["source"]).name for doc in result["docs"]) == ["1-好.txt", "2-好.txt"]
    assert OUTSIDE_SECRET not in json.dumps(result, ensure_ascii=False)
    assert result["files"] == 2 + len(EXPECTED_REJECTIONS)
    assert seconds < 30 and peak < 400 * MIB
