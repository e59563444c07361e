"""Uploaded files -> a staging folder of safe files that ingest can read, and a reason for each refusal.

The web UI hands over (original name, temp path) pairs. Nothing about an upload is trusted: the
name comes from the user's machine (or from inside a zip made anywhere) and may hold folders,
"..", a drive letter, control characters or nothing at all; a zip may be corrupt, hold links,
nested archives, thousands of members or a few kilobytes that inflate to gigabytes. So:

- Only a cleaned base name is kept, and every file is created with an exclusive open directly
  inside the resolved staging folder: nothing is ever written elsewhere, and nothing already
  there is overwritten or followed if it is a link (a taken name gets " (2)", " (3)"…).
- A zip is read member by member (never `extractall`) and flattened: its folders are dropped,
  because ingest reads each file on its own and folder names carry nothing it uses; two members
  with the same name in different folders are told apart by the suffix. A member whose path
  climbs out with ".." is refused (no archive tool writes one by accident); an absolute path or
  a drive letter is only flattened (old tools write them). Links, nested zips, encrypted members
  and unsupported types are refused with the member's name (``archive.zip:images/a.png``). Files
  that operating systems leave in archives (``__MACOSX/``, ``.DS_Store``, ``Thumbs.db``, ``~$`` lock
  files, hidden files) are skipped without a message, as ingest does in folders.
- Limits hold while bytes are written, not only by what a zip header claims: each file's size,
  the number of files (and of members read from one archive), the total bytes of the whole
  upload, and the inflation ratio of every member and archive, the latter measured against the
  archive's real size on disk, so a member whose header lies about its compressed size still
  stops. A breach removes the partial file before anything else.

Reasons are in Chinese and name the limit, the size or the supported types, so a user can act.
"""

from __future__ import annotations

import re
import shutil
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

# Helpers of the loader, reused so an upload is refused in the same words ingest uses, and the
# one safe reader and zip-inflation check that every .docx also goes through.
from assistant.filenames import safe_name
from ingest.loaders import check_suffix, is_junk
from ingest.models import LoadError, Rejection
from ingest.safe_read import (
    MIB,
    Inflation,
    ReadLimits,
    ZipBomb,
    human_size,
    open_regular_file,
    read_regular_file,
    too_large,
)

ARCHIVE_SUFFIX = ".zip"
_MAX_SAME_NAME = 10_000
_UTF8_NAME_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1

BROKEN_ARCHIVE = "压缩包已损坏或不是 zip 文件"
BROKEN_MEMBER = "压缩包成员无法解压（数据损坏、不完整或压缩方式不支持）"
JUNK_FILE = "系统或 Office 生成的临时文件，不导入"
ZIP_ALSO = "；也可上传 zip 压缩包"
NESTED_ARCHIVE = "压缩包里的压缩包不会展开，请先解压，再单独上传"
SYMLINK_MEMBER = "压缩包里的符号链接不导入"
TRAVERSAL_MEMBER = "路径含“..”，试图写到压缩包之外，已拒绝"
ENCRYPTED_MEMBER = "压缩包成员已加密，无法解压"
STOPPED = "已停止解压这个压缩包"


@dataclass(frozen=True)
class UploadLimits:
    """What one upload may bring in. The defaults match ingest's 20 MB file limit and keep one
    upload, even a hostile one, to a bounded amount of disk and time."""

    max_file_bytes: int = 20 * MIB  # one file, or one member of an archive, once written
    max_files: int = 500  # files staged from the whole upload, archives' members included
    max_total_bytes: int = 200 * MIB  # bytes staged from the whole upload; also caps an archive's own size
    max_archive_ratio: float = 100  # written bytes per compressed byte, per member and per archive


@dataclass
class StagedUploads:
    """The files ingest should read (all inside the staging folder) and what was refused, by the user's name."""

    files: list[Path] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


class _Refused(Exception):
    """This file is not staged; the upload goes on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _StopArchive(_Refused):
    """This member is not staged and the rest of its archive is not read (a bomb or an exhausted budget)."""


# --- names -------------------------------------------------------------------------------


def displayable(name: str) -> str:
    """The user's name as given, with control characters shown as escapes so a message stays one clean line."""
    return "".join(char if unicodedata.category(char)[0] != "C" else ascii(char)[1:-1] for char in name)


def _climbs_out(member_name: str) -> bool:
    """A path component of two or more dots (Windows ignores trailing dots and spaces: ".. " is "..")."""
    return any(len(part.strip(" ")) >= 2 and not part.strip(" .") for part in member_name.replace("\\", "/").split("/"))


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it. Zips made on Chinese Windows store GBK names without
    the UTF-8 flag, which zipfile reads as cp437 mojibake ("╣ñ╗с╫▄╜с.txt"); read them back as Chinese."""
    if info.flag_bits & _UTF8_NAME_FLAG:
        return info.filename
    raw = info.filename.encode("cp437")
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return info.filename


def _is_os_leftover(member_name: str) -> bool:
    """__MACOSX/, .DS_Store, Thumbs.db, ~$ lock files, hidden files: what ingest skips in folders."""
    parts = member_name.replace("\\", "/").split("/")
    return any(is_junk(part) for part in parts if part.strip(" ."))  # "..": a climb, refused later, not hidden


def _is_lock_or_system_file(original: str) -> bool:
    """Office lock files (~$报告.docx) and Thumbs.db uploaded by hand; a leading dot alone is just cleaned away."""
    base = original.replace("\\", "/").rsplit("/", 1)[-1]
    return is_junk(base) and not base.startswith(".")


def _suffix_reason(name: str) -> str | None:
    try:
        check_suffix(Path(name).suffix.lower())
    except LoadError as error:
        return error.reason
    return None


# --- staging -----------------------------------------------------------------------------


def stage_uploads(
    uploads: list[tuple[str, Path]], staging_dir: Path, limits: UploadLimits | None = None
) -> StagedUploads:
    """Copy what can be ingested into `staging_dir` (created if needed); refuse the rest with a reason.

    Files are staged in the order given. One refused file or member never stops the others, except
    that an archive stops being read at a bomb, or when the upload's file count or bytes are spent.
    """
    stager = _Stager(staging_dir, limits or UploadLimits())
    for original, temp_path in uploads:
        if safe_name(original).lower().endswith(ARCHIVE_SUFFIX):
            stager.add_archive(original, Path(temp_path))
        else:
            stager.add_file(original, Path(temp_path))
    return stager.result


class _Stager:
    def __init__(self, staging_dir: Path, limits: UploadLimits) -> None:
        staging_dir.mkdir(parents=True, exist_ok=True)
        self.folder = staging_dir.resolve()
        self.limits = limits
        self.result = StagedUploads()
        self.total = 0  # bytes staged so far

    # shared limits ----------------------------------------------------------------------

    def _too_large(self, size: int | None) -> _Refused:
        """The size when a member's header gives it; while inflating, only that the limit was passed."""
        if size is not None:
            return _Refused(too_large(size, self.limits.max_file_bytes))
        return _Refused(f"文件过大（解压后超过上限 {human_size(self.limits.max_file_bytes)}）")

    def _over_total(self, adding: int) -> str | None:
        if self.total + adding > self.limits.max_total_bytes:
            return f"本次上传总量超过上限（{human_size(self.limits.max_total_bytes)}）"
        return None

    def _full(self) -> str | None:
        if len(self.result.files) >= self.limits.max_files:
            return f"文件数超过上限（{self.limits.max_files} 个）"
        return None

    # one file as uploaded ---------------------------------------------------------------

    def add_file(self, original: str, temp_path: Path) -> None:
        name = safe_name(original)
        try:
            if _is_lock_or_system_file(original):
                raise _Refused(JUNK_FILE)
            reason = _suffix_reason(name)
            if reason:
                raise _Refused(reason + ZIP_ALSO)
            data = read_regular_file(temp_path, ReadLimits(self.limits.max_file_bytes))  # size checked before reading
            reason = self._full() or self._over_total(len(data))
            if reason:
                raise _Refused(reason + "，未导入")
            self._write(name, [data], lambda written: None)
        except (_Refused, LoadError) as refused:
            self._reject(displayable(original), refused.reason)

    # an archive -------------------------------------------------------------------------

    def add_archive(self, original: str, temp_path: Path) -> None:
        shown = displayable(original)
        try:
            with open_regular_file(temp_path, self.limits.max_total_bytes) as (handle, size):
                with zipfile.ZipFile(handle) as archive:
                    self._extract(shown, archive, Inflation(self.limits.max_archive_ratio, archive_size=size))
        except (_Refused, LoadError) as refused:
            self._reject(shown, refused.reason)
        except Exception:  # a parser of untrusted bytes raises anything; each means one bad archive
            self._reject(shown, BROKEN_ARCHIVE)

    def _extract(self, shown: str, archive: zipfile.ZipFile, inflation: Inflation) -> None:
        members = [info for info in archive.infolist() if not info.is_dir()]
        for position, info in enumerate(members):
            member_name = _member_name(info)
            if _is_os_leftover(member_name):
                continue
            label = f"{shown}:{displayable(member_name)}"
            rest = len(members) - position - 1
            if position >= self.limits.max_files or self._full():
                # one message for the rest, not one per member of a 100 000-member archive
                reason = self._full() or f"压缩包成员超过上限（{self.limits.max_files} 个）"
                self._reject(shown, f"{reason}，{STOPPED}（其余 {rest + 1} 个成员未处理）")
                return
            try:
                self._extract_member(archive, info, member_name, inflation)
            except _StopArchive as stop:
                self._reject(label, stop.reason + (f"（其余 {rest} 个成员未处理）" if rest else ""))
                return
            except _Refused as refused:
                self._reject(label, refused.reason)
            except Exception:  # bad CRC, broken deflate data, unsupported method, truncated file
                self._reject(label, BROKEN_MEMBER)

    def _extract_member(
        self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, member_name: str, inflation: Inflation
    ) -> None:
        limits = self.limits
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _Refused(SYMLINK_MEMBER)
        if _climbs_out(member_name):
            raise _Refused(TRAVERSAL_MEMBER)
        name = safe_name(member_name)
        if name.lower().endswith(ARCHIVE_SUFFIX):
            raise _Refused(NESTED_ARCHIVE)
        reason = _suffix_reason(name)
        if reason:
            raise _Refused(reason)
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise _Refused(ENCRYPTED_MEMBER)
        if info.file_size > limits.max_file_bytes:  # the header's word; checked again while writing
            raise self._too_large(info.file_size)
        reason = self._over_total(info.file_size)
        if reason:
            raise _StopArchive(f"{reason}，{STOPPED}")

        def check(written: int) -> None:
            if written > limits.max_file_bytes:
                raise self._too_large(None)
            over = self._over_total(written)
            if over:
                raise _StopArchive(f"{over}，{STOPPED}")

        try:  # the ratio of the member and of the whole archive is checked as the bytes come out
            self._write(name, inflation.member_chunks(archive, info), check)
        except ZipBomb as bomb:
            raise _StopArchive(f"{bomb.reason}，{STOPPED}") from bomb

    # writing ----------------------------------------------------------------------------

    def _write(self, name: str, chunks: Iterable[bytes], check: Callable[[int], None]) -> None:
        """Write `chunks` into a new file in the staging folder, calling `check` with the bytes
        written before each chunk goes to disk; whatever it (or reading) raises, the partial file
        is removed."""
        target, handle = self._create(name)
        written = 0
        try:
            with handle:
                for chunk in chunks:
                    written += len(chunk)
                    check(written)
                    handle.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        self.total += written
        self.result.files.append(target)

    def _create(self, name: str) -> tuple[Path, BinaryIO]:
        """A new file directly inside the staging folder: "总结.txt", else "总结 (2).txt", "总结 (3).txt"…

        The exclusive open never overwrites and never follows a link already there."""
        suffix = Path(name).suffix
        stem = name[: len(name) - len(suffix)]
        for attempt in range(1, _MAX_SAME_NAME + 1):
            candidate = self.folder / (name if attempt == 1 else f"{stem} ({attempt}){suffix}")
            if candidate.parent != self.folder:  # cannot happen after safe_name; the last guard
                raise _Refused("文件名不安全")
            try:
                return candidate, candidate.open("xb")
            except FileExistsError:
                continue
        raise _Refused(f"同名文件超过 {_MAX_SAME_NAME} 个")

    def _reject(self, path: str, reason: str) -> None:
        self.result.rejected.append(Rejection(path=path, reason=reason))


def keep_uploads(staged: list[Path], uploads_dir: Path) -> list[Path]:
    """Move staged files into the data dir's uploads folder under their own names.

    A file uploaded again under the same name replaces the earlier one, so ingest sees the same
    source path and replaces its passages instead of recording a copy.
    """
    uploads_dir.mkdir(parents=True, exist_ok=True)
    kept = []
    for path in staged:
        target = uploads_dir / path.name
        shutil.move(str(path), target)
        kept.append(target)
    return kept
