"""Lists read whole from summary prose: each shape, repeats, and the count a question asks for."""

from __future__ import annotations

import pytest
from fakes import make_hit

from assistant.enumeration import asked_count, dedupe, find_enumerations, ordinal_value
from assistant.extractive import candidates
from assistant.list_answers import best_list
from assistant.question_profile import profile_question


def items(text: str) -> list[tuple[str, ...]]:
    return [e.items for e in find_enumerations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("机关工会春季举办了踢毽子比赛、跳绳比赛和象棋比赛等活动。", ("踢毽子比赛", "跳绳比赛", "象棋比赛")),
        ("今年重点做了三件事：一是建好职工之家；二是办好技能擂台；三是走访病困会员。",
         ("建好职工之家", "办好技能擂台", "走访病困会员")),
        ("全年共设立“暖心茶室”、“读书角”、“哺乳间”。", ("“暖心茶室”", "“读书角”", "“哺乳间”")),
        ("服务项目包括：\n1、法律咨询\n2、心理疏导。\n3、技能培训", ("法律咨询", "心理疏导", "技能培训")),
        ("（1）元宵灯谜（2）端午包粽（3）中秋赏月。", ("元宵灯谜", "端午包粽", "中秋赏月")),
        ("抓好①安全月②质量月③节能周", ("安全月", "质量月", "节能周")),
        ("做法有三条。第一，摸清底数；第二，建立台账。", ("摸清底数", "建立台账")),
        # quoted items stay one list across a comma
        ("各企业分别实行了“恳谈会”，“厂务公开”、“民主议事”等管理形式。", ("“恳谈会”", "“厂务公开”", "“民主议事”")),
        # the first item starts after a grammar word between words, not inside one (有/奖问答)
        ("服务街上有法律知识有奖竞猜、修雨伞、磨剪刀、理发等服务。", ("法律知识有奖竞猜", "修雨伞", "磨剪刀", "理发")),
        # quoted items spread over a sentence, each with words of its own between them
        ("矿工会获得多项荣誉，包括省总颁发的“财务先进集体”称号，行业工会评定的“模范之家”，以及市总授予的“安全先进单位”和“退休之家”等殊荣。",
         ("“财务先进集体”", "“模范之家”", "“安全先进单位”", "“退休之家”")),
        # 和 opening a word (和谐) is no 和 joining the last item
        ("召开了民主管理、班组建设、和谐单位三项创建交流会。", ("民主管理", "班组建设", "和谐单位")),
        # the tagger's cut decides: 及 after 线 joins ("S12线及柳岸高速"), though jieba.lcut makes "线及" a word
        ("境内干线有G9线、G77线、S12线及柳岸高速。", ("G9线", "G77线", "S12线", "柳岸高速")),
        # an opening quote after the last item belongs to what follows
        ("召开了民主管理、班组建设、和谐单位“三个示范点”交流会。", ("民主管理", "班组建设", "和谐单位")),
        # one quote around the whole run: the items are inside it
        ("全面建家，加大“书香之家、健康之家、平安之家”建设力度。", ("书香之家", "健康之家", "平安之家")),
    ],
)
def test_each_list_shape_is_read_whole(text: str, expected: tuple[str, ...]) -> None:
    assert expected in items(text)


def test_a_long_ordinal_item_answers_with_its_opening_clause() -> None:
    text = "一是强化阵地建设，新建职工书屋两处并配备图书三千册，全年接待读者逾千人次；二是完善帮扶机制。"
    assert ("强化阵地建设", "完善帮扶机制") in items(text)


def test_a_list_runs_on_past_a_break_until_its_numbering_stops() -> None:
    text = "主要有：一是夜校扩班；二是送课进厂。\n三是劳模宣讲。另外，一是食堂改造。"
    assert ("夜校扩班", "送课进厂", "劳模宣讲") in items(text)


def test_numbered_lines_are_not_read_as_comma_runs() -> None:
    assert not [found for found in items("1、法律咨询\n2、心理疏导") if "1" in found]


def test_an_interrupted_numbering_is_not_a_list() -> None:
    assert items("一是开会。三是总结。") == []


def test_lead_says_what_the_list_is_of() -> None:
    (found,) = find_enumerations("服务项目包括：\n1、法律咨询\n2、心理疏导")
    assert found.lead == "服务项目包括：" and found.text == "法律咨询、心理疏导"


def test_items_holding_commas_are_joined_with_semicolons() -> None:
    (found,) = [e for e in find_enumerations("（1）开展普法、维权讲座（2）设立法律援助站") if e.items[-1] == "设立法律援助站"]
    assert found.text == "开展普法、维权讲座；设立法律援助站"


def test_repeats_are_dropped_in_first_seen_order() -> None:
    assert dedupe(["“读书角”", "读书角", "哺乳间", " ", "哺乳间"]) == ["“读书角”", "哺乳间"]
    assert ("拔河", "跳绳") in items("组织了拔河、跳绳、拔河等项目")


@pytest.mark.parametrize(("mark", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("7", 7), ("③", 3), ("甲", 0)])
def test_ordinal_values(mark: str, value: int) -> None:
    assert ordinal_value(mark) == value


@pytest.mark.parametrize(
    ("question", "count"),
    [("工会开展了哪五个方面的工作？", 5), ("评出了哪3项成果？", 3), ("有哪两家单位？", 2), ("开展了哪些活动？", None),
     # the slogan's own word after the number ("“四小建设”是哪四小"); one thing asked is no list
     ("“四小建设”原来是哪四小？", 4), ("是哪一天开的？", None), ("在哪年评上的？", None)],
)
def test_asked_count(question: str, count: int | None) -> None:
    assert asked_count(question) == count


def test_short_items_after_a_colon_may_be_separated_by_commas() -> None:
    assert ("夜班补贴办法", "值守轮换细则", "安全奖惩规定") in items("已出台的制度有：夜班补贴办法，值守轮换细则，安全奖惩规定。")
    assert items("会议指出：要团结，要奋进。") == []


def test_a_lead_stops_at_the_list_before_it() -> None:
    first, second = find_enumerations("工会看望了退休教师甲、乙、丙三人，送去米、油。")
    assert first.items == ("退休教师甲", "乙", "丙") and first.lead == "工会看望了"
    assert second.lead == "" and second.items == ("送去米", "油")


def test_the_first_item_is_cut_to_run_parallel_with_the_others() -> None:
    assert ("抓组织建设", "抓队伍培训", "抓制度落实") in items("工会从抓组织建设、抓队伍培训和抓制度落实三个方面入手")


def test_two_things_joined_by_he_are_a_pair_that_answers_which_two() -> None:
    pairs = items("二、请农技站专家对柳湾村蜜桃和石岭村脆枣的种植进行了培训。")
    assert any(pair[-1] == "石岭村脆枣" and pair[0].endswith("柳湾村蜜桃") for pair in pairs)


def test_a_pair_answers_only_when_two_things_are_asked_for() -> None:
    """A list of two passes `_list_score` only for "哪两个"; "哪些" still wants three or more."""
    hit = make_hit("请农技站专家对柳湾村蜜桃和石岭村脆枣的种植进行了培训。", unit="乡工会", doc_id="a")
    two = profile_question("乡工会请专家培训的是哪两个村的什么果树？", lambda w: 1.0)
    assert best_list(candidates([hit], two), two, {}) is not None
    some = profile_question("乡工会请专家培训了哪些果树？", lambda w: 1.0)
    assert best_list(candidates([hit], some), some, {}) is None


def test_a_pair_does_not_end_the_lead_of_the_list_after_it() -> None:
    """"女工委和团委共同出资，举办了…": the 、-run's lead still says who held the contests."""
    run = next(e for e in find_enumerations("女工委和团委共同出资，举办了拔河、跳绳、象棋比赛。") if len(e.items) == 3)
    assert run.lead.startswith("女工委和团委")


def test_a_count_opening_the_last_item_is_part_of_it() -> None:
    """"…、10名先进女职工、1名市级巾帼标兵": the last item opens with its count as its siblings do;
    a count after an item ("登山、徒步三项户外运动") is still the run's tail."""
    text = "表彰了10户“五好家庭”、10名“好婆婆”、10名先进女职工、1名市级“巾帼标兵”。"
    assert find_enumerations(text)[0].items[-1] == "1名市级“巾帼标兵”"
    assert find_enumerations("举办了登山、徒步三项户外运动。")[0].items == ("登山", "徒步")


def test_the_first_item_opens_after_le_not_at_it() -> None:
    assert find_enumerations("开展了拔河、爬楼和棋类比赛等活动。")[0].items == ("拔河", "爬楼", "棋类比赛")


def test_clauses_after_a_colon_closed_by_semicolons_are_a_list() -> None:
    """"重点工作围绕以下几方面：围绕A，宣传B；继续开展C；提升D。": each clause, by its opening words."""
    text = ("2024年，柳岸公司工会重点抓好以下几项工作：办好第三届职工技能比武，评选一批技术能手，推动岗位练兵；"
            "继续开展“柳岸读书月”活动；深化帮扶救助，与困难职工结对；建好职工志愿服务队。")
    lists = [e.items for e in find_enumerations(text)]
    assert ("办好第三届职工技能比武", "继续开展“柳岸读书月”活动", "深化帮扶救助，与困难职工结对", "建好职工志愿服务队") in lists


def test_quoted_items_side_by_side_with_nothing_between_are_a_list() -> None:
    """"以“甲赛”“乙赛”“丙会”三大品牌为抓手" lists three brands though nothing joins them."""
    text = "今年工会将以“岗位讲堂”“技能擂台”“创新工作室”三项品牌活动为重点。"
    assert ("“岗位讲堂”", "“技能擂台”", "“创新工作室”") in [e.items for e in find_enumerations(text)]


def test_items_run_parallel_at_both_ends_of_a_run() -> None:
    """"区总工会组织部、财务部、资料室、保障部的同志依次汇报": 组织部 is not cut to 部 at the verb-like
    组织 inside it, and the last item ends at its 的, as long as the others are."""
    text = "会上，区总工会组织部、财务部、资料室、保障部的同志依次汇报了上半年的工作。"
    assert ("区总工会组织部", "财务部", "资料室", "保障部") in [e.items for e in find_enumerations(text)]


def test_things_named_by_one_character_are_a_list_ranks_are_not() -> None:
    """"送去了月饼、米和油" lists what was brought; "获得一、二、三等奖" names ranks."""
    profile = profile_question("柳湾社区工会中秋走访时送去了哪些东西？", lambda w: 1.0)
    text = "柳湾社区工会开展中秋走访活动，看望了辖区内12位独居老人，为他们送去了月饼、米和油。"
    found = best_list(candidates([make_hit(text, doc_id="a")], profile, {"a": text}), profile, {"a": text})
    assert found is not None and found[1].items == ("月饼", "米", "油")


def test_bulleted_items_are_one_list() -> None:
    text = "十件实事完成情况：\n●为职工健康体检；●建成职工书屋；\n\n●开展团购活动；\n正文到此。"
    assert [e.items for e in find_enumerations(text) if len(e.items) == 3] == [("为职工健康体检", "建成职工书屋", "开展团购活动")]


def test_the_last_item_ends_as_its_siblings_do() -> None:
    items = [e.items for e in find_enumerations("经过角逐，青禾1队、柳岸队、柳湾2队荣获二等奖。")]
    assert ("青禾1队", "柳岸队", "柳湾2队") in items


def test_the_category_may_stand_before_what_asks_for_the_items() -> None:
    from assistant.enumeration import asked_category

    # (with the quality said of it: 良好协会 and 优秀协会 are sibling lists, told apart by it)
    assert asked_category("柳岸所2021年度被评为良好协会的有哪些？") == "良好协会"
    assert asked_category("柳岸所2021年度评出的优秀协会是哪两个？") == "优秀协会"
    assert asked_category("运动会拿二等奖的是哪几个队？") == "队"


def _listed(text: str, question: str) -> tuple[str, ...]:
    """The items of the list the answerer picks for the question from one chunk."""
    profile = profile_question(question, lambda w: 1.0)
    _, listed, _ = best_list(candidates([make_hit(text, unit="青禾局工会")], profile), profile, {})
    return listed.items


def test_a_one_character_category_picks_the_list_whose_items_end_with_it() -> None:
    text = ("本次运动会设置了“趣味拔河”、“矿泉水瓶接力”、“飞盘九宫格”三个项目。"
            "经过角逐，青禾1队、规划院荣获一等奖，柳岸1队、信息中心队、登记中心2队荣获二等奖。")
    assert _listed(text, "青禾局趣味运动会拿二等奖的是哪几个队？") == ("柳岸1队", "信息中心队", "登记中心2队")


def test_the_clause_that_opens_a_list_says_what_it_lists() -> None:
    text = ("比赛项目分为田径类和趣味类，田径类分男子组和女子组，男子组包括100米、400米、跳远和铅球。"
            "趣味类包括三人四足、集体跳绳、企鹅漫步和击鼓颠球。")
    assert _listed(text, "青禾局工会运动会的趣味类项目有哪些？")[0] == "三人四足"


def test_lines_opened_by_short_labels_are_a_list_of_the_labels() -> None:
    """"一份慰问信：…\\n（its account）\\n一场健步走：…": the labels are the items, as headings are."""
    text = ("春节前，青禾局工会开展三项送温暖活动。\n一份慰问信：把祝福送到每位职工手上。\n慰问信由工会起草，在内网发出。\n"
            "一场健步走：全员参与，强身健体。\n健步走在柳岸公园举行，共120人参加。\n一堂书法课：写春联，送福字。\n请了老书法家现场授课。")
    assert ("一份慰问信", "一场健步走", "一堂书法课") in items(text)
    assert not any(len(found) == 2 and "一份慰问信" in found for found in items("一份慰问信：写给职工。\n" + "其他内容。\n" * 4 + "一场健步走：全员参与。"))


def test_parts_a_semicolon_sets_apart_inside_quotes_are_a_list() -> None:
    """"从“A，B；C，D。”等两方面出发": the quote's parts are the items, and what follows its close
    ("等两方面") says what they are."""
    text = "工会明确了今年的方向。从“强基固本，凝心聚力；服务职工，提质增效。”等两方面出发，统筹开展工作。"
    assert ("强基固本，凝心聚力", "服务职工，提质增效") in items(text)
    ranked = candidates([make_hit(text, doc_id="a", unit="青禾集团工会")], profile_question("青禾集团工会从哪两个方面统筹开展工作？", lambda w: 1.0))
    found = best_list(ranked, profile_question("青禾集团工会从哪两个方面统筹开展工作？", lambda w: 1.0), {"a": text})
    assert found is not None and found[1].items == ("强基固本，凝心聚力", "服务职工，提质增效")


def test_the_yu_of_canyu_joins_no_pair() -> None:
    """"积极参与学校举行的活动": 与 inside 参与 sets nothing side by side; "蜜桃和脆枣" does."""
    assert items("调动教职工积极参与学校举行的各类文体活动") == []
    assert ("柳湾村蜜桃", "石岭村脆枣") in items("请专家对柳湾村蜜桃和石岭村脆枣的种植进行了培训")


def test_two_titles_side_by_side_answer_which_ones() -> None:
    """"审议并通过《A》《B》": two titles are the whole list "哪几个报告" asks for."""
    text = "会议由主席主持。会议审议并通过《2023年度经费预算执行情况的审查报告》《2024年经费预算编制情况的报告》。"
    profile = profile_question("青禾局工会这次全委会审议通过了哪几个报告？", lambda w: 1.0)
    found = best_list(candidates([make_hit(text, doc_id="a", unit="青禾局工会")], profile), profile, {"a": text})
    assert found is not None and len(found[1].items) == 2 and "审查报告" in found[1].items[0]


def test_a_last_item_that_goes_on_as_a_name_is_kept_whole() -> None:
    """"…柳岸超市工会及青禾餐饮联合工会小组三个工会组织": 小组 is part of the last name, though its
    siblings end in 工会; "…2队荣获二等奖" still ends where they do."""
    assert ("白鹭社区机关工会", "柳岸超市工会", "青禾餐饮联合工会小组") in items(
        "正式成立了白鹭社区机关工会、柳岸超市工会及青禾餐饮联合工会小组三个工会组织。")
    assert ("市场中心队", "登记中心1队", "不动产登记中心2队") in items("市场中心队、登记中心1队、不动产登记中心2队荣获二等奖。")


def test_a_list_announced_by_the_count_asked_wins_over_a_run_that_echoes_the_question() -> None:
    """"提出三点要求：一是…二是…三是…" answers "提了哪三点要求", though the run before it
    ("院党委委员、分管领导白鹭副院长…的问候和祝愿") says more of the question's words."""
    text = ("最后，院党委委员、分管领导白鹭副院长对参加表彰会的工会干部致以问候和美好的祝愿，同时对今年工会工作提出三点要求："
            "一是要加强学习，提高素质；二是要明确定位，履行职能；三是要围绕中心工作，服务大局。")
    profile = profile_question("表彰会上，白鹭副院长对工会工作提了哪三点要求？", lambda w: 1.0)
    found = best_list(candidates([make_hit(text, doc_id="a", unit="青禾医院工会")], profile), profile, {"a": text})
    assert found is not None and "加强学习" in found[1].items[0] and len(found[1].items) == 3
