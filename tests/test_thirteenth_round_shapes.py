"""Shapes found on fresh report pages this round (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_parts import _Knowledge

from assistant.enumeration import asked_count, find_enumerations
from assistant.extractive import _has_answer_type
from assistant.list_answers import _posts_of_one
from ingest.metadata import extract_unit
from assistant.persons import looks_like_name
from assistant.qa import QAService, next_turn
from assistant.question_profile import profile_question
from assistant.scope import check_scope, read_own_scope, writes_year
from assistant.subjects import split_subjects
from test_eighth_round_shapes import TODAY


def _knowledge(hits, *names: str) -> _Knowledge:
    """The fake knowledge base, holding the given names besides the passages' own words."""
    knowledge = _Knowledge(hits)
    knowledge.lexical.index.holds = lambda phrase: any(phrase in h.text for h in hits) or phrase in names
    knowledge.lexical.index.docs_saying = lambda phrase: [h.doc_id for h in hits if phrase in h.text]
    return knowledge


def test_a_second_question_opening_with_a_short_body_name_asks_of_that_body() -> None:
    hits = [make_hit("青禾水产所工会分别在武汉和荆州组织开展秋季运动会，设置多个项目。", doc_id="fish",
                     unit="青禾水产所工会", title="青禾水产所工会总结", rank=1),
            make_hit("柳岸所召开年度工会总结会\n1月11日下午，柳岸所召开年度工会总结会。与会委员评选出健步走协会、排球协会为年度的优秀协会。",
                     doc_id="ai", unit="柳岸所工会", title="柳岸所召开年度工会总结会", rank=2)]
    answer = QAService(_knowledge(hits, "柳岸所")).answer("青禾水产所工会办了什么运动会？柳岸所评出的优秀协会又是哪两个？")
    second = answer.text.split("\n\n")[1]
    assert "健步走协会" in second and "排球协会" in second and "武汉" not in second


def test_a_year_an_article_of_no_year_writes_bare_is_its_year() -> None:
    text = ("集团公司工会开展庆祝“三八”妇女节系列活动\n"
            "3月5日上午，集团工会组织全集团近150名女职工在江边开展了“青禾集团2016庆‘三八’文明徒步行活动”。")
    hits = [make_hit(text, doc_id="walk", unit="集团公司工会", title="集团公司工会开展庆祝“三八”妇女节系列活动", rank=1)]
    answer = QAService(_knowledge(hits)).answer("青禾集团工会2016年庆“三八”徒步行活动，组织了多少名女职工参加？")
    assert answer.grounded and "150名" in answer.text
    assert writes_year(text, 2016) and not writes_year("共收取会费2016元。", 2016)
    assert "年庆" not in profile_question("青禾集团2016年庆“三八”活动有多少人？", lambda word: 3.0).weights


def test_a_follow_up_saying_the_unit_by_its_level_alone_and_pointing_at_the_meeting() -> None:
    hits = [make_hit("5月12日，青禾市总工会第三届女职工委员会第二次全体会议召开。市总工会副主席李青出席会议并讲话。",
                     doc_id="qh", unit="青禾市总工会", title="青禾市总工会女职委会议召开", rank=1),
            make_hit("会上，市委副书记王柳发表了庆“五一”的电视讲话，市总工会领导出席。", doc_id="other", unit="市总工会",
                     title="市总工会上半年工作总结", rank=2)]
    qa = QAService(_knowledge(hits))
    first = qa.answer("青禾市总工会第三届女职委第二次全体会议是哪天开的？")
    follow = qa.answer("那次会上出席并讲话的市总工会领导是谁？", [next_turn(first)])
    assert follow.grounded and "李青" in follow.text and "王柳" not in follow.text
    assert "会上" not in profile_question("那次会上讲话的是谁？", lambda word: 3.0).weights


def test_a_news_item_dated_in_another_quarter_is_not_of_the_quarter_asked() -> None:
    article = ("9月23日至24日，青禾市总工会召开县市区工会重点工作推进会议，对照全年工作任务目标梳理了进展情况，"
               "进一步明确了第四季度的工作重点。")
    hit = make_hit(article, doc_id="q4", unit="青禾市总工会", title="青禾市总工会召开重点工作推进会")
    asked = read_own_scope("青禾市总工会第一季度工作推进会是哪天开的？", TODAY)
    assert not check_scope([hit], asked, {"q4": article})[0]
    third = read_own_scope("青禾市总工会第三季度工作推进会是哪天开的？", TODAY)
    assert check_scope([hit], third, {"q4": article})[0]
    # a report that opens undated tells of any quarter
    report = "2023年，青禾市总工会围绕中心工作，全年慰问困难职工320户。9月，举办职工运动会。"
    annual = make_hit(report, doc_id="y", unit="青禾市总工会", title="青禾市总工会2023年工作总结")
    assert check_scope([annual], asked, {"y": report})[0]


def test_a_date_or_a_year_is_no_duration() -> None:
    idf = lambda word: 3.0  # noqa: E731
    asked = profile_question("第一名的团队用了多长时间走完全程？", idf)
    assert not _has_answer_type("3月5日上午，集团工会组织近150名女职工开展徒步行活动。", asked)
    assert not _has_answer_type("2016年集团工会组织女职工开展徒步行活动。", asked)
    assert _has_answer_type("第一名的团队用时2.5小时走完全程。", asked)
    assert _has_answer_type("经过两个月时间的精心筹备，工会成立大会召开。", asked)


def test_names_after_what_they_are_are_the_list_of_people_asked_for() -> None:
    text = ("2月6日，县总工会主席李青带领干部一行，对部分单位、企业困难职工进行走访慰问。\n"
            "在困难职工余早红、成家宝、刘庭健的家中，李青详细了解了他们的生活情况。")
    assert ("余早红", "成家宝", "刘庭健") in [e.items for e in find_enumerations(text)]
    hits = [make_hit(text, doc_id="ts", unit="青禾县总工会", title="青禾县总工会走访慰问困难职工", rank=1)]
    answer = QAService(_knowledge(hits)).answer("青禾县总工会主席李青上门走访了哪几位困难职工？")
    assert "余早红、成家宝、刘庭健" in answer.text and "2月6日" not in answer.text
    assert looks_like_name("余早红") and not looks_like_name("方面") and not looks_like_name("高温慰问")


def test_an_honours_list_a_sentence_points_at_by_its_heading_and_count() -> None:
    text = ("在三八国际劳动妇女节前夕，青禾邮政多个集体和个人获表彰。青禾市分公司投递班等3个集体获全国五一巾帼标兵岗荣誉称号，"
            "柳岸支局局长王青等3人获全国五一巾帼标兵荣誉称号，青禾市分公司营业所等18个集体获全国巾帼文明岗称号，"
            "邮储银行青禾分行党委委员、副行长、工会主席李红等3人获全国巾帼建功标兵称号。\n"
            "为表彰先进、树立榜样，全国总工会授予300名个人全国五一巾帼标兵荣誉称号。\n获奖名单\n"
            "全国五一巾帼标兵岗（3个）\n青禾市分公司投递班\n柳岸邮区中心局函件班\n东岭区分公司营业部\n"
            "全国五一巾帼标兵（3人）\n王青柳岸支局局长\n赵岚东岭县分公司营销员\n周梅西坪县分公司负责人\n")
    assert asked_count("获得全国五一巾帼标兵称号的3个人分别是谁？") == 3
    hits = [make_hit(text, doc_id="post", unit="青禾邮政工会", title="青禾邮政半边天喜获荣誉", rank=1)]
    answer = QAService(_knowledge(hits)).answer("青禾邮政获得全国五一巾帼标兵称号的3个人分别是谁？")
    assert all(name in answer.text for name in ("王青", "赵岚", "周梅")) and "李红" not in answer.text
    groups = QAService(_knowledge(hits)).answer("青禾邮政获全国五一巾帼标兵岗的3个集体是哪几个？")
    assert "柳岸邮区中心局函件班" in groups.text and "东岭区分公司营业部" in groups.text
    one = [e for e in find_enumerations("邮储银行青禾分行党委委员、副行长、工会主席李红等3人获表彰。") if "副行长" in e.items]
    assert one and _posts_of_one(one[0])


def test_numbered_items_after_a_colon_on_one_line_are_a_list() -> None:
    text = "活动共有四项议程：一、校长致辞；二、宣布表彰决定并颁发奖状；三、宣布“最美家庭”名单；四、趣味比赛。"
    items = [e.items for e in find_enumerations(text)]
    assert ("校长致辞", "宣布表彰决定并颁发奖状", "宣布“最美家庭”名单", "趣味比赛") in items


def test_a_list_after_zuohao_and_items_all_opening_with_the_same_verb() -> None:
    items = [e.items for e in find_enumerations("要落实好各项工作，认真做好高温慰问、基层调研、组织建设推进、预算执行等工作。")]
    assert ("高温慰问", "基层调研", "组织建设推进", "预算执行") in items
    quoted = [e.items for e in find_enumerations("李青提出了“抓好队伍建设、抓好典型引领、抓好文化宣贯”等三个方面的思路。")]
    assert ("抓好队伍建设", "抓好典型引领", "抓好文化宣贯") in quoted


def test_a_union_a_causative_clause_brings_about_is_no_subject() -> None:
    opening = ("为总结上半年工会工作、部署下半年工作任务，扎扎实实做好工会各项工作，确保工会工作取得实效，"
               "7月30日，青禾市总工会组织召开了上半年工作总结会议。")
    assert extract_unit("", opening) == "青禾市总工会"


def test_one_figure_after_fenbie_is_what_each_got() -> None:
    asked = profile_question("青禾集团入选的创新工作室，每家拿到多少支持资金？", lambda word: 3.0)
    assert _has_answer_type("青禾集团共有9家创新工作室入选，并分别获得全国总工会支持建设资金10万元。", asked)
    assert not _has_answer_type("两家工作室分别获得支持资金10万元、20万元，共计30万元。", asked)


def test_a_second_question_opening_with_a_place_led_name_asks_of_that_body() -> None:
    hits = [make_hit("漳州市有1个劳模工作室被命名为省示范性劳模工作室，12个劳模工作室被命名为省劳模工作室。", doc_id="zz",
                     unit="漳州市总工会", title="工会工作总结", rank=1),
            make_hit("中国中铁九家劳模工匠创新工作室入选\n全国总工会公布名单，中国中铁共有9家劳模工匠创新工作室光荣入选。",
                     doc_id="crec", unit="中华全国总工会",
                     title="中国中铁九家劳模工匠创新工作室入选", rank=2)]
    answer = QAService(_knowledge(hits, "中国中铁")).answer("漳州这次有多少个劳模工作室被命名为省劳模工作室？中国中铁又有几家入选名单？")
    assert "12个" in answer.text and "9家" in answer.text.split("\n\n")[1]


def test_the_first_edition_answers_which_edition() -> None:
    asked = profile_question("青禾的职工技能状元竞赛是第几届？", lambda word: 3.0)
    assert _has_answer_type("9月25日，青禾市首届“职工技能状元”竞赛在青禾分公司圆满落幕。", asked)


def test_a_last_subject_named_with_its_place_is_a_body_of_the_first_ones_kind() -> None:
    assert split_subjects("黄州工业园和温岭新河镇的雅雀村工业园，各有多少家入驻企业？哪个更多？") == [
        "黄州工业园有多少家入驻企业", "温岭新河镇的雅雀村工业园有多少家入驻企业"]
    assert split_subjects("青禾邮政和柳岸供水集团的工会主席分别是谁？") == ["青禾邮政的工会主席是谁", "柳岸供水集团的工会主席是谁"]


def test_what_the_review_found_stays_mended() -> None:
    idf = lambda word: 3.0  # noqa: E731
    # a follow-up about a facility of the unit just asked about, which no article's title names, stays with it
    hits = [make_hit("2023年，青禾县总工会开展送温暖活动，慰问困难职工320户。", doc_id="a", unit="青禾县总工会", rank=1),
            make_hit("今年以来，柳岸县总工会建成户外劳动者服务站30个。", doc_id="c", unit="柳岸县总工会", rank=2),
            make_hit("今年以来，青禾县总工会新建户外劳动者服务站12个。", doc_id="b", unit="青禾县总工会", rank=3)]
    qa = QAService(_knowledge(hits))
    follow = qa.answer("户外劳动者服务站建了多少个？", [next_turn(qa.answer("青禾县总工会慰问了多少户困难职工？"))])
    assert "12个" in follow.text and "30个" not in follow.text
    # a year written bare only before what it names, never as a count, a number or a code
    assert not any(writes_year(text, 2016) for text in ("新增图书2016册。", "建设路2016号", "GB/T 19001-2016标准"))
    assert writes_year("开展“青禾集团2016庆‘三八’”活动", 2016)
    # durations in weeks, half months and thousands of days
    asked = profile_question("前期筹备用了多长时间？", idf)
    assert all(_has_answer_type(f"大赛前期筹备历时{said}。", asked) for said in ("两个星期", "一个半月", "1000天"))
    assert "活动室" in profile_question("这次活动室改造投入了多少资金？", idf).weights
    # list items: 好人好事 is a word, the siblings' verbs stay, things are no names, 的 inside an item stays
    items = [e.items for text in ("坚持做好人好事、扶贫帮困、捐资助学。", "引导职工做好本职、守好岗位、管好安全。",
                                  "送去了防暑降温药品、凉茶、毛巾等物品。", "慰问了环卫工人、交警、快递员、户外的劳动者。")
             for e in find_enumerations(text)]
    assert ("坚持做好人好事", "扶贫帮困", "捐资助学") in items and ("做好本职", "守好岗位", "管好安全") in items
    assert ("防暑降温药品", "凉茶", "毛巾") in items and ("环卫工人", "交警", "快递员", "户外的劳动者") in items
    # headings on their own lines stay one list beside numbered items inside a line
    headings = "一、加强组织建设\n二、开展劳动竞赛\n参赛职工3000人：一、二等奖分别由机修车间获得。\n三、做好困难帮扶"
    assert ("加强组织建设", "开展劳动竞赛", "做好困难帮扶") in [e.items for e in find_enumerations(headings)]
    # names on one line under a counted heading are no line each
    roster = "全国五一巾帼标兵（3人）\n王青　赵岚　周梅\n全国巾帼文明岗（2个）\n青禾营业部　柳岸营业班\n"
    assert not [e for e in find_enumerations(roster) if "（" in e.lead]
    # a body whose name opens with 保障/促进 is still the unit; a rank is no count
    assert extract_unit("", "保障部工会在公司党委的领导下，全年组织活动12次。") == "保障部工会"
    assert asked_count("获得第二名的是谁？") is None
    assert not profile_question("女职工座谈会都有谁参加？", idf).people_listed
    three = [e for e in find_enumerations("市总工会王青主席、李红副主席、赵岚副主席出席会议。") if len(e.items) == 3]
    assert three and not _posts_of_one(three[0])
    aside = [e.items for e in find_enumerations("赵清和（女）、孙远舟、周白鹭等3位同志当选经费审查委员会委员。")]
    assert ("赵清和（女）", "孙远舟", "周白鹭") in aside
