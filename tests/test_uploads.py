"""Staging uploaded files and zips: names, archives, bombs and limits (assistant.web.uploads)."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from assistant.web.uploads import (
    BROKEN_ARCHIVE,
    BROKEN_MEMBER,
    NESTED_ARCHIVE,
    SYMLINK_MEMBER,
    TRAVERSAL_MEMBER,
    UploadLimits,
    safe_name,
    stage_uploads,
)
from ingest.loaders import load_file
from ingest.models import Rejection
from ingest.safe_read import NOT_REGULAR, SYMLINK, ReadLimits, ZipBomb, check_zip, too_dense

MIB = 1024 * 1024
SUPPORTED_LIST = "txt、md、html、htm、docx、pdf"
REPORT = "2024年，青禾县总工会慰问困难职工236户。".encode()


def _source(folder: Path, data: bytes = REPORT) -> Path:
    """A file as the web UI leaves it: a temp path whose own name says nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"upload-{len(list(folder.iterdir()))}.bin"
    path.write_bytes(data)
    return path


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _patch_sizes(path: Path, *, compressed: int | None = None, uncompressed: int | None = None) -> None:
    """Make the headers of a one-member zip lie about its sizes (local header and central directory)."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 18), (b"PK\x01\x02", 20)):
        at = data.index(signature)
        if compressed is not None:
            struct.pack_into("<I", data, at + offset, compressed)
        if uncompressed is not None:
            struct.pack_into("<I", data, at + offset + 4, uncompressed)
    path.write_bytes(bytes(data))


def _docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _all_files(root: Path) -> set[Path]:
    return {Path(dirpath, name).resolve() for dirpath, _, names in os.walk(root) for name in names}


def _inside(staging: Path, files: list[Path]) -> bool:
    return all(f.resolve().parent == staging.resolve() for f in files)


# --- names -------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../x.txt",
    "..\\..\\x.txt",
    "/etc/passwd",
    "/tmp/abs.txt",
    "C:\\Windows\\x.txt",
    "C:x.txt",
    "a\x00b.txt",
    "\x01\x02\x1f.txt",
    "tab\tand\nnewline.md",
    "..",
    "../",
    "",
    " . .txt",
    "CON.txt",
    "a<b>:c|d?e*.txt",
    "\u202etxt.exe.md",
    "x" * 300 + ".txt",
]


def test_hostile_names_stay_inside_staging(tmp_path: Path) -> None:
    src = tmp_path / "src"
    staging = tmp_path / "deep" / "er" / "staging"
    uploads = [(name, _source(src)) for name in HOSTILE_NAMES]
    before = _all_files(tmp_path)
    staged = stage_uploads(uploads, staging, UploadLimits())

    assert _inside(staging, staged.files)
    # nothing was written anywhere but the staging folder
    assert _all_files(tmp_path) - before == {f.resolve() for f in staged.files}
    assert len(staged.files) + len(staged.rejected) == len(HOSTILE_NAMES)
    for path in staged.files:
        assert not any(ord(c) < 32 or c in '<>:"/\\|?*' for c in path.name)
        assert not path.name.startswith((".", " ")) and len(path.name.encode()) <= 200
        assert path.read_bytes() == REPORT
    names = {f.name for f in staged.files}
    assert {"x.txt", "x (2).txt", "x (3).txt", "abs.txt", "ab.txt", "_CON.txt", "未命名.txt"} <= names
    # names without a usable suffix are refused with a reason, under the name the user gave
    refused = {r.path: r.reason for r in staged.rejected}
    assert "不支持的文件类型" in refused["/etc/passwd"] and SUPPORTED_LIST in refused["/etc/passwd"]
    assert set(refused) == {"/etc/passwd", "..", "../", ""}


def test_control_characters_are_shown_escaped_in_reasons(tmp_path: Path) -> None:
    staged = stage_uploads([("a\x00b.png", _source(tmp_path / "src"))], tmp_path / "staging")
    assert [r.path for r in staged.rejected] == ["a\\x00b.png"]


def test_readable_chinese_names_are_kept(tmp_path: Path) -> None:
    name = "2023年 工会总结（定稿）.docx"
    assert safe_name(name) == name
    assert safe_name("报告/2024年上半年 工会工作总结【终稿】.TXT") == "2024年上半年 工会工作总结【终稿】.TXT"
    staged = stage_uploads([(name, _source(tmp_path / "src", _docx_bytes("工会")))], tmp_path / "staging")
    assert [f.name for f in staged.files] == [name] and not staged.rejected


def test_duplicate_names_get_a_suffix_and_nothing_is_overwritten(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    (staging / "总结.txt").write_bytes(b"already here")
    uploads = [
        ("总结.txt", _source(tmp_path / "src", b"one")),
        ("folder/总结.txt", _source(tmp_path / "src", b"two")),
    ]
    staged = stage_uploads(uploads, staging)
    assert [f.name for f in staged.files] == ["总结 (2).txt", "总结 (3).txt"]
    assert [f.read_bytes() for f in staged.files] == [b"one", b"two"]
    assert (staging / "总结.txt").read_bytes() == b"already here"


def test_a_link_already_in_staging_is_not_followed(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep me")
    (staging / "report.txt").symlink_to(outside)
    staged = stage_uploads([("report.txt", _source(tmp_path / "src"))], staging)
    assert outside.read_bytes() == b"keep me"
    assert [f.name for f in staged.files] == ["report (2).txt"]


# --- single files ------------------------------------------------------------------------


def test_oversized_file_is_refused_before_copying(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    big = _source(tmp_path / "src", b"x" * (2 * MIB))
    staged = stage_uploads([("big.txt", big)], staging, UploadLimits(max_file_bytes=1 * MIB))
    assert staged.files == [] and list(staging.iterdir()) == []
    [rejection] = staged.rejected
    assert rejection.path == "big.txt" and "2 MB" in rejection.reason and "上限 1 MB" in rejection.reason


def test_unknown_suffix_is_refused_with_the_supported_list(tmp_path: Path) -> None:
    uploads = [("photo.png", _source(tmp_path / "src")), ("旧报告.doc", _source(tmp_path / "src"))]
    staged = stage_uploads(uploads, tmp_path / "s")
    reasons = {r.path: r.reason for r in staged.rejected}
    assert SUPPORTED_LIST in reasons["photo.png"] and ".png" in reasons["photo.png"] and "zip" in reasons["photo.png"]
    assert "docx" in reasons["旧报告.doc"]
    assert staged.files == []


def test_office_lock_file_is_refused_and_missing_temp_file_reported(tmp_path: Path) -> None:
    staged = stage_uploads(
        [("~$总结.docx", _source(tmp_path / "src")), ("gone.txt", tmp_path / "no-such-file")], tmp_path / "s"
    )
    reasons = {r.path: r.reason for r in staged.rejected}
    assert "临时文件" in reasons["~$总结.docx"] and "不存在" in reasons["gone.txt"]


def test_total_bytes_and_file_count_of_an_upload(tmp_path: Path) -> None:
    src = tmp_path / "src"
    uploads = [(f"{i}.txt", _source(src, os.urandom(400 * 1024))) for i in range(3)]
    staged = stage_uploads(uploads, tmp_path / "a", UploadLimits(max_total_bytes=1 * MIB))
    assert [f.name for f in staged.files] == ["0.txt", "1.txt"]
    assert staged.rejected[0].path == "2.txt" and "总量超过上限" in staged.rejected[0].reason

    staged = stage_uploads(uploads, tmp_path / "b", UploadLimits(max_files=1))
    assert len(staged.files) == 1 and all("文件数超过上限" in r.reason for r in staged.rejected)


# --- archives ----------------------------------------------------------------------------


def test_normal_zip_of_txt_and_docx_yields_both_and_ingest_reads_them(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "src" / "upload.bin",
        {
            "报告/2024/总结.txt": REPORT,
            "报告/会议纪要.docx": _docx_bytes("明德中学工会召开教代会。"),
            "__MACOSX/报告/._总结.txt": b"\x00\x05\x16\x07",
            "报告/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "报告/": b"",
        },
    )
    staging = tmp_path / "staging"
    staged = stage_uploads([("材料.zip", archive)], staging)
    assert sorted(f.name for f in staged.files) == ["会议纪要.docx", "总结.txt"]
    assert staged.rejected == []  # OS leftovers are skipped silently; folders are flattened
    assert _inside(staging, staged.files)
    texts = {f.name: load_file(f).text for f in staged.files}
    assert "236户" in texts["总结.txt"] and "教代会" in texts["会议纪要.docx"]


def test_zip_members_with_the_same_name_in_different_folders_are_both_kept(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "src" / "a.bin", {"2023/总结.txt": b"2023", "2024/总结.txt": b"2024"})
    staged = stage_uploads([("a.zip", archive)], tmp_path / "staging")
    assert [(f.name, f.read_bytes()) for f in staged.files] == [("总结.txt", b"2023"), ("总结 (2).txt", b"2024")]


def test_gbk_member_names_from_chinese_windows_are_read_back(tmp_path: Path) -> None:
    placeholder = "XXXXXXXX.txt"
    gbk = "工会总结.txt".encode("gbk")
    assert len(gbk) == len(placeholder)
    archive = _zip(tmp_path / "src" / "a.bin", {placeholder: REPORT})
    archive.write_bytes(archive.read_bytes().replace(placeholder.encode(), gbk))  # no UTF-8 flag, as WinRAR writes
    staged = stage_uploads([("a.zip", archive)], tmp_path / "staging")
    assert [f.name for f in staged.files] == ["工会总结.txt"]


def test_zip_traversal_and_absolute_members(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "src" / "evil.bin",
        {"../../evil.txt": b"evil", "a/../../../evil2.txt": b"evil", "..\\..\\evil3.txt": b"evil",
         "/etc/cron.d/abs.txt": b"abs", "C:\\Windows\\win.txt": b"win", "ok.txt": b"ok"},
    )  # fmt: skip
    staging = tmp_path / "x" / "y" / "staging"
    before = _all_files(tmp_path)
    staged = stage_uploads([("evil.zip", archive)], staging)

    refused = {r.path: r.reason for r in staged.rejected}
    assert refused == {
        "evil.zip:../../evil.txt": TRAVERSAL_MEMBER,
        "evil.zip:a/../../../evil2.txt": TRAVERSAL_MEMBER,
        "evil.zip:..\\..\\evil3.txt": TRAVERSAL_MEMBER,
    }
    assert sorted(f.name for f in staged.files) == ["abs.txt", "ok.txt", "win.txt"]  # flattened
    assert _inside(staging, staged.files)
    assert _all_files(tmp_path) - before == {f.resolve() for f in staged.files}


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "src" / "link.bin"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as archive:
        link = zipfile.ZipInfo("notes/link.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("real.txt", REPORT)
    staging = tmp_path / "staging"
    staged = stage_uploads([("links.zip", path)], staging)
    assert [(r.path, r.reason) for r in staged.rejected] == [("links.zip:notes/link.txt", SYMLINK_MEMBER)]
    assert [f.name for f in staged.files] == ["real.txt"]
    assert not any(p.is_symlink() for p in staging.iterdir())


def test_unknown_suffix_and_nested_zip_inside_a_zip(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("hidden.txt", REPORT)
    archive = _zip(
        tmp_path / "src" / "a.bin",
        {"images/a.png": b"\x89PNG\r\n", "more/inner.zip": inner.getvalue(), "总结.txt": REPORT},
    )
    staged = stage_uploads([("archive.zip", archive)], tmp_path / "staging")
    refused = {r.path: r.reason for r in staged.rejected}
    assert set(refused) == {"archive.zip:images/a.png", "archive.zip:more/inner.zip"}
    assert SUPPORTED_LIST in refused["archive.zip:images/a.png"] and ".png" in refused["archive.zip:images/a.png"]
    assert refused["archive.zip:more/inner.zip"] == NESTED_ARCHIVE
    assert [f.name for f in staged.files] == ["总结.txt"]


@pytest.mark.parametrize(
    "data",
    [b"this is not a zip at all", b"PK\x03\x04" + b"\x00" * 40, "truncated"],
    ids=["text", "header-only", "truncated"],
)
def test_corrupt_zip_is_one_rejection(tmp_path: Path, data: bytes | str) -> None:
    path = tmp_path / "src" / "bad.bin"
    if data == "truncated":
        whole = _zip(path, {"a.txt": os.urandom(50_000), "b.txt": REPORT})
        data = whole.read_bytes()[: len(whole.read_bytes()) // 2]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    staged = stage_uploads([("坏的.zip", path)], tmp_path / "staging")
    assert staged.files == []
    [rejection] = staged.rejected
    assert rejection == Rejection(path="坏的.zip", reason=BROKEN_ARCHIVE)  # no zipfile English appended


def test_a_damaged_member_is_refused_and_the_others_still_staged(tmp_path: Path) -> None:
    path = _zip(tmp_path / "src" / "a.bin", {"bad.txt": b"union " * 20_000, "good.txt": REPORT})
    data = bytearray(path.read_bytes())
    start = data.index(b"bad.txt") + len("bad.txt") + 50  # inside bad.txt's compressed bytes
    data[start : start + 40] = os.urandom(40)
    path.write_bytes(bytes(data))
    staging = tmp_path / "staging"
    staged = stage_uploads([("a.zip", path)], staging)
    assert staged.rejected == [Rejection(path="a.zip:bad.txt", reason=BROKEN_MEMBER)]
    assert [f.name for f in staged.files] == ["good.txt"]
    assert sorted(p.name for p in staging.iterdir()) == ["good.txt"]  # no partial file left


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "src" / "a.bin", {"secret.txt": REPORT})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1
    path.write_bytes(bytes(data))
    staged = stage_uploads([("a.zip", path)], tmp_path / "staging")
    assert staged.files == [] and "加密" in staged.rejected[0].reason


# --- bombs and limits inside archives ----------------------------------------------------

ZEROS = 50 * 1000 * 1000


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """50 MB of zeros (about 50 KB deflated), then a harmless member after it."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.bin"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("zeros.txt", bytes(ZEROS))
        archive.writestr("after.txt", REPORT)
    assert path.stat().st_size < 200_000
    return path


def _staged_bytes(staging: Path) -> int:
    return sum(p.stat().st_size for p in staging.iterdir())


def test_zip_bomb_stops_at_the_ratio(tmp_path: Path, bomb: Path) -> None:
    staging = tmp_path / "staging"
    limits = UploadLimits(max_file_bytes=100 * MIB, max_total_bytes=500 * MIB, max_archive_ratio=100)
    staged = stage_uploads([("bomb.zip", bomb)], staging, limits)
    [rejection] = staged.rejected
    assert rejection.path == "bomb.zip:zeros.txt"
    assert "压缩比超过 100:1" in rejection.reason and "其余 1 个成员未处理" in rejection.reason
    assert staged.files == [] and _staged_bytes(staging) == 0


def _overlapping_zip(path: Path, data: bytes, entries: int) -> Path:
    """A non-recursive zip bomb: many central-directory entries that all point at one compressed member.

    Each entry alone is honest and inflates under the ratio limit; together they inflate far beyond
    it, which only a ratio measured against the archive's real size can see."""
    _zip(path, {"x.txt": data})
    raw = path.read_bytes()
    cd_start = raw.index(b"PK\x01\x02")
    eocd = raw.index(b"PK\x05\x06")
    entry = raw[cd_start:eocd]
    directory = entry * entries
    end = bytearray(raw[eocd:])
    struct.pack_into("<HHII", end, 8, entries, entries, len(directory), cd_start)
    path.write_bytes(raw[:cd_start] + directory + bytes(end))
    return path


def test_overlapping_zip_bomb_stops_at_the_archive_ratio(tmp_path: Path) -> None:
    member = os.urandom(30_000) + bytes(2 * MIB)  # about 65:1 on its own, under the limit
    path = _overlapping_zip(tmp_path / "src" / "overlap.bin", member, entries=200)
    with zipfile.ZipFile(path) as archive:
        info = archive.infolist()[0]
        assert len(archive.infolist()) == 200 and info.file_size < 100 * info.compress_size
    staging = tmp_path / "staging"
    limits = UploadLimits(max_file_bytes=100 * MIB, max_total_bytes=500 * MIB, max_archive_ratio=100)
    staged = stage_uploads([("overlap.zip", path)], staging, limits)
    # Python 3.12+ (and later 3.11 security releases) refuse overlapping entries when opening the archive
    reasons = " ".join(r.reason for r in staged.rejected)
    assert "压缩比超过 100:1" in reasons or "损坏" in reasons
    assert len(staged.rejected) == 1 and _staged_bytes(staging) < 100 * path.stat().st_size


def test_zip_bomb_stops_at_the_total_size(tmp_path: Path, bomb: Path) -> None:
    staging = tmp_path / "staging"
    limits = UploadLimits(max_file_bytes=100 * MIB, max_total_bytes=5 * MIB, max_archive_ratio=10**9)
    staged = stage_uploads([("bomb.zip", bomb), ("after.txt", _source(tmp_path / "src"))], staging, limits)
    assert staged.rejected[0].path == "bomb.zip:zeros.txt"
    assert "总量超过上限（5 MB）" in staged.rejected[0].reason and "已停止解压" in staged.rejected[0].reason
    assert [f.name for f in staged.files] == ["after.txt"]  # later, small uploads still fit
    assert _staged_bytes(staging) < 1 * MIB


def test_member_larger_than_its_header_says_is_not_written_in_full(tmp_path: Path) -> None:
    path = _zip(tmp_path / "src" / "a.bin", {"zeros.txt": bytes(ZEROS)})
    _patch_sizes(path, uncompressed=100)
    staging = tmp_path / "staging"
    staged = stage_uploads([("a.zip", path)], staging, UploadLimits(max_file_bytes=1 * MIB, max_archive_ratio=10**9))
    assert staged.files == [] and staged.rejected[0].path == "a.zip:zeros.txt"
    assert _staged_bytes(staging) == 0


def test_member_over_the_file_size_is_refused_and_the_rest_staged(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "src" / "a.bin", {"big.txt": os.urandom(2 * MIB), "small.txt": REPORT})
    staged = stage_uploads([("a.zip", archive)], tmp_path / "staging", UploadLimits(max_file_bytes=1 * MIB))
    [rejection] = staged.rejected
    assert rejection.path == "a.zip:big.txt" and "2 MB" in rejection.reason and "上限 1 MB" in rejection.reason
    assert [f.name for f in staged.files] == ["small.txt"]


def test_too_many_members(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "src" / "a.bin", {f"{i:02d}.txt": REPORT for i in range(10)})
    staged = stage_uploads([("many.zip", archive)], tmp_path / "staging", UploadLimits(max_files=3))
    assert [f.name for f in staged.files] == ["00.txt", "01.txt", "02.txt"]
    [rejection] = staged.rejected
    assert rejection.path == "many.zip"
    assert "文件数超过上限（3 个）" in rejection.reason and "其余 7 个成员未处理" in rejection.reason


def test_too_many_members_even_when_none_is_staged(tmp_path: Path) -> None:
    """An archive of 10 000 pictures gives a few reasons and one summary, not 10 000 lines."""
    archive = _zip(tmp_path / "src" / "a.bin", {f"{i}.png": b"x" for i in range(10)})
    staged = stage_uploads([("pics.zip", archive)], tmp_path / "staging", UploadLimits(max_files=3))
    assert staged.files == [] and len(staged.rejected) == 4
    assert staged.rejected[-1].path == "pics.zip" and "其余 7 个成员未处理" in staged.rejected[-1].reason


def test_bomb_behind_a_large_honest_member_stops_at_its_own_ratio(tmp_path: Path) -> None:
    """The archive as a whole is not dense (3 MB of noise), but its second member is."""
    path = _zip(tmp_path / "src" / "mixed.bin", {"noise.txt": os.urandom(3 * MIB), "zeros.txt": bytes(ZEROS)})
    staging = tmp_path / "staging"
    limits = UploadLimits(max_file_bytes=100 * MIB, max_total_bytes=500 * MIB, max_archive_ratio=100)
    staged = stage_uploads([("mixed.zip", path)], staging, limits)
    assert [f.name for f in staged.files] == ["noise.txt"]
    assert [r.path for r in staged.rejected] == ["mixed.zip:zeros.txt"] and "压缩比" in staged.rejected[0].reason
    assert _staged_bytes(staging) == 3 * MIB


class _EndlessMember(io.RawIOBase):
    """A member reader that yields more than the header promised (as a lenient zip reader would)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


@pytest.mark.parametrize(
    ("limits", "expected"),
    [
        (UploadLimits(max_file_bytes=1 * MIB, max_archive_ratio=10**9), "解压后超过上限 1 MB"),
        (UploadLimits(max_total_bytes=2 * MIB, max_archive_ratio=10**9), "总量超过上限（2 MB）"),
        (UploadLimits(), "压缩比超过 100:1"),
    ],
    ids=["file-size", "total", "ratio"],
)
def test_limits_count_the_bytes_written_not_the_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limits: UploadLimits, expected: str
) -> None:
    path = _zip(tmp_path / "src" / "a.bin", {"small.txt": REPORT})  # the header says a few bytes
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, info, *args, **kwargs: _EndlessMember(30 * MIB))
    staging = tmp_path / "staging"
    staged = stage_uploads([("a.zip", path)], staging, limits)
    assert staged.files == [] and expected in staged.rejected[0].reason
    assert _staged_bytes(staging) == 0


def test_kept_uploads_replace_a_file_of_the_same_name(tmp_path: Path) -> None:
    from assistant.web.uploads import keep_uploads

    uploads = tmp_path / "uploads"
    for version in ("一稿", "二稿"):
        staged = tmp_path / version
        staged.mkdir()
        (staged / "总结.txt").write_text(version, encoding="utf-8")
        kept = keep_uploads([staged / "总结.txt"], uploads)
    assert kept == [uploads / "总结.txt"] and kept[0].read_text(encoding="utf-8") == "二稿"
    assert sorted(p.name for p in uploads.iterdir()) == ["总结.txt"]


def test_an_uploaded_zip_and_a_docx_share_one_bomb_check(tmp_path: Path, bomb: Path) -> None:
    """The ratio check that stops an uploaded zip is the one every .docx passes before python-docx."""
    limits = UploadLimits(max_file_bytes=100 * MIB, max_total_bytes=500 * MIB, max_archive_ratio=100)
    staged = stage_uploads([("bomb.zip", bomb)], tmp_path / "staging", limits)
    with pytest.raises(ZipBomb) as caught:
        check_zip(bomb.read_bytes(), ReadLimits(max_bytes=MIB, max_inflated=500 * MIB, max_ratio=100))
    assert caught.value.reason == too_dense(100)
    assert staged.rejected[0].reason.startswith(caught.value.reason + "，")


def test_temp_paths_that_are_not_regular_files_are_refused_at_once(tmp_path: Path) -> None:
    fifo, link = tmp_path / "fifo", tmp_path / "link"
    os.mkfifo(fifo)
    link.symlink_to("/dev/zero")
    staged = stage_uploads([("a.txt", fifo), ("b.txt", link), ("c.zip", fifo)], tmp_path / "staging")
    assert staged.rejected == [
        Rejection(path="a.txt", reason=NOT_REGULAR),
        Rejection(path="b.txt", reason=SYMLINK),
        Rejection(path="c.zip", reason=NOT_REGULAR),
    ]
    assert staged.files == []


def test_upload_that_grows_while_it_is_read_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _source(tmp_path / "src")
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        with source.open("ab") as writer:
            writer.write(b"x" * 100)
        return info

    monkeypatch.setattr("ingest.safe_read.os.fstat", fstat_then_grow)
    staged = stage_uploads([("总结.txt", source)], tmp_path / "staging")
    assert staged.files == [] and "读取过程中被改动" in staged.rejected[0].reason
