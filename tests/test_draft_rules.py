"""The drafting rules one by one, on sentences and requests of our own: another unit's facts
become typed placeholders without cutting into words, sentences of another line of work stay
out, sections hold what their heading says, the kind chosen wins, the user's notes go under
their topic, and the year defaults to the current one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.draft import Drafter, DraftRequest, adapt_sentence, unit_kind_of
from assistant.draft_adapt import (
    guard_model_text,
    looks_forward,
    reports_work,
    states_shortcoming,
    too_many_placeholders,
)
from assistant.draft_domain import domain_fit
from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings

HEALTH = DraftRequest("城南区卫生健康局工会", 2026, "年度", "机关", ("送温暖", "职工之家"),
                      notes="今年共慰问困难职工45人，发放慰问金9万元。")


def adapted(sentence: str, request: DraftRequest = HEALTH, units: frozenset[str] = frozenset()) -> str:
    return adapt_sentence(sentence, request, set(units))


# ---------------------------------------------------------------- adaptation


def test_placeholders_say_what_is_missing() -> None:
    text = adapted("3月12日，白杨镇工会走访慰问困难职工38人，发放慰问金4.5万元，为刘青山同志送去慰问品。",
                   units=frozenset({"白杨镇工会"}))
    for kind in ("日期", "人数", "金额", "人名"):
        assert f"【待填：{kind}】" in text, text
    assert text.count("城南区卫生健康局工会") == 1 and "白杨" not in text


def test_the_users_own_figures_stay() -> None:
    assert "45人" in adapted("今年共慰问困难职工45人。")


def test_honours_always_become_placeholders() -> None:
    for sentence in ("工会荣获“省级模范职工之家”称号。", "今年晋升为“省模范职工之家”，受到上级表彰。",
                     "工会被评为市级先进集体。"):
        text = adapted(sentence)
        assert "【待填：荣誉名称】" in text and "模范职工之家”" not in text and "先进集体" not in text, text


def test_words_and_the_users_unit_are_never_cut() -> None:
    """"努力做好局工会工作" holds no name; "在各乡镇" is no place; the user's unit stays whole."""
    assert adapted("努力做好局工会工作，服务全局。") == "努力做好局工会工作，服务全局。"
    assert adapted("局工会扎实开展工作。") == "城南区卫生健康局工会扎实开展工作。"  # the exemplar speaking of itself
    assert adapted("在各乡镇基层工会中推广。") == "在各乡镇基层工会中推广。"
    text = adapted("在局党组和上级工会的领导下，局工会扎实开展工作。")
    assert "【待填" not in text and "城南区卫生健康局工会扎实开展工作" in text


def test_site_placeholders_become_placeholders() -> None:
    text = adapted("以党的x精神为指导，xx年组织了**次活动。")
    assert "x精神" not in text and "xx" not in text and "**" not in text


def test_a_sentence_with_more_blanks_than_it_can_carry_is_refused() -> None:
    """One blank per 150 characters: a short sentence that is mostly blanks is not used."""
    assert too_many_placeholders("全年慰问【待填：人数】，发放【待填：金额】。")
    assert too_many_placeholders("全年走访慰问困难职工【待填：人数】。")
    long_one = "全年走访慰问困难职工【待填：人数】，" + "把党和政府的温暖送到职工心坎上，" * 5
    assert not too_many_placeholders(long_one) and not too_many_placeholders("全年走访慰问困难职工，送去党和政府的温暖。")


def test_a_models_section_is_made_safe_like_an_exemplar() -> None:
    text, flags = guard_model_text(
        "城南区卫生健康局工会2026年工作总结\n一、送温暖\n1. 全年慰问45人、慰问金12万元，荣获“全国模范职工之家”称号。\n"
        "2. 我校的张瑞老师生病住院，工会及时看望。", HEALTH.unit, 2026, set(), {"45人"},
        ("城南区卫生健康局工会2026年工作总结", "一、送温暖"))
    assert text.startswith("1. 全年慰问45人") and "\n2. " in text  # list numbers stay, repeated headings go
    assert "12万元" not in text and "【待填：金额】" in text and "【待填：荣誉名称】" in text and "张瑞" not in text
    assert flags


# ---------------------------------------------------------------- what a sentence is for


@pytest.mark.parametrize("sentence", ["基层工会建设发展不平衡，工作水平参差不齐。", "职工参与的积极性还不够高。"])
def test_shortcomings(sentence: str) -> None:
    assert states_shortcoming(sentence) and not looks_forward(sentence)


@pytest.mark.parametrize("sentence", ["在新的一年里，我们将继续发扬成绩，克服存在的问题。",
                                      "开展了评选活动，掀起了学先进的热潮。"])
def test_plans_and_achievements_are_not_shortcomings(sentence: str) -> None:
    assert not states_shortcoming(sentence)


def test_plans_look_forward_and_report_nothing_done() -> None:
    assert looks_forward("进一步加强职工之家建设，力争建成示范点。")
    assert not looks_forward("组织女职工学习了《工会法》。")
    assert not looks_forward("为进一步加强组织建设，局工会下发了《通知》。")


def test_topic_sections_report_work_not_plans() -> None:
    assert reports_work("全年走访慰问困难职工，送去慰问金。")
    assert not reports_work("下一步将继续做好送温暖工作。")


# ---------------------------------------------------------------- the unit's line of work


def test_another_line_of_work_stays_out_unless_the_user_shares_it() -> None:
    fit = domain_fit(HEALTH.unit, "机关", HEALTH.topics, HEALTH.notes)
    assert not fit.fits("紧紧围绕我市水利建设中心工作开展劳动竞赛。")
    assert not fit.fits("认真执行《中华人民共和国公务员法》。")
    assert not fit.fits("结合全年的施工生产任务，深入开展劳动竞赛。")
    assert not fit.fits("坚持为教职工办实事。")
    assert fit.fits("坚持为职工办实事，把温暖送到职工心坎上。")
    school = domain_fit("红星小学工会", "教育", ("师德建设",), "")
    assert school.fits("坚持为教职工办实事。") and not school.fits("坚持为患者服务，提升医德。")
    power = domain_fit("南岭供电有限公司工会", "企业", ("劳动竞赛",), "")
    assert power.fits("围绕电网建设开展劳动竞赛。") and power.fits("在车间班组中开展岗位练兵。")


def test_the_kind_the_user_chose_wins_over_the_name() -> None:
    assert unit_kind_of(HEALTH) == "机关"  # the name holds 卫生, the user chose 机关
    assert unit_kind_of(DraftRequest("仁和医院工会", 2026, "年度", "", ("送温暖",))) == "医疗"


# ---------------------------------------------------------------- whole drafts


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    folder = tmp_path_factory.mktemp("draft_rules")
    pages = folder / "pages"
    pages.mkdir()
    (pages / "water.txt").write_text(
        "青松市水利局机关工会2024年工作总结\n\n"
        "2024年，局工会在局党组和上级工会的领导下，各项工作取得新进展。\n\n"
        "一、开展送温暖活动\n春节前夕，局工会走访慰问困难职工26人，把党组织的关怀送到职工家中。"
        "紧紧围绕我市水利建设中心工作，开展防汛抗旱送温暖活动。局工会关心困难职工生活，建立了困难职工档案，做到情况清楚、帮扶及时。\n\n"
        "二、职工之家建设\n局工会重新布置了职工之家活动室，添置了健身器材和图书，每天向职工开放。"
        "职工之家成为职工学习交流、健身休闲的好去处，职工的归属感明显增强。\n\n"
        "三、存在的问题和不足\n一是基层工会工作发展不平衡，部分单位活动开展不够经常。二是工会干部业务能力有待提高。\n\n"
        "四、下一步工作打算\n一是进一步加强职工之家建设，不断完善活动设施。二是继续做好困难职工帮扶工作，力争做到应帮尽帮。\n",
        encoding="utf-8")
    (pages / "own.txt").write_text(
        "城南区卫生健康局工会2025年工作总结\n\n"
        "2025年，城南区卫生健康局工会在机关党组织和上级工会的领导下开展工作。\n\n"
        "一、送温暖\n城南区卫生健康局工会坚持节日慰问与日常帮扶相结合，建立困难职工帮扶台账，实行一人一档动态管理。\n",
        encoding="utf-8")
    knowledge = KnowledgeBase(Settings(data_dir=folder / "data"))
    knowledge.ingest([pages], progress=False)
    return knowledge


def test_a_whole_draft_keeps_the_rules(kb: KnowledgeBase) -> None:
    draft = Drafter(kb).draft(HEALTH)
    body = "\n".join(s.text for s in draft.sections)
    assert "机关党组织和上级工会的领导下" in draft.sections[0].text
    assert "水利" not in body and "防汛" not in body
    assert "今年共慰问困难职工45人" in draft.sections[1].text  # the note under 送温暖, not 职工之家
    assert "一人一档" in draft.sections[1].text  # the unit's own earlier summary comes first
    problems, plans = draft.sections[-3], draft.sections[-2]
    assert all(states_shortcoming(line[3:]) for line in problems.text.splitlines() if "【待填" not in line)
    assert all(looks_forward(line[3:]) for line in plans.text.splitlines() if "【待填" not in line)


def test_the_year_defaults_to_this_one(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app

    notes = tmp_path / "out.md"
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "d"), "draft", "--unit", "白杨镇工会",
                                      "--topics", "送温暖", "--out", str(notes)])
    assert result.exit_code == 0, result.output
    assert f"白杨镇工会{date.today().year}年工作总结" in notes.read_text(encoding="utf-8")


def test_a_verb_before_a_name_stays_and_a_kind_of_body_is_no_name() -> None:
    text = adapted("医院工会贯彻总公司职代会精神，定期召开工会委员会会议。")
    assert text.startswith("医院工会贯彻总公司职代会精神") and "召开工会委员会会议" in text  # nothing cut
    assert "组织【待填：单位名称】" in adapted("组织青松市水利局职工参加比赛。")


def test_a_result_is_not_a_plan() -> None:
    assert not looks_forward("通过开展先进性教育活动，宗旨观念进一步增强，工作作风进一步改进。")
    assert looks_forward("城南区卫生健康局工会将继续深化职工之家建设。")
    assert not looks_forward("各级女工委在加强女工组织建设中，组织女职工学习《工会法》。")


def test_the_units_earlier_figures_are_hints() -> None:
    text = adapt_sentence("全年慰问困难职工38人。", HEALTH, set(), earlier_year=2025)
    assert "【待填：2025年为38人】" in text
    assert "一人一档" in adapted("实行一人一档动态管理。")  # a lone 一 is a word


def test_words_ending_like_a_name_are_words() -> None:
    for sentence in ("大力推行企事业（含非公单位）实行厂务公开。", "开创了工会工作新局面。", "全面推进乡、镇、办事处工会工作。",
                     "工会紧紧围绕企业改革和发展中心工作开展劳动竞赛。"):
        assert "【待填" not in adapted(sentence), sentence


def test_honours_kept_or_won_in_any_words_become_placeholders() -> None:
    text = adapted("继续保持了全国金融系统“模范职工之家”和总局“先进基层工会”荣誉称号。")
    assert "模范职工之家”" not in text and "先进基层工会" not in text and "【待填：荣誉名称】" in text
    assert "二等奖" not in adapted("该项工作获全国工会创新成果二等奖。")


def test_a_heading_glued_inside_a_sentence_is_taken_out() -> None:
    assert "（一）" not in adapted("为广大员工营造一个温馨的家园（一）继续办好职工之家。")


def test_a_short_unit_name_is_not_cut_out_of_a_longer_word() -> None:
    text = adapted("全体学校工会干部参加培训，校工会及时前往医院看望慰问。", units=frozenset({"校工会"}))
    assert "全体学校工会干部" in text and "前往医院看望" in text and "，城南区卫生健康局工会及时" in text


def test_every_measure_answers_count_in_is_blanked_in_drafts_too() -> None:
    """One list of measure words serves answers and drafts: "73处" is another unit's figure."""
    text = adapted("全年抢修管网漏点73处，新增书屋5座。")
    assert "73" not in text and "5座" not in text and text.count("【待填：数量】") == 2
