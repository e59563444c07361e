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
import os
import re
import stat
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

from ingest.models import LoadedFile, LoadError, Rejection
from ingest.safe_read import MISSING, NOT_REGULAR, ReadLimits, check_zip, os_reason, read_regular_file

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

EMPTY_FILE = "空文件"
BINARY_FILE = "不是文本文件（含二进制内容）"
UNKNOWN_ENCODING = "无法识别文字编码"
LEGACY_WORD = "旧版 Word .doc 不支持，请另存为 .docx"
PDF_ENCRYPTED = "PDF 已加密"
PDF_WITHOUT_TEXT = "PDF 没有文字层（可能是扫描件）"
BROKEN_DOCX = "Word 文件已损坏或不是 .docx"
BROKEN_PDF = "PDF 文件已损坏"
BROKEN_HTML = "网页无法解析"
HTML_TOO_DEEP = "网页标签嵌套过深（超过 2048 层），无法提取正文，请另存为纯文本后导入"
LINK_OUTSIDE = "链接指向所导入的文件夹之外，不导入"
LINK_TO_FOLDER = "链接指向文件夹，不跟随（以免重复导入或循环）"
BROKEN_LINK = "链接指向的文件不存在"

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


@contextmanager
def _parse_errors_as(reason: str) -> Iterator[None]:
    """Parsers of untrusted files raise all kinds of errors; each one means one bad file.

    Only our reason is kept: the parser's English ("File is not a zip file") helps no user.
    """
    try:
        yield
    except LoadError:
        raise
    except Exception as error:
        raise LoadError(reason) from error


# --- encodings ---------------------------------------------------------------------------


def decode_text(data: bytes, declared_charset: str | None = None) -> tuple[str, str]:
    """Bytes -> (text with \\n line ends, codec name), so that any office's files read right.

    A BOM decides first, then UTF-16 without one (bytes with zeros that read as text), then
    strict UTF-8, then a charset the file declares (HTML), then GB18030 against Big5 by which
    reading gives common Chinese characters. Raises LoadError for binary content, undecodable
    bytes and text that is only whitespace.
    """
    bom_codec = _bom_codec(data) or _utf16_codec(data)
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


def _utf16_codec(data: bytes) -> str | None:
    """UTF-16 with no BOM, as some Windows tools save "Unicode" text: the byte order whose
    reading is text (no control characters) and Chinese or plain ASCII, if either is.

    Only data with zero bytes is asked (UTF-8 and GB text never has any). Read in the wrong
    order, ASCII becomes rare ideographs and Chinese becomes Hangul and rare ideographs, so
    at most one order passes; binary files pass neither.
    """
    if b"\x00" not in data or len(data) % 2:
        return None
    sample = data[:_BINARY_SAMPLE]
    for codec in ("utf-16-le", "utf-16-be"):
        try:  # incremental: the sample may end inside a surrogate pair
            text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        chinese_or_ascii = text.isascii() or _common_share(text) >= _MIN_COMMON_SHARE
        if chinese_or_ascii and not _looks_binary(text):
            return codec
    return None


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


_MARKUP = re.compile(r"<\s*[!/?a-zA-Z]")


def _html_text(data: bytes, limits: ReadLimits) -> tuple[str, str, str]:
    """Main text only: a saved page's menus, headers and footers are not the summary."""
    html, encoding = decode_text(data, _declared_charset(data))
    if not _MARKUP.search(html):  # a page saved as text under an .html name: its lines are its paragraphs
        return html, encoding, ""
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares one
    # huge_tree lifts lxml's 256-level nesting limit (to 2048), which pages built from nested
    # tables and divs pass; what it parses stays bounded by the file's own size limit.
    parser = lxml.html.HTMLParser(huge_tree=True)
    tree = _parse_html(html, parser)
    if tree is None:
        return "", encoding, ""
    with _parse_errors_as(BROKEN_HTML):
        title = _page_title(tree)  # before the fallback strips <head>
        text = trafilatura.extract(html, include_tables=True, include_comments=False) or _fallback_main_text(tree)
    if not text.strip() and any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise LoadError(HTML_TOO_DEEP)
    return text, encoding, title


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _parse_html(html: str, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html, parser=parser)
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


def _docx_text(data: bytes, limits: ReadLimits) -> tuple[str, None, str]:
    """Paragraphs and tables in document order, so a table stays under its heading.

    python-docx inflates whole members into memory with no cap, so the zip is checked first.
    """
    if data.startswith(_OLE_SIGNATURE):
        raise LoadError(LEGACY_WORD)
    with _parse_errors_as(BROKEN_DOCX):
        try:
            check_zip(data, limits)
        except LoadError as error:
            raise LoadError(f"Word 文件{error.reason}，不导入") from error
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


def _pdf_text(data: bytes, limits: ReadLimits) -> tuple[str, None, str]:
    """The text layer, pages joined by newlines; scans have none and are refused later.

    pypdf caps each decoded stream, not a file's total: pages and extracted text are capped here.
    """
    with _parse_errors_as(BROKEN_PDF):
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _unlock_pdf(reader)
        if len(reader.pages) > limits.max_pages:
            raise LoadError(f"PDF 页数过多（{len(reader.pages)} 页，上限 {limits.max_pages} 页），请拆分后再导入")
        pages: list[str] = []
        extracted = 0
        for page in reader.pages:
            pages.append(page.extract_text().rstrip("\n"))
            extracted += len(pages[-1])
            if extracted > limits.max_text_chars:
                raise LoadError(f"PDF 文字过多（超过 {limits.max_text_chars} 字），请拆分后再导入")
    return "\n".join(pages), None, ""


def _unlock_pdf(reader: pypdf.PdfReader) -> None:
    """Many official PDFs are encrypted only to stop printing; those open with no password."""
    try:
        opened = reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
    except DependencyError:  # AES needs the optional cryptography package
        opened = False
    if not opened:
        raise LoadError(PDF_ENCRYPTED)


def _plain_text(data: bytes, limits: ReadLimits) -> tuple[str, str, str]:
    return (*decode_text(data), "")


# Each takes the file's bytes and its limits, and gives (text, encoding, page title).
_EXTRACTORS: dict[str, Callable[[bytes, ReadLimits], tuple[str, str | None, str]]] = {
    ".txt": _plain_text,
    ".md": _plain_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".docx": _docx_text,
    ".pdf": _pdf_text,
}


# --- files and folders -------------------------------------------------------------------


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A supported file's bytes, read once and safely: the suffix is checked before the file is
    opened, and only a regular file within max_bytes is read. Callers that hash the file parse
    these same bytes (load_bytes), so what is hashed is what is indexed."""
    if not os.path.lexists(path):  # said first: "missing" helps more than "unsupported type"
        raise LoadError(MISSING)
    check_suffix(path.suffix.lower())
    return read_regular_file(path, ReadLimits(max_bytes))


def load_bytes(path: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedFile:
    """A file's bytes (from read_source) -> its text, or LoadError with the reason."""
    suffix = path.suffix.lower()
    check_suffix(suffix)
    if not data:
        raise LoadError(EMPTY_FILE)
    kind = "html" if suffix == ".htm" else suffix.lstrip(".")
    text, encoding, page_title = _EXTRACTORS[suffix](data, ReadLimits(max_bytes))
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


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedFile:
    """One file -> its text, or LoadError with the reason; unsupported or oversized files are never read."""
    return load_bytes(path, read_source(path, max_bytes), max_bytes)


def read_text_file(path: Path, max_bytes: int) -> str:
    """A plain text file of any name (e.g. notes for a draft), decoded as .txt files are:
    UTF-8, GB18030, Big5 or UTF-16; LoadError with a Chinese reason otherwise."""
    return decode_text(read_regular_file(path, ReadLimits(max_bytes)))[0]


def check_suffix(suffix: str) -> None:
    if suffix == ".doc":
        raise LoadError(LEGACY_WORD)
    if suffix not in SUPPORTED_SUFFIXES:
        supported = "、".join(s.lstrip(".") for s in SUPPORTED_SUFFIXES)
        named = f" {suffix}" if suffix else "（无扩展名）"
        raise LoadError(f"不支持的文件类型{named}（支持 {supported}）")


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Rejection]]:
    """Files as given, folders walked in sorted order (so runs are repeatable), and a reason for
    each entry of a folder that is not read.

    Inside folders, hidden entries and OS or Office leftovers (Thumbs.db, ~$ lock files) are
    skipped. Nothing is followed out of a folder: entries are looked at with lstat; a link to a
    file inside the folder is read as that file (once), while links leaving the folder, links to
    folders (a loop would never end), devices, FIFOs and sockets are refused. A path given
    directly is the user's own choice and is read wherever its link points (if it is one), as
    long as that is a regular file.
    """
    files: list[Path] = []
    rejected: list[Rejection] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(path, path.resolve(), files, rejected)
        else:
            files.append(path.resolve() if path.is_symlink() else path)
    return _unique(files), rejected


def _walk(folder: Path, root: Path, files: list[Path], rejected: list[Rejection]) -> None:
    for child in sorted(folder.iterdir()):
        if is_junk(child.name):
            continue
        try:
            mode = child.lstat().st_mode
            if stat.S_ISDIR(mode):
                _walk(child, root, files, rejected)
            elif stat.S_ISLNK(mode):
                files.append(_link_inside(child, root))
            elif not stat.S_ISREG(mode):
                raise LoadError(NOT_REGULAR)
            else:
                files.append(child)
        except LoadError as error:
            rejected.append(Rejection(path=str(child), reason=error.reason))
        except OSError as error:
            rejected.append(Rejection(path=str(child), reason=os_reason(error)))


def _link_inside(link: Path, root: Path) -> Path:
    """Where a link in the folder points, if that is a regular file inside the folder."""
    target = Path(os.path.realpath(link))
    if not target.is_relative_to(root):
        raise LoadError(LINK_OUTSIDE)
    if not target.exists():
        raise LoadError(BROKEN_LINK)
    if target.is_dir():
        raise LoadError(LINK_TO_FOLDER)
    return target


def _unique(files: list[Path]) -> list[Path]:
    """Each file once, in order: a link inside the folder and the file it points to are one file."""
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = Path(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def is_junk(name: str) -> bool:
    return name.startswith(_OS_JUNK_PREFIXES) or name.lower() in _OS_JUNK_NAMES


def load_paths(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[LoadedFile], list[Rejection]]:
    """Everything loadable under paths, and a reason for each file that was not.

    One bad file never stops a run: a folder of two hundred reports with one broken Word
    file still ingests the other hundred and ninety-nine.
    """
    files, rejected = collect_files(paths)
    loaded: list[LoadedFile] = []
    for path in files:
        try:
            loaded.append(load_file(path, max_bytes))
        except LoadError as error:
            rejected.append(Rejection(path=str(path), reason=error.reason))
    return loaded, rejected
