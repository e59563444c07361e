"""检索测试's hit cards (HTML for a gr.Markdown), laid out like MaxKB's 命中测试: rank, article and
section, unit and year, the passage with the query's words marked, a 高/中/低 relevance badge and
the searches that found it. Every piece of document text goes through render's `escaped` or
`highlight`; the cards are one HTML block on one line, so Markdown leaves their inside alone."""

from __future__ import annotations

import re

from assistant.relevance import Level, found_by, hit_level, retriever_labels
from assistant.web.render import escaped, highlight
from vectorstore.retriever import Hit

CSS = """
#ua-hits { max-width: 100%; }
.ua-hits-head { color: #555; margin: 4px 0 8px; }
.ua-hits-empty { color: #666; padding: 24px 8px; text-align: center; }
.ua-hit { box-sizing: border-box; max-width: 100%; margin: 0 0 10px; padding: 10px 14px; border: 1px solid #e3e6ea;
          border-radius: 8px; background: #fff; overflow-wrap: anywhere; }
.ua-hit-head { display: flex; align-items: center; gap: 8px; }
.ua-hit-rank { flex: none; width: 24px; height: 24px; border-radius: 12px; background: #eef2ff; color: #3b4cca;
               text-align: center; line-height: 24px; font-size: 0.85em; font-weight: 600; }
.ua-hit-title { flex: 1; min-width: 0; font-weight: 600; }
.ua-hit-badge { flex: none; padding: 1px 8px; border-radius: 10px; font-size: 0.85em; font-weight: 600; }
.ua-level-high { background: #e3f5e8; color: #1e7b34; }
.ua-level-medium { background: #fff4d6; color: #8a5a00; }
.ua-level-low { background: #eef0f2; color: #5f6b76; }
.ua-hit-meta { color: #666; font-size: 0.9em; margin: 2px 0 6px 32px; }
.ua-hit-text { line-height: 1.7; margin-left: 32px; }
.ua-hit-text mark { background: #ffe58f; padding: 0 1px; }
.ua-hit-more { margin-left: 32px; }
.ua-hit-more summary { cursor: pointer; color: #3b4cca; font-size: 0.9em; }
.ua-hit-more .ua-hit-text { margin-left: 0; }
.ua-hit-tags { margin: 6px 0 0 32px; font-size: 0.85em; color: #666; }
.ua-tag { display: inline-block; margin-left: 4px; padding: 0 6px; border: 1px solid #cfd6de; border-radius: 4px; }
"""

PREVIEW_CHARS = 400  # shown at once; the rest of a longer passage opens under 展开全文
WAITING = '<div class="ua-hits-empty">命中的片段显示在这里：输入检索词后按回车。</div>'
_LEVEL_CLASS: dict[Level, str] = {"高": "high", "中": "medium", "低": "low"}
_SENTENCE_END = re.compile(r"[。！？；\n]")


def split_preview(text: str, limit: int = PREVIEW_CHARS) -> tuple[str, str]:
    """The passage's first part (ending at a sentence end in the last quarter before `limit` when
    there is one, so the cut reads naturally) and the rest ("" when it all fits)."""
    if len(text) <= limit:
        return text, ""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, limit * 3 // 4, limit)]
    cut = ends[-1] if ends else limit
    return text[:cut], text[cut:]


def _passage(text: str, terms: list[str]) -> str:
    return highlight(text, terms).replace("\n", "<br>")


def hit_card(hit: Hit, terms: list[str]) -> str:
    """One hit as a card; `terms` are the query's words to mark in its text."""
    meta = hit.metadata
    facts = " · ".join(escaped(str(v)) for v in (meta.get("unit"), f"{meta['year']}年" if meta.get("year") else None) if v)
    title = escaped(hit.title) + (f" › {escaped(hit.section)}" if hit.section else "")
    grade = hit_level(hit)
    head, rest = split_preview(hit.text)
    more = (f'<details class="ua-hit-more"><summary>展开全文（另有 {len(rest)} 字）</summary>'
            f'<div class="ua-hit-text">{_passage(rest, terms)}</div></details>') if rest else ""
    tags = "".join(f'<span class="ua-tag">{escaped(label)}</span>' for label in retriever_labels(hit.retrievers))
    return (
        f'<div class="ua-hit"><div class="ua-hit-head"><span class="ua-hit-rank">{hit.rank}</span>'
        f'<span class="ua-hit-title">{title}</span>'
        f'<span class="ua-hit-badge ua-level-{_LEVEL_CLASS[grade]}" title="得分 {hit.score:.3f}">相关度 {grade}</span></div>'
        f'<div class="ua-hit-meta">{facts or "（单位、年份不详）"}</div>'
        f'<div class="ua-hit-text">{_passage(head, terms)}</div>{more}'
        f'<div class="ua-hit-tags" title="找到它的检索：{escaped(found_by(hit.retrievers))}">检索方式{tags}</div></div>'
    )


def _scope(year: int | None, unit_kind: str | None) -> str:
    named = [f"{year}年" if year else "", unit_kind or ""]
    return f"（只看 {escaped('、'.join(n for n in named if n))}）" if any(named) else ""


def hit_cards(query: str, hits: list[Hit], terms: list[str], year: int | None = None, unit_kind: str | None = None) -> str:
    """The results: the query echoed (with the filters in force), then one card per hit, or a
    sentence saying nothing was found."""
    echo = f"检索“{escaped(query)}”{_scope(year, unit_kind)}"
    if not hits:
        return f'<div class="ua-hits-empty">{echo}：没有命中的片段。可以换个说法，或去掉年份、单位类别的筛选再试。</div>'
    return (f'<div class="ua-hits"><div class="ua-hits-head">{echo}，命中 {len(hits)} 个片段（按相关程度排序；'
            "相关度“高”的片段多半出自答案所在的文章）</div>" + "".join(hit_card(h, terms) for h in hits) + "</div>")
