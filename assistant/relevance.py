"""How relevant a 检索测试 hit is, and which searches found it, said in plain Chinese.

A user cannot read a fused score of 0.968 or "dense+bm25"; they can read 高/中/低 and 语义/关键词/原文.
The levels are cut on `Hit.score` (the fused rank score, 1.0 = first for both searches) at
thresholds measured on labelled questions, so 高 means "usually from the article that answers".
The fused score only says how a hit ranks among the others, so a query about something the
knowledge base does not hold would still get 中 for its first hits; a hit must also hold a share
of the query's weighted words (`Hit.lexical_coverage`) to rise above 低.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from vectorstore.retriever import Hit

Level = Literal["高", "中", "低"]

# Chosen by `.venv/bin/python benchmarks/relevance_calibration.py --pages /work/realpages/pages`
# on the tuning half tests/data/qa_tune.jsonl (1150 hits, 22 % relevant): hits at or above
# HIGH_SCORE were relevant 83 % of the time (63 hits), at or above MEDIUM_SCORE 50 % (254 hits).
# On the check half tests/data/qa_check.jsonl (1130 hits, 23 % relevant): 83 % (59) and 53 % (236).
HIGH_SCORE = 1.0
MEDIUM_SCORE = 0.92
MIN_COVERAGE = 0.2  # below it a hit is 低 (the highest gate that keeps as many relevant 中 hits)
HIGH_PRECISION, MEDIUM_PRECISION = 0.8, 0.5  # the targets the benchmark chooses them for

RETRIEVER_LABELS = {"dense": "语义", "bm25": "关键词", "phrase": "原文"}

Scored = Sequence[tuple[float, float | None, bool]]  # (score, lexical coverage, relevant) per hit


@dataclass(frozen=True)
class Thresholds:
    """Where 高 and 中 begin on the (gated) score, and the coverage gate below which a hit is 低."""

    high: float = HIGH_SCORE
    medium: float = MEDIUM_SCORE
    min_coverage: float = MIN_COVERAGE


def gated(score: float, coverage: float | None, min_coverage: float = MIN_COVERAGE) -> float:
    """The score a level is read from: 0 for a hit holding too few of the query's words (or found
    by the semantic search alone, which has no coverage)."""
    return score if (coverage or 0.0) >= min_coverage else 0.0


def level(score: float, coverage: float | None = 1.0, thresholds: Thresholds = Thresholds()) -> Level:
    """高/中/低 for a hit's fused score and lexical coverage."""
    score = gated(score, coverage, thresholds.min_coverage)
    if score >= thresholds.high:
        return "高"
    return "中" if score >= thresholds.medium else "低"


def hit_level(hit: Hit) -> Level:
    """The level a 检索测试 card shows for a hit, with the calibrated thresholds."""
    return level(hit.score, hit.lexical_coverage)


def retriever_labels(retrievers: Iterable[str]) -> list[str]:
    """The searches that found a hit, in Chinese and in the retriever's order (unknown names kept
    as they are, so a new retriever shows up rather than vanishing)."""
    return [RETRIEVER_LABELS.get(name, name) for name in retrievers]


def found_by(retrievers: Iterable[str]) -> str:
    """The same, as one phrase: "语义、关键词"."""
    return "、".join(retriever_labels(retrievers))


def precision_at(scored: Sequence[tuple[float, bool]], threshold: float) -> tuple[float, int]:
    """Of the (score, relevant) pairs at or above a threshold: the share relevant, and how many."""
    chosen = [relevant for score, relevant in scored if score >= threshold]
    return (sum(chosen) / len(chosen) if chosen else 0.0), len(chosen)


def threshold_for(scored: Sequence[tuple[float, bool]], precision: float, min_hits: int = 20) -> float:
    """The lowest score whose hits (at or above it, at least `min_hits` of them) are relevant at
    least `precision` of the time: as many hits as possible get the level it stands for. Infinite
    (no hit gets the level) when no score reaches it."""
    for threshold in sorted({score for score, _ in scored}):
        share, count = precision_at(scored, threshold)
        if count >= min_hits and share >= precision:
            return threshold
    return math.inf


def _up(threshold: float) -> float:
    """Rounded up to two decimals, so the constant is readable and no less strict."""
    return math.ceil(threshold * 100 - 1e-9) / 100 if math.isfinite(threshold) else threshold


def thresholds_at(scored: Scored, min_coverage: float) -> tuple[Thresholds, int]:
    """高 and 中 for one coverage gate, and how many relevant hits are then 中 or better."""
    gated_scores = [(gated(score, coverage, min_coverage), relevant) for score, coverage, relevant in scored]
    high, medium = (_up(threshold_for(gated_scores, target)) for target in (HIGH_PRECISION, MEDIUM_PRECISION))
    kept = sum(relevant for score, relevant in gated_scores if score >= medium)
    return Thresholds(high, medium, min_coverage), kept


def calibrate(scored: Scored, gates: Sequence[float]) -> Thresholds:
    """The thresholds for the highest coverage gate that labels as many relevant hits 中-or-better
    as no gate does: the gate costs nothing on labelled questions and keeps off-topic hits 低."""
    chosen, without_gate = thresholds_at(scored, 0.0)
    for gate in sorted(gates):
        candidate, kept = thresholds_at(scored, gate)
        if kept >= without_gate:
            chosen = candidate
    return chosen
