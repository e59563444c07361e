"""Shapes found on fresh report pages in round thirty-five (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.draft_adapt import adapt_sentence
from assistant.enumeration import find_enumerations
from assistant.extractive import _goes_on_by_kind
from assistant.persons import asks_who, titled_person
from assistant.question_profile import profile_question
from assistant.qa import QAService
from assistant.scope import Scope, _plans_for, read_own_scope
from ingest.clean import collapse_spaces
from ingest.metadata import extract_unit
from ingest.pipeline import documents_from_path


def _idf(word: str) -> float:
    return 3.0


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def test_a_federation_asked_is_not_the_report_of_another_body_of_its_city() -> None:
    """"青禾市总工会的主席是谁" of the report of 青禾市住房管理局机关工会 (which writes 青禾市 in its own name): another
    body's chairman, not the federation's; kept where the report writes the federation whole, or is its own."""
    bureau = "青禾市住房管理局机关工会换届，选举局党组成员柳青同志任工会主席。"
    asked = Scope(unit="青禾市总工会", place="青禾市")
    assert not _kept_in_scope(asked, bureau, unit="青禾市住房管理局机关工会")
    assert not _answer("青禾市总工会的主席是谁？", bureau, unit="青禾市住房管理局机关工会").grounded
    visit = "青禾市总工会主席柳青来我局慰问一线职工。"
    assert _kept_in_scope(asked, visit, unit="青禾市住房管理局机关工会")
    assert _kept_in_scope(asked, "市总工会主席柳青主持会议。青禾市各级工会…", unit="青禾市总工会")
    assert _kept_in_scope(Scope(unit="青禾市工会", place="青禾市"), "青禾市工会职工书屋藏书5万册。", unit="青禾市总工会")


def test_a_womens_committee_asked_by_its_short_name_holds_its_chairwoman() -> None:
    """"钱塘区总工会女职委主任是谁" of "区妇工委副主任、总工会女职委主任某某": the second post is the one asked (the
    women's committee named short, and its body the one after the first post listed), not another body's."""
    text = "推进会上，区妇工委副主任、总工会女职委主任柳云霞总结了全区“妈咪小屋”建设情况。"
    answer = _answer("青禾区总工会女职委主任是谁？", text, unit="青禾区总工会")
    assert answer.grounded and "柳云霞" in answer.text, answer.text
    # (a women's committee's chairwoman is still no answer for the union's own chairman)
    assert not _answer("青禾区总工会主席是谁？", "会上，区总工会女职委主任柳云霞作报告。", unit="青禾区总工会").grounded


def test_a_person_told_of_by_kin_or_lot_is_asked_by_name() -> None:
    """"离世的工人叫什么", "他的妻子叫什么名字": a person, as a worker or by kin, whose name is asked."""
    for question in ("突发疾病离世的工人叫什么？", "死者的妻子叫什么名字？", "受助的农民工叫什么？"):
        assert asks_who(question), question
    assert not asks_who("那个工地叫什么？")


def test_a_headline_keeps_its_phrases_apart() -> None:
    """"法援廿载 初心如磐 青禾工会系统…": the spaces between a headline's phrases part them (one kept); dropped, the slogan runs
    into the union's name ("…初心如磐青禾工会")."""
    assert collapse_spaces("法援廿载  初心如磐 青禾工会系统法律服务二十年") == "法援廿载 初心如磐 青禾工会系统法律服务二十年"
    assert extract_unit("", collapse_spaces("法援廿载 初心如磐 青禾工会系统法律服务二十年") + "\n青禾市总工会举办培训。") in (
        "青禾工会", "青禾市总工会")
    # (spaces inside a sentence, or between short pieces, still go)
    assert collapse_spaces("工 会 工 作 总 结") == "工会工作总结"
    assert collapse_spaces("全年慰问困难职工 386户，发放慰问金 20万元。") == "全年慰问困难职工386户，发放慰问金20万元。"


def test_an_area_of_record_holding_a_stop_character_is_read_whole() -> None:
    """"江西共青城市总工会…": 共 stops a name in running text ("共计"), not inside an area's own name."""
    assert extract_unit("江西共青城市总工会“职工书屋”添新书", "5月22日，共青城市总工会为职工书屋添新书2000余册。") == "江西共青城市总工会"
    assert extract_unit("于都县总工会开展送温暖活动", "春节前，于都县总工会慰问困难职工。") == "于都县总工会"


def test_a_news_item_learnt_from_a_union_is_that_unions() -> None:
    """"记者昨日从市总工会获悉，今年我市将新建…" under a reprint's "原标题：": the news is the union's own."""
    text = ("青禾今年将新建10个职工书屋\n原标题：今年我市将新建10个职工书屋\n"
            "本报讯（记者柳青）记者昨日从市总工会获悉，今年我市将新建10个“职工书屋”示范点。")
    assert extract_unit("", text) == "市总工会"
    assert extract_unit("", "本报讯 记者从青禾县总工会了解到，全县已建成职工书屋30家。") == "青禾县总工会"


def test_a_count_of_stations_named_after_people_is_no_count_of_people() -> None:
    """"多少个产业工人赋能站": the stations are counted (赋能/站, which the tagger calls verbs), not the workers."""
    text = "全市3个工匠实训基地、18个产业工人赋能站陆续落成，受益职工3万余名。"
    answer = _answer("青禾市总工会落成了几个工匠实训基地、多少个产业工人赋能站？", text, unit="青禾市总工会")
    assert answer.grounded and "18个" in answer.text, answer.text
    assert profile_question("建了多少个困难职工？", _idf).measures[:2] == ("人", "名")


def test_how_long_the_event_before_lasted_goes_on_from_it() -> None:
    """"…开展了专项职业能力培训班。培训时间为13天": the second sentence, naming the event by its kind, tells how long
    the first's lasted; a kind the sentence before does not name ("运动会" then "培训为期5天") does not."""
    before = "青禾区总工会分别开展了家政专项职业能力培训班和陪护专项职业能力培训班。"
    assert _goes_on_by_kind("培训时间为13天，旨在提升职工技能。", before)
    assert not _goes_on_by_kind("培训为期5天。", "青禾区总工会举办了职工运动会。")
    answer = _answer("青禾区总工会的专项职业能力培训班培训了多少天？",
                     before + "培训时间为13天，旨在提升职工技能。", unit="青禾区总工会")
    assert answer.grounded and "13天" in answer.text, answer.text


def test_a_count_right_before_the_runs_own_count_is_part_of_its_last_item() -> None:
    """"增加了甲状腺彩色B超、甲功八项2个检查项目": 八项 names the test (the run's count is 2个)."""
    assert ("甲状腺彩色B超", "甲功八项") in _items("还增加了甲状腺彩色B超、甲功八项2个甲状腺功能检查项目。")
    assert ("徒步", "登山", "骑行") in _items("开展了徒步、登山、骑行三项户外运动。")


def test_clauses_opening_alike_start_the_list_at_the_first_ones_opener() -> None:
    """"…，柳某表示，要按需创建，…；要专人管理，…；要延伸服务，…": the first item starts at its 要 (what precedes it
    is the sentence's lead), and a question asking the demands made gets the three."""
    text = ("就如何做好下一步工作，柳青表示，要按需创建，立足实际需求；要专人管理，健全管理制度；要延伸服务，举办育儿讲座。\n"
            "会上对一批小屋的创建成效、工作模式、管理服务表示肯定。")
    assert ("要按需创建，立足实际需求", "要专人管理，健全管理制度", "要延伸服务，举办育儿讲座") in _items(text)
    answer = _answer("青禾区总工会女职委主任对下一步小屋创建提了哪三点要求？", text, unit="青禾区总工会")
    assert answer.grounded and all(item in answer.text for item in ("按需创建", "专人管理", "延伸服务")), answer.text


def test_a_count_of_another_kind_of_thing_is_no_answer() -> None:
    """"新建了多少家职工书屋" of "建成11家户外劳动者驿站": the figure counts stations; the page gives no count of
    libraries. A figure the thing asked is named after ("11家职工书屋示范点"), or one with nothing after it, counts it."""
    other = "在服务职工方面，青禾市总工会建成11家户外劳动者驿站；"
    assert not _answer("青禾市总工会新建了多少家职工书屋？", other, unit="青禾市总工会").grounded
    for text in ("今年青禾市总工会新建11家职工书屋示范点。", "今年青禾市总工会新建职工书屋11家。"):
        answer = _answer("青禾市总工会新建了多少家职工书屋？", text, unit="青禾市总工会")
        assert answer.grounded and "11家" in answer.text, (text, answer.text)
    # (a kind any body is said as: "多少家单位" of "20家企业")
    answer = _answer("青禾市总工会有多少家单位参加了竞赛？", "青禾市总工会组织20家企业参加了竞赛。", unit="青禾市总工会")
    assert answer.grounded and "20家" in answer.text, answer.text


def test_those_a_list_says_people_came_from_are_its_items() -> None:
    """"来自甲公司、乙农场和丙港的女职工": 来自 opens the first item, as 赴/走进 do."""
    assert ("青禾轮渡公司", "青禾农场", "青禾港") in _items("当天，来自青禾轮渡公司、青禾农场和青禾港的女职工参加体检。")


def test_a_reprints_original_title_does_not_replace_the_headline_above_it(tmp_path) -> None:  # noqa: ANN001
    """"青禾今年将新建10个职工书屋" above "原标题：今年我市将新建…": the page's own headline names the place the
    original leaves as 我市, so it stays the title (and a question naming 青禾市 finds the article)."""
    page = tmp_path / "news.txt"
    page.write_text("青禾今年将新建10个“职工书屋”示范点\n14.06.2014  11:51\n原标题：今年我市将新建10个“职工书屋”示范点\n"
                    "本报讯（记者柳青）记者昨日从市总工会获悉，今年我市将新建10个“职工书屋”示范点。"
                    "截至今年，我市已建立工会“职工书屋”720个，藏书量达53万册。\n", encoding="utf-8")
    (doc,) = documents_from_path(page)
    assert doc.title == "青禾今年将新建10个“职工书屋”示范点" and doc.metadata()["unit"] == "市总工会"


def test_the_words_of_a_figure_the_question_only_states_do_not_find_the_one_asked() -> None:
    """"收集的157条合理化建议，最后被采纳了多少条": 收集/建议 say where the figure asked is taken from; a sentence that only
    tells the 157 (or another count of suggestions collected) does not say how many were adopted."""
    text = "青禾公司工会将两类建议合并，共收集合理化建议157条，涉及八个方面。座谈会收集到建言80余条。"
    assert not _answer("青禾公司工会收集的157条合理化建议，最后被采纳了多少条？", text, unit="青禾公司工会").grounded
    adopted = text + "经评审，共采纳合理化建议32条。"
    answer = _answer("青禾公司工会收集的157条合理化建议，最后被采纳了多少条？", adopted, unit="青禾公司工会")
    assert answer.grounded and "32条" in answer.text, answer.text
    # (a figure of another measure states nothing the count starts from: "两个培训班，一共有多少名职工参加")
    trained = "青禾区总工会分别开展了家政培训班和陪护培训班，两个培训班共200名职工参与。"
    answer = _answer("青禾区总工会办的家政和陪护两个培训班，一共有多少名职工参加？", trained, unit="青禾区总工会")
    assert answer.grounded and "200名" in answer.text, answer.text


def test_a_count_of_the_whole_group_is_no_count_of_the_part_asked() -> None:
    """"春节慰问的困难女职工中，单亲困难女职工有几名" of "…聚焦单亲困难女职工等群体，为10名困难女职工送去慰问金": the 10
    are all those visited; the page gives no count of the part. A figure of the part itself answers."""
    text = "此次慰问聚焦单亲困难女职工、困难女农民工等群体，为10名困难女职工送去慰问金共计1万元。"
    question = "青禾区总工会春节慰问的困难女职工中，单亲困难女职工有几名？"
    assert not _answer(question, text, unit="青禾区总工会").grounded
    answer = _answer(question, text + "其中单亲困难女职工4名。", unit="青禾区总工会")
    assert answer.grounded and "4名" in answer.text, answer.text


def test_a_figure_asked_of_a_half_is_no_answer_from_an_item_that_dates_nothing() -> None:
    """"今年下半年参加技能培训的职工有多少人次" of a news item that says only "今年以来…3万人次": nothing dates its figure
    in the half; an item dated in the half ("9月…") still answers, and one of the other half does not."""
    undated = "今年以来，青禾开发区总工会广泛开展职工技能培训，参训职工达到3万人次。"
    question = "青禾开发区总工会下半年参加技能培训的职工有多少人次？"
    assert not _answer(question, undated, unit="青禾开发区总工会").grounded
    dated = "9月以来，青禾开发区总工会广泛开展职工技能培训，参训职工达到3万人次。"
    answer = _answer(question, dated, unit="青禾开发区总工会")
    assert answer.grounded and "3万人次" in answer.text, answer.text
    assert not _answer(question, dated.replace("9月", "3月"), unit="青禾开发区总工会").grounded


# ---------------------------------------------------------------- mends from the round's two reviews


def test_review_a_mends_of_the_round(tmp_path) -> None:  # noqa: ANN001
    """What the first reviewer found: a post after another of the same body is held there; 于都县 read whole in a
    question; a child or relative asked by name is named as such; a bureau's report writing 市总工会 by its level, or a
    department of the federation, is kept; a body and its union's report set apart by a space; a union acting in the
    sentence the news was learnt in is the news's."""
    assert not _answer("青禾公司工会主席是谁？", "青禾市总工会党组书记、主席柳长河一行来青禾公司调研。", unit="青禾公司工会").grounded
    assert read_own_scope("于都县总工会慰问了多少户困难职工？", date(2026, 12, 7)).unit == "于都县总工会"
    assert not _answer("于都县总工会慰问了多少户困难职工？", "春节前，兴国县总工会慰问困难职工86户。", unit="兴国县总工会").grounded
    assert not _answer("受助职工的孩子叫什么？", "区总工会副主席李明将3000元助学金送到困难职工的孩子手中。", unit="青禾区总工会").grounded
    asked = Scope(unit="青禾市总工会", place="青禾市")
    assert _kept_in_scope(asked, "市总工会党组书记、主席柳长河一行来我局慰问。", unit="青禾市住房管理局机关工会")
    assert _kept_in_scope(asked, "女职委主任柳云霞讲话。", unit="青禾市总工会女职工委员会")
    assert extract_unit("青禾县第一中学 工会工作总结", "一年来，校工会在学校党委领导下开展工作。") == "青禾县第一中学工会"
    assert extract_unit("", "本报讯 记者从青禾市总工会获悉，青禾机场公司工会日前举办了职工运动会。") == "青禾机场公司工会"


def test_review_b_mends_of_the_round() -> None:
    """What the second reviewer found: a figure with no thing named after it, or one of a list of modifiers, counts the
    thing asked; clause lists whose first characters only agree keep their first item; a sentence opening with a time
    or a body says no length of the event before; others' suggestions are no demands; a count of people who go to a
    station stays one of people."""
    for text in ("今年新建职工书屋11家并全部投入使用。", "今年新建11家省级、市级示范职工书屋。",
                 "今年新建11家户外劳动者驿站、11家职工书屋。"):
        answer = _answer("青禾市总工会新建了多少家职工书屋？", text, unit="青禾市总工会")
        assert answer.grounded and "11家" in answer.text, (text, answer.text)
    lists = _items("重点做好以下工作：完善职代会制度，推进厂务公开；推动集体协商，签订工资协议；推行民主评议，评议领导干部。")
    assert any(items[0].startswith("完善职代会制度") for items in lists), lists
    twice = _items("会上，柳青表示，要按需创建，要立足实际需求；要专人管理，健全制度；要延伸服务，举办讲座。")
    assert any(items[0].startswith("要按需创建") for items in twice), twice
    assert not _goes_on_by_kind("今年共计救助困难群众86人。", "青禾公司工会举办了电工技能培训班。")
    assert _goes_on_by_kind("培训班为期13天。", "青禾公司工会举办了电工技能培训班。")
    text = ("会上，职工代表就增设职工食堂窗口、改善倒班宿舍条件、提高夜班津贴标准等方面提出意见。\n"
            "党委书记柳青要求，要提高政治站位；要强化责任担当；要加强作风建设。")
    answer = _answer("青禾公司职工代表提了哪些意见？", text, unit="青禾公司工会")
    assert "政治站位" not in answer.text, answer.text
    assert profile_question("青禾区总工会有多少个环卫工人到站歇脚？", _idf).measures[:2] == ("人", "名")


def test_a_name_whose_surname_the_tagger_joins_to_the_title_is_still_a_name() -> None:
    """"区女职工委员会主任何小莹代表…作2017年女职工工作报告": the tagger cuts 主/任何/小莹; 何小莹 is the one who made
    the report asked ("…工作报告是谁作的"); "主任何时到场" names nobody."""
    assert titled_person("区女职工委员会主任何小莹代表区总工会作报告") == "主任何小莹"
    assert titled_person("主任何时到场") is None
    text = "昨日，区总工会女职工委员会全委会议召开，区总工会副主席、区女职工委员会主任何小莹代表区总工会女职工委员会作2017年女职工工作报告。"
    answer = _answer("青禾区总工会女职工委员会全委会议上，2017年女职工工作报告是谁作的？", text, unit="青禾区总工会", year=2017)
    assert answer.grounded and "何小莹" in answer.text, answer.text


def test_the_count_after_a_run_says_whether_its_last_part_is_two_items() -> None:
    """"…、职工奖金、补贴和生活福利费的设置和发放等5大类": five items, so 补贴和生活福利费 is one; "篮球、乒乓球和象棋等三项"
    three, so 和 joins two."""
    assert ("各岗位工资标准", "工资增长幅度", "工资发放时间", "职工奖金", "补贴和生活福利费") in _items(
        "确定了各岗位工资标准、工资增长幅度、工资发放时间、职工奖金、补贴和生活福利费的设置和发放等5大类协商内容。")
    assert ("篮球", "乒乓球", "象棋") in _items("开展了篮球、乒乓球和象棋等三项比赛。")


# ---------------------------------------------------------------- from the new user's walkthrough


def _half_year_report() -> list:
    title = "青禾镇工会2022年上半年工作总结和下半年工作计划"
    done = ("一、上半年主要开展工作\n（一）基层组织建设。按期完成了8个村工会组织换届选举工作。\n"
            "（二）困难职工帮扶。入户走访困难职工6户次，发放生活救助金8.5万元。")
    plan = ("二、下半年工作安排\n1、继续坚持在党的领导下，围绕镇党委的大局；2、完成3名金秋助学、1户大病救助任务；"
            "3、举办企事业单位工会主席业务培训；4、组建一家非公企业工会。")
    common = dict(doc_id="y", unit="青禾镇工会", title=title, year=2022, period="上半年")
    return [make_hit(done, rank=1, section="一、上半年主要开展工作", **common),
            make_hit(plan, rank=2, section="二、下半年工作安排", **common)]


def test_what_a_half_did_is_not_the_other_halfs_plan_of_the_same_report() -> None:
    """"青禾镇工会上半年做了哪些工作" of "…上半年工作总结和下半年工作计划": not the list under "二、下半年工作安排"; and
    "下半年工作计划有哪些" of a report titled for its first half alone is answered by its own "下半年工作计划" section."""
    answer = QAService(_knowledge(_half_year_report())).answer("青禾镇工会2022年上半年做了哪些工作？")
    assert answer.grounded and "换届选举" in answer.text, answer.text
    assert not any(plan in answer.text for plan in ("金秋助学", "业务培训", "非公企业工会", "下半年工作安排")), answer.text
    plan = make_hit("XX年下半年工作计划\n按省总工会的要求，7、8月继续开展“金秋助学”活动，做好困难职工子女助学。",
                    doc_id="c", unit="青禾县总工会", title="县总工会半年工作总结", period="上半年", section="XX年下半年工作计划", rank=1)
    assert _plans_for(plan, "下半年")
    answer = QAService(_knowledge([plan])).answer("青禾县总工会下半年工作计划有哪些？")
    assert answer.grounded and "金秋助学" in answer.text, answer.text


def test_a_count_of_other_people_is_no_count_of_those_asked() -> None:
    """"会员总数是多少" of "授予卢某等6名个人…称号，授予甘某等11名个人…称号": the figures count people honoured, not
    members; "现有会员3000名", "工会会员达到3000人" count them, and 员工 are 职工 said otherwise."""
    honours = "会议授予卢青等6名个人“优秀工会工作者”称号，授予甘禾等11名个人“最美志愿者”称号。"
    assert not _answer("青禾街道总工会的会员总数是多少？", honours, unit="青禾街道总工会").grounded
    for text in ("全街道现有会员3000名。", "全街道工会会员达到3000人。"):
        answer = _answer("青禾街道总工会的会员总数是多少？", text, unit="青禾街道总工会")
        assert answer.grounded and "3000" in answer.text, (text, answer.text)
    assert _answer("青禾公司有多少名职工参加了运动会？", "共有300名员工参加了运动会。", unit="青禾公司工会").grounded
    assert not _answer("有多少名劳模参加了座谈会？", "共有20名职工代表参加了座谈会。", unit="青禾街道总工会").grounded


def test_a_draft_names_no_person_of_another_units_meeting() -> None:
    """"毛丰华作“心向党”劳模精神宣讲", "…总工会主席毛丰华主持会议": another unit's people, named at a clause's start before
    what a speaker does, or after a title before it, become a blank in a draft; "张家口作为…", "职工作品展" name nobody."""
    others = {"吴宁街道总工会"}
    assert adapt_sentence("毛丰华作“心向党聚力量”劳模精神宣讲。", "青石镇总工会", 2023, others, set()).startswith("【待填：人名】")
    assert "毛丰华" not in adapt_sentence("吴宁街道总工会主席毛丰华主持会议。", "青石镇总工会", 2023, others, set())
    for kept in ("张家口作为试点城市。", "职工作品展。"):
        assert adapt_sentence(kept, "青石镇总工会", 2023, others, set()) == kept
