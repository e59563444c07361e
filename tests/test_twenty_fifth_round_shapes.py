"""Shapes found on fresh report pages in round twenty-five (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_twentieth_round_shapes import _IDF
from test_twenty_fourth_round_shapes import _answer, _kept_in_scope

from assistant.definitions import definition_span
from assistant.persons import person_named, titled_person
from assistant.question_profile import profile_question
from assistant.scope import Scope, level_body_unplaced
from ingest.clean import clean_text
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
    assert person_named("张建华副总经理及工会代表将保暖物品送到乘务员手中。") == "张建华"  # 副总经理: 总 is the post's too
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


def test_a_bulleted_next_article_link_is_chrome() -> None:
    """"- 下一篇：…" under the article: the page's link to its neighbour, with a list's bullet before it."""
    page = "主席团由15人组成：场领导6人，农业系统2人。\n- 上一篇：青禾果园场启动应急预案\n- 下一篇：市领导来青禾农场检查工作\n"
    assert clean_text(page) == "主席团由15人组成：场领导6人，农业系统2人。"


# ---------------------------------------------------------------- the reviews' cases (fixtures of their own)


def test_a_page_naming_any_province_or_city_is_not_taken_for_a_province_it_never_writes() -> None:
    """"四川园林事业", "到成都市慰问": the page says where it is, though never "四川省"; it is no page of 浙江's."""
    for where in ("省园林工会助力四川园林事业发展。", "省园林工会到成都市、绵阳市开展慰问。"):
        text = _PROVINCE_SITE + where
        assert not _kept(Scope(unit="浙江省园林工会", place="浙江省"), text, unit="省园林工会"), where
    # written as the place of such bodies ("四川园林"), it is that province's
    assert _kept(Scope(unit="四川省园林工会", place="四川省"), _PROVINCE_SITE + "省园林工会助力四川园林事业发展。", unit="省园林工会")


def test_a_page_speaking_as_another_body_is_not_the_bureau_it_names() -> None:
    """"市水务局领导来我厂调研": the page is the factory's (我厂), the bureau its visitor, however often named."""
    text = "3月1日，市水务局领导来我厂调研。市水务局领导对我厂安全生产给予肯定。厂工会筹集慰问款7.4万元。大家共话青禾水务新气象。"
    assert not level_body_unplaced("青禾市水务局", make_hit(text, doc_id="a"), text)


def test_a_page_never_writing_the_province_is_no_line_beside_other_units() -> None:
    """"浙江…和四川…各…": each line is said to be of the unit it names, so a page that writes neither stays out
    of both lines (a note could not say which line it is of)."""
    from test_thirteenth_round_shapes import _knowledge

    from assistant.qa import QAService

    sichuan = "据统计，省园林工会共走访慰问困难职工455人次。2023年，省园林工会助力四川园林事业高质量发展。"
    hits = [make_hit(_PROVINCE_SITE, doc_id="zj", unit="省园林工会", year=2023, rank=1),
            make_hit(sichuan, doc_id="sc", unit="省园林工会", year=2023, rank=2)]
    answer = QAService(_knowledge(hits)).answer("浙江省园林工会和四川省园林工会2023年各走访慰问困难职工多少人次？")
    lines = answer.text.splitlines()
    assert not any("浙江" in line and ("312" in line or "455" in line) for line in lines), answer.text
    assert "没有写明" not in answer.text


def test_a_banner_or_slogan_with_a_dash_is_no_title_and_an_original_title_yields_to_the_page_s() -> None:
    for banner in ("青禾市总工会 —— 基层动态", "首页 —— 工会新闻 —— 正文", "凝心聚力 —— 建功新时代工会在行动"):
        body = "3月15日，青禾职业技术学院第五届教职工代表大会第二次会议胜利闭幕。大会共收到提案46件。"
        assert [d.title for d in split_articles(f"{banner}\n{body}", "青禾学院教代会闭幕")] == ["青禾学院教代会闭幕"], banner
    page = "原标题：工地上千名职工比学赶超\n本报4月28日讯 今天，机场二期工地上的劳动竞赛启动仪式举行。共有1200名职工参赛。"
    assert [d.title for d in split_articles(page, "青禾机场工会“五一”劳动竞赛火热开展")] == ["青禾机场工会“五一”劳动竞赛火热开展"]
    for empty in ("原标题：青禾日报", "原标题：2023年1月10日"):  # a paper's name, a date: no title
        assert "原标题" not in " ".join(d.title for d in split_articles(f"{empty}\n今天，青禾机场工会开展劳动竞赛，共有1200名职工参赛。"))


def test_a_link_word_inside_a_longer_word_opens_no_meaning() -> None:
    """"“三送”即将向…延伸", "“四个一”指导组": 即将 and 指导 are words of their own, not 即 and 指."""
    text = "青禾市总工会深入开展“三送”送温暖、送清凉、送法律活动。下一步，“三送”即将向非公企业延伸。"
    span = definition_span(text, "三送")
    assert span is not None and text[span[0] : span[1]].startswith("送温暖")
    text = "青禾市总工会组织“四个一”一张卡、一本册、一套制度、一支队伍的服务模式落地。“四个一”指导组进驻企业32家。"
    span = definition_span(text, "四个一")
    assert span is not None and text[span[0] : span[1]].startswith("一张卡")


def test_a_span_told_by_its_start_and_end_apart_is_a_span() -> None:
    for text in ("本次劳动竞赛4月28日正式启动，8月30日结束，力争8月30日前完成机电安装工程。",
                 "本次劳动竞赛从4月28日开始，持续到8月30日，力争8月30日前完成机电安装工程。"):
        _assert_answered("青禾机场那场“五一”劳动竞赛从什么时候比到什么时候？", "本报4月28日讯 今天，青禾机场劳动竞赛启动仪式举行。" + text,
                         "8月30日")


def test_words_before_a_deputy_post_that_are_no_name_are_no_person() -> None:
    assert titled_person("会议由主管副厂长刘一鸣主持。") == "厂长刘一鸣"
    assert titled_person("他被任命为副厂长。") is None
    assert person_named("会议由唐晓副厂长主持。") == "唐晓"
    assert person_named("王永和副主席讲话。") == "王永和"


def test_what_a_body_is_made_up_of_is_no_count_of_who_was_elected() -> None:
    """"选出了多少名职工代表" and "本次两代会主席团由15人组成": the presidium's make-up, not how many were elected."""
    text = "选举产生第九届职代会代表。本次两代会主席团由15人组成；场领导6人，农业系统2人。"
    assert not _answer("青禾农场第九届职代会一共选出了多少名职工代表？", text, unit="青禾农场工会").grounded
    assert _answer("青禾农场第九届职代会一共选出了多少名职工代表？", "全场共选出第九届职代会职工代表120名。", unit="青禾农场工会").grounded


def test_a_page_saying_any_place_or_speaking_as_a_city_is_no_province_s_it_never_writes() -> None:
    """The third review's pages: cities without their level ("在成都举办"), a province's other name ("八闽"), a city
    speaking ("来我市调研", its unit misread from a visitor's headline) each say the page is not a page of any
    province asked; a city asked without 市 ("杭州园林工会") is never the province's body."""
    scope = Scope(unit="浙江省园林工会", place="浙江省")
    for where in ("省园林工会在成都举办全省园林职工技能竞赛，绵阳、宜宾代表队获奖。", "省园林工会助力八闽园林事业发展。",
                  "省园林工会领导来我市调研，全市各级工会走访慰问困难职工1860人次。"):
        assert not _kept(scope, _PROVINCE_SITE + where, unit="省园林工会"), where
    assert not _kept(Scope(unit="杭州园林工会", place="杭州"), _PROVINCE_SITE, unit="省园林工会")
    assert _kept(Scope(unit="浙江园林工会", place="浙江"), _PROVINCE_SITE, unit="省园林工会")


def test_a_span_from_its_first_day_to_its_last_and_a_bulleted_item_opening_with_a_chrome_word() -> None:
    _assert_answered("安康杯竞赛从什么时候到什么时候？", "青禾市总工会“安康杯”竞赛活动自3月1日起，至6月30日止，共有120家企业参赛。",
                     "至6月30日止")
    page = "各基层工会开展读书月活动。\n- 分享会：各基层工会组织读书分享会120场，参与职工8600人次。\n- 下一篇：青禾市总工会召开全委会\n"
    assert clean_text(page) == "各基层工会开展读书月活动。\n- 分享会：各基层工会组织读书分享会120场，参与职工8600人次。"


def test_a_municipality_asked_without_its_level_is_no_province_s_body() -> None:
    """"北京园林工会": 北京's bodies are 市 bodies, so a province's page that never writes its province is not of it."""
    assert not _kept(Scope(unit="北京园林工会", place="北京"), _PROVINCE_SITE, unit="省园林工会")
    assert _kept(Scope(unit="浙江园林工会", place="浙江"), _PROVINCE_SITE, unit="省园林工会")
