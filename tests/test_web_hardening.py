"""Issue 9 through the running app: downloads stay in their folder, uploads and downloads leave no
temp folders behind, document text makes the browser fetch nothing, and failed logins are throttled."""

from __future__ import annotations

import http.server
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.web.auth import CONTENT_SECURITY_POLICY, LoginLimits, Throttle
from chroma_server import app_server
from test_auth import _open
from test_webui import _text

CHROMIUM = Path("/usr/bin/chromium")
USER, PASSWORD = "admin", "口令123"

# A union page whose text carries markup that would make a browser fetch from another origin.
BEACON_PAGE = (
    "明湖中学工会2023年工作总结<img src=\"{url}title.png\">\n"
    "2023年，明湖中学工会在学校党支部的领导下，组织教职工读书分享会14场<img src=\"{url}img.png\">，"
    "参与教职工380人次。现将全年工作总结如下：\n"
    "一、开展读书活动。举办书香校园读书分享会14场<span style=\"background:url({url}css.png)\">，</span>"
    "评选读书之星18名<link rel=\"stylesheet\" href=\"{url}link.css\">。\n"
    "二、关心教职工生活。走访慰问困难教职工23人<iframe src=\"{url}frame.html\"></iframe>，"
    "发放慰问金4.6万元![照片]({url}md.png)。\n"
)


class _Listener(http.server.ThreadingHTTPServer):
    """A local HTTP server that only records which paths were requested."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                listener.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/beacon/"


@pytest.fixture(scope="module")
def listener() -> Iterator[_Listener]:
    server = _Listener()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def app(listener: _Listener, tmp_path_factory: pytest.TempPathFactory):
    """The app over the beacon page, with a temp folder of its own so leftovers can be counted."""
    folder = tmp_path_factory.mktemp("hardening")
    (folder / "pages").mkdir()
    (folder / "pages" / "明湖中学.txt").write_text(BEACON_PAGE.format(url=listener.url), encoding="utf-8")
    (folder / "tmp").mkdir()
    with app_server(folder / "data", "--corpus", str(folder / "pages"), env={"TMPDIR": str(folder / "tmp")}) as url:
        yield url, folder


@pytest.fixture(scope="module")
def client(app):
    from gradio_client import Client

    return Client(app[0], verbose=False)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "tmp").glob("ua-*"))


# ---------------------------------------------------------------- downloads


@pytest.mark.parametrize("api", ["/download_markdown", "/download_docx"])
def test_a_title_that_is_a_path_writes_nothing_outside(app, client, tmp_path: Path, api: str) -> None:
    _, folder = app
    relative = "../" * 20 + str(tmp_path / "x" / "pwned").lstrip("/")
    for title in (relative, str(tmp_path / "x" / "pwned")):
        path = Path(client.predict(f"# {title}\n全年慰问困难职工12人。", api_name=api))
        assert "pwned" in path.name and "/" not in path.name and path.stat().st_size > 0
    assert not (tmp_path / "x").exists()
    downloads = folder / "data" / "downloads"
    written = [p for p in downloads.rglob("*") if p.is_file()]
    assert written and all(p.parent.parent == downloads for p in written)  # one folder per download, no deeper
    assert _leftovers(folder) == []  # no ua-draft-* in the temp folder


def test_a_long_title_and_a_title_with_a_slash(client) -> None:
    long = Path(client.predict("# " + "工会工作总结" * 25 + "\n正文。", api_name="/download_markdown"))  # 450 bytes
    assert long.name.startswith("工会工作总结") and len(long.name.encode()) <= 255
    halves = Path(client.predict("# 2024年上/下半年工作总结\n正文。", api_name="/download_markdown"))
    assert "上" in halves.name and "下半年工作总结" in halves.name
    assert halves.read_text(encoding="utf-8").startswith("# 2024年上/下半年工作总结")


def test_word_download_of_a_long_title_and_control_characters(app, client) -> None:
    """A 300-character title and \\x0b \\x0c \\x01 NUL pasted from Word: a Word file, not an English error."""
    import docx

    title = "工会工作总结" * 50  # 300 characters
    path = Path(client.predict(f"# {title}\x01\n正文第一行\x0b第二行\x0c第三行\x00。\n", api_name="/download_docx"))
    assert path.stat().st_size > 0
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.text][1:] == ["正文第一行", "第二行", "第三行。"]
    assert document.core_properties.title == title[:255]
    _, folder = app
    assert all(p.stat().st_size > 0 for p in (folder / "data" / "downloads").rglob("*") if p.is_file())


def test_an_error_toast_is_chinese(client) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as raised:
        client.predict("   ", api_name="/download_docx")
    assert raised.value.message == "还没有初稿" and raised.value.title == "提示"


def test_a_search_or_question_the_knowledge_base_refuses_is_said_in_chinese(client) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as raised:
        client.predict("读书" * 400, api_name="/search")
    assert "问题太长" in raised.value.message and raised.value.title == "提示"
    chat = client.predict("明湖中学工会", [], "二〇二三", "", api_name="/ask")[0]
    assert "年份“二〇二三”不是数字" in _text(chat[-1])


# ---------------------------------------------------------------- uploads


def test_a_refused_upload_leaves_no_file_behind(app, client, tmp_path: Path) -> None:
    from gradio_client import handle_file

    _, folder = app
    good = tmp_path / "新的总结.txt"
    good.write_text("明湖小学工会2023年工作总结\n2023年，明湖小学工会在学校党支部的领导下，组织教职工开展健步走活动，"
                    "参与教职工210人次，评选健康之星12名，发放健身器材价值1.2万元。现将全年工作总结如下：\n"
                    "一、开展文体活动。举办教职工趣味运动会一次，设拔河、跳绳等项目8个，参赛教职工156人。\n", encoding="utf-8")
    bad = tmp_path / "坏的.docx"
    bad.write_bytes(b"this is not a word file")
    summary, rejected, _ = client.predict([handle_file(str(good)), handle_file(str(bad))], api_name="/upload")
    assert "新增文章 1 篇" in summary, (summary, rejected)
    assert any("坏的.docx" in row[0] for row in rejected["data"])
    uploads = folder / "data" / "uploads"
    assert (uploads / "新的总结.txt").exists() and not (uploads / "坏的.docx").exists()
    assert _leftovers(folder) == []  # the staging folder (ua-upload-*) is gone


# ---------------------------------------------------------------- document text in the browser


def test_pages_carry_a_content_security_policy(app) -> None:
    for path in ("", "config", "gradio_api/info"):
        with urllib.request.urlopen(app[0] + path, timeout=30) as response:
            assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "img-src 'self' data: blob:" in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY


# Records every element that ever enters the page with an attribute pointing at the listener,
# so markup that is shown for a moment (a streamed partial answer) is caught as well. Links are
# left out: Markdown turns a URL in the text into one, and a link fetches nothing until clicked.
_WATCH = """
window.__leaks = [];
new MutationObserver(records => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    for (const el of [node, ...node.querySelectorAll('*')])
      for (const attr of el.attributes)
        if (attr.value.includes('/beacon/') && !(el.tagName === 'A' && attr.name === 'href'))
          window.__leaks.push(el.tagName + ' ' + attr.name);
  }
}).observe(document, {childList: true, subtree: true});
"""


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser installs it)")
def test_document_text_makes_the_browser_fetch_nothing(app, listener: _Listener) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:  # expect() rather than wait_for_function: the page's CSP forbids eval
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.add_init_script(_WATCH)
        page.goto(app[0])
        page.locator("#ua-question textarea").fill("明湖中学工会举办了多少场读书分享会？")
        page.locator("#ua-send").click()
        page.locator("#ua-chat .ua-source").first.wait_for(timeout=30_000)
        chat = page.locator("#ua-chat").inner_text()
        assert "14场" in chat and "/beacon/" in chat  # the markup is shown as text
        page.get_by_role("tab", name="检索测试").click()
        page.get_by_label("检索词").fill("读书之星 慰问金")
        page.get_by_label("检索词").press("Enter")
        expect(page.locator("#ua-hits")).to_contain_text("读书之星18名", timeout=30_000)
        page.get_by_role("tab", name="起草").click()
        page.locator("#ua-unit input, #ua-unit textarea").first.fill("明湖小学工会")
        page.locator("#ua-generate").click()
        expect(page.locator("#ua-draft-view h1")).to_contain_text("明湖小学工会", timeout=30_000)
        expect(page.locator(".ua-exemplars-head")).to_have_text("参考的范文", timeout=30_000)  # drawn once the draft is in
        opened = page.locator(".ua-open-exemplar")
        for i in range(opened.count()):  # each exemplar's article: document text as well
            opened.nth(i).click()
            expect(page.locator("#ua-draft-article .ua-article-title")).to_be_visible(timeout=30_000)
        page.wait_for_timeout(1000)
        leaks = page.evaluate("window.__leaks")
        browser.close()
    assert leaks == [] and listener.paths == [], (leaks, listener.paths)


def test_text_for_markdown_components_is_inert() -> None:
    """What 起草's exemplar list and the chat show: no tag, and no Markdown image (which a browser fetches)."""
    from assistant.web.draft_view import exemplar_html
    from assistant.web.render import escaped, text_html

    shown = exemplar_html(1, {"title": "总结<img src=http://x/a.png>", "unit": "![图](http://x/b.png)", "year": 2023})
    assert "<img" not in shown and "![" not in shown and "总结&lt;img" in shown
    assert text_html("第一行![图](http://x/c.png)\n<iframe>") == "第一行!&#91;图](http:&#47;&#47;x/c.png)<br>&lt;iframe&gt;"
    assert escaped("a![b") == "a!&#91;b"


def test_links_in_document_text_are_not_made_links() -> None:
    """A Markdown link, an autolink, a bare URL and a www. address in a document stay plain text
    (Markdown would otherwise offer the user a live link chosen by the document's author)."""
    import html

    from assistant.web.render import escaped

    for text in ("[报名入口](http://evil.example/x)", "<http://127.0.0.1:9/a>", "见 http://evil.example/y 。", "www.evil.example"):
        shown = escaped(text)
        assert "[" not in shown and "://" not in shown and "www." not in shown
        assert html.unescape(shown) == text  # reads the same once rendered


# ---------------------------------------------------------------- failed logins


def test_the_throttle_locks_for_longer_each_time_and_stays_bounded() -> None:
    now = [0.0]
    throttle = Throttle(LoginLimits(window_s=600, first_lock_s=60, max_lock_s=200, max_keys=3), clock=lambda: now[0])
    for _ in range(4):
        throttle.failed("user:a", 5)
    assert throttle.wait_s("user:a") == 0
    throttle.failed("user:a", 5)
    assert throttle.wait_s("user:a") == 60
    now[0] = 61
    for _ in range(5):
        throttle.failed("user:a", 5)
    assert throttle.wait_s("user:a") == 120  # the second lock lasts twice as long
    now[0] = 1000
    for _ in range(5):
        throttle.failed("user:a", 5)
    assert throttle.wait_s("user:a") == 200  # capped
    now[0] = 2000
    throttle.failed("user:b", 5)
    now[0] = 2700  # b's failure is older than the window now
    for _ in range(4):
        throttle.failed("user:b", 5)
    assert throttle.wait_s("user:b") == 0
    throttle.succeeded("user:a")
    assert throttle.wait_s("user:a") == 0
    for name in "cdefg":
        throttle.failed(f"user:{name}", 5)
    assert len(throttle._keys) == 3


@pytest.fixture(scope="module")
def login_server(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("throttle")
    (folder / "pages").mkdir()
    (folder / "pages" / "a.txt").write_text("明湖中学工会2023年工作总结\n2023年，工会组织读书分享会14场。\n", encoding="utf-8")
    with app_server(folder / "data", "--corpus", str(folder / "pages"), "--auth", f"{USER}:{PASSWORD}") as url:
        yield url


def _login(url: str, user: str, password: str, *, multipart: bool = False, source: str = "") -> tuple[int, str]:
    """POST the login form, urlencoded or as multipart (what Gradio's login page sends), from the
    loopback address `source` when given (the whole of 127.0.0.0/8 reaches 127.0.0.1)."""
    if multipart:
        form = "".join(f'--b\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
                       for name, value in (("username", user), ("password", password))) + "--b--\r\n"
        body, kind = form.encode("utf-8"), "multipart/form-data; boundary=b"
    else:
        body, kind = urllib.parse.urlencode({"username": user, "password": password}).encode(), \
            "application/x-www-form-urlencoded"
    if source:
        import http.client

        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
        try:
            connection.request("POST", "/login", body, {"Content-Type": kind})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()
    status, text, _ = _open(url + "login", body, {"Content-Type": kind})
    return status, text


def test_repeated_wrong_passwords_lock_the_pair_then_the_address(login_server: str) -> None:
    assert _login(login_server, USER, PASSWORD)[0] == 200
    status, body = _login(login_server, USER, "错")
    assert status == 400 and "用户名或密码错误" in body and "Incorrect" not in body  # once Gradio's English
    statuses = [_login(login_server, USER, f"错{i}")[0] for i in range(49)]
    assert statuses[:4] == [400] * 4 and set(statuses[4:]) == {429}
    status, body = _login(login_server, USER, PASSWORD)  # the right password waits too
    assert status == 429 and "登录失败次数过多" in body and "秒后再试" in body
    assert _login(login_server, USER, PASSWORD, multipart=True)[0] == 429  # the pair is locked, not only the form
    # The attacker locked only himself: the user still logs in from another address.
    assert _login(login_server, USER, PASSWORD, source="127.0.0.2")[0] == 200
    others = [_login(login_server, f"user{i}", "x")[0] for i in range(20)]
    assert others[:15] == [400] * 15 and set(others[15:]) == {429}  # 5 + 15 failures from one address
    assert _login(login_server, USER, PASSWORD, source="127.0.0.3")[0] == 200
