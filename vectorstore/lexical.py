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
from collections.abc import Callable, Iterable, Sequence
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


def tagged(text: str) -> list[tuple[str, str]]:
    """The text's words with their parts of speech, by the shared (once initialised) jieba. The
    question readers tag the same short phrases many times per question, so tags are cached
    (until a user dictionary changes how jieba cuts)."""
    return list(_tagged(text))


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    _jieba()
    import jieba.posseg

    return tuple((w.word, w.flag) for w in jieba.posseg.lcut(text))


def load_user_dictionary(path: Path | None) -> None:
    """Teach the tokenizer local names (units, places, activity names) from a jieba user dict."""
    if path is not None:
        _jieba().load_userdict(str(path))
        _tagged.cache_clear()  # the dictionary changes how names are cut and tagged


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
    chunk_id: str  # read under the index lock: positions can shift when another thread syncs
    index: int
    score: float
    coverage: float  # share of the query's IDF weight found in the chunk (0..1)
    exact: bool  # the query occurs verbatim in the chunk


@dataclass
class _Postings:
    indptr: np.ndarray  # per term: slice into docs/tfs
    docs: np.ndarray
    tfs: np.ndarray


MAX_HELD = 4096  # phrases whose holds() answer is kept until the index next changes


class BM25Index:
    """An in-memory BM25 index over chunk texts with per-chunk filter fields."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.phrases: list[str] = []
        self.years = np.zeros(0, dtype=np.int32)
        self.unit_kinds: list[str] = []
        self.doc_ids: list[str] = []
        # per chunk: its distinct term ids and their frequencies (compact: ~8 bytes a term)
        self._terms: list[tuple[np.ndarray, np.ndarray]] = []
        self.revision: str | None = None
        self.metadata_revision: str = ""  # the store's metadata_revision the chunks' metadata reflect
        self._lock = threading.RLock()
        self._dirty = True
        # holds(): answers per phrase since the last change; split_subjects and a part's name ask the same
        # few phrases of every chunk several times per question
        self._held: dict[str, bool] = {}
        self._vocab: dict[str, int] = {}  # every term ever seen -> id (terms of removed chunks stay, unused)
        self._counts = np.zeros(0, dtype=np.int64)
        self._postings: _Postings | None = None
        self._lengths = np.zeros(0, dtype=np.float32)
        self._idf = np.zeros(0, dtype=np.float32)

    # ------------------------------------------------------------ content

    def __len__(self) -> int:
        return len(self.ids)

    def replace(self, removed_ids: Iterable[str], added: Sequence[tuple[str, str, dict[str, Any]]]) -> None:
        """Drop chunks by id and add (id, indexed text, metadata) triples.

        The new texts are tokenized before the lock is taken: jieba is the slow part, and a
        search must not wait for a large sync to tokenize.
        """
        prepared = [(chunk_id, normalize_phrase(text), Counter(tokenize(text)), metadata) for chunk_id, text, metadata in added]
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
            for chunk_id, phrase, counted, metadata in prepared:
                self.ids.append(chunk_id)
                self.phrases.append(phrase)
                self.unit_kinds.append(str(metadata.get("unit_kind") or ""))
                self.doc_ids.append(str(metadata.get("doc_id") or ""))
                self._terms.append(self._encode(counted))
                new_years.append(int(metadata.get("year") or 0))
            if new_years:
                self.years = np.concatenate([self.years, np.asarray(new_years, dtype=np.int32)])
            self._dirty = True
            self._held.clear()

    def _encode(self, counted: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        ids = np.fromiter((self._vocab.setdefault(t, len(self._vocab)) for t in counted), dtype=np.int32, count=len(counted))
        return ids, np.fromiter(counted.values(), dtype=np.int32, count=len(counted))

    def _build(self) -> None:
        n_docs = len(self._terms)
        sizes = np.fromiter((len(ids) for ids, _ in self._terms), dtype=np.int64, count=n_docs)
        cols = np.concatenate([ids for ids, _ in self._terms]) if n_docs else np.zeros(0, dtype=np.int32)
        tfs = np.concatenate([tf for _, tf in self._terms]).astype(np.float32) if n_docs else np.zeros(0, dtype=np.float32)
        rows = np.repeat(np.arange(n_docs, dtype=np.int32), sizes)
        order = np.argsort(cols, kind="stable")
        counts = np.bincount(cols, minlength=len(self._vocab))
        indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        n = max(n_docs, 1)
        self._idf = np.log(1 + (n - counts + 0.5) / (counts + 0.5)).astype(np.float32)
        self._counts = counts
        self._postings = _Postings(indptr, rows[order], tfs[order])
        self._lengths = np.bincount(rows, weights=tfs, minlength=n_docs).astype(np.float32)
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
        words = list(dict.fromkeys(tokenize(query)))  # outside the lock, like every tokenization
        phrases = quoted_phrases(query)
        with self._lock:
            if not self.ids:
                return []
            if self._dirty:
                self._build()
            assert self._postings is not None
            terms = [self._vocab[t] for t in words if self._known(t)]
            scores = np.zeros(len(self.ids), dtype=np.float32)
            weight_found = np.zeros(len(self.ids), dtype=np.float32)
            avg_length = float(self._lengths.mean()) or 1.0
            for term in terms:
                start, end = self._postings.indptr[term], self._postings.indptr[term + 1]
                docs, tfs = self._postings.docs[start:end], self._postings.tfs[start:end]
                norm = K1 * (1 - B + B * self._lengths[docs] / avg_length)
                scores[docs] += self._idf[term] * tfs * (K1 + 1) / (tfs + norm)
                weight_found[docs] += self._idf[term]
            query_weight = float(sum(self._idf[t] for t in terms)) + self._unknown_weight(words)
            exact = np.zeros(len(self.ids), dtype=bool)
            for phrase in phrases:
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
                    chunk_id=self.ids[int(i)],
                    index=int(i),
                    score=float(scores[i]),
                    coverage=1.0 if exact[i] else min(1.0, float(weight_found[i]) / query_weight if query_weight else 0.0),
                    exact=bool(exact[i]),
                )
                for i in top
            ]

    def holds(self, phrase: str) -> bool:
        """Whether an indexed chunk holds the phrase (letters, digits and characters), allowing one
        character between two of it: a name said short ("临沂妇幼" of "临沂市妇幼保健院")."""
        wanted = normalize_phrase(phrase)

        def found() -> bool:
            loose = re.compile(".?".join(map(re.escape, wanted)))
            return any(wanted in text or loose.search(text) for text in self.phrases)

        return bool(wanted) and self._remembered(wanted, found)

    def writes(self, phrase: str) -> bool:
        """Whether an indexed chunk holds the phrase verbatim (letters, digits and characters; no character between)."""
        wanted = normalize_phrase(phrase)
        # (kept beside holds()'s loose answers, under a key of its own)
        return bool(wanted) and self._remembered("=" + wanted, lambda: any(wanted in text for text in self.phrases))

    def _remembered(self, key: str, found: Callable[[], bool]) -> bool:
        """A phrase test's answer, worked out once until the index next changes (at most MAX_HELD kept)."""
        with self._lock:
            if key not in self._held:
                if len(self._held) >= MAX_HELD:
                    self._held.clear()
                self._held[key] = found()
            return self._held[key]

    def docs_saying(self, phrase: str) -> list[str]:
        """The articles (doc ids, in index order) with a chunk that holds the phrase verbatim: for
        "哪几份提到了X", every article saying it, not only those retrieval ranked high."""
        wanted = normalize_phrase(phrase)
        if not wanted:
            return []
        with self._lock:
            return list(dict.fromkeys(doc for doc, text in zip(self.doc_ids, self.phrases) if wanted in text))

    def idf(self, term: str) -> float:
        """How rare a word is in the indexed chunks (a word never seen counts as the rarest)."""
        with self._lock:
            self._build_if_changed()
            if self._known(term):
                return float(self._idf[self._vocab[term]])
            n = max(len(self.ids), 1)
            return math.log(1 + (n + 0.5) / 0.5)

    def knows(self, term: str) -> bool:
        """Whether an indexed chunk uses the word, as the tagger cuts the chunks' text."""
        with self._lock:
            self._build_if_changed()
            return self._known(term.lower())

    def _build_if_changed(self) -> None:
        """The term arrays brought up to the chunks added or removed since the last build (the lock held)."""
        if self._dirty and self.ids:
            self._build()

    def _known(self, term: str) -> bool:
        """Whether an indexed chunk uses the word (words of removed chunks stay in the vocabulary)."""
        position = self._vocab.get(term)
        return position is not None and position < len(self._counts) and bool(self._counts[position])

    def _unknown_weight(self, words: list[str]) -> float:
        """Query words the corpus never uses still count against coverage (as the rarest words)."""
        unknown = [t for t in words if not self._known(t)]
        if not unknown:
            return 0.0
        n = max(len(self.ids), 1)
        return len(unknown) * math.log(1 + (n + 0.5) / 0.5) * 0.5

    # ------------------------------------------------------------ persistence

    def save(self, path: Path) -> None:
        """Write the index (atomically) with the store revision it reflects: a JSON file for the
        ids and fields, and an .npz beside it for the term arrays. Only the snapshot is taken
        under the lock; searches go on while the files are written."""
        with self._lock:
            sizes = np.fromiter((len(ids) for ids, _ in self._terms), dtype=np.int64, count=len(self._terms))
            term_ids = np.concatenate([ids for ids, _ in self._terms]) if self._terms else np.zeros(0, np.int32)
            tfs = np.concatenate([tf for _, tf in self._terms]) if self._terms else np.zeros(0, np.int32)
            years = self.years.copy()
            payload = {
                "revision": self.revision,
                "metadata_revision": self.metadata_revision,
                "ids": list(self.ids),
                "phrases": list(self.phrases),
                "unit_kinds": list(self.unit_kinds),
                "doc_ids": list(self.doc_ids),
                "vocabulary": list(self._vocab),
            }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp_arrays = path.with_suffix(".tmp.npz")
        np.savez(tmp_arrays, sizes=sizes, term_ids=term_ids, tfs=tfs, years=years)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        tmp_arrays.replace(path.with_suffix(".npz"))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> BM25Index | None:
        """The saved index, or None when there is none or it cannot be read (it is rebuilt then)."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            with np.load(path.with_suffix(".npz")) as arrays:
                sizes, term_ids, tfs, years = arrays["sizes"], arrays["term_ids"], arrays["tfs"], arrays["years"]
            if not len(sizes) == len(payload["ids"]) == len(years) or "vocabulary" not in payload:
                return None  # an older format, or the two files are from different saves: rebuild
        except (OSError, ValueError, KeyError):
            return None
        index = cls()
        index.revision = payload["revision"]
        index.metadata_revision = payload.get("metadata_revision", "")
        index.ids = payload["ids"]
        index.phrases = payload["phrases"]
        index.unit_kinds = payload["unit_kinds"]
        index.doc_ids = payload["doc_ids"]
        index.years = years.astype(np.int32)
        index._vocab = {term: i for i, term in enumerate(payload["vocabulary"])}
        bounds = np.concatenate([[0], np.cumsum(sizes)])
        index._terms = [(term_ids[a:b], tfs[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
        return index
