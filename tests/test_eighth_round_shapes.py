"""Shapes found on fresh report pages this round (fixtures invented, same shapes): the articles a
question counts before what it asks of each, a total closing a sentence, the start of the year,
a year asked of a report that gives none, households counted as people, a time before a name."""

from __future__ import annotations

from datetime import date

from fakes import make_hit

from assistant.extractive import candidates
from assistant.question_profile import profile_question
from assistant.scope import Scope, check_scope, months_dated, read_own_scope

TODAY = date(2026, 12, 4)


def _idf(word: str) -> float:
    return 3.0


def _best(question: str, text: str, **meta):
    profile = profile_question(question, _idf)
    return candidates([make_hit(text, **meta)], profile)[0]


def test_counting_the_reports_is_not_the_measure_asked_of_each() -> None:
    # "几份…总结里" counts the articles set side by side; "人数各是多少" is what each is asked for
    profile = profile_question("几份街道工会总结里，哪些提到了对失业职工的技能培训？人数各是多少？", _idf)
    assert "人" in profile.measures and "份" not in profile.measures
    assert "家" not in profile_question("几家单位的工会总结里写了会员总人数？分别是多少？", _idf).measures
    # a count of something done keeps its measure
    assert "家" in profile_question("青柳街道今年新建了几家工会？", _idf).measures
    # a report meeting is no report, and people who speak there are counted as people
    assert "人" in profile_question("几个人在报告会上发言？各讲了多少分钟？", _idf).measures


def test_a_total_closing_a_sentence_sums_what_the_sentence_said() -> None:
    text = "年初，对辖区31户困难职工进行了慰问，每户发放400元，共计12400元。"
    best = _best("翠湖社区工会年初慰问困难职工总共发了多少钱？", text, unit="翠湖社区工会")
    assert best.has_answer_type
    # a total of something else than the question's topic still does not answer it
    other = "组织职工体检，每人标准300元，共计9000元。"
    assert not _best("翠湖社区工会年初慰问困难职工总共发了多少钱？", other, unit="翠湖社区工会").has_answer_type
    # a total of another measure than the sentence's earlier figures sums nothing; 共 of 共青团 is no total
    other = "对困难职工进行了慰问，开展技能培训，共计培训200人。"
    assert not _best("翠湖社区工会慰问了多少名困难职工？", other, unit="翠湖社区工会").has_answer_type
    other = "对困难职工进行了慰问，共青团员捐款5000元。"
    assert not _best("翠湖社区工会慰问困难职工总共发了多少钱？", other, unit="翠湖社区工会").has_answer_type


def test_the_start_of_the_year_is_its_first_months_not_the_second_half() -> None:
    assert months_dated("年初，对辖区31户困难职工进行了慰问。") == {1, 2, 3}
    assert months_dated("年初以来，共慰问困难职工31户。") == set(range(1, 13))
    # going somewhere at the start of the year, or a span from it, is no "since"
    assert months_dated("年初到基层走访困难职工。") == {1, 2, 3}
    assert months_dated("年初至6月，共走访企业40家。") == {1, 2, 3, 6}


def test_a_year_asked_of_a_report_that_gives_none_is_not_confirmed() -> None:
    article = "社区工会工作总结\n我们xx社区工会建立了文件、组织、活动三个档案。"
    hit = make_hit("我们xx社区工会建立了文件、组织、活动三个档案。", doc_id="a1")
    scope = read_own_scope("翠湖社区工会2019年建立了哪几个档案？", TODAY)
    kept, misses = check_scope([hit], Scope(year=scope.year), {"a1": article})
    assert not kept and misses[0].reasons == ("year",)
    # the year said anywhere in the article keeps it; 今年/去年 asks of the report's own year
    dated = article.replace("我们", "2019年，我们")
    assert check_scope([hit], Scope(year=2019), {"a1": dated})[0]
    assert check_scope([hit], Scope(year=2025, relative_year=True), {"a1": article})[0]


def test_people_asked_are_counted_in_households_too() -> None:
    text = "对辖区31户困难职工进行了慰问。"
    assert _best("翠湖社区年初慰问的困难职工是多少？", text).has_answer_type
    # a headcount asked is of people, not of households
    assert "户" not in profile_question("翠湖社区的职工总数是多少？", _idf).measures


def test_a_time_before_a_unit_is_no_part_of_its_name() -> None:
    assert read_own_scope("年终青柳医院工会总结里开展了哪些文体活动？", TODAY).unit == "青柳医院工会"
    assert read_own_scope("年底白杨县总工会慰问了多少人？", TODAY).unit == "白杨县总工会"
    # a name that only starts like a time word keeps it
    assert read_own_scope("明月社区工会有多少会员？", TODAY).unit == "明月社区工会"


def test_a_title_naming_only_a_kind_yields_to_the_union_the_opening_names() -> None:
    from ingest.metadata import extract_unit

    opening = "20XX年，青柳镇工会联合会在县总工会和镇党委的正确领导下，认真开展了各项工作。"
    assert extract_unit("乡镇工会工作总结", opening) == "青柳镇工会联合会"
    # "我院工会" says no more than the title's kind; a placeholder name says nothing
    assert extract_unit("医院工会工作总结", "一年来，我院工会在院党委的领导下开展工作。") == "医院工会"
    assert extract_unit("社区工会工作总结", "XX社区工会在街道党工委的领导下开展工作。") == "社区工会"


def test_a_count_of_the_reports_alone_is_what_is_asked() -> None:
    profile = profile_question("“职工书屋”在几份总结里出现过？", _idf)
    assert "份" in profile.measures


def test_which_of_a_kind_of_body_is_asked_one_article_each() -> None:
    assert profile_question("哪几家医院工会每年都办迎新春联欢会？", _idf).per_document
    assert profile_question("哪些学校组织了教职工运动会？", _idf).per_document
    # an activity or a post of such a body is no body
    assert not profile_question("哪些社区活动最受欢迎？", _idf).per_document
    assert not profile_question("哪些社区工会活动最受欢迎？", _idf).per_document
    assert not profile_question("哪些是工会的职责？", _idf).per_document


def test_a_count_of_the_reports_before_another_question_asks_no_count() -> None:
    profile = profile_question("几份总结里工会征订的报刊都有哪些？", _idf)
    assert not profile.measures
    assert not profile_question("翠湖街道的几份总结里各提到了什么活动？", _idf).measures
    assert profile.per_document and not profile.wants_number


def test_running_text_after_a_kind_only_title_is_no_union_name() -> None:
    from ingest.metadata import extract_unit

    text = "现将我局年度工会工作总结如下：\n一、重点工作\n我局党委历来重视工会工作，把工会工作纳入议事日程。"
    # no "我局党委历来重视工会"; the body speaks as a 局 throughout, which the 医院 title is not (ninth round)
    assert extract_unit("医院工会工作总结", text) == "局工会"
    assert extract_unit("医院工会工作总结", text.replace("我局", "我院")) == "医院工会"


def test_which_bodies_a_report_lists_as_done_is_one_reports_list() -> None:
    # the bodies as what was done ("新建了哪几家…"), or closing the question, are no subjects to set side by side
    assert not profile_question("翠湖街道总工会新建了哪几家企业工会？", _idf).per_document
    assert not profile_question("翠湖街道去年表彰的是哪几家企业？", _idf).per_document
