"""Shapes found on fresh report pages in round fourteen (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge

from assistant.aggregate import figures, star_grades
from assistant.extractive import _has_answer_type
from assistant.definitions import asked_terms, definition_span
from assistant.enumeration import find_enumerations
from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import check_scope, normalise_question, read_own_scope
from test_eighth_round_shapes import TODAY


_COUNTY_REPORT = ("3月10日，从青禾县工会工作会议上获悉，全县教体系统一批学校受到县总工会表彰。{chair}"
                  "{school}第一小学、柳湾初级中学分别创建为县级“五星级职工之家”和“四星级职工之家”。")


def _county_report(chair: str = "", school: str = "") -> tuple[str, object]:
    """A county education union's report naming its member schools (invented)."""
    article = _COUNTY_REPORT.format(chair=chair, school=school)
    return article, make_hit(article, doc_id="edu", unit="青禾县教育工会", title="青禾县教育工会工作总结", rank=1)


def test_a_body_of_a_place_named_in_the_place_s_own_report() -> None:
    article, hit = _county_report()
    asked = read_own_scope("青禾县第一小学被创建为几星级的职工之家？", TODAY)
    assert check_scope([hit], asked, {"edu": article})[0]
    # another county's school of that name, and a school the report names only inside another's name, are not it
    assert not check_scope([hit], read_own_scope("柳岸县第一小学被创建为几星级的职工之家？", TODAY), {"edu": article})[0]
    named_inside, _ = _county_report(school="尚德")
    assert not check_scope([hit], asked, {"edu": named_inside})[0]
    answer = QAService(_knowledge([hit])).answer("青禾县第一小学被创建为几星级的职工之家？")
    assert answer.grounded and "五星级" in answer.text


def test_a_star_grade_answers_only_a_question_of_stars() -> None:
    assert [f.text for f in star_grades("创建为县级“五星级职工之家”")] == ["五星级"]
    assert not figures("创建为县级“五星级职工之家”")
    idf = lambda word: 3.0  # noqa: E731
    graded = "新建职工之家中五星级职工之家最多。"
    assert not _has_answer_type(graded, profile_question("青禾县总工会今年新建了多少职工之家？", idf))
    assert _has_answer_type(graded, profile_question("青禾县第一小学被创建为几星级的职工之家？", idf))


def test_another_member_of_the_group_asked_is_not_the_one_asked() -> None:
    article = "1月24日，青禾集团柳湾矿业有限公司第一次工会会员代表大会隆重召开，来自全公司的94名代表出席。"
    hit = make_hit(article, doc_id="lw", unit="青禾集团柳湾矿业有限公司工会", title="柳湾矿业召开第一次工代会", rank=1)
    other = read_own_scope("青禾集团石岭分公司工会第一次会员代表大会有多少名代表出席？", TODAY)
    assert not check_scope([hit], other, {"lw": article})[0]
    own = read_own_scope("青禾集团柳湾矿业有限公司工会第一次会员代表大会有多少名代表出席？", TODAY)
    assert check_scope([hit], own, {"lw": article})[0]
    # the group's own report that names the member asked among others is of it
    report = "青禾集团工会2023年工作总结：青禾集团柳湾矿业有限公司、石岭分公司等单位开展劳动竞赛。"
    group_hit = make_hit(report, doc_id="g", unit="青禾集团工会", title="青禾集团工会2023年工作总结")
    assert check_scope([group_hit], other, {"g": report})[0]


def test_a_place_named_only_as_the_superior_does_not_make_its_body_a_member() -> None:
    article = ("2016年，市城管执法局工会按照青禾市总工会的部署，建成职工信赖的基层工会组织，"
               "柳湾市城管执法局荣获“示范工会”称号，并获得奖金5万元。")
    hit = make_hit(article, doc_id="cg", unit="市城管执法局工会", title="市城管执法局工会工作总结", rank=1)
    asked = read_own_scope("青禾市城管执法局工会2016年拿了多少奖金？", TODAY)
    assert not check_scope([hit], asked, {"cg": article})[0]


def test_the_place_s_report_tells_only_what_it_says_of_the_member() -> None:
    _, hit = _county_report(chair="教育工会主席陈文才被评为工会工作先进个人。")
    answer = QAService(_knowledge([hit])).answer("青禾县第一小学的工会主席叫什么名字？")
    assert "陈文才" not in answer.text


def _lists(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def test_a_count_every_item_has_is_no_tail_of_the_last() -> None:
    text = "通过每月评选一次“优秀信息员”、每季度评选一名“金牌安全员”、每半年评选一个优秀监督小组等激励办法，调动积极性。"
    assert ("每月评选一次“优秀信息员”", "每季度评选一名“金牌安全员”", "每半年评选一个优秀监督小组") in _lists(text)
    assert ("拔河", "跳绳", "徒步") in _lists("开展了拔河、跳绳和徒步三项户外运动。")


def test_a_title_s_own_and_joins_no_items() -> None:
    text = "会议审议通过了《青禾市化工和医药行业工会联合会章程》、《青禾市化工和医药行业职工代表大会实施办法》。"
    assert ("《青禾市化工和医药行业工会联合会章程》", "《青禾市化工和医药行业职工代表大会实施办法》") in _lists(text)


def test_a_kind_signed_report_naming_its_body_as_a_word_of_its_own() -> None:
    article = ("在开展群众路线教育实践活动中，集团公司工会坚持为民务实，全力帮扶困难职工。"
               "青石是个有百年历史的老企业，今年以来累计困补11849人次。")
    hit = make_hit(article, doc_id="qs", unit="集团公司工会", title="集团公司工会工作总结", rank=1)
    asked = read_own_scope("青石集团公司工会今年累计补助了多少人次？", TODAY)
    assert check_scope([hit], asked, {"qs": article})[0]
    assert not check_scope([hit], read_own_scope("青石岭集团公司工会今年累计补助了多少人次？", TODAY), {"qs": article})[0]


def test_the_slogan_asked_inside_a_longer_one() -> None:
    assert asked_terms("他们推行的“两规范三落实”里，“两规范”指的是什么？") == ["两规范"]
    text = "强力推行“两规范三落实”的保障机制。“两规范”即规范工会主席任免和规范经费使用，“三落实”即落实阵地、人员、经费。"
    span = definition_span(text, "两规范")
    assert span and text[span[0]:span[1]].startswith("规范工会主席任免")


def test_prizes_by_grade_are_whole_items() -> None:
    text = "诵读作品《致青春》获全国总工会二等奖、省委宣传部、省总工会三等奖和省教科文卫体工会一等奖。"
    assert ("全国总工会二等奖", "省委宣传部", "省总工会三等奖", "省教科文卫体工会一等奖") in _lists(text)
    # an honour verb is cut only where it is a word ("获嘉县" is a county)
    assert all(not item.startswith("嘉县") for items in _lists("获批建设获嘉县工会、新乡县工会和卫辉市工会三家") for item in items)


def test_hong_kong_s_what_asks_what() -> None:
    idf = lambda word: 3.0  # noqa: E731
    asked = profile_question(normalise_question("首屆協商競賽是甚麼時候舉辦的？"), idf)
    assert "date" in asked.kinds and "甚么" not in asked.weights


def _kept(question: str, unit: str, text: str) -> bool:
    hit = make_hit(text, doc_id="d", unit=unit, title=f"{unit}工作总结", rank=1)
    return bool(check_scope([hit], read_own_scope(question, TODAY), {"d": text})[0])


def test_a_unit_asked_with_a_qualifier_its_report_leaves_out() -> None:
    assert _kept("大兴安岭新林林业局工会慰问了多少职工？", "新林林业局工会", "今年，新林林业局工会慰问职工320人。")
    assert _kept("国网青禾供电公司工会慰问了多少职工？", "青禾供电公司工会", "今年，青禾供电公司工会慰问职工320人。")
    assert _kept("青禾县柳湾镇总工会慰问了多少职工？", "柳湾镇总工会", "今年，柳湾镇总工会在镇党委领导下慰问职工320人。")
    assert _kept("青禾市教育局工会慰问了多少职工？", "青禾市教育工会", "今年，青禾市教育工会慰问职工320人。")
    # another place written before it, or named at the qualifier's level, and a unit every county has, are not
    assert not _kept("柳岸市新林林业局工会慰问了多少职工？", "新林林业局工会", "今年，青禾市新林林业局工会慰问职工320人。")
    assert not _kept("柳岸区柳湾街道总工会慰问了多少职工？", "柳湾街道总工会",
                     "今年，在青禾区总工会的指导下，柳湾街道总工会慰问职工320人。")
    assert not _kept("柳岸县柳湾镇总工会慰问了多少职工？", "柳湾镇总工会", "今年，青禾县柳湾镇总工会慰问职工320人。")
    assert not _kept("青禾市教育局工会慰问了多少职工？", "柳岸市教育工会", "今年，柳岸市教育工会慰问职工320人。")


def test_what_the_review_found_stays_mended() -> None:
    """Defects a reviewer reproduced in this round's first rules (invented fixtures)."""
    school, _ = _county_report(school="永和")
    # a member named as the end of another's name ("永和第一小学"), or another body's report of the place, is not it
    assert not _kept("青禾县第一小学被创建为几星级的职工之家？", "青禾县教育工会", school)
    assert not _kept("青禾县第一小学工会主席是谁？", "青禾县第二中学工会", "5月，我校与第一小学联合举办教职工篮球友谊赛，校工会主席李明带队参赛。")
    # a group's legal suffix is no member of it
    assert _kept("青禾集团有限公司工会全年慰问了多少困难职工？", "青禾集团工会", "青禾集团工会全年慰问困难职工300户，青禾集团柳湾矿业公司开展竞赛。")
    # a partner in a list is not the kind-signed report's own body
    assert not _kept("青石集团公司工会全年累计困补多少人次？", "集团公司工会",
                     "今年以来，集团公司工会与青石、柳湾等兄弟企业工会开展劳动竞赛交流，全年累计困补8600人次。")
    # every 等 but the one of 一等奖 ends a list; a count only some items have is a tail
    assert ("最佳创意奖", "最佳人气奖", "最佳组织奖") in _lists("活动评出了最佳创意奖、最佳人气奖、最佳组织奖等奖项。")
    assert ("初级工", "中级工", "高级工") in _lists("技能人才分为初级工、中级工、高级工等级别。")
    assert any(items[-1] == "一企一档" for items in _lists("建立困难职工一人一档、一户一策和一企一档三项制度。"))
    assert ("《长津湖》", "《我和我的祖国》") in _lists("组织观看了《长津湖》和《我和我的祖国》等影片。")
    assert ("全国模范职工之家", "省五一劳动奖状", "市文明单位") in _lists("该公司先后获评全国模范职工之家、省五一劳动奖状和市文明单位。")
    # a lone slogan before 中 is the one asked; "的具体内容为：" still defines it
    assert asked_terms("青禾县总工会的“四个一”中分别指的是什么？") == ["四个一"]
    text = "“三有”的具体内容为：有就业服务，有联系活动，有爱心帮扶。"
    span = definition_span(text, "三有")
    assert span and text[span[0]:span[1]].startswith("有就业服务")
    linked = "“三有”：的是有就业服务，有联系活动，有爱心帮扶。"  # linked by its colon, a 的 after it: no colon to skip to
    assert definition_span(linked, "三有")


def test_a_headline_of_a_body_s_deed_and_what_is_no_union_s() -> None:
    from ingest.metadata import extract_unit
    from ingest.split import headline, split_articles

    assert extract_unit("青禾县教育局组织开展全县困难教职工慰问活动", "今年，我们开展了很多活动。") == "青禾县教育局工会"
    assert extract_unit("市一中召开九届二次工代会暨教代会", "5月2日至5日，我校九届二次工代会暨教代会胜利召开。") == "市一中工会"
    assert extract_unit("市委书记到青禾中学走访慰问", "今年，我们开展了很多活动。") is None
    assert extract_unit("青禾县人社局开展根治欠薪专项行动", "今年，我们开展了很多活动。") is None
    assert headline("图为局领导慰问困难教师") is None
    page = "青禾县总工会开展送温暖活动\n青禾中学组织慰问困难教师\n1月20日，青禾县总工会开展送温暖活动，慰问困难职工50户。"
    assert split_articles(page)[0].title == "青禾县总工会开展送温暖活动"


def test_a_role_asked_by_name_is_one_person_s() -> None:
    idf = lambda word: 3.0  # noqa: E731
    asked = profile_question("青禾公司运行部职代会上，提出培训提案的职工代表叫什么名字？", idf)
    assert _has_answer_type("运行部职代会上，职工代表刘春明直言：“培训仍缺机电仪知识。”", asked)
    assert not _has_answer_type("公司级职代会上，187名代表提出3项建议。", asked)
