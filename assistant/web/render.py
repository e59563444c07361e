"""What the web UI shows, as plain data and escaped HTML, built from assistant results.

The UI only lays these out; keeping them here makes them testable without a browser and keeps
every piece of document text escaped in one place (documents are data, never markup): `escaped`
is the one function for text that a Markdown/HTML component shows.
"""

from __future__ import annotations

import html
import re
from typing import Any

from assistant.answer_types import Answer, one_per_article
from assistant.question_profile import profile_question
from assistant.scope import hit_label
from vectorstore.lexical import quoted_phrases
from vectorstore.retriever import Hit

NOT_FOUND_CLASS = "ua-not-found"
NEAREST_SHOWN = 3
NEAREST_HEAD = "资料中最接近的内容（仅供参考，不是这个问题的答案）："


_LINK_STARTS = (("[", "&#91;"), ("://", ":&#47;&#47;"), ("www.", "www&#46;"))


def escaped(text: str) -> str:
    """Text that shows as itself in Gradio's Markdown and chat: HTML escaped, and what Markdown would
    turn into a link or an image broken up with entities ("[…](…)", "![…](…)", bare URLs and www.
    addresses): an image is fetched as soon as it is shown, and a link in a document is not ours
    to offer. The entities render as the same characters, so the text reads unchanged."""
    text = html.escape(text)
    for plain, entity in _LINK_STARTS:
        text = text.replace(plain, entity)
    return text


def text_html(text: str) -> str:
    """Plain text (an answer, or the part of it streamed so far) for the chat, line breaks kept."""
    return escaped(text).replace("\n", "<br>")


def matched_terms(question: str, idf) -> list[str]:
    """The words of a question worth highlighting in the passages that answer it."""
    terms = list(profile_question(question, idf).weights)
    terms += [p for p in quoted_phrases(question) if p not in terms and len(p) <= 20]
    return sorted({t for t in terms if len(t) >= 2}, key=len, reverse=True)


def highlight(text: str, terms: list[str]) -> str:
    """HTML-escaped text with the matched words wrapped in <mark>."""
    if not terms:
        return escaped(text)
    pattern = re.compile("|".join(re.escape(t) for t in terms))
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escaped(text[last : match.start()]))
        parts.append(f"<mark>{escaped(match.group(0))}</mark>")
        last = match.end()
    parts.append(escaped(text[last:]))
    return "".join(parts)


def _source_card(n: int | None, hit: Hit, quote: str, terms: list[str], *, whose: bool = False) -> str:
    """One passage under an answer; `whose` leads with the unit and period it belongs to (for the
    nearest passages of a not-found answer, which are someone else's facts)."""
    meta = hit.metadata
    facts = " · ".join(
        escaped(str(v)) for v in (meta.get("unit"), f"{meta['year']}年" if meta.get("year") else None, hit.section) if v
    )
    label = f"[{n}] " if n is not None else ""
    owner = f'<span class="ua-source-owner">{escaped(hit_label(hit))}</span>：' if whose else ""
    return (
        '<div class="ua-source">'
        f'<div class="ua-source-title">{label}{owner}{escaped(hit.title)}</div>'
        f'<div class="ua-source-meta">{facts}</div>'
        f'<div class="ua-source-quote">{highlight(quote, terms)}</div>'
        "</div>"
    )


def sources_html(answer: Answer, idf) -> str:
    """The sources under an answer: cited passages, or for a "not found" answer the nearest ones."""
    terms = matched_terms(answer.standalone_question or answer.question, idf)
    if "llm_unavailable" in answer.flags:
        cards = [_source_card(c.n, c.hit, c.hit.text[:240], terms) for c in answer.citations]
        return '<div class="ua-sources"><div class="ua-sources-head">出处（检索到的资料）</div>' + "".join(cards) + "</div>"
    if answer.citations:
        cards = [_source_card(c.n, c.hit, c.quote, terms) for c in answer.citations]
        return '<div class="ua-sources"><div class="ua-sources-head">出处</div>' + "".join(cards) + "</div>"
    if answer.hits:  # the answer above already said "not found": here only what is nearest, and whose it is
        nearest = one_per_article(answer.hits, lambda hit: hit, NEAREST_SHOWN)
        cards = [_source_card(None, h, h.text[:160], terms, whose=True) for h in nearest]
        return (
            f'<div class="ua-sources {NOT_FOUND_CLASS}"><div class="ua-sources-head">{NEAREST_HEAD}</div>'
            + "".join(cards) + "</div>"
        )
    return ""


def answer_html(answer: Answer) -> str:
    """The answer text for the chat: escaped, citations kept, "not found" marked to look different."""
    body = text_html(answer.text)
    if not answer.grounded:
        return f'<div class="{NOT_FOUND_CLASS}">🔍 {body}</div>'
    return body


def search_rows(hits: list[Hit]) -> list[list[Any]]:
    """The 检索测试 table: rank, score, which retrievers found it, where it is from, the text."""
    return [
        [h.rank, round(h.score, 3), "+".join(h.retrievers), h.title, h.section, h.metadata.get("year") or "", h.text[:200]]
        for h in hits
    ]


SEARCH_HEADERS = ["排名", "得分", "检索方式", "文章", "章节", "年份", "片段"]
