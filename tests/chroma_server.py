"""Start real servers the way users start them: Chroma with `chroma run`, the app with
`union-assistant serve`, for tests that need them."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Iterator

CHROMA = Path(sys.executable).with_name("chroma")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen, timeout: float = 20.0) -> None:
    """Terminate a server we started, and wait for it (kill it if it will not go)."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def chroma_server(path: Path, port: int | None = None, timeout: float = 60.0) -> Iterator[int]:
    """`chroma run --path … --host 127.0.0.1 --port …`, stopped (and waited for) afterwards."""
    port = port or free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "CHROMA_TELEMETRY_ANONYMIZED": "False"}
    log = open(path.parent / f"chroma-{port}.log", "wb")
    process = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, timeout)
        yield port
    finally:
        stop(process)
        log.close()


APP = Path(sys.executable).with_name("union-assistant")


def wait_for_http(url: str, process: subprocess.Popen, timeout: float = 180.0) -> None:
    """Until the URL answers 200; fails early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@contextmanager
def app_server(data_dir: Path, *serve_args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """`union-assistant --data-dir … serve --port …` in a subprocess; yields its URL."""
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = open(data_dir / f"app-{port}.log", "wb")
    environment = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "127.0.0.1,localhost", **(env or {})}
    process = subprocess.Popen([str(APP), "--data-dir", str(data_dir), "serve", "--port", str(port), *serve_args],
                               stdout=log, stderr=subprocess.STDOUT, env=environment)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", process)
        wait_for_first_ingest(data_dir / f"app-{port}.log")
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)
        log.close()


def wait_for_first_ingest(log: Path, timeout: float = 600.0) -> None:
    """The server listens at once and ingests its corpus in the background; the tests that use
    it start once that ingest has finished, as a user would after the banner says so (the
    terminal says when it starts and when it ends)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        text = log.read_text(encoding="utf-8", errors="replace")
        begun = text.find("正在后台导入")
        if begun < 0 or re.search(r"(?:^|[\n\r])已导入|导入.*失败：", text[begun:]):
            return
        time.sleep(0.3)
    raise TimeoutError(f"the first ingest did not finish within {timeout} s")


@contextmanager
def pages_app(pages_dir: Path, folder: Path) -> Iterator[str]:
    """An app serving a copy of the fixture pages (a copy: a test may delete from it); yields its URL."""
    shutil.copytree(pages_dir, folder / "pages")
    with app_server(folder / "data", "--corpus", str(folder / "pages")) as url:
        yield url
