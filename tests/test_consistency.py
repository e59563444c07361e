"""Record, Chroma and BM25 agree after an ingest killed at any write, and after the Chroma
server dies mid-ingest: opening the knowledge base repairs the index, nothing is ingested again.

Each kill runs a real `KnowledgeBase.ingest` in a subprocess whose ChunkStore method SIGKILLs
the process (or the Chroma server) at one write step; the driver below does it by patching the
class, so production code carries no fault hooks.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings
from chroma_server import CHROMA, free_port, stop, wait_for_http

SCRIPT = Path(sys.executable).with_name("union-assistant")
DRIVER = '''
import os, signal, sys
from pathlib import Path
from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings
from vectorstore.store import ChunkStore

data_dir, folder, method, nth, victim = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
kb = KnowledgeBase(Settings(data_dir=Path(data_dir)))
original = getattr(ChunkStore, method)
calls = []

def killing(self, *args, **kwargs):
    calls.append(method)
    if len(calls) == nth:
        os.kill(victim or os.getpid(), signal.SIGKILL)
    return original(self, *args, **kwargs)

setattr(ChunkStore, method, killing)
kb.ingest([Path(folder)])
sys.exit(3)  # the step was never reached
'''

# every write step of an ingest that changes one file and loses another, in the order they run
STEPS = [
    ("begin_write", 1),
    ("upsert_documents", 1),
    ("upsert_chunks", 1),
    ("_bump_revision", 1),  # inside upsert_chunks, after the chunks went in
    ("delete_chunks", 1),
    ("_bump_revision", 2),  # inside delete_chunks
    ("delete_documents", 1),
    ("end_write", 1),  # all written; the last revision and clearing the journal to go
]


def assert_consistent(settings: Settings) -> KnowledgeBase:
    """Opening repairs; then the index is consistent (see `check`). Returns the knowledge base."""
    kb = KnowledgeBase(settings)
    check(kb)
    return kb


def check(kb: KnowledgeBase) -> None:
    """Record ids == Chroma ids == BM25 ids, no chunk twice, no write pending, each file in one
    version, copies point at an indexed article, every article listed, and search finds only
    recorded articles."""
    kb.lexical.sync(force=True)
    records = kb.store.documents()
    recorded = [i for doc, ids in records if not doc.duplicate_of for i in ids]
    stored = kb.store.chunk_ids()
    assert len(recorded) == len(set(recorded)) and len(stored) == len(set(stored))
    assert set(recorded) == set(stored) == set(kb.lexical.index.ids)
    texts = [(c.metadata.get("doc_id"), c.text) for c in kb.store.get_chunks()]
    assert len(texts) == len(set(texts))
    assert kb.store.pending_write() is None
    by_id = {doc.doc_id: doc for doc, _ in records}
    assert all(len({d.raw_sha256 for d in by_id.values() if d.source == doc.source}) == 1 for doc in by_id.values())
    assert all(not doc.duplicate_of or not by_id[doc.duplicate_of].duplicate_of for doc in by_id.values())
    assert {row["doc_id"] for row in kb.documents()} == set(by_id)
    hits = kb.search("送温暖 慰问困难职工", 5)
    assert hits and all(hit.doc_id in by_id for hit in hits)


def check_remove(kb: KnowledgeBase) -> None:
    """Removing the best hit's article takes its chunks everywhere and leaves the index consistent."""
    victim = kb.search("送温暖 慰问困难职工", 1)[0].doc_id
    owned = len(kb.store.get_chunks(doc_id=victim))
    assert kb.remove(victim) == owned > 0
    assert not kb.store.get_chunks(doc_id=victim) and victim not in {row["doc_id"] for row in kb.documents()}
    check(kb)


def _change(folder: Path) -> None:
    """One file edited (one passage changes) and one deleted (a copy elsewhere is promoted)."""
    page = folder / "qinghe_pages.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("128户", "131户"), encoding="utf-8")
    (folder / "mirror_page.txt").unlink()


def _ingest(data_dir: Path, folder: Path, env: dict[str, str] | None = None) -> None:
    done = subprocess.run([str(SCRIPT), "--data-dir", str(data_dir), "ingest", str(folder), "--json"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def indexed(pages_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture pages indexed once through the CLI (real embedder) into <root>/data.

    Sources are recorded by absolute path, so every test works on <root>/pages (restored
    before each) and a copy of <root>/data in its own folder.
    """
    root = tmp_path_factory.mktemp("consistency")
    shutil.copytree(pages_dir, root / "pages")
    _ingest(root / "data", root / "pages")
    return root


@pytest.fixture()
def copy(indexed: Path, pages_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(pages, data dir): the pages as first indexed, and a copy of their index for this test."""
    shutil.rmtree(indexed / "pages")
    shutil.copytree(pages_dir, indexed / "pages")
    shutil.copytree(indexed / "data", tmp_path / "data")
    return indexed / "pages", tmp_path / "data"


def _kill_at(data_dir: Path, folder: Path, method: str, nth: int, victim: int = 0,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    driver = data_dir.parent / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    return subprocess.run([sys.executable, str(driver), str(data_dir), str(folder), method, str(nth), str(victim)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})


@pytest.mark.parametrize(("method", "nth"), STEPS, ids=[f"{m}-{n}" for m, n in STEPS])
def test_ingest_killed_at_each_write_step_is_repaired_on_open(copy: tuple[Path, Path], method: str, nth: int) -> None:
    pages, data_dir = copy
    _change(pages)
    killed = _kill_at(data_dir, pages, method, nth)
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    kb = assert_consistent(Settings(data_dir=data_dir))  # opening alone repairs
    report = kb.ingest([pages])
    assert not report.rejected
    check(kb)
    texts = [c.text for c in kb.store.get_chunks()]
    assert any("131户" in t for t in texts) and not any("128户" in t for t in texts)
    assert str((pages / "mirror_page.txt").resolve()) not in {doc.source for doc, _ in kb.store.documents()}
    check_remove(kb)


@contextmanager
def _chroma(path: Path, port: int) -> Iterator[subprocess.Popen]:
    """`chroma run` that a test may SIGKILL; stopped afterwards if still up."""
    log = open(path.parent / f"chroma-{port}.log", "ab")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    process = subprocess.Popen([str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, 60)
        yield process
    finally:
        if process.poll() is None:
            stop(process)
        log.close()


@pytest.mark.parametrize("step", ["upsert_chunks", "delete_chunks"])
def test_chroma_server_killed_mid_ingest_then_back_is_repaired(pages_dir: Path, tmp_path: Path, step: str) -> None:
    """The server dies once the new record is written, before the new chunks are (they are made
    again from the recorded text) or before the old ones are deleted (they go)."""
    shutil.copytree(pages_dir, tmp_path / "pages")
    port = free_port()
    env = {"UA_CHROMA_HOST": "127.0.0.1", "UA_CHROMA_PORT": str(port)}
    chroma_path = tmp_path / "chroma-db"
    with _chroma(chroma_path, port) as server:
        _ingest(tmp_path / "data", tmp_path / "pages", env)
        _change(tmp_path / "pages")
        failed = _kill_at(tmp_path / "data", tmp_path / "pages", step, 1, victim=server.pid, env=env)
        server.wait(timeout=10)
    assert failed.returncode not in (0, 3, -signal.SIGKILL), failed.stderr
    assert "StoreUnavailable" in failed.stderr  # the store call after the kill failed
    with _chroma(chroma_path, port):
        settings = Settings(data_dir=tmp_path / "data", chroma_host="127.0.0.1", chroma_port=port)
        kb = assert_consistent(settings)  # opening alone repairs
        texts = [c.text for c in kb.store.get_chunks()]
        assert any("131户" in t for t in texts) and not any("128户" in t for t in texts)
        check_remove(kb)
