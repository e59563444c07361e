"""Shapes found on fresh report pages this round (fixtures invented, same shapes): lists of counted
things, a one-character quoted category, numbered items that open with a short clause."""

from __future__ import annotations

from fakes import make_hit

from assistant.enumeration import asked_category, find_enumerations
from assistant.extractive import candidates
from assistant.list_answers import best_list
from assistant.question_profile import profile_question


def _idf(word: str) -> float:
    return 3.0


def _best_items(question: str, text: str) -> tuple[str, ...]:
    profile = profile_question(question, _idf)
    hit = make_hit(text, source="白鹭镇总工会工作总结.txt")
    found = best_list(candidates([hit], profile, {}), profile, {})
    assert found is not None
    return found[1].items


def test_counted_things_side_by_side_are_one_list() -> None:
    text = ("截至年底，全镇建会组织中，独立建会企业38家，机关工会2家，村居联合会6家（含企业81家），"
            "商户联合会4家（含企业150家），园区联合会1家，职工会员6100余人。")
    lists = [e.items for e in find_enumerations(text)]
    assert ("独立建会企业38家", "机关工会2家", "村居联合会6家（含企业81家）", "商户联合会4家（含企业150家）",
            "园区联合会1家", "职工会员6100余人") in lists


def test_two_counts_are_no_list_and_a_date_opens_none() -> None:
    lists = [e.items for e in find_enumerations("2023年5月，新建工会7家，发展会员120人。")]
    assert not any(any(item.startswith(("2023", "5月")) for item in items) for items in lists)
    assert ("新建工会7家", "发展会员120人") not in lists


def test_which_kinds_of_federations_reads_the_counted_list() -> None:
    text = ("一、组建工作。年初核查后，新增建会企业3家，新增会员95人。截至年底，全镇建会组织中，独立建会企业38家，"
            "机关工会2家，村居联合会6家（含企业81家），商户联合会4家（含企业150家），园区联合会1家。")
    items = _best_items("白鹭镇总工会的建会组织有哪几种联合会？", text)
    assert {"村居联合会6家（含企业81家）", "商户联合会4家（含企业150家）", "园区联合会1家"} <= set(items)


def test_a_quoted_one_character_category_is_what_the_items_are() -> None:
    assert asked_category("柳岸煤矿工会重点建设了哪几个“家”？") == "家"
    text = ("柳岸煤矿工会坚持服务职工，增强职工凝聚力、向心力、战斗力，聚力全面建家，"
            "加大“书香之家、平安之家、健康之家、和睦之家”建设力度。")
    assert _best_items("柳岸煤矿工会重点建设了哪几个“家”？", text) == ("书香之家", "平安之家", "健康之家", "和睦之家")


def test_a_numbered_item_opening_with_a_short_clause_goes_on_to_say_what() -> None:
    text = ("会上布置了下半年工作：（1）精心组织，参加集团“青禾杯”合唱比赛并做好录像工作，深入班组教唱。"
            "（2）6月份，继续为全体会员续保职工互助保险，做好理赔服务。（3）做好困难职工摸底。")
    lists = [e.items for e in find_enumerations(text)]
    assert ("精心组织，参加集团“青禾杯”合唱比赛并做好录像工作", "6月份，继续为全体会员续保职工互助保险",
            "做好困难职工摸底") in lists


def test_a_union_kind_after_the_last_subject_is_what_each_has() -> None:
    from assistant.subjects import split_subjects

    assert split_subjects("青禾县和柳岸县的总工会在职工驿站上各建了多少个？") == [
        "青禾县的总工会在职工驿站上建了多少个", "柳岸县的总工会在职工驿站上建了多少个"]


def test_a_count_of_bodies_after_the_subjects_points_back_at_them() -> None:
    from assistant.subjects import split_subjects

    assert split_subjects("白鹭煤矿和青禾矿两家工会的金秋助学分别做得怎样？") == [
        "白鹭煤矿的金秋助学做得怎样", "青禾矿的金秋助学做得怎样"]


def test_a_name_opening_with_numeral_characters_is_a_name() -> None:
    from datetime import date

    from assistant.scope import read_own_scope

    today = date(2026, 12, 1)
    assert read_own_scope("万年矿的金秋助学发了多少钱？", today).unit == "万年矿"
    assert read_own_scope("万年矿工会的金秋助学发了多少钱？", today).unit == "万年矿工会"
    assert read_own_scope("三十家企业工会开展了什么活动？", today).unit != "三十家企业工会"


def test_money_said_alone_is_for_what_the_next_clause_buys() -> None:
    text = "五一前夕，投资6万余元，购置室外健身器材30多套，安放在青禾广场。"
    hit = make_hit(text, source="青禾县总工会半年总结.txt")
    profile = profile_question("青禾县总工会五一前夕花了多少钱买室外健身器材？", _idf)
    best = candidates([hit], profile, {})[0]
    assert best.has_answer_type and "6万余元" in best.text


def test_a_genre_word_names_a_list_only_after_it() -> None:
    # every clause of a summary says 工作: only "…等工作" says a list is of the work asked about
    from assistant.list_answers import _names_category

    profile = profile_question("柳岸县总工会上半年继续深入开展了哪些工作？", _idf)
    text = "表彰劳模，激励职工热爱劳动、勇于奉献、忘我工作，为全县发展多做贡献。开展了走访、助学、救助等工作。"
    said, named = [(e, _names_category(e, text, profile)) for e in find_enumerations(text)][:2]
    assert said[0].items[-1] == "忘我工作" and not said[1]
    assert named[0].items == ("走访", "助学", "救助") and named[1]


def test_counts_before_things_side_by_side_are_one_list() -> None:
    text = "广泛开展岗位创新，评选出 19 项小发明，命名表彰 4 个创新工作室、2 个劳模工作室，60 个岗位能手。"
    assert ("4 个创新工作室", "2 个劳模工作室", "60 个岗位能手") in [e.items for e in find_enumerations(text)]


def test_every_pair_of_a_clause_is_read_and_only_parallel_ones_count() -> None:
    text = "白鹭保险分公司工会组织机关和城区网点近40名女职工赴青禾湿地公园及柳岸果园，开展“三八”户外活动。"
    pairs = [e.items for e in find_enumerations(text) if len(e.items) == 2]
    assert ("青禾湿地公园", "柳岸果园") in pairs
    assert not any(items[0] == "机关" for items in pairs)
    assert _best_items("白鹭保险分公司工会三八节户外活动去了哪两个地方？", text) == ("青禾湿地公园", "柳岸果园")


def _scope_reasons(hit, scope, article):
    from assistant.scope import check_scope

    kept, misses = check_scope([hit], scope, {hit.metadata["doc_id"]: article})
    return () if kept else misses[0].reasons


def test_a_report_opening_with_its_year_is_of_that_year_whatever_the_site_title_says() -> None:
    from assistant.scope import Scope

    article = "2012年区教育工会在教育局的领导下，围绕全年目标开展工作。\n5月25日举办“爱心助成长”捐助仪式，全区66名贫困生参加联欢。"
    hit = make_hit("5月25日举办“爱心助成长”捐助仪式，全区66名贫困生参加联欢。", doc_id="d7", unit="教育工会", year=2023,
                   title="2023年教育工会工作总结")
    assert _scope_reasons(hit, Scope(year=2012), article) == ()
    assert _scope_reasons(hit, Scope(year=2023), article) == ("year",)
    since = "2012年以来，区教育工会坚持…"
    assert _scope_reasons(hit, Scope(year=2012), since) == ("year",)


def test_a_unit_asked_with_its_area_matches_its_own_report_that_names_the_area() -> None:
    from assistant.scope import Scope

    # the report writes its area only elsewhere ("青禾市“文明职工”"), never "青禾市建设局"
    article = ("建设局工会上半年工作总结。局系统各基层工会广泛开展“迎新春”文体活动。"
               "积极推荐青禾市“文明职工”和“十佳职工标兵”。")
    hit = make_hit("举办了“迎新春”系列文体活动。", doc_id="d8", unit="建设局工会", year=2021)
    assert _scope_reasons(hit, Scope(unit="青禾市建设局工会", place="青禾市"), article) == ()
    assert "unit" in _scope_reasons(hit, Scope(unit="柳岸市建设局工会", place="柳岸市"), article)


def test_an_abbreviated_trade_between_an_area_and_its_body_is_one_name() -> None:
    from datetime import date

    from assistant.scope import read_own_scope

    assert read_own_scope("县住建局工会的职工参加演讲比赛拿了什么奖？", date(2026, 12, 1)).unit == "县住建局工会"


def test_a_name_with_a_trade_word_put_in_matches_the_report_that_writes_the_trade_elsewhere() -> None:
    from assistant.scope import Scope

    article = ("12月7日，白鹭市分公司为外勤人员发放防寒服。这是落实省、市邮政工作会“六件实事”之一，"
               "鼓舞了全市邮政干部员工。")
    hit = make_hit("共计费用9.6万元。", doc_id="d9", unit="", year=2018)
    assert _scope_reasons(hit, Scope(unit="白鹭市邮政分公司", place="白鹭市"), article) == ()
    assert "unit" in _scope_reasons(hit, Scope(unit="白鹭市电信分公司", place="白鹭市"), article)


def test_kinds_and_classes_are_measures() -> None:
    from assistant.aggregate import figures

    assert [f.text for f in figures("书架上各类书籍期刊百余种")] == ["百余种"]
    assert [f.text for f in figures("开设培训班3类")] == ["3类"]


def test_two_unions_side_by_side_each_keep_their_own_union() -> None:
    from assistant.subjects import split_subjects

    assert split_subjects("白鹭区民政局工会和青禾县教育工会在基层新建工会方面各有什么进展？") == [
        "白鹭区民政局工会在基层新建工会方面有什么进展", "青禾县教育工会在基层新建工会方面有什么进展"]
    assert split_subjects("丁香街道和桂园街道基层工会各有多少个？") == ["丁香街道的基层工会有多少个", "桂园街道的基层工会有多少个"]


def test_a_name_may_hold_the_characters_of_a_verb_it_is_not() -> None:
    from assistant.condense import unit_names

    assert unit_names("柳岸水运发展集团工会现在有多少会员？") == ["柳岸水运发展集团工会"]
    assert unit_names("市委组织部工会有几名委员？") == ["市委组织部工会"]
    assert unit_names("县总工会组织开展了哪些活动？") == ["县总工会"]
    assert unit_names("青禾县总工会组织了多少名劳模去送技下乡？") == ["青禾县总工会"]


def test_a_figure_of_another_group_does_not_answer_how_many_members() -> None:
    # the province in the unit's name says whose the figure is, not that it counts members
    text = "青禾水运发展集团工会连续两年承办青禾省职业技能大赛，7名员工荣获“青禾省技术能手”称号。"
    hit = make_hit(text, source="青禾水运发展集团工会.txt", unit="青禾水运发展集团工会")
    profile = profile_question("青禾水运发展集团工会现在有多少会员？", _idf)
    assert not any(c.has_answer_type for c in candidates([hit], profile, {}))


def test_a_place_and_a_trade_name_a_subject_and_a_branch_ends_a_name() -> None:
    from assistant.subjects import split_subjects

    said = {"青禾", "邮政", "柳岸", "电信"}
    known = lambda phrase: phrase in said  # noqa: E731 - the words the reports say
    assert split_subjects("柳岸县支行和青禾邮政各提到要办几件实事？", known) == [
        "柳岸县支行提到要办几件实事", "青禾邮政提到要办几件实事"]
    assert split_subjects("柳岸电信的问卷回收率和白鹭分行的员工入会率各是多少？", known) == [
        "柳岸电信的问卷回收率是多少", "白鹭分行的员工入会率是多少"]


# ---------------------------------------------------------------- the review's cases, kept out

def test_a_year_something_began_in_is_not_the_reports_year() -> None:
    from assistant.scope import opening_year

    assert opening_year("2012年教育工会在教育局的领导下，开展工作。") == 2012
    for opening in ("2008年建会以来，青禾公司工会…", "2018年8月至今，白鹭工会…", "2016年和2017年，青禾工会…"):
        assert opening_year(opening) is None


def test_a_place_visited_or_another_citys_body_is_not_the_reports_own_place() -> None:
    from assistant.scope import Scope

    article = ("建设局工会上半年工作总结。柳岸市建设局系统各基层工会广泛开展“迎新春”文体活动。"
               "5月组织工会干部赴青禾市学习职工之家建设经验。")
    hit = make_hit("举办了“迎新春”系列文体活动。", doc_id="d10", unit="建设局工会", year=2021)
    assert "unit" in _scope_reasons(hit, Scope(unit="青禾市建设局工会", place="青禾市"), article)


def test_a_number_is_no_trade_put_into_a_name() -> None:
    from assistant.scope import Scope

    article = "青禾市人民医院工会第二季度开展义诊。第二批志愿者下乡，第二次走访病困职工。"
    hit = make_hit("开展义诊。", doc_id="d11", unit="青禾市人民医院工会", year=2021)
    assert "unit" in _scope_reasons(hit, Scope(unit="青禾市第二人民医院工会", place="青禾市"), article)


def test_no_name_starts_inside_a_verb() -> None:
    from assistant.condense import unit_names

    assert unit_names("如何开展柳岸区总工会的送温暖工作？") == ["柳岸区总工会"]
    assert unit_names("上级工会组织部署柳岸集团工会做了哪些工作？") == ["上级工会", "柳岸集团工会"]


def test_a_total_is_not_what_the_next_clause_bought() -> None:
    text = "春节前走访慰问困难职工86户，发放慰问金，共计36万元，举办职工迎春运动会，参赛职工400余人。"
    hit = make_hit(text, source="青禾县总工会总结.txt", unit="青禾县总工会")
    profile = profile_question("青禾县总工会举办职工迎春运动会花了多少钱？", _idf)
    assert not candidates([hit], profile, {})[0].has_answer_type


def test_a_chain_of_figures_about_one_course_is_no_list() -> None:
    text = "今年举办职工技能培训班12期，培训职工860名，考核合格820名，其中取得高级工证书96名。"
    assert not any(len(e.items) >= 3 for e in find_enumerations(text))


def test_a_pair_item_runs_to_the_join_beside_it() -> None:
    text = "白鹭公司工会组织会员赴青禾古镇和柳岸生态园及白鹭湖的景区游览。"
    pairs = [e.items for e in find_enumerations(text) if len(e.items) == 2]
    assert ("青禾古镇", "柳岸生态园") in pairs and not any("和" in item for items in pairs for item in items)


def test_one_kind_or_the_first_class_is_no_figure() -> None:
    from assistant.aggregate import figures

    assert figures("借阅图书已成为职工的一种生活习惯") == [] and figures("获评第一类单位") == []


def test_counted_bodies_after_a_county_are_no_pointer_back() -> None:
    from assistant.subjects import split_subjects

    assert split_subjects("青禾县总工会和柳岸县基层工会各有多少个？") == [
        "青禾县总工会的基层工会有多少个", "柳岸县的基层工会有多少个"]
    assert all("医院" in part for part in split_subjects("青禾县和柳岸县3家医院的工会分别做了什么？")[1:])


def test_names_read_once_per_text_come_back_as_a_fresh_list() -> None:
    from assistant.condense import unit_names

    first = unit_names("青禾县总工会和柳岸镇总工会联合开展活动。")
    first.append("改过")
    assert unit_names("青禾县总工会和柳岸镇总工会联合开展活动。") == ["青禾县总工会", "柳岸镇总工会"]
