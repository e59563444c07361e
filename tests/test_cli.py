"""The console script as a user runs it: JSON on stdout, messages on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
                           "chunks_removed", "rejected", "seconds", "embed_seconds"}
    assert report["chunks_added"] == 0 and report["chunks_unchanged"] > 0


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


def test_docs_chunks_and_remove(data_dir: Path) -> None:
    docs = json.loads(run("docs", "--json", data_dir=data_dir).stdout)
    assert set(docs[0]) == {"doc_id", "title", "source", "year", "period", "unit", "unit_kind", "chunks", "duplicate_of"}
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
