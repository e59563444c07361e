"""Safe file names from names a user or an archive supplied: one rule for uploads and downloads."""

from __future__ import annotations

import re
import unicodedata

# Windows cannot create these names, and a staging folder may be copied to Windows.
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_WINDOWS_ILLEGAL = re.compile(r'[<>:"/\\|?*]')
_DRIVE = re.compile(r"^[A-Za-z]:")
_MAX_SUFFIX_CHARS = 16
_MAX_NAME_BYTES = 200  # file systems allow 255 bytes; a Chinese character takes 3 in UTF-8
UNNAMED = "未命名"


def safe_name(name: str) -> str:
    """A base name that is safe to create in a folder: no directories, no control or format
    characters, nothing Windows forbids, no leading dot (ingest skips hidden files), at most
    200 bytes. Readable Chinese names stay as they are: "2023年 工会总结（定稿）.docx" is unchanged.
    A name that cleans away to nothing becomes "未命名" (keeping its suffix, if it had one)."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    base = _DRIVE.sub("", name.replace("\\", "/")).rsplit("/", 1)[-1]
    base = _WINDOWS_ILLEGAL.sub("_", base).lstrip(" ").rstrip(" .")  # Windows drops trailing dots and spaces
    stem, dot, suffix = base.rpartition(".")
    if not dot or len(suffix) > _MAX_SUFFIX_CHARS:  # "a.<300 characters>" has no real suffix
        stem, suffix = base, ""
    stem, suffix = stem.strip(" ."), suffix.strip(" ")
    stem = stem or UNNAMED
    if _WINDOWS_RESERVED.match(stem):
        stem = "_" + stem
    suffix = f".{suffix}" if suffix else ""
    budget = _MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    return stem + suffix
