"""Shapes found on fresh report pages in round fifteen (fixtures invented, same shapes)."""

from __future__ import annotations

from pathlib import Path

from fakes import make_hit
from test_eighth_round_shapes import TODAY
from test_thirteenth_round_shapes import _knowledge

from assistant.answer_types import Answer
from assistant.enumeration import find_enumerations
from assistant.list_answers import _posts_of_one
from assistant.qa import QAService
from assistant.scope import check_scope, read_own_scope
from assistant.subjects import known_name, split_subjects
from ingest.metadata import extract_metadata, extract_unit, stamped_year
from ingest.pipeline import documents_from_path


def _answer(question: str, unit: str, article: str) -> Answer:
    """The offline answer over one article of `unit`."""
    hit = make_hit(article, doc_id="d", unit=unit, title=f"{unit}工作总结", rank=1)
    return QAService(_knowledge([hit])).answer(question)


def _answers_all(question: str, unit: str, article: str, said: tuple[str, ...]) -> bool:
    """The offline answer is grounded and says every one of `said`."""
    answer = _answer(question, unit, article)
    return answer.grounded and all(part in answer.text for part in said)


def _kept(question: str, unit: str, article: str) -> bool:
    """Whether the scope check keeps an article of `unit` for the question."""
    hit = make_hit(article, doc_id="d", unit=unit, title=f"{unit}工作总结", rank=1)
    return bool(check_scope([hit], read_own_scope(question, TODAY), {"d": article})[0])


def test_an_ordinal_before_a_kind_the_tagger_cuts_in_two_stays_in_the_name() -> None:
    """"青禾市/第三/人民/医院/工会": the ordinal numbers 人民医院, so the name is whole and another city's
    third hospital is not it."""
    article = "今年，柳岸市第三人民医院工会表彰先进32名。"
    assert read_own_scope("青禾市第三人民医院工会表彰了多少名先进？", TODAY).unit == "青禾市第三人民医院工会"
    assert not _kept("青禾市第三人民医院工会表彰了多少名先进？", "柳岸市第三人民医院工会", article)
    assert _kept("柳岸市第三人民医院工会表彰了多少名先进？", "柳岸市第三人民医院工会", article)
    assert _kept("第三人民医院工会表彰了多少名先进？", "柳岸市第三人民医院工会", article)


def test_a_department_named_by_two_trades_joined_by_he_is_one_name() -> None:
    """"林业和草原局", "住房和城乡建设局": 和 inside a department's name; two bodies joined by 和 stay two."""
    article = "今年，青禾县林业和草原局机关工会慰问职工320人。"
    unit = "青禾县林业和草原局机关工会"
    assert read_own_scope("柳岸县林业和草原局机关工会慰问了多少职工？", TODAY).unit == "柳岸县林业和草原局机关工会"
    assert not _kept("柳岸县林业和草原局机关工会慰问了多少职工？", unit, article)
    assert _kept("青禾县林业和草原局机关工会慰问了多少职工？", unit, article)
    assert read_own_scope("柳岸市住房和城乡建设局工会慰问了多少职工？", TODAY).unit == "柳岸市住房和城乡建设局工会"
    assert read_own_scope("县总工会和教育局工会分别慰问了多少人？", TODAY).unit is None
    assert extract_unit("青禾县人力资源和社会保障局工会工作总结", "今年，局工会慰问职工。") == "青禾县人力资源和社会保障局工会"
    assert extract_unit("县总工会和教育局工会联合开展活动", "今年，县总工会慰问职工。") == "县总工会"
    assert read_own_scope("青禾县交警和公安局工会分别慰问了多少人？", TODAY).unit is None  # two bodies
    assert extract_unit("", "今年，主席张明和教育局工会一起慰问了困难职工。") != "主席张明和教育局工会"


def test_a_university_is_a_name_a_question_can_ask_of() -> None:
    """"青禾大学教职工代表大会…": 大学 ends a name (大学生 does not), so another university's congress is not it."""
    article = "5月12日，柳岸大学第五届教职工代表大会第三次会议召开。"
    assert read_own_scope("青禾大学教职工代表大会是哪天召开的？", TODAY).unit == "青禾大学"
    assert not _kept("青禾大学教职工代表大会是哪天召开的？", "柳岸大学工会", article)
    assert _kept("柳岸大学教职工代表大会是哪天召开的？", "柳岸大学工会", article)
    assert read_own_scope("大学生志愿者有多少人？", TODAY).unit is None
    assert read_own_scope("青禾公司职工子女考取大学的奖励标准是多少？", TODAY).unit == "青禾公司"  # going to university


def test_a_branch_called_by_its_place_and_brand_is_the_national_business_s_branch() -> None:
    """"柳岸邮政" for 中国邮政集团有限公司柳岸市分公司, "柳岸工行" for 中国工商银行柳岸分行: the place
    first, the brand after, where the written name puts the brand first; another place's branch is not it."""
    postal = "中国邮政集团有限公司柳岸市分公司工会"
    article = f"今年，{postal}慰问职工320人。"
    assert _kept("柳岸邮政工会今年慰问了多少名职工？", postal, article)
    assert _kept("柳岸邮政分公司工会今年慰问了多少名职工？", postal, article)
    assert not _kept("青禾邮政工会今年慰问了多少名职工？", postal, article)
    bank = "中国工商银行柳岸分行工会"
    assert _kept("柳岸工行工会今年慰问了多少名职工？", bank, f"今年，{bank}慰问职工320人。")
    assert not _kept("柳岸建行工会今年慰问了多少名职工？", bank, f"今年，{bank}慰问职工320人。")
    # a short name not of that bank, a sub-branch, another business of the brand: none is the branch asked
    assert not _kept("柳岸中行工会今年慰问了多少名职工？", bank, f"今年，{bank}慰问职工320人。")
    sub_branch = "中国工商银行柳岸分行青禾支行工会"
    assert not _kept("柳岸工行工会今年慰问了多少名职工？", sub_branch, f"今年，{sub_branch}慰问职工320人。")
    savings = "中国邮政储蓄银行柳岸分行工会"
    assert not _kept("柳岸邮政工会今年慰问了多少名职工？", savings, f"今年，{savings}慰问职工320人。")
    # "推行", "进行" end in 行 and are verbs, not banks
    assert read_own_scope("青禾县推行工会会员服务卡了吗？", TODAY).unit is None
    # a "name" read across two ("市城管执法局工会按照青禾市总工会") gives no brand before a place
    article = "2016年，市城管执法局工会按照青禾市总工会的部署，柳湾市城管执法局荣获“示范工会”称号。"
    assert not _kept("青禾市城管执法局工会2016年拿了多少奖金？", "市城管执法局工会", article)


def test_a_news_item_without_a_year_takes_its_page_s_post_stamp() -> None:
    """A story opening "2月20日下午，…" on a page stamped 发布日期:2023-02-21 is of 2023; one told in
    December and posted in January is of the year before; a report that writes its year keeps it."""
    story = "青禾市疾控中心召开第四届职工代表大会\n2月20日下午，青禾市疾控中心召开第四届职工代表大会，选举产生新一届工会委员会。"
    assert stamped_year("本文分类:中心动态 发布日期:2023-02-21 17:18:57", "青禾市疾控中心召开第四届职工代表大会", story) == 2023
    december = story.replace("2月20日", "12月28日")
    assert stamped_year("发布时间：2024年01月03日", "青禾市疾控中心召开第四届职工代表大会", december) == 2023
    assert stamped_year("今天是2026年12月1日 星期二", "青禾市疾控中心召开第四届职工代表大会", story) is None
    written = story.replace("2月20日下午", "2022年2月20日下午")
    assert stamped_year("发布日期:2023-02-21 17:18:57", "青禾市疾控中心召开第四届职工代表大会", written) is None
    report = "青禾市疾控中心工会工作总结\n今年以来，中心工会围绕中心工作，开展了各项活动。"
    assert stamped_year("发布日期:2023-02-21 17:18:57", "青禾市疾控中心工会工作总结", report) is None
    # a day announced ahead, a site's clock, a year-end report told "近期": none is dated by the stamp
    notice = "青禾市总工会举办迎春长跑\n市总工会定于3月5日举办职工迎春长跑活动，欢迎报名。"
    assert stamped_year("发布日期:2023-02-20 09:00:00", "青禾市总工会举办迎春长跑", notice) is None
    assert stamped_year("当前时间：2026年01月05日", "青禾市疾控中心召开第四届职工代表大会", story) is None
    looked_back = "青禾公司工会\n一年来，公司工会认真履职。近期，工会对全年工作进行了认真梳理。"
    assert stamped_year("发布日期:2023-01-10 09:00:00", "青禾公司工会", looked_back) is None


def test_the_post_stamp_reaches_the_article_through_ingest(tmp_path: Path) -> None:
    page = tmp_path / "news.txt"
    page.write_text("青禾市疾控中心召开第四届职工代表大会\n本文分类:中心动态 浏览次数:1861次 发布日期:2023-02-21 17:18:57\n"
                    "2月20日下午，青禾市疾病预防控制中心在三楼报告厅召开第四届职工代表大会，换届选举产生第四届工会委员会。"
                    "出席会议的有中心领导班子成员、中层干部及职工代表共计70余人。会议选举王某某同志为工会主席。\n",
                    encoding="utf-8")
    (doc,) = documents_from_path(page)
    assert doc.year == 2023


def test_a_union_a_later_clause_s_verb_acts_on_is_not_the_report_s_unit() -> None:
    """"…，彰显工会温暖的真情", "…，强调工会是…": the union is that verb's object, not a subject; a
    clause after a time ("…，2023年青禾工会…") may still open with its subject."""
    acted_on = "近日，市公交公司开展春节送温暖活动，将关怀送至一线员工身边，彰显工会温暖的真情。"
    assert extract_unit("市公交公司：隆冬送温暖", acted_on) is None
    stressed = "会上，报告全面回顾了一届工会委员会的成绩，强调工会是党联系职工群众的桥梁。"
    assert extract_unit("公司召开员工代表大会", stressed) is None
    assert extract_unit("暖心关爱", "暖心关爱，2023年青禾工会春节前慰问了一线职工。") == "青禾工会"
    # a body whose first word jieba calls a verb (住建, 排水) is still the subject
    assert extract_unit("送温暖", "春节将至，住建局工会班子成员分组走访，柳岸县总工会派员一同参加。") == "住建局工会"
    # a union rewarding its own workers' children is the report's; one honouring others' units is not
    assert extract_unit("金秋助学", "今年，青禾公司工会对考上大学的32名职工子女给予奖励，柳岸县总工会派员到场颁奖。") == "青禾公司工会"


def test_a_body_named_after_the_body_it_belongs_to_is_matched_part_by_part() -> None:
    """"光大银行重庆分行大渡口支行" asked of a trade union's report naming the branch and then "大渡口支行":
    both parts written, it is that sub-branch; another sub-branch, or the same one of another bank, is not."""
    article = ("重庆金融工会表彰大会召开。光大银行重庆分行营业部总经理杨某荣获“重庆金融五一劳动奖章”，"
               "大渡口支行负责人杨某某获得“重庆金融知识型职工标兵”荣誉称号。")
    assert _kept("光大银行重庆分行大渡口支行负责人获得了什么称号？", "重庆金融工会", article)
    assert not _kept("光大银行重庆分行沙坪坝支行负责人获得了什么称号？", "重庆金融工会", article)
    assert not _kept("中信银行重庆分行大渡口支行负责人获得了什么称号？", "重庆金融工会", article)
    # the part written as the end of another bank's name is that bank's sub-branch
    other = article.replace("，大渡口支行负责人", "，中信银行大渡口支行负责人")
    assert not _kept("光大银行重庆分行大渡口支行负责人获得了什么称号？", "重庆金融工会", other)


def test_a_role_inside_an_honour_s_quoted_name_holds_no_one() -> None:
    """"孟某获评青禾市“星级基层工会主席”" names an honour: it does not answer who the union's 主席 is."""
    article = ("公交集团荣获青禾市“十佳职工大讲堂”，集团公司工会荣获“三星级基层工会”，"
               "修理总厂盛某荣获“青禾市五一劳动奖章”，孟某某获评青禾市“星级基层工会主席”。")
    assert not _answer("公交集团工会的主席是谁？", "公交集团工会", article).grounded
    assert _answer("孟某某获评了什么称号？", "公交集团工会", article).grounded
    # a document's title naming the post does say who holds it
    elected = "青禾公司工会召开第三届会员代表大会，会议通过了《关于选举张某远同志为工会主席的决议》。"
    assert _answer("青禾公司工会的主席是谁？", "青禾公司工会", elected).grounded


def test_a_first_item_starting_inside_a_word_after_de_keeps_the_word() -> None:
    """"职工提出的有害工种健康保护、超勤加班适当补助": 有害 is one word, so the item is 有害工种健康保护;
    a name's 有限公司 is still no place to start ("昆明某某有限公司工会、…")."""
    harmful = find_enumerations("各工会都能结合职工提出的有害工种健康保护、超勤加班适当补助等问题，作出具体规定。")
    assert harmful[0].items == ("有害工种健康保护", "超勤加班适当补助")
    named = find_enumerations("随后，昆明某某有限公司工会、青禾某某集团工会、柳岸某某厂工会先后发言。")
    assert named[0].items[0] == "昆明某某有限公司工会"


def test_roles_asked_who_by_who_are_answered_by_people_not_by_another_list() -> None:
    """"工会主席、经审主任、女职委主任分别是谁": a list of what was said ("要…；要…；要…") is no answer;
    the sentence naming who holds each post is."""
    article = ("8月26日，青禾文旅集团工会成立大会召开。大会选举产生了第一届工会委员会委员、经费审查委员和女职工委员会委员，"
               "刘某涛任委员会主席、司某永任经费审查委员会主任、曹某梅任女职工委员会主任。"
               "集团领导强调，景区公司要切实提高政治站位；要充分发挥职工主力军作用；要加强工会自身建设。")
    asked = "青禾文旅集团工会第一届的工会主席、经审主任、女职委主任分别是谁？"
    assert _answers_all(asked, "青禾文旅集团工会", article, ("刘某涛", "司某永", "曹某梅"))


def test_one_guest_s_posts_are_no_list_of_people() -> None:
    """"鲁商集团党委常委、董事、组织人力资源部部长李某": one person's posts, 常委 and 董事 among them."""
    (posts,) = [e for e in find_enumerations("鲁商集团党委常委、董事、组织人力资源部部长李某出席会议。") if "董事" in e.items]
    assert _posts_of_one(posts)


def test_a_numbered_branch_of_a_union_is_part_of_the_name_asked() -> None:
    """"台电工会第15分会" is one branch: a report of its 第14分会 does not answer for it."""
    assert read_own_scope("青电工会第15分会的常务理事是谁？", TODAY).unit == "青电工会第15分会"
    assert read_own_scope("县总工会第三季度开展了哪些活动？", TODAY).unit == "县总工会"
    assert read_own_scope("市总工会第二分会场有多少职工参加？", TODAY).unit == "市总工会"  # a venue, no branch
    article = "颜某自2019年担任青电工会第14分会常务理事已7年多，本次当选总工会理事长。"
    assert not _kept("青电工会第15分会的常务理事是谁？", "青电工会第14分会", article)
    assert _kept("青电工会第14分会的常务理事是谁？", "青电工会第14分会", article)


def test_places_joined_then_counted_share_the_kind_after_the_count() -> None:
    """"烟台和扬州两家疾控中心…分别…": one question per place, each of that kind of body; a count that is
    not the number of names, or no kind after it, leaves the question as it was."""
    assert split_subjects("青禾和柳岸两家疾控中心换届后，新的工会主席分别是谁？") == [
        "青禾疾控中心换届后，新的工会主席是谁", "柳岸疾控中心换届后，新的工会主席是谁"]
    assert split_subjects("青禾县和柳岸县两个县总工会分别慰问了多少户？") == ["青禾县总工会慰问了多少户", "柳岸县总工会慰问了多少户"]
    assert len(split_subjects("青禾、柳岸和石门三家医院工会各表彰了多少人？")) == 3
    assert len(set(split_subjects("青禾、柳岸两家医院工会和石门县总工会各表彰了多少人？"))) == 3
    assert split_subjects("职工和家属两个群体分别有多少人？") == []


def test_a_known_name_stops_before_its_meeting_s_term() -> None:
    """"青禾集团第八届工会会员代表大会…": the body is 青禾集团; the term and the congress are its meeting,
    so the congress's words (会员, 代表) stay what the question asks, not whose it is."""
    said = {"青禾集团", "青禾集团第八届工会会员代表大会", "青禾集团第八届工会会员代表大会出席"}
    assert known_name("青禾集团第八届工会会员代表大会出席的代表有多少名", said.__contains__) == "青禾集团"
    assert known_name("青禾集团十一届二次职代会开了几天", said.__contains__) == "青禾集团"


def test_a_company_asked_without_its_legal_form_is_its_own_report_s() -> None:
    """"盐城市自来水公司" asked of "市自来水有限公司工会" (its city named in the text): 有限 is left out as
    often as written; another city's water company is still not it."""
    article = "3月6日，市自来水有限公司召开第七届职工代表大会，60位代表出席，青禾市城投集团领导到会。"
    unit = "市自来水有限公司工会"
    assert _kept("青禾市自来水公司第七届职代会有多少代表参加？", unit, article)
    assert not _kept("柳岸市自来水公司第七届职代会有多少代表参加？", unit, article)


def test_the_list_the_question_s_own_verb_introduces_answers_it() -> None:
    """"建成了哪些服务职工的阵地": the list after 建成 ("“青禾之家”小屋、职工书屋、船员之家"), not the
    one after 做强 whose items only end in 阵地."""
    article = ("青禾航运集团工会始终坚持党建引领、党工共建，充分发挥教育基地、党校分校、党建联盟等载体优势，"
               "抓好党建与生产经营、区域特色、混合所有制三个结合，建成“青禾之家”小屋、职工书屋、船员之家，"
               "做强做优组织建设阵地、立功竞赛阵地、服务职工阵地，健全运行机制，规范服务流程，方便有效地服务职工群众。")
    asked = "青禾航运集团工会建成了哪些服务职工的阵地？"
    assert _answers_all(asked, "青禾航运集团工会", article, ("青禾之家", "职工书屋", "船员之家"))


def test_a_report_that_says_further_on_which_half_it_sums_up_is_of_that_half() -> None:
    """A term's report opening with a meeting ("7月22日下午，…召开本学期第二次会议") and going on "回顾2015年
    上半年的工作，…" is of the first half: "下半年…" is not in it."""
    text = ("2015年7月22日下午，学院工会主席陈某主持召开本学期工会工作的第二次会议，会议确定开展拔河、跳绳等教工比赛项目。"
            "随着本次活动的结束，本学期的工会活动也告一段落。\n回顾2015年上半年的工作，在校工会的领导下，学院工会认真落实各项安排。\n"
            "总之，以上是我院工会上半年所做的工作。下半年，我们决心继续努力。")
    assert extract_metadata("", text).period == "上半年"
    assert extract_metadata("", text.replace("上半年", "这学期").replace("下半年", "今后")).period is None


def test_a_copyright_owner_speaks_only_for_a_report_naming_no_unit(tmp_path: Path) -> None:
    """"青禾市公共交通有限责任公司 © 版权所有": the page's owner is a name its unnamed report can be asked by;
    a member's report the site carries keeps its own unit, and the owner is no name of it."""
    page = tmp_path / "bus.txt"
    body = ("近日，市公交公司开展春节送温暖走访一线困难职工活动，将工会组织的关心送至一线员工身边。"
            "“今年我们安排15万元送温暖资金，走访慰问一线困难驾驶员60余人次。”市公交公司工会主席马某说。\n")
    page.write_text("市公交公司：隆冬送温暖\n发布时间:2023-01-17 10:53:44\n" + body + "青禾市公共交通有限责任公司 © 版权所有\n",
                    encoding="utf-8")
    (doc,) = documents_from_path(page)
    assert "青禾市公共交通有限责任公司" in doc.publisher and doc.year == 2023
    member = tmp_path / "member.txt"
    member.write_text("柳岸市总工会开展送温暖\n发布时间:2023-01-17 10:53:44\n1月16日，柳岸市总工会开展春节送温暖活动，"
                      "慰问困难职工120户，发放慰问金36万元。\n青禾省总工会 © 版权所有\n", encoding="utf-8")
    (doc,) = documents_from_path(member)
    assert doc.unit == "柳岸市总工会" and "青禾省总工会" not in doc.publisher
