"""Shapes found on fresh report pages in round twenty-seven (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.condense import Turn
from assistant.persons import asks_who, titled_person
from assistant.qa import QAService, next_turn
from assistant.scope import Scope, check_scope, numbers_agree, read_scope

TODAY = date(2026, 12, 6)


def test_a_name_asked_without_the_ordinal_of_a_sibling_body_is_another_body() -> None:
    """"青禾县人民医院" is not "青禾县第二人民医院": an abbreviation keeps the ordinal's number ("青禾二院"), which is
    what tells sibling bodies apart; the report of the second hospital answers neither the first nor its staff."""
    assert not numbers_agree("青禾县人民医院", "青禾县第二人民医院")
    assert numbers_agree("青禾二院", "青禾县第二人民医院") and numbers_agree("中建三局", "中国建筑第三工程局")
    text = "4月10日，青禾县第二人民医院召开四届二次职工代表大会，出席会议的代表有130人。"
    asked = Scope(unit="青禾县人民医院", place="青禾县")
    assert not _kept_in_scope(asked, text, unit="青禾县第二人民医院工会")
    assert _kept_in_scope(Scope(unit="青禾县第二人民医院", place="青禾县"), text, unit="青禾县第二人民医院工会")
    answer = _answer("青禾县人民医院职代会出席代表有多少人？", text, unit="青禾县第二人民医院工会")
    assert not answer.grounded and "130人" not in answer.text.split("资料中最接近的内容")[0]


def test_a_place_by_record_the_tagger_calls_a_common_noun_opens_a_company_name() -> None:
    """"大方供电公司" (大方 is a county, and to the tagger a common word): the question names that company, so a
    county union's figures of another report are not its answer."""
    scope = read_scope("大方供电公司春节慰问了多少户困难职工？", Scope(), [], TODAY)
    assert scope.unit == "大方供电公司"
    other = "春节元旦期间，县总工会走访慰问困难职工386户，发放慰问金159450元。"
    assert not _answer("大方供电公司春节慰问了多少户困难职工？", other, unit="县总工会").grounded


def test_a_common_verb_after_a_title_is_no_name() -> None:
    """"工会主席深入到基层" names nobody: 深入 is a verb the tagger cuts whole, so "谁是工会主席" is not answered by
    it; a name after the title still is, and a name that opens with a common noun ("高峰华") too."""
    assert titled_person("国网青禾县供电公司工会主席深入到基层班组开展慰问") is None
    assert titled_person("工会主席王建国深入基层") == "主席王建国"
    assert titled_person("副主席高峰华出席会议") == "主席高峰华"
    text = "7月23日，国网青禾县供电公司工会主席深入到基层班组开展“送清凉”慰问活动。"
    assert not _answer("青禾县供电公司的工会主席叫什么名字？", text, unit="国网青禾县供电公司工会").grounded


def test_a_person_asked_by_a_noun_of_people_or_by_the_people_classifier() -> None:
    """"那位困难职工叫什么", "劳模护士叫什么": a person's name is asked (位 counts people; 士, 员, 手 end nouns of
    people), not a title in quotes; "这个活动叫什么" still asks a title."""
    for question in ("水务部的那位困难职工叫什么？", "顺带看望的市级劳模护士叫什么？", "获奖选手叫什么？", "评上的都有哪些人？"):
        assert asks_who(question), question
    for question in ("这个活动叫什么？", "劳模创新工作室叫什么名字？", "那些人员的培训叫什么活动？"):
        assert not asks_who(question), question
    text = ("1月20日，市机冶工会一行来到青禾化纤走访慰问困难职工。"
            "王海一行在公司工会副主席李纪强的陪同下，来到水务部职工戴晓林的家中慰问，给他带去新春的祝福。")
    answer = _answer("青禾化纤那次走访慰问，水务部的那位困难职工叫什么？", text, unit="青禾化纤公司工会",
                     title="青禾化纤公司工会走访慰问困难职工")
    assert answer.grounded and "戴晓林" in answer.text


def test_a_figure_asked_between_a_verb_and_its_object_is_said_with_the_word_they_make() -> None:
    """"职工投了多少篇稿": "职工投稿160篇" answers it (投稿, split by the figure asked); a figure of another deed
    in the same sentence ("访问网站1.6万多人次") does not."""
    text = "8月1日网站开通，年内有1.6万多人次访问网站，职工投稿160篇，近13万字。"
    answer = _answer("青禾电力“职工之家”网站开通当年，职工投了多少篇稿？", text, unit="青禾电力工会",
                     title="青禾电力工会职工之家网站建设")
    assert answer.grounded and "160篇" in answer.text


def test_a_follow_up_on_the_year_before_or_after_moves_the_year_of_the_answer_before() -> None:
    """"第二年他们的送清凉又是哪天？" after an answer drawn from 2019's report asks of 2020; after one whose articles
    say no year, those articles are of another year than asked and are set aside."""
    before = Turn("青禾供电公司工会送清凉是哪天？", "青禾供电公司工会", frozenset({"a"}), None, 2019)
    scope = read_scope("第二年他们的送清凉又是哪天？", Scope(), [before], TODAY)
    assert scope.year == 2020 and scope.unit == "青禾供电公司工会"
    assert read_scope("那前一年呢？", Scope(), [before], TODAY).year == 2018
    undated = Turn("永宁税务的气排球比赛有多少选手参加？", None, frozenset({"a"}), None, None)
    scope = read_scope("那他们前一年的气排球赛有多少人参加？", Scope(), [undated], TODAY)
    text = "永宁税务部门组织气排球比赛，吸引了3支参赛队伍70余名选手参加。"
    kept, misses = check_scope([make_hit(text, doc_id="a")], scope, {"a": text})
    assert not kept and misses[0].reasons == ("year",)
    hits = [make_hit(text, doc_id="a", rank=1, unit="永宁税务局工会")]
    qa = QAService(_knowledge(hits))
    first = qa.answer("永宁税务的气排球比赛有多少选手参加？")
    assert first.grounded
    again = qa.answer("那他们前一年的气排球赛有多少人参加？", [next_turn(first)])
    assert not again.grounded and "70余名" not in again.text.split("资料中最接近的内容")[0]


def test_a_demonstrative_before_a_counter_points_at_things_and_asks_no_figure() -> None:
    """"用了哪些办法来破解那几个难题": 那几个 points at the problems told before, it asks no number, so the list of
    means is the answer, not a sentence with a figure."""
    from assistant.question_profile import profile_question

    assert not profile_question("青禾油田工会用了哪些办法来破解那几个难题？", lambda word: 3.0).wants_number
    assert profile_question("青禾油田工会破解了几个难题？", lambda word: 3.0).wants_number
    text = ("工会工作必须直面四个难题。"
            "工会通过开展劳动竞赛、创新创效、惠民工程、“互联网+”工会工作等手段，初步解决了这些难题。")
    answer = _answer("青禾油田工会用了哪些办法来破解那几个难题？", text, unit="青禾油田工会")
    assert answer.grounded and all(item in answer.text for item in ("劳动竞赛", "创新创效", "惠民工程"))


def test_a_body_asked_after_its_city_without_the_level_is_the_citys_body() -> None:
    """"泰州国税局" is 泰州市国税局: the city, written without 市 (a place to the tagger, one area by record), is
    read as the place, so the city's report ("来我市…验收市国税局…") answers it; "东方电气" opens with no place."""
    scope = read_scope("泰州国税局在验收时表态的副局长是谁？", Scope(), [], TODAY)
    assert (scope.unit, scope.place) == ("泰州市国税局", "泰州市")
    assert read_scope("东方电气集团工会主席是谁？", Scope(), [], TODAY).place is None
    text = ("日前，泰州市总工会来我市考核验收国税局“全国模范职工之家”创建工作。"
            "市国税局副局长张继文表态，将以此次验收为新的起点，把职工之家建设得更好。")
    answer = _answer("泰州国税局在验收时表态的副局长是谁？", text, unit="泰州市总工会", title="泰州市总工会工作总结")
    assert answer.grounded and "张继文" in answer.text


def test_households_asked_in_hu_are_counted_in_ming_or_ge_of_a_household_noun() -> None:
    """"走访了几户困难职工家庭": "走访慰问4名困难职工家庭" counts households (名 of a household noun), as "5个困难家庭"
    does; "30名居民" and "4名家庭成员" count people."""
    from assistant.question_profile import figure_counts_otherwise, profile_question

    profile = profile_question("青禾一院工会春节走访了几户困难职工家庭？", lambda word: 3.0)
    assert figure_counts_otherwise("走访慰问4名困难职工家庭", profile)
    assert figure_counts_otherwise("慰问了5个困难家庭", profile)
    assert not figure_counts_otherwise("慰问了30名居民", profile) and not figure_counts_otherwise("看望4名家庭成员", profile)
    text = "1月28日下午，青禾市第一医院工会主席陈建荣来到病房，走访慰问4名困难职工家庭，送上关怀和祝福。"
    answer = _answer("青禾市第一医院工会春节走访了几户困难职工家庭？", text, unit="青禾市第一医院工会")
    assert answer.grounded and "4名" in answer.text


def test_a_body_named_by_what_it_is_to_the_one_before_keeps_the_conversation() -> None:
    """"上级工会有谁来指导了？", "那这次选出的新一届工会主席是谁？": 上级 and 新一届 name a body by what it is to the
    unit asked before, so the follow-up stays with that unit's articles; another unit's election does not answer it."""
    from assistant.condense import is_follow_up

    assert is_follow_up("上级工会有谁来指导了？") and not is_follow_up("青禾县总工会有谁来指导了？")
    before = Turn("青禾疾控第四次职工大会选出了多少名职工代表？", None, frozenset({"a"}), None, None)
    assert read_scope("那这次选出的新一届工会主席是谁？", Scope(), [before], TODAY).doc_ids == frozenset({"a"})
    hits = [make_hit("4月18日，青禾市疾病预防控制中心召开第四次职工大会，最终选出了27名职工代表。", doc_id="a", rank=1,
                     unit="青禾市疾病预防控制中心工会", title="青禾疾控召开第四次职工大会"),
            make_hit("柳岸市疾控中心工会委员会换届，最终选出7位同志为新一届工会委员，姜文同志为工会主席。", doc_id="b", rank=2,
                     unit="柳岸市疾控中心工会委员会", title="柳岸市疾控中心工会换届")]
    qa = QAService(_knowledge(hits))
    first = qa.answer("青禾疾控第四次职工大会选出了多少名职工代表？")
    assert first.grounded and "27名" in first.text
    again = qa.answer("那这次选出的新一届工会主席是谁？", [next_turn(first)])
    assert "姜文" not in again.text.split("资料中最接近的内容")[0]


def test_a_first_clause_that_only_points_at_bodies_is_not_a_question_of_its_own() -> None:
    """"税务、工商、市场监管这几家机关里，哪些单位…？": 这几家 points at the bodies, it asks no number, so the message
    is the second question alone (not a first "question" answered from whatever passage names 机关)."""
    from assistant.qa import two_questions

    assert two_questions("税务、工商、市场监管这几家机关里，哪些单位的工会活动安排过徒步或者健步走？") == [
        "哪些单位的工会活动安排过徒步或者健步走？"]
    assert len(two_questions("体检花了多少钱，在职职工去了几个人？")) == 2


def test_a_year_word_that_is_no_move_of_the_conversations_year_keeps_it() -> None:
    """A comparison's base ("比上一年增加了多少人"), a run ("连续第二年"), a date ("次年1月起") and the next year's plans
    ("下一年有什么打算", told in this year's report) move nothing; a 前一年 whose year nothing says sets every article
    aside (none is known to be of it), and one after a question that named its year moves that year."""
    from assistant.scope import year_after_turn

    for question in ("比上一年增加了多少人？", "和前一年相比多了多少人？", "这是连续第二年举办吗？", "该制度从次年1月起实施吗？",
                     "下一年有什么打算？"):
        assert year_after_turn(question) == 0, question
    assert year_after_turn("那前一年呢？") == -1 and year_after_turn("那下一年呢？") == 1
    before = Turn("青禾化工公司工会2023年职工运动会有多少名职工参加？", "青禾化工公司工会", frozenset({"a"}), None, None)
    assert read_scope("那前一年呢？", Scope(), [before], TODAY).year == 2022
    text = "10月14日，青禾化工公司工会举办第五届职工运动会，共有1260名职工参加，比上一年增加了180人。"
    hits = [make_hit(text, doc_id="a", rank=1, unit="青禾化工公司工会", year=2023)]
    qa = QAService(_knowledge(hits))
    first = qa.answer("青禾化工公司工会2023年职工运动会有多少名职工参加？")
    compared = qa.answer("比上一年增加了多少人？", [next_turn(first)])
    assert compared.grounded and "180人" in compared.text
    undated = Turn("青禾港口公司工会第六届运动会有多少名职工参加？", "青禾港口公司工会", frozenset({"a"}), None, None)
    scope = read_scope("那前一年呢？", Scope(), [undated], TODAY)
    kept, _ = check_scope([make_hit(text, doc_id="b", year=2022)], scope, {"b": text})
    assert scope.year is None and not kept


def test_a_relative_body_with_a_name_of_its_own_is_that_body() -> None:
    """"上级单位红柳钢铁集团工会…": the name after 上级 is the body asked, not the unit before."""
    from assistant.condense import is_follow_up

    assert not is_follow_up("上级单位红柳钢铁集团工会2023年技能大赛有多少名职工参赛？")
    assert not is_follow_up("下属红柳矿业公司工会有多少会员？")


def test_brands_named_after_a_place_are_not_made_the_places_bodies() -> None:
    """Only a government body's name is read with its city's level put in ("泰州国税局"); "中山医院", "青岛啤酒",
    "北京银行济南分行" are names of their own."""
    for question in ("中山医院工会主席是谁？", "青岛啤酒工会有多少会员？", "北京银行济南分行工会主席是谁？"):
        scope = read_scope(question, Scope(), [], TODAY)
        assert scope.place is None and "市" not in (scope.unit or ""), question


def test_a_pointing_first_clause_that_names_a_unit_or_time_stays_part_of_the_question() -> None:
    """"青禾化工这几年，职工技能大赛办了多少届？": the first clause says whose, so the message is one question and another
    unit's count is not its answer."""
    from assistant.qa import two_questions

    assert two_questions("青禾化工这几年，职工技能大赛办了多少届？") == []
    assert two_questions("2023年这几个月，工会慰问了多少困难职工？") == []


def test_the_rejoined_word_is_a_word_and_leaves_the_one_character_verb_fallback_alone() -> None:
    """"有多少人", "发了多少钱" join no object ("有人", "发钱"): 人 and 钱 are what is counted; "春节发了多少钱" is still
    answered by "发放慰问金68万元", and "借阅的有多少人" not by "现有人员412人"."""
    from assistant.question_profile import profile_question

    assert profile_question("书屋借阅的有多少人？", lambda word: 3.0).rejoined == ()
    assert profile_question("春节发了多少钱？", lambda word: 3.0).rejoined == ()
    answer = _answer("柳岸区总工会2023年春节发了多少钱？", "2023年元旦春节期间，柳岸区总工会共慰问困难职工455人，发放慰问金68万元。",
                     unit="柳岸区总工会", year=2023, title="柳岸区总工会2023年春节慰问困难职工")
    assert answer.grounded and "68万元" in answer.text


def test_a_thing_of_a_person_asked_is_no_person_asked() -> None:
    """"那位劳模领衔的工作室叫什么", "智能助手叫什么", "哪些人性化服务措施": a thing is asked, not a person's name; a name
    after a title that opens with a common verb but no complement is a name ("关爱民", "安定邦")."""
    for question in ("那位劳模领衔的工作室叫什么？", "青禾电力工会上线的智能助手叫什么？", "公司工会推出了哪些人性化服务措施？",
                     "驾驶员办了哪些人身保险？"):
        assert not asks_who(question), question
    assert titled_person("工会主席关爱民带队深入一线") == "主席关爱民"
    assert titled_person("主席安定邦出席会议") == "主席安定邦"


def test_a_count_of_people_doing_something_to_households_is_no_count_of_households() -> None:
    """"30名党员走访困难家庭" counts the members who went, "215名家庭困难职工" people: not households."""
    from assistant.question_profile import figure_counts_otherwise, profile_question

    profile = profile_question("青禾社区工会春节走访了多少户困难家庭？", lambda word: 3.0)
    assert not figure_counts_otherwise("组织30名党员走访困难家庭", profile)
    assert not figure_counts_otherwise("慰问215名家庭困难职工", profile)
    answer = _answer("青禾社区工会春节走访了多少户困难家庭？", "1月15日，青禾社区工会组织30名党员走访困难家庭，发放慰问金2.6万元。",
                     unit="青禾社区工会")
    assert not answer.grounded


def test_the_mends_hold_on_other_phrasings_of_relative_bodies_years_and_households() -> None:
    """Review C: "新一届工会委员会", "上级总工会", "所属基层工会" keep the conversation's unit; "那再前一年呢？", "那青禾县总工会
    前一年呢？", "那前一年3月份呢" move the year; a 前一年 after a first question found nowhere knows no year; "200个家庭农场",
    "500名家庭医生" are no households, "8个单亲困难家庭" are."""
    from assistant.condense import is_follow_up
    from assistant.question_profile import figure_counts_otherwise, profile_question
    from assistant.scope import year_after_turn

    for question in ("新一届工会委员会由几名委员组成？", "上级总工会有谁到会指导？", "所属基层工会有多少个？"):
        assert is_follow_up(question), question
    for question in ("那再前一年呢？", "那青禾县总工会前一年呢？", "那前一年3月份呢？"):
        assert year_after_turn(question) == -1, question
    before = Turn("青禾县总工会前一年职工运动会有多少人参加？", "青禾县总工会", frozenset({"a"}), None, 2022)
    assert read_scope("那再前一年呢？", Scope(), [before], TODAY).year == 2021
    nothing = Turn("青禾县总工会历届职工运动会分别有多少名职工参加？", "青禾县总工会", frozenset(), None, None)
    scope = read_scope("那前一年呢？", Scope(), [nothing], TODAY)
    text = "青禾县总工会举办职工运动会，共有1320名职工参加。"
    kept, _ = check_scope([make_hit(text, doc_id="b", year=2021)], scope, {"b": text})
    assert scope.year_unknown and not kept
    profile = profile_question("青禾县总工会帮扶了多少户困难家庭？", lambda word: 3.0)
    assert not figure_counts_otherwise("已扶持200个家庭农场", profile)
    assert not figure_counts_otherwise("签约500名家庭医生", profile)
    assert figure_counts_otherwise("走访8个单亲困难家庭", profile)
