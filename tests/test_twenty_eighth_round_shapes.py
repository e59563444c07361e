"""Shapes found on fresh report pages in round twenty-eight (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.persons import titled_person
from assistant.scope import Scope, name_forms, read_scope

TODAY = date(2026, 12, 6)


def test_a_branch_named_after_its_parent_bureau_is_not_the_parent_nor_a_sibling_branch() -> None:
    """"青禾市公安局柳湾分局工会" is one branch: the report of the city's other branch ("青禾市桃源公安分局") answers
    nothing of it, though both are of 青禾市公安局; the branch asked as its report writes it still is."""
    assert "青禾市公安局" not in name_forms("青禾市公安局柳湾分局工会")
    assert "成都房管局" in name_forms("成都房管局机关工会")  # its office is the bureau's own
    text = "12月21日上午，青禾市桃源公安分局第三届工会委员会换届选举大会召开，青禾市公安局政治部主任出席，全局39名工会代表参加会议。"
    unit = "青禾市桃源公安分局工会"
    assert not _kept_in_scope(Scope(unit="青禾市公安局柳湾分局工会", place="青禾市"), text, unit=unit)
    assert _kept_in_scope(Scope(unit="青禾市桃源公安分局工会", place="青禾市"), text, unit=unit)
    answer = _answer("青禾市公安局柳湾分局工会换届大会有多少名工会代表参加？", text, unit=unit)
    assert not answer.grounded and "39名" not in answer.text.split("资料中最接近的内容")[0]


def test_a_trade_the_tagger_calls_a_verb_between_a_place_and_its_works_is_part_of_the_name() -> None:
    """"楚雄复烤厂工会" (复烤 is a verb to the tagger): the question names that works, not "厂工会" of any factory,
    so a county union's figures of another report are not its answer."""
    assert read_scope("楚雄复烤厂工会春节慰问了多少名困难职工？", Scope(), [], TODAY).unit == "楚雄复烤厂工会"
    assert read_scope("楚雄复烤厂这次送温暖慰问了谁？", Scope(), [], TODAY).unit == "楚雄复烤厂"
    other = "春节元旦期间，县总工会走访慰问困难职工386户，发放慰问金159450元。"
    assert not _answer("楚雄复烤厂工会春节慰问了多少名困难职工？", other, unit="县总工会").grounded


def test_a_trade_bureau_signing_by_its_place_and_level_is_the_place_and_trade_asked() -> None:
    """"滁州烟草工会" asked of a page that opens "烟草在线滁州消息" and signs "安徽滁州市局（公司）工会": the bureau
    writes its trade only where the page opens; another trade or another city is not it."""
    text = ("烟草在线滁州消息 近日，省总工会下发表彰决定，安徽滁州市局（公司）工会荣获“全省烟草行业先进基层工会”称号。"
            "近年来，滁州市局（公司）工会围绕烟草中心工作，推进厂务公开民主管理。")
    meta = {"title": "2019年工会工作总结", "year": 2019}
    answer = _answer("滁州烟草工会获得了什么称号？", text, **meta)
    assert answer.grounded and "先进基层工会" in answer.text
    for question in ("滁州电力工会获得了什么称号？", "合肥烟草工会获得了什么称号？"):
        refused = _answer(question, text, **meta)
        assert not refused.grounded, question
    # a bureau only visited ("滁州市局来我厂") signs nothing
    visited = "烟草在线消息 近日，滁州市局领导来我厂调研烟草生产工作，烟草工会负责人陪同。"
    assert not _answer("滁州烟草工会获得了什么称号？", visited, title="调研", year=2019).grounded


def test_one_of_a_group_of_people_asked_by_name_is_the_name_after_the_group_noun() -> None:
    """"会上发言的劳模是谁": "会上劳模祝某某…发表了看法" names one; the meeting's sentence that names only who
    attended ("全体工会组长、生产骨干等参加会议") does not."""
    text = ("近日，青禾制盐分公司召开2023年二季度工会工作会议，公司全体工会组长、生产骨干等参加会议。"
            "会议首先对当前工会工作完成情况进行了回顾。会上劳模祝星海、星级员工匡洪波等，对“三组联建”工作发表了自己的看法。")
    answer = _answer("青禾制盐分公司2023年二季度工会工作会议上发言的劳模是谁？", text, unit="青禾制盐分公司工会",
                     title="青禾制盐分公司召开二季度工会工作会议")
    assert answer.grounded and "祝星海" in answer.text


def test_a_title_word_before_a_phrase_with_a_particle_names_nobody() -> None:
    """"激发广大工会干部干事创业的积极性": 干事 is no title there and "创业的" no name, so a who-question is not
    answered by the sentence that holds it."""
    assert titled_person("激发广大工会干部干事创业的积极性") is None
    assert titled_person("总经理王丽主持会议") == "经理王丽"
    text = ("为激发广大工会干部干事创业的积极性，近日，青禾制盐分公司召开2023年二季度工会工作会议，公司全体工会组长等参加会议。"
            "会上劳模祝星海、星级员工匡洪波等，对“三组联建”工作发表了自己的看法。")
    answer = _answer("青禾制盐分公司2023年二季度工会工作会议上发言的劳模是谁？", text, unit="青禾制盐分公司工会",
                     title="青禾制盐分公司召开二季度工会工作会议")
    assert answer.grounded and "祝星海" in answer.text
