"""Shapes found on fresh report pages in round fourteen (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge

from assistant.aggregate import figures
from assistant.definitions import asked_terms, definition_span
from assistant.enumeration import find_enumerations
from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import check_scope, normalise_question, read_own_scope
from test_eighth_round_shapes import TODAY


def test_a_body_of_a_place_named_in_the_place_s_own_report() -> None:
    article = ("3月10日，从青禾县工会工作会议上获悉，全县教体系统一批学校受到县总工会表彰。"
               "第一小学、柳湾初级中学分别创建为县级“五星级职工之家”和“四星级职工之家”。")
    hit = make_hit(article, doc_id="edu", unit="青禾县教育工会", title="青禾县教育工会工作总结", rank=1)
    asked = read_own_scope("青禾县第一小学被创建为几星级的职工之家？", TODAY)
    assert check_scope([hit], asked, {"edu": article})[0]
    # another county's school of that name, and a school the report names only inside another's name, are not it
    assert not check_scope([hit], read_own_scope("柳岸县第一小学被创建为几星级的职工之家？", TODAY), {"edu": article})[0]
    named_inside = article.replace("，第一小学", "，尚德第一小学").replace("。第一小学", "。尚德第一小学")
    assert not check_scope([hit], asked, {"edu": named_inside})[0]
    answer = QAService(_knowledge([hit])).answer("青禾县第一小学被创建为几星级的职工之家？")
    assert answer.grounded and "五星级" in answer.text


def test_a_star_grade_is_a_figure() -> None:
    assert [f.text for f in figures("创建为县级“五星级职工之家”")] == ["五星"]
    assert not figures("组织职工观看明星演出")


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
    article = ("3月10日，从青禾县工会工作会议上获悉，全县教体系统一批学校受到县总工会表彰。"
               "教育工会主席陈文才被评为工会工作先进个人。第一小学、柳湾初级中学分别创建为县级“五星级职工之家”和“四星级职工之家”。")
    hit = make_hit(article, doc_id="edu", unit="青禾县教育工会", title="青禾县教育工会工作总结", rank=1)
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


def test_where_it_was_founded_is_answered_by_the_venue() -> None:
    hits = [make_hit("青禾市化工行业工会联合会成立\n4月24日，青禾市化工行业在市工人文化宫影剧厅成立了市化工行业工会联合会。"
                     "该联合会将充分发挥工会作为党联系职工群众的桥梁和纽带作用，积极发挥化工行业经济的支撑作用。",
                     doc_id="hg", unit="青禾市化工行业工会联合会", title="青禾市化工行业工会联合会成立", rank=1)]
    answer = QAService(_knowledge(hits)).answer("青禾市化工行业工会联合会是在什么地方成立的？")
    assert "影剧厅" in answer.text.split("[1]")[0]


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


def test_where_alone_wants_a_venue_and_hong_kong_s_what_is_read() -> None:
    idf = lambda word: 3.0  # noqa: E731
    assert profile_question("组长培训是在哪里进行的？", idf).kinds == ("venue",)
    assert "venue" not in profile_question("各是在哪里或什么时候？", idf).kinds
    asked = profile_question(normalise_question("首屆協商競賽是甚麼時候、在哪裡舉辦的？"), idf)
    assert "date" in asked.kinds and "venue" not in asked.kinds

