"""Shapes found on fresh report pages in round seventeen (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_fifteenth_round_shapes import _answer, _answers_all

from assistant.question_profile import profile_question


def _IDF(word: str) -> float:
    return 1.0


def test_titles_that_end_with_the_kind_asked_are_the_list_across_sentences() -> None:
    """"编了哪几种口袋书": the titles ending in 口袋书 spread over two sentences are the answer, not the
    "覆盖A、B、C的…" phrase of the sentence that introduces them."""
    article = ("青禾供电公司工会通过编印系列口袋书，构建覆盖安全生产、权益维护、健康服务的关爱体系，让职工一看就懂。"
               "针对职工关心的劳动保护问题，该公司工会编印《安全生产口袋书》及《女职工权益口袋书》。"
               "该公司工会还推出《职工疗休养口袋书》，写明申请条件和审批流程。")
    assert _answers_all("青禾供电公司工会编了哪几种口袋书？", "青禾供电公司工会", article,
                        ("安全生产口袋书", "女职工权益口袋书", "职工疗休养口袋书"))


def test_a_phrase_before_a_pair_that_ends_with_their_head_is_the_first_item() -> None:
    """"选举产生了…第一届委员会，经费审查委员会和女职工委员会": three bodies elected, not the pair after
    the comma, nor the list of guests in the next paragraph."""
    article = ("6月3日，青禾县快递行业工会联合会召开第一届会员代表大会，现场选举产生了青禾县快递行业工会联合会第一届委员会，"
               "经费审查委员会和女职工委员会。\n"
               "县总工会副主席李某，县邮政管理局副局长、党组成员张某，县快递协会会长、青禾速运公司总经理王某以及各基层工会的"
               "86名会员代表参加会议。")
    assert _answers_all("青禾县快递行业工会联合会第一届会员代表大会选出了哪几个机构？", "青禾县快递行业工会联合会", article,
                        ("第一届委员会", "经费审查委员会", "女职工委员会"))


def test_what_commendation_asks_for_the_honour_not_the_meeting_that_gave_it() -> None:
    """"在市总工会全委会上拿到了什么表彰": the sentence with the honour the factory's union won, not the
    one telling of the meeting."""
    article = ("近日，青禾市总工会召开五届三次全委（扩大）会议，会议总结回顾了2023年全市工会工作，部署了今年工作任务。"
               "会上，还对2023年工会工作目标考核先进集体进行了表彰。"
               "柳岸纺织厂工会榜上有名，荣膺“青禾市2023年工会工作目标考核先进集体一等奖”。")
    assert profile_question("柳岸纺织厂工会在青禾市总工会全委会上拿到了什么表彰？", _IDF).wants_rank
    assert _answers_all("柳岸纺织厂工会在青禾市总工会全委会上拿到了什么表彰？", "青禾市总工会", article, ("先进集体一等奖",))


def test_an_honours_list_of_short_lines_is_kept_and_answers_who_won(tmp_path) -> None:  # noqa: ANN001 - pytest's tmp_path
    """"焊接技能 / 赵某某个人一等奖 / …": short bare lines whose names the page says nowhere else are an honours
    list, not links an SEO page injected; they stay in the article and answer who won."""
    from test_sixteenth_round_shapes import _one_article

    page = ("青禾机械厂工会举办第三届职工技能大赛\n"
            "11月8日，青禾机械厂工会组织开展第三届职工技能大赛，设焊接、钳工两个实操项目，来自生产一线的36名职工参赛。\n"
            "厂党委副书记、工会主席刘某出席并致辞，希望职工以赛促学、以赛提技。\n"
            "奖项颁发\n\n焊接技能\n\n郑文斌个人一等奖\n\n孙小满个人二等奖\n\n钳工技能\n\n陈春生个人一等奖\n\n周晓岚个人二等奖\n")
    doc = _one_article(tmp_path, page)
    assert "郑文斌个人一等奖" in doc.text and "陈春生个人一等奖" in doc.text
    assert _answers_all("青禾机械厂技能大赛钳工技能项目的一等奖是谁？", "青禾机械厂工会", doc.text, ("陈春生",))


def test_a_union_described_as_the_first_of_its_kind_is_the_one_named_after_the_dash() -> None:
    """"青禾县首个行业性工会联合会——物业行业工会联合会正式成立": the unit is 青禾县物业行业工会联合会, so a
    question naming it is asked of this report."""
    from ingest.metadata import extract_metadata

    article = ("10月12日，青禾县首个行业性工会联合会——物业行业工会联合会正式成立。\n"
               "据悉，此次物业工会联合会会员人数已达1200余人，分别来自6家物业企业。")
    assert extract_metadata("", article).unit == "青禾县物业行业工会联合会"


def test_a_time_word_before_a_union_is_no_part_of_its_name() -> None:
    """"当时青禾市总工会的主席是谁": the union is 青禾市总工会; "当时" says when, and a union named "当时青禾市总工会"
    would be one the material never holds."""
    from test_eighth_round_shapes import TODAY

    from assistant.scope import read_own_scope

    assert read_own_scope("当时青禾市总工会的主席是谁？", TODAY).unit == "青禾市总工会"
    assert read_own_scope("当年柳岸县总工会有多少会员？", TODAY).unit == "柳岸县总工会"


def test_the_january_meeting_of_a_year_s_summary_is_asked_of_the_next_year() -> None:
    """A 2019 summary that opens "1月10日，…召开全委（扩大）会议" and plans "2020年，…重点工作将…": the meeting
    was held in January 2020, so "2020年1月…开全委会时" is asked of it; a 2020 question naming no month is not."""
    from test_eighth_round_shapes import TODAY

    from assistant.scope import check_scope, read_own_scope

    article = ("1月10日，青禾汽车集团工会召开三届二次工会全委（扩大）会议。青禾汽车集团工会主席钟某某、工会委员以及直管企业"
               "工会正副主席等参加了会议。\n2019年，青禾工会围绕中心、服务大局，开展了“车友惠”活动。\n"
               "2020年，青禾各级工会重点工作将围绕以下几方面开展：宣传劳模精神；深化帮扶。")
    hit = make_hit(article[:60], doc_id="d", unit="青禾汽车集团工会", year=2019, title="青禾汽车集团工会2019年工作总结")
    asked = read_own_scope("2020年1月青禾汽车集团工会开三届二次全委（扩大）会议时，集团工会主席是谁？", TODAY)
    assert check_scope([hit], asked, {"d": article})[0]
    not_the_meeting = read_own_scope("2020年青禾汽车集团工会开展了哪些活动？", TODAY)
    assert not check_scope([hit], not_the_meeting, {"d": article})[0]


def test_two_unions_joined_before_the_honour_they_won_are_a_pair() -> None:
    """"…所属的A公司工会和B集团有限公司工会荣获“先进职工之家”称号；C部、D部…荣获“工人先锋号”": the two that won
    the honour asked, not the longer list of the other honour."""
    article = ("近日，从省总工会获悉，集团工会所属的青禾元通汽车服务有限公司工会和浙江柳岸化工集团有限公司工会荣获省部属企事业工会"
               "“先进职工之家”称号；青禾金属集团有限公司贸易拓展部、青禾国际贸易有限公司国内事业部、青禾物流投资有限公司宁波分公司"
               "荣获“工人先锋号”称号。")
    assert _answers_all("青禾集团工会所属的哪两家基层工会获评“先进职工之家”？", "青禾集团工会", article, ("元通汽车服务", "柳岸化工集团"))


def test_short_words_a_page_wrote_apart_with_commas_and_closed_by_deng_are_a_list() -> None:
    """"下一步还将在快递，外卖，保安等行业开展…": a page that writes its 、 as commas still lists three trades;
    "要团结，奋进，拼搏等。" (deeds, no kind after 等) is no list."""
    from assistant.enumeration import find_enumerations

    article = ("今年3至5月，青禾市总工会联合人社局开展“集中要约”行动，下一步还将在物业，环卫，家政等行业开展工资集体协商，"
               "维护劳动关系和谐稳定。")
    assert _answers_all("青禾市总工会下一步准备在哪些行业开展工资集体协商？", "青禾市总工会", article, ("物业", "环卫", "家政"))
    assert ("物业", "环卫", "家政") in [e.items for e in find_enumerations(article)]
    assert not [e for e in find_enumerations("大家纷纷表示，要团结，奋进，拼搏等。") if "奋进" in e.items]


def test_which_three_people_asks_for_people() -> None:
    """"获三等奖的是哪三个人" asks for people (as 哪几位 does), "哪三个单位" for bodies."""
    question = "青禾农垦砍蔗技能大赛获三等奖的是哪三个人？"
    profile = profile_question(question, _IDF)
    assert profile.wants_person and profile.people_listed
    assert not profile_question("获一等奖的是哪三个单位？", _IDF).wants_person
    article = ("12月28日，青禾农垦砍蔗技能大赛在幸福农场公司举行。青禾农垦集团纪检组组长吴某某参加活动。"
               "经过激烈角逐，火炬农场公司罗荣党获得一等奖，五一农场公司潘月珊、金星农场公司范修伟获得二等奖，"
               "东方红农场公司李元生、南华农场公司黄彩便、幸福农场公司陆文边获得三等奖。")
    assert _answers_all(question, "青禾农垦工会", article, ("李元生", "黄彩便", "陆文边"))


def test_which_units_formed_a_union_are_the_bodies_listed_not_what_it_did() -> None:
    """"由哪几家单位组建的": the four bodies the federation guided into it (the first cut after 指导, a shop's
    other name in brackets), not the list of services the union then ran."""
    article = ("资料显示，青禾区总工会于2023年3月指导青禾区乐百味餐饮店（暖心食堂）、青禾市爱心养老服务有限责任公司、"
               "青禾尚品企业管理有限公司、青禾康大健康管理有限公司成立青禾区家政服务行业联合工会，随后先后组织开展了社区志愿活动、"
               "传统佳节慰问、为孤儿院捐赠财物等活动。工会提供劳动保障、法律维权、“四季送”服务、文体娱乐、家政护理技能比赛、"
               "敬老爱老、社区志愿服务。")
    from assistant.enumeration import find_enumerations
    from assistant.list_answers import _list_score

    question = "青禾区家政服务行业联合工会是由哪几家单位组建的？"
    profile = profile_question(question, _IDF)
    lists = {e.items[0]: e for e in find_enumerations(article)}
    bodies, services = lists["青禾区乐百味餐饮店（暖心食堂）"], lists["工会提供劳动保障"]
    assert _list_score(bodies, 0, len(article), profile, article) > _list_score(services, 0, len(article), profile, article)
    assert _answers_all(question, "青禾区家政服务行业联合工会", article, ("乐百味餐饮店", "爱心养老服务", "尚品企业管理", "康大健康管理"))


def test_a_figure_the_question_states_does_not_answer_how_many_of_a_part() -> None:
    """"这次入会的90人里，快递员有多少人": the sentences saying "共90余人" and "90名…加入" only repeat the question's
    own figure; the material does not break it down, so the answer says so. A sentence with the part's own count answers."""
    article = ("8月2日下午，青禾特区工会开展新就业形态劳动者集中入会活动，特区外卖送餐员、各快递公司快递员共90余人参加了活动。"
               "在宣誓声中，特区90名外卖送餐员、快递员等新就业形态劳动者加入了工会这个大家庭。")
    question = "青禾特区工会这次集中入会的90人里，快递员具体有多少人？"
    assert not _answer(question, "青禾特区工会", article).grounded
    broken_down = article + "其中快递员36人，外卖送餐员54人。"
    assert _answers_all(question, "青禾特区工会", broken_down, ("36人",))


def test_a_name_an_election_makes_chairman_stands_beside_that_role() -> None:
    """"大会选举产生了韩某某为工会主席的新一届委员会，葛某同志当选为经审委员会主任": 韩某某 is named beside 主席
    (elected, with no title of his own), so the sentence can answer who the chairman is."""
    from assistant.persons import people_named
    from assistant.question_profile import role_beside_a_name

    sentence = ("会议通过投票选举产生了新一届工会委员会、经审委员会，大会选举产生了韩卫红为工会主席的新一届工会委员会15名成员，"
                "葛翠华同志当选为经审委员会主任。")
    assert people_named(sentence)
    assert role_beside_a_name(sentence, "主席")


def test_how_many_cases_asks_a_count_in_cases_not_any_figure() -> None:
    """"查出了多少例异常": a figure in 例 answers; the places offered ("400个名额") do not."""
    assert profile_question("那次筛查查出了多少例异常？", _IDF).measures == ("例",)
    article = "青禾市总工会开放1600个以上公益性“两癌”筛查服务名额，其中市总工会提供400个名额，符合条件的前100名女职工可免费参加。"
    assert not _answer("青禾市总工会这次“两癌”筛查查出了多少例异常？", "青禾市总工会", article).grounded
    assert _answers_all("青禾市总工会这次“两癌”筛查查出了多少例异常？", "青禾市总工会", article + "筛查共发现异常23例。", ("23例",))


def test_a_count_of_things_named_after_people_joined_by_he_is_of_the_things() -> None:
    """"有几个省部级劳模和工匠人才创新工作室": the count is of studios (their head noun), not of model workers, so a
    figure in 个 answers; "几个困难职工和农民工" still counts people."""
    assert profile_question("青禾铁路局现在有几个省部级劳模和工匠人才创新工作室？", _IDF).measures == ()
    assert "人" in profile_question("慰问了几个困难职工和农民工？", _IDF).measures
    article = ("今年以来，青禾铁路局各级劳模和工匠人才创新工作室立项攻关课题789个、取得成果189件、培训职工1.2万人次。"
               "31个局级、9个省部级劳模和工匠人才创新工作室围绕技术创新纵深推进。")
    assert _answers_all("青禾铁路局现在有几个省部级劳模和工匠人才创新工作室？", "青禾铁路局工会", article, ("9个省部级",))


def test_how_many_were_elected_is_not_answered_by_how_many_attended() -> None:
    """"最后选出了多少名会员代表": "理事、顾问、会务人员等共计43人参加" counts who came to a forum about the election;
    "推选产生的107名代表参加了会议" counts elected delegates and answers."""
    question = "青禾海员工会第28届会员代表选举最后选出了多少名会员代表？"
    forum = ("8月9日下午，青禾海员工会举办第28届会员代表选举事务座谈会，该会常务理事、选举办法委员会委员、顾问、会务人员等"
             "共计43人参加，讨论有关第28届会员代表选举事务。")
    assert not _answer(question, "青禾海员工会", forum).grounded
    elected = "青禾海员工会第28届会员代表选举顺利完成，各分会推选产生的107名会员代表参加了大会。"
    assert _answers_all(question, "青禾海员工会", elected, ("107名",))


# ---------------------------------------------------------------- shapes a reviewer broke the first versions with


def test_a_summary_s_figures_are_not_the_next_year_s_and_a_target_year_dates_no_meeting() -> None:
    """A 2019 summary that opens with its January meeting and plans "2020年，…重点工作将…": its 2019 figures do not
    answer a 2020 question (only the meeting's own paragraph is of 2020); "确保2020年…目标任务" plans no next year."""
    from assistant.scope import held_next_year

    article = ("1月10日，青禾汽车集团工会召开三届二次工会全委（扩大）会议。青禾汽车集团工会主席钟某某等参加了会议。\n"
               "2019年，青禾汽车集团工会开展了“车友惠”活动，组织职工疗休养420人次，发放困难帮扶金36万元。\n"
               "2020年，青禾汽车集团各级工会重点工作将围绕以下几方面开展：宣传劳模精神；深化帮扶。")
    hit = make_hit(article, doc_id="d", unit="青禾汽车集团工会", year=2019, title="青禾汽车集团工会2019年工作总结", rank=1)
    from test_thirteenth_round_shapes import _knowledge

    from assistant.qa import QAService

    answer = QAService(_knowledge([hit])).answer("2020年青禾汽车集团工会组织职工疗休养多少人次？")
    assert not (answer.grounded and "420" in answer.text)
    target = "1月15日，青禾县总工会召开十届三次全委（扩大）会议。会议要求为确保2020年全面建成小康社会目标任务建功立业。"
    assert held_next_year(target, 2019) is None


def test_titles_of_another_body_or_another_time_are_not_the_list() -> None:
    """"青禾县总工会编印《A》《B》。柳岸县总工会也编印了《C》…": C is 柳岸县's; "2022年…《A》。今年…《B》和《C》": A is
    another year's."""
    other_body = "青禾县总工会编印《职工维权口袋书》《安全生产口袋书》。柳岸县总工会也编印了《女职工权益口袋书》和《劳动合同口袋书》。"
    answer = _answer("青禾县总工会编印了哪几种口袋书？", "青禾县总工会", other_body)
    assert "安全生产口袋书" in answer.text and "女职工权益口袋书" not in answer.text
    other_year = ("2022年，青禾县总工会编印《职工维权口袋书》，深受欢迎。今年，青禾县总工会又编印了《安全生产口袋书》和"
                  "《职工心理健康口袋书》，发放到一线班组。")
    answer = _answer("青禾县总工会今年编印了哪几种口袋书？", "青禾县总工会", other_year)
    assert "职工心理健康口袋书" in answer.text and "职工维权口袋书" not in answer.text


def test_a_planned_list_does_not_answer_what_was_done() -> None:
    """"今年在哪些行业开展了集体协商": "下一步，还将在快递，外卖，保安等行业…" is a plan; "2023年…" is not answered by
    "2024年还将在…" either."""
    for question, article in [
            ("青禾市总工会今年在哪些行业开展了集体协商？", "今年，青禾市总工会在物业行业开展了集体协商。下一步，还将在快递，外卖，保安等行业开展集体协商。"),
            ("青禾市总工会2023年在哪些行业开展了集体协商？", "2023年，青禾市总工会在物业和环卫行业开展了集体协商，2024年还将在快递，外卖，保安等行业开展集体协商。")]:
        answer = _answer(question, "青禾市总工会", article)
        assert "物业" in answer.text, question


def test_words_near_the_new_patterns_that_mean_something_else() -> None:
    """"什么表彰活动" asks an event, not an honour; "哪几个人群"/"人民医院" are no people; "白沙镇一等奖" names no person;
    "就业指导中心" is one item; "…，送去了米，面，油等" lists three things; a pair that opens its own clause takes no
    first item; a name after a dash that says its place is not given the place twice; time words are no name."""
    from assistant.enumeration import find_enumerations
    from assistant.persons import people_named
    from assistant.scope import read_own_scope
    from test_eighth_round_shapes import TODAY

    from ingest.metadata import extract_metadata

    assert not profile_question("青禾县总工会在五一前夕举办了什么表彰活动？", _IDF).wants_rank
    assert not profile_question("青禾市总工会重点帮扶哪几个人群？", _IDF).wants_person
    assert not profile_question("工会在哪几个人民医院设立了职工服务站？", _IDF).people_listed
    assert not people_named("龙湾镇一等奖\n白沙镇二等奖") and not people_named("金湖队冠军")
    assert ("职工就业指导中心", "心理咨询室", "母婴关爱室") in [e.items for e in find_enumerations(
        "青禾县总工会建成了职工就业指导中心、心理咨询室、母婴关爱室。")]
    assert ("米", "面", "油") in [e.items for e in find_enumerations("春节前，工会走访慰问了困难职工，送去了米，面，油等慰问品。")]
    assert not [e for e in find_enumerations("会议选举产生了第一届工会委员会，经费审查委员会和女职工委员会的委员由工会委员会提名后另行选举。")
                if len(e.items) == 3]
    assert extract_metadata("", "10月12日，青禾县首个行业性工会联合会——青禾县快递行业工会联合会正式成立。").unit == "青禾县快递行业工会联合会"
    for question in ("那时候柳岸县总工会有多少会员？", "届时青禾区总工会将举办什么活动？", "此时青禾区总工会在做什么？"):
        assert read_own_scope(question, TODAY).unit in ("柳岸县总工会", "青禾区总工会"), question


def test_an_injected_run_naming_one_prize_each_is_still_dropped(tmp_path) -> None:  # noqa: ANN001 - pytest's tmp_path
    """"欧冠冠军赔率 / 体彩大乐透一等奖 / 足球比分直播": links that each name some prize are no honours list (that names
    two grades of one scheme), and go."""
    from test_sixteenth_round_shapes import _one_article

    page = ("青禾县总工会举办职工健步走活动\n"
            "5月8日，青禾县总工会组织开展职工健步走活动，全县36家单位的600余名职工参加。\n"
            "欧冠冠军赔率\n体彩大乐透一等奖\n足球比分直播\n"
            "活动沿滨江绿道进行，全程8公里，参加活动的职工精神饱满。\n")
    assert "大乐透" not in _one_article(tmp_path, page).text
