"""A short note of facts is what a union officer uploads: it is accepted, indexed and found."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.models import LoadError
from ingest.pipeline import NO_ARTICLE, TOO_SHORT, documents_from_path, ingest_paths
from ingest.split import MIN_ARTICLE_CHARS, is_real_sentence, split_articles

SCRIPT = Path(sys.executable).with_name("union-assistant")
FACT = "本季度走访慰问一线职工一百零六人，送去清凉物资价值三万余元。"
NOTE = f"青松电机厂工会2024年三季度工作总结\n一、夏送清凉\n{FACT}\n"
LONG_BODY = (
    "上半年，工会围绕厂里生产任务，组织开展技能比武和合理化建议活动，职工参与面明显扩大。"
    "全年组织职工体检两次，为女职工办理专项互助保障，慰问生病住院职工二十余人次。"
)


@pytest.mark.parametrize(
    "line",
    [FACT, "今年共调解劳动争议五起，全部结案", "组织羽毛球比赛一次。"],
)
def test_a_statement_is_a_real_sentence(line: str) -> None:
    assert is_real_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "青松电机厂工会2024年三季度工作总结",  # title
        "一、夏送清凉",  # heading
        "（二）加强职工之家建设，提升服务水平",  # heading with a clause break
        "二〇二四年九月三十日",  # date
        "青松电机厂工会",  # signature
        "厂工会年度工作总结范文精选五篇……12",  # table-of-contents entry
        "共5人。",  # too little Chinese
    ],
)
def test_titles_headings_dates_and_contents_entries_are_not(line: str) -> None:
    assert not is_real_sentence(line)


def test_a_page_whose_only_content_is_short_keeps_it() -> None:
    articles = split_articles(NOTE.replace("\n", "\n\n"))
    assert len(articles) == 1 and FACT in articles[0].text
    assert articles[0].body_chars < MIN_ARTICLE_CHARS


def test_short_pieces_beside_full_articles_are_still_dropped() -> None:
    page = (
        "厂工会年度工作总结范文精选五篇\n"
        "欢迎光临本站，本站资料每天更新，敬请关注！\n"
        f"第一篇\n{LONG_BODY}\n"
        f"第二篇\n{LONG_BODY.replace('上半年', '下半年')}\n"
    )
    articles = split_articles(page)
    assert [a.text[:3] for a in articles] == ["上半年", "下半年"]


def test_a_short_note_goes_through_the_pipeline(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    report = ingest_paths([note])
    assert not report.rejected and len(report.documents) == 1
    assert report.documents[0].title == "青松电机厂工会2024年三季度工作总结"
    assert any(FACT in chunk.text for chunk in report.chunks)


def test_a_file_of_one_sentence_is_accepted(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text(FACT, encoding="utf-8")
    report = ingest_paths([one])
    assert not report.rejected and [d.text for d in report.documents] == [FACT] and report.chunks


def test_a_file_without_a_sentence_is_refused_as_too_short(tmp_path: Path) -> None:
    titles = tmp_path / "titles.txt"
    titles.write_text("青松电机厂工会2024年三季度工作总结\n一、夏送清凉\n二〇二四年九月三十日\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        documents_from_path(titles)
    assert refused.value.reason == TOO_SHORT and TOO_SHORT.startswith("太短")


def test_a_file_of_chrome_only_says_nothing_usable(tmp_path: Path) -> None:
    chrome = tmp_path / "chrome.txt"
    chrome.write_text("当前位置：首页 > 范文大全 > 工作总结\n发布时间：2024-03-02 浏览量：321\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        documents_from_path(chrome)
    assert refused.value.reason == NO_ARTICLE


def _cli(data_dir: Path, *args: str) -> dict:
    done = subprocess.run(
        [str(SCRIPT), "--data-dir", str(data_dir), *args, "--json"],
        capture_output=True, text=True, check=True, timeout=600,
    )
    return json.loads(done.stdout)


def test_the_cli_ingests_a_short_note_and_finds_it(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    report = _cli(tmp_path / "data", "ingest", str(note))
    assert report["rejected"] == [] and report["documents"] == 1 and report["chunks_added"] == 1
    hits = _cli(tmp_path / "data", "search", "夏送清凉 慰问一线职工")["hits"]
    assert hits and FACT in hits[0]["text"]
