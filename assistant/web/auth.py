"""Who may use the web app: password hashes, the users file, and a guard in front of Gradio.

The users file (`UA_AUTH_FILE`) is UTF-8 text, one user a line:

    # 工会总结助手 users; make a line with: union-assistant hash-password --user NAME
    admin:scrypt$16384$8$1$<salt>$<key>
    zhangsan:scrypt$16384$8$1$<salt>$<key>

A user name is everything before the first `:` (it cannot contain `:` or blanks); the rest is
the hash that `hash_password` makes: scrypt with a random 16-byte salt, cost parameters
n, r, p, and salt and key in URL-safe base64. Blank lines and lines starting with `#` are
ignored. Plain passwords are refused, as are repeated names and a file without users.

Gradio's own login leaves some routes open (see `LoginRequired`); the guard closes them. In
front of the login, `LoginThrottle` refuses a (user name, address) pair, or an address, for a
growing while after repeated failures, and says a wrong password in Chinese; in front of
everything, `SecurityHeaders` sets a Content-Security-Policy so that no page fetches from another
origin, whatever text a document holds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # 16 MiB and about 0.2 s per check on a small server
_SALT_BYTES, _KEY_BYTES = 16, 32
_MAX_MEMORY, _MAX_P = 256 * 1024 * 1024, 16  # what a hash from the file may ask of a check
_USER = re.compile(r"[^\s:]+")


class AuthFileError(ValueError):
    """The users file cannot be used; the message names the file and the line."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=256 * n * r * p + 1024 * 1024)


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$key` for a password, with a fresh random salt."""
    if not password:
        raise ValueError("密码不能为空")
    salt = secrets.token_bytes(_SALT_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(_scrypt(password, salt, N, R, P, _KEY_BYTES))}"


def _parse_hash(encoded: str) -> tuple[int, int, int, bytes, bytes]:
    """The parameters, salt and key of a hash; ValueError saying what is wrong."""
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError("不是口令散列（应为 scrypt$n$r$p$盐$值，用 union-assistant hash-password 生成）")
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, key = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        raise ValueError("口令散列已损坏（参数或 base64 无法解析）") from None
    if not (1 < n and n & (n - 1) == 0 and 0 < r and 128 * n * r <= _MAX_MEMORY and 0 < p <= _MAX_P):
        raise ValueError(f"口令散列的参数超出范围（n={n} r={r} p={p}）")
    if len(salt) < 8 or len(key) < 16:
        raise ValueError("口令散列的盐或值太短")
    return n, r, p, salt, key


def verify_password(password: str, encoded: str) -> bool:
    """Whether a password matches a hash from `hash_password` (constant-time comparison)."""
    try:
        n, r, p, salt, key = _parse_hash(encoded)
    except ValueError:
        return False
    return hmac.compare_digest(_scrypt(password, salt, n, r, p, len(key)), key)


def load_auth_file(path: Path) -> dict[str, str]:
    """{user: hash} from a users file (format in the module docstring); AuthFileError says where it is wrong."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AuthFileError(f"用户文件 {path} 不存在（UA_AUTH_FILE）") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AuthFileError(f"用户文件 {path} 无法读取：{error}") from None
    users: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        user, colon, encoded = (part.strip() for part in line.partition(":"))
        where = f"用户文件 {path} 第 {number} 行"
        if not colon or not valid_user(user) or not encoded:
            raise AuthFileError(f"{where}：格式应为 用户名:口令散列")
        if user in users:
            raise AuthFileError(f"{where}：用户 {user} 重复")
        try:
            _parse_hash(encoded)
        except ValueError as error:
            raise AuthFileError(f"{where}：{error}") from None
        users[user] = encoded
    if not users:
        raise AuthFileError(f"用户文件 {path} 中没有用户")
    return users


def valid_user(name: str) -> bool:
    """A user name: not empty, no `:` and no blanks."""
    return _USER.fullmatch(name) is not None


def parse_credentials(text: str) -> tuple[str, str]:
    """`USER:PASS` from the command line; ValueError when either part is missing."""
    user, _, password = text.partition(":")
    if not valid_user(user) or not password:
        raise ValueError("--auth 的格式是 用户名:密码")
    return user, password


def make_authenticator(
    plain: Mapping[str, str] | None = None, hashed: Mapping[str, str] | None = None
) -> Callable[[str, str], bool]:
    """A Gradio `auth` callable over plain passwords (`--auth`) and hashes (the users file).

    A user given in both is checked against the plain password. An unknown user costs the same
    scrypt as a known one, so timing does not tell which names exist.
    """
    plain = dict(plain or {})
    hashed = {user: encoded for user, encoded in (hashed or {}).items() if user not in plain}
    if not plain and not hashed:
        raise ValueError("没有可登录的用户")
    decoy = hash_password(secrets.token_urlsafe(16))

    def authenticate(username: str, password: str) -> bool:
        if username in plain:
            return hmac.compare_digest(password.encode("utf-8"), plain[username].encode("utf-8"))
        return verify_password(password, hashed.get(username, decoy)) and username in hashed

    return authenticate


# ---------------------------------------------------------------- the guard in front of Gradio

# What an unauthenticated browser needs to show the login form and log in; nothing here reveals
# the knowledge base or runs an app function (startup-events is Gradio's own start-up call).
_OPEN_EXACT = frozenset({
    "/", "/login", "/login/", "/logout", "/favicon.ico", "/manifest.json", "/robots.txt", "/theme.css",
    "/gradio_api/theme.css", "/gradio_api/startup-events",
})
_OPEN_PREFIXES = ("/assets/", "/static/", "/svelte/", "/pwa_icon")
_API_INFO = re.compile(rb"(window\.gradio_api_info = ).*?(;</script>)", re.S)
_NO_API_INFO = rb'\1{"named_endpoints": {}, "unnamed_endpoints": {}}\2'


def _cookies(scope: dict[str, Any]) -> dict[str, str]:
    from starlette.requests import cookie_parser

    raw = b"; ".join(value for name, value in scope.get("headers", []) if name == b"cookie")
    return cookie_parser(raw.decode("latin-1"))


def _logged_in(scope: dict[str, Any]) -> bool:
    """Gradio's own test (routes.get_current_user): a login cookie holding a token it issued."""
    app = scope.get("app")
    tokens, cookie_id = getattr(app, "tokens", None), getattr(app, "cookie_id", None)
    if not isinstance(tokens, dict) or not cookie_id:
        return False  # not the Gradio app we know: refuse rather than guess
    cookies = _cookies(scope)
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return token is not None and tokens.get(token) is not None


class LoginRequired:
    """ASGI middleware: without a Gradio login, only the login page and static files answer.

    Gradio 6.31 with `auth` still answers these without login: the page itself and /gradio_api/runs,
    both with the whole API description (`window.gradio_api_info`, which /gradio_api/info refuses),
    FastAPI's /openapi.json, and /gradio_api/heartbeat/<session>, /cancel, /reset, /stream/<event>,
    /user, /token, /app_id. Here they get 401; the page is served with the API description emptied.
    Passed to Gradio as `launch(app_kwargs={"middleware": [...]})`; Gradio's login stays as it is.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket") or _logged_in(scope):
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        elif path == "/" and scope.get("method") in ("GET", "HEAD"):
            await self.app(scope, receive, _LoginPage(send))
        elif path in _OPEN_EXACT or path.startswith(_OPEN_PREFIXES):
            await self.app(scope, receive, send)
        else:
            await _send_json(send, 401, {"detail": {"error": "Not authenticated", "auth_message": "请先登录"}})


class _LoginPage:
    """Collects the login page and sends it with `window.gradio_api_info` emptied."""

    def __init__(self, send) -> None:
        self.send = send
        self.start: dict[str, Any] | None = None
        self.body = b""

    async def __call__(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.start = message
            return
        if message["type"] != "http.response.body" or self.start is None:
            await self.send(message)
            return
        self.body += message.get("body", b"")
        if message.get("more_body"):
            return
        body, emptied = _API_INFO.subn(_NO_API_INFO, self.body, count=1)
        start = self.start
        if not emptied and b"named_endpoints" in body:  # a Gradio whose page we do not know: fail closed
            body, start = b"login page withheld: unknown page layout", {**start, "status": 503, "headers": []}
        if self.body:  # a HEAD response has no body and keeps its headers
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            start = {**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
        await self.send(start)
        await self.send({"type": "http.response.body", "body": body})


# ---------------------------------------------------------------- failed logins


@dataclass(frozen=True)
class LoginLimits:
    """How many failed logins are allowed before a lock, and how long locks last.

    `user_failures` counts per (user name, address) pair: an attacker who keeps guessing a known
    user locks that user out of his own address only. An address gets more tries than a pair: an
    office behind one NAT address shares it."""

    user_failures: int = 5
    address_failures: int = 20
    window_s: float = 600  # failures older than this are forgotten
    first_lock_s: float = 60  # doubled for each further lock of the same key
    max_lock_s: float = 3600
    max_keys: int = 10_000  # bounded memory: the least recently seen keys are forgotten first


@dataclass
class _Failures:
    times: list[float] = field(default_factory=list)
    locked_until: float = 0.0
    locks: int = 0


class Throttle:
    """Failed attempts per key ("user:admin ip:10.0.0.5", "ip:10.0.0.5"); `limit` of them within the window
    lock the key for a period that doubles with every lock. Shared by all requests on purpose:
    it is the server's memory of attacks, not anyone's session state."""

    def __init__(self, limits: LoginLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits, self.clock = limits, clock
        self._keys: OrderedDict[str, _Failures] = OrderedDict()

    def wait_s(self, key: str) -> float:
        """Seconds until the key may try again (0: it may try now)."""
        record = self._keys.get(key)
        return max(0.0, record.locked_until - self.clock()) if record else 0.0

    def failed(self, key: str, limit: int) -> None:
        now, limits = self.clock(), self.limits
        record = self._keys.pop(key, None) or _Failures()
        self._keys[key] = record  # most recently seen last
        record.times = [t for t in record.times if now - t < limits.window_s] + [now]
        if len(record.times) >= limit:
            record.locks += 1
            record.locked_until = now + min(limits.first_lock_s * 2 ** (record.locks - 1), limits.max_lock_s)
            record.times = []
        while len(self._keys) > limits.max_keys:
            self._keys.popitem(last=False)

    def succeeded(self, key: str) -> None:
        self._keys.pop(key, None)


_LOGIN_PATHS = frozenset({"/login", "/login/"})
_MAX_LOGIN_BODY = 64 * 1024


class LoginThrottle:
    """ASGI middleware in front of Gradio's POST /login: a (user name, client address) pair or an
    address with too many recent failures gets 429 and a Chinese message, even with the right
    password. The user name alone is never locked: from another address, its owner still logs in.

    An attempt counts as a failure before it is checked, so parallel guesses cannot outrun the
    count; a successful login clears both keys. The address is the connection's peer (behind a
    reverse proxy, the proxy's). Gradio's English "Incorrect credentials." becomes Chinese."""

    def __init__(self, app, limits: LoginLimits | None = None) -> None:
        self.app = app
        self.limits = limits or LoginLimits()
        self.throttle = Throttle(self.limits)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or scope.get("path") not in _LOGIN_PATHS:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive, _MAX_LOGIN_BODY)
        if body is None:
            await _send_json(send, 413, {"detail": "登录请求过大"})
            return
        address = f"ip:{(scope.get('client') or ('?',))[0]}"
        user = json.dumps(await _form_user(scope, body), ensure_ascii=False)  # quoted: no name can pose as another pair
        keys = {f"user:{user} {address}": self.limits.user_failures, address: self.limits.address_failures}
        wait = max(self.throttle.wait_s(key) for key in keys)
        if wait > 0:
            seconds = int(wait) + 1
            await _send_json(send, 429, {"detail": f"登录失败次数过多，请 {seconds} 秒后再试"},
                             [(b"retry-after", str(seconds).encode())])
            return
        for key, limit in keys.items():
            self.throttle.failed(key, limit)
        status = await _forward(self.app, scope, body, receive, send, rewrite=_chinese_login_error)
        if status == 200:
            for key in keys:
                self.throttle.succeeded(key)


async def _read_body(receive, limit: int) -> bytes | None:
    """The whole request body, or None when it is longer than `limit`."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if len(body) > limit:
            return None
        if message["type"] != "http.request" or not message.get("more_body"):
            return body


async def _form_user(scope, body: bytes) -> str:
    """The login form's user name as Gradio reads it (urlencoded or multipart; stripped)."""
    from starlette.requests import Request

    async def replay():
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(scope, replay).form()
    except Exception:  # a malformed form: Gradio refuses it too; count it against the address
        return ""
    user = form.get("username")
    return user.strip() if isinstance(user, str) else ""


WRONG_LOGIN = "用户名或密码错误"


def _chinese_login_error(status: int, body: bytes) -> bytes:
    """Gradio's 400 {"detail": "Incorrect credentials."} for a wrong login, in Chinese."""
    try:
        content = json.loads(body)
    except ValueError:
        return body
    if status == 400 and isinstance(content, dict) and content.get("detail") == "Incorrect credentials.":
        return json.dumps({"detail": WRONG_LOGIN}, ensure_ascii=False).encode("utf-8")
    return body


async def _forward(app, scope, body: bytes, receive, send, rewrite: Callable[[int, bytes], bytes] | None = None) -> int:
    """Runs the app on the already read body; returns the response status. With `rewrite`, an
    error response (4xx) is held back whole and its body replaced by rewrite(status, body)."""
    status = 0
    replayed = False
    held: list[dict[str, Any]] | None = None

    async def replay():
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def watch(message):
        nonlocal status, held
        if message["type"] == "http.response.start":
            status = message["status"]
            if rewrite is not None and 400 <= status < 500:
                held = [message]
                return
        elif held is not None and message["type"] == "http.response.body":
            held.append(message)
            if message.get("more_body"):
                return
            start, parts = held[0], held[1:]
            held = None
            new_body = rewrite(status, b"".join(part.get("body", b"") for part in parts))
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(new_body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": new_body})
            return
        await send(message)

    await app(scope, replay, watch)
    return status


async def _send_json(send, status: int, content: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps(content, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


# ---------------------------------------------------------------- what a page may load

# Gradio's page needs its inline bootstrap script and inline styles; everything else it loads is
# its own. No remote origin anywhere: an <img>, CSS url(), <link> or <iframe> that reaches a
# page from document text cannot fetch, and the offline intranet loses nothing.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
])
_SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
_SECURITY_NAMES = {name for name, _ in _SECURITY_HEADERS}


class SecurityHeaders:
    """ASGI middleware: every HTTP response carries the policy above (replacing any of its own)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _SECURITY_NAMES]
                message = {**message, "headers": [*kept, *_SECURITY_HEADERS]}
            await send(message)

        await self.app(scope, receive, with_headers)
