"""How an answer is laid out in the chat: a not-found reply said once, the nearest passages named by whose they are."""

from __future__ import annotations

import re

from assistant.answer_types import NOT_FOUND, Answer, Citation
from assistant.web.render import answer_html, sources_html
from fakes import make_hit
from vectorstore.lexical import BM25Index


def _idf():
    return BM25Index().idf


def _nearest() -> list:
    return [make_hit("今年走访慰问困难职工二十户。", doc_id="d1", title="二〇二二年工作总结", unit="东河镇工会", year=2022,
                     period="年度"),
            make_hit("开展金秋助学活动。", doc_id="d2", title="上半年总结", unit="西岭街道工会", year=2023, period="上半年")]


def test_a_not_found_answer_says_not_found_once_and_names_whose_the_nearest_passages_are() -> None:
    answer = Answer(question="北山县总工会慰问了多少户？", text=NOT_FOUND, grounded=False, hits=_nearest())
    page = answer_html(answer) + sources_html(answer, _idf())
    text = re.sub(r"<[^>]+>", "", page)
    assert len(re.findall("没有", text)) == 1  # the answer's own sentence; the passages below do not repeat it
    assert "最接近" in text
    assert "东河镇工会（2022年度）：二〇二二年工作总结" in text
    assert "西岭街道工会（2023年上半年）：上半年总结" in text


def test_the_nearest_passages_are_one_per_article() -> None:
    first, other = _nearest()
    again = make_hit("夏季送清凉。", doc_id="d1", title="二〇二二年工作总结", unit="东河镇工会", year=2022, period="年度")
    answer = Answer(question="问", text=NOT_FOUND, grounded=False, hits=[first, again, other])
    text = re.sub(r"<[^>]+>", "", sources_html(answer, _idf()))
    assert "二十户" in text and "送清凉" not in text and "金秋助学" in text


def test_a_found_answer_lists_its_sources_without_a_not_found_heading() -> None:
    hit = _nearest()[0]
    answer = Answer(question="东河镇工会慰问了多少户？", text="东河镇工会：慰问困难职工二十户[1]", grounded=True,
                    citations=[Citation(1, hit, hit.text)], hits=[hit])
    text = re.sub(r"<[^>]+>", "", sources_html(answer, _idf()))
    assert "出处" in text and "最接近" not in text and "[1] 二〇二二年工作总结" in text


def test_a_filter_that_is_on_shows_above_the_question_box_and_none_hides_the_bar() -> None:
    from assistant.web.qa_tab import filter_state

    bar, text = filter_state("2015", "机关")
    assert bar.visible is True and "2015年" in text and "单位类别“机关”" in text
    bar, text = filter_state("", "")
    assert bar.visible is False and text == ""
