"""Shapes found on fresh report pages in round twenty-six (fixtures invented, same shapes)."""

from __future__ import annotations

from datetime import date

from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.scope import Scope
from ingest.clean import clean_text, split_post_stamp_run_on
from ingest.gazetteer import is_area_name


def _kept(scope: Scope, text: str, **meta: object) -> bool:
    return _kept_in_scope(scope, text, **meta)


def test_a_post_stamp_with_the_first_sentence_run_on_keeps_the_sentence() -> None:
    """"发布时间:… 阅读数:2166月3日上午,…": the view count runs into the date; the stamp goes, the sentence
    (the article's main fact) stays, its month read as the one a count leaves."""
    page = ("青禾港务集团工会开展夏送清凉活动\n"
            "发布时间:2023-06-05 10:12:40 阅读数:2166月3日上午,青禾港务集团工会主席王立新一行到码头一线慰问职工，"
            "送上绿豆汤、防暑药品等物资。\n"
            "王立新叮嘱各基层工会做好高温季节劳动保护工作。\n")
    text = clean_text(page)
    assert "6月3日上午，青禾港务集团工会主席王立新一行到码头一线慰问职工" in text
    assert "阅读数" not in text and "216" not in text
    # a stamp alone, or with nothing like a sentence behind it, stays one line (dropped as chrome)
    assert split_post_stamp_run_on("发布日期:2019-03-23 浏览次数:2057") == ["发布日期:2019-03-23 浏览次数:2057"]
    assert split_post_stamp_run_on("作者:校工会添加时间:2020-01-10浏览次数:10") == ["作者:校工会添加时间:2020-01-10浏览次数:10"]
    # a source named before a space, then the sentence
    assert split_post_stamp_run_on("来源：工会办公室 5月3日，公司工会组织职工健步走，共有200人参加。")[1].startswith("5月3日")


def test_a_headline_beside_a_column_name_between_pipes_is_kept() -> None:
    """"港务要闻 | <headline>" above the report: the headline stays, the column's name goes; a nav bar of short
    names, a byline and a table row are not headlines."""
    page = ("港务要闻 | 青禾港务集团工会开展夏送清凉慰问活动\n"
            "6月3日上午，青禾港务集团工会主席王立新一行到码头一线慰问职工，送上绿豆汤、防暑药品等物资。\n"
            "新闻中心 | 青禾港务集团召开第三届职工代表大会第二次会议\n")
    lines = clean_text(page).split("\n")
    assert lines[0] == "青禾港务集团工会开展夏送清凉慰问活动"
    assert "港务要闻" not in clean_text(page)
    # below the first paragraph such a line links another article: not taken into this one
    assert not any("第三届职工代表大会" in line for line in lines)
    assert "首页" not in clean_text("首页 | 工会动态 | 职工之家 | 联系我们\n" + page)
    assert "张三" not in clean_text("作者：张三 | 来源：青禾港务集团工会宣传部\n" + page)


def test_a_page_head_given_in_cells_keeps_its_headline_and_drops_the_site() -> None:
    """A page's head in cells each closed by "|" (headline, subtitle, the site's name with a post stamp): the
    headline and subtitle stay as lines, the site's name and stamp go."""
    page = ("青禾矿业职工有了自己的家 | |||\n"
            "——青禾矿业有限公司工会正式成立 | |||\n"
            "| 矿业资讯网 | 2011-4-18 9:05:07 焦点话题 | ||\n"
            "|\n"
            "本网讯 4月15日，青禾矿业有限公司第一次工会会员代表大会召开，选举产生了第一届工会委员会。\n")
    lines = clean_text(page).split("\n")
    assert lines[:2] == ["青禾矿业职工有了自己的家", "——青禾矿业有限公司工会正式成立"]
    assert not any("资讯网" in line or "2011-4-18" in line for line in lines)
    # cells that are all the report's (a table given cell by cell) still join into one line
    table = "困难职工帮扶 |\n12人 |\n金秋助学 |\n8人 |\n"
    assert "困难职工帮扶；12人；金秋助学；8人。" in clean_text(page + table)


def test_areas_are_known_by_record_not_by_the_taggers_guess() -> None:
    """The tagger calls common words places ("上门", "新春", "登山"); the table of China's areas knows
    provinces, prefectures and counties with and without their level, autonomous areas without their peoples."""
    for place in ("四川", "四川省", "绵阳", "凉山", "凉山彝族自治州", "新疆", "内蒙古", "香格里拉", "海东", "北京"):
        assert is_area_name(place), place
    for word in ("上门", "新春", "登山", "城市", "福利", "城区", "东北"):
        assert not is_area_name(word), word


def test_a_provincial_page_naming_no_area_is_not_placed_by_a_common_word_the_tagger_calls_a_place() -> None:
    """A province's own page writing "省林业工会" and "上门入户" (a common word the tagger calls a place) still
    names no area, so it is the province's asked, the place said unwritten; a real area written keeps it out."""
    text = ("按照全总统一部署，省林业工会组织所属基层工会深入一线，采取上门入户、岗位慰问等方式开展2024年送温暖活动。"
            "据统计，省林业工会及所属基层工会共慰问困难职工368人次，发放慰问款物42万余元。")
    answer = _answer("四川省林业工会2024年送温暖慰问了多少人次困难职工？", text, unit="省林业工会", year=2024,
                     title="省林业工会2024年送温暖活动综述")
    assert answer.grounded and "368人次" in answer.text and "没有写明是四川省的" in answer.text
    # an area of another province keeps it out; one the record cannot place ("巴蜀大地") too
    for elsewhere in ("活动在赣州启动。", "慰问组还到了赣州市。", "温暖巴蜀大地。"):
        assert not _kept(Scope(unit="四川省林业工会", place="四川省"), text + elsewhere, unit="省林业工会"), elsewhere


def test_a_provincial_page_naming_an_area_even_of_the_province_asked_is_not_placed_by_it() -> None:
    """A province's page never writing its province but naming an area of the one asked ("参加在成都市召开的全国…座谈会"
    for 四川) is not placed by it: a page goes to other provinces' cities (meetings, outings), so the area says
    nothing of whose the page is."""
    text = ("1月8日，省林业工会派员参加在成都市召开的全国林业系统工会工作座谈会。1月20日，省林业工会召开送温暖工作部署会。"
            "省林业工会及所属基层工会共筹集慰问款物57万余元，慰问困难职工512人次。")
    assert not _kept(Scope(unit="四川省林业工会", place="四川省"), text, unit="省林业工会")
    outing = "省税务局机关工会近日组织会员赴成都市新津县开展秋游健身活动，共有260名会员参加。省税务局机关工会高度重视。"
    assert not _kept(Scope(unit="四川省税务局机关工会", place="四川省"), outing, unit="省税务局机关工会")


_GAMES = ("为丰富机关干部职工业余文化生活，6月18日，青禾市市场监管局举办“凝心聚力强根基 奋进争先新征程”职工运动会。"
          "运动会设羽毛球、乒乓球、拔河3个竞技项目，由局机关各支部组成的10支运动队参加比赛。")


def test_an_abbreviated_name_asked_is_the_articles_own_and_an_events_slogan_is_its_theme() -> None:
    """"青禾市监局…的主题是什么" of an article of "青禾市市场监管局" (no unit read, its title names it): the name asked
    abbreviates the article's own, so its words count in every sentence; the slogan an event is held under
    ("举办“…”职工运动会") is the theme asked."""
    answer = _answer("青禾市监局职工运动会的主题是什么？", _GAMES, title="青禾市市场监管局职工运动会上欢乐多")
    assert answer.grounded and "凝心聚力强根基" in answer.text
    # a short quoted name ("送清凉") is an activity, not a slogan; a name of another kind (局 vs 会) is no abbreviation
    assert not _answer("青禾市监局职工运动会的主题是什么？", "6月18日，青禾市市场监管局工会开展“送清凉”活动。",
                       title="青禾市市场监管局送清凉").grounded


def test_a_year_opening_an_events_quoted_name_dates_the_article() -> None:
    """"2022年…总决赛在哪里" of a report that writes the year only inside the event's quoted name
    ("“2022青禾省职工技能大赛”总决赛在青禾市举行"): the article is of 2022."""
    text = ("本报讯近日，青禾省税务局、青禾省总工会联合开展的“2022青禾省职工技能大赛暨税务系统业务比武”总决赛在柳城举行，"
            "来自全省各市税务局的14支代表队参加了比赛。")
    answer = _answer("2022年青禾省职工技能大赛税务业务比武的总决赛在哪里举行？", text, title="工会工作总结")
    assert answer.grounded and "柳城" in answer.text


def test_a_bodys_name_keeps_its_and_among_bodies_listed() -> None:
    """"…税务局、…总工会、省人力资源和社会保障厅联合开展": among bodies a 和 inside a name (人力资源和社会保障厅,
    住房和城乡建设局) is the name's own; a 和 between things that are no bodies still splits."""
    from assistant.enumeration import find_enumerations

    items = [e.items for e in find_enumerations("青禾省税务局、青禾省总工会、青禾省人力资源和社会保障厅联合开展了比武。")]
    assert any(i[:2] == ("青禾省税务局", "青禾省总工会") and i[2].startswith("青禾省人力资源和社会保障厅") for i in items)
    built = [e.items for e in find_enumerations("市总工会、市住房和城乡建设局联合举办。")]
    assert any("市住房和城乡建设局" in item for i in built for item in i)
    assert [e.items for e in find_enumerations("开展了拔河、跳绳和趣味比赛等活动。")] == [("拔河", "跳绳", "趣味比赛")]


def test_a_prize_asked_counted_right_before_its_figure() -> None:
    """"三等奖评了几个" of "共产生一等奖一名、二等奖四名、三等奖七名": the prize asked, written right before a count,
    is what that count counts, though the clause says none of the question's other words."""
    text = ("3月6日，青禾市市场监管局工会组织女职工开展徒步比赛。下午3点，全局女职工在柳湖公园集合出发。"
            "经过一个小时的激烈角逐，共产生一等奖一名、二等奖四名、三等奖七名。")
    answer = _answer("市场监管局三八节在柳湖公园搞的徒步比赛，三等奖评了几个？", text, unit="市场监管局工会")
    assert answer.grounded and "三等奖七名" in answer.text


def test_a_month_counted_from_reaches_the_month_asked() -> None:
    """"从6月份起一共搞了多少场活动" of "自6月份以来合计开展活动近百场": the sentence counts from the month asked on,
    so it is dated in it; not in the months after (it may stop in August: "6月以来至8月底…" is no October's)."""
    from assistant.scope import months_dated

    assert months_dated("自6月份以来合计开展活动近百场") == {6}
    assert 10 not in months_dated("6月以来至8月底，开展送清凉12场")
    autumn = _answer("青禾市总工会2023年10月份开展了多少场送清凉活动？",
                     "2023年6月以来至8月底，青禾市总工会开展送清凉活动12场，慰问一线职工3000人次。10月，市总工会举办职工篮球赛。",
                     unit="青禾市总工会", year=2023)
    assert "12场" not in autumn.text or not autumn.grounded
    text = ("2020年，青禾市市场监管局工会成立了瑜伽、太极、篮球等13个兴趣小组，自6月份以来合计开展活动近百场。"
            "与以往零散组织的兴趣活动不同，今年的兴趣小组参与度更广。")
    answer = _answer("青禾市场监管局工会的兴趣小组从6月份起一共搞了多少场活动？", text, unit="市市场监管局工会")
    assert answer.grounded and "近百场" in answer.text


def test_a_part_of_the_year_before_a_body_is_when_not_whose() -> None:
    """"2022年初江苏省总工会到…" and "年底市总工会…": 年初/年底 say when; the body asked is 江苏省总工会, 市总工会."""
    from assistant.condense import unit_names
    from assistant.scope import read_own_scope

    assert read_own_scope("2022年初青禾省总工会到基层慰问困难职工，是谁带的队？", date(2024, 5, 1)).unit == "青禾省总工会"
    assert unit_names("年底市总工会开展了什么活动") == ["市总工会"]
    assert unit_names("2023年末青禾县总工会慰问了多少户") == ["青禾县总工会"]


def test_a_name_opening_a_clause_that_tells_what_was_won_is_the_winner() -> None:
    """"哪位选手拿了水质分析状元" of "柳化许晓丹以…总分第一的绝对优势夺得水质分析状元": a name right after its body's,
    the clause going on to what was won, names the winner; a name the clause tells nothing won of does not."""
    text = "柳河石化许晓丹以工业废水处理工种总分第一的绝对优势夺得水质分析状元，并获得“全国技术能手”荣誉称号。"
    answer = _answer("柳河石化哪位选手拿了水质分析状元？", text, title="第九届全国石油和化工行业职业技能竞赛闭幕")
    assert answer.grounded and "许晓丹" in answer.text
    from assistant.persons import people_named

    assert not people_named("柳河石化许晓丹以工业废水处理工种参加了比赛，比赛在扬州举行。")


def test_a_festival_asked_is_answered_by_the_sentence_naming_one() -> None:
    """"趣味运动是为哪个节日办的": the sentence naming the festival ("“五一”国际劳动节前夕…举办了庆祝活动") answers,
    not the one telling the games; an honour named after a festival ("五一劳动奖章") names none."""
    text = ("“五一”国际劳动节前夕，柳岸区市场监督管理局工会举办了庆祝活动。"
            "“齐心协力”拼默契、“步步高升”秀技巧，一场趣味运动会在加油声中推向高潮。"
            "趣味运动后大家开展了徒步、唱歌等休闲活动。")
    answer = _answer("柳岸区市场监管局工会那次趣味运动是为哪个节日办的？", text, unit="柳岸区市场监督管理局工会")
    assert answer.grounded and "五一" in answer.text.split("[1]")[0]
    from assistant.question_profile import ANSWER_KINDS

    assert not ANSWER_KINDS["festival"][1].search("王某荣获五一劳动奖章")
    assert not ANSWER_KINDS["festival"][0].search("晚会有什么节目？")


def test_a_departments_system_union_and_its_short_name_are_the_body_asked() -> None:
    """"湖南农业农村厅工会" and "湖南农业厅系统工会" of a province's page whose own unit is "省农业农村厅系统工会": the
    department's union of its whole system, its name shortened as people say it; 农村 in it is no village."""
    text = ("1月20日，省农业农村厅系统工会换届暨工作总结培训会召开。厅二级巡视员刘建华出席会议并讲话。"
            "会议对第三届“丰收杯”运动会获奖单位与个人进行表彰，选举产生了新一届厅系统工会委员会。")
    for question, said in (("湖南农业农村厅工会换届会上，是哪位厅领导到会讲话的？", "刘建华"),
                           ("湖南农业厅系统工会会上表彰的丰收杯运动会是第几届？", "第三届")):
        answer = _answer(question, text, unit="省农业农村厅系统工会", title="省农业农村厅系统工会召开换届大会")
        assert answer.grounded and said in answer.text, question
        assert "材料写的是“省农业农村厅系统工会”，没有写明是湖南" in answer.text  # (湖南省: a department asked after its province reads its level in)
    from assistant.scope import read_own_scope

    # (the province's short name before a department reads as the full name does: 湖南省, round 27)
    assert (read_own_scope("湖南农业农村厅工会换届会上谁讲话了？", date(2024, 5, 1)).place
            == read_own_scope("湖南省农业农村厅工会换届会上谁讲话了？", date(2024, 5, 1)).place)
    # a body of another kind is not it ("省农业局" ends otherwise than 省农业农村厅), nor another body of the province
    assert not _kept(Scope(unit="湖南省农业局", place="湖南省"), text, unit="省农业农村厅系统工会")
    assert not _kept(Scope(unit="湖南省水利厅", place="湖南省"), text, unit="省农业农村厅系统工会")


def test_a_deputy_asked_is_not_answered_by_the_head() -> None:
    """"第一届工会委员会的副主席是谁" of a report naming only who was elected 主席 (and the heads of the other
    committees): no deputy is named, so it is not in the material; a report naming the deputies answers."""
    text = ("6月2日，青禾高速石化公司召开一届一次会员代表大会。许某燕同志当选为公司第一届工会委员会主席，"
            "刘某训同志当选为公司第一届工会经费审查委员会主任。")
    assert not _answer("青禾高速石化第一届工会委员会的副主席是谁？", text, unit="青禾高速石化公司工会").grounded
    deputies = text + "王某彬、纪某芒同志当选为第一届工会委员会副主席。"
    answer = _answer("青禾高速石化第一届工会委员会的副主席是谁？", deputies, unit="青禾高速石化公司工会")
    assert answer.grounded and "王某彬" in answer.text


def test_the_reporter_of_a_report_is_asked_by_the_byline_role() -> None:
    """"那条新闻的通讯员叫什么" of "本网讯通讯员俞某报道：…": a person is asked (not a title in quotes), the name right
    after the role asked answers, though other titled people stand in the sentence; 俞 is a surname too."""
    text = ("本网讯通讯员俞杨报道：7月9日上午，青禾省总工会党组书记、常务副主席陈某霞一行赴青禾机场集团开展送清凉活动，"
            "看望慰问奋战在高温下的机场一线职工。")
    answer = _answer("青禾机场集团送清凉那条空港新闻的通讯员叫什么？", text, unit="省总工会", title="省总工会到机场送清凉")
    assert answer.grounded and "俞杨" in answer.text
    from assistant.persons import looks_like_name

    assert looks_like_name("俞杨") and not looks_like_name("和平")


def test_a_second_body_asked_beside_a_whole_first_runs_to_its_own_kind() -> None:
    """"四川省林业工会和海东市水务局…各…": the first is a whole body, so the second is 海东市水务局, not 海东市 with a
    水务局 that each has; an area beside an area still shares what follows ("丁香街道和桂园街道基层工会")."""
    from assistant.subjects import split_subjects

    assert split_subjects("青禾省林业工会和柳岸市水务局送温暖各筹了多少慰问款？") == [
        "青禾省林业工会送温暖筹了多少慰问款", "柳岸市水务局送温暖筹了多少慰问款"]
    assert split_subjects("青禾县林业局和柳岸市水务局春节慰问，各慰问了多少困难职工？")[1].startswith("柳岸市水务局")
    assert split_subjects("丁香街道和桂园街道基层工会各有多少会员？") == ["丁香街道的基层工会有多少会员", "桂园街道的基层工会有多少会员"]


def test_a_provincial_page_never_writing_its_province_answers_its_own_line_beside_another_unit() -> None:
    """"四川省林业工会和海东市水务局各筹了多少慰问款" with the first's page writing "省林业工会" only: its line
    answers and says the page does not write the province; the other line is its own page's."""
    from fakes import make_hit
    from test_twenty_fourth_round_shapes import _knowledge

    from assistant.qa import QAService

    province = ("按照省总工会统一安排，省林业工会开展2024年元旦春节送温暖活动。"
                "省林业工会及所属基层工会送温暖活动筹集发放慰问款物50余万元，慰问困难职工464人次。")
    city = "本次活动中市水务局积极筹集慰问款7.4万元，共慰问全市水利系统困难职工24名。海东市水务局工会认真组织。"
    hits = [make_hit(province, doc_id="p", rank=1, unit="省林业工会", year=2024, title="省林业工会送温暖"),
            make_hit(city, doc_id="c", rank=2, unit="海东市水务局工会", title="海东市水务局工会送温暖总结")]
    answer = QAService(_knowledge(hits)).answer("四川省林业工会和海东市水务局送温暖各筹了多少慰问款？")
    lines = answer.text.split("\n")
    first = next(line for line in lines if line.startswith("四川省林业工会"))
    assert "材料写的是“省林业工会”，没有写明是四川省的" in first and "50余万元" in first
    assert any(line.startswith("海东市水务局") and "7.4万元" in line for line in lines)


def test_review_b_mends_on_post_stamps_tables_and_links() -> None:
    """A count running into a January date is not read as December's (the post's own date says which); a count into a
    year gives the year back; an event's date under 时间： stays; a table's number cells stay; a related article's
    headline below a lead ending in "！" is not taken in."""
    posted = "发布时间:2023-02-06 10:12:40 阅读数:1212月3日上午,青禾市总工会主席张某华一行到青禾纺织厂慰问困难职工，送上慰问金。"
    assert split_post_stamp_run_on(posted)[1].startswith("2月3日上午")
    year = "发布时间:2023-03-06 阅读数:482023年3月5日,青禾市总工会召开十届三次全委会议，研究部署全年工作。"
    assert split_post_stamp_run_on(year)[1].startswith("2023年3月5日")
    assert split_post_stamp_run_on("时间：2023年3月5日 地点：市工人文化宫，参加人员：各基层工会主席，共计200人。") == [
        "2023年3月5日 地点：市工人文化宫，参加人员：各基层工会主席，共计200人。"]
    table = ("青禾县总工会2023年帮扶工作总结\n2023年，青禾县总工会认真开展困难职工帮扶工作，各项目帮扶户数如下。\n"
             "困难职工帮扶 |\n12 |\n金秋助学 |\n8 |\n下一步，县总工会将继续做好困难职工帮扶工作。\n")
    assert "困难职工帮扶；12；金秋助学；8。" in clean_text(table)
    linked = ("港务要闻 | 青禾港务集团工会举办职工篮球赛\n5月20日，青禾港务集团工会举办职工篮球赛，12支代表队参加比赛！\n"
              "相关新闻 | 青禾港务集团工会表彰十名劳动模范\n经过激烈角逐，装卸一队获得冠军。\n")
    assert "劳动模范" not in clean_text(linked)


def test_review_b_mends_on_names_slogans_and_bodies() -> None:
    """Everyday words opening with a rarer surname ("艾灸", "苗圃") and places ("滕州") are no names; an event's own
    quoted name is no theme; a bank or a troop before 和 is a body of its own."""
    from assistant.enumeration import find_enumerations
    from assistant.persons import looks_like_name
    from assistant.question_profile import ANSWER_KINDS

    assert not any(map(looks_like_name, ("艾灸", "苗圃", "乔迁", "滕州", "葛根"))) and looks_like_name("俞杨")
    theme = ANSWER_KINDS["theme"][1]
    assert not theme.search("5月10日，青禾市总工会举办“第十二届职工运动会”，共有12支代表队参加比赛。")
    assert not theme.search("会后组织开展“劳模工匠进企业宣讲”活动，共宣讲12场。")
    items = [e.items for e in find_enumerations("市总工会、市妇联、青禾银行和市税务局联合举办。")]
    assert any("青禾银行" in i for i in items)


_SC = ("1月15日，省林业工会开展2024年送温暖活动。据统计，省林业工会及所属基层工会共慰问困难职工368人次，"
       "发放慰问款物42万余元。")
_JX = ("1月20日，省林业工会召开送温暖工作部署会。省林业工会及所属基层工会共筹集慰问款物57万余元，"
       "慰问困难职工512人次。")


def _answer_over(question: str, *pages: tuple[str, str]):
    from fakes import make_hit
    from test_twenty_fourth_round_shapes import _knowledge

    from assistant.qa import QAService

    hits = [make_hit(text, doc_id=doc_id, rank=rank, unit="省林业工会", year=2024, source=f"{doc_id}.txt",
                     title="省林业工会送温暖活动") for rank, (doc_id, text) in enumerate(pages, start=1)]
    return QAService(_knowledge(hits)).answer(question)


def test_review_a_mends_pages_that_never_write_their_province_are_not_dealt_out() -> None:
    """Two provinces' pages each writing "省林业工会" only: asked of two provinces side by side, neither page is given
    to either (which is whose, they do not say), and no line goes missing; asked of one, neither is its."""
    both = _answer_over("四川省林业工会和江西省林业工会送温暖各筹集了多少慰问款物？", ("sc", _SC), ("jx", _JX))
    assert "42万" not in both.text and "57万" not in both.text
    one = _answer_over("四川省林业工会和湖南省林业工会送温暖各筹集了多少慰问款物？", ("jx", _JX))
    assert "57万" not in one.text and "湖南省林业工会" in one.text
    single = _answer_over("四川省林业工会送温暖慰问了多少人次困难职工？", ("sc", _SC), ("jx", _JX))
    assert not single.grounded
    # nor is one that writes no place, when another page of the body writes one (which is whose, neither says)
    placed = _answer_over("四川省林业工会送温暖慰问了多少人次困难职工？", ("sc", _SC + "活动在成都市龙泉驿区启动。"), ("jx", _JX))
    assert "512人次" not in placed.text or not placed.grounded


def test_review_a_mends_on_areas_and_names() -> None:
    """A place no record holds that ends as places do ("北戴河"), an area ("铁西区", "海南州") and a body told apart by
    what a longer name adds ("第二人民医院", "地方税务局") keep another province's page out; 年初 inside a name and
    townships ending in 乡 are read as before."""
    from assistant.condense import unit_names
    from assistant.scope import read_own_scope

    body = "省交通运输厅机关工会组织38名劳动模范到{}开展疗休养活动。省交通运输厅机关工会高度重视。"
    assert not _kept(Scope(unit="四川省交通运输厅机关工会", place="四川省"), body.format("北戴河"), unit="省交通运输厅机关工会")
    tiexi = "4月，省装备制造业工会在铁西区召开劳动竞赛推进会，共有1200余名职工参加竞赛。"
    assert not _kept(Scope(unit="吉林省装备制造业工会", place="吉林省"), tiexi, unit="省装备制造业工会")
    hospital = "5月12日，省第二人民医院工会举办护士节表彰大会，表彰优秀护士45名。"
    assert not _kept(Scope(unit="四川省人民医院工会", place="四川省"), hospital, unit="省第二人民医院工会")
    local = "2016年9月，省地方税务局工会举办职工书画摄影展，共展出作品230余幅。"
    assert not _kept(Scope(unit="四川省税务局工会", place="四川省"), local, unit="省地方税务局工会")
    hainan = "省林业和草原局工会一行在海南州慰问困难职工56名。省林业和草原局工会表示…"
    answer = _answer("青海省林业和草原局工会慰问了多少名困难职工？", hainan, unit="省林业和草原局工会")
    assert not answer.grounded  # (海南州 is written: a place, so the page is not placed as 青海's by never writing it)
    assert unit_names("市青年初创企业联合会工会有多少会员？") == ["市青年初创企业联合会工会"]
    assert read_own_scope("古城乡总工会2023年慰问了多少户？", date(2024, 1, 1)).place == "古城乡"


def test_review_c_mends_on_stamps_slogans_and_year_parts() -> None:
    """A December date in a post stamped in January ("阅读数:10812月28日" posted 2024-01-06) stays December's; a stamp
    line with a clock time and a source is no event's date; a slogan ending in 展 before a contest is a theme; "今年初"
    before a body is when."""
    from assistant.condense import unit_names
    from assistant.question_profile import ANSWER_KINDS

    stamped = "发布时间:2024-01-06 09:12 阅读数:10812月28日,青禾港务集团工会召开第五届职工代表大会第三次会议，审议通过了报告。"
    assert split_post_stamp_run_on(stamped)[1].startswith("12月28日")
    clocked = "时间：2023年3月8日 10:20 来源：柳岸市总工会 3月4日，柳岸市总工会召开十届三次全委会议，研究部署全年工作。"
    assert split_post_stamp_run_on(clocked)[1].startswith("3月4日")
    assert ANSWER_KINDS["theme"][1].search("5月，市总工会举办“强技能 促发展”职业技能大赛。")
    assert unit_names("今年初市总工会开展了什么活动") == ["市总工会"]
