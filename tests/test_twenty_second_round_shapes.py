"""Shapes found on fresh report pages in round twenty-two (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_eighth_round_shapes import TODAY
from test_thirteenth_round_shapes import _knowledge
from test_twentieth_round_shapes import _IDF, _ask

from assistant.qa import QAService, next_turn
from assistant.question_profile import profile_question
from assistant.scope import Scope, check_scope, read_own_scope
from assistant.subjects import split_subjects


def _two_answers(question: str, *reports: tuple[str, str, str]) -> tuple[str, str]:
    """The answers to the two questions of one message, over one article per (text, unit, title)."""
    hits = [make_hit(text, doc_id=f"d{i}", unit=unit, title=title, rank=i + 1) for i, (text, unit, title) in enumerate(reports)]
    first, second = QAService(_knowledge(hits)).answer(question).text.split("\n\n")
    return first, second


def test_a_second_question_naming_another_level_s_union_is_not_answered_from_the_first_s_article() -> None:
    """"局机关工会…？县教育工会又…？": the second names a body by its level and kind only, another than the
    first's, so the first's article (the last one answered from) is not the only one searched."""
    first, second = _two_answers(
        "局机关工会制定了几项工会工作制度？县教育工会又计划组建多少个联合工会？",
        ("系统工会还制定了十二项工会工作制度，配备专用公章，将局机关四楼活动室定为工会活动场地。", "局机关工会", "局机关工会工作总结"),
        ("县教育工会计划在各学区的片区管理基础上组建19个联合工会，在民办中小学独立组建4个学校工会。", "县教育工会", "县教育工会年度工作总结"))
    assert "十二项" in first and "19个联合工会" in second
    # a short form of the first's own name is the same body: its article is still the one searched
    hits = [make_hit("青禾市总工会今年慰问困难职工326户。市总工会还为环卫工人送去清凉物资800份。",
                     doc_id="qh", unit="青禾市总工会", title="青禾市总工会工作总结", rank=1),
            make_hit("柳岸县总工会为环卫工人送去清凉物资95份。", doc_id="la", unit="柳岸县总工会", title="柳岸县总工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer("青禾市总工会慰问了多少户困难职工？市总工会又为环卫工人送了多少份清凉物资？")
    assert "800份" in answer.text.split("\n\n")[1] and "95份" not in answer.text


def test_a_second_question_naming_a_titled_body_is_asked_alone_when_the_first_s_scope_finds_nothing() -> None:
    """"那个县上半年…？首创东风现有女职工多少人？": the second opens with a body's name some article's title
    says; within the first's period nothing answers it, so it is asked on its own words."""
    hits = [make_hit("上半年，女职委组建工作采取了挖潜组建、排查组建的方法，建立女职委组织80个，会员达1500余人。",
                     doc_id="county", unit="县总工会", title="县总工会上半年女职工工作总结", period="上半年", rank=1),
            make_hit("青禾水务女工委获评“市先进女职工组织”\n青禾水务现有女职工96人，占总人数35%，多数在一线岗位。",
                     doc_id="water", unit="青禾水务工会", title="青禾水务女工委获评“市先进女职工组织”", period="全年", rank=2)]
    knowledge = _knowledge(hits, "青禾水务")
    answer = QAService(knowledge).answer("那个县上半年女职委会员达到多少人？青禾水务现有女职工多少人？")
    first, second = answer.text.split("\n\n")
    assert "1500余人" in first and "96人" in second
    # a second question that names no body of its own stays within the first's scope: nothing, not another's
    answer = QAService(knowledge).answer("那个县上半年女职委会员达到多少人？现有女职工多少人？")
    assert "96人" not in answer.text.split("资料中最接近的内容")[0]


def test_a_body_the_material_writes_without_the_place_asked_before_it_is_named() -> None:
    """"长江所和合肥智能所的工会主席分别是谁": the report says only 智能所 (its city was in the site's
    navigation), so the second body is one the material writes; a body whose every part is unwritten
    ("柳岸桃仙机场") still has nothing."""
    hits = [make_hit("会议由长江水产研究所工会主席曹建国主持，工会委员共计16人参加会议。",
                     doc_id="fish", unit="长江水产研究所工会", title="长江水产研究所工会召开专题会议", rank=1),
            make_hit("智能所召开年度工会总结会\n智能所工会主席宋立军、工会委员及各协会负责人参加此次会议。",
                     doc_id="ai", unit="智能所工会", title="智能所召开年度工会总结会", rank=2)]
    answer = QAService(_knowledge(hits)).answer("长江水产研究所和青禾智能所的工会主席分别是谁？")
    assert "曹建国" in answer.text and "宋立军" in answer.text
    answer = QAService(_knowledge(hits)).answer("长江水产研究所和柳岸桃仙机场的工会主席分别是谁？")
    assert "宋立军" not in answer.text


def test_which_meeting_was_held_is_told_by_the_sentence_saying_it_was_held() -> None:
    """"各开了一个什么会": the meeting's name, in the sentence saying it was held, not a sentence about its
    documents ("选举办法" holds 举办 but holds no meeting)."""
    assert profile_question("青禾省高院机关工会开了一个什么会？", _IDF).held == "会"
    assert profile_question("青禾省高院机关工会在会上选了几名委员？", _IDF).held == ""
    report = ("院第四届机关工会主席孙怡首先作《青禾省高级人民法院机关第四届工会工作报告》。"
              "大会以举手表决的方式通过了《青禾省高级人民法院机关工会委员会换届选举办法（草案）》。"
              "7月22日下午，省高院召开院机关工会会员代表大会。")
    answer = _ask("青禾省高院机关工会开了一个什么会？", report, unit="省高院工会", title="青禾省高院机关工会换届")
    assert answer.text.split("[1]")[0].endswith("召开院机关工会会员代表大会。")


def test_a_second_question_describing_another_unit_is_asked_of_the_unit_described() -> None:
    """"青禾县…走了多少所学校？那个有朝鲜族学校的县全县一共有多少所各级各类学校？": 各级各类 is all of them,
    not "each" leaning on the first; the unit described by what its report says is not the first's."""
    first, second = _two_answers(
        "青禾县这次慰问走了多少所学校？那个有朝鲜族学校的县全县一共有多少所各级各类学校？",
        ("青禾县教育局工会分5个小组前往全县38所中小学校幼儿园，为困难教职工送去新春的祝福。", "青禾县教育局工会", "青禾县教育局开展困难教职工慰问"),
        ("我县现有各级各类学校19所，其中高级中学、职教中心、朝鲜族学校各1所。", "教育工会", "县教育工会工作总结"))
    assert "38所" in first and "19所" in second


def test_what_a_body_s_grassroots_units_did_is_a_list_inside_its_report() -> None:
    """"街道各基层女职工委都举办了哪些活动": 各基层 are parts of one body, no articles of their own, so the
    list in its report answers (not one line per article); "各基层工会分别慰问了多少人" still goes per article."""
    assert not profile_question("“三八”节期间街道各基层女职工委都举办了哪些活动？", _IDF).per_document
    assert profile_question("各基层工会分别慰问了多少名困难职工？", _IDF).per_document
    report = ("“三八”节期间，我们组织各女职工委采取多种形式举行庆“三八”活动，街道女职工委召开庆“三八”暨工作会议。"
              "各基层女职工委各自举行联欢、书画比赛、卡拉OK等活动。")
    hits = [make_hit(report, doc_id="street", unit="街道工会", title="街道工会女职工工作总结", rank=1),
            make_hit("“三八”节举办了女职工趣味活动、跳绳比赛，岁末的职工钓鱼比赛等给大家留下了深刻印象。",
                     doc_id="firm", unit="公司工会", title="公司工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer("“三八”节期间街道各基层女职工委都举办了哪些活动？")
    assert all(item in answer.text for item in ("联欢", "书画比赛", "卡拉OK")) and "跳绳" not in answer.text


def test_bodies_listed_after_a_colon_are_the_subjects() -> None:
    """"这几家企业的工会主席分别是谁：A、B、C？": each body listed after the colon is asked on its own."""
    listed = split_subjects("这几家企业的工会主席分别是谁：青禾汽车长春工厂、柳岸公司、青禾重汽？")
    assert listed == split_subjects("青禾汽车长春工厂、柳岸公司、青禾重汽的工会主席分别是谁？")
    assert len(listed) == 3 and all(name in subject and "主席" in subject
                                    for name, subject in zip(("青禾汽车长春工厂", "柳岸公司", "青禾重汽"), listed))
    assert split_subjects("工会主席是谁：青禾汽车长春工厂？") == []  # one body, nothing asked of each


def test_quantities_each_asked_for_keep_their_own_year() -> None:
    """"A的2007年产销量，和B的累计产量，各是多少": each quantity is its own question, so B is not asked for 2007."""
    assert split_subjects("青禾重汽2007年重型汽车产销量，和柳岸车桥厂前后桥的累计产量，各是多少？") == [
        "青禾重汽2007年重型汽车产销量是多少", "柳岸车桥厂前后桥的累计产量是多少"]
    hits = [make_hit("2007年，青禾重汽全年产销重型汽车10.2万辆，同比增长32%。", doc_id="truck", unit="青禾重汽集团工会",
                     title="青禾重汽召开职代会", year=2007, rank=1),
            make_hit("建厂以来，柳岸车桥厂累计生产汽车前后桥180万根。", doc_id="axle", unit="柳岸车桥厂工会",
                     title="柳岸车桥厂工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer("青禾重汽2007年重型汽车产销量，和柳岸车桥厂前后桥的累计产量，各是多少？")
    assert "10.2万辆" in answer.text and "180万根" in answer.text


_NEWS_OF_THE_NEXT_YEAR = (
    "青禾集团召开立功竞赛总结表彰大会\n"
    "2月27日，青禾集团工会召开立功竞赛推进大会，部署2013年竞赛。\n"
    "2012年，青禾集团有近百家单位、8万多名员工投身立功竞赛，各参赛单位积极组织岗位练兵。"
    "共有9.1万名员工提出合理化建议，节约金额超过100万元的创新项目66项，节约金额2.8亿元。\n"
    "会议要求，2013年竞赛要坚持需求导向，着力提升自主创新能力。")


def test_a_paragraph_opening_with_a_year_tells_that_year_s_figures() -> None:
    """A news item of 2013 telling 2012's results in a paragraph that opens "2012年，…": its sentences are of 2012
    (a passage cut inside the paragraph too), not of the item's own year."""
    start = _NEWS_OF_THE_NEXT_YEAR.index("共有")
    rest = make_hit(_NEWS_OF_THE_NEXT_YEAR[start:], doc_id="news", unit="青禾集团工会", year=2013, start=start)
    articles = {"news": _NEWS_OF_THE_NEXT_YEAR}
    assert check_scope([rest], Scope(year=2012), articles)[0] == [rest]
    late = _NEWS_OF_THE_NEXT_YEAR.index("会议要求")
    plan = make_hit(_NEWS_OF_THE_NEXT_YEAR[late:], doc_id="news", unit="青禾集团工会", year=2013, start=late)
    assert check_scope([plan], Scope(year=2012), articles)[0] == []  # another paragraph, of the item's own year
    hits = [make_hit(_NEWS_OF_THE_NEXT_YEAR, doc_id="news", unit="青禾集团工会", year=2013, title="青禾集团召开立功竞赛总结表彰大会", rank=1)]
    told = QAService(_knowledge(hits)).answer("青禾集团2012年的立功竞赛一共节约了多少金额？")
    assert told.grounded and "2.8亿元" in told.text
    other = QAService(_knowledge(hits)).answer("青禾集团2013年的立功竞赛一共节约了多少金额？")
    assert "2.8亿元" not in other.text.split("资料中最接近的内容")[0]


def test_a_second_question_opening_with_a_body_a_news_lead_names_asks_of_that_body() -> None:
    """"…来了多少家会员单位？青禾汽配那次会员代表大会又有多少名代表参加？": 那次 and 又 lean back, yet the body the
    second opens with is one an article's lead names (under a title that does not), so it is asked of that body."""
    hits = [make_hit("2020年12月30日上午，柳岸软件园工会联合会成立暨一届一次会员代表大会顺利召开，来自园区的113家会员单位代表参加会议。",
                     doc_id="park", unit="柳岸软件园工会联合会", title="柳岸软件园工会联合会成立", rank=1),
            make_hit("2018年工会工作总结\n本网讯（记者林青）为加强企业民主管理，增强企业凝聚力，2018年4月8日下午，青禾汽配（长春）"
                     "汽车零部件有限公司召开第一届第二次会员代表大会。公司副总经理出席了会议，共有39名会员代表参加本次大会。",
                     doc_id="parts", unit=None, title="2018年工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer(
        "柳岸软件园工会联合会成立大会来了多少家会员单位？青禾汽配那次会员代表大会又有多少名代表参加？")
    assert "113家" in answer.text and "39名" in answer.text


def test_the_head_asked_is_whoever_holds_the_head_s_title() -> None:
    """"负责人是谁": reports name the head by a title ("省国防工会主席吴志毅"), not by 负责人; a deputy is no head."""
    report = ("青禾省总工会党组成员、副主席、省国防工会主席吴立新，市邮政管理局副局长杨迈等领导出席了捐赠仪式。"
              "仪式现场，省国防工会主席吴立新将补助金递交到六院党委书记刘志。")
    answer = _ask("青禾省国防工会的负责人是谁？", report, unit="青禾省国防工会", title="六院职工收到抗疫大礼包")
    assert answer.grounded and "吴立新" in answer.text
    deputy = _ask("青禾省国防工会的负责人是谁？", "省国防工会副主席杨青出席了捐赠仪式。", unit="青禾省国防工会",
                  title="六院职工收到抗疫大礼包")
    assert "杨青" not in deputy.text.split("资料中最接近的内容")[0] or not deputy.grounded


def test_the_points_asked_of_the_unions_are_no_list_of_who_attended() -> None:
    """"提了哪几点要求": the 一要…二要… items after "提出了要求", not the posts of those who attended."""
    report = ("8月4日上午，青禾船厂召开半年度职代会暨工会半年度工作会议。公司党委书记、董事长陆青，公司党委委员、副总经理、"
              "工会主席王前出席会议并讲话。公司职代会代表团团长、工会委员会委员、工会经审委委员、分工会主席34人参加会议。\n"
              "会议总结了上半年度工会工作，布置了下半年工会重点工作任务。\n"
              "公司党委委员、副总经理、工会主席王前肯定了公司两级工会组织上半年取得的成绩，并对工会工作提出了要求。\n"
              "一要坚持围绕中心，服务大局。\n二要坚持民主管理，引导职工参与公司管理。\n三要坚持关爱职工，增强企业凝聚力。\n"
              "四要坚持文体育人，组织开展文体活动。")
    answer = _ask("青禾船厂工会主席王前在半年度会议上对工会工作提了哪几点要求？", report, unit="青禾船厂工会", title="青禾船厂召开半年度职代会")
    assert all(item in answer.text for item in ("坚持围绕中心", "坚持民主管理", "坚持关爱职工", "坚持文体育人"))


def test_bodies_closed_as_a_kind_or_given_deeds_are_not_the_things_done() -> None:
    """"多开展哪些活动": "红星机电、神剑科技等各子公司" are who spoke (bodies by the kind after 等), the activities follow;
    "办了哪几件实事": deeds, not the bodies that held the ceremony."""
    report = ("关明副主席一行听取了集团公司工会和青禾机电、柳岸科技、白鹭光电等各子公司工会代表关于工会组织工作情况的汇报，"
              "工会代表恳请上级工会多开展职工读书、劳动竞赛、干部培训、技能比武等活动。")
    answer = _ask("青禾军工集团各子公司工会代表恳请上级工会多开展哪些活动？", report, unit="青禾军工集团工会", title="国防工会到青禾军工调研")
    assert all(item in answer.text for item in ("职工读书", "劳动竞赛", "干部培训", "技能比武")) and "柳岸科技" not in answer.text
    report = ("2023年10月26日，青禾市物业行业工会联合会正式成立。物业工会成立以来，先后组织会员单位女职工进行了免费体检及“两癌”筛查，"
              "组织会员单位65名职工参加健康体检，组织开展了爱眼护眼活动。工会组织为职工办了很多好事实事。"
              "在市总工会、市住建局和市物业行业工会联合会的共同推动下，一批物业公司和职工纷纷加入工会组织。")
    answer = _ask("青禾市物业行业工会联合会成立以来给会员单位职工办了哪几件实事？", report, unit="青禾市物业行业工会联合会",
                  title="青禾市物业公司职工加入工会")
    assert "两癌" in answer.text and "市住建局、市物业行业工会联合会。" not in answer.text  # the bodies are no list of deeds


def test_an_institute_or_academy_numbered_in_words_after_its_group_is_the_unit() -> None:
    """"青禾四院…" (an academy numbered in words after its group's name) is a unit: another academy's report
    ("青禾六院") does not answer it; counted schools ("全市十四所学校") and institutions visited name none."""
    assert read_own_scope("青禾四院2022年初收到省总工会多少防疫专项资金？", TODAY).unit == "青禾四院"
    assert read_own_scope("中国电科十四所工会有多少会员？", TODAY).unit == "中国电科十四所工会"
    assert read_own_scope("全市十四所学校参加了吗？", TODAY).unit is None
    assert read_own_scope("走访了十四所工会，慰问多少人？", TODAY).unit is None
    report = "省总工会牵挂着青禾六院干部职工，为青禾六院划拨10万元的防疫专项资金。"
    other = _ask("青禾四院2022年初收到省总工会多少防疫专项资金？", report, unit="青禾六院工会", title="青禾六院职工收到抗疫大礼包", year=2022)
    assert "10万元" not in other.text.split("资料中最接近的内容")[0]
    own = _ask("青禾六院2022年初收到省总工会多少防疫专项资金？", report, unit="青禾六院工会", title="青禾六院职工收到抗疫大礼包", year=2022)
    assert own.grounded and "10万元" in own.text


def test_what_the_first_review_of_round_twenty_two_found_stays_mended() -> None:
    """Another body's head, a department's head and 主席台 head nothing asked; a later year or 今年 in the paragraph dates
    what follows; a meeting already named is kept over another body's; a union's own committee is no other level's
    union; 各基层 of several bodies counted still asks each."""
    ask = "青禾省国防工会的负责人是谁？"
    for said in ("省总工会主席王海、省国防工会副主席吴立新出席了捐赠仪式。", "省国防工会办公室主任王芳主持仪式。",
                 "大会主席台就座的有省国防工会副主席陈红。"):
        answer = _ask(ask, said, unit="青禾省国防工会", title="省国防工会捐赠仪式")
        assert not answer.grounded, said
    assert "张强" in _ask("县总工会的负责人是谁？", "县总工会主席张强出席活动并讲话，县总工会女职工委员会主任刘梅主持。",
                          unit="县总工会", title="县总工会开展活动").text
    changed = ("青禾集团召开立功竞赛总结会\n2012年，集团员工提出合理化建议5万条。2013年，竞赛规模进一步扩大。"
               "全年共节约金额2.8亿元，评出创新项目66项。")
    hits = [make_hit(changed, doc_id="g", unit="青禾集团工会", year=2014, title="青禾集团召开立功竞赛总结会", rank=1)]
    assert "2.8亿元" not in QAService(_knowledge(hits)).answer("青禾集团2012年立功竞赛节约金额多少？").text.split("资料中最接近的内容")[0]
    now = ("青禾市总工会2013年工作总结\n2012年，全市职工提出合理化建议3.2万条，节约资金1.1亿元。今年，全市职工共提出合理化建议4.5万条，"
           "节约资金2.6亿元。")
    hits = [make_hit(now, doc_id="n", unit="青禾市总工会", year=2013, title="青禾市总工会2013年工作总结", rank=1)]
    assert "2.6亿元" in QAService(_knowledge(hits)).answer("青禾市总工会2013年节约资金多少？").text
    meeting = "4月18日，青禾县总工会劳模座谈会在县工人文化宫进行。会前，县委召开了常委扩大会议。"
    answer = _ask("青禾县总工会4月18日开了一个什么会？", meeting, unit="青禾县总工会", title="青禾县总工会劳模座谈会")
    assert answer.text.split("[1]")[0].endswith("劳模座谈会在县工人文化宫进行。")
    first, second = _two_answers(
        "青禾县总工会慰问了多少户困难职工？县总工会女职工委员会开展两癌筛查多少人？",
        ("青禾县总工会今年慰问困难职工120户。县总工会女职委开展“两癌”筛查1200人。", "青禾县总工会", "青禾县总工会工作总结"),
        ("柳岸县总工会女职委开展“两癌”筛查5600人。", "柳岸县总工会", "柳岸县总工会工作总结"))
    assert "1200人" in second and "5600人" not in second
    assert profile_question("两个县各基层工会都举办了哪些活动？", _IDF).per_document
    assert profile_question("各基层工会都举办了哪些活动？", _IDF).per_document


def test_what_the_second_review_of_round_twenty_two_found_stays_mended() -> None:
    """A comparison year or a sum since a year dates nothing; counts and visits in numerals are no numbered body, which
    matches its number in digits; a branch's, a former or a candidate's title heads nothing; a meeting of another day
    or body is not switched to; 等工会活动 closes activities; figures of speech are no people; 全市各基层 asks each;
    a quantity with no body of its own is not asked alone."""
    compared = "青禾市总工会2012年工作总结\n2012年，全市职工提出合理化建议3.2万条，比2011年增长20%。节约资金1.1亿元，创经济效益3亿元。"
    hits = [make_hit(compared, doc_id="c", unit="青禾市总工会", year=2012, title="青禾市总工会2012年工作总结", rank=1)]
    qa = QAService(_knowledge(hits))
    assert "1.1亿元" in qa.answer("青禾市总工会2012年节约资金多少？").text
    assert "1.1亿元" not in qa.answer("青禾市总工会2011年节约资金多少？").text.split("资料中最接近的内容")[0]
    for question in ("今年新增八所爱心驿站，累计建成多少所？", "县总工会今年新建十二所职工之家投入多少资金？", "慰问一院一线医护人员多少人？"):
        assert read_own_scope(question, TODAY).unit in (None, "县总工会"), question
    own = _ask("中国电科十四所工会2022年慰问了多少困难职工？", "2022年，所工会慰问困难职工136人。", unit="中国电科14所工会",
               title="中国电科14所工会2022年工作总结", year=2022)
    assert own.grounded and "136人" in own.text
    for said in ("青禾公司机加分工会主席张强主持会议。", "青禾公司原工会主席张强退休后仍关心工会工作。",
                 "大会选举产生了青禾公司工会主席候选人王五、赵六。"):
        assert not _ask("青禾公司工会的负责人是谁？", said, unit="青禾公司工会", title="青禾公司工会工作").grounded, said
    meeting = "4月18日，县总工会组织劳模到县工人文化宫参观学习。4月25日，县总工会召开劳模座谈会。"
    answer = _ask("青禾县总工会4月18日开了一个什么会？", meeting, unit="青禾县总工会", title="青禾县总工会劳模活动")
    assert "座谈会" not in answer.text.split("[1]")[0]
    sports = "今年，公司工会先后举办了羽毛球赛、乒乓球赛、拔河比赛等工会活动，机关、车间、班组职工踊跃参加。"
    assert "羽毛球赛" in _ask("青禾公司工会今年举办了哪些活动？", sports, unit="青禾公司工会", title="青禾公司工会总结").text
    hopes = "王前主席希望大家当好职工群众的贴心人、企业发展的同行者、职工权益的守护者。"
    answer = _ask("王前主席对工会干部提了哪些要求？", hopes, unit="青禾公司工会", title="青禾公司工会总结")
    assert all(item in answer.text for item in ("贴心人", "同行者", "守护者"))
    assert profile_question("全市各基层工会都举办了哪些活动？", _IDF).per_document
    assert split_subjects("青禾市总工会2022年慰问的困难职工户数，和发放的慰问金额，各是多少？") == []


def test_what_the_review_of_the_two_question_rules_found_stays_mended() -> None:
    """A second question about the first's own topic or a title that only mentions the name is not asked alone; a
    topic the reports tell of keeps the conversation; a place-less remainder that is another place's tail names
    nothing; areas or people after a colon are no subjects."""
    hits = [make_hit("青禾公司工会设有经费审查、女职工、劳动保护三个专门委员会。", doc_id="q", unit="青禾公司工会",
                     title="青禾公司工会工作总结", rank=1),
            make_hit("柳岸公司女职工委员会换届\n会议选举陈静为柳岸公司女职工委员会主任。", doc_id="l", unit="柳岸公司工会",
                     title="柳岸公司女职工委员会换届", rank=2)]
    answer = QAService(_knowledge(hits)).answer("青禾公司工会设了几个专门委员会？委员会主任由谁担任？")
    assert "陈静" not in answer.text
    hits = [make_hit("2023年，青禾公司工会慰问困难职工56名。", doc_id="q", unit="青禾公司工会", title="青禾公司工会2023年工作总结", rank=1),
            make_hit("柳岸公司工会工作总结\n公司工会主席李强带队走访。全公司建成职工书屋12家。", doc_id="l", unit="柳岸公司工会",
                     title="柳岸公司工会工作总结", rank=2)]
    qa = QAService(_knowledge(hits))
    follow = qa.answer("工会主席的名字是什么？", [next_turn(qa.answer("青禾公司工会2023年慰问了多少名困难职工？"))])
    assert "李强" not in follow.text.split("资料中最接近的内容")[0]
    hits = [make_hit("会议由长江水产研究所工会主席曹建国主持。", doc_id="f", unit="长江水产研究所工会", title="长江水产研究所工会会议", rank=1),
            make_hit("青禾国际机场工会主席孙海出席启动仪式。", doc_id="a", unit="青禾国际机场工会", title="机场开展职工健步走", rank=2)]
    answer = QAService(_knowledge(hits)).answer("长江水产研究所和沈阳国际机场的工会主席分别是谁？")
    assert "孙海" not in answer.text
    assert split_subjects("市总工会分别到哪两个县送温暖：柳岸县、桃源县？") == []
    assert split_subjects("青禾公司工会的会员人数和女职工人数，各是多少？") == []
