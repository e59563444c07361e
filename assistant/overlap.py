"""How much of a short string a text holds, by character pairs: Chinese words said a little
differently ("特困职工" / "困难职工", "9月组建了12家工会" / "9月份新组建工会12家") still share most
of their pairs. One measure for the answerer's words and for a described unit's cue."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vectorstore.lexical import tagged

_SPACE = re.compile(r"\s+")


def pair_share(short: str, text: str) -> float:
    """The share of the short string's distinct character pairs that the text holds (0 when it has none)."""
    short = _SPACE.sub("", short)
    pairs = {short[i : i + 2] for i in range(len(short) - 1)}
    if not pairs:
        return 0.0
    text = _SPACE.sub("", text)
    return sum(pair in text for pair in pairs) / len(pairs)


# modifiers that set a thing apart from its siblings: 男职工 is not 女职工, 夏季送清凉 not 冬季,
# 国家级工人先锋号 not 省级, 年度之星 not 月度之星, 个人冠军 not 团体冠军
_CONTRASTS = (("男", "女"), ("上", "下"), ("正", "副"), ("春", "夏", "秋", "冬"), ("初", "高"), ("前", "后"), ("内", "外"), ("个人", "团体"),
              ("国家级", "全国", "省级", "市级", "县级", "区级"), ("年度", "季度", "月度"))
_POSITIONAL = frozenset("上下前后内外初高")  # where in a year or a school, said in passing: periods are read elsewhere
_MEMBERS = sorted({m for group in _CONTRASTS for m in group}, key=len, reverse=True)
_MODIFIED = re.compile(rf"({'|'.join(_MEMBERS)})(?=([\u4e00-\u9fff]))")


def _group(member: str) -> tuple[str, ...]:
    return next(group for group in _CONTRASTS if member in group)


def contrast_group(member: str) -> tuple[str, ...] | None:
    """The siblings a contrasting modifier belongs to ("冬" -> 春夏秋冬), None for a word that sets nothing apart."""
    return next((group for group in _CONTRASTS if member in group), None)


def _beside_sibling(text: str, start: int, end: int, group: tuple[str, ...]) -> bool:
    """"男女职工": the modifier stands next to its sibling, and the phrase names both."""
    return any(text[max(0, start - len(m)) : start] == m or text[end : end + len(m)] == m for m in group)


def contrasted_phrases(question: str, word_starts: set[int] | None = None) -> tuple[str, ...]:
    """The question's phrases opened by a contrasting modifier, each with the character after it
    ("男职", "夏季", "国家级工": "男子篮球" and "女子羽毛球" differ at 男子/女子); "男女职工" names both
    and sets nothing apart. Given where the question's words start, a modifier must open a word:
    前 of "目前" sets nothing apart."""
    return tuple(dict.fromkeys(m.group(1) + m.group(2) for m in _MODIFIED.finditer(question)
                               if not _beside_sibling(question, m.start(), m.end(1), _group(m.group(1)))
                               and (word_starts is None or m.start() in word_starts and not _postposition(question, m, word_starts))))


def _postposition(question: str, match: re.Match[str], word_starts: set[int]) -> bool:
    """"国庆前走访了…": a 前 or 后 that is a word of its own after another word ends a time ("before the festival"),
    it modifies no word after it ("前走" is no phrase: "先后走进" says no 后走 of it)."""
    if match.group(1) not in ("前", "后") or match.start() == 0 or match.end(1) not in word_starts:
        return False  # (上/下 before a term, "工会上学期", "上一届", stay contrasts; so does "前两年")
    following = tagged(question[match.end(1) : match.end(1) + 4])
    return re.match(r"[\u4e00-\u9fff]", question[match.start() - 1]) is not None and bool(following) and following[0][1].startswith("v")


def contrasted_words(question: str, word_starts: set[int]) -> tuple[str, ...]:
    """The contrasted phrases that lie inside one word of the question ("秋游", "个人冠军"; not
    "上有" of "大会上有"): a thing by itself, so an article that names only its sibling ("春游")
    is about the sibling as a whole, not in one sentence."""
    contrasted = set(contrasted_phrases(question, word_starts))
    return tuple(dict.fromkeys(m.group(1) + m.group(2) for m in _MODIFIED.finditer(question)
                               if m.group(1) not in _POSITIONAL and m.group(1) + m.group(2) in contrasted
                               and not any(at in word_starts for at in range(m.start() + 1, m.end(1) + 1))))


def says_alone(member: str, text: str) -> bool:
    """The text says the modifier by itself somewhere, not only beside its sibling ("600名男女职工"
    says 男 only as one of both)."""
    group = _group(member)
    return any(not _beside_sibling(text, m.start(), m.end(), group) for m in re.finditer(re.escape(member), text))


def says_sibling(phrase: str, text: str) -> bool:
    """The text says the phrase's sibling and not the phrase ("女职工" where "男职工" is asked):
    it is about the other one. "男女职工" holds both."""
    if phrase in text:
        return False
    member = next(m for m in _MEMBERS if phrase.startswith(m) and len(phrase) == len(m) + 1)
    group, rest = _group(member), phrase[len(member):]
    for other in group:
        if other == member:
            continue
        for m in re.finditer(re.escape(other + rest), text):
            if not _beside_sibling(text, m.start(), m.start() + len(other), group):
                return True
    return False


def said_in_full(term: str, text: str) -> bool:
    """The text spells out a three-or-more-character abbreviation: its characters in order within
    a short stretch ("教代会" in "教职工代表大会", "职代会" in "职工代表大会"). A two-character one
    takes the first character of each of two words ("劳模" in "劳动模范")."""
    if len(term) == 2:
        spans = [m.start() for m in re.finditer(rf"(?={re.escape(term[0])}[\u4e00-\u9fff]{re.escape(term[1])}[\u4e00-\u9fff])", text)]
        return any(_two_words_at(text, at) for at in spans)
    return any(True for _ in spelled_stretches(term, text))


def spelled_stretches(term: str, text: str) -> Iterator[str]:
    """The short stretches of the text that spell out a three-or-more-character term (see said_in_full)."""
    if len(term) < 3:
        return
    reach = 2 * len(term) + 1
    for start in (m.start() for m in re.finditer(re.escape(term[0]), text)):
        position = start
        for char in term[1:]:
            position = text.find(char, position + 1, start + reach)
            if position < 0:
                break
        else:
            yield text[start : position + 1]


def _two_words_at(text: str, at: int) -> bool:
    """The four characters at `at` are whole words to the tagger ("劳动模范", "劳动/模范"), not a
    stretch that starts or ends inside one ("工/会委员/…": 工会委员 holds no 会员)."""
    starts, position = set(), 0
    for word, _ in tagged(text):
        starts.add(position)
        position += len(word)
    starts.add(position)
    return {at, at + 4} <= starts
