"""Shapes found on fresh report pages in round twenty (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_eighth_round_shapes import TODAY
from test_fifteenth_round_shapes import _answer, _answers_all
from test_thirteenth_round_shapes import _knowledge

from assistant.aggregate import figures
from assistant.answer_types import Answer, Candidate
from assistant.definitions import definition_span
from assistant.described import pointed_kind
from assistant.enumeration import asked_category, find_enumerations
from assistant.list_answers import _list_score, best_list
from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import is_specific, months_dated, name_forms, organisation_names, read_own_scope, spoken_as


def _IDF(word: str) -> float:
    return 1.0


def _ask(question: str, report: str, **meta: object) -> Answer:
    """The offline answer over one article holding `report`, with the metadata given (unit, title, year, period)."""
    return QAService(_knowledge([make_hit(report, doc_id="d", rank=1, **meta)])).answer(question)


def _items_of(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def test_a_numbered_item_opening_with_a_scene_says_what_comes_after_it() -> None:
    """"二是…年检过程中，继续坚持…": a clause opened by a preposition or closed by a word of place or time
    only sets the scene; the item goes on to what it says (a clause that says something still ends it)."""
    text = ("明年将着重抓好以下几项工作：一是加强对所属站点和服务窗口的检查和指导，确保各项制度落实到位。"
            "二是会员单位的年度评审和年检过程中，继续坚持安全生产一票否决。三是与街道社区和辖区企业联合，深入开展邻里互助专项行动。"
            "四是加强节日值守，及时处置各类突发问题。")
    items = _items_of(text)[0]
    assert items[1] == "会员单位的年度评审和年检过程中，继续坚持安全生产一票否决"
    assert items[2] == "与街道社区和辖区企业联合，深入开展邻里互助专项行动"
    assert items[0] == "加强对所属站点和服务窗口的检查和指导"
    assert items[3] == "加强节日值守，及时处置各类突发问题"  # short enough to be said whole


def test_a_run_counted_at_its_end_by_a_measure_of_groups_ends_before_the_count() -> None:
    """"下属A、B、C、D4支队伍": 下属 leads into the items and "4支队伍" counts them; neither is an item's."""
    text = "青禾职工艺术团下属民乐队、舞蹈队、书画协会、摄影协会4支队伍，现有团员86人。"
    assert ("民乐队", "舞蹈队", "书画协会", "摄影协会") in _items_of(text)


def test_a_list_opening_with_an_ordinal_after_a_colon_is_no_comma_list() -> None:
    """"提出几点建议：一是要…，做好…，做好…": the commas are inside the first numbered item, whose siblings follow."""
    text = ("考核组对下一步工作提出几点建议：一是要强化思想引领，做好职工的思想工作，做好联系群众的纽带工作。"
            "二是要多措并举维护职工权益。三是要注重安全生产。")
    items = _items_of(text)
    assert ("要强化思想引领", "要多措并举维护职工权益", "要注重安全生产") in items
    assert not any(run[0].startswith("一是") for run in items)


def test_what_a_list_question_asks_for_is_read_after_a_count_of_points_or_as_its_last_word() -> None:
    """"哪几点建议" counts points; "提出了哪些要求？" ends with what it asks for, a word the tagger calls a verb."""
    assert asked_category("考核组提了哪几点建议？") == "建议"
    assert asked_category("会上提出了哪些要求？") == "要求"
    assert asked_category("有哪几支队伍？") == "队伍"


def test_a_list_is_read_from_the_sentence_saying_what_is_asked_though_names_rank_another_higher() -> None:
    """The question's rare names fill the meeting's opening sentence and rank it far above the sentence listing
    "…4支队伍"; that one says 队伍, what is asked for, so its list is read (a sentence saying neither is not)."""
    opening = "2016年3月2日，青禾市“同心”职工艺术团年度工作会议在青禾市职工文化宫召开。"
    listing = "艺术团下属民乐队、舞蹈队、书画协会、摄影协会4支队伍，全年演出40场。"
    between = "会议由文化宫副主任主持。" + "与会人员围绕送戏下基层进行了热烈讨论，气氛热烈。" * 9
    report = opening + between + listing  # the list too far after the opening sentence to be read as its own
    hit = make_hit(report, doc_id="d", unit="", title="工作总结", rank=1)
    profile = profile_question("青禾市同心职工艺术团下面有哪几支队伍？", _IDF)
    ranked = [Candidate(opening, hit, 0.9, 0.9, True), Candidate(listing, hit, 0.45, 0.45, True)]
    assert best_list(ranked[:1], profile, {"d": report}) is None
    found = best_list(ranked, profile, {"d": report})
    assert found is not None and found[1].items == ("民乐队", "舞蹈队", "书画协会", "摄影协会")


def test_a_deadline_dates_nothing_done_in_a_half_year_report() -> None:
    """"力争在7月底前完成": a target's date; a half-year report saying it still tells of the first half."""
    assert months_dated("力争在7月底前全部完成种植任务。") == set()
    assert months_dated("力争9月中旬前完成验收，11月举办展览。") == {11}
    report = "今年全市造林绿化任务3.5万亩，目前已完成造林绿化面积3.1万亩，余下的力争在7月底前全部完成。"
    answer = _ask("林业局上半年工作总结里，造林绿化任务是多少亩？", report, unit="", title="林业局上半年工作总结", period="上半年")
    assert answer.grounded and "3.5万亩" in answer.text


def test_a_report_titled_by_a_line_of_work_and_speaking_as_a_bureau_is_that_bureau_s() -> None:
    """《气象工作总结》 saying "我局": the 气象局 a question asks of, though it never writes the name; a question
    pointing at the report ("那篇气象局…") asks of 气象局, not of a "篇气象局"."""
    report = "现将我局党风廉政建设主体责任落实情况报告如下：修订完善《财务管理制度》等制度18件。"
    assert spoken_as("气象局", "", report, "气象工作总结")
    assert not spoken_as("气象局", "", report, "水利工作总结")
    assert organisation_names("那篇气象局的总结里修订了多少件制度？") == ["气象局"]
    answer = _ask("那篇气象局落实党风廉政建设的总结里，修订完善了多少件制度？", report, unit="", title="气象工作总结")
    assert answer.grounded and "18件" in answer.text


def test_a_unit_pointed_at_by_that_is_of_the_kind_its_name_ends_with() -> None:
    """"那个县农业局工会": a 局 (not any county's union); "那个县总工会" and "那个县的工会" still a county's."""
    assert pointed_kind("那个县农业局工会建立了哪些制度？").kind == "局"
    assert pointed_kind("那个县总工会慰问了多少人？").kind == "县"
    assert pointed_kind("那家医院工会办了什么活动？").kind == "医院"


def test_a_counted_kind_after_its_slogan_is_spelled_out_by_things_of_that_kind() -> None:
    """"坚持和完善“三项制度”，强化源头参与、…": what was done; the three 制度 the sentence names are the answer."""
    text = ("机关工会坚持和完善“三项制度”，强化源头参与、源头维护，积极组织职工参与民主管理，"
            "我局工会建立了职工代表大会制度、集体协商制度、局务公开制度。")
    assert definition_span(text, "三项制度") is None
    assert definition_span("推行“三有”，有阵地、有活动、有经费。", "三有") is not None
    assert _answers_all("青禾县农业局工会建立的“三项制度”具体是哪三项？", "青禾县农业局工会", text,
                        ("职工代表大会制度", "集体协商制度", "局务公开制度"))


def test_a_post_after_a_deed_and_the_asked_group_s_own_kind_is_held_in_it() -> None:
    """"听取了集团总经理蒋某所作的《工作报告》": 与会代表 did the hearing; 集团 is the asked group's own."""
    report = "青禾热力集团召开二届二次职工代表大会。与会代表认真听取了集团总经理蒋立新同志所作的《工作报告》。"
    assert _answers_all("青禾热力集团二届二次职代会上作《工作报告》的总经理是谁？", "青禾热力集团工会", report, ("蒋立新",))


def test_degrees_are_a_measure_written_in_digits() -> None:
    assert [(f.text, f.measure) for f in figures("地表温度持续在33度左右")] == [("33度", "度")]
    assert figures("他一度被评为先进") == []
    report = "7月15日至7月21日，青禾地表温度持续在36度左右，公司班子成员分头到一线慰问。"
    assert _answers_all("公司班子成员慰问一线那几天，青禾地表温度大概多少度？", "青禾供电公司工会", report, ("36度",))


def test_a_venue_asked_of_several_places_is_not_answered_by_a_list_of_deeds() -> None:
    """"分别在哪里办的": a list of places answers ("分别在A、B、C", or names of places), not "关爱、关注、解决了一些"."""
    profile = profile_question("青禾所工会的秋季运动会分别在哪里办的？", _IDF)
    window = "分别在武汉和荆州组织开展秋季运动会，设置多个项目；三是关爱、关注、解决了一些。"
    deeds = next(e for e in find_enumerations(window) if "关注" in e.items)
    assert _list_score(deeds, 0, 26, profile, window) is None
    places = "运动会分别在武昌、汉口、汉阳三个赛区举行。"
    run = next(e for e in find_enumerations(places) if "汉口" in e.items)
    assert _list_score(run, 0, len(places), profile, places) is not None


def test_someone_speaking_for_a_body_names_no_unit_of_his_own() -> None:
    """"宋某代表工会委员会作报告", "李某代表市总工会致辞": the body is the one after 代表."""
    assert read_own_scope("宋立民代表工会委员会作2021年度工作报告，是从哪三个方面讲的？", TODAY).unit is None
    assert organisation_names("李明代表市总工会致辞") == ["市总工会"]


def test_a_county_asked_with_its_province_is_the_county_its_report_names() -> None:
    assert "保靖县" in name_forms("湖南保靖县")
    assert "盘锦市邮政" in name_forms("辽宁盘锦市邮政")


def test_a_sentence_of_a_report_on_another_session_is_not_the_session_asked() -> None:
    """A report opening "第五届三次职工代表大会胜利召开" mentions "第五届二次职代会提案落实情况报告": its
    "78名职工代表参加了会议" is the third session's, not the second's."""
    report = ("1月21日，青禾分公司第五届三次职工代表大会胜利召开。来自各岗位的78名职工代表参加了会议。"
              "大会审议通过了第五届二次职代会提案落实情况报告。")
    own = {"unit": "青禾分公司工会", "title": "青禾分公司召开职代会"}
    assert not _ask("青禾分公司第五届二次职代会来了多少名代表？", report, **own).grounded
    assert "78名" in _ask("青禾分公司第五届三次职代会来了多少名代表？", report, **own).text


def test_the_money_word_and_the_festival_asked_do_not_have_to_stand_in_the_figure_s_clause() -> None:
    """"春节送了多少慰问金": "送上了50余万元的“厚礼”" says the deed and the money; the article says the festival."""
    report = ("春节前夕，林区领导深入基层走访慰问。为了让困难职工过好年，青禾林区工会还为1600余名困难职工送上了50余万元的“厚礼”；"
              "组织部门为139名贫困党员派发了红包。")
    assert _answers_all("青禾林区工会春节送了多少慰问金？", "青禾林区工会", report, ("50余万元",))


# The review's cases: where this round's first rules went too far


def test_a_district_asked_with_its_city_is_not_another_city_s_district() -> None:
    """"北京朝阳区" is not 长春's 朝阳区: a district's name is many cities'; a province opening a county's is dropped."""
    assert "朝阳区" not in name_forms("北京朝阳区")
    assert "和平区" not in name_forms("天津和平区总工会")
    assert "保靖县" in name_forms("湖南保靖县")


def test_a_body_speaking_for_others_is_still_the_one_asked() -> None:
    assert read_own_scope("青禾县总工会代表全县职工慰问了多少名环卫工人？", TODAY).unit == "青禾县总工会"
    assert read_own_scope("王立新代表青禾县总工会作了工作报告，报告提到新建了多少家职工之家？", TODAY).unit == "青禾县总工会"
    assert organisation_names("青禾县总工会的职工代表提案工作委员会收到了多少件提案？")[-1].startswith("职工代表")


def test_a_list_of_another_day_after_the_sentence_asked_is_not_its_list() -> None:
    """"国庆节期间…开展了登山、拔河、猜灯谜。五一期间，…开展了A、B、C等系列活动": the 五一 list closes with 活动,
    the word asked, but it is another day's; with a single deed on 国庆, the sentence is the answer."""
    report = ("国庆节期间，青禾县总工会组织机关职工开展了登山、拔河、猜灯谜，参与机关职工200余人。"
              "五一期间，县总工会开展了职工篮球赛、乒乓球赛、趣味运动会等系列活动。")
    answer = _answer("国庆节期间青禾县总工会组织机关职工开展了哪些活动？", "青禾县总工会", report)
    assert "猜灯谜" in answer.text and "篮球赛" not in answer.text
    single = report.replace("登山、拔河、猜灯谜", "环湖登山比赛")
    answer = _answer("国庆节期间青禾县总工会组织机关职工开展了哪些活动？", "青禾县总工会", single)
    assert "环湖登山比赛" in answer.text and "篮球赛" not in answer.text


def test_a_deed_done_by_a_month_s_end_is_of_that_month() -> None:
    """"3月底以前，…完成了换届" dates the deed in March; only a target's deadline ("力争…前") dates nothing."""
    assert months_dated("3月底以前，青禾县总工会完成了全县基层工会换届选举。") == {3}
    assert months_dated("确保10月底前全部完工。") == set()


def test_a_post_in_a_clause_naming_another_body_before_a_deed_is_that_body_s() -> None:
    """"青禾市总工会组织了由主席王立明带队的调研组，到集团开展调研": the city union's chairman, not the group's."""
    report = "3月，青禾市总工会组织了由主席王立明带队的调研组，到集团开展工会工作调研。集团工会汇报了全年工作。"
    answer = _answer("青禾热力集团工会主席是谁？", "青禾热力集团工会", report)
    assert "王立明" not in answer.text or not answer.grounded


def test_a_title_says_whose_report_only_when_the_question_points_at_a_report() -> None:
    """Every bureau writes a 《消防工作总结》 saying "我局": "消防局…" asked of it is not answered from it."""
    report = "今年，我局认真落实消防安全责任制，全年组织消防安全检查24次，排查整改隐患37处。"
    assert not _ask("消防局今年组织了多少次消防安全检查？", report, unit="", title="消防工作总结").grounded


def test_that_county_points_at_a_county_and_a_union_s_branches_at_the_union() -> None:
    assert pointed_kind("那个县今年送温暖慰问了多少户困难职工？").kind == "县"
    assert pointed_kind("那个区总工会下属街道工会有几家？").kind == "区"
    assert pointed_kind("那个县住建局机关工会慰问了多少户？").kind == "局"


def test_a_session_whose_spirit_is_followed_is_not_the_session_the_report_tells() -> None:
    report = ("2023年，公司工会认真贯彻落实公司三届二次职代会精神，扎实推进各项工作。"
              "12月26日，公司召开三届三次职工代表大会。大会共收到代表提案36件。")
    assert _answers_all("青禾公司三届三次职代会收到多少件代表提案？", "青禾公司工会", report, ("36件",))


def test_a_numbered_name_in_a_run_is_no_count() -> None:
    """"设计二所", "美食一条街": a numeral and 所/条 inside a name; a count in digits ends the run ("4支队伍")."""
    assert ("勘察所", "测绘所", "设计二所") in _items_of("勘察所、测绘所和设计二所被院工会评为先进职工之家。")
    assert any(items[-1] == "美食一条街" for items in _items_of("今年建成了职工书屋、职工健身房和美食一条街。"))
    assert any(items[0] == "12个乡镇工会" for items in _items_of("县总工会下辖的12个乡镇工会、5个街道工会、3个园区工会全部完成换届。"))


def test_the_last_word_is_what_is_asked_for_only_when_nothing_before_says_it() -> None:
    assert asked_category("参加培训的职工有哪些取证？") != "取证"
    assert asked_category("第五届职工篮球赛有哪几家参加？") != "参加"
    assert asked_category("参加全市职工技能大赛的选手有哪些获奖？") != "获奖"


def test_the_worth_of_goods_is_no_money_given() -> None:
    report = "春节前，青禾林区工会为全体职工送上了价值120万元的年货。"
    assert not _answer("青禾林区工会春节送了多少慰问金？", "青禾林区工会", report).grounded


def test_places_listed_after_a_colon_answer_where_and_a_decimal_opens_no_numbered_list() -> None:
    report = "2023年10月，青禾县总工会举办第五届职工运动会，比赛设三个赛区：县体育馆、第一中学操场、工人文化宫。共有42支代表队参赛。"
    assert _answers_all("青禾县总工会第五届职工运动会分别在什么地方比赛？", "青禾县总工会", report,
                        ("县体育馆", "第一中学操场", "工人文化宫"))
    assert any("3600名困难职工子女" in items for items in _items_of("帮扶覆盖三类对象：1.2万名困难职工，3600名困难职工子女，800名农民工。"))


def test_a_list_of_another_speaker_is_not_the_one_the_question_names() -> None:
    """"张某提出了哪些要求": the sentence saying 要求 is 县委书记李某's, so the one naming 张某 is the answer."""
    report = ("县委书记李某在县工会十四大上对工会工作提出了三点要求：坚持政治引领、服务中心大局、加强自身建设。"
              "在3月召开的县总工会全委会上，市总工会副主席张某充分肯定了青禾县总工会过去一年的工作，并希望县总工会再接再厉。")
    answer = _answer("3月全委会上市总工会副主席张某对青禾县总工会提出了哪些要求？", "青禾县总工会", report)
    assert "坚持政治引领" not in answer.text


def test_an_undated_list_after_a_dated_sentence_goes_on_with_its_month() -> None:
    """"6月1日至23日，…举办了各项体育赛事。比赛项目有A、B、C…": the list says no month of its own."""
    report = ("6月1日至23日，青禾工业园区管委会举办了为期近一个月的各项体育赛事活动。"
              "比赛项目有键盘打字、象棋、乒乓球、台球、定点投篮、羽毛球，共有800余人参赛。")
    assert _answers_all("青禾工业园区6月份的体育赛事有哪几项比赛？", "青禾工业园区工会", report, ("键盘打字", "羽毛球"))


# The second review's cases: where the mends went too far


def test_a_body_invited_after_a_deed_holds_the_post_named_after_it() -> None:
    """"会议邀请了市总工会主席王立明出席": the city union's chairman, though 了 stands right before its name."""
    report = "3月20日，青禾热力集团召开三届二次职代会，会议邀请了市总工会主席王立明出席并讲话。"
    answer = _answer("青禾热力集团工会主席是谁？", "青禾热力集团工会", report)
    assert "王立明" not in answer.text or not answer.grounded


def test_a_year_s_own_report_planning_the_next_year_s_work_is_of_its_year() -> None:
    """"2023年工作总结暨2024年度工作要点" and "县委2022年度经济工作会议精神" say no other year summed up."""
    for title, opening in (("青禾县总工会2023年工作总结暨2024年度工作要点", "2023年，县总工会"),
                           ("青禾县总工会工作总结", "2023年，县总工会认真贯彻落实县委2022年度经济工作会议精神，")):
        report = opening + "全年走访慰问困难职工1260户。"
        answer = _ask("青禾县总工会2023年全年慰问了多少户困难职工？", report, unit="青禾县总工会", title=title, year=2023, period="年度")
        assert answer.grounded and "1260户" in answer.text


def test_a_count_in_two_digits_stays_whole() -> None:
    assert any(items[-1] == "12条健身步道" for items in _items_of("园区工会建成职工之家、职工书屋、12条健身步道。"))


def test_an_annual_summary_telling_two_sessions_held_answers_for_the_later_one() -> None:
    report = ("2023年1月，公司三届三次职工代表大会隆重召开，审议通过了公司工作报告。"
              "12月28日，公司召开三届四次职工代表大会。会议共收到代表提案42件，立案31件。")
    assert _answers_all("青禾热力公司三届四次职代会收到多少件提案？", "青禾热力公司工会", report, ("42件",))


def test_that_company_and_the_things_it_has_are_told_apart() -> None:
    """"那家公司下属几个厂？": a company (its 厂 are what is counted); "那个县新建了几所学校？": a county."""
    assert pointed_kind("那家公司下属几个厂？").kind == "公司"
    assert pointed_kind("那个县新建了几所学校？").kind == "县"
    assert pointed_kind("那个镇有几个村？").kind == "镇"


def test_words_saying_which_county_relative_to_another_are_no_county() -> None:
    assert not is_specific("外县") and not is_specific("本县") and is_specific("澧县")
    assert read_own_scope("外县来务工的农民工有多少人入会？", TODAY).place is None


def test_a_deed_done_to_plan_by_a_month_s_end_is_of_that_month() -> None:
    assert months_dated("按计划于3月底前完成了全县86家基层工会换届选举。") == {3}


def test_a_county_named_after_its_city_is_not_the_city() -> None:
    """"湖南长沙县" is 长沙县, never 长沙 (the city's own report)."""
    assert "长沙" not in name_forms("湖南长沙县") and "长沙县" in name_forms("湖南长沙县")


def test_degrees_written_with_their_sign_answer_how_many_degrees() -> None:
    report = "7月，最高气温达38℃，县总工会开展“送清凉”活动，慰问一线职工1200人。"
    assert _answers_all("县总工会送清凉时最高气温达到多少度？", "青禾县总工会", report, ("38℃",))


def test_a_slogan_spelled_out_by_short_names_is_defined() -> None:
    text = "县总工会机关认真落实“五项制度”，学习、例会、考勤、财务、档案管理，各项工作规范有序。"
    assert definition_span(text, "五项制度") is not None
