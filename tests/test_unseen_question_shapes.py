"""Shapes found on questions nobody tuned the rules on (the third round of sealed sets): a
count asked of a qualified group of people ("其中女司机有多少"), "是一名" saying what someone is
rather than how many, and "多少年历史" counting years. All names and figures are invented."""

from __future__ import annotations

from assistant.extractive import _has_answer_type
from assistant.question_profile import profile_question
from ingest.metadata import extract_unit


def flat(word: str) -> float:
    return 1.0


# ------------------------------------------------------------ figures


def test_people_named_right_before_how_many_are_what_is_counted() -> None:
    profile = profile_question("其中女司机有多少？", flat)
    assert "人" in profile.measures
    # the drivers of the other kind, counted without the sex asked, do not answer
    assert not _has_answer_type("全市货车司机累计入会7200人，网约车司机入会1800人。", profile)
    assert _has_answer_type("入会司机中，女司机有316人。", profile)
    # a thing people have is no people, nor is a date asked of people
    assert "人" not in profile_question("职工书屋有多少？", flat).measures
    assert "人" not in profile_question("职工代表是几号报到的？", flat).measures


def test_being_one_of_a_kind_is_no_count() -> None:
    profile = profile_question("白鹭物流工会联合会发展了多少名骑手会员？", flat)
    assert not _has_answer_type("小柳是一名骑手，在站点听说可以入会后当场填了表。", profile)
    assert _has_answer_type("联合会今年发展骑手会员412名。", profile)
    assert _has_answer_type("获得金奖的骑手为一名。", profile)  # 为一名 states a count


def test_how_many_years_asks_for_years() -> None:
    profile = profile_question("青禾建工这个企业有多少年历史了？", flat)
    assert "duration" in profile.kinds
    assert _has_answer_type("青禾建工作为一家有着58年历史的施工企业，始终重视班组建设。", profile)
    assert "duration" not in profile_question("近几年青禾建工工会开展了哪些活动？", flat).kinds
    assert "duration" not in profile_question("青禾建工多少年来坚持送温暖？", flat).kinds
    assert "duration" not in profile_question("过去几年青禾建工建了多少个职工书屋？", flat).kinds
    assert "duration" not in profile_question("有多少年轻职工参加了联谊活动？", flat).kinds


def test_units_counted_in_another_measure_answer_when_the_thing_counted_follows() -> None:
    profile = profile_question("白鹭市第三届职工技能运动会有多少家单位参加？", flat)
    assert _has_answer_type("白鹭市第三届职工技能运动会共设19个比武项目，有186个单位、1.2万名职工参加。", profile)
    # "一个新台阶" counts nothing
    assert not _has_answer_type("白鹭街道总工会的成立，标志着工会工作又上了一个新台阶。", profile)


# ------------------------------------------------------------ words


def test_a_place_word_joins_no_characters_into_a_word() -> None:
    weights = profile_question("白鹭分工会在多少个项目里拿了奖？", flat).weights
    assert "项目" in weights
    assert not any("里" in word for word in weights)  # 项目/里/拿: no word "里拿"
    assert "线上" in profile_question("线上培训有多少人参加？", flat).weights  # 线/上 is still one


# ------------------------------------------------------------ ingest


def test_a_report_to_a_unions_own_meeting_is_that_unions() -> None:
    title = "——在柳岸市总工会十二届五次委员（扩大）会议上的报告"
    body = "各位委员，同志们：\n现在，我受市总工会常委会委托，向全会报告工作，请予审议。\n一、2019年全市工会主要工作情况"
    assert extract_unit(title, body) == "柳岸市总工会"
    # the union whose errand the speaker runs is no name said by the speaker either
    assert extract_unit("工作报告", "我受市总工会常委会委托，向全会报告工作。\n一、工作") is None
    # but a place opening with such a character is a name ("我随州市…")
    assert extract_unit("工作报告", "我柳州市总工会在市委的领导下，扎实开展工作。\n一、工作") == "柳州市总工会"
    assert extract_unit("工作报告", "我随州市总工会在市委的领导下，扎实开展工作。\n一、工作") == "随州市总工会"
    # a congress is no union, and a speech at another union's meeting may be a guest's
    assert extract_unit("——在白鹭市第十五次工会代表大会上的报告", "各位代表：\n一、工作") is None


def test_a_bodys_union_congress_names_the_bodys_union() -> None:
    body = "9月6日上午，白鹭市广播电视台（文广集团）第二届工会会员代表大会在白鹭广电中心召开。\n会议应到代表48人。"
    assert extract_unit("工会工作总结", body) == "白鹭市广播电视台工会"
    # a term alone is no name ("第三届工会委员会" of nobody); a union before its term is itself
    assert extract_unit("工会工作总结", "第三届工会委员会第一次全体会议召开。\n会议选举了主席。") is None
    assert extract_unit("工会工作总结", "白鹭市总工会第十五届工会委员会第一次全体会议召开。\n会议") == "白鹭市总工会"
    assert extract_unit("工会工作总结", "热烈祝贺青禾建工第三届工会会员代表大会胜利召开\n会议") is None


# ------------------------------------------------------------ lists


def test_a_committee_of_the_union_is_what_is_asked_not_whose() -> None:
    profile = profile_question("柳岸广电（文广集团）新一届工会经费审查委员会选了哪几位委员？", flat)
    assert not any("审查" in unit for unit in profile.units)
    assert profile_question("青禾县总工会女职工委员会主任是谁？", flat).units == ("青禾县",)
    assert any("工作委" in unit for unit in profile_question("白鹭电力工会工作委员会主席是谁？", flat).units)


def test_of_two_lists_in_a_sentence_the_one_said_to_be_the_committee_asked_answers() -> None:
    from fakes import make_hit

    from assistant.extractive import candidates
    from assistant.list_answers import best_list

    text = ("会议投票选举产生第三届工会委员会、经费审查委员会，柳一帆、白晓岚、青禾远、王若川、李明澈等5位同志当选第三届"
            "工会委员会委员，赵清和（女）、孙远舟、周白鹭等3位同志当选经费审查委员会委员。")
    hit = make_hit(text, unit="柳岸广播电视台工会")
    profile = profile_question("柳岸广电新一届工会经费审查委员会选了哪几位委员？", flat)
    chosen = best_list(candidates([hit], profile), profile, {hit.doc_id: text})
    assert chosen is not None and "孙远舟" in chosen[1].items


def test_else_and_other_are_no_words_to_find() -> None:
    weights = profile_question("柳岸广电女职工委员会的委员还有哪几位？", flat).weights
    assert "还有" not in weights and "委员" in weights


# ------------------------------------------------------------ retrieval


def test_a_units_own_passages_saying_the_thing_asked_join_its_hits() -> None:
    from fakes import make_hit

    from assistant.qa import own_articles, within_articles
    from assistant.scope import Scope

    first = make_hit("白鹭市总工会开展“工人先锋号”创建活动，评选8个先进集体。", doc_id="bailu", rank=5, unit="市总工会")
    asked_for = make_hit("全市累计已有1326家基层工会组织，会员8.2万人。", doc_id="bailu", rank=1, unit="市总工会")
    other = make_hit("春节期间走访慰问困难职工40户，发放慰问金3.1万元。", doc_id="bailu", rank=2, unit="市总工会")
    province = make_hit("省总工会指导白鹭市总工会建设职工服务中心。", doc_id="qinghe", rank=9, unit="青禾省总工会")
    articles = {"bailu": "上半年，市总工会在市委领导下开展工作。……白鹭市总工会开展创建活动。", "qinghe": "青禾省总工会……"}
    scope = Scope(unit="白鹭市总工会", place="白鹭市")
    own = own_articles([first, province], scope, articles)
    assert own == frozenset({"bailu"})  # the province's report only mentions the city's union
    assert own_articles([first], Scope(unit="白鹭市总工会", year=2023), articles) == frozenset({"bailu"})  # undated
    searched: list[frozenset[str]] = []

    def search(k: int, doc_ids: frozenset[str]) -> list:
        searched.append(doc_ids)
        return [first, other, asked_for]

    hits = within_articles(search, "白鹭市总工会的基层工会有多少家？", [first, province], 16, ("白鹭市总工会",), own)
    assert searched == [frozenset({"bailu"})]
    assert [h.text for h in hits] == [first.text, province.text, asked_for.text]  # none of 基层: stays out
    assert hits[2].rank == 10  # after every hit kept
    # a question asking nothing but the unit's name and a verb reads no further
    assert within_articles(search, "白鹭市总工会发放了多少钱？", [first], 16, ("白鹭市总工会",), own) == [first]


def test_anniversaries_and_a_few_more_measures_are_figures() -> None:
    from assistant.aggregate import figures

    assert [f.text for f in figures("纪念青禾市总工会成立68周年")] == ["68周年"]
    assert [f.text for f in figures("寄出一封慰问信，往返两趟")] == ["一封", "两趟"]
    assert figures("三八节前夕，劳模代表欢聚一堂，启动新一轮集体协商") == []  # set phrases count nothing
    profile = profile_question("柳岸工会这次纪念大会纪念的是多少周年？", flat)
    assert _has_answer_type("柳岸工会召开纪念大会，纪念三八国际劳动妇女节113周年。", profile)
