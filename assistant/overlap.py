"""How much of a short string a text holds, by character pairs: Chinese words said a little
differently ("特困职工" / "困难职工", "9月组建了12家工会" / "9月份新组建工会12家") still share most
of their pairs. One measure for the answerer's words and for a described unit's cue."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def pair_share(short: str, text: str) -> float:
    """The share of the short string's distinct character pairs that the text holds (0 when it has none)."""
    short = _SPACE.sub("", short)
    pairs = {short[i : i + 2] for i in range(len(short) - 1)}
    if not pairs:
        return 0.0
    text = _SPACE.sub("", text)
    return sum(pair in text for pair in pairs) / len(pairs)


# one-character modifiers that set a thing apart from its sibling: 男职工 is not 女职工, 夏季送清凉 not 冬季
_CONTRASTS = ("男女", "上下", "正副", "春夏秋冬", "初高", "前后", "内外")
_CONTRAST_CHARS = "".join(_CONTRASTS)
_MODIFIED = re.compile(rf"(?<![{_CONTRAST_CHARS}])([{_CONTRAST_CHARS}])(?![{_CONTRAST_CHARS}])(?=([\u4e00-\u9fff]{{2}}))")


def contrasted_phrases(question: str) -> tuple[str, ...]:
    """The question's phrases opened by a contrasting modifier ("男职工", "夏季送"), each with
    the two characters after it; "男女职工" names both and sets nothing apart."""
    return tuple(dict.fromkeys(m.group(1) + m.group(2) for m in _MODIFIED.finditer(question)))


def says_sibling(phrase: str, text: str) -> bool:
    """The text says the phrase's sibling and not the phrase ("女职工" where "男职工" is asked):
    it is about the other one. "男女职工" holds both."""
    if phrase in text:
        return False
    group = next(g for g in _CONTRASTS if phrase[0] in g)
    for other in group.replace(phrase[0], ""):
        for m in re.finditer(re.escape(other + phrase[1:]), text):
            if m.start() == 0 or text[m.start() - 1] not in group:
                return True
    return False
