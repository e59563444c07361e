"""Files in; clean, deduplicated Documents and their Chunks out, with counts of what happened."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from tqdm import tqdm

from ingest.chunk import chunk_document
from ingest.clean import clean_text
from ingest.dedupe import mark_duplicates
from ingest.loaders import DEFAULT_MAX_BYTES, LoadError, collect_files, load_bytes, read_source
from ingest.metadata import ArticleMetadata, extract_metadata
from ingest.models import Document, IngestReport, LoadedFile, Rejection, short_hash
from ingest.split import ArticleDraft, is_title_line, split_articles, unique_titles

_PROGRESS_MIN_FILES = 20


def _page_title(loaded: LoadedFile, clean: str) -> str:
    """The page's own title, or its first line when that reads like a report title."""
    if loaded.page_title:
        return clean_text(loaded.page_title).split("\n")[0]
    first_line = clean.split("\n", 1)[0]
    return first_line if is_title_line(first_line) else ""


def _inferred_title(meta: ArticleMetadata, page_title: str, source: str, index: int) -> str:
    """A name for an article the page did not title: its unit, year and period when known."""
    if meta.unit:
        year = f"{meta.year}年" if meta.year else ""
        period = meta.period if meta.period in ("上半年", "下半年") else ""
        return f"{meta.unit}{year}{period}工作总结"
    return f"{page_title or Path(source).stem}（第{index + 1}篇）"


def _document(draft: ArticleDraft, loaded: LoadedFile, page_title: str, index: int) -> Document:
    meta = extract_metadata(draft.title, draft.text)
    title = _inferred_title(meta, page_title, loaded.source, index) if draft.title_inferred else draft.title
    return Document(
        doc_id=short_hash(loaded.source, str(index), draft.text),
        title=title,
        text=draft.text,
        source=loaded.source,
        year=meta.year,
        period=meta.period,
        unit=meta.unit,
        unit_kind=meta.unit_kind,
        level=meta.level,
        page_title=page_title,
        raw_sha256=loaded.raw_sha256,
        article_index=index,
    )


def documents_from_file(loaded: LoadedFile) -> list[Document]:
    """The articles of one loaded file as Documents (duplicates not yet marked)."""
    clean = clean_text(loaded.text)
    page_title = _page_title(loaded, clean)
    drafts = split_articles(clean, page_title)
    documents = [_document(draft, loaded, page_title, index) for index, draft in enumerate(drafts)]
    for doc, title in zip(documents, unique_titles([doc.title for doc in documents])):
        doc.title = title
    return documents


NO_ARTICLE = "清理后没有可用的正文"


def documents_from_path(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None
) -> list[Document]:
    """The articles of one file; a file that cannot be read, or holds no article, raises LoadError.

    A caller that has already read the file (read_source) to hash it passes those bytes as
    `data`, so the file is read once and what is parsed is exactly what was hashed.
    """
    if data is None:
        data = read_source(path, max_bytes)
    found = documents_from_file(load_bytes(path, data, max_bytes))
    if not found:
        raise LoadError(NO_ARTICLE)
    return found


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
) -> IngestReport:
    """Load, clean, split, describe, deduplicate and chunk every file under `paths`.

    One bad file becomes a Rejection with its reason and the run goes on. `progress=None`
    shows a bar on stderr for long runs on a terminal only.
    """
    files, rejected = collect_files(paths)
    seen = len(files) + len(rejected)  # entries refused while walking count as files seen
    show = progress if progress is not None else (len(files) >= _PROGRESS_MIN_FILES and sys.stderr.isatty())
    documents: list[Document] = []
    for path in tqdm(files, desc="读取文件", unit="个", file=sys.stderr, disable=not show):
        try:
            documents.extend(documents_from_path(path, max_bytes=max_bytes))
        except LoadError as error:
            rejected.append(Rejection(str(path), error.reason))
    mark_duplicates(documents)
    chunks = [chunk for doc in documents if not doc.duplicate_of for chunk in chunk_document(doc)]
    return IngestReport(documents=documents, chunks=chunks, rejected=rejected, files=seen)
