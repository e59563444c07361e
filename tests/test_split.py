"""Article boundaries: markers, bare titles, and the genre's opening paragraph."""

from __future__ import annotations

from ingest.clean import clean_text
from ingest.split import is_opening_paragraph, is_title_line, marker_title, split_articles, unique_titles


def _titles(text: str, page_title: str = "") -> list[str]:
    return [article.title for article in split_articles(text, page_title)]


BODY = (
    "工会组织职工开展了丰富多彩的文体活动，全年慰问困难职工36户，发放慰问金5.2万元，"
    "为职工办理互助保障1200份，组织职工健康体检460人次，职工满意度明显提高。"
)


def test_bracket_markers_and_the_title_under_them() -> None:
    text = "\n".join(["【篇1】某县工会工作总结", "青禾县总工会2023年工作总结", BODY, "【篇2】某县工会工作总结", BODY])
    assert _titles(text) == ["青禾县总工会2023年工作总结", "某县工会工作总结"]


def test_numbered_markers_in_arabic_and_chinese_numerals() -> None:
    text = "\n".join(
        ["第1篇 xx年局工会工作总结", BODY, "第二篇 2023年度建设局工会工作总结报告", BODY, "单位工会工作总结范文 第十一篇", BODY]
    )
    assert _titles(text) == ["xx年局工会工作总结", "2023年度建设局工会工作总结报告", "单位工会工作总结范文 第十一篇"]


def test_summary_number_markers() -> None:
    text = "\n".join(["2019年机关工会工作总结一：", BODY, "2019年机关工会工作总结二：", BODY])
    assert _titles(text) == ["2019年机关工会工作总结一", "2019年机关工会工作总结二"]


def test_bare_title_lines_start_articles() -> None:
    text = "\n".join(["房管局机关工会2021年工作总结", BODY, "县总工会精神文明工作总结", BODY, "县直机关工会上半年工作总结", BODY])
    assert _titles(text) == ["房管局机关工会2021年工作总结", "县总工会精神文明工作总结", "县直机关工会上半年工作总结"]


def test_part_headings_and_headings_are_not_titles() -> None:
    assert not is_title_line("XX年下半年工作计划")
    assert not is_title_line("一、2023年工作总结")
    assert not is_title_line("现将一年来的工作总结如下：")
    assert is_title_line("县总工会工作总结及工作计划")


def test_unmarked_article_starts_at_its_opening_paragraph() -> None:
    opening = "一年来，xx医院工会在医院党委的正确领导下，积极发挥桥梁纽带作用。现总结如下："
    assert is_opening_paragraph(opening)
    first = ["单位工会工作总结范文 第二篇", "一、开展技能比武", BODY * 3]
    text = "\n".join([*first, opening, "一、加强组织建设", BODY])
    articles = split_articles(text)
    assert len(articles) == 2
    assert articles[1].title_inferred and articles[1].lines[0] == opening


def test_an_opening_phrase_inside_a_section_does_not_split() -> None:
    text = "\n".join(
        ["某局工会工作总结", "（一）抓好首要工作", "20xx年，女工委把提高素质作为首要任务，主要做了以下几方面工作：", BODY * 3]
    )
    assert len(split_articles(text)) == 1


def test_page_headers_and_running_titles_are_not_articles() -> None:
    text = "\n".join(["青禾县工会工作总结", "青禾县工会工作总结", "【篇1】青禾县工会工作总结", BODY, "青禾县工会工作总结", BODY])
    articles = split_articles(text)
    assert [a.title for a in articles] == ["青禾县工会工作总结"]
    assert articles[0].lines == [BODY, BODY]


def test_marker_title_strips_the_marker() -> None:
    assert marker_title("【篇3】2021年工会工作总结") == "2021年工会工作总结"
    assert marker_title("第2篇：水利局工会工作总结") == "水利局工会工作总结"
    assert marker_title("2019年机关工会工作总结二：") == "2019年机关工会工作总结二"


def test_unique_titles() -> None:
    assert unique_titles(["校工会工作总结", "局工会总结", "校工会工作总结"]) == [
        "校工会工作总结",
        "局工会总结",
        "校工会工作总结（之2）",
    ]


def test_fixture_page_with_markers(pages_dir) -> None:
    text = clean_text((pages_dir / "qinghe_pages.txt").read_text(encoding="utf-8"))
    assert _titles(text, "青禾县工会工作总结") == [
        "青禾县总工会2023年工作总结",
        "县直机关工会上半年工作总结",
        "青禾县教育工会2023年度工作总结",
    ]


def test_fixture_page_with_an_unmarked_article(pages_dir) -> None:
    text = clean_text((pages_dir / "fanwen_page.txt").read_text(encoding="utf-8"))
    articles = split_articles(text)
    assert [a.title_inferred for a in articles] == [False, False, True, False]
    assert articles[2].lines[0].startswith("一年来，xx医院工会")
    assert "医院" not in articles[1].text


def test_splitting_a_page_of_many_lines_stays_linear() -> None:
    """One article of 40,000 short lines: the implicit-split check must not re-count the body
    for every line (that was quadratic: 20k lines took 6 s)."""
    import time

    page = "海川市某局工会2023年工作总结\n" + "\n".join(f"第{i}项工作按计划完成，职工参与{i % 97}人次。" for i in range(40000))
    started = time.perf_counter()
    articles = split_articles(page)
    assert len(articles) == 1 and len(articles[0].lines) == 40000
    assert time.perf_counter() - started < 5.0
