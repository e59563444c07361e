"""Shapes found on fresh report pages and by a new user in round thirty-six (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_thirteenth_round_shapes import _knowledge

from assistant.condense import Turn, condense_question
from assistant.qa import QAService, next_turn
from assistant.question_profile import profile_question
from assistant.subjects import split_subjects


def _idf(word: str) -> float:
    return 3.0


_TWO_COUNTIES = [
    make_hit("上半年，青禾县总工会新建工会组织21家，发展新会员1029名。", doc_id="qinghe", unit="青禾县总工会",
             title="青禾县总工会上半年工作总结", period="上半年", rank=1),
    make_hit("截至6月20日，我市共新建工会组织38家，净增会员3581人。", doc_id="liuan", unit="柳岸市总工会",
             title="柳岸市总工会上半年工作总结", period="上半年", rank=2),
]


def test_two_bodies_named_side_by_side_are_each_asked_without_each_being_said() -> None:
    """"A和B上半年新建了多少家工会组织" asks each body its own figure, as "分别" would: it was refused, the two
    sentences scoring below the floor as one question; what two bodies did together is still one question."""
    parts = split_subjects("柳岸市总工会和青禾县总工会上半年新建了多少家工会组织？")
    assert [p[:6] for p in parts] == ["柳岸市总工会", "青禾县总工会"] and all("新建了多少家工会组织" in p for p in parts)
    assert len(split_subjects("柳岸市总工会、青禾县总工会上半年新建了多少家工会组织？")) == 2
    assert split_subjects("柳岸市总工会和团市委联合举办的比赛有多少人参加？") == []
    assert split_subjects("青禾公司和柳岸公司签订的协议有几条？") == []
    answer = QAService(_knowledge(_TWO_COUNTIES, "柳岸市", "青禾县")).answer("柳岸市总工会和青禾县总工会上半年新建了多少家工会组织？")
    assert answer.grounded
    lines = answer.text.split("\n")
    assert any("柳岸市总工会" in line and "38家" in line for line in lines)
    assert any("青禾县总工会" in line and "21家" in line for line in lines)


def test_which_is_more_after_one_question_asked_of_two_units_in_turn_compares_them() -> None:
    """"哪个多？" after "柳岸市总工会…新建了多少家？" and "那青禾县呢？" asks the two side by side (it answered three
    sentences of nothing asked); the second named by its place takes the first's body ("青禾县总工会")."""
    history = [Turn("柳岸市总工会上半年新建了多少家工会组织？", "柳岸市总工会"), Turn("青禾县上半年新建了多少家工会组织？", "青禾县总工会")]
    assert condense_question("哪个多？", history) == "柳岸市总工会和青禾县总工会上半年新建了多少家工会组织？哪个多？"
    assert condense_question("那他们俩谁更少？", history).startswith("柳岸市总工会和青禾县总工会上半年")
    # two different questions, or one unit twice, are nothing to set side by side
    assert condense_question("哪个多？", [Turn("柳岸市总工会有多少会员？"), Turn("青禾县总工会有多少家基层工会？")]) != (
        "柳岸市总工会和青禾县总工会有多少会员？哪个多？")
    assert "和" not in condense_question("哪个多？", [Turn("柳岸市总工会有多少会员？"), Turn("柳岸市总工会有多少会员？")])
    assert profile_question("他们俩谁更少？", _idf).compare == "least"
    assert profile_question("两家谁更多？", _idf).compare == "most"

    service = QAService(_knowledge(_TWO_COUNTIES, "柳岸市", "青禾县"))
    turns = []
    for asked in ("柳岸市总工会上半年新建了多少家工会组织？", "那青禾县呢？"):
        turns.append(next_turn(service.answer(asked, list(turns))))
    answer = service.answer("哪个多？", turns)
    assert answer.grounded and "其中柳岸市总工会最多：38家" in answer.text


def test_a_joining_character_after_a_bodys_name_joins_two_bodies_though_it_opens_a_county() -> None:
    """"青禾县教育局和县教育工会…": 和县 is a county too, but a 和 right after a body's last character joins the
    two bodies; the question asked of them was read as one body "青禾县教育局和县教育工会" and refused."""
    from assistant.condense import unit_names

    assert unit_names("青禾县教育局和县教育工会春节前慰问了多少名困难教职工？")[:2] == ["青禾县教育局", "县教育工会"]


def test_a_back_link_run_into_the_headline_is_no_part_of_it(tmp_path) -> None:  # noqa: ANN001
    """"返回柳岸区人民医院举行…": the page's back link glued to its headline made the unit "返回柳岸区人民医院工会"."""
    from ingest.clean import strip_back_link
    from ingest.pipeline import documents_from_path

    assert strip_back_link("返回上海市总工会开展慰问活动") == "上海市总工会开展慰问活动"
    assert strip_back_link("返回家乡创业的农民工有了新帮手") == "返回家乡创业的农民工有了新帮手"
    page = tmp_path / "news.txt"
    page.write_text("集团新闻\n返回长春市人民医院举行第三届工会委员会选举大会\n发布日期:【2023-07-14】 浏览次数:2187 次\n"
                    "7月12日下午，长春市人民医院第三届工会委员会选举大会在六楼会议室召开，选举产生了新一届工会委员会。"
                    "120余名职工代表出席大会。\n", encoding="utf-8")
    (doc,) = documents_from_path(page)
    assert doc.title.startswith("长春市人民医院") and doc.unit == "长春市人民医院工会"
    assert doc.year == 2023  # (the post's date in brackets dates the news)


def test_a_posts_own_date_label_needs_no_colon() -> None:
    """"发布时间2022-08-01  点击量:2458": a post's stamp without its colon still dates a news item of no year."""
    from ingest.metadata import stamped_year

    text = "7月28日，青禾市医疗卫生工会开展“送清凉到基层”慰问活动，慰问一线医务人员240人次。"
    assert stamped_year("送清凉\n发布时间2022-08-01  点击量:2458  来源:系统管理\n", "送清凉", text) == 2022
    assert stamped_year("送清凉\n活动时间2022年7月\n", "送清凉", text) is None  # an event's time is no post's stamp


def test_a_news_item_without_a_headline_is_titled_by_what_it_tells(tmp_path) -> None:  # noqa: ANN001
    """A page with no headline was titled "工会工作总结" (or "<unit><year>工作总结"), a summary it never was, shown
    in answers as "《工会工作总结》"; its first sentence, without byline and time, says what it tells."""
    from ingest.metadata import lead_title
    from ingest.pipeline import documents_from_path

    assert lead_title("本网讯（通讯员柳青）3月23日下午，我校召开九届一次教师代表大会，全体代表出席会议。") == (
        "我校召开九届一次教师代表大会，全体代表出席会议")
    assert lead_title("【劳模关怀】2021年，青禾市总工会深入开展劳模慰问。") == "青禾市总工会深入开展劳模慰问"
    assert lead_title("记者柳青报道：今年是“三八”国际劳动妇女节108周年，节日临近，青禾区总工会为女职工送上体检。").startswith("今年是")
    page = tmp_path / "news.txt"
    page.write_text("2013年2月1日下午，青禾医院工会在门诊四楼会议室举行2012年度工会工作总结表彰会。院党委书记出席会议，"
                    "工会委员40余人参加了会议。\n会上表彰了5个先进工会小组。\n", encoding="utf-8")
    (doc,) = documents_from_path(page)
    assert doc.title == "青禾医院工会在门诊四楼会议室举行2012年度工会工作总结表彰会"


def test_a_word_of_how_many_opens_no_unions_name() -> None:
    """"许多工会干部还有监考任务": 许多 (many) is no name; the report was read as the union "许多工会"."""
    from ingest.metadata import extract_unit

    text = "会议开始，柳主席说临近期末，许多工会干部还有监考任务在身。今天主要讲两项工作。"
    assert extract_unit("", text) != "许多工会"
    assert extract_unit("", "不少工会组织积极参与。青禾中学工会组织教师参加培训。") != "不少工会"


def test_simplified_names_with_qian_keep_it() -> None:
    """"全国劳动模范吴乾发": 乾 is simplified Chinese too; t2s made every 乾 干, so the name came out "吴干发" (in
    answers, and in the question, which passes the same normalisation); only where it means dry it is 干."""
    from ingest.clean import to_simplified

    assert to_simplified("全国劳动模范吴乾发、王乾坤") == "全国劳动模范吴乾发、王乾坤"
    assert to_simplified("吳乾發") == "吴乾发"
    assert to_simplified("餅乾和乾燥的天氣") == "饼干和干燥的天气"


def _answer(question: str, text: str, **meta: object):
    """The answer over one article's passage with the given metadata (unit, title, year…)."""
    return QAService(_knowledge([make_hit(text, doc_id="a", rank=1, **meta)])).answer(question)


def test_a_count_of_a_kind_of_the_whole_group_is_no_count_of_the_part_asked() -> None:
    """"参加体检的150多位劳模里，全国劳模有几位" of "组织150多位区级以上劳模参加体检，…为每位劳模建立档案，一人一档":
    the figure counts a kind of the whole (区级以上劳模), not 全国劳模, and "一人一档" (one file each) counts nothing."""
    text = ("此次活动区总工会共投入资金5万多元，组织150多位区级以上劳模参加体检，体检结束后，区人民医院为每位劳模建立健康档案，"
            "一人一档，方便劳模进行健康咨询。")
    assert not _answer("柳岸区总工会参加体检的150多位劳模里，全国劳模有几位？", text, unit="柳岸区总工会").grounded
    assert _answer("柳岸区总工会组织多少位劳模参加体检？", text, unit="柳岸区总工会").grounded


def test_person_times_are_no_count_of_members() -> None:
    """"现在有多少名会员" of "累计慰问1600人次": visits count people once each visit, members once."""
    text = "青禾医院工会主席柳青代表院党委为一线医务人员送去慰问包和慰问食品，累计慰问1600人次。"
    assert not _answer("青禾医院工会现在有多少名会员？", text, unit="青禾医院工会").grounded
    assert "1600人次" in _answer("青禾医院工会春节慰问了多少人？", text, unit="青禾医院工会").text


def test_the_sentence_that_writes_the_year_asked_answers_of_an_article_of_no_year() -> None:
    """"2003年拿到过什么省级荣誉" of an undated article whose every sentence scored alike: the one writing 2003
    ("2003年、2004年分别获得…") comes first."""
    text = ("近来青禾医院喜事连连，该院工会被授予全国模范职工之家称号。医院党委副书记、工会主席柳青在授牌仪式上作了讲话。"
            "多年来，医院工会深入开展建设职工之家活动。"
            "连续被市总工会授予先进职工之家荣誉称号；2003年、2004年分别获得青禾省模范职工之家、青禾省工会财务先进集体称号。")
    hits = [make_hit(text, doc_id="a", rank=1, title="青禾医院喜事连连")]
    answer = QAService(_knowledge(hits, "青禾医院")).answer("青禾医院工会在2003年拿到过什么省级荣誉？")
    assert answer.grounded and answer.text.split("：", 1)[1].startswith("2003年、2004年")


def test_a_membership_listed_before_a_post_leaves_the_post_its_own_body() -> None:
    """"区总工会党组成员、教育工会主席陆某": the chairman is the 教育工会's; the membership of another body listed
    before it made the post read as the 区总工会's, and "教育工会主席是谁" was refused."""
    text = "会议听取和审议了区总工会党组成员、教育工会主席柳青所作的工作报告。"
    answer = _answer("青禾区教育工会主席是谁？", text, unit="青禾区教育工会")
    assert answer.grounded and "柳青" in answer.text


def test_a_unit_an_unsigned_article_writes_once_counts_for_every_sentence_of_it() -> None:
    """"正清路小学工会2019年得过…什么称号" of a news item that says "我校" and writes the school's name once, in a guest's
    words: the name's pieces (the tagger cuts "清路/小学") count in all its sentences, as a title's would (an article
    opening with another body's name is still that body's: tests/test_extractive.py)."""
    from assistant.extractive import candidates

    sentence = "学校工会积极组织教师参与各级各类工会活动，曾于2019年被区教育局工会评为“优秀工会组织”。"
    report = ("本网讯（通讯员柳青）3月23日下午，我校召开九届一次教师代表大会。" + sentence
              + "区教育局工会副主席尹青发表讲话，祝贺青禾路小学九届一次教师代表大会顺利召开。")
    hit = make_hit(sentence, doc_id="a", rank=1, title="我校召开九届一次教师代表大会")
    profile = profile_question("青禾路小学工会2019年得过区教育局工会的什么称号？", _idf)
    named = candidates([hit], profile, {"a": report})[0].coverage
    unnamed = candidates([hit], profile, {"a": report.replace("青禾路小学", "")})[0].coverage
    assert named - unnamed > 0.4  # (every piece of the name at a title's weight; the round's start counted part of it: 0.30)


def test_a_time_ending_in_before_or_after_sets_nothing_apart() -> None:
    """"国庆前走访了哪几位劳模" of "先后走进…李某、邱某所在单位": 前 ends the time (before National Day), it opens no
    phrase "前走" whose sibling "后走" the sentence would say; the names were left out."""
    from assistant.overlap import contrasted_phrases
    from assistant.enumeration import word_bounds

    question = "青禾县总工会主席国庆前走访了哪几位全国劳模？"
    assert "前走" not in contrasted_phrases(question, word_bounds(question))
    assert "前三" in contrasted_phrases("比赛前三名是谁", word_bounds("比赛前三名是谁"))  # (a rank stays a phrase)


def test_a_slogan_counted_with_shuang_is_spelled_out_by_a_quoted_pair_that_says_its_word() -> None:
    """"“双进”指的是哪两个“进”" of "举行“劳模工匠进校园、思政教师进企业”宣讲团出征仪式。…“双进”宣讲团团长…":
    two quoted items, each with 进, are what 双进 sums up; words run on after "“双进”" are not."""
    from assistant.definitions import definition_span

    text = "青禾市总工会举行“劳模工匠进校园、思政教师进企业”宣讲团出征授旗仪式。全国劳动模范、“双进”宣讲团团长柳青郑重地接过旗帜。"
    span = definition_span(text, "双进")
    assert span is not None and text[span[0] : span[1]] == "劳模工匠进校园、思政教师进企业"


def test_a_womens_committees_post_is_none_of_a_sentence_naming_no_womens_body() -> None:
    """"新一届女工委员会主任是谁" of "会议由办公室主任曾某主持": an office's director, no women's committee's; it answered
    once the school's name counted for the whole article."""
    from assistant.question_profile import post_held_elsewhere

    asked = profile_question("青禾路小学新一届女工委员会主任是谁？", _idf)
    assert post_held_elsewhere("会议由办公室主任柳青主持。", asked)
    assert not post_held_elsewhere("学校女工委员会换届，柳青当选女工委员会主任。", asked)
    assert not post_held_elsewhere("女职委主任柳青主持会议。", profile_question("青禾公司女职委主任是谁？", _idf))


def test_a_chairman_of_a_union_named_with_its_place_is_that_unions() -> None:
    """"广东省海员工会主席、直属机关工会委员章某…参加会议" does not say who chairs 赣县中医院's union: a union named
    with its province before the post is another body (it was read as no body: only 总工会 was)."""
    from assistant.question_profile import post_held_elsewhere

    guest = "青禾省总工会机关党委专职副书记、直属机关工会副主席周青，青禾省海员工会主席、直属机关工会委员章正，医院领导参加会议。"
    assert post_held_elsewhere(guest, profile_question("柳岸县中医院的工会主席是谁？", _idf))
    assert not post_held_elsewhere("柳岸县中医院工会主席章正出席。", profile_question("柳岸县中医院的工会主席是谁？", _idf))


def test_a_date_among_a_posts_labels_dates_news_and_a_speakers_look_back_does_not_undate_it() -> None:
    """"作者: 教育工会 2017-03-08 来源:教育工会" stamps the post; "施书记指出，在过去的一年里…" is a speaker looking
    back, not the news telling of two years: the item of "3月7日下午" is of 2017 (it had no year, and "2017年…" was
    refused)."""
    from ingest.metadata import stamped_year

    head = "您的位置: 工会信息 > 区教育工会新闻\n教育系统举行庆祝“三八”妇女节暨先进表彰大会\n作者: 教育工会 2017-03-08 来源:教育工会\n"
    text = ("3月7日下午，青禾区教育系统庆祝“三八”国际劳动妇女节暨先进表彰大会在青少年活动中心隆重召开。\n"
            "局党委书记柳青为大会致辞。柳书记指出，在过去的一年里，教育系统妇女工作紧紧围绕中心，用心服务女教工。")
    assert stamped_year(head, "教育系统举行庆祝“三八”妇女节暨先进表彰大会", text) == 2017
    looked_back = "3月7日下午，青禾区总工会召开全委会。过去的一年，全区工会组织紧紧围绕中心工作。"
    assert stamped_year(head, "青禾区总工会召开全委会", looked_back) is None


def test_someone_asked_by_a_deed_is_shown_doing_it() -> None:
    """"青禾路小学教代会是由谁主持的" of a report where a guest "发表讲话，祝贺…大会顺利召开" and "会议由办公室主任柳青
    主持": the one shown presiding answers; the guest, whose sentence writes the school's name, answered before."""
    article = ("本网讯3月23日下午，我校召开九届一次教师代表大会，全体教职工代表出席会议，会议由办公室主任柳青主持。"
               "区教育局工会副主席尹青发表讲话，祝贺青禾路小学九届一次教师代表大会顺利召开。")
    assert profile_question("青禾路小学教代会是由谁主持的？", _idf).deed == "主持"
    assert profile_question("青禾集团2022年工作报告是谁作的？", _idf).deed == ""
    assert profile_question("青禾中学新一届女工委员会主任由谁担任？", _idf).deed == ""  # (a post: "选举某为…主任")
    hits = [make_hit(article, doc_id="a", rank=1, title="我校召开九届一次教师代表大会")]
    answer = QAService(_knowledge(hits, "青禾路小学")).answer("青禾路小学教代会是由谁主持的？")
    assert answer.grounded and "柳青" in answer.text and "尹青" not in answer.text


def test_a_year_asked_as_nian_du_is_the_year_summed_up_not_the_meetings_date() -> None:
    """"2013年度评出了多少个先进工会小组" of "2013年2月1日下午，…举行2012年度工会工作总结表彰会…为5个先进工会小组颁发了
    荣誉证书": the 2012年度 awards, given at a meeting held in 2013; "2012年度…" and "2013年2月的表彰会…" are answered."""
    article = ("2013年2月1日下午，青禾医院工会在门诊四楼会议室举行2012年度工会工作总结表彰会。院党委书记出席了会议。"
               "随后举行了颁奖仪式，院领导为妇产科等5个先进工会小组颁发了荣誉证书。")
    hits = [make_hit(article, doc_id="a", rank=1, unit="青禾医院工会", year=2013, period="年度",
                     title="青禾医院工会在门诊四楼会议室举行2012年度工会工作总结表彰会")]
    service = QAService(_knowledge(hits))
    assert profile_question("青禾医院工会2013年度评出了多少个先进工会小组？", _idf).fiscal == ("2013年",)
    assert not service.answer("青禾医院工会2013年度评出了多少个先进工会小组？").grounded
    assert "5个先进工会小组" in service.answer("青禾医院工会2012年度评出了多少个先进工会小组？").text
    assert "5个先进工会小组" in service.answer("青禾医院工会2013年2月的表彰会上评出了多少个先进工会小组？").text


def test_review_a_mends_of_the_round() -> None:
    """Review A's defects, mended: 和 opening a name of its own ("公安局和平分局", "工商银行和田分行") is no joiner, one
    before a level after 中学/中心/集团… is; "哪个最多" after three units compares the three ("这两个县…" the last two),
    and a unit named by its place takes the first's body after its place ("市场监管局工会", not "场监管局工会"); a
    report's own look back ("会议指出，过去的一年…") still undates its news; what two bodies held ("举办的招聘会") or are
    to each other is one question; 返回 before "区总工会…", "2023年…", "我院…"; no title from a summary's adverbial
    opening, a parenthesised byline or a clock time; 乾 meaning dry in more words (乾乾淨淨, 葡萄乾, 擦乾, 乾媽, 乾部);
    大部分/所有… open no name; more post stamps."""
    from assistant.condense import unit_names
    from ingest.clean import strip_back_link, to_simplified
    from ingest.metadata import extract_unit, lead_title, stamped_year

    assert unit_names("沈阳市公安局和平分局工会召开会议") == ["沈阳市公安局和平分局工会"]
    assert unit_names("青禾县第一中学和县教育工会慰问了多少人？")[:2] == ["青禾县第一中学", "县教育工会"]
    three = [Turn("青禾县总工会上半年新建了多少家工会组织？"), Turn("柳岸县上半年新建了多少家工会组织？"),
             Turn("石桥县上半年新建了多少家工会组织？")]
    assert condense_question("哪个最多？", three).startswith("青禾县总工会、柳岸县总工会和石桥县总工会上半年")
    assert condense_question("这两个县哪个多？", three).startswith("柳岸县总工会和石桥县总工会上半年")
    assert condense_question("它俩谁多？", three).startswith("柳岸县总工会和石桥县总工会")
    assert condense_question("哪个多呢？", [Turn("青禾市市场监管局工会有多少会员？"), Turn("柳岸县有多少会员？")]) == (
        "青禾市市场监管局工会和柳岸县市场监管局工会有多少会员？哪个多呢？")
    head = "青禾区总工会召开全委会\n发布时间：2023-01-12 09:30\n"
    text = "1月10日，青禾区总工会召开全委会。会议指出，过去的一年，全区新建基层工会56家。"
    assert stamped_year(head, "青禾区总工会召开全委会", text) is None
    assert stamped_year("青禾\n作者: 教育工会 2017年03月08日\n", "青禾", "3月7日下午，青禾区教育系统召开表彰大会。") == 2017
    assert stamped_year("青禾\n发布于 2017-03-08\n", "青禾", "3月7日下午，青禾区教育系统召开表彰大会。") == 2017
    assert split_subjects("青禾县总工会和县人社局举办的招聘会提供了多少个岗位？") == []
    assert split_subjects("青禾公司和柳岸公司是什么关系？") == []
    assert strip_back_link("返回区总工会召开第三次全委会") == "区总工会召开第三次全委会"
    assert strip_back_link("返回我院举行护士节表彰大会") == "我院举行护士节表彰大会"
    assert strip_back_link("返回长沙的首批农民工，已经抵达") == "返回长沙的首批农民工，已经抵达"
    assert lead_title("2022年，在县委和市总工会的正确领导下，全县工会组织紧紧围绕中心工作。") == ""
    assert lead_title("（记者柳青通讯员李明）3月23日上午9时青禾县总工会召开全委会。") == "青禾县总工会召开全委会"
    assert to_simplified("乾乾淨淨的葡萄乾，擦乾，乾媽，工會乾部") == "干干净净的葡萄干，擦干，干妈，工会干部"
    assert extract_unit("", "大部分工会组织积极参与。所有工会都要落实。") not in ("大部分工会", "所有工会")


def test_review_b_mends_of_the_round() -> None:
    """Review B's defects, mended: 上/下 after a body's name ("工会上学期", "上一届") and 前 before a count stay contrasts
    (only 前/后 before a verb end a time); a body's own short name before its post ("县医院工会主席") is not another
    body, a union named with its province or city is; a deed asked is one of presiding or speaking ("谁接任", "由谁看望"
    ask no verb the sentence must repeat); a women's committee's post is named in the sentence before too, or by 女教工;
    a part written otherwise ("女职工会员" for 女会员, "省部级劳模" for 省级劳模) is the part; "一个一站式" counts; a
    deed done for members may be counted per visit, a stock of people may not; items run on after a slogan that say its
    word come first; "2023年度职代会" is a meeting, no year summed up; "两家谁多一些" compares, "谁最少也要…" does not."""
    from assistant.definitions import definition_span
    from assistant.overlap import contrasted_phrases
    from assistant.enumeration import word_bounds
    from assistant.question_profile import post_held_elsewhere

    question = "青禾路小学工会上学期开展了什么活动？"
    assert contrasted_phrases(question, word_bounds(question))
    asked = profile_question("青禾县医院的工会主席是谁？", _idf)
    assert not post_held_elsewhere("县医院工会主席柳青出席。", asked)
    assert post_held_elsewhere("青禾省海员工会主席章正出席。", asked)
    assert profile_question("青禾县总工会主席一职由谁接任？", _idf).deed == ""
    womens = profile_question("青禾中学女工委员会主任是谁？", _idf)
    article = "大会选举产生了新一届女职工委员会。柳青当选为主任。"
    assert not post_held_elsewhere("柳青当选为主任。", womens, article)
    assert not post_held_elsewhere("柳青当选为女教工委员会主任。", womens)
    assert _answer("青禾公司工会新发展的会员里女会员有多少？", "全年共发展1200名新会员，其中包括320名女职工会员。",
                   unit="青禾公司工会").grounded
    assert _answer("青禾公司工会新建了几个服务中心？", "公司工会今年新建一个一站式职工服务中心。", unit="青禾公司工会").grounded
    assert _answer("青禾公司工会为多少名会员提供了免费体检？", "今年公司工会组织会员免费体检，共计体检2300人次。",
                   unit="青禾公司工会").grounded
    assert not _answer("青禾医院工会现有多少名职工？", "青禾医院工会春节前慰问一线医务人员，累计慰问1600人次。",
                       unit="青禾医院工会").grounded
    text = "青禾市总工会开展“双进”活动，组织劳模进企业、进社区宣讲42场，“进一步提升服务水平、进一步扩大覆盖面”。"
    span = definition_span(text, "双进")
    assert span is not None and "进企业、进社区" in text[span[0] : span[1]]
    assert profile_question("青禾公司2023年度职代会有多少名职工代表出席？", _idf).fiscal == ()
    assert profile_question("两家谁多一些？", _idf).compare == "most"
    assert profile_question("谁最少也要参加一次？", _idf).compare == ""


def test_a_count_of_what_was_done_is_no_figure_under_a_plan_heading() -> None:
    """From the new user's walkthrough: "金秋助学资助了几名学生" was answered "2、民生工程3名金秋助学…任务，保证在年底前完成"
    from the section "二、下半年工作计划": a count of what a deed did is not what a plan sets out to do."""
    assert profile_question("青石镇工会2022年金秋助学资助了几名学生？", _idf).done_asked
    assert not profile_question("青石镇工会下半年将资助几名学生？", _idf).done_asked
    plan = make_hit("2、民生工程3名金秋助学学生资助任务，保证在年底前完成。", doc_id="a", rank=1, unit="青石镇工会",
                    section="二、下半年工作计划")
    assert not QAService(_knowledge([plan])).answer("青石镇工会2022年金秋助学资助了几名学生？").grounded
    done = make_hit("上半年金秋助学资助3名学生，发放助学金0.6万元。", doc_id="a", rank=1, unit="青石镇工会",
                    section="一、上半年工作")
    assert "3名学生" in QAService(_knowledge([done])).answer("青石镇工会2022年金秋助学资助了几名学生？").text


def test_a_word_of_a_units_name_the_tagger_calls_a_verb_is_no_deed() -> None:
    """"青禾安定医院工会现在有多少名会员": 安定 is tagged a verb, but it is a piece of the unit's name; the question asks a
    stock of members all the same, which "累计慰问1600人次" does not give."""
    text = "青禾安定医院工会主席代表院党委为一线医务人员送去慰问包，累计慰问1600人次。"
    assert profile_question("青禾安定医院工会现在有多少名会员？", _idf).verbs == ("安定",)  # (the tagger's verb)
    assert not _answer("青禾安定医院工会现在有多少名会员？", text, unit="安定工会").grounded


def test_only_a_stock_of_people_is_never_counted_per_visit() -> None:
    """"在职工培训上各自培训了多少人" of "全县共完成培训62563人次" counts what was done (it was refused once the person-times
    rule read any question of no tagged verb as a stock); "共有多少会员参加了…" is a deed too; "一共有多少名医务人员",
    "会员总数是多少" ask people there are."""
    assert not profile_question("某县在职工培训上培训了多少人？", _idf).stock_asked
    assert not profile_question("青禾公司工会全年共有多少会员参加了文体活动？", _idf).stock_asked
    assert profile_question("青禾医院一共有多少名医务人员？", _idf).stock_asked
    assert profile_question("青禾医院工会会员总数是多少？", _idf).stock_asked
    assert _answer("青禾县职工培训了多少人？", "截至目前，全县共完成职工培训62563人次。", unit="青禾县总工会").grounded
    # (person-times asked are answered so: "先后有多少人次职工获得各级劳模称号")
    assert _answer("青禾医院先后有多少人次职工获得各级劳模称号？", "我院职工先后有17人次获得全国、省级劳模称号。",
                   unit="青禾医院工会").grounded
