"""Shapes found on fresh report pages this round (fixtures invented, same shapes): a news item that
opens with a worker who joins a union, before the union that reports is named."""

from __future__ import annotations

from fakes import make_hit
from test_eighth_round_shapes import TODAY, _idf
from test_parts import _Knowledge

from assistant.citing import Citer
from assistant.condense import Turn, condense_question
from assistant.extractive import _has_answer_type, _windows, candidates, opening
from assistant.list_answers import list_lines
from assistant.persons import WANTS_PERSON
from assistant.qa import QAService, next_turn
from assistant.question_profile import profile_question, spelled_out
from assistant.scope import Scope, check_scope, opening_year, read_own_scope
from assistant.subjects import split_subjects
from ingest.clean import clean_text, is_chrome_line
from ingest.metadata import extract_unit, extract_year


def test_a_union_a_worker_joins_in_a_later_clause_is_no_unit() -> None:
    text = ("“现在我也有娘家了！”小李是一名快递员，午休时从站点负责人那里听说可以入会，马上申请加入联合工会。\n"
            "青禾物流园里货运司机、快递员数量众多，园区每天进出车辆两千余辆次。")
    assert extract_unit("", text) != "马上申请加入联合工会"
    # a union that opens the sentence and acts is still the unit
    own = "2023年，青禾街道总工会紧紧围绕中心工作，建成户外劳动者服务站点12个。"
    assert extract_unit("", own) == "青禾街道总工会"
    # after a time clause the union is still the sentence's subject
    assert extract_unit("", "今年以来，在街道党工委领导下，青禾街道总工会，坚持服务职工。") == "青禾街道总工会"


def test_text_a_site_hid_splits_the_line_and_its_cut_tag_goes() -> None:
    page = ("全镇合计建会组织40家，职工会员5100余人。并完善了青禾县工会基层组织和工 ……此处隐藏1208个字……"
            "kground: rgb(255, 255, 255);\">五、做好困难职工帮扶工作，走访慰问困难职工36户。")
    lines = clean_text(page).split("\n")
    assert not any("rgb" in line or "kground" in line for line in lines)
    assert any(line.startswith("五、做好困难职工帮扶工作") for line in lines)


def test_a_body_holding_its_congress_is_the_unit_of_the_news() -> None:
    # the congress its union convenes: the body's union reports it
    assert extract_unit("", "12月25日上午，青禾港务公司召开第三次工代会暨三届一次职代会，42名职工代表参会。") == "青禾港务公司工会"
    assert extract_unit("", "1月9日，经开物流公司三届二次职工代表大会如期召开。会议由副总经理主持。") == "经开物流公司工会"
    # "经开…" is the development zone's abbreviation, not the preposition 经
    assert extract_unit("", "经开区总工会今年新建基层工会12家。") == "经开区总工会"


def test_a_federation_written_short_is_a_union() -> None:
    assert extract_unit("", "8月10日上午，市教育工联会召开上半年工作会议，各校工会主席参会。") == "市教育工联会"


def test_a_sites_welcome_banner_is_chrome() -> None:
    assert is_chrome_line("欢迎进入青禾市总工会网站！           设为首页 加入收藏")
    assert not is_chrome_line("欢迎新会员加入工会大家庭，全年新发展会员320名。")


def test_the_year_a_meeting_sums_up_is_the_articles_year_beside_the_meetings_date() -> None:
    text = "2024年1月26日下午，青禾医院工会在行政楼会议室举行2023年度工会工作总结表彰会。院党委书记出席。"
    assert opening_year(text) == 2023 and extract_year("", text) == 2024  # stored under the day it was held
    # a news item dated in its opening, summing nothing up, keeps the date's year
    assert opening_year("2024年1月26日下午，青禾医院工会举办迎新春职工趣味运动会。") == 2024


def test_a_kind_of_area_the_tagger_knows_whole_is_no_place_the_answer_must_name() -> None:
    from assistant.question_profile import profile_question

    assert "功能区" not in profile_question("物流园里那个职工之家包括哪几块功能区？", _idf).anchors
    assert "海淀区" in profile_question("海淀区总工会发了多少慰问金？", _idf).anchors


def test_units_something_was_handed_to_do_not_make_a_question_stand_alone() -> None:
    history = [Turn("青禾机场集团送清凉确定了多少种饮品？", unit="青禾机场集团工会")]
    assert condense_question("几点钟摆出来让各单位领的？", history).startswith("青禾机场集团工会")
    assert condense_question("各单位分别发了多少？", history) == "各单位分别发了多少？"


def test_an_opening_dated_the_day_of_the_meeting_is_of_the_year_it_sums_up() -> None:
    assert opening_year("2024年1月26日下午，青禾医院工会举行2023年度工会工作总结表彰会。") == 2023
    assert opening_year("2024年1月26日下午，青禾医院工会举办迎新春趣味运动会。") == 2024


def test_a_numbered_slogan_is_spelled_out_by_as_many_items_each_saying_its_word() -> None:
    text = "他要求各基层工会要以职工需求为第一导向、以职工认可为第一标准、以职工安全为第一底线；"
    assert spelled_out("三个第一", text)
    assert not spelled_out("四个第一", text)  # three items are not four
    assert spelled_out("三保", "工作中做到了“三保”：保增长、保稳定、保民生。")


def test_a_union_federation_ends_its_subjects_name_and_a_short_name_is_no_description() -> None:
    parts = split_subjects("青禾公司、柳岸集团、海川邮政行业工会联合会这三次职代会，各有多少职工代表参会？")
    assert parts == ["青禾公司这三次职代会，有多少职工代表参会", "柳岸集团这三次职代会，有多少职工代表参会",
                     "海川邮政行业工会联合会这三次职代会，有多少职工代表参会"]


def test_which_leaders_asks_for_people() -> None:
    assert WANTS_PERSON.search("表彰会有哪些领导出席？")
    assert not WANTS_PERSON.search("哪些领导班子获得了表彰？")


def test_a_numbered_hospital_written_short_is_one_name() -> None:
    assert read_own_scope("附属一院院工会表彰了多少个先进工会小组？", TODAY).unit == "附属一院院工会"


def test_a_subject_no_article_is_of_says_so_and_the_answer_is_not_grounded() -> None:
    hits = [make_hit("青禾医院工会表彰先进工会小组5个、先进个人21名。", doc_id="qh", unit="青禾医院工会",
                     title="青禾医院工会2023年工作总结", rank=1)]
    qa = QAService(_Knowledge(hits))
    assert qa._part("柳岸医院工会表彰了多少名先进个人", Scope(), None).missing
    assert not qa._part("青禾医院工会表彰了多少名先进个人", Scope(), None).missing
    answer = qa.answer("青禾医院工会和柳岸医院工会各表彰了多少名先进个人？")
    assert "21名" in answer.text and "资料中没有关于柳岸医院工会的内容" in answer.text
    assert not answer.grounded


def test_each_of_the_articles_a_question_counts_is_answered_on_its_own_line() -> None:
    def idf(word: str) -> float:
        return 3.0

    assert profile_question("两份学校工会材料里，分别组织了哪些教职工比赛活动？", idf).per_document
    assert not profile_question("今年新建了两家企业工会，分别在哪里？", idf).documents
    assert profile_question("传化公路港送清凉的规模怎么样？", idf).wants_number


def test_no_answer_opens_inside_a_title() -> None:
    from assistant.question_profile import profile_question

    def idf(word: str) -> float:
        return 3.0

    sentence = ("工会主席李青在大会上作了题为《凝心聚力谋发展，团结动员广大职工在建功立业热潮中再创佳绩，奋力谱写企业高质量发展新篇章》"
                "的工作报告，总结回顾了公司工会2023年以来在职工思想引领、技能提升和权益维护方面的各项工作，并对今后五年的工作作出全面部署。")
    assert all(window.count("《") == window.count("》") for window in _windows(sentence))
    said = opening("工会主席李青作了题为《凝心聚力谋发展，再创佳绩》的工作报告。", profile_question("报告题目叫什么？", idf))
    assert said.startswith("工会主席李青")


def test_a_branch_the_article_never_tells_of_is_not_its_siblings() -> None:
    article = ("青禾铁路局工会推动站区工协委建设。东岭站区工协委上线以来，共收集职工诉求23条。"
               "西坪站区、南关站区也相继建成职工小家。")
    hit = make_hit(article, doc_id="rail", unit="青禾铁路局工会")
    asked = read_own_scope("青禾铁路局北山站区工协委收集了多少条职工诉求？", TODAY)
    assert not check_scope([hit], asked, {"rail": article})[0]
    told = read_own_scope("青禾铁路局东岭站区工协委收集了多少条职工诉求？", TODAY)
    assert check_scope([hit], told, {"rail": article})[0]


def test_last_year_after_this_year_is_not_answered_from_the_report_this_year_was() -> None:
    hits = [make_hit("今年夏季以来，青禾物流工会已经在7月份慰问了480余名货车司机。", doc_id="qh", unit="青禾物流工会",
                     title="青禾物流工会2018年工作总结", year=2018, rank=1)]
    qa = QAService(_Knowledge(hits))
    first = qa.answer("青禾物流工会今年7月份慰问了多少货车司机？")
    assert first.grounded and "480余名" in first.text  # no report of this year: the 2018 one, said so
    follow = qa.answer("那去年7月份慰问了多少？", [next_turn(first)])
    assert not follow.grounded


def test_a_body_holding_its_unions_meeting_and_a_title_aside_before_the_union() -> None:
    assert extract_unit("", "1月11日下午，青禾所召开2023年度工会总结会暨表彰大会。工会主席李青出席。") == "青禾所工会"
    assert extract_unit("青禾市图书馆（青禾市古籍保护中心）工会成立", "经过两个月筹备，7月26日上午举行了工会成立大会。") == "青禾市图书馆工会"


def test_a_short_welcome_line_is_chrome() -> None:
    assert is_chrome_line("欢迎访问青禾市智能技术研究院!")


def test_an_award_is_one_word_with_the_word_before_it() -> None:
    from assistant.question_profile import profile_question

    assert "参与奖" in profile_question("今年的最佳参与奖发给了谁？", _idf).weights


def test_of_two_lists_after_one_lead_the_one_whose_own_words_answer() -> None:
    from assistant.citing import Citer

    text = ("根据有关规定，大会选举产生了新一届工会委员会和经费审查委员会。"
            "王青、刘明、李强、赵丽、孙涛、周敏、吴刚等七位同志当选工会委员会委员；"
            "郑红、钱亮、冯雪等三位同志当选工会经费审查委员会委员。")
    hit = make_hit(text, doc_id="st", unit="青禾研究站工会")
    profile = profile_question("青禾研究站新一届经费审查委员会由哪几位同志组成？", _idf)
    lines = list_lines(candidates([hit], profile, {"st": text}), profile, {"st": text}, Citer())
    assert lines and "郑红" in lines[0] and "王青" not in lines[0]


def test_a_unit_asked_without_the_level_its_report_writes_is_that_report() -> None:
    article = "在近期召开的青禾市总工会全委会议上，市林草系统工会荣获2023年度重点工作综合评估一等奖。"
    hit = make_hit(article, doc_id="lc", unit="市林草系统工会")
    assert check_scope([hit], read_own_scope("青禾林草系统工会下一步要抓哪些工作？", TODAY), {"lc": article})[0]
    assert not check_scope([hit], read_own_scope("柳岸林草系统工会下一步要抓哪些工作？", TODAY), {"lc": article})[0]


def test_a_meeting_held_the_year_after_the_one_it_sums_up_is_of_both_years() -> None:
    article = "2024年1月26日下午，青禾医院工会举行2023年度工会工作总结表彰会。会议表彰了先进工会小组5个。"
    hit = make_hit("会议表彰了先进工会小组5个。", doc_id="h", unit="青禾医院工会", year=2023)
    for year in (2023, 2024):
        assert check_scope([hit], Scope(unit="青禾医院工会", year=year), {"h": article})[0]
    assert not check_scope([hit], Scope(unit="青禾医院工会", year=2022), {"h": article})[0]
    assert opening_year("2015年1月9日，青禾研究所工会召开专题会议，总结2014年工作，谋划2015年工作。") == 2014


def test_a_list_whose_last_item_runs_on_into_the_quoted_name_is_still_the_answer() -> None:
    from assistant.enumeration import find_enumerations
    from assistant.question_profile import names_the_quoted

    profile = profile_question("青禾所2023年度评为“优秀协会”的都有哪些协会？", _idf)
    listed = find_enumerations("书法协会、乒乓球协会、摄影协会为2023年度优秀协会。")[0]
    assert not names_the_quoted(listed, profile)
    heading = find_enumerations("一是“优秀协会”创建、二是职工书屋建设、三是困难帮扶。")[0]
    assert names_the_quoted(heading, profile)


def test_a_name_before_daibiao_is_a_person_acting() -> None:
    from assistant.persons import people_named

    assert people_named("丁青代表第九届工会委员会作题为《凝心聚力》的工作报告。")


def test_a_second_question_naming_no_unit_asks_of_the_first_ones() -> None:
    hits = [make_hit("经过两个月的精心筹备，7月26日上午，青禾博物馆举行了工会成立大会。", doc_id="mu", unit="青禾博物馆工会",
                     title="青禾博物馆工会成立", rank=1),
            make_hit("局工会精心筹备和组织，用时三周成功举办了歌唱大赛。", doc_id="wr", unit="水利局工会", title="水利局工会总结", rank=2)]
    answer = QAService(_Knowledge(hits)).answer("青禾博物馆的工会成立大会是几月几号开的？前期筹备用了多长时间？")
    assert "7月26日" in answer.text and "水利局" not in answer.text


def test_subjects_each_with_their_own_meeting_share_no_tail() -> None:
    assert split_subjects("青禾站工会换届大会和柳岸研究院的职代会，分别是哪天召开的？") == [
        "青禾站工会换届大会是哪天召开的", "柳岸研究院的职代会是哪天召开的"]


def test_a_subject_whose_name_no_article_writes_is_said_to_be_missing() -> None:
    hits = [make_hit("青禾机场集团工会准备了近4000件清凉物资，摆放在指定区域等待各单位领取。", doc_id="jl",
                     unit="青禾机场集团工会", title="青禾机场集团工会送清凉", rank=1)]
    knowledge = _Knowledge(hits)
    knowledge.lexical.index.holds = lambda phrase: phrase in hits[0].text or phrase in "青禾机场集团工会"
    answer = QAService(knowledge).answer("青禾机场集团和柳岸白鹭机场的工会送清凉，各准备了多少件物资？")
    assert "4000件" in answer.text and "资料中没有关于柳岸白鹭机场的内容" in answer.text and not answer.grounded


def test_running_for_the_nth_year_answers_how_many_years_running() -> None:
    profile = profile_question("省直工会的迎新春活动已经连续办了几年？", _idf)
    assert _has_answer_type("本次活动是省直工会连续第三年组织开展的迎新春活动。", profile)
    assert not _has_answer_type("本次活动是省直工会组织开展的迎新春活动。", profile)


def test_what_the_review_found_stays_mended() -> None:
    import time

    # a cut tag's residue of many declarations and no ">" is read in linear time
    started = time.perf_counter()
    clean_text("全年新建基层工会12家……此处隐藏1695个字……" + "; ".join(["font-size: 16px", "color: rgb(51, 51, 51)"] * 30)
               + "; 五、做好困难职工帮扶工作。")
    assert time.perf_counter() - started < 2.0
    # a date or 近日 before the union is no subject of the sentence
    assert extract_unit("", "近日，青禾县总工会，联合青禾县交通局工会开展送清凉活动。") == "青禾县总工会"
    assert extract_unit("", "3月8日上午，青禾医院工会，联合院团委举办趣味运动会。") == "青禾医院工会"
    # a report's own opening year stands when no meeting's date opens it
    assert extract_year("", "2023年，青禾县总工会在2022年度工作总结的基础上，制定了全年计划。") == 2023
    # an or-aside is no second name of the body
    assert extract_unit("青禾市各县（区）工会2023年工作总结", "全年新建工会12家。") != "青禾市各县工会"
    # a welcome line that goes on to say something is the report's
    assert not is_chrome_line("欢迎进入青禾县总工会网上工会平台，职工可以在线办理入会。")
    # a county's unit is not the city's
    article = "在青禾市总工会全委会议上，市林草系统工会荣获2023年度重点工作综合评估一等奖。"
    hit = make_hit(article, doc_id="c", unit="市林草系统工会")
    assert not check_scope([hit], read_own_scope("青禾县林草系统工会获得了什么奖？", TODAY), {"c": article})[0]
    # branches listed with their kind said once, and numbered branches written with 第
    rail = "青禾铁路局工会推动站区工协委建设，柳州、凭祥、八渡站区工协委共收集职工诉求56条。"
    hit = make_hit(rail, doc_id="r", unit="青禾铁路局工会")
    assert check_scope([hit], read_own_scope("青禾铁路局柳州站区工协委收集了多少条诉求？", TODAY), {"r": rail})[0]
    steel = "青禾钢铁公司工会举办技能比武，炼钢厂第二车间夺得团体冠军。轧钢车间获得第二名。"
    hit = make_hit(steel, doc_id="s", unit="青禾钢铁公司工会")
    assert check_scope([hit], read_own_scope("青禾钢铁公司炼钢厂二车间工会获得了什么名次？", TODAY), {"s": steel})[0]
    # development zones and districts the tagger knows whole are still places the answer must name
    assert "开发区" in profile_question("开发区工会发了多少慰问金？", _idf).anchors
    # a subject of another year is said to be of another year, not missing
    hits = [make_hit("青禾医院工会表彰先进个人21名。", doc_id="q", unit="青禾医院工会", year=2023, rank=1),
            make_hit("柳岸医院工会表彰先进个人15名。", doc_id="l", unit="柳岸医院工会", year=2022, rank=2)]
    answer = QAService(_Knowledge(hits)).answer("青禾医院工会和柳岸医院工会2023年各表彰了多少名先进个人？")
    assert "资料中没有关于柳岸医院工会的内容" not in answer.text
    # a branch asked without the level its name has in the report ("钟祥支行" of 钟祥市支行)
    bank = "中国银行青禾钟祥市支行工会委员会全年慰问困难职工12人。城区支行也开展了活动。"
    hit = make_hit(bank, doc_id="b", unit="中国银行青禾钟祥市支行工会委员会")
    assert check_scope([hit], read_own_scope("中国银行钟祥支行工会慰问了多少困难职工？", TODAY), {"b": bank})[0]
