"""assistant.export: the draft as Markdown and as a 公文-style .docx, read back with python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

from assistant.export import (
    export_docx,
    export_draft,
    export_markdown,
    export_titled,
    inline_segments,
    parse_markdown,
    safe_target,
)

# A fictional school union's annual summary, in the drafter's Markdown.
DRAFT = """\
# 青禾区第三实验小学工会2024年度工作总结

2024年，在学校党支部和区教育工会的指导下，校工会紧扣“关爱教职工、服务教育教学”的主线，扎实推进各项工作，现将一年来的工作总结如下：

## 一、加强思想引领，筑牢团结奋斗的基础

### （一）组织专题学习

校工会全年组织集中学习【待填：次数】次，参加教职工【待填：参加人数】人次，邀请XX同志作专题辅导。

1. 开展“读一本好书”活动，收到读书心得**篇。
2. **坚持每月一次**的工会小组长例会。

### （二）推进民主管理

召开第___届教代会第二次会议，审议通过《教职工绩效考核办法》等文件。

## 二、存在的问题和不足

一是活动形式不够丰富；二是青年教师参与度有待提高【待填】。

## 三、下一步工作打算

2025年，校工会将继续围绕中心、服务大局，于20xx年底前完成职工之家提档升级。

青禾区第三实验小学工会

2024年12月【待填：日】日
"""

TITLE = "青禾区第三实验小学工会2024年度工作总结"
SIGNATURE = "青禾区第三实验小学工会"
DATE = "2024年12月【待填：日】日"
EXPECTED_TEXTS = [
    TITLE,
    "2024年，在学校党支部和区教育工会的指导下，校工会紧扣“关爱教职工、服务教育教学”的主线，"
    "扎实推进各项工作，现将一年来的工作总结如下：",
    "一、加强思想引领，筑牢团结奋斗的基础",
    "（一）组织专题学习",
    "校工会全年组织集中学习【待填：次数】次，参加教职工【待填：参加人数】人次，邀请XX同志作专题辅导。",
    "1. 开展“读一本好书”活动，收到读书心得**篇。",
    "2. 坚持每月一次的工会小组长例会。",
    "（二）推进民主管理",
    "召开第___届教代会第二次会议，审议通过《教职工绩效考核办法》等文件。",
    "二、存在的问题和不足",
    "一是活动形式不够丰富；二是青年教师参与度有待提高【待填】。",
    "三、下一步工作打算",
    "2025年，校工会将继续围绕中心、服务大局，于20xx年底前完成职工之家提档升级。",
    SIGNATURE,
    DATE,
]
PLACEHOLDERS = ["【待填：次数】", "【待填：参加人数】", "XX", "**", "___", "【待填】", "20xx", "【待填：日】"]


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory) -> Path:
    return export_docx(DRAFT, tmp_path_factory.mktemp("export") / "总结.docx")


@pytest.fixture(scope="module")
def document(docx_path):
    return docx.Document(str(docx_path))


def _paragraph(document, text: str):
    matches = [p for p in document.paragraphs if p.text == text]
    assert len(matches) == 1, f"expected one paragraph {text!r}, found {len(matches)}"
    return matches[0]


def _fmt(paragraph, name: str):
    """A paragraph property as Word resolves it: direct formatting, then the style chain."""
    value = getattr(paragraph.paragraph_format, name)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, name)
        style = style.base_style
    return value


def _style_rpr_value(style, getter):
    while style is not None:
        rpr = style.element.rPr
        value = getter(rpr) if rpr is not None else None
        if value is not None:
            return value
        style = style.base_style
    return None


def _east_asia_font(paragraph) -> str | None:
    """w:rFonts/@w:eastAsia, read from the XML: run first, then the paragraph's style chain."""
    for run in paragraph.runs:
        rpr = run._r.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
    return _style_rpr_value(
        paragraph.style, lambda rpr: rpr.rFonts.get(qn("w:eastAsia")) if rpr.rFonts is not None else None
    )


def _size(paragraph):
    sizes = {run.font.size for run in paragraph.runs if run.font.size is not None}
    if sizes:
        assert len(sizes) == 1
        return sizes.pop()
    return _style_rpr_value(paragraph.style, lambda rpr: rpr.sz_val)


def _bold(paragraph) -> bool | None:
    style = paragraph.style
    while style is not None and style.font.bold is None:
        style = style.base_style
    return None if style is None else style.font.bold


def _non_empty(document):
    return [p for p in document.paragraphs if p.text.strip()]


def test_paragraph_order_equals_the_markdown_order(document):
    assert [p.text for p in _non_empty(document)] == EXPECTED_TEXTS


def test_title_is_centred_22pt_xiaobiaosong_not_bold(document):
    title = document.paragraphs[0]
    assert title.text == TITLE
    assert title.style.name == "公文标题"
    assert _fmt(title, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    assert _size(title) == Pt(22)
    assert _east_asia_font(title) == "方正小标宋简体"
    assert _bold(title) is False
    assert _fmt(title, "first_line_indent") in (None, Pt(0))
    # one blank line after the title
    assert document.paragraphs[1].text == ""


@pytest.mark.parametrize(
    "text",
    [EXPECTED_TEXTS[1], EXPECTED_TEXTS[4], EXPECTED_TEXTS[5], EXPECTED_TEXTS[8], EXPECTED_TEXTS[12]],
)
def test_body_is_fangsong_16pt_indented_justified(document, text):
    paragraph = _paragraph(document, text)
    assert paragraph.style.name == "公文正文"
    assert _east_asia_font(paragraph) == "仿宋_GB2312"
    assert _size(paragraph) == Pt(16)
    assert _fmt(paragraph, "first_line_indent") == Pt(32)
    assert _fmt(paragraph, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY


def test_every_paragraph_has_exact_28pt_lines_and_no_spacing(document):
    for paragraph in document.paragraphs:
        assert _fmt(paragraph, "line_spacing_rule") == WD_LINE_SPACING.EXACTLY, paragraph.text
        assert _fmt(paragraph, "line_spacing") == Pt(28), paragraph.text
        assert _fmt(paragraph, "space_before") == Pt(0), paragraph.text
        assert _fmt(paragraph, "space_after") == Pt(0), paragraph.text


@pytest.mark.parametrize(
    ("text", "style", "font"),
    [
        ("一、加强思想引领，筑牢团结奋斗的基础", "公文一级标题", "黑体"),
        ("三、下一步工作打算", "公文一级标题", "黑体"),
        ("（一）组织专题学习", "公文二级标题", "楷体_GB2312"),
        ("（二）推进民主管理", "公文二级标题", "楷体_GB2312"),
    ],
)
def test_headings_fonts_and_indent(document, text, style, font):
    paragraph = _paragraph(document, text)
    assert paragraph.style.name == style
    assert _east_asia_font(paragraph) == font
    assert _size(paragraph) == Pt(16)
    assert _bold(paragraph) is False
    assert _fmt(paragraph, "first_line_indent") == Pt(32)
    assert _fmt(paragraph, "keep_with_next") is True


def test_signature_and_date_are_right_aligned_signature_centred_over_date(document):
    signature, date = _paragraph(document, SIGNATURE), _paragraph(document, DATE)
    assert signature.style.name == date.style.name == "公文落款"
    for paragraph in (signature, date):
        assert _fmt(paragraph, "alignment") == WD_ALIGN_PARAGRAPH.RIGHT
        assert _fmt(paragraph, "first_line_indent") in (None, Pt(0))
    assert _fmt(date, "right_indent") == Pt(64)  # 右空四字
    # the date "2024年12月【待填：日】日" is 12 characters wide (digits count half), the unit 11:
    # centred over the date, the unit's right space is 4 + (12 - 11) / 2 characters
    assert _fmt(signature, "right_indent") == Pt(4.5 * 16)
    # one blank line between the body and the signature
    paragraphs = document.paragraphs
    index = [p.text for p in paragraphs].index(SIGNATURE)
    assert paragraphs[index - 1].text == ""
    assert paragraphs[index + 1].text == DATE


def test_a_short_unit_is_moved_left_to_sit_centred_over_a_longer_date(tmp_path):
    draft = "# 工作总结\n\n正文一段。\n\n机关工会\n\n二〇二四年十二月三十日\n"
    document = docx.Document(str(export_docx(draft, tmp_path / "a.docx")))
    signature = _paragraph(document, "机关工会")
    # date 11 characters, unit 4: right space 4 + (11 - 4) / 2 = 7.5 characters
    assert _fmt(signature, "right_indent") == Pt(7.5 * 16)


def test_a_run_in_heading_opens_its_paragraph_in_the_heading_font(tmp_path):
    draft = "# 工作总结\n\n## 一、关爱职工\n\n（一）走访慰问。全年走访困难职工【待填】户。\n\n一、另一种写法。正文继续。\n"
    document = docx.Document(str(export_docx(draft, tmp_path / "a.docx")))
    paragraph = _paragraph(document, "（一）走访慰问。全年走访困难职工【待填】户。")
    assert paragraph.style.name == "公文正文"
    head, *rest = paragraph.runs
    assert head.text == "（一）走访慰问。"
    assert head.style.name == "公文段内二级标题"
    assert head.style.element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    assert all(run.style.name != "公文段内二级标题" for run in rest)
    first = _paragraph(document, "一、另一种写法。正文继续。").runs[0]
    assert (first.text, first.style.name) == ("一、另一种写法。", "公文段内一级标题")
    assert first.style.element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"


def test_page_is_a4_with_gb9704_margins(document):
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert abs(section.page_width.mm - 210) < 0.5
    assert abs(section.page_height.mm - 297) < 0.5
    for actual, expected in (
        (section.top_margin, Cm(3.7)),
        (section.bottom_margin, Cm(3.5)),
        (section.left_margin, Cm(2.8)),
        (section.right_margin, Cm(2.6)),
    ):
        assert abs(actual - expected) < Cm(0.01)


def test_placeholders_are_kept_verbatim_and_highlighted(document):
    highlighted = [
        run.text
        for paragraph in document.paragraphs
        for run in paragraph.runs
        if run.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert sorted(highlighted) == sorted(PLACEHOLDERS)
    full_text = "\n".join(p.text for p in document.paragraphs)
    for placeholder in PLACEHOLDERS:
        assert placeholder in full_text


def test_bold_markers_become_a_bold_run(document):
    paragraph = _paragraph(document, "2. 坚持每月一次的工会小组长例会。")
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == ["坚持每月一次"]
    assert "**" not in "".join(p.text for p in document.paragraphs if p.text.startswith("2."))


def test_formatting_lives_in_styles_so_the_user_can_restyle(document):
    for paragraph in _non_empty(document):
        for run in paragraph.runs:
            rpr = run._r.rPr
            assert rpr is None or rpr.rFonts is None, f"direct font on {run.text!r}"
            assert rpr is None or rpr.sz_val is None, f"direct size on {run.text!r}"


def test_document_defaults_name_the_chinese_font_without_theme_fonts(docx_path):
    with zipfile.ZipFile(docx_path) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    rfonts = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert rfonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert rfonts.get(qn("w:ascii")) == "仿宋_GB2312"
    assert rfonts.get(qn("w:eastAsiaTheme")) is None and rfonts.get(qn("w:asciiTheme")) is None
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


def test_font_table_carries_the_fallbacks(docx_path):
    with zipfile.ZipFile(docx_path) as package:
        fonts = etree.fromstring(package.read("word/fontTable.xml"))
    entries = {font.get(qn("w:name")): font for font in fonts.findall(qn("w:font"))}
    for preferred, fallback in (("方正小标宋简体", "宋体"), ("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体")):
        entry = entries[preferred]
        assert entry.find(qn("w:altName")).get(qn("w:val")) == fallback
        assert entry.find(qn("w:charset")).get(qn("w:val")) == "86"
        assert len(entry.find(qn("w:panose1")).get(qn("w:val"))) == 20
        # the fallback has its own entry, naming it as installed on non-Chinese systems
        assert fallback in entries
    assert entries["宋体"].find(qn("w:altName")).get(qn("w:val")) == "SimSun"
    assert entries["黑体"].find(qn("w:altName")).get(qn("w:val")) == "SimHei"
    # children in schema order (CT_Font: altName, panose1, charset, family, pitch)
    tags = [etree.QName(child).localname for child in entries["仿宋_GB2312"]]
    assert tags == ["altName", "panose1", "charset", "family", "pitch"]
    # one entry per name
    names = [font.get(qn("w:name")) for font in fonts.findall(qn("w:font"))]
    assert len(names) == len(set(names))


def test_page_numbers_are_page_fields(document):
    section = document.sections[0]
    for footer in (section.footer, section.even_page_footer):
        xml = footer._element.xml
        assert 'w:instr=" PAGE "' in xml
        assert "—" in xml
    assert document.settings.odd_and_even_pages_header_footer is True


def test_core_properties_carry_the_title(document):
    assert document.core_properties.title == TITLE


def test_bare_numbered_heading_lines_are_recognised_and_sentences_are_not():
    blocks = parse_markdown("# 标题\n\n一、强化服务职能\n\n（一）走访慰问\n\n一是完善制度。二是健全机制。\n")
    assert [b.kind for b in blocks] == ["title", "heading1", "heading2", "body"]


def test_no_date_at_the_end_means_no_closing_block():
    blocks = parse_markdown("# 标题\n\n## 一、总体情况\n\n工会全年开展活动十二次。\n\n机关工会\n")
    assert [b.kind for b in blocks] == ["title", "heading1", "body", "body"]


def test_crlf_bullets_and_rules_are_tidied():
    blocks = parse_markdown("# 标题\r\n\r\n- 第一项工作。\r\n---\r\n* 第二项工作。\r\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("title", "标题"),
        ("body", "第一项工作。"),
        ("body", "第二项工作。"),
    ]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("共慰问**人", [("共慰问", False, False), ("**", False, True), ("人", False, False)]),
        ("**重点工作**：做好服务", [("重点工作", True, False), ("：做好服务", False, False)]),
        ("资助**元，慰问**户", [("资助", False, False), ("**", False, True), ("元，慰问", False, False),
                            ("**", False, True), ("户", False, False)]),
        ("20xx年", [("20xx", False, True), ("年", False, False)]),
        ("×××同志", [("×××", False, True), ("同志", False, False)]),
        ("~年~月", [("~", False, True), ("年", False, False), ("~", False, True), ("月", False, False)]),
        ("【待核实：金额】元", [("【待核实：金额】", False, True), ("元", False, False)]),
        (r"星号\*\*不是空", [("星号**不是空", False, False)]),
        ("Excel表格", [("Excel表格", False, False)]),
    ],
)
def test_inline_segments(markdown, expected):
    assert [(s.text, s.bold, s.placeholder) for s in inline_segments(markdown)] == expected


def test_markdown_round_trip(tmp_path):
    draft = DRAFT.replace("\n", "\r\n") + "\r\n\r\n"
    path = export_markdown(draft, tmp_path / "sub" / "总结.md")
    raw = path.read_bytes()
    assert b"\r" not in raw
    assert raw.endswith(b"\n") and not raw.endswith(b"\n\n")
    assert raw.decode("utf-8") == DRAFT
    # the exported Markdown exports to the same Word text
    again = docx.Document(str(export_docx(path.read_text(encoding="utf-8"), tmp_path / "again.docx")))
    assert [p.text for p in _non_empty(again)] == EXPECTED_TEXTS


def test_export_draft_dispatches_by_suffix(tmp_path):
    md = export_draft(DRAFT, tmp_path / "a.md")
    assert md.read_text(encoding="utf-8") == DRAFT
    word = export_draft(DRAFT, tmp_path / "A.DOCX")
    assert zipfile.is_zipfile(word)
    assert [p.text for p in _non_empty(docx.Document(str(word)))] == EXPECTED_TEXTS


@pytest.mark.parametrize("name", ["总结.pdf", "总结.txt", "总结"])
def test_unknown_suffix_is_refused_naming_the_supported_ones(tmp_path, name):
    with pytest.raises(ValueError) as caught:
        export_draft(DRAFT, tmp_path / name)
    assert ".docx" in str(caught.value) and ".md" in str(caught.value)
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("exporter", [export_docx, export_markdown])
def test_an_empty_draft_is_refused(tmp_path, exporter):
    with pytest.raises(ValueError):
        exporter(" \n\n", tmp_path / "empty.docx")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../../x/pwned.md", "／..／..／x／pwned.md"),  # safe_name drops the leading dots
        ("/tmp/x/pwned.docx", "／tmp／x／pwned.docx"),
        ("2024年上/下半年工作总结.md", "2024年上／下半年工作总结.md"),
        ("a\\b\x00\n.md", "a＼b.md"),
    ],
)
def test_safe_target_keeps_a_title_as_one_name_inside_its_folder(tmp_path, name, expected):
    target = safe_target(tmp_path, name)
    assert target == tmp_path.resolve() / expected and target.stat().st_size == 0
    assert [p.name for p in tmp_path.rglob("*")] == [expected]


def test_safe_target_never_overwrites_or_follows_a_link(tmp_path):
    (tmp_path / "outside.md").write_text("keep", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "总结.md").symlink_to(tmp_path / "outside.md")
    with pytest.raises(FileExistsError):
        safe_target(tmp_path / "folder", "总结.md")
    assert (tmp_path / "outside.md").read_text(encoding="utf-8") == "keep"
    long = safe_target(tmp_path / "folder", "工会" * 100 + ".md")  # 600 bytes asked for
    assert long.suffix == ".md" and len(long.name.encode()) <= 255


def test_export_titled_names_the_file_after_the_first_line(tmp_path):
    path = export_titled(DRAFT, tmp_path, "docx")
    assert path == tmp_path.resolve() / "青禾区第三实验小学工会2024年度工作总结.docx"
    assert docx.Document(str(path)).paragraphs[0].text == "青禾区第三实验小学工会2024年度工作总结"


def test_a_title_of_300_characters_is_capped_in_the_core_properties(tmp_path):
    title = "工会工作总结" * 50
    path = export_titled(f"# {title}\n正文。\n", tmp_path, "docx")
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == title and document.core_properties.title == title[:255]


@pytest.mark.parametrize("suffix", ["docx", "md"])
def test_control_characters_are_stripped_and_word_breaks_become_lines(tmp_path, suffix):
    markdown = "# 标题\x01\x0b副题\n正文第一行\x0b第二行\x0c第三行\x00\x1f\ufffe。\n"
    path = export_titled(markdown, tmp_path, suffix)
    if suffix == "md":
        assert path.read_text(encoding="utf-8") == "# 标题\n副题\n正文第一行\n第二行\n第三行。\n"
    else:
        texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
        assert texts == ["标题", "副题", "正文第一行", "第二行", "第三行。"]
    assert path.name == f"标题.{suffix}"


def test_a_failed_export_is_chinese_and_leaves_no_file(tmp_path, monkeypatch):
    import assistant.export as export

    def broken(document):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")

    monkeypatch.setattr(export, "_setup_page", broken)
    with pytest.raises(export.ExportError) as caught:
        export_titled(DRAFT, tmp_path, "docx")
    assert "无法导出为 Word" in str(caught.value) and "XML" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
