"""One subject of a question that sets several side by side, retrieved on its own (QAService._part)."""

from __future__ import annotations

from types import SimpleNamespace

from fakes import make_hit

from assistant.qa import QAService
from assistant.scope import Scope
from vectorstore.retriever import Hit


class _Knowledge:
    """A knowledge base holding the given passages: every search returns them all (those of the
    asked articles when doc_ids is given), so that what _part does with them is what is tested."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        texts = {h.doc_id: h.text for h in hits}
        self.store = SimpleNamespace(document_texts=lambda ids: {i: texts[i] for i in ids if i in texts})
        self.lexical = SimpleNamespace(index=SimpleNamespace(idf=lambda word: 1.0, holds=lambda phrase: False,
                                                             knows=lambda word: True, writes=lambda phrase: False))

    def search(self, query: str, k: int = 5, *, year=None, unit_kind=None, doc_ids=None) -> list[Hit]:
        return [h for h in self.hits if doc_ids is None or h.doc_id in doc_ids][:k]


def _part(hits: list[Hit], subject: str):
    return QAService(_Knowledge(hits))._part(subject, Scope(), None)


def test_a_described_unit_no_article_fits_is_asked_about_among_articles_of_its_kind() -> None:
    hits = [make_hit("公司工会举办了第三届职工运动会。", doc_id="firm", unit="公司工会", title="公司工会总结", rank=1),
            make_hit("县总工会联合文体局举办了第五届职工运动会。", doc_id="county", unit="县总工会", title="县总工会总结", rank=2)]
    part = _part(hits, "西部那个县办的职工运动会是第几届")  # no article says 西部
    assert part.ranked and {c.hit.doc_id for c in part.ranked} == {"county"}
    assert part.name is None  # the description is not claimed as the article's name


def test_the_article_whose_unit_is_the_name_the_subject_opens_with_comes_first() -> None:
    hits = [make_hit("5月3日，市总工会组织健步走活动，增强职工体质。", doc_id="city", unit="市总工会", rank=1),
            make_hit("为增强职工体质，5月3日，我会组织健步走活动。", doc_id="district", unit="xx区总工会", rank=2)]
    part = _part(hits, "xx区总工会5月3日那次健步走活动是为了什么")
    assert part.ranked[0].hit.doc_id == "district"



def test_a_subject_has_its_own_floor_below_the_whole_questions() -> None:
    hits = [make_hit("红枫镇工会的上级是区总工会和镇党委，工会在其领导下开展工作。", doc_id="town", unit="红枫镇总工会", rank=1)]
    subject = "红枫镇总工会的上级领导是谁"
    strict = QAService(_Knowledge(hits), part_floor=5.0)._part(subject, Scope(), None)
    lenient = QAService(_Knowledge(hits), part_floor=0.0)._part(subject, Scope(), None)
    assert not strict.ranked and lenient.ranked and lenient.ranked[0].hit.doc_id == "town"
