"""Exact and near duplicates are kept once; the fuller, cleaner copy wins."""

from __future__ import annotations

from ingest.dedupe import (
    CONTAINED_SHARE,
    NEAR_DUPLICATE_JACCARD,
    comparable_text,
    jaccard,
    mark_duplicates,
    placeholder_count,
    shingles,
)
from ingest.models import Document

ARTICLE = (
    "上半年，县直机关工会在县直机关工委和县总工会的领导下，以服务机关干部职工为中心，扎实推进各项工作。"
    "一、组织开展文体活动。3月举办县直机关职工气排球比赛，共有22支代表队参赛；5月组织健步走活动，参与干部职工1300余人。"
    "二、关心关爱女职工。三八节期间举办女职工健康讲座2场，为女职工免费体检460人次。"
    "三、做好会员服务。为会员办理生日慰问，全年发放生日蛋糕券{n}张，组织单身青年联谊活动1次。"
)
OTHER = (
    "2022年，远航机械有限公司工会在公司党委和市总工会的领导下，围绕企业生产经营中心任务，团结动员广大员工建功立业。"
    "公司工会在全公司8个车间开展比质量、比效率、比安全劳动竞赛，参赛员工650人，全年提出合理化建议312条。"
    "签订工资集体协议，员工人均工资增长6%。建立困难员工档案41户，全年发放帮扶资金12.4万元。"
)


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=doc_id, text=text, source=f"{doc_id}.txt")


def test_comparable_text_folds_figures_and_placeholders() -> None:
    assert comparable_text("发放xx张，2000元！") == comparable_text("发放2000张, XX元。")


def test_lightly_edited_copy_is_a_duplicate_and_fewer_placeholders_win() -> None:
    docs = [_doc("a", ARTICLE.format(n="xx")), _doc("b", OTHER), _doc("c", ARTICLE.format(n="2000"))]
    assert mark_duplicates(docs) == 1
    assert docs[0].duplicate_of == "c"
    assert docs[1].duplicate_of is None and docs[2].duplicate_of is None


def test_exact_copy_keeps_the_first() -> None:
    docs = [_doc("a", ARTICLE.format(n="30")), _doc("b", ARTICLE.format(n="30"))]
    mark_duplicates(docs)
    assert docs[0].duplicate_of is None and docs[1].duplicate_of == "a"


def test_truncated_copy_never_wins_over_the_full_one() -> None:
    full = ARTICLE.format(n="xx") + "下半年，工会将继续做好职工服务工作，xx月举办职工书画展。"
    truncated = ARTICLE.format(n="30")[:120]
    docs = [_doc("truncated", truncated), _doc("full", full)]
    mark_duplicates(docs)
    assert docs[0].duplicate_of == "full" and docs[1].duplicate_of is None


def test_articles_of_the_same_genre_are_not_duplicates() -> None:
    a, b = shingles(ARTICLE.format(n="1")), shingles(OTHER)
    assert jaccard(a, b) < 0.1
    assert len(a & b) / min(len(a), len(b)) < CONTAINED_SHARE
    assert mark_duplicates([_doc("a", ARTICLE.format(n="1")), _doc("b", OTHER)]) == 0


def test_thresholds_stay_in_the_calibrated_range() -> None:
    assert 0.5 <= NEAR_DUPLICATE_JACCARD <= 0.9 and 0.7 <= CONTAINED_SHARE <= 0.95


def test_placeholder_count() -> None:
    assert placeholder_count("20xx年XX工会慰问xx户，发放**元，参赛___人，~年") == 6
    assert placeholder_count("2023年慰问36户") == 0


def test_the_kept_copy_inherits_a_real_title_and_a_stated_year() -> None:
    titled = Document(doc_id="a", title="2021年局机关工会工作总结", text=ARTICLE.format(n="xx"), source="a", year=2021)
    generic = Document(doc_id="b", title="单位工会总结范文 第十六篇", text=ARTICLE.format(n="36"), source="b")
    mark_duplicates([titled, generic])
    assert titled.duplicate_of == "b"
    assert (generic.title, generic.year) == ("2021年局机关工会工作总结", 2021)
