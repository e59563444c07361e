"""One test per cleaning rule, on short texts written for the purpose."""

from __future__ import annotations

import opencc
import pytest

from ingest.clean import (
    clean_text,
    drop_teaser_runs,
    fold_width,
    is_chrome_line,
    join_pipe_tables,
    normalize_characters,
    rejoin_table_rows,
    rejoin_wrapped_lines,
    split_heading_run_on,
    split_inline_headings,
    strip_pinyin,
    to_simplified,
)


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：范文天地 > 工作总结 > 工会工作总结",
        "学习网 > 实用范文 > 报告总结 > 工会工作总结",
        "首页 » 总结报告 » 工会总结",
        "发布时间:2023-12-20 09:15:11 工作总结 浏览量:",
        "时间: 林书华 分享",
        "作者：佚名  来源：网络  阅读次数：1024",
        "下面是小编为大家精心整理的工会工作总结，供大家参考。希望对大家写作有帮助！",
        "本文是2019年的机关工会的工作总结，仅供参考。",
        "(此文内容仅供参考,可自行修改)",
        "xyz88.COM更多工作总结范文编辑推荐",
        "推荐访问：青禾县 工会 工作总结",
        "相关文章",
        "版权所有：范文天地 2016-2024 未经授权禁止复制或建立镜像",
        "Powered by 范文天地 © All Rights Reserved. 浙ICP备00000000号-1",
        "第1页共10页",
        "编号:_____",
        "学校:_________教师:_____________年___月___日",
        "342811",
        "「 2」",
        "- 目录",
        "青禾县工会工作总结3篇",
        "工会工作总结范文（精选10篇）",
        "机关工会工作总结模板（优质8篇）",
        "职工之家建设总结6篇精选",
        # post lines in other words, and a bare numeric date
        "发表时间：2019/7/8 15:02:33",
        "栏目：心得体会发表于2021-05-17 08:40浏览数：37",
        "青柠范文网 发表于：2020-06-01 10:11:12",
        "2022-11-30",
        "2022-11-30 年终总结",
        # breadcrumbs without a prefix, home links, pipes
        "范文 >年度总结 >",
        "首页心得体会正文页",
        "| 青柠",
        "关于我们 | 联系方式",
        # document-sharing sites
        "客服QQ：80012345",
        "在线客服：4008123456",
        "26.3 KB",
        "5页",
        "大小：1.2MB 页数：6",
        "- 格式：pdf",
        "本资料由会员上传，版权归上传者所有，下载前请先预览，确认无误后再付费。",
        # a site's name alone, a nav label in Latin letters, buttons
        "学海范文网",
        "青柠文库",
        "about us",
        "举报收藏",
        "收藏本文",
        "Word下载 PDF下载 举报",
    ],
)
def test_site_chrome_lines_are_recognised(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "一、组织开展文体活动。3月举办职工气排球比赛，共有22支代表队参赛。",
        "青禾县教育工会",
        "2023年12月28日",
        "为会员办理生日慰问，全年发放生日蛋糕券xx张。",
        "参赛员工___人，评出技术能手15名。",
        "单位工会工作总结范文 第三篇",
        "其中获得一等奖1篇，二等奖3篇。",
        "县总工会整理了会员档案，建立了困难职工台账。",
        # report lines with dates, numbers, sizes, comparisons and site-like words stay
        "二〇二三年十二月",
        "职工满意度>95%，较上年提高3个百分点。",
        "满意率>90%",
        "为职工书屋新增电子图书容量500GB，上架图书1200册。",
        "全年收到来信来访投诉12件，办结率100%。",
        "开通职工维权热线12351，全年接听来电860个。",
        "组织职工下载学习强国APP，注册率达98%。",
        "在工会网站开设专栏，及时上传文件供会员下载学习。",
        "（三）投诉建议处理",
        "关于职工投诉处理情况的报告",
        "国家电网",
        "XXX",
        "问题类别 | 主要表现 |",
        "经验分享",
        "编织困难职工帮扶网",
        "职工维权热线12351",
        "撰写的调研文章发表于《工人日报》",
        "2023年3月8日下午，工会组织女职工开展健步走活动，参加人数达到320人。",
    ],
)
def test_report_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_pinyin_annotations_with_tone_marks_are_removed() -> None:
    assert strip_pinyin("學(xué)習(xí)幹(gàn)部綠(lǜ)化報(bào o)") == "學習幹部綠化報"


def test_neutral_tone_pinyin_is_removed_but_other_brackets_stay() -> None:
    assert strip_pinyin("我們(men)的工会(AES)和(2)号文件") == "我們的工会(AES)和(2)号文件"


def test_traditional_becomes_simplified() -> None:
    text = to_simplified("機關工會組織職工開展結對幫扶")
    assert text == "机关工会组织职工开展结对帮扶"
    assert opencc.OpenCC("t2s").convert(text) == text


def test_zhuo_particle_becomes_zhe_but_zhu_words_stay() -> None:
    assert to_simplified("本著節約原則，著力抓好，隨著發展") == "本着节约原则，着力抓好，随着发展"
    assert to_simplified("成績顯著，著作權") == "成绩显著，著作权"


def test_width_is_folded_and_chinese_punctuation_kept() -> None:
    assert fold_width("全年发放２０００元，ＡＢＣ公司") == "全年发放2000元，ABC公司"
    assert fold_width("一年来,工会积极开展活动;成效明显") == "一年来，工会积极开展活动；成效明显"
    assert fold_width("(一)加强组织建设") == "（一）加强组织建设"
    assert fold_width("3.5 million (USD), 28,000") == "3.5 million (USD), 28,000"


def test_invisible_and_icon_characters_are_removed() -> None:
    assert normalize_characters("\ue609\ue609（一）工会\u00a0建设\u200b`领导\r\n") == "（一）工会 建设领导\n"


def test_hard_wrapped_lines_are_rejoined() -> None:
    lines = [
        "全年组织职工宣讲活动36场，覆盖职工4200余人次，在全县",
        "企业中开展“职工讲堂进车间”活动。",
        "4.不断提高工会弘扬、传播和",
        "发展先进职工文化的能力。",
        "给予住院职工每人500",
        "元的慰问金，对退休职工给予每人300元的慰问金，对职工家属给予200",
        "元。",
    ]
    assert rejoin_wrapped_lines(lines) == [
        "全年组织职工宣讲活动36场，覆盖职工4200余人次，在全县企业中开展“职工讲堂进车间”活动。",
        "4.不断提高工会弘扬、传播和发展先进职工文化的能力。",
        "给予住院职工每人500元的慰问金，对退休职工给予每人300元的慰问金，对职工家属给予200元。",
    ]


def test_titles_headings_and_signatures_are_not_joined() -> None:
    lines = [
        "青禾县总工会2023年工作总结",
        "2023年，县总工会在县委的领导下，团结动员职工建功立业。",
        "一、突出思想引领，筑牢思想基础",
        "全年组织职工宣讲活动36场。",
        "青禾县教育工会",
        "2023年12月28日",
    ]
    assert rejoin_wrapped_lines(lines) == lines


def test_heading_run_into_its_paragraph_is_split() -> None:
    line = "二、 狠抓三大教育，全面提高干部素质 以人为本，重在建设，我们把工作的着力点放在提高人的素质上。"
    assert split_heading_run_on(line) == [
        "二、狠抓三大教育，全面提高干部素质",
        "以人为本，重在建设，我们把工作的着力点放在提高人的素质上。",
    ]


def test_a_report_pasted_as_one_line_is_split_at_its_sections() -> None:
    line = "现将工作总结如下。一、加强政治学习，全年培训120人次。二、维护职工权益，签订集体合同。"
    assert split_inline_headings(line) == [
        "现将工作总结如下。",
        "一、加强政治学习，全年培训120人次。",
        "二、维护职工权益，签订集体合同。",
    ]


def test_related_article_teasers_are_dropped() -> None:
    lines = [
        "三、做好会员服务。",
        "机关工会年度工作总结范文：一年来，机关工会在机关党委的领导下，围绕中心...",
        "企业工会工作总结：今年以来，公司工会紧紧围绕企业生产经营中心任务...",
        "远航机械有限公司工会2022年工作总结",
    ]
    assert drop_teaser_runs(lines) == ["三、做好会员服务。", "远航机械有限公司工会2022年工作总结"]


def test_placeholders_are_kept() -> None:
    text = clean_text("20xx年，XX工会慰问困难职工xx户，发放慰问金**元，~年计划___项。")
    for placeholder in ("20xx", "XX", "xx户", "**", "~年", "___"):
        assert placeholder in text


def test_clean_text_end_to_end_on_traditional_page(pages_dir) -> None:
    raw = (pages_dir / "traditional_pinyin.txt").read_text(encoding="utf-8")
    text = clean_text(raw)
    assert "(" not in text and "xué" not in text
    assert "学习网" not in text and "分享" not in text and "仅供参考" not in text and "528114" not in text
    assert "柳溪乡青石村" in text and "四必访" in text and "8600元" in text
    assert opencc.OpenCC("t2s").convert(text) == text
    assert "\n\n" not in text


def test_a_table_scraped_one_cell_per_line_is_rejoined_by_row() -> None:
    """Rows keyed by month come back as one line each, so a month's activities stay together;
    a run of short lines without such keys is left as it was."""
    cells = ["主要开展了以下活动：", "月份", "开展的活动", "完成情况", "一月", "春节慰问", "完成", "二月", "建健康档案", "完成",
             "三月", "三八节游园", "踏青", "完成", "下半年继续做好服务。"]
    assert rejoin_table_rows(cells) == ["主要开展了以下活动：", "月份", "开展的活动", "完成情况", "一月：春节慰问，完成。",
                                        "二月：建健康档案，完成。", "三月：三八节游园，踏青，完成。", "下半年继续做好服务。"]
    plain = ["一、组织建设", "二、民主管理", "三、帮扶工作"]
    assert rejoin_table_rows(plain) == plain


def test_a_table_given_cell_by_cell_with_pipes_is_read_row_by_row() -> None:
    """"序号 | 时间 | 名称 | 内容 | 1 | 2024年5月 | …": each numbered row one line, its cells together,
    so that no cell is dropped as a short line of page chrome."""
    cells = ["表1 活动情况表", "序号 |", "活动时间 |", "活动名称 |", "活动内容 |", "1 |", "2024年3月 |", "青禾春季健步走 |",
             "沿柳岸绿道走十公里 |", "2 |", "2024年5月 |", "趣味运动会 |", "跳绳、拔河、夹弹珠接力 |", "会后合影留念。"]
    assert join_pipe_tables(cells) == ["表1 活动情况表", "2024年3月，青禾春季健步走，沿柳岸绿道走十公里。",
                                       "2024年5月，趣味运动会，跳绳、拔河、夹弹珠接力。", "会后合影留念。"]
    unnumbered = ["组织象棋比赛 |", "布置职工之家 |购买健身器材 |", "慰问困难职工 |"]
    assert join_pipe_tables(unnumbered) == ["组织象棋比赛；布置职工之家；购买健身器材；慰问困难职工。"]
    assert "趣味运动会" in clean_text("\n".join(cells))
