"""A quoted slogan's meaning is read from the words that spell it out after it ("“三有”（即…）"),
not from the sentence that merely mentions it."""

from __future__ import annotations

from fakes import make_hit

from assistant.compose import compose_answer
from assistant.definitions import asked_terms, definition_span
from assistant.extractive import candidates
from assistant.question_profile import profile_question


def meaning(text: str, term: str) -> str | None:
    span = definition_span(text, term)
    return text[span[0] : span[1]] if span else None


def test_only_numbered_slogans_in_questions_about_what_they_are_are_asked_terms() -> None:
    assert asked_terms("青禾镇工会的“两访”和“四上墙”分别指什么") == ["两访", "四上墙"]
    assert asked_terms("那“建五册”呢？") == ["建五册"]
    assert asked_terms("推进的“三件实事”是哪三件") == ["三件实事"]
    assert asked_terms("在“关爱职工，服务大局”方面做了哪些工作") == []  # a heading, not a slogan
    assert asked_terms("“三件实事”办了多少钱") == []  # asks a figure, not what it is
    assert asked_terms("“两普”工作推进会是哪天开的") == []  # asks a date


def test_a_bracket_a_link_word_or_a_colon_opens_the_meaning() -> None:
    assert meaning("街道工会做到“两访”（即逢节必访，逢病必访），深受欢迎。", "两访") == "逢节必访，逢病必访"
    assert meaning("着力抓好“三件实事,即修好食堂,建好书屋和办好托管班,坚持不懈推进。", "三件实事") == "修好食堂,建好书屋和办好托管班"
    assert meaning("全面推行“四个一”工程，即读一本好书、学一门技能、交一位朋友、写一篇心得。", "四个一") == \
        "读一本好书、学一门技能、交一位朋友、写一篇心得"
    assert meaning("实行“双述职”：年中述职和年终述职。", "双述职") == "年中述职和年终述职"


def test_items_straight_after_a_bare_slogan_count_only_when_there_are_as_many_as_it_says() -> None:
    text = "“挂两牌”、“建三册”全部落实。“建三册”会员名册，困难职工名册和活动记录册。"
    assert meaning(text, "建三册") == "会员名册，困难职工名册和活动记录册"
    assert meaning("“五必到”协助行政做好服务，为职工办实事。", "五必到") is None  # two clauses are not five things


def test_the_answer_gives_each_slogans_meaning_with_whose_it_is() -> None:
    hits = [make_hit("青禾镇工会坚持“两访”（即逢节必访，逢病必访），又推行“四上墙”，即制度、职责、计划、名单上墙。",
                     unit="青禾镇工会", start=0)]
    question = "青禾镇工会的“两访”和“四上墙”分别指什么"
    profile = profile_question(question, lambda word: 1.0)
    lines, citations = compose_answer(candidates(hits, profile), profile)
    text = "".join(lines)
    assert "青禾镇工会：“两访”指：逢节必访，逢病必访。[1]" in text
    assert "“四上墙”指：制度、职责、计划、名单上墙。[1]" in text
    assert len(citations) == 1


def test_a_slogan_that_is_never_spelled_out_is_answered_as_any_other_question() -> None:
    hits = [make_hit("青禾镇工会大力推行“四上墙”，效果明显，职工满意。", unit="青禾镇工会")]
    profile = profile_question("青禾镇工会的“四上墙”是什么", lambda word: 1.0)
    lines, _ = compose_answer(candidates(hits, profile), profile)
    assert "指：" not in "".join(lines) and "四上墙" in "".join(lines)


def test_each_subject_set_side_by_side_gets_its_own_slogans_meaning() -> None:
    from assistant.answer_types import Part

    town = make_hit("青禾镇工会坚持“两访”（即逢节必访，逢病必访），职工满意。", unit="青禾镇工会")
    plant = make_hit("红星厂工会推行“三公开”，即厂务公开、账务公开、评优公开。", unit="红星厂工会")
    parts = []
    for subject, hit in (("青禾镇工会的“两访”指什么", town), ("红星厂工会的“三公开”指什么", plant)):
        profile = profile_question(subject, lambda word: 1.0)
        parts.append(Part(subject, None, [hit], candidates([hit], profile)))
    whole = profile_question("青禾镇工会的“两访”和红星厂工会的“三公开”分别指什么", lambda word: 1.0)
    lines, _ = compose_answer([], whole, parts=parts)
    text = "".join(lines)
    assert "青禾镇工会：“两访”指：逢节必访，逢病必访。" in text
    assert "红星厂工会：“三公开”指：厂务公开、账务公开、评优公开。" in text
