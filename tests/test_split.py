"""Article boundaries: markers, bare titles, and the genre's opening paragraph."""

from __future__ import annotations

import pytest

from ingest.clean import clean_text
from ingest.headings import ARTICLE_MARKER
from ingest.split import (
    collection_title,
    headline,
    is_opening_paragraph,
    is_title_line,
    marker_title,
    split_articles,
    split_run_in,
    unique_titles,
)


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
    assert _titles(text) == ["xx年局工会工作总结", "2023年度建设局工会工作总结报告", "单位工会工作总结范文"]


def test_summary_number_markers() -> None:
    text = "\n".join(["2019年机关工会工作总结一：", BODY, "2019年机关工会工作总结二", BODY, "机关工会工作总结3", BODY])
    assert _titles(text) == ["2019年机关工会工作总结", "2019年机关工会工作总结", "机关工会工作总结"]


def test_trailing_article_markers_give_the_title_without_the_marker() -> None:
    text = "\n".join(["某区工会年终总结 篇1", BODY, "某区工会年终总结篇二", BODY, "职工之家建设总结模板篇12", BODY])
    assert _titles(text) == ["某区工会年终总结", "某区工会年终总结", "职工之家建设总结模板"]


def test_a_marker_run_into_its_first_paragraph_is_split() -> None:
    text = "\n".join(["某区工会年终总结 篇120xx年，某区工会" + BODY, "某区工会年终总结篇2二〇二三年，区工会" + BODY])
    articles = split_articles(text)
    assert [a.title for a in articles] == ["某区工会年终总结", "某区工会年终总结"]
    assert articles[0].lines[0].startswith("20xx年，某区工会") and articles[1].lines[0].startswith("二〇二三年")


def test_a_title_run_into_the_first_paragraph_at_an_article_start() -> None:
    text = "\n".join(["远航公司工会上半年工作总结范文今年以来，公司工会" + BODY, "一、加强组织建设", BODY])
    articles = split_articles(text)
    assert articles[0].title == "远航公司工会上半年工作总结范文"
    assert articles[0].lines[0].startswith("今年以来，")
    mid_text = "\n".join(["远航公司工会工作总结", BODY, "公司工会工作总结今年以来，" + BODY])
    assert split_articles(mid_text)[0].lines[1].startswith("公司工会工作总结今年以来")


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("青禾县工会工作总结（通用7篇）", "青禾县工会工作总结"),
        ("有关街道工会总结范文汇总五篇", "有关街道工会总结范文"),
        ("街道工会工作总结集锦15篇", "街道工会工作总结"),
        ("教育工会的工作总结5篇精选", "教育工会的工作总结"),
        ("【推荐】工会年终总结4篇", "工会年终总结"),
        ("2024年社区工会上半年总结最新6篇", "2024年社区工会上半年总结"),  # a sales word before the count
        ("青禾矿业医院工会工作总结2021集合", "青禾矿业医院工会工作总结"),  # a year before the gathering word
        ("某区工会年终总结 篇1", None),  # an article marker
        ("全年共收到职工来稿36篇", None),  # a count, but of no reports
    ],
)
def test_collection_heading_subject(line: str, subject: str | None) -> None:
    assert collection_title(line) == subject


def test_a_collection_heading_names_the_page_not_an_article() -> None:
    text = "\n".join(["青禾县工会工作总结（通用7篇）", "篇一", BODY, "篇二", BODY])
    assert _titles(text) == ["青禾县工会工作总结", "青禾县工会工作总结"]


def test_a_bare_marker_without_a_page_subject_leaves_the_title_to_the_pipeline() -> None:
    articles = split_articles("\n".join(["篇一", BODY]))
    assert articles[0].title == "" and articles[0].title_inferred


def test_a_title_wrapped_onto_a_second_line_is_joined() -> None:
    text = "\n".join(["第一篇：青禾县工会2022年工作总结", "青禾县工会2022年工作总结", "及2023年工作打算", BODY])
    articles = split_articles(text)
    assert articles[0].title == "青禾县工会2022年工作总结及2023年工作打算"
    assert articles[0].lines == [BODY]


def test_the_title_repeated_at_the_top_of_the_body_is_dropped() -> None:
    text = "\n".join(["启明社区年终总结", "今年，我们认真完成了各项任务，总结如下：", "启明社区年终总结", BODY])
    articles = split_articles(text, "启明社区年终总结")
    assert articles[0].lines == ["今年，我们认真完成了各项任务，总结如下：", BODY]


def test_a_headline_above_the_first_paragraph_titles_it() -> None:
    text = "\n".join(["动态资讯", "news center", "【要闻】区工会召开年度工作总结表彰会", "2024-01-05 10:20", BODY])
    articles = split_articles(text)
    # the headline states a fact of the news: it opens the body too, so an answer can quote it
    assert articles[0].title == "区工会召开年度工作总结表彰会" and articles[0].lines == ["区工会召开年度工作总结表彰会", BODY]
    assert headline("网站首页|工会动态|通知公告") is None
    assert headline("2023年12月30日") is None


def test_a_headline_of_an_honour_titles_its_news() -> None:
    """"青禾海关荣获全国五一劳动奖状": union news of an honour, titled by its headline."""
    articles = split_articles("\n".join(["青禾海关荣获全国五一劳动奖状", "时间：2024-05-03", BODY]))
    assert articles[0].title == "青禾海关荣获全国五一劳动奖状" and articles[0].lines[0] == "青禾海关荣获全国五一劳动奖状"


def test_a_page_counter_in_front_of_the_first_title_is_dropped() -> None:
    articles = split_articles("\n".join(["1、关于启明社区工会上半年工作的总结", BODY]))
    assert articles[0].title == "关于启明社区工会上半年工作的总结"


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


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("【篇3】2021年工会工作总结", "2021年工会工作总结"),
        ("第2篇：水利局工会工作总结", "水利局工会工作总结"),
        ("2019年机关工会工作总结二：", "2019年机关工会工作总结"),
        ("某区工会年终总结 篇1", "某区工会年终总结"),
        ("单位工会工作总结范文 第十一篇", "单位工会工作总结范文"),
        ("篇一", ""),  # bare markers: the title comes from the page or the pipeline
        ("范文 第三篇", ""),
        ("【篇2】", ""),
        ("【篇二：明德小学工会2021年上半年工作总结】", "明德小学工会2021年上半年工作总结"),  # title inside
        ("总结二：青禾镇工会年度工作总结", "青禾镇工会年度工作总结"),
        ("【篇1】青禾矿业医院工会工作总结2021集合", "青禾矿业医院工会工作总结"),
    ],
)
def test_marker_title_strips_the_marker(line: str, title: str) -> None:
    assert marker_title(line) == title


def test_a_title_with_a_subtitle_after_a_colon_is_a_title() -> None:
    assert is_title_line("2022年青禾县总工会工作总结：成绩与差距")
    assert not is_title_line("青禾县总工会工作总结：一年来，我们扎实推进各项工作")  # a sentence follows
    assert not is_title_line("一、工会工作总结：成绩与差距")  # a numbered heading
    text = "\n".join(["2022年工会工作总结：成绩与差距", "2022年工会工作总结：成绩与差距", BODY])
    articles = split_articles(text)
    assert [a.title for a in articles] == ["2022年工会工作总结：成绩与差距"] and articles[0].lines == [BODY]


def test_a_title_line_ending_in_a_full_stop_is_a_title_only_before_the_body() -> None:
    text = "\n".join(["工会年度工作总结", "青禾镇工会年度工作总结。", BODY, "明德中学工会年度工作总结。", BODY])
    articles = split_articles(text)
    assert [a.title for a in articles] == ["青禾镇工会年度工作总结"]
    assert articles[0].lines == [BODY, "明德中学工会年度工作总结。", BODY]


def test_a_sample_number_at_the_start_of_a_line_is_a_marker() -> None:
    text = "\n".join(["总结一：青禾镇工会年度工作总结", BODY, "总结二：明德中学工会年度工作总结", BODY])
    assert _titles(text) == ["青禾镇工会年度工作总结", "明德中学工会年度工作总结"]
    assert not ARTICLE_MARKER.match("总结一：全年慰问困难职工36户，发放慰问金5.2万元。")


def test_a_bare_marker_run_into_the_paragraph_is_split_and_keeps_the_title_above() -> None:
    text = "\n".join(["某县水利局工会工作总结范本", "篇一20xx年，县水利局工会" + BODY])
    articles = split_articles(text)
    assert [a.title for a in articles] == ["某县水利局工会工作总结范本"]
    assert articles[0].lines[0].startswith("20xx年，县水利局工会")
    assert split_run_in("第二篇章，工会带领职工开展了劳动竞赛，成效明显。", at_article_start=False) is None


def test_a_bracketed_marker_between_title_and_paragraph_is_split() -> None:
    line = "明德小学工会半年工作总结【篇一：明德小学工会2021年上半年工作总结】今年上半年，校工会" + BODY
    articles = split_articles(line)
    assert [a.title for a in articles] == ["明德小学工会2021年上半年工作总结"]
    assert articles[0].lines[0].startswith("今年上半年，校工会")


def test_a_collection_heading_run_into_the_title_names_the_page() -> None:
    line = "青禾矿业医院工会工作总结5篇青禾矿业医院工会**年度工作总结"
    assert split_run_in(line, at_article_start=True) == ("青禾矿业医院工会工作总结5篇", "青禾矿业医院工会**年度工作总结")
    articles = split_articles("\n".join(["【篇1】青禾矿业医院工会工作总结2021集合", line, BODY]))
    assert [a.title for a in articles] == ["青禾矿业医院工会**年度工作总结"]


def test_a_stated_title_that_says_more_stays_over_a_run_in_one() -> None:
    text = "\n".join(["2021年青禾县总工会工作总结", "青禾县总工会工作总结今年以来，县总工会" + BODY])
    assert _titles(text) == ["2021年青禾县总工会工作总结"]
    only_blanks_added = "\n".join(["【篇1】青禾矿业医院工会工作总结", "青禾矿业医院工会**工作总结", BODY])
    assert _titles(only_blanks_added) == ["青禾矿业医院工会工作总结"]
    fuller_later = "\n".join(["工会年度工作总结", "青禾镇工会年度工作总结", BODY])
    assert _titles(fuller_later) == ["青禾镇工会年度工作总结"]


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
