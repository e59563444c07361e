"""Store, incremental indexer and hybrid retriever together, with a stand-in embedder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fakes import HashingEmbedder
from vectorstore.indexer import Indexer
from vectorstore.retriever import HybridRetriever, LangChainRetriever, LexicalIndex, SearchFilters
from vectorstore.store import ChunkStore, EmbedderMismatch


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


def test_a_run_interrupted_before_the_record_is_written_is_finished_by_the_next(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = Index(tmp_path / "data")
    index.ingest(folder / "qinghe_pages.txt")
    page = folder / "qinghe_pages.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("128户", "131户"), encoding="utf-8")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(index.store, "upsert_documents", killed)
    with pytest.raises(KeyboardInterrupt):
        index.ingest(folder / "qinghe_pages.txt")
    monkeypatch.undo()
    assert index.retriever.search("送温暖 慰问困难职工", k=1)  # usable in between

    report = index.ingest(folder / "qinghe_pages.txt")
    assert report.embedded == 0  # the interrupted run's vectors were cached
    texts = [c.text for c in index.store.get_chunks()]
    assert any("131户" in t for t in texts) and not any("128户" in t for t in texts)
    recorded = {i for _, ids in index.store.documents() for i in ids}
    assert recorded == set(index.store.chunk_ids()) == set(index.lexical.index.ids)
