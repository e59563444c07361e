"""Shapes found on fresh report pages in round twenty-five (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_twentieth_round_shapes import _IDF
from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.definitions import definition_span
from assistant.persons import titled_person
from assistant.question_profile import profile_question
from assistant.scope import Scope, level_body_unplaced
from ingest.split import split_articles

# a province's own site: its bodies by their level alone, the province never written
_PROVINCE_SITE = ("按照省总工会的统一安排，省园林工会积极开展2023年元旦春节送温暖活动。"
                  "据统计，省园林工会及所属基层工会共走访慰问困难职工312人次，发放慰问金28万元。")


def _kept(scope: Scope, text: str, **meta: object) -> bool:
    return _kept_in_scope(scope, text, **meta)


def test_a_body_a_provincial_site_writes_by_level_alone_is_the_one_asked_with_the_place_unwritten_said() -> None:
    """"浙江省园林工会" asked of a page whose own unit is "省园林工会" and which never writes 浙江: the page is
    answered from, and the answer says the material does not write the province."""
    answer = _answer("浙江省园林工会2023年送温暖慰问了多少人次困难职工？", _PROVINCE_SITE, unit="省园林工会", year=2023,
                     title="省园林工会2023年工作总结")
    assert answer.grounded and "312人次" in answer.text
    assert "没有写明是浙江省的" in answer.text
    # the level left out ("浙江园林工会"), as people say it
    assert _kept(Scope(unit="浙江园林工会", place="浙江"), _PROVINCE_SITE, unit="省园林工会")
    # not when the page writes another province before a body of that level, nor writes the one asked only as visited
    other = _PROVINCE_SITE + "江西省园林工会来我省交流。"
    assert not _kept(Scope(unit="浙江省园林工会", place="浙江省"), other, unit="省园林工会")
    visited = _PROVINCE_SITE + "省园林工会一行赴浙江学习考察。"
    assert not _kept(Scope(unit="浙江省园林工会", place="浙江省"), visited, unit="省园林工会")
    # nor a page of another body of the level ("省总工会" is only who arranged it)
    assert not _kept(Scope(unit="浙江省总工会", place="浙江省"), _PROVINCE_SITE, unit="省园林工会")


def test_with_no_unit_read_a_body_the_page_keeps_naming_is_of_the_place_it_writes() -> None:
    """A page whose unit ingest could not read, that keeps writing "市水务局" and writes its city as the place of
    such bodies ("青禾水务新气象"): a question naming 青禾市水务局 is of it; not when it writes the body once or never
    writes the place."""
    text = ("为开展好走访慰问活动，市水务局专门制定了走访计划。市水务局党组成员分别带队，深入基层水管所。"
            "本次活动中市水务局筹集慰问款7.4万元。大家共话青禾水务新气象。")
    scope = Scope(unit="青禾市水务局", place="青禾市")
    assert _kept(scope, text)
    assert level_body_unplaced("青禾市水务局", make_hit(text, doc_id="a"), text)
    once = "市水务局领导来我厂调研，厂工会主席陪同。大家共话青禾水务新气象。"
    assert not level_body_unplaced("青禾市水务局", make_hit(once, doc_id="a"), once)
    unwritten = text.replace("青禾水务", "水务")
    assert not level_body_unplaced("青禾市水务局", make_hit(unwritten, doc_id="a"), unwritten)


def test_an_original_title_line_titles_the_article() -> None:
    """"原标题：青禾机场开展“五一”劳动竞赛": a reposted news item states its own title, whatever it says."""
    page = "原标题：青禾机场开展“五一”劳动竞赛\n本报4月28日讯 今天，在青禾机场二期工地上，劳动竞赛启动仪式举行。竞赛时间为4月28日至8月30日。"
    drafts = split_articles(page)
    assert [draft.title for draft in drafts] == ["青禾机场开展“五一”劳动竞赛"]
    assert "原标题" not in drafts[0].text


def test_a_headline_with_a_subtitle_after_a_dash_is_one_title() -> None:
    page = ("暖心慰问送关怀 ——学院工会开展“送温暖”活动\n"
            "传统的新春佳节日益临近，学院工会组成慰问组，分别慰问了七名困难教职工，送去慰问金。")
    assert [draft.title for draft in split_articles(page)] == ["暖心慰问送关怀——学院工会开展“送温暖”活动"]


def test_a_name_before_a_deputy_post_is_a_person() -> None:
    """"会议由王建国副厂长主持": the name stands before the deputy's post, which the tagger reads as one word."""
    assert titled_person("会议由王建国副厂长主持，大会听取了方案。") == "王建国副厂长"
    answer = _answer("青禾食品厂那次职代会由谁主持？", "2月28日，青禾食品厂召开了第二届职工代表大会。会议由王建国副厂长主持，大会听取了方案。",
                     unit="青禾食品厂工会", title="青禾食品厂召开职代会")
    assert answer.grounded and "王建国" in answer.text


def test_a_meaning_opened_by_a_link_word_wins_over_words_run_on_after_an_earlier_mention() -> None:
    """"“三号联创”暨“七比七赛”劳动竞赛启动" then "“三号联创”即：创建…": the second spells the slogan out."""
    text = ("今天，“三号联创”暨“七比七赛”劳动竞赛启动仪式举行，这是机场、建设单位、安装单位共同举办的竞赛。"
            "据了解，“三号联创”即：创建党员先锋号、青年文明号、工人先锋号。")
    span = definition_span(text, "三号联创")
    assert span is not None and text[span[0] : span[1]].startswith("创建党员先锋号")


def test_a_place_won_that_the_question_names_picks_its_sentence() -> None:
    """"个人第一名是谁": 第一名 weighs, so the sentence saying who won it comes before one naming the contestants."""
    assert "第一名" in profile_question("那次技能竞赛，个人第一名是谁？", _IDF).weights
    text = ("副总裁李明带领王小川、陈立、赵阳三位选手组成的班组参加了本次技能竞赛。"
            "最终在个人竞赛中，王小川获第一名、陈立获第二名，班组获团队三等奖。")
    _assert_answered("青禾航空那次技能竞赛，个人第一名是谁？", text, "王小川获第一名")


def test_a_span_asked_is_answered_by_a_sentence_giving_one() -> None:
    """"从什么时候比到什么时候": a span of days ("4月28日至8月30日"), which the dateline's one day is not."""
    assert "span" in profile_question("那场劳动竞赛从什么时候比到什么时候？", _IDF).kinds
    text = ("本报4月28日讯 今天，青禾机场二期工地上的“五一”劳动竞赛启动仪式举行。"
            "竞赛时间为4月28日至8月30日。通过比赛，力争8月30日前完成机电安装工程。")
    _assert_answered("青禾机场那场“五一”劳动竞赛从什么时候比到什么时候？", text, "4月28日至8月30日")


def _assert_answered(question: str, text: str, expected: str) -> None:
    answer = _answer(question, text, unit="青禾工会")
    assert answer.grounded and expected in answer.text, answer.text
