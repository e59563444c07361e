"""Scope rules on their own: normalising questions, reading the scope, checking hand-made hits."""

from __future__ import annotations

from datetime import date

import pytest
from fakes import make_hit

from assistant.condense import Turn
from assistant.scope import (
    Miss,
    Scope,
    check_scope,
    hit_label,
    is_specific,
    normalise_question,
    out_of_scope_message,
    read_own_scope,
    read_scope,
    relaxed_year,
)

TODAY = date(2025, 3, 15)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("三必訪是什麼？", "三必访是什么？"),
        ("工會經費是怎麼管理的?", "工会经费是怎么管理的？"),
        ("２０２３年ＡＢ公司工會組織了幾場講座", "2023年AB公司工会组织了几场讲座"),
        ("  房管局\u3000\u3000慈善捐款  衣物 ", "房管局 慈善捐款 衣物"),
    ],
)
def test_questions_are_normalised_like_documents(question: str, expected: str) -> None:
    assert normalise_question(question) == expected


@pytest.mark.parametrize(
    ("question", "ui", "expected"),
    [
        ("2023年县直机关工会慰问了多少人？", Scope(), Scope(year=2023, unit="县直机关工会")),
        ("白鹭镇总工会春节慰问了多少户？", Scope(), Scope(unit="白鹭镇总工会", place="白鹭镇")),
        ("去年下半年红枫县开展了哪些活动？", Scope(), Scope(year=2024, period="下半年", place="红枫县", relative_year=True)),
        ("前年第三季度召开了几次会议", Scope(), Scope(year=2023, period="三季度", relative_year=True)),
        ("今年1季度的送温暖情况", Scope(), Scope(year=2025, period="一季度", relative_year=True)),
        ("9月份举办了什么比赛？", Scope(), Scope(month=9)),
        ("全年新建了几个职工书屋？", Scope(), Scope(period="年度")),
        ("三个月里开了几次会？", Scope(), Scope()),
        ("金石机械有限公司工会的劳动竞赛", Scope(), Scope(unit="金石机械有限公司工会")),
        ("九溪工业园区新建了哪几家企业工会？", Scope(), Scope(unit="九溪工业园区")),
        # the question's own year and unit win over the dropdowns; without them the dropdowns hold
        ("2021年慰问了多少人？", Scope(year=2019, unit_kind="企业"), Scope(year=2021, unit_kind="企业")),
        ("慰问了多少人？", Scope(year=2019, unit_kind="企业"), Scope(year=2019, unit_kind="企业")),
        ("明光中学工会慰问了多少人？", Scope(unit_kind="机关"), Scope(unit="明光中学工会")),
        # "全县", "工会" alone name nobody in particular
        ("今年全县慰问了多少人？", Scope(), Scope(year=2025, relative_year=True)),
        ("工会经费是怎么管理的？", Scope(), Scope()),
    ],
)
def test_read_scope_from_the_question(question: str, ui: Scope, expected: Scope) -> None:
    assert read_scope(question, ui, [], TODAY) == expected


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        # a changed period replaces the old one; the unit and year stay
        ("那下半年呢？", [Turn("县直机关工会2023年上半年开展了哪些活动？")],
         Scope(year=2023, period="下半年", unit="县直机关工会")),
        ("那3月呢？", [Turn("县直机关工会2023年上半年开展了哪些活动？")], Scope(year=2023, month=3, unit="县直机关工会")),
        ("2022年呢？", [Turn("金石机械有限公司工会2023年提了多少条建议？")],
         Scope(year=2022, unit="金石机械有限公司工会")),
        # the unit the previous answer was about
        ("他们发了多少慰问金？", [Turn("春节慰问困难职工", unit="白鹭镇总工会")], Scope(unit="白鹭镇总工会")),
        # a full question starts afresh
        ("明光中学工会收集了多少件提案？", [Turn("县直机关工会2023年上半年开展了哪些活动？")],
         Scope(unit="明光中学工会")),
    ],
)
def test_follow_ups_inherit_the_conversation_scope(question: str, history: list[Turn], expected: Scope) -> None:
    assert read_scope(question, Scope(), history, TODAY) == expected


def test_specific_names_say_which_one_kind_names_only_what_kind() -> None:
    assert is_specific("青禾县总工会") and is_specific("房管局") and is_specific("金石机械有限公司工会")
    assert not is_specific("县直机关工会") and not is_specific("学校工会") and not is_specific("县总工会")


# ---------------------------------------------------------------- check_scope on hand-made hits

RED = make_hit("春节前夕，红枫县总工会走访慰问困难职工128户。", unit="红枫县总工会", year=2023, period="年度")
FIRST_HALF = make_hit("上半年为女职工免费体检460人次。", unit="县直机关工会", period="上半年")
SECOND_HALF = make_hit("下半年组织职工疗休养3批。", unit="县直机关工会", period="下半年")
NO_YEAR = make_hit("全年走访慰问困难员工37户。", unit="XX公司工会", period="年度")


def _kept(hits, scope, articles=None):
    kept, misses = check_scope(hits, scope, articles)
    assert len(kept) + len(misses) == len(hits)
    return kept, {m.hit.chunk_id: m.reasons for m in misses}


def test_a_unit_not_in_the_article_is_a_miss() -> None:
    kept, reasons = _kept([RED, NO_YEAR], Scope(unit="白鹭镇总工会", place="白鹭镇"))
    assert kept == [] and set(reasons.values()) == {("unit", "place")}


def test_a_unit_matches_by_its_core_its_abbreviation_or_the_article_text() -> None:
    assert _kept([RED], Scope(unit="红枫县工会"))[0] == [RED]  # core 红枫县 written in the chunk
    abbreviated = make_hit("慈善一日捐共捐出善款6000元。", unit="海门市房产管理局机关工会")
    assert _kept([abbreviated], Scope(unit="房管局"))[0] == [abbreviated]
    quiet = make_hit("全年提出合理化建议312条。", doc_id="d9", unit=None)
    articles = {"d9": "金石机械有限公司工会2022年工作总结\n全年提出合理化建议312条。"}
    assert _kept([quiet], Scope(unit="金石机械有限公司工会"), articles)[0] == [quiet]


def test_a_town_asked_with_its_marker_matches_its_own_report_that_writes_it_without() -> None:
    # "我镇…建设富裕文明和谐柳溪埠": a town's own report calls it 我镇 and writes its name bare
    quiet = make_hit("全镇现有职工9120人。", doc_id="t1", unit=None)
    articles = {"t1": "今年以来我镇总工会认真落实上级部署，为建设和谐柳溪埠出力。全镇现有职工9120人。"}
    assert _kept([quiet], Scope(unit="柳溪埠镇总工会", place="柳溪埠镇"), articles)[0] == [quiet]
    elsewhere = {"t1": "今年以来我镇总工会认真落实上级部署。全镇现有职工9120人。"}
    assert _kept([quiet], Scope(unit="柳溪埠镇总工会", place="柳溪埠镇"), elsewhere)[0] == []


def test_a_business_asked_by_name_matches_its_union_written_without_the_business_word() -> None:
    union = make_hit("组织员工到山里徒步。", doc_id="q1", unit="东港锦程工会")
    assert _kept([union], Scope(unit="锦程公司"))[0] == [union]
    assert _kept([union], Scope(unit="锦程有限公司"))[0] == [union]
    other = make_hit("组织员工到山里徒步。", doc_id="q2", unit="东港华茂工会")
    assert _kept([other], Scope(unit="锦程公司"))[0] == []


def test_a_fuller_form_of_an_articles_kind_only_unit_is_no_contradiction() -> None:
    """"省医院工会" asked of a hospital's report signed 院工会: neither says which hospital. A name
    that says which one is still a miss against a kind-only unit (another county's 县总工会)."""
    hospital = make_hit("1月25日召开了第三届第二次职工代表大会。", unit="院工会")
    assert _kept([hospital], Scope(unit="省医院工会"))[0] == [hospital]
    county = make_hit("春节走访慰问困难职工386户。", unit="县总工会")
    assert _kept([county], Scope(unit="青禾县总工会", place="青禾县"))[0] == []


def test_a_kind_of_union_must_be_named_whole() -> None:
    kept, reasons = _kept([RED, FIRST_HALF], Scope(unit="县直机关工会"))
    assert kept == [FIRST_HALF] and reasons == {RED.chunk_id: ("unit",)}


def test_the_other_half_of_the_year_is_a_miss_an_annual_or_undated_article_is_not() -> None:
    kept, reasons = _kept([FIRST_HALF, SECOND_HALF, NO_YEAR], Scope(period="下半年"))
    assert kept == [SECOND_HALF, NO_YEAR] and reasons == {FIRST_HALF.chunk_id: ("period",)}
    assert _kept([FIRST_HALF, SECOND_HALF], Scope(month=3))[0] == [FIRST_HALF]
    assert _kept([FIRST_HALF, SECOND_HALF], Scope(period="四季度"))[0] == [SECOND_HALF]


def test_a_half_year_report_titled_with_the_next_halfs_plan_answers_that_half_from_its_plan_only() -> None:
    title = "白鹭镇工会上半年工作总结和下半年工作计划"
    plan = make_hit("继续开展金秋助学。", unit="白鹭镇工会", period="上半年", title=title, section="二、下半年工作打算")
    done = make_hit("新建企业工会3家。", unit="白鹭镇工会", period="上半年", title=title, section="一、上半年主要工作")
    kept, reasons = _kept([plan, done], Scope(period="下半年", asks_plan=True))
    assert kept == [plan] and reasons == {done.chunk_id: ("period",)}
    untitled = make_hit("继续开展金秋助学。", unit="白鹭镇工会", period="上半年", title="白鹭镇工会上半年工作总结",
                        section="二、下步打算")
    assert _kept([untitled], Scope(period="下半年", asks_plan=True))[0] == []
    # "下半年实际发了多少": a plan tells nothing done in that half
    assert _kept([plan], Scope(period="下半年"))[0] == []
    assert read_own_scope("白鹭镇工会下半年有什么打算？", date(2026, 12, 1)).asks_plan
    assert read_own_scope("白鹭镇工会下半年还剩哪些任务没完成？", date(2026, 12, 1)).asks_plan


def test_another_year_is_a_miss_unless_the_passage_speaks_of_the_year_asked() -> None:
    compared = make_hit("比2021年增加12户。", unit="红枫县总工会", year=2022)
    kept, reasons = _kept([RED, NO_YEAR, compared], Scope(year=2021))
    # a report that gives no year does not confirm 2021 either (今年/去年 ask of its own year)
    assert kept == [compared] and reasons == {RED.chunk_id: ("year",), NO_YEAR.chunk_id: ("year",)}
    assert _kept([NO_YEAR], Scope(year=2025, relative_year=True))[0] == [NO_YEAR]


# ---------------------------------------------------------------- saying so


def test_the_refusal_names_the_scope_that_is_missing() -> None:
    unit = Scope(unit="白鹭镇总工会", place="白鹭镇")
    assert out_of_scope_message(unit, [Miss(RED, ("unit", "place"))]) == "资料中没有关于白鹭镇总工会的内容。"
    time = Scope(year=2024, period="下半年")
    assert out_of_scope_message(time, [Miss(RED, ("year",))]) == "资料中没有2024年下半年的总结。"
    both = Scope(year=2023, period="下半年", unit="县直机关工会")
    misses = [Miss(FIRST_HALF, ("period",)), Miss(RED, ("unit",))]
    assert out_of_scope_message(both, misses) == "资料中没有县直机关工会2023年下半年的总结。"
    assert out_of_scope_message(Scope(period="一季度"), [Miss(FIRST_HALF, ("period",))]) == "资料中没有第一季度的总结。"


def test_nearest_passages_are_labelled_with_their_unit_and_time() -> None:
    assert hit_label(RED) == "红枫县总工会（2023年度）"
    assert hit_label(FIRST_HALF) == "县直机关工会（上半年）"
    assert hit_label(make_hit("…", title="某文章")) == "《某文章》"  # a title is not said as if it were a unit


def test_a_pure_kind_of_union_matches_any_article_of_that_kind() -> None:
    school = make_hit("收集教职工提案18件。", unit="明光中学工会", unit_kind="教育")
    firm = make_hit("提出合理化建议312条。", unit="金石机械有限公司工会", unit_kind="企业")
    assert _kept([school, firm], Scope(unit="学校工会"))[0] == [school]
    assert _kept([school, firm], Scope(unit="企业工会"))[0] == [firm]
    # a place-bound kind is not a pure kind: "县直机关工会" is not any 机关 union
    office = make_hit("发放慰问金3万元。", unit="海门市税务局机关工会", unit_kind="机关")
    assert _kept([office], Scope(unit="县直机关工会"))[0] == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("6月中旬去调研企业工会状况，走访了哪几家企业？", Scope(month=6, unit="企业工会")),
        ("远航机械有限公司工会提了几条建议？", Scope(unit="远航机械有限公司工会")),  # a first word tagged as a verb
        ("市总工会宣传月期间全市挂了多少条横幅", Scope(unit="市总工会")),
        ("白鹭工会组织了几个兴趣小组？", Scope(unit="白鹭工会")),
        ("在县第9届职工象棋比赛上局里拿了第几名", Scope()),  # "…上局" of "局里" is no bureau
        ("参加省工会法实施办法竞赛的有多少人", Scope()),  # nor "…实施办" of "办法" an office
        ("宣传月里白鹭全市挂了多少横幅", Scope()),
        ("XX街道工会覆盖了多少家单位？", Scope()),  # a template's placeholder names nobody
        ("两家医院工会的换届情况怎样？", Scope(unit="医院工会")),  # a count is not part of a name
        ("结对的贫困村有几个？", Scope()),  # a common noun, not a village's name
        ("白鹭镇总工会和红枫县总工会各慰问了多少户？", Scope()),  # several units: none is the scope
        ("东港佰强工会的主席是谁？", Scope(unit="东港佰强工会")),  # 佰 tagged as a numeral is still the name's
        ("女工委员是哪几个？", Scope()),  # "女工委" ends inside the word 委员: no unit
        ("青禾湖旅游公司分工会拿到了什么荣誉？", Scope(unit="青禾湖旅游公司分工会")),  # a trade (旅游) before the kind of body
        ("柳岸大酒店工会的经费审查委员会主任是谁？", Scope(unit="柳岸大酒店工会")),  # 经费/审查 name no committee of their own
        ("机关第十七分工会搞了哪些比赛？", Scope(unit="机关第十七分工会")),  # an ordinal numbers the sub-union
    ],
)
def test_only_whole_names_are_read(question: str, expected: Scope) -> None:
    assert read_scope(question, Scope(), [], TODAY) == expected


def test_an_area_and_a_kind_match_an_article_of_the_area_that_writes_the_kind() -> None:
    county = make_hit("在9个村建立了村级工会试点。", doc_id="d7", unit="成平县总工会")
    other = make_hit("在5个村建立了村级工会。", doc_id="d8", unit="白鹭镇总工会")
    articles = {"d7": "成平县总工会工作总结\n在9个村建立了村级工会试点。", "d8": "在5个村建立了村级工会。"}
    assert _kept([county, other], Scope(unit="成平县村级工会", place="成平县"), articles)[0] == [county]


def test_an_unsigned_article_does_not_contradict_a_unit_without_an_area() -> None:
    unsigned = make_hit("今年我所派2名工会干部参加培训。", unit=None)  # speaks as a 研究所, says no more
    assert _kept([unsigned], Scope(unit="测绘研究所工会"))[0] == [unsigned]
    assert _kept([unsigned], Scope(unit="白鹭镇总工会", place="白鹭镇"))[0] == []


def test_a_name_starting_inside_a_word_is_not_read() -> None:
    assert read_scope("开封公司工会发了多少救助金？", Scope(), [], TODAY).unit != "封公司工会"


def test_this_year_with_no_article_of_that_year_is_relaxed_and_said() -> None:
    """"今年" echoes the report's own wording when nothing of the current year is indexed: the
    hits stay, and the answer is to say which year they are from (qa._year_note)."""
    scope = read_scope("红枫县总工会今年慰问了多少户？", Scope(), [], TODAY)
    kept, misses = check_scope([RED], scope)
    assert kept == [] and misses[0].reasons == ("year",)
    relaxed = relaxed_year(kept, misses, scope)
    assert relaxed is not None and relaxed.year is None and relaxed.unit == "红枫县总工会"
    assert check_scope([RED], relaxed) == ([RED], [])


def test_a_written_year_or_an_article_of_that_year_keeps_the_year() -> None:
    written = read_scope("红枫县总工会2025年慰问了多少户？", Scope(), [], TODAY)
    assert relaxed_year(*check_scope([RED], written), written) is None
    this_year = make_hit("今年走访慰问困难职工57户。", unit="红枫县总工会", year=2025)
    relative = read_scope("红枫县总工会今年慰问了多少户？", Scope(), [], TODAY)
    assert relaxed_year(*check_scope([RED, this_year], relative), relative) is None
    other_unit = read_scope("白鹭镇总工会今年慰问了多少户？", Scope(), [], TODAY)
    assert relaxed_year(*check_scope([RED], other_unit), other_unit) is None  # the unit is wrong too


def test_an_area_asked_with_its_suffix_matches_a_report_that_writes_it_without() -> None:
    hit = make_hit("全年帮扶困难职工900户。", unit="市总工会", doc_id="x")
    article = "为建设金溪小康社会，市总工会全年帮扶困难职工900户。"
    assert check_scope([hit], Scope(place="金溪市"), {"x": article}) == ([hit], [])
    assert check_scope([hit], Scope(place="银溪市"), {"x": article})[0] == []


@pytest.mark.parametrize(("name", "specific"), [("湘溪市", True), ("乡宁县总工会", True), ("县直机关工会", False),
                                             ("乡镇工会", False), ("全县", False), ("市县", False),
                                             # a kind of public body says which one only with its area
                                             ("镇政府", False), ("县党委", False), ("区人大", False), ("青溪县政府", True)])
def test_an_area_whose_name_holds_an_area_character_is_still_specific(name: str, specific: bool) -> None:
    assert is_specific(name) is specific


def test_a_unit_described_instead_of_named_sets_no_scope() -> None:
    """"有白鹭商务中心工联会的那个街道总工会" names what the union has, not the union."""
    scope = read_scope("有白鹭商务中心工联会的那个街道总工会，基层工会发展到几个了", Scope(), [], TODAY)
    assert scope.unit is None and scope.place is None


def test_a_name_whose_first_character_the_tagger_calls_a_numeral_is_still_read_whole() -> None:
    # 佰 is tagged as a numeral; only a real count ("12家", "两家") is dropped from the front of a name
    assert read_own_scope("佰强公司六周年工会安排了哪些庆祝活动", date(2026, 12, 1)).unit == "佰强公司"
    assert read_own_scope("两家医院工会的建家情况", date(2026, 12, 1)).unit == "医院工会"


def test_a_follow_up_about_a_unit_that_was_described_keeps_to_the_articles_answered_from() -> None:
    described = Turn("大连那个学院上半年办了哪些讲座？", None, frozenset({"d9"}))
    assert read_scope("那基层工会干部培训呢？", Scope(), [described], TODAY).doc_ids == frozenset({"d9"})
    named = Turn("红枫县直机关工会上半年办了哪些讲座？", "红枫县直机关工会", frozenset({"d1"}))
    assert read_scope("那基层工会干部培训呢？", Scope(), [named], TODAY) == Scope(unit="红枫县直机关工会", place="红枫县", period="上半年")
    assert read_scope("红枫县总工会呢？", Scope(), [described], TODAY).doc_ids is None  # it names its own



def test_an_ordinal_before_the_kind_it_numbers_stays_in_the_name() -> None:
    today = date(2026, 12, 1)
    assert read_own_scope("青禾市第三中学工会今年一月开了什么会？", today).unit == "青禾市第三中学工会"
    assert read_own_scope("第二小学工会有多少会员", today).unit == "第二小学工会"
    assert read_own_scope("市总工会第三季度慰问了多少人", today).unit == "市总工会"  # a quarter, not a name
    # a bare numeral before the kind is the Fifth Company; with a measure word it counts companies
    assert read_own_scope("五公司工会下半年开展了哪些劳动竞赛？", today).unit == "五公司工会"
    assert read_own_scope("五家公司工会开展了哪些劳动竞赛？", today).unit == "公司工会"
    # a day said with 号 before 工会 is a date, not a "2号工会"
    assert read_own_scope("9月2号工会又组织了什么活动", today).unit is None


def test_a_follow_up_after_a_unit_named_only_by_its_kind_keeps_to_the_articles_answered_from() -> None:
    by_kind = Turn("局机关现在在岗职工有多少人？", "局机关", frozenset({"d4"}))
    assert read_scope("其中女职工多少", Scope(), [by_kind], TODAY).doc_ids == frozenset({"d4"})
    named = Turn("青禾县总工会春节慰问了多少户？", "青禾县总工会", frozenset({"d5"}))
    assert read_scope("那下半年呢？", Scope(), [named], TODAY).doc_ids is None  # its name says which articles


def test_a_wider_and_a_narrower_place_written_as_one_are_each_named() -> None:
    """"青川柳岸城区": the article names 柳岸城区 in its text and 青川 in its byline; a place it does
    not name at all is still set aside."""
    hit = make_hit("此次比赛吸引了柳岸城区68支代表队参赛。", doc_id="x", publisher="青川州水务局")
    article = "此次比赛吸引了柳岸城区68支代表队参赛。"
    assert check_scope([hit], Scope(place="青川柳岸城区"), {"x": article}) == ([hit], [])
    assert check_scope([hit], Scope(place="银溪柳岸城区"), {"x": article})[0] == []


def test_a_verb_before_a_known_name_a_courtesy_and_a_since_year_are_no_scope() -> None:
    """"获得全国总工会几等奖": the body after a verb of receiving is the giver, not the unit asked
    about; "请问" opens no unit's name; "2009年以来" runs from that year on, which no one year is."""
    assert read_own_scope("柳岸职院的诵读作品获得全国总工会几等奖？", TODAY).unit is None
    assert normalise_question("请问，柳岸开发区总工会年中推进会是哪天召开的？") == "柳岸开发区总工会年中推进会是哪天召开的？"
    since = read_own_scope("青禾烟草工会2009年以来拿过哪些省级荣誉？", TODAY)
    assert since.year is None and since.unit == "青禾烟草工会"
    assert read_own_scope("青禾烟草工会2009年拿过哪些省级荣誉？", TODAY).year == 2009


def test_a_follow_up_opening_with_then_names_its_unit() -> None:
    history = [Turn("青禾炼化2017年各级工会一共申报了多少项点子成果？")]
    assert read_scope("那柳湾石化公司呢？", Scope(), history, date(2024, 6, 1)).unit == "柳湾石化公司"
    assert read_scope("那柳岸县呢？", Scope(), history, date(2024, 6, 1)).place == "柳岸县"
    assert read_scope("那个园区呢？", Scope(), history, date(2024, 6, 1)).unit is None


def test_the_months_a_text_dates_in() -> None:
    from assistant.scope import months_dated

    assert months_dated("上半年组织培训，年初制定了《2017年度培训计划》") == set(range(1, 7))
    assert months_dated("全年完成任务") == set(range(1, 13))
    assert months_dated("三季度开展竞赛，11月表彰") == {7, 8, 9, 11}


def test_a_branch_or_a_numbered_plant_the_tagger_calls_a_verb_stays_in_the_name() -> None:
    asked = date(2026, 12, 1)
    assert read_scope("工行青禾分行工会主席叫什么名字？", Scope(), [], asked).unit == "工行青禾分行工会"
    assert read_scope("青禾油田采油三厂帮扶活动月走访慰问了多少困难职工？", Scope(), [], asked).unit == "青禾油田采油三厂"
    assert "新一届" not in (read_scope("柳岸研究站新一届工会主席是谁？", Scope(), [], asked).unit or "")


def test_an_unsigned_article_about_a_numbered_sibling_is_not_the_unit_asked() -> None:
    article = "“双节”在即，青禾油田采油二厂开展帮扶活动月，走访慰问困难职工94人。"
    hit = make_hit(article, doc_id="sib")
    scope = Scope(unit="青禾油田采油三厂")
    kept, misses = check_scope([hit], scope, {"sib": article})
    assert not kept and misses[0].reasons == ("unit",)
    assert check_scope([hit], Scope(unit="青禾油田采油二厂"), {"sib": article})[0]


def test_a_half_year_report_that_dates_the_month_asked_holds_it() -> None:
    article = "2025年上半年工会工作总结。7月9日，柳岸公交召开职代会，实到代表174人。"
    hit = make_hit(article, doc_id="july", year=2025, period="上半年")
    assert check_scope([hit], Scope(month=7), {"july": article})[0]
    assert not check_scope([hit], Scope(month=9), {"july": article})[0]


def test_a_unit_the_article_spells_out_in_full_is_named() -> None:
    article = "青禾百货柳岸店在每个楼层推选“服务之星”，由店工会组织评选。"
    hit = make_hit(article, doc_id="shop", unit="柳岸店工会")
    assert check_scope([hit], Scope(unit="青禾柳岸店工会"), {"shop": article})[0]
    assert not check_scope([hit], Scope(unit="青禾河西店工会"), {"shop": article})[0]
