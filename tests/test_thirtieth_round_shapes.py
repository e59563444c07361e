"""Shapes found on fresh report pages in round thirty (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twenty_fourth_round_shapes import _answer

from assistant.aggregate import figures
from assistant.enumeration import asked_category, asked_count, find_enumerations
from assistant.extractive import news_lead
from assistant.qa import QAService, next_turn
from assistant.question_profile import counted_noun, profile_question
from assistant.scope import Scope, read_scope


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


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


def test_what_a_speaker_urges_is_not_the_list_of_things_held() -> None:
    """"比了哪些项目": "希望企业广大干部职工要立足岗位、创先争优、勇于担当" is what the union chairman urges, not the
    contest's events, which "包括A、B、C…等9个项目" lists."""
    text = ("青禾市商贸工会主席李某表示，本次赛事展示了商超行业职工的技能和风采，希望企业广大干部职工要立足岗位、创先争优、勇于担当。"
            "据了解，本次竞赛项目设置具有产业特色，包括猪肉精准分割、蔬果包装、叉车驾驶、商品拣货以及“最强大脑”等9个项目。")
    answer = _answer("青禾商超行业技能竞赛都比了哪些项目？", text, title="青禾市商超行业技能竞赛落幕", year=2022)
    assert "叉车驾驶" in answer.text and "创先争优" not in answer.text, answer.text


def test_a_place_said_as_whose_the_thing_is_must_be_the_reports_place() -> None:
    """"美团北京的骑手…", "那银泰百货武汉的门店呢？": the place before 的 says whose riders or store are asked; a report of
    another city's (上海, 鄂州) tells nothing of them, and says so naming both."""
    today = date(2026, 12, 1)
    assert read_scope("美团北京的骑手中秋关怀活动准备了多少份礼品？", Scope(), [], today).place == "北京"
    assert read_scope("那银泰百货武汉的门店呢？", Scope(), [], today).place == "武汉"
    assert read_scope("中国的工会有多少会员？", Scope(), [], today).place is None
    text = "此次在上海各区开展十余场的美团骑手中秋关怀活动，共准备了洗漱用品、保暖手套、月饼等礼品超5000份。"
    answer = _answer("美团北京的骑手中秋关怀活动准备了多少份礼品？", text, unit="美团上海工会", title="美团骑手中秋关怀")
    assert not answer.grounded and "5000份" not in answer.text.split("最接近")[0], answer.text
    store = ("银泰百货鄂州国贸店（以下简称鄂州店）是鄂州市规模最大的商业企业之一。500余名厂招员工全部自愿加入了工会组织。")
    hits = [make_hit(store, doc_id="ez", unit="鄂州店工会", title="银泰百货鄂州国贸店工会工作", rank=1)]
    service = QAService(_knowledge(hits))
    first = service.answer("银泰百货鄂州国贸店工会有多少厂招员工入会了？")
    assert first.grounded and "500余名" in first.text, first.text
    follow = service.answer("那银泰百货武汉的门店呢？", history=[next_turn(first)])
    assert not follow.grounded and "武汉的银泰百货" in follow.text and "500余名" not in follow.text.split("最接近")[0], follow.text


def test_review_b_a_place_gone_to_or_a_body_pointed_back_at_keeps_the_first_questions_unit() -> None:
    """"…？该工会去杭州那批有多少名职工参加？": 杭州 is where the first body's outing went, so another union's figure for
    its own 杭州 trip is no answer; a word the tagger calls a place but no area is (新建) changes nothing either."""
    hits = [make_hit("2024年，青禾公司工会组织职工疗休养三批，分别赴杭州、黄山、厦门。其中赴杭州一批共45名职工参加。",
                     doc_id="qh", unit="青禾公司工会", year=2024, title="青禾公司工会2024年工作总结", rank=1),
            make_hit("2024年，柳岸公司工会组织一线职工赴杭州疗休养，共80名职工参加。",
                     doc_id="la", unit="柳岸公司工会", year=2024, title="柳岸公司工会2024年工作总结", rank=2)]
    for second in ("该工会去杭州那批有多少名职工参加？", "去杭州那批有多少名职工参加？"):
        answer = QAService(_knowledge(hits)).answer("青禾公司工会2024年组织了几批职工疗休养？" + second)
        assert "80名" not in answer.text, answer.text
    books = [make_hit("2024年，青禾区总工会新建职工书屋12家，每家新建书屋配送图书500册。", doc_id="qh", unit="青禾区总工会",
                      year=2024, title="青禾区总工会2024年工作总结", rank=1),
             make_hit("2024年，柳岸区总工会新建职工书屋8家，每家配送图书300册。", doc_id="la", unit="柳岸区总工会", year=2024,
                      title="柳岸区总工会2024年工作总结", rank=2)]
    answer = QAService(_knowledge(books)).answer("青禾区总工会2024年建了几家职工书屋？新建的书屋每家配送了多少册图书？")
    assert "300册" not in answer.text, answer.text


def test_review_b_a_common_noun_of_shops_is_no_unit_and_a_citys_market_no_city() -> None:
    today = date(2026, 12, 1)
    assert read_scope("2023年组织劳模入住酒店疗休养的有多少人？", Scope(), [], today).unit is None
    assert read_scope("青禾区总工会2023年深入门店开展了几次普法宣传？", Scope(), [], today).unit == "青禾区总工会"
    assert read_scope("柳岸城市管理局工会有多少会员？", Scope(), [], today).place is None


def test_review_b_a_contests_kind_or_stage_is_no_sport_and_a_sport_split_from_its_contest_still_is() -> None:
    text = ("青禾市2024年职工游泳比赛开赛\n10月17日，青禾市2024年职工游泳比赛在市游泳学校举行，来自12家单位的64名运动员参加比赛，"
            "经过预赛，16名运动员进入决赛。")
    meta = {"unit": "青禾市总工会", "title": "青禾市2024年职工游泳比赛开赛", "year": 2024}
    for asked in ("青禾市2024年职工游泳锦标赛有多少名运动员参加？", "青禾市2024年职工游泳比赛有多少人进入总决赛？"):
        assert _answer(asked, text, **meta).grounded, asked
    for trap in ("青禾市2024年职工乒乓球比赛有多少名运动员参加？", "青禾市2024年职工书法比赛有多少人参加？"):
        assert "64名" not in _answer(trap, text, **meta).text.split("最接近")[0], trap


def test_review_b_an_edition_elected_is_named_and_editions_counted_in_other_words_are_not() -> None:
    text = "青禾公司工会会员代表大会选举产生了十一届工会委员会，柳岸当选工会主席。"
    answer = _answer("青禾公司工会第十一届工会委员会主席是谁？", text, unit="青禾公司工会", title="青禾公司工会会员代表大会召开")
    assert answer.grounded and "柳岸" in answer.text, answer.text
    for counted in ("过去四届", "以往四届", "这四届", "历经四届", "先后举行四届", "已有四届"):
        text = (f"青禾街道总工会第五届（2021年）餐饮行业职工技能大比武决赛顺利举办。本届活动对{counted}大比武的精彩瞬间进行了回顾。"
                "经评比，青禾酒楼荣获一等奖。")
        refused = _answer("青禾街道第四届餐饮行业职工技能大比武，一等奖是哪家？", text, unit="青禾街道总工会", title="第五届大比武举办", year=2021)
        assert not refused.grounded, counted


def test_review_b_a_summarys_heading_or_a_clause_ending_in_a_semicolon_is_no_headline() -> None:
    summary = ("青禾区总工会2024年工作总结\n一、加强组织建设\n3月，区总工会召开第五届会员代表大会第二次会议，增补委员3名。")
    assert news_lead(summary) == ""
    assert news_lead("一年来，区总工会坚持以职工为中心；深化工会改革；全年共举办职工技能竞赛12场。") == ""
    assert news_lead("7月30日，青禾市职工技能大赛在市体育中心拉开帷幕。共有12支队伍参赛。").endswith("拉开帷幕。")


def test_review_b_a_place_the_material_writes_with_its_level_still_cuts_the_word_again() -> None:
    """The index cuts "岳阳市" as one word; the piece 岳阳 is still written, so 岳/阳城/管 is cut again."""
    known = {"城管", "游泳", "比赛", "承办", "工会"}
    asked = profile_question("岳阳城管那场游泳比赛是哪个工会承办的？", _idf, known.__contains__, lambda phrase: phrase in "岳阳市城管局")
    assert {"岳阳", "城管"} <= set(asked.weights), asked.weights


def test_review_a_a_contest_closing_amid_cheers_or_on_a_date_says_no_place() -> None:
    text = "10月12日，青禾区职工运动会在欢声笑语中落下帷幕。本届运动会共设12个项目。"
    answer = _answer("青禾区职工运动会是在哪里举行的？", text, unit="青禾区总工会", title="青禾区职工运动会闭幕", year=2024)
    assert not answer.grounded or "欢声笑语" not in answer.text, answer.text


def test_review_a_a_measure_word_after_one_alone_counts_nothing() -> None:
    assert figures("工会统一包装后发放，以一颗真心服务职工。") == []
    assert [(f.value, f.measure) for f in figures("为环卫工人送去粽子500包、绿豆30罐")] == [(500.0, "包"), (30.0, "罐")]
    assert [f.text for f in figures("新建两栋职工公寓，发放五十包大米")] == ["两栋", "五十包"]  # (review C: numerals count)


def test_review_a_two_items_the_second_opening_with_the_firsts_ending_keep_it() -> None:
    assert ("送清凉", "清凉进工地活动") in _items("开展了送清凉、清凉进工地活动。")


def test_review_a_a_total_or_an_adverb_after_de_is_no_thing_counted() -> None:
    assert counted_noun("到场的大约有多少人？") == ""
    assert counted_noun("参加活动的累计有多少人？") == ""
    assert asked_count("两名副主席分别是什么时候任职的？") is None


def test_review_a_a_quality_the_passage_never_sets_beside_another_keeps_the_lists_category() -> None:
    """"重要活动有哪些" of "…举办了读书会、演讲比赛、登山等大型活动": 大型 is no sibling grade of 重要 (the passage never
    says 重要活动), so the list still names the activities asked."""
    text = "2023年，柳岸区总工会先后开展了职工运动会、读书月、技能比武、文艺汇演等大型活动，各基层工会开展了插花、瑜伽、手工编织等兴趣活动。"
    answer = _answer("柳岸区总工会2023年开展的重要活动有哪些？", text, unit="柳岸区总工会", title="柳岸区总工会工作总结", year=2023)
    assert "读书月" in answer.text and "技能比武" in answer.text, answer.text


def test_the_questions_own_words_and_pieces_no_dictionary_knows_are_never_cut_again() -> None:
    """"…工会组织有多少个": 多少 is the question's own word, not a word the material lacks; a piece is cut again only when
    the material uses it or it is a dictionary word or an area the material writes (no 有多, 少个, 组织有)."""
    asked = profile_question("2015年市级机关工会换届选举的工会组织有多少个？", _idf, lambda word: False, lambda phrase: True)
    assert not {"有多", "少个", "组织有"} & set(asked.weights), asked.weights


def test_review_c_a_place_someone_went_to_helped_or_came_from_is_not_whose_the_thing_is() -> None:
    today = date(2026, 12, 1)
    for question in ("青禾公司工会去北京的疗休养有多少人？", "帮扶贵州的项目有几个？", "来自河南的农民工有多少？"):
        assert read_scope(question, Scope(), [], today).place is None, question
    hits = [make_hit("2024年，青禾公司工会组织职工疗休养三批，分别赴杭州、黄山、厦门。其中赴杭州一批共45名职工参加。",
                     doc_id="qh", unit="青禾公司工会", year=2024, title="青禾公司工会2024年工作总结", rank=1),
            make_hit("2024年，柳岸公司工会组织一线职工赴杭州疗休养，共80名职工参加。",
                     doc_id="la", unit="柳岸公司工会", year=2024, title="柳岸公司工会2024年工作总结", rank=2)]
    service = QAService(_knowledge(hits))
    first = service.answer("青禾公司工会2024年组织职工疗休养去了哪些地方？")
    follow = service.answer("其中杭州的有多少人？", history=[next_turn(first)])
    assert "80名" not in follow.text, follow.text
    answer = service.answer("青禾公司工会2024年组织了几批职工疗休养？他们组织去杭州的那批有多少人？")
    assert "80名" not in answer.text, answer.text


def test_review_c_urging_is_read_in_its_own_shape_and_a_level_before_a_contest_is_no_sport() -> None:
    text = ("2023年，柳岸区总工会响应市总工会号召，开展了职工运动会、读书月、技能比武等活动，各基层工会开展了插花、瑜伽、手工编织等兴趣活动。")
    answer = _answer("柳岸区总工会2023年开展了哪些活动？", text, unit="柳岸区总工会", title="柳岸区总工会工作总结", year=2023)
    assert "读书月" in answer.text, answer.text
    swim = ("青禾市2024年职工游泳比赛开赛\n10月17日，青禾市2024年职工游泳比赛在市游泳学校举行，来自12家单位的64名运动员参加比赛。")
    answer = _answer("青禾市2024年全市比赛有多少名运动员参加？", swim, unit="青禾市总工会", title="青禾市2024年职工游泳比赛开赛", year=2024)
    assert answer.grounded and "64名" in answer.text, answer.text


def test_review_c_editions_elected_or_studied_are_named_and_a_venue_may_hold_zhong() -> None:
    for text in ("经十一届工会委员会研究，柳岸当选工会主席。", "现有十一届工会委员会委员15名，柳岸任工会主席。"):
        answer = _answer("青禾公司工会第十一届工会委员会主席是谁？", text, unit="青禾公司工会", title="青禾公司工会工作")
        assert answer.grounded and "柳岸" in answer.text, text
    text = ("青禾街道总工会第五届餐饮行业职工技能大比武决赛顺利举办。大比武已举办了四届，经评比，青禾酒楼荣获一等奖。")
    assert not _answer("青禾街道第四届餐饮行业职工技能大比武，一等奖是哪家？", text, unit="青禾街道总工会", title="第五届大比武举办").grounded
    text = "10月12日，青禾区职工运动会在区体育中心落下帷幕。本届运动会共设12个项目。"
    answer = _answer("青禾区职工运动会是在哪里举行的？", text, unit="青禾区总工会", title="青禾区职工运动会闭幕", year=2024)
    assert answer.grounded and "体育中心" in answer.text, answer.text
    assert asked_count("评上优秀的2个分别是什么协会？") == 2
    assert ("会员管理制度", "管理制度执行细则") in _items("制定了会员管理制度、管理制度执行细则。")
