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
