"""Questions that set several subjects side by side are split into one question per subject,
each answered from its own retrieval, labelled with the name the user gave."""

from __future__ import annotations

import pytest
from fakes import make_hit

from assistant.aggregate import subject_label
from assistant.answer_types import Part
from assistant.compose import compose_answer
from assistant.extractive import candidates
from assistant.question_profile import profile_question
from assistant.subjects import split_subjects, subject_name


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("白鹭县和青松县总工会分别慰问了多少户困难职工，哪个多？",
         ["白鹭县慰问了多少户困难职工", "青松县总工会慰问了多少户困难职工"]),
        # what the last subject carries is asked of all of them
        ("红枫市总工会和金桂县总工会慰问劳模各花了多少钱？",
         ["红枫市总工会慰问劳模花了多少钱", "金桂县总工会慰问劳模花了多少钱"]),
        # descriptions work as names do
        ("翠竹街道和那个8月新建了9家工会的街道，各建了多少家基层工会",
         ["翠竹街道建了多少家基层工会", "那个8月新建了9家工会的街道建了多少家基层工会"]),
        # a comparison clause gives what is compared
        # what is compared is something each subject has ("丁香街道的基层工会": the unit is 丁香街道)
        ("海棠那个街道和丁香街道，哪个的基层工会多？各多少？", ["海棠那个街道的基层工会，多少", "丁香街道的基层工会，多少"]),
        ("翠竹街道和丁香街道基层工会各有多少", ["翠竹街道的基层工会有多少", "丁香街道的基层工会有多少"]),
        # a second subject after a comma, opening with 和
        ("翠湖工会的文体委员，和校工会合唱赛冠军队的老师，分别是谁？", ["翠湖工会的文体委员是谁", "校工会合唱赛冠军队的老师是谁"]),
        ("石榴社区工会的“两帮”和木棉供电局工会的“四个到位”分别指什么",
         ["石榴社区工会的“两帮”指什么", "木棉供电局工会的“四个到位”指什么"]),
        # two whole questions about two units
        ("白鹭镇总工会上半年新增了多少家工会组织？那个街道工会今年新建了几家企业工会？",
         ["白鹭镇总工会上半年新增了多少家工会组织", "那个街道工会今年新建了几家企业工会"]),
        # two whole questions said with a comma
        ("东港那个厂派了多少职工参加技能大赛，银河公司工会今年开了几次职代会",
         ["东港那个厂派了多少职工参加技能大赛", "银河公司工会今年开了几次职代会"]),
        # two whole questions stand alone even when no name ends in 工会/局/公司 (中行, 省医)
        ("建行某支行是什么时候开的换届职代会？另一家农行的职代会是哪天开的？",
         ["建行某支行是什么时候开的换届职代会", "另一家农行的职代会是哪天开的"]),
        # 多大, 多久, 啥 ask as 多少 does
        ("青石五中的年轻教师占了多大比例？白沙那家医院的助学活动是哪天办的？",
         ["青石五中的年轻教师占了多大比例", "白沙那家医院的助学活动是哪天办的"]),
        # subjects set apart by commas are whole subjects, however the first one ends
        ("公司女工委评的先进女职工个人，和湘江那家医院评的护理标兵，各有多少人？",
         ["公司女工委评的先进女职工个人有多少人", "湘江那家医院评的护理标兵有多少人"]),
        # 另外 joins the second question to the first and is not part of its subject
        ("结对帮扶的那个区总工会救助了多少人？另外青松区总工会上门慰问的困难职工有几个？",
         ["结对帮扶的那个区总工会救助了多少人", "青松区总工会上门慰问的困难职工有几个"]),
        # 哪边…更多 compares as 哪个…多 does; each subject is asked for its own figure
        ("柳溪镇和那个县总工会，哪边今年新增的会员更多？", ["柳溪镇的今年新增的会员是多少", "那个县总工会的今年新增的会员是多少"]),
        # "A跟B比": 比 is not part of the second subject
        ("石岭煤矿跟那家医院比，哪边职工多？各是多少人", ["石岭煤矿的职工，是多少人", "那家医院的职工，是多少人"]),
        # subjects compared with each other are whole phrases; 同 inside 合同 joins nothing
        ("青港区建成的职工驿站数量和那个镇签工资协商合同的企业数，哪个多？",
         ["青港区建成的职工驿站数量是多少", "那个镇签工资协商合同的企业数是多少"]),
        # a 机关 is an organisation too
        ("局机关离休干部有多少？海滨那个学院上半年给多少女教职工办了保险",
         ["局机关离休干部有多少", "海滨那个学院上半年给多少女教职工办了保险"]),
    ],
)
def test_subjects_side_by_side_become_one_question_each(question: str, expected: list[str]) -> None:
    assert split_subjects(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "宣传月里全市挂横幅、贴标语、出黑板报分别有多少？",  # items of one article, not subjects
        "农业局对在职职工、退休职工住院分别给多少慰问金",
        "工会和行政联合开展了哪些活动？",  # one subject doing something together
        "哪些单位组织过登山比赛？",
        "桂花街道的建会率和会员率分别是多少",
        "白鹭镇总工会慰问了多少户？发了多少钱？",  # two questions about one unit: one retrieval answers both
        "县总工会上半年慰问了多少户，全县工会共投入多少资金",  # between commas, "县总工会" and "全县" say no which
        "哪些单位组织过登山比赛？各是在哪里或什么时候？",
    ],
)
def test_items_and_joint_subjects_are_not_split(question: str) -> None:
    assert split_subjects(question) == []


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("白鹭县", "县总工会", "白鹭县总工会"),  # the article's unit continues the name asked
        ("青松县总工会", "县总工会", "青松县总工会"),
        ("红枫县总工会", "红枫县总工会", "红枫县总工会"),
        ("海棠市帮扶中心", "市总工会", "海棠市帮扶中心（市总工会）"),
        (None, "局工会", "局工会"),
    ],
)
def test_a_subject_is_labelled_with_the_name_asked_and_the_articles_unit(name, label, expected) -> None:
    assert subject_label(name, label) == expected


def test_each_subject_gets_its_own_line_and_the_larger_figure_is_named() -> None:
    question = "白鹭县和青松县总工会分别慰问了多少户困难职工，哪个多？"
    white = make_hit("春节期间走访慰问困难职工120户。", unit="县总工会", doc_id="a")
    pine = make_hit("全年走访慰问困难职工305户，发放慰问金20万元。", unit="青松县总工会", doc_id="b")
    parts = []
    for subject, hit, name in zip(split_subjects(question), (white, pine), ("白鹭县", "青松县总工会")):
        profile = profile_question(subject, lambda word: 1.0)
        parts.append(Part(subject, name, [hit], candidates([hit], profile)))
    lines, citations = compose_answer([], profile_question(question, lambda word: 1.0), {}, parts)
    text = "".join(lines)
    assert text.splitlines()[0] == "白鹭县总工会：春节期间走访慰问困难职工120户。[1]"
    assert text.splitlines()[1].startswith("青松县总工会：全年走访慰问困难职工305户")
    assert text.splitlines()[2] == "其中青松县总工会最多：305户[2]"
    assert [c.hit.doc_id for c in citations] == ["a", "b"]


def test_each_subjects_line_opens_where_its_own_question_is_answered() -> None:
    """"A是什么时候开的？B是哪天开的？": "2019年初" answers the first (什么时候) though not the
    second (哪天), so the first line keeps it."""
    question = "建行某支行是什么时候开的换届职代会？另一家农行的职代会是哪天开的？"
    first = make_hit("2019年初，建行某支行召开换届职代会，确保了会议顺利进行。", unit="建行某支行工会", doc_id="a")
    second = make_hit("11月20日，农行某分行召开职代会。", unit="农行某分行工会", doc_id="b")
    parts = []
    for subject, hit in zip(split_subjects(question), (first, second)):
        profile = profile_question(subject, lambda word: 1.0)
        parts.append(Part(subject, None, [hit], candidates([hit], profile), profile))
    lines, _ = compose_answer([], profile_question(question, lambda word: 1.0), {}, parts)
    assert "2019年初" in lines[0] and "11月20日" in lines[1]


def test_a_subject_with_nothing_says_so_instead_of_borrowing_another_units_figure() -> None:
    question = "白鹭县和青松县总工会分别慰问了多少户困难职工"
    pine = make_hit("全年走访慰问困难职工305户。", unit="青松县总工会", doc_id="b")
    subjects = split_subjects(question)
    parts = [Part(subjects[0], "白鹭县", [], []),
             Part(subjects[1], "青松县总工会", [pine], candidates([pine], profile_question(subjects[1], lambda w: 1.0)))]
    lines, _ = compose_answer([], profile_question(question, lambda word: 1.0), {}, parts)
    assert lines[0] == "白鹭县：资料中没有找到相关内容。"
    assert "305户" in lines[1] and "白鹭" not in lines[1]


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("xx区总工会5月3日那次活动是为了什么", "xx区总工会"),
        ("翠湖工会的文体委员是谁", "翠湖工会"),
        ("丁香街道的基层工会，多少", "丁香街道"),
        ("哪些单位组织过登山", ""),
    ],
)
def test_a_subject_opens_with_the_name_of_its_organisation(subject: str, name: str) -> None:
    assert subject_name(subject) == name



def test_subjects_that_each_repeat_what_is_asked_of_them_are_split() -> None:
    """"A的工会主席和B的工会主席分别是谁": each subject's own 工会主席, though A ends in no kind of body."""
    assert split_subjects("青禾邮政的工会主席和柳岸自来水集团的工会主席分别是谁？") == [
        "青禾邮政的工会主席是谁", "柳岸自来水集团的工会主席是谁"]
    assert split_subjects("挂横幅、贴标语、出黑板报分别多少？") == []


def test_events_of_two_bodies_set_side_by_side_are_two_subjects() -> None:
    """"A总工会十四届九次全委会和B集团工会全委扩大会议分别是哪天开的": each body's meeting."""
    assert split_subjects("青禾总工会十二届五次全委会和柳岸燃气集团工会全委扩大会议分别是哪天开的？") == [
        "青禾总工会十二届五次全委会是哪天开的", "柳岸燃气集团工会全委扩大会议是哪天开的"]


def test_what_the_last_subject_has_each_subject_is_asked_for() -> None:
    assert split_subjects("青禾所工会和柳岸农科院工会的主席分别是谁？") == ["青禾所工会的主席是谁", "柳岸农科院工会的主席是谁"]
    assert split_subjects("柳湾佰合和青禾汽车配件厂的工会主席各是谁？") == ["柳湾佰合的工会主席是谁", "青禾汽车配件厂的工会主席是谁"]
    assert split_subjects("工会和行政的负责人分别是谁？") == []


def test_a_subject_may_carry_its_own_time() -> None:
    assert split_subjects("青禾公司工会上半年和柳岸集团工会2020年，分别慰问了多少人？") == [
        "青禾公司工会上半年慰问了多少人", "柳岸集团工会2020年慰问了多少人"]


def test_a_name_holding_an_area_character_ends_at_its_union() -> None:
    assert split_subjects("青禾酒业工会和中州铝材工会各获得过什么荣誉？") == [
        "青禾酒业工会获得过什么荣誉", "中州铝材工会获得过什么荣誉"]


def test_a_topic_clause_before_two_asks_names_no_organisation() -> None:
    """"截至…，白鹭镇建了多少个工会组织，职工会员有多少人": two figures of one town. The topic before
    them is prefixed to each part but is no name, and 职工会员 holds no union."""
    assert split_subjects("截至2019年10月，白鹭镇总共建了多少个工会组织，职工会员有多少人？") == []
    assert split_subjects("就业帮扶方面，青禾镇帮了多少人，柳岸街道帮了多少人？") == [
        "就业帮扶方面，青禾镇帮了多少人", "就业帮扶方面，柳岸街道帮了多少人"]


def test_a_yes_or_no_question_is_a_question_of_its_own() -> None:
    """"有没有…" asks as surely as "多少" does: the second of two questions about two units."""
    assert split_subjects("青禾那个镇签了多少家工资集体协议？柳岸的建筑行业工会去年有没有开展技能比武？") == [
        "青禾那个镇签了多少家工资集体协议", "柳岸的建筑行业工会去年有没有开展技能比武"]


def test_what_the_last_subject_does_is_asked_of_each_though_it_holds_a_bracket() -> None:
    """"A和B开的教代会（双代会）分别是第几届": the bracket is in what is asked, not in B's name."""
    assert split_subjects("青禾中学和柳岸职业学院开的教代会（双代会）分别是第几届第几次？") == [
        "青禾中学开的教代会（双代会）是第几届第几次", "柳岸职业学院开的教代会（双代会）是第几届第几次"]


def test_a_described_subject_goes_on_to_its_kind_of_body() -> None:
    """"青川县那所小学给职工过生日": the description ends at 小学, what follows is asked of each."""
    assert split_subjects("青禾B厂和青川县那所小学给职工过生日，各用的是什么形式？") == [
        "青禾B厂给职工过生日，用的是什么形式", "青川县那所小学给职工过生日，用的是什么形式"]


def test_a_name_whose_kind_follows_an_area_is_one_subject() -> None:
    """"青禾海关和柳岸区税务局分别…": 柳岸区|税务局 goes on with the name; it is no thing the area has."""
    assert split_subjects("青禾海关和柳岸区税务局分别拿到了什么表彰？", lambda phrase: phrase == "青禾海关") == [
        "青禾海关拿到了什么表彰", "柳岸区税务局拿到了什么表彰"]
