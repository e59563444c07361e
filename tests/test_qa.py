"""Question answering on the fixture pages: citations, numbers, follow-ups, not-found, and the
OpenAI-compatible backend through the real client against a local stub server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer_types import NOT_FOUND, Answer, Citation
from assistant.condense import Turn
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel
from assistant.qa import MODEL_DECLINED, MODEL_PASSAGES, QAService, next_turn, verify_generated
from assistant.settings import Settings
from fakes import make_hit
from openai_stub import OpenAIStub

NUMBER = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture(scope="module")
def knowledge(pages_kb: KnowledgeBase) -> KnowledgeBase:
    return pages_kb


@pytest.fixture(scope="module")
def qa(knowledge: KnowledgeBase) -> QAService:
    return QAService(knowledge)


QUESTIONS = [
    ("金秋助学资助了多少名困难职工子女？", ["47名"]),
    ("远航机械有限公司工会全年提出了多少条合理化建议？", ["312条"]),
    ("县直机关工会为女职工免费体检多少人次？", ["460人次"]),
    ("明德中学工会收集了多少件教职工提案？", ["18件"]),
]


@pytest.mark.parametrize(("question", "keywords"), QUESTIONS)
def test_extractive_answers_cite_retrieved_chunks_and_only_their_numbers(qa: QAService, question, keywords) -> None:
    answer = qa.answer(question)
    assert answer.grounded and answer.backend == "extractive"
    assert all(k in answer.text for k in keywords), answer.text
    retrieved = {h.chunk_id for h in answer.hits}
    cited_numbers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert cited_numbers == {c.n for c in answer.citations}
    for citation in answer.citations:
        assert citation.hit.chunk_id in retrieved
        assert citation.quote in citation.hit.text
    # every number in the answer appears in the chunk cited right after it
    for sentence, n in re.findall(r"([^\[\]]+)\[(\d+)\]", answer.text):
        chunk = next(c.hit.text for c in answer.citations if c.n == int(n))
        for number in NUMBER.findall(sentence):
            assert number in chunk, (number, sentence)


def test_a_far_too_long_question_is_refused_with_the_reason(qa: QAService) -> None:
    answer = qa.answer("去年慰问了多少困难职工？" * 2000, [Turn("县直机关工会举办了什么比赛？", "县直机关工会")])
    assert not answer.grounded and answer.citations == [] and answer.flags == ["query_rejected"]
    assert answer.text.startswith("问题太长") and "500" in answer.text


def test_a_question_the_material_does_not_answer_is_not_grounded(qa: QAService) -> None:
    answer = qa.answer("工会给职工发了多少张电影票？")
    assert not answer.grounded and answer.text == NOT_FOUND and answer.citations == []
    # no report of the fixtures is of 2024 or gives no year at all: the year asked is what is missing
    answer = qa.answer("2024年职工疗休养安排了几批？")
    assert not answer.grounded and answer.text.startswith("资料中没有2024年的总结。")


def test_a_follow_up_is_answered_about_the_same_unit(qa: QAService) -> None:
    first = qa.answer("远航机械有限公司工会开展了什么劳动竞赛？")
    assert first.grounded and "远航" in first.citations[0].hit.title
    follow = qa.answer("他们为困难员工发放了多少帮扶资金？", [next_turn(first)])
    assert follow.standalone_question.startswith("远航机械有限公司工会")
    assert follow.grounded and "12.4万元" in follow.text
    assert all("远航" in c.hit.title for c in follow.citations)


def test_period_follow_up(qa: QAService) -> None:
    follow = qa.answer("那上半年呢？", [Turn("县直机关工会全年开展了哪些活动？")])
    assert follow.standalone_question == "县直机关工会上半年开展了哪些活动？"


def test_a_traditional_or_full_width_question_gets_the_simplified_answer(qa: QAService) -> None:
    simplified = qa.answer("远航机械有限公司工会全年提出了多少条合理化建议？")
    for typed in ("遠航機械有限公司工會全年提出了多少條合理化建議？", "远航机械有限公司工会全年提出了多少条合理化建议?"):
        answer = qa.answer(typed)
        assert answer.grounded and answer.text == simplified.text and "312条" in answer.text


def test_a_unit_not_in_the_material_is_refused_naming_it(qa: QAService) -> None:
    answer = qa.answer("白沙镇总工会春节慰问了多少户困难职工？")
    assert not answer.grounded and answer.flags == ["out_of_scope"]
    refusal, nearest, *lines = answer.text.split("\n")
    assert refusal == "资料中没有关于白沙镇总工会的内容。" and nearest == "资料中最接近的内容："
    assert len(lines) == len(answer.citations) >= 1
    for line, citation in zip(lines, answer.citations):  # each passage says whose it is
        assert line.startswith(f"- {citation.hit.metadata['unit']}") and line.endswith(f"[{citation.n}]")


def test_a_year_the_material_lacks_is_refused_naming_it(qa: QAService) -> None:
    answer = qa.answer("2024年远航机械有限公司工会提出了多少条合理化建议？")
    assert not answer.grounded
    assert answer.text.startswith("资料中没有远航机械有限公司工会2024年的总结。")


def test_a_changed_period_is_checked_not_answered_with_the_old_one(qa: QAService) -> None:
    first = qa.answer("县直机关工会上半年为女职工免费体检多少人次？")
    assert first.grounded and "460人次" in first.text
    follow = qa.answer("那下半年呢？", [next_turn(first)])
    answered = follow.text.split("资料中最接近的内容")[0]
    assert "460" not in answered
    assert not follow.grounded or all(c.hit.metadata.get("period") != "上半年" for c in follow.citations)


def test_with_a_model_the_scope_is_checked_before_the_model_is_called(knowledge: KnowledgeBase) -> None:
    with OpenAIStub() as server:
        answer = _llm_qa(knowledge, server).answer("白沙镇总工会春节慰问了多少户困难职工？")
        assert server.requests == []
    assert not answer.grounded and answer.text.startswith("资料中没有关于白沙镇总工会的内容。")


def test_list_questions_gather_items_across_chunks(qa: QAService) -> None:
    answer = qa.answer("有哪些单位开展了送温暖活动？")
    assert answer.grounded and len(answer.citations) >= 2


def test_the_stream_yields_the_answer_in_pieces(qa: QAService) -> None:
    stream = qa.stream("金秋助学资助了多少名困难职工子女？")
    pieces = list(stream)
    assert len(pieces) >= 1 and "".join(pieces) == stream.answer.text


# ---------------------------------------------------------------- the OpenAI-compatible backend


@pytest.fixture()
def stub():
    with OpenAIStub() as server:
        yield server


def _llm_qa(knowledge: KnowledgeBase, stub: OpenAIStub, timeout: float = 5.0) -> QAService:
    return QAService(knowledge, ChatModel(stub.base_url, "sk-test", "qwen-stub", timeout_s=timeout, max_retries=0))


def test_llm_answer_streams_and_is_checked(knowledge: KnowledgeBase, stub: OpenAIStub) -> None:
    question = "金秋助学资助了多少名困难职工子女？"
    hits = knowledge.search(question, MODEL_PASSAGES)
    n = next(i for i, hit in enumerate(hits, start=1) if "47名" in hit.text)
    stub.reply = f"县总工会资助困难职工子女上大学47名[{n}]，每人发放助学金3000元[{n}]。"
    stream = _llm_qa(knowledge, stub).stream(question)
    pieces = list(stream)
    answer = stream.answer
    assert len(pieces) > 3 and "".join(pieces) == stub.reply
    assert answer.grounded and answer.flags == [] and answer.backend == "openai:qwen-stub"
    assert [c.n for c in answer.citations] == [n]
    prompt = stub.requests[-1]["messages"]
    assert prompt[0]["role"] == "system" and "<资料" in prompt[-1]["content"]


def test_llm_citations_and_numbers_that_do_not_check_out_are_marked(knowledge: KnowledgeBase, stub: OpenAIStub) -> None:
    stub.reply = "资助了99名学生[1]，另见[42]。"
    answer = _llm_qa(knowledge, stub).answer("金秋助学资助了多少名困难职工子女？")
    assert "invalid_citation:42" in answer.flags and "[42?]" in answer.text
    assert "unsupported_number:99" in answer.flags and "99【未核实】" in answer.text


def test_a_model_that_declines_what_the_passages_answer_is_followed_by_their_words(
        knowledge: KnowledgeBase, stub: OpenAIStub) -> None:
    """A small model often says "not found" with the answer in front of it: the extractive answer
    follows, introduced as the material's own words, and the answer counts as grounded."""
    stub.reply = "资料中没有找到与这个问题直接相关的内容。"
    stream = _llm_qa(knowledge, stub).stream("金秋助学资助了多少名困难职工子女？")
    text = "".join(stream)
    answer = stream.answer
    assert text == answer.text and MODEL_DECLINED in text and "47名" in text.split(MODEL_DECLINED)[1]
    assert answer.grounded and "model_declined" in answer.flags and answer.citations


def test_a_model_that_declines_a_trap_stays_declined(knowledge: KnowledgeBase, stub: OpenAIStub) -> None:
    stub.reply = "资料中没有找到与这个问题直接相关的内容。"
    answer = _llm_qa(knowledge, stub).answer("职工食堂的月饼是哪家厂商供应的？")
    assert not answer.grounded and MODEL_DECLINED not in answer.text


@pytest.mark.parametrize("mode", ["fail", "stall"])
def test_llm_down_or_stalled_says_so_and_still_lists_sources(knowledge: KnowledgeBase, stub: OpenAIStub, mode: str) -> None:
    stub.mode = mode
    answer = _llm_qa(knowledge, stub, timeout=1.0).answer("金秋助学资助了多少名困难职工子女？")
    assert "llm_unavailable" in answer.flags
    assert "不可用" in answer.text or "超时" in answer.text
    assert answer.citations and any("金秋助学" in c.hit.text for c in answer.citations)


def test_verify_generated_on_its_own(knowledge: KnowledgeBase) -> None:
    hits = knowledge.search("技能比武", 2)
    text, citations, flags = verify_generated("评出技术能手15名[1]。", hits)
    assert flags == [] and citations[0].hit is hits[0] and text == "评出技术能手15名[1]。"
    _, _, flags = verify_generated("评出技术能手。", hits)
    assert flags == ["no_citation"]


def test_with_a_model_the_follow_up_is_rewritten_by_the_model(knowledge: KnowledgeBase, stub: OpenAIStub) -> None:
    stub.reply = "远航机械有限公司工会发放了多少帮扶资金？"
    answer = _llm_qa(knowledge, stub).answer("他们发了多少？", [Turn("远航机械有限公司工会开展了什么劳动竞赛？")])
    assert answer.standalone_question == stub.reply
    assert "追问：他们发了多少？" in stub.requests[0]["messages"][-1]["content"]


def test_the_conversation_remembers_a_real_unit_not_a_phrase_ending_in_gonghui() -> None:
    """"春节团拜会上各工会小组演了多少个节目" names no union: the unit remembered is the one the
    answer came from, so "那登山比赛是哪天搞的？" asks about that union."""
    hit = make_hit("春节团拜会上，各工会小组演出节目20个。", unit="白杨镇总工会", doc_id="a")
    answer = Answer(question="春节团拜会上各工会小组演了多少个节目？", text="…", grounded=True,
                    citations=[Citation(1, hit, hit.text)], standalone_question="春节团拜会上各工会小组演了多少个节目？")
    assert next_turn(answer).unit == "白杨镇总工会"
    named = Answer(question="红枫县总工会慰问了多少户？", text="…", grounded=True, citations=[Citation(1, hit, hit.text)],
                   standalone_question="红枫县总工会慰问了多少户？")
    assert next_turn(named).unit == "红枫县总工会"


def test_the_conversation_remembers_the_person_a_who_answer_named() -> None:
    """After "是谁在验收会上讲话的", "他是什么职务？" asks about the person the answer named, not the unit;
    an answer to another kind of question names no one to remember."""
    hit = make_hit("验收会上，苏望舒副主席讲话。", unit="院工会", doc_id="a")
    who = Answer(question="验收会上是谁讲话的？", text="院工会：苏望舒副主席讲话。[1]", grounded=True,
                 citations=[Citation(1, hit, hit.text)], standalone_question="验收会上是谁讲话的？")
    assert next_turn(who).person == "苏望舒"
    when = Answer(question="验收会是哪天开的？", text="院工会：苏望舒副主席讲话。[1]", grounded=True,
                  citations=[Citation(1, hit, hit.text)], standalone_question="验收会是哪天开的？")
    assert next_turn(when).person is None


def test_an_answer_says_which_filters_the_search_applied(knowledge: KnowledgeBase) -> None:
    qa = QAService(knowledge)
    filtered = qa.answer("金秋助学资助了多少名困难职工子女？", unit_kind="县总工会")
    assert filtered.text.startswith("（已按单位类别“县总工会”筛选；要查全部资料，请清除筛选）") and "filtered" in filtered.flags
    plain = qa.answer("金秋助学资助了多少名困难职工子女？")
    assert not plain.text.startswith("（已按") and "filtered" not in plain.flags
    stream = qa.stream("金秋助学资助了多少名困难职工子女？", year=2019)
    assert "".join(stream) == stream.answer.text and stream.answer.text.startswith("（已按2019年筛选")


def test_list_questions_have_their_own_floor(knowledge: KnowledgeBase) -> None:
    # the floor for 哪些 questions is lower (their words name kinds, the answer instances): only they get it
    lenient_on_lists = QAService(knowledge, floor=5.0, list_floor=0.0)
    assert lenient_on_lists.answer("有哪些单位开展了送温暖活动？").grounded
    assert not lenient_on_lists.answer("金秋助学资助了多少名困难职工子女？").grounded
    assert not QAService(knowledge, floor=0.0, list_floor=5.0).answer("有哪些单位开展了送温暖活动？").grounded


def test_a_phrase_found_word_for_word_does_not_answer_what_no_sentence_holds(tmp_path: Path) -> None:
    """A quoted phrase the material holds verbatim lets a sentence answer below the floor, but only
    one holding what is asked: no sentence gives prize money, so "奖金是多少钱" is refused."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "speech.txt").write_text(
        "柳岸钢铁公司工会工作简报\n日前，柳岸集团举办第二届“我的岗位我争先”主题演讲赛，公司4名职工参赛，均取得好成绩。"
        "质检班班长邢明获得一等奖，轧钢班班长罗清获得三等奖。\n", encoding="utf-8")
    service = QAService(KnowledgeBase(Settings(data_dir=tmp_path / "data")))
    service.knowledge.ingest([tmp_path / "pages"])
    assert not service.answer("柳岸钢铁“我的岗位我争先”演讲赛一等奖的奖金是多少钱？").grounded
    assert service.answer("柳岸钢铁“我的岗位我争先”演讲赛职工取得了什么成绩？").grounded


def test_a_model_reply_of_citation_marks_alone_counts_as_declined(knowledge: KnowledgeBase, stub: OpenAIStub) -> None:
    """"[1][4]" says nothing: the passages' own words follow, as when the model says "not found"."""
    stub.reply = "[1][4]"
    answer = _llm_qa(knowledge, stub).answer("金秋助学资助了多少名困难职工子女？")
    assert answer.grounded and "model_declined" in answer.flags and "47名" in answer.text.split(MODEL_DECLINED)[1]


class _Retrieved:
    """A knowledge base that returns given hits: enough for QAService's retrieval and scoring."""

    def __init__(self, hits) -> None:
        from types import SimpleNamespace

        self.hits = hits
        self.store = self
        self.lexical = SimpleNamespace(index=SimpleNamespace(idf=lambda word: 1.0, holds=lambda phrase: any(phrase in h.text for h in hits),
                                                             knows=lambda word: True, writes=lambda phrase: False))

    def search(self, query, k=5, **filters):
        return self.hits[:k]

    def document_texts(self, doc_ids):
        return {h.doc_id: h.text for h in self.hits if h.doc_id in doc_ids}


def test_a_pasted_phrase_lifts_the_answer_only_when_its_own_passage_holds_what_is_asked() -> None:
    from dataclasses import replace

    pasted = replace(make_hit("柳岸局工会搭建的“天天关怀”服务平台开创了先河。", unit="柳岸局工会", doc_id="p1"), exact=True)
    dated = make_hit("今年的招聘会增设了家属求职服务处。", unit="柳岸局工会", doc_id="p2")
    refused = QAService(_Retrieved([pasted, dated])).answer("柳岸局工会的“天天关怀”平台是哪一年上线的？")
    assert not refused.grounded
    said = replace(make_hit("2019年，柳岸局工会搭建“天天关怀”服务平台。", unit="柳岸局工会", doc_id="p3"), exact=True)
    assert QAService(_Retrieved([said, dated])).answer("柳岸局工会的“天天关怀”平台是哪一年上线的？").grounded


def test_two_questions_in_one_message_are_answered_in_turn(qa: QAService) -> None:
    # the second goes on as a follow-up of the first; citations are numbered on, each [n] its own chunk
    answer = qa.answer("远航机械有限公司工会开展了什么劳动竞赛？他们为困难员工发放了多少帮扶资金？")
    assert answer.grounded and "12.4万元" in answer.text and "\n\n" in answer.text
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    assert sorted(set(cited)) == sorted(c.n for c in answer.citations) == list(range(1, len(answer.citations) + 1))
    assert all("远航" in c.hit.title for c in answer.citations)
    # a second question that only goes on with the first is one question
    from assistant.qa import two_questions

    assert two_questions("几家单位的工会总结里给出了职工总人数？分别是多少？") == []
    assert two_questions("哪些总结提到了学法普法？各是怎么做的？") == []
    assert two_questions("成立以后又设了几个工作委员会？主任由谁担任？") == ["成立以后又设了几个工作委员会？", "主任由谁担任？"]


def test_several_units_of_which_none_is_in_the_material_is_no_answer(qa: QAService) -> None:
    # each subject is looked for on its own; when none has anything, the answer states nothing
    answer = qa.answer("青石县总工会和白杨港务集团工会金秋助学各资助了多少名困难职工子女？")
    assert not answer.grounded and not answer.citations
    assert "青石县总工会" in answer.text and "白杨港务集团工会" in answer.text
