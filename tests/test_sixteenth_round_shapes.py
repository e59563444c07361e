"""Shapes found on fresh report pages in round sixteen (fixtures invented, same shapes)."""

from __future__ import annotations

from pathlib import Path

from fakes import make_hit
from test_eighth_round_shapes import TODAY
from test_fifteenth_round_shapes import _answer, _answers_all, _kept
from test_thirteenth_round_shapes import _knowledge

from assistant.definitions import asked_terms
from assistant.enumeration import find_enumerations
from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import held_next_year, name_forms, read_own_scope
from ingest.clean import to_simplified
from ingest.metadata import extract_unit
from ingest.pipeline import documents_from_path


def _IDF(word: str) -> float:
    return 1.0

_TOPIC_REPORT = (
    "一、上半年主要工作\n"
    "1、走访慰问困难职工12户，发放慰问金1.6万元；\n"
    "（二）队伍建设。按期完成了9个村（社区）工会的换届选举工作，规范了选举资料。\n"
    "（三）开展了“送岗位进乡村”就业援助行动，组织21名返乡务工人员参加招聘会。"
)


def _one_article(tmp_path: Path, text: str):  # noqa: ANN202 - ingest's Document
    """The one article ingest makes of a page holding `text`."""
    page = tmp_path / "news.txt"
    page.write_text(text, encoding="utf-8")
    (doc,) = documents_from_path(page)
    return doc


def test_sentences_under_a_run_in_heading_answer_a_question_about_its_topic() -> None:
    """"（二）队伍建设。按期完成…": a sub-heading the chunker merged into its parent's passage
    still heads the sentence after it, so "在队伍建设上做了什么" gets that sentence, not the
    heading alone nor another item."""
    answer = _answer("青禾镇工会在队伍建设上做了什么？", "青禾镇工会", _TOPIC_REPORT)
    assert answer.grounded
    assert "9个村" in answer.text


def test_results_asked_of_a_work_area_are_achievements_not_places_won() -> None:
    """"在队伍建设上交出了什么成绩": what was achieved; "在技能大赛上取得了什么成绩": a place won."""
    assert not profile_question("青禾镇工会在队伍建设上交出了什么成绩？", _IDF).wants_rank
    assert profile_question("青禾镇工会在职工技能大赛上取得了什么成绩？", _IDF).wants_rank
    assert profile_question("青禾镇工会获得了什么荣誉？", _IDF).wants_rank
    answer = _answer("青禾镇工会在队伍建设上交出了什么成绩？", "青禾镇工会", _TOPIC_REPORT)
    assert answer.grounded and "9个村" in answer.text


def test_a_numbered_part_of_the_report_s_own_body_is_asked_of_that_report() -> None:
    """"无锡公交集团一分公司": the report of 公交集团工会 (its city in its text) writes "一分公司王明…", so the
    part asked of is its own; a part it never writes ("三分公司") is not, nor another city's group."""
    article = "近日，无锡市总工会通报表彰2024年度先进，公交集团荣获“模范职工之家”，一分公司王明在金点子评选中荣获一等奖。"
    unit = "公交集团工会"
    assert _kept("无锡公交集团一分公司王明得了几等奖？", unit, article)
    assert _kept("无锡市公交集团一分公司王明得了几等奖？", unit, article)
    assert not _kept("无锡公交集团三分公司王明得了几等奖？", unit, article)
    assert not _kept("绵阳公交集团一分公司王明得了几等奖？", unit, article)


def test_a_trade_and_a_kind_is_no_name_of_its_own() -> None:
    """"公交集团", "港务局": every city has one, so a place put before it must be the report's; "新林林业局"
    is a name of its own, whatever place the asker puts before it."""
    article = "今年，柳岸市公交集团工会慰问一线驾驶员120人。"
    assert not _kept("青禾公交集团工会慰问了多少驾驶员？", "公交集团工会", "今年，公交集团工会慰问一线驾驶员120人。柳岸市总工会到会指导。")
    assert _kept("柳岸市公交集团工会慰问了多少驾驶员？", "柳岸市公交集团工会", article)
    assert _kept("大兴安岭新林林业局工会慰问了多少职工？", "新林林业局工会", "今年，新林林业局工会慰问职工300人。")


def test_variant_forms_mirrors_write_are_folded_like_traditional_ones() -> None:
    """"陜西" (a variant OpenCC leaves) is 陕西, in pages and in questions alike."""
    assert to_simplified("陜西省國防工會衞生室") == "陕西省国防工会卫生室"


def test_a_body_of_the_district_its_own_report_writes_after_the_level_is_that_district_s() -> None:
    """"柳岸区职工法律援助中心" asked of 柳岸工会's report, which writes "其中区职工法律援助中心受理…":
    the district's own body; another district's is not, and 社区/园区 are never cut to a place."""
    article = "柳岸工会系统3月共办理法律援助案件90件，其中区职工法律援助中心受理52件，各街镇工作站受理38件。"
    unit = "柳岸工会"
    assert _kept("柳岸区职工法律援助中心3月受理了多少件案件？", unit, article)
    assert not _kept("青禾区职工法律援助中心3月受理了多少件案件？", unit, article)
    assert "海淀" in name_forms("海淀区")  # a district the tagger knows, without its level
    assert "阳光小" not in name_forms("阳光小区") and "西北地" not in name_forms("西北地区")
    # another level after the same name is another area: 海淀区 is not 海淀镇
    assert not _kept("海淀区总工会今年新发展了多少名会员？", "海淀镇总工会", "今年，海淀镇总工会新发展会员860名。")


def test_a_meeting_early_in_the_year_after_the_summed_up_one_is_of_that_year() -> None:
    """"1月20日，…召开会员代表大会" in a 2024 summary that plans 2025: held in 2025, so "2025年初开的大会"
    is it; a 2024 report that merely plans 2025 opens with no early day and stays of 2024."""
    article = "1月20日，青禾研究院召开工会会员代表大会。全院120名职工代表参加大会。会议部署了2025年工会工作。"
    hit = make_hit(article, doc_id="d", unit="青禾研究院工会", title="青禾研究院工会2024年工作总结", year=2024, rank=1)
    answer = QAService(_knowledge([hit])).answer("青禾研究院2025年初开的会员代表大会来了多少名职工代表？")
    assert answer.grounded and "120名" in answer.text
    assert held_next_year(article, 2024) == 2025
    assert held_next_year("今年，青禾研究院工会慰问职工。2025年将继续。", 2024) is None
    assert held_next_year("8月20日，青禾研究院召开会议。2025年将继续。", 2024) is None


def test_which_team_is_answered_by_a_sentence_naming_one_of_that_kind() -> None:
    """"一等奖被哪个代表队拿走了": the sentence naming a team ("青禾区总工会代表队荣获一等奖"), not the one that
    tells the contest in the question's words or counts teams ("共有8支代表队进入决赛")."""
    article = ("10月9日，由柳岸市总工会主办的2025年度全市职工安全知识竞赛决赛在职工文化宫举行。"
               "本次竞赛共有30支代表队报名，共有8支代表队进入决赛。"
               "经过激烈角逐，青禾区总工会代表队荣获一等奖；市供水公司代表队荣获二等奖。")
    answer = _answer("柳岸市2025年度全市职工安全知识竞赛决赛，一等奖被哪个代表队拿走了？", "柳岸市总工会", article)
    assert answer.grounded and "青禾区总工会代表队" in answer.text
    assert profile_question("一等奖被哪个代表队拿走了？", _IDF).which_kind == "代表队"
    assert profile_question("哪个单位获得了一等奖？", _IDF).which_kind == ""
    assert profile_question("哪几个代表队进入决赛？", _IDF).which_kind == ""


def test_a_page_s_menu_above_its_breadcrumb_and_its_byline_are_not_the_article(tmp_path: Path) -> None:
    """Menu lines above "您的位置：…", a dated byline ("2013年03月02日 来源：… 作者：…") and a buttons line
    ("A+ A") are the page's, not the article's: the headline is its title, the year the one it reports,
    and a headline opening with a verb before 工会 ("创新工会工作…") names no union."""
    doc = _one_article(tmp_path, "本站内容仅供行业参考\n在线阅读\n手机版\n您的位置: 首页 > 行业频道 > 正文\n"
                    "创新工会工作 建设职工之家\n2013年03月02日 来源:行业在线 作者:李某\nA+ A\n"
                    "近日，柳岸市总工会召开全委会议，总结回顾了2012年全市工会工作。会上，青禾纺织厂工会荣获先进集体。\n"
                    "2012年以来，青禾纺织厂工会深化厂务公开，全年在公开栏公示内容96期，召开职代会2次。\n")
    assert doc.title == "创新工会工作 建设职工之家"  # (the headline's phrases kept apart, as the page sets them)
    assert doc.year == 2012
    assert doc.unit != "创新工会"
    assert "手机版" not in doc.text and "本站内容" not in doc.text


def test_ordinal_items_are_named_by_the_category_each_ends_with() -> None:
    """"哪三个“之家”": "一是…，把工会建设成为…的学习之家。二是…" lists 学习之家、健康之家、温暖之家, not the
    clauses each item opens with."""
    article = ("会上，青禾集团党委书记王某对工会工作提出三点希望：一是加强理论学习，把集团工会建设成为提升职工素养的学习之家。"
               "二是开展文体活动，把集团工会建设成为促进身心健康的健康之家。三是做好帮扶救助，把集团工会建设成为关爱困难职工的温暖之家。")
    answer = _answer("青禾集团党委书记王某希望把集团工会建成哪三个“之家”？", "青禾集团工会", article)
    assert answer.grounded and all(home in answer.text for home in ("学习之家", "健康之家", "温暖之家"))
    assert "加强理论学习" not in answer.text


def test_a_list_of_demands_opening_its_own_sentence_is_introduced_by_the_one_before() -> None:
    """"…提出要求。一要…。二要…。三要…": 一要/二要 number items as 一是 does, and the sentence before the
    list says what it lists."""
    article = ("11月5日，青禾县林业局工会召开会员代表大会，选举产生新一届工会委员会。"
               "会议听取、审议、通过了上一届工会工作报告和经费审查工作报告。"
               "副局长王某出席会议，对做好下一阶段局工会工作提出要求。一要强化政治引领、凝聚职工力量。深入学习有关精神。"
               "二要坚持服务为本、维护职工权益。关心职工生活。三要加强自身建设、提升履职能力。")
    assert _answers_all("副局长王某对青禾县林业局工会下一阶段工作提了哪几点要求？", "青禾县林业局工会", article, ("强化政治引领", "坚持服务为本", "加强自身建设"))


def test_a_measure_word_outside_the_common_list_is_still_the_one_asked() -> None:
    """"多少艘次": the tagger's measure word is what the figure is counted in, and "812艘次" is a figure."""
    assert profile_question("青禾港装卸队工会2023年装卸进出境船舶有多少艘次？", _IDF).measures == ("艘次",)
    article = ("2023年，青禾港装卸队工会带领职工实行24小时作业，实现港口吞吐量超80万吨，"
               "创造了156天生产期，装卸进出境船舶812艘次的历史新高。")
    answer = _answer("青禾港装卸队工会2023年装卸进出境船舶有多少艘次？", "青禾港装卸队工会", article)
    assert answer.grounded and "812艘次" in answer.text


def test_a_verb_and_its_object_before_gonghui_is_no_unit_and_a_listed_union_is_one() -> None:
    """"部署下一阶段工会工作任务" and "创新工会工作" name no union; "青禾县粮食和物资储备局工会、机关工会分别
    召开…" names the first as the subject, its trades joined by 和 as a department's name is."""
    text = ("为进一步加强工会建设，健全工会组织体系，根据《工会法》有关规定，11月29日，青禾县粮食和物资储备局工会、"
            "机关工会分别召开会员代表大会和会员大会，总结近年来工会工作，部署下一阶段工会工作任务，选举产生新一届工会委员会。")
    assert extract_unit("", text) == "青禾县粮食和物资储备局工会"
    assert extract_unit("创新工会工作 打造和谐之家", "近日，职工们参加了培训。") != "创新工会"


def test_a_slogan_spelled_out_as_dashed_terms_gives_every_term() -> None:
    """"面临“三道坎”：无合同——…；路途远——…；相互推——…": the meaning is all three clauses, not the first."""
    article = ("回到家乡后，五名工人讨薪陷入困境，面临“三道坎”：无合同——当初没有签订书面协议，缺乏凭证；"
               "路途远——往返一次要两天，路费是沉重负担；相互推——包工头和总包方互相推诿。青禾县总工会接到求助后立即介入。")
    assert _answers_all("五名工人讨薪遇到的“三道坎”分别是什么？", "青禾县总工会", article, ("无合同", "路途远", "相互推"))
    items = find_enumerations("面临困难：无合同——当初没有签订协议；路途远——往返要两天；相互推——互相推诿。")
    assert any(e.items == ("无合同", "路途远", "相互推") for e in items)


def test_a_photo_caption_is_neither_a_headline_nor_the_report_s_words(tmp_path: Path) -> None:
    """"图/王某同志作工作报告" between paragraphs: a caption, so the article goes on past it as one."""
    doc = _one_article(tmp_path, "4月9日上午，青禾食品有限公司工会第三届第一次会员代表大会召开，会议由工会副主席王某主持。\n"
                    "图/大会现场\n会上，王某代表上一届工会委员会作工作报告。\n图/王某同志作工会工作报告\n"
                    "随后召开新一届“三委会”第一次全体会议，选举产生李某为工会主席，王某为工会副主席。\n")
    assert "选举产生李某为工会主席" in doc.text
    assert "图/" not in doc.text


def test_two_prizes_of_one_contest_are_each_answered_from_the_sentence_naming_it() -> None:
    """"…竞赛的二等奖和三等奖分别给了哪些代表队": one contest's two prizes, each from the sentence that names
    that prize (the contest's words say every sentence of the report), both from the one report."""
    article = ("10月9日，由柳岸市总工会主办的2025年度全市职工安全知识竞赛决赛在职工文化宫举行。"
               "本次竞赛共有30支代表队报名参加。经过激烈角逐，青禾区总工会代表队荣获一等奖；"
               "市供水公司代表队和市公交集团代表队荣获二等奖；市税务局代表队、市人民医院代表队和市燃气公司代表队荣获三等奖。"
               "此次全市职工安全知识竞赛的成功举办，提升了职工安全意识。")
    assert _answers_all("柳岸市2025年度全市职工安全知识竞赛的二等奖和三等奖分别给了哪些代表队？", "柳岸市总工会", article, ("市供水公司代表队", "市公交集团代表队", "市税务局代表队", "市燃气公司代表队"))


def test_short_sentences_under_a_numbered_demand_are_listed_under_it() -> None:
    """"一要…。二要发挥主力军作用，助推发展。推进甲。深化乙。开展丙。创建丁。": the short sentences after the
    second demand are its works; the numbered demand before them does not take their lead away."""
    article = ("王某指出，2023年，公司各级工会牢牢把握“凝聚职工共识、动员职工建功、维护职工权益”的主力军作用。"
               "王某对2024年工会工作作出部署。一要把握政治责任，加强思想引领。深入开展形势任务教育。"
               "二要把握工人阶级主力军作用，助推公司高质量发展。推进产业工人队伍建设改革。持续深化岗位技能竞赛。"
               "开展“名师带徒”活动。深化星级班组创建。会上，王某号召全体职工团结奋斗。")
    assert _answers_all("青禾石化工会今年在发挥工人阶级主力军作用上部署了哪些具体工作？", "青禾石化工会", article, ("推进产业工人队伍建设改革", "持续深化岗位技能竞赛", "深化星级班组创建"))


def test_which_unions_did_something_is_answered_by_the_list_one_report_gives() -> None:
    """"论坛上，有哪几家工会做了经验分享": one report lists them; one line per report would name the reports."""
    article = ("6月12日，全省劳模创新工作室成果展在青禾举行。论坛上，柳岸机械公司工会、青禾航空公司工会、"
               "东湖电子集团工会、南山船舶公司工会分享了创建经验。")
    other = "今年，西岭县总工会组织职工开展经验分享会3场，工会干部分享工作体会。"
    hits = [make_hit(article, doc_id="a", unit="青禾市总工会", title="青禾市总工会工作总结", rank=1),
            make_hit(other, doc_id="b", unit="西岭县总工会", title="西岭县总工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer("在劳模创新工作室成果展的论坛上，有哪几家工会做了经验分享？")
    assert answer.grounded
    assert all(union in answer.text for union in ("柳岸机械公司工会", "青禾航空公司工会", "东湖电子集团工会", "南山船舶公司工会"))
    assert "西岭" not in answer.text


def test_a_known_place_before_its_unions_is_the_place_asked() -> None:
    """"扬中各级工会": the place the tagger knows, before 各级, is the scope; another place's report is not it."""
    assert read_own_scope("那2018年扬中各级工会又办了多少起法律援助案件？", TODAY).place == "扬中"
    assert not _kept("扬中各级工会办了多少起法律援助案件？", "松江工会", "松江工会系统4月共参与法律援助案件687件。")
    assert _kept("扬中各级工会办了多少起法律援助案件？", "市总工会", "2017年，扬中全市各级工会办理职工法律援助案件2起。")


def test_this_year_on_a_page_of_no_known_year_is_no_year_asked() -> None:
    """"今年以来…取得成果120件" on a page whose year nobody knows does not answer "2022年全年…多少件成果"
    (it wrote 2022 only of something else); on a 2022 report it does."""
    article = ("近年来，青禾局集团公司于2022年开展群众性创新大赛。今年以来，青禾局集团公司各级劳模创新工作室立项攻关课题300个、"
               "取得成果120件、解决生产问题260个。")
    question = "青禾局集团公司劳模创新工作室2022年全年取得了多少件成果？"
    undated = make_hit(article, doc_id="d", unit="青禾局集团公司工会", title="工会工作总结", rank=1)
    assert not QAService(_knowledge([undated])).answer(question).grounded
    dated = make_hit(article, doc_id="d", unit="青禾局集团公司工会", title="2022年工会工作总结", year=2022, rank=1)
    answer = QAService(_knowledge([dated])).answer(question)
    assert answer.grounded and "120件" in answer.text
    # "比去年同期" compares; the fact is still of the report's own year
    compared = make_hit("1-6月份，我局共完成收入320.5万元，比去年同期增长8%。", doc_id="e", unit="青禾县邮政局工会",
                        title="青禾县邮政局2022年上半年工会工作总结", year=2022, rank=1)
    answer = QAService(_knowledge([compared])).answer("青禾县邮政局2022年1到6月一共完成了多少收入？")
    assert answer.grounded and "320.5万元" in answer.text


def test_a_post_held_in_another_body_does_not_answer_who_holds_it_here() -> None:
    """"…经开区人大工委主任、工会主席王建国" and "张丽华主席指出" (first named "市总工会党组成员、副主席张丽华") hold other
    bodies' posts: "物流行业工会联合会的主席是谁" is not in the material; when it elects one, that one answers."""
    guests = ("7月6日，青禾物流行业工会联合会成立大会召开。青禾市总工会党组成员、副主席张丽华，青禾经开区人大工委主任、"
              "工会主席王建国，青禾物流协会会长李志强以及各基层工会的120名会员代表参加会议。张丽华主席指出，物流职工是重要力量。")
    question = "青禾物流行业工会联合会第一届委员会的主席是谁？"
    assert not _answer(question, "青禾物流行业工会联合会", guests).grounded
    elected = guests + "大会选举赵明远为青禾物流行业工会联合会第一届委员会主席。"
    answer = _answer(question, "青禾物流行业工会联合会", elected)
    assert answer.grounded and "赵明远" in answer.text


def test_a_planned_figure_does_not_say_what_was_actually_done() -> None:
    """"最后实际完成了多少人": "计划今年内完成3000名农民工技能培训" gives a target, not what was done."""
    article = "青禾县建筑行业工会依托行业协会，计划今年内完成3000名建筑业农民工技能培训，培训经费预计不到60万元。"
    assert not _answer("青禾县建筑行业工会今年的农民工培训最后实际完成了多少人？", "青禾县建筑行业工会", article).grounded
    assert _answer("青禾县建筑行业工会今年计划完成多少名农民工培训？", "青禾县建筑行业工会", article).grounded


# The reviewer's reproductions of the first version of these rules, each kept by a test.

def test_a_meeting_early_in_a_year_is_of_the_next_one_only_when_nothing_says_otherwise() -> None:
    """The N+1 reading needs a meeting that writes no year N and an article that plans N+1's work: "审议通过了
    2024年集体合同" is a meeting of 2024, and "到2025年底" is a target, not the next year's plan."""
    of_this_year = "2月18日，青禾公司召开职代会，审议通过了2024年集体合同。全年共慰问困难职工86户。2025年，公司工会将继续做好帮扶。"
    assert held_next_year(of_this_year, 2024) is None
    target = "1月9日，青禾公司召开会员代表大会，全公司118名会员代表参加大会。会议提出到2025年底建成职工书屋10家。"
    assert held_next_year(target, 2024) is None
    planned = "1月9日，青禾公司召开会员代表大会，全公司118名会员代表参加大会。会议部署了2025年工会工作。"
    assert held_next_year(planned, 2024) == 2025


def test_one_report_s_list_of_places_visited_is_no_list_of_the_unions_asked() -> None:
    """"哪几家工会开展了送清凉": a report's list of the firms it visited are not unions; each report's own line."""
    hits = [make_hit("7月，青禾县总工会开展夏季送清凉活动，先后走访了青禾水泥厂、柳岸建材公司、东湖物流公司、南山纺织厂。",
                     doc_id="a", unit="青禾县总工会", title="青禾县总工会工作总结", rank=1),
            make_hit("7月，柳岸镇工会开展夏季送清凉活动，慰问环卫工人80名。", doc_id="b", unit="柳岸镇工会",
                     title="柳岸镇工会工作总结", rank=2)]
    answer = QAService(_knowledge(hits)).answer("哪几家工会开展了夏季送清凉活动？")
    assert "柳岸镇工会" in answer.text


def test_a_known_place_without_its_level_must_be_the_report_s_own() -> None:
    """"扬州公交集团" asked of a report that names 扬州 only as where a contest was held, or names another known
    place before its own body ("无锡公交集团"): another place's group."""
    venue = "今年，公交集团工会慰问一线驾驶员120人，组织20名驾驶员参加在扬州举行的全省技能大赛。"
    assert not _kept("扬州公交集团工会今年慰问了多少名驾驶员？", "公交集团工会", venue)
    other = "今年，无锡公交集团工会慰问一线驾驶员120人。扬州市有关部门来访。"
    assert not _kept("扬州公交集团工会今年慰问了多少名驾驶员？", "公交集团工会", other)
    assert not _kept("华北供电公司工会慰问了多少名职工？", "供电公司工会", "今年，供电公司工会慰问一线职工560名，组织职工参加华北区域技能竞赛。")


def test_a_breadcrumb_drops_the_menu_above_it_only_when_a_headline_follows(tmp_path: Path) -> None:
    """A headline above the breadcrumb stays the title; a short item whose breadcrumb closes the page keeps its body."""
    above = _one_article(tmp_path, "青禾市总工会召开十届三次全委会议\n您的位置：首页>工会动态>正文\n"
                                   "3月8日，青禾市总工会召开十届三次全委会议，总结2023年工作，部署2024年任务。\n")
    assert above.title == "青禾市总工会召开十届三次全委会议"
    footer = _one_article(tmp_path, "青禾镇工会开展送清凉活动\n7月10日，青禾镇工会走访环卫工人。\n"
                                    "共送去绿豆汤200份。\n当前位置：首页 > 工作动态\n")
    assert "绿豆汤" in footer.text


def test_year_ranges_and_titles_are_no_dashed_terms() -> None:
    """"2019—2021年，…；2022—2023年，…" and "制定《2021—2025年…规划》" hold dashes that define nothing."""
    ranges = find_enumerations("2019—2021年，组织技能培训12期；2022—2023年，建成职工书屋5家；2024—2025年，开展竞赛8场。")
    assert not any("2019" in e.items for e in ranges)
    titled = find_enumerations("公司工会开展了以下工作：一是制定《2021—2025年职工素质提升规划》；二是制定《2023—2024年劳动竞赛方案》；三是建立职工书屋5家。")
    assert any(len(e.items) == 3 and e.items[0].endswith("规划》") for e in titled)


def test_which_city_or_prize_asks_no_kind_of_body() -> None:
    """"在哪个城市举办", "获得了哪个奖项": a place or a prize, no body's name suffix; the venue sentence answers."""
    assert profile_question("2023年全省职工运动会在哪个城市举办？", _IDF).which_kind == ""
    assert profile_question("青禾公司工会获得了哪个奖项？", _IDF).which_kind == ""
    article = "8月12日，2023年全省职工运动会在青禾市体育中心开幕。运动会助力全国文明城市创建。"
    assert _answer("2023年全省职工运动会在哪个城市举办？", "青禾公司工会", article).grounded


def test_farms_named_by_a_verb_like_word_keep_their_names() -> None:
    """"团结农场工会", "前进工会工作总结": a name, whatever the tagger calls its first word; only a verb before
    工会工作 ("创新工会工作") is a phrase."""
    assert extract_unit("团结农场工会工作总结", "今年，团结农场工会组织职工培训。") == "团结农场工会"
    assert extract_unit("前进工会", "今年，前进工会组织职工培训。") == "前进工会"


def test_a_source_in_brackets_leaves_its_sentence_the_article_s(tmp_path: Path) -> None:
    """"2023年5月，…举办职工趣味运动会（来源：青禾日报）" is the article's opening, its year the article's."""
    doc = _one_article(tmp_path, "青禾公司工会举办职工趣味运动会\n2023年5月，青禾公司工会举办职工趣味运动会（来源：青禾日报）\n"
                                 "共有300名职工参加了拔河、跳绳等8个项目的比赛。\n")
    assert doc.year == 2023


def test_slogans_joined_by_he_are_both_asked() -> None:
    """"“两访”和“四上墙”分别指什么": both slogans are what is asked (the asking words follow the second)."""
    assert asked_terms("青禾镇工会的“两访”和“四上墙”分别指什么？") == ["两访", "四上墙"]
    assert asked_terms("新一届“三委会”第一次全体会议分别选出了哪几位负责人？") == []


def test_surnames_and_a_count_of_elements_are_left_alone() -> None:
    """甯 and 凃 are surnames (kept as written); "一要素是…二要素是…" is no list of demands."""
    assert to_simplified("工会主席甯某、凃某") == "工会主席甯某、凃某"
    assert not any(e.items[0].startswith("素") for e in find_enumerations("检查分三要素：一要素是人员，二要素是设备，三要素是环境。"))
