"""Store, incremental indexer and hybrid retriever together, with a stand-in embedder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from fakes import HashingEmbedder
from ingest.chunk import chunk_document
from ingest.models import Document
from vectorstore.indexer import Indexer
from vectorstore.retriever import HybridRetriever, LangChainRetriever, LexicalIndex, SearchFilters
from vectorstore.store import ChunkStore, EmbedderMismatch, StoreError


class Index:
    def __init__(self, data_dir: Path, embedder: HashingEmbedder | None = None) -> None:
        self.embedder = embedder or HashingEmbedder()
        self.store = ChunkStore(data_dir, embedder_id=self.embedder.embedder_id, dimension=self.embedder.dimension)
        self.lexical = LexicalIndex(self.store, data_dir / "bm25.json", check_interval=0.0)
        self.indexer = Indexer(self.store, self.embedder)
        self.retriever = HybridRetriever(self.store, self.embedder, self.lexical)

    def ingest(self, *paths: Path):
        report = self.indexer.index_paths(paths)
        self.lexical.sync(force=True)
        return report


@pytest.fixture()
def folder(pages_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "pages"
    shutil.copytree(pages_dir, target)
    return target


def test_first_ingest_then_unchanged_reingest_embeds_nothing(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    first = index.ingest(folder)
    assert first.files == 4 and first.chunks_added > 0 and first.duplicates == 1
    assert first.embedded == first.chunks_added == index.store.count()
    again = index.ingest(folder)
    assert (again.chunks_added, again.chunks_removed, again.embedded) == (0, 0, 0)
    assert again.chunks_unchanged == first.chunks_added
    assert (again.documents, again.duplicates) == (first.documents, first.duplicates)


def test_changed_file_replaces_its_chunks(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder)
    page = folder / "mirror_page.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("650人", "720人"), encoding="utf-8")
    report = index.ingest(folder)
    assert report.chunks_added >= 1 and report.chunks_removed == report.chunks_added
    texts = [c.text for c in index.store.get_chunks()]
    assert any("720人" in t for t in texts) and not any("650人" in t for t in texts)
    assert set(index.lexical.index.ids) == set(index.store.chunk_ids())


def test_remove_document_removes_chunks_everywhere_and_promotes_its_copy(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder)
    records = index.store.documents()
    copy = next(doc for doc, _ in records if doc.duplicate_of)
    keeper_id = copy.duplicate_of
    index.indexer.remove_document(keeper_id)
    index.lexical.sync(force=True)
    assert not index.store.get_chunks(doc_id=keeper_id)
    assert all(index.lexical.index.doc_ids[i] != keeper_id for i in range(len(index.lexical.index)))
    promoted = {doc.doc_id: (doc, ids) for doc, ids in index.store.documents()}[copy.doc_id]
    assert promoted[0].duplicate_of is None and promoted[1]
    assert index.store.get_chunks(doc_id=copy.doc_id)


def test_a_better_copy_arriving_later_takes_the_place_of_the_indexed_one(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder / "qinghe_pages.txt")
    report = index.ingest(folder / "mirror_page.txt")
    copies = [doc for doc, _ in index.store.documents() if doc.title == "县直机关工会上半年工作总结"]
    assert len(copies) == 2 and sum(1 for doc in copies if not doc.duplicate_of) == 1
    kept = next(doc for doc in copies if not doc.duplicate_of)
    assert "2000张" in kept.text  # the copy without the blank wins, whichever came first
    assert report.chunks_removed > 0
    assert not [c for c in index.store.get_chunks() if "xx张" in c.text]
    assert not [i for i in index.lexical.index.ids if i not in set(index.store.chunk_ids())]


def test_search_filters_scores_and_retrievers(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder)
    hits = index.retriever.search("金秋助学 资助困难职工子女", k=3)
    assert "金秋助学" in hits[0].text
    assert hits[0].rank == 1 and 0 < hits[-1].score <= hits[0].score <= 1
    assert set(hits[0].retrievers) <= {"dense", "bm25", "phrase"} and "bm25" in hits[0].retrievers
    only_2022 = index.retriever.search("工会 工作", k=5, filters=SearchFilters(year=2022))
    assert only_2022 and all(h.metadata["year"] == 2022 for h in only_2022)
    schools = index.retriever.search("工会", k=5, filters=SearchFilters(unit_kind="教育"))
    assert schools and all(h.metadata["unit_kind"] == "教育" for h in schools)
    docs = LangChainRetriever(retriever=index.retriever, k=2).invoke("技能比武")
    assert len(docs) == 2 and "chunk_id" in docs[0].metadata


def test_exact_phrase_is_found_first(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder)
    hits = index.retriever.search("比质量、比效率、比安全", k=3)
    assert "比质量、比效率、比安全" in hits[0].text and "phrase" in hits[0].retrievers


def test_bad_files_are_rejected_and_leave_the_index_as_it_was(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder)
    ids = sorted(index.store.chunk_ids())
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    (tmp_path / "bad" / "broken.docx").write_bytes(b"PK\x03\x04 broken")
    (tmp_path / "bad" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    report = index.ingest(tmp_path / "bad")
    assert len(report.rejected) == 3 and all(r.reason for r in report.rejected)
    assert sorted(index.store.chunk_ids()) == ids


def test_another_embedder_is_refused_with_a_rebuild_hint(folder: Path, tmp_path: Path) -> None:
    Index(tmp_path / "data").ingest(folder / "qinghe_pages.txt")
    with pytest.raises(EmbedderMismatch) as error:
        Index(tmp_path / "data", HashingEmbedder(32, "test:other-32"))
    assert "test:hashing-64" in str(error.value) and "重新导入" in str(error.value)


def test_bm25_catches_up_with_writes_from_another_process(folder: Path, tmp_path: Path) -> None:
    writer = Index(tmp_path / "data")
    reader = Index(tmp_path / "data")
    writer.ingest(folder / "qinghe_pages.txt")
    assert reader.retriever.search("金秋助学", k=1)
    writer.ingest(folder / "mirror_page.txt")
    hits = reader.retriever.search("比质量、比效率、比安全", k=1)
    assert hits and "比效率" in hits[0].text


def _agree(index: Index) -> set[str]:
    """Record, Chroma and BM25 hold the same chunks, and no write run is pending; the chunk ids."""
    index.lexical.sync(force=True)
    recorded = [i for doc, ids in index.store.documents() if not doc.duplicate_of for i in ids]
    assert len(recorded) == len(set(recorded))
    assert set(recorded) == set(index.store.chunk_ids()) == set(index.lexical.index.ids)
    assert index.store.pending_write() is None
    return set(recorded)


@pytest.mark.parametrize("step", ["upsert_documents", "upsert_chunks", "delete_chunks", "delete_documents"])
def test_a_run_interrupted_at_any_write_is_repaired_when_the_index_opens_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder / "qinghe_pages.txt")
    page = folder / "qinghe_pages.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("128户", "131户"), encoding="utf-8")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(index.store, step, killed)
    with pytest.raises(KeyboardInterrupt):
        index.ingest(page)
    monkeypatch.undo()

    reopened = Index(tmp_path / "data")  # opening repairs; nothing is ingested again
    _agree(reopened)
    texts = [c.text for c in reopened.store.get_chunks()]
    finished = step != "upsert_documents"  # once the new record is written, the run is finished
    assert any("131户" in t for t in texts) == finished and any("128户" in t for t in texts) != finished
    assert len({doc.raw_sha256 for doc, _ in reopened.store.documents()}) == 1

    report = reopened.ingest(page)
    assert report.embedded == 0 or not finished  # a finished run's file is unchanged now
    texts = [c.text for c in reopened.store.get_chunks()]
    assert any("131户" in t for t in texts) and not any("128户" in t for t in texts)
    _agree(reopened)


OTHER_SUMMARY = (
    "云岭县供水公司工会2024年工作总结\n2024年，公司工会围绕安全供水中心工作，组织职工开展管网抢修技能比武，"
    "全年抢修管网漏点73处，慰问夜班抄表职工185人次。现将全年工作总结如下：\n"
    "一、开展管网抢修技能比武。组织净水厂和管网所职工参加比武，评出抢修能手9名，推广快速堵漏法3项。\n"
)


def test_a_folder_ingested_again_drops_files_gone_or_refused_and_nothing_else(folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "gongshui.txt").write_text(OTHER_SUMMARY, encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text(OTHER_SUMMARY.replace("供水公司", "燃气公司").replace("73处", "41处"), encoding="utf-8")
    index = Index(tmp_path / "data")
    index.ingest(folder, other, single)
    before = Counter(doc.source for doc, _ in index.store.documents())

    (folder / "mirror_page.txt").unlink()  # gone; it held the copy that was indexed of a qinghe article
    (folder / "fanwen_page.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 50)  # now refused
    (folder / "traditional_pinyin.txt").unlink()
    os.mkfifo(folder / "traditional_pinyin.txt")  # a FIFO: refused, and the run must not hang on it
    alone = index.ingest(folder / "qinghe_pages.txt")  # a single file cleans nothing else
    assert alone.files_removed == [] and {doc.source for doc, _ in index.store.documents()} == set(before)

    report = index.ingest(folder)
    names = ("fanwen_page.txt", "mirror_page.txt", "traditional_pinyin.txt")
    gone = sorted(str((folder / name).resolve()) for name in names)
    assert report.files_removed == gone
    assert report.as_dict()["files_removed"] == gone and len(report.rejected) == 2
    records = index.store.documents()
    assert report.documents_removed == sum(before[source] for source in gone) >= 4
    sources = {doc.source for doc, _ in records}
    assert not sources & set(gone)
    assert str((other / "gongshui.txt").resolve()) in sources and str(single.resolve()) in sources
    assert not [c for c in index.store.get_chunks() if c.metadata.get("source") in gone]
    promoted = [doc for doc, _ in records if doc.title == "县直机关工会上半年工作总结"]
    assert len(promoted) == 1 and not promoted[0].duplicate_of and index.store.get_chunks(doc_id=promoted[0].doc_id)
    in_folder = [doc for doc, _ in records if doc.source.startswith(str(folder.resolve()))]
    assert (report.documents, report.duplicates) == (len(in_folder), 0)  # the promoted copy counts as an article
    _agree(index)


def test_a_live_writer_is_left_alone_and_a_second_writer_is_refused(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder / "qinghe_pages.txt")
    half_done = chunk_document(Document(doc_id="f" * 16, title="另一个进程的文章", text=OTHER_SUMMARY, source="elsewhere"))
    with subprocess.Popen(["sleep", "60"]) as other:  # a live process on this host, in the middle of its run
        index.store.begin_write({"run": "theirs", "host": socket.gethostname(), "pid": other.pid, "at": time.time(),
                                 "sources": {}})
        index.store.upsert_chunks(half_done, np.asarray(index.embedder.embed_documents([c.text for c in half_done])))
        assert not Index(tmp_path / "data").indexer.recover()  # opening leaves its work alone
        assert {c.chunk_id for c in half_done} <= set(index.store.chunk_ids())
        with pytest.raises(StoreError, match="另一个导入正在写入索引"):
            index.ingest(folder / "mirror_page.txt")
        other.kill()
        other.wait()
    assert index.store.pending_write() is not None
    Index(tmp_path / "data")  # its process is gone: opening repairs the run
    assert not {c.chunk_id for c in half_done} & set(index.store.chunk_ids())
    _agree(index)
    assert index.ingest(folder / "mirror_page.txt").documents > 0


def test_an_index_left_inconsistent_without_a_journal_is_repaired_by_the_next_ingest(folder: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder / "qinghe_pages.txt")
    owned = _agree(index)
    stray = chunk_document(Document(doc_id="e" * 16, title="旧版本留下的片段", text=OTHER_SUMMARY, source="elsewhere"))
    index.store.upsert_chunks(stray, np.asarray(index.embedder.embed_documents([c.text for c in stray])))
    lost = sorted(owned)[0]
    index.store.delete_chunks([lost])  # e.g. left so by a version before the journal

    report = index.ingest(folder / "qinghe_pages.txt")
    assert report.chunks_added == 0 and _agree(index) == owned  # the lost passage is made again, the stray gone


def test_a_file_only_partly_recorded_when_the_run_died_is_dropped_then_read_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder / "qinghe_pages.txt", folder / "fanwen_page.txt")
    page = folder / "qinghe_pages.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("128户", "131户"), encoding="utf-8")
    upsert = index.store.upsert_documents

    def died_between_batches(documents, chunk_ids):
        upsert(documents[:1], chunk_ids)  # the first batch went in, then the process died
        raise KeyboardInterrupt

    monkeypatch.setattr(index.store, "upsert_documents", died_between_batches)
    with pytest.raises(KeyboardInterrupt):
        index.ingest(page)
    monkeypatch.undo()

    reopened = Index(tmp_path / "data")
    _agree(reopened)
    sources = {doc.source for doc, _ in reopened.store.documents()}
    assert str(page.resolve()) not in sources and str((folder / "fanwen_page.txt").resolve()) in sources
    assert reopened.ingest(page).documents == 3
    assert any("131户" in c.text for c in reopened.store.get_chunks())
    _agree(reopened)
