"""Whose page it is, read from its breadcrumb and bylines before cleaning drops them."""

from __future__ import annotations

from pathlib import Path

from ingest.masthead import publisher_names
from ingest.pipeline import ingest_paths

PAGE = """当前位置: 青川州人民政府>>青川州水务局窗口>>机关党建>>精神文明
局工会女工参加全州职工气排球比赛
作者:青川州水务局 来源:本站 发布时间:2019-05-02
春回大地。州总工会于5月16日至6月1日举办全州职工气排球比赛。
本次比赛，我局工会委员会共组织12名女职工参加，打完了全部比赛。
"""


def test_breadcrumb_and_byline_name_the_publishing_body() -> None:
    assert publisher_names(PAGE) == "青川州人民政府 青川州水务局窗口 青川州水务局"


def test_site_names_and_sections_are_no_body() -> None:
    """A 范文 site's own name and its categories ("社区工会工作总结") say nothing of whose report it is."""
    head = "您的位置:某某范文网>工作总结>社区工会工作总结\n来源:本站 作者:会员上传\n"
    assert publisher_names(head) == ""
    assert publisher_names("正文第一句。\n") == ""


def test_the_publisher_reaches_the_chunks(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    report = ingest_paths([page])
    assert report.documents and all("青川州水务局" in d.publisher for d in report.documents)
    assert all("青川州水务局" in c.metadata["publisher"] for c in report.chunks)
    assert "当前位置" not in report.documents[0].text  # still dropped from the text as chrome
