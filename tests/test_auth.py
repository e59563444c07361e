"""Access control: password hashes, the users file, and a server started with `--auth` or
`UA_AUTH_FILE` that answers nothing (page, API, files) before a login."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from assistant.web.auth import (
    AuthFileError,
    LoginRequired,
    hash_password,
    load_auth_file,
    make_authenticator,
    parse_credentials,
    verify_password,
)
from chroma_server import app_server
from test_webui import _text

SCRIPT = Path(sys.executable).with_name("union-assistant")
USER, PASSWORD = "admin", "口令123"
QUESTION = "金秋助学资助了多少名困难职工子女？"


def _cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRIPT), *args], input=stdin, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


# ---------------------------------------------------------------- hashes and the users file


def test_a_hash_verifies_its_password_only() -> None:
    encoded = hash_password(PASSWORD)
    assert encoded.startswith("scrypt$16384$8$1$") and PASSWORD not in encoded
    assert verify_password(PASSWORD, encoded)
    assert not verify_password("口令124", encoded) and not verify_password("", encoded)
    assert hash_password(PASSWORD) != encoded  # a fresh salt every time
    assert not verify_password(PASSWORD, "scrypt$16384$8$1$AAAA")  # malformed: no match, no exception
    with pytest.raises(ValueError):
        hash_password("")


def test_the_users_file_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "users.txt"
    first, second = hash_password("甲的口令"), hash_password("乙的口令")
    path.write_text(f"# 用户\n\nadmin:{first}\n  # indented comment\n 张三 : {second} \n", encoding="utf-8")
    assert load_auth_file(path) == {"admin": first, "张三": second}


@pytest.mark.parametrize(
    ("lines", "number", "says"),
    [
        (["# users", "admin:{hash}", "just-a-name"], 3, "格式应为"),
        (["admin:{hash}", "", "bob:secret"], 3, "不是口令散列"),  # a plain password is refused
        (["admin:{hash}", "admin:{hash}"], 2, "重复"),
        ([":{hash}"], 1, "格式应为"),
        (["a b:{hash}"], 1, "格式应为"),
        (["admin:scrypt$16384$8$1$!!$!!"], 1, "已损坏"),
        (["admin:scrypt$1048577$8$1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA"], 1, "超出范围"),
    ],
)
def test_a_bad_users_file_names_its_line(tmp_path: Path, lines: list[str], number: int, says: str) -> None:
    path = tmp_path / "users.txt"
    path.write_text("\n".join(lines).replace("{hash}", hash_password("x")), encoding="utf-8")
    with pytest.raises(AuthFileError, match=f"第 {number} 行.*{says}"):
        load_auth_file(path)


def test_a_missing_or_empty_users_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(AuthFileError, match="不存在"):
        load_auth_file(tmp_path / "nobody.txt")
    (tmp_path / "empty.txt").write_text("# nobody yet\n", encoding="utf-8")
    with pytest.raises(AuthFileError, match="没有用户"):
        load_auth_file(tmp_path / "empty.txt")


def test_the_authenticator_combines_command_line_and_file() -> None:
    check = make_authenticator({"admin": PASSWORD}, {"admin": hash_password("旧口令"), "zhang": hash_password("z口令")})
    assert check("admin", PASSWORD) and not check("admin", "旧口令")  # the command line wins for its user
    assert check("zhang", "z口令") and not check("zhang", PASSWORD)
    assert not check("nobody", PASSWORD) and not check("", "")
    with pytest.raises(ValueError):
        make_authenticator({}, {})
    assert parse_credentials("admin:a:b") == ("admin", "a:b")
    for bad in ("admin", "admin:", ":pw"):
        with pytest.raises(ValueError, match="用户名:密码"):
            parse_credentials(bad)


def test_hash_password_command_prints_a_line_for_the_file(tmp_path: Path) -> None:
    result = _cli("hash-password", "--user", USER, stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    (tmp_path / "users.txt").write_text(result.stdout, encoding="utf-8")
    assert verify_password(PASSWORD, load_auth_file(tmp_path / "users.txt")[USER])
    assert _cli("hash-password", stdin="\n").returncode == 1
    assert _cli("hash-password", "--user", "a:b", stdin="pw\n").returncode == 1


def test_serve_refuses_bad_auth_before_loading_anything(tmp_path: Path) -> None:
    (tmp_path / "users.txt").write_text(f"admin:{hash_password('x')}\nbob:plain\n", encoding="utf-8")
    result = _cli("--data-dir", str(tmp_path / "data"), "serve", env={"UA_AUTH_FILE": str(tmp_path / "users.txt")})
    assert result.returncode == 1 and "第 2 行" in result.stderr
    result = _cli("--data-dir", str(tmp_path / "data"), "serve", "--auth", "admin")
    assert result.returncode == 1 and "用户名:密码" in result.stderr
    assert not (tmp_path / "data").exists()


def test_the_guard_empties_the_login_page_and_fails_closed() -> None:
    """LoginRequired on its own, in front of a stand-in app that has no Gradio login at all."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import HTMLResponse, JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    page = '<script>window.gradio_api_info = {"named_endpoints": {"/ask": {}}};</script><p>login</p>'
    routes = [Route("/", lambda request: HTMLResponse(page)),
              Route("/gradio_api/info", lambda request: JSONResponse({"/ask": {}})),
              Route("/assets/app.js", lambda request: HTMLResponse("js"))]
    client = TestClient(Starlette(routes=routes, middleware=[Middleware(LoginRequired)]))
    response = client.get("/")
    assert response.status_code == 200 and "/ask" not in response.text and "<p>login</p>" in response.text
    assert client.get("/gradio_api/info").status_code == 401
    assert client.get("/assets/app.js").text == "js"
    page = '<script>var api = {"named_endpoints": {"/ask": {}}};</script>'  # the "/" route serves this now
    assert client.get("/").status_code == 503 and "/ask" not in client.get("/").text


# ---------------------------------------------------------------- a server with a login


@pytest.fixture(scope="module", params=["--auth", "UA_AUTH_FILE"])
def server(request: pytest.FixtureRequest, pages_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The app behind a login given on the command line, or in a users file with a hashed password."""
    folder = tmp_path_factory.mktemp("auth")
    shutil.copytree(pages_dir, folder / "pages")
    args, env = ["--corpus", str(folder / "pages")], {}
    if request.param == "--auth":
        args += ["--auth", f"{USER}:{PASSWORD}"]
    else:
        line = _cli("hash-password", "--user", USER, stdin=PASSWORD + "\n").stdout
        (folder / "users.txt").write_text(f"# who may log in\n{line}\nzhang:{hash_password('z')}\n", encoding="utf-8")
        env["UA_AUTH_FILE"] = str(folder / "users.txt")
    with app_server(folder / "data", *args, env=env) as url:
        yield url


def _open(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str, object]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), error.headers


def _json(body: dict) -> tuple[bytes, dict[str, str]]:
    return json.dumps(body, ensure_ascii=False).encode("utf-8"), {"Content-Type": "application/json"}


def _login(url: str, password: str) -> tuple[int, str]:
    """POST the login form; the status and the cookie header it sets."""
    form = urllib.parse.urlencode({"username": USER, "password": password}).encode()
    status, _, headers = _open(url + "login", form, {"Content-Type": "application/x-www-form-urlencoded"})
    cookies = [value.split(";")[0] for value in (headers.get_all("set-cookie") or [])] if headers else []
    return status, "; ".join(cookies)


def test_without_login_gradio_client_cannot_ask(server: str) -> None:
    from gradio_client import Client

    with pytest.raises(Exception, match="credentials|login"):
        Client(server, verbose=False).predict(QUESTION, [], "", "", api_name="/ask")


def test_with_the_password_gradio_client_gets_a_cited_answer(server: str) -> None:
    from gradio_client import Client

    chat = Client(server, auth=(USER, PASSWORD), verbose=False).predict(QUESTION, [], "", "", api_name="/ask")[0]
    text = _text(chat[-1])
    assert "47名" in text and "[1]" in text and "出处" in text


def test_a_wrong_password_is_refused(server: str) -> None:
    from gradio_client import Client

    with pytest.raises(Exception, match="login|credentials"):
        Client(server, auth=(USER, "口令124"), verbose=False)
    status, cookies = _login(server, "口令124")
    assert status == 400 and "access-token" not in cookies


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("gradio_api/info", None),
        ("config", None),
        ("gradio_api/openapi.json", None),
        ("openapi.json", None),  # FastAPI's own route list: open in Gradio, closed by the guard
        ("gradio_api/runs", None),  # the run-history page carried the API description too
        ("gradio_api/call/ask", {"data": [QUESTION, [], "", ""]}),
        ("gradio_api/run/search", {"data": ["金秋助学"]}),
        ("gradio_api/queue/join", {"data": [QUESTION, [], "", ""], "fn_index": 0, "session_hash": "x"}),
        ("gradio_api/queue/data?session_hash=x", None),
        ("gradio_api/file=pages/qinghe_pages.txt", None),
        ("gradio_api/heartbeat/x", None),
        ("gradio_api/cancel", {"session_hash": "x", "fn_index": 0, "event_id": "x"}),
        ("gradio_api/token", None),
    ],
)
def test_plain_http_without_login_is_refused(server: str, path: str, body: dict | None) -> None:
    data, headers = _json(body) if body is not None else (None, {})
    status, text, _ = _open(server + path, data, headers)
    assert status == 401, text
    assert "47名" not in text and "named_endpoints" not in text


def test_an_upload_without_login_is_refused(server: str) -> None:
    body = (b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\nhello\r\n--b--\r\n")
    status, _, _ = _open(server + "gradio_api/upload", body, {"Content-Type": "multipart/form-data; boundary=b"})
    assert status == 401


def test_the_login_page_describes_no_api(server: str) -> None:
    status, page, _ = _open(server)
    assert status == 200 and '"auth_required":true' in page
    assert "/ask" not in page and "/upload" not in page and "金秋" not in page


def test_after_a_login_plain_http_gets_through(server: str) -> None:
    status, cookies = _login(server, PASSWORD)
    assert status == 200 and "access-token" in cookies
    status, info, _ = _open(server + "gradio_api/info", headers={"Cookie": cookies})
    assert status == 200 and "/ask" in info
    status, page, _ = _open(server, headers={"Cookie": cookies})
    assert status == 200 and "/ask" in page


# ---------------------------------------------------------------- the login throttle, in process


def _throttled_login(throttle, address: str, user: str, password: str) -> tuple[int, dict]:
    """One POST /login through `throttle` from `address`; the status and the JSON body."""
    import asyncio

    body = urllib.parse.urlencode({"username": user, "password": password}).encode()
    scope = {"type": "http", "method": "POST", "path": "/login", "client": (address, 50000), "query_string": b"",
             "headers": [(b"content-type", b"application/x-www-form-urlencoded"),
                         (b"content-length", str(len(body)).encode())]}
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(throttle(scope, receive, send))
    text = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    length = dict(sent[0]["headers"]).get(b"content-length")
    assert length is None or int(length) == len(text)
    return sent[0]["status"], json.loads(text)


def _gradio_login():
    """Gradio's /login as far as the throttle sees it: 200, or 400 with its English detail, in two body parts."""

    async def app(scope, receive, send):
        message = await receive()
        form = urllib.parse.parse_qs(message["body"].decode())
        good = form.get("password") == [PASSWORD]
        body = b'{"success":true}' if good else b'{"detail":"Incorrect credentials."}'
        await send({"type": "http.response.start", "status": 200 if good else 400,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body[:5], "more_body": True})
        await send({"type": "http.response.body", "body": body[5:]})

    return app


def test_a_locked_out_user_still_logs_in_from_another_address() -> None:
    """Once the user name alone was locked: anyone could keep a known user out for good."""
    from assistant.web.auth import LoginThrottle

    throttle = LoginThrottle(_gradio_login())
    status, body = _throttled_login(throttle, "10.0.0.66", USER, "错")
    assert status == 400 and body == {"detail": "用户名或密码错误"}  # once Gradio's "Incorrect credentials."
    for i in range(4):
        _throttled_login(throttle, "10.0.0.66", USER, f"错{i}")
    status, body = _throttled_login(throttle, "10.0.0.66", USER, PASSWORD)
    assert status == 429 and "登录失败次数过多" in body["detail"]  # the attacker's own pair is locked
    assert _throttled_login(throttle, "10.0.0.7", USER, PASSWORD) == (200, {"success": True})
    for i in range(15):  # 5 + 15 from one address: the address is locked for every name
        _throttled_login(throttle, "10.0.0.66", f"user{i}", "x")
    assert _throttled_login(throttle, "10.0.0.66", "zhang", PASSWORD)[0] == 429
    assert _throttled_login(throttle, "10.0.0.8", "zhang", PASSWORD)[0] == 200
