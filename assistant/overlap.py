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
