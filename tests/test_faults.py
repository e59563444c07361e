"""Faults: an ingest killed mid-run, the Chroma server going away under a running app, and a
model server that is down or stalls."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.settings import Settings
from chroma_server import app_server, chroma_server, free_port
from openai_stub import OpenAIStub
from test_consistency import assert_consistent
from test_webui import _text

SCRIPT = Path(sys.executable).with_name("union-assistant")


def test_ingest_killed_with_sigkill_then_run_again_is_consistent(pages_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(pages_dir, tmp_path / "pages")
    data_dir = tmp_path / "data"
    for delay in (1.5, 3.0, 4.5):  # at different points: embedding, writing chunks, writing the record
        process = subprocess.Popen([str(SCRIPT), "--data-dir", str(data_dir), "ingest", str(tmp_path / "pages"), "--json"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        page = tmp_path / "pages" / "qinghe_pages.txt"  # and the file changes between runs
        page.write_text(page.read_text(encoding="utf-8").replace("128户", f"{128 + int(delay * 2)}户"), encoding="utf-8")
    finished = subprocess.run([str(SCRIPT), "--data-dir", str(data_dir), "ingest", str(tmp_path / "pages"), "--json"],
                              capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert_consistent(Settings(data_dir=data_dir))


def test_chroma_server_stopped_under_the_app_and_back(pages_dir: Path, tmp_path: Path) -> None:
    from gradio_client import Client

    shutil.copytree(pages_dir, tmp_path / "pages")
    port = free_port()
    env = {"UA_CHROMA_HOST": "127.0.0.1", "UA_CHROMA_PORT": str(port)}
    chroma_path = tmp_path / "chroma-db"
    question = "金秋助学资助了多少名困难职工子女？"
    first = chroma_server(chroma_path, port)
    first.__enter__()
    try:
        with app_server(tmp_path / "data", "--corpus", str(tmp_path / "pages"), env=env) as url:
            client = Client(url, verbose=False)
            assert "47名" in _text(client.predict(question, [], "", "", api_name="/ask")[0][-1])
            first.__exit__(None, None, None)
            first = None
            down = _text(client.predict(question, [], "", "", api_name="/ask")[0][-1])
            assert "知识库暂时不可用" in down
            with pytest.raises(Exception, match="知识库暂时不可用"):
                client.predict("金秋助学", api_name="/search")
            with chroma_server(chroma_path, port):
                time.sleep(1)
                back = _text(client.predict(question, [], "", "", api_name="/ask")[0][-1])
                assert "47名" in back and "[1]" in back
                assert client.predict("金秋助学", api_name="/search")["data"]
    finally:
        if first is not None:
            first.__exit__(None, None, None)


@pytest.mark.parametrize("mode", ["fail", "stall"])
def test_model_server_down_or_slow_says_so_and_still_gives_sources(pages_dir: Path, tmp_path: Path, mode: str) -> None:
    from gradio_client import Client

    shutil.copytree(pages_dir, tmp_path / "pages")
    with OpenAIStub() as stub:
        stub.mode = mode
        env = {"UA_LLM_BACKEND": "openai", "UA_LLM_BASE_URL": stub.base_url, "UA_LLM_MODEL": "qwen-stub",
               "UA_LLM_TIMEOUT_S": "1", "UA_LLM_MAX_RETRIES": "0"}
        with app_server(tmp_path / "data", "--corpus", str(tmp_path / "pages"), env=env) as url:
            client = Client(url, verbose=False)
            started = time.monotonic()
            answer = _text(client.predict("金秋助学资助了多少名困难职工子女？", [], "", "", api_name="/ask")[0][-1])
            assert time.monotonic() - started < 30
    plain = re.sub(r"<[^>]+>", "", answer)
    assert "模型服务" in plain and ("不可用" in plain or "超时" in plain)
    assert "出处" in plain and "金秋助学" in plain


def test_cli_with_the_chroma_server_down_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "UA_CHROMA_HOST": "127.0.0.1", "UA_CHROMA_PORT": str(free_port())}
    result = subprocess.run([str(SCRIPT), "--data-dir", str(tmp_path), "search", "金秋助学"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Chroma" in result.stderr or "索引" in result.stderr
