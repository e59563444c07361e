"""Shapes found on fresh report pages this round (fixtures invented, same shapes): a clause that goes
on from the one before with an adverb, a year written inside a question's name, a level before a
body's own name, a paragraph of semicolon-closed clauses."""

from __future__ import annotations

from fakes import make_hit
from test_eighth_round_shapes import TODAY, _best, _idf  # the same invented date and one-passage scoring

from assistant.enumeration import asked_count, find_enumerations
from assistant.extractive import candidates
from assistant.list_answers import best_list
from assistant.question_profile import profile_question
from assistant.scope import Scope, check_scope, read_own_scope


def test_a_figure_clause_opening_with_an_adverb_goes_on_from_the_clause_before() -> None:
    # "…篮球比赛，就投入了2万元": 就 opens no new subject, the figure is what the match cost
    text = "今年共支持工会活动经费3万余元，特别是组织参加县直系统篮球比赛，就投入了2万元。"
    assert _best("白杨局组织职工参加县直系统篮球赛花了多少钱？", text, unit="白杨局工会").has_answer_type
    # a clause of its own subject stays apart, and so does another action (还/也/又) or a word (就餐, 便民)
    question = "白杨局组织职工参加县直系统篮球赛花了多少钱？"
    lead = "今年共支持工会活动经费3万余元，特别是组织参加县直系统篮球比赛，"
    for other in ("职工书屋购书投入了2万元。", "还为困难职工发放慰问金2万元。", "就餐补助发放2万元。", "便民服务站添置设备花费2万元。"):
        assert not _best(question, lead + other, unit="白杨局工会").has_answer_type, other
    # a figure and what it bought, after another action, still answers what it bought
    bought = "今年组织职工参加县直系统篮球比赛，还投入5万余元，购置户外健身器材20多套。"
    assert _best("白杨局工会购置健身器材花了多少钱？", bought, unit="白杨局工会").has_answer_type


def test_a_year_ends_a_name_the_question_gives() -> None:
    question = "青柳烟工会2011年通过办事公开栏一共向职工公示了多少期？"
    # the year ends the name; "通过办" cuts the word 办事: the whole name is the unit asked about
    # (a place the tagger joins to the next word is still a name: two names, no one unit)
    assert read_own_scope("白杨公司工会和翠湖镇政府联合举办了什么活动？", TODAY).unit is None
    assert read_own_scope("三家店街道工会慰问了多少户？", TODAY).unit == "三家店街道工会"  # a name, not a count
    scope = read_own_scope(question, TODAY)
    assert (scope.unit, scope.year) == ("青柳烟工会", 2011)


def test_a_level_before_a_bodys_own_name_says_no_place() -> None:
    # "县商务局" asked of a report written as "商务局工会 … 我局": the same body; after another level it is another
    hit = make_hit("今年，我局每年安排工会办公和活动经费3000元。", doc_id="a1", unit="商务局工会")
    article = "商务局工会2020年工作总结\n今年，我局每年安排工会办公和活动经费3000元。"
    scope = Scope(unit="县商务局")
    assert check_scope([hit], scope, {"a1": article})[0]
    other = make_hit("今年，市商务局每年安排工会办公和活动经费3000元。", doc_id="a2", unit="市商务局工会")
    assert not check_scope([other], scope, {"a2": "市商务局工会2020年工作总结\n" + other.text})[0]
    # a report that mentions the body is not the body's
    partner = make_hit("今年，商务局为我会安排经费3000元。", doc_id="a3", unit="翠湖医院工会")
    assert not check_scope([partner], scope, {"a3": partner.text})[0]


def test_a_paragraph_of_semicolon_clauses_is_a_list() -> None:
    text = ("为提高职工生活质量，工会做了以下工作。\n"
            "逢年过节发放节日福利，深受职工欢迎；每逢职工生日都送上生日礼金和问候；组织全体职工进行健康体检；\n"
            "下半年还将继续。")
    lists = [e for e in find_enumerations(text) if len(e.items) == 3 and "健康体检" in e.items[-1]]
    assert lists and lists[0].items[0].startswith("逢年过节发放节日福利")
    assert "生日礼金" in lists[0].items[1]
    assert "；" in lists[0].text  # clauses are set apart by semicolons, as written
    # a paragraph's lead is no item; an ordinal paragraph is the ordinal list's
    led = "今年，青柳局工会在局党组的正确领导下，组织了职工运动会；开展了读书活动；举办了书法比赛。\n"
    assert [e.items for e in find_enumerations(led) if len(e.items) == 3] == [("组织了职工运动会", "开展了读书活动", "举办了书法比赛")]
    numbered = "一是发放节日福利；二是送上生日礼金；三是组织健康体检。\n"
    assert [e.items for e in find_enumerations(numbered) if len(e.items) == 3] == [("发放节日福利", "送上生日礼金", "组织健康体检")]
    # two clauses are a sentence, not a list
    assert not [e for e in find_enumerations("发放节日福利；送上生日礼金。\n") if "发放节日福利" in e.items]


def test_reports_counted_before_how_each_did_it_are_set_side_by_side() -> None:
    profile = profile_question("几份企业工会总结里在职工生日上都有安排，各自是怎么做的？", _idf)
    assert profile.per_document and "份" not in profile.measures
    # two reports counted, then what each holds: one line each, of the kind named (no unit "两份…")
    question = "两份青柳邮政工会总结各抓的重点工作是什么？"
    assert profile_question(question, _idf).per_document
    assert read_own_scope(question, TODAY).unit == "青柳邮政工会"
    # one report's own figure is still one answer; reports passed or written are what is asked of
    assert not profile_question("青柳邮政工会发了几份倡议书？", _idf).per_document
    assert not profile_question("职代会审议通过了两份报告，分别是什么？", _idf).per_document
    assert "份" in profile_question("多少份总结提到了怎样做好职工之家建设？", _idf).measures


def test_an_unsigned_article_is_a_named_units_only_when_it_writes_its_name() -> None:
    # an article that never says whose it is holds nothing against "学校工会"; but a name that says
    # which body ("青柳食品公司") must be written in it somewhere, in any letter case
    text = "今年我们为每位帮扶对象落实帮扶资金600元。"
    hit = make_hit(text, doc_id="a1")
    assert not check_scope([hit], Scope(unit="青柳食品公司工会"), {"a1": text})[0]
    assert check_scope([hit], Scope(unit="学校工会"), {"a1": text})[0]
    # one that speaks as that kind of body ("本公司") may be its
    spoken = text.replace("我们", "本公司工会")
    assert check_scope([make_hit(spoken, doc_id="a2")], Scope(unit="青柳食品公司工会"), {"a2": spoken})[0]
    for article in ("今年我行工会为每位帮扶对象落实帮扶资金600元。", "今年，县电业局工会为每位帮扶对象落实帮扶资金600元。"):
        unit = "青柳支行工会" if "我行" in article else "青柳县电业局工会"  # a bank speaks as 我行; the body unplaced
        assert check_scope([make_hit(article, doc_id="a3")], Scope(unit=unit), {"a3": article})[0], unit
    named = "作为拥有80多名员工的青柳b厂工会，" + text
    assert check_scope([hit], Scope(unit="青柳B厂工会"), {"a1": named})[0]


def test_a_month_after_the_year_is_no_part_of_a_titles_union() -> None:
    from ingest.metadata import extract_unit

    body = "xx年，我院工会在县总工会的正确领导下，慰问困难职工12户。"
    assert extract_unit("2013年11月青柳医院工会年终工作总结", body) == "青柳医院工会"
    # a kind-only title still yields to a name only when one is given; "我院工会" gives none
    assert extract_unit("2013年11月医院工会年终工作总结", body) == "医院工会"


def test_a_festival_asked_weighs_and_is_found_however_written() -> None:
    profile = profile_question("青柳B厂五一节组织了什么活动？", _idf)
    assert "五一" in profile.weights
    article = ("作为拥有250多名员工的青柳b厂工会，各项工作认真务实。我们青柳b厂积极组织员工响应募捐活动。\n"
               "“五·一”国际劳动节，厂办组织干部和员工骨干到森林公园进行烧烤活动。")
    hits = [make_hit(sentence, doc_id="a1", rank=i) for i, sentence in enumerate(article.split("\n"))]
    from assistant.extractive import candidates

    best = candidates(hits, profile, {"a1": article})[0]
    # the article is the plant's own ("b厂" in its opening): its festival sentence answers, not the one naming it
    assert "烧烤" in best.text


def test_a_community_asked_without_its_union_is_the_kind_only_report_that_names_it() -> None:
    # "翠湖社区" asked; the report signs "社区工会" and opens "社区工会在翠湖街道党工委…领导下"
    article = "社区工会在翠湖街道党工委的正确领导下，对13名特困居民进行一帮一结对帮扶。"
    hit = make_hit(article, doc_id="a1", unit="社区工会")
    assert check_scope([hit], Scope(unit="翠湖社区"), {"a1": article})[0]
    assert not check_scope([hit], Scope(unit="白杨社区"), {"a1": article})[0]


def test_a_kind_only_title_the_body_contradicts_yields_to_the_body_it_speaks_as() -> None:
    from ingest.metadata import extract_unit

    body = ("现将我局年度工会工作总结如下：\n我局党政历来重视工会工作，设立了工会专用账户。\n"
            "自翠湖住建局迁入新办公楼以来，我局设立了固定的工会办公室。")
    assert extract_unit("医院工会工作总结", body) == "翠湖住建局工会"
    # no one name of its kind: the kind it speaks as; the title's own kind, or no one kind, keeps the title
    assert extract_unit("医院工会工作总结", body.replace("翠湖住建局", "新址")) == "局工会"
    assert extract_unit("医院工会工作总结", body.replace("我局", "我院")) == "医院工会"
    assert extract_unit("医院工会工作总结", "我局工会慰问困难职工。我院党政重视。") == "医院工会"


def test_a_count_stated_before_which_ones_is_the_lists_length_and_a_shared_head_leads_it() -> None:
    assert asked_count("白杨学院分工会那一年开展的6项活动里有哪些") == 6
    assert asked_count("开展的三项活动分别是哪些？") == 3
    assert asked_count("一天有哪些活动") is None
    text = "20xx年度，我们共开展教职工读书活动，教职工春季踏青活动、教职工冬至包饺子、教职工乒乓球比赛等各类活动6项。"
    whole = [e.items for e in find_enumerations(text) if len(e.items) == 4]
    assert whole == [("教职工读书活动", "教职工春季踏青活动", "教职工冬至包饺子", "教职工乒乓球比赛")]
    # the list that closes with 等 and the count asked answers "哪6项", though it names four
    profile = profile_question("白杨学院分工会那一年开展的6项活动里有哪些", _idf)
    lead = make_hit("学院党政领导非常重视工会工作，我们每次开展各项文体活动，学院都提供经费支持。" + text, doc_id="a1")
    found = best_list(candidates([lead], profile), profile, {})
    assert found is not None and found[1].items[0] == "教职工读书活动"


def test_a_half_width_full_stop_ends_a_chinese_sentence() -> None:
    from ingest.clean import fold_width

    assert fold_width("动员职工建功立业.突出竞赛重点，明确竞赛目标.\n") == "动员职工建功立业。突出竞赛重点，明确竞赛目标。\n"
    for kept in ("共投入3.5万元", "1.工会组织建设", "网址www.abc.com", "庆祝“三.八”国际劳动妇女节", "七.一前夕"):
        assert fold_width(kept) == kept
