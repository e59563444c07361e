"""Export a drafted summary as Markdown or as a Word file laid out like a 公文 (GB/T 9704-2012).

The drafter writes Markdown in the genre's structure: ``#`` title, ``##`` 一、 headings, ``###``
（一） headings, body paragraphs (numbered "1." lines among them), and at the end the signing unit
and the date. Each non-blank line is one paragraph. `export_draft` writes it to ``.md`` or
``.docx`` by the path's suffix.

The Word layout
---------------
* Page: A4; margins top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm; page numbers "— n —"
  in 四号 宋体 at the foot, outside edge (odd pages right, even pages left, one character in).
* Every paragraph: fixed line spacing of 28 pt (``lineRule="exact"``), nothing before or after,
  no automatic gap between Chinese and digits (``autoSpaceDE``/``autoSpaceDN`` off).
* Title: 方正小标宋简体 二号 (22 pt), not bold, centred, followed by one blank line.
* Body: 仿宋_GB2312 三号 (16 pt), justified, first line indented two characters (32 pt).
  Numbered "1." lines stay body paragraphs with their number as text (no Word list numbering).
* 一、 headings: 黑体 三号; （一） headings: 楷体_GB2312 三号; both keep the two-character
  indent, as 党政机关公文格式 has it, and stay with the paragraph after them. A heading that
  opens a paragraph ("（一）走访慰问。全年……", as the drafter writes 二级 headings) keeps the
  paragraph in the body style and sets its heading sentence in 楷体 (黑体 for 一、) through the
  character styles 公文段内二级标题 / 公文段内一级标题.
* Signature and date: the layout GB/T 9704-2012 §7.3.5.1 gives a summary that will be sealed
  (加盖印章): one blank line after the body, the date right-aligned with four characters of
  right space (右空四字), the signing unit centred over the date. The centring is a right indent
  on the unit's paragraph computed from the two texts (half their width difference; CJK counts
  one character, ASCII digits half), so a user who edits the unit or the date may need to adjust
  it.
* All of this lives in paragraph styles — 公文标题, 公文一级标题, 公文二级标题, 公文正文,
  公文落款 — and in the document defaults, not in run formatting, so a user restyles the whole
  document in Word by editing a style. Runs carry only bold (from ``**bold**``) and the highlight
  on placeholders.
* Placeholders are kept verbatim and highlighted in yellow so the user finds them: 【待填】,
  【待填：人数】 (any 【待…】), XX / xx / 20xx / ×××, ``___``, a ``**`` that stands for a number
  (``共**人``), and ``~年``.

Chinese fonts and their fallbacks
---------------------------------
Word picks a run's font per script: ``w:ascii``/``w:hAnsi`` for Latin text, ``w:eastAsia`` for
Chinese. python-docx's ``font.name`` writes only the first two, so every style here sets all four
slots of ``w:rFonts`` (and ``w:hint="eastAsia"`` so that shared punctuation such as “”……— is set in
the Chinese font). The document defaults (``w:docDefaults``) get explicit fonts too, with the theme
font attributes removed — a theme attribute on the same element would win over the name — and
``w:lang w:eastAsia="zh-CN"`` so renderers choose simplified-Chinese glyphs.

WordprocessingML has no per-run list of fallback fonts. What it has is the font table
(``word/fontTable.xml``), one ``w:font`` entry per font name used, which ISO/IEC 29500-1 §17.8.3
defines for exactly this situation: ``w:altName`` (§17.8.3.1) gives other names an application
"should use ... to attempt to locate the font" when the primary name is not installed, and
``w:panose1``, ``w:charset``, ``w:family`` and ``w:pitch`` are the metrics it falls back to after
that ("font substitution"). So:

* ``w:rFonts`` names the preferred font: 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体.
* The font table gets an entry for each preferred font whose ``w:altName`` is its fallback
  (方正小标宋简体 -> 宋体, 仿宋_GB2312 -> 仿宋, 楷体_GB2312 -> 楷体), with charset 86 (GB2312) and
  the PANOSE number of a Song, FangSong or Kai face. For 仿宋_GB2312 and 楷体_GB2312 that is their
  own number; 方正小标宋简体's own number was not at hand, so its entry carries 宋体's, as a hint
  that a metric substitution should land on a Song face.
* The fallback fonts get entries of their own whose ``w:altName`` is their English family name
  (宋体 -> SimSun, 仿宋 -> FangSong, 楷体 -> KaiTi, 黑体 -> SimHei), the names they are installed
  under on non-Chinese systems.

What that buys depends on the reader: the standard says "should", and Word and WPS were not at
hand to try. A reader that honours the alternate name shows 仿宋 where 仿宋_GB2312 is missing;
one that only uses the metrics still gets a Chinese face of the right class (charset 86) rather
than a Latin default. LibreOffice 7.4 (tried) ignores ``w:altName`` and maps an unknown name
through its own replacement table and fontconfig. The preferred names stay in the document either
way, so the file prints as intended on the office machines that have the 公文 fonts.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from assistant.filenames import safe_name

SUPPORTED_SUFFIXES = (".docx", ".md")
MAX_CORE_TITLE = 255  # python-docx (and the OPC core properties) refuse a longer title

log = logging.getLogger(__name__)


class ExportError(ValueError):
    """An export refused or failed, with a Chinese reason fit to show the user."""

# --- the layout -------------------------------------------------------------------------------
TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING1_FONT = "黑体"
HEADING2_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"

TITLE_SIZE = Pt(22)  # 二号
BODY_SIZE = Pt(16)  # 三号
PAGE_NUMBER_SIZE = Pt(14)  # 四号
LINE_SPACING = Pt(28)
CHAR = 16  # one 三号 character, in points
FIRST_LINE_INDENT = Pt(2 * CHAR)
CLOSING_RIGHT_SPACE_CHARS = 4  # 成文日期右空四字 (sealed layout, GB/T 9704-2012 §7.3.5.1)

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
FOOTER_DISTANCE = Cm(2.5)  # puts the page number about 7 mm below the type area

STYLE_TITLE = "公文标题"
STYLE_HEADING1 = "公文一级标题"
STYLE_HEADING2 = "公文二级标题"
STYLE_BODY = "公文正文"
STYLE_CLOSING = "公文落款"
STYLE_RUN_IN1 = "公文段内一级标题"  # character styles for a heading that opens a paragraph
STYLE_RUN_IN2 = "公文段内二级标题"


@dataclass(frozen=True)
class FontEntry:
    """One ``w:font`` entry of word/fontTable.xml."""

    alt_name: str
    panose1: str
    family: str
    pitch: str
    charset: str = "86"  # GB2312


# Preferred fonts carry their fallback as altName; fallbacks carry their English family name.
FONT_TABLE: dict[str, FontEntry] = {
    TITLE_FONT: FontEntry("宋体", "02010600030101010101", "auto", "variable"),
    BODY_FONT: FontEntry("仿宋", "02010609030101010101", "modern", "fixed"),
    HEADING2_FONT: FontEntry("楷体", "02010609030101010101", "modern", "fixed"),
    HEADING1_FONT: FontEntry("SimHei", "02010609060101010101", "modern", "fixed"),
    "宋体": FontEntry("SimSun", "02010600030101010101", "auto", "variable"),
    "仿宋": FontEntry("FangSong", "02010609060101010101", "modern", "fixed"),
    "楷体": FontEntry("KaiTi", "02010609060101010101", "modern", "fixed"),
}


# --- reading the draft ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    """One paragraph of the draft: kind is title, heading1, heading2, body, signature or date."""

    kind: str
    text: str  # Markdown inline syntax (**bold**) still in it


_ATX = re.compile(r"^(#{1,6})[ \t\u3000]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^[-+*][ \t\u3000]+")
_QUOTE = re.compile(r"^>[ \t]?")
_RULE = re.compile(r"^-{3,}$")
_FENCE = re.compile(r"^(```|~~~)")
_HEADING1_TEXT = re.compile(r"^[一二三四五六七八九十]+、")
_HEADING2_TEXT = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_SENTENCE_END = re.compile(r"[。！？；]")
_DATE = re.compile(
    r"^(?:\d{4}|[〇零○Ｏ一二三四五六七八九]{4}|20[Xx×Ｘｘ]{2}|[Xx×Ｘｘ_＿]{2,}|【待[^】]*】)\s*年"
    r"[^。！？；，,]{0,16}月(?:[^。！？；，,]{0,16}日)?$"
)
_CLAUSE_PUNCT = re.compile(r"[。！？；：，、:;,]")


def _display_width(text: str) -> float:
    """Width in characters of the body font: CJK and full-width count 1, the rest 1/2."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5 for ch in text)


def parse_markdown(markdown: str) -> list[Block]:
    """The draft's paragraphs in order, each with its role. One non-blank line is one paragraph."""
    blocks: list[Block] = []
    for raw in _normalise(markdown).split("\n"):
        line = raw.strip()
        if not line or _RULE.match(line) or _FENCE.match(line):
            continue
        heading = _ATX.match(line)
        if heading:
            level, text = len(heading.group(1)), heading.group(2).strip()
            if not text:
                continue
            kind = {1: "title", 2: "heading1", 3: "heading2"}.get(level, "body")
            blocks.append(Block(kind, text))
            continue
        line = _QUOTE.sub("", line)
        line = _BULLET.sub("", line)
        line = line.rstrip("\\").rstrip()
        if not line:
            continue
        blocks.append(Block(_bare_line_kind(line), line))
    return _mark_closing(blocks)


def _bare_line_kind(line: str) -> str:
    """一、/（一） lines without a ``#`` are still headings when they are short and not sentences."""
    plain = line.replace("**", "")
    inner = _SENTENCE_END.search(plain[:-1])
    if len(plain) <= 40 and not inner:
        if _HEADING1_TEXT.match(plain):
            return "heading1"
        if _HEADING2_TEXT.match(plain):
            return "heading2"
    return "body"


def _mark_closing(blocks: list[Block]) -> list[Block]:
    """The last line is the date when it reads as one; the short line before it, the signer."""
    if not blocks or blocks[-1].kind != "body":
        return blocks
    date = blocks[-1].text.replace("**", "").strip()
    if not _DATE.match(date):
        return blocks
    blocks = [*blocks[:-1], Block("date", blocks[-1].text)]
    if len(blocks) >= 2 and blocks[-2].kind == "body":
        signer = blocks[-2].text.replace("**", "").strip()
        if _display_width(signer) <= 30 and not _CLAUSE_PUNCT.search(signer) and not re.match(r"^\d", signer):
            blocks[-2] = Block("signature", blocks[-2].text)
    return blocks


# --- inline text: bold and placeholders -------------------------------------------------------------
@dataclass(frozen=True)
class Segment:
    text: str
    bold: bool = False
    placeholder: bool = False


PLACEHOLDER = re.compile(
    r"【待[^】\n]*】"  # 【待填】 【待填：人数】 【待核实：…】
    r"|(?<![A-Za-z])\d{0,2}[Xx×Ｘｘ]{2,}(?![A-Za-z])"  # XX xx 20xx ×××
    r"|[_＿]{2,}"  # ___
    r"|\*{2,}"  # ** standing for a number (emphasis pairs are taken out before)
    r"|[~～](?=[年月日])"  # ~年
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STARS = re.compile(r"\*+")
# "**" next to these is a number left blank (共**人, 20**年, 第**届), not emphasis.
_NUMBER_BEFORE = set("0123456789０１２３４５６７８９第共计达约近超逾余")
_UNIT_AFTER = set("人元次个项名家户场期万千百余年月日届位支条篇所台套件批天小%％")


def inline_segments(text: str) -> list[Segment]:
    """Split one paragraph's Markdown into plain, bold and placeholder segments, markers removed."""
    chars: list[tuple[str, bool]] = []  # (character, escaped)
    pos = 0
    for m in _ESCAPE.finditer(text):
        chars.extend((c, False) for c in text[pos : m.start()])
        chars.append((m.group(1), True))
        pos = m.end()
    chars.extend((c, False) for c in text[pos:])
    plain = "".join(c for c, _ in chars)
    escaped = [e for _, e in chars]

    # Candidate emphasis delimiters: runs of exactly two unescaped stars.
    delims: list[tuple[int, bool, bool]] = []  # (start, can_open, can_close)
    for m in _STARS.finditer(plain):
        s, e = m.start(), m.end()
        if e - s != 2 or escaped[s] or escaped[s + 1]:
            continue
        before = plain[s - 1] if s > 0 else ""
        after = plain[e] if e < len(plain) else ""
        if before in _NUMBER_BEFORE or after in _UNIT_AFTER:
            continue
        can_open = bool(after) and not after.isspace()
        can_close = bool(before) and not before.isspace()
        delims.append((s, can_open, can_close))

    bold_spans: list[tuple[int, int]] = []
    opener: int | None = None
    for start, can_open, can_close in delims:
        if opener is not None and can_close and start > opener + 2:
            bold_spans.append((opener, start))
            opener = None
        elif can_open:
            opener = start

    segments: list[Segment] = []
    pos = 0
    for open_at, close_at in bold_spans:
        segments.extend(_placeholder_split(plain[pos:open_at], escaped[pos:open_at], bold=False))
        segments.extend(_placeholder_split(plain[open_at + 2 : close_at], escaped[open_at + 2 : close_at], bold=True))
        pos = close_at + 2
    segments.extend(_placeholder_split(plain[pos:], escaped[pos:], bold=False))
    return [s for s in segments if s.text]


def _placeholder_split(text: str, escaped: list[bool], *, bold: bool) -> list[Segment]:
    out: list[Segment] = []
    pos = 0
    for m in PLACEHOLDER.finditer(text):
        if m.group().startswith("*") and any(escaped[m.start() : m.end()]):
            continue  # \*\* was written to mean literal stars
        out.append(Segment(text[pos : m.start()], bold))
        out.append(Segment(m.group(), bold, placeholder=True))
        pos = m.end()
    out.append(Segment(text[pos:], bold))
    return out


def plain_text(markdown_line: str) -> str:
    """A paragraph's text as it appears in the .docx."""
    return "".join(s.text for s in inline_segments(markdown_line))


# --- writing --------------------------------------------------------------------------------------
# Characters XML 1.0 cannot carry: C0 controls other than tab and newline, lone surrogates,
# U+FFFE/U+FFFF. A vertical tab or form feed (Word's manual line and page breaks, pasted) is
# a line break; the rest are dropped.
_XML_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_XML_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _normalise(markdown: str) -> str:
    text = markdown.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").translate(_XML_BREAKS)
    return _XML_INVALID.sub("", text)


def _prepare_target(path: Path, markdown: str) -> Path:
    if not isinstance(markdown, str) or not markdown.strip():
        raise ExportError(f"没有可导出的内容：{Path(path).name} 的草稿为空")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def safe_target(folder: Path, name: str) -> Path:
    """A new, empty file named `name` directly inside `folder`, for a name that came from a user.

    The name is a title, never a path: / and \\ become their full-width forms (so 2024年上/下半年
    keeps both halves), then `safe_name` drops control characters and caps the bytes. The file
    is created exclusively inside ``folder.resolve()``: it never overwrites and never follows a
    link that is already there.
    """
    folder = Path(folder).resolve()
    target = folder / safe_name(name.replace("/", "／").replace("\\", "＼"))
    if target.parent != folder:  # cannot happen after safe_name; the last guard
        raise ExportError(f"文件名不安全：{name}")
    target.open("xb").close()
    return target


def export_titled(markdown: str, folder: Path, suffix: str) -> Path:
    """Write the draft into `folder` as ``<its title>.<suffix>`` (.md or .docx), via `safe_target`.
    If the export fails, the file made for it is removed: no empty file is left behind."""
    lines = _normalise(markdown).strip().splitlines()
    title = lines[0].lstrip("#").strip() if lines else ""
    target = safe_target(folder, f"{title or '工作总结'}.{suffix}")
    try:
        return export_draft(markdown, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def export_markdown(markdown: str, path: Path) -> Path:
    """Write the draft as UTF-8 Markdown with LF line endings and one final newline."""
    path = _prepare_target(path, markdown)
    text = _normalise(markdown).rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def export_docx(markdown: str, path: Path) -> Path:
    """Write the draft as a .docx in 公文 layout (see the module docstring)."""
    path = _prepare_target(path, markdown)
    blocks = parse_markdown(markdown)
    if not blocks:
        raise ExportError(f"没有可导出的内容：{path.name} 的草稿只有空行或分隔线")

    document = docx.Document()
    _setup_page(document)
    _setup_styles(document)
    _setup_font_table(document)
    _add_page_numbers(document)

    styles = {
        "title": STYLE_TITLE,
        "heading1": STYLE_HEADING1,
        "heading2": STYLE_HEADING2,
        "body": STYLE_BODY,
        "signature": STYLE_CLOSING,
        "date": STYLE_CLOSING,
    }
    date_text = next((plain_text(b.text) for b in blocks if b.kind == "date"), "")
    for i, block in enumerate(blocks):
        previous = blocks[i - 1].kind if i else None
        if block.kind in ("signature", "date") and previous not in ("signature", "date", None):
            document.add_paragraph(style=STYLE_BODY)  # 正文下空一行
        paragraph = document.add_paragraph(style=styles[block.kind])
        segments = inline_segments(block.text)
        run_in = _run_in_heading(block, segments)
        for n, segment in enumerate(segments):
            run = paragraph.add_run(segment.text)
            if run_in and n < run_in[0]:
                run.style = run_in[1]
            if segment.bold:
                run.bold = True
            if segment.placeholder:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if block.kind == "signature" and date_text:
            # Centred over the date, whose right edge sits four characters in.
            offset = (_display_width(date_text) - _display_width(plain_text(block.text))) / 2
            paragraph.paragraph_format.right_indent = Pt(max(0.0, (CLOSING_RIGHT_SPACE_CHARS + offset) * CHAR))
        following = blocks[i + 1].kind if i + 1 < len(blocks) else None
        if block.kind == "title" and following not in ("title", None):
            document.add_paragraph(style=STYLE_BODY)  # 标题下空一行

    title = next((plain_text(b.text) for b in blocks if b.kind == "title"), "")
    document.core_properties.title = title[:MAX_CORE_TITLE]
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.core_properties.comments = ""
    document.save(str(path))
    return path


_RUN_IN = re.compile(
    r"^(?:(?P<one>[一二三四五六七八九十]+、)|[（(][一二三四五六七八九十]+[）)])[^。！？；\n]{1,30}[。！？；]"
)


def _run_in_heading(block: Block, segments: list[Segment]) -> tuple[int, str] | None:
    """"（一）走访慰问。全年……" in one paragraph: how many segments the heading takes, and its
    character style (楷体 for （一）, 黑体 for 一、), as 公文 set a run-in heading. Segments are
    split so that the heading ends on a segment boundary."""
    if block.kind != "body":
        return None
    text = "".join(s.text for s in segments)
    match = _RUN_IN.match(text)
    if not match or match.end() == len(text):
        return None
    end, count = match.end(), 0
    for n, segment in enumerate(list(segments)):
        if count < end < count + len(segment.text):
            cut = end - count
            segments[n : n + 1] = [
                Segment(segment.text[:cut], segment.bold, segment.placeholder),
                Segment(segment.text[cut:], segment.bold, segment.placeholder),
            ]
        count += len(segments[n].text)
        if count == end:
            return n + 1, STYLE_RUN_IN1 if match.group("one") else STYLE_RUN_IN2
    return None


def export_draft(markdown: str, path: Path) -> Path:
    """Write the draft to ``path``, as Word or Markdown by its suffix. Refusals are `ExportError`
    (a ValueError) in Chinese; a library failure becomes one too (the details go to the log);
    OSError (disk full, no permission) is left to the caller, who knows which path it was given."""
    path = Path(path)
    suffix = path.suffix.lower()
    exporter = {".docx": export_docx, ".md": export_markdown}.get(suffix)
    if exporter is not None:
        try:
            return exporter(markdown, path)
        except (ExportError, OSError):
            raise
        except Exception as error:
            log.exception("export to %s failed", path)
            kind = "Word" if suffix == ".docx" else "Markdown"
            raise ExportError(f"无法导出为 {kind} 文件（{path.name}）：草稿中有无法写入文件的内容，请检查后重试") from error
    shown = suffix or "（无后缀）"
    raise ExportError(f"不支持导出为 {shown}（{path.name}）：支持的格式为 {'、'.join(SUPPORTED_SUFFIXES)}")


# --- document set-up --------------------------------------------------------------------------------
def _setup_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.footer_distance = FOOTER_DISTANCE


def _set_fonts(rpr_parent, east_asia: str) -> None:
    """Name ``east_asia`` in all four slots of w:rFonts, with no theme font overriding it."""
    rfonts = rpr_parent.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), east_asia)
    rfonts.set(qn("w:hint"), "eastAsia")


def _setup_styles(document) -> None:
    styles = document.styles
    # Document defaults: the body font and size, zh-CN, 28 pt exact, no paragraph spacing.
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    rfonts = rpr.find(qn("w:rFonts"))
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), BODY_FONT)
    rfonts.set(qn("w:hint"), "eastAsia")
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(int(BODY_SIZE.pt * 2)))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    # No automatic gap between Chinese and digits/Latin: lines keep 28 characters' worth of
    # text and the signature can be centred over the date by counting characters.
    _no_auto_space(spacing.getparent())
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(int(LINE_SPACING.pt * 20)))
    spacing.set(qn("w:lineRule"), "exact")

    normal = styles["Normal"]
    _style_format(normal, BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None)
    _no_auto_space(normal.element.get_or_add_pPr())  # also on Normal, for readers that skip the defaults

    specs = [
        (STYLE_BODY, BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, None),
        (STYLE_TITLE, TITLE_FONT, TITLE_SIZE, WD_ALIGN_PARAGRAPH.CENTER, Pt(0), None),
        (STYLE_HEADING1, HEADING1_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, 0),
        (STYLE_HEADING2, HEADING2_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY, FIRST_LINE_INDENT, 1),
        (STYLE_CLOSING, BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.RIGHT, Pt(0), None),
    ]
    for name, font, size, alignment, indent, outline in specs:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.next_paragraph_style = styles[STYLE_BODY] if name != STYLE_BODY else style
        _style_format(style, font, size, alignment, indent)
        if name in (STYLE_HEADING1, STYLE_HEADING2, STYLE_TITLE):
            style.paragraph_format.keep_with_next = True
        if outline is not None:
            ppr = style.element.get_or_add_pPr()
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), str(outline))
            ppr.append(level)  # last child of w:pPr among those set here, as the schema orders them
        if name == STYLE_CLOSING:
            style.paragraph_format.right_indent = Pt(CLOSING_RIGHT_SPACE_CHARS * CHAR)
    for name, font in ((STYLE_RUN_IN1, HEADING1_FONT), (STYLE_RUN_IN2, HEADING2_FONT)):
        style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.quick_style = True
        _set_fonts(style.element, font)


_PPR_AFTER_AUTOSPACE = (
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def _no_auto_space(ppr) -> None:
    """w:autoSpaceDE/DN off, in their schema position."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
        switch = OxmlElement(tag)
        switch.set(qn("w:val"), "0")
        following = next((c for c in ppr if c.tag in {qn(t) for t in _PPR_AFTER_AUTOSPACE}), None)
        if following is None:
            ppr.append(switch)
        else:
            following.addprevious(switch)


def _style_format(style, font: str, size: Pt, alignment, indent) -> None:
    style.font.size = size
    style.font.bold = False
    style.font.italic = False
    _set_fonts(style.element, font)
    fmt = style.paragraph_format
    fmt.alignment = alignment
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_SPACING
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.widow_control = True
    if indent is not None:
        fmt.first_line_indent = indent
        fmt.left_indent = Pt(0)


def _setup_font_table(document) -> None:
    """Give each preferred font its fallback as w:altName, plus substitution metrics."""
    part = document.part.part_related_by(RT.FONT_TABLE)
    root = part.element if isinstance(part, XmlPart) else parse_xml(part.blob)
    for name, entry in FONT_TABLE.items():
        for old in root.findall(qn("w:font")):
            if old.get(qn("w:name")) == name:
                root.remove(old)
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        # CT_Font's children in schema order: altName, panose1, charset, family, pitch.
        for tag, value in (
            ("w:altName", entry.alt_name),
            ("w:panose1", entry.panose1),
            ("w:charset", entry.charset),
            ("w:family", entry.family),
            ("w:pitch", entry.pitch),
        ):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            font.append(child)
        root.append(font)
    if not isinstance(part, XmlPart):
        part._blob = serialize_part_xml(root)  # python-docx keeps this part as plain bytes


def _add_page_numbers(document) -> None:
    """"— n —" in 四号 宋体, odd pages right and even pages left, one character from the edge."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.alignment = alignment
        fmt.first_line_indent = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = PAGE_NUMBER_SIZE
        else:
            fmt.left_indent = PAGE_NUMBER_SIZE
        _page_number_run(paragraph, "— ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), " PAGE ")
        inner = _page_number_run(paragraph, "1")
        paragraph._p.remove(inner._r)
        field.append(inner._r)
        paragraph._p.append(field)
        _page_number_run(paragraph, " —")


def _page_number_run(paragraph, text: str):
    run = paragraph.add_run(text)
    run.font.size = PAGE_NUMBER_SIZE
    _set_fonts(run._r, PAGE_NUMBER_FONT)
    # The digits are set in the Latin slot: 4号半角宋体阿拉伯数字.
    run._r.rPr.rFonts.attrib.pop(qn("w:hint"), None)
    return run
