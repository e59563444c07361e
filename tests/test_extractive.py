"""The offline answer composed from hand-made hits: whose fact each line is, lists whole (also
when they run on into the next chunk), one line per article, and which article is largest."""

from __future__ import annotations

import re

from fakes import make_hit

from assistant.aggregate import DocAnswer, extreme, figures, per_document, versions_agree
from assistant.answer_types import Candidate, Citation, QueryProfile
from assistant.citing import attributed
from assistant.compose import compose_answer
from assistant.extractive import candidates, opening
from assistant.list_answers import best_list
from assistant.persons import person_named
from assistant.qa import GROUNDING_FLOOR
from assistant.question_profile import profile_question


def flat(word: str) -> float:
    return 1.0


def answer(question: str, hits, articles=None) -> tuple[str, list[Citation]]:
    profile = profile_question(question, flat)
    lines, citations = compose_answer(candidates(hits, profile, articles), profile, articles)
    return "".join(lines), citations


def profile(**kw) -> QueryProfile:
    base = {"weights": {"慰问": 1.0}, "anchors": (), "wants_number": True, "wants_list": False, "wants_person": False}
    return QueryProfile(**{**base, **kw})


def candidate(text: str, unit: str, score: float = 1.0, **meta) -> Candidate:
    return Candidate(text, make_hit(text, unit=unit, **meta), score, 1.0, True)


# ------------------------------------------------------------ whose fact it is


def test_every_line_opens_with_whose_fact_it_is_and_ends_with_its_citation() -> None:
    hits = [make_hit("春节前，白杨镇工会走访慰问困难职工58户。", unit="白杨镇工会", score=0.9),
            make_hit("红星农场工会春节走访慰问困难职工41户，发放慰问品一批。", unit="红星农场工会", score=0.8)]
    text, citations = answer("春节走访慰问了多少户困难职工？", hits)
    lines = text.split("\n")
    assert lines[0].startswith("白杨镇工会：") and "58户" in lines[0] and lines[0].endswith("[1]")
    assert all(re.search(r"\[\d\]$", line) for line in lines)
    assert [c.n for c in citations] == list(range(1, len(citations) + 1))


def test_the_label_falls_back_to_the_title_and_is_not_repeated() -> None:
    (line,), _ = compose_answer([candidate("县机关事务局工会换届选出委员5名。", "")], profile(weights={"委员": 1.0}))
    assert line.startswith("《" + make_hit("x").title + "》：") or line.startswith("资料：")
    assert attributed("白杨镇工会", "白杨镇工会慰问58户") == "白杨镇工会慰问58户"


def test_opening_drops_leading_clauses_that_do_not_answer() -> None:
    asked = profile(weights={"困难职工": 1.0}, measures=("户",))
    assert opening("为营造节日气氛，按照上级安排，春节前慰问困难职工58户", asked) == "春节前慰问困难职工58户"
    assert opening("为营造节日气氛，举办灯谜会", profile(wants_number=False)) == "为营造节日气氛，举办灯谜会"


def test_citation_span_points_into_the_article() -> None:
    hit = make_hit("白杨镇工会走访慰问困难职工58户。", unit="白杨镇工会", start=100)
    _, (citation,) = compose_answer([Candidate(hit.text, hit, 1.0, 1.0, True)], profile())
    assert citation.span == (100, 100 + len(citation.quote)) and citation.as_dict()["span"] == list(citation.span)


# ------------------------------------------------------------ lists whole


def test_a_list_question_is_answered_with_the_items() -> None:
    hits = [make_hit("春季，白杨镇工会举办了踢毽子比赛、跳绳比赛和象棋比赛等活动，参与职工众多。", unit="白杨镇工会")]
    text, _ = answer("白杨镇工会春季举办了哪些比赛？", hits)
    assert text == "白杨镇工会：踢毽子比赛、跳绳比赛、象棋比赛。[1]"


def test_what_all_asks_for_a_list() -> None:
    """"都装了什么", "做了些什么" ask for several things, as 哪些 does."""
    assert profile_question("慰问包里都装了什么？", flat).wants_list
    assert profile_question("工会春节前做了些什么？", flat).wants_list
    assert not profile_question("慰问包里装的是什么？", flat).wants_list
    hits = [make_hit("工会人员带上慰问包，内有护膝、围巾和热水袋，走访环卫站点。", unit="青松街道总工会")]
    text, _ = answer("青松街道给环卫工的慰问包里都装了什么？", hits)
    assert all(item in text for item in ("护膝", "围巾", "热水袋"))


def test_a_list_cut_by_the_chunk_end_is_followed_into_the_article() -> None:
    article = "前言。今年工会重点抓了三件事：一是建好职工之家；二是办好技能擂台；\n三是走访病困会员。结语。"
    first = article.index("今年")
    chunk = article[first : article.index("\n")]
    hit = make_hit(chunk, unit="红星农场工会", doc_id="d1", start=first)
    text, (citation,) = answer("红星农场工会重点抓了哪三件事？", [hit], {"d1": article})
    assert "建好职工之家、办好技能擂台、走访病困会员" in text
    start, end = citation.span
    assert article[start:end].startswith("一是") and "走访病困会员" in article[start:end]


def test_the_list_with_the_asked_number_of_items_wins() -> None:
    text = "工会开展了读书、观影活动，组织了登山、骑行、徒步三项户外运动。"
    hit = make_hit(text, unit="白杨镇工会")
    asked = profile_question("工会组织了哪三项运动？", flat)
    _, found, _ = best_list(candidates([hit], asked), asked, {})
    assert found.items == ("登山", "骑行", "徒步")


def test_a_list_holding_the_quoted_heading_is_not_what_was_done_under_it() -> None:
    article = ("白杨镇工会的重点工作是：“关爱困难职工”、“活跃职工生活”、“加强自身建设”。\n"
               "一、关爱困难职工。全年开展了节日走访、助学帮扶、大病救助等工作。")
    outline = make_hit(article.split("\n")[0], unit="白杨镇工会", doc_id="d1", start=0)
    work = make_hit(article.split("\n")[1], unit="白杨镇工会", doc_id="d1", start=article.index("一、"))
    text, _ = answer("白杨镇工会在“关爱困难职工”方面做了哪些工作？", [outline, work], {"d1": article})
    assert "节日走访、助学帮扶、大病救助" in text and "活跃职工生活" not in text


def test_without_a_list_a_list_question_gets_its_sentences() -> None:
    text, _ = answer("白杨镇工会有哪些做法？", [make_hit("白杨镇工会坚持每月走访一线班组。", unit="白杨镇工会")])
    assert text == "白杨镇工会坚持每月走访一线班组。[1]"


# ------------------------------------------------------------ several articles


def test_several_units_get_one_line_each_and_the_largest_is_named() -> None:
    hits = [make_hit("白杨镇工会全年慰问困难职工58户。", unit="白杨镇工会", doc_id="a"),
            make_hit("红星农场工会全年慰问困难职工141户。", unit="红星农场工会", doc_id="b"),
            make_hit("东湖街道工会全年慰问困难职工96户。", unit="东湖街道工会", doc_id="c")]
    text, citations = answer("各单位分别慰问了多少户困难职工，哪个最多？", hits)
    lines = text.split("\n")
    assert len(lines) == 4 and {line.split("全年")[0] for line in lines[:3]} == {"白杨镇工会", "红星农场工会", "东湖街道工会"}
    assert re.fullmatch(r"其中红星农场工会最多：141户\[\d\]", lines[3]), lines[3]
    assert len(citations) == 3


def test_two_versions_are_said_to_agree_or_not() -> None:
    hits = [make_hit("白杨镇工会全年慰问困难职工58户。", unit="白杨镇工会", doc_id="a", year=2022),
            make_hit("白杨镇工会全年慰问困难职工58户，发放慰问金。", unit="白杨镇工会", doc_id="b", year=2023)]
    text, _ = answer("两份总结里慰问困难职工的户数对比一致吗，各是多少？", hits)
    assert text.split("\n")[-1].startswith("两份资料的数字一致：白杨镇工会58户[1]")


def test_per_document_keeps_each_articles_best_answering_sentence_and_drops_weak_ones() -> None:
    ranked = [candidate("白杨镇工会慰问58户", "白杨镇工会", 0.9, doc_id="a"),
              candidate("白杨镇工会另慰问退休职工12户", "白杨镇工会", 0.8, doc_id="a"),
              candidate("红星农场工会慰问41户", "红星农场工会", 0.7, doc_id="b"),
              candidate("东湖街道工会提到慰问", "东湖街道工会", 0.2, doc_id="c")]
    docs = per_document(ranked, profile(measures=("户",)))
    assert [(d.label, d.figure.text if d.figure else None) for d in docs] == [("白杨镇工会", "58户"), ("红星农场工会", "41户")]


def test_only_figures_with_the_same_measure_are_compared() -> None:
    def doc(text: str) -> DocAnswer:
        return DocAnswer(text, text, candidate(text, text), figures(text)[0])

    docs = [doc("甲慰问58户"), doc("乙发放12.4万元"), doc("丙慰问96户"), doc("丁发放3000元")]
    assert extreme(docs, "most").label == "丙慰问96户"  # the best article's 户; 元 is never set against 户
    assert extreme(docs, "least").label == "甲慰问58户"
    assert versions_agree(docs[:2]) is None and versions_agree([docs[1], docs[3]]) is False


def test_figures_read_multipliers_and_chinese_numerals() -> None:
    assert [(f.value, f.measure) for f in figures("发放12.4万元，慰问三十名职工，共5人次，4位同志献血，占百分之九十")] == [
        (124000.0, "元"), (30.0, "人"), (5.0, "人次"), (4.0, "人"), (0.0, "%")]
    # sums written with the financial numerals keep their own text; films and pictures are counted too
    assert [(f.text, f.value) for f in figures("争取到壹仟元助学金，拍摄微电影6部，发放油(649桶)")] == [
        ("壹仟元", 1000.0), ("6部", 6.0), ("649桶", 649.0)]


def test_articles_sharing_a_unit_name_are_told_apart_by_title() -> None:
    hits = [make_hit("局工会全年慰问困难职工58户。", unit="局工会", doc_id="a", title="林业局工会总结"),
            make_hit("局工会全年慰问困难职工41户。", unit="局工会", doc_id="b", title="交通局工会总结")]
    text, _ = answer("各单位分别慰问了多少户困难职工？", hits)
    assert [line.split("：")[0] for line in text.split("\n")] == ["局工会《林业局工会总结》", "局工会《交通局工会总结》"]


def test_a_question_for_several_figures_gets_sentences_not_items() -> None:
    hit = make_hit("白杨镇工会为住院职工、退休职工分别送去慰问金800元、300元。", unit="白杨镇工会")
    text, _ = answer("白杨镇工会给住院职工、退休职工分别送多少慰问金？", [hit])
    assert text == "白杨镇工会为住院职工、退休职工分别送去慰问金800元、300元。[1]"


def test_a_pair_inside_a_phrase_is_not_taken_for_the_list_asked_about() -> None:
    hit = make_hit("白杨镇工会印发了《值班手册》、《安全须知》，但专职干部不足的问题依然存在。", unit="白杨镇工会")
    text, _ = answer("白杨镇工会存在哪些问题？", [hit])
    assert "专职干部不足" in text


def test_which_few_asks_for_items_and_how_many_for_a_figure() -> None:
    assert not profile_question("年初办了哪几项比赛？", flat).wants_number
    assert profile_question("年初办了几项比赛？", flat).wants_number


def test_a_word_said_differently_still_counts_in_part() -> None:
    """"特困职工" shares 职工 with the question's 困难职工: the sentence that says it wins over one
    that only shares the verb."""
    said_differently = make_hit("走访慰问特困职工62户。", unit="县总工会", doc_id="a")
    verb_only = make_hit("走访慰问劳模11户。", unit="县总工会", doc_id="b")
    profile = profile_question("走访慰问了多少户困难职工", flat)
    ranked = candidates([verb_only, said_differently], profile)
    assert ranked[0].text.startswith("走访慰问特困职工")


def test_a_question_for_a_place_or_prize_wants_one_in_the_sentence() -> None:
    """"什么名次" is answered by 亚军 / 第二名 / 三等奖, not by the sentence announcing the match."""
    announced = make_hit("积极准备选拔队员参加全市乒乓球比赛。", unit="局工会", doc_id="a")
    placed = make_hit("在系统乒乓球比赛中获得了亚军。", unit="区工会", doc_id="b")
    profile = profile_question("在乒乓球比赛里拿到了什么名次？", flat)
    assert profile.wants_rank and "名次" not in profile.weights
    ranked = candidates([announced, placed], profile)
    assert ranked[0].text.endswith("亚军。") and not ranked[1].has_answer_type


def test_question_words_like_which_places_carry_no_weight() -> None:
    profile = profile_question("中学工会组织教职工去过哪些地方参观？", flat)
    assert not any(word.startswith(("哪", "什么")) for word in profile.weights)


def test_the_list_that_names_what_is_asked_wins_over_a_longer_one() -> None:
    """"哪些技能培训" is answered by "计算机、家政服务、美容美发等培训", not by the section's
    long ordinal list of everything the union did."""
    text = ("社区工会今年主要开展了以下工作：（一）完善了工会制度和会员参加活动的职责；（二）协助推荐就业30人次；"
            "（三）不定期宣传工会知识；（四）组织会员参加社区活动。二是组织动员会员参加计算机、家政服务、美容美发等培训，"
            "提高业务能力。")
    hit = make_hit(text, unit="社区工会", doc_id="a")
    profile = profile_question("社区工会组织会员参加了哪些技能培训？", flat)
    assert profile.category == "技能培训"
    found = best_list(candidates([hit], profile), profile, {})
    assert found is not None and found[1].items == ("计算机", "家政服务", "美容美发")


def test_a_question_for_a_date_a_frequency_or_a_name_wants_one_in_the_sentence() -> None:
    """"哪天" is answered by a date, "多久一次" by how often, "叫什么名字" by a quoted title."""
    for question, wrong, right in [
        ("白杨镇工会的登山比赛是哪天搞的？", "白杨镇工会登山比赛组织得很成功。", "4月12日，白杨镇工会组织了登山比赛。"),
        ("红枫社区工会多久集中学习一次？", "红枫社区工会重视集中学习。", "红枫社区工会每季度集中学习一次。"),
        ("那台文艺晚会叫什么名字", "联合举办了一台文艺晚会，反响热烈。", "联合举办了《奋进新时代》文艺晚会。"),
    ]:
        profile = profile_question(question, flat)
        ranked = candidates([make_hit(wrong, doc_id="a"), make_hit(right, doc_id="b")], profile)
        assert ranked[0].text == right.rstrip("。") or ranked[0].text == right, (question, ranked[0].text)
        assert not ranked[1].has_answer_type


def test_a_person_named_after_a_title_is_a_person() -> None:
    profile = profile_question("成立大会上市总工会来的是哪位部长？", flat)
    ranked = candidates([make_hit("市总工会组织部部长梅青松到会祝贺。", doc_id="a")], profile)
    assert profile.wants_person and ranked[0].has_answer_type


def test_which_day_is_not_answered_by_a_year_alone() -> None:
    """"哪天结束的" wants a day (or at least a month); "什么时候" is answered by "2019年初" too."""
    day = profile_question("药剂科首届运动会是哪天结束的？", flat)
    when = profile_question("药剂科首届运动会是什么时候办的？", flat)
    titled = make_hit("药剂科工会2019年首届职工运动会简报。", unit="医院工会", doc_id="a")
    dated = make_hit("药剂科首届职工运动会于11月8日圆满结束。", unit="医院工会", doc_id="b")
    assert not candidates([titled], day)[0].has_answer_type and candidates([dated], day)[0].has_answer_type
    assert candidates([titled], when)[0].has_answer_type
    # 几月份 asks which month, as 哪个月 does, not for a count ("几个月" counts months)
    month = profile_question("街道工会请专家办健康讲座是几月份？", flat)
    assert month.kinds == ("day",) and not month.wants_number
    assert "day" not in profile_question("讲座筹备了几个月？", flat).kinds
    # 几点 asks for a time of day: "5点" says it, "三点要求" does not
    hour = profile_question("环卫师傅每天早上几点开工？", flat)
    assert "day" not in profile_question("主席讲话里一共强调了几点？", flat).kinds  # points made, not a time
    assert hour.kinds == ("clock",)
    assert candidates([make_hit("他们每天清晨5点就上岗清扫街道。")], hour)[0].has_answer_type
    assert not candidates([make_hit("社区提出三点要求，请环卫师傅注意保暖。")], hour)[0].has_answer_type


def test_how_long_before_is_a_duration_and_how_often_is_a_frequency() -> None:
    assert profile_question("三个斜井比计划提前多久贯通？", flat).kinds == ("duration",)
    assert profile_question("台帐多久更新一次？", flat).kinds == ("frequency",)


def test_who_did_it_is_answered_by_a_counted_group_doing_it() -> None:
    """"谁表演的" is answered by "六位退休职工表演的…", not by a group that did something else."""
    asked = profile_question("腰鼓舞是谁表演的？", flat)
    (doing,) = candidates([make_hit("其中，六位退休职工表演的腰鼓舞赢得阵阵掌声。")], asked)
    (watching,) = candidates([make_hit("300余名职工观看了腰鼓舞表演。")], asked)
    assert doing.has_answer_type and not watching.has_answer_type


def test_with_whom_asks_for_a_partner_which_a_body_can_be() -> None:
    asked = profile_question("石榴社区的驿站是跟谁一起办的？", flat)
    assert not asked.wants_person and asked.kinds == ("partner",)
    (joint,) = candidates([make_hit("石榴社区工会驿站联合燃气公司开展了送温暖活动。")], asked)
    (alone,) = candidates([make_hit("石榴社区工会驿站开展了送温暖活动。")], asked)
    assert joint.has_answer_type and not alone.has_answer_type


def test_who_of_an_organisation_is_not_a_person() -> None:
    """"上级领导是谁" is answered by "在区总工会和镇党委的领导下", not by a person's name."""
    assert not profile_question("五公司工会的上级领导是谁？", flat).wants_person
    assert profile_question("五公司工会的主席是谁？", flat).wants_person


def test_characters_jieba_leaves_single_are_joined_and_asking_phrases_cut() -> None:
    weights = profile_question("经济组织台帐多久更新一次？", flat).weights
    assert "台帐" in weights and "更新" in weights
    assert not any("天" in word for word in profile_question("联席会议是哪天开的？", flat).weights)


def test_a_list_repeating_the_question_names_its_subject_not_its_answer() -> None:
    """"安全生产宣传、安全知识竞赛、安全检查" repeats what "安全生产月搞宣传用了哪几种形式" is about;
    the forms asked for are the list that says something new."""
    hit = make_hit("在安全生产月，县总工会组织安全生产宣传、安全知识竞赛、安全检查；宣传中用了上街咨询、悬挂条幅、发放资料等形式。",
                   unit="县总工会", doc_id="a")
    asked = profile_question("县总工会安全生产月搞宣传用了哪几种形式？", flat)
    found = best_list(candidates([hit], asked), asked, {})
    assert found is not None and found[1].items == ("上街咨询", "悬挂条幅", "发放资料")


def test_ranks_are_not_a_list_and_items_ending_in_the_category_are() -> None:
    hit = make_hit("白杨项目部针对“架梁”和“隧道衬砌”两个工序开展了劳动竞赛。共有6名同志分别获得一、二、三等奖。",
                   unit="项目部工会", doc_id="a")
    ranks = profile_question("白杨项目部针对哪几道工序搞了劳动竞赛？", flat)
    assert best_list(candidates([hit], ranks), ranks, {}) is None  # the sentence answers instead
    rights_hit = make_hit("工会维护职工参与管理权、劳动权、学习权、休息权。", unit="卫生院工会", doc_id="b")
    rights = profile_question("工会要维护职工哪些权利？", flat)
    found = best_list(candidates([rights_hit], rights), rights, {})
    assert found is not None and found[1].items[0].endswith("参与管理权") and found[1].items[1] == "劳动权"


def test_a_list_after_the_sentence_that_says_nothing_asked_comes_after_the_sentence() -> None:
    """The pair named in the sentence answers "去了哪些国家"; the schools listed after it may not."""
    hit = make_hit("5月工会组织8名会员分别前往越南和老挝旅游，饱览异国风光。10月，松林中学、柏树中学、镇卫生院开展了篮球友谊赛。",
                   unit="镇工会", doc_id="a")
    asked = profile_question("镇工会组织会员出国旅游，都去了哪些国家？", flat)
    lines, _ = compose_answer(candidates([hit], asked), asked, {})
    assert "越南" in lines[0]


def test_the_units_own_name_in_a_lead_does_not_make_its_list_the_answer() -> None:
    """Every list of 青松煤矿's report is its own; the one that says 之家 answers "要建成哪几个之家"."""
    hit = make_hit("一年来，工会聚力全面建家，加大“书香之家、健康之家、平安之家”建设力度。"
                   "制定了《青松煤矿广播系统运行方案》，提升了广播系统制度化、规范化、科学化水平。",
                   unit="青松煤矿工会", doc_id="a")
    asked = profile_question("青松煤矿工会建家，具体要建成哪几个“之家”？", flat)
    found = best_list(candidates([hit], asked), asked, {})
    assert found is not None and found[1].items == ("书香之家", "健康之家", "平安之家")


def test_a_sentence_dated_in_another_month_does_not_answer_for_the_month_asked() -> None:
    profile = profile_question("卫生院工会6月份开了什么会？", flat)
    march = make_hit("3月29日卫生院工会在会议室召开班子扩大会议。", doc_id="a")
    june = make_hit("6月12日卫生院工会召开职工代表大会。", doc_id="b")
    ranked = candidates([march, june], profile)
    assert ranked[0].hit.doc_id == "b" and not [c for c in ranked if c.hit.doc_id == "a"][0].anchored


def test_a_question_about_problems_is_answered_from_the_problems_section() -> None:
    problems = make_hit("（一）局工会没有配备专职的工会干部，开展工作有一定难度。", doc_id="a", section="二、存在的主要问题")
    elsewhere = make_hit("开办职工学习园地、知识竞赛、专题报告会等，解决了不少问题。", doc_id="a", section="一、主要工作")
    profile = profile_question("水利局工会存在哪些主要问题？", flat)
    assert profile.section and not profile_question("三个斜井比计划提前多久贯通？", flat).section
    lines, _ = compose_answer(candidates([elsewhere, problems], profile), profile, {})
    assert "专职" in lines[0] and "学习园地" not in "".join(lines)


def test_a_half_year_asked_sets_aside_sentences_dated_in_the_other_half() -> None:
    profile = profile_question("房管局机关工会下半年组织了哪些比赛？", flat)
    may = make_hit("五月，房管局机关工会组织登山比赛。", doc_id="a")
    september = make_hit("九月，房管局机关工会组织演讲比赛。", doc_id="b")
    ranked = candidates([may, september], profile)
    assert ranked[0].hit.doc_id == "b" and not ranked[1].anchored
    first_half = make_hit("上半年，房管局机关工会组织拔河比赛。", doc_id="c")
    assert not candidates([first_half], profile)[0].anchored  # the half itself named, not only a month


def test_a_festival_asked_dates_the_question_and_the_sentence() -> None:
    """"春节前慰问了多少名特困职工" is about December to February: a 中秋 visit, or one dated
    9月28日 under "两节", is another time of year; an undated visit may still answer."""
    profile = profile_question("机械厂工会春节前慰问了多少名特困职工？", flat)
    autumn = make_hit("中秋前夕，机械厂工会慰问特困职工31名。", doc_id="a")
    dated = make_hit("在“两节”到来之际，9月28日，机械厂工会慰问特困职工31名。", doc_id="b")
    winter = make_hit("1月18日，机械厂工会慰问特困职工42名。", doc_id="c")
    undated = make_hit("机械厂工会慰问特困职工42名。", doc_id="d")
    anchored = {c.hit.doc_id: c.anchored for c in candidates([autumn, dated, winter, undated], profile)}
    assert anchored == {"a": False, "b": False, "c": True, "d": True}


def test_the_name_an_article_is_about_does_not_pick_its_sentence() -> None:
    """Every sentence of 沙溪卫生院's own report is about 沙溪卫生院: the one that answers "哪些权利"
    wins over the one that happens to repeat the name."""
    named = make_hit("3月25日在沙溪卫生院召开动员大会。", doc_id="a", title="沙溪卫生院工会2009年工作总结")
    answers = make_hit("工会维护职工参与管理权、劳动权、学习权。", doc_id="a", title="沙溪卫生院工会2009年工作总结")
    profile = profile_question("沙溪卫生院工会要维护职工哪些权利？", flat)
    assert candidates([named, answers], profile)[0].hit is answers


def test_a_month_asked_is_not_answered_by_an_undated_sentence_unless_its_paragraph_is_dated() -> None:
    profile = profile_question("卫生院工会6月份开了什么会？", flat)
    undated = make_hit("卫生院工会召开了职工大会。", doc_id="a")
    dated = make_hit("6月，卫生院工会做了三件事。卫生院工会召开了职工代表大会。", doc_id="b")
    ranked = {c.hit.doc_id: c for c in candidates([undated, dated], profile) if "召开" in c.text}
    assert not ranked["a"].anchored and ranked["b"].anchored


def test_a_month_counted_up_to_is_no_month_the_sentence_must_be_dated_in() -> None:
    """"截至2019年10月…共建了多少个工会组织" asks for a running total, stated in any sentence."""
    profile = profile_question("截至2019年10月，白鹭镇总共建了多少个工会组织？", flat)
    assert not profile.months
    hit = make_hit("白鹭镇全镇合计建会组织48家，会员5100余人。", doc_id="a", unit="白鹭镇总工会", year=2019)
    assert candidates([hit], profile)[0].anchored
    assert profile_question("白鹭镇10月份建了多少个工会组织？", flat).months == frozenset({10})


def test_a_quoted_name_followed_by_kind_names_a_kind_the_article_may_say_otherwise() -> None:
    """"什么“职工之家”类的荣誉" is answered by "模范职工小家": the quote says what kind of honour."""
    assert profile_question("青禾公司工会拿到了什么“职工之家”类的荣誉？", flat).quoted == ()
    assert profile_question("青禾公司工会拿到“模范职工之家”称号了吗？", flat).quoted == ("模范职工之家",)


def test_a_year_before_a_name_is_no_part_of_the_unit() -> None:
    """"2011年柳岸卷烟厂承办过…": the article names 柳岸卷烟厂, never "2011年柳岸卷烟厂"."""
    assert profile_question("2011年柳岸卷烟厂承办过哪两个会议？", flat).units == ("柳岸卷烟厂",)


def test_a_sentence_dated_in_another_year_does_not_answer_for_the_year_asked() -> None:
    """"2015年9月在柳岸召开了…交流会" does not tell what "2016年" brought, though the report is 2016's;
    "自2015年9月以来" counts up to it and may."""
    profile = profile_question("青禾交通工会2016年评出了多少个示范基地？", flat)
    earlier = make_hit("青禾交通工会2015年9月在柳岸召开了“五个示范基地”创建交流会。", doc_id="a", unit="青禾交通工会", year=2016)
    since = make_hit("自2015年9月以来，青禾交通工会共评出示范基地12个。", doc_id="b", unit="青禾交通工会", year=2016)
    ranked = {c.hit.doc_id: c for c in candidates([earlier, since], profile)}
    assert not ranked["a"].anchored and ranked["b"].anchored


def test_how_many_homes_of_workers_counts_homes_not_people() -> None:
    """"几个市级先进职工之家" counts 之家 (the tagger cuts 职工/之/家), so "9个" answers, not only "9人"."""
    assert profile_question("青禾粮库工会有几个市级先进职工之家？", flat).measures == ()


def test_which_units_asked_with_jia_are_asked_of_each_article() -> None:
    assert profile_question("哪几家单位的工会活动里有羽毛球？", flat).per_document
    assert not profile_question("青禾县总工会新建了哪几家企业工会？", flat).per_document  # one report's list


def test_a_clause_that_is_only_the_figure_goes_with_the_clause_before() -> None:
    """A table row's last cell ("…参与校运动会，4人") counts what the cells before it tell."""
    profile = profile_question("青禾分工会4月组织了几位老师参加校运动会？", flat)
    hit = make_hit("2024年4月，积极协调中心老师参与校运动会，4人。", doc_id="a", unit="青禾分工会")
    assert candidates([hit], profile)[0].has_answer_type


def test_how_many_people_is_answered_in_people_or_households() -> None:
    """"慰问了多少困难职工" is often answered "困难职工386户"; "多少新会员" never by "5个方面"."""
    profile = profile_question("慰问了多少困难职工？", flat)
    assert "户" in profile.measures and "个" not in profile.measures
    ranked = candidates([make_hit("从五个方面慰问困难职工。", doc_id="a"), make_hit("慰问困难职工386户。", doc_id="b")], profile)
    assert ranked[0].hit.doc_id == "b" and not ranked[1].has_answer_type


def test_a_duration_asked_is_typed_by_its_kind_not_by_a_counted_figure() -> None:
    profile = profile_question("医护人员照顾离休职工王青松有多长时间了？", flat)
    assert profile.kinds == ("duration",) and not profile.wants_number
    hit = make_hit("医护人员主动照顾离休职工王青松长达八年多。", doc_id="a")
    assert candidates([hit], profile)[0].has_answer_type


def test_a_month_stated_just_before_the_sentence_dates_it() -> None:
    profile = profile_question("医院工会1月份补助的困难职工是谁？", flat)
    hit = make_hit("今年1月份，医院工会开展送温暖活动。\n医院工会给困难职工李青松同志补助两百元。", doc_id="a")
    ranked = [c for c in candidates([hit], profile) if "补助" in c.text]
    assert ranked[0].anchored


def test_a_figure_answers_only_in_a_clause_that_says_what_was_asked() -> None:
    """"房屋建筑费28000余元" in a sentence about 慰问 does not answer "慰问困难户花了多少钱"."""
    profile = profile_question("局工会慰问困难户花了多少钱？", flat)
    other = make_hit("局工会走访慰问了困难户张某，并捐献学习用品及房屋建筑费28000余元。", doc_id="a")
    right = make_hit("春节期间局工会慰问困难户花费3.5万元。", doc_id="b")
    ranked = {c.hit.doc_id: c for c in candidates([other, right], profile)}
    assert ranked["b"].has_answer_type and not ranked["a"].has_answer_type


def test_the_pieces_of_a_units_name_say_whose_the_figure_is_not_what() -> None:
    """The tagger cuts "柳家埠镇" into "柳家/埠镇"; a clause need not repeat them: "全镇现有职工"
    says what the figure counts."""
    profile = profile_question("柳家埠镇现在总共有多少职工？", flat)
    assert set(profile.weights) >= {"柳家", "埠镇"} and not profile.anchors
    (found,) = candidates([make_hit("截至十月底，全镇现有职工5230人。", unit="柳家埠镇工会")], profile)
    assert found.has_answer_type


# ------------------------------------------------------------ small words and short lists


def test_a_one_character_verb_of_the_question_ties_the_figure_to_it() -> None:
    asked = profile_question("青禾社区工会一共收了多少钱？", flat)
    assert asked.actions == ("收",)
    (found,) = candidates([make_hit("共计收费2130.50元，专款专用。", unit="青禾社区工会")], asked)
    assert found.has_answer_type
    (other,) = candidates([make_hit("共计支出2130.50元，专款专用。", unit="青禾社区工会")], asked)
    assert not other.has_answer_type
    # the verb stands in only for words that say whose the figure is, not for what it is about
    flood = profile_question("青禾社区工会给灾区捐了多少钱？", flat)
    (aside,) = candidates([make_hit("捐助慰问款1.2万元，送去学习用品一批。", unit="青禾社区工会")], flood)
    assert not aside.has_answer_type


def test_a_weekly_time_answers_when_something_is_done() -> None:
    asked = profile_question("机关工会的学习制度定在每周什么时候？", flat)
    assert candidates([make_hit("机关工会坚持每周四下午集中学习。")], asked)[0].has_answer_type
    assert not candidates([make_hit("机关工会坚持集中学习，学风浓厚。")], asked)[0].has_answer_type


def test_a_list_closed_by_deng_answers_even_when_shorter_than_asked() -> None:
    hits = [make_hit("本年度分工会开展了教职工秋游、包粽子、羽毛球比赛等有益身心的活动6项。", unit="学院分工会", start=0)]
    text, _ = answer("学院分工会开展的6项活动有哪些", hits, {hits[0].doc_id: hits[0].text})
    assert text == "学院分工会：教职工秋游、包粽子、羽毛球比赛。[1]"
    two = [make_hit("五一期间举办系列活动，如拔河、跳远比赛等，近百人参加。", unit="学院工会", start=0)]
    text, _ = answer("学院工会五一系列活动有哪些比赛", two, {two[0].doc_id: two[0].text})
    assert text == "学院工会：拔河、跳远比赛。[1]"
    pair = [make_hit("为职工提供了学习交流、文体活动的平台，深受欢迎。", unit="学院工会", start=0)]
    text, _ = answer("学院工会开展了哪些活动", pair, {pair[0].doc_id: pair[0].text})
    assert "学习交流、文体活动。" not in text  # two items, not said to be part of a whole: a phrase


def test_what_a_titled_person_is_called_asks_for_a_person_not_a_quoted_title() -> None:
    asked = profile_question("局长叫什么名字", flat)
    assert asked.wants_person and "title" not in asked.kinds
    assert candidates([make_hit("党组书记、局长李向东等领导参加了职工大会。")], asked)[0].has_answer_type
    assert profile_question("这次比赛叫什么名字", flat).kinds == ("title",)


def test_an_abbreviation_counts_where_the_text_spells_it_out() -> None:
    asked = profile_question("青禾中学工会一月开的是第几届教代会？", flat)
    found = candidates([make_hit("一月份，学校举行了三届二次教职工代表大会，选举了新一届委员会。", unit="青禾中学工会"),
                        make_hit("一月份，学校举行了第三届教工篮球赛，共有八支队伍参加。", unit="青禾中学工会")], asked)
    assert found[0].text.startswith("一月份，学校举行了三届二次教职工代表大会") and found[0].has_answer_type
    assert found[0].coverage > found[1].coverage


def test_a_short_heading_lends_its_topic_to_the_sentence_after_it_that_holds_the_answer() -> None:
    hits = [make_hit("3、举办心理健康讲座。于6月12日请市医院专家到校授课，80余人参加。4、开展读书活动。", unit="学院工会")]
    text, _ = answer("学院工会的心理健康讲座是哪天办的？", hits)
    assert "6月12日" in text and "心理健康讲座" in text
    # a question that asks for no date, figure or name is not answered with two sentences glued together
    (best, *_) = candidates(hits, profile_question("学院工会办了什么讲座", flat))
    assert best.text == "3、举办心理健康讲座。"


def test_now_and_at_present_are_not_what_is_asked_about() -> None:
    asked = profile_question("局机关现在在岗职工有多少人？", flat)
    assert "现在" not in asked.weights
    # "…的时候" and "那阵子" only place the question in time; no report writes them
    asked = profile_question("冬天送温暖的时候，那阵子慰问了多少户？", flat)
    assert not {"时候", "那阵子"} & set(asked.weights)
    # single characters are joined back into a word, but not across an adverb: no "岗又创"
    assert "岗又创" not in profile_question("五一文明岗又创了几个？", flat).weights


def test_a_sentence_that_is_one_item_of_the_reports_own_list_is_answered_itself() -> None:
    text = ("（一）健全了社区工会各项制度。（二）社区工会协助民政为失业人员推荐就业12人次，看望住院会员5人，"
            "慰问困难居民9户。（三）定期宣传工会知识。（四）组织会员参观学习。")
    hits = [make_hit(text, unit="青禾社区工会", start=0)]
    answered, _ = answer("青禾社区工会协助民政做了哪些帮扶的事", hits, {hits[0].doc_id: text})
    assert "推荐就业12人次" in answered and "慰问困难居民9户" in answered
    assert "定期宣传工会知识" not in answered  # the items beside it are other work


def test_a_run_of_single_characters_is_not_glued_across_a_question_word() -> None:
    assert "率是" not in profile_question("那个县的入会率是多少", flat).weights
    assert "台帐" in profile_question("经济组织台帐多久更新一次？", flat).weights


def test_a_teacher_named_with_jiaoshi_is_a_person() -> None:
    asked = profile_question("排球赛冠军队是哪位老师带的？", flat)
    assert candidates([make_hit("何青教师所在的甲队夺得冠军。")], asked)[0].has_answer_type


def test_the_opening_keeps_a_leading_clause_that_holds_the_figure_asked() -> None:
    asked = profile_question("红枫县总工会慰问劳模花了多少钱？", flat)
    said = opening("今年，县总机关筹措资金3万余元，走访慰问特困劳模62户。", asked)
    assert said.startswith("县总机关筹措资金3万余元")


def test_which_place_was_won_asks_for_a_rank_not_a_figure() -> None:
    asked = profile_question("电业局工会参加篮球赛最后拿了第几？", flat)
    assert asked.wants_rank and not asked.wants_number
    assert candidates([make_hit("参加县迎国庆篮球比赛荣获亚军。")], asked)[0].has_answer_type
    assert not profile_question("运动会是第几届", flat).wants_rank
    # 几等奖 asks for a prize's level, which no counted figure gives
    level = profile_question("学院的女工展板在学校评比中拿了几等奖？", flat)
    assert level.wants_rank and not level.wants_number
    assert candidates([make_hit("我院办的女工展板在学校评比中获三等奖。")], level)[0].has_answer_type


def test_a_two_character_place_must_go_on_into_a_unit_to_be_an_anchor() -> None:
    assert profile_question("开鲁县总工会上半年新建了几家基层工会", flat).anchors == ("开鲁县",)  # 新建 is a word here
    assert "淅川" in profile_question("淅川电业局工会参加了什么比赛", flat).anchors


def test_hedges_and_spoken_fillers_weigh_nothing() -> None:
    weights = profile_question("开鲁那边上半年女工组织大概建起来多少个", flat).weights
    assert not {"那边", "大概", "起来"} & set(weights) and "女工" in weights


def test_an_unsigned_report_opening_with_the_asked_organisation_counts_its_name_in_full() -> None:
    """The report names its own organisation only in its opening ("从…青石岭供水分公司工会…获悉"),
    not in its metadata: the name's words count in every sentence of it, wherever the tagger cut
    the name, so the sentence with the figure answers above the floor."""
    article = ("从刚刚闭幕的青石岭供水分公司工会会员代表大会上获悉，该公司工会近三年投入80余万元服务职工。"
               "该公司工会在冬送温暖期间，慰问困难职工57户。")
    hit = make_hit("该公司工会在冬送温暖期间，慰问困难职工57户。", doc_id="q", title="工会工作总结")
    profile = profile_question("青石岭供水分公司工会送温暖慰问了多少户困难职工？", flat)
    assert "青石岭供水分公司" in profile.units
    best = candidates([hit], profile, {"q": article})[0]
    assert best.text.endswith("57户。") and best.coverage > 0.8
    elsewhere = candidates([hit], profile, {"q": "某某公司工会：" + "其他内容。" * 60 + article})[0]
    assert elsewhere.coverage < 0.6  # named deep inside another report: only the chunk's own words count


def test_a_town_name_the_tagger_cuts_counts_in_full_in_the_towns_own_report() -> None:
    """"柳溪埠镇" may be cut 柳溪/埠镇, and its own report writes 柳溪埠 bare: both pieces count."""
    article = "今年以来我镇总工会认真落实上级部署，为建设和谐柳溪埠出力。全镇现有职工9120人，会员8800人。"
    hit = make_hit("全镇现有职工9120人，会员8800人。", doc_id="t1", title="工会工作总结")
    profile = profile_question("柳溪埠镇总工会现在有多少会员？", flat)
    best = candidates([hit], profile, {"t1": article})[0]
    assert "8800人" in best.text and best.anchored and best.score > GROUNDING_FLOOR


def test_a_report_that_keeps_naming_the_asked_organisation_counts_its_name_in_every_sentence() -> None:
    """"我行…农行…农行": the name need not be in the metadata or the opening; a report that
    keeps naming it is its own, so the list sentence without the name wins on the rest of the question."""
    article = ("抓好规范化建设上台阶。" + "其他工作。" * 50 + "我行工会创作了歌曲《我是农行人》；农行员工积极参加。"
               "工会先后成立了篮球队、乒乓球队、象棋队等。农行系统文艺汇演获奖。")
    named = make_hit("我行工会创作了歌曲《我是农行人》；农行员工积极参加。", doc_id="b", title="抓好规范化建设上台阶")
    listed = make_hit("工会先后成立了篮球队、乒乓球队、象棋队等。", doc_id="b", title="抓好规范化建设上台阶")
    ranked = candidates([named, listed], profile_question("农行工会成立了哪些文体队伍", flat), {"b": article})
    assert ranked[0].hit is listed


def test_another_edition_of_a_recurring_event_does_not_answer() -> None:
    """"第二十届金秋助学" is not answered by the 第二十一届 one; 第3届 and 第三届 are the same edition."""
    later = make_hit("白鹭医院开展第二十一届“金秋助学”活动，资助职工子女19名。", unit="白鹭医院工会", doc_id="a")
    profile = profile_question("白鹭医院第二十届金秋助学资助了多少名职工子女？", flat)
    assert not candidates([later], profile)[0].anchored
    written_in_digits = make_hit("举办第20届“金秋助学”活动，资助职工子女15名。", unit="白鹭医院工会", doc_id="b")
    assert candidates([written_in_digits], profile)[0].anchored


def test_a_number_the_question_states_picks_its_sentence_but_a_date_does_not_weigh_as_a_word() -> None:
    profile = profile_question("司法局35岁以下的青年职工有几个？", flat)
    assert "35" in profile.weights
    stated = make_hit("市司法局35周岁以下职工共6人。", unit="司法局工会", doc_id="a")
    other = make_hit("现司法局共建立工会组织3个。", unit="司法局工会", doc_id="a")
    assert candidates([other, stated], profile)[0].hit is stated
    assert not {"10", "25"} & set(profile_question("10月份和5月25号开了什么会？", flat).weights)


def test_a_sentence_without_the_kind_of_answer_asked_stays_below_the_floor_even_when_it_says_every_word() -> None:
    """"累计发展会员名" (the figure left blank) says every word of "累计发展了多少名会员" and still
    does not answer it."""
    blank = make_hit("园区工会累计发展会员名。", unit="园区工会", doc_id="a", title="园区工会工作总结")
    best = candidates([make_hit(blank.text, score=1.0, rank=1, unit="园区工会", doc_id="a")], profile_question("园区工会累计发展了多少名会员？", flat))[0]
    assert best.coverage == 1.0 and not best.has_answer_type and best.score < GROUNDING_FLOOR


def test_these_few_areas_is_no_measure_asked() -> None:
    """"这几块的会员一共多少人" asks for people; 这几块 only points at areas."""
    assert profile_question("企业、教育这几块的会员一共多少人？", flat).measures[0] == "人"
    assert profile_question("院工会会计报告了什么，谁报告的？", flat).wants_person
    said = make_hit("院工会会计林小燕报告了经费收支情况。", unit="院工会", doc_id="a")
    assert candidates([said], profile_question("谁报告了院工会的经费收支情况", flat))[0].has_answer_type


def test_the_first_of_a_counted_group_of_people_answers_who() -> None:
    """"谁打头" is answered by "周明远等8名县级劳模": the name first in a counted group."""
    group = make_hit("五一前表彰周明远等8名县级劳模。", unit="县总工会", doc_id="a")
    assert candidates([group], profile_question("五一前表彰的县级劳模打头的是谁？", flat))[0].has_answer_type


def test_a_post_without_a_name_does_not_answer_who() -> None:
    """"选出了新任工会主席" says a chairman was elected, not who: the characters before a title are
    no name when they end an organisation or a rank, those after it none when they start a verb."""
    asked = profile_question("那次职代会新选出的工会主席叫什么名字？", flat)
    for unnamed in ("职代会进行了改选，选出了新任工会主席。", "职代会上，工会主席亲自作了报告。"):
        assert not candidates([make_hit(unnamed, unit="支行工会", doc_id="a")], asked)[0].has_answer_type, unnamed
    for named in ("职代会选出林晓岚同志为新任工会主席。", "职代会上，工会主席林晓岚作了报告。", "职代会上林晓岚主席作了报告。"):
        assert candidates([make_hit(named, unit="支行工会", doc_id="a")], asked)[0].has_answer_type, named
    pupil = make_hit("交流会邀请考取师范大学的韩一鸣同学发言。", unit="中学工会", doc_id="a")
    assert candidates([pupil], profile_question("交流会上发言的学生是谁", flat))[0].has_answer_type


def test_the_person_named_is_read_without_the_title_around_the_name() -> None:
    assert person_named("院工会：苏望舒副主席讲话。") == "苏望舒"
    assert person_named("县总工会主席林晓岚带队慰问。") == "林晓岚"
    assert person_named("表彰韩一鸣等6名先进个人。") == "韩一鸣"
    assert person_named("选出了新任工会主席。") is None


def test_a_short_quoted_name_is_one_word_of_the_question() -> None:
    """"“双促”推进会" is what the question is about, though the tagger cuts 双促 into two characters:
    the sentence saying it wins over one that only shares 推进 and the unit."""
    asked = profile_question("区总工会的“双促”工作推进会是哪天开的？", flat)
    assert "双促" in asked.weights
    general = make_hit("年初区总工会发挥典型示范、整体推进的作用，开展规范化建设。", unit="区总工会", doc_id="a")
    meeting = make_hit("4月18日，区总工会召开“双促”会议。", unit="区总工会", doc_id="b")
    assert candidates([general, meeting], asked)[0].hit.doc_id == "b"


def test_a_kind_of_public_body_asked_is_no_anchor() -> None:
    """"镇政府新修篮球场花了多少钱" is answered by "政府花了近2万元新建了篮球场" in a town union's
    report: 镇政府 says which kind of body, not which one, so the sentence need not repeat it."""
    asked = profile_question("镇政府新修机关篮球场大概花了多少钱", flat)
    assert "镇政府" not in asked.anchors
    hit = make_hit("今年，政府花了近2万元新建了机关篮球场。", unit="乡镇工会", doc_id="a")
    assert candidates([hit], asked)[0].anchored


def test_a_title_after_a_name_weighs_little_since_reports_say_it_otherwise() -> None:
    """"罗青山老师那队得了什么名次" is answered by "罗青山教师所在的b队获得亚军": 老师 and 教师 call the
    same person; the name and the contest pick the sentence."""
    asked = profile_question("校工会排球赛罗青山老师那队最后什么名次", flat)
    assert asked.weights["老师"] < asked.weights["排球赛"]
    hit = make_hit("经过激烈角逐，罗青山教师所在的b队获得排球赛亚军。", unit="校工会", doc_id="a")
    assert candidates([hit], asked)[0].score >= GROUNDING_FLOOR


def test_which_film_asks_for_a_title() -> None:
    """"看的是哪部电影" is answered by a quoted or 《》 title, not by a sentence that merely shares the unit."""
    asked = profile_question("化学学院工会三八节组织大家看的是哪部电影？", flat)
    assert asked.kinds == ("title",)
    untitled = make_hit("化学学院召开了教职工代表大会。", unit="化学学院工会", doc_id="a")
    titled = make_hit("三八节前，化学学院工会组织女教职工观看电影《山海之间》。", unit="化学学院工会", doc_id="b")
    assert not candidates([untitled], asked)[0].has_answer_type
    assert candidates([titled], asked)[0].has_answer_type


def test_a_place_asked_is_not_answered_by_an_honour() -> None:
    """"排第几名" wants a place (第二名, 亚军); "被授予先进基层工会称号" is an honour, not a place."""
    honour = make_hit("白鹭支行被授予市“先进基层工会”荣誉称号。", unit="白鹭支行工会", doc_id="a")
    placed = make_hit("白鹭支行在全市考评中排名第二名。", unit="白鹭支行工会", doc_id="b")
    asked = profile_question("白鹭支行在考评里排第几名？", flat)
    assert not candidates([honour], asked)[0].has_answer_type
    assert candidates([placed], asked)[0].has_answer_type
    assert candidates([honour], profile_question("白鹭支行获得过什么荣誉？", flat))[0].has_answer_type


def test_which_days_asks_for_a_date_not_a_list() -> None:
    """"哪几天搞的" asks when, as 哪天 does; "哪几项" still asks for items."""
    when = profile_question("柳岸镇教育工会的庆元旦文体活动是哪几天搞的？", flat)
    assert when.kinds == ("day",) and not when.wants_list
    assert profile_question("柳岸镇教育工会搞了哪几项文体活动？", flat).wants_list
    assert not profile_question("运动会是哪一天开幕的？", flat).wants_list


def test_a_sentence_saying_the_contrasting_sibling_does_not_answer() -> None:
    """"多少名男职工" is not answered by "12名女职工": the modifier sets the other group apart.
    "男女职工" holds both, so it still answers."""
    profile = profile_question("青川州水务局工会组织了多少名男职工参加气排球比赛？", flat)
    women = make_hit("青川州水务局工会共组织12名女职工参加气排球比赛。", doc_id="a")
    both = make_hit("青川州水务局工会共组织30名男女职工参加气排球比赛。", doc_id="b")
    ranked = candidates([women, both], profile)
    assert ranked[0].hit.doc_id == "b" and ranked[1].score < GROUNDING_FLOOR


def test_the_publisher_a_page_names_anchors_its_sentences() -> None:
    """A report that says only 我局 is the 水务局 its byline names: a question naming 青川州 is about it."""
    profile = profile_question("青川州水务局工会组织了几名女职工参加气排球比赛？", flat)
    sentence = "本次比赛，我局工会委员会共组织12名女职工参加，打完了全部比赛。"
    unsigned = make_hit(sentence, unit="局工会", doc_id="a")
    signed = make_hit(sentence, unit="局工会", publisher="青川州水务局", doc_id="b")
    articles = {doc: "州总工会举办全州职工气排球比赛。" + sentence for doc in ("a", "b")}
    assert not candidates([unsigned], profile, articles)[0].anchored
    found = candidates([signed], profile, articles)[0]
    assert found.anchored and found.score >= GROUNDING_FLOOR


def test_each_group_and_people_counted_by_ge() -> None:
    """"每队几个人": 每队 is the group counted (jieba calls it a pronoun) and 几个人 is counted in 人."""
    profile = profile_question("青禾疾控中心的齐步走比赛，每队几个人？", flat)
    assert "每队" in profile.weights and "人" in profile.measures
    intro = make_hit("9月29日上午，中心工会开展了一次由全体职工参与的齐步走比赛。", doc_id="a")
    rule = make_hit("比赛以8个工会小组牵头，每队5人，共计23队。", doc_id="a")
    assert candidates([intro, rule], profile)[0].text.startswith("比赛以8个")


def test_an_abbreviated_anchor_the_article_spells_out_is_named() -> None:
    """"疾控中心" asked; the article writes 疾病预防控制中心: the same body, so its sentences are anchored."""
    profile = profile_question("青禾疾控中心的齐步走比赛有多少队参加？", flat)
    hit = make_hit("比赛以8个工会小组牵头，共计23队参加齐步走比赛。", unit="中心工会", doc_id="a")
    articles = {"a": "欢迎访问青禾市疾病预防控制中心网站。比赛以8个工会小组牵头，共计23队参加齐步走比赛。"}
    assert "疾控中心" in profile.anchors
    assert candidates([hit], profile, articles)[0].anchored
    assert not candidates([hit], profile, {"a": "比赛以8个工会小组牵头，共计23队参加齐步走比赛。"})[0].anchored


def test_coordinated_heads_written_once_are_read_whole() -> None:
    """"团体冠、亚、季军" says 亚军 too: a question for the runner-up finds it."""
    profile = profile_question("柳岸税务局趣味运动会的团体亚军是哪个队？", flat)
    opening = "柳岸税务局举行首届趣味运动会，来自全局各单位的15支代表队参加。"
    podium = "机关一分会、二分局一队及机关三分会位列前三，分别摘得团体冠、亚、季军。"
    ranked = candidates([make_hit(opening + podium, doc_id="a")], profile, {"a": opening + podium})
    assert ranked[0].text.startswith("机关一分会")


def test_a_month_is_a_time_not_a_name_the_article_must_say() -> None:
    """"十二月份" (which the tagger may call a name) is read as a month: "12月" in the article says it."""
    profile = profile_question("柳岸镇教育工会在十二月份搞了什么？", flat)
    assert "十二月份" not in profile.anchors and profile.months == frozenset({12})


def test_teams_and_groups_are_counted_figures() -> None:
    """"多少队" is counted in 队 ("共计23队"), "几组" in 组."""
    assert profile_question("齐步走比赛总共有多少队？", flat).measures == ("队",)
    assert [f.text for f in figures("比赛以8个小组牵头，分成4组，共计23队。")] == ["8个", "4组", "23队"]


def test_a_level_or_a_period_sets_siblings_apart_too() -> None:
    """"国家级工人先锋号" is not answered by "省级工人先锋号"; "季度之星" not by "月度之星"."""
    from assistant.overlap import contrasted_phrases, says_sibling

    assert contrasted_phrases("集团工会有几个国家级工人先锋号？") == ("国家级工",)
    assert says_sibling("国家级工", "集团拥有3个省级工人先锋号，10个市级工人先锋号。")
    assert not says_sibling("国家级工", "集团拥有1个国家级工人先锋号，3个省级工人先锋号。")
    assert says_sibling("季度之", "15名职工获得“月度之星”。")


def test_a_name_the_question_quotes_must_be_in_the_article() -> None:
    """"“金牌工匠”" asked, the article only has “技术能手” and “优秀个人”: it is about something else."""
    profile = profile_question("青峰集团有多少名职工获得了“金牌工匠”？", flat)
    text = "青峰集团15名职工获得“技术能手”，50人获得“优秀个人”。"
    hit = make_hit(text, unit="青峰集团工会", doc_id="a")
    assert not candidates([hit], profile, {"a": text})[0].anchored
    named = "青峰集团12名职工获得“金牌工匠”。" + text
    assert candidates([make_hit(named, unit="青峰集团工会", doc_id="b")], profile, {"b": named})[0].anchored


def test_the_role_whose_holder_is_asked_must_be_said() -> None:
    """"女职工委员会主任是谁" is not answered by a sentence naming 主席 only; "冠军是哪个部门" not by
    one without a 冠军. A 工会主席 may be said as 主席; "打头的是谁" names no role."""
    profile = profile_question("青禾疾控新一届工会的女职工委员会主任是谁？", flat)
    assert profile.role == "主任"
    chair = make_hit("大会选出周凯、孟园等7位同志为新一届工会委员，邢明同志为工会主席。", doc_id="a")
    assert not candidates([chair], profile)[0].has_answer_type
    assert profile_question("灯谜活动最后冠军是哪个部门？", flat).role == "冠军"
    assert profile_question("新的工会主席是谁？", flat).role == "主席"
    assert profile_question("青禾供电局工会办副主任叫什么名字？", flat).role == "副主任"  # a deputy asked stays one
    deputy = make_hit("市总工会常务副主席罗清到会讲话，96名会员代表参加会议。", doc_id="b")
    assert not candidates([deputy], profile_question("新的工会主席是谁？", flat))[0].has_answer_type  # 副主席 is no 主席
    assert profile_question("表彰的10名劳模，打头的是谁？", flat).role == ""


def test_a_session_of_a_term_is_an_edition_the_article_must_say() -> None:
    """"一届三次职代会" is another meeting than "一届二次"; "第一届职工代表大会第三次会议" is the same."""
    profile = profile_question("青禾燃气集团一届三次职代会是什么时候开的？", flat)
    assert "一届三次" in profile.anchors
    other = "4月9日，集团公司召开一届二次职代会。"
    same = "4月9日，集团公司召开第一届职工代表大会第三次会议。"
    assert not candidates([make_hit(other, doc_id="a")], profile, {"a": other})[0].anchored
    assert candidates([make_hit(same, doc_id="b")], profile, {"b": same})[0].anchored


def test_a_festival_the_article_never_mentions_nor_dates_is_another_time() -> None:
    """"中秋节送了什么" is not answered from a report of a New Year's Eve dinner in February; a 新春
    activity told only by its date (2月12日) still answers a question about it."""
    profile = profile_question("柳岸快递分公司工会中秋节给一线员工送了什么？", flat)
    gift = "柳岸快递分公司工会为坚守岗位的一线员工送去热腾腾的年夜饭。"
    winter = gift + "活动于1月28日除夕当晚举行，市总工会领导参加。"
    assert not candidates([make_hit(gift, doc_id="a")], profile, {"a": winter})[0].anchored
    assert candidates([make_hit(gift, doc_id="c")], profile, {"c": gift})[0].anchored  # an undated article may still answer
    spring = profile_question("柳岸法院新春活动设置了哪些竞猜？", flat)
    dated = "2月5日，柳岸法院开展迎春主题活动，设置法律知识竞猜。"
    assert candidates([make_hit(dated, doc_id="b")], spring, {"b": dated})[0].anchored


def test_individual_and_team_are_siblings_and_a_modifier_must_open_a_word() -> None:
    """"个人全能冠军" is not "团体冠军"'s; 前 of "目前" sets nothing apart."""
    assert "个人全" in profile_question("那次大赛的个人全能冠军是谁？", flat).contrasts
    assert profile_question("青禾轨道集团目前职工会员有多少人？", flat).contrasts == ()


def test_a_figure_per_head_is_not_answered_by_a_total() -> None:
    """"每人多少钱" asks for a share per head: "投入慰问资金近270万元" is a total."""
    profile = profile_question("柳岸农商行工会给退休职工的慰问金标准是每人多少钱？", flat)
    total = make_hit("柳岸农商行各级工会共慰问1260人次，投入慰问资金近150万元。", doc_id="a")
    each = make_hit("柳岸农商行工会向每位退休职工发放慰问金，每人800元。", doc_id="b")
    ranked = candidates([total, each], profile)
    assert ranked[0].hit.doc_id == "b" and not next(c for c in ranked if c.hit.doc_id == "a").has_answer_type


def test_a_time_of_day_and_a_year_are_kinds_a_date_does_not_answer() -> None:
    """"开放时间是几点到几点" wants a clock time, "哪一年上任" a year, which "8月22日" is neither;
    "哪一年" asks for one year, not a list."""
    clock = profile_question("青禾驿站的开放时间是几点到几点？", flat)
    assert "clock" in clock.kinds
    opened = make_hit("6月3日，青禾户外劳动者驿站揭牌启用，正式对外开放。", doc_id="a")
    assert not candidates([opened], clock)[0].has_answer_type
    year = profile_question("青禾集团工会主席是哪一年上任的？", flat)
    assert "year" in year.kinds and not year.wants_list


def test_points_honours_said_as_ping_wei_and_subjectless_figure_clauses() -> None:
    """"多少分" is counted in points; "卢明评为十大工匠" answers "被评为什么称号"; "会员人数快速增长，
    目前已近万人" answers "会员有多少人" though the figure's clause names no member."""
    assert profile_question("柳岸烟草2021年的职工满意度评价是多少分？", flat).measures == ("分",)
    honour = profile_question("柳岸电信的邱岩被评为什么称号？", flat)
    assert candidates([make_hit("开展岗位明星评选，邱岩评为柳岸市首届金牌技师。")], honour)[0].has_answer_type
    members = profile_question("柳岸地铁公司工会会员大概有多少人？", flat)
    grown = make_hit("近年来公司规模不断扩大，工会会员人数逐年增加，现已近万人。")
    assert candidates([grown], members)[0].has_answer_type


def test_a_list_is_read_with_the_rest_of_its_sentence_and_its_category() -> None:
    """"哪几家单位介绍了经验": "甲中心、乙公司、丙分公司三家单位介绍了…经验" says so after its items; a
    list of attendees whose item only holds the word ("各单位工会主席") is not of units."""
    profile = profile_question("柳岸供水集团工会会议上是哪几家单位介绍的厂务公开经验？", flat)
    text = ("近日，柳岸供水集团工会召开民主管理工作经验交流会，集团工会委员、各单位工会主席、副主席、工会干事共计88人参加。"
            "会上，检测中心、管网公司、东区分公司三家单位介绍了本单位厂务公开工作经验。")
    hit = make_hit(text, unit="柳岸供水集团工会", doc_id="a")
    found = best_list(candidates([hit], profile, {"a": text}), profile, {"a": text})
    assert found is not None and found[1].items == ("检测中心", "管网公司", "东区分公司")


def test_a_quoted_category_and_the_units_own_name_are_no_echo() -> None:
    """"哪几个“之家”": the items naming 之家 are what is asked, not an echo of the question."""
    profile = profile_question("柳岸煤矿工会建家，具体要建成哪几个“之家”？", flat)
    assert profile.category == "之家"
    text = ("持续发挥教育引导作用、权益维护作用、服务保障作用。"
            "围绕建家目标，着力打造“书香之家、健康之家、平安之家、友爱之家”。")
    hit = make_hit(text, unit="柳岸煤矿工会", doc_id="a")
    found = best_list(candidates([hit], profile, {"a": text}), profile, {"a": text})
    assert found is not None and found[1].items == ("书香之家", "健康之家", "平安之家", "友爱之家")


def test_a_count_of_one_sex_is_said_with_it_not_with_both() -> None:
    """"男职工有多少名" is not answered by "约600名男女职工" (both) nor by "困难教职工近200名" (all)."""
    profile = profile_question("青禾交通局工会组织了多少名男职工参加气排球比赛？", flat)
    for text in ("本届比赛共有40支代表队约500名男女职工参加。", "青禾交通局工会共组织职工近200名参加气排球比赛。"):
        assert not candidates([make_hit(text)], profile)[0].has_answer_type, text
    assert candidates([make_hit("青禾交通局工会组织男职工36名参加气排球比赛。")], profile)[0].has_answer_type


def test_a_post_asks_for_the_name_of_who_holds_it() -> None:
    """"工会主席叫什么" asks for a person, not for a title in quotes."""
    chair = profile_question("青禾银行工会主席叫什么？", flat)
    assert chair.wants_person and "title" not in chair.kinds


def test_who_gave_or_held_something_may_be_a_body() -> None:
    """"称号是谁授予的" is answered by "市总工会…授予…称号": a body gives as often as a person does."""
    profile = profile_question("柳岸公交集团工会的称号是谁授予的？", flat)
    assert not profile.wants_person
    given = make_hit("市总工会送去慰问金12万元，并授予柳岸公交集团工会“模范职工之家”称号。")
    assert candidates([given], profile)[0].has_answer_type
    assert profile_question("柳岸公交集团工会主席是谁？", flat).wants_person


# ------------------------------------------------------------ this round: times, editions, places won, siblings


def test_an_article_dated_only_in_the_other_half_does_not_answer_a_half_year_question() -> None:
    text = "青禾纸业工会组织员工培训120人次，完成培训内容30项。"
    hit = make_hit(text, unit="青禾纸业工会", doc_id="half")
    asked = profile_question("青禾纸业工会下半年培训了多少人次？", flat)
    assert not any(c.anchored for c in candidates([hit], asked, {"half": "上半年，" + text + "年初制定了培训计划。"}))
    # a whole year's report, or one dated in the half asked, still answers
    assert any(c.anchored for c in candidates([hit], asked, {"half": "上半年，" + text + "全年完成培训任务。"}))
    assert any(c.anchored for c in candidates([hit], asked, {"half": "上半年，" + text + "9月又组织了一次。"}))


def test_a_sentence_of_another_edition_does_not_answer_for_the_edition_asked() -> None:
    article = "大会审议通过了《工会第一届委员会工作报告》。王小禾当选为第二届工会委员会主席。"
    hit = make_hit("王小禾当选为第二届工会委员会主席。", unit="柳岸医院工会", doc_id="ed")
    ranked = candidates([hit], profile_question("柳岸医院第一届工会委员会主席是谁？", flat), {"ed": article})
    assert ranked and not ranked[0].anchored
    later = make_hit("青禾纸业二十二届工会委员会主席李青作报告。", unit="青禾纸业工会", doc_id="ed2")
    asked = profile_question("青禾纸业第二十三届工会主席是谁？", flat)
    assert not candidates([later], asked, {"ed2": later.text + "选举产生第二十三届工会委员会。"})[0].anchored


def test_a_place_won_asked_after_who_won_it_must_be_said() -> None:
    assert profile_question("拔河是哪个工会小组拿的第一？", flat).role == "第一"
    assert profile_question("谁获得了一等奖？", flat).role == "一等奖"
    hit = make_hit("柳岸局迎新春活动有拔河、跳绳等项目，各工会小组积极参加。", unit="柳岸局工会")
    ranked = candidates([hit], profile_question("柳岸局迎新春拔河是哪个工会小组拿的第一？", flat))
    assert not any(c.has_answer_type for c in ranked)


def test_a_sentence_about_a_thing_listed_beside_the_one_asked_does_not_answer() -> None:
    article = "本届运动会设置跳棋、桥牌、中国象棋和围棋四个项目。青禾局荣获桥牌第二名。"
    hit = make_hit("青禾局荣获桥牌第二名。", unit="青禾局工会", doc_id="games")
    ranked = candidates([hit], profile_question("青禾局在运动会的中国象棋项目拿了第几名？", flat), {"games": article})
    assert ranked and not ranked[0].anchored
    asked = profile_question("青禾局在运动会的桥牌项目拿了第几名？", flat)
    assert candidates([hit], asked, {"games": article})[0].anchored


def test_a_figure_whose_purpose_the_next_clause_says_answers() -> None:
    hit = make_hit("投入36万元，为职工更换储物柜；", unit="柳岸钢厂工会")
    assert candidates([hit], profile_question("柳岸钢厂给职工换储物柜投了多少钱？", flat))[0].has_answer_type


def test_a_committee_is_no_person_with_a_title() -> None:
    hit = make_hit("会议审议通过了《经费审查委员会工作报告》。", unit="柳湾厂工会")
    assert not candidates([hit], profile_question("谁作了报告？", flat))[0].has_answer_type


def test_a_meeting_glued_to_its_conjunction_is_no_name_the_article_must_write() -> None:
    assert not any("代会" in a for a in profile_question("柳岸纸业2023年那次职代会暨工代会一共到了多少代表", flat).anchors)


def test_a_sentence_saying_the_half_asked_answers_whatever_month_it_is_dated() -> None:
    hit = make_hit("9月7日，柳岸所工会召开例会，对上半年工作进行了小结。", unit="柳岸所工会")
    ranked = candidates([hit], profile_question("柳岸所工会对上半年工作做小结的例会是哪天开的？", flat))
    assert ranked[0].anchored and ranked[0].has_answer_type


def test_a_sentence_going_on_about_the_event_told_before_it_answers_of_it() -> None:
    text = "柳湾区总工会开展春节送温暖活动。其中上门慰问10人。此次活动共计发放慰问金2.5万元，合计3.1万元。"
    hit = make_hit(text, unit="柳湾区总工会")
    ranked = candidates([hit], profile_question("柳湾区总工会送温暖总共花了多少钱？", flat))
    going_on = next(c for c in ranked if c.text.startswith("此次"))
    assert going_on.has_answer_type and going_on is ranked[0]


def test_a_word_of_the_unit_asked_about_is_no_thing_set_apart() -> None:
    article = ("青禾区台资企业工会联合会覆盖台资企业、台胞职工和引进人才。"
               "台胞职工、颐和医院筹备处主任柳明当选为工会联合会首届主席。")
    hit = make_hit("台胞职工、颐和医院筹备处主任柳明当选为工会联合会首届主席。", unit="青禾区台资企业工会联合会", doc_id="tw")
    ranked = candidates([hit], profile_question("青禾区台资企业工会联合会首届主席是谁？", flat), {"tw": article})
    assert ranked[0].anchored and "柳明" in ranked[0].text


def test_only_a_figure_is_carried_into_a_sentence_going_on_about_the_event() -> None:
    text = "3月24日到3月31日，柳岸大学召开第八届教代会第四次全体代表大会。此次会议期间，代表们提交提案24件。"
    hit = make_hit(text, unit="柳岸大学工会")
    ranked = candidates([hit], profile_question("柳岸大学第八届教代会第四次会议是哪几天开的？", flat))
    assert ranked[0].text.startswith("3月24日")
