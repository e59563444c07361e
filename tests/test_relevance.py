"""检索测试's plain-Chinese relevance (高/中/低) and search names (语义/关键词/原文), and the
threshold choice the calibration benchmark makes."""

from __future__ import annotations

import dataclasses
import math

import pytest

from assistant.relevance import (HIGH_SCORE, MEDIUM_SCORE, MIN_COVERAGE, Thresholds, calibrate, found_by, gated,
                                 hit_level, level, precision_at, retriever_labels, threshold_for, thresholds_at)
from fakes import make_hit


@pytest.mark.parametrize(("score", "expected"), [
    (1.0, "高"), (HIGH_SCORE, "高"), (MEDIUM_SCORE, "中"), ((HIGH_SCORE + MEDIUM_SCORE) / 2, "中"),
    (MEDIUM_SCORE - 0.001, "低"), (0.3, "低"), (0.0, "低"),
])
def test_levels_follow_the_calibrated_thresholds(score: float, expected: str) -> None:
    assert level(score, coverage=1.0) == expected


def test_the_thresholds_are_ordered() -> None:
    assert 0 < MEDIUM_SCORE < HIGH_SCORE <= 1.0 and 0 < MIN_COVERAGE < 1


@pytest.mark.parametrize("coverage", [None, 0.0, MIN_COVERAGE - 0.01])
def test_a_hit_sharing_too_few_query_words_is_low_whatever_its_rank(coverage: float | None) -> None:
    assert gated(1.0, coverage) == 0.0 and level(1.0, coverage) == "低"


def test_other_thresholds_can_be_given() -> None:
    loose = Thresholds(high=0.8, medium=0.5, min_coverage=0.0)
    assert [level(s, None, loose) for s in (0.9, 0.6, 0.4)] == ["高", "中", "低"]


def test_a_hits_level_reads_its_score_and_coverage() -> None:
    hit = make_hit("正文", score=1.0)
    assert hit_level(dataclasses.replace(hit, lexical_coverage=0.8)) == "高"
    assert hit_level(dataclasses.replace(hit, lexical_coverage=0.05)) == "低"
    assert hit_level(hit) == "低"  # found by the semantic search alone: no coverage


def test_retrievers_are_named_in_chinese_in_their_order() -> None:
    assert retriever_labels(("dense", "bm25", "phrase")) == ["语义", "关键词", "原文"]
    assert retriever_labels(("bm25",)) == ["关键词"]
    assert found_by(("dense", "bm25")) == "语义、关键词"
    assert found_by(()) == ""


def test_an_unknown_retriever_is_shown_rather_than_dropped() -> None:
    assert retriever_labels(("dense", "rerank")) == ["语义", "rerank"]


def test_precision_counts_the_hits_at_or_above_a_threshold() -> None:
    scored = [(1.0, True), (0.9, False), (0.9, True), (0.5, False)]
    assert precision_at(scored, 0.9) == (2 / 3, 3)
    assert precision_at(scored, 1.5) == (0.0, 0)


SCORED = [(1.0, True)] * 8 + [(0.9, True)] * 4 + [(0.9, False)] * 4 + [(0.5, False)] * 20


def test_the_threshold_is_the_lowest_that_keeps_the_precision() -> None:
    assert threshold_for(SCORED, 0.8, min_hits=5) == 1.0  # at 0.9: 12 of 16 relevant, 75 %
    assert threshold_for(SCORED, 0.7, min_hits=5) == 0.9
    assert threshold_for(SCORED, 0.3, min_hits=5) == 0.5  # 12 of 36


def test_too_few_hits_or_too_low_a_precision_gives_no_threshold() -> None:
    assert threshold_for(SCORED, 0.8, min_hits=10) == math.inf  # 100 % at 1.0, but only 8 hits
    assert threshold_for([(0.7, False)] * 30, 0.5) == math.inf
    assert level(0.99, 1.0, Thresholds(high=math.inf)) == "中"


# Relevant hits hold the query's words; the irrelevant ones at the same ranks mostly do not.
GATED = ([(1.0, 0.9, True)] * 40 + [(1.0, 0.1, False)] * 10 + [(0.95, 0.6, True)] * 30
         + [(0.95, 0.05, False)] * 30 + [(0.5, 0.3, False)] * 40)


def test_thresholds_at_a_gate_count_the_relevant_hits_they_keep() -> None:
    assert thresholds_at(GATED, 0.0) == (Thresholds(1.0, 0.95, 0.0), 70)  # 中: 70 of 110 relevant


def test_calibration_takes_the_highest_gate_that_loses_no_relevant_hit() -> None:
    chosen = calibrate(GATED, [0.05, 0.2, 0.5, 0.7])  # 0.7 would drop the 30 relevant hits at 0.6
    assert chosen == Thresholds(0.95, 0.95, 0.5)  # the off-topic hits gated out, all at 0.95 are relevant
    assert calibrate(GATED, []) == Thresholds(1.0, 0.95, 0.0)
