"""Shapes found on fresh report pages in round twenty-one (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_eighth_round_shapes import TODAY
from test_thirteenth_round_shapes import _knowledge
from test_twentieth_round_shapes import _IDF, _ask, _items_of

from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import read_own_scope


def test_an_institute_numbered_after_its_group_s_name_is_the_unit_asked() -> None:
    """"青禾电科38所为…": the digits and 所 after a group's name number one of its institutes (the tagger
    reads "38" and "所为"); a count of schools is none, and a kind of school the dictionary knows
    (老年大学) is what was paid for, not a second unit."""
    assert read_own_scope("青禾电科38所为多少名退休职工报销了老年大学学费？", TODAY).unit == "青禾电科38所"
    assert read_own_scope("青禾电科32所工会今年做了什么？", TODAY).unit == "青禾电科32所工会"
    assert read_own_scope("全市38所学校参加了比赛吗？", TODAY).unit is None
    report = "今年青禾电科32所党委、工会协助家属为8名去世的离退休职工处理后事，为18名退休职工报销老年大学学费。"
    other = _ask("青禾电科38所为多少名退休职工报销了老年大学学费？", report, title="工会工作总结")
    assert not other.grounded and "18名" not in other.text.split("资料中最接近的内容")[0]
    own = _ask("青禾电科32所为多少名退休职工报销了老年大学学费？", report, title="工会工作总结")
    assert own.grounded and "18名" in own.text


def test_a_committee_of_a_union_asked_is_that_union_s() -> None:
    """"柳湾矿工会女工委员会主任是谁": the committee belongs to the union, which is the unit asked
    (and "…集团柳湾" before 矿 is no place)."""
    scope = read_own_scope("青禾集团柳湾矿工会女工委员会主任是谁？", TODAY)
    assert scope.unit == "青禾集团柳湾矿工会"
    assert scope.place is None
    report = "会上，该矿工会女工委员会主任刘秀英向各位女工委员的辛苦工作表示感谢。"
    answer = _ask("青禾集团柳湾矿工会女工委员会主任是谁？", report, unit="青禾集团石岭矿工会",
                  title="青禾集团石岭矿工会召开女工工作会议")
    assert not answer.grounded


def test_a_first_item_is_cut_to_the_shape_its_siblings_share() -> None:
    """"建立组织共建、阵地共用、活动共办": items of one shape (a character in the same place) make the first
    as long as they are; 共 inside an item ("服务共促") is no count of them ("共3项" is)."""
    text = "公司通过建立组织共建、阵地共用、活动共办、人才共育、服务共促等机制，凝聚职工力量。"
    assert ("组织共建", "阵地共用", "活动共办", "人才共育", "服务共促") in _items_of(text)
    # a shared ending is no shape: the first item may be longer than its siblings
    assert ("职工羽毛球比赛", "登山比赛", "跳绳比赛") in _items_of("开展了职工羽毛球比赛、登山比赛、跳绳比赛共3项。")


def test_titles_of_documents_spread_over_a_sentence_are_one_list_however_long() -> None:
    """"审议了《A》、《B》，讨论了《关于…的实施意见》": each document's title is one item, a long one too."""
    text = ("会议审议了《集团工会2023年工作总结及2024年工作要点》、《2023年工会经费收支决算及2024年预算报告》，"
            "讨论了《关于开展青禾集团“比学赶超创佳绩，服务创新促发展”劳动竞赛活动的实施意见》，确定了重点项目。")
    assert any(len(items) == 3 and items[2].startswith("《关于开展") for items in _items_of(text))


def test_a_yield_or_an_income_asked_is_money() -> None:
    """"创造了多少经济效益": told in 元, so a count of projects ("326项") does not answer it."""
    assert profile_question("已完成的课题一共创造了多少经济效益？", _IDF).measures == ("元",)
    report = "市级命名劳模创新工作室28个，确立创新课题326项，已完成课题210项。"
    assert not _ask("劳模创新工作室已完成的课题一共创造了多少经济效益？", report, unit="青禾市总工会",
                    title="青禾市总工会调研报告").grounded


def test_a_second_question_answered_by_the_first_answer_s_sentence_is_not_answered_twice() -> None:
    """"占多大比例？平均年龄多少？": one sentence answers both; it is shown once."""
    report = "我校年轻教师占80%，平均年龄只有29岁。年轻人精力充沛，充满了活力。"
    answer = _ask("青禾中学工会总结里，年轻教师占多大比例？平均年龄多少？", report, unit="青禾中学工会",
                  title="青禾中学工会工作总结")
    assert answer.grounded and answer.text.count("平均年龄只有29岁") == 1


def test_a_verb_before_a_level_s_union_is_no_place() -> None:
    """"紧扣落实省总工会的部署": 落实 (the tagger's adjective) is what is done to the province's union; no
    place "落实省" is asked about."""
    scope = read_own_scope("青禾省监狱系统各级工会明年要紧扣落实省总工会的哪项部署？", TODAY)
    assert scope.place != "落实省" and scope.unit != "落实省总工会"
    assert read_own_scope("湘潭市总工会慰问了多少人？", TODAY).place == "湘潭市"


def test_which_of_the_places_has_more_compares_them() -> None:
    """"各慰问了多少人？哪个县多？": the larger is said, with its figure as written ("近200名")."""
    assert profile_question("两县各慰问了多少人？哪个县多？", _IDF).compare == "most"
    assert profile_question("哪家单位更少？", _IDF).compare == "least"
    assert profile_question("哪个县多少人参加了培训？", _IDF).compare == ""
    hits = [make_hit("青禾县教育工会此次活动共慰问困难教职工近200名，发放慰问金18万多元。", doc_id="a",
                     unit="青禾县教育工会", title="青禾县教育工会春节慰问", rank=1),
            make_hit("柳岸县教育工会春节前慰问困难教师74名，发放慰问金2.2万元。", doc_id="b",
                     unit="柳岸县教育工会", title="柳岸县教育工会春节慰问", rank=2)]
    answer = QAService(_knowledge(hits)).answer("青禾县和柳岸县教育工会春节前各慰问了多少困难教职工？哪个县多？")
    assert "其中青禾县教育工会最多：近200名" in answer.text


def test_which_bodies_in_the_material_is_asked_of_every_article() -> None:
    """"材料里有哪些女职工组织受到了表彰": which bodies across the material, one line each."""
    assert profile_question("材料里有哪些女职工组织受到了表彰或评为先进？", _IDF).per_document
    assert profile_question("材料里有哪几家广电单位召开了会员代表大会？", _IDF).per_document
    assert not profile_question("材料里提到了哪些活动？", _IDF).per_document


def test_the_other_seasonal_campaign_does_not_answer_the_one_asked() -> None:
    """"那冬天送温暖又送了些什么" of a news item that tells only its summer campaign (送清凉, 三伏天): nothing;
    the summer campaign asked is answered, and a Spring Festival visit is the winter campaign."""
    summer = ("随着三伏天火力加大，户外工作者们要经受酷暑的考验。近日，青禾市总工会开展“送清凉”慰问活动，"
              "共向一线快递员赠送了400件凉茶、1500公斤绿豆、440公斤红糖等慰问品。")
    meta = {"unit": "青禾市总工会", "title": "青禾市总工会送清凉", "year": 2022}
    assert not _ask("青禾市总工会2022年冬天送温暖给快递员送了些什么？", summer, **meta).grounded
    assert _ask("青禾市总工会2022年夏天送清凉给快递员送了些什么？", summer, **meta).grounded
    winter = "春节前夕，青禾市总工会走访慰问一线快递员，共送去米面油等慰问品300份。"
    assert _ask("青禾市总工会2022年送温暖给快递员送了些什么？", winter, unit="青禾市总工会",
                title="青禾市总工会春节慰问", year=2022).grounded


def test_where_something_was_set_up_answers_where() -> None:
    """"在哪里建了维权服务站": "在…中心建立了…服务站" says where, though nothing was held there."""
    report = ("“三八”节期间，街道女职工委召开庆“三八”暨工作会议，各基层女职工委各自举行联欢、书画比赛等活动。"
              "我们在新城外来人口流动中心建立了农民工维权服务站，为农民工提供法律咨询。")
    answer = _ask("街道工会在哪里建了农民工维权服务站？", report, unit="青禾街道工会", title="青禾街道工会工作总结")
    assert answer.grounded and "新城外来人口流动中心" in answer.text.split("[1]")[0]


def test_a_long_report_title_answers_what_the_report_was_called() -> None:
    """"工作报告题目叫什么": "题为《…》的工作报告" answers it, a title of forty characters too (a long title
    said without 题为, a set of rules the meeting passed, is not what the report was called)."""
    report = ("大会审议并通过《青禾市邮政工会、集团公司第三届工会委员会、经费审查委员会及女职工委员会选举实施办法》和监票人名单。"
              "会议回顾总结了2024年全市邮政工会工作。会议审议通过了市邮政工会主席王立新代表五届常委会所作的题为"
              "《强化责任担当 弘扬实干精神 在全力推动青禾邮政工作高质量发展中再立新功》的工作报告。")
    answer = _ask("青禾市邮政工会主席在会上作的工作报告题目叫什么？", report, unit="青禾市邮政工会",
                  title="青禾市邮政工会召开全委会议")
    assert answer.grounded and "再立新功》" in answer.text.split("[1]")[0]


# ---- the reviews' cases (each fails on c042a5a, the reviewed commit)


def test_institutions_counted_after_a_verb_are_no_numbered_institute() -> None:
    """"走访12所敬老院": a count of homes visited; the county's union stays the unit asked."""
    scope = read_own_scope("青禾县总工会今年走访12所敬老院送去了什么？", TODAY)
    assert scope.unit == "青禾县总工会"
    assert read_own_scope("市总工会今年新建12所母婴室了吗？", TODAY).unit == "市总工会"
    report = "今年，柳岸县总工会走访12所敬老院，送去米面油等慰问品300份。"
    assert not _ask("青禾县总工会今年走访12所敬老院送去了什么？", report, unit="柳岸县总工会",
                    title="柳岸县总工会工作总结").grounded


def test_a_district_whose_name_the_tagger_reads_as_a_word_is_still_a_place() -> None:
    """"平安区", "合作市": only a province's level after a verb says no place (there is no 落实省)."""
    assert read_own_scope("平安区总工会今年慰问了多少户困难职工？", TODAY).place == "平安区"
    assert read_own_scope("合作市总工会今年慰问了多少户困难职工？", TODAY).place == "合作市"


def test_a_common_noun_subject_keeps_the_question_from_being_the_organiser_s() -> None:
    """"电视台今年参加了青禾市总工会组织的哪些比赛": the station asks; the organiser is not the scope."""
    assert read_own_scope("电视台今年参加了青禾市总工会组织的哪些比赛？", TODAY).unit != "青禾市总工会"


def test_low_income_households_are_counted_not_paid() -> None:
    """"多少户低收入家庭": 户, not money; "收入" alone still asks for a sum."""
    report = "春节前夕，青禾县总工会走访慰问低收入家庭386户，发放帮扶资金120万元。"
    answer = _ask("青禾县总工会春节慰问了多少户低收入家庭？", report, unit="青禾县总工会", title="青禾县总工会工作总结")
    assert answer.grounded and "386户" in answer.text
    assert profile_question("职工书屋去年的收入是多少？", _IDF).measures == ("元",)


def test_a_total_after_the_last_item_still_ends_the_list() -> None:
    """"…文艺汇演共吸引2000余名职工参与": 共 and a verb say what the items came to; "服务共促等" is an item."""
    assert ("演讲比赛", "知识竞赛", "文艺汇演") in _items_of("开展了演讲比赛、知识竞赛、文艺汇演共吸引2000余名职工参与。")


def test_the_winter_campaign_told_as_the_two_festivals_and_both_campaigns_asked_are_answered() -> None:
    """"两节" and "岁末年初" tell the winter campaign; a question naming both campaigns asks of both."""
    meta = {"unit": "青禾市总工会", "title": "青禾市总工会工作总结", "year": 2023}
    report = "两节期间，市总工会慰问困难职工320户。夏季开展送清凉活动，慰问一线职工1500人。"
    assert _ask("青禾市总工会2023年送温暖慰问了多少户困难职工？", report, **meta).grounded
    both = _ask("青禾市总工会2023年送温暖和送清凉各慰问了多少人？", "夏季开展送清凉活动，慰问一线职工1500人。", **meta)
    assert both.grounded


def test_what_was_set_up_under_guidance_or_within_a_time_says_no_place() -> None:
    """"在县总工会的指导下建立了职工书屋" says who guided, not where."""
    report = "在县总工会的指导下建立了职工书屋，配备图书2000余册。"
    assert not _ask("职工书屋建在哪里？", report, unit="青禾中学工会", title="青禾中学工会工作总结").grounded


def test_a_second_answer_is_kept_when_the_first_found_nothing() -> None:
    """"柳岸中学…？青禾中学…？": the first has nothing but the nearest passages; the second, grounded, is shown."""
    report = "我校年轻教师占80%，平均年龄只有29岁。"
    answer = _ask("柳岸中学工会总结里教师平均年龄多少？青禾中学工会总结里教师平均年龄多少？", report,
                  unit="青禾中学工会", title="青禾中学工会工作总结")
    assert answer.grounded and "29岁" in answer.text


def test_more_times_or_fewer_resources_compare_nothing() -> None:
    """"哪个单位多次…", "哪家缺少…": 多/少 inside a word is no comparison."""
    assert profile_question("哪个单位多次获得先进职工之家称号？", _IDF).compare == ""
    assert profile_question("哪家工会缺少活动场地？", _IDF).compare == ""


def test_a_first_item_keeps_its_own_qualifier() -> None:
    """"建成全国模范职工之家、职工书屋、职工驿站": 全国模范 is the item's own, not the lead's, so the shape of its
    siblings does not cut it off (the lead before it is still read as the older rules read it)."""
    first = _items_of("公司先后建成全国模范职工之家、职工书屋、职工驿站。")[0][0]
    assert first.endswith("全国模范职工之家")


def test_a_document_cited_as_the_basis_is_not_one_of_those_made() -> None:
    """"根据全总《…》精神，制定了《A》，印发了《B》…": the basis is cited, A and B were made."""
    text = ("根据全总《关于切实维护新就业形态劳动者劳动保障权益的实施意见》精神，市总工会制定了《新就业形态劳动者入会工作方案》，"
            "印发了《关于开展货车司机入会集中行动的通知》，出台了《快递员关爱服务十条措施》。")
    assert not any(items and items[0].startswith("《关于切实维护") for items in _items_of(text))


# ---- the second review's cases (each fails on ebb3586)


def test_a_numbered_institute_is_not_another_whose_number_holds_its_own() -> None:
    """"中国电科8所" is not 中国电科38所 (a number is written whole, never abbreviated)."""
    report = "中国电科38所工会今年为18名退休职工报销老年大学学费。"
    assert not _ask("中国电科8所工会今年为多少名退休职工报销了老年大学学费？", report,
                    unit="中国电科38所工会", title="中国电科38所工会工作总结").grounded


def test_a_count_after_a_noun_and_before_de_is_no_institute() -> None:
    """"组织市直12所的教师…": twelve schools; the city's union stays the unit asked, and two institutes side by
    side are no one unit."""
    counted = read_own_scope("青禾县总工会组织市直12所的教师参加了什么培训？", TODAY)
    assert counted.unit == "青禾县总工会" and counted.place == "青禾县"
    assert read_own_scope("中国电科38所和14所工会今年各慰问了多少名职工？", TODAY).unit is None


def test_the_winter_campaign_told_by_its_months_and_a_summer_follow_up_are_answered() -> None:
    """"12月下旬…走访慰问" tells the winter campaign though the report also tells 送清凉; a question on 高温 after one
    on 送温暖 asks of both."""
    meta = {"unit": "青禾市总工会", "title": "青禾市总工会工作总结", "year": 2023}
    report = "12月下旬，市总工会走访慰问困难职工320户。7月开展送清凉活动，慰问一线职工1500人。"
    assert _ask("青禾市总工会2023年送温暖慰问了多少户困难职工？", report, **meta).grounded
    summer = "7月开展送清凉活动，慰问一线职工1500人。"
    hits = [make_hit(summer, doc_id="d", rank=1, **meta)]
    from assistant.condense import Turn

    answer = QAService(_knowledge(hits)).answer("高温天气慰问了多少名一线职工？",
                                                [Turn("青禾市总工会2023年送温暖慰问了多少户困难职工？", unit="青禾市总工会")])
    assert answer.grounded and "1500人" in answer.text


def test_a_stated_measure_beside_an_income_counts_people() -> None:
    """"多少名职工收入低于最低工资": 名 is asked, the income only says which workers."""
    assert profile_question("去年有多少名职工收入低于当地最低工资？", _IDF).measures != ("元",)


def test_a_document_cited_after_its_issuer_is_still_the_basis() -> None:
    """"根据全国总工会《…》和省委办公厅《…》精神，…制定了《A》，印发了《B》、《C》": the basis is cited, whatever
    stands between 根据 and the title."""
    text = ("根据全国总工会《关于切实维护新就业形态劳动者劳动保障权益的实施意见》和省委办公厅《关于加强新就业形态劳动者权益保障的通知》精神，"
            "市总工会制定了《新就业形态劳动者入会工作方案》，印发了《关于开展货车司机入会集中行动的通知》，出台了《快递员关爱服务十条措施》。")
    assert not any(any(item.startswith(("《关于切实维护", "《关于加强")) for item in items) for items in _items_of(text))


def test_what_was_built_on_a_basis_or_in_a_year_says_no_place_but_inside_a_park_does() -> None:
    """"在此基础上建成" and "在2023年建成" say no place; "在园区内建成" does."""
    meta = {"unit": "青禾中学工会", "title": "青禾中学工会工作总结"}
    assert not _ask("职工书屋建在哪里？", "在此基础上建成了职工书屋，配备图书2000余册。", **meta).grounded
    park = _ask("职工驿站建在哪里？", "工会在科技园区内建成了职工驿站，配备桌椅和微波炉。", **meta)
    assert park.grounded and "科技园区内" in park.text


def test_no_more_than_is_no_about_and_a_decrease_compares_nothing() -> None:
    """"不超过200名" is shown as the figure alone; "哪个县减少" asks no comparison."""
    from assistant.compose import _as_written

    assert _as_written("200名", "参加人数不超过200名") == "200名"
    assert _as_written("200名", "慰问职工将近200名") == "将近200名"
    assert profile_question("哪个县的困难职工减少？", _IDF).compare == ""
