"""Follow-up questions made standalone by rules (extractive mode)."""

from __future__ import annotations

import pytest

from assistant.condense import Turn, condense_question, is_follow_up, mentioned_unit, unit_names


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        ("那下半年呢？", "县总工会上半年做了哪些工作？", "县总工会下半年做了哪些工作？"),
        ("2022年呢？", "远航机械有限公司工会2023年开展了哪些劳动竞赛？", "远航机械有限公司工会2022年开展了哪些劳动竞赛？"),
        ("他们慰问了多少户？", "重庆市地方税务局直属机关工会开展了哪些送温暖活动？", "重庆市地方税务局直属机关工会慰问了多少户？"),
        ("那金秋助学呢？", "青禾县总工会慰问了多少困难职工？", "青禾县总工会金秋助学的情况？"),
        ("资助了多少名学生？", "青禾县总工会开展金秋助学了吗？", "青禾县总工会资助了多少名学生？"),
        # a new month replaces the old one in the previous question
        ("8月份呢？", "白杨镇那家公司工会3月份救助了多少困难职工？", "白杨镇那家公司工会8月份救助了多少困难职工？"),
        # "哪天" asks: the follow-up keeps its own question and gains the unit
        ("那登山比赛是哪天搞的？", "远航机械有限公司工会组织了几个兴趣小组？", "远航机械有限公司工会登山比赛是哪天搞的？"),
        # "那里面" is "among them", not the pronoun 那里 with a stray 面
        ("那里面女职工有多少？", "柳溪镇总工会现在有多少会员？", "柳溪镇总工会里面女职工有多少？"),
        # "工会" alone names no unit: the follow-up is about the unit just asked about
        ("工会组织数又是多少", "海川市总工会实名制会员有多少？", "海川市总工会工会组织数又是多少"),
    ],
)
def test_follow_ups_carry_unit_year_and_period(question: str, previous: str, expected: str) -> None:
    assert condense_question(question, [Turn(previous)]) == expected


def test_he_after_a_who_answer_is_that_person_of_that_unit() -> None:
    who = Turn("验收会上是谁讲话的？", "院工会", person="苏望舒")
    assert condense_question("他是什么职务？", [who]) == "院工会苏望舒是什么职务？"
    assert condense_question("他们还组织了什么活动？", [who]) == "院工会还组织了什么活动？"  # 他们: the unit
    assert condense_question("它被评为什么称号？", [Turn("院工会开展了哪些活动？", "院工会")]) == "院工会被评为什么称号？"


def test_a_full_question_is_left_alone() -> None:
    question = "房产管理局机关工会年初搞了哪几项比赛？"
    assert condense_question(question, [Turn("青禾县总工会开展金秋助学了吗？")]) == question
    assert condense_question("他们慰问了多少户？", []) == "他们慰问了多少户？"


def test_a_question_naming_no_organisation_keeps_the_one_just_asked_about() -> None:
    previous = Turn("海棠市中心医院今年的金秋助学是第几届？", unit="海棠市中心医院")
    assert condense_question("给孩子们发的是什么东西？", [previous]) == "海棠市中心医院今年给孩子们发的是什么东西？"  # and its year
    assert condense_question("哪些单位组织过登山比赛？", [previous]) == "哪些单位组织过登山比赛？"


def test_the_unit_remembered_from_the_answer_is_used() -> None:
    assert condense_question("他们发了多少慰问金？", [Turn("春节慰问困难职工", unit="青禾县总工会")]) == "青禾县总工会发了多少慰问金？"


def test_mentioned_unit_takes_the_whole_name() -> None:
    assert mentioned_unit("重庆市地方税务局直属机关工会开展了什么") == "重庆市地方税务局直属机关工会"
    assert mentioned_unit("在县总工会的指导下") == "县总工会"
    assert mentioned_unit("慰问了多少困难职工") is None


def test_a_verb_ending_in_ban_is_not_an_office() -> None:
    assert unit_names("县直机关工会举办了什么比赛，县委办协办") == ["县直机关工会", "县委办"]


@pytest.mark.parametrize(("question", "leans"), [("那下半年呢？", True), ("他们发了多少？", True),
                                                  ("会员呢，上半年发展了多少", True), ("青年文明号又创了几个？", True),
                                                  ("它被市总表彰为什么先进单位？", True),
                                                  ("房产管理局机关工会年初搞了哪几项比赛？", False),
                                                  # naming no organisation, it is about the one just asked about
                                                  ("给孩子们发的是什么东西？", True),
                                                  # unless it asks across organisations
                                                  ("哪些单位组织过登山比赛？", False), ("各单位分别慰问了多少户？", False)])
def test_is_follow_up(question: str, leans: bool) -> None:
    assert is_follow_up(question) is leans


def test_health_centres_and_help_centres_are_organisations() -> None:
    assert mentioned_unit("沙埕中心卫生院工会开展了哪些活动") == "沙埕中心卫生院工会"
    assert "湘溪市帮扶中心" in unit_names("湘溪市帮扶中心帮扶了多少户")


def test_a_day_before_the_union_word_names_no_union() -> None:
    assert mentioned_unit("9月2号工会又组织了什么活动") is None
    previous = Turn("乡镇工会重阳节组织了什么活动？", unit="乡镇工会")
    assert condense_question("9月2号工会又组织了什么活动", [previous]).startswith("乡镇工会")


def test_mines_and_bank_branches_are_organisations() -> None:
    assert mentioned_unit("石岭煤矿当初设计的产能是多少？") == "石岭煤矿"
    assert mentioned_unit("建行青溪支行工会开展了哪些活动") == "建行青溪支行工会"
    assert mentioned_unit("全矿有多少职工") is None  # the whole mine of the report, not a name
    previous = Turn("石岭煤矿当初设计的产能是多少？")
    assert condense_question("那现在一年实际能出多少", [previous]) == "石岭煤矿现在一年实际能出多少"


def test_a_single_pronoun_opening_the_question_is_the_unit_just_asked_about() -> None:
    previous = [Turn("青禾县总工会的劳动竞赛叫什么名字？", "青禾县总工会")]
    assert condense_question("它被省总表彰为什么先进单位？", previous) == "青禾县总工会被省总表彰为什么先进单位？"
    assert condense_question("其中女职工有多少？", previous).startswith("青禾县总工会其中")  # 其中 is no pronoun


def test_then_before_a_pronoun_is_dropped_with_it() -> None:
    """"那他们…" after a question about a group: the group's name, with no 那 glued to it ("那青峰集团")."""
    turn = Turn("青峰集团第五届工代会来了多少代表？")
    assert condense_question("那他们这五年里一共搞了多少场活动？", [turn]) == "青峰集团这五年里一共搞了多少场活动？"


def test_a_mining_company_keeps_its_whole_name() -> None:
    """"石岭矿业" is the company: the name does not stop at 矿."""
    assert mentioned_unit("石岭矿业各二级单位建了几个储金会？") == "石岭矿业"


def test_a_follow_up_pointing_at_the_kind_of_unit_means_the_unit_just_asked_about() -> None:
    """"那个园区一共有多少职工？" after a question about 柳岸工业园工会联合会 asks it of that union,
    with no "个园区" left behind; "是哪位" asks as much as "是谁" does, so it is no topic of its own."""
    history = [Turn("柳岸工业园工会联合会是在谁的推动下成立的？", "柳岸工业园工会联合会")]
    assert condense_question("那个园区一共有多少职工？", history) == "柳岸工业园工会联合会一共有多少职工？"
    asked = condense_question("那到会指导的市总工会领导是哪位？", [Turn("青禾疾控中心工会第三次会员代表大会是哪天开的？", "青禾疾控中心工会")])
    assert not asked.endswith("的情况？")


def test_what_a_question_counts_is_no_name() -> None:
    """"覆盖了多少所学校", "有几家基层工会": the counted thing names no unit."""
    assert unit_names("青禾县那次慰问覆盖了多少所学校？") == ["青禾县"]
    assert unit_names("青禾县总工会有几家基层工会？") == ["青禾县总工会"]


def test_a_follow_up_naming_another_unit_asks_the_question_before_of_it() -> None:
    standalone = condense_question("那柳湾石化公司呢？", [Turn("青禾炼化2017年各级工会一共申报了多少项点子成果？")])
    assert standalone.startswith("柳湾石化公司") and "申报" in standalone and "青禾" not in standalone


def test_what_a_question_asks_or_counts_is_no_unit() -> None:
    assert unit_names("青禾所工会跟哪所中学搞结对？") == ["青禾所工会"]
    assert unit_names("建了多少个职工服务中心？") == []


def test_a_follow_up_naming_nothing_goes_on_from_what_the_question_before_was_about() -> None:
    standalone = condense_question("后来巡演了多少场？", [Turn("柳岸剧院的《青禾谣》是哪天首演的？")])
    assert "《青禾谣》" in standalone and "巡演了多少场" in standalone and "哪天" not in standalone


def test_ban_with_an_aspect_word_after_it_is_a_verb_not_an_office() -> None:
    assert unit_names("白鹭分工会庆祝三八妇女节办了什么活动？") == ["白鹭分工会"]
    assert unit_names("柳岸县总工会今年办过几期培训班？") == ["柳岸县总工会"]
    assert unit_names("青禾市总办组织了几次培训？") == ["青禾市总办"]


def test_a_time_before_the_union_is_no_part_of_a_name() -> None:
    """"中秋节的时候工会又搞了什么" names no "时候工会": the follow-up is about the unit asked before."""
    assert [name for name in unit_names("那中秋节的时候工会又搞了什么活动？") if name != "工会"] == []
    standalone = condense_question("那中秋节的时候工会又搞了什么活动？", [Turn("柳岸街道总工会春节组织了多少职工参加活动？")])
    assert standalone.startswith("柳岸街道总工会")


def test_a_follow_up_that_says_what_it_counts_keeps_it() -> None:
    """"那市级先进职工小家有几个？" counts 小家, not the 之家 asked before; "那今年有多少个？" counts what was."""
    assert condense_question("那市级先进职工小家有几个？", [Turn("青禾粮库工会有几个市级先进职工之家？")]) == "青禾粮库工会市级先进职工小家有几个？"
    assert condense_question("那今年有多少个？", [Turn("柳岸集团工会去年有多少个爱心小屋？")]).endswith("今年有多少个爱心小屋？")
