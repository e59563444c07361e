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


def _who_spoke(text: str):
    """The answer to "which model worker spoke at the meeting" over one report of 青禾制盐分公司's union."""
    return _answer("青禾制盐分公司2023年二季度工会工作会议上发言的劳模是谁？", text, unit="青禾制盐分公司工会",
                   title="青禾制盐分公司召开二季度工会工作会议")


def test_one_of_a_group_of_people_asked_by_name_is_the_name_after_the_group_noun() -> None:
    """"会上发言的劳模是谁": "会上劳模祝某某…发表了看法" names one; the meeting's sentence that names only who
    attended ("全体工会组长、生产骨干等参加会议") does not."""
    answer = _who_spoke(("近日，青禾制盐分公司召开2023年二季度工会工作会议，公司全体工会组长、生产骨干等参加会议。"
                         "会议首先对当前工会工作完成情况进行了回顾。会上劳模祝星海、星级员工匡洪波等，对“三组联建”工作发表了自己的看法。"))
    assert answer.grounded and "祝星海" in answer.text


def test_a_title_word_before_a_phrase_with_a_particle_names_nobody() -> None:
    """"激发广大工会干部干事创业的积极性": 干事 is no title there and "创业的" no name, so a who-question is not
    answered by the sentence that holds it."""
    assert titled_person("激发广大工会干部干事创业的积极性") is None
    assert titled_person("总经理王丽主持会议") == "经理王丽"
    answer = _who_spoke(("为激发广大工会干部干事创业的积极性，近日，青禾制盐分公司召开2023年二季度工会工作会议，公司全体工会组长等参加会议。"
                         "会上劳模祝星海、星级员工匡洪波等，对“三组联建”工作发表了自己的看法。"))
    assert answer.grounded and "祝星海" in answer.text


def test_a_trade_bureau_is_the_place_asked_only_when_every_bureau_it_signs_is_of_that_place() -> None:
    """Review A: a visiting bureau ("淮南市局（公司）工会赴蚌埠市局（公司）工会学习"), a county bureau acting on the city's
    plan ("按照滁州市局（公司）工会统一部署，来安县局（分公司）工会…"), a body the page names beside it (高新区) and a trade
    said only in the body (电力) are not the place and trade asked."""
    meta = {"title": "工会工作动态", "year": 2020}
    visited = ("烟草在线淮南消息 近日，淮南市局（公司）工会赴滁州市局（公司）工会学习交流职工之家建设经验。"
               "淮南市局（公司）工会荣获“全省烟草行业先进基层工会”称号。")
    assert not _answer("滁州烟草工会获得了什么称号？", visited, **meta).grounded
    county = ("烟草在线来安消息 近日，按照滁州市局（公司）工会统一部署，来安县局（分公司）工会开展“烟草职工读书月”活动，"
              "全县烟草系统员工80余人参加。")
    assert not _answer("滁州烟草工会开展了什么活动？", county, **meta).grounded
    beside = ("烟草在线滁州消息 近日，滁州市局（公司）工会联合高新区工会开展送清凉活动，高新区12家企业参加。"
              "滁州市局（公司）工会荣获“全省烟草行业先进基层工会”称号。")
    assert not _answer("滁州高新区工会获得了什么称号？", beside, **meta).grounded
    power = ("烟草在线滁州消息 为保障夏季电力供应，滁州市局（公司）工会开展节约用电宣传，倡导员工节约电力。"
             "滁州市局（公司）工会还开展了送清凉活动。")
    assert not _answer("滁州电力工会开展了什么活动？", power, **meta).grounded
    assert _answer("滁州烟草工会开展了什么活动？", power, **meta).grounded


def test_a_branch_asked_after_its_parent_is_the_branch_written_with_its_own_name_first() -> None:
    """Review A: "青禾市公安局柳湾分局" is written "青禾市柳湾公安分局" or "青禾市柳湾区公安分局" by its own union."""
    assert "青禾市柳湾公安分局" in name_forms("青禾市公安局柳湾分局工会")
    assert "常德市武陵区公安分局" in name_forms("常德市公安局武陵分局工会")  # 武陵区 is a district by record
    assert not any("区税务" in form or "交警区" in form for form in name_forms("青禾市税务局第一分局工会") | name_forms("青禾市公安局交警分局工会"))
    for unit in ("青禾市柳湾公安分局工会", "青禾市柳湾区公安分局工会"):
        text = f"12月3日，{unit}第二次会员代表大会召开，全局86名会员代表参加会议。"
        answer = _answer("青禾市公安局柳湾分局工会会员代表大会有多少名代表参加？", text, unit=unit)
        assert answer.grounded and "86名" in answer.text, unit


def test_a_common_verb_between_a_place_and_a_works_is_what_was_done_there() -> None:
    """Review A: "宣威成立厂工会时…" names no "宣威成立厂": 成立 is a common verb, the question asks of the factory's union."""
    assert read_scope("楚雄成立厂工会时有多少会员？", Scope(), [], TODAY).unit != "楚雄成立厂工会"
    text = "楚雄卷烟厂工会成立于1985年，成立之初有会员420名。"
    answer = _answer("楚雄成立厂工会时有多少会员？", text, unit="楚雄卷烟厂工会", title="楚雄卷烟厂工会简介")
    assert answer.grounded and "420名" in answer.text


def test_words_after_a_noun_of_people_that_name_nobody() -> None:
    """Review A: "代表向大会提交提案" and "女工龙凤呈祥刺绣作品" name no person after 代表, 女工."""
    text = "青禾化工公司召开职代会，代表向大会提交提案36件，代表万众一心共谋发展。"
    assert not _answer("青禾化工公司职代会上提出提案最多的代表是谁？", text, unit="青禾化工公司工会").grounded
    text = "青禾化工公司工会表彰巾帼建功标兵，女工龙凤呈祥刺绣作品获一等奖。"
    assert not _answer("青禾化工公司工会表彰的女工是谁？", text, unit="青禾化工公司工会").grounded
    text = "青禾化工公司召开劳模座谈会，公司12名劳模参加。劳模工作室带头人、全国劳模沈立东作交流发言。"
    answer = _answer("青禾化工公司劳模座谈会上发言的劳模是谁？", text, unit="青禾化工公司工会", title="青禾化工公司劳模座谈会")
    assert answer.grounded and "沈立东" in answer.text


def test_an_election_goes_on_clause_by_clause_to_the_end_of_its_sentence() -> None:
    """"选举产生胡某为主席，倪某为副主席，陈某为经审会主任": each name after the first is elected too, so the
    committee head asked is answered."""
    text = ("大会投票选举出新一届工会委员会委员。随后，召开新一届工会“三委会”第一次全体会议，选举产生胡松为第四届工会主席，"
            "倪清为工会副主席，陈玉兰为经费审查委员会主任，陈怡为女职工委员会主任。")
    meta = {"unit": "青禾食品有限公司工会", "title": "青禾食品有限公司工会第四届第一次会员代表大会"}
    for question, name in (("青禾食品公司工会换届后经费审查委员会主任是谁？", "陈玉兰"), ("青禾食品公司女职工委员会主任是谁？", "陈怡")):
        answer = _answer(question, text, **meta)
        assert answer.grounded and name in answer.text, question


def test_a_numbered_list_whose_first_mark_follows_its_subject() -> None:
    """"今后五年，工会系统一要…；二要…；三要…；四要…": the first mark stands after the list's subject, not at a clause's
    start, and the list is still whole; "统一是…" is no mark."""
    from assistant.enumeration import find_enumerations

    text = ("青禾集团党委书记指出，今后的五年，工会系统一要突出政治性，把履行政治责任放在首位；二要保持和增强先进性，团结动员职工建功立业；"
            "三要以职工群众为中心，切实维护职工合法权益；四要加强党对工会工作的领导。")
    items = [e.items for e in find_enumerations(text)]
    assert ("突出政治性，把履行政治责任放在首位", "保持和增强先进性，团结动员职工建功立业", "以职工群众为中心，切实维护职工合法权益",
            "加强党对工会工作的领导") in items
    assert not any(len(found) == 2 and "节约成本" in found[-1] for found in
                   (e.items for e in find_enumerations("这是全省统一是为了方便管理；二是节约成本。")))
    answer = _answer("青禾集团党委书记对新一届工会委员会提了哪几点要求？", text, unit="青禾集团工会", title="青禾集团工会第二次代表大会")
    assert answer.grounded and all(item in answer.text for item in ("突出政治性", "保持和增强先进性", "以职工群众为中心", "加强党对工会工作"))


def test_who_did_it_is_no_answer_to_which_aspects() -> None:
    """"在哪几个方面做优做强工会工作": "全体工会组长、生产骨干" are who attended, the aspects are the list after 在."""
    text = ("近日，青禾制盐分公司召开二季度工会工作会议，公司全体工会组长、生产骨干等参加会议。"
            "会上，对下一步工会重点工作做了部署，将在工会文化建设、技能工人能力提升、职工帮扶、阵地建设、组织建设上，做优做强工会工作。")
    answer = _answer("青禾制盐分公司工会准备在哪几个方面做优做强工会工作？", text, unit="青禾制盐分公司工会", title="青禾制盐分公司工会工作会议")
    assert answer.grounded and all(item in answer.text for item in ("工会文化建设", "职工帮扶", "阵地建设"))
    assert "生产骨干。" not in answer.text


def test_a_group_asked_by_a_member_of_it_is_the_report_that_names_the_member() -> None:
    """"青禾饭店所属集团的工会…": the group has no name in the question; its report names the member, so it answers,
    and a member no report names is not in the material."""
    text = "集团下属青禾饭店、柳岸酒楼等门店。春节，集团工会为952名员工分发新年礼品。5月，为408名员工子女送上六一儿童节慰问品。"
    answer = _answer("青禾饭店所属集团的工会春节给多少名员工发了新年礼品？", text, unit="集团工会", title="集团工会工作总结")
    assert answer.grounded and "952名" in answer.text
    assert not _answer("白鹭宾馆所属集团的工会春节给多少名员工发了新年礼品？", text, unit="集团工会", title="集团工会工作总结").grounded


def test_honours_asked_with_their_level_are_the_list_led_by_an_honour_verb() -> None:
    """"哪些省级荣誉", "哪些国家级奖项": the level opens the category (the tagger calls it a distinguishing word and 荣誉 a
    name), and the honours are the list led by 荣获, not the slogans the report coined."""
    from assistant.enumeration import asked_category

    assert asked_category("拿了哪些省级荣誉？") == "省级荣誉"
    assert asked_category("获得了哪些国家级奖项？") == "国家级奖项"
    assert asked_category("有哪些省级以上荣誉") == "省级荣誉"
    text = ("烟草在线滁州消息 特别是2009年以来，滁州市局（公司）工会民主管理创新推进，创造性地提出了“四体系”、“五机制”、“3+N”、“四权”。"
            "2009年以来，先后荣获省厂务公开民主管理工作先进单位、省创建文明行业先进集体、省劳动竞赛先进集体、省工会财务工作先进集体。")
    answer = _answer("滁州烟草工会2009年以来拿了哪些省级荣誉？", text, title="2009年工会工作总结", year=2009)
    assert answer.grounded and all(item in answer.text for item in ("省创建文明行业先进集体", "省劳动竞赛先进集体"))
    assert "四体系" not in answer.text


def test_review_b_a_county_bureau_named_like_its_city_and_a_members_own_report() -> None:
    """Review B: "南昌烟草" asks of the city's bureau, not 南昌县局 (a county named like its city); a group asked by its
    member is not answered by the member's own report; "青禾公司所属企业" are the company's members, no group."""
    county = "烟草在线南昌消息 近日，南昌县局（分公司）工会开展“烟草职工读书月”活动，全县烟草系统员工80余人参加。"
    assert not _answer("南昌烟草工会开展了什么活动？", county, title="工会工作动态", year=2020).grounded
    own = "春节前夕，青禾饭店工会为120名员工发放新年礼品。"
    assert not _answer("青禾饭店所属集团的工会春节给多少名员工发了新年礼品？", own, unit="青禾饭店工会", year=2023).grounded


def test_review_b_lists_of_deeds_done_for_people_and_long_first_items() -> None:
    """Review B: "走访慰问困难职工、看望劳动模范…等活动" are activities though each ends with people; a first item longer
    than a few words still opens its list ("工会一是深入学习…，组织…；二是…")."""
    text = "春节期间，青禾化工公司工会开展了走访慰问困难职工、看望劳动模范、慰问一线职工、关爱农民工等活动，共发放慰问金12万元。"
    answer = _answer("青禾化工公司工会春节期间开展了哪些活动？", text, unit="青禾化工公司工会", year=2023)
    assert answer.grounded and "看望劳动模范" in answer.text and "关爱农民工" in answer.text
    text = ("今年，青禾化工公司工会一是深入学习宣传贯彻党的二十大精神和中国工会十八大精神，组织各分工会开展专题学习、知识竞赛、宣讲报告等"
            "形式多样的学习活动；二是扎实开展劳动和技能竞赛；三是持续推进职工之家建设；四是做好困难职工帮扶工作。")
    answer = _answer("青禾化工公司工会今年开展了哪些工作？", text, unit="青禾化工公司工会", year=2023)
    assert answer.grounded and all(item in answer.text for item in ("扎实开展劳动和技能竞赛", "持续推进职工之家建设", "做好困难职工帮扶工作"))


def test_review_b_a_clause_after_an_election_names_someone_elected_only_with_a_post() -> None:
    """Review B: "推选王强为监票人，张敏为计票人，李华为大会作工作报告": 李华 reports, no one elected him."""
    from assistant.persons import elected_names

    text = "会议推选王强为监票人，张敏为计票人，李华为大会作工作报告。"
    assert [text[a:b] for a, b in elected_names(text)] == ["王强", "张敏"]


def test_a_trade_the_tagger_calls_a_verbal_noun_before_its_sector_union_is_part_of_the_name() -> None:
    """"宁夏纺织服装产业工会" (服装 a verbal noun to the tagger): the question names that sector's union of 宁夏, so the
    report of 新疆's is not its answer."""
    assert read_scope("宁夏纺织服装产业工会会员代表大会在哪里召开的？", Scope(), [], TODAY).unit == "宁夏纺织服装产业工会"
    text = "6月30日，新疆维吾尔自治区纺织服装产业工会第二次会员代表大会在乌鲁木齐市召开。"
    meta = {"unit": "新疆维吾尔自治区纺织服装产业工会", "title": "新疆维吾尔自治区纺织服装产业工会2018年工作总结"}
    answer = _answer("宁夏纺织服装产业工会会员代表大会在哪里召开的？", text, **meta)
    assert not answer.grounded and "乌鲁木齐" not in answer.text.split("资料中最接近的内容")[0]
    assert _answer("新疆纺织服装产业工会会员代表大会在哪里召开的？", text, **meta).grounded


def test_a_verb_with_its_particle_before_a_title_names_nobody() -> None:
    """"选举产生了主席和副主席" names no one, so "新当选的主席叫什么" is not answered by it; "王了然主席" is a name."""
    assert titled_person("选举产生了主席和副主席。") is None
    assert titled_person("王了然主席讲话") == "王了然主席"
    text = "大会选举产生集成电路产业工会联合会委员7名，并经委员一致表决通过，选举产生了主席和副主席。"
    assert not _answer("青禾经开区产业工会联合会新当选的主席叫什么？", text, unit="青禾经开区产业工会联合会",
                       title="青禾经开区产业工会联合会第二次大会").grounded


def test_review_c_a_group_asked_by_its_member_answers_only_from_the_groups_own_report() -> None:
    """Review C: the city's union visiting the member, another group, a sibling and the member's own reports (named or
    not) say nothing of the member's group; the group's report that signs by its kind or writes the member as its own does."""
    question = "青禾饭店所属集团的工会春节给多少名员工发了新年礼品？"
    others = (("春节前夕，青禾市总工会走访青禾饭店，为120名一线员工送去新年礼品。", {"unit": "青禾市总工会"}),
              ("春节前夕，白鹭集团工会组织员工赴青禾饭店联欢，并为300名员工发放新年礼品。", {"unit": "白鹭集团工会"}),
              ("青禾饭店工会为120名员工发放新年礼品。", {"title": "工作动态"}),
              ("今年，我店工会为120名员工发放新年礼品，青禾饭店获评文明单位。", {"title": "集团动态"}))
    for text, meta in others:
        assert not _answer(question, text, **meta).grounded, text
    assert not _answer("青禾饭店隶属的集团公司工会开展了哪些活动？", "今年，青禾饭店工会开展了厨艺比武、职工篮球赛等活动。",
                       title="基层动态", year=2023).grounded
    group = "青禾旅游集团现有职工3200人，旗下有青禾饭店、柳岸酒楼等企业。春节前夕，集团工会为3200名员工发放新年礼品。"
    answer = _answer(question, group, unit="青禾旅游集团工会", title="青禾旅游集团工会工作总结")
    assert answer.grounded and "3200名" in answer.text


def test_review_c_people_who_took_part_ordinal_paragraphs_elections_and_verbs_before_titles() -> None:
    """Review C: "…等300余人踊跃参与" are who took part, not the activities; a paragraph numbered （一）（二） or opening
    "以下工作；一是…" is the ordinal list's; an election goes on past 唱票人 and "（兼）"; "选举出主席", "主席所作" name nobody."""
    from assistant.enumeration import find_enumerations
    from assistant.persons import elected_names

    text = "今年，青禾化工公司工会举办职工运动会，一线职工、劳模工匠、青年骨干、退休职工等300余人踊跃参与。"
    answer = _answer("青禾化工公司工会今年开展了哪些活动？", text, unit="青禾化工公司工会", year=2023)
    assert "职工运动会" in answer.text
    text = "2023年，青禾化工公司工会（一）深化劳动竞赛；（二）推进职工之家建设；（三）做好困难职工帮扶。"
    assert ("深化劳动竞赛", "推进职工之家建设", "做好困难职工帮扶") in [e.items for e in find_enumerations(text)]
    assert not any("（二）" in item for e in find_enumerations(text) for item in e.items)
    text = "大会推选王强为总监票人，张敏为监票人，李华为唱票人，赵芳为计票人。"
    assert [text[a:b] for a, b in elected_names(text)] == ["王强", "张敏", "李华", "赵芳"]
    text = "大会选举王强为工会主席，张敏为专职副主席（兼），李华为经审会主任。"
    assert [text[a:b] for a, b in elected_names(text)] == ["王强", "张敏", "李华"]
    for said in ("大会选举出主席和副主席。", "会议推选出主席人选。", "会议听取了主席所作的工作报告。"):
        assert titled_person(said) is None, said
