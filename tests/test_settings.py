"""Settings from the environment: good values pass, every bad one becomes a Chinese line naming its UA_ variable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.settings import Settings, SettingsError, load_settings


@pytest.fixture(autouse=True)
def no_ua_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only what a test sets: no UA_ variable from outside and no .env in the working folder."""
    for name in [n for n in os.environ if n.startswith("UA_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_defaults_and_good_values_pass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert load_settings() == Settings()
    words = tmp_path / "词典.txt"
    words.write_text("明德讲堂 5 n\n", encoding="utf-8")
    monkeypatch.setenv("UA_MAX_FILE_MB", "0.5")
    monkeypatch.setenv("UA_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("UA_CHROMA_PORT", "8001")
    monkeypatch.setenv("UA_USER_DICT", str(words))
    monkeypatch.setenv("UA_EMBEDDING_MODEL", "st:/models/bge")
    settings = load_settings(data_dir=tmp_path / "data")
    assert settings.max_file_bytes == 512 * 1024 and settings.chroma_port == 8001
    assert settings.user_dict == words and settings.data_dir == tmp_path / "data"


def test_every_bad_setting_gets_its_own_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UA_MAX_FILE_MB", "abc")
    monkeypatch.setenv("UA_LLM_MAX_RETRIES", "-1")
    monkeypatch.setenv("UA_CHROMA_PORT", "70000")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value).splitlines() == [
        "UA_MAX_FILE_MB 应为大于 0 的数字（现在是 abc）",
        "UA_CHROMA_PORT 应为 1 到 65535 之间的整数（现在是 70000）",
        "UA_LLM_MAX_RETRIES 应为不小于 0 的整数（现在是 -1）",
    ]


def test_a_port_without_a_host_is_refused_not_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UA_CHROMA_PORT", "8000")
    with pytest.raises(SettingsError, match="UA_CHROMA_PORT=8000 .*UA_CHROMA_HOST"):
        load_settings()


def test_a_fifo_as_user_dictionary_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "dict.fifo"
    os.mkfifo(fifo)
    with pytest.raises(SettingsError, match="UA_USER_DICT .*不是普通文件"):
        load_settings(user_dict=fifo)


def test_max_file_mb_has_an_upper_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """1e300 MB once reached read(max_bytes + 1) and ended in an OverflowError traceback."""
    monkeypatch.setenv("UA_MAX_FILE_MB", "1024")
    assert load_settings().max_file_bytes == 1024 * 1024 * 1024
    for value in ("1e300", "1024.5"):
        monkeypatch.setenv("UA_MAX_FILE_MB", value)
        with pytest.raises(SettingsError) as caught:
            load_settings()
        assert str(caught.value) == f"UA_MAX_FILE_MB 应为不超过 1024 的数字（现在是 {value}）"
