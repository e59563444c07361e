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
