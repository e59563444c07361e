"""One article as the app shows it: its facts, then its passages as indexed, under their headings."""

from __future__ import annotations

from typing import Any

from assistant.web.render import escaped


CSS = ""  # this part's styles; app.py joins every part's CSS

def article_html(row: dict[str, Any], chunks: list[dict[str, Any]]) -> str:
    """An article (a `KnowledgeBase.documents()` row) and its passages (`KnowledgeBase.chunks(doc_id)`), escaped."""
    facts = " · ".join(escaped(str(v)) for v in (row.get("unit"), f"{row['year']}年" if row.get("year") else None,
                                                  row.get("period")) if v)
    parts = [f'<div class="ua-article"><div class="ua-article-title">{escaped(str(row.get("title") or ""))}</div>',
             f'<div class="ua-article-meta">{facts}</div>']
    heading = None
    for chunk in chunks:
        section = str(chunk.get("section") or "")
        if section and section != heading:
            parts.append(f'<div class="ua-article-section">{escaped(section)}</div>')
            heading = section
        parts.append(f'<p class="ua-article-passage">{escaped(str(chunk.get("text") or ""))}</p>')
    parts.append("</div>")
    return "".join(parts)
