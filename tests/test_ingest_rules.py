"""Articles carry the stamp of the ingest rules that made them: an unchanged file whose articles
older rules made is read again, so a new cleaning or unit rule reaches an existing index, and a
starting server reads such files again by itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import ingest.pipeline
import vectorstore.indexer
from assistant.services import Services
from assistant.settings import Settings
from fakes import HashingEmbedder
from ingest.models import Document
from ingest.rules import INGEST_RULES
from test_concurrency import write_summaries  # made-up summaries, far from being each other's duplicates
from vectorstore.indexer import Indexer
from vectorstore.retriever import LexicalIndex
from vectorstore.store import ChunkStore

NEWER = "newer-rules-0001"


def _newer_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the ingest package had changed since the index was built."""
    for module in (ingest.pipeline, vectorstore.indexer):
        monkeypatch.setattr(module, "INGEST_RULES", NEWER)


def _counting_parser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    parse = vectorstore.indexer.documents_from_path

    def counting(path, **kwargs):
        parsed.append(Path(path).name)
        return parse(path, **kwargs)

    monkeypatch.setattr(vectorstore.indexer, "documents_from_path", counting)
    return parsed


def test_an_unchanged_file_made_by_older_rules_is_read_again_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = HashingEmbedder()
    store = ChunkStore(tmp_path / "data", embedder_id=embedder.embedder_id, dimension=embedder.dimension)
    folder = write_summaries(tmp_path / "pages", 3)
    first = Indexer(store, embedder).index_paths([folder])
    assert {doc.ingest_rules for doc, _ in store.documents()} == {INGEST_RULES}

    _newer_rules(monkeypatch)
    parsed = _counting_parser(monkeypatch)
    again = Indexer(store, embedder).index_paths([folder])
    assert len(parsed) == 3  # every file read again, though its bytes did not change
    assert {doc.ingest_rules for doc, _ in store.documents()} == {NEWER}
    assert (again.documents, again.chunks_added, again.embedded) == (first.documents, 0, 0)  # same text, same chunks
    assert store.count() == first.chunks_added

    Indexer(store, embedder).index_paths([folder])
    assert len(parsed) == 3  # now made by today's rules: a hash each, nothing parsed


def test_a_starting_server_reads_files_made_by_older_rules_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_summaries(tmp_path / "pages", 2)
    services = Services(Settings(data_dir=tmp_path / "data"))
    services.knowledge.ingest([folder])
    sample = tmp_path / "sample"
    assert services.content_job(None, sample) is None
    assert services.status()["整理规则"] == "最新"

    _newer_rules(monkeypatch)
    monkeypatch.setattr("assistant.knowledge.INGEST_RULES", NEWER)
    (folder / sorted(p.name for p in folder.iterdir())[0]).unlink()  # one file is gone: only the other can be read
    paths, label = services.content_job(None, sample)
    assert [p.parent for p in paths] == [folder.resolve()] and len(paths) == 1
    assert "重读的 1 个文件" in label
    assert services.status()["整理规则"].startswith("2 个文件的文章是旧版规则整理的")

    services.knowledge.ingest(paths)
    assert len(services.knowledge.stale_sources()) == 1  # the gone file's articles wait for a new upload


def test_a_dead_rerun_under_newer_rules_is_finished_from_its_journal(tmp_path: Path) -> None:
    """The journal names the rules as well as the sha256: when a run re-reading an unchanged file
    died after recording its new articles, those are kept and the old rules' ones go."""
    embedder = HashingEmbedder()
    store = ChunkStore(tmp_path / "data", embedder_id=embedder.embedder_id, dimension=embedder.dimension)
    indexer = Indexer(store, embedder)
    old = Document(doc_id="old", title="旧", text="柳岸社区工会慰问困难职工12户。", source="/x.txt",
                   raw_sha256="S", ingest_rules="A")
    new = Document(doc_id="new", title="新", text="柳岸社区工会慰问困难职工12户。", source="/x.txt",
                   raw_sha256="S", ingest_rules="B", article_index=0)
    store.upsert_documents([old, new], {})
    kept = indexer._settle_files(store.documents(), {"/x.txt": {"sha256": "S", "rules": "B", "articles": 1}})
    assert [doc.doc_id for doc, _ in kept] == ["new"]
    assert [doc.doc_id for doc, _ in store.documents()] == ["new"]


def _indexed_with_bm25(tmp_path: Path) -> tuple[ChunkStore, HashingEmbedder, Path, LexicalIndex]:
    """Three made-up summaries indexed, and their BM25 index built."""
    embedder = HashingEmbedder()
    store = ChunkStore(tmp_path / "data", embedder_id=embedder.embedder_id, dimension=embedder.dimension)
    folder = write_summaries(tmp_path / "pages", 3)
    Indexer(store, embedder).index_paths([folder])
    lexical = LexicalIndex(store, tmp_path / "data" / "bm25.json")
    lexical.sync(force=True)
    return store, embedder, folder, lexical


def test_newer_rules_give_unchanged_chunks_their_new_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the text (so every chunk id) stays, what a newer rule reads changes: the stored chunks and the
    # BM25 index say the new unit and kind, per article, and a key the rule no longer gives is gone
    store, embedder, folder, lexical = _indexed_with_bm25(tmp_path)
    before = {chunk.chunk_id: chunk.metadata for chunk in store.get_chunks()}
    assert all("level" in meta or "year" in meta for meta in before.values())

    _newer_rules(monkeypatch)
    units: dict[str, str] = {}
    monkeypatch.setattr(ingest.pipeline, "extract_metadata", _renamed(ingest.pipeline.extract_metadata, units))
    again = Indexer(store, embedder).index_paths([folder])
    assert (again.chunks_added, again.embedded) == (0, 0)
    after = {chunk.chunk_id: chunk.metadata for chunk in store.get_chunks()}
    assert after.keys() == before.keys()
    for chunk_id, meta in after.items():
        assert meta["unit"] == units[meta["title"]] and meta["unit_kind"] == "教育"
        assert "level" not in meta and "year" not in meta
    assert len(set(units.values())) == 3
    assert lexical.sync(force=True)
    assert set(lexical.index.unit_kinds) == {"教育"} and not lexical.index.years.any()


def _renamed(extract, units: dict[str, str]):
    """Each article's own new unit (by its title), a new kind, and no level or year."""

    def extracting(title: str, text: str):
        units.setdefault(title, f"青柳{len(units) + 1}号工会")
        return replace(extract(title, text), unit=units[title], unit_kind="教育", level=None, year=None)

    return extracting


def test_newer_rules_that_read_the_same_metadata_leave_bm25_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a rules change that alters no chunk's metadata (a comment in ingest/) writes nothing and keeps
    # the metadata revision, so the BM25 index reads no chunk again
    store, embedder, folder, lexical = _indexed_with_bm25(tmp_path)
    revision = store.metadata_revision

    _newer_rules(monkeypatch)
    Indexer(store, embedder).index_paths([folder])
    assert store.metadata_revision == revision
    read_again: list[str] = []
    get_chunks = store.get_chunks
    monkeypatch.setattr(store, "get_chunks", lambda ids=None: read_again.extend(ids or []) or get_chunks(ids))
    lexical.sync(force=True)
    assert read_again == []
