"""起草's draft as the user reads it, and the list of the exemplars it drew on.

The preview reads the Markdown with the Word export's own parser (`parse_markdown`,
`inline_segments`), so what the preview shows as a heading, a signature or a placeholder is what
the .docx makes of it. Everything is escaped: a draft is made of document text.
"""

from __future__ import annotations

from typing import Any

from assistant.export import Block, inline_segments, parse_markdown
from assistant.web.render import escaped

CSS = """
#ua-draft-view { min-height: 420px; padding: 4px 24px 16px; border: 1px solid var(--border-color-primary); border-radius: 8px; }
.ua-draft h1 { text-align: center; font-size: 1.45em; font-weight: 600; margin: 14px 0 18px; }
.ua-draft h2 { font-size: 1.12em; font-weight: 600; margin: 16px 0 6px; text-indent: 2em; }
.ua-draft h3 { font-size: 1.04em; font-weight: 600; margin: 12px 0 4px; text-indent: 2em; }
.ua-draft p { line-height: 1.9; margin: 4px 0; text-indent: 2em; }
.ua-draft p.ua-signature, .ua-draft p.ua-date { text-align: right; text-indent: 0; padding-right: 4em; }
.ua-draft p.ua-signature { margin-top: 22px; }
.ua-placeholder { background: #ffd8d8; color: #a8001c; border-radius: 3px; padding: 0 2px; font-weight: 600; }
.ua-draft-todo { display: inline-block; margin: 10px 0 0; padding: 2px 12px; border-radius: 12px; font-size: 0.92em;
                 background: #fff0f0; color: #a8001c; }
.ua-draft-todo.ua-done { background: #edf7ed; color: #1e6b2e; }
.ua-draft-empty { color: #888; padding: 60px 0; text-align: center; }
.ua-exemplars-head { font-weight: 600; font-size: 1.05em; margin: 6px 0 2px; }
.ua-exemplar { line-height: 1.6; padding: 4px 0; }
.ua-exemplar-meta { color: #666; font-size: 0.9em; margin-left: 8px; }
"""
EMPTY = '<div class="ua-draft-empty">填写左侧表格，点“生成初稿”，初稿显示在这里。</div>'
EXEMPLARS_HEAD = '<div class="ua-exemplars-head">参考的范文</div>'
NO_EXEMPLARS = '<div class="ua-exemplar">（没有找到可参考的范文，初稿按通用写法起草）</div>'
_TAGS = {"title": ("h1", ""), "heading1": ("h2", ""), "heading2": ("h3", ""), "body": ("p", ""),
         "signature": ("p", ' class="ua-signature"'), "date": ("p", ' class="ua-date"')}


def _inline(text: str) -> tuple[str, int]:
    """One paragraph's text as HTML (bold kept, placeholders marked), and how many placeholders."""
    parts, count = [], 0
    for segment in inline_segments(text):
        html = escaped(segment.text)
        if segment.placeholder:
            html, count = f'<mark class="ua-placeholder">{html}</mark>', count + 1
        parts.append(f"<strong>{html}</strong>" if segment.bold else html)
    return "".join(parts), count


def _block_html(block: Block) -> tuple[str, int]:
    tag, attributes = _TAGS[block.kind]
    html, count = _inline(block.text)
    return f"<{tag}{attributes}>{html}</{tag}>", count


def placeholders(markdown: str) -> int:
    """How many places are left to fill in, counted as the preview and the .docx mark them."""
    return sum(n for _, n in map(_block_html, parse_markdown(markdown or "")))


def todo_badge(count: int) -> str:
    """How many places the user still has to fill in, above the draft."""
    if count:
        return f'<div class="ua-draft-todo">还有 {count} 处【待填】</div>'
    return '<div class="ua-draft-todo ua-done">没有【待填】了</div>'


def draft_html(markdown: str) -> str:
    """The draft as the preview shows it: the count of places left to fill, then the text laid out
    as headings and paragraphs, each 【待填…】 (and XX, ___) marked where it sits."""
    blocks = [_block_html(b) for b in parse_markdown(markdown or "")]
    if not blocks:
        return EMPTY
    count = sum(n for _, n in blocks)
    return todo_badge(count) + '<div class="ua-draft">' + "".join(html for html, _ in blocks) + "</div>"


def exemplar_html(n: int, row: dict[str, Any]) -> str:
    """One exemplar in the list: its number, title, unit and year."""
    facts = " · ".join(escaped(str(v)) for v in (row.get("unit"), f"{row['year']}年" if row.get("year") else None) if v)
    return (f'<div class="ua-exemplar">{n}. {escaped(str(row.get("title") or ""))}'
            f'<span class="ua-exemplar-meta">{facts}</span></div>')
