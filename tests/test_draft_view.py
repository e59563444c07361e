"""assistant.web.draft_view: the draft laid out as the preview shows it, and the exemplar list."""

from __future__ import annotations

import html
import re

from assistant.web.draft_view import EMPTY, draft_html, exemplar_html, placeholders

DRAFT = """# 明德中学工会2024年工作总结

2024年，明德中学工会围绕**师德建设**开展工作。现将一年来的工作总结如下：

## 一、关心教职工生活

### （一）走访慰问

全年走访困难教职工【待填：人数】户，发放慰问金【待填】元。
第二行是另一段。

## 二、存在的问题和不足

1. 【待填：存在的问题和不足】

明德中学工会

2024年12月30日
"""


def _tags(shown: str, tag: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", shown)]


def test_headings_are_headings_and_lines_are_paragraphs() -> None:
    shown = draft_html(DRAFT)
    assert _tags(shown, "h1") == ["明德中学工会2024年工作总结"]
    assert _tags(shown, "h2") == ["一、关心教职工生活", "二、存在的问题和不足"]
    assert _tags(shown, "h3") == ["（一）走访慰问"]
    assert "#" not in shown  # no raw Markdown markers left
    paragraphs = re.findall(r"<p[^>]*>", shown)
    assert len(paragraphs) == 6  # as the Word export has it: one non-blank line, one paragraph
    assert "<strong>师德建设</strong>" in shown


def test_the_signature_and_date_are_set_apart() -> None:
    shown = draft_html(DRAFT)
    assert '<p class="ua-signature">明德中学工会</p>' in shown and '<p class="ua-date">2024年12月30日</p>' in shown


def test_placeholders_are_marked_and_counted() -> None:
    shown = draft_html(DRAFT)
    marked = re.findall(r'<mark class="ua-placeholder">(.*?)</mark>', shown)
    assert marked == ["【待填：人数】", "【待填】", "【待填：存在的问题和不足】"]
    assert "还有 3 处【待填】" in shown


def test_a_draft_with_nothing_left_to_fill_says_so() -> None:
    shown = draft_html("# 总结\n\n全年慰问困难职工12人。\n")
    assert "没有【待填】了" in shown and "ua-placeholder" not in shown


def test_an_empty_draft_shows_the_empty_state() -> None:
    assert draft_html("") == draft_html("  \n\n") == EMPTY


def test_hostile_text_is_escaped_everywhere() -> None:
    hostile = ("# 总结<script>alert(1)</script>\n\n## 一、<img src=http://x/a.png>\n\n"
               "正文![图](http://x/b.png)与[链接](http://x/c)【待填：<b>人数</b>】。\n")
    shown = draft_html(hostile)
    assert "<script" not in shown and "<img" not in shown and "<b>" not in shown
    assert "[" not in shown and "://" not in shown  # no Markdown link or image can form
    assert "&lt;script&gt;" in shown and "&lt;b&gt;人数&lt;/b&gt;" in shown
    assert html.unescape(_tags(shown, "h1")[0]) == "总结<script>alert(1)</script>"


def test_an_exemplar_names_its_title_unit_and_year() -> None:
    shown = exemplar_html(2, {"doc_id": "d1", "title": "青禾县教育工会2023年度工作总结", "unit": "青禾县教育工会", "year": 2023})
    assert "2. 青禾县教育工会2023年度工作总结" in shown and "青禾县教育工会 · 2023年" in shown
    bare = exemplar_html(1, {"doc_id": "d2", "title": "单位工会工作总结范文", "source": "/x/fanwen.txt"})
    assert "单位工会工作总结范文" in bare and "年" not in bare.split("</span>")[0].split("meta")[-1]


def test_an_exemplars_text_is_escaped() -> None:
    shown = exemplar_html(1, {"title": "总结<img src=http://x/a.png>", "unit": "[工会](http://x/b)", "year": None})
    assert "<img" not in shown and "[" not in shown and "://" not in shown and "总结&lt;img" in shown


def test_the_count_is_the_one_the_preview_shows() -> None:
    assert placeholders(DRAFT) == 3 and placeholders("# 总结\n\n共XX人，金额___元。\n") == 2 and placeholders("") == 0


def test_opening_the_editor_cancels_preview_renderings_still_under_way() -> None:
    """A preview's files arriving after the editor opened would enable a stale download (seen as a
    flaky browser test under load): the 编辑 tab's event cancels every rendering event."""
    import gradio as gr

    from assistant.web.draft_tab import DraftTab

    with gr.Blocks() as blocks:
        DraftTab(services=None).render()  # rendering wires events only; no service is called
    config = blocks.get_config_file()
    word = next(c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == "ua-download-docx")
    touching = [d for d in config["dependencies"] if word in d["outputs"]]
    disabling = [d for d in touching if d["targets"][0][1] == "select" and d["backend_fn"] and len(d["outputs"]) == 2]
    renderings = {d["id"] for d in touching} - {d["id"] for d in disabling}
    assert len(disabling) == 1 and len(renderings) == 3  # after a draft, after a redo, on opening 预览
    # gradio wires cancels as a second listener on the same tab event
    cancelling = [d for d in config["dependencies"] if d["targets"] == disabling[0]["targets"] and d["cancels"]]
    assert [set(d["cancels"]) for d in cancelling] == [renderings]
