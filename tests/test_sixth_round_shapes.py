"""Shapes found on fresh report pages this round (fixtures invented, same shapes): one-character
kinds of body inside names, an area before a city-level unit, measure characters that start a
word, amounts in 万 alone, persons the tagger finds without a title, reports done as things told."""

from __future__ import annotations

from datetime import date

from fakes import make_hit

from assistant.aggregate import figures
from assistant.enumeration import find_enumerations
from assistant.extractive import candidates
from assistant.list_answers import best_list
from assistant.persons import person_named
from assistant.question_profile import profile_question
from assistant.scope import Scope, check_scope, read_own_scope

TODAY = date(2026, 12, 1)


def _idf(word: str) -> float:
    return 3.0


def _best(question: str, text: str, **meta):
    profile = profile_question(question, _idf)
    return candidates([make_hit(text, **meta)], profile, {})[0]


def test_a_one_character_kind_of_body_before_its_union_is_part_of_the_name() -> None:
    # the tagger calls 所 a conjunction ("所以"): the name is still 白鹭所工会, not nothing
    assert read_own_scope("白鹭所工会2013年主要开展了哪些工作？", TODAY).unit == "白鹭所工会"
    assert read_own_scope("柳岸站工会组织了什么活动？", TODAY).unit == "柳岸站工会"


def test_zhi_joins_two_parts_of_a_name() -> None:
    from assistant.condense import unit_names

    assert "青禾商之城购物中心工会" in unit_names("青禾商之城购物中心工会选出了几名委员？")
    assert not any(name.startswith("际") for name in unit_names("三八节之际工会慰问了谁？"))


def test_a_lone_numeral_before_a_noun_opens_a_name_and_a_counted_one_does_not() -> None:
    assert read_own_scope("二柳院工会2022年三八节搞了什么活动？", TODAY).unit == "二柳院工会"
    assert read_own_scope("三名职工工会开展了什么活动？", TODAY).unit != "三名职工工会"


def _reasons(hit, scope, article):
    kept, misses = check_scope([hit], scope, {hit.metadata["doc_id"]: article})
    return () if kept else misses[0].reasons


def test_an_area_asked_before_a_city_level_unit_matches_when_the_report_names_the_area() -> None:
    # "服务市体育系统" is a phrase before the level, not another area
    article = ("体育工会委员会工作总结\n市体育工会贯彻《建设幸福佛山》的报告，紧紧围绕建设“六个佛山”工作，"
               "服务市体育系统全体干部职工。推荐《柳岸读本》等9本书籍。")
    hit = make_hit("推荐《柳岸读本》等9本书籍。", doc_id="d1", unit="市体育工会")
    asked = read_own_scope("佛山市体育工会的读书活动推荐了多少本书？", TODAY)
    assert _reasons(hit, asked, article) == ()
    assert _reasons(hit, read_own_scope("惠州市体育工会的读书活动推荐了多少本书？", TODAY), article) != ()


def test_a_measure_character_that_starts_a_word_is_no_measure() -> None:
    assert "票" not in profile_question("柳岸影院三个月完成了多少票款收入？", _idf).measures  # (an income: 元)
    assert profile_question("青禾县今年有多少名额？", _idf).measures == ()
    assert profile_question("主席得了多少票？", _idf).measures == ("票",)


def test_an_amount_in_wan_with_no_measure_word_is_a_figure() -> None:
    assert [f.value for f in figures("柳岸影院3个月内完成票款收入96万。") if f.measure == ""] == [960_000.0]
    assert [f.measure for f in figures("共筹集96万元。")] == ["元"]
    best = _best("柳岸影院三个月完成了多少票款收入？", "开展岗位练兵竞赛，柳岸影院3个月内完成票款收入96万。")
    assert best.has_answer_type


def test_how_long_is_a_question_word_not_a_word_to_find() -> None:
    assert "多长" not in profile_question("青禾超市登山赛的赛道全程多长？", _idf).weights
    assert "由谁来" not in profile_question("青禾公交的工会工作报告由谁来作？", _idf).weights


def test_a_person_without_a_title_doing_what_is_asked_answers_who() -> None:
    best = _best("白鹭农场工会代表大会上的工作报告是谁作的？", "孙望舒作了题为《凝心聚力》的工作报告，回顾了五年来的工作。")
    assert best.has_answer_type
    # a word the tagger calls a name but the dictionary knows well is that word ("关怀为主线")
    best = _best("白鹭农场工会三八活动是谁带队的？", "组织女职工赴柳岸湿地公园开展户外活动，以健康、文化、关怀为主线。")
    assert not best.has_answer_type


def test_a_title_inside_a_phrase_is_no_person() -> None:
    assert person_named("进一步激发青禾公交全体职工干事创业激情。") is None
    assert person_named("总经理柳云舟代表工会委员会作工作报告。") == "柳云舟"
    assert person_named("董事长白慕远首先作公司工作报告。") == "白慕远"


def test_reports_done_at_a_meeting_are_a_list_not_the_documents_asked_about() -> None:
    text = "会上，职工代表审议通过了《公司年度工作报告》《工会年度工作报告》《青禾考核办法》等工作制度。"
    profile = profile_question("青禾公交职代会上代表们审议通过了哪些报告和制度？", _idf)
    assert not profile.per_document
    found = best_list(candidates([make_hit(text)], profile, {}), profile, {})
    assert found is not None and "《青禾考核办法》" in found[1].items
    assert profile_question("哪几份报告提到了职工书屋？", _idf).per_document


def test_a_meeting_named_by_its_session_states_no_count() -> None:
    question = "苍梧馆分工会2019年一共组织了几次职工文体活动？"
    assert not _best(question, "苍梧馆分工会第四届五次会员代表大会召开，组织职工文体活动的代表共42人参加。").has_answer_type
    assert _best(question, "召开二届三次职代会，全年开展文体活动5次。").has_answer_type
    assert _best("苍梧馆一月开的是第几届职代会？", "一月份召开了四届五次职工代表大会。").has_answer_type


def test_new_ones_asked_are_not_answered_by_a_stock() -> None:
    profile = profile_question("白鹭镇工会联合会这一年新组建了多少家企业工会？", _idf)
    assert profile.new_asked
    assert not _best("白鹭镇工会联合会这一年新组建了多少家企业工会？",
                     "全镇已建规模企业工会组织79家，村联合工会5家，组建率达到100%。").has_answer_type
    assert _best("白鹭镇工会联合会这一年新组建了多少家企业工会？", "全镇已建工会79家，今年组建企业工会12家。").has_answer_type


def test_a_quoted_numbered_abbreviation_is_found_spelled_out() -> None:
    text = "年初，市总工会召开全委会，要求各级工会认真贯彻落实“保增长、保稳定、保民生”一系列决策部署。"
    # the abbreviation is the question's rarest word: found spelled out, it counts
    profile = profile_question("青禾镇总工会说市总要求落实的“三保”是哪三个？", lambda word: 6.0 if word == "三保" else 1.0)
    ranked = candidates([make_hit(text, unit="青禾镇总工会")], profile, {})
    assert ranked[0].anchored and ranked[0].coverage > 0.8
    found = best_list(ranked, profile, {})
    assert found is not None and found[1].items == ("保增长", "保稳定", "保民生")


def test_a_known_name_the_tagger_cuts_into_characters_is_a_subject() -> None:
    from assistant.subjects import split_subjects

    said = {"向北客运", "柳岸燃气集团工会"}
    known = lambda phrase: phrase in said  # noqa: E731
    assert split_subjects("柳岸燃气集团工会全委扩大会议和向北客运二届三次职代会，各是谁主持的？", known) == [
        "柳岸燃气集团工会全委扩大会议是谁主持的", "向北客运二届三次职代会是谁主持的"]


def test_semicolon_parts_closed_by_their_count_are_a_list() -> None:
    text = ("白鹭电信工会坚持服务员工的工作主线，在围绕中心保障生产，组织各项技能比武；加强民主建设，"
            "完善职代会制度；践行关爱文化，办好职工食堂这三方面抓落实，完成了全年任务。")
    items = [e.items for e in find_enumerations(text) if len(e.items) == 3]
    assert ("围绕中心保障生产，组织各项技能比武", "加强民主建设，完善职代会制度", "践行关爱文化，办好职工食堂") in items
    assert not any(e.items == ("B", "C") for e in find_enumerations("开展了A；B；C等两项。"))


# ---- kept out after this round's review (each failed on the change before its fix)


def test_a_title_inside_an_everyday_word_is_no_person_and_a_refused_match_is_tried_again() -> None:
    assert person_named("白鹭集团长期坚持开展职工培训。") is None  # 团长 inside 集团/长期
    assert person_named("推动城市长效管理机制落地。") is None
    assert person_named("节前慰问李明主席。") == "李明"
    assert person_named("苍梧农场场长陈柳岸讲话。") == "陈柳岸"
    assert person_named("主席王丽主持会议。") == "王丽"


def test_a_counted_kind_of_body_is_no_name() -> None:
    assert read_own_scope("今年新成立了三所工会吗？", TODAY).unit is None
    assert read_own_scope("三企业工会签订了集体合同吗？", TODAY).unit == "企业工会"


def test_a_connective_ending_in_zhi_is_no_part_of_a_name() -> None:
    assert read_own_scope("总之柳岸县总工会今年做了哪些工作？", TODAY).unit == "柳岸县总工会"


def test_a_verb_with_its_particle_is_no_subject() -> None:
    from assistant.subjects import split_subjects

    assert split_subjects("发了助学金和慰问金，各多少钱", lambda phrase: True) == []


def test_the_short_name_of_the_body_asked_about_is_no_person() -> None:
    best = _best("谁负责白鹭公司的职工篮球赛？", "今年白鹭组织了职工篮球赛，全公司12支队伍参赛。")
    assert not best.has_answer_type


def test_people_counted_with_their_noun_keep_the_measure() -> None:
    assert profile_question("白鹭公司今年培训了多少人员？", _idf).measures == ("人", "名", "位")
    assert profile_question("青禾社区有多少户数？", _idf).measures == ("户",)


def test_another_area_before_the_same_body_is_still_another_unit() -> None:
    article = "白鹭县住建局工会2026年工作总结。今年组织职工赴柳岸县参观学习。"
    hit = make_hit("今年组织职工赴柳岸县参观学习。", doc_id="d9", unit="县住建局工会")
    assert _reasons(hit, Scope(unit="柳岸县住建局工会", place="柳岸县"), article) == ("unit",)


def test_a_one_character_verb_before_a_name_is_no_part_of_it() -> None:
    from assistant.condense import unit_names

    assert read_own_scope("到柳岸燃气集团工会全委会讲话的副总经理是谁？", TODAY).unit == "柳岸燃气集团工会"
    assert not any(name.startswith("到") for name in unit_names("到柳岸燃气集团工会全委会讲话的副总经理是谁？"))
    assert read_own_scope("远航机械有限公司工会开展了什么活动？", TODAY).unit == "远航机械有限公司工会"


def test_a_pair_is_answered_as_written() -> None:
    text = "开展庆“三八”系列活动，分别在青禾和柳岸组织开展了秋季运动会。"
    pairs = [e for e in find_enumerations(text) if e.items == ("青禾", "柳岸")]
    assert pairs and pairs[0].text == "青禾和柳岸"


def test_a_follow_up_naming_a_new_festival_sets_its_own_topic() -> None:
    from assistant.question_profile import carry_topic

    before = profile_question("白鹭厂工会从哪天开始给当月过生日的员工办集体生日聚餐？", _idf)
    after = carry_topic(profile_question("白鹭厂工会五一节组织了什么活动？", _idf), before)
    assert "聚餐" not in after.weights and after.weights.get("五一", 0) > 0
    plain = carry_topic(profile_question("白鹭厂工会那年组织了几次？", _idf), before)
    assert "聚餐" in plain.weights


def test_the_name_asked_is_cut_from_the_words_after_it() -> None:
    units = profile_question("农行柳岸分行每年参加市总工会的哪一项职工互助活动？", _idf).units
    assert "农行柳岸分行" in units
    assert "青禾水运发展集团" in profile_question("青禾水运发展集团工会建了哪些阵地？", _idf).units


def test_a_verb_said_with_another_of_the_same_root_counts_half() -> None:
    from assistant.extractive import _same_root_verb

    assert _same_root_verb("获得", "副总经理柳云舟荣获“青禾市优秀个人”称号。")
    assert not _same_root_verb("发放", "推动企业健康发展。")  # 发 is too light a root
    profile = profile_question("苍梧院的柳云舟获得了什么称号？", _idf)
    assert "获得" in profile.verbs


def test_titles_side_by_side_are_items_and_a_closing_deng_ends_the_list() -> None:
    text = ("会上，职工代表表决通过了公司年度工作报告、《青禾港务集团集体合同》《青禾港务集团工资专项协议》等提案，"
            "会员代表表决通过了工会工作报告、《工会经费收支情况报告》《工会经费审计情况报告》等提案。")
    lists = [e.items for e in find_enumerations(text)]
    assert ("公司年度工作报告", "《青禾港务集团集体合同》", "《青禾港务集团工资专项协议》") in lists
    assert not any("《青禾港务集团集体合同》" in items and "《工会经费收支情况报告》" in items for items in lists)
