"""ingest.loaders: every supported format and encoding in, text out; every bad file a reason.

All fixtures are written here at test time from short fictional report sentences.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from ingest.loaders import (
    BINARY_FILE,
    BROKEN_DOCX,
    BROKEN_PDF,
    EMPTY_FILE,
    LEGACY_WORD,
    PDF_ENCRYPTED,
    PDF_WITHOUT_TEXT,
    HTML_TOO_DEEP,
    UNKNOWN_ENCODING,
    LoadError,
    _pdf_text,
    collect_files,
    decode_text,
    load_file,
    load_paths,
    read_text_file,
)
from ingest.models import Rejection
from ingest.safe_read import MIB, NOT_REGULAR, ReadLimits

SIMPLIFIED = "今年上半年，镇总工会走访慰问困难职工四十二户，发放慰问金三万六千元。\n二、开展劳动竞赛，评选岗位能手十五名。"
TRADITIONAL = "今年上半年，鎮總工會走訪慰問困難職工四十二戶，發放慰問金三萬六千元。\n二、開展勞動競賽，評選崗位能手十五名。"
# 喆 and 堃 are in GBK but not GB2312; 䶮 and 𠀀 only in GB18030.
GBK_ONLY = "工会副主席李喆、王堃同志带队开展春送岗位活动。"
GB18030_ONLY = "职工书屋新增藏书三百册，含生僻字䶮与𠀀的字典一部。"

# The start of a PNG and bytes no text encoding accepts: binary, not "unknown encoding".
PNG_LIKE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
# The signature of a Word 97-2003 (OLE) file, then padding.
WORD_97 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64


def write(path: Path, content: bytes | str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def rejection_reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(LoadError) as caught:
        load_file(path, **kwargs)
    return caught.value.reason


# --- encodings ---------------------------------------------------------------------------


def test_utf8_text_loads_with_unix_line_ends_and_file_facts(tmp_path: Path) -> None:
    raw = SIMPLIFIED.replace("\n", "\r\n").encode("utf-8")
    path = write(tmp_path / "总结.txt", raw)

    loaded = load_file(path)

    assert loaded.text == SIMPLIFIED
    assert (loaded.kind, loaded.encoding, loaded.page_title) == ("txt", "utf-8", "")
    assert loaded.source == str(path)
    assert loaded.raw_sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    ("text", "written_as", "detected_as"),
    [
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "utf-16", "utf-16"),
        (SIMPLIFIED + GB18030_ONLY, "gb18030", "gb18030"),
        (SIMPLIFIED + GBK_ONLY, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "cp950"),
        # Traditional characters saved as GBK: the same characters, other bytes.
        (TRADITIONAL, "gbk", "gb18030"),
        # Six characters: too short for statistical detectors (charset_normalizer says cp949).
        ("工会工作总结", "gbk", "gb18030"),
        ("工會工作總結", "big5", "cp950"),
        # Read as GB these bytes are 快そゅン: a common character, then kana.
        ("辦公室文件", "big5", "cp950"),
    ],
)
def test_decode_text_reads_each_encoding_exactly(text: str, written_as: str, detected_as: str) -> None:
    assert decode_text(text.encode(written_as)) == (text, detected_as)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [SIMPLIFIED, "2024年工作要点\r\n1. 建家活动 36 场\r\n2. 职工培训\r\n", "Annual report 2024\n"],
    ids=["chinese", "mixed", "ascii"],
)
def test_utf16_without_bom_is_detected_by_where_its_zero_bytes_sit(codec: str, text: str) -> None:
    """Before: "不是文本文件（含二进制内容）"."""
    assert decode_text(text.encode(codec)) == (text.replace("\r\n", "\n"), codec)


def test_utf16_without_bom_loads_from_a_file(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "unicode.txt", SIMPLIFIED.encode("utf-16-le")))
    assert (loaded.text, loaded.encoding) == (SIMPLIFIED, "utf-16-le")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # zeros on both sides
        b"\x01\x00\x02\x00\x03\x00\x04\x00" * 64,  # zeros on one side, but control characters
        "組合の活動報告です。".encode("utf-16-le").replace(b"\x30", b"\x00"),  # kana-like, not Chinese
    ],
    ids=["binary", "controls", "not-chinese"],
)
def test_binary_with_zero_bytes_is_still_binary(data: bytes) -> None:
    with pytest.raises(LoadError) as caught:
        decode_text(data)
    assert caught.value.reason in (BINARY_FILE, UNKNOWN_ENCODING)


NOTES = "1. 本单位慰问困难职工 42 户\n2. 补充：职工书屋新增藏书三百册"


@pytest.mark.parametrize(
    ("text", "codec"),
    [(NOTES, "utf-8"), (NOTES, "gbk"), (TRADITIONAL, "big5"), (NOTES, "utf-16"), (NOTES, "utf-16-le")],
)
def test_read_text_file_reads_notes_in_any_office_encoding(tmp_path: Path, text: str, codec: str) -> None:
    """The CLI's `draft --notes`: a GBK notes file gave an English codec error."""
    assert read_text_file(write(tmp_path / "notes", text, codec), 1024) == text


def test_read_text_file_refuses_in_chinese(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.fifo"
    os.mkfifo(fifo)
    cases = {
        write(tmp_path / "notes.png", PNG_LIKE): BINARY_FILE,
        write(tmp_path / "big-notes.txt", "工" * 1000): "文件过大（2.9 KB，上限 1 KB）",
        fifo: NOT_REGULAR,
        tmp_path / "missing.txt": "文件不存在",
    }
    for path, reason in cases.items():
        with pytest.raises(LoadError) as caught:
            read_text_file(path, 1024)
        assert caught.value.reason == reason


def test_fixtures_really_need_gb18030_and_gbk() -> None:
    with pytest.raises(UnicodeEncodeError):
        GB18030_ONLY.encode("gbk")
    with pytest.raises(UnicodeEncodeError):
        GBK_ONLY.encode("gb2312")


def test_markdown_loads_as_md_and_old_mac_line_ends_become_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "要点.MD", "# 工作要点\r一、建家活动\r二、职工培训", "gb18030")

    loaded = load_file(path)

    assert (loaded.kind, loaded.encoding) == ("md", "gb18030")
    assert loaded.text.splitlines() == ["# 工作要点", "一、建家活动", "二、职工培训"]


def test_bytes_no_chinese_reading_explains_are_refused_not_turned_into_mojibake() -> None:
    shift_jis = "組合の活動報告です。今年は研修を三回行いました。".encode("shift_jis")

    with pytest.raises(LoadError) as caught:
        decode_text(shift_jis)

    assert caught.value.reason == UNKNOWN_ENCODING


# --- HTML --------------------------------------------------------------------------------

ARTICLE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}</title>
<style>.menu {{ color: red }}</style>
<script>var counter = "访问统计脚本";</script></head>
<body>
<header><div class="logo">某某工会网站标志</div></header>
<nav><a href="/">网站首页</a> <a href="/news">工会新闻栏目</a> <a href="/join">入会指南栏目</a></nav>
<main><article>
<h1>{title}</h1>
<p>今年以来，街道总工会围绕职工所需，组织开展技能培训六期，参训职工三百一十人次，
其中八十人取得职业资格证书。</p>
<p>二、维护职工权益。全年调解劳动争议十二件，为职工追回欠薪二十三万元，无一件升级为群体事件。</p>
<p>三、下半年打算。继续推进户外劳动者服务站点建设，新建站点五个，让一线职工歇脚有处。</p>
</article></main>
<aside>热门文章推荐：侧栏不相干的链接</aside>
<!-- 站点统计注释 -->
<footer>版权所有 某某工会 备案号 0000</footer>
<script>document.write("底部广告脚本")</script>
</body></html>
"""
ARTICLE_TITLE = "街道总工会2024年工作总结"
ARTICLE_LINES = [
    "今年以来，街道总工会围绕职工所需，组织开展技能培训六期，参训职工三百一十人次， 其中八十人取得职业资格证书。",
    "二、维护职工权益。全年调解劳动争议十二件，为职工追回欠薪二十三万元，无一件升级为群体事件。",
    "三、下半年打算。继续推进户外劳动者服务站点建设，新建站点五个，让一线职工歇脚有处。",
]
CHROME = ["网站标志", "网站首页", "工会新闻栏目", "访问统计脚本", "color", "侧栏", "站点统计注释", "版权所有", "底部广告脚本"]


def article_page(charset: str = "utf-8") -> str:
    return ARTICLE_PAGE.format(charset=charset, title=ARTICLE_TITLE)


def nested_page(depth: int) -> str:
    body = "<p>" + ARTICLE_LINES[1] + "</p>"
    return f"<html><head><title>{ARTICLE_TITLE}</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"


def test_html_nested_past_lxmls_default_depth_still_gives_its_text(tmp_path: Path) -> None:
    """Before: 256+ nested divs gave "网页中没有找到正文" (lxml stops at depth 256)."""
    loaded = load_file(write(tmp_path / "deep.html", nested_page(600)))
    assert ARTICLE_LINES[1] in loaded.text and loaded.page_title == ARTICLE_TITLE


def test_html_nested_past_any_parsers_depth_says_so(tmp_path: Path) -> None:
    assert rejection_reason(write(tmp_path / "deeper.html", nested_page(5000))) == HTML_TOO_DEEP


def assert_main_text_only(text: str) -> None:
    lines = text.splitlines()
    positions = [next(i for i, line in enumerate(lines) if body[:20] in line) for body in ARTICLE_LINES]
    assert positions == sorted(set(positions)), "each paragraph on its own line, in order"
    for chrome in CHROME:
        assert chrome not in text


def test_html_keeps_the_article_and_drops_site_chrome(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "page.htm", article_page()))

    assert (loaded.kind, loaded.encoding, loaded.page_title) == ("html", "utf-8", ARTICLE_TITLE)
    assert_main_text_only(loaded.text)


def test_a_page_saved_as_text_under_an_html_name_keeps_its_lines(tmp_path: Path) -> None:
    # no markup at all: read as text, so its lines stay paragraphs (HTML would run them into one)
    text = "青柳医院工会工作总结\n\n发布时间：2021-10-30 查看人数：64\n\n今年，我院工会慰问困难职工12户。\n"
    loaded = load_file(write(tmp_path / "saved.html", text))
    assert loaded.kind == "html" and "查看人数：64\n" in loaded.text and loaded.text.count("\n") >= 4


def test_html_fallback_without_trafilatura_still_drops_chrome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ingest.loaders.trafilatura.extract", lambda *args, **kwargs: None)
    page = article_page().replace("</article>", "<table><tr><td>项目</td><td>人次</td></tr></table></article>")

    loaded = load_file(write(tmp_path / "page.html", page))

    assert_main_text_only(loaded.text)
    assert ARTICLE_LINES[0] in loaded.text.splitlines(), "source line breaks inside a <p> are spaces"
    assert "项目\t人次" in loaded.text.splitlines()
    assert loaded.page_title == ARTICLE_TITLE


def test_html_declared_gbk_charset_is_used(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path / "gbk.html", article_page("gbk"), "gbk"))

    assert loaded.encoding == "gb18030"
    assert_main_text_only(loaded.text)


def test_html_declared_big5_beats_detection_on_a_short_page(tmp_path: Path) -> None:
    # Two characters whose Big5 bytes also read as common simplified ones in GB (饥拜).
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
    page += "<title>慰問</title></head><body><p>慰問</p></body></html>"

    loaded = load_file(write(tmp_path / "big5.html", page, "big5"))

    assert (loaded.encoding, loaded.page_title) == ("cp950", "慰問")


@pytest.mark.parametrize(("written_as", "detected_as"), [("utf-8", "utf-8"), ("big5", "cp950")])
def test_html_declaring_the_wrong_charset_is_read_right(
    tmp_path: Path, written_as: str, detected_as: str
) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in TRADITIONAL.splitlines())
    page = f'<html><head><meta charset="gbk"></head><body><article>{paragraphs}</article></body></html>'

    loaded = load_file(write(tmp_path / "mislabelled.html", page, written_as))

    assert loaded.encoding == detected_as
    assert loaded.text == TRADITIONAL


def test_xhtml_with_xml_declaration_loads(tmp_path: Path) -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + article_page()

    assert_main_text_only(load_file(write(tmp_path / "x.html", page)).text)


# --- Word and PDF ------------------------------------------------------------------------


def test_docx_keeps_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、慰问帮扶")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["项目", "户数", "金额"]):
        cell.text = text
    table.cell(1, 0).merge(table.cell(1, 1)).text = "合计"
    table.cell(1, 2).text = "36000元"
    document.add_paragraph("二、劳动竞赛")
    path = tmp_path / "总结.docx"
    document.save(path)

    loaded = load_file(path)

    assert loaded.text.splitlines() == ["一、慰问帮扶", "项目\t户数\t金额", "合计\t36000元", "二、劳动竞赛"]
    assert (loaded.kind, loaded.encoding) == ("docx", None)


def make_pdf(path: Path, pages: list[list[str]], encrypt: StandardEncryption | None = None) -> Path:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), encrypt=encrypt)
    for lines in pages:
        pdf.setFont("STSong-Light", 12)
        for row, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * row, line)
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_text_layer_with_chinese_is_read_page_by_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "report.pdf", [["2024年机关工会工作总结", "一、组织建设"], ["二、服务职工 36户"]])

    loaded = load_file(path)

    assert loaded.text.splitlines() == ["2024年机关工会工作总结", "一、组织建设", "二、服务职工 36户"]
    assert (loaded.kind, loaded.encoding) == ("pdf", None)


def test_pdf_pages_and_extracted_text_are_capped(tmp_path: Path) -> None:
    """pypdf caps each decoded stream, not a file's total."""
    data = make_pdf(tmp_path / "long.pdf", [["第一页 职工之家"], ["第二页 劳动竞赛"], ["第三页 困难帮扶"]]).read_bytes()
    with pytest.raises(LoadError) as caught:
        _pdf_text(data, ReadLimits(max_bytes=MIB, max_pages=2))
    assert caught.value.reason == "PDF 页数过多（3 页，上限 2 页），请拆分后再导入"
    with pytest.raises(LoadError) as caught:
        _pdf_text(data, ReadLimits(max_bytes=MIB, max_text_chars=12))
    assert caught.value.reason == "PDF 文字过多（超过 12 字），请拆分后再导入"
    assert _pdf_text(data, ReadLimits(max_bytes=MIB, max_pages=3))[0].count("页") == 3


def test_pdf_locked_only_against_printing_opens_without_password(tmp_path: Path) -> None:
    no_print = StandardEncryption("", ownerPassword="owner", canPrint=0)
    path = make_pdf(tmp_path / "restricted.pdf", [["职工之家建设情况"]], encrypt=no_print)

    assert load_file(path).text == "职工之家建设情况"


# --- rejections --------------------------------------------------------------------------


def blank_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 200, 300, fill=1)  # a drawing, like a scan, with no text layer
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.txt", lambda p: write(p, b""), EMPTY_FILE),
        ("empty.docx", lambda p: write(p, b""), EMPTY_FILE),
        ("blank.md", lambda p: write(p, " \n\t\u3000\r\n"), EMPTY_FILE),
        ("blank.html", lambda p: write(p, "  \n"), EMPTY_FILE),
        ("image.txt", lambda p: write(p, PNG_LIKE), BINARY_FILE),
        ("controls.txt", lambda p: write(p, bytes(range(1, 9)) * 4 + "工会".encode()), BINARY_FILE),
        ("undecodable.txt", lambda p: write(p, b"\x80\xff" * 20), UNKNOWN_ENCODING),
        ("old.doc", lambda p: write(p, WORD_97), LEGACY_WORD),
        ("renamed.docx", lambda p: write(p, WORD_97), LEGACY_WORD),
        ("no_text.pdf", lambda p: blank_pdf(p), PDF_WITHOUT_TEXT),
        (
            "locked.pdf",
            lambda p: make_pdf(p, [["内部资料"]], encrypt=StandardEncryption("secret", "owner")),
            PDF_ENCRYPTED,
        ),
        ("data.xyz", lambda p: write(p, SIMPLIFIED), "不支持的文件类型 .xyz（支持 txt、md、html、htm、docx、pdf）"),
        ("README", lambda p: write(p, SIMPLIFIED), "不支持的文件类型（无扩展名）（支持 txt、md、html、htm、docx、pdf）"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, make: Callable[[Path], Path], reason: str
) -> None:
    assert rejection_reason(make(tmp_path / name)) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [("broken.docx", BROKEN_DOCX), ("broken.pdf", BROKEN_PDF), ("truncated.docx", BROKEN_DOCX)],
)
def test_broken_word_and_pdf_files_are_refused_in_chinese_only(tmp_path: Path, name: str, reason: str) -> None:
    """The parser's English ("File is not a zip file") never reaches the user."""
    content = bytes(range(256)) * 8
    if name == "truncated.docx":
        whole = tmp_path / "whole.docx"
        docx.Document().save(whole)
        content = whole.read_bytes()[:-200]
    path = write(tmp_path / name, content)

    assert rejection_reason(path) == reason


# Latin words a Chinese reason may carry: file types and units, never a library's English.
ALLOWED_LATIN = {"Word", "PDF", "MB", "KB", "txt", "md", "html", "htm", "docx", "doc", "pdf", "zip", "xyz"}


def test_every_rejection_reason_is_chinese_only(tmp_path: Path) -> None:
    whole = tmp_path / "whole.docx"
    docx.Document().save(whole)
    bad = {
        "broken.docx": bytes(range(256)) * 8,
        "truncated.docx": whole.read_bytes()[:-200],
        "not-a-zip.docx": b"PK\x03\x04" + b"\x00" * 40,
        "broken.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 8,
        "image.txt": PNG_LIKE,
        "undecodable.txt": b"\x80\xff" * 20,
        "data.xyz": SIMPLIFIED.encode(),
        "old.doc": WORD_97,
        "empty.html": b"<html><body></body></html>",
    }
    folder = tmp_path / "bad"
    folder.mkdir()
    for name, content in bad.items():
        write(folder / name, content)
    os.mkfifo(folder / "pipe.txt")

    loaded, rejected = load_paths([folder, tmp_path / "missing.txt"])

    assert loaded == [] and len(rejected) == len(bad) + 2
    for rejection in rejected:
        assert set(re.findall(r"[A-Za-z]+", rejection.reason)) <= ALLOWED_LATIN, rejection


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "big.txt", "工" * 1000)  # 3000 bytes
    monkeypatch.setattr("ingest.safe_read.os.fdopen", lambda *args: pytest.fail("oversized file was read"))

    assert rejection_reason(path, max_bytes=1024) == "文件过大（2.9 KB，上限 1 KB）"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert rejection_reason(tmp_path / "不存在.txt") == "文件不存在"


# --- folders and batches -----------------------------------------------------------------


def test_collect_files_walks_folders_in_order_and_skips_hidden_and_junk(tmp_path: Path) -> None:
    folder = tmp_path / "材料"
    names = ["b.txt", "a.md", "sub/c.docx", ".hidden.txt", ".git/config.txt", "Thumbs.db", "~$总结.docx"]
    for relative in names:
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        write(folder / relative, SIMPLIFIED)
    given = tmp_path / ".given_directly.txt"

    files, rejected = collect_files([folder, str(given)])

    assert files == [folder / "a.md", folder / "b.txt", folder / "sub" / "c.docx", given] and rejected == []


def test_load_paths_goes_on_past_bad_files(tmp_path: Path) -> None:
    first = write(tmp_path / "1.txt", SIMPLIFIED)
    broken = write(tmp_path / "2.docx", b"not a zip at all")
    third = write(tmp_path / "3.txt", TRADITIONAL, "big5")
    missing = tmp_path / "4.txt"

    loaded, rejected = load_paths([first, broken, missing, third])

    assert [item.source for item in loaded] == [str(first), str(third)]
    assert [item.text for item in loaded] == [SIMPLIFIED, TRADITIONAL]
    assert [item.path for item in rejected] == [str(broken), str(missing)]
    assert rejected[0].reason.startswith("Word 文件已损坏")
    assert rejected[1] == Rejection(path=str(missing), reason="文件不存在")
