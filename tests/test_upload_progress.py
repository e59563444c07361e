"""Uploads that say how far they have got: the indexer's progress callback (files read, then passages
embedded batch by batch, counts that only go up and end at the total), and the running app's upload,
whose bar moves while the article list stays in view, and whose summary counts what was refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from chroma_server import app_server
from fakes import HashingEmbedder
from test_concurrency import summary, write_summaries  # made-up summaries, far from being each other's duplicates
from vectorstore.indexer import IndexProgress, IndexReport, Indexer
from vectorstore.store import ChunkStore


def _run(tmp_path: Path, files: int) -> tuple[list[IndexProgress], IndexReport]:
    embedder = HashingEmbedder()
    store = ChunkStore(tmp_path / "data", embedder_id=embedder.embedder_id, dimension=embedder.dimension)
    steps: list[IndexProgress] = []
    report = Indexer(store, embedder).index_paths([write_summaries(tmp_path / "pages", files)], on_progress=steps.append)
    return steps, report


def _stage(steps: list[IndexProgress], stage: str) -> list[IndexProgress]:
    return [s for s in steps if s.stage == stage]


def test_progress_reports_every_file_then_every_batch_up_to_the_total(tmp_path: Path) -> None:
    steps, report = _run(tmp_path, 8)
    assert [s.stage for s in steps] == sorted((s.stage for s in steps), key=["read", "embed", "write"].index)
    read = _stage(steps, "read")
    assert [s.done for s in read] == list(range(9)) and {s.total for s in read} == {8}
    embed = _stage(steps, "embed")
    done = [s.done for s in embed]
    assert done[0] == 0 and done[-1] == report.chunks_added == embed[0].total
    assert all(a < b for a, b in zip(done, done[1:]))  # strictly up, one step per batch
    assert len(embed) >= 3  # the passages of 8 summaries take more than one batch: the bar moves
    assert all(b.seconds >= a.seconds for a, b in zip(embed, embed[1:]))
    assert len(_stage(steps, "write")) == 1


def test_an_unchanged_run_reads_and_embeds_nothing_new(tmp_path: Path) -> None:
    _run(tmp_path, 2)
    steps, report = _run(tmp_path, 2)  # the same files again: read, found unchanged
    assert report.chunks_added == 0 and [s.done for s in _stage(steps, "read")] == [0, 1, 2]
    assert not _stage(steps, "embed")


def test_without_a_callback_nothing_is_reported_and_tqdm_stays_off(tmp_path: Path, capsys) -> None:
    embedder = HashingEmbedder()
    store = ChunkStore(tmp_path / "data", embedder_id=embedder.embedder_id, dimension=embedder.dimension)
    Indexer(store, embedder).index_paths([write_summaries(tmp_path / "pages", 2)])
    assert "向量化" not in capsys.readouterr().err  # a few files, no terminal: quiet, as before


# --- through the running app ---------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
SHORT = "工会。\n"  # staged, then refused by ingest: no complete sentence left after cleaning


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app over a one-article corpus (quick to start), with its own data dir."""
    folder = tmp_path_factory.mktemp("upload-progress")
    write_summaries(folder / "pages", 1)
    with app_server(folder / "data", "--corpus", str(folder / "pages")) as url:
        yield url, folder


def test_the_summary_counts_what_was_imported_and_what_was_refused(app, tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    good = write_summaries(tmp_path / "good", 2, start=20)
    (tmp_path / "照片.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "太短.txt").write_text(SHORT, encoding="utf-8")
    files = [*sorted(good.iterdir()), tmp_path / "照片.png", tmp_path / "太短.txt"]
    summary, rejected, _ = Client(app[0], verbose=False).predict([handle_file(str(f)) for f in files], api_name="/upload")
    assert re.fullmatch(r"收到 4 个文件：导入 2 个（新增文章 2 篇，新增片段 \d+ 个，用时 [\d.]+ 秒）；未导入 2 个，原因见下表。",
                        summary), summary
    reasons = {row[0]: row[1] for row in rejected["data"]}
    assert set(reasons) == {"照片.png", "太短.txt"} and "不支持" in reasons["照片.png"] and "太短" in reasons["太短.txt"]
    assert not (app[1] / "data" / "uploads" / "太短.txt").exists()  # refused: not kept


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser installs it)")
def test_the_bar_moves_and_the_article_list_stays(app, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    uploads = sorted(write_summaries(tmp_path / "many", 12, start=50).iterdir())  # 36 passages: a few seconds
    (tmp_path / "照片.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    uploads.append(tmp_path / "照片.png")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page.goto(app[0])
        page.get_by_role("tab", name="知识库").click()
        listed = page.locator("#ua-docs").get_by_text(summary(0).splitlines()[0]).filter(visible=True)  # the corpus's
        listed.wait_for(timeout=30_000)
        caption = page.locator("#ua-article-caption")
        before = int(re.search(r"共 (\d+) 篇", caption.inner_text()).group(1))  # the other test may have uploaded
        page.locator("#ua-upload").click()  # nothing chosen yet: a toast in Chinese, titled 提示
        toast = page.locator(".toast-body").filter(has_text="请先选择文件")
        toast.wait_for(timeout=10_000)
        title = toast.locator(".toast-title")
        assert title.evaluate("e => getComputedStyle(e, '::before').content") == '"提示"'
        assert title.evaluate("e => getComputedStyle(e).fontSize") == "0px"  # Gradio's own "Error" is not shown
        page.screenshot(path=str(ARTIFACTS / "upload-toast.png"))
        toast.locator("[data-testid=toast-close]").click()
        page.locator("#ua-files input[type=file]").set_input_files([str(f) for f in uploads])
        for upload in uploads:  # each a row labelled with its whole name once it is uploaded
            page.locator("#ua-files").get_by_label(upload.name, exact=True).wait_for(timeout=30_000)
        page.locator("#ua-upload").click()
        lines, said = [], page.locator("#ua-upload-summary")
        while "收到" not in (text := said.inner_text()):
            line = re.search(r"(读取|向量化)[^-\n]*", text)
            if line and (not lines or lines[-1] != line.group(0).strip()):
                lines.append(line.group(0).strip())
                if len(lines) == 3:
                    page.screenshot(path=str(ARTIFACTS / "upload-progress.png"))
            assert listed.is_visible()  # the list is not blanked out while the upload runs
            page.wait_for_timeout(100)
        assert re.search(r"收到 13 个文件：导入 12 个（新增文章 12 篇.*；未导入 1 个，原因见下表。", text), text
        expect(page.locator("#ua-upload-refused")).to_contain_text("不支持的文件类型")
        caption.get_by_text(f"共 {before + 12} 篇").wait_for(timeout=10_000)  # refreshed after
        page.screenshot(path=str(ARTIFACTS / "upload-summary.png"))
        browser.close()
    embedding = [line for line in lines if line.startswith("向量化")]
    assert len(lines) >= 3 and len(embedding) >= 2, lines  # the text changed at least twice, the embedding moved
    assert any(re.search(r"向量化 \d+/\d+ 个片段，约剩 \d+ (秒|分钟)", line) for line in embedding), lines
