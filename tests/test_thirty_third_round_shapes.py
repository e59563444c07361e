"""Shapes found on fresh report pages in round thirty-three (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.aggregate import figures
from assistant.answer_types import Candidate
from assistant.enumeration import asked_category, find_enumerations
from assistant.extractive import _has_answer_type
from assistant.list_answers import best_list
from assistant.question_profile import profile_question
from assistant.scope import Scope


def _idf(word: str) -> float:
    return 3.0


def _items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


def _counts_only_its_own(question: str, other: str, others_figure: str, own: str, own_figure: str) -> None:
    """The count asked is not the other figure of the first text, and is the own figure of the second."""
    answer = _answer(question, other, unit="青禾机关工会")
    assert others_figure not in answer.text, answer.text
    answer = _answer(question, own, unit="青禾机关工会")
    assert answer.grounded and own_figure in answer.text, answer.text


def test_those_a_choice_was_made_among_are_not_how_many_it_chose() -> None:
    """"评出了多少名先进个人" of "在…450多名职工中开展了…劳动竞赛": the figure counts whom the contest ran among."""
    _counts_only_its_own("青禾机关工会的劳动竞赛评出了多少名先进个人？",
                         "在机关和5个分工会共计450多名职工中开展了“比学赶超”劳动竞赛，并列入分工会考核内容之一。", "450多名",
                         "在全体450名职工中开展了“比学赶超”劳动竞赛，年底评出先进个人20名。", "20名")


def test_a_sentence_naming_another_quoted_campaign_tells_of_that_one() -> None:
    """"“爱岗、敬业、全勤”劳动竞赛评出了多少名" of "三是开展“先进党员”、“优秀公务员”评选活动，评出37名": another
    campaign's count; the campaign asked, named in its own sentence, is still answered."""
    _counts_only_its_own("青禾机关工会“爱岗、敬业、全勤”劳动竞赛评出了多少名先进个人？",
                         "一是在全体职工中开展了“爱岗、敬业、全勤”劳动竞赛，并列入考核内容。"
                         "三是会同有关部门开展“先进党员”、“优秀公务员”评选活动，评出37名，先进党支部10个。", "37名",
                         "在全体职工中开展了“爱岗、敬业、全勤”劳动竞赛，评出先进个人12名。三是开展“先进党员”评选活动，评出37名。", "12名")


def test_a_count_or_a_kind_after_the_last_item_is_no_part_of_it() -> None:
    """"…、综合管理、驾驶7大类": the count of the items closes the list; so does the kind after a last quote
    ("“A”和“B”称号") and the close of a frame ("以A、B、C为重点"). "哪几大类" asks for 大类."""
    assert ("服务", "收费稽查", "道路桥梁", "驾驶") in _items("本届评选对项目类别进行细分，涵盖服务、收费稽查、道路桥梁、驾驶4大类。")
    assert ("“青禾市安康杯竞赛先进单位”", "“全国安康杯竞赛优胜企业”") in _items(
        "今年我局先后被授予了“青禾市安康杯竞赛先进单位”和“全国安康杯竞赛优胜企业”称号。")
    assert ("协商主体", "协商程序", "协商内容", "综合评价") in _items("此次评估主要以协商主体、协商程序、协商内容、综合评价为重点，通过座谈交流进行。")
    assert asked_category("评选把项目分成了哪几大类？") == "大类"
    assert asked_category("分为哪五大项？") == "大项"


def test_quotes_holding_their_own_commas_are_items_whole() -> None:
    """"“百日安全无事故”、“生产目标任务、基建工程、变电运行”和“增收节支、优质服务”三项劳动竞赛": the 、 inside
    a quote does not cut it."""
    found = _items("并分别组织开展了“百日安全无事故”、“生产目标任务、基建工程、变电运行”和“增收节支、优质服务”三项劳动竞赛。")
    assert ("“百日安全无事故”", "“生产目标任务、基建工程、变电运行”", "“增收节支、优质服务”") in found, found


def test_a_first_item_opens_after_going_into_and_not_inside_a_company_name() -> None:
    """"深入德阳青禾六和食品有限公司、…": 深入 is a word of going, and the 有 of 有限公司 no grammar word."""
    found = _items("近日，青禾县总工会深入德阳青禾六和食品有限公司、四川星光钢结构有限公司、青禾坤达电子有限责任公司等园区企业开展评估。")
    assert ("德阳青禾六和食品有限公司", "四川星光钢结构有限公司", "青禾坤达电子有限责任公司") in found, found


def test_a_list_its_own_count_and_kind_close_answers_which_of_that_kind() -> None:
    """"设置了“A”与“B”两项操作" for "考了哪两项操作", below five sentences that repeat the contest's name (the
    sentence saying the kind asked is read at any rank); "涵盖A、B…7大类" for "分成了哪几大类"."""
    question = "青禾区“天工杯”护理行业劳动和技能竞赛考了哪两项操作？"
    profile = profile_question(question, _idf)
    said = [f"青禾区“天工杯”护理行业劳动和技能竞赛第{n}场在我院举行。" for n in range(1, 6)]
    listed = "竞赛聚焦临床核心能力，设置了“静脉留置针技术”与“成人心肺复苏技术”两项操作。"
    ranked = [Candidate(text, make_hit(text), 0.95, 0.95, True) for text in said]
    ranked.append(Candidate(listed, make_hit(listed), 0.58, 0.58, True))
    best = best_list(ranked, profile, {})
    assert best is not None and best[1].items == ("“静脉留置针技术”", "“成人心肺复苏技术”"), best
    # (a sentence below them that only says the category is not read: "哪两位老师" and "…施老师…退休教师和局退管会")
    teachers = profile_question("最后代表学校去市里决赛的是哪两位老师？", _idf)
    aside = "如施老师退休，工会组织召开茶话会，邀请退休教师和局退管会参加。"
    ranked = [Candidate(text, make_hit(text), 0.95, 0.95, True) for text in said]
    ranked.append(Candidate(aside, make_hit(aside), 0.33, 0.33, True))
    assert best_list(ranked, teachers, {}) is None
    kinds = ("集团公司工会于今年7月启动职工“五小”创新成果评选活动。本届评选对项目类别进行细分，涵盖服务、收费稽查、道路桥梁、"
             "机电信息、房建、综合管理、驾驶7大类。“五小”创新是指职工的“小发明、小创造、小革新、小设计、小建议”。")
    answer = _answer("青禾集团2022年“五小”评选把项目分成了哪几大类？", kinds, unit="青禾集团公司工会", year=2022)
    assert "收费稽查" in answer.text and "驾驶" in answer.text and "小发明" not in answer.text, answer.text


def test_an_unsigned_report_writing_another_direction_is_that_areas() -> None:
    """"那东区总工会呢" of a report signed by no one that writes "在西区各企业工会…" and never 东区: the west district's."""
    text = ("区总工会专门召开了企业工会主席会。在西区各企业工会负责人的大力配合下，按时完成了工资集体协商任务。"
            "由于西区大部分企业属于中小型企业，协商难度较大。")
    assert not _kept_in_scope(Scope(unit="东区总工会"), text)
    assert _kept_in_scope(Scope(unit="西区总工会"), text)
    assert _kept_in_scope(Scope(unit="东区总工会"), "区总工会专门召开了企业工会主席会，在东区各企业开展协商。")
    # (not a word holding the other direction, nor one visit to it: "工业集中区", "华南区域", "赴西区学习交流")
    for aside in ("区总工会在工业集中区开展走访，在城市集中区域慰问职工120人。", "区总工会向华南区域的兄弟单位学习，又到华南区域考察。",
                  "区总工会组织劳模赴西区学习交流，慰问职工120人。"):
        assert _kept_in_scope(Scope(unit="东区总工会"), aside), aside


def test_an_ordinal_before_people_is_no_count_of_them() -> None:
    """"宜春市第二人民医院协办" and "获得第一名" count nobody: a sentence saying only them answers no count."""
    assert figures("由宜春市第二人民医院协办，青禾队获得第一名。") == []
    assert [f.text for f in figures("共3名选手参赛，5人民主推荐。")] == ["3名", "5人"]
    profile = profile_question("青禾区护理技能竞赛最后一共评出了多少个奖项？", _idf)
    assert not _has_answer_type("2025年5月28日，由区总工会主办、宜春市第二人民医院协办的护理技能竞赛落下帷幕。", profile)
    assert _has_answer_type("最终共评出各类奖项16个。", profile)


def test_a_sentence_holding_its_own_list_of_the_category_is_answered_by_it() -> None:
    """"通过A、B、C等多种形式，构建…长效帮扶机制" for "还通过哪些形式构建长效帮扶机制": its own list, not the one of a
    sentence after it that also says 形式 ("…动员党政干部、企事业单位通过现金或实物等多种形式参与助学")."""
    text = ("在发放助学金的基础上，各级工会还积极推动“助学+就业”联动模式。同时，通过劳模结对、心理关怀、励志座谈等多种形式，"
            "构建物质帮助与精神支持并重的长效帮扶机制。据了解，今年各县区涌现出一批创新做法。"
            "柳岸县总工会动员全县党政干部、企事业单位通过现金或实物等多种形式参与助学。")
    answer = _answer("青禾工会还通过哪些形式构建长效帮扶机制？", text, unit="青禾市总工会")
    assert "心理关怀" in answer.text and "党政干部" not in answer.text, answer.text


def test_review_mends_of_the_round() -> None:
    """Two reviews of the round's rules: each shape below was broken by a first version and holds now."""
    unit = {"unit": "青禾区总工会"}
    # those honoured for what they did in something, or of an age, are counted; a pool is only "在/从…N名X中"
    for question, text, figure in (("青禾区总工会表彰了多少名先进个人？", "大会上，青禾区总工会表彰了15名在疫情防控中表现突出的先进个人。", "15名"),
                                   ("青禾区总工会评出了多少名岗位能手？", "年底，青禾区总工会评出了15名中青年岗位能手。", "15名"),
                                   ("青禾区总工会春节前慰问了多少名民警？", "春节前，青禾区总工会走访辖区派出所，慰问了十二名民警。", "十二名")):
        answer = _answer(question, text, **unit)
        assert answer.grounded and figure in answer.text, (question, answer.text)
    # a campaign the work was set in, or joined, is no other campaign; one written with 、 is the one asked
    for text, figure in (("今年开展“比学赶超”劳动竞赛。竞赛以“安全生产月”活动为契机，层层推进，年底评出优胜班组15个。", "15个"),
                         ("今年联合“青苗计划”行动开展“比学赶超”劳动竞赛，年底评出优胜班组15个。", "15个"),
                         ("今年开展“比学、赶超”竞赛，年底评出优胜班组15个。", "15个")):
        answer = _answer("青禾公司“比学赶超”劳动竞赛评出了多少个优胜班组？", text, unit="青禾公司工会")
        assert answer.grounded and figure in answer.text, (text, answer.text)
    # numbered names keep their number; a frame closes at its last 为 (or 作为) before a frame's word
    assert ("机关第一支部", "机关第二支部", "机关第三支部") in _items("今年先后走访了机关第一支部、机关第二支部、机关第三支部，听取意见。")
    assert any(items[-1] == "三等奖3名" for items in _items("共评出一等奖1名、二等奖2名、三等奖3名。"))
    assert ("违章指挥", "违规作业", "不安全行为") in _items("检查以违章指挥、违规作业、不安全行为为重点，覆盖全部班组。")
    assert ("岗位练兵", "技术比武", "技能培训") in _items("工会以岗位练兵、技术比武、技能培训作为抓手，提升职工素质。")
    assert ("技术革新", "安全管理", "节能降耗") in _items("评选项目分为技术革新、安全管理、节能降耗3大类。")
    # 深入 before a verb is no going into: the verb phrase is the item
    assert not any(items[0] == "推进厂务公开" for items in _items("青禾公司工会深入推进厂务公开、民主评议、职代会建设。"))
    assert asked_category("产品分为哪几大项目？") != "大项"
    # a lead that announces what its numbered lines list keeps them, though a pair in it is followed by the kind
    lines = "今年，青禾公司工会围绕安全和质量开展了系列活动。\n一是举办职工读书会。\n二是组织登山比赛。\n三是开展趣味运动会。"
    answer = _answer("青禾公司工会开展了哪些活动？", lines, unit="青禾公司工会")
    assert "举办职工读书会、组织登山比赛、开展趣味运动会" in answer.text, answer.text
