"""Shapes found on questions written after the rules were: a profile's "主席：某某" field, a bare
name before the honour it won, "讲话的是哪位", subjects pointed back at ("这两份材料里"), a news
byline before the unit, parallel openings as a list, a people count asked as "职工总数", and a
follow-up that leans on the words of the question before it. All names are invented."""

from __future__ import annotations

from fakes import make_hit

from assistant.answer_types import QueryProfile
from assistant.enumeration import find_enumerations
from assistant.extractive import candidates
from assistant.list_answers import best_list
from assistant.persons import people_named, person_named
from assistant.question_profile import _asked_role, _expected_measures, carry_topic, profile_question
from assistant.subjects import split_subjects
from ingest.metadata import extract_unit


def flat(word: str) -> float:
    return 1.0


# ------------------------------------------------------------ people


def test_a_profile_field_names_the_holder_after_a_colon() -> None:
    assert person_named("主席:柳知远") == "柳知远"
    assert person_named("工会主席：白鹭洲") == "白鹭洲"


def test_a_kind_of_post_before_deputy_is_no_name() -> None:
    assert person_named("县总工会常务副主席青禾远在慰问时说") == "青禾远"
    assert person_named("专职副主席柳岸明出席") is not None
    assert not (person_named("专职副主席柳岸明出席") or "").startswith("专职")


def test_a_bare_name_before_the_honour_it_was_named_for_is_a_person() -> None:
    assert people_named("卢青禾评为青禾市首届十佳工匠。")
    assert people_named("王柳岸入选全省技术能手。")


def test_who_did_something_asks_no_post() -> None:
    assert _asked_role("代表市总工会讲话的是哪位领导？") == ""
    assert _asked_role("女工委主任是谁？") == "主任"
    assert _asked_role("冠军是哪个部门？") == "冠军"


# ------------------------------------------------------------ several subjects


def test_subjects_pointed_back_at_as_documents_keep_their_own_question() -> None:
    subjects = split_subjects("青禾县总工会和柳岸区总工会这两份材料里，工会主席分别是谁？")
    assert subjects == ["青禾县总工会工会主席是谁", "柳岸区总工会工会主席是谁"]


def test_a_described_subject_is_not_pointing_back() -> None:
    subjects = split_subjects("青禾局和柳岸那家公司各组织了多少人体检？")
    assert subjects == ["青禾局组织了多少人体检", "柳岸那家公司组织了多少人体检"]


# ------------------------------------------------------------ ingest


def test_a_news_byline_is_not_the_unit() -> None:
    text = "本报讯中国工会十八大结束后，白鹭车务段工会组织干部职工认真学习会议文件。"
    assert extract_unit("", text) == "白鹭车务段工会"
    assert extract_unit("", "本报讯（记者 柳青）日前，青禾县总工会组织开展送温暖活动。") == "青禾县总工会"


# ------------------------------------------------------------ lists


PARALLEL = ("服务职工有实招。持续开展“四季暖心”活动。春送岗位活动中开办3期技能班，培训210人；"
            "夏送清凉活动中为860名户外职工送去防暑用品；金秋助学活动中为12名职工子女发放助学金；"
            "另为20名职工报销学费；冬送温暖活动中为150户困难家庭送去慰问金3万元。职工满意度继续提高。")


def test_sentences_opening_in_parallel_are_a_list_announced_by_the_sentence_before() -> None:
    runs = [e for e in find_enumerations(PARALLEL) if e.items[0] == "春送岗位"]
    assert runs and runs[0].items == ("春送岗位", "夏送清凉", "金秋助学", "冬送温暖")
    assert "四季暖心" in runs[0].lead


def test_a_list_question_is_answered_by_the_parallel_openings() -> None:
    hit = make_hit(PARALLEL, unit="青禾县总工会")
    profile = profile_question("青禾县总工会的“四季暖心”活动具体包括哪几项？", flat)
    found = best_list(candidates([hit], profile), profile, {})
    assert found is not None and found[1].items == ("春送岗位", "夏送清凉", "金秋助学", "冬送温暖")


def test_openings_sharing_a_frame_or_dates_are_no_list() -> None:
    same_start = ("对于生病住院的会员每人慰问400元；对于退休会员住院的每人慰问200元；"
                  "对于因病去世会员的家属慰问600元。")
    dated = "2024年3月，举行爬山活动。2024年5月，举行运动会。2024年10月，举行棋赛。"
    for text in (same_start, dated):
        assert not [e for e in find_enumerations(text) if len(e.items) >= 3 and e.start == 0 and "；" not in e.text]


# ------------------------------------------------------------ figures and follow-ups


def test_a_count_of_people_asked_by_its_name_is_in_people() -> None:
    assert "人" in _expected_measures("柳岸电力工委系统的职工总数是多少")
    assert "人" in _expected_measures("青禾厂的员工人数是多少")
    assert _expected_measures("基层工会总数是多少") == ()


def test_a_follow_up_leans_on_the_words_of_the_question_before_but_not_its_time() -> None:
    before = profile_question("白鹭区总工会去年摸底了多少家货运单位？", flat)
    now = profile_question("白鹭区总工会里面已经建了工会的有几家？", flat)
    carried = carry_topic(now, before)
    assert carried.weights["货运"] == before.weights["货运"] * 0.5
    assert carried.weights["已经"] == now.weights["已经"]
    assert "去年" not in carried.weights
    assert isinstance(carried, QueryProfile)


def test_a_dated_byline_is_not_the_unit_either() -> None:
    text = "青禾日报3月5日讯中国工会十八大闭幕后，白鹭河务局工会组织学习。"
    assert extract_unit("", text) == "白鹭河务局工会"


def test_which_units_had_something_asks_for_every_article_saying_it() -> None:
    from assistant.aggregate import per_document

    question = "哪几家单位的工会活动里有羽毛球？"
    profile = profile_question(question, lambda word: {"羽毛球": 6.0}.get(word, 0.3))
    assert profile.said == ("羽毛球",) and profile.per_document
    units = [f"青禾{n}号厂工会" for n in range(12)]
    hits = [make_hit(f"{unit}组织职工开展羽毛球比赛。", doc_id=unit, unit=unit, rank=i + 1) for i, unit in enumerate(units)]
    docs = per_document(candidates(hits, profile), profile)
    assert sorted(d.doc_id for d in docs) == sorted(units)  # all twelve, not the first eight
    assert profile_question("哪些单位组织过登山比赛？", flat).said
    assert not profile_question("灵丘县境内有哪几条公路穿过？", flat).said  # passing through is no mention


def test_compared_with_last_year_is_said_year_on_year() -> None:
    weights = profile_question("白鹭湖景区2012年比上一年增长了多少？", flat).weights
    assert "同比" in weights and "年比" not in weights


def test_an_answer_opens_inside_no_run_of_items() -> None:
    from assistant.extractive import opening

    profile = profile_question("白鹭区总工会给多少新业态劳动者做了免费体检？", flat)
    text = "累计为1350名外卖骑手、货车司机等新就业形态劳动者进行了免费体检；"
    assert opening(text, profile).startswith("累计为1350名")


def test_a_set_phrase_or_an_adjective_opens_the_category_asked() -> None:
    from assistant.enumeration import asked_category

    assert asked_category("这一年组织职工参加了哪些文体活动？") == "文体活动"
    assert asked_category("先后出过哪些先进典型人物？") == "先进典型人物"


def test_a_regional_news_byline_is_not_the_unit() -> None:
    assert extract_unit("", "秦川网讯中国工会十八大闭幕后，青禾市公路局工会组织学习。") == "青禾市公路局工会"
    text = "秦川网讯(记者 柳风)6月12日,青禾市公路局工会召开第二届第五次全委(扩大)会议。"
    assert extract_unit("", text) == "青禾市公路局工会"


def test_a_sentence_naming_only_another_festival_does_not_answer() -> None:
    question = "青禾中学工会三八节那天组织了什么活动？"
    profile = profile_question(question, flat)
    other = make_hit("青禾中学工会组织会员开展首届新年音乐联谊会，展示教师风采。", unit="青禾中学工会")
    asked = make_hit("青禾中学工会在三八妇女节组织女教师开展插花活动。", unit="青禾中学工会")
    scored = {c.text: c.anchored for c in candidates([other, asked], profile)}
    assert scored["青禾中学工会在三八妇女节组织女教师开展插花活动。"]
    assert not scored["青禾中学工会组织会员开展首届新年音乐联谊会，展示教师风采。"]


def test_one_of_a_thing_is_no_count_in_all() -> None:
    from assistant.extractive import _has_answer_type

    total = profile_question("柳岸县总工会一共送了多少件棉衣？", flat)
    assert total.total_asked
    assert not _has_answer_type("工会干部给环卫工人递上一件棉衣。", total)
    assert _has_answer_type("县总工会共送出棉衣120件。", total)
    assert not profile_question("柳岸县总工会送了几件棉衣？", flat).total_asked


def test_an_honour_named_after_a_festival_is_no_festival() -> None:
    profile = profile_question("青禾中学和柳岸学院，各有谁拿了五一劳动奖章？", flat)
    assert profile.festivals == ()
    hit = make_hit("柳岸学院王白鹭老师获得市五一劳动奖章，李青禾老师获评三八红旗手。", unit="柳岸学院工会")
    assert all(c.anchored for c in candidates([hit], profile_question("柳岸学院三八节组织了什么活动？", flat)))


def test_the_people_counted_right_before_a_figure_make_it_the_count_asked() -> None:
    from assistant.extractive import _has_answer_type

    profile = profile_question("白鹭电力工委系统的职工总数是多少？", flat)
    assert "总数" not in profile.weights  # the kind of answer, not a word the report says
    assert _has_answer_type("下属供电公司及直属单位职工86420人，会员85110人。", profile)
    assert not _has_answer_type("建成有38个子页页面系统的网站。", profile)


def test_a_slogan_is_spelled_out_by_what_it_is_said_to_be_made_of() -> None:
    from assistant.definitions import definition_span

    text = "分公司工会开展了以安全优、质量优、服务优、出勤满为主要内容的“三优一满”岗位竞赛，按季度评比。"
    span = definition_span(text, "三优一满")
    assert span is not None and text[span[0] : span[1]] == "安全优、质量优、服务优、出勤满"


def test_items_ending_as_what_is_asked_win_over_a_run_of_clauses() -> None:
    text = ("五、技能培训：上半年依托职业学校开展了建设系统不同工种、不同层次的培训、其中电工资格培训6期、计300人次。"
            "举办各类培训班：青禾水务公司的抄表员业务培训班、物业管理人员上岗培训班、社区网格员培训班等，提升职工技能。")
    hit = make_hit(text, unit="柳岸建设局工会")
    profile = profile_question("柳岸建设局系统上半年都办了哪些培训班？", flat)
    found = best_list(candidates([hit], profile), profile, {})
    assert found is not None and found[1].items[-1].endswith("社区网格员培训班")


def test_a_topic_clause_and_a_two_character_county_split_two_questions() -> None:
    subjects = split_subjects("户外劳动者驿站方面，青禾县总数有几家，郏县2021年新建了几个？")
    assert subjects == ["户外劳动者驿站方面，青禾县总数有几家", "户外劳动者驿站方面，郏县2021年新建了几个"]
    assert split_subjects("县总工会慰问了多少户，全县工会投入多少资金？") == []


def test_two_short_whole_questions_are_two_unless_the_second_leans_on_the_first() -> None:
    assert split_subjects("青钢评了多少个先进班组？柳岸二建2018年又选树了多少个星级班组？") == [
        "青钢评了多少个先进班组", "柳岸二建2018年又选树了多少个星级班组"]
    assert split_subjects("哪些单位组织过登山比赛？各是在哪里或什么时候？") == []


def test_a_quote_offering_two_forms_is_written_when_either_is() -> None:
    from assistant.compose import compose_answer

    question = "白鹭开发区工会2024年创了哪两个“首家/首个”？"
    profile = profile_question(question, flat)
    assert "首家" in profile.weights and "首个" in profile.weights
    text = ("2024年，组建全县首家快递行业工会联合会，建成全市首个货车司机“暖心驿站”。"
            "下一步，白鹭开发区总工会将继续把握新形势、新任务。")
    hit = make_hit(text, unit="白鹭开发区总工会")
    ranked = candidates([hit], profile)
    assert ranked[0].anchored and "首家" in ranked[0].text
    lines, _ = compose_answer(ranked, profile, {})
    assert "首家快递行业工会联合会" in lines[0]
