"""Shapes found on fresh report pages in round thirty-one (fixtures invented, same shapes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge
from test_twenty_fourth_round_shapes import _answer

from assistant.enumeration import find_enumerations
from assistant.persons import asks_who, person_named
from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import Scope, read_scope
from ingest.dedupe import mark_duplicates
from ingest.metadata import extract_metadata, stamped_year
from ingest.models import Document


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def _idf(word: str) -> float:
    return 3.0


def _unit_read(question: str) -> str | None:
    return read_scope(question, Scope(), [], date(2026, 12, 7)).unit


def test_a_news_item_under_a_slogan_line_is_dated_by_its_post_stamp() -> None:
    """A site's slogan above the headlines ("尊享好礼！…") is no lead: the item's first lines of text, headlines
    left out, still tell the day ("日前，…"), and the stamp under the headline dates it."""
    text = ("尊享好礼·天天有惊喜！青禾商城\n用爱心筑起户外职工的港湾\n青禾超市“爱心驿站”工作纪实\n"
            "日前，青禾交通广播走上街头，探访设在超市里的爱心驿站。\n"
            "今年，青禾超市旗下共90家门店先后被纳入爱心驿站，为环卫工人、快递员解决饮水、休息等实际问题。")
    assert stamped_year("关 闭\n2019-07-05\n用爱心筑起户外职工的港湾\n", "", text) == 2019


def test_asking_a_persons_surname_asks_for_the_person_as_the_news_calls_them() -> None:
    """"那位保安员姓什么": the person, whom a news item calls by surname and 师傅 ("许师傅说…")."""
    assert asks_who("说入会后有了“娘家”的那位保安员姓什么？")
    assert person_named("保安员许师傅说，保安工作经常加班加点。") == "许师傅"
    assert person_named("老师傅们说，这里的活不好干。") is None
    text = ("会上，20名保安代表领取了会员证。保安员许师傅说，由于经常加班加点，很难得到劳动保障。"
            "加入工会后，就有了“娘家”的靠山，自己的合法权益就能得到保障了。")
    answer = _answer("青禾区保安工会成立时，说有了“娘家”靠山的那位保安员姓什么？", text, unit="青禾区总工会")
    assert answer.grounded and "许师傅" in answer.text, answer.text


def test_one_areas_federation_is_not_another_areas_though_its_report_names_that_area() -> None:
    """"青禾市总工会…" of 柳岸县总工会's report, which writes 青禾市 only in "青禾市劳模" and "参加青禾市…比赛": another
    area's federation."""
    text = ("大力建设户外劳动者服务站点——工会驿站，在原有已建成27家的基础上，今年以来又新增5家。"
            "今年以来，组织7名青禾市劳模参加学历提升班；组织5名选手参加青禾市新就业形态劳动者歌唱比赛。")
    meta = {"unit": "柳岸县总工会", "title": "柳岸县总工会2024年工作总结", "year": 2024}
    assert not _answer("青禾市总工会今年新增了几家工会驿站？", text, **meta).grounded
    assert "5家" in _answer("柳岸县总工会今年新增了几家工会驿站？", text, **meta).text
    named = text + "青禾市总工会今年新增工会驿站12家。"  # (written whole, it is named)
    assert _answer("青禾市总工会今年新增了几家工会驿站？", named, **meta).grounded


def test_paragraphs_each_opened_by_a_run_in_heading_list_their_headings() -> None:
    """"服务提质。…", "权益维护。…", "素养提升。…": parallel headings of one length, each closed by a full stop."""
    text = ("青禾县总工会为做好新就业形态劳动者服务工作，当好贴心的“娘家人”。\n"
            "服务提质。大力建设户外劳动者服务站点，新增工会驿站5家。\n"
            "权益维护。积极引导新就业形态劳动者加入工会，开展集中入会活动。\n"
            "素养提升。通过组织各类文体活动，丰富新就业形态劳动者的精神文化生活。\n"
            "会议指出。要进一步做好工作。")
    assert ("服务提质", "权益维护", "素养提升") in _items(text)
    answer = _answer("青禾县总工会服务新就业形态劳动者从哪几个方面着手？", text, unit="青禾县总工会")
    assert answer.grounded and all(w in answer.text for w in ("服务提质", "权益维护", "素养提升")), answer.text


def test_a_paragraphs_semicolon_list_starts_after_its_last_lead_clause() -> None:
    """"…成立以来，积极配合…，在市总工会的大力支持下，组建了A；签订了B；…": the list of deeds starts after the
    lead clauses ("在…下" may stand after a clause that is none), which say what it is a list of; a list of the bodies
    whose leaders attended ("…相关领导出席活动") is not what "做了哪些事" asks."""
    deeds = ("青禾快递协会成立以来，积极配合各级政府部门工作，在市总工会的大力支持下，组建了快递行业工会联合会；"
             "签订了首份快递行业集体协商合同；建设完成50家暖心驿站；为800名快递员免费提供健康体检。")
    listed = [e for e in find_enumerations(deeds) if "签订了首份快递行业集体协商合同" in e.items]
    assert listed and listed[0].items[0] == "组建了快递行业工会联合会" and "成立以来" in listed[0].lead, listed
    text = ("1月9日，青禾快递协会携手市总工会开展送温暖活动。市总工会、市人社局、市邮政管理局、青禾快递协会相关领导出席活动。\n"
            + deeds)
    answer = _answer("青禾快递协会成立以来，在市总工会支持下都做了哪些事？", text, unit="青禾快递协会")
    assert "签订了首份快递行业集体协商合同" in answer.text and "市人社局" not in answer.text, answer.text


def test_a_list_introduced_as_what_is_asked_is_the_answer() -> None:
    """"…体验工会与爱心商家提供的多样化暖心服务，如A、B、C等": the list after 如 names the services asked for; the
    list before it names what the riders did."""
    text = ("活动现场，200余名骑手及家属踊跃参与，通过打卡留念、书写心愿、体验工会与爱心商家提供的多样化暖心服务，"
            "如一键入会、法律咨询、健康服务、手机贴膜、送春联等，感受着冬日里的温暖。")
    answer = _answer("青禾区骑手团拜会上工会和爱心商家提供了哪些暖心服务？", text, unit="青禾区网约配送行业联合工会")
    assert answer.grounded and "手机贴膜" in answer.text and "打卡留念" not in answer.text, answer.text
    # "团体项目有A、B和C": so do the words naming the kind asked right before the items, over a parse of the
    # sentence before them ("本次比赛项目分团体、个人两个大项")
    games = ("11月7日下午，全体教职员工汇聚在田径场，第二届教职工趣味运动会在广场舞表演中开始。"
             "本次比赛项目分团体、个人两个大项四个小项。团体项目有同舟共济、接力传球和车轮滚滚；个人项目有投篮和跳绳。")
    teams = _answer("青禾中学第二届教职工趣味运动会的团体项目都有哪些？", games, unit="青禾中学工会")
    assert "车轮滚滚" in teams.text and "个人" not in teams.text.split("：", 1)[1][:4], teams.text


def test_a_preposition_opens_no_unit_name() -> None:
    """"凭借市总工会发放的洗车月卡…": what the clause leans on, not a union called 凭借市总工会."""
    meta = extract_metadata("", "28日晚，网约车陆续驶入洗车网点。凭借市总工会发放的洗车月卡，网约车司机可享受免费洗车服务。")
    assert meta.unit != "凭借市总工会"


def test_a_time_word_opens_no_name_in_a_question() -> None:
    """"这一年报县总工会批准…": 一年 is when, not part of a union's name."""
    assert not (_unit_read("县教育工会这一年报县总工会批准，增补了几名副主席？") or "").startswith("一年")


def test_numbered_schools_and_kindergartens_are_named_bodies() -> None:
    """"漳州八中", "那漳州一中呢", "柳岸市第一实验幼儿园": a school numbered after its city, and a kindergarten
    with its ordinal and kind of school, are the bodies asked; another number is another school."""
    assert _unit_read("漳州八中工会2019年参加漳州市教工“耕耘杯”排球比赛，成绩怎么样？") == "漳州八中工会"
    assert _unit_read("那漳州一中呢？") == "漳州一中"
    assert _unit_read("柳岸市第一实验幼儿园第三届第二次教代会是谁主持的？") == "柳岸市第一实验幼儿园"
    assert _unit_read("学习十九届三中全会精神了吗？") is None
    text = "4、组织教工参加漳州市教工第三十二届“耕耘杯”排球和太极拳比赛。取得二等奖的好成绩。"
    meta = {"unit": "漳州三中工会", "title": "漳州三中2019年工会工作总结", "year": 2019}
    assert not _answer("漳州八中工会2019年参加漳州市教工“耕耘杯”排球比赛，成绩怎么样？", text, **meta).grounded
    assert "二等奖" in _answer("漳州三中工会2019年参加漳州市教工“耕耘杯”排球比赛，成绩怎么样？", text, **meta).text


def test_a_place_won_is_asked_of_a_cup_or_a_sport_played() -> None:
    """"打“耕耘杯”气排球和太极拳，拿了个什么成绩": a place won, which the sentence after the one telling the
    contest gives ("取得二等奖的好成绩")."""
    assert profile_question("青禾三中工会带老师去打“耕耘杯”气排球和太极拳，拿了个什么成绩？", _idf).wants_rank
    assert not profile_question("青禾三中工会在组织建设上取得了什么成绩？", _idf).wants_rank
    text = "4、组织教工参加青禾市教工第三十二届“耕耘杯”气排球和太极拳比赛。取得二等奖的好成绩。5、组织迎新春联欢。"
    answer = _answer("青禾三中工会2019年带老师去打“耕耘杯”气排球和太极拳，拿了个什么成绩？", text,
                     unit="青禾三中工会", year=2019)
    assert "二等奖" in answer.text, answer.text


def test_words_quoted_from_a_passage_dated_at_another_time_do_not_answer_by_themselves() -> None:
    """A quoted name found verbatim answers only where the passage is of the time asked: "下半年…“爱心助成长”" of a
    passage dated 六一 is the same activity at another time."""
    text = ("3、5月25日下午，联合区妇联等5家单位为长期捐助贫困学生的各界人士举办了一期座谈会。"
            "对于全区99名贫困学生在“六一”前夕会同区总工会开展了大型“爱心助成长”捐助仪式。"
            "4、9月，组织教职工开展读书月活动，评出优秀读书笔记20篇。")
    hit = replace(make_hit(text, doc_id="a", rank=1, unit="区教育工会", year=2012), exact=True)
    answer = QAService(_knowledge([hit])).answer("区教育工会2012年下半年组织了多少名贫困学生参加“爱心助成长”活动？")
    assert not answer.grounded, answer.text
    first = QAService(_knowledge([hit])).answer("区教育工会2012年上半年组织了多少名贫困学生参加“爱心助成长”活动？")
    assert first.grounded and "99名" in first.text, first.text


def test_a_copy_that_names_the_unit_a_template_left_blank_says_whose_it_is() -> None:
    """The kept copy of a template says "省xxx机关工会"; a shorter copy of it names the unit ("省计委机关工会"): the kept
    one is that unit's."""
    body = ("20xx年，{u}在省直工会的领导下，开展了“我为目标献良策”合理化建议活动。为了发挥集体智慧和个人聪明才智，"
            "向5个分工会、26个机关直属工会小组下发了通知，对合理化建议的范围、申报、评审、表彰等均作了明确要求。"
            "本年度共收到合理化建议54条，评出一等奖3条。全年组织职工参加各类文体活动。")
    kept = Document(doc_id="a", title="机关工会工作总结", text=body.format(u="省xxx机关工会") + "下一步工作打算。" * 10,
                    source="a.txt", unit="省xxx机关工会")
    copy = Document(doc_id="b", title="机关工会工作总结三篇", text=body.format(u="省计委机关工会"), source="b.txt",
                    unit="省计委机关工会")
    assert mark_duplicates([kept, copy]) == 1
    assert copy.duplicate_of == "a" and kept.unit == "省计委机关工会"


def test_a_list_of_people_is_no_list_of_activities_and_recent_years_ask_no_count() -> None:
    """"近几年搞过哪些职工活动": 近几年 says when, no figure is asked; the leaders who attended are no activity."""
    assert not profile_question("市人大机关工会近几年搞过哪些职工活动？", _idf).wants_number
    assert profile_question("这项活动办了几年？", _idf).wants_number
    text = ("6月10日上午，市人大机关工会召开第四次会员大会。市人大常委会领导张国平、许明、赵少波、郭立出席会议。"
            "会议听取了工作报告。近年来，机关工会先后开展了“真人图书馆”读书会、趣味运动会、健康徒步行等职工活动。")
    answer = _answer("市人大机关工会近几年搞过哪些职工活动？", text, unit="市人大机关工会")
    assert "趣味运动会" in answer.text and "许明" not in answer.text, answer.text


def test_a_space_typed_inside_a_quote_sets_apart_what_the_article_may_write_as_one() -> None:
    """"“温暖快递员 工会在行动”" of an article writing "温暖快递员工会在行动": the same name."""
    from assistant.question_profile import quote_written

    assert quote_written("温暖快递员 工会在行动", "启动“温暖快递员工会在行动”专项慰问", "")
    text = ("青禾省总工会日前发出通知，启动“温暖快递员工会在行动”专项慰问。在专项慰问中，各级工会将提供健康防护“健康速递”、"
            "困难帮扶“关怀速递”、心理服务“信心速递”、圆梦行动“心愿速递”等服务。")
    answer = _answer("青禾省总“温暖快递员 工会在行动”专项慰问推出了哪几种“速递”服务？", text, unit="青禾省总工会")
    assert answer.grounded and "心愿速递" in answer.text, answer.text


def test_they_after_two_names_asks_each_of_them() -> None:
    """"A和B，材料里提到它们拿过哪些荣誉": 它们 is the pair, asked one by one as 各 would."""
    from assistant.subjects import split_subjects

    assert split_subjects("青禾市统计局和柳岸区税务局，材料里提到它们拿过哪些全国级的荣誉？") == [
        "青禾市统计局材料里提到拿过哪些全国级的荣誉", "柳岸区税务局材料里提到拿过哪些全国级的荣誉"]


def test_a_figure_over_a_whole_area_of_another_level_is_not_the_places_asked() -> None:
    """"青禾县教育系统帮扶了多少名困难职工" and "全盟教育系统…帮扶困难职工314人": the league's figure, not the county's
    (a report of the league that names the county elsewhere); "全县…" would be the county's."""
    text = ("全盟教育系统培训工会干部345人，帮扶困难职工314人。青禾县教育工会组织教职工开展了读书活动。")
    assert not _answer("青禾县教育系统一年帮扶了多少名困难职工？", text, unit="盟教育工会").grounded
    county = "全县教育系统培训工会干部45人，帮扶困难职工31人。青禾县教育工会组织教职工开展了读书活动。"
    assert "31人" in _answer("青禾县教育系统一年帮扶了多少名困难职工？", county, unit="青禾县教育工会").text


def test_what_an_article_never_names_it_never_counts() -> None:
    """"一共建了多少个女职工委员会" of an article that never says 女职工 nor 委员会: its "工会组织58个" counts something else;
    "多少名钳工参赛" of "45名钳工…参加比赛" is counted, 参赛 said otherwise."""
    text = "目前，市直机关各单位共建立健全工会组织58个，涵盖市直单位93家，共有工会会员4859人，专兼职工会干部156人。"
    assert not _answer("市直机关工会工委下面一共建了多少个女职工委员会？", text, unit="市直机关工会").grounded
    assert "58个" in _answer("市直机关工会工委下面一共建了多少个工会组织？", text, unit="市直机关工会").text
    contest = "青禾集团在郑州举办钳工职业技能大赛。来自14家下属企业的45名钳工角力技能，以赛交流。"
    assert "45名" in _answer("青禾集团钳工大赛一共有多少名钳工参赛？", contest, unit="青禾集团工会").text


def test_the_titles_the_questions_verb_takes_are_the_list() -> None:
    """"解读了哪几项制度": the titles after 解读, however each ends (细则, 办法), not the reports 作 takes."""
    text = ("接着，张某同志作《幼儿园工会工作报告》、王某同志作《幼儿园财务工作报告》，彭某同志解读《青禾幼儿园绩效考核实施细则》、"
            "史某同志解读《青禾幼儿园考勤制度》和《青禾幼儿园安全工作实施细则》、王某同志解读《青禾幼儿园师德考核办法》。")
    answer = _answer("青禾幼儿园的教代会上解读了哪几项制度？", text, unit="青禾幼儿园工会")
    assert all(t in answer.text for t in ("绩效考核实施细则", "考勤制度", "安全工作实施细则", "师德考核办法")), answer.text
    assert "财务工作报告" not in answer.text, answer.text


def test_a_report_named_by_its_year_is_not_another_years() -> None:
    """"2023年工作报告是谁作的" and "…作集团2022年工作报告": another year's report, not the one asked."""
    text = "会上，集团党委副书记、总裁王某作集团2022年工作报告。工会主席李某主持大会。"
    answer = _answer("青禾出版集团2023年工作报告是谁作的？", text, unit="青禾出版集团工会", year=2023)
    assert "王某" not in answer.text, answer.text
    assert "王某" in _answer("青禾出版集团2022年工作报告是谁作的？", text, unit="青禾出版集团工会", year=2023).text


def test_the_day_of_a_quoted_event_is_given_where_the_event_is_named() -> None:
    """"“服务品质提升月”是几月几号启动的" and "7月19日，…举办了技能比武": another event's day; the quoted event, told
    without a day, has none to give."""
    text = ("青禾宾馆工会开展了为期一个月的“服务品质提升月”活动，先后举行了礼仪队评选、微笑大使评选等十项专题活动。"
            "7月19日，集团党委和工会共同举办了酒店系统技能比武。")
    assert not _answer("青禾宾馆工会的“服务品质提升月”是几月几号启动的？", text, unit="青禾宾馆工会").grounded
    dated = "6月1日，青禾宾馆工会启动“服务品质提升月”活动。7月19日，集团举办了酒店系统技能比武。"
    assert "6月1日" in _answer("青禾宾馆工会的“服务品质提升月”是几月几号启动的？", dated, unit="青禾宾馆工会").text


def test_who_won_a_prize_asked_after_it_is_the_role_asked() -> None:
    """"拿二等奖的选手都有谁": those who won 二等奖, which the person who spoke at the contest is not."""
    assert profile_question("青禾商超技能竞赛拿二等奖的选手都有谁？", _idf).role == "二等奖"
    assert profile_question("获得一等奖的是哪个队？", _idf).role == "一等奖"


def test_a_skills_contest_named_by_a_trade_the_article_never_writes_is_another() -> None:
    """"焊工职业技能大赛一等奖是谁" of an article telling a 钳工 contest: another trade's contest; 职工 names no trade."""
    text = ("青禾集团在郑州举办2023年钳工职业技能大赛。经过激烈角逐，恒达公司杨某获得一等奖，重装公司刘某获得二等奖。")
    meta = {"unit": "青禾集团工会", "year": 2023}
    assert not _answer("青禾集团2023年焊工职业技能大赛一等奖是谁？", text, **meta).grounded
    assert "杨某" in _answer("青禾集团2023年钳工职业技能大赛一等奖是谁？", text, **meta).text
    assert "杨某" in _answer("青禾集团2023年职工技能大赛一等奖是谁？", text.replace("钳工职业", "职工"), **meta).text


def test_review_mends_of_the_round() -> None:
    """What two reviews found the round's rules doing wrong, mended: each line a shape they reported."""
    from assistant.subjects import split_subjects

    # 姓什么 of a full name; surname-only people are not read into a slogan ("向师傅学习" stays words)
    text = "保安员许建国说，由于经常加班加点，很难得到劳动保障。加入工会后，就有了“娘家”的靠山。"
    assert "许建国" in _answer("青禾区保安工会成立时，说有了“娘家”靠山的那位保安员姓什么？", text, unit="青禾区总工会").text
    # another area's federation: a longer name of the same one, and a city report telling of the county as a subject
    same = _answer("柳岸县总工会2024年新增了几家工会驿站？", "今年以来，县总工会新增工会驿站5家。",
                   unit="青禾省柳岸县总工会", year=2024)
    assert same.grounded and "5家" in same.text, same.text
    city = _answer("柳岸县总工会2024年新增了几家工会驿站？", "今年，全市新增工会驿站40家，其中柳岸县新增5家。",
                   unit="青禾市总工会", year=2024)
    assert "5家" in city.text, city.text
    # a school named as a venue or after 那 is no name ("那二中呢" keeps the conversation's county)
    assert _unit_read("青禾县总工会在一中举办了什么比赛？") == "青禾县总工会"
    assert _unit_read("青禾交警一中队工会组织了什么活动？") != "青禾交警一中"
    # 它们 after a pair that did something together asks of what they did together
    assert split_subjects("青禾公司和柳岸公司签订了友好合作协议，它们约定了哪些合作内容？") == []
    # a whole area named in a clause that is no count of it, or in a sentence naming the place asked
    won = "在全市职工技能大赛中，青禾县代表队获得3个一等奖。"
    assert "3个" in _answer("青禾县代表队在职工技能大赛中获得了几个一等奖？", won, unit="青禾县总工会").text
    # a heading paragraph may run on for a paragraph before the next heading
    headed = ("服务提质。大力建设户外劳动者服务站点。\n站点实行24小时开放。\n权益维护。积极引导新就业形态劳动者加入工会。\n"
              "素养提升。组织各类文体活动，丰富精神文化生活。")
    assert ("服务提质", "权益维护", "素养提升") in _items(headed)
    # 在…中 inside the first item is no lead clause; the heading above a paragraph stays in its lead
    contest = "今年，开展职工技能比武，在全市决赛中获得团体一等奖；举办青年联谊会；组织职工参加市运动会。"
    assert any(e.items[0].startswith("开展职工技能比武") for e in find_enumerations(contest)), _items(contest)
    listed = [e for e in find_enumerations("二、维护权益\n今年，签订集体合同45份；调解劳动争议12起；开展法律咨询8次。")
              if "调解劳动争议12起" in e.items]
    assert listed and "维护权益" in listed[0].lead, listed
    # a list of activities the tagger reads as names is still a list of activities; a deed of taking part is a deed
    done = "今年，机关工会先后开展了金秋助学、文明创建、贺新春联欢会、教工健步走等职工活动。"
    assert "贺新春联欢会" in _answer("青禾机关工会今年搞过哪些职工活动？", done, unit="青禾机关工会").text
    # a cup, not any ball or board game, makes 成绩 a place won
    assert not profile_question("青禾县总工会新建篮球场后取得了什么成绩？", _idf).wants_rank


def test_review_c_mends_of_the_round() -> None:
    """What a third review found the mends doing wrong, mended."""
    from assistant.subjects import split_subjects

    # another area's federation: named in passing in any way, still another's; the city's district is not the city
    passing = "大力建设工会驿站，今年以来又新增5家。贯彻青禾市委决策部署，在柳岸县召开现场推进会。"
    assert not _answer("青禾市总工会今年新增了几家工会驿站？", passing, unit="柳岸县总工会", year=2024).grounded
    district = _answer("青禾市总工会今年新增了几家工会驿站？", "今年以来，区总工会新增工会驿站5家。", unit="青禾市柳岸区总工会", year=2024)
    assert not district.grounded, district.text
    # a venue after the asker is no scope of its own
    assert _unit_read("青禾县总工会在县二中举办了什么比赛？") == "青禾县总工会"
    # the day in the sentence after the one naming the event, pointing back at it
    started = "青禾宾馆工会开展“服务品质提升月”活动。6月1日，活动正式启动。"
    assert "6月1日" in _answer("青禾宾馆工会的“服务品质提升月”是几月几号启动的？", started, unit="青禾宾馆工会").text
    # a trade by its last two characters, worker groups no trade
    welded = "青禾集团举办2023年焊工职业技能大赛。经过角逐，杨某获得一等奖。"
    for question in ("青禾集团2023年电焊工职业技能大赛一等奖是谁？", "青禾集团2023年青工技能大赛一等奖是谁？"):
        assert "杨某" in _answer(question, welded, unit="青禾集团工会", year=2023).text, question
    # a year of the meeting is no year of the report
    assert "王某" in _answer("青禾集团2023年职代会上的工作报告是谁作的？", "2023年职代会上，总裁王某作工作报告。",
                            unit="青禾集团工会", year=2023).text
    # a whole area's figure with the place named in a clause that counts nothing; 我县 is the place asked
    league = "全盟教育系统培训工会干部345人，帮扶困难职工314人，青禾县教育工会组织了读书活动。"
    assert not _answer("青禾县教育系统一年帮扶了多少名困难职工？", league, unit="盟教育工会").grounded
    assert "5家" in _answer("青禾县总工会新增了几家驿站？", "全市新增40家，我县新增5家。", unit="青禾县总工会").text
    # a game played without a cup; names holding verbs the tagger reads; prizes won asked by 拿到 or 获得者
    assert profile_question("青禾三中工会带老师去打气排球和太极拳，拿了个什么成绩？", _idf).wants_rank
    assert len(split_subjects("青禾市市场监督管理局和柳岸区税务局，材料里提到它们拿过哪些全国级的荣誉？")) == 2
    assert [profile_question(q, _idf).role for q in ("拿到二等奖的选手都有谁？", "二等奖获得者是谁？")] == ["二等奖", "二等奖"]
