"""The `union-assistant` command line: parses arguments, calls one function, prints its result.

JSON goes to stdout; progress and logs go to stderr.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from assistant.settings import Settings
from assistant.summaries import preview_summary

app = typer.Typer(help="工会总结助手: 工会工作总结的问答与起草。", no_args_is_help=True, add_completion=False)


@app.callback()
def main(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", envvar="UA_DATA_DIR", help="索引与缓存所在目录（默认 ./local_data）")
    ] = None,
) -> None:
    """Build the settings once; every command receives them through the context."""
    settings = Settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    ctx.obj = settings


@app.command()
def preview(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="文件或文件夹（txt md html docx pdf）")],
    show_chunks: Annotated[bool, typer.Option("--chunks", help="同时列出每个片段")] = False,
) -> None:
    """清理并切分文件，显示会被索引的文章与片段（不写入索引）。"""
    settings: Settings = ctx.obj
    summary = preview_summary(paths, max_bytes=settings.max_file_bytes, with_chunks=show_chunks)
    typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
