"""Per-article answers to questions about several articles (assistant/aggregate.py)."""

from __future__ import annotations

from fakes import make_hit

from assistant.aggregate import article_sentences, asked_documents, figures, per_document, says_topic_otherwise, topic_head
from assistant.answer_types import Candidate
from assistant.compose import compose_answer
from assistant.extractive import candidates
from assistant.question_profile import profile_question

_RARE = {"无偿献血": 6.0, "参加": 1.0, "单位": 0.4}


def _idf(word: str) -> float:
    return _RARE.get(word, 1.0)


def _pool(*texts: str) -> list[Candidate]:
    return [Candidate(text, make_hit(text, doc_id=f"d{i}"), 0.5, 0.5, True) for i, text in enumerate(texts)]


def test_the_head_of_the_heaviest_compound_is_its_last_two_characters() -> None:
    pool = _pool("参加了无偿献血。", "组织义务献血。", "组织了职工体检。", "慰问困难职工。", "开展读书活动。", "举办运动会。")
    assert topic_head(profile_question("哪些单位组织了无偿献血，各有几个人参加？", _idf), pool) == "献血"
    assert topic_head(profile_question("各单位的会员分别有多少？", _idf), pool) == ""  # no compound of four characters


def test_a_head_most_retrieved_articles_say_does_not_mark_the_topic() -> None:
    pool = _pool("举办拔河比赛。", "举办象棋比赛。", "举办乒乓球比赛。", "开展读书活动。")
    assert topic_head(profile_question("哪几份总结提到了拔河比赛？", lambda word: {"拔河比赛": 6.0}.get(word, 1.0)), pool) == ""


def test_a_sentence_says_the_topic_otherwise_with_its_figure_in_the_same_clause() -> None:
    profile = profile_question("哪些单位组织了无偿献血，各有几个人参加？", _idf)
    hit = make_hit("x")
    assert says_topic_otherwise(Candidate("还组织了6名会员义务献血。", hit, 0.1, 0.1, False), "献血", profile)
    assert not says_topic_otherwise(Candidate("组织全系统职工义务献血。", hit, 0.1, 0.1, False), "献血", profile)  # no figure
    assert not says_topic_otherwise(Candidate("慰问了12名职工，组织义务献血。", hit, 0.1, 0.1, False), "献血", profile)
    assert not says_topic_otherwise(Candidate("还组织了6名会员义务献血。", hit, 0.1, 0.1, False), "", profile)


def test_an_article_saying_the_topic_with_another_word_gets_its_own_line() -> None:
    question = "哪些单位组织了无偿献血，各有几个人参加？"
    profile = profile_question(question, _idf)
    hits = [make_hit("9月，王红等3位同志参加了无偿献血活动。", doc_id="a", unit="局工会", rank=1),
            make_hit("机关工会还慰问生病住院的同志。还组织了6名会员义务献血。", doc_id="b", unit="机关工会", rank=2),
            make_hit("组织了8名职工参加篮球赛。", doc_id="c", unit="公司工会", rank=3),
            *(make_hit(f"组织了{n}名职工参加{what}。", doc_id=what, unit="局工会", rank=4)
              for n, what in ((20, "体检"), (30, "读书会"), (40, "健步走")))]
    docs = per_document(candidates(hits, profile), profile)
    assert [(d.doc_id, d.candidate.text) for d in docs] == [("a", "9月，王红等3位同志参加了无偿献血活动。"),
                                                            ("b", "还组织了6名会员义务献血。")]


def test_an_articles_line_adds_its_next_best_sentence_not_a_repeat_nor_another_articles() -> None:
    a, b = make_hit("x", doc_id="a"), make_hit("y", doc_id="b")
    first = Candidate("开展了建家活动。", a, 1.0, 1.0, True)
    ranked = [first, Candidate("开展了建家活动", a, 0.95, 1.0, True), Candidate("完成建家验收。", b, 0.95, 1.0, True),
              Candidate("被授予先进职工之家称号。", a, 0.9, 1.0, True), Candidate("召开了会议。", a, 0.5, 0.5, True)]
    assert [c.text for c in article_sentences(first, ranked, 0.8, 2)] == ["开展了建家活动。", "被授予先进职工之家称号。"]
    assert article_sentences(first, ranked, 0.8, 1) == [first]


def test_only_the_best_fitting_articles_lines_add_a_second_sentence() -> None:
    profile = profile_question("两家医院工会的建家和换届情况各是怎样？", _idf)
    a = make_hit("x", doc_id="a", unit="医院工会", title="医院工会总结")
    b = make_hit("y", doc_id="b", unit="院工会", title="院工会总结")
    ranked = [Candidate("开展了建家活动。", a, 0.6, 0.6, True), Candidate("完成建家验收，获先进职工之家称号。", a, 0.6, 0.6, True),
              Candidate("完成第六届工会换届选举。", b, 0.4, 0.4, True), Candidate("召开了会员代表大会。", b, 0.4, 0.4, True)]
    lines, _ = compose_answer(ranked, profile, {})
    assert lines == ["医院工会：开展了建家活动。[1]完成建家验收，获先进职工之家称号。[1]", "\n院工会：完成第六届工会换届选举。[2]"]


def test_of_sentences_scoring_alike_the_one_nearest_the_chosen_goes_on_its_line() -> None:
    hit = make_hit("开展了建家活动。省总工会检查了建家工作。完成建家验收。", doc_id="a", start=0)
    first, far, near = (Candidate(text, hit, 0.6, 0.6, True) for text in ("开展了建家活动。", "完成建家验收。", "省总工会检查了建家工作。"))
    assert article_sentences(first, [first, far, near], 0.8, 2) == [first, near]


def test_a_question_that_opens_by_counting_articles_gets_that_many_lines() -> None:
    assert asked_documents("两家医院工会的建家和换届情况各是怎样？") == 2
    assert asked_documents("三个社区工会各慰问了多少户") == 3
    assert asked_documents("新建了两家企业工会，各有多少会员") is None  # counts what was done
    assert asked_documents("哪两家公司工会评上了模范职工之家") is None
    hits = [make_hit(f"{name}医院工会完成建家验收，工会委员会换届选举顺利。", unit=f"{name}医院工会", score=1.0 - i / 10)
            for i, name in enumerate(("青禾", "红枫", "白杨"))]
    profile = profile_question("两家医院工会的建家和换届情况各是怎样？", lambda word: 1.0)
    assert len(per_document(candidates(hits, profile), profile)) == 2


def test_round_figures_and_points_are_figures_but_idioms_and_very_are_not() -> None:
    """"近万人", "百余人", "数千名" count people by the multiplier alone; "96.5分" are points. Without a
    word of about or more, "千家万户" is an idiom; "十分重视" is "very", not ten points."""
    found = {f.text: (f.value, f.measure) for f in figures("会员近万人，约百余人参加，数千名职工；评价为96.5分。")}
    assert found == {"近万人": (10000.0, "人"), "约百余人": (100.0, "人"), "数千名": (1000.0, "人"), "96.5分": (96.5, "分")}
    assert figures("工会服务走进千家万户，领导十分重视，比赛用时3分钟。") == []


def test_volumes_and_votes_are_figures() -> None:
    assert [f.text for f in figures("献血总量超过45万毫升，得票1200票")] == ["45万毫升", "1200票"]


def test_which_articles_say_a_thing_is_asked_of_each_article() -> None:
    idf = {"金秋": 5.0, "助学": 3.0, "清凉": 4.0, "夏天": 6.0}.get
    profile = profile_question("这些总结里，哪几个镇的工会提到了金秋助学？", lambda word: idf(word) or 1.0)
    assert profile.per_document and profile.said[:2] == ("金秋", "助学")
    assert profile_question("哪两份总结写的是换届的事？", _idf).per_document
    assert not profile_question("哪几家企业新建了工会？", _idf).said  # a list inside one article, not who says it
    assert not profile_question("镇工会开展了哪些活动？", _idf).per_document


def test_each_article_saying_the_topic_gets_a_line_by_a_sentence_that_says_it() -> None:
    profile = profile_question("哪几份材料提到了夏天给职工送清凉？", lambda word: {"夏天": 6.0, "清凉": 4.0}.get(word, 1.0))
    a, b, c = (make_hit("x", doc_id=d, unit=u) for d, u in (("a", "柳岸镇工会"), ("b", "白鹭行业工会"), ("c", "青禾县总工会")))
    ranked = [Candidate("夏天组织职工登山。", c, 0.9, 0.9, True), Candidate("开展夏季送清凉活动。", a, 0.8, 0.8, True),
              Candidate("冬送温暖、夏送清凉。", b, 0.3, 0.3, True), Candidate("慰问户外职工。", a, 0.9, 0.9, True)]
    docs = per_document(ranked, profile)  # 清凉 marks the topic: two articles say it, only one says 夏天
    assert [(d.doc_id, d.candidate.text) for d in docs] == [("a", "开展夏季送清凉活动。"), ("b", "冬送温暖、夏送清凉。")]


def test_a_measure_said_twice_is_no_count() -> None:
    """"一件件棉衣送到环卫工人手中" counts nothing; "送上棉衣120件" does."""
    assert figures("工会将一件件棉衣送到环卫工人手中。") == []
    assert [f.text for f in figures("工会送上棉衣120件。")] == ["120件"]


def test_which_reports_are_of_a_year_are_those_of_that_year_or_saying_it() -> None:
    """"哪两份总结写的是2005年的工会工作": an article of 2005, or one that says 2005, not one of 2006."""
    profile = profile_question("哪两份总结写的是2005年的工会工作？", lambda word: 1.0)
    hits = [make_hit("今年的工会工作取得了新进展。", doc_id="a", year=2005),
            make_hit("回首2005年，我们的工会工作稳步推进。", doc_id="b"),
            make_hit("今年的工会工作再上新台阶。", doc_id="c", year=2006)]
    assert {d.doc_id for d in per_document(candidates(hits, profile), profile)} == {"a", "b"}


def test_a_figure_the_question_states_picks_the_articles_stating_it() -> None:
    """"有两家单位开会时都是45名代表参加，是哪两家": the two articles with 45, not another meeting."""
    profile = profile_question("我记得有两家单位开会的时候都是45名代表参加，是哪两家？", lambda word: 1.0)
    assert profile.per_document and "记得" not in profile.weights
    hits = [make_hit("青禾酒店召开工会成立大会，参加会议的45名会员代表选举产生了委员。", doc_id="a"),
            make_hit("柳岸集团召开职代会，45名职工代表审议通过了工作报告。", doc_id="b"),
            make_hit("白鹭公司召开职代会，代表们对公司领导进行了民主评议。", doc_id="c")]
    assert {d.doc_id for d in per_document(candidates(hits, profile), profile)} == {"a", "b"}
