"""Characters that end a name in a loose name pattern, kept when they are part of a known name.

The name readers (ingest's unit reader, the question's unit reader) run a name until a function
character: 和, 都, 向, 于, 日… ("他们和市总工会", "我们都是"). Those characters also stand inside
real names ("和平区", "成都", "向阳街道", "于洪区", "日照市"), which the readers then cut. The
tokenizer's dictionary knows them as names of places, persons or organisations; in them each stop
character is swapped for a stand-in the patterns run through, and swapped back in whatever name is read. A word the tokenizer
only guesses ("和红枫" of "…总工会和红枫县…") is not in the dictionary and keeps its stop character.
"""

from __future__ import annotations

import re
from functools import lru_cache

# places, persons' and organisations' names ("和平区" ns, "向阳" nr); not common nouns ("年度": its 年 a pattern reads)
_NAME_FLAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
_STAND_IN_OFFSET = 0xF0000  # Supplementary Private Use Area-A: never in a real text
STAND_IN_CLASS = "\U000F3000-\U000F9FFF"  # the stand-ins of CJK characters, for a pattern's character class
_STAND_IN = re.compile(f"[{STAND_IN_CLASS}]")


@lru_cache(maxsize=1)
def shared_jieba():  # noqa: ANN202 - jieba's types are not exported
    """jieba with its part-of-speech tagger, quiet and initialised once for ingest."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=8)
def areas_holding(stops: str) -> re.Pattern[str] | None:
    """The areas of record of three characters or more that hold a stop character ("共青城市", "于都县", "日照市"):
    names the dictionary may cut ("共青/城市") but that are a place wherever they are written."""
    from ingest.gazetteer import area_names

    names = sorted((name for name in area_names() if len(name) >= 3 and any(char in stops for char in name)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def shield_names(text: str, stops: str) -> str:
    """The text with every character of `stops` that stands inside a name of two or more characters the
    dictionary knows, or inside an area of record, replaced by its stand-in; the same length, so positions still hold."""
    if not any(char in stops for char in text):
        return text
    jieba = shared_jieba()
    shielded, at = list(text), 0
    for token in jieba.posseg.lcut(text):
        word = token.word
        if len(word) >= 2 and token.flag in _NAME_FLAGS and jieba.dt.FREQ.get(word):
            for i, char in enumerate(word):
                if char in stops and not (i == 0 and _joins_bodies(text, at)):
                    shielded[at + i] = chr(_STAND_IN_OFFSET + ord(char))
        at += len(word)
    areas = areas_holding(stops)
    for area in areas.finditer(text) if areas else ():
        for i in range(area.start(), area.end()):
            if text[i] in stops:
                shielded[i] = chr(_STAND_IN_OFFSET + ord(text[i]))
    return "".join(shielded)


# "澧县教育局和县教育工会": a joining character right after a body's name joins it to the next one, named by its level
# ("和县" is a county too); not one opening a name of its own ("公安局和平分局", "工商银行和田分行")
_JOINERS = frozenset("和与及同跟")
_BODY_ENDS = frozenset("局委会厅办院校司厂所站队部处行社矿学心府联团")
_LEVELS = frozenset("县市区省镇乡旗州")


def _joins_bodies(text: str, at: int) -> bool:
    """The character at `at` joins two names: a joiner right after a body's last character, before a level."""
    return text[at] in _JOINERS and 0 < at < len(text) - 1 and text[at - 1] in _BODY_ENDS and text[at + 1] in _LEVELS


def unshield(text: str) -> str:
    """The original characters back in a name read from a shielded text."""
    return _STAND_IN.sub(lambda match: chr(ord(match.group(0)) - _STAND_IN_OFFSET), text)
