"""知识库's article list through the running app: gradio_client for the listing, search, pages and
deletes with duplicates; Debian's Chromium (headless, via Playwright) for what a user sees."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest

from chroma_server import pages_app

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(os.environ.get("UA_SHOTS", Path(__file__).parent / "artifacts"))
DUPLICATED = "县直机关工会上半年工作总结"  # the fixture pages hold it twice
UNITS = ["东港", "西岭", "南湖", "北川", "青石", "白沙", "红旗", "金山", "银河", "长宁", "永安", "和平", "新华", "兴隆",
         "太平", "安澜"]
ACTIVITIES = ["职工书屋", "劳动竞赛", "困难帮扶", "技能比武", "健步走", "读书会", "法律讲座", "心理疏导"]
HEX_ID = re.compile(r"\b[0-9a-f]{16}\b")


def _article(n: int, unit: str) -> str:
    first, second = ACTIVITIES[n % 8], ACTIVITIES[(n * 3 + 1) % 8]
    return (f"{unit}街道工会2022年工作总结\n2022年，{unit}街道工会围绕服务职工这一中心，开展{first}活动{n + 3}次，"
            f"参与职工{120 + 17 * n}人次，走访基层企业{n + 5}家，收集意见{9 + n}条并全部办结。\n"
            f"一、{first}。街道工会联合辖区企业举办{first}{n + 2}场，覆盖会员{300 + 11 * n}人。\n"
            f"二、{second}。全年组织{second}{n + 4}期，{unit}片区职工参与踊跃，评出先进个人{n + 1}名。\n")


def test_an_opened_article_is_escaped_with_its_headings_once_and_the_prompt_says_the_cost() -> None:
    from assistant.articles import detail, to_articles
    from assistant.web.article_view import delete_prompt, detail_html

    rows = [{"doc_id": "k", "title": "<b>总结</b>", "unit": "某单位", "year": 2023, "chunks": 2, "file_name": "a.txt",
             "added_at": "2026-12-01T09:30:00"},
            {"doc_id": "d", "title": "副本", "duplicate_of": "k", "chunks": 0, "file_name": "b.txt"}]
    chunks = [{"chunk_index": 0, "section": "一、概况", "text": "一、概况。<img src=x onerror=alert(1)>正文"},
              {"chunk_index": 1, "section": "一、概况", "text": "[链接](http://example.com)"}]
    item = detail(to_articles(rows), "k", chunks)
    html = detail_html(item)
    assert "<b>" not in html and "<img" not in html and "&lt;img" in html and "[链接]" not in html and "://" not in html
    assert html.count("一、概况") == 1 and "导入于 2026-12-01 09:30" in html and "内容相同的文章（1 篇）" in html
    assert delete_prompt(item).startswith("确定删除《&lt;b&gt;总结&lt;/b&gt;》？它的 2 个片段将从知识库中移除。")
    assert "没有自己的片段" in delete_prompt(detail(to_articles(rows), "d", chunks))


@pytest.fixture(scope="module")
def server(pages_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    with pages_app(pages_dir, tmp_path_factory.mktemp("articles")) as url:
        yield url


@pytest.fixture(scope="module")
def client(server: str):
    from gradio_client import Client

    return Client(server, verbose=False)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test_a_user_searches_opens_and_deletes_with_confirmation(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright  # expect(): the page's CSP forbids eval

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page.goto(server)
        page.get_by_role("tab", name="知识库").click()
        table = page.locator("#ua-docs")
        expect(page.locator("#ua-article-caption")).to_contain_text("第 1/", timeout=30_000)
        assert not HEX_ID.search(table.inner_text())  # no hash ids in view
        page.screenshot(path=str(SHOTS / "articles-list.png"))

        page.locator("#ua-article-search textarea").fill("范文")
        caption = page.locator("#ua-article-caption")
        expect(caption).to_contain_text(re.compile(r"第 1/1 页，共 [1-9] 篇"), timeout=10_000)
        found = int(re.search(r"共 (\d+) 篇", caption.inner_text()).group(1))
        rows = page.locator("#ua-docs [role=row]:not([aria-rowindex='1'])")  # the header is row 1
        expect(rows).to_have_count(found)
        assert all("范文" in row for row in rows.all_inner_texts())
        rows.first.locator("[role=gridcell]").first.click()

        view = page.locator("#ua-article-view")
        expect(view.locator(".ua-article-passage").first).to_be_visible(timeout=10_000)
        expect(page.locator("#ua-article-list")).to_be_hidden()
        box = view.locator(".ua-article-passage").first.bounding_box()
        assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 900  # inside the viewport
        page.screenshot(path=str(SHOTS / "articles-open.png"))

        page.locator("#ua-article-delete").click()
        confirm = page.locator("#ua-article-prompt")
        expect(confirm).to_contain_text("确定删除《单位工会工作总结范文", timeout=10_000)
        expect(confirm).to_contain_text("个片段将从知识库中移除")
        page.screenshot(path=str(SHOTS / "articles-confirm.png"))
        page.locator("#ua-article-cancel").click()
        expect(confirm).to_be_hidden()

        page.locator("#ua-article-delete").click()
        page.locator("#ua-article-confirm-delete").click()
        expect(page.locator("#ua-article-notice")).to_contain_text("已删除《单位工会工作总结范文", timeout=30_000)
        expect(page.locator("#ua-article-list")).to_be_visible()
        expect(caption).to_contain_text(f"共 {found - 1} 篇", timeout=10_000)
        page.screenshot(path=str(SHOTS / "articles-deleted.png"))

        page.locator("#ua-article-search textarea").fill("县直机关")  # an article with a duplicate
        expect(caption).to_contain_text("共 2 篇", timeout=10_000)
        kept = rows.filter(has_not_text=re.compile("上半年工作总结[\\s\\S]*上半年工作总结"))  # not the row naming its copy
        kept.first.locator("[role=gridcell]").first.click()
        page.locator("#ua-article-delete").click()
        expect(confirm).to_contain_text(f"确定删除《{DUPLICATED}》", timeout=10_000)
        expect(page.locator("#ua-article-with-duplicates")).to_contain_text("同时删除它的 1 篇重复文章")
        expect(page.locator("#ua-article-view")).to_contain_text("内容相同的文章（1 篇）")
        page.screenshot(path=str(SHOTS / "articles-duplicates.png"))
        page.locator("#ua-article-cancel").click()
        browser.close()


def test_list_search_pages_and_delete_with_duplicates(client, tmp_path: Path) -> None:
    from gradio_client import handle_file

    before = client.predict(api_name="/articles")
    table, caption, *_ = client.predict("", "", "", api_name="/articles_search")
    assert caption == f"第 1/1 页，共 {len(before)} 篇"
    cells = " ".join(str(cell) for row in table["data"] for cell in row)
    assert not HEX_ID.search(cells) and not any(d["doc_id"] in cells for d in before)  # no ids in view
    assert "qinghe_pages.txt" in cells and not any("/" in str(row[6]) for row in table["data"])  # names, not paths

    archive = tmp_path / "街道总结.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for n, unit in enumerate(UNITS):
            zipped.writestr(f"{unit}街道.txt", _article(n, unit))
    summary, _, _ = client.predict([handle_file(str(archive))], api_name="/upload")
    assert "16" in summary

    total = len(before) + 16
    table, caption, *_ = client.predict("", "", "", api_name="/articles_search")
    assert caption == f"第 1/2 页，共 {total} 篇" and len(table["data"]) == 15
    assert all(row[0].endswith("街道工会2022年工作总结") for row in table["data"])  # newest first
    assert table["data"][0][6].endswith("街道.txt") and re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d", table["data"][0][7])
    table, caption, *_ = client.predict("", "", "", api_name="/articles_next")
    assert caption == f"第 2/2 页，共 {total} 篇" and len(table["data"]) == total - 15
    table, caption, *_ = client.predict("", "", "", api_name="/articles_prev")
    assert caption.startswith("第 1/2 页")

    table, caption, *_ = client.predict("東港", "", "", api_name="/articles_search")  # traditional finds simplified
    assert [row[0] for row in table["data"]] == ["东港街道工会2022年工作总结"] and caption == "第 1/1 页，共 1 篇"
    table, _, *_ = client.predict("", "", "2022", api_name="/articles_search")
    assert len(table["data"]) == 15 and all(row[2] == 2022 or row[2] == "2022" for row in table["data"])

    records = client.predict(api_name="/articles")
    kept = next(d for d in records if d["title"] == DUPLICATED and not d["duplicate_of"])
    copies = [d for d in records if d["duplicate_of"] == kept["doc_id"]]
    assert copies
    message = client.predict(kept["doc_id"], True, api_name="/delete")
    assert f"《{DUPLICATED}》" in message and "重复文章" in message
    after = client.predict(api_name="/articles")
    assert not any(d["title"] == DUPLICATED for d in after) and len(after) == len(records) - 1 - len(copies)
    with pytest.raises(Exception, match="已不在知识库中"):
        client.predict(kept["doc_id"], api_name="/delete")
