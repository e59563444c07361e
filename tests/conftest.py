"""Shared test fixtures: where the fixture pages and the user's sample corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
CORPUS = Path(os.environ.get("UA_TEST_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))


@pytest.fixture(scope="session")
def pages_dir() -> Path:
    return PAGES


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.iterdir()):
        pytest.skip(f"sample corpus not found at {CORPUS} (it sits beside the repository as ../shared/corpus)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_data_dir(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus_kb")


@pytest.fixture(scope="session")
def corpus_kb(corpus_dir: Path, corpus_data_dir: Path):
    """The sample corpus indexed once per session with the real embedder (about a minute)."""
    from assistant.knowledge import KnowledgeBase
    from assistant.settings import Settings

    kb = KnowledgeBase(Settings(data_dir=corpus_data_dir))
    report = kb.ingest([corpus_dir])
    assert report.rejected == [] and report.chunks_added == kb.store.count() > 250
    return kb


@pytest.fixture(scope="session")
def pages_kb(tmp_path_factory: pytest.TempPathFactory):
    """The fixture pages indexed once per session with the real embedder (read-only for tests)."""
    import shutil

    from assistant.knowledge import KnowledgeBase
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("pages_kb")
    shutil.copytree(PAGES, folder / "pages")
    kb = KnowledgeBase(Settings(data_dir=folder / "data"))
    kb.ingest([folder / "pages"])
    return kb
