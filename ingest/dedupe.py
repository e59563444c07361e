"""Exact and near-duplicate articles: keep one, record the others.

Report sites copy each other: the same article appears on several pages, verbatim or
lightly edited (xx元 on one, 2000元 on another). Indexing every copy would make one
source look like several agreeing ones, so each group keeps one document and the others
point at it through `duplicate_of`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.models import Document

SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.6
CONTAINED_SHARE = 0.8
"""Calibrated on the sample corpus: copies of one article, lightly edited, share >= 0.94 of
their n-grams (Jaccard); a truncated copy has >= 0.95 of its n-grams inside the full one;
distinct articles of the genre stay below 0.05 on both (see tests/test_dedupe.py)."""

_COMMON_SHINGLE_DOCS = 50  # n-grams in more articles than this are genre boilerplate, not evidence
_NOT_TEXT = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_FIGURE_OR_PLACEHOLDER = re.compile(r"[0-9x_*~]+|[〇○零一二三四五六七八九十百千万]+(?=[年月日元名人户个项次%])")
_PLACEHOLDER = re.compile(r"(?i)(?:20)?x{2,}|(?<![a-z])x(?=年)|_{1,}|＿+|\*{2,}|~年|某某|20__?")


def comparable_text(text: str) -> str:
    """Text reduced to what identifies an article: no punctuation or spaces, and every figure
    or placeholder folded to one symbol, so "xx年慰问2000元" equals "2021年慰问xx元"."""
    reduced = _NOT_TEXT.sub("", text.lower())
    return _FIGURE_OR_PLACEHOLDER.sub("0", reduced)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Overlapping character n-grams of the comparable text."""
    reduced = comparable_text(text)
    if len(reduced) <= size:
        return {reduced} if reduced else set()
    return {reduced[i : i + size] for i in range(len(reduced) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Share of n-grams two articles have in common."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def placeholder_count(text: str) -> int:
    """How many blanks the site left (XX, 20xx, ___, **, ~年): the copy with fewer is more useful."""
    return len(_PLACEHOLDER.findall(text))


def _is_copy(a: set[str], b: set[str], shared: int) -> bool:
    union = len(a) + len(b) - shared
    return shared / union >= NEAR_DUPLICATE_JACCARD or shared / min(len(a), len(b)) >= CONTAINED_SHARE


def _duplicate_groups(documents: Sequence[Document]) -> list[list[int]]:
    """Indexes of documents grouped by exact or near identity.

    An inverted index of n-grams counts, for each article, the n-grams it shares with every
    earlier one: exact figures (no sampling), and cost grows with the postings, not with n².
    """
    parent = list(range(len(documents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grams = [shingles(doc.text) for doc in documents]
    postings: dict[str, list[int]] = {}
    for index, doc_grams in enumerate(grams):
        shared: Counter[int] = Counter()
        for gram in doc_grams:
            earlier = postings.setdefault(gram, [])
            if len(earlier) <= _COMMON_SHINGLE_DOCS:
                shared.update(earlier)
            earlier.append(index)
        for other, count in shared.items():
            if _is_copy(doc_grams, grams[other], count):
                parent[find(index)] = find(other)

    groups: dict[int, list[int]] = {}
    for index in range(len(documents)):
        groups.setdefault(find(index), []).append(index)
    return [members for members in groups.values() if len(members) > 1]


def mark_duplicates(documents: Sequence[Document]) -> int:
    """Set `duplicate_of` on every copy but the best one of each group; returns how many were marked.

    A truncated copy never wins over a fuller one; among copies of about the same length the
    one with fewer placeholders wins, then the longer one, then the one seen first.
    """
    marked = 0
    for members in _duplicate_groups(documents):
        longest = max(len(documents[i].text) for i in members)
        keeper = min(
            members,
            key=lambda i: (
                len(documents[i].text) < 0.8 * longest,
                placeholder_count(documents[i].text),
                -len(documents[i].text),
                i,
            ),
        )
        copies = [documents[i] for i in members if i != keeper]
        for copy in copies:
            copy.duplicate_of = documents[keeper].doc_id
            marked += 1
        _inherit_what_copies_state(documents[keeper], copies)
    return marked


_GENERIC_TITLE = re.compile(r"范文|第\s*[一二三四五六七八九十百\d]{1,3}\s*篇|（第\d+篇）|（之\d+）")
_INHERITED_FIELDS = ("year", "period", "unit", "unit_kind", "level")


def _inherit_what_copies_state(keeper: Document, copies: list[Document]) -> None:
    """The kept copy takes over what only a copy stated: a real title instead of "范文 第十六篇",
    and a year, period or unit that its own page left blank."""
    if _GENERIC_TITLE.search(keeper.title):
        named = next((c.title for c in copies if c.title and not _GENERIC_TITLE.search(c.title)), None)
        if named:
            keeper.title = named
    for field in _INHERITED_FIELDS:
        if getattr(keeper, field) is None:
            stated = next((getattr(c, field) for c in copies if getattr(c, field) is not None), None)
            setattr(keeper, field, stated)
