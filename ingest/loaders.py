"""Files -> text: the first step of ingest.

Union staff hand us whatever their offices produce: UTF-8 or GB18030 or Big5 text, saved
web pages full of site chrome, Word files and PDFs. This module turns each file into plain
text with paragraphs on their own lines, or into a reason in Chinese that a person can act
on. It never cleans: boilerplate lines, pinyin and the like are ingest.clean's job.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from pathlib import Path

import docx
import lxml.html
import pypdf
import trafilatura
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from pypdf.errors import DependencyError

from ingest.models import LoadedFile, Rejection

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

EMPTY_FILE = "空文件"
BINARY_FILE = "不是文本文件（含二进制内容）"
UNKNOWN_ENCODING = "无法识别文字编码"
LEGACY_WORD = "旧版 Word .doc 不支持，请另存为 .docx"
PDF_ENCRYPTED = "PDF 已加密"
PDF_WITHOUT_TEXT = "PDF 没有文字层（可能是扫描件）"

# What to say when a file parses but yields no text; plain text files say EMPTY_FILE.
_NO_TEXT_REASONS = {
    "html": "网页中没有找到正文",
    "docx": "Word 文件中没有文字",
    "pdf": PDF_WITHOUT_TEXT,
}

# UTF-32 before UTF-16: the UTF-32 little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Decoders for Chinese text without a BOM, mainland first so that it wins a tie.
# Both are supersets: gb18030 of GB2312 and GBK, cp950 of Big5 as Windows writes it.
_CHINESE_CODECS = ("gb18030", "cp950")
# Page declarations we believe, mapped to the superset that reads what sites really write.
# Anything else declared on a Chinese page (often iso-8859-1 over GBK bytes) is re-detected.
_DECLARED_CODECS = {
    "utf-8": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "big5hkscs",
}
# A correct decoding of Chinese prose is almost all common characters; a wrong one is not.
_MIN_COMMON_SHARE = 0.6
_SCORED_CHARACTERS = 20_000
# Where the common ideographs sit: GB2312's (simplified), Big5 level 1 常用字 (traditional).
_GB2312_IDEOGRAPHS = (b"\xb0\xa1", b"\xf7\xfe")
_BIG5_LEVEL_ONE = (b"\xa4\x40", b"\xc6\x7e")
# Blocks Chinese prose uses besides ideographs: Latin-1 and pinyin letters, general
# punctuation, number forms (Ⅰ), circled numbers (①), CJK punctuation, full-width forms.
_CHINESE_TEXT_BLOCKS = (
    (0x00A0, 0x024F),
    (0x2000, 0x206F),
    (0x2150, 0x218F),
    (0x2460, 0x24FF),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
)

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_BINARY_SAMPLE = 65_536

_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_WHITESPACE = re.compile(r"\s+")
_NON_CONTENT_TAGS = (
    "head", "script", "style", "noscript", "template", "iframe", "svg",
    "nav", "header", "footer", "aside", "form",
)  # fmt: skip
_BLOCK_TAGS = (
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "pre",
    "figure", "figcaption", "address",
)  # fmt: skip
_CELL_TAGS = ("td", "th")

# A Word 97-2003 file (OLE compound document), whatever its name says.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Files that operating systems and Office leave in folders; nobody means to ingest them.
_OS_JUNK_NAMES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "__macosx"})
_OS_JUNK_PREFIXES = (".", "~$")


class LoadError(Exception):
    """A file that cannot be turned into text, with the reason in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextmanager
def _parse_errors_as(reason: str) -> Iterator[None]:
    """Parsers of untrusted files raise all kinds of errors; each one means one bad file."""
    try:
        yield
    except LoadError:
        raise
    except Exception as error:
        raise LoadError(f"{reason}：{error}") from error


# --- encodings ---------------------------------------------------------------------------


def decode_text(data: bytes, declared_charset: str | None = None) -> tuple[str, str]:
    """Bytes -> (text with \\n line ends, codec name), so that any office's files read right.

    A BOM decides first, then strict UTF-8, then a charset the file declares (HTML), then
    GB18030 against Big5 by which reading gives common Chinese characters. Raises LoadError
    for binary content, undecodable bytes and text that is only whitespace.
    """
    bom_codec = _bom_codec(data)
    if bom_codec is not None:
        text, encoding = _decode_strictly(data, bom_codec), bom_codec
    elif b"\x00" in data:
        raise LoadError(BINARY_FILE)
    else:
        text, encoding = _decode_without_bom(data, declared_charset)
    if text is None:
        raise LoadError(UNKNOWN_ENCODING)
    if _looks_binary(text):
        raise LoadError(BINARY_FILE)
    if not text.strip():
        raise LoadError(EMPTY_FILE)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _bom_codec(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _decode_strictly(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_without_bom(data: bytes, declared_charset: str | None) -> tuple[str | None, str]:
    """Valid UTF-8 first, then the declared charset if its reading is Chinese, then detection.

    Valid UTF-8 is hardly ever anything else, while saved pages often declare a charset they
    are not in (gbk over Big5 bytes reads cleanly, as nonsense).
    """
    text = _decode_strictly(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared_codec = _DECLARED_CODECS.get(_codec_name(declared_charset or ""))
    if declared_codec is not None:
        text = _decode_strictly(data, declared_codec)
        if text is not None and _common_share(text) >= _MIN_COMMON_SHARE:
            return text, declared_codec
    return _decode_chinese(data)


def _codec_name(charset: str) -> str:
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return ""


def _decode_chinese(data: bytes) -> tuple[str | None, str]:
    """GB18030 and Big5 both accept many of the same bytes; keep the reading that is Chinese.

    Detectors such as charset_normalizer are not asked: on short GB texts they answer cp949,
    and on a few bytes even UTF-16. Bytes that neither reading makes Chinese are refused
    rather than ingested as mojibake.
    """
    scored: list[tuple[float, str, str | None]] = []
    for codec in _CHINESE_CODECS:
        text = _decode_strictly(data, codec)
        if text is not None:
            scored.append((_common_share(text), codec, text))
    # On a tie max() keeps the first, GB18030.
    share, codec, best = max(scored, key=lambda item: item[0], default=(0.0, "", None))
    return (best, codec) if share >= _MIN_COMMON_SHARE else (None, "")


def _common_share(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese ones (or their punctuation)."""
    non_ascii = (char for char in text if ord(char) > 0x7F and not char.isspace())
    sample = list(islice(non_ascii, _SCORED_CHARACTERS))
    if not sample:
        return 0.0
    return sum(map(_is_common_chinese, sample)) / len(sample)


@lru_cache(maxsize=None)
def _is_common_chinese(char: str) -> bool:
    """A common ideograph, or a symbol or letter block that Chinese text really uses.

    Common ideographs are GB2312's (simplified) and Big5 level 1's (traditional). A wrong
    reading lands on rare ideographs, kana, Greek, box drawing, CJK compatibility units or
    private-use code points, none of which pass.
    """
    code = ord(char)
    if 0x4E00 <= code <= 0x9FFF:
        return _encodes_within(char, "gb2312", _GB2312_IDEOGRAPHS) or _encodes_within(
            char, "big5", _BIG5_LEVEL_ONE
        )
    return any(low <= code <= high for low, high in _CHINESE_TEXT_BLOCKS)


def _encodes_within(char: str, codec: str, byte_range: tuple[bytes, bytes]) -> bool:
    try:
        return byte_range[0] <= char.encode(codec) <= byte_range[1]
    except UnicodeEncodeError:
        return False


def _looks_binary(text: str) -> bool:
    sample = text[:_BINARY_SAMPLE]
    controls = len(_CONTROL_CHARACTERS.findall(sample))
    return "\x00" in sample or controls > _MAX_CONTROL_SHARE * len(sample)


# --- HTML --------------------------------------------------------------------------------


def _html_text(data: bytes) -> tuple[str, str, str]:
    """Main text only: a saved page's menus, headers and footers are not the summary."""
    html, encoding = decode_text(data, _declared_charset(data))
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares one
    tree = _parse_html(html)
    if tree is None:
        return "", encoding, ""
    with _parse_errors_as("网页无法解析"):
        title = _page_title(tree)  # before the fallback strips <head>
        text = trafilatura.extract(html, include_tables=True, include_comments=False)
        return text or _fallback_main_text(tree), encoding, title


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _parse_html(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except etree.ParserError:  # a page with no elements at all, e.g. only a comment
        return None


def _page_title(tree: lxml.html.HtmlElement) -> str:
    for element in (tree.find(".//title"), tree.find(".//h1")):
        if element is not None:
            title = _HTML_WHITESPACE.sub(" ", element.text_content()).strip()
            if title:
                return title
    return ""


def _fallback_main_text(tree: lxml.html.HtmlElement) -> str:
    """Visible text without chrome, one block per line, for pages trafilatura gives up on."""
    etree.strip_elements(tree, etree.Comment, *_NON_CONTENT_TAGS, with_tail=False)
    for element in tree.iter():
        element.text = _HTML_WHITESPACE.sub(" ", element.text or "")
        element.tail = _HTML_WHITESPACE.sub(" ", element.tail or "")
    for element in tree.iter(*_BLOCK_TAGS):
        element.text = "\n" + element.text
        element.tail = "\n" + element.tail
    for element in tree.iter(*_CELL_TAGS):
        element.tail = "\t" + element.tail
    lines = (line.strip() for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


# --- Word and PDF ------------------------------------------------------------------------


def _docx_text(data: bytes) -> tuple[str, None, str]:
    """Paragraphs and tables in document order, so a table stays under its heading."""
    if data.startswith(_OLE_SIGNATURE):
        raise LoadError(LEGACY_WORD)
    with _parse_errors_as("Word 文件已损坏或不是 .docx"):
        document = docx.Document(io.BytesIO(data))
        blocks = [_docx_block_text(block) for block in document.iter_inner_content()]
    return "\n".join(blocks), None, ""


def _docx_block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(_table_row_texts(block))


def _table_row_texts(table: Table) -> Iterator[str]:
    """Cells joined by tabs; a merged cell, which python-docx repeats per grid column, once."""
    for row in table.rows:
        cells = row.cells  # built anew on every access: keep one copy to compare within
        distinct = [cell for i, cell in enumerate(cells) if i == 0 or cell is not cells[i - 1]]
        yield "\t".join(cell.text.replace("\n", " ") for cell in distinct)


def _pdf_text(data: bytes) -> tuple[str, None, str]:
    """The text layer, pages joined by newlines; scans have none and are refused later."""
    with _parse_errors_as("PDF 文件已损坏"):
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _unlock_pdf(reader)
        pages = [page.extract_text().rstrip("\n") for page in reader.pages]
    return "\n".join(pages), None, ""


def _unlock_pdf(reader: pypdf.PdfReader) -> None:
    """Many official PDFs are encrypted only to stop printing; those open with no password."""
    try:
        opened = reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
    except DependencyError:  # AES needs the optional cryptography package
        opened = False
    if not opened:
        raise LoadError(PDF_ENCRYPTED)


def _plain_text(data: bytes) -> tuple[str, str, str]:
    return (*decode_text(data), "")


_EXTRACTORS: dict[str, Callable[[bytes], tuple[str, str | None, str]]] = {
    ".txt": _plain_text,
    ".md": _plain_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".docx": _docx_text,
    ".pdf": _pdf_text,
}


# --- files and folders -------------------------------------------------------------------


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedFile:
    """One file -> its text, or LoadError with the reason; oversized files are never read."""
    suffix = path.suffix.lower()
    with _os_errors_as_reasons():
        size = path.stat().st_size
        check_suffix(suffix)
        if size > max_bytes:
            raise LoadError(f"文件过大（{human_size(size)}，上限 {human_size(max_bytes)}）")
        if size == 0:
            raise LoadError(EMPTY_FILE)
        data = path.read_bytes()
    kind = "html" if suffix == ".htm" else suffix.lstrip(".")
    text, encoding, page_title = _EXTRACTORS[suffix](data)
    if not text.strip():
        raise LoadError(_NO_TEXT_REASONS.get(kind, EMPTY_FILE))
    return LoadedFile(
        source=str(path),
        text=text,
        kind=kind,
        encoding=encoding,
        raw_sha256=hashlib.sha256(data).hexdigest(),
        page_title=page_title,
    )


@contextmanager
def _os_errors_as_reasons() -> Iterator[None]:
    try:
        yield
    except FileNotFoundError as error:
        raise LoadError("文件不存在") from error
    except PermissionError as error:
        raise LoadError("没有读取权限") from error
    except OSError as error:
        raise LoadError(f"无法读取文件：{error.strerror or error}") from error


def check_suffix(suffix: str) -> None:
    if suffix == ".doc":
        raise LoadError(LEGACY_WORD)
    if suffix not in SUPPORTED_SUFFIXES:
        supported = "、".join(s.lstrip(".") for s in SUPPORTED_SUFFIXES)
        named = f" {suffix}" if suffix else "（无扩展名）"
        raise LoadError(f"不支持的文件类型{named}（支持 {supported}）")


def human_size(size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} 字节"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, folders walked in sorted order, so that runs are repeatable.

    Inside folders, hidden entries and OS or Office leftovers (Thumbs.db, ~$ lock files) are
    skipped, and linked folders are not followed (a link loop would never end).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.iterdir()):
        if is_junk(child.name) or (child.is_symlink() and child.is_dir()):
            continue
        if child.is_dir():
            yield from _walk(child)
        else:
            yield child


def is_junk(name: str) -> bool:
    return name.startswith(_OS_JUNK_PREFIXES) or name.lower() in _OS_JUNK_NAMES


def load_paths(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[LoadedFile], list[Rejection]]:
    """Everything loadable under paths, and a reason for each file that was not.

    One bad file never stops a run: a folder of two hundred reports with one broken Word
    file still ingests the other hundred and ninety-nine.
    """
    loaded: list[LoadedFile] = []
    rejected: list[Rejection] = []
    for path in iter_files(paths):
        try:
            loaded.append(load_file(path, max_bytes))
        except LoadError as error:
            rejected.append(Rejection(path=str(path), reason=error.reason))
    return loaded, rejected
