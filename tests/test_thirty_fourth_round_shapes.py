"""Shapes found on fresh report pages in round thirty-four (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.definitions import asked_terms, definition_span
from assistant.enumeration import find_enumerations
from assistant.question_profile import profile_question
from assistant.scope import Scope, read_own_scope


def _idf(word: str) -> float:
    return 3.0


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def _refused_then_answered(question: str, wrong: str, right: str, figure: str) -> None:
    """The question is refused over the first text and answered with the figure over the second (both 青禾's)."""
    assert not _answer(question, wrong, unit="青禾市总工会").grounded
    answer = _answer(question, right, unit="青禾市总工会")
    assert answer.grounded and figure in answer.text, answer.text


def test_a_time_before_a_place_is_no_part_of_its_name() -> None:
    """"2020年汛期江夏区启动了几级响应": 汛期 says when, the place asked is 江夏区 (not a place "汛期江夏区" no
    report writes)."""
    assert read_own_scope("2020年汛期江夏区启动了几级防汛应急响应？", date(2026, 12, 7)).place == "江夏区"
    assert read_own_scope("暑期余姚市总工会组织了多少名职工疗休养？", date(2026, 12, 7)).unit == "余姚市总工会"
    # (a name that opens with a word of time stays whole when no place follows it)
    assert read_own_scope("年底县总工会慰问了多少户？", date(2026, 12, 7)).unit == "县总工会"


def test_a_district_body_written_by_its_level_alone_is_of_the_district_the_report_names() -> None:
    """"汉滨区粮食局工会" asked of a page of 汉滨区总工会 that writes "区粮食局工会积极响应…": the district's own body,
    written by its level alone; not when the page names another district, or never names the one asked."""
    own = ("9月中旬，汉滨区再次遭受洪灾。汉滨区总工会及时动员各基层工会。区粮食局工会积极响应，为灾区捐赠大米5吨。")
    assert _kept_in_scope(Scope(unit="汉滨区粮食局工会", place="汉滨区"), own)
    other = "9月中旬，石泉县遭受洪灾。石泉县总工会及时动员。县粮食局工会积极响应，为灾区捐赠大米5吨。"
    assert not _kept_in_scope(Scope(unit="汉滨区粮食局工会", place="汉滨区"), other)
    unplaced = "洪灾发生后，区粮食局工会积极响应，为灾区捐赠大米5吨。"
    assert not _kept_in_scope(Scope(unit="汉滨区粮食局工会", place="汉滨区"), unplaced)


def test_a_run_closed_inside_one_of_its_parts_ends_there() -> None:
    """"…、景区等人员集中的点位建设暖心小屋、哺乳室等12个…": 等 closes the first run inside a part that goes on as a
    clause, whose end is the first item of the next run; "乒乓球等比赛" and "一等奖" close nothing."""
    text = "先后在企业、车站、医院、商场、景区等人员较为集中的地方打造暖心小屋、哺乳室等12个“妈咪小屋”。小屋配备了冰箱、沙发、尿布台等设施。"
    found = _items(text)
    assert ("企业", "车站", "医院", "商场", "景区") in found
    assert ("暖心小屋", "哺乳室") in found
    assert ("篮球", "乒乓球等比赛", "书法", "摄影") in _items("举办了篮球、乒乓球等比赛、书法、摄影等展览。")
    answer = _answer("青禾县总工会的“妈咪小屋”里配了哪些设施？", text, unit="青禾县总工会")
    assert answer.grounded and all(item in answer.text for item in ("冰箱", "沙发", "尿布台")), answer.text


def test_bodies_written_apart_by_commas_and_closed_by_their_count_are_a_list() -> None:
    """"对东风街道,青山街道,百合置业有限公司,实验小学等5家申报单位进行互查": a page writing its 、 as commas, the names
    longer than a word, the run closed by 等 and a count; a run of long words without a count is no list."""
    assert ("东风街道", "青山街道", "百合置业有限公司", "实验小学") in _items(
        "一行4人到青禾区，对东风街道，青山街道，百合置业有限公司，实验小学等5家申报单位进行互查。")
    assert not any(len(items) >= 3 for items in _items("要坚持好的传统作风，发扬艰苦奋斗精神，克服畏难情绪等。"))


def test_a_slogan_naming_a_thing_of_another_kind_asks_for_that_thing() -> None:
    """"“两癌”筛查包括哪些检查项目" asks for the checks, not for what “两癌” means; "“四个一”活动包括哪些内容" still
    asks for the slogan's parts. A term defined by "（以下简称“两癌”）" means the words before the bracket."""
    assert asked_terms("青禾县总工会这次“两癌”筛查包括哪些检查项目？") == []
    assert asked_terms("“四个一”活动包括哪些内容？") == ["四个一"]
    assert asked_terms("“两癌”是什么？") == ["两癌"]
    text = "县总工会联合县人民医院开展女职工宫颈癌和乳腺癌（以下简称“两癌”）筛查活动，共600多名女职工参加。"
    span = definition_span(text, "两癌")
    assert span and text[span[0] : span[1]].endswith("宫颈癌和乳腺癌")
    answer = _answer("青禾县总工会这次“两癌”筛查包括哪些检查项目？",
                     text + "检查项目包括骨密度检查、乳腺彩超检查、宫颈细胞学检查等。", unit="青禾县总工会")
    assert answer.grounded and "乳腺彩超检查" in answer.text and "骨密度检查" in answer.text, answer.text


def test_where_people_were_placed_answers_where() -> None:
    """"第二批80名职工安排在哪里" of "第一批80名安排在太湖疗养院，第二批80名安排在省工人疗养院": a place arranged is a
    venue; "感受到了工会的温暖" goes nowhere."""
    profile = profile_question("第二批职工安排在哪里？", _idf)
    assert "venue" in profile.kinds
    text = ("此次疗休养活动让一线职工感受到了工会的温暖，扩大了工会在职工中的影响力。"
            "疗休养分两批进行，第一批80名职工安排在太湖工人疗养院，第二批80名安排在省总工会工人疗养院。")
    answer = _answer("青禾市总工会疗休养第二批80名职工安排在哪里？", text, unit="青禾市总工会")
    assert answer.grounded and "省总工会工人疗养院" in answer.text, answer.text


def test_an_area_in_square_metres_is_a_figure_asked() -> None:
    """"职工心理服务中心有多少平米" of "以市总工会800平米职工心理服务中心为核心": 平米 is 平方米, a measure asked and written."""
    text = "目前已形成以青禾市总工会800平米职工心理服务中心为核心、市县心理关爱站为节点的服务体系。"
    for question in ("青禾市总工会的职工心理服务中心有多少平米？", "青禾市总工会的职工心理服务中心面积多少平方米？"):
        answer = _answer(question, text, unit="青禾市总工会")
        assert answer.grounded and "800平米" in answer.text, (question, answer.text)


def test_a_rate_per_day_is_answered_only_by_a_figure_per_day() -> None:
    """"平均每天服务多少人次" is no "服务3000余人次" (a total); "日均服务120人次" answers it."""
    assert profile_question("服务站点平均每天服务多少人次？", _idf).per_time == "天"
    assert profile_question("服务站点日均接待多少人次？", _idf).per_time == "天"
    assert profile_question("每年组织多少名职工疗休养？", _idf).per_time == ""
    _refused_then_answered("青禾市户外劳动者服务站点平均每天服务多少人次？",
                           "驿站建设初期聚焦环卫工人、交通警察等户外劳动者，服务3000余人次。",
                           "驿站建成后日均服务户外劳动者120人次。", "120人次")


def test_a_figure_for_each_one_is_no_total() -> None:
    """"总共投入了多少资金" of "每个基层工会点位将给予10000元内的创建补助": a sum for each, not the total; "共投入资金
    14万元" is one."""
    _refused_then_answered("青禾县总工会建设“爱心妈妈屋”总共投入了多少资金？",
                           "青禾县总工会建设“爱心妈妈屋”投入专项资金，验收合格的，每个基层工会点位将给予10000元内的创建补助资金。",
                           "县总工会建设“爱心妈妈屋”共投入资金14万元。", "14万元")


def test_a_count_of_people_before_union_is_no_union_name() -> None:
    """"2名工会工作者荣获…称号": 2名 counts people; "2名工会" is no body a report is of."""
    from ingest.metadata import extract_unit

    text = "青禾日报讯 近日，我市2个集体荣获“全国模范职工之家”称号，2名工会工作者荣获“全国优秀工会工作者”称号。"
    assert extract_unit("", text) != "2名工会"


def test_a_running_total_goes_on_from_the_sentence_before() -> None:
    """"截至目前，已累计服务20万余人次" counts what the sentence before set up (the rooms it built); visits counted in
    "女职工温馨小屋…多少人次" are no women counted apart."""
    text = ("此外，青禾县总工会在女职工较多的企事业单位打造“妈咪小屋”等女职工温馨小屋50余家，配备了冰箱等设备。"
            "截至目前，已累计服务20万余人次。")
    answer = _answer("青禾县总工会建的女职工温馨小屋累计服务了多少人次？", text, unit="青禾县总工会")
    assert answer.grounded and "20万余人次" in answer.text, answer.text
    # (a running total that opens with its own subject is no going on: "目前，县总工会已…" is read as it stands)
    from assistant.extractive import _GOES_ON

    assert _GOES_ON.match("截至目前，已累计服务20万余人次。") and _GOES_ON.match("目前已累计建成35家。")
    assert not _GOES_ON.match("目前，县总工会共建成35家。") and not _GOES_ON.match("截至目前，县总工会共建成35家。")


def test_a_sentence_naming_the_event_by_its_kind_goes_on_from_the_one_before() -> None:
    """"…第十五次代表大会在人民会堂开幕。会议为期两天，…" answers "代表大会会期几天": 会议 is the congress just opened."""
    text = ("8月22日上午，青禾市工会第十五次代表大会在人民会堂开幕。会议为期两天，主要任务是审议市总工会工作报告。"
            "近千人出席大会。")
    for question in ("青禾市工会第十五次代表大会会期几天？", "青禾市工会第十五次代表大会为期几天？"):
        answer = _answer(question, text, unit="青禾市总工会")
        assert answer.grounded and "两天" in answer.text, (question, answer.text)


def test_review_mends_of_the_round() -> None:
    """Review A of the round's rules: each defect it found, mended."""
    from assistant.subjects import subject_name
    from ingest.metadata import extract_unit

    # a 等 inside one item (高等, "因病因灾等原因…的职工家庭") closes no run
    assert ("市委组织部", "省高等学校工会工作委员会", "市教育局") in _items("先后走访了市委组织部、省高等学校工会工作委员会、市教育局等单位。")
    assert ("低收入职工", "因病因灾等原因导致生活困难的职工家庭", "困难农民工") in _items(
        "帮扶对象包括低收入职工、因病因灾等原因导致生活困难的职工家庭、困难农民工三类。")
    # the next run opens after any verb of setting things up ("推广", "设立")
    assert ("智能快递柜", "共享充电宝") in _items("在车站、码头、商场等人流密集的场所推广智能快递柜、共享充电宝等便民设施。")
    # the 区 of 社区, 景区 is no district's level written alone
    page = "汉滨区总工会在各社区建设职工驿站。江北社区党群服务中心工会现有会员36人。"
    assert not _kept_in_scope(Scope(unit="汉滨区党群服务中心工会", place="汉滨区"), page)
    # "哪些具体内容", "哪些方面的内容" still ask what a slogan means
    assert asked_terms("“四个一”活动包括哪些具体内容？") == ["四个一"]
    assert asked_terms("“四个一”活动包括哪些方面的内容？") == ["四个一"]
    # 平米 asked of 平方米 or ㎡ written, and 平方 asked
    for text in ("职工心理服务中心建筑面积800平方米。", "职工心理服务中心建筑面积800㎡。"):
        answer = _answer("青禾市总工会的职工心理服务中心有多少平米？", "青禾市总工会" + text, unit="青禾市总工会")
        assert answer.grounded and "800" in answer.text, answer.text
    # a sum said as such after 每户 is a total; "户均1000元" is no total
    total = _answer("青禾市总工会总共发放了多少慰问金？", "春节期间，青禾市总工会为每户困难职工家庭送去的慰问金总额达36万元。", unit="青禾市总工会")
    assert total.grounded and "36万元" in total.text
    assert not _answer("青禾市总工会总共发放了多少慰问金？", "春节期间，青禾市总工会为困难职工户均发放慰问金1000元。", unit="青禾市总工会").grounded
    # a time arranged is no place; 认识到 goes nowhere
    for question, text in (("青禾市总工会职工技能培训在哪里举办？", "青禾市总工会今年共举办培训班12期。为不影响生产，培训时间统一安排在周末及节假日。"),
                           ("青禾市总工会第二批疗休养安排在哪里？", "青禾市总工会组织疗休养两批，第一批安排在5月，第二批安排在国庆节后。"),
                           ("青禾市总工会职工之家建在哪里？", "青禾市总工会职工之家建成以来，职工们普遍认识到了工会组织的作用。")):
        assert not _answer(question, text, unit="青禾市总工会").grounded, question
    # bodies' names only: clauses or activities written apart by commas are no list of them
    assert not any(len(items) >= 3 for items in _items("会议由工会副主席李明主持，党委书记王强讲话，各分会主席等30名代表参加。"))
    assert ("东风街道", "青山街道", "百合置业有限公司", "实验小学") in _items(
        "考核组一行4人于10月18日深入青禾区各基层单位开展互查工作对东风街道，青山街道，百合置业有限公司，实验小学等5家申报单位进行互查。")
    # a rate per day is read in the figure's own clause, and written as "每个工作日", "日接待量"
    asked = "青禾市户外劳动者服务站点平均每天服务多少人次？"
    assert not _answer(asked, "青禾市总工会服务驿站全年累计服务3000余人次，每天开放12小时。", unit="青禾市总工会").grounded
    for text in ("青禾市总工会服务驿站每个工作日接待户外劳动者120人次。", "青禾市总工会服务驿站日接待量达120人次。"):
        answer = _answer(asked, text, unit="青禾市总工会")
        assert answer.grounded and "120人次" in answer.text, answer.text
    # what a term is called for: the words after the clause's last verb
    text = "为切实做好2024年元旦、春节（以下简称“两节”）期间的送温暖工作，县总工会走访慰问困难职工。"
    span = definition_span(text, "两节")
    assert span and text[span[0] : span[1]] == "2024年元旦、春节"
    # a count of people inside a name ("我市12名工会干部") is no union
    for opening in ("我市12名工会干部参加培训。", "我县5名工会主席获表彰。"):
        assert extract_unit("", "青禾日报讯 " + opening) in (None, ""), opening
    # a season before a name the tagger does not call a place; a county read as a time is kept
    assert read_own_scope("夏季五常市总工会送清凉投入多少资金？", date(2026, 12, 7)).unit == "五常市总工会"
    assert read_own_scope("隆回桃洪镇总工会慰问了多少户？", date(2026, 12, 7)).unit == "隆回桃洪镇总工会"
    # a district or a firm whose name holds a number and 方/所 keeps it
    assert subject_name("青岛市四方区总工会慰问了多少户") == "青岛市四方区总工会"
    assert subject_name("东方市八所镇总工会慰问了多少户") == "东方市八所镇总工会"


def test_review_b_mends_of_the_round() -> None:
    """Review B of the mended rules: each defect it found, mended."""
    from assistant.aggregate import figures
    from assistant.subjects import subject_name
    from ingest.metadata import extract_unit

    # the first run ends before the verb that opens the next: each answers what it is ("在哪些场所", "建了哪些阵地")
    text = "青禾县总工会在车站、码头、商场等人流密集的场所建设母婴室、职工驿站等服务阵地。"
    places = _answer("青禾县总工会在哪些场所建设了服务阵地？", text, unit="青禾县总工会")
    assert "车站" in places.text and "码头" in places.text, places.text
    things = _answer("青禾县总工会建设了哪些服务阵地？", text, unit="青禾县总工会")
    assert "母婴室" in things.text and "职工驿站" in things.text, things.text
    # a verb inside one item ("造成了", "规范化建设工作") opens no run
    assert ("低收入职工", "因病因灾等原因造成了生活困难的职工家庭", "困难农民工") in _items(
        "帮扶对象包括低收入职工、因病因灾等原因造成了生活困难的职工家庭、困难农民工三类。")
    # another district's own page, or every county's and district's body, is not the district asked
    asked = Scope(unit="江夏区粮食局工会", place="江夏区")
    assert not _kept_in_scope(asked, "洪涝发生后，区粮食局工会积极响应，为灾区捐赠大米5吨。", unit="洪山区总工会", title="洪山区总工会抗洪救灾")
    assert not _kept_in_scope(Scope(unit="柳岸区粮食局工会", place="柳岸区"),
                              "柳岸区、石泉县遭受洪灾。青禾市总工会及时动员各县、区粮食局工会捐赠大米。", unit="青禾市总工会")
    # per day said "一天", "日平均"; 夏天, 全天 say no day
    asked_daily = "青禾市户外劳动者服务站点平均每天服务多少人次？"
    for text, right in (("青禾市总工会服务驿站一天能接待户外劳动者120人次。", True), ("青禾市总工会服务驿站日平均接待户外劳动者120人次。", True),
                        ("青禾市总工会服务驿站今年夏天服务户外劳动者3000余人次。", False), ("青禾市总工会服务驿站全天服务户外劳动者3000余人次。", False)):
        assert _answer(asked_daily, text, unit="青禾市总工会").grounded == right, text
    # hours said "两个小时"; 千米, 千克 and 平方千米 are measures, not 千 times 米
    assert [(f.value, f.measure) for f in figures("每次活动两个小时")] == [(2.0, "小时")]
    assert [(f.value, f.measure) for f in figures("全程8千米，捐赠大米500千克，面积120平方千米")] == [
        (8.0, "公里"), (500.0, "公斤"), (120.0, "平方公里")]
    # what a term is called for is cut at words of their own (not the 同 of 合同, the 在 of 在职)
    text = "县总工会全面推行工资集体协商和集体合同制度（以下简称“两项制度”）。"
    span = definition_span(text, "两项制度")
    assert span and text[span[0] : span[1]] == "工资集体协商和集体合同制度"
    # a rank is no place; 增加到, 接到 go nowhere; 设于, 选址在 are placings
    for text in ("职工技能大赛综合成绩位于全市第一。", "职工技能大赛参赛人数增加到1200人。"):
        assert not _answer("青禾县总工会职工技能大赛在哪里举办？", "青禾县总工会" + text, unit="青禾县总工会").grounded, text
    placed = _answer("青禾县总工会职工书屋建在哪里？", "青禾县总工会职工书屋设于县工人文化宫二楼。", unit="青禾县总工会")
    assert placed.grounded and "工人文化宫" in placed.text
    # an event named by a kind of its own ("培训为期5天") goes on from nothing before it
    text = "青禾县总工会举办职工运动会，设12个比赛项目。培训为期5天，各基层工会宣传委员参加。"
    assert "5天" not in _answer("青禾县总工会职工运动会为期几天？", text, unit="青禾县总工会").text
    # counts with 余 or of visits are no union; names holding 三位, 五名 are names
    assert extract_unit("", "200余名工会会员代表参加了培训。") in (None, "")
    assert extract_unit("", "三位一体物业公司工会召开会员大会。") == "三位一体物业公司工会"
    assert subject_name("青禾市二所工会慰问了多少户") == "青禾市二所工会"


def test_a_figure_asked_of_a_half_is_not_a_years_summarys() -> None:
    """"市总工会下半年新建了多少家工会组织" of a year's summary ("全年新建工会组织40家"): the count is the whole year's, not
    the second half's; a half-year report of that half still answers, and what a year's summary tells by its month
    ("九月，…演讲比赛") still answers a list asked of the half."""
    text = "今年，青禾市总工会新建工会组织40家，新发展会员1500多人。"
    asked = Scope(unit="青禾市总工会", period="下半年", figure_asked=True)
    assert not _kept_in_scope(asked, text, unit="青禾市总工会", period="年度", year=2021)
    assert _kept_in_scope(asked, text, unit="青禾市总工会", period="下半年", year=2021)
    assert _kept_in_scope(Scope(unit="青禾市总工会", period="下半年"), text, unit="青禾市总工会", period="年度", year=2021)
    answer = _answer("青禾市总工会下半年新建了多少家工会组织？", text, unit="青禾市总工会", period="年度", year=2021)
    assert not answer.grounded and "40家" not in answer.text.split("资料中最接近的内容")[0]
