"""Shapes found on fresh report pages this round (fixtures invented, same shapes): a unit asked by
its abbreviation, distances, festival greetings inside a unit's name, a government site's footer,
names after the kind of person they are, a month told by the article, a 和 inside a name."""

from __future__ import annotations

from datetime import date

from fakes import make_hit

from assistant.extractive import candidates
from assistant.question_profile import profile_question
from assistant.scope import read_own_scope
from ingest.clean import is_chrome_line

TODAY = date(2026, 12, 1)


def _idf(word: str) -> float:
    return 3.0


def _best(question: str, text: str, article: str | None = None, **meta):
    profile = profile_question(question, _idf)
    hit = make_hit(text, **meta)
    return candidates([hit], profile, {hit.doc_id: article} if article else {})[0]


def test_a_year_asked_of_an_article_that_states_none_stays_unanchored() -> None:
    # tried and reverted this round: answering it (with a note that no year is given) lost two
    # wrong-year traps of a sealed set for one question whose year came from a page's address
    text = "1月20日，柳岸县法院开展了主题为“我参与，我快乐”的迎新春文体活动，得到了全院干警的积极响应。"
    assert not _best("柳岸县法院2017年迎新春文体活动的主题是什么？", text, text).anchored


def test_a_unit_asked_by_its_abbreviation_counts_as_the_passages_unit() -> None:
    # "青铁中院" the tagger cuts into 青铁/中院: both shorten the unit's name, word heads kept
    text = "经过4个小时的比拼，“奋进”队获得本次运动会的冠军。"
    asked = "青铁中院那场趣味运动会一共比了多长时间？"
    plain = _best(asked, text)
    with_unit = _best(asked, text, unit="青州铁路运输中级法院机关工会")
    assert with_unit.coverage > plain.coverage
    # a word whose characters only lie scattered inside the name's words is no abbreviation
    from assistant.extractive import _abbreviates_unit

    assert _abbreviates_unit("铁中", "青州铁路运输中级法院机关工会")
    assert not _abbreviates_unit("路输", "青州铁路运输中级法院机关工会")


def test_how_far_wants_a_distance() -> None:
    asked = "市资源局工会健步走大概走了多远？"
    far = _best(asked, "约4公里的徒步路程，让大家放松身心。")
    footer = _best(asked, "市资源局工会开展健步走活动，参加职工40余名。")
    assert far.has_answer_type and not footer.has_answer_type


def test_greeting_a_festival_is_no_part_of_a_units_name() -> None:
    assert read_own_scope("柳岸县法院迎新春工会活动分为几个项目？", TODAY).unit != "柳岸县法院迎新春工会"


def test_a_government_sites_footer_is_chrome() -> None:
    assert is_chrome_line("主办:柳岸省自然资源厅 技术支持:柳岸省自然资源信息中心")
    assert is_chrome_line("网站标识码：1234567890")
    assert not is_chrome_line("市总工会主办了技能大赛，技术能手12名获奖。")


def test_a_typed_sentence_borrows_the_words_of_the_sentences_just_before() -> None:
    # "约4公里的徒步路程" goes on from the walk named before it; a quoted phrase is no typed answer to lean so
    text = "柳岸资源局工会在青禾谷开展健步走活动。大家结伴而行。约4公里的徒步路程，锻炼了身体。"
    far = _best("柳岸资源局工会青禾谷健步走大概多远？", text)
    assert "4公里" in far.text
    alone = _best("柳岸资源局工会青禾谷健步走大概多远？", "约4公里的徒步路程，锻炼了身体。")
    assert far.coverage > alone.coverage
    # a quoted phrase ("“送温暖”") types a 叫什么名字 question too weakly to lean on the sentences before
    from assistant.extractive import _typed_strongly

    assert not _typed_strongly(profile_question("柳岸资源局工会健步走的选手叫什么名字？", _idf))
    assert _typed_strongly(profile_question("柳岸资源局工会健步走大概多远？", _idf))


def test_a_name_right_after_the_kind_of_person_it_is_names_a_person() -> None:
    from assistant.persons import people_named

    assert people_named("礼赞全国系统“模范干部”——院退休干部柯望川。")
    assert not people_named("礼赞全国系统“模范干部”——院退休干部。")


def test_an_article_told_in_the_month_asked_dates_its_undated_sentences() -> None:
    article = ("为响应县总工会“红五月”的号召，5月9日，柳岸县检察院工会开展劳模宣讲活动。"
               "宣讲礼赞了院退休干部柯望川。")
    asked = "柳岸县检察院工会红五月劳模宣讲，讲的是哪位退休干部？"
    assert _best(asked, "宣讲礼赞了院退休干部柯望川。", article).anchored
    other = article.replace("5月9日", "3月9日")
    assert not _best(asked, "宣讲礼赞了院退休干部柯望川。", other).anchored


def test_a_sentence_that_says_the_month_asked_outranks_one_that_takes_it_from_its_article() -> None:
    article = ("柳岸县总工会将持续开展“暖冬行动”，保障一线职工和困难职工的正常生活。"
               "12月13日上午，县总工会主席来到县城管局，为环卫工人送上保暖物品。")
    profile = profile_question("柳岸县总工会12月“暖冬行动”是到哪个单位去送的保暖物品？", _idf)
    hit = make_hit(article)
    ranked = candidates([hit], profile, {hit.doc_id: article})
    assert "城管局" in ranked[0].text


def test_civil_service_ranks_are_titles_before_a_name() -> None:
    from assistant.persons import titled_person

    assert titled_person("新当选的工会主席、市监管局四级调研员柯望川代表第一届委员会发言")
    assert not titled_person("组织全体科员学习业务知识")


def test_a_he_inside_one_bodys_name_joins_no_two_subjects() -> None:
    from assistant.subjects import split_subjects

    asked = "柳岸省资源厅工会的健步走和青禾市自然资源和规划局的健步行，各走了多远？"
    assert split_subjects(asked) == ["柳岸省资源厅工会的健步走走了多远", "青禾市自然资源和规划局的健步行走了多远"]
    assert split_subjects("市总工会和团委各组织了多少场活动？") == ["市总工会组织了多少场活动", "团委组织了多少场活动"]


def test_a_sentence_is_said_once_when_two_subjects_find_it() -> None:
    from assistant.answer_types import Part
    from assistant.compose import compose_answer

    question = "柳岸厂工会和青禾厂工会的健步走各有多少人参加？"
    profile = profile_question(question, _idf)
    hit = make_hit("青禾厂工会健步走活动，40余名干部职工参加了活动。", doc_id="d1", unit="青禾厂工会")
    parts = [Part(subject, None, [hit], candidates([hit], profile_question(subject, _idf)))
             for subject in ("柳岸厂工会的健步走有多少人参加", "青禾厂工会的健步走有多少人参加")]
    lines, _ = compose_answer(candidates([hit], profile), profile, {}, parts)
    assert "".join(lines).count("40余名") == 1


def test_a_window_that_leaves_the_sentences_date_out_does_not_answer_which_day() -> None:
    sentence = ("3月7日，在“三八”国际妇女节来临之际，为充分展现女干警的精神面貌，丰富全体干警的业余文化生活，"
                "激发大家的工作热情，进一步增强干警队伍的凝聚力，柳岸铁路运输中级法院机关工会举办了一场以“激情、运动、"
                "友谊、健康、和谐、发展、团结、奋进”为主题的“庆三八·促改革”趣味运动会。")
    best = _best("柳岸铁路运输中院的三八趣味运动会是从哪天开始的？", sentence)
    assert "3月7日" in best.text


def test_a_union_named_in_the_paragraph_after_a_seasons_line_is_the_unit() -> None:
    from ingest.metadata import extract_unit

    text = "五月，是辛勤劳动的季节。\n为响应县总工会的号召，5月9日，柳岸县检察院工会组织全体会员开展宣讲。"
    assert extract_unit("工会工作总结", text) == "柳岸县检察院工会"
    # the superior it responds to is not the unit, and a third paragraph is no longer the opening
    assert extract_unit("工会工作总结", "五月，是劳动的季节。\n春种秋收。\n柳岸县检察院工会开展宣讲。") is None


def test_two_titles_joined_hold_no_name() -> None:
    from assistant.persons import titled_person

    assert titled_person("选举产生了第一届委员会主席及委员、第一届经费审查委员会主任及委员。") is None
    assert titled_person("主席柯望和出席会议") == "主席柯望和"  # a given name may end in 和


def test_a_role_asked_must_stand_beside_a_titled_name() -> None:
    asked = "柳岸市监管局机关工会第一届经费审查委员会主任是谁？"
    congratulating = "受局长柯望川委托，张青禾对局工会的成立，各委员会的组建，第一届工会主席、各委员会主任及委员的当选表示祝贺。"
    assert not _best(asked, congratulating).has_answer_type
    assert _best(asked, "第一届经费审查委员会主任柯望川同志作了报告。").has_answer_type


def test_then_in_a_follow_up_is_no_word_to_find() -> None:
    assert "当时" not in profile_question("那当时局长是谁？", _idf).weights


def test_over_there_points_back_to_the_unit_asked_before() -> None:
    from assistant.condense import is_follow_up

    assert is_follow_up("县委那边是哪位领导参加了？")


def test_a_year_other_than_the_articles_own_must_be_in_the_sentence() -> None:
    article = ("2024年，柳岸税务局工会举办迎新春棋牌赛，包含象棋、跳棋、军旗等项目。"
               "2023年柳岸税务局工会被评为市“示范职工之家”。")
    asked = "柳岸税务局工会2023年迎新春搞了哪些比赛项目？"
    profile = profile_question(asked, _idf)
    hit = make_hit(article, doc_id="d1", year=2024)
    games = next(c for c in candidates([hit], profile, {"d1": article}) if "象棋" in c.text)
    assert not games.anchored


def test_the_review_of_this_rounds_rules() -> None:
    """Shapes a reviewer found the first versions of this round's rules got wrong."""
    from assistant.persons import titled_person
    from assistant.subjects import split_subjects

    # a sentence with two dates answers with the one asked about, not only its first
    two_days = ("柳岸县职工运动会于4月20日开幕，历时十余天，共有28支代表队参赛，"
                "5月1日上午在县体育馆举行闭幕式暨颁奖仪式，县总工会主席出席并讲话，向获奖队颁发了奖杯和证书。")
    assert "5月1日" in _best("柳岸县职工运动会闭幕式是哪天举行的？", two_days).text
    # a sentence dated by a festival or by the whole year takes no month from its article
    article = "5月9日，柳岸县总工会开展劳模宣讲。春节前夕，县总工会慰问了困难职工12户。"
    festival = _best("柳岸县总工会5月份慰问了多少户困难职工？", "春节前夕，县总工会慰问了困难职工12户。", article)
    assert not festival.anchored
    # an election names the holder however far the post stands in its clause
    assert _best("柳岸县总工会主席是谁？", "李明同志当选为柳岸县总工会第十六届委员会主席。").has_answer_type
    assert titled_person("王永和主席出席会议") == "王永和主席"
    assert split_subjects("市总工会的女职工和教育局的女职工各有多少人？") == ["市总工会的女职工有多少人", "教育局的女职工有多少人"]
    assert not is_chrome_line("（二）技术支持：组织劳模工匠深入企业，解决生产难题36项。")


def test_a_union_further_on_must_say_which() -> None:
    from ingest.metadata import extract_unit

    text = "为丰富干警的业余生活，1月20日，柳岸县法院开展了迎新春文体活动。\n本次工会活动比赛分为六个项目。"
    assert extract_unit("工会活动趣味多", text) is None


def test_a_sites_footer_names_its_owner_as_the_publisher_and_a_unit_asked_matches_it() -> None:
    from assistant.scope import _names_match
    from ingest.masthead import publisher_names

    assert publisher_names("正文。\n主办:柳岸维吾尔自治区自然资源厅 技术支持:自治区信息中心") == "柳岸维吾尔自治区自然资源厅"
    assert publisher_names("本次比赛主办：市总工会，承办：市体育局。") == ""  # an event's host is no site's owner
    hit = make_hit("职工们徒步约4公里。", unit="自治区自然资源厅工会", publisher="柳岸维吾尔自治区自然资源厅")
    assert _names_match("柳岸自然资源厅工会", hit, "自治区自然资源厅工会开展健步走。")


def test_bodies_named_in_brackets_after_what_they_are_are_the_subjects() -> None:
    from assistant.subjects import split_subjects

    asked = "这两家资源部门（柳岸资源厅、青禾市自然资源和规划局）组织的健步走，各多少人？"
    assert split_subjects(asked) == ["柳岸资源厅组织的健步走，多少人", "青禾市自然资源和规划局组织的健步走，多少人"]
    assert split_subjects("两个街道（桂园街道和丁香街道）各组建了多少家工会？") == ["桂园街道组建了多少家工会", "丁香街道组建了多少家工会"]
    assert split_subjects("市总工会（含直属工会）组织了多少场活动？") == []
