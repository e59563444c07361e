"""Two app processes sharing one Chroma server (`chroma run`): what one writes, the other finds
within seconds, BM25 included (each process keeps its own BM25 copy and catches up by the
store's revision)."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from chroma_server import app_server, chroma_server
from test_webui import _text

CATCH_UP_S = 10.0
TITLE = "云岭县供水公司工会2024年工作总结"
SUMMARY = (
    f"{TITLE}\n2024年，公司工会在公司党委的领导下，围绕安全供水中心工作，组织职工开展管网抢修技能比武，"
    "全年抢修管网漏点73处，慰问夜班抄表职工185人次，发放慰问品价值1.6万元。现将全年工作总结如下：\n"
    "一、开展管网抢修技能比武。组织净水厂和管网所职工参加比武，评出抢修能手9名，推广快速堵漏法3项。\n"
)
QUERY = "管网抢修 漏点"
QUESTION = "云岭县供水公司工会全年抢修了多少处管网漏点？"


@pytest.fixture(scope="module")
def apps(pages_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """One `chroma run` server, app A (with the fixture pages) and app B, each with its own data dir."""
    from gradio_client import Client

    folder = tmp_path_factory.mktemp("multiprocess")
    shutil.copytree(pages_dir, folder / "pages")
    with chroma_server(folder / "chroma") as port:
        env = {"UA_CHROMA_HOST": "127.0.0.1", "UA_CHROMA_PORT": str(port)}
        with app_server(folder / "A", "--corpus", str(folder / "pages"), env=env) as first:
            with app_server(folder / "B", env=env) as second:  # started once A has filled the store
                yield {"A": (Client(first, verbose=False), folder / "A"), "B": (Client(second, verbose=False), folder / "B")}


def _found(client, retriever: str | None = None) -> bool:
    """Whether 检索测试 shows the new passage (found by `retriever` when one is named)."""
    rows = client.predict(QUERY, api_name="/search")["data"]
    return any("漏点73处" in row[-1] and (retriever is None or retriever in row[2].split("+")) for row in rows)


def _bm25_doc_ids(data_dir: Path) -> set[str]:
    """The articles in a process's saved BM25 copy (it is saved on every catch-up)."""
    return {doc_id for path in (data_dir / "bm25").glob("*.json")
            for doc_id in json.loads(path.read_text(encoding="utf-8"))["doc_ids"]}


def _within(seconds: float, condition: Callable[[], bool]) -> float:
    """How long until the condition held; fails after `seconds`."""
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < seconds, f"not within {seconds} s"
        time.sleep(0.3)
    return time.monotonic() - started


def test_an_upload_in_one_process_is_found_in_the_other(apps, tmp_path: Path) -> None:
    from gradio_client import handle_file

    (client_a, data_a), (client_b, data_b) = apps["A"], apps["B"]
    assert "http://127.0.0.1:" in client_b.predict(api_name="/status") and not _found(client_b)

    page = tmp_path / "供水公司工会总结.txt"
    page.write_text(SUMMARY, encoding="utf-8")
    summary, _, _ = client_a.predict([handle_file(str(page))], api_name="/upload")
    assert "新增文章 1 篇" in summary
    doc_id = next(d["doc_id"] for d in client_a.predict(api_name="/articles") if d["title"] == TITLE)

    seconds = _within(CATCH_UP_S, lambda: _found(client_b, "bm25"))  # BM25 in B caught up, not only Chroma
    print(f"B found the upload by BM25 after {seconds:.1f} s")
    assert doc_id in _bm25_doc_ids(data_b)
    chat = client_b.predict(QUESTION, [], "", "", api_name="/ask")[0]
    answer = _text(chat[-1])
    assert "73处" in answer and "[1]" in answer and TITLE in answer

    message = client_b.predict(doc_id, api_name="/delete")
    assert f"《{TITLE}》" in message and all(d["doc_id"] != doc_id for d in client_b.predict(api_name="/articles"))
    seconds = _within(CATCH_UP_S, lambda: not _found(client_a) and doc_id not in _bm25_doc_ids(data_a))
    print(f"A dropped the deleted article, BM25 included, after {seconds:.1f} s")
