"""ingest.metadata: year, period, unit, unit kind and level of one clean article.

Every fixture is invented for these tests (units such as 海川市交通运输局机关工会 do not exist);
they imitate the genre's titles, openings, signatures and site placeholders. Each case id
names the rule or edge case it guards.
"""

from __future__ import annotations

import dataclasses

import pytest

from ingest.metadata import (
    ArticleMetadata,
    classify_level,
    classify_unit_kind,
    extract_metadata,
    extract_period,
    extract_unit,
    extract_year,
    refines,
)

FILLER = "组织职工开展读书活动和健步走比赛，走访慰问困难职工，帮助他们解决实际困难。"


def article(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


def case(title: str, paragraphs: tuple[str, ...], expected: object, id: str):
    """One table row: a title, the article's paragraphs, what the function should return."""
    return pytest.param(title, article(*paragraphs), expected, id=id)


# ---------------------------------------------------------------- extract_year

YEAR_CASES = [
    case("海川市交通运输局机关工会2021年工作总结",
         ("2019年，局工会在局党组领导下开展工作。", "对照2020年目标，" + FILLER), 2021,
         id="title-beats-years-in-text"),
    case("县总工会工作总结及2024年工作计划", ("2023年，青禾县总工会在县委的领导下开展工作。", FILLER), 2023,
         id="appended-plan-year-is-not-the-summary-year"),
    case("【篇2】2022远航机械有限公司工会工作总结", (FILLER,), 2022, id="title-year-without-nian"),
    case("二〇二三年青禾县总工会工作总结", (FILLER,), 2023, id="title-chinese-numeral-year"),
    case("机关工会工作总结", ("2015年，机关工会认真履行职责。", FILLER), 2015, id="opening-line-year"),
    case("工会工作总结", ("2022年度，明德中学工会紧紧围绕学校中心工作。", FILLER), 2022, id="opening-niandu"),
    case("工会工作总结", ("二〇二二年，工会围绕中心工作开展活动。", FILLER), 2022, id="opening-chinese-numeral-year"),
    case("20xx年明德中学工会工作总结", ("一年来，" + FILLER,), None, id="placeholder-title-year"),
    case("县总工会工作总结", ("20xx年，青禾县总工会继续开展送温暖活动，延续2008年以来的做法。", FILLER), None,
         id="placeholder-stops-search-for-later-real-year"),
    case("园区工会工作总结", ("自2016年成立以来，园区工会不断发展。2023年，园区工会组织职工开展技能竞赛。", FILLER),
         2023, id="history-year-skipped"),
    case("工会工作总结", ("今年工会为每位会员发放慰问金2000元，共计慰问120人。", FILLER), None,
         id="bare-number-is-not-a-year"),
    case("1985年工会工作总结", (FILLER,), None, id="year-out-of-range"),
    case("局工会工作总结",
         ("xx年，我局工会围绕中心工作开展活动。", FILLER, "海川市交通运输局机关工会", "二〇一九年十二月二十日"),
         2019, id="report-date-chinese-numerals-last-resort"),
    case("局工会工作报告", ("xx年我工会围绕中心工作开展活动。", FILLER + "二○○四年十二月十五日"), 2004,
         id="report-date-glued-to-last-paragraph"),
    case("县总工会工作总结", ("一年来，" + FILLER, "青禾县总工会", "2020年1月8日"), 2020,
         id="report-date-arabic"),
    case("机关工会工作总结",
         ("XX年，我局工会围绕中心工作开展活动。", FILLER, "海川市地方税务局机关工会", "XX年一月二十五日"),
         None, id="placeholder-report-date"),
    case("工会工作总结", ("今年，工会围绕中心工作开展活动。", FILLER, "青禾县总工会", "二○一六年一月八日"), 2016,
         id="signature-date-with-white-circle-zero"),
    case("局工会工作总结", ("2022年，局工会围绕中心工作开展活动。", FILLER, "二〇二三年一月十日"), 2022,
         id="opening-beats-report-date"),
    case("2021年明德中学工会工作总结", ("2021年明德中学工会工作总结", "2019年建成的教工之家继续开放。"), 2021,
         id="title-repeated-as-first-line"),
]


@pytest.mark.parametrize(("title", "text", "year"), YEAR_CASES)
def test_extract_year(title, text, year):
    assert extract_year(title, text) == year


@pytest.mark.parametrize(
    "opening",
    [
        "20xx年度，局工会在局党组领导下开展工作。",
        "20XX年，局工会在局党组领导下开展工作。",
        "XX年，我局工会在县总工会的指导下开展工作。",
        "xxxx年我工会围绕中心工作开展活动。",
        "20__年，在局领导的正确带领下，我完成了各项任务。",
        "20_年是公司谋求新发展的关键之年。",
        "_年公司工会按照市总工会_年工作安排开展工作。",
        "~年，工会工作取得新进展。",
        "20**年，公司工会围绕生产经营开展工作。",
        "二〇XX年，县总工会围绕中心开展工作。",
    ],
)
def test_placeholder_year_never_becomes_a_number(opening):
    assert extract_year("工会工作总结", article(opening, FILLER)) is None


# ---------------------------------------------------------------- extract_period


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("海川市总工会上半年工作总结", "上半年"),
        ("青禾县总工会半年工作总结", "上半年"),
        ("2023年下半年明德中学工会工作总结", "下半年"),
        ("远航机械有限公司工会第一季度工作总结", "季度"),
        ("2024年一季度工会工作汇报", "季度"),
        ("水利局工会委员会年终工作总结报告", "年度"),
        ("2023年度建设局工会工作总结", "年度"),
        ("工会2022年工作总结", "年度"),
        ("2021年海川市交通运输局机关工会工作总结", "年度"),
        ("2023年上半年工作总结及下半年工作计划", "上半年"),
        ("2022-2023学年第二学期明德小学工会工作总结", None),
    ],
)
def test_period_from_title(title, period):
    assert extract_period(title, FILLER) == period


PERIOD_TEXT_CASES = [
    case("海川市总工会上半年工作总结", ("一年来，" + FILLER,), "上半年", id="title-beats-text"),
    case("区总工会年终总结模板", ("上半年，区总工会在区委领导下开展工作。", FILLER), "上半年", id="template-title-yields"),
    case("工会下半年工作总结范文（之2）", ("一年来，公司工会围绕生产经营开展工作。", FILLER), "年度",
         id="collection-title-yields"),
    case("工会年终工作总结范文", (FILLER,), "年度", id="template-title-when-text-is-silent"),
    case("工会工作总结", ("上半年，海川市总工会在市委的领导下开展工作。", FILLER), "上半年", id="shangbannian"),
    case("工会工作总结", ("半年来，我县各级工会在县委领导下开展工作。", FILLER), "上半年", id="bannianlai"),
    case("工会工作总结", ("现将半年工作总结如下：", FILLER), "上半年", id="bannian-gongzuo"),
    case("工会工作总结", ("今年1-6月，公司工会围绕生产开展劳动竞赛。", FILLER), "上半年", id="january-to-june"),
    case("工会工作总结", ("下半年，园区工会围绕项目建设开展工作。", FILLER), "下半年", id="xiabannian"),
    case("工会工作总结", ("第三季度，明德中学工会组织了教工运动会。", FILLER), "季度", id="quarter"),
    case("工会工作总结", ("一年来，机关工会认真履行职责。", FILLER), "年度", id="yinianlai"),
    case("工会工作总结", ("过去的一年里，公司工会围绕生产经营开展工作。", FILLER), "年度", id="past-year"),
    case("工会工作总结", ("20xx年度，局工会在局党组领导下开展工作。", FILLER), "年度", id="placeholder-niandu"),
    case("工会工作总结", ("现将有关情况和下半年工作计划报告如下：", FILLER), None, id="plan-for-next-half"),
    case("工会工作总结", ("会员发展已完成全年任务的60%。", FILLER), None, id="full-year-target-alone"),
    case("工会工作总结", ("上半年，工会组建已完成全年任务的60%。", FILLER), "上半年",
         id="full-year-target-in-half-year-text"),
    case("工会工作总结", ("工会班子坚持每一季度召开一次民主生活会。", FILLER), None, id="every-quarter"),
    case("工会工作总结", (FILLER * 6, "上半年，工会还组织了歌咏比赛。"), None, id="beyond-opening-window"),
    case("明德中学工会工作总结", ("今年，明德中学工会围绕学校中心工作开展活动。", FILLER), None, id="nothing-says-it"),
]


@pytest.mark.parametrize(("title", "text", "period"), PERIOD_TEXT_CASES)
def test_period_from_text(title, text, period):
    assert extract_period(title, text) == period


# ---------------------------------------------------------------- extract_unit


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("海川市交通运输局机关工会2023年工作总结", "海川市交通运输局机关工会"),
        ("2023年青禾县水利局工会委员会年终工作总结报告", "青禾县水利局工会委员会"),
        ("【篇2】2022远航机械有限公司工会工作总结", "远航机械有限公司工会"),
        ("第3篇 2023年度建设局工会工作总结报告", "建设局工会"),
        ("篇一 司法局工会工作调研报告", "司法局工会"),  # a collection's "篇一" numbers the piece
        ("篇二青禾县总工会上半年工作总结", "青禾县总工会"),
        ("明德中学2023年工会工作总结", "明德中学工会"),
        ("信息中心分工会2022年工会工作总结", "信息中心分工会"),
        ("关于青禾县总工会2023年上半年工作情况的报告", "青禾县总工会"),
        ("海川市总工会上半年工作总结", "海川市总工会"),
        ("县总工会精神文明工作总结3篇", "县总工会"),
        ("海川市直属机关工会联合会2023年工作总结", "海川市直属机关工会联合会"),
        ("2022-2023学年第二学期明德小学工会工作总结", "明德小学工会"),
        ("XX工会工作总结", None),
        ("基层工会工作总结", None),
        ("2023年工会工作总结", None),
        ("单位工作工会总结范文 第一篇", None),
        ("各级工会工作要点", None),
        ("全县工会工作总结", None),
        ("2022最新青禾镇工会年度工作总结", "青禾镇工会"),  # a site's sales word is no part of the name
        ("精选明德中学工会2023年工作总结", "明德中学工会"),
    ],
)
def test_unit_from_title(title, unit):
    assert extract_unit(title, FILLER) == unit


UNIT_TEXT_CASES = [
    case("工会工作总结", ("一年来，我们认真履行职责。", FILLER, "海川市交通运输局机关工会", "2023年12月28日"),
         "海川市交通运输局机关工会", id="signature-before-date"),
    case("工会工作总结", ("一年来，我们认真履行职责。", FILLER, "明德中学工会委员会 二〇二三年十二月"),
         "明德中学工会委员会", id="signature-with-date-on-same-line"),
    case("交通运输局机关工会2021年工作总结",
         ("20xx年，我局机关工会认真履行职责。", FILLER, "海川市交通运输局机关工会", "XX年一月二十五日"),
         "海川市交通运输局机关工会", id="signature-refines-title"),
    case("工会工作总结", ("20xx年，青禾县总工会在县委和海川市总工会的领导下，团结动员全县职工建功立业。", FILLER),
         "青禾县总工会", id="opening-skips-superior-in-leadership-clause"),
    case("单位工作工会总结范文 第三篇",
         ("20_年是公司转型发展的关键之年。在这一年中，远航机械有限公司工会紧紧围绕生产经营开展工作。", FILLER),
         "远航机械有限公司工会", id="opening-after-time-clause"),
    case("工会工作总结", ("今年以来，我局工会按照县总工会的部署开展工作。", FILLER), "局工会",
         id="opening-drops-self-reference"),
    case("工会工作总结", ("近期，我校初中部工会认真履行职责，开展各项工作。", FILLER), "初中部工会",
         id="opening-drops-own-organisation-before-a-name"),
    case("工会工作报告", ("各位代表：现在，我谨代表红枫机电工会委员会向大会报告工作。", FILLER), "红枫机电工会委员会",
         id="opening-drops-speaking-for"),
    case("县总工会工作总结", ("近年来，青禾县总工会在县委和市总的领导下，科学定位，乘势而上。", FILLER),
         "青禾县总工会", id="opening-refines-generic-title"),
    case("明德中学工会工作总结", ("20xx年，机关分工会在大学工会的领导下完成各项任务。", FILLER),
         "明德中学工会", id="title-wins-over-different-opening-union"),
    case("工会工作总结报告",
         ("海川市直属机关工会联合会：", "今年5月，经会员代表大会选举，我局成立了第一届工会委员会。", FILLER),
         None, id="addressee-line-with-colon"),
    case("工会工作总结报告",
         ("海川市直属机关工会联合会", "今年5月，经会员代表大会选举，我局成立了第一届工会委员会。", FILLER),
         None, id="addressee-line-is-not-a-signature"),
    case("工作总结", ("受海川市总工会委托，我们承办了全市职工运动会。", FILLER), None, id="after-shou"),
    case("工作总结", ("经青禾县总工会批准，我局成立了工会委员会。", FILLER), None, id="after-jing"),
    case("工会工作总结", ("1.领导重视。海川职业学院工会经费使用上得到全力支持。", FILLER), None,
         id="numbered-item-is-not-the-opening"),
    case("工会工作总结", ("本单位于20xx年6月完成换届，正式选出新一届工会委员会。", FILLER), None,
         id="phrase-ending-in-union-word"),
    case("工会工作总结", ("一年来，xx县总工会在县委的领导下扎实开展工作。", FILLER), "xx县总工会",
         id="placeholder-inside-name-kept"),
    case("县总工会工作总结", ("一年来，xx县总工会在县委的领导下扎实开展工作。", FILLER), "县总工会",
         id="placeholder-variant-does-not-replace-plain-name"),
    case("办公室文员个人工作总结",
         ("20__年，在局领导和同事们的帮助下，我认真完成了办公室文秘工作。", FILLER, "2023年12月"),
         None, id="personal-summary"),
    case("", ("明德中学工会2023年工作总结", "一年来，" + FILLER), "明德中学工会", id="title-as-first-line-of-text"),
    case("2022年工会工作总结：成绩与差距",
         ("2022年，经过全体会员的共同努力，各项工作有了新进展，进一步发挥工会组织的作用。", FILLER), None,
         id="verb-phrase-is-not-a-name"),
    case("工会工作总结", ("今年，切实增强工会组织的凝聚力，不断提升服务水平。", FILLER), None,
         id="adverb-and-verb-are-not-a-name"),
    case("工会工作总结", ("工会班子注重团结，每次工会工作会上都强调协调配合。", FILLER), None,
         id="counting-word-is-not-a-name"),
]


@pytest.mark.parametrize(("title", "text", "unit"), UNIT_TEXT_CASES)
def test_unit_from_text(title, text, unit):
    assert extract_unit(title, text) == unit


def test_refines_reads_a_fuller_form_with_placeholders_ignored():
    assert refines("2021年青禾县总工会工作总结", "青禾县总工会工作总结")
    assert not refines("青禾矿业医院工会**工作总结", "青禾矿业医院工会工作总结")  # a blank says nothing more
    assert refines("青禾矿业医院工会工作总结", "青禾矿业医院工会**工作总结", or_same=True)
    assert not refines("工会年度工作总结", "青禾镇工会年度工作总结")


# ---------------------------------------------------------------- classify_unit_kind


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("海川市交通运输局机关工会", "机关"),
        ("青禾县水利局工会委员会", "机关"),
        ("青禾县教育局机关工会", "机关"),
        ("海川市直属机关工会联合会", "机关"),
        ("青禾县委办工会", "机关"),
        ("明德中学工会", "教育"),
        ("青禾县教育工会", "教育"),
        ("海川职业学院工会", "教育"),
        ("远航机械有限公司工会", "企业"),
        ("海川纺织厂工会", "企业"),
        ("青禾县人民医院工会", "医疗"),
        ("海川市医务工会", "医疗"),
        ("海川经济开发区工会", "园区"),
        ("青禾县总工会", "县总工会"),
        ("城南区总工会", "县总工会"),
        ("海川市总工会", "市总工会"),
        ("江南省总工会", "省总工会"),
        ("海川市文学艺术界联合会工会", "其他"),
        ("青禾县工会", "县总工会"),  # a place's own union is its federation
        ("海川市工会委员会", "市总工会"),
        ("海川市场工会", "其他"),  # 市场 is no city
    ],
)
def test_unit_kind_from_unit_name(unit, kind):
    assert classify_unit_kind(unit, "工会工作总结", FILLER) == kind


ENTERPRISE_TEXT = ("一年来，工会围绕公司生产经营开展劳动竞赛。", "组织员工开展班组技能比武，车间员工踊跃参加。")
KIND_TEXT_CASES = [
    pytest.param(None, "青禾县人民医院2023年上半年工作总结", FILLER, "医疗", id="title-words"),
    pytest.param(None, "办公室文员个人工作总结", "今年认真完成了各项任务。", None, id="personal-summary-title"),
    pytest.param(None, "工会工作总结",
                 article("一年来，我校工会关心教职工生活。", "组织教师开展师德教育，召开教代会，维护教职工权益。"),
                 "教育", id="education-vocabulary"),
    pytest.param(None, "工会工作总结", article(*ENTERPRISE_TEXT), "企业", id="enterprise-vocabulary"),
    pytest.param("启明工会", "工会工作总结", article(*ENTERPRISE_TEXT), "企业", id="vocabulary-when-name-says-nothing"),
    pytest.param(None, "工作总结",
                 article("上半年，我会围绕全县中心工作开展工作。", "我县新建基层工会40家，农民工入会1500人，全县签订集体合同。"),
                 "县总工会", id="federation-vocabulary-and-level"),
    pytest.param(None, "工作总结", "今年认真完成了各项任务。", None, id="nothing-known"),
]


@pytest.mark.parametrize(("unit", "title", "text", "kind"), KIND_TEXT_CASES)
def test_unit_kind_without_a_telling_unit(unit, title, text, kind):
    assert classify_unit_kind(unit, title, text) == kind


# ---------------------------------------------------------------- classify_level


@pytest.mark.parametrize(
    ("unit", "level"),
    [
        ("江南省总工会", "省"),
        ("海川市交通运输局机关工会", "市"),
        ("青禾县总工会", "县"),
        ("城南区教育工会", "区"),
        ("白石镇工会", "乡镇"),
        ("东湖街道总工会", "乡镇"),
        ("海川市青禾县教育局工会", "县"),
        ("市直属机关工会联合会", "市"),
        ("市场监督管理局机关工会", None),
        ("海川经济开发区工会", None),
        ("远航机械有限公司工会", None),
    ],
)
def test_level_from_unit(unit, level):
    assert classify_level(unit, FILLER) == level


@pytest.mark.parametrize(
    ("unit", "text", "level"),
    [
        pytest.param("局机关工会", "局工会组织我县干部职工参加全县运动会。全县共慰问困难职工36人。", "县", id="scope-words"),
        pytest.param(None, "局工会组织我县干部职工参加运动会。", None, id="one-scope-word-is-not-enough"),
        pytest.param(None, "我县职工参加全市比赛，全县共有三人获奖，全市表彰。", None, id="tie"),
    ],
)
def test_level_from_text(unit, text, level):
    assert classify_level(unit, text) == level


# ---------------------------------------------------------------- extract_metadata

SAMPLE_TITLE = "海川市交通运输局机关工会2023年上半年工作总结"
SAMPLE_TEXT = article(
    SAMPLE_TITLE,
    "上半年，局机关工会在局党组和市直机关工会的领导下，围绕全局中心工作扎实开展工作。",
    "一、加强自身建设",
    FILLER,
    "海川市交通运输局机关工会",
    "二〇二三年七月五日",
)


def test_extract_metadata_all_fields():
    assert extract_metadata(SAMPLE_TITLE, SAMPLE_TEXT) == ArticleMetadata(
        year=2023, period="上半年", unit="海川市交通运输局机关工会", unit_kind="机关", level="市"
    )


def test_extract_metadata_is_frozen():
    meta = extract_metadata(SAMPLE_TITLE, SAMPLE_TEXT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        meta.year = 1999  # type: ignore[misc]


def test_extract_metadata_empty_article():
    assert extract_metadata("", "") == ArticleMetadata()


def test_a_name_after_a_verb_of_receiving_is_the_givers_not_the_units() -> None:
    """"获得柳岸新区工会工作先进集体称号" names who gave the honour: the report's own union is not it."""
    text = article("2024年，工会在院党委的领导下，较好完成了全年任务。获得柳岸新区工会工作先进集体称号，新区职工运动会团体第二名。",
                   FILLER)
    assert extract_unit("工会工作总结", text) is None


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("近日，柳岸省总工会授予青禾海关缉私分局“五一劳动奖状”。", None),  # the giver of an honour
        ("近期，柳岸省总工会发布表彰决定，青禾税务分局工会小组榜上有名。", "青禾税务分局工会"),  # who announces it
        ("9月6日，柳岸市总工会副主席白鹭到青禾广电集团调研。青禾广电集团工会汇报了工作。", "青禾广电集团工会"),  # a guest's post
    ],
)
def test_a_union_that_gives_announces_or_visits_is_not_the_articles_unit(opening: str, unit: str | None) -> None:
    assert extract_unit("喜讯", article(opening, FILLER)) == unit


def test_a_union_named_by_its_term_is_no_name() -> None:
    """"第三届工会会员代表大会" says which term, not which union."""
    assert extract_unit("台（集团）第三届工会会员代表大会胜利召开", article("大会在广电中心召开。", FILLER)) is None


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("青禾大酒店有限公司举行工会成立大会", "青禾大酒店有限公司工会"),  # the body that founds its own union
        ("柳岸物流公司成立工会", "柳岸物流公司工会"),
        ("11家产业集团工会工作总结", None),  # a count of unions, no union
    ],
)
def test_a_union_founded_or_counted_in_a_title(title: str, unit: str | None) -> None:
    assert extract_unit(title, article("会议在公司会议室召开。", FILLER)) == unit
