"""Shapes found on fresh report pages in round twenty-four (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twentieth_round_shapes import _IDF

from assistant.enumeration import asked_count
from assistant.extractive import _term_found
from assistant.periods import relative_year_otherwise
from assistant.qa import QAService
from assistant.question_profile import post_held_elsewhere, profile_question
from assistant.scope import Scope, check_scope, is_specific
from assistant.subjects import known_name
from ingest.clean import clean_text
from ingest.masthead import copyright_owner, publisher_names
from ingest.metadata import extract_unit


def _answer(question: str, text: str, **meta: object):
    """The answer over one article's passage with the given metadata (unit, title, year…)."""
    return QAService(_knowledge([make_hit(text, doc_id="a", rank=1, **meta)])).answer(question)


def _kept_in_scope(scope: Scope, text: str, **meta: object) -> bool:
    """Whether the scope keeps one article's passage."""
    kept, _ = check_scope([make_hit(text, doc_id="a", **meta)], scope, {"a": text})
    return bool(kept)


def test_those_who_joined_the_union_are_its_members() -> None:
    """"发展了多少会员" of a report that counts who joined the union ("300余名派驻员工全部加入了工会组织",
    "新入会员工120人"): the count of who joined is the count of members asked."""
    text = ("青禾商厦（以下简称青禾店）是本市规模最大的商场之一。青禾店工会以发展派驻人员入会为重点。"
            "各楼层派驻销售人员有360余人。300余名派驻员工全部自愿加入了工会组织。")
    answer = _answer("青禾店工会发展了多少会员？", text, unit="青禾店工会", title="青禾店工会工作总结")
    assert answer.grounded and "300余名" in answer.text
    joined = _answer("青禾店工会发展了多少会员？", "今年青禾店工会新入会员工120人，职工满意度明显提高。",
                     unit="青禾店工会", title="青禾店工会工作总结")
    assert joined.grounded and "120人" in joined.text


def test_a_site_greeting_without_the_word_site_names_its_owner_and_is_chrome() -> None:
    """"欢迎光临青禾市物业管理行业协会" heads the page: the owner is read as from "…网站" greetings, and the
    line is dropped from the text like them; a report whose own text says only "市住建局" is then the city's."""
    page = "欢迎光临青禾市物业管理行业协会\n\n市住建局工会主席带队分成五个慰问组，来到了12个住宅物业小区慰问一线员工。"
    assert copyright_owner(page) == "青禾市物业管理行业协会"
    assert copyright_owner("欢迎访问青禾县新闻中心\n") == ""  # a portal, no body
    assert not clean_text(page).startswith("欢迎")
    assert clean_text("欢迎来到我们的职工书屋，这里有3000册图书。") != ""  # a sentence, not a greeting line


def test_the_unions_of_every_level_are_no_one_union() -> None:
    """"集团各级工会组织共筹集…" opens the report: "集团各级工会" is no unit's name, so a question naming the
    group (its title says 青禾市政集团) finds it."""
    assert extract_unit("青禾市政集团开展“两节”送温暖", "“两节”期间，集团各级工会组织共筹集30万元资金，全面展开送温暖活动。") != "集团各级工会"
    assert is_specific("市政集团") and is_specific("市政公司") and not is_specific("市政府")


def test_the_one_elected_is_no_part_of_the_body_whose_post_it_is() -> None:
    """"选举柳青同志为集团第五届工会联合会主席": the post is the 集团's, not of "柳青同志为集团", another body."""
    text = "随后，工会联合会委员会召开会议，以举手表决的方式，选举柳青同志为集团第五届工会联合会主席。"
    profile = profile_question("青禾物业集团选出来的工联会主席是谁？", _IDF)
    assert not post_held_elsewhere(text, profile, text, "青禾物业集团工会")


def test_an_abbreviation_the_sentence_spells_out_weighs_in_full() -> None:
    """"工联会" asked, "工会联合会" written in the sentence: the word is said there, not only in the unit's name."""
    profile = profile_question("青禾物业集团选出来的工联会主席是谁？", _IDF)
    context = "青禾物业集团召开第五届工会联合会第二次会员代表大会"
    weight = profile.weights["工联会"]
    found = _term_found("工联会", weight, "选举柳青同志为集团第五届工会联合会主席。", context, "", profile, frozenset(), frozenset(), "")
    assert found == weight
    # (said only in the unit's name, it counts as the context does)
    assert _term_found("工联会", weight, "会议提出，要密切联系群众。", context, "", profile, frozenset(), frozenset(), "") < weight


def test_the_year_a_fact_builds_on_is_not_the_year_it_tells_of() -> None:
    """"在去年参保的基础上，xx年4月，又为84名女教职工办理了…" answers "今年又为多少名…": 去年 is what it builds on."""
    profile = profile_question("学院今年又为多少名女教职工办理了女性安康保险？", _IDF)
    assert not relative_year_otherwise("在去年参保的基础上，xx年4月，又为84名女教职工办理了女性安康保险。", profile, None)
    assert relative_year_otherwise("去年为84名女教职工办理了女性安康保险。", profile, None)


def test_a_site_s_news_section_in_its_breadcrumb_is_no_publisher() -> None:
    """"当前位置:首页 > 新闻中心 > 公司动态": the news section is the site's, not a body that published the report."""
    assert publisher_names("当前位置:首页 > 新闻中心 > 公司动态\n") == ""
    assert publisher_names("当前位置:首页 > 青禾化工集团 > 公司动态\n") == "青禾化工集团"


def test_a_venue_the_clause_is_all_of_answers_where() -> None:
    """"10月20日，在青禾大学化工学院实验场地，来自…的30名选手正在激烈对决…决赛": the clause is the place."""
    text = "10月20日，在青禾大学化工学院实验场地，来自集团所属各单位进入决赛的30名选手正在激烈对决化工总控工决赛。"
    answer = _answer("青禾化工集团2021年职工技能大赛的决赛是在哪里进行的？",
                     "这标志着青禾化工集团2021年职工技能大赛开始进入决赛阶段。" + text, unit="青禾化工集团工会", year=2021,
                     title="青禾化工集团2021年职工技能大赛")
    assert answer.grounded and "青禾大学化工学院实验场地" in answer.text
    assert "venue" not in profile_question("在工作中，工会做了哪些事？", _IDF).kinds


def test_a_report_s_title_asked_as_its_topic_is_the_quoted_title() -> None:
    """"工作报告题目是什么": "柳青作了题为“强化纽带作用，依法履职尽责”的工会工作报告" says it, a long quote with commas."""
    profile = profile_question("公司职代会上，工会主席作的工会工作报告题目是什么？", _IDF)
    assert "title" in profile.kinds
    text = "柳青作了题为“强化纽带作用，依法履职尽责，为公司发展筑牢群众基础”的工会工作报告。"
    answer = _answer("公司职代会上，工会主席作的工会工作报告题目是什么？",
                     "3月20日，公司召开一届九次职工代表大会。会议由工会主席柳青主持。" + text, title="公司召开一届九次职代会")
    assert answer.grounded and "强化纽带作用" in answer.text


def test_things_counted_then_asked_what_they_are_is_a_list_question() -> None:
    """"三大创新亮点是什么": the three things, each, as a "哪三个" question would get them."""
    assert asked_count("青禾园区分享的集体协商三大创新亮点是什么？") == 3
    assert profile_question("青禾园区分享的集体协商三大创新亮点是什么？", _IDF).wants_list
    assert asked_count("这次活动是什么？") is None
    text = ("经验分享环节，青禾园区分享了集体协商的三大创新亮点：一是覆盖有广度，开创了园区“全域覆盖”的模式，职工人数增至2万人；"
            "二是内容有深度，增设“弹性共担”机制；三是监督有力度，建立“全方位”的监督机制。")
    answer = _answer("青禾园区分享的集体协商三大创新亮点是什么？", text, title="青禾园区集体协商观摩会举行")
    assert all(item in answer.text for item in ("覆盖有广度", "内容有深度", "监督有力度"))


def test_quoted_items_closed_by_deng_are_a_whole_list() -> None:
    """"一季度，开展了“冬送温暖”“春送培训”等活动": two quoted items and 等 answer "开展了哪些…活动"."""
    text = "突出职能优势，“暖心服务”传递工会温度。一季度，开展了“冬送温暖”“春送培训”等活动。多办得人心、暖人心、稳人心的实事。"
    answer = _answer("青禾地产工会一季度开展了哪些暖心服务活动？", text, unit="青禾地产工会", title="青禾地产工会一季度工作总结")
    assert "冬送温暖" in answer.text and "春送培训" in answer.text


def test_a_name_stops_at_the_quote_after_it() -> None:
    """"杭州临平新材料产业园“要约应约”环节…": the name is the park's; the quote opens what it did."""
    holds = lambda phrase: phrase in "杭州临平新材料产业园“要约应约”环节，10家企业职工代表现场互换要约书。"
    assert known_name("杭州临平新材料产业园“要约应约”环节又有几家企业参加", holds) == "杭州临平新材料产业园"


def test_a_second_question_opening_with_a_long_name_of_a_place_asks_of_that_body() -> None:
    """"…交流活动上有几家单位作了交流发言？杭州临平新材料产业园“要约应约”环节又有几家企业参加？": the second is
    not the first's follow-up: it names a body the material writes, another than the first's."""
    hits = [make_hit("四市化工工会交流活动召开\n会上，8家单位作了交流发言。", doc_id="meet", unit="四市化工工会",
                     title="四市化工工会交流活动召开", rank=1),
            make_hit("3月13日，杭州市集体协商观摩会在杭州临平新材料产业园举行。“要约应约”环节，青禾港集团、市快递行业工会等10家企业职工代表"
                     "与行政方负责人现场互换要约书。", doc_id="park", title="2025年工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer("四市化工工会交流活动上有几家单位作了交流发言？杭州临平新材料产业园“要约应约”环节又有几家企业参加？")
    second = answer.text.split("\n\n")[1]
    assert "10家" in second


def test_a_quarter_asked_is_not_another_quarter_s_titled_meeting() -> None:
    """"四季度工作例会布置了哪些工作" of "公司工会召开三季度工作例会" (whose text lays out 下半年's tasks): the
    meeting is the third quarter's; the fourth's is not in the material."""
    text = "8月5日上午，公司工会召开了三季度工作例会。会议布置了下半年工作：组织职工参加集团合唱比赛；高温季节为一线送清凉。"
    meta = dict(unit="公司工会", title="公司工会召开三季度工作例会")
    assert not _kept_in_scope(Scope(period="四季度"), text, **meta)
    assert _kept_in_scope(Scope(period="三季度"), text, **meta)
    assert _kept_in_scope(Scope(period="四季度", asks_plan=True), text, **meta)  # its plans for the fourth may be asked


def test_a_post_of_the_place_s_federation_or_of_the_reporting_company_is_not_the_one_asked() -> None:
    """"…副主任、市总工会主席彭某出席并讲话" does not say who chairs the company's union asked; "我公司工会主席刘某当选为
    第一届委员会委员" does not say who chairs the federation asked. The place's federation asked is its own."""
    text = "5月27日，青禾石化公司工会第一届第一次会员代表大会召开，市人大常委会副主任、市总工会主席彭青出席并讲话。"
    assert post_held_elsewhere(text, profile_question("青禾石化工会第一届工会委员会主席选的是谁？", _IDF), text)
    assert not post_held_elsewhere(text, profile_question("柳岸市总工会主席是谁？", _IDF), text)
    member = "我公司工会主席柳青当选为第一届委员会委员。"
    assert post_held_elsewhere(member, profile_question("柳岸市化工行业工会联合会第一届委员会的主席是谁？", _IDF), member)
    assert not post_held_elsewhere(member, profile_question("柳岸化工公司工会主席是谁？", _IDF), member)
