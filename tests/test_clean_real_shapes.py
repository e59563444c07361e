"""Cleaning rules for the shapes of noise real report pages carry (issue 10), on texts written for the purpose."""

from __future__ import annotations

import opencc

from ingest.clean import (
    clean_text,
    drop_chrome,
    drop_cover_fragments,
    drop_cut_fragments,
    drop_glued_link_prefixes,
    drop_link_runs,
    drop_mojibake,
    join_page_counters,
    split_inline_headings,
    split_title_run_on,
    strip_inline_noise,
    strip_toc_run_on,
    to_simplified,
)

# ---------------------------------------------------------------- mojibake and lost marks


def test_runs_of_misdecoded_characters_are_dropped() -> None:
    assert drop_mojibake("表彰先进集体12个\ufffd\ufffd会议要求各单位抓好落实。") == "表彰先进集体12个会议要求各单位抓好落实。"
    assert drop_mojibake("全面完成任务？？鏂鍏h鐨党组书记主持会议。") == "全面完成任务党组书记主持会议。"
    assert drop_mojibake("技能比武活动鍙銆鎬圆满结束。") == "技能比武活动圆满结束。"


def test_a_lone_rare_character_and_a_real_question_stay() -> None:
    assert drop_mojibake("工会主席张喆出席会议并讲话。") == "工会主席张喆出席会议并讲话。"
    assert drop_mojibake("工作效果怎样？职工满意吗？") == "工作效果怎样？职工满意吗？"
    assert drop_mojibake("为什么？因为职工需要？这是我们的初心。") == "为什么？因为职工需要？这是我们的初心。"


def test_pinyin_behind_a_stray_letter_goes_with_the_letter() -> None:
    assert drop_mojibake("较好完成了全年任务，K（xiàn）将工作总结如下：") == "较好完成了全年任务，将工作总结如下："
    assert drop_mojibake("我们?shì)要继续努力。") == "我们要继续努力。"
    assert drop_mojibake("引进PPT模板和Excel台账。") == "引进PPT模板和Excel台账。"


def test_book_title_marks_lost_to_question_marks_are_restored() -> None:
    line = "认真学习？劳动法？和？女职工权益保障法？，依法维权。"
    assert drop_mojibake(line) == "认真学习《劳动法》和《女职工权益保障法》，依法维权。"


def test_a_question_mark_beside_a_clause_mark_is_dropped() -> None:
    assert drop_mojibake("开展“安全月”、?“质量月”活动。") == "开展“安全月”、“质量月”活动。"


def test_variant_forms_t2s_leaves_are_simplified() -> None:
    text = to_simplified("靑年突擊隊値班，淸理髙溫隱患")
    assert text == "青年突击队值班，清理高温隐患"
    assert opencc.OpenCC("t2s").convert(text) == text


def test_compatibility_ideographs_are_simplified_too() -> None:
    assert clean_text("職工\uf914隊演出十二場。") == "职工乐队演出十二场。"


# ---------------------------------------------------------------- noise inside a line


def test_site_text_wedged_into_a_line_is_cut_out() -> None:
    assert strip_inline_noise("这项工作得到了职工的 ……以下内容已隐藏2380字……") == "这项工作得到了职工的"
    assert strip_inline_noise("下载后可自由编辑青禾县总工会工作总结") == "青禾县总工会工作总结"
    assert strip_inline_noise("（word版可编辑）机关工会年度工作总结") == "机关工会年度工作总结"
    assert strip_inline_noise("大力开展技原创范文站：文秘能培训，提高职工素质。") == "大力开展技能培训，提高职工素质。"
    assert strip_inline_noise("【动态】青禾县总工会召开年度总结表彰会") == "青禾县总工会召开年度总结表彰会"
    assert strip_inline_noise("青禾县总工会2023年工作总结 .docx") == "青禾县总工会2023年工作总结"


def test_report_words_like_the_noise_stay() -> None:
    for line in (
        "【篇2】机关工会工作总结",
        "【一】加强思想引领",
        "建立了三个职工服务站：城东站、城西站和园区站。",
        "制作可编辑的电子台账，方便各分会填报。",
        "全年编印简报36期，约12万字。",
    ):
        assert strip_inline_noise(line) == line


def test_a_document_field_label_in_front_of_the_text_goes() -> None:
    line = "资料简介：青禾县总工会年度总结【篇一：青禾县总工会2023年工作总结】2023年，县总工会扎实开展各项工作。"
    assert strip_inline_noise(line) == line[len("资料简介："):]
    assert strip_inline_noise("内容预览: 机关工会上半年工作总结") == "机关工会上半年工作总结"
    assert strip_inline_noise("文档介绍：") == ""


def test_a_report_s_own_field_labels_stay() -> None:
    for line in ("工作目标：全年发展会员500人。", "活动内容：技能比武和安全知识竞赛。", "文件精神传达到每一名职工。"):
        assert strip_inline_noise(line) == line


def test_a_watermark_glued_after_a_sentence_end_goes() -> None:
    assert strip_inline_noise("全年慰问困难职工42人，圆满完成任务。站-") == "全年慰问困难职工42人，圆满完成任务。"
    assert strip_inline_noise("职工满意度明显提升。库/") == "职工满意度明显提升。"
    for line in ("他说：“职工的事无小事。”", "全年任务全部完成。（完）", "| 技能比武 | 参赛120人。|", "会议开得很成功。我们"):
        assert strip_inline_noise(line) == line


def test_a_watermark_does_not_glue_the_next_paragraph_on() -> None:
    text = "上半年，县总工会组织技能比武三场，参赛职工达到六百人次。站-\n下半年，县总工会还将举办职工运动会，丰富职工文化生活。"
    assert clean_text(text).split("\n") == [
        "上半年，县总工会组织技能比武三场，参赛职工达到六百人次。",
        "下半年，县总工会还将举办职工运动会，丰富职工文化生活。",
    ]


def test_a_table_of_contents_run_on_keeps_only_the_paragraph() -> None:
    line = "本文目录青禾县教育工会工作总结青禾县总工会年度工作总结 今年以来，县总工会在县委的领导下扎实开展各项工作。"
    assert strip_toc_run_on(line) == "今年以来，县总工会在县委的领导下扎实开展各项工作。"
    assert strip_toc_run_on("目录：机关工会总结 学校工会总结") == ""
    assert strip_toc_run_on("目标任务全面完成。") == "目标任务全面完成。"


def test_a_title_run_into_its_opening_is_split() -> None:
    line = "机关工会工作总结篇220xx年，机关工会在机关党委的领导下，围绕中心工作开展了各项活动。"
    assert split_title_run_on(line) == ["机关工会工作总结篇2", "20xx年，机关工会在机关党委的领导下，围绕中心工作开展了各项活动。"]
    line = "社区工会年度工作总结及明年工作打算___年，社区工会在街道工委的领导下做了大量工作。"
    assert split_title_run_on(line)[0] == "社区工会年度工作总结及明年工作打算"
    sentence = "2023年，县总工会全面完成了年度工作计划，职工满意度明显提升。"
    assert split_title_run_on(sentence) == [sentence]


def test_a_section_run_on_after_the_opening_colon_is_split() -> None:
    line = "现将工作总结如下：一、加强学习，全年培训120人次。"
    assert split_inline_headings(line) == ["现将工作总结如下：", "一、加强学习，全年培训120人次。"]


# ---------------------------------------------------------------- chrome by its neighbours


def test_stray_labels_inside_a_chrome_block_go_with_it() -> None:
    lines = [
        "栏目导航",
        "时间：2023-01-05 作者：青柠",
        "白桦",
        "分享",
        "青禾县总工会2022年工作总结",
        "温馨提示：",
        "本资料由会员上传，版权归上传者所有，下载前请先预览，确认无误后再付费。",
        "2022年，县总工会在县委的领导下，扎实开展各项工作。",
    ]
    assert drop_chrome(lines) == ["青禾县总工会2022年工作总结", "2022年，县总工会在县委的领导下，扎实开展各项工作。"]


def test_short_report_lines_between_real_lines_stay() -> None:
    lines = [
        "全年慰问困难职工42人。",
        "白桦",
        "特此报告。",
        "青禾县总工会",
        "2023年12月28日",
        "相关文章",
    ]
    assert drop_chrome(lines) == lines[:-1]


def test_a_cover_that_sets_the_title_a_word_a_line_is_dropped() -> None:
    lines = ["机关", "工会", "年度", "工作总结", "机关工会2023年度工作总结", "2023年，机关工会围绕中心工作扎实开展活动。"]
    assert drop_cover_fragments(lines) == lines[4:]
    headings = ["前言", "附件", "说明", "一、主要工作"]
    assert drop_cover_fragments(headings) == headings


# ---------------------------------------------------------------- page counters


_PAGE_ONE = (
    "今年以来，县总工会紧紧围绕县委中心工作，坚持服务职工的工作主线，组织开展了形式多样的劳动竞赛、"
    "技能比武和职工文体活动，全年参与职工达到一万二千余人次，有力激发了广大职工的劳动热情。同时深入开展"
    "困难职工帮扶、农民工服务和女职工关爱行动，建成职工驿站十二个，发放帮扶资金八十六万元，职工的获得感"
    "和幸福感进一步增强，为全县经济社会发"
)


def test_page_counters_that_cut_a_word_are_removed_and_the_halves_joined() -> None:
    lines = [
        "1、青禾县总工会上半年工作总结",
        _PAGE_ONE,
        "2、展作出了积极贡献。现将工作总结如下：",
        "一、加强组织建设",
    ]
    assert join_page_counters(lines) == [
        "青禾县总工会上半年工作总结",
        _PAGE_ONE + "展作出了积极贡献。现将工作总结如下：",
        "一、加强组织建设",
    ]


def test_a_counter_without_the_first_page_marker_is_found_by_its_number() -> None:
    lines = ["一、维护职工权益", _PAGE_ONE, "3、展作出了积极贡献。"]
    assert join_page_counters(lines) == ["一、维护职工权益", _PAGE_ONE + "展作出了积极贡献。"]


def test_a_real_list_whose_item_lacks_an_end_mark_is_kept() -> None:
    lines = [
        "1、健全组织",
        "今年新建基层工会12家，发展会员800人，建会率达到95%",
        "2、规范管理",
        "建立健全工会经费审查制度。",
    ]
    assert join_page_counters(lines) == lines
    later = ["（一）组织建设", "1、健全组织", _PAGE_ONE, "2、规范管理"]
    assert join_page_counters(later) == later


# ---------------------------------------------------------------- injected links and cut ends

_PROSE = "全年开展送温暖活动，走访慰问困难职工四十二户，发放慰问金八万六千元。"


def test_link_words_glued_in_front_of_the_next_heading_go() -> None:
    lines = ["（一）关爱困难职工", _PROSE, "春江花月夜（二）服务一线职工", "建成职工驿站十二个。"]
    assert drop_glued_link_prefixes(lines)[2] == "（二）服务一线职工"
    lines = ["二、存在的不足", "1、宣传不够", _PROSE, "落叶的诗句2、覆盖不全", "部分企业尚未建会。"]
    assert drop_glued_link_prefixes(lines)[3] == "2、覆盖不全"


def test_words_before_a_marker_that_continues_no_numbering_stay() -> None:
    first = ["一、主要工作", _PROSE, "附表（一）慰问名单"]
    assert drop_glued_link_prefixes(first) == first
    restarted = ["一、主要工作", "（一）关爱困难职工", _PROSE, "二、存在问题", _PROSE, "附表（二）慰问名单"]
    assert drop_glued_link_prefixes(restarted) == restarted
    mid_sentence = ["（一）关爱困难职工", "全年共走访困难职工四十二户，发放慰问", "金额合计（二）万元整"]
    assert drop_glued_link_prefixes(mid_sentence) == mid_sentence


def test_runs_of_unrelated_link_lines_inside_an_article_go() -> None:
    lines = ["（二）服务一线职工", _PROSE, "春江花月夜", "落叶的诗句", "秋天的近义词", "建成职工驿站十二个。"]
    assert drop_link_runs(lines) == [lines[0], lines[1], lines[5]]
    at_the_end = [_PROSE, "春江花月夜", "慰问的近义词"]  # one of the two shares a word with the text: still a run of links
    assert drop_link_runs(at_the_end) == [_PROSE]


def test_short_report_lines_in_a_row_stay() -> None:
    headings = [_PROSE, "过去一年的工作", "慰问困难职工", "今年共走访困难职工四十二户。"]
    assert drop_link_runs(headings) == headings
    signature = [_PROSE, "青禾县第二中学", "校长办公室", "2023年12月28日"]
    assert drop_link_runs(signature) == signature
    names = [_PROSE, "受表彰的先进个人名单如下：", "王晓明财务科", "李春燕后勤处"]
    assert drop_link_runs(names) == names
    table = [_PROSE, "序号姓名科室", "1王晓明财务科", "2李春燕后勤处"]
    assert drop_link_runs(table) == table
    alone = [_PROSE, "春江花月夜", "建成职工驿站十二个。"]
    assert drop_link_runs(alone) == alone
    page_top = ["栏目导航", "春江花月夜", _PROSE]  # above the article: the chrome rules' business, not this one
    assert drop_link_runs(page_top) == page_top


def test_a_numbered_stub_ending_an_article_goes() -> None:
    lines = ["二、加强培训", "1、组织干部培训两期，培训工会干部120人次。", "2、举"]
    assert drop_cut_fragments(lines) == lines[:2]
    before_next = ["二、加强培训", _PROSE, "3、开", "【篇2】机关工会工作总结"]
    assert drop_cut_fragments(before_next) == [before_next[0], before_next[1], before_next[3]]
    with_body = ["（一）宣传", _PROSE]
    assert drop_cut_fragments(with_body) == with_body


def test_a_short_tail_after_the_last_sentence_end_goes_unless_it_wraps_on() -> None:
    assert drop_cut_fragments([_PROSE + "同时"]) == [_PROSE]
    for line in (_PROSE, "他说：“职工的事无小事。”", "全年任务全部完成。（完）"):
        assert drop_cut_fragments([line]) == [line]
    wrapped = "上半年组织技能比武三场，参赛职工六百人次。同时\n开展安全知识竞赛，参赛职工八百人次。"
    assert clean_text(wrapped) == "上半年组织技能比武三场，参赛职工六百人次。同时开展安全知识竞赛，参赛职工八百人次。"


# ---------------------------------------------------------------- a whole page


_SHARED_DOCUMENT = """温馨提示：
1. 本站文档均由会员上传，版权归上传者所有，如有侵权请联系客服删除。
2. 下载前请先预览，确认文档内容符合需要后再付费下载。
客服QQ：80012345
青禾县总工会2023年上半年工作总结.docx
31.6 KB
4页
下载后可任意编辑
青禾县
总工会
上半年
工作总结
1、青禾县总工会2023年上半年工作总结
上半年，县总工会在县委和市总工会的领导下，认真履行维权服务基本职责，全面推进产业工人队伍建设改革，组织开展了“建功新时代”劳动竞赛，全县参赛职工达到八千余人，评选表彰技术能手45名，进一步激发了广大职工爱岗敬业、创新创效的热情，为全县经济社会高质量发
2、展作出了积极贡献。现将工作总结如下：
一、突出思想引领
组织宣讲团深入企业宣讲36场，覆盖职工4200余人次，职工满意度>95%。
二、做好帮扶工作
今年共慰问困难职工42人，发放慰问金8.6万元，办理职工医疗互助保险xx人。
青禾县总工会
2023年7月5日
"""


def test_a_shared_document_page_comes_out_as_its_report_only() -> None:
    text = clean_text(_SHARED_DOCUMENT)
    for chrome in ("温馨提示", "上传", "客服", "QQ", "KB", "4页", ".docx", "可任意编辑", "青禾县\n总工会"):
        assert chrome not in text
    lines = text.split("\n")
    assert lines[0] == "青禾县总工会2023年上半年工作总结"
    assert "为全县经济社会高质量发展作出了积极贡献。现将工作总结如下：" in text
    for kept in ("职工满意度>95%", "8.6万元", "xx人", "青禾县总工会", "2023年7月5日"):
        assert kept in text


# ---------------------------------------------------------------- linear time on many short lines


def _cover_fragments_by_rescanning(lines: list[str], min_run: int = 3) -> list[str]:
    """The rule as first written (it rescanned the rest of the run for every line): the reference."""
    def short(line: str) -> bool:
        return len(line) <= 6 and not any(m in line for m in "，。！？；：、")

    def subsequence(part: str, whole: str) -> bool:
        rest = iter(whole)
        return all(char in rest for char in part)

    kept, index = [], 0
    while index < len(lines):
        end = index
        while end < len(lines) and short(lines[end]):
            end += 1
        if end - index >= min_run and end < len(lines) and subsequence("".join(lines[index:end]), lines[end]):
            index = end
            continue
        kept.append(lines[index])
        index += 1
    return kept


def test_cover_fragments_in_one_pass_drop_what_the_rescanning_rule_dropped() -> None:
    import random

    rng = random.Random(7)
    words = ["局机关", "工会", "工作总结", "职工", "活动", "总结", "年度", "慰问", "开展", "，", "组织服务"]
    for _ in range(2000):
        lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 9))]
        assert drop_cover_fragments(lines) == _cover_fragments_by_rescanning(lines), lines
    assert drop_cover_fragments(["正文", "局机关", "工会", "工作总结", "局机关工会工作总结"]) == ["正文", "局机关工会工作总结"]


def _link_runs_by_rescanning(lines: list[str]) -> list[str]:
    """drop_link_runs as first written (the whole text's pairs rebuilt for every run): the reference."""
    from ingest import clean

    body_start = next((i for i, line in enumerate(lines) if any(m in line for m in clean.SENTENCE_END)), len(lines))
    dropped: set[int] = set()
    index = body_start + 1
    while index < len(lines):
        end = index
        while end < len(lines) and clean._is_link_text(lines[end]):
            end += 1
        run = range(index, end)
        rest = clean._char_pairs("\n".join(line for i, line in enumerate(lines) if i not in run))
        pairs = [pair for i in run for pair in clean._char_pairs(lines[i])]
        off = bool(pairs) and sum(pair in rest for pair in pairs) <= 0.25 * len(pairs)
        introduced = lines[index - 1].endswith(("：", ":"))
        dated = end < len(lines) and bool(clean.DATE_LINE_END.search(lines[end]))
        if len(run) >= 2 and not introduced and not dated and off:
            dropped.update(run)
        index = end + 1
    return [line for i, line in enumerate(lines) if i not in dropped]


def test_link_runs_judged_from_one_pair_index_as_before() -> None:
    import random

    rng = random.Random(11)
    words = ["股票", "行情", "工会", "职工", "活动", "慰问", "开展", "组织", "服务", "。", "：", "2023年1月1日"]
    for _ in range(1500):
        lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 12))]
        assert drop_link_runs(lines) == _link_runs_by_rescanning(lines), lines


def test_many_short_unpunctuated_or_wrapped_lines_clean_in_linear_time() -> None:
    """10,000 lines of three characters once took 123 s in `preview` (cover fragments rescanned each run), and
    20,000 wrapped clause lines 127 s (the date look over the whole growing paragraph); each now takes about a
    second for 20,000 lines, so doubling the lines must not more than roughly double the time."""
    import random
    import time

    rng = random.Random(1)
    letters = "工会职工活动慰问开展组织服务"
    shapes = {
        "three characters": lambda n: "\n".join("".join(rng.choice(letters) for _ in range(3)) for _ in range(n)),
        "one character": lambda n: "\n".join(rng.choice(letters) for _ in range(n)),
        "link runs": lambda n: "这是一句话。\n" + "\n".join(("工会" if i % 3 == 2 else "") + "慰问开展" for i in range(n)),
        "wrapped clauses": lambda n: "\n".join("工会，职工，活动" for _ in range(n)),
    }
    for name, make in shapes.items():
        timings = []
        for lines in (4000, 16000):
            text = make(lines)
            started = time.perf_counter()
            clean_text(text)
            timings.append(time.perf_counter() - started)
        assert timings[1] < 8 * timings[0] + 1.0, (name, timings)  # quadratic would be 16x
        assert timings[1] < 20, (name, timings)
