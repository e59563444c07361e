"""Start a real Chroma server the way users start it (`chroma run`), for tests that need one."""

from __future__ import annotations

import os
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


def _wait_for(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"Chroma server did not answer at {url} within {timeout} s")


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
        _wait_for(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, timeout)
        yield port
    finally:
        stop(process)
        log.close()
