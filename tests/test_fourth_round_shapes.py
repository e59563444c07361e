"""Shapes found on a sealed set opened this round (county, township and community unions,
schools, private firms): a table given a row per line, a community union signing with its
kind only, and a name given in brackets. All names and figures are invented."""

from __future__ import annotations

from fakes import make_hit

from assistant.question_profile import profile_question
from assistant.scope import Scope, check_scope
from ingest.clean import clean_text, join_pipe_tables


def flat(word: str) -> float:
    return 1.0


def test_a_table_given_a_row_per_line_keeps_each_row_together() -> None:
    lines = ["项目 | 数量 | 备注 |", "| --- | --- | --- |", "文体活动场次 | 7场 | 含趣味运动会 |",
             "困难职工帮扶人数 | 15人 | 发放补助金3.1万元 |"]
    # each row is one sentence, its label beside its figure ("---" under the header is no row)
    assert join_pipe_tables(lines) == ["项目，数量，备注。", "文体活动场次，7场，含趣味运动会。",
                                       "困难职工帮扶人数，15人，发放补助金3.1万元。"]
    # a table without a header keeps its first row; one numbered 1, 2… drops the numbers
    assert join_pipe_tables(["职工之家 | 已建成 |", "体检人数 | 120人 |"]) == ["职工之家，已建成。", "体检人数，120人。"]
    numbered = ["序号 | 时间 | 活动 |", "1 | 2024年3月 | 健步走 |", "2 | 2024年5月 | 趣味运动会 |"]
    assert join_pipe_tables(numbered) == ["2024年3月，健步走。", "2024年5月，趣味运动会。"]
    assert "困难职工帮扶人数，15人" in clean_text("青禾公司工会2024年工作总结\n" + "\n".join(lines))
    # rows of uneven width are no such table: their cells stay one line, set apart by "；"
    uneven = ["组织象棋比赛 |", "布置职工之家 | 购买健身器材 |", "慰问困难职工 |"]
    assert join_pipe_tables(uneven) == ["组织象棋比赛；布置职工之家；购买健身器材；慰问困难职工。"]


def test_a_union_signing_with_its_kind_only_is_the_one_its_opening_places() -> None:
    """"柳岸社区工会" asked of a report signed "社区工会" that opens "社区工会在柳岸街道党工委…领导下"."""
    article = "社区工会在柳岸街道党工委的领导下，团结居民职工。今年为辖区7户特困家庭落实了低保。"
    hit = make_hit("今年为辖区7户特困家庭落实了低保。", doc_id="c1", unit="社区工会")
    assert check_scope([hit], Scope(unit="柳岸社区工会"), {"c1": article})[0] == [hit]
    # another community's union, or one that names 柳岸 only far into its text, is not the one asked
    assert check_scope([hit], Scope(unit="白鹭社区工会"), {"c1": article})[0] == []
    far = "社区工会团结居民职工。" + "开展了多项活动。" * 40 + "组织会员赴柳岸街道参观。"
    assert check_scope([hit], Scope(unit="柳岸社区工会"), {"c1": far})[0] == []
    # the name asked must be written whole: 柳岸 is not 柳岸湾
    bay = {"c1": "社区工会在柳岸湾街道党工委的领导下，团结居民职工。"}
    assert check_scope([hit], Scope(unit="柳岸社区工会"), bay)[0] == []


def test_a_name_given_in_brackets_need_not_be_written() -> None:
    profile = profile_question("青禾中学开的教代会（双代会）是第几届第几次？", flat)
    assert "双代会" in profile.weights and "双代会" not in profile.anchors
    # said outside the brackets too, it is asked for
    assert "双代会" in profile_question("青禾中学的双代会（教代会）是第几届？", flat).anchors


def test_two_runs_of_one_kind_of_thing_in_a_sentence_are_one_list() -> None:
    from assistant.enumeration import find_enumerations

    text = ("会上，白鹭学院代表们听取了行政工作报告、财务工作报告和审计工作报告，听取并审议了工会工作报告和提案工作报告，"
            "选举产生了新一届委员会。")
    lists = [e.items for e in find_enumerations(text)]
    assert ("行政工作报告", "财务工作报告", "审计工作报告", "工会工作报告", "提案工作报告") in lists
    # runs of different things stay apart
    # runs under different verbs stay apart, though their items end alike
    other = "工会走访慰问了困难职工和患病职工，表彰了优秀职工和先进职工。"
    assert not any(len(items) == 4 for items in (e.items for e in find_enumerations(other)))


def test_a_yearbook_entrys_officer_line_is_part_of_the_entry() -> None:
    from ingest.split import split_articles

    text = ("主席：柳青禾\n【概况】白鹭电力工会下设组宣部、办公室，职工3120人，会员3098人。"
            "\n（1）开展劳动竞赛。全年组织技能比武12场。")
    articles = split_articles(text)
    assert len(articles) == 1 and articles[0].text.startswith("主席：柳青禾。")
    # a short line that is no officer stays out of the body
    assert "工作动态" not in split_articles("工作动态\n" + text)[0].text


def test_that_report_points_at_a_report_and_names_no_unit() -> None:
    from datetime import date

    from assistant.scope import read_scope

    scope = read_scope("那份县女职委上半年小结里，新建了多少个女职委组织？", Scope(), [], date(2026, 12, 3))
    assert scope.unit is None and scope.period == "上半年"  # not a unit "份县女职委"
    # "那" alone before a name is still "then": "那柳岸供水公司呢", "那天禾公司工会呢"
    assert read_scope("那柳岸供水公司工会呢？", Scope(), [], date(2026, 12, 3)).unit == "柳岸供水公司工会"
    assert read_scope("那天禾公司工会呢？", Scope(), [], date(2026, 12, 3)).unit == "天禾公司工会"


def test_a_change_asked_may_be_answered_as_a_share() -> None:
    from assistant.extractive import _has_answer_type

    profile = profile_question("白鹭公司工会经费比上年增长了多少？", flat)
    assert _has_answer_type("白鹭公司工会经费收入比上年增长12.5%。", profile)
    assert _has_answer_type("白鹭公司工会经费收入比上年增加3.2万元。", profile)
    # a measure the question says is the measure asked
    people = profile_question("白鹭公司工会会员比上年增加了多少人？", flat)
    assert not _has_answer_type("白鹭公司工会会员比上年增加了12%。", people)
    # an amount asked without a change is still an amount
    assert not _has_answer_type("白鹭公司工会经费执行率达98%。", profile_question("白鹭公司工会经费有多少？", flat))


def test_another_one_points_and_is_no_word_to_look_for() -> None:
    weights = profile_question("另一家企业工会2024年办了几场文体活动？", flat).weights
    assert "另一家" not in weights and "文体活动" in weights
