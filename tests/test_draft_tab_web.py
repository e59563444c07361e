"""起草 as users reach it: a real server, driven through gradio_client (the named endpoints scripts
use) and through Debian's Chromium (preview, edit, one-click downloads, an exemplar's article)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from chroma_server import app_server

CHROMIUM = Path("/usr/bin/chromium")
FORM = ("明德中学工会", 2024, "年度", "教育", ["师德建设", "送温暖"], 1200, "全年慰问困难教职工12人。")


@pytest.fixture(scope="module")
def server(pages_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("draft_tab")
    shutil.copytree(pages_dir, folder / "pages")
    with app_server(folder / "data", "--corpus", str(folder / "pages")) as url:
        yield url, folder / "data"


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server[0], verbose=False)


def test_a_script_drafts_redoes_a_section_and_downloads_the_edited_text(server, client) -> None:
    markdown, preview, sections, status = client.predict(*FORM, api_name="/draft")
    assert markdown.startswith("# 明德中学工会2024年工作总结") and "【待填】" in status
    assert "<h1>明德中学工会2024年工作总结</h1>" in preview and 'class="ua-placeholder"' in preview
    edited = markdown.replace("明德中学工会2024年工作总结", "明德中学工会2024年度工作总结（修改稿）", 1)
    heading = sections["value"]
    redone = client.predict(edited, heading, *FORM, api_name="/redraft_section")
    assert "（修改稿）" in redone and f"## {heading}" in redone  # the edit survives; the section is rewritten in place
    word = Path(client.predict(redone, api_name="/download_docx"))
    assert word.name == "明德中学工会2024年度工作总结（修改稿）.docx"
    assert docx.Document(str(word)).paragraphs[0].text == "明德中学工会2024年度工作总结（修改稿）"
    text = Path(client.predict(redone, api_name="/download_markdown")).read_text(encoding="utf-8")
    assert text.startswith("# 明德中学工会2024年度工作总结（修改稿）")
    downloads = server[1] / "downloads"
    assert all(p.parent.parent == downloads for p in downloads.rglob("*") if p.is_file())  # in their folder


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser installs it)")
def test_preview_edit_one_click_downloads_and_an_exemplars_article(server, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright  # expect(): the page's CSP forbids eval

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True)
        page.goto(server[0])
        page.get_by_role("tab", name="起草").click()
        page.locator("#ua-unit input, #ua-unit textarea").first.fill("明德中学工会")
        page.locator("#ua-generate").click()
        view = page.locator("#ua-draft-view")
        expect(view.locator("h1")).to_contain_text("明德中学工会", timeout=30_000)
        expect(view.locator("h2").first).to_be_visible()
        expect(view.locator("mark.ua-placeholder").first).to_be_visible()
        expect(view.locator(".ua-draft-todo")).to_contain_text("处【待填】")
        assert "#" not in view.inner_text()
        # the draft's events end by turning to 预览 and writing its files: only then is the editor the user's
        expect(page.locator("#ua-download-docx")).to_be_enabled(timeout=30_000)

        page.get_by_role("tab", name="编辑").click()
        box = page.locator("#ua-draft textarea")
        text = box.input_value()
        assert text.startswith("# 明德中学工会") and "工作总结" in text
        expect(page.locator("#ua-download-docx")).to_be_disabled()  # no stale file while editing
        box.fill(text.replace("工作总结", "工作总结（审定稿）", 1))
        page.get_by_role("tab", name="预览").click()
        expect(view.locator("h1")).to_contain_text("（审定稿）", timeout=10_000)

        word_button = page.locator("#ua-download-docx")
        expect(word_button).to_be_enabled(timeout=10_000)
        with page.expect_download() as started:
            word_button.click()  # one click
        word = tmp_path / started.value.suggested_filename
        started.value.save_as(word)
        assert word.suffix == ".docx" and "（审定稿）" in docx.Document(str(word)).paragraphs[0].text
        with page.expect_download() as started:
            page.locator("#ua-download-md").click()
        markdown = tmp_path / started.value.suggested_filename
        started.value.save_as(markdown)
        assert markdown.read_text(encoding="utf-8").startswith("# 明德中学工会") and "（审定稿）" in markdown.read_text(encoding="utf-8")

        expect(page.locator(".ua-exemplars-head")).to_have_text("参考的范文")
        listed = page.locator(".ua-exemplar").first.inner_text()  # "1. <title>  <unit> · <year>年"
        page.locator(".ua-open-exemplar").first.click()
        article = page.locator("#ua-draft-article")  # in the 范文原文 tab, brought to the front
        expect(article.locator(".ua-article-title")).to_be_visible(timeout=10_000)
        assert article.locator(".ua-article-title").inner_text() in listed
        expect(article.locator(".ua-article-passage").first).to_be_visible()
        browser.close()
