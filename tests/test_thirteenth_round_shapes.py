"""Shapes found on fresh report pages this round (fixtures invented, same shapes)."""

from __future__ import annotations

from fakes import make_hit
from test_parts import _Knowledge

from assistant.qa import QAService


def _knowledge(hits, *names: str) -> _Knowledge:
    """The fake knowledge base, holding the given names besides the passages' own words."""
    knowledge = _Knowledge(hits)
    knowledge.lexical.index.holds = lambda phrase: any(phrase in h.text for h in hits) or phrase in names
    return knowledge


def test_a_second_question_opening_with_a_short_body_name_asks_of_that_body() -> None:
    hits = [make_hit("青禾水产所工会分别在武汉和荆州组织开展秋季运动会，设置多个项目。", doc_id="fish",
                     unit="青禾水产所工会", title="青禾水产所工会总结", rank=1),
            make_hit("1月11日下午，柳岸所召开年度工会总结会。与会委员评选出健步走协会、排球协会为年度的优秀协会。",
                     doc_id="ai", unit="柳岸所工会", title="柳岸所召开年度工会总结会", rank=2)]
    answer = QAService(_knowledge(hits, "柳岸所")).answer("青禾水产所工会办了什么运动会？柳岸所评出的优秀协会又是哪两个？")
    second = answer.text.split("\n\n")[1]
    assert "健步走协会" in second and "排球协会" in second and "武汉" not in second
