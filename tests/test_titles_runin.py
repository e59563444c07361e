"""Titles a page states in odd shapes: a pipe-joined site title, a title run into its text before a colon."""

from __future__ import annotations

from ingest.clean import clean_text, title_in_site_title
from ingest.split import split_articles, split_run_in

BODY = (
    "一年来，青禾矿业工会在公司党委的领导下，组织职工开展劳动竞赛和技能比武，"
    "全年走访慰问困难职工二十八户，发放慰问金四万二千元，职工书屋新增图书六百册。"
)


def _titles(text: str) -> list[str]:
    return [article.title for article in split_articles(text)]


# ---------------------------------------------------------------- a pipe-joined site title


def test_a_site_title_keeps_the_plain_title_over_its_promo_form() -> None:
    assert title_in_site_title("有关于青禾矿业工会年度工作总结范文|青禾矿业工会年度工作总结") == "青禾矿业工会年度工作总结"
    assert title_in_site_title("青禾中学工会工作总结 | 最新青禾中学工会工作总结精选大全") == "青禾中学工会工作总结"


def test_other_pipe_lines_are_left_alone() -> None:
    nav_bar = "首页|工作总结|工作计划|述职报告"
    table_row = "|慰问困难职工|28户|4.2万元|"
    unrelated = "青禾中学工会工作总结|明德小学工会工作总结"
    for line in (nav_bar, table_row, unrelated):
        assert title_in_site_title(line) == line


def test_a_page_under_a_site_title_is_titled_with_the_plain_part() -> None:
    page = "\n".join(["写作助手，一键生成！立即体验", "有关于青禾矿业工会年度工作总结范文|青禾矿业工会年度工作总结", BODY, BODY])
    clean = clean_text(page)
    assert "青禾矿业工会年度工作总结" in clean.split("\n")
    assert _titles(clean) == ["青禾矿业工会年度工作总结"]


# ---------------------------------------------------------------- a title run in before a colon


def test_a_title_run_in_before_a_colon_at_the_start_is_the_title() -> None:
    line = "青禾县总工会2023年度工作报告：凝心聚力建新功各位代表，同志们：受委托，我向大会报告工作，请予审议。" + BODY
    title, rest = split_run_in(line, at_article_start=True)
    assert title == "青禾县总工会2023年度工作报告"
    assert rest.startswith("凝心聚力建新功各位代表")
    assert _titles(line) == ["青禾县总工会2023年度工作报告"]


def test_a_colon_after_a_title_shape_is_no_title_inside_an_article_or_before_a_subtitle_alone() -> None:
    line = "青禾县总工会2023年度工作报告：受委托，我向大会报告工作，请予审议。" + BODY
    assert split_run_in(line, at_article_start=False) is None
    assert split_run_in("青禾县总工会2023年度工作报告：凝心聚力建新功", at_article_start=True) is None
    sentence = "三月，会议审议青禾县总工会工作报告：代表们一致认为，过去一年工作扎实有效。"
    assert split_run_in(sentence, at_article_start=True) is None


def test_a_genre_word_used_as_a_verb_does_not_end_a_run_in_title() -> None:
    # "在总结2019年工作经验的基础上": the opening sentence, whole, and its year the report's own
    opening = "2020年青禾矿业工会在总结2019年工作经验的基础上，组织职工开展劳动竞赛和技能比武，全年走访慰问困难职工二十八户。"
    assert split_run_in(opening, at_article_start=True) is None
    for verb in ("回顾", "通过", "结合"):
        assert split_run_in(opening.replace("在总结", verb + "总结"), at_article_start=True) is None
    brief = "青禾矿业工会2020年工作简要总结2020年，青禾矿业工会组织职工开展劳动竞赛和技能比武，全年走访慰问困难职工二十八户。"
    assert split_run_in(brief, at_article_start=True)[0] == "青禾矿业工会2020年工作简要总结"
    glued = "青禾矿业工会2020年工作总结2020年，青禾矿业工会组织职工开展劳动竞赛和技能比武，全年走访慰问困难职工二十八户。"
    assert split_run_in(glued, at_article_start=True) == ("青禾矿业工会2020年工作总结", glued[len("青禾矿业工会2020年工作总结"):])
