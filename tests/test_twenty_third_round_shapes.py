"""Shapes found on fresh report pages in round twenty-three (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twentieth_round_shapes import _IDF

from dataclasses import replace
from datetime import date

from assistant.condense import Turn, condense_question
from assistant.extractive import _elected_to, sentence_coverage
from assistant.list_answers import _is_people, _names_someone
from assistant.enumeration import find_enumerations
from assistant.qa import QAService, next_turn
from assistant.question_profile import _short_form, carry_topic, post_held_elsewhere, profile_question
from assistant.scope import Scope, _county_marker_left_out, check_scope, read_own_scope
from ingest.models import LoadedFile
from ingest.masthead import copyright_owner, publisher_names, speaks_as_owner
from ingest.pipeline import documents_from_file


def _answer(question: str, text: str, **meta: object):
    """The answer over one article's passage with the given metadata (unit, title, year…)."""
    return QAService(_knowledge([make_hit(text, doc_id="a", rank=1, **meta)])).answer(question)


def _kept(asked: str, place: str | None, text: str, **meta: str) -> bool:
    """Whether the scope keeps one article's passage for a question naming the unit (and place)."""
    hit = make_hit(text, doc_id="a", **meta)
    kept, _ = check_scope([hit], Scope(unit=asked or None, place=place), {"a": text})
    return bool(kept)


def test_a_county_s_court_is_named_without_the_county_s_marker_in_its_own_byline() -> None:
    """"柳岸县法院工会" asked of a page whose byline says 柳岸法院 and whose text says only 我院工会: the
    county's marker (and a court's 人民) is left out between the place and the body."""
    assert _county_marker_left_out("柳岸县法院") == {"柳岸法院"} and _county_marker_left_out("柳岸县人民法院") == {"柳岸法院", "柳岸人民法院"}
    assert "松江医院" not in _county_marker_left_out("松江区人民医院")  # a people's hospital is not every hospital
    text = "近日，青禾市总工会授予我院工会“先进职工之家”荣誉称号。"
    assert _kept("柳岸县法院工会", "柳岸县", text, unit="院工会", publisher="柳岸法院")
    assert _kept("柳岸县人民法院工会", "柳岸县", text, unit="院工会", publisher="柳岸法院")
    assert not _kept("石桥县法院工会", "石桥县", text, unit="院工会", publisher="柳岸法院")
    # the city of the same name is another body: its hospital's or court's page is not the county's
    city = "长沙市人民医院工会2023年春节慰问困难职工86名。"
    assert not _kept("长沙县人民医院工会", "长沙县", city, unit="长沙市人民医院工会")
    assert not _kept("长沙县人民法院工会", "长沙县", "我院工会开展夏送清凉，送出300份。", unit="院工会", publisher="长沙市中级人民法院")
    answer = _answer("柳岸县法院工会的“先进职工之家”称号是哪个单位授予的？", text, unit="院工会", title="我院工会荣获“先进职工之家”称号", publisher="柳岸法院")
    assert answer.grounded and "青禾市总工会" in answer.text


def test_a_local_paper_s_byline_names_the_place_its_report_calls_our_city() -> None:
    """"来源：青禾日报" over a report that says only 我市: the paper is the page's publisher, so a question
    naming 青禾市 is of it (the byline line itself is dropped as chrome)."""
    head = "我市快递小哥收到“清凉大礼包”\n时间：2022年08月04日 来源：青禾日报\n本报讯 近日，市总工会开展“送清凉”慰问活动。"
    assert publisher_names(head) == "青禾日报"
    text = "目前，我市拥有17个快递品牌2200余个末端网点。2021年，全市投递量累计完成2.55亿件。"
    assert _kept("", "青禾市", text, publisher="青禾日报")
    assert not _kept("", "柳岸市", text, publisher="青禾日报")


def test_a_body_named_by_its_level_alone_is_the_one_of_the_place_the_page_is_of() -> None:
    """"江西省国防工会" asked of a page whose byline says 江西军工集团 and whose text says "省国防工会主任…":
    the level alone names the place's body; another province's page, or one naming another province
    before the body, is not of it."""
    text = "9月13日下午，国防邮电工会副主席一行在省国防工会主任韦青禾等领导的陪同下来红星机电公司调研指导工作。"
    assert _kept("江西省国防工会", "江西省", text, publisher="江西军工集团")
    assert not _kept("湖北省国防工会", "湖北省", text, publisher="江西军工集团")
    assert not _kept("江西省国防工会", "江西省", text, publisher="青禾机电公司")  # the place is written nowhere
    other = "陕西省国防工会主席柳岸将慰问金递交到六院，省国防工会还送来防疫物资。"
    assert not _kept("江西省国防工会", "江西省", other, publisher="江西军工集团")  # another province's body
    # the place mentioned in passing, or another level of it, is not the page's own place
    assert not _kept("安徽省国防工会", "安徽省", "公司安徽分厂职工参加了活动。" + text, publisher="江西洪都机电集团")
    assert not _kept("安徽省国防工会", "安徽省", "产品远销安徽。" + text, publisher="江西洪都机电集团")
    assert not _kept("吉林市国防工会", "吉林市", text.replace("省国防", "市国防"), publisher="吉林省青禾机械厂")
    visited = "公司工会一行前往江西参观红色教育基地。" + text
    assert not _kept("江西省国防工会", "江西省", visited, publisher="青禾机电公司")  # a place visited is not the page's


def test_how_many_took_part_is_said_by_a_sentence_saying_they_attended() -> None:
    """"有多少人参加": reports say 参会, 出席, 与会, 到会 as often: each says what is asked."""
    profile = profile_question("柳岸应急工会年度工作会有多少人参加？", _IDF)
    assert {"参会", "与会"} <= set(profile.weights) and "出席" not in profile.weights and len(profile.alternatives) == 1
    assert not profile_question("柳岸应急工会年度工作会开了几天？", _IDF).alternatives
    hits = [make_hit("3月5日下午，柳岸应急工会年度工作会以视频会议形式召开。工会委员、优秀女工及工会活动积极分子等50余人参会。",
                     doc_id="meet", unit="柳岸应急工会", title="柳岸应急工会召开年度工作会", rank=1)]
    answer = QAService(_knowledge(hits)).answer("柳岸应急工会年度工作会有多少人参加？")
    assert answer.grounded and "50余人参会" in answer.text


def test_a_subject_the_material_writes_gets_no_line_from_passages_of_other_bodies() -> None:
    """"青禾澄西的…会议和柳岸应急的年度工作会，各有多少人参加": the material writes 柳岸应急 somewhere, but
    no passage found for it is of an article writing it: another body's attendance is not its line."""
    hits = [make_hit("8月4日上午，青禾澄西船舶修造有限公司召开半年度职代会暨工会半年度工作会议。分工会主席34人参加会议。",
                     doc_id="yard", unit="青禾澄西船舶修造有限公司工会", title="上半年工会工作总结", rank=1),
            make_hit("县总工会召开年度工作会，全县基层工会主席120人参加会议。", doc_id="county",
                     unit="县总工会", title="县总工会召开年度工作会", rank=2)]
    answer = QAService(_knowledge(hits, "柳岸应急")).answer("青禾澄西的半年度工会会议和柳岸应急的年度工作会，各有多少人参加？")
    assert "34人" in answer.text and "120人" not in answer.text
    # the body's own report found: its line stays
    hits.append(make_hit("柳岸应急工会年度工作会召开，工会委员等50余人参加会议。", doc_id="own",
                         unit="柳岸应急工会", title="柳岸应急工会召开年度工作会", rank=3))
    answer = QAService(_knowledge(hits)).answer("青禾澄西的半年度工会会议和柳岸应急的年度工作会，各有多少人参加？")
    assert "34人" in answer.text and "50余人" in answer.text and "120人" not in answer.text


def test_speaking_for_a_body_is_no_part_of_its_name() -> None:
    """"交流会上代表西高所工会致欢迎词的是谁": 代表 is speaking for the union, and the union's name starts after it,
    where a word starts, though the loose name around it started inside one (那次)."""
    today = date(2026, 12, 1)
    assert read_own_scope("那次交流会上代表西高所工会致欢迎词的是哪位副主席？", today).unit == "西高所工会"
    assert read_own_scope("会上代表青禾市总工会讲话的是谁？", today).unit == "青禾市总工会"
    assert read_own_scope("青禾县总工会有多少名职工代表？", today).unit == "青禾县总工会"


def test_a_chair_named_after_another_institute_s_union_is_not_the_one_asked() -> None:
    """"西高所工会主席是谁": "院工会常委、过程所工会主席崔某" is the chair of another institute's union."""
    profile = profile_question("西高所工会主席是谁？", _IDF)
    sentence = "院工会常委、过程所工会主席崔志民也从围绕大局、服务大局谈了体会。"
    assert post_held_elsewhere(sentence, profile)
    assert not post_held_elsewhere("院工会常委、西高所工会主席崔志民谈了体会。", profile)
    assert not post_held_elsewhere("青禾集团公司工会主席王某谈了体会。", profile_question("青禾集团工会主席是谁？", _IDF))
    # words before a name are no part of it: "首先由集团工会主席" is the asked group's own
    assert not post_held_elsewhere("首先由集团工会主席刘某作工作报告。", profile_question("青禾旅游集团工会主席是谁？", _IDF))
    assert not post_held_elsewhere("首先由工会主席李梅作工作报告。", profile_question("青禾长春工厂的工会主席是谁？", _IDF))
    hits = [make_hit("北京分院协作二片工会干部一行来西高所交流。" + sentence, doc_id="visit", unit="北京分院协作二片工会",
                     title="北京分院协作二片工会干部一行来西高所交流", rank=1)]
    assert "崔志民" not in QAService(_knowledge(hits)).answer("西高所工会主席是谁？").text


def test_who_was_elected_is_the_article_s_election_sentence_not_its_guest_list() -> None:
    """"第十届会员代表大会选出来的新工会主席是谁": the sentence naming the meeting lists a guest chairman; the
    article's sentence electing someone chairman is the answer, though it repeats few of the question's words."""
    report = ("2017年9月7日下午，我院召开了青禾市妇幼保健院工会第十届会员代表大会，市卫生计生委党委委员、工会主席何德兵、"
              "兄弟医院工会主席以及我院推选产生的107名代表参加了会议。大会在庄严的国歌声中开始。"
              "会议通过投票选举产生了新一届工会委员会，大会选举产生了韩卫红为工会主席的新一届工会委员会15名成员，"
              "葛翠华同志当选为经审委员会主任。")
    answer = _answer("青禾市妇幼保健院工会第十届会员代表大会选出来的新工会主席是谁？", report, unit="青禾市妇幼保健院工会", title="青禾市妇幼保健院工会召开第十届会员代表大会")
    first = answer.text.split("[1]")[0]  # the answer opens with the election
    assert "韩卫红" in first and "何德兵" not in first
    assert not _elected_to("大会选举产生了韩卫红为工会副主席。", "主席") and _elected_to("大会选举产生了韩卫红为工会副主席。", "副主席")


def test_a_follow_up_pointing_at_the_meeting_asks_of_that_meeting_and_its_own_topic() -> None:
    """"那次会上一共讨论通过了几个规范性文件？" after "…那次职代会有多少名列席代表？": that meeting's question,
    not the attendees' ("名列席代表" is not carried, nor is 那 of 那次 cut off)."""
    before = [Turn("2020年8月29日那次职代会有多少名列席代表？")]
    assert condense_question("那次会上一共讨论通过了几个规范性文件？", before) == "2020年8月29日那次职代会上一共讨论通过了几个规范性文件？"
    assert condense_question("这次会议上选举了几名委员？", [Turn("青禾县总工会2021年职代会有多少名代表参加？", "青禾县总工会")]) == \
        "青禾县总工会2021年职代会上选举了几名委员？"
    # no meeting named before: the unit and year carried, 那次 no part of the question
    assert condense_question("那次慰问花了多少钱？", [Turn("柳岸公司工会今年慰问了多少困难职工？", "柳岸公司工会")]) == "柳岸公司工会今年慰问花了多少钱？"
    report = ("2020年8月29日，我院隆重召开第一届职工代表大会第四次会议，来自全院各科室的50名职工代表、25名列席代表出席此次职代会。"
              "本次开幕式由工会主席王国平主持。共讨论并通过了3个工作报告、4个规范性文件以及2个绩效考核细则。")
    hits = [make_hit(report, doc_id="ward", unit="医院工会", title="我院召开一届四次职代会", year=2020, rank=1)]
    service = QAService(_knowledge(hits))
    first = service.answer("2020年8月29日那次职代会有多少名列席代表？")
    answer = service.answer("那次会上一共讨论通过了几个规范性文件？", [next_turn(first)])
    assert "4个规范性文件" in answer.text


def test_a_site_s_copyright_owner_speaks_for_a_report_saying_our_institute() -> None:
    """"中国水稻研究所 版权所有" after an English copyright line, over a report that says 我所 but reads as a guest
    union's (its opening names the meeting's organiser): the owner is kept beside it, by the kind it says."""
    assert copyright_owner("Copyright © 2003-2019 China National Rice Research Institute. 青禾水稻研究所 版权所有") == "青禾水稻研究所"
    assert speaks_as_owner("交流会在我所富阳基地召开。", "青禾水稻研究所")
    assert not speaks_as_owner("交流会在我院召开。", "青禾水稻研究所")
    assert speaks_as_owner("我校工会组织教职工体检。", "青禾理工学院") and speaks_as_owner("我行工会", "青禾银行")
    page = ("省部属企事业工会科研院所协作组工作交流会在我所召开\n7月5日，省部属企事业工会科研院所协作组工作交流会在我所富阳基地召开。"
            "会上，我所工会主席廖青禾介绍了我所基本情况。\n"
            "Copyright © 2003-2019 China National Rice Research Institute. 青禾水稻研究所 版权所有\n")
    documents = documents_from_file(LoadedFile(source="rice.txt", text=page, kind="txt", encoding="utf-8", raw_sha256="0" * 64))
    assert "青禾水稻研究所" in documents[0].publisher


def test_people_listed_after_their_departments_are_people() -> None:
    """"获颁纪念证书的是哪两位": "产科赵某和供应室曾某获奖" names two people, each after the department they work in."""
    assert _names_someone("产科赵萍") and _names_someone("供应室曾传珍获奖") and _is_people("供应室曾传珍获奖")
    assert not _names_someone("外五科") and not _names_someone("办公室主任")
    report = ("朱碧琳副书记宣读了表彰决定，李细苟副院长和彭文标院长分别为以上优秀科室颁奖。"
              "徐双斌委员颁发护理岗位工作满30年纪念证书，产科赵萍和供应室曾传珍获奖。")
    answer = _answer("护士节纪念活动上，获颁护理岗位工作满30年纪念证书的是哪两位？", report, unit="医院工会", title="国际护士节活动总结")
    assert "赵萍" in answer.text and "曾传珍" in answer.text and "李细苟" not in answer.text


def test_aims_a_report_counts_are_no_list_of_people_nor_of_areas() -> None:
    """"六大工作目标具体是哪六个": the category stands before 具体是哪六个; six names of people attending are no
    aims, and four areas "等方面" are part of another whole; a report listing its aims answers."""
    assert profile_question("青禾五所2017年提出的六大工作目标具体是哪六个？", _IDF).category == "六大工作目标"
    report = ("1月17日，青禾五所八届六次职工代表大会召开。所领导陈立辉、李敏、高裕跃、王勇、牟宗庆、万举勇出席会议。"
              "报告回顾了我所一年来在科研、能力建设、业务拓展、内部管理等方面取得的突出成绩，提出了今年我所的六大工作目标和八项重点工作任务。")
    meta = {"unit": "青禾五所工会", "title": "青禾五所召开八届六次职代会", "year": 2017}
    answer = _answer("青禾五所2017年提出的六大工作目标具体是哪六个？", report, **meta)
    assert "陈立辉、李敏" not in answer.text and not answer.text.split("：", 1)[-1].startswith("科研、能力建设")
    listed = report + "六大工作目标是：科研产值、能力建设、市场拓展、人才培养、内部管理、党建引领。"
    answer = _answer("青禾五所2017年提出的六大工作目标具体是哪六个？", listed, **meta)
    assert answer.grounded and "人才培养" in answer.text and "党建引领" in answer.text
    # a partial list of the things asked, closing with 等 and a kind of its own, still answers
    deeds = "今年为职工办好五件实事，包括食堂改造、通勤班车、浴室升级和子女托管等民生项目。"
    answer = _answer("青禾五所今年办的五件实事是哪五件？", deeds, unit="青禾五所工会", title="青禾五所工会工作总结")
    assert answer.grounded and "通勤班车" in answer.text


def test_a_list_written_with_commas_may_hold_items_of_six_characters() -> None:
    """"对职工聘用与培训，劳动报酬，工作时间，劳动安全卫生等内容进行规范": the page wrote its 、 as commas, one item six
    characters long; a deed's words ("要团结，奋进，拼搏等。") are still no list."""
    text = "对职工聘用与培训，劳动报酬，工作时间，休息休假，保险福利，劳动安全卫生等内容进行规范，并签订了合同。"
    assert ("职工聘用与培训", "劳动报酬", "工作时间", "休息休假", "保险福利", "劳动安全卫生") in [e.items for e in find_enumerations(text)]
    assert not any(len(e.items) >= 3 for e in find_enumerations("大家要团结，奋进，拼搏，奉献等。"))


def test_sentences_sharing_a_common_word_after_a_preposition_are_no_parallel_list() -> None:
    """"工会继续贯彻落实公司…。青禾集团公司第一届…。相信在公司领导的…": 公司 follows each opening, but "相信在" leads on
    to its object; openings such as "春送岗位活动中…；夏送清凉活动中…" still make a list."""
    text = ("工会继续贯彻落实公司企业文化，加强宣传力度。\n青禾集团公司第一届第四次会员代表大会完成了预定会议内容。"
            "相信在公司领导的大力支持下，工会一定能顺利完成任务。")
    assert not any("相信在" in e.items for e in find_enumerations(text))
    seasons = "春送岗位活动中，帮扶就业120人；夏送清凉活动中，慰问一线职工800人；金秋助学活动中，资助学生33人。"
    assert any(e.items == ("春送岗位", "夏送清凉", "金秋助学") for e in find_enumerations(seasons))


def test_a_follow_up_naming_a_narrower_post_asks_the_same_question_of_it() -> None:
    """"副主席呢？" after "…选出来的工会主席是谁？": the question before, of the 副主席 (not "副主席的情况")."""
    before = [Turn("青禾旅游集团第一次职代会选出来的工会主席是谁？")]
    assert condense_question("副主席呢？", before) == "青禾旅游集团第一次职代会选出来的工会副主席是谁？"
    assert condense_question("那金秋助学呢？", [Turn("柳岸县总工会组织了什么活动？", "柳岸县总工会")]) == "柳岸县总工会金秋助学的情况？"
    report = "青禾旅游集团第一次职工代表暨工会会员代表大会召开。刘洋当选工会主席，陈湘平当选工会副主席，欧柏生当选经审委主任。"
    hits = [make_hit(report, doc_id="tour", unit="青禾旅游集团工会", title="青禾旅游集团召开第一次职代会", rank=1)]
    service = QAService(_knowledge(hits))
    first = service.answer("青禾旅游集团第一次职代会选出来的工会主席是谁？")
    answer = service.answer("副主席呢？", [next_turn(first)])
    assert answer.grounded and "陈湘平" in answer.text


def test_the_reporting_union_s_chair_is_not_the_chair_of_the_body_it_visited() -> None:
    """"青禾文体旅集团的工会主席是谁": the report of 市财贸金融服务工会 on its visit there names its own chair; a
    union the question names no word of is not the one asked, though the report is its own."""
    sentence = "市总工会副主席于某，市财贸金融服务工会主席梁天翼一行，专程赴青禾文体旅集团所属动物园慰问一线职工。"
    profile = profile_question("青禾文体旅集团的工会主席是谁？", _IDF)
    assert post_held_elsewhere(sentence, profile, sentence, "市财贸金融服务工会")
    own = "文体旅集团工会主席张青在慰问时说。"
    assert not post_held_elsewhere(own, profile, own, "文体旅集团工会")  # the report of the body asked, by a shorter name
    hits = [make_hit(sentence, doc_id="visit", unit="市财贸金融服务工会", title="市财贸金融服务工会慰问文体旅一线职工", rank=1)]
    assert "梁天翼" not in QAService(_knowledge(hits)).answer("青禾文体旅集团的工会主席是谁？").text


def test_how_many_were_honoured_is_not_how_many_attended_or_spoke_for_them() -> None:
    """"护士节一共表彰了多少名优秀护士": "150余名护士参加了表彰大会" counts who came, "3名获奖护士代表发言" who spoke
    for the honoured; neither says how many were honoured. A report that says it is the answer."""
    report = ("5月9日，青禾医院护理部举办护士节暨优秀护士表彰大会，全院各科室150余名护士参加了表彰大会。"
              "由3名优秀护士长代表及3名获奖护士代表发言。")
    question = "青禾医院护理部护士节一共表彰了多少名优秀护士？"
    assert not _answer(question, report, unit="青禾医院护理部", title="青禾医院护理部举办护士节表彰大会").grounded
    honoured = report + "大会共表彰优秀护士42名。"
    answer = _answer(question, honoured, unit="青禾医院护理部", title="青禾医院护理部举办护士节表彰大会")
    assert answer.grounded and "42名" in answer.text


def test_person_times_are_no_count_of_times() -> None:
    """"上半年组织了几次职工体检": "累计慰问1600人次" counts persons times visits, not how often; a question
    asking 人次 or 多少人 still takes it."""
    report = "春节前，青禾医院工会为一线医务人员送去慰问包和慰问食品，累计慰问1600人次。"
    meta = {"unit": "青禾医院工会", "title": "青禾医院工会开展送温暖活动", "year": 2023}
    assert not _answer("青禾医院工会2023年一共组织了几次职工体检？", report, **meta).grounded
    assert "1600人次" in _answer("青禾医院工会2023年春节慰问了多少人次？", report, **meta).text
    assert "1600人次" in _answer("青禾医院工会2023年春节一共慰问了多少人？", report, **meta).text


def test_a_word_weighing_nothing_adds_no_alternatives() -> None:
    """A question whose 参加 weighs nothing (every passage says it) gets no attendance alternatives, and
    scoring a sentence never divides by a side that weighs nothing."""
    profile = profile_question("青禾公司工会年度工作会有多少人参加？", lambda word: 0.0 if word == "参加" else 3.0)
    assert not profile.alternatives
    assert sentence_coverage("工会委员等50余人参会。", "", "", replace(profile, alternatives=((("参加",), ("参会",)),))) >= 0.0


def test_a_news_item_citing_last_year_s_figures_is_of_its_post_year() -> None:
    """"时间：2022年08月04日" over "近日，市总工会开展“送清凉”慰问活动…" and, a paragraph on, "2021年，全市寄递业务量…":
    the news is 2022's; a summary whose lead writes its own year keeps it."""
    page = ("我市快递小哥收到“清凉大礼包”\n时间：2022年08月04日 来源：青禾日报\n"
            "本报讯 近日，市总工会开展“送清凉”慰问活动，向一线快递员赠送了1500公斤绿豆。\n"
            "2021年，全市寄递业务量累计完成1.05亿件。\n")
    documents = documents_from_file(LoadedFile(source="p.txt", text=page, kind="txt", encoding="utf-8", raw_sha256="0" * 64))
    assert documents[0].year == 2022 and "青禾日报" in documents[0].publisher
    summary = ("青禾市总工会工作总结\n发布时间：2022年01月10日\n2021年，青禾市总工会慰问困难职工326户。\n近日，召开了总结会。\n")
    documents = documents_from_file(LoadedFile(source="s.txt", text=summary, kind="txt", encoding="utf-8", raw_sha256="1" * 64))
    assert documents[0].year == 2021


def test_a_follow_up_turning_to_the_other_season_carries_nothing_of_the_first() -> None:
    """"那冬天送温暖又送了些什么？" after "…夏天给快递员送了哪些清凉慰问品？": the winter is a thing of its own; the
    summer's words are not carried, so the summer's list does not answer it."""
    summer = profile_question("青禾市快递行业联合工会2022年夏天给快递员送了哪些清凉慰问品？", _IDF)
    winter = profile_question("青禾市快递行业联合工会2022年那冬天送温暖又送了些什么？", _IDF)
    assert carry_topic(winter, summer).weights == winter.weights
    assert carry_topic(profile_question("2022年又送了多少箱？", _IDF), summer).weights != profile_question("2022年又送了多少箱？", _IDF).weights


def test_attendance_said_of_leaders_or_another_event_answers_no_how_many_took_part() -> None:
    """"三届二次职代会有多少人参加": "院领导5人出席", "全委会，工会委员23人出席会议" tell leaders or another meeting."""
    report = "3月，青禾医院召开三届二次职代会，审议了院长工作报告。院领导班子成员5人出席。另，工会召开全委会，工会委员23人出席会议。"
    answer = _answer("青禾医院三届二次职代会有多少人参加？", report, unit="青禾医院工会", title="青禾医院召开三届二次职代会")
    assert "5人" not in answer.text.split("资料中最接近的内容")[0] or not answer.grounded


def test_follow_ups_pointing_at_an_event_or_a_deputy_keep_what_was_meant() -> None:
    """The event pointed at is of the pointer's kind and no body's name ending in 会; "这次疫情" points at no
    event; "副主席呢" asks the holder only after a question asking who held the post; a sibling scheme is no deputy."""
    def condensed(first: str, follow_up: str, unit: str | None = None) -> str:
        return condense_question(follow_up, [Turn(first, unit)])
    assert condensed("青禾市职工书法协会举办的书法比赛有多少件作品参赛？", "那次比赛中一等奖是谁？") == \
        "青禾市职工书法协会举办的书法比赛中一等奖是谁？"
    assert condensed("青禾市总工会在2023年职代会后开展的金秋助学活动资助了多少名学生？", "那次活动中资助标准是多少？",
                     "青禾市总工会").startswith("青禾市总工会在2023年职代会后开展的金秋助学活动中")
    assert "职代会疫情" not in condensed("柳岸公司2022年二届三次职代会有多少名代表出席？", "这次疫情期间工会慰问了多少名一线职工？", "柳岸公司")
    assert condensed("经费审查委员会在3月的全委会上审查了什么？", "那次会上有多少人参加？").startswith("经费审查委员会在3月的全委会上")
    assert "副主席王建国" not in condensed("青禾县总工会主席王建国在会上提出了哪些要求？", "副主席呢？", "青禾县总工会")
    assert "金秋春风" not in condensed("青禾市总工会金秋助学资助了多少名学生？", "那春风助学呢？", "青禾市总工会")
    assert "女男" not in condensed("青禾市总工会为多少名女职工进行了体检？", "男职工呢？", "青禾市总工会")


def test_a_site_owner_is_not_the_body_of_a_repost_that_speaks_of_its_own_kind() -> None:
    """The city court's site reposts a county court's item saying 我院: the county court is its own 院; a report
    saying "我所在的班组" says no 我所."""
    assert not speaks_as_owner("我院工会开展夏送清凉。", "青禾市中级人民法院", "柳岸县人民法院工会")
    assert speaks_as_owner("交流会在我所富阳基地召开。", "青禾水稻研究所", "省部属企事业工会")
    assert not speaks_as_owner("我所在的班组获得表彰。", "青禾水稻研究所", "县总工会")


def test_a_union_read_by_its_level_alone_still_holds_its_own_chair() -> None:
    """"青禾市总工会主席是谁" of a report read as 市总工会's: "市总工会主席李某" is the asked union's own chair; a short
    form of the asked body ("青禾一院", "电科院") is the asked one; a sibling whose name opens with a verb
    ("建设集团") and the congress before ("第九届") are not."""
    profile = profile_question("青禾市总工会主席是谁？", _IDF)
    assert not post_held_elsewhere("市总工会主席李青山主持会议。", profile, "", "市总工会")
    assert not post_held_elsewhere("青禾一院工会主席王某致辞。", profile_question("青禾市第一人民医院工会主席是谁？", _IDF))
    assert not post_held_elsewhere("电科院工会主席钱某作报告。", profile_question("青禾电力科学研究院工会主席是谁？", _IDF))
    assert post_held_elsewhere("建设集团工会主席王柳岸作交流发言。", profile_question("青禾建工集团工会主席是谁？", _IDF))
    report = ("2017年9月7日，我院召开青禾医院工会第十届会员代表大会，市总工会主席何某出席。会议选举产生了新一届工会委员会15名成员。"
              "回顾五年，2012年第九届会员代表大会选举产生了罗青禾为工会主席。")
    answer = _answer("青禾医院工会第十届会员代表大会选出来的新工会主席是谁？", report, unit="青禾医院工会", title="青禾医院工会召开第十届会员代表大会")
    assert not answer.text.split("[1]")[0].split("：", 1)[-1].startswith("回顾五年")


def test_a_subject_s_own_report_written_in_full_keeps_its_line() -> None:
    """"…和中船应急的年度工作会，各有多少人参加": its report writes 中国船舶重工应急装备 in full; the line stays."""
    hits = [make_hit("8月4日上午，青禾澄西船舶修造有限公司召开半年度工作会议。分工会主席34人参加会议。", doc_id="yard",
                     unit="青禾澄西船舶修造有限公司工会", title="上半年工会工作总结", rank=1),
            make_hit("中国船舶重工应急装备股份有限公司工会召开年度工作会，工会委员等50余人参加会议。", doc_id="own",
                     unit="中国船舶重工应急装备股份有限公司工会", title="年度工作会召开", rank=2)]
    answer = QAService(_knowledge(hits, "中船应急")).answer("青禾澄西的半年度工会会议和中船应急的年度工作会，各有多少人参加？")
    assert "34人" in answer.text and "50余人" in answer.text


def test_the_mends_of_the_third_review_hold() -> None:
    """A January meeting or a look back keeps the year it sums up; another body sharing the asked one's head is
    another; an election told with its own year answers; only a court goes without its county's marker, never
    inside another place's name; a media centre's byline names no body; the owner's own bare 院工会 is the owner's."""
    def year_of(page: str) -> int | None:
        return documents_from_file(LoadedFile(source="y.txt", text=page, kind="txt", encoding="utf-8", raw_sha256="2" * 64))[0].year
    assert year_of("柳岸市总工会召开全委会议\n发布时间：2023-01-16\n1月13日，柳岸市总工会召开十届三次全委会议。\n会议指出，2022年，全市新建工会组织126家。\n") == 2022
    assert year_of("青禾区总工会“回头看”\n发布时间：2023-03-02\n近日，青禾区总工会对去年的送温暖工作进行“回头看”。\n2022年元旦春节期间，走访慰问困难职工412户。\n") == 2022
    assert not _short_form("石桥电力公司", "石桥电力科学研究院") and not _short_form("青禾市人民医院", "青禾市第一人民医院")
    assert _short_form("青禾一院", "青禾市第一人民医院") and _short_form("青禾矿业公司", "青禾矿业集团")
    report = "2023年3月15日，石桥公司召开第三届会员代表大会，市总工会主席何青山出席会议并讲话。2023年3月15日下午，大会选举产生了韩柳岸为公司工会主席。"
    answer = _answer("石桥公司工会换届后新的工会主席是谁？", report, unit="石桥公司工会", title="石桥公司召开第三届会员代表大会", year=2023)
    assert "韩柳岸" in answer.text.split("[1]")[0]
    assert not _kept("柳岸县实验中学工会", "柳岸县", "青禾市柳岸实验中学工会组织教职工体检，共有128名教职工参加。", unit="青禾市柳岸实验中学工会")
    assert not _kept("石桥县法院工会", "石桥县", "石桥镇法庭工会开展送清凉。我院工会送出清凉物资80份。", unit="院工会", publisher="石桥法院 石桥镇")
    assert not _kept("青禾市总工会", None, "7月12日，柳岸县总工会为全县环卫工人送去清凉物资1200份。", unit="柳岸县总工会", publisher="青禾市融媒体中心")
    assert speaks_as_owner("我院一线干警", "青禾市中级人民法院", "院工会")
