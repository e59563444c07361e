"""Shapes found on fresh report pages in round thirty-two (fixtures invented, same shapes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_twenty_fourth_round_shapes import _answer

from assistant.aggregate import figures
from assistant.extractive import _has_answer_type, _own_unit_words
from assistant.persons import titled_person
from assistant.qa import Turn
from assistant.question_profile import PLACE, RANK, prize_holder_before, profile_question
from assistant.scope import Scope, read_scope
from ingest.clean import is_chrome_line
from ingest.metadata import extract_metadata


def _idf(word: str) -> float:
    return 3.0


def test_what_was_done_after_who_is_read_as_the_verbs_typed() -> None:
    """"…是谁代表作的": the tagger reads 代表作 (a masterpiece), a word the material may use elsewhere; after the asking
    phrase the user typed what was done, 代表 and 作."""
    profile = profile_question("青禾日报社工会第二届委员会的工作报告是谁代表作的？", _idf, lambda word: True, lambda phrase: True)
    assert "代表" in profile.weights and "代表作" not in profile.weights, profile.weights
    # (a word the question uses as a noun is left whole: "他的代表作")
    kept = profile_question("青禾剧院的代表作有哪些？", _idf, lambda word: True, lambda phrase: True)
    assert "代表作" in kept.weights, kept.weights


def test_the_union_a_headline_says_gave_the_award_is_not_the_reporting_body() -> None:
    """"公司女职工工作获集团公司2013年度女工工作一等奖" over "…集团公司工会女职委召开全委会议…": the awarder the
    news tells of is not whose report it is; a headline opening with its own union still names it."""
    text = ("2014年4月2日，集团公司工会女职委召开三届三次全委会议，通报了2013年度女工工作考核情况，青禾公司女职工工作获一等奖。"
            "2013年，公司女职委在同级工会的领导下，开展女职工技能培训。")
    assert extract_metadata("公司女职工工作获集团公司2013年度女工工作一等奖", text).unit != "集团公司工会"
    own = extract_metadata("青禾公司工会获集团公司2013年度女工工作一等奖", text)
    assert own.unit == "青禾公司工会", own.unit


def test_honours_a_person_obtained_and_first_places_won_in_other_words_are_the_answer() -> None:
    """"分别获得中国中铁劳模、…积极分子" gives the honours asked ("获得了哪些荣誉"), "由美兰湖服务中心夺得桂冠"
    the first place, and "假座市西中学大操场…举行" the venue."""
    honours = _answer("青禾公司那4名女职工分别获得了哪些荣誉？",
                      "二是加强先模选树工作，4名女职工分别获得中国中铁劳模、中国中铁工会积极分子、青禾局“十大杰出女性”和公司首席职工。",
                      unit="青禾公司工会", title="青禾公司女职委2013年工作总结")
    assert honours.grounded and "积极分子" in honours.text and "首席职工" in honours.text, honours.text
    assert RANK.search("团体队列操项目最终由美兰湖服务中心夺得桂冠") and PLACE.search("由青禾队夺冠")
    venue = _answer("青禾物业2014年度保安技术比武大赛在哪儿举行的？",
                    "公司副总经理、工会主席等领导来到现场为大家加油鼓劲。青禾物业2014年度保安技术比武大赛假座市西中学大操场如火如荼地举行。",
                    unit="青禾物业工会", title="青禾物业2014年度保安比武大赛")
    assert venue.grounded and "市西中学大操场" in venue.text.split("。")[0], venue.text


def test_an_expert_asked_is_the_one_a_professional_title_names() -> None:
    """"讲孕前须知的专家叫什么名字": the expert is written by her titles ("主任医师、教授钟红秀"), not by the word 专家,
    which the sentence announcing the talks says with no name."""
    text = ("为促进女职工的身心健康，3月3日至3月11日，市总工会特邀名医专家，开展系列公益讲座。"
            "3月8日当天，青禾市妇幼保健院副院长、主任医师、教授钟晓禾向女职工们讲解孕前须知和孕期保健知识。")
    answer = _answer("青禾市总工会三八节当天给女职工讲孕前须知的专家叫什么名字？", text, unit="青禾市总工会",
                     title="青禾市总工会开展系列活动庆祝三八妇女节")
    assert answer.grounded and "钟晓禾" in answer.text.split("。")[0], answer.text


def test_a_page_address_alone_on_a_line_is_the_sites() -> None:
    """A scraper's "URL: https://…" line above a page, or "原文链接：http://…", is no report's line (and no title)."""
    for line in ("URL: https://qinghe.example.org/ghdt/201803/t20180308_207902", "原文链接：http://qinghe.example.org/a/1"):
        assert is_chrome_line(line), line


def test_those_counted_by_a_part_they_play_are_not_the_members_asked() -> None:
    """"成立时发展了多少名会员" of "出席大会的60名代表选举了…": delegates are no members gained, nor is "每一位从业者"
    a count."""
    text = ("出席大会的60名代表选举了柳岸区美发美容行业工会第一届委员会委员、副主席、主席。"
            "现在每一位美发美容从业者都有机会加入工会，这让我们很受鼓舞。")
    meta = {"unit": "柳岸区美发美容行业工会", "title": "柳岸区美发美容行业工会成立"}
    assert not _answer("柳岸区美发美容行业工会成立时发展了多少名会员？", text, **meta).grounded
    assert "60名" in _answer("柳岸区美发美容行业工会成立大会有多少名代表出席？", text, **meta).text
    founding = "青禾市物业行业工会联合会成立大会召开，来自多家物业服务企业的60余名会员代表参加大会。"
    assert not _answer("青禾市物业行业工会联合会组织了多少名职工参加健康体检？", founding, unit="青禾市物业行业工会联合会").grounded
    contest = "青禾公司工会举办职工技能比赛，48名选手参加比赛。"
    assert "48名" in _answer("青禾公司有多少名职工参加技能比赛？", contest, unit="青禾公司工会").text
    teams = "柳岸区美发美容行业工会举办技能大赛，来自全区的16支代表队参加比赛。"
    assert "16支" in _answer("柳岸区美发美容行业工会技能大赛有多少支队伍参加？", teams, **meta).text


def test_a_trades_union_of_an_area_written_short_is_that_areas() -> None:
    """"芜湖物业行业工会联合会" asks of 芜湖 (city or county): another city's property union is not it."""
    scope = read_scope("芜湖物业行业工会联合会组织了多少名职工参加健康体检？", Scope(), [], date(2026, 12, 7))
    assert scope.place and scope.place.startswith("芜湖"), scope
    # (a brand named after a place is no area's: 青岛啤酒's union asks of the company)
    assert read_scope("青岛啤酒工会组织了多少名职工参加健康体检？", Scope(), [], date(2026, 12, 7)).place is None


def test_how_a_prize_was_won_is_no_list_of_prizes() -> None:
    """"都拿了哪些奖" of "以精湛的技能、迅捷的反应、职业的气势，力压群雄，斩获金奖": the list says how, the prizes are
    told sentence by sentence."""
    text = ("青禾物业管理中心团队在局系统12支消防演练队伍的竞赛中，以精湛的技能、迅捷的反应、职业的气势，力压群雄，斩获金奖。"
            "公司会务团队参加局系统会务服务技能比赛，荣获铜奖。公司闵行板块团队在集团“广播操比赛”中荣获银奖。")
    answer = _answer("青禾物业职工在系列文体比赛里都拿了哪些奖？", text, unit="青禾物业公司工会", title="青禾物业在系列文体比赛中取得好成绩")
    assert answer.grounded and "金奖" in answer.text and "铜奖" in answer.text, answer.text


def test_a_rate_asked_is_not_the_share_another_rate_leads() -> None:
    """"入会率达到多少" of "…组建率达到100%，全镇现有职工18240人，…入会率达95.78%": the share after 入会率."""
    text = ("截止十月底，全镇已建规模企业工会组织79家，村联合工会5家，非规模企业10家，组建率达到100%，"
            "全镇现有职工18240人，会员17471人，其中新增会员4512人，入会率达95.78%。")
    answer = _answer("青禾镇总工会截至十月底职工入会率达到多少？", text, unit="青禾镇总工会", title="青禾镇总工会工作总结")
    assert answer.grounded and "95.78%" in answer.text, answer.text
    # (a window of the sentence that stops before 入会率 holds no share of it)
    profile = profile_question("青禾镇总工会截至十月底职工入会率达到多少？", _idf)
    assert not _has_answer_type("截止十月底，全镇已建规模企业工会组织79家，组建率达到100%，全镇现有职工18240人", profile)


def test_a_chamber_of_commerce_is_a_body_a_follow_up_names() -> None:
    """"那盘锦的福建商会呢？" after a question on 盘锦市浙江商会: another chamber, asked of its own, not the one before."""
    history = [Turn("盘锦市浙江商会有多少家会员企业？", "盘锦市浙江商会")]
    assert read_scope("那盘锦的福建商会呢？", Scope(), history, date(2026, 12, 7)).unit == "福建商会"


def test_a_count_of_people_with_no_measure_word_is_a_count() -> None:
    """"共有100余女职工聆听了讲座": a count of people written with 余 and the people right after it, no 名 between."""
    assert [(f.text, f.measure) for f in figures("共有100余女职工聆听了讲座。")] == [("100余", "人")]
    assert not [f for f in figures("2019年职工运动会") if f.measure == "人"]
    text = "3月7日下午，工会在科技大楼举办了妇科常见疾病知识普及健康讲座，共有100余女职工聆听了讲座。"
    answer = _answer("青禾集团三八期间的健康讲座有多少女职工去听了？", text, unit="青禾集团工会", title="青禾集团工会三八系列活动")
    assert answer.grounded and "100余" in answer.text, answer.text


def test_a_team_named_before_the_place_it_won_is_who_won_it() -> None:
    """"物业杯冠军又是谁" of "青禾集团代表队技高一筹，荣获冠军": the team is the answer, not a sentence naming a
    leader who handed the prize to "冠军球队"."""
    text = ("青禾集团董事长柳青出席开幕式并致辞、观看了冠亚军争夺赛并为冠军球队进行了颁奖。"
            "经过四场激烈的角逐，青禾集团代表队技高一筹，荣获冠军，物业3队、1队分获亚军和季军。")
    answer = _answer("青禾集团物业杯篮球赛冠军又是谁？", text, unit="青禾集团工会", title="青禾集团举办物业杯篮球赛")
    assert answer.grounded and "代表队技高一筹" in answer.text.split("。")[0], answer.text
    assert not prize_holder_before("董事长柳青为冠军球队进行了颁奖。", "冠军")


def test_review_mends_of_the_round() -> None:
    """Reviews A and B of the round's rules: each rule held to the shape it was made for."""
    # a numbered institute and a township named with 家 keep their names; only a count of unions is none
    assert extract_metadata("青禾电科38所工会2023年工作总结", "2023年，所工会在所党委领导下开展工作。").unit == "青禾电科38所工会"
    assert extract_metadata("柳岸县三家子镇总工会工作总结", "今年，镇总工会开展送温暖活动。").unit == "柳岸县三家子镇总工会"
    # a report opening "医院工会…" that names the hospital asked once is not that hospital's
    profile = replace(profile_question("青禾人民医院表彰了多少名优秀护士？", _idf), units=("青禾人民医院",))
    other = "医院工会召开护士节表彰大会。" + "会议总结了一年来的护理工作。" * 16 + "青禾人民医院护理部主任应邀出席。"
    assert not _own_unit_words(profile, "柳岸中心医院护士节表彰大会 医院工会", other)
    # a meeting that consults (协商会) or draws investment (招商会) is no chamber of commerce
    history = [Turn("青禾公司工会开了几次职代会？", "青禾公司工会")]
    assert read_scope("那工资集体协商会呢？", Scope(), history, date(2026, 12, 7)).unit != "工资集体协商会"
    # a law firm or a doctors' day names no person
    assert titled_person("柳岸律师事务所为职工提供法律咨询。") is None
    assert titled_person("中国医师节当天，工会慰问了一线医务人员。") is None
    # delegates answer how many workers attended; only members asked are no delegates
    attended = _answer("青禾公司有多少名职工代表出席职代会？", "青禾公司召开职代会，186名职工代表出席会议。", unit="青禾公司工会")
    assert attended.grounded and "186名" in attended.text, attended.text
    # a share after both rates, or after the rate asked wherever it is written twice
    both = "全镇工会组建率和入会率均达到98%。"
    assert "98%" in _answer("青禾镇工会组建率是多少？", both, unit="青禾镇总工会").text
    twice = "今年，工会组建率达100%，职工入会率达100%。"
    assert "100%" in _answer("青禾镇职工入会率是多少？", twice, unit="青禾镇总工会").text
    # striving for first place, a sense of gain or experience learned are no place or honour won
    for phrase in ("全队力争夺冠", "无缘夺冠", "职工获得感明显增强", "获得了先进的管理经验"):
        assert not RANK.search(phrase), phrase
    assert PLACE.search("青禾队勇夺桂冠") and PLACE.search("柳岸队独占鳌头")
    # a notice's own sign-up address is its content
    assert not is_chrome_line("报名网址：https://qinghe.example.org/signup")
    # a union's own news of the awards it gave keeps its name
    given = extract_metadata("12家单位获柳岸市总工会表彰", "3月5日，柳岸市总工会召开表彰大会，12家单位获表彰。")
    assert given.unit == "柳岸市总工会", given.unit
    # "2023年读书会…": a word after a year is no "是谁…的" verb
    club = profile_question("2023年读书会有多少人参加？", _idf, lambda word: True, lambda phrase: True)
    assert "读书会" in club.weights, club.weights


def test_review_c_mends_of_the_round() -> None:
    """Review C of the mends: each held to its shape again."""
    assert titled_person("特邀市妇幼保健院主任医师刘青禾为女职工讲解孕前须知。") == "主任医师刘青禾"
    # a rate asked is only itself: 建会率 and 参会率 are not 入会率
    for text in ("今年，建会率达96%。", "职代会参会率达96%。"):
        assert not _answer("青禾镇职工入会率是多少？", text, unit="青禾镇总工会").grounded, text
    # a count of unions or firms is no union's name
    for title in ("海曙12个楼宇工会吸纳会员3560名", "十二个社区工会完成换届", "38家非公企业工会开展劳动竞赛"):
        assert extract_metadata(title, "今年以来，各工会积极开展工作。").unit is None, title
    # teams, member bodies and posts counted with 余 are no people
    for text in ("20余代表队参赛", "120余会员单位", "10余党员示范岗"):
        assert not [f for f in figures(text) if f.measure == "人"], text
    # teams that strove for first place hold none; a place won a few words after the verb is held
    assert not prize_holder_before("全区12支代表队参赛，经过激烈角逐争夺冠军。", "冠军")
    assert prize_holder_before("青禾公司代表队荣获本次比赛冠军。", "冠军")
    # members gained at a founding meeting are no delegates, nor members at a members' meeting
    founding = "青禾商会工会联合会成立大会召开，60余名会员代表参加大会。"
    assert not _answer("青禾商会工会联合会成立大会上发展了多少名会员？", founding, unit="青禾商会工会联合会").grounded
    for phrase in ("力争问鼎", "誓夺魁首", "未能夺冠", "为夺冠打下基础"):
        assert not PLACE.search(phrase), phrase
    assert RANK.search("青禾公司工会获得市先进职工之家")
    # a headline of the report's own company by its name, awarded by its group
    named = extract_metadata("青禾公司女职工工作获集团公司2013年度女工工作一等奖",
                             "2014年4月2日，集团公司工会女职委召开全委会议，青禾公司女职工工作获一等奖。")
    assert named.unit != "集团公司工会", named.unit
    history = [Turn("青禾公司工会开了几次职代会？", "青禾公司工会")]
    for meeting in ("那会商会呢？", "那磋商会呢？"):
        assert read_scope(meeting, Scope(), history, date(2026, 12, 7)).unit not in ("会商会", "磋商会", "商会"), meeting
