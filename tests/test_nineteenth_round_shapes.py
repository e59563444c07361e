"""Shapes found on fresh report pages in round nineteen (fixtures invented, same shapes)."""

from __future__ import annotations

from pathlib import Path

from fakes import make_hit
from test_eighth_round_shapes import TODAY
from test_fifteenth_round_shapes import _answer, _answers_all
from test_sixteenth_round_shapes import _one_article
from test_thirteenth_round_shapes import _knowledge

from assistant.enumeration import find_enumerations
from assistant.extractive import _has_answer_type
from assistant.list_answers import _list_score
from assistant.persons import people_named
from assistant.qa import QAService
from assistant.question_profile import profile_question
from assistant.scope import _other_branch, _own_words_written, read_own_scope
from assistant.subjects import split_subjects
from ingest.metadata import extract_unit


def _IDF(word: str) -> float:
    return 1.0


def test_a_name_holding_a_stop_character_is_read_whole_in_a_report() -> None:
    """成都, 和平区, 向阳: 都, 和, 向 end a loose name ("我们都是…", "…和市总工会"), but inside a name the
    dictionary knows they are part of it; a word the tokenizer only guesses ("和红枫") is not."""
    assert extract_unit("", "6月8日下午，中国铁路成都局集团有限公司柳岸工务段工会开展慰问活动。") == \
        "中国铁路成都局集团有限公司柳岸工务段工会"
    assert extract_unit("", "和平区总工会召开全委会，部署全年工作。") == "和平区总工会"
    assert extract_unit("", "向阳街道工会组织职工开展健步走活动。") == "向阳街道工会"
    assert extract_unit("", "白鹭镇总工会和红枫县总工会联合开展送清凉活动。") == "白鹭镇总工会"
    assert extract_unit("", "我们都是工会会员，工会开展了送温暖活动。") is None


def test_a_name_holding_a_stop_character_is_read_whole_in_a_question() -> None:
    assert read_own_scope("和平区总工会有多少会员？", TODAY).unit == "和平区总工会"
    assert read_own_scope("于洪区总工会有几个基层工会？", TODAY).unit == "于洪区总工会"
    assert read_own_scope("那都江堰市总工会呢？", TODAY).unit == "都江堰市总工会"
    assert read_own_scope("他们和市总工会一起办了什么？", TODAY).unit == "市总工会"
    assert read_own_scope("白鹭镇总工会和红枫县总工会各慰问了多少户？", TODAY).unit is None


def test_a_report_speaking_as_the_branch_asked_is_that_branch_s() -> None:
    """"铁路分局…" asked of a report that never names its bureau and says "该分局", "全分局": it speaks as a
    分局; "划归分局" is what was done, no other branch's name."""
    report = ("2002年，该分局就年初职工代表大会确定的10件好事全部兑现。五是投资30万元，对全分局32 400名职工进行健康体检。"
              "六是将原青禾机务段疗养院划归分局统一管理。")
    assert _own_words_written("铁路分局", report)
    assert not _other_branch("铁路分局", report)
    assert _other_branch("铁路分局", report + "柳岸分局、白鹭分局也完成了任务。")


def test_a_post_date_with_the_year_last_dates_news_that_writes_no_year(tmp_path: Path) -> None:
    """"03.02.2021  02:32" (day first, dotted) or "02/03/2021" under the headline dates news telling "2月2日…" or
    "3月1日…" (whichever reading fits the month told); news that looks back on the past year further on tells of
    two years, and its post dates neither."""
    page = ("柳岸日报社举行年度感恩仪式：“云直播”感恩职工携手同行\n\n03.02.2021  02:32\n\n"
            "2月2日下午，柳岸报社工会举行了一场别开生面的年度感恩仪式活动，表彰先进，为员工庆生。\n")
    doc = _one_article(tmp_path, page)
    assert doc.year == 2021
    assert doc.title == "柳岸日报社举行年度感恩仪式：“云直播”感恩职工携手同行"
    march = ("青禾县总工会举办庆三八趣味运动会\n\n02/03/2021 09:15\n\n3月1日上午，青禾县总工会举办趣味运动会，360名女职工参加。\n")
    assert _one_article(tmp_path, march).year == 2021
    looking_back = page + "▲员工代表收到大礼包\n\n过去一年，柳岸日报社工会慰问困难职工2860户。\n"
    assert _one_article(tmp_path, looking_back).year is None
    credit = ("青禾市总工会夏日关爱一线职工\n2021-07-20 10:00\n柳岸市总工会宣传部供稿：通讯员李明\n"
              "7月19日，青禾市总工会为1200名一线职工送去防暑降温物品。\n")
    assert _one_article(tmp_path, credit).title == "青禾市总工会夏日关爱一线职工"


def test_where_a_meeting_was_held_is_the_sentence_naming_its_venue() -> None:
    """"大会是在什么地方开的", "都去了哪些地方": a venue or a destination is what answers, so a sentence that only
    names the meeting and what it adopted ("审议并通过《…选举实施办法》") is no answer however well it scores."""
    profile = profile_question("柳岸日报社工会第三届会员代表大会是在什么地方开的？", _IDF)
    assert "venue" in profile.kinds
    assert _has_answer_type("报社、集团公司工会第三届会员代表大会在报业大厦四楼多功能厅召开", profile, "")
    assert not _has_answer_type("大会审议并通过《柳岸日报社、集团公司第三届工会委员会选举实施办法》和监票人名单", profile, "")
    trip = profile_question("那个铁路分局2002年组织劳模疗养考察都去了哪些地方？", _IDF)
    assert "venue" in trip.kinds and _has_answer_type("组织448名劳模到北戴河、港澳地区、新加坡疗养考察", trip, "")
    assert _answers_all("柳岸日报社工会第三届会员代表大会是在什么地方开的？", "集团公司工会",
                        "6月25日上午，报社、集团公司工会第三届会员代表大会在报业大厦四楼多功能厅召开。"
                        "大会审议并通过《柳岸日报社、集团公司第三届工会委员会选举实施办法》和监票人名单。",
                        ("报业大厦四楼多功能厅",))


def test_a_report_speaking_as_the_branch_asked_answers_for_it() -> None:
    """An unsigned report of a railway 分局 ("全分局", "该分局"): "铁路分局2002年…" is answered from it, the name
    counting in every sentence as a report's own does."""
    article = ("2002年，该分局就年初职工代表大会确定的10件好事全部兑现。一是投资4000万元，改善作业环境。"
               "五是投资30万元，对全分局32400名职工进行健康体检。")
    hit = make_hit(article, doc_id="d", title="2002年工会工作总结", year=2002, rank=1)
    answer = QAService(_knowledge([hit])).answer("铁路分局2002年给全分局职工做健康体检投了多少钱？")
    assert answer.grounded and "30万元" in answer.text


def test_a_report_whose_union_carries_the_words_asked_and_speaks_as_its_kind_answers() -> None:
    """"这个邮政局2014年…" of the 邮政工会's report that says "全局": the bureau asked, telling of itself."""
    article = "在年初的职代会上行政与工会签订了双保合同，与全局70余名劳务工签订了劳动合同，集体合同履约达100%，较好地维护了职工的合法权益。"
    hit = make_hit(article, doc_id="d", unit="邮政工会", title="工会工作总结", year=2014, rank=1)
    answer = QAService(_knowledge([hit])).answer("这个邮政局2014年集体合同履约率达到多少？")
    assert answer.grounded and "100%" in answer.text


def test_a_figure_after_a_label_is_of_the_clause_before_the_label() -> None:
    """"…发放了救助金，金额共计：167584元": the bare figure after its label is the 救助金 asked for."""
    article = ("2021年4月10日，公司管理委员会召开会议，决定对14户职工家庭给予救助。"
               "4月15日，公司工会为14名患病的职工及职工家属发放了救助金，金额共计：167584元。")
    assert _answers_all("柳岸公交公司这次爱心互助金一共发了多少救助金？", "柳岸公交公司工会", article, ("167584元",))


def test_a_quoted_phrase_every_item_holds_is_what_the_list_is_of() -> None:
    """"形成了哪三个“有人”的局面": "困难有人管、心声有人听、成长有人助" all say 有人 and more; the phrase is what
    the three share, not a heading among them, and no kind of people."""
    article = ("该段工会坚持对困难职工摸底调查，积极结成帮扶对子，形成职工困难有人管、心声有人听、成长有人助的良好局面。"
               "2022年以来，该段工会救助临时困难职工11户、申报大病救助5人、金秋助学4户、职工住院慰问116人次。")
    assert _answers_all("柳岸工务段工会的困难职工帮扶形成了哪三个“有人”的局面？", "柳岸工务段工会", article,
                        ("困难有人管", "心声有人听", "成长有人助"))
    profile = profile_question("柳岸工务段工会的困难职工帮扶形成了哪三个“有人”的局面？", _IDF)
    sentence_end = article.index("。") + 1
    shared = next(e for e in find_enumerations(article) if "心声有人听" in e.items)
    assert _list_score(shared, 0, sentence_end, profile, article) is not None


def test_a_year_something_was_set_up_in_is_not_the_news_item_s(tmp_path: Path) -> None:
    """"根据2012年设立的…项目，再次开展…" then "2021年4月10日…": 2012 is when the scheme began; the item is of 2021.
    Its "公司工会" is the company's the headline names."""
    page = ("柳岸市公交公司开展职工爱心救助活动\n发布时间:2021/4/19 10:53:01\n"
            "为帮助困难职工，柳岸市公交公司根据2012年设立的职工“爱心互助金”项目，再次开展了救助活动。\n"
            "2021年4月10日，公司管理委员会召开会议，决定对14户职工家庭给予救助。4月15日，公司工会为14名职工发放了救助金。\n")
    doc = _one_article(tmp_path, page)
    assert doc.year == 2021
    assert doc.unit == "柳岸市公交公司工会"


def test_bodies_listed_before_the_union_they_share_ask_of_that_union() -> None:
    """"柳岸日报社、集团公司工会…": the newspaper and its group have one union; that union is the one asked,
    while a newspaper alone is a body the question names ("广州日报社那边…")."""
    assert read_own_scope("柳岸日报社、集团公司工会这次选出的女职工委员会委员有几位？", TODAY).unit == "集团公司工会"
    assert read_own_scope("青禾日报社那边评了多少位？", TODAY).unit == "青禾日报社"
    assert read_own_scope("青禾市中级人民法院2021年开展了哪些活动？", TODAY).unit == "青禾市中级人民法院"


def test_a_venue_is_not_required_beside_a_time_asked() -> None:
    """"各是在哪里或什么时候": the time is what a sentence must say; a venue is asked only alone."""
    assert profile_question("哪些单位组织过登山比赛？各是在哪里或什么时候？", _IDF).kinds == ("date",)


def test_a_name_before_a_question_word_is_read() -> None:
    """"中行运城分行获得过什么工会荣誉称号": a loose name runs on to "…什么工会"; read again up to the question word,
    中行运城分行 is the body asked, and another branch's report (中行临汾分行) does not answer for it."""
    assert read_own_scope("中行运城分行获得过什么工会荣誉称号？", TODAY).unit == "中行运城分行"
    article = ("近日，在市总工会召开的工作会议上，中行临汾分行被授予2017年度“先进基层工会”荣誉称号。"
               "去年，中行临汾分行紧密围绕全行中心任务，努力发挥工会职能。该行工会主动加强与市总工会的联系。")
    hit = make_hit(article, doc_id="d", title="2018年工会工作总结", year=2018, rank=1)
    assert not QAService(_knowledge([hit])).answer("中行运城分行获得过什么工会荣誉称号？").grounded


def test_who_was_elected_is_not_a_chairman_who_attended() -> None:
    """"…选出来的主席是谁": a chairman of another body attending ("总工会主席王某出席活动") was not elected; one the
    meeting agreed on ("一致同意泮红为职工监事", a rarer surname) was."""
    attended = "柳岸区快递行业工会联合会成立大会召开。区人大常委会副主任、区总工会主席王学济出席活动。"
    assert not _answer("柳岸区快递行业工会联合会选出来的主席是谁？", "柳岸区快递行业工会联合会", attended).grounded
    agreed = "会议就职工监事改选事宜进行了投票，经全体与会人员举手表决，一致同意泮红为职工监事。"
    assert people_named(agreed)


def test_a_report_of_another_trade_or_without_the_fact_does_not_answer_for_the_body_asked() -> None:
    """Review: an unsigned report writing "全局税务干部职工" is a tax bureau's, no 邮政局's; a railway 分局's report
    that tells no health check does not answer "…给职工做健康体检" with its other investments."""
    tax = make_hit("2020年，全局税务干部职工紧紧围绕税收中心工作。组织全局186名干部职工参加体检。", doc_id="t",
                   title="2020年工会工作总结", year=2020, rank=1)
    assert not QAService(_knowledge([tax])).answer("邮政局2020年给多少干部职工做了健康体检？").grounded
    railway = make_hit("2002年，该分局工会较好地完成了全年工作。该分局就年初职工代表大会确定的10件好事全部兑现。"
                       "一是投资4000万元，改善站区作业环境。二是为全分局职工更换冬季工作服。", doc_id="r",
                       title="2002年工会工作总结", year=2002, rank=1)
    assert not QAService(_knowledge([railway])).answer("铁路分局2002年投资多少钱给职工做健康体检？").grounded


def test_places_listed_before_the_union_each_has_are_each_asked() -> None:
    """Review: "都江堰市、和平区总工会…各…": two places, each with its own union, asked each (和 of 和平区 joins
    nothing); not one union the two share."""
    assert split_subjects("都江堰市、和平区总工会2022年各慰问了多少户困难职工？", lambda phrase: True) == [
        "都江堰市2022年慰问了多少户困难职工", "和平区总工会2022年慰问了多少户困难职工"]
    assert read_own_scope("都江堰市、和平区总工会2022年各慰问了多少户困难职工？", TODAY).unit != "和平区总工会"


def test_a_kind_only_union_takes_only_a_headline_body_of_its_kind(tmp_path: Path) -> None:
    """Review: "柳岸市公交公司携手市中心医院开展…" names two bodies; its "公司工会" is no "…医院工会"."""
    page = ("柳岸市公交公司携手市中心医院开展职工义诊活动\n发布时间:2021/5/10 10:00:00\n"
            "5月8日，公司工会联合市中心医院为120名一线职工开展义诊。\n")
    assert "医院" not in (_one_article(tmp_path, page).unit or "")


def test_a_year_something_began_in_does_not_keep_news_from_its_post_date(tmp_path: Path) -> None:
    """Review: "根据2012年设立的…项目" in the opening, the rest with no year: the post (2021/4/19) dates it."""
    page = ("柳岸市公交公司开展职工爱心救助活动\n发布时间:2021/4/19 10:53:01\n"
            "为帮助困难职工，柳岸市公交公司根据2012年设立的职工“爱心互助金”项目，再次开展了救助活动。\n"
            "4月15日，公司工会为14名患病职工发放了救助金，合计：167584元。\n")
    assert _one_article(tmp_path, page).year == 2021


def test_when_a_body_was_founded_is_the_date_beside_its_founding() -> None:
    """"艺术团是哪一年成立的": "从2011年成立至今", not the date of the meeting the report opens with."""
    article = ("2015年8月14日上午，柳岸市“同心”工人艺术团上半年工作会议在工人文化宫多功能厅召开。"
               "艺术团从2011年成立至今，始终坚持以公益演出为导向，为职工文化的发展建立了一个新的平台。")
    assert profile_question("柳岸市“同心”工人艺术团是哪一年成立的？", _IDF).founded
    assert _answers_all("柳岸市“同心”工人艺术团是哪一年成立的？", "柳岸市“同心”工人艺术团工会", article, ("2011年",))


def test_a_name_before_ren_and_a_post_holds_it_and_a_presiding_officer_was_not_elected() -> None:
    """"钟小坚任工会主席" names the chairman; "这次大会选出的职工监事是谁" is not answered by "监事会主席李某主持大会"."""
    assert people_named("经第一届委员会委员商讨，钟小坚任工会主席。")
    assert not people_named("会议任务是选举新一届委员。")
    presided = "柳岸广播电视台第三届工会会员代表大会召开。台党委委员、纪委书记、监事会主席李东主持大会。"
    assert not _answer("柳岸广播电视台这次大会选出的职工监事是谁？", "柳岸广播电视台工会", presided).grounded


def test_second_review_places_founding_and_elections_are_of_what_is_asked(tmp_path: Path) -> None:
    """Second review: "位居全市第一" is a place too, so the contest asked (乒乓球赛) picks its own; "组建于2015年"
    dates a founding as "2015年成立" does; a new chairman presiding was elected, a former one moving on was not;
    a candidate put forward is not who was elected; "12.01.2022" is 12 January (dots put the day first)."""
    report = ("组织县职工代表队参加全市职工运动会，总分名列第三；在全市职工乒乓球赛中位居全市第一。"
              "县职工艺术团组建于2015年，现有团员48人。2012年成立的县职工书画协会举办职工书画展2次。")
    ping_pong = _answer("青禾县在全市职工乒乓球赛中获得第几名？", "青禾县总工会", report)
    assert ping_pong.text.split("[1]")[0].endswith("位居全市第一。")
    troupe = _answer("青禾县职工艺术团什么时候组建的？", "青禾县总工会", report)
    assert "2015年" in troupe.text and "2012年" not in troupe.text
    congress = ("3月5日，柳岸供电公司工会第六次会员代表大会召开，大会选举产生了第六届工会委员会。"
                "新任工会主席赵刚主持会议并作表态发言。"
                "2021年3月，原工会主席马林任公司党委副书记。")
    elected = _answer("柳岸供电公司工会第六次会员代表大会选出的工会主席是谁？", "柳岸供电公司工会", congress)
    assert "赵刚" in elected.text and "马林" not in elected.text
    candidate = "经集团党委研究，同意刘强同志为新一届工会主席差额选举候选人，与李卫东同志一同提交大会选举。"
    assert not _answer("柳岸供水集团工会换届选出的工会主席是谁？", "柳岸供水集团工会", candidate).grounded
    page = ("青禾县总工会为环卫工人送温暖\n\n12.01.2022  09:30\n\n"
            "12月28日，青禾县总工会班子成员来到县城区环卫所，为全县186名环卫工人送去御寒物品。\n")
    assert _one_article(tmp_path, page).year == 2021


def test_second_review_a_kind_only_union_and_a_common_trade_word_keep_the_body_asked() -> None:
    """Second review: a report whose union is read as "分局工会" and that speaks as "全分局" is the 分局's; "职工互助
    保险" names no insurer, so it does not make a report another trade's."""
    from assistant.scope import spoken_as
    railway = "全年组织全分局2150名职工参加健康体检，投入资金96.7万元。"
    assert spoken_as("铁路分局", "分局工会", railway)
    post = "全年组织全局486名干部职工参加健康体检，为全局职工续保职工互助保险。"
    assert spoken_as("邮政局", "", post)
    assert not spoken_as("邮政局", "", "2020年，全局税务干部职工紧紧围绕税收中心工作。")
