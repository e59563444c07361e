"""The console script as a user runs it: JSON on stdout, messages on stderr."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chroma_server import app_server, free_port, stop, wait_for_http
from test_auth import PASSWORD, USER, _login

SCRIPT = Path(sys.executable).with_name("union-assistant")


def run(*args: str, data_dir: Path, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, input=stdin, check=check, timeout=600,
    )


@pytest.fixture(scope="module")
def data_dir(pages_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    report = json.loads(run("ingest", str(pages_dir), "--json", data_dir=folder).stdout)
    assert report["files"] == 4 and report["chunks_added"] > 0
    return folder


def test_preview_prints_documents_duplicates_and_rejects(pages_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip archive")
    summary = json.loads(run("preview", str(pages_dir), str(bad), data_dir=tmp_path / "data").stdout)
    assert summary["files"] == 5 and summary["duplicates"] == 1
    assert summary["documents"] == len([d for d in summary["docs"] if not d["duplicate_of"]])
    assert summary["chunks"] == sum(d["chunks"] for d in summary["docs"])
    assert [r["path"] for r in summary["rejected"]] == [str(bad)] and "Word" in summary["rejected"][0]["reason"]
    assert not (tmp_path / "data").exists()


def test_ingest_report_has_every_field(data_dir: Path, pages_dir: Path) -> None:
    report = json.loads(run("ingest", str(pages_dir), "--json", data_dir=data_dir).stdout)
    assert set(report) >= {"files", "documents", "duplicates", "chunks_added", "chunks_unchanged",
                           "chunks_removed", "rejected", "seconds", "embed_seconds", "files_removed",
                           "documents_removed"}
    assert report["chunks_added"] == 0 and report["chunks_unchanged"] > 0


def test_ingest_again_says_which_files_left_the_folder(pages_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    shutil.copytree(pages_dir, folder)
    run("ingest", str(folder), "--json", data_dir=tmp_path / "data")
    gone = sorted(folder.iterdir())[0]
    gone.unlink()
    again = run("ingest", str(folder), data_dir=tmp_path / "data")
    assert f"移除 {gone}" in again.stderr and "已不在文件夹中的文件 1 个" in again.stderr, again.stderr
    assert json.loads(again.stdout)["files_removed"] == [str(gone)]


def test_ingest_exits_1_when_a_file_is_refused_and_still_imports_the_rest(pages_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    good = sorted(pages_dir.iterdir())[0]
    shutil.copy(good, folder / good.name)
    (folder / "空白.txt").write_text("", encoding="utf-8")
    done = run("ingest", str(folder), data_dir=tmp_path / "data", check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"拒收 {folder / '空白.txt'}" in done.stderr and "拒收 1 个" in done.stderr, done.stderr
    report = json.loads(done.stdout)
    assert report["documents"] >= 1 and report["chunks_added"] > 0
    (folder / "空白.txt").unlink()
    assert run("ingest", str(folder), data_dir=tmp_path / "data", check=False).returncode == 0


def test_search_json_and_jsonl(data_dir: Path) -> None:
    result = json.loads(run("search", "金秋助学", "-k", "2", "--json", data_dir=data_dir).stdout)
    assert result["query"] == "金秋助学" and len(result["hits"]) == 2
    hit = result["hits"][0]
    assert set(hit) >= {"rank", "score", "chunk_id", "doc_id", "title", "section", "year", "source", "text"}
    assert "金秋助学" in hit["text"] and hit["rank"] == 1 and 0 < hit["score"] <= 1
    lines = run("search", "-", "--jsonl", "--year", "2022", data_dir=data_dir, stdin="劳动竞赛\n\n技能比武\n").stdout
    answers = [json.loads(line) for line in lines.splitlines()]
    assert [a["query"] for a in answers] == ["劳动竞赛", "技能比武"]
    assert all(h["year"] == 2022 for a in answers for h in a["hits"])


def test_a_far_too_long_query_is_refused_in_chinese_and_the_other_lines_go_on(data_dir: Path) -> None:
    long_query = "金秋助学" * 5000
    single = run("search", long_query, data_dir=data_dir, check=False)
    assert single.returncode == 1 and "Traceback" not in single.stderr
    assert single.stderr.strip().startswith("问题太长") and len(single.stderr.strip().splitlines()) == 1
    lines = run("search", "-", "--jsonl", data_dir=data_dir, stdin=f"劳动竞赛\n{long_query}\n技能比武\n").stdout
    first, refused, last = [json.loads(line) for line in lines.splitlines()]
    assert first["hits"] and last["hits"] and refused["error"].startswith("问题太长") and "hits" not in refused
    asked = run("ask", "-", "--jsonl", data_dir=data_dir, stdin=f"{long_query}\n金秋助学资助了多少名困难职工子女？\n").stdout
    refused, answered = [json.loads(line) for line in asked.splitlines()]
    assert not refused["grounded"] and refused["answer"].startswith("问题太长") and refused["flags"] == ["query_rejected"]
    assert answered["grounded"] and "47名" in answered["answer"]


def test_docs_chunks_and_remove(data_dir: Path) -> None:
    docs = json.loads(run("docs", "--json", data_dir=data_dir).stdout)
    assert set(docs[0]) == {"doc_id", "title", "source", "file_name", "year", "period", "unit", "unit_kind", "chunks",
                            "duplicate_of", "added_at"}
    target = next(d for d in docs if not d["duplicate_of"] and d["title"].startswith("远航"))
    chunks = [json.loads(line) for line in run("chunks", "--doc", target["doc_id"], data_dir=data_dir).stdout.splitlines()]
    assert len(chunks) == target["chunks"] and all(c["doc_id"] == target["doc_id"] for c in chunks)
    removed = json.loads(run("remove", target["doc_id"], data_dir=data_dir).stdout)
    assert removed["chunks_removed"] == target["chunks"]
    assert target["doc_id"] not in {d["doc_id"] for d in json.loads(run("docs", "--json", data_dir=data_dir).stdout)}
    hits = json.loads(run("search", "比质量、比效率、比安全", "--json", data_dir=data_dir).stdout)["hits"]
    assert all(h["doc_id"] != target["doc_id"] for h in hits)
    missing = run("remove", "no-such-doc", data_dir=data_dir, check=False)
    assert missing.returncode == 1 and "no-such-doc" in missing.stderr


def test_eval_reports_hit_rates(data_dir: Path, tmp_path: Path) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps({"question": "资助困难职工子女上大学多少名", "evidence": "资助困难职工子女上大学47名", "file": "qinghe_pages.txt"},
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    result = json.loads(run("eval", str(qa), "--json", data_dir=data_dir).stdout)
    assert result["questions"] == 1 and result["hit@5"] == 1.0 and 0 < result["mrr"] <= 1


def test_ask_json_jsonl_and_chat(data_dir: Path) -> None:
    answer = json.loads(run("ask", "青禾县教育工会评出了多少名最美教师？", "--json", data_dir=data_dir).stdout)
    assert set(answer) >= {"question", "answer", "grounded", "citations", "backend", "flags"}
    assert answer["grounded"] and "15名" in answer["answer"] and answer["backend"] == "extractive"
    assert set(answer["citations"][0]) >= {"n", "chunk_id", "doc_id", "title", "source", "quote"}
    lines = run("ask", "-", "--jsonl", data_dir=data_dir, stdin="金秋助学资助了多少名困难职工子女？\n工会发了多少张电影票？\n").stdout
    first, second = [json.loads(line) for line in lines.splitlines()]
    assert first["grounded"] and not second["grounded"]
    chat = run("ask", "--chat", "--jsonl", data_dir=data_dir,
               stdin="县直机关工会举办了什么比赛？\n他们为女职工免费体检多少人次？\n").stdout
    turns = [json.loads(line) for line in chat.splitlines()]
    assert turns[1]["standalone_question"].startswith("县直机关工会") and "460人次" in turns[1]["answer"]


def test_draft_to_word_and_json(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "总结.docx"
    result = json.loads(run("draft", "--unit", "明德中学工会", "--year", "2024", "--unit-kind", "学校",
                            "--topics", "师德建设，文体活动", "--out", str(out), "--json", data_dir=data_dir).stdout)
    assert out.exists() and out.stat().st_size > 5000
    assert result["title"] == "明德中学工会2024年工作总结" and result["markdown"].startswith("# 明德中学工会")
    assert [s["heading"][:2] for s in result["sections"] if s["heading"]] == ["一、", "二、", "三、", "四、"]
    bad = run("draft", "--unit", "x工会", "--year", "2024", "--topics", "a", "--out", str(tmp_path / "x.pdf"),
              data_dir=data_dir, check=False)
    assert bad.returncode == 1 and ".docx" in bad.stderr and "Traceback" not in bad.stderr


def _command_line(url: str) -> str:
    """What `ps` shows of the server listening at `url`."""
    port = url.rsplit(":", 1)[1].strip("/")
    for entry in Path("/proc").iterdir():
        try:
            argv = (entry / "cmdline").read_bytes().decode("utf-8", "replace").split("\0")
        except OSError:
            continue
        if "serve" in argv and port in argv:
            return " ".join(argv)
    raise AssertionError(f"no serve process on port {port}")


def test_serve_takes_the_password_from_ua_auth_not_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with app_server(tmp_path / "data", "--corpus", str(tmp_path / "empty"),
                    env={"UA_AUTH": f"{USER}:{PASSWORD}"}) as url:
        assert PASSWORD not in _command_line(url)
        assert _login(url, "wrong")[0] == 400
        assert _login(url, PASSWORD)[0] == 200


def _read_until(fd: int, process: subprocess.Popen, log: Path, wanted: str, timeout: float = 120.0) -> str:
    """Drain the terminal until the server's log shows `wanted`; what the terminal echoed."""
    echoed, deadline = b"", time.monotonic() + timeout
    while wanted not in log.read_text(encoding="utf-8", errors="replace"):
        alive = process.poll() is None and time.monotonic() < deadline
        assert alive, log.read_text(encoding="utf-8", errors="replace")
        if select.select([fd], [], [], 0.2)[0]:
            echoed += os.read(fd, 4096)
    return echoed.decode("utf-8", "replace")


def test_serve_auth_with_only_a_user_asks_for_the_password_unseen(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    port, log = free_port(), tmp_path / "serve.log"
    terminal, server_side = pty.openpty()
    with log.open("wb") as output:  # no controlling terminal: getpass uses stdin, the pty, with echo off
        process = subprocess.Popen(
            [str(SCRIPT), "--data-dir", str(tmp_path / "data"), "serve", "--port", str(port), "--auth", USER,
             "--corpus", str(tmp_path / "empty")],
            stdin=server_side, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "NO_PROXY": "127.0.0.1,localhost"},
        )
    os.close(server_side)
    try:
        _read_until(terminal, process, log, f"用户 {USER} 的密码")
        os.write(terminal, (PASSWORD + "\n").encode("utf-8"))
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url, process)
        assert PASSWORD not in _read_until(terminal, process, log, "工会总结助手：http") + log.read_text(encoding="utf-8")
        assert _login(url, "wrong")[0] == 400
        assert _login(url, PASSWORD)[0] == 200
    finally:
        stop(process)
        os.close(terminal)


def test_python_dash_m_runs_the_command_line() -> None:
    """`python -m assistant` is the console script: its help, not silence and exit 0."""
    done = subprocess.run([sys.executable, "-m", "assistant", "ask", "--help"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
    assert done.returncode == 0 and "出处编号" in done.stdout, done.stdout + done.stderr
