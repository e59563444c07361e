"""Exact and near-duplicate articles: keep one, record the others.

Report sites copy each other: the same article appears on several pages, verbatim or
lightly edited (xx元 on one, 2000元 on another). Indexing every copy would make one
source look like several agreeing ones, so each group keeps one document and the others
point at it through `duplicate_of`.

Sites also publish one template filled in by several units (four schools' 2023 summaries that
differ only in the school's name and the figures). The n-grams fold figures away, so those look
like copies; what tells them apart is compared afterwards: the unit each names and the figures
each gives for the same item. A placeholder (xx人) agrees with any figure (45人), so a site's
blanked-out copy is still a copy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

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
    return _grams(comparable_text(text), size)


def _grams(reduced: str, size: int = SHINGLE) -> set[str]:
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


_CONTEXT = 4  # characters of comparable text that place a figure or a name in the article
_WINDOW = 3 * _CONTEXT  # raw characters read to find them (punctuation and spaces drop out)
_FIGURE = re.compile(
    r"(?<![0-9.a-z])(?P<value>\d+(?:\.\d+)?|[x×*_＿~]+"
    r"|[〇○零一二三四五六七八九十百千万亿两]+(?=[万千百亿]?[元名人户个项次场期支条家所座篇]))"
    r"\s*(?P<unit>[万千百亿余多]*[\u4e00-\u9fff%])"
)
"""A figure with its measure word: 2000元, 12.4万元, 四十二人, 6%, or a blank where one goes (xx人)."""
_ORG_WORD = r"(?:工会|委员会|公司|集团|学校|学院|大学|中学|小学|幼儿园|医院|卫生院|街道|社区|局|厂|镇|乡|村)"
_NAME_STOP = "的了在于与和及是为对将把被从向由等这那其之年月日今去以并已共又也都还但就我各全该本"
_ORG_NAME = re.compile(rf"(?P<name>(?:(?![{_NAME_STOP}])[\u4e00-\u9fffa-z×*_＿~]){{1,10}}?)(?P<org>{_ORG_WORD})")
"""An organisation's name by its shape: a run of name characters ending in an organisation word."""
_BLANK = re.compile(r"[x×*_＿~]|某")
_NAME_SLOTS_FOR_ANOTHER_UNIT = 2
"""A unit's name recurs (opening, body, closing); one differing "name" is more often an edited
word that happens to precede an organisation word (探究城区工会 / 探索城区工会)."""
_FIGURE_SLOT, _NAME_SLOT = "#", "@"

Slot = tuple[str, str, str]
"""(kind, context, word): a figure by the text before it and its measure word, a name by its
organisation word and the text after it — where the same item sits in two fillings of one template."""


def _agree(kind: str, a: str, b: str) -> bool:
    """Whether two fillings of one slot can be the same fact: a blank agrees with anything, figures
    must be equal, and a name agrees with a shorter or longer form of itself (局工会, 局机关工会)."""
    if a == b or _BLANK.search(a) or _BLANK.search(b):
        return True
    return kind == _NAME_SLOT and (_is_subsequence(a, b) or _is_subsequence(b, a))


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def _fuller(a: str, b: str) -> str:
    """Of two agreeing fillings, the one that says more: a figure over a blank, a longer name."""
    if _BLANK.search(a):
        return b
    if _BLANK.search(b):
        return a
    return max(a, b, key=len)


@dataclass
class _Identity:
    """What distinguishes one unit's filling of a template from another's: the unit it is about
    and the value in each figure or name slot, in order of appearance."""

    unit: str | None
    slots: dict[Slot, list[str]]

    def contradicts(self, other: _Identity) -> bool:
        """Another unit, or another figure for the same item: then the two are different articles."""
        if self.unit and other.unit and not _agree(_NAME_SLOT, self.unit, other.unit):
            return True
        names = 0
        for kind in self._disagreeing_kinds(other):
            names += kind == _NAME_SLOT
            if kind == _FIGURE_SLOT or names >= _NAME_SLOTS_FOR_ANOTHER_UNIT:
                return True
        return False

    def _disagreeing_kinds(self, other: _Identity) -> Iterator[str]:
        """The kind of each slot both fill, in the same number of places, with values that disagree."""
        small, large = sorted((self.slots, other.slots), key=len)
        for slot, values in small.items():
            others = large.get(slot)
            if others and len(others) == len(values):
                if not all(_agree(slot[0], a, b) for a, b in zip(values, others)):
                    yield slot[0]

    def absorb(self, other: _Identity) -> None:
        """Take in a copy's identity, so a group is checked against all that its members state."""
        self.unit = _fuller(self.unit, other.unit) if self.unit and other.unit else self.unit or other.unit
        for slot, values in other.slots.items():
            mine = self.slots.setdefault(slot, list(values))
            if len(mine) == len(values):
                mine[:] = [_fuller(a, b) for a, b in zip(mine, values)]


def _identity(doc: Document) -> _Identity:
    """The figure and name slots of an article, each placed by a few characters of context."""
    text = doc.text.lower()
    slots: dict[Slot, list[str]] = {}
    for match in _FIGURE.finditer(text):
        if match["unit"] != "年":  # years differ between re-posts of one article
            before = comparable_text(text[max(0, match.start() - _WINDOW) : match.start()])[-_CONTEXT:]
            slots.setdefault((_FIGURE_SLOT, before, match["unit"]), []).append(match["value"])
    for match in _ORG_NAME.finditer(text):
        after = comparable_text(text[match.end() : match.end() + _WINDOW])[:_CONTEXT]
        slots.setdefault((_NAME_SLOT, after, match["org"]), []).append(match["name"])
    return _Identity(doc.unit.lower() if doc.unit else None, slots)


class _ShingleIndex:
    """Which earlier articles share how many n-grams with the next one.

    A gram's first holder is kept as a plain int and later holders in a list only for grams seen
    twice: millions of one-element lists made the collector, not the counting, dominate a 5 MB
    file. Grams held by more than _COMMON_SHINGLE_DOCS articles stop counting (genre
    boilerplate); a text equal to an earlier one (figures folded) counts in full, so the 60th
    copy of an article is still found.
    """

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self._first_holder: dict[int, int] = {}  # by the gram's hash: an int is a third of a 5-character str
        self._other_holders: dict[int, list[int]] = {}
        self._same_text: dict[str, list[int]] = {}

    def add(self, reduced: str) -> Counter[int]:
        """Index one article's comparable text; its shared n-gram counts with each earlier article."""
        index = len(self.sizes)
        grams = _grams(reduced)
        self.sizes.append(len(grams))
        if not grams:
            return Counter()
        earlier: list[int] = []
        for gram in map(hash, grams):
            holder = self._first_holder.setdefault(gram, index)
            if holder != index:
                others = self._other_holders.setdefault(gram, [])
                if len(others) < _COMMON_SHINGLE_DOCS:
                    earlier.append(holder)
                    earlier.extend(others)
                    others.append(index)
        shared = Counter(earlier)
        twins = self._same_text.setdefault(reduced, [])
        for twin in twins:
            shared[twin] = len(grams)  # every gram shared, counted or not
        if len(twins) < _COMMON_SHINGLE_DOCS:
            twins.append(index)
        return shared

    def is_copy(self, a: int, b: int, shared: int) -> bool:
        """Near identity by n-grams alone: Jaccard, or a shorter copy contained in a longer one."""
        smaller, larger = sorted((self.sizes[a], self.sizes[b]))
        return shared / (smaller + larger - shared) >= NEAR_DUPLICATE_JACCARD or shared / smaller >= CONTAINED_SHARE


def _duplicate_groups(documents: Sequence[Document]) -> list[list[int]]:
    """Indexes of documents grouped by exact or near identity.

    Counts come from an inverted index of n-grams: exact figures (no sampling), and cost grows
    with the postings, not with n². Two copies join only when their groups' identities agree
    (same unit, no conflicting figure), so fillings of one template by different units stay apart.
    """
    parent = list(range(len(documents)))
    identities: dict[int, _Identity] = {}  # per group root, built only for articles that have a copy

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def identity(root: int) -> _Identity:
        if root not in identities:
            identities[root] = _identity(documents[root])
        return identities[root]

    index = _ShingleIndex()
    for current, doc in enumerate(documents):
        for other, count in index.add(comparable_text(doc.text)).most_common():
            mine, theirs = find(current), find(other)
            if mine == theirs or not index.is_copy(current, other, count):
                continue
            if not identity(mine).contradicts(identity(theirs)):
                identity(theirs).absorb(identities.pop(mine))
                parent[mine] = theirs

    groups: dict[int, list[int]] = {}
    for member in range(len(documents)):
        groups.setdefault(find(member), []).append(member)
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
    # "省xxx机关工会" of the kept copy is the unit blanked out: a copy that names it ("省计委机关工会") says whose it is;
    # copies naming two units (one template filled twice) say no one unit
    if keeper.unit and _blanked(keeper.unit):
        bare = _BLANK.sub("", _PLACEHOLDER.sub("", keeper.unit).lower())
        named = {c.unit for c in copies if c.unit and not _blanked(c.unit) and _is_subsequence(bare, c.unit)}
        keeper.unit = named.pop() if len(named) == 1 else keeper.unit


def _blanked(unit: str) -> bool:
    """A unit name with a blank where its name goes ("省xxx机关工会", "XX公司工会", "某某局")."""
    return bool(_BLANK.search(unit.lower()) or _PLACEHOLDER.search(unit))
