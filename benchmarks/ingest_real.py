"""Ingest on real report pages nobody tuned for: how much of what comes out is still noise.

    .venv/bin/python benchmarks/ingest_real.py FOLDER [--split tune|check|all] [--json] [--examples N]

FOLDER is a collection kept outside the repository (others' text): pages/ (one saved page a file),
index.tsv (columns file and split at least; without it every page is in the run) and labels/NNN.txt
(the chrome strings a person saw on page NNN, one a line) and labels/NNN.titles (each article's own
title as the page states it, one a line, alternatives tab-separated). Each page goes through the
product's ingest as a user's upload would (documents_from_path, mark_duplicates over the run,
chunk_document), and each passage is checked for:

  chrome   a labelled chrome string of its page, or a distinctive 6-character piece of one (one that
           does not occur in the page's other text), or a generic sign: a URL, a QQ/phone number, a
           view count, a KB/MB size, a '>' breadcrumb. Built from the labels, not the cleaner's rules,
           so the measurement is not circular.
  pinyin   a tone-marked vowel, or a bracketed latin syllable right after a Chinese character.
  trad     a character OpenCC t2s would change (in context), bar a tiny allow-list.
  rare     a CJK ideograph outside GB2312.
  repeat   a line repeated inside the passage, a line that repeats the article title (an article
           marker such as "篇1" looked through), or a passage whose text equals an earlier passage's.
  cut      the passage before it in the same article ended without a sentence end, and either this one
           does not open with a heading or list marker or that passage's last line is prose (over 40
           characters): a sentence was cut, by the chunker or by a page counter ("2、") mid-word.
Per article: a bad title (the file stem, a collection marker or count, or a generic word alone) and a
title that is not one the page states (pages with labelled titles only). Per page: articles recorded as
duplicates of another page's (not scored again), and a refusal although the text holds a real sentence
(a short note must be accepted). Prints a table with totals per split, the issue's acceptance numbers,
and with --examples N up to N offenders per check. Pages are read as they are; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.chunk import chunk_document  # noqa: E402
from ingest.dedupe import mark_duplicates  # noqa: E402
from ingest.loaders import load_bytes, read_source  # noqa: E402
from ingest.models import Chunk, Document, LoadError  # noqa: E402
from ingest.pipeline import documents_from_path  # noqa: E402

PASSAGE_CHECKS = ("chrome", "pinyin", "trad", "rare", "repeat", "cut")
COLUMNS = ("articles", "duplicates", "passages", *PASSAGE_CHECKS, "bad_title", "not_own_title", "rejected")
HEADERS = {"articles": "art", "duplicates": "dup", "passages": "pass", "bad_title": "badtitle", "not_own_title": "notown", "rejected": "rej"}
WINDOW = 6
PROSE_LINE = 40

_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])\s*[(（][a-zü{_TONE_VOWELS}]{{1,6}}[)）]")
_PINYIN = re.compile(rf"[{_TONE_VOWELS}]|{_PINYIN_NOTE.pattern}")
_CJK_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_TRAD_ALLOWED = set("乾")  # valid simplified (乾坤, 乾隆, names) that t2s turns into 干 out of context
_GENERIC = (
    re.compile(r"https?://|www\.|\.(?:com|cn|net|org)\b", re.I),
    re.compile(r"(?:QQ|扣扣|客服|电话|微信|热线)[^\d\n]{0,6}\d{5,}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)\d{3,4}-\d{7,8}(?!\d)", re.I),
    re.compile(r"(?:浏览|阅读|访问|查看|点击|人气)(?:量|数|次数|人数)?\s*[:：]?\s*\d|\d+\s*(?:次浏览|人阅读|次阅读)"),
    re.compile(r"\d+(?:\.\d+)?\s*[KM]B\b", re.I),
    re.compile(r"[^\s>]{1,12}\s*[>»›]\s*[^\s>]{1,12}\s*[>»›]"),
)
_MARKER_TITLE = re.compile(
    r"篇\s*[0-9一二三四五六七八九十]+|第\s*[0-9一二三四五六七八九十]+\s*篇|[(（][^()（）]{0,6}[0-9一二三四五六七八九十多]+篇[)）]"
    r"|[0-9一二三四五六七八九十多]+篇$|(?:总结|汇报|报告|计划|材料)[0-9一二三四五六七八九十]+$|集锦|合集|汇总|大全|\.docx?$|\.pdf$"
)
_GENERIC_TITLES = {"工作总结", "总结", "年终总结", "年度总结", "半年总结", "工作汇报", "范文", "年度工作总结", "上半年工作总结", "下半年工作总结"}
_ARTICLE_MARKER = re.compile(r"[【\[]?(?:第\s*[0-9一二三四五六七八九十]+\s*篇|篇\s*[0-9一二三四五六七八九十]+)[】\]]?[:：]?|\d+$")
_LIST_START = re.compile(r"^\s*(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）、.．]|[(（][0-9一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十0-9]+[、，,部条]|[①-⑳])")
_SENTENCE_END = "。！？!?…；;：:"
_CLOSERS = "”’」』\"'"
_REAL_SENTENCE = re.compile(r"[\u4e00-\u9fff][^。！？\n]{6,}[。！？]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    """Comparable text: width folded (NFKC), pinyin annotations and whitespace dropped, simplified."""
    text = unicodedata.normalize("NFKC", text)
    text = _PINYIN_NOTE.sub("", text)
    return re.sub(r"\s+", "", _t2s().convert(text))


@dataclass
class Page:
    """One saved page, its split, and the chrome matcher and titles built from its hand labels."""

    path: Path
    split: str
    windows: set[str] = field(default_factory=set)
    short_labels: list[str] = field(default_factory=list)
    titles: list[set[str]] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.path.name.split("_", 1)[0]


@dataclass
class PageResult:
    file: str
    split: str
    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def flag(self, check: str, text: str, limit: int) -> None:
        self.counts[check] += 1
        found = self.examples.setdefault(check, [])
        if len(found) < limit:
            found.append(text.replace("\n", "⏎")[:120])


def read_page_text(path: Path) -> str:
    """The page's text as the product's loader decodes it (for label windows and the rejection check)."""
    return load_bytes(path, read_source(path)).text


def attach_labels(page: Page, labels_dir: Path) -> None:
    """Distinctive label pieces: whole labels and 6-char windows that never occur in the page's other text."""
    chrome_file, titles_file = labels_dir / f"{page.number}.txt", labels_dir / f"{page.number}.titles"
    if titles_file.exists():
        lines = titles_file.read_text(encoding="utf-8").splitlines()
        page.titles = [{normalize(alt) for alt in line.split("\t")} for line in lines if line.strip()]
    if not chrome_file.exists():
        return
    labels = [normalize(line) for line in chrome_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rest = normalize(read_page_text(page.path))
    for label in sorted(labels, key=len, reverse=True):
        rest = rest.replace(label, "\n")
    for label in labels:
        if len(label) < WINDOW and label not in rest:
            page.short_labels.append(label)
        pieces = (label[i : i + WINDOW] for i in range(len(label) - WINDOW + 1))
        page.windows.update(piece for piece in pieces if piece not in rest)


def load_pages(folder: Path, split: str) -> list[Page]:
    """The pages of the chosen split, with their labels."""
    pages_dir = folder / "pages" if (folder / "pages").is_dir() else folder
    splits: dict[str, str] = {}
    index = folder / "index.tsv"
    if index.exists():
        rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()]
        header = rows[0]
        splits = {row[header.index("file")]: row[header.index("split")] for row in rows[1:] if row[0]}
    pages = [Page(path, splits.get(path.name, "all")) for path in sorted(pages_dir.iterdir()) if path.is_file()]
    pages = [page for page in pages if split == "all" or page.split == split]
    for page in pages:
        attach_labels(page, folder / "labels")
    return pages


def has_chrome(text: str, page: Page) -> bool:
    norm = normalize(text)
    grams = {norm[i : i + WINDOW] for i in range(len(norm) - WINDOW + 1)}
    return (
        bool(grams & page.windows)
        or any(label in norm for label in page.short_labels)
        or any(pattern.search(unicodedata.normalize("NFKC", text)) for pattern in _GENERIC)
    )


def traditional_chars(text: str) -> list[str]:
    """Characters t2s changes, judged in context (whole text) and char by char if the length changes."""
    converted = _t2s().convert(text)
    pairs = zip(text, converted) if len(converted) == len(text) else ((c, _t2s().convert(c)) for c in text)
    return [a for a, b in pairs if a != b and a not in _TRAD_ALLOWED]


def rare_chars(text: str) -> list[str]:
    """CJK ideographs that GB2312 cannot encode (placeholders such as ○/×/* are not ideographs)."""
    rare = []
    for char in _CJK_IDEOGRAPH.findall(text):
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            rare.append(char)
    return rare


def title_line(line: str) -> str:
    """A line as a possible title: article marker ("篇1", "第2篇"), trailing number and end punctuation dropped."""
    return _ARTICLE_MARKER.sub("", normalize(line)).rstrip(_SENTENCE_END + ",.")


def has_repeat(text: str, title: str, seen: set[str]) -> bool:
    lines = [normalize(line) for line in text.split("\n") if len(line.strip()) >= 4]
    norm_title = title_line(title)
    repeated = len(lines) != len(set(lines)) or (bool(norm_title) and norm_title in map(title_line, lines))
    whole = normalize(text)
    repeated = repeated or whole in seen
    seen.add(whole)
    return repeated


def ends_sentence(text: str) -> bool:
    """The text ends on a sentence end, closing quotes and a trailing (note) looked through."""
    text = text.rstrip().rstrip(_CLOSERS)
    if text.endswith((")", "）")):
        text = re.sub(r"[(（][^()（）]*[)）]$", "", text).rstrip()
    return not text or text[-1] in _SENTENCE_END


def is_cut(previous: Chunk, current: Chunk) -> bool:
    if ends_sentence(previous.text):
        return False
    last_line = previous.text.rstrip().split("\n")[-1]
    return not _LIST_START.match(current.text) or len(last_line) > PROSE_LINE


def bad_title(title: str, source: str) -> bool:
    """A file name, a collection marker or count, or a generic word where the article's title belongs."""
    norm = normalize(title)
    stem = normalize(Path(source).stem)
    return not norm or stem in norm or bool(_MARKER_TITLE.search(norm)) or norm in _GENERIC_TITLES


def check_passages(chunks: list[Chunk], doc: Document, page: Page, result: PageResult, seen: set[str], limit: int) -> None:
    for index, chunk in enumerate(chunks):
        text = chunk.text
        found = {
            "chrome": has_chrome(text, page),
            "pinyin": bool(_PINYIN.search(text)),
            "trad": bool(traditional_chars(text)),
            "rare": bool(rare_chars(text)),
            "repeat": has_repeat(text, doc.title, seen),
            "cut": index > 0 and is_cut(chunks[index - 1], chunk),
        }
        result.counts["passages"] += 1
        for check in (c for c in PASSAGE_CHECKS if found[c]):
            result.flag(check, text, limit)


def measure(pages: list[Page], limit: int) -> list[PageResult]:
    """Ingest the pages as one upload and score every article and passage."""
    results = {page.path: PageResult(page.path.name, page.split) for page in pages}
    by_page: dict[Path, list[Document]] = {}
    for page in pages:
        try:
            by_page[page.path] = documents_from_path(page.path)
        except LoadError as error:
            if _REAL_SENTENCE.search(read_page_text(page.path)):
                results[page.path].flag("rejected", error.reason, limit)
    mark_duplicates([doc for docs in by_page.values() for doc in docs])
    seen: set[str] = set()
    for page in pages:
        result = results[page.path]
        for doc in by_page.get(page.path, []):
            if doc.duplicate_of:
                result.counts["duplicates"] += 1
                continue
            result.counts["articles"] += 1
            if bad_title(doc.title, doc.source):
                result.flag("bad_title", doc.title, limit)
            if page.titles and not any(normalize(doc.title) in alts for alts in page.titles):
                result.flag("not_own_title", doc.title, limit)
            check_passages(chunk_document(doc), doc, page, result, seen, limit)
    return list(results.values())


def totals(results: list[PageResult]) -> Counter[str]:
    total: Counter[str] = Counter()
    for result in results:
        total.update(result.counts)
    return total


def table(results: list[PageResult]) -> str:
    """Per-page rows, then a total row for each split present and one for all."""
    names = [HEADERS.get(c, c) for c in COLUMNS]
    rows = [" ".join(["file".ljust(32), "split", *names])]
    for result in results:
        cells = [str(result.counts[c]).rjust(len(name)) for c, name in zip(COLUMNS, names)]
        rows.append(" ".join([result.file[:32].ljust(32), result.split.ljust(5), *cells]))
    groups = sorted({r.split for r in results})
    for group in ([*groups, "ALL"] if len(groups) > 1 else groups):
        chosen = [r for r in results if group in ("ALL", r.split)]
        total = totals(chosen)
        label = f"TOTAL {group} ({len(chosen)} pages)".ljust(38)
        rows.append(" ".join([label, *(str(total[c]).rjust(len(name)) for c, name in zip(COLUMNS, names))]))
    return "\n".join(rows)


def summary(total: Counter[str]) -> str:
    """The acceptance numbers of issue 10 in one line."""
    passages = total["passages"] or 1
    return (
        f"chrome {total['chrome']}/{total['passages']} passages ({total['chrome'] / passages:.0%}, target <= 5%); "
        f"pinyin {total['pinyin']}; trad {total['trad']}; titles bad {total['bad_title']}, not own "
        f"{total['not_own_title']} of {total['articles']} articles; rejected {total['rejected']}"
    )


def examples(results: list[PageResult], limit: int) -> str:
    """Up to `limit` offenders per check, first pages first."""
    lines = []
    for check in (*PASSAGE_CHECKS, "bad_title", "not_own_title", "rejected"):
        found = [(r.file, text) for r in results for text in r.examples.get(check, [])]
        lines.extend(f"[{check}] {file}: {text}" for file, text in found[:limit])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print up to N offenders per check")
    args = parser.parse_args(argv)
    pages = load_pages(args.folder, args.split)
    if not pages:
        print(f"no pages in {args.folder} for split {args.split}", file=sys.stderr)
        return 2
    results = measure(pages, args.examples)
    if args.json:
        pages_out = [{"file": r.file, "split": r.split, "counts": dict(r.counts), "examples": r.examples} for r in results]
        payload = {"pages": pages_out, "total": dict(totals(results))}
        print(json.dumps(payload, ensure_ascii=False, indent=1))
        return 0
    print(table(results))
    print(summary(totals(results)))
    if args.examples:
        print(examples(results, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
