"""Shapes found on fresh report pages in round thirty (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twenty_fourth_round_shapes import _answer

from assistant.aggregate import figures
from assistant.enumeration import asked_category, asked_count, find_enumerations
from assistant.extractive import news_lead
from assistant.qa import QAService
from assistant.question_profile import counted_noun, profile_question
from assistant.scope import Scope, read_scope


def _idf(word: str) -> float:
    return 3.0


def test_a_word_the_material_never_uses_is_cut_again_with_the_lone_character_beside_it() -> None:
    """"柳州城管…" tagged 柳/州城/管 would ask of a word no report writes; cut again it asks 柳州 and 城管, both
    written. A whole word the material lacks ("南京博物院") is asked whole: a trap stays a trap."""
    known = {"岳阳", "城管", "游泳", "比赛", "承办", "工会", "博物院", "南京"}
    asked = profile_question("岳阳城管那场游泳比赛是哪个工会承办的？", _idf, known.__contains__)
    assert {"岳阳", "城管"} <= set(asked.weights) and "阳城" not in asked.weights, asked.weights
    assert "阳城" in profile_question("岳阳城管那场游泳比赛是哪个工会承办的？", _idf).weights  # (no index: as tagged)
    whole = profile_question("南京博物院今年收到多少条提案？", _idf, (known - {"南京博物院"}).__contains__)
    assert "南京博物院" in whole.weights and "博物院" not in whole.weights, whole.weights


def test_a_news_reports_lead_runs_from_its_headline_to_the_sentence_telling_the_event() -> None:
    """"来比比谁是“金剪子”！…" then "…修剪大赛举办。": the event every later sentence is about is told in the
    second or third sentence after a kicker, and its words count near each of them."""
    article = ("来比比谁是“金剪子”！青禾市开展园林绿化技能大比武\n"
               "7月30日，由青禾市林业局和青禾市总工会联合主办的“青禾市园林绿化‘金剪子’修剪大赛”举办。"
               "本次大赛共11家单位参加。最终柳岸区林草局荣获团体一等奖，河西区住建局荣获团体二等奖。")
    assert "金剪子" in news_lead(article) and "柳岸区" not in news_lead(article)
    assert news_lead("今年以来，我局工会在局党组领导下开展各项工作。全年共慰问职工120人。") == ""
    answer = _answer("青禾“金剪子”修剪大赛团体一等奖给了哪个单位？", article, title="园林工程")
    assert answer.grounded and "柳岸区林草局" in answer.text, answer.text


def test_sweets_and_grains_are_counted_in_their_own_measure_words() -> None:
    assert [(f.value, f.measure) for f in figures("市长更贴心准备2千多颗粽子")] == [(2000.0, "颗")]
    assert figures("开展一对一帮扶") == []  # (对 stays out: "一对一" is a manner, no count)


def test_a_measure_word_that_opens_the_noun_asked_is_part_of_it() -> None:
    """"比了哪些项目": 项 is no measure word here but the start of 项目; "哪几所学校" and "哪几个人" keep theirs."""
    assert asked_category("青禾商超行业技能竞赛都比了哪些项目？") == "项目"
    assert asked_category("有哪几所学校参加了？") == "学校"
    assert asked_category("哪几个人获奖了？") == "人"
    assert asked_category("开展了哪几项活动？") == "活动"


def test_a_quality_said_of_the_category_picks_its_list_of_two_over_the_sibling_list() -> None:
    """"评上优秀协会的有哪几个": 优秀 is part of what is asked; "…为年度的优秀协会" names the two, the longer list
    "…为年度良好协会" is the sibling."""
    assert asked_category("青禾所2021年度评上优秀协会的有哪几个？") == "优秀协会"
    text = ("青禾所召开2021年度工会总结会\n1月11日下午，青禾所召开2021年度工会总结会。与会委员综合考虑各协会的活动开展情况，"
            "评选出登山协会、排球协会为2021年度的优秀协会；棋牌协会、乒乓球协会、足球协会、摄影协会、网球协会为2021年度良好协会。")
    assert ("登山协会", "排球协会") in [e.items for e in find_enumerations(text)]
    answer = _answer("青禾所2021年度评上优秀协会的有哪几个？", text, unit="青禾所工会", title="青禾所召开2021年度工会总结会", year=2021)
    assert "登山协会" in answer.text and "排球协会" in answer.text and "棋牌协会" not in answer.text, answer.text


def test_a_count_stated_before_what_each_is_called_is_the_count_of_items() -> None:
    assert asked_count("青禾城管游泳赛参赛的6支队伍分别叫什么？") == 6
    assert asked_count("第3支队伍分别叫什么？") is None


def test_a_store_is_a_body_and_a_supermarkets_city_is_not_the_end_of_its_name() -> None:
    """"柳岸永辉超市工会" names a store's union (超市 is a kind of body, its 市 no city): asked of a store the
    material has in another place, nothing is answered of it."""
    today = date(2026, 12, 1)
    scope = read_scope("疫情期间柳岸永辉超市工会紧急召回了多少员工？", Scope(), [], today)
    assert scope.unit == "柳岸永辉超市工会" and scope.place is None, scope
    assert read_scope("柳岸市总工会慰问了多少人？", Scope(), [], today).place == "柳岸市"
    text = "青禾永辉超市工会主席介绍，除去因封路而无法复工的职工，共紧急召回9000余名员工。"
    hits = [make_hit(text, doc_id="a", unit="青禾永辉超市工会委员会", title="青禾永辉超市工会保供应", rank=1)]
    answer = QAService(_knowledge(hits)).answer("疫情期间柳岸永辉超市工会紧急召回了多少员工？")
    assert not answer.grounded and "9000" not in answer.text.split("最接近")[0], answer.text


def test_an_edition_counted_as_held_is_not_the_edition_asked() -> None:
    """"第四届…大比武" asked of the report of the fifth that recalls "前四届": no answer of the fourth; "开展了第一轮"
    still names the first round."""
    text = ("青禾街道总工会第五届（2021年）餐饮行业职工技能大比武决赛顺利举办。本届活动对前四届大比武的精彩瞬间进行了回顾。"
            "经评比，青禾酒楼荣获一等奖，柳岸饭庄荣获二等奖。")
    refused = _answer("青禾街道第四届餐饮行业职工技能大比武，一等奖是哪家？", text, unit="青禾街道总工会", title="第五届大比武举办", year=2021)
    assert not refused.grounded, refused.text
    rounds = ("进入2023年夏季以来，柳岸区总工会开展了第一轮“送清凉”活动，惠及12000余名职工。")
    answered = _answer("柳岸区总工会2023年第一轮“送清凉”一共惠及多少职工？", rounds, unit="柳岸区总工会", title="送清凉", year=2023)
    assert answered.grounded and "12000余名" in answered.text, answered.text


def test_the_one_word_after_the_last_de_is_the_thing_counted() -> None:
    """"拿一等奖的选手有几名": 选手 (the tagger calls it a verb) is counted, so "9名选手获一等奖" answers before
    the sentence counting the contest's hundreds of entrants."""
    assert counted_noun("2022年青禾商超行业技能竞赛，拿一等奖的选手有几名？") == "选手"
    assert counted_noun("女职工有多少人？") == "女职工"
    text = ("本次活动由青禾市商贸工会主办，来自多家商超企业的数百位技能精英相聚一堂，比拼商超行业技能。"
            "经过激烈的角逐，9名选手获一等奖、14名选手获二等奖。")
    answer = _answer("2022年青禾商超行业技能竞赛，拿一等奖的选手有几名？", text, title="青禾商超行业技能竞赛落幕", year=2022)
    assert answer.text.split("：", 1)[-1].startswith("9名选手获一等奖"), answer.text


def test_a_contest_closing_somewhere_says_where_it_was_held() -> None:
    text = ("9月23日，“2022年青禾市商贸系统职工劳动竞赛——商超行业技能竞赛”在青禾彩食鲜工厂圆满落下帷幕。"
            "本次活动由青禾市商贸工会主办。")
    answer = _answer("青禾市商贸系统那场商超行业技能竞赛是在哪里落下帷幕的？", text, title="商超行业技能竞赛", year=2022)
    assert answer.grounded and "彩食鲜工厂" in answer.text, answer.text


def test_the_second_question_of_a_message_naming_another_place_is_not_the_firsts_follow_up() -> None:
    """"…青禾那场绿篱修剪竞赛有多少人参与？兰州金剪子大赛又有多少人进了市级决赛？": 兰州, which the first did not name, says
    the second asks of another body's contest: neither the first's unit nor its topic words carry over."""
    hits = [make_hit("青禾市园林绿化服务中心开展绿篱修剪劳动技能竞赛，各县（区）园林绿化部门的100余名相关人员参与。",
                     doc_id="qh", unit="青禾市园林绿化服务中心工会", title="青禾市园林绿化服务中心开展绿篱修剪竞赛", rank=1),
            make_hit("兰州市开展园林绿化技能大比武\n7月30日，兰州市园林绿化“金剪子”修剪大赛举办。全市共11家单位参加，"
                     "经过县区初赛，48名优秀园林绿化工作者进入市级决赛。", doc_id="lz", title="兰州市开展园林绿化技能大比武", rank=2)]
    answer = QAService(_knowledge(hits)).answer("青禾那场绿篱修剪竞赛有多少人参与？兰州金剪子大赛又有多少人进了市级决赛？")
    first, _, second = answer.text.partition("\n\n")
    assert "100余名" in first and "48名" in second, answer.text


def test_a_contest_named_by_a_sport_the_article_never_writes_is_another_contest() -> None:
    """"…2024年职工篮球赛有多少名运动员参加" of a report telling only the 游泳赛: nothing of it answers; the 游泳赛
    asked is answered, and so is a contest the article names by the sport with another ending (游泳比赛)."""
    text = ("青禾市城管系统2024年职工游泳赛开赛\n10月17日，青禾市城管系统2024年职工游泳赛在市游泳学校举行，"
            "来自12家单位的64名运动员参加比赛。")
    meta = {"unit": "青禾市城管局工会", "title": "青禾市城管系统2024年职工游泳赛开赛", "year": 2024}
    assert not _answer("青禾市城管系统2024年职工篮球赛有多少名运动员参加？", text, **meta).grounded
    for asked in ("青禾市城管系统2024年职工游泳赛有多少名运动员参加？", "青禾市城管系统2024年职工游泳比赛有多少名运动员参加？"):
        answer = _answer(asked, text, **meta)
        assert answer.grounded and "64名" in answer.text, answer.text


def test_a_contest_closing_is_the_event_a_news_report_opens_with() -> None:
    """"…技能竞赛在青禾工厂圆满落下帷幕": a contest's close is an event held, so the sentences after it are about it."""
    article = "青禾新闻网9月23日讯 商品打包饶有技巧……9月23日，青禾市商超行业技能竞赛在青禾工厂圆满落下帷幕。经过角逐，9名选手获一等奖。"
    assert news_lead(article).endswith("落下帷幕。")
