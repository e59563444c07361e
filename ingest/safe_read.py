"""Reading a user's file, or a zip inside one, without trusting anything about it.

A folder handed to ingest may hold a FIFO (opening it waits forever), a link to /dev/zero (reading
it never ends), a file that is still being written, or a 4 MB .docx whose XML inflates to 4 GB.
Every loader reads through here: the file is opened without following a link and without waiting,
the opened inode is checked (regular file, size) before a byte is read, and a zip is inflated
under a cap on its total and on its compression ratio before any parser sees it.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ingest.models import LoadError

MIB = 1024 * 1024
_CHUNK = 64 * 1024
_RATIO_FLOOR = MIB
"""Below this much output a ratio is not judged: a small file of blank lines compresses far better
than 100:1 and is harmless; a bomb must pass this point to do any harm."""

MISSING = "文件不存在"
NOT_REGULAR = "不是普通文件（文件夹、设备、管道或套接字），不读取"
SYMLINK = "是符号链接，不跟随"
CHANGED_WHILE_READING = "文件在读取过程中被改动，请等它写完后再导入"

_OS_REASONS = {
    errno.ENOENT: MISSING,
    errno.EACCES: "没有读取权限",
    errno.EPERM: "没有读取权限",
    errno.ELOOP: SYMLINK,
    errno.ENAMETOOLONG: "文件名或路径过长",
    errno.EIO: "磁盘读取出错",
    errno.ENXIO: NOT_REGULAR,  # a socket, or a device with nothing behind it
}


@dataclass(frozen=True)
class ReadLimits:
    """How much one file may bring in: its own bytes, and what its zip members or PDF pages expand to."""

    max_bytes: int
    max_inflated: int = 200 * MIB  # all members of one zip (a .docx), as actually inflated
    max_ratio: float = 100  # inflated bytes per compressed byte, per member and per archive
    max_members: int = 2000
    max_pages: int = 2000  # pages of one PDF
    max_text_chars: int = 10_000_000  # text extracted from one PDF
    max_xml_elements: int = 1_500_000  # elements in all XML members of one zip (a .docx) together


def human_size(size: int) -> str:
    for unit, scale in (("MB", MIB), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} 字节"


def too_large(size: int, limit: int) -> str:
    return f"文件过大（{human_size(size)}，上限 {human_size(limit)}）"


def os_reason(error: OSError) -> str:
    """An OS error in Chinese; the system's own English text never reaches the user."""
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    return f"无法读取文件（系统错误码 {error.errno}）"


@contextmanager
def open_regular_file(path: Path, max_bytes: int) -> Iterator[tuple[BinaryIO, int]]:
    """An open handle on a regular file of at most max_bytes, and its size, checked on the inode
    actually opened.

    O_NOFOLLOW refuses a link in the last component, O_NONBLOCK keeps a FIFO from blocking the open,
    and fstat looks at what was opened rather than at a name that may have changed since it was listed.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise LoadError(os_reason(error)) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(NOT_REGULAR)
        if info.st_size > max_bytes:
            raise LoadError(too_large(info.st_size, max_bytes))
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle, info.st_size


def read_regular_file(path: Path, limits: ReadLimits) -> bytes:
    """The whole file, never more than limits.max_bytes of it; a file that changes size meanwhile is refused."""
    with open_regular_file(path, limits.max_bytes) as (handle, expected):
        try:
            data = handle.read(limits.max_bytes + 1)
        except OSError as error:
            raise LoadError(os_reason(error)) from error
    if len(data) != expected:
        raise LoadError(CHANGED_WHILE_READING)
    return data


# --- zips --------------------------------------------------------------------------------


class ZipBomb(LoadError):
    """A zip that inflates far beyond its size: stop reading it at once."""


def too_dense(max_ratio: float) -> str:
    return f"压缩比超过 {max_ratio:g}:1，疑似压缩炸弹"


class Inflation:
    """Bytes inflated from one archive so far, judged against the archive's real size.

    A member's header may lie about its compressed size and several entries may share one compressed
    stream; the size of the archive itself cannot lie, so both the member's and the archive's ratio
    are checked as the bytes come out.
    """

    def __init__(self, max_ratio: float, archive_size: int) -> None:
        self.max_ratio = max_ratio
        self.archive_size = max(archive_size, 1)
        self.inflated = 0

    def member_chunks(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member's bytes in chunks; raises ZipBomb before yielding a chunk that breaks a ratio."""
        written = 0
        with archive.open(info) as source:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                self.inflated += len(chunk)
                self._check(written, info.compress_size)
                self._check(self.inflated, self.archive_size)
                yield chunk

    def _check(self, inflated: int, compressed: int) -> None:
        if inflated > _RATIO_FLOOR and inflated > self.max_ratio * max(compressed, 1):
            raise ZipBomb(too_dense(self.max_ratio))


def check_zip(data: bytes, limits: ReadLimits) -> None:
    """Refuse a zip (a .docx is one) whose members are too many or inflate too far, before a parser
    opens it: parsers such as python-docx inflate whole members into memory with no cap.

    The declared sizes are checked first (cheap), then every member is really inflated and counted,
    because a header may lie. Corrupt archives raise zipfile's or zlib's own errors for the caller.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > limits.max_members:
            raise LoadError(f"压缩包内文件过多（{len(members)} 个，上限 {limits.max_members} 个）")
        inflates_too_far = f"解压后超过上限 {human_size(limits.max_inflated)}，疑似压缩炸弹"
        if sum(info.file_size for info in members) > limits.max_inflated:
            raise ZipBomb(inflates_too_far)
        inflation = Inflation(limits.max_ratio, len(data))
        elements = _ElementCount(limits.max_xml_elements)
        for info in members:
            counting = elements.parser() if info.filename.lower().endswith((".xml", ".rels")) else None
            for chunk in inflation.member_chunks(archive, info):
                if inflation.inflated > limits.max_inflated:
                    raise ZipBomb(inflates_too_far)
                if counting is not None:
                    counting = elements.feed(counting, chunk)


def too_many_elements(max_elements: int) -> str:
    return f"结构过于庞大（超过 {max_elements / 10_000:g} 万个 XML 元素），解析会占用过多内存"


class _ElementCount:
    """Elements of a zip's XML members, counted as the bytes are inflated and thrown away at once.

    An XML tree costs a parser about 100 bytes an element, and python-docx about 300 bytes an element of
    document.xml in all (measured: 20 MB of one-character paragraphs, 1.66 million elements, 450 MB peak), so
    a legal .docx of millions of tiny paragraphs within the inflation cap would still take gigabytes: the
    count is capped (1.5 million elements keeps python-docx under about 500 MB; a long report has a few
    hundred thousand). A member that is not well-formed XML is left to the parser that needs it."""

    def __init__(self, max_elements: int) -> None:
        self.max_elements = max_elements
        self.count = 0

    @staticmethod
    def parser() -> etree.XMLPullParser:
        return etree.XMLPullParser(events=("end",), resolve_entities=False, no_network=True, load_dtd=False)

    def feed(self, parser: etree.XMLPullParser, chunk: bytes) -> etree.XMLPullParser | None:
        """The parser to feed the next chunk to, or None once the member turned out not to be XML."""
        try:
            parser.feed(chunk)
            for _, element in parser.read_events():
                self.count += 1
                element.clear()
                while element.getprevious() is not None:  # done siblings would pile up under the root
                    del element.getparent()[0]
        except etree.XMLSyntaxError:
            return None
        if self.count > self.max_elements:
            raise LoadError(too_many_elements(self.max_elements))
        return parser
