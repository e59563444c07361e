"""Shapes found on fresh report pages this round (fixtures invented, same shapes): a news item that
opens with a worker who joins a union, before the union that reports is named."""

from __future__ import annotations

from ingest.metadata import extract_unit


def test_a_union_a_worker_joins_in_a_later_clause_is_no_unit() -> None:
    text = ("“现在我也有娘家了！”小李是一名快递员，午休时从站点负责人那里听说可以入会，马上申请加入联合工会。\n"
            "青禾物流园里货运司机、快递员数量众多，园区每天进出车辆两千余辆次。")
    assert extract_unit("", text) != "马上申请加入联合工会"
    # a union that opens the sentence and acts is still the unit
    own = "2023年，青禾街道总工会紧紧围绕中心工作，建成户外劳动者服务站点12个。"
    assert extract_unit("", own) == "青禾街道总工会"
    # after a time clause the union is still the sentence's subject
    assert extract_unit("", "今年以来，在街道党工委领导下，青禾街道总工会，坚持服务职工。") == "青禾街道总工会"
