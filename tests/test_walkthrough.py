"""A new user's first session, as issue 13 asks it to be checked: `make run`'s server on an empty
index (it ingests the sample corpus in the background), then every tab in headless Chromium with
a screenshot of each step in tests/artifacts/walkthrough-*.png.

The page must answer while the sample corpus is still being ingested (how soon is
benchmarks/app_bench.py's figure, not a test's wall clock); then the user
asks a question, uploads two files, finds one in the article list, opens it, deletes it after a
confirmation, runs a hit test (the passage text must be inside the 1280x900 viewport), drafts a
summary, downloads it as Word with one click, and looks at 状态.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
import urllib.request
from pathlib import Path

import docx
import pytest

from chroma_server import APP, free_port, stop

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
PAGE_WAIT_S = 60.0  # the page must answer at all; how soon is benchmarks/app_bench.py's figure
VIEWPORT = {"width": 1280, "height": 900}

UPLOADS = {
    "东岭镇总工会2024年工作总结.txt": (
        "东岭镇总工会2024年工作总结\n"
        "2024年，东岭镇总工会在镇党委和县总工会的领导下，围绕服务职工这一主线开展工作。现将全年工作总结如下：\n"
        "一、关爱职工。春节前走访慰问困难职工57户，发放慰问金8.4万元；夏季为一线职工送清凉，覆盖企业23家。\n"
        "二、建会入会。新建非公企业工会6家，新发展会员412人，建会率达到91%。\n"
    ),
    "南湾社区工会上半年工作总结.txt": (
        "南湾社区工会上半年工作总结\n"
        "今年上半年，南湾社区工会紧紧围绕社区中心工作，组织会员开展了一系列活动。\n"
        "一、文体活动。3月举办职工趣味运动会，设拔河、跳绳、踢毽三个项目，参加会员96人。\n"
        "二、技能培训。5月联合街道职校开展家政服务技能培训两期，结业学员58人。\n"
    ),
}


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"walkthrough-{name}.png"))


def _in_view(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= VIEWPORT["height"] \
        and box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORT["width"]


@pytest.fixture(scope="module")
def first_start(tmp_path_factory: pytest.TempPathFactory):
    """The server as `make run` starts it on an empty index, and how long its page took to answer."""
    folder = tmp_path_factory.mktemp("walkthrough")
    port = free_port()
    log_path = folder / "serve.log"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "127.0.0.1,localhost"}
    started = time.monotonic()
    with open(log_path, "wb") as log:
        process = subprocess.Popen([str(APP), "--data-dir", str(folder / "data"), "serve", "--port", str(port)],
                                   stdout=log, stderr=subprocess.STDOUT, env=env)
        url = f"http://127.0.0.1:{port}/"
        answered = None
        try:
            while time.monotonic() - started < PAGE_WAIT_S and answered is None:
                assert process.poll() is None, log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                try:
                    with urllib.request.urlopen(url, timeout=2) as response:
                        answered = time.monotonic() - started if response.status == 200 else None
                except OSError:
                    time.sleep(0.2)
            yield url, answered, folder
        finally:
            stop(process)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)")
def test_a_new_users_first_session_through_every_tab(first_start, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, answered, _ = first_start
    assert answered is not None, f"the page did not answer within {PAGE_WAIT_S:.0f} s"
    ARTIFACTS.mkdir(exist_ok=True)
    files = []
    for name, text in UPLOADS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        context = browser.new_context(viewport=VIEWPORT, locale="zh-CN", accept_downloads=True)
        page = context.new_page()
        try:
            page.goto(url)

            # first start: the banner says what is being imported, then that it is done
            banner = page.locator("#ua-ingest-banner")
            expect(banner).to_contain_text(re.compile("正在导入|已导入"), timeout=30_000)
            _shot(page, "01-first-start")
            expect(banner).to_contain_text("✅ 已导入", timeout=600_000)

            # 问答: an example question built from the index, answered with its sources
            examples = page.locator("#ua-examples button")
            expect(examples.first).to_be_visible(timeout=30_000)
            examples.first.click()
            page.locator("#ua-send").click()
            chat = page.locator("#ua-chat")
            expect(chat).to_contain_text(re.compile("出处|最接近"), timeout=120_000)
            _shot(page, "02-qa")

            # a filter that is on shows above the chat and in the answer; "not in the material" is said once
            page.locator("#ua-year input").fill("2024")
            page.locator("#ua-year input").press("Enter")
            expect(page.locator("#ua-filter-bar")).to_contain_text("正在按 2024年 筛选", timeout=30_000)
            asked = "工会给职工发了多少张电影票？"
            page.locator("#ua-question textarea").fill(asked)
            page.locator("#ua-send").click()
            expect(chat).to_contain_text("已按2024年筛选", timeout=120_000)
            expect(chat).to_contain_text("最接近", timeout=30_000)
            reply = chat.inner_text().rsplit(asked, 1)[-1]
            assert reply.count("没有") == 1, reply
            _shot(page, "02-qa-filtered")
            page.locator("#ua-clear-filters").click()
            expect(page.locator("#ua-filter-bar")).to_be_hidden(timeout=30_000)

            # 知识库: upload two files, find one, open it, delete it after a confirmation
            page.get_by_role("tab", name="知识库").click()
            caption = page.locator("#ua-article-caption")
            expect(caption).to_contain_text("共 5 篇", timeout=30_000)  # the sample corpus: 4 articles and a copy
            page.locator("#ua-files input[type=file]").set_input_files(files)
            # uploaded: each file is a row of the box, labelled with its whole name (its text is cut
            # into stem and extension, and the upload's progress line shows the name only meanwhile)
            for name in UPLOADS:
                page.locator("#ua-files").get_by_label(name, exact=True).wait_for(timeout=90_000)
            page.locator("#ua-upload").click()
            expect(page.locator("#ua-upload-summary")).to_contain_text("收到 2 个文件：导入 2 个", timeout=300_000)
            expect(caption).to_contain_text("共 7 篇", timeout=30_000)  # and the 2 new
            _shot(page, "03-knowledge-list")
            page.locator("#ua-article-search textarea").fill("南湾")
            expect(caption).to_contain_text("共 1 篇", timeout=30_000)
            _shot(page, "04-knowledge-search")
            page.locator("#ua-docs [role=row]:not([aria-rowindex='1'])").first.locator("[role=gridcell]").first.click()
            passage = page.locator("#ua-article-view .ua-article-passage").first
            expect(passage).to_be_visible(timeout=30_000)
            assert _in_view(passage)
            expect(page.locator("#ua-article-view")).to_contain_text("拔河、跳绳、踢毽")
            _shot(page, "05-knowledge-article")
            page.locator("#ua-article-delete").click()
            expect(page.locator("#ua-article-prompt")).to_contain_text("确定删除《南湾社区工会上半年工作总结》", timeout=10_000)
            _shot(page, "06-knowledge-confirm")
            page.locator("#ua-article-confirm-delete").click()
            expect(page.locator("#ua-article-notice")).to_contain_text("已删除《南湾社区工会上半年工作总结》", timeout=60_000)
            page.locator("#ua-article-search textarea").fill("南湾")
            expect(caption).to_contain_text("没有符合条件的文章", timeout=30_000)

            # 检索测试: cards whose passage text is readable without scrolling sideways
            page.get_by_role("tab", name="检索测试").click()
            page.locator("#ua-hit-query textarea").fill("慰问困难职工 慰问金")
            page.locator("#ua-hit-query textarea").press("Enter")
            card = page.locator("#ua-hits .ua-hit").first
            expect(card).to_be_visible(timeout=60_000)
            expect(card.locator(".ua-hit-badge")).to_contain_text(re.compile("相关度 [高中低]"))
            text = card.locator(".ua-hit-text").first
            assert _in_view(text), text.bounding_box()
            assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
            _shot(page, "07-hit-test")

            # 起草: a draft shown rendered with its blanks marked, and Word in one click
            page.get_by_role("tab", name="起草").click()
            page.locator("#ua-unit textarea, #ua-unit input").first.fill("东岭镇总工会")
            page.locator("#ua-generate").click()
            view = page.locator("#ua-draft-view")
            expect(view.locator("h1")).to_contain_text("东岭镇总工会", timeout=120_000)
            _shot(page, "08-draft")
            word = page.locator("#ua-download-docx")
            expect(word).to_be_enabled(timeout=30_000)
            with page.expect_download(timeout=60_000) as download:
                word.click()
            saved = tmp_path / download.value.suggested_filename
            download.value.save_as(saved)
            assert saved.suffix == ".docx"
            assert "东岭镇总工会" in docx.Document(str(saved)).paragraphs[0].text

            # 状态: fresh on opening, with the counts after the upload and the delete
            page.get_by_role("tab", name="状态").click()
            expect(page.get_by_role("cell", name="健康")).to_be_visible(timeout=30_000)
            _shot(page, "09-status")
        except Exception:
            _shot(page, "failed")  # what the user saw when it went wrong
            raise
        context.close()
        browser.close()
