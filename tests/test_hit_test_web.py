"""检索测试 as readable hit cards: the card HTML (escaped, highlighted, badges, tags), the tab's
handlers on the fixture pages, and in Debian's Chromium at 1280x900 the first card's passage in view."""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace

import gradio as gr
import pytest

from assistant.web.hit_cards import PREVIEW_CHARS, WAITING, hit_card, hit_cards, split_preview
from assistant.web.hit_test_tab import HitTestTab
from fakes import make_hit
from test_webui import ARTIFACTS, CHROMIUM, server  # noqa: F401 (server: the app on the fixture pages, per module)

HOSTILE = '读书之星<img src="http://x/a.png" onerror="alert(1)"> 与 ![图](http://x/b.png) [链接](http://x/c)'


def _hit(text: str, score: float = 1.0, retrievers: tuple[str, ...] = ("dense", "bm25"), coverage: float | None = 1.0,
         **meta):
    meta = {"title": "明湖中学工会2023年工作总结", "section": "一、开展读书活动", "unit": "明湖中学工会", "year": 2023, **meta}
    return dataclasses.replace(make_hit(text, score=score, rank=1, **meta), retrievers=retrievers,
                               lexical_coverage=coverage)


# ---------------------------------------------------------------- the card HTML


def test_document_text_in_a_card_is_inert() -> None:
    card = hit_card(_hit(HOSTILE, title="总结<script>alert(1)</script>", section="<b>一</b>", unit="<i>单位</i>"), [])
    assert "<img" not in card and "<script" not in card and "<b>" not in card and "<i>" not in card
    assert "![" not in card and "[链接]" not in card and "://" not in card  # no Markdown image or link left
    assert "&lt;img" in card and "&lt;script&gt;" in card


def test_the_query_words_are_marked_and_escaped_inside_the_mark() -> None:
    card = hit_card(_hit("评选读书之星18名，发放慰问金4.6万元。"), ["读书之星", "慰问金"])
    assert "<mark>读书之星</mark>" in card and "<mark>慰问金</mark>" in card
    hostile = hit_card(_hit("a<b>读书</b>"), ["<b>读书"])
    assert "<mark>&lt;b&gt;读书</mark>" in hostile and "<b>" not in hostile


def test_a_card_shows_rank_title_section_unit_year_badge_and_tags() -> None:
    card = hit_card(_hit("正文", score=1.0, retrievers=("dense", "bm25", "phrase")), [])
    for shown in ('ua-hit-rank">1<', "明湖中学工会2023年工作总结 › 一、开展读书活动", "明湖中学工会 · 2023年",
                  'ua-level-high', "相关度 高", '>语义<', '>关键词<', '>原文<', "语义、关键词、原文"):
        assert shown in card, shown
    assert "\n" not in card  # one line: Markdown leaves an HTML block without blank lines alone


@pytest.mark.parametrize(("score", "coverage", "badge", "css"), [
    (1.0, 1.0, "高", "high"), (0.96, 1.0, "中", "medium"), (0.5, 1.0, "低", "low"), (1.0, None, "低", "low"),
])
def test_the_badge_follows_the_score_and_coverage(score: float, coverage: float | None, badge: str, css: str) -> None:
    card = hit_card(_hit("正文", score=score, coverage=coverage), [])
    assert f"相关度 {badge}" in card and f"ua-level-{css}" in card


def test_a_long_passage_shows_its_start_and_opens_the_rest() -> None:
    text = "工会组织职工开展技能比武。" * 60  # 780 characters
    card = hit_card(_hit(text), ["技能比武"])
    head, rest = split_preview(text)
    assert len(head) <= PREVIEW_CHARS and head.endswith("。") and head + rest == text
    assert f"展开全文（另有 {len(rest)} 字）" in card and card.count("<details") == 1
    assert card.count("<mark>技能比武</mark>") == 60  # the hidden part is marked too


def test_a_passage_without_a_sentence_end_is_cut_at_the_limit() -> None:
    assert split_preview("字" * 500) == ("字" * PREVIEW_CHARS, "字" * 100)
    assert split_preview("短文。") == ("短文。", "")
    assert "<details" not in hit_card(_hit("短文。"), [])


def test_line_breaks_in_a_passage_are_kept() -> None:
    assert "第一行<br>第二行" in hit_card(_hit("第一行\n第二行"), [])


def test_the_results_echo_the_query_and_filters_or_say_nothing_was_found() -> None:
    shown = hit_cards("读书<b>", [_hit("正文")], [], year=2023, unit_kind="教育")
    assert "检索“读书&lt;b&gt;”（只看 2023年、教育），命中 1 个片段" in shown
    empty = hit_cards("读书", [], [])
    assert "检索“读书”：没有命中的片段" in empty and "ua-hit\"" not in empty


# ---------------------------------------------------------------- the tab's handlers


@pytest.fixture(scope="module")
def tab(pages_kb) -> HitTestTab:
    return HitTestTab(SimpleNamespace(knowledge=pages_kb))


def test_cards_for_a_query_on_the_real_index(tab: HitTestTab) -> None:
    shown = tab.cards("金秋助学", "", "")
    assert shown.count('class="ua-hit"') >= 1 and "<mark>金秋助学</mark>" in shown and "相关度" in shown


def test_filters_narrow_the_cards(tab: HitTestTab) -> None:
    years = re.findall(r"(\d{4})年</div>|· (\d{4})年", tab.cards("工会", "2023", ""))
    assert years and all("2023" in pair for pair in years)
    assert "没有命中的片段" in tab.cards("金秋助学", "1990", "")


def test_an_empty_query_shows_the_waiting_text(tab: HitTestTab) -> None:
    assert tab.cards("   ", "", "") == WAITING


def test_the_search_endpoint_keeps_its_table(tab: HitTestTab) -> None:
    table = tab.search("金秋助学")
    assert table["headers"][:3] == ["排名", "得分", "检索方式"] and table["data"]
    assert table["data"][0][0] == 1 and set(table["data"][0][2].split("+")) <= {"dense", "bm25", "phrase"}
    assert tab.search("  ")["data"] == []


def test_a_refused_query_is_a_chinese_toast(tab: HitTestTab) -> None:
    from assistant.web.common import guarded

    with pytest.raises(gr.Error) as raised:
        guarded(tab.cards)("读书" * 400, "", "")
    assert "问题太长" in raised.value.message and raised.value.title == "提示"
    with pytest.raises(gr.Error, match="不是数字"):
        guarded(tab.cards)("读书", "二〇二三", "")


# ---------------------------------------------------------------- in the browser


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser installs it)")
def test_the_first_cards_passage_is_in_view_at_1280(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page.goto(server)
        page.get_by_role("tab", name="检索测试").click()
        page.get_by_label("检索词").fill("金秋助学 困难职工子女")
        page.get_by_label("检索词").press("Enter")
        first = page.locator("#ua-hits .ua-hit").first
        expect(first).to_be_visible(timeout=30_000)
        expect(page.locator("#ua-hits")).to_contain_text("资助困难职工子女上大学47名")
        text = first.locator(".ua-hit-text").first
        assert len(text.inner_text().strip()) > 10
        box = text.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 1280 and box["y"] + box["height"] <= 900, box
        assert page.locator("#ua-hits mark").count() >= 1
        assert first.locator(".ua-hit-badge").inner_text() in ("相关度 高", "相关度 中", "相关度 低")
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "tab-检索测试.png"))
        browser.close()
