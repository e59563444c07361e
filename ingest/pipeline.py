"""Files in; clean, deduplicated Documents and their Chunks out, with counts of what happened."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from ingest.chunk import chunk_document
from ingest.clean import clean_text, collapse_spaces, fold_width, normalize_characters, strip_pinyin, to_simplified
from ingest.dedupe import mark_duplicates
from ingest.loaders import DEFAULT_MAX_BYTES, LoadError, collect_files, load_bytes, read_source
from ingest.masthead import copyright_owner, publisher_names, speaks_as_owner
from ingest.metadata import ArticleMetadata, extract_metadata, lead_title, stamped_year
from ingest.models import Document, IngestReport, LoadedFile, Rejection, short_hash
from ingest.rules import INGEST_RULES
from ingest.split import (
    ArticleDraft,
    collection_title,
    is_title_line,
    split_articles,
    unique_titles,
)

_PROGRESS_MIN_FILES = 20
_HEAD_CHARS = 4000  # a collection heading sits at the top of the page
_TAIL_CHARS = 1500  # a site's footer, with its owner, at the bottom
_STAMP_CHARS = 1500  # a page's post stamp sits above or under its headline
_HEAD_SEPARATOR = re.compile(r"\s+[-–—|_]\s+|[|_]")
_SITE_NAME = re.compile(r"(?:网|站|文库|首页|平台)$|\.(?:com|cn|net|org)\b", re.IGNORECASE)


def _light_clean(text: str) -> str:
    """Characters, script and width as clean_text leaves them, but no line dropped as chrome."""
    return fold_width(to_simplified(strip_pinyin(normalize_characters(text))))


def _head_title(head: str) -> str:
    """The report's title inside an HTML <title>: site-name parts ("… - XX范文网") and a
    collection count left out; "" when the <title> is only the site's name."""
    parts = [collapse_spaces(part.strip()) for part in _HEAD_SEPARATOR.split(_light_clean(head))]
    parts = [part for part in parts if part and not _SITE_NAME.search(part)]
    subjects = [collection_title(part) or part for part in parts]
    return next((part for part in subjects if is_title_line(part)), subjects[0] if subjects else "")


def _collection_subject(raw: str) -> str:
    """The subject of the page's collection heading ("…总结（精选9篇）" -> "…总结"), read before
    cleaning drops the heading as chrome; "" when the page has none."""
    for line in _light_clean(raw[:_HEAD_CHARS]).split("\n"):
        subject = collection_title(collapse_spaces(line.strip()))
        if subject:
            return subject
    return ""


def _page_title(loaded: LoadedFile, clean: str) -> str:
    """The page's own title (HTML <title> without the site's name), else its collection heading's
    subject, else its first line when that reads like a report title."""
    title = _head_title(loaded.page_title) if loaded.page_title else ""
    if title:
        return title
    first_line = clean.split("\n", 1)[0]
    return _collection_subject(loaded.text) or (first_line if is_title_line(first_line) else "")


# a news item's lead: a day or a byline in its first characters ("8月2日，", "本网讯", "近日，")
_NEWS_LEAD = re.compile(r"\d{1,2}月\d{1,2}[日号]|讯|近日|日前|近来|近期")
NEWS_LEAD_CHARS = 80


def _article_title(draft: ArticleDraft, meta: ArticleMetadata, page_title: str) -> str:
    """The title the page states for the article, even when it is only genre words ("工会工作总结":
    the unit is in the metadata); when it states none, a name from the unit, year and period;
    never the file name."""
    if draft.title:
        return draft.title
    told = lead_title(draft.text) if _NEWS_LEAD.search(draft.text[:NEWS_LEAD_CHARS]) else ""
    if told:  # a news item without a headline: what it tells, not a summary's name it never had
        return told
    year = f"{meta.year}年" if meta.year else ""
    period = meta.period if meta.period in ("上半年", "下半年") else ""
    if meta.unit:
        return f"{meta.unit}{year}{period}工作总结"
    return draft.title or page_title or f"{year}{period}工会工作总结"


def _document(draft: ArticleDraft, loaded: LoadedFile, page_title: str, index: int, publisher: str = "",
              stamp_head: str = "", owner: str = "") -> Document:
    meta = extract_metadata(draft.title, draft.text)
    if stamp_head:  # a news item's post stamp dates it when it writes no year, or only earlier ones further on
        stamped = stamped_year(stamp_head, draft.title, draft.text, retrospect=meta.year)
        meta = replace(meta, year=stamped) if stamped or meta.year is None else meta
    # the site's owner speaks for a report that names no unit of its own, or that speaks as the owner's kind
    # of body ("在我所富阳基地召开" on 中国水稻研究所's site, whose report ingest read as a guest union's)
    if owner and (meta.unit is None or speaks_as_owner(draft.text, owner, meta.unit)):
        publisher = " ".join(name for name in (publisher, owner) if name)
    title = _article_title(draft, meta, page_title)
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
        publisher=publisher,
        raw_sha256=loaded.raw_sha256,
        article_index=index,
        ingest_rules=INGEST_RULES,
    )


def documents_from_file(loaded: LoadedFile) -> list[Document]:
    """The articles of one loaded file as Documents (duplicates not yet marked)."""
    clean = clean_text(loaded.text)
    page_title = _page_title(loaded, clean)
    drafts = split_articles(clean, page_title)
    tail = loaded.text[max(_HEAD_CHARS, len(loaded.text) - _TAIL_CHARS):]  # none of the head read twice
    furniture = _light_clean(loaded.text[:_HEAD_CHARS] + "\n" + tail)
    publisher, owner = publisher_names(furniture), copyright_owner(furniture)
    # a page of one article: its post stamp is that article's (a collection's stamp dates none of its own)
    stamp_head = loaded.text[:_STAMP_CHARS] if len(drafts) == 1 else ""
    documents = [_document(draft, loaded, page_title, index, publisher, stamp_head, owner) for index, draft in enumerate(drafts)]
    for doc, title in zip(documents, unique_titles([doc.title for doc in documents])):
        doc.title = title
    return documents


NO_ARTICLE = "清理后没有可用的正文"
TOO_SHORT = "太短：清理后没有完整的句子"


def _refusal(loaded: LoadedFile) -> str:
    """Why a file gave no article: nothing left after cleaning, or text without one real sentence."""
    return TOO_SHORT if clean_text(loaded.text).strip() else NO_ARTICLE


def documents_from_path(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None
) -> list[Document]:
    """The articles of one file; a file that cannot be read, or holds no article, raises LoadError.

    A caller that has already read the file (read_source) to hash it passes those bytes as
    `data`, so the file is read once and what is parsed is exactly what was hashed.
    """
    if data is None:
        data = read_source(path, max_bytes)
    loaded = load_bytes(path, data, max_bytes)
    found = documents_from_file(loaded)
    if not found:
        raise LoadError(_refusal(loaded))
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
