"""Units described instead of named pick their article (assistant/described.py)."""

from __future__ import annotations

import pytest
from fakes import make_hit

from assistant.described import Description, described_articles, matching_articles, of_kind, pointed_kind, read_description
from assistant.extractive import candidates
from assistant.overlap import pair_share
from assistant.question_profile import profile_question


@pytest.mark.parametrize(("question", "cue", "kind", "asked"), [
    ("海滨那个学院工会今年办了哪些比赛", "海滨", "学院", "工会今年办了哪些比赛"),
    ("有滨江商务楼宇工联会的那个街道总工会，基层工会发展到几个了", "滨江商务楼宇工联会", "街道", "总工会，基层工会发展到几个了"),
    ("那个3月新建了8家工会的街道，会员有多少", "3月新建了8家工会", "街道", "会员有多少"),
    ("yy社区（1.5平方公里那个）的工会帮了多少困难家庭", "1.5平方公里", "社区", "yy社区的工会帮了多少困难家庭"),
    ("南岭县和西部那个县办的运动会是第几届", "西部", "县", "南岭县和办的运动会是第几届"),
    ("那家全国文明单位公司的职工入会率是多少", "全国文明单位", "公司", "职工入会率是多少"),  # no 的 before the kind
])
def test_a_description_gives_its_cue_kind_and_the_rest_of_the_question(question, cue, kind, asked) -> None:
    description = read_description(question)
    assert description is not None
    assert (description.cue, description.kind) == (cue, kind)
    assert description.removed_from(question) == asked


@pytest.mark.parametrize("question", [
    "东河县总工会春节慰问了多少户",  # named, not described
    "那个单位去年慰问了多少人",  # a pointer with nothing to say which
    "乡里那所学校的工会组织了哪几次捐款",  # a cue of one character says too little
    "那所学校的工会组织了几次捐款",  # the kind right after the pointer is not a description
])
def test_no_description_where_the_question_names_its_unit_or_says_too_little(question) -> None:
    assert read_description(question) is None


def test_pair_share_counts_words_said_a_little_differently() -> None:
    assert pair_share("3月新建了8家工会", "今年3月份新建基层工会8家") >= 0.5
    assert pair_share("滨江商务楼宇工联会", "辖区有滨江商务楼宇工联会和职工俱乐部") == 1.0
    assert pair_share("滨江商务楼宇工联会", "本局工会组织职工体检") == 0.0


def test_the_article_holding_the_cue_and_of_the_kind_described_is_chosen() -> None:
    description = Description("海滨", "学院")
    texts = {"a": "海滨市总工会表彰了先进集体。", "b": "我院组织教职工参加海滨市健步走，学院工会…", "c": "学院工会开展读书活动。"}
    units = {"a": "海滨市总工会", "b": "", "c": "某学院工会"}
    titles = {"a": "海滨市总工会工作总结", "b": "工会上半年工作总结", "c": "学院工会总结"}
    assert matching_articles(description, ["a", "b", "c"], texts, units, titles) == frozenset({"b"})


def test_an_article_that_names_its_unit_is_of_the_kind_its_unit_says() -> None:
    description = Description("县总工会指导", "街道")
    texts = {"county": "在县总工会指导下，各街道工会新建企业工会。", "street": "在县总工会的指导下，本街道工会新建企业工会2家。"}
    units = {"county": "南岭县总工会", "street": "城东街道工会"}
    assert matching_articles(description, list(texts), texts, units, {}) == frozenset({"street"})


def test_an_article_whose_own_title_says_the_cue_fits_better_than_one_whose_text_mentions_it() -> None:
    """"那个水厂工会": the 水厂's own report says 我厂 in its text and 水厂 only in its title."""
    description = Description("水厂", "工会")
    texts = {"own": "今年我厂工会组织职工技能比武。", "mention": "局工会到城西水厂调研，指导基层工会工作。"}
    titles = {"own": "水厂工会年度工作总结", "mention": "局工会工作总结"}
    assert matching_articles(description, list(texts), texts, {"mention": "局工会"}, titles) == frozenset({"own"})


def test_a_description_that_fits_two_articles_about_as_well_chooses_none() -> None:
    description = Description("“模范职工之家”称号", "公司")
    texts = {"a": "公司工会荣获“模范职工之家”称号。", "b": "本公司被评为“模范职工之家”称号单位。"}
    assert matching_articles(description, list(texts), texts, {}, {}) == frozenset()


def test_described_articles_searches_the_cue_and_returns_the_question_without_the_description() -> None:
    hits = [make_hit("辖区有滨江商务楼宇工联会。", doc_id="s1", title="街道工会工作总结", unit="街道工会"),
            make_hit("开展职工运动会。", doc_id="s2", title="局工会总结", unit="局工会")]
    texts = {"s1": "xx街道总工会现有滨江商务楼宇工联会。基层工会发展到120个。", "s2": "开展职工运动会。"}
    searched = []

    def search(query: str, k: int) -> list:
        searched.append(query)
        return hits

    fitting, asked = described_articles("有滨江商务楼宇工联会的那个街道总工会，基层工会发展到几个了", search,
                                        lambda ids: {i: texts[i] for i in ids})
    assert searched == ["滨江商务楼宇工联会"]
    assert fitting == frozenset({"s1"}) and asked == "总工会，基层工会发展到几个了"
    assert described_articles("东河县总工会慰问了多少户", search, lambda ids: {}) == (frozenset(), "东河县总工会慰问了多少户")


@pytest.mark.parametrize(("unit", "title", "text", "fits"), [
    ("南岭县总工会", "", "", True),  # its unit says it is a 县's
    ("城东街道工会", "南岭县工作总结", "", True),  # or its title does
    ("城东街道工会", "", "全县职工运动会", False),  # a unit of another kind: the text is not asked
    ("", "工会工作总结", "本县总工会举办第五届职工运动会", True),  # no unit: what the text says it is
])
def test_an_article_is_of_the_kind_described_by_its_unit_title_or_text(unit, title, text, fits) -> None:
    assert Description("西部", "县").fits_kind(unit, title, text) is fits


def test_a_unit_pointed_at_by_its_kind_alone_keeps_the_answer_to_articles_of_that_kind() -> None:
    """"那家医院工会护士节办了什么活动" picks no one article, but the answer is a hospital's."""
    question = "那家医院工会护士节给护士们办了什么活动？"
    pointed = pointed_kind(question)
    assert pointed is not None and pointed.kind == "医院"
    assert pointed_kind("大连那个学院谁评上了市劳模") is None  # a description with a cue is read as one
    assert pointed_kind("青禾县总工会护士节办了什么活动") is None
    profile = profile_question(question, lambda word: 1.0)
    county = make_hit("护士节来临之际，县总工会为乡卫生院送去慰问金。", unit="青禾县总工会", doc_id="county")
    hospital = make_hit("护士节当天，院工会为全院护士举办了游园会。", unit="", title="人民医院工会工作总结", doc_id="hospital")
    ranked = candidates([county, hospital], profile)
    assert [c.hit.doc_id for c in of_kind(pointed, ranked, {})] == ["hospital"]
