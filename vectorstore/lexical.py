"""BM25 over jieba tokens, plus exact-phrase matching, derived from the chunks in the store.

Vector search alone misses the passage a user quotes word for word ("一模一样的内容搜不到");
BM25 over jieba's search-mode tokens and a verbatim phrase check find it. The index is
derived data: it is persisted beside the store with the store revision it reflects, and
brought back in step (only the changed chunks re-tokenised) when another process wrote.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

K1 = 1.5
B = 0.75
MIN_PHRASE_CHARS = 4
MIN_QUOTED_CHARS = 3

_STOPWORDS = frozenset(
    "的 了 和 与 及 或 在 对 把 将 为 被 从 向 以 等 之 其 而 并 且 是 有 也 都 就 这 那 个 们 我 你 他 她 它 "
    "吗 呢 吧 啊 么 什么 哪些 哪个 哪 多少 几 怎么 怎样 如何 是否 请问 一下 有没有 关于 方面 情况".split()
)
_TOKEN_KEEP = re.compile(r"[0-9a-z\u3400-\u9fff]")
_NORMALIZE = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


def load_user_dictionary(path: Path | None) -> None:
    """Teach the tokenizer local names (units, places, activity names) from a jieba user dict."""
    if path is not None:
        _jieba().load_userdict(str(path))


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


def tokenize(text: str) -> list[str]:
    """Search-mode jieba words plus Chinese character bigrams, lower-cased, no punctuation or function words.

    Words carry meaning; bigrams catch what the dictionary does not know (names of people,
    villages, activities) and make a pasted phrase match even where jieba splits it differently.
    """
    lowered = text.lower()
    tokens = []
    for token in _jieba().cut_for_search(lowered):
        token = token.strip()
        if token and _TOKEN_KEEP.search(token) and token not in _STOPWORDS:
            tokens.append(token)
    for run in _CJK_RUN.findall(lowered):
        tokens.extend("#" + run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def normalize_phrase(text: str) -> str:
    """Text reduced to letters, digits and Chinese characters, for verbatim phrase matching."""
    return _NORMALIZE.sub("", text.lower())


_QUOTED = re.compile(r"[“\"「『‘'《]([^”\"」』’'》]{2,40})[”\"」』’'》]")


def quoted_phrases(query: str) -> list[str]:
    """Phrases a user pasted and expects verbatim: the whole query and anything in quotes."""
    whole = normalize_phrase(query)
    quoted = [normalize_phrase(q) for q in _QUOTED.findall(query)]
    phrases = ([whole] if len(whole) >= MIN_PHRASE_CHARS else []) + [q for q in quoted if len(q) >= MIN_QUOTED_CHARS]
    return list(dict.fromkeys(phrases))


@dataclass(frozen=True)
class LexicalHit:
    index: int
    score: float
    coverage: float  # share of the query's IDF weight found in the chunk (0..1)
    exact: bool  # the query occurs verbatim in the chunk


@dataclass
class _Postings:
    indptr: np.ndarray  # per term: slice into docs/tfs
    docs: np.ndarray
    tfs: np.ndarray


class BM25Index:
    """An in-memory BM25 index over chunk texts with per-chunk filter fields."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.phrases: list[str] = []
        self.years = np.zeros(0, dtype=np.int32)
        self.unit_kinds: list[str] = []
        self.doc_ids: list[str] = []
        self._terms: list[dict[str, int]] = []  # per chunk: term -> tf
        self.revision: str | None = None
        self._lock = threading.RLock()
        self._dirty = True
        self._vocab: dict[str, int] = {}
        self._postings: _Postings | None = None
        self._lengths = np.zeros(0, dtype=np.float32)
        self._idf = np.zeros(0, dtype=np.float32)

    # ------------------------------------------------------------ content

    def __len__(self) -> int:
        return len(self.ids)

    def replace(self, removed_ids: Iterable[str], added: Sequence[tuple[str, str, dict[str, Any]]]) -> None:
        """Drop chunks by id and add (id, indexed text, metadata) triples."""
        with self._lock:
            removed = set(removed_ids) | {chunk_id for chunk_id, _, _ in added}
            if removed:
                keep = [i for i, chunk_id in enumerate(self.ids) if chunk_id not in removed]
                self.ids = [self.ids[i] for i in keep]
                self.phrases = [self.phrases[i] for i in keep]
                self.unit_kinds = [self.unit_kinds[i] for i in keep]
                self.doc_ids = [self.doc_ids[i] for i in keep]
                self._terms = [self._terms[i] for i in keep]
                self.years = self.years[keep] if keep else np.zeros(0, dtype=np.int32)
            new_years = []
            for chunk_id, text, metadata in added:
                self.ids.append(chunk_id)
                self.phrases.append(normalize_phrase(text))
                self.unit_kinds.append(str(metadata.get("unit_kind") or ""))
                self.doc_ids.append(str(metadata.get("doc_id") or ""))
                self._terms.append(dict(Counter(tokenize(text))))
                new_years.append(int(metadata.get("year") or 0))
            if new_years:
                self.years = np.concatenate([self.years, np.asarray(new_years, dtype=np.int32)])
            self._dirty = True

    def _build(self) -> None:
        vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(self._terms), dtype=np.float32)
        for row, terms in enumerate(self._terms):
            lengths[row] = sum(terms.values())
            for term, tf in terms.items():
                rows.append(row)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        cols_arr = np.asarray(cols, dtype=np.int32)
        order = np.argsort(cols_arr, kind="stable")
        docs = np.asarray(rows, dtype=np.int32)[order]
        counts = np.bincount(cols_arr, minlength=len(vocab))
        indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        n = max(len(self._terms), 1)
        self._idf = np.log(1 + (n - counts + 0.5) / (counts + 0.5)).astype(np.float32)
        self._vocab = vocab
        self._postings = _Postings(indptr, docs, np.asarray(tfs, dtype=np.float32)[order])
        self._lengths = lengths
        self._dirty = False

    # ------------------------------------------------------------ search

    def _mask(self, year: int | None, unit_kind: str | None, doc_ids: set[str] | None) -> np.ndarray | None:
        if year is None and not unit_kind and not doc_ids:
            return None
        mask = np.ones(len(self.ids), dtype=bool)
        if year is not None:
            mask &= self.years == year
        if unit_kind:
            mask &= np.asarray([kind == unit_kind for kind in self.unit_kinds], dtype=bool)
        if doc_ids:
            mask &= np.asarray([doc in doc_ids for doc in self.doc_ids], dtype=bool)
        return mask

    def search(
        self,
        query: str,
        k: int = 20,
        *,
        year: int | None = None,
        unit_kind: str | None = None,
        doc_ids: set[str] | None = None,
    ) -> list[LexicalHit]:
        """The k best chunks for the query; chunks holding the query verbatim come first."""
        with self._lock:
            if not self.ids:
                return []
            if self._dirty:
                self._build()
            assert self._postings is not None
            terms = [self._vocab[t] for t in dict.fromkeys(tokenize(query)) if t in self._vocab]
            scores = np.zeros(len(self.ids), dtype=np.float32)
            weight_found = np.zeros(len(self.ids), dtype=np.float32)
            avg_length = float(self._lengths.mean()) or 1.0
            for term in terms:
                start, end = self._postings.indptr[term], self._postings.indptr[term + 1]
                docs, tfs = self._postings.docs[start:end], self._postings.tfs[start:end]
                norm = K1 * (1 - B + B * self._lengths[docs] / avg_length)
                scores[docs] += self._idf[term] * tfs * (K1 + 1) / (tfs + norm)
                weight_found[docs] += self._idf[term]
            query_weight = float(sum(self._idf[t] for t in terms)) + self._unknown_weight(query, terms)
            exact = np.zeros(len(self.ids), dtype=bool)
            for phrase in quoted_phrases(query):
                exact |= np.fromiter((phrase in text for text in self.phrases), dtype=bool, count=len(self.ids))
            mask = self._mask(year, unit_kind, doc_ids)
            ranking = scores + exact * (float(scores.max()) + 1.0)
            if mask is not None:
                ranking = np.where(mask, ranking, -1.0)
            candidates = np.flatnonzero(ranking > 0)
            if candidates.size == 0:
                return []
            top = candidates[np.argsort(-ranking[candidates], kind="stable")[:k]]
            return [
                LexicalHit(
                    index=int(i),
                    score=float(scores[i]),
                    coverage=1.0 if exact[i] else min(1.0, float(weight_found[i]) / query_weight if query_weight else 0.0),
                    exact=bool(exact[i]),
                )
                for i in top
            ]

    def idf(self, term: str) -> float:
        """How rare a word is in the indexed chunks (a word never seen counts as the rarest)."""
        with self._lock:
            if self._dirty and self.ids:
                self._build()
            position = self._vocab.get(term)
            if position is not None:
                return float(self._idf[position])
            n = max(len(self.ids), 1)
            return math.log(1 + (n + 0.5) / 0.5)

    def _unknown_weight(self, query: str, known_terms: list[int]) -> float:
        """Query words the corpus never uses still count against coverage (as the rarest words)."""
        unknown = [t for t in dict.fromkeys(tokenize(query)) if t not in self._vocab]
        if not unknown:
            return 0.0
        n = max(len(self.ids), 1)
        return len(unknown) * math.log(1 + (n + 0.5) / 0.5) * 0.5

    # ------------------------------------------------------------ persistence

    def save(self, path: Path) -> None:
        """Write the index (atomically) with the store revision it reflects."""
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            payload = {
                "revision": self.revision,
                "ids": self.ids,
                "phrases": self.phrases,
                "years": self.years.tolist(),
                "unit_kinds": self.unit_kinds,
                "doc_ids": self.doc_ids,
                "terms": self._terms,
            }
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> BM25Index | None:
        """The saved index, or None when there is none or it cannot be read (it is rebuilt then)."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        index = cls()
        index.revision = payload["revision"]
        index.ids = payload["ids"]
        index.phrases = payload["phrases"]
        index.years = np.asarray(payload["years"], dtype=np.int32)
        index.unit_kinds = payload["unit_kinds"]
        index.doc_ids = payload["doc_ids"]
        index._terms = payload["terms"]
        return index
