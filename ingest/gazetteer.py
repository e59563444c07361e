"""China's provinces, prefectures and counties by name, from the table the cpca package ships.

The part-of-speech tagger calls many common words places ("上门", "新春", "登山"); a name in this table is a
place by record. The table is read from the installed package's files (cpca itself is never imported: it
loads pandas)."""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# written as areas but said of any area ("城区", "郊区"), or not an area's name at all
_GENERIC = frozenset({"县", "城区", "郊区", "矿区", "市中区", "东区", "西区", "南区", "北区", "中区"})
_NOT_A_NAME = re.compile(r"[划域]$")
# a short form is an area's name without its level: provinces, prefectures and counties are so written
# ("四川", "凉山", "绵阳", "香格里拉"); a district's short form is too often a common word ("和平", "新建")
_LEVELS = r"特别行政区|地区|省|市|县|州|盟|旗"
SHORT_FORM_MIN = 2


def _resource(name: str) -> Path | None:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / name
    return path if path.is_file() else None


def _level_suffix(nations: Path | None) -> re.Pattern[str]:
    """An area's name, then its level after the peoples of an autonomous area ("凉山彝族自治州", "新疆维吾尔自治区")."""
    peoples = [line.strip() for line in nations.read_text(encoding="utf-8").splitlines()] if nations else []
    people = "|".join(sorted({form for name in peoples if name for form in (name, name.removesuffix("族"))}, key=len, reverse=True))
    autonomous = rf"(?:{people})*自治(?:区|州|县|旗)" if people else r"自治(?:区|州|县|旗)"
    return re.compile(rf"(?P<name>[\u4e00-\u9fff]{{{SHORT_FORM_MIN},}}?)(?:{autonomous}|{_LEVELS})")


@lru_cache(maxsize=1)
def _areas() -> dict[str, frozenset[str]]:
    """Every area's name, each with the full names it is short for ("泰州" -> 泰州市; a full name, itself)."""
    path = _resource("adcodes.csv")
    if path is None:
        return {}
    with path.open(encoding="utf-8") as table:
        full = {row["name"].strip() for row in csv.DictReader(table)}
    level = _level_suffix(_resource("56_nations.csv"))
    names: dict[str, set[str]] = {}
    for name in full - _GENERIC:
        if not name or _NOT_A_NAME.search(name):
            continue
        short = level.fullmatch(name)
        names.setdefault(name, set()).add(name)
        if short:
            names.setdefault(short.group("name"), set()).add(name)
        if short and name.endswith("自治州"):
            names.setdefault(short.group("name") + "州", set()).add(name)
    return {name: frozenset(fulls) for name, fulls in names.items()}


@lru_cache(maxsize=1)
def area_names() -> frozenset[str]:
    """Every area's full name and, but for districts, its name without its level (an autonomous prefecture's also
    with 州: "海南州"); empty without the table."""
    return frozenset(_areas())


def full_area_names(name: str) -> frozenset[str]:
    """The full names an area's short name stands for ("泰州" -> 泰州市; "朝阳" -> 朝阳区, 朝阳市, 朝阳县…)."""
    return _areas().get(name, frozenset())


def one_full_area_name(short: str) -> str | None:
    """The one full name a short name stands for ("泰州" -> 泰州市); None for a full name or one of several areas."""
    fulls = full_area_names(short) - {short}
    return next(iter(fulls)) if len(fulls) == 1 else None


def is_area_name(word: str) -> bool:
    """"绵阳", "凉山州", "四川省": an area of China by record, not a word the tagger guessed to be one."""
    return word in area_names()
