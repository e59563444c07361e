"""A small OpenAI-compatible chat server on 127.0.0.1, so LLM tests run hermetically through the real clients.

Standard library only. Use it as a context manager::

    with OpenAIStub() as stub:
        stub.reply = "你好"            # the text every completion returns
        stub.mode = "stall"            # how the next requests behave (see MODES)
        ChatModel(stub.base_url, ...)  # "http://127.0.0.1:PORT/v1"
        stub.requests                  # every JSON body received, in order

Responses follow the OpenAI wire format (chat.completion, chat.completion.chunk over
server-sent events ending in ``data: [DONE]``, error objects) closely enough for the
official ``openai`` client and langchain-openai's ChatOpenAI.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = (
    "ok",  # answer with stub.reply
    "fail",  # HTTP 500 with an OpenAI-style error body, every time
    "fail_then_ok",  # the first chat request fails with 500, later ones succeed (proves retries)
    "stall",  # accept the request, then say nothing for stub.stall_s seconds before answering
    "stall_mid",  # stream the first piece, then go silent for stub.stall_s seconds
    "keepalive",  # send SSE comment lines (": ping") and never a chunk, for stub.stall_s seconds
)


class OpenAIStub:
    """The scriptable server; attributes may be changed between (or during) requests."""

    def __init__(self, *, reply: str = "这是模拟模型的回答。", model: str = "qwen-stub") -> None:
        self.reply = reply
        self.mode = "ok"
        self.models: list[str] = [model]
        self.api_key: str | None = None  # when set, requests must carry "Authorization: Bearer <key>"
        self.piece_chars = 4  # characters of the reply per streamed chunk
        self.chunk_delay = 0.01  # seconds between streamed chunks, so streaming is observable
        self.stall_s = 30.0  # how long "stall"-like modes stay silent (longer than any test's client timeout)
        self.retry_after: float | None = None  # sent as a Retry-After header on failures when set
        self.requests: list[dict[str, Any]] = []  # every chat request body, in arrival order
        self.headers: list[dict[str, str]] = []  # their headers, same order
        self._lock = threading.Lock()
        self._chat_calls = 0
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> OpenAIStub:
        """Bind to a free port on 127.0.0.1 and serve from a background thread."""
        handler = type("Handler", (_Handler,), {"stub": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True  # a handler still stalled never holds up interpreter exit
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; wakes stalled handlers first so shutdown never waits for them."""
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def port(self) -> int:
        assert self._server is not None, "the stub is not running"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # ----------------------------------------------------------------- helpers for handlers

    def _record(self, body: dict[str, Any], headers: dict[str, str]) -> int:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            self._chat_calls += 1
            return self._chat_calls

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server is closing; True when the full time passed."""
        return not self._closing.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    stub: OpenAIStub
    protocol_version = "HTTP/1.1"  # chunked streaming like the real API; every response closes its connection

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
        pass

    # ----------------------------------------------------------------- routes

    def do_GET(self) -> None:
        self.close_connection = True
        if not self._authorized():
            return
        if self.path.rstrip("/") == "/v1/models":
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "stub"} for m in self.stub.models]
            self._json(HTTPStatus.OK, {"object": "list", "data": data})
        else:
            self._error(HTTPStatus.NOT_FOUND, f"Unknown path {self.path}", "invalid_request_error", "not_found")

    def do_POST(self) -> None:
        self.close_connection = True  # also when a stall is cut short by close(): the client sees the connection drop
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._error(HTTPStatus.NOT_FOUND, f"Unknown path {self.path}", "invalid_request_error", "not_found")
            return
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self._error(HTTPStatus.BAD_REQUEST, "Request body is not valid JSON", "invalid_request_error", None)
            return
        call = self.stub._record(body, {k.lower(): v for k, v in self.headers.items()})
        if not self._authorized():
            return
        model = body.get("model")
        if model not in self.stub.models:
            self._error(HTTPStatus.NOT_FOUND, f"The model `{model}` does not exist", "invalid_request_error", "model_not_found")
            return
        mode = self.stub.mode
        if mode == "fail" or (mode == "fail_then_ok" and call == 1):
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "The server had an error while processing your request.", "server_error", None)
            return
        if mode == "stall" and not self.stub._sleep(self.stub.stall_s):
            return  # closing: leave without answering
        try:
            if body.get("stream"):
                self._stream(body, mode)
            else:
                self._json(HTTPStatus.OK, self._completion(body))
        except OSError:
            pass  # the client gave up (timeout) and closed the connection; nothing to answer

    # ----------------------------------------------------------------- responses

    def _authorized(self) -> bool:
        key = self.stub.api_key
        if key is None or self.headers.get("Authorization") == f"Bearer {key}":
            return True
        self._error(HTTPStatus.UNAUTHORIZED, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key")
        return False

    def _completion(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model"),
            "system_fingerprint": "fp_stub",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": self.stub.reply, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": _usage(body, self.stub.reply),
        }

    def _stream(self, body: dict[str, Any], mode: str) -> None:
        stub = self.stub
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        if mode == "keepalive":
            deadline = time.monotonic() + stub.stall_s
            while time.monotonic() < deadline and stub._sleep(0.1):
                self._write(b": ping\n\n")
            return
        common = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body.get("model"),
            "system_fingerprint": "fp_stub",
        }

        def chunk(delta: dict[str, Any], finish: str | None) -> None:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
            self._event({**common, "choices": [choice]})

        chunk({"role": "assistant", "content": ""}, None)
        reply = stub.reply
        step = max(1, stub.piece_chars)
        for i in range(0, len(reply), step):
            chunk({"content": reply[i : i + step]}, None)
            if mode == "stall_mid" and i == 0:
                if not stub._sleep(stub.stall_s):
                    return
            elif stub.chunk_delay and not stub._sleep(stub.chunk_delay):
                return
        chunk({}, "stop")
        if (body.get("stream_options") or {}).get("include_usage"):
            self._event({**common, "choices": [], "usage": _usage(body, reply)})
        self._write(b"data: [DONE]\n\n")
        self._write(b"")  # the terminating zero-length chunk

    def _event(self, data: dict[str, Any]) -> None:
        self._write(b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n")

    def _write(self, data: bytes) -> None:
        """One HTTP/1.1 chunk, flushed at once so the client sees it as it is sent."""
        self.wfile.write(f"{len(data):x}\r\n".encode("ascii") + data + b"\r\n")
        self.wfile.flush()

    def _json(self, status: HTTPStatus, payload: dict[str, Any], extra_headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            pass

    def _error(self, status: HTTPStatus, message: str, kind: str, code: str | None) -> None:
        headers = {}
        if self.stub.retry_after is not None and status >= 500:
            headers["Retry-After"] = str(self.stub.retry_after)
        body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
        self._json(status, body, headers)


def _usage(body: dict[str, Any], reply: str) -> dict[str, int]:
    """Token counts as characters: good enough for a client that only reads them."""
    prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    completion_chars = len(reply)
    return {
        "prompt_tokens": prompt_chars,
        "completion_tokens": completion_chars,
        "total_tokens": prompt_chars + completion_chars,
    }
