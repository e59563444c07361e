"""Shapes of lists and of several-subject questions that real reports and users use: items
whose names hold a grammar word or a bracketed aside, titles side by side, one list written as
two runs, subjects named the way the reports name them without a name ending."""

from __future__ import annotations

import re

from assistant.condense import Turn, condense_question, unit_names
from assistant.enumeration import find_enumerations
from assistant.overlap import said_in_full
from assistant.question_profile import profile_question
from assistant.subjects import known_name, split_subjects
from vectorstore.lexical import BM25Index

REPORTS = "柳湾师大“十二五”规划。青禾市妇幼保健院召开职代会。青禾电信工会开展劳模评选。职工书屋、职工之家建设。"


def _said(phrase: str) -> bool:
    """A stand-in for the index: the phrase, or the phrase with one character between two of it."""
    return phrase in REPORTS or re.search(".?".join(map(re.escape, phrase)), REPORTS) is not None


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def test_a_first_item_opening_its_clause_is_whole_when_the_grammar_word_is_inside_a_word() -> None:
    """有 of 有限公司 is no "有": the clause opens with the first company itself."""
    text = "随后，青禾木业有限公司工会、柳岸纸业有限公司工会、白鹭陶瓷有限公司工会作了交流发言。"
    assert ("青禾木业有限公司工会", "柳岸纸业有限公司工会", "白鹭陶瓷有限公司工会") in _items(text)


def test_the_first_item_still_opens_after_a_completed_verb() -> None:
    assert _items("开展了拔河、爬楼和棋类比赛等活动。")[0] == ("拔河", "爬楼", "棋类比赛")


def test_a_short_aside_in_brackets_stays_in_its_item() -> None:
    text = "表彰了青禾建工（集团）有限公司、柳岸物流有限公司、白鹭港务有限公司。"
    assert any("青禾建工（集团）有限公司" in items for items in _items(text))


def test_an_ordinal_place_and_a_count_after_he_are_items_not_the_runs_tail() -> None:
    """"2个第四名" is a place won, and "和1个第五名" a further item, not a count closing the run."""
    items = _items("赢得3个冠军、1个亚军、2个季军、2个第四名和1个第五名。")[0]
    assert items[-2:] == ("2个第四名", "1个第五名")
    assert _items("举办了登山、徒步三项户外运动。")[0] == ("登山", "徒步")  # a count after the items still ends the run


def test_titles_side_by_side_are_a_list() -> None:
    items = _items("一是推出《青禾谣》《柳岸人家》《白鹭飞》三台大戏。")
    assert ("《青禾谣》", "《柳岸人家》", "《白鹭飞》") in items
    items = _items("审议通过了《经费审查报告》《工资协议履行情况汇报》《工会条例修订稿》。")
    assert ("《经费审查报告》", "《工资协议履行情况汇报》", "《工会条例修订稿》") in items


def test_one_list_written_as_two_runs_is_read_whole() -> None:
    text = "开展了企业文化、接待礼仪、业务技能，行车安全、客户沟通、应急处置等专项培训。"
    assert ("企业文化", "接待礼仪", "业务技能", "行车安全", "客户沟通", "应急处置") in _items(text)
    text = "发放了绿豆、饮料等防暑食品，风油精、藿香正气水等防暑药品。"
    assert ("绿豆", "饮料", "风油精", "藿香正气水") in _items(text)


def test_a_clause_that_opens_with_a_verb_starts_another_list() -> None:
    found = _items("看望了退休教师甲、乙、丙三人，送去米、油。")
    assert not any(len(items) > 3 for items in found)
    # a run closed by its count, and a clause whose items do something: two statements, not one list
    found = _items("建成示范书屋10个、阅读站1家、示范点9个，青禾热电、柳岸热电荣获“最美书屋”称号。")
    assert not any("青禾热电" in items and "示范点" in items for items in found)
    # nor is a clause of things done after a list: only a run closed by 等 goes on with the one before
    found = _items("在羽毛球赛、歌咏比赛、趣味活动中，机关分工会积极参加、踊跃报名，名列前茅。")
    assert not any("羽毛球赛" in items and "踊跃报名" in items for items in found)


def test_subjects_without_a_name_ending_are_split_when_the_reports_say_their_names() -> None:
    question = "柳湾师大的教代会和青禾妇幼的职代会，各有多少名正式代表参会？"
    assert split_subjects(question) == []  # without the material, no name ending: one question
    assert split_subjects(question, _said) == ["柳湾师大的教代会有多少名正式代表参会", "青禾妇幼的职代会有多少名正式代表参会"]
    assert split_subjects("白鹭集团2015年和青禾电信2017年各有多少人评上劳模？", _said) == [
        "白鹭集团2015年有多少人评上劳模", "青禾电信2017年有多少人评上劳模"]


def test_names_the_reports_never_say_and_things_of_one_unit_are_no_subjects() -> None:
    assert split_subjects("柳湾师大和紫荆电信各有多少会员？", _said) == []  # 紫荆电信 is in no report
    # things the unit has, though the reports say them: the question is about one unit
    assert split_subjects("白鹭县总工会今年职工书屋和职工之家各建了多少个？", _said) == []
    assert known_name("发放助学金", lambda phrase: True) == ""  # something done is no name


def test_a_topic_clause_before_two_questions_goes_with_each() -> None:
    question = "就业帮扶方面，白鹭县总工会培训了多少人，青松镇组织了多少农民工去招聘会？"
    assert split_subjects(question) == ["就业帮扶方面，白鹭县总工会培训了多少人", "就业帮扶方面，青松镇组织了多少农民工去招聘会"]


def test_the_index_knows_a_name_said_short() -> None:
    index = BM25Index()
    index.replace([], [("a", "青禾市妇幼保健院召开职代会。", {"year": 2020, "doc_id": "d1"})])
    assert index.holds("青禾妇幼") and index.holds("青禾市妇幼保健院")
    assert not index.holds("柳岸妇幼")


def test_counting_things_named_after_people_is_no_count_of_people() -> None:
    flat = lambda term: 1.0  # noqa: E731
    assert profile_question("一共建了多少个职工小家？", flat).measures == ()
    assert profile_question("提炼了多少个员工先进操作法？", flat).measures == ()
    for question in ("几个人参加了？", "慰问了多少困难职工？", "发展了多少新会员？"):
        assert profile_question(question, flat).measures[:2] == ("人", "名"), question


def test_a_two_character_abbreviation_is_said_in_full_by_the_first_characters_of_two_words() -> None:
    assert said_in_full("劳模", "另有11人被评为青禾市劳动模范")
    assert not said_in_full("工会", "工人协会")
    assert not said_in_full("会员", "工会委员郭青禾当选")  # 会…员 across the words 工会/委员 is no 会员


def test_a_union_a_verb_acts_on_is_no_unit_name() -> None:
    assert unit_names("今年交费参加工会活动的有多少人？") == []
    asked = condense_question("今年交费参加工会活动的有多少人？", [Turn("青禾社区工会在册会员有多少人？", "")])
    assert asked.startswith("青禾社区工会")
    assert unit_names("柳岸联合工会有多少会员") == ["柳岸联合工会"]
    assert unit_names("白鹭供电局工会主席要求工会小组长做到哪几点") == ["白鹭供电局工会"]


def test_a_follow_up_counting_without_a_noun_counts_what_the_question_before_counted() -> None:
    asked = condense_question("那2018年还打算再建多少家？", [Turn("青松区现在有多少家爱心驿站？", "")])
    assert asked == "青松区2018年还打算再建多少家爱心驿站？"
    assert condense_question("发了多少钱？", [Turn("青禾县总工会慰问了多少户困难职工？", "")]) == "青禾县总工会发了多少钱？"


def test_a_post_after_an_organisation_is_no_person() -> None:
    """"…事务中心主任、工会主席等带队" names posts, not people: "who is the chair" is not answered by it."""
    from assistant.persons import person_named

    assert person_named("节前，青禾公路事务中心主任、工会主席等带队到一线开展慰问") is None
    assert person_named("工会主席柳青山带队慰问") == "柳青山"


def test_a_slogan_summing_up_the_quoted_items_before_it_is_defined_by_them() -> None:
    """"坚持“A、B、C”的“三必访”工作": the items come first, the slogan after them."""
    from assistant.definitions import definition_span

    text = "工会坚持“生日必访、住院必访、困难必访”的“三必访”工作，对退休职工和家属突患重病的，组织捐款。"
    start, end = definition_span(text, "三必访")
    assert text[start:end] == "生日必访、住院必访、困难必访"
    assert _items(text)[0] == ("生日必访", "住院必访", "困难必访")  # the quote around the run is no part of its items
