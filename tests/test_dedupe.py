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


TEMPLATE = (
    "2023年，{unit}工会在校党支部和上级工会的领导下，紧紧围绕学校教育教学中心工作，团结带领全体教职工扎实工作。"
    "一、加强教职工思想建设。全年组织政治理论学习{study}次，开展师德师风主题教育活动，{unit}教职工参与率达{rate}%。"
    "二、维护教职工合法权益。召开教职工代表大会{congress}次，收集提案{motions}件，全部答复办结。"
    "三、关心教职工生活。走访慰问生病住院和家庭困难教职工{visits}人次，发放慰问金{money}元。"
    "四、丰富校园文化生活。组织教职工趣味运动会和读书分享会，参与教职工{people}人。"
    "今后，{unit}工会将继续发挥桥梁纽带作用，为学校发展凝聚力量。"
)
FIGURES = {"study": "12", "rate": "98", "congress": "1", "motions": "23", "visits": "36", "money": "18000", "people": "140"}


def _school(unit: str, **figures: str) -> str:
    return TEMPLATE.format(unit=unit, **{**FIGURES, **figures})


def _unit_doc(doc_id: str, unit: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=f"{unit}2023年工会工作总结", text=text, source=f"{doc_id}.txt", unit=f"{unit}工会")


def _looks_like_a_copy(a: str, b: str) -> bool:
    """What the n-grams alone say (figures folded): the template fillings below all look like copies."""
    return jaccard(shingles(a), shingles(b)) >= NEAR_DUPLICATE_JACCARD


def test_two_units_filling_one_template_are_two_articles() -> None:
    a = _school("柳湾镇中心小学", visits="36", money="18000")
    b = _school("东渠中学", visits="52", money="26500", people="210")
    assert _looks_like_a_copy(a, b)
    assert mark_duplicates([_unit_doc("a", "柳湾镇中心小学", a), _unit_doc("b", "东渠中学", b)]) == 0


def test_four_schools_summaries_from_one_template_are_four_articles() -> None:
    schools = {
        "城南实验小学": {"visits": "21", "people": "96"},
        "城北实验小学": {"visits": "33", "people": "120"},
        "杏花岭中学": {"visits": "40", "people": "185"},
        "河西职业学校": {"visits": "17", "people": "88"},
    }
    docs = [_unit_doc(str(i), name, _school(name, **figures)) for i, (name, figures) in enumerate(schools.items())]
    assert mark_duplicates(docs) == 0


def test_different_units_with_the_same_figures_are_apart() -> None:
    docs = [_unit_doc("a", "城南实验小学", _school("城南实验小学")), _unit_doc("b", "城北实验小学", _school("城北实验小学"))]
    assert mark_duplicates(docs) == 0


def test_units_named_only_in_the_text_are_found_by_their_shape() -> None:
    docs = [_doc("a", _school("城南实验小学")), _doc("b", _school("城北实验小学"))]
    assert docs[0].unit is None and mark_duplicates(docs) == 0


def test_a_unit_named_only_in_the_title_still_tells_two_fillings_apart() -> None:
    text = _school("我校")
    docs = [_unit_doc("a", "城南实验小学", text), _unit_doc("b", "杏花岭中学", text)]
    assert mark_duplicates(docs) == 0


def test_the_same_unit_with_other_figures_for_the_same_items_is_another_article() -> None:
    this_year = _school("东渠中学")
    other_year = _school("东渠中学", visits="41", money="20500", motions="19")
    assert mark_duplicates([_unit_doc("a", "东渠中学", this_year), _unit_doc("b", "东渠中学", other_year)]) == 0


def test_verbatim_lightly_edited_placeholder_and_truncated_copies_are_duplicates() -> None:
    original = _school("东渠中学")
    edited = (
        original.replace("扎实工作", "真抓实干").replace("。二、", "。\n二、").replace("全部答复办结", "均已答复办结")
        .replace("紧紧围绕学校", "始终围绕学校")  # an edited word before an organisation word is not a unit
    )
    blanked = _school("XX中学", visits="xx", money="xx", people="**")
    truncated = original[: len(original) * 2 // 3]
    docs = [
        _unit_doc("original", "东渠中学", original),
        _unit_doc("verbatim", "东渠中学", original),
        _unit_doc("edited", "东渠中学", edited),
        _unit_doc("blanked", "XX中学", blanked),
        Document(doc_id="truncated", title="学校工会总结范文", text=truncated, source="t.txt"),
    ]
    assert mark_duplicates(docs) == 4
    keeper = next(doc for doc in docs if doc.duplicate_of is None)
    assert keeper.doc_id in {"original", "verbatim", "edited"}
    assert all(doc.duplicate_of == keeper.doc_id for doc in docs if doc is not keeper)


def test_a_blank_template_joins_one_filling_and_never_merges_two_units() -> None:
    blank = _unit_doc("blank", "XX学校", _school("XX学校", **dict.fromkeys(FIGURES, "xx")))
    south = _unit_doc("south", "城南实验小学", _school("城南实验小学", visits="21"))
    north = _unit_doc("north", "城北实验小学", _school("城北实验小学", visits="33"))
    docs = [blank, south, north]
    mark_duplicates(docs)
    assert south.duplicate_of is None and north.duplicate_of is None
    assert blank.duplicate_of in {"south", "north"}


def test_a_shorter_form_of_the_same_unit_name_is_the_same_unit() -> None:
    full = _unit_doc("full", "东渠镇中学", _school("东渠镇中学"))
    short = _unit_doc("short", "东渠中学", _school("东渠中学"))
    assert mark_duplicates([full, short]) == 1


def test_every_copy_is_found_however_many_there_are() -> None:
    """Past _COMMON_SHINGLE_DOCS copies every n-gram is 'common'; equal texts still count in full."""
    docs = [_doc(str(i), _school("东渠中学")) for i in range(120)]
    assert mark_duplicates(docs) == 119 and all(doc.duplicate_of == "0" for doc in docs[1:])


def test_many_fillings_of_one_template_all_stay() -> None:
    docs = [_doc(str(i), _school(f"第{'一二三四五六七八九'[i % 9]}{'东南西北'[i // 9 % 4]}小学", visits=str(i))) for i in range(36)]
    assert mark_duplicates(docs) == 0
