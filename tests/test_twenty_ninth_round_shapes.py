"""Shapes found on fresh report pages in round twenty-nine (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twenty_fourth_round_shapes import _answer

from assistant.enumeration import find_enumerations
from assistant.extractive import news_lead
from assistant.persons import people_named
from assistant.qa import QAService
from assistant.subjects import numbered_sibling, split_subjects, subject_name


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def test_a_first_item_keeps_a_word_the_tagger_reads_whole_and_more_than_the_head_its_siblings_share() -> None:
    """"在工会组织建设、维权帮扶…": 组织 ends the word 工会组织, no verb the item starts after; "对工会工作开展情况、
    建设“职工之家”情况…": the item is not only 情况, the word its sibling ends with."""
    fields = _items("按照年初安排，青禾开发区总工会在工会组织建设、维权帮扶、培训和文体活动四方面取得了一定成绩。")
    assert any(items[0].endswith("组织建设") for items in fields), fields
    review = _items("会议组织会员代表对2023年工会工作开展情况、建设“职工之家”情况、工会主席履行职责情况进行了评议。")
    assert any(items[0].endswith("工会工作开展情况") for items in review), review
    # the verb still opens a list it leads ("开展了拔河、爬楼…"; "从抓组织领导、抓调查研究")
    assert ("拔河", "爬楼", "棋类比赛") in _items("工会开展了拔河、爬楼和棋类比赛等活动。")
    assert any(items[0] == "抓组织领导" for items in _items("我们从抓组织领导、抓调查研究、抓督促落实入手。"))


def test_two_bodies_of_any_kind_joined_are_asked_each_by_its_own_name() -> None:
    """"北方剧院和青禾市广播电视台…各…": a theatre is a body of its own, so the second's kind is not the first's too."""
    parts = split_subjects("青禾昆曲剧院和柳岸市广播电视台这次换届，经费审查委员会各选了几个人？")
    assert parts and parts[0].startswith("青禾昆曲剧院这次换届") and parts[1].startswith("柳岸市广播电视台"), parts
    # a place joined to a place still shares the kind after it
    shared = split_subjects("丁香街道和桂园街道基层工会各有多少个？")
    assert shared and all("基层工会" in part for part in shared), shared


def test_a_question_word_opening_a_part_is_no_body_of_that_name() -> None:
    """"哪几家工会的总结提到了…？柳岸开发区总工会发了多少…？": the first part asks which unions, not of one called
    "哪几家工会", so it is not answered as a body the material lacks."""
    assert subject_name("哪几家工会的总结提到了“金秋助学”") == ""
    assert subject_name("柳岸开发区总工会发了多少助学金") == "柳岸开发区总工会"
    hits = [make_hit("青禾镇总工会在“两节送温暖”以及“金秋助学”等活动中，深入基层关怀困难职工。", doc_id="town",
                     unit="青禾镇总工会", title="青禾镇总工会年度总结", rank=1),
            make_hit("柳岸开发区总工会全年发放金秋助学助学金120000元，慰问困难职工46户。", doc_id="zone",
                     unit="柳岸开发区总工会", title="柳岸开发区总工会年度报告", rank=2)]
    answer = QAService(_knowledge(hits)).answer("哪几家工会的总结提到了“金秋助学”？柳岸开发区总工会发了多少助学金？")
    assert "资料中没有关于哪几家工会" not in answer.text and "120000元" in answer.text


def test_a_body_named_with_another_number_than_the_material_writes_is_another_body() -> None:
    """"中国一重…" where the reports are 中国二重's: its sibling's meeting is not its own; the body the material
    writes, a count ("三个单位") and an edition ("第二届…") are no siblings."""
    text = "近日，青禾第二重型机械集团召开第十二届职工代表大会，集团公司工会委员会委员共445人参加了会议。"
    hits = [make_hit(text, doc_id="two", unit="青禾二重集团公司工会", title="青禾二重召开第十二届职工代表大会", rank=1)]
    knowledge = _knowledge(hits, "青禾二重")
    holds = knowledge.lexical.index.holds
    assert numbered_sibling("青禾一重召开第十二届职代会时有多少人参加？", holds) == "青禾一重"
    assert numbered_sibling("青禾三重工会有多少会员？", holds) == "青禾三重"
    assert numbered_sibling("青禾二重召开第十二届职代会时有多少人参加？", holds) == ""
    assert numbered_sibling("三个单位开展了什么活动？", holds) == ""
    refused = QAService(knowledge).answer("青禾一重召开第十二届职代会时有多少人参加？")
    assert not refused.grounded and "445人" not in refused.text.split("资料中最接近的内容")[0]
    assert "青禾一重" in refused.text
    asked = QAService(_knowledge(hits, "青禾二重")).answer("青禾二重召开第十二届职代会时有多少人参加？")
    assert asked.grounded and "445人" in asked.text


def test_the_event_a_short_news_report_opens_with_is_what_its_later_sentences_are_about() -> None:
    """"11月23日，某工会第十届会员代表大会第一次会议…召开。…刘某主持开幕会。": asked who chaired that meeting's opening,
    the sentence that says it answers though it does not name the meeting again; a long summary's opening is no event."""
    lead = "11月23日，青禾汽车集团有限公司工会第十届会员代表大会第一次会议在公司总部隆重召开。"
    body = ("湖北省总工会副主席冯某某，大企工委主任蒋某；青禾汽车董事长杨某某，青禾汽车领导周某某、张某某出席会议。"
            "\n刘艳红主持开幕会。杨某某在讲话中指出，各级工会要团结奋斗。")
    assert news_lead(lead + body) == lead
    assert news_lead("一年来，我们坚持以职工为中心开展工作。" + lead) == ""
    assert news_lead(lead + "工会工作全面推进。" * 500) == ""
    meta = {"unit": "青禾汽车集团有限公司工会", "title": "青禾汽车集团有限公司工会工作总结"}
    answer = QAService(_knowledge([make_hit(lead + body, doc_id="a", rank=1, start=0, **meta)])).answer("青禾汽车集团工会第十届会员代表大会第一次会议的开幕会由谁主持？")
    assert answer.grounded and "刘艳红主持开幕会" in answer.text


def test_a_person_the_tagger_cuts_after_the_surname_or_calls_comrade_does_what_follows() -> None:
    """"刘/艳红/主持开幕会" (the given name read as a noun) and "张蓉蓉同志代表…作了…报告" (a name the dictionary also
    knows as a word, called 同志) are persons doing something; a word before 同志 that is no name is not."""
    assert people_named("刘艳红主持开幕会。")
    assert people_named("张蓉蓉同志代表报社工会第二届委员会向大会作了工作报告。")
    assert not people_named("向全体同志表示感谢。")
    assert not people_named("金秋助学活动惠及困难职工子女。")
    answer = _answer("青禾报社工会第二届委员会的工作报告是谁代表作的？",
                     "大会在庄严的国歌声中拉开帷幕。张蓉蓉同志代表青禾报社工会第二届委员会向大会作了题为《凝心聚力》的工作报告。",
                     unit="青禾报社工会", title="青禾报社工会第三届会员代表大会召开")
    assert answer.grounded and "张蓉蓉" in answer.text


def test_a_list_of_aspects_opens_right_after_the_word_that_frames_it_and_ends_before_their_count() -> None:
    """"报告从理论学习对工会工作指导、疫情防控落实情况…等方面汇报": the first aspect runs from 从, whatever grammar
    words it holds; "…培训和文体活动四方面取得了成绩": the count of aspects closes the last one."""
    assert ("理论学习对工会工作指导", "疫情防控落实情况", "强化工会服务保障") in _items(
        "报告从理论学习对工会工作指导、疫情防控落实情况、强化工会服务保障等方面进行了详细汇报。")
    assert ("安全生产", "节能降耗", "技术创新") in _items("围绕安全生产、节能降耗、技术创新三个方面开展劳动竞赛。")
    assert any(items[-2:] == ("培训", "文体活动") for items in _items("青禾开发区总工会在组织建设、维权帮扶、培训和文体活动四方面取得了成绩。"))


def test_a_clause_naming_the_bodies_each_later_clause_asks_of_is_no_question_of_its_own() -> None:
    """"A街道和B社区都慰问了环卫工人，B社区送了多少…，A街道送了多少…？": one question of each body, not the first
    two clauses taken as one question and the last as a follow-up of it."""
    question = "桂园街道和翔云社区都慰问了环卫工人，翔云社区给多少位代表送了清凉慰问品，桂园街道的物资包送给了多少名一线职工？"
    assert split_subjects(question) == ["翔云社区给多少位代表送了清凉慰问品", "桂园街道的物资包送给了多少名一线职工"]
    hits = [make_hit("现场爱心商家为50位环卫工人代表送上“清凉”慰问品。", doc_id="x", unit="翔云社区工会联合会",
                     title="翔云社区共享职工之家项目启动", rank=1),
            make_hit("桂园街道总工会工作人员携带物资包走访环卫站点，为650名一线职工送上温暖。", doc_id="g",
                     unit="桂园街道总工会", title="桂园街道总工会启动冬季送温暖活动", rank=2)]
    answer = QAService(_knowledge(hits, "翔云社区", "桂园街道")).answer(question)
    assert answer.grounded and "50位" in answer.text and "650名" in answer.text, answer.text


def test_a_name_saying_its_kind_twice_is_written_once_in_its_report() -> None:
    """"炎黄科技园园区工会" (the park's union): a report that writes 炎黄科技园 writes it; a bare park is not specific."""
    from assistant.scope import name_forms

    assert "青禾科技园" in name_forms("青禾科技园园区工会")
    assert "青禾社区" in name_forms("青禾社区社区工会")
    text = "园区工会先后荣获市级“工会先进单位”、市级“模范职工之家”等荣誉。1月17日，柳岸市总工会一行到青禾科技园调研。"
    answer = _answer("青禾科技园园区工会先后拿过哪些市级荣誉？", text, unit="柳岸市总工会", title="柳岸市总工会到青禾科技园调研")
    assert answer.grounded and "模范职工之家" in answer.text


def test_a_day_the_question_names_sets_aside_sentences_of_other_days_and_a_follow_up_names_another() -> None:
    """"12月5日那场…惠及了多少人": "12月11日，…惠及职工50余人" is another day's; "12月23日那场呢？" asks the same of that
    day, not "the 12月23日 situation"."""
    from assistant.condense import condense_question
    from assistant.qa import next_turn

    text = ("青禾街道总工会在各暖蜂驿站流动开展“暖蜂早餐”公益活动。\n12月5日，凤凰暖蜂驿站“暖蜂早餐”公益活动，惠及职工50余人。"
            "12月11日，街道职工服务中心暖蜂驿站“暖蜂早餐”公益活动，惠及职工60余人。"
            "12月23日，银河充电站司机之家“暖蜂早餐”公益活动，惠及职工84人。")
    hits = [make_hit(text, doc_id="a", unit="青禾街道总工会", title="青禾街道总工会开展暖蜂早餐活动", rank=1)]
    qa = QAService(_knowledge(hits))
    first = qa.answer("青禾街道总工会12月5日那场暖蜂早餐惠及了多少人？")
    assert first.grounded and "50余人" in first.text and "60余人" not in first.text and "84人" not in first.text
    turn = next_turn(first)
    assert condense_question("12月23日那场呢？", [turn]) == "青禾街道总工会12月23日那场暖蜂早餐惠及了多少人？"
    then = qa.answer("12月23日那场呢？", [turn])
    assert then.grounded and "84人" in then.text and "50余人" not in then.text


def test_what_review_a_found_stays_mended() -> None:
    """Review A of the round's first rules: a report signed with the very name is its own though its text never says
    it; a township (杨/店乡, 刘/集镇) or a preposition (于/近日) is no surname; a bare day, a range holding the day and a
    cutoff date keep their sentence; a frame word other than a lone 从, or 从 before a time, opens no list."""
    hits = [make_hit("为丰富教职工文化生活，4月12日，我校工会在田径场举办了教职工趣味运动会，全校120余名教职工参加。",
                     doc_id="a", unit="青禾一中工会", title="我校工会举办教职工趣味运动会", rank=1),
            make_hit("5月，青禾二中工会组织全体教职工开展“书香校园”读书分享会。", doc_id="b", unit="青禾市教育工会",
                     title="青禾市教育工会工作简报", rank=2)]
    own = QAService(_knowledge(hits)).answer("青禾一中举办的趣味运动会有多少名教职工参加？")
    assert own.grounded and "120余名" in own.text
    assert not people_named("开幕式上，杨店乡举办比赛动员仪式，刘集镇组织职工参加开幕式表演。")
    assert not people_named("为做好汛期安全生产工作，于近日召开安全生产专题会议。")
    for question, text, unit, figure in (
            ("青禾街道总工会12月5日的暖蜂早餐活动惠及了多少名职工？",
             "12月1日，青禾街道总工会启动“暖蜂行动”冬季关爱活动。5日，凤凰暖蜂驿站开展“暖蜂早餐”公益活动，惠及户外劳动者50余人。",
             "青禾街道总工会", "50余人"),
            ("青禾公司工会12月6日的培训班有多少名学员参加？",
             "12月5日至12月8日，青禾公司工会举办基层工会主席培训班，共有85名学员参加培训。", "青禾公司工会", "85名"),
            ("截至12月31日，青禾街道共建成多少家爱心驿站？",
             "12月20日，青禾街道第十家爱心驿站在商业广场揭牌。截至目前，全街道共建成爱心驿站10家。", "青禾街道总工会", "10家")):
        answer = _answer(question, text, unit=unit)
        assert answer.grounded and figure in answer.text, question
    for text, first in (("工会坚持在党委领导下开展组织建设、民主管理、职工培训等方面工作。", "组织建设"),
                        ("现在工会已在会员发展、阵地建设、经费管理等方面形成了制度。", "会员发展"),
                        ("与会人员围绕如何做好职工之家建设、职工书屋建设、职工心理健康等方面进行了交流。", "职工之家建设"),
                        ("会议要求各级工会从现在起抓好思想引领、建功立业、维权服务等方面工作。", "思想引领"),
                        ("员工在各自岗位上从工作态度、服务质量、业务能力等方面进行比拼。", "工作态度")):
        assert any(items[0] == first for items in _items(text)), (text, _items(text))


def test_two_names_of_one_kind_joined_by_and_are_two_bodies_though_he_ping_opens_names() -> None:
    """"天桥街道和平湖街道…各自…": 和平 opens many names (和平区), yet a 和 between two names ending in the same kind joins
    two bodies; "南开区和平区" (one character before its kind) stays shielded."""
    parts = split_subjects("青禾街道和平湖街道冬天慰问户外劳动者，各自都送了哪些生活物资？")
    assert len(parts) == 2 and parts[0].startswith("青禾街道") and parts[1].startswith("平湖街道"), parts
    assert split_subjects("都江堰市、和平区总工会各有多少会员？") == ["都江堰市有多少会员", "和平区总工会有多少会员"]


def test_a_guest_named_in_a_semicolon_piece_of_a_list_that_attended_is_not_the_one_elected() -> None:
    """"选出的新一届工会主席是谁": "某产业工会主席李某，机械工作部部长翟某；省总工会副主席冯某；…出席会议。" names guests
    (the sentence says 出席 only at its end), so when no sentence tells the election the material does not say."""
    text = ("11月23日，青禾汽车集团有限公司工会第十届会员代表大会第一次会议在公司总部召开。"
            "中国机械冶金建材工会主席、分党组书记李某某，机械工作部部长翟某；湖北省总工会副主席冯某某，大企工委主任蒋某；"
            "青禾汽车董事长杨某某等出席会议。")
    answer = _answer("青禾汽车集团工会第十届会员代表大会选出的新一届工会主席是谁？", text,
                     unit="青禾汽车集团有限公司工会", title="青禾汽车集团有限公司工会工作总结")
    assert not answer.grounded or "李某某" not in answer.text
    elected = _answer("青禾汽车集团工会选出的新一届工会主席是谁？", text + "大会选举王建华为新一届工会主席。", unit="青禾汽车集团有限公司工会", title="青禾汽车集团有限公司工会工作总结")
    assert elected.grounded and "王建华" in elected.text


def test_what_review_b_found_stays_mended() -> None:
    """Review B: "50余人参加" is no person 余人; a day in Chinese numerals, a day after a full date (12月5日、6日), a
    range without its month (5日至8日) or across months, and a sentence dated by a word of its own (次日, 妇女节当天)
    keep their sentence; building and line numbers (3号厂房, 5号线) are no days; a school's short name (青禾一中)
    is its full name's (青禾市第一中学); 从 before a standpoint (从制度上规范了…) opens no list."""
    assert not people_named("3月10日，青禾公司工会召开年度工作会，工会委员等50余人参加会议。")
    cases = (
        ("青禾街道总工会12月5日的暖蜂早餐活动惠及了多少名户外劳动者？",
         "12月1日，青禾街道总工会启动关爱活动。十二月五日，凤凰驿站开展“暖蜂早餐”公益活动，惠及户外劳动者50余人。", "50余人"),
        ("青禾街道总工会12月5日的暖蜂早餐活动惠及了多少名户外劳动者？",
         "12月4日，青禾街道总工会举行启动仪式。次日，凤凰驿站开展首场“暖蜂早餐”公益活动，惠及户外劳动者50余人。", "50余人"),
        ("青禾街道总工会3月8日组织了多少名女职工参加插花培训？",
         "3月5日，青禾街道总工会组织学雷锋志愿服务。“三八”妇女节当天，街道总工会组织80名女职工开展插花技能培训。", "80名"),
        ("青禾街道总工会12月6日的技能大赛有多少名选手参赛？",
         "12月5日、6日，青禾街道总工会举办第三届职工技能大赛，共有120名选手参赛。", "120名"),
        ("青禾街道总工会12月6日的培训班有多少名学员参加？",
         "12月，青禾街道总工会举办基层工会主席培训班。5日至8日，85名学员在市工人疗休养院参加集中培训。", "85名"),
        ("青禾街道总工会12月31日的迎新年游园活动吸引了多少人次参与？",
         "12月30日至1月2日，青禾街道总工会在文化广场举办迎新年职工游园活动，累计吸引职工3000余人次参与。", "3000余人次"),
        ("青禾街道总工会12月5日的消防演练有多少名职工参加？",
         "12月5日，青禾街道开展消防安全月活动。街道总工会在3号厂房组织消防应急疏散演练，200余名职工参加。", "200余名"))
    for question, text, figure in cases:
        answer = _answer(question, text, unit="青禾街道总工会")
        assert answer.grounded and figure in answer.text, (question, answer.text)
    hits = [make_hit("4月12日，青禾市第一中学工会在田径场举办教职工趣味运动会，全校120余名教职工参加。", doc_id="a",
                     unit="青禾市第一中学工会", title="青禾市第一中学工会举办趣味运动会", rank=1),
            make_hit("5月，青禾二中工会组织读书分享会。", doc_id="b", unit="青禾市教育工会", rank=2)]
    school = QAService(_knowledge(hits)).answer("青禾一中举办的趣味运动会有多少名教职工参加？")
    assert school.grounded and "120余名" in school.text
    assert any(items[0] == "经费收支" for items in _items("2023年，青禾公司工会从制度上规范了经费收支、资产管理、财务审批等方面工作。"))


def test_what_review_c_found_stays_mended() -> None:
    """Review C: elected people in semicolon pieces ("王某任工会主席；…出席大会") still answer; an end or a deadline in
    the paragraph ("持续至12月31日") and a line number ("1号、2号线") date no later sentence, while 节能, 一周 and 三号楼
    are no time of a sentence's own (another day's figures stay set aside); a name's number ends the name asked
    ("青禾一中教职工运动会" is 青禾一中's, its own report)."""
    text = ("3月15日，青禾公司工会第三次会员代表大会召开。大会以无记名投票方式选举产生了新一届工会委员会和经费审查委员会。"
            "王建华任工会主席，李明任副主席；赵丽任经费审查委员会主任；青禾县总工会副主席刘某、公司党委书记陈某出席大会。")
    answer = _answer("青禾公司工会第三次会员代表大会选出的经费审查委员会主任是谁？", text, unit="青禾公司工会",
                     title="青禾公司工会第三次会员代表大会召开")
    assert answer.grounded and "赵丽" in answer.text
    for question, text, figure in (
            ("青禾街道总工会12月5日的启动仪式上为多少名环卫工人发放了暖心包？",
             "12月5日，青禾街道总工会“暖冬行动”启动仪式在文化广场举行，活动将持续至12月31日。仪式上，为50名环卫工人发放了暖心包。", "50名"),
            ("青禾街道总工会12月5日有多少名户外劳动者前来驿站休息？",
             "12月5日，青禾街道总工会在地铁1号、2号线沿线站点设立爱心驿站。当天共有60余名户外劳动者前来驿站休息。", "60余名")):
        kept = _answer(question, text, unit="青禾街道总工会")
        assert kept.grounded and figure in kept.text, question
    other = "12月5日，青禾街道总工会召开工作部署会。\n12月11日，街道总工会举办节能知识竞赛。本次节能知识竞赛共有80名职工参加。"
    assert "80名" not in _answer("青禾街道总工会12月5日的知识竞赛有多少名职工参加？", other, unit="青禾街道总工会").text
    hits = [make_hit("4月12日，我校在田径场举办教职工运动会，全校120余名教职工参加。", doc_id="a", unit="青禾一中工会",
                     title="我校举办春季教职工运动会", rank=1),
            make_hit("青禾二中教职工运动会于5月举行，共有90名教职工参加。", doc_id="b", unit="青禾二中工会", rank=2)]
    school = QAService(_knowledge(hits)).answer("青禾一中教职工运动会有多少人参加？")
    assert school.grounded and "120余名" in school.text


def test_a_count_asked_with_a_guest_s_word_counts_whoever_came() -> None:
    """"职代会到会的有多少人": "共计37人出席会议" and "实到代表57人" count who came, as "参加" would; a count asked with
    参加 still does not take 出席 (leaders and guests are said to 出席)."""
    from assistant.question_profile import profile_question

    came = profile_question("青禾博物院职代会到会的有多少人？", lambda word: 3.0)
    assert {"参加", "出席", "到会"} <= set(came.weights)
    assert "出席" not in profile_question("多少人参加了青禾博物院职代会？", lambda word: 3.0).weights
    answer = _answer("青禾博物院职代会到会的有多少人？", "青禾博物院召开四届二次职工代表大会，职工代表及中层以上领导干部共计37人出席会议。",
                     unit="青禾博物院工会", title="青禾博物院召开四届二次职代会")
    assert answer.grounded and "37人" in answer.text
