"""The `union-assistant` command line: parses arguments, calls one assistant function, prints its result.

JSON goes to stdout; progress and logs go to stderr.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from assistant.evaluation import QuestionSetError, evaluate_answers, evaluate_retrieval, load_questions
from assistant.os_errors import os_reason
from assistant.settings import Settings, SettingsError, load_settings
from assistant.summaries import preview_summary

app = typer.Typer(help="工会总结助手：工会工作总结的问答与起草。", no_args_is_help=True, add_completion=False)


def _print(data: Any, *, compact: bool = False) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=None if compact else 2))


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code=code)


def _between(name: str, low: int, high: int) -> Callable[[int | None], int | None]:
    """A typer callback: a number outside [low, high] is one Chinese line and exit code 2."""

    def check(value: int | None) -> int | None:
        if value is not None and not low <= value <= high:
            _fail(f"{name} 应为 {low} 到 {high} 之间的整数（现在是 {value}）", code=2)
        return value

    return check


DRAFT_YEARS = (1990, 2100)  # as the web form's 年度
DRAFT_LENGTHS = (800, 4000)  # as the web form's 篇幅 slider


def _k_in_range(value: int) -> int:
    """-k within what a search accepts, said before any model loads."""
    from assistant.knowledge import MAX_K

    return _between("-k", 1, MAX_K)(value)


def _prepare_data_dir(path: Path) -> None:
    """The data dir exists and takes new files, or the user is told why not before anything loads."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as error:
        _fail(f"数据目录 {path}（--data-dir 或 UA_DATA_DIR）无法使用：{os_reason(error)}。请换一个可写的文件夹")


def _services(ctx: typer.Context):
    """The assistant's services for this command; setup problems become a message, not a traceback."""
    settings: Settings = ctx.obj
    _prepare_data_dir(settings.data_dir)
    from assistant.services import Services
    from vectorstore.embeddings import EmbedderUnavailable
    from vectorstore.store import StoreError

    services = Services(settings)
    try:
        services.knowledge  # opens the store now, so a wrong embedder or a dead server is said at once
        services.chat_model
    except EmbedderUnavailable:
        _fail(f"UA_EMBEDDING_MODEL={settings.embedding_model} 无法加载：应为本机上的 sentence-transformers 模型文件夹，"
              "或本机 Hugging Face 缓存中已有的模型（这里不联网下载）")
    except (StoreError, ValueError) as error:
        _fail(str(error))
    return services


def _knowledge(ctx: typer.Context):
    return _services(ctx).knowledge


@app.callback()
def main(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", envvar="UA_DATA_DIR", help="索引与缓存所在目录（默认 ./local_data）")
    ] = None,
) -> None:
    """Build the settings once; every command receives them through the context."""
    try:
        ctx.obj = load_settings(data_dir=data_dir)
    except SettingsError as error:
        _fail(str(error))


@app.command()
def preview(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="文件或文件夹（txt md html docx pdf）")],
    show_chunks: Annotated[bool, typer.Option("--chunks", help="同时列出每个片段")] = False,
) -> None:
    """清理并切分文件，显示会被索引的文章与片段（不写入索引）。"""
    settings: Settings = ctx.obj
    _print(preview_summary(paths, max_bytes=settings.max_file_bytes, with_chunks=show_chunks))


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="文件或文件夹（txt md html docx pdf）")],
    as_json: Annotated[bool, typer.Option("--json", help="只输出 JSON")] = False,
) -> None:
    """导入文件到知识库：未改动的文件跳过，改动的文件替换旧片段。有文件被拒收时退出码为 1（其余文件照常导入）。"""
    report = _knowledge(ctx).ingest(paths)
    result = report.as_dict()
    if not as_json:
        typer.echo(
            f"文件 {result['files']} 个，文章 {result['documents']} 篇，重复 {result['duplicates']} 篇；"
            f"新增片段 {result['chunks_added']}，未变 {result['chunks_unchanged']}，删除 {result['chunks_removed']}；"
            f"拒收 {len(result['rejected'])} 个；已不在文件夹中的文件 {len(result['files_removed'])} 个"
            f"（移除文章 {result['documents_removed']} 篇）；用时 {result['seconds']} 秒",
            err=True,
        )
        for rejection in result["rejected"]:
            typer.echo(f"  拒收 {rejection['path']}：{rejection['reason']}", err=True)
        for path in result["files_removed"]:
            typer.echo(f"  移除 {path}（已删除或不再能导入）", err=True)
    _print(result)
    if result["rejected"]:  # a script that ingests a folder learns that something in it was not indexed
        raise typer.Exit(code=1)


def _search_result(kb, query: str, k: int, year: int | None, unit_kind: str | None) -> dict[str, Any]:
    """The hits for one query, or the reason it was refused (too long…), so one bad line stops nothing."""
    from assistant.knowledge import QueryRejected

    try:
        hits = kb.search(query, k, year=year, unit_kind=unit_kind)
    except QueryRejected as error:
        return {"query": query, "error": str(error)}
    return {"query": query, "hits": [hit.as_dict() for hit in hits]}


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="检索词；用 - 从标准输入每行读一个")],
    k: Annotated[int, typer.Option("-k", help="返回条数", callback=_k_in_range)] = 5,
    year: Annotated[int | None, typer.Option("--year", help="只看某一年")] = None,
    unit_kind: Annotated[str | None, typer.Option("--unit-kind", help="单位类别，如 机关、教育、企业")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="每行一个 JSON（配合 - 使用）")] = False,
) -> None:
    """在知识库中检索片段（向量 + BM25 融合）。"""
    kb = _knowledge(ctx)
    if query == "-":
        for line in sys.stdin:
            if line.strip():
                _print(_search_result(kb, line.strip(), k, year, unit_kind), compact=True)
        return
    result = _search_result(kb, query, k, year, unit_kind)
    if "error" in result:
        _fail(result["error"])
    if as_json or jsonl:
        _print(result, compact=jsonl)
        return
    for hit in result["hits"]:
        typer.echo(f"[{hit['rank']}] {hit['score']:.2f} {hit['title']} > {hit['section']} ({hit['year'] or '年份不详'})")
        typer.echo(f"    {hit['text'][:120]}")


@app.command()
def docs(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
) -> None:
    """列出知识库中的文章（含被判为重复的）。"""
    rows = _knowledge(ctx).documents()
    if as_json:
        _print(rows)
        return
    for row in rows:
        mark = f"（重复于 {row['duplicate_of']}）" if row["duplicate_of"] else f"{row['chunks']} 个片段"
        typer.echo(f"{row['doc_id']}  {row['title']}  {row['year'] or ''}  {row['unit'] or ''}  {mark}")


@app.command()
def chunks(
    ctx: typer.Context,
    doc: Annotated[str | None, typer.Option("--doc", help="只列出这篇文章的片段")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="每行一个 JSON")] = True,
) -> None:
    """列出已索引的片段及其元数据。"""
    for row in _knowledge(ctx).chunks(doc):
        _print(row, compact=jsonl)


@app.command()
def remove(
    ctx: typer.Context,
    doc_id: Annotated[str, typer.Argument(help="文章编号（见 docs）")],
) -> None:
    """从知识库删除一篇文章及其片段。"""
    try:
        removed = _knowledge(ctx).remove(doc_id)
    except KeyError:
        _fail(f"没有编号为 {doc_id} 的文章（用 union-assistant docs 查看）")
    _print({"doc_id": doc_id, "chunks_removed": removed})


@app.command("eval")
def evaluate(
    ctx: typer.Context,
    qa_file: Annotated[Path, typer.Argument(help="标注问题集（JSON Lines：question, evidence, file, keywords / unanswerable）")],
    k: Annotated[int, typer.Option("-k", help="检索深度", callback=_k_in_range)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
) -> None:
    """用标注问题集评估检索（hit@1/3/5、MRR）与回答（关键词命中、无答案拒答）。"""
    try:
        load_questions(qa_file)  # a bad file is said before any model loads
    except QuestionSetError as error:
        _fail(str(error))
    services = _services(ctx)
    result = evaluate_retrieval(services.knowledge, qa_file, k=k)
    result.update(evaluate_answers(services.qa, qa_file))
    if not as_json:
        typer.echo(
            f"检索 {result['questions']} 题：hit@1 {result['hit@1']:.3f}  hit@3 {result['hit@3']:.3f}  "
            f"hit@5 {result['hit@5']:.3f}  MRR {result['mrr']:.3f}\n"
            f"回答（{services.qa.backend}）：关键词命中 {result['keywords_in_answer']:.3f}  "
            f"无答案拒答 {result['unanswerable_refused']:.3f}  有答案误拒 {result['answerable_refused']:.3f}",
            err=True,
        )
    _print(result)


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[str | None, typer.Argument(help="问题；用 - 从标准输入每行读一个")] = None,
    year: Annotated[int | None, typer.Option("--year", help="只看某一年")] = None,
    unit_kind: Annotated[str | None, typer.Option("--unit-kind", help="单位类别")] = None,
    chat: Annotated[bool, typer.Option("--chat", help="连续对话（记住上文）")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="每行一个 JSON（配合 - 使用）")] = False,
) -> None:
    """提问：回答句末标有出处编号；资料中没有的，会说没有找到。"""
    from assistant.qa import next_turn

    qa = _services(ctx).qa
    if chat:
        history = []
        typer.echo("连续对话：输入问题后回车，空行退出。", err=True)
        for line in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("问："), ""):
            if not line.strip():
                break
            answer = qa.answer(line.strip(), history, year=year, unit_kind=unit_kind)
            history.append(next_turn(answer))
            _print(answer.as_dict(), compact=True) if as_json or jsonl else _show_answer(answer)
        return
    if question == "-":
        for line in sys.stdin:
            if line.strip():
                _print(qa.answer(line.strip(), year=year, unit_kind=unit_kind).as_dict(), compact=True)
        return
    if not question:
        _fail("请给出问题，例如：union-assistant ask \"去年慰问了多少困难职工？\"")
    answer = qa.answer(question, year=year, unit_kind=unit_kind)
    if as_json or jsonl:
        _print(answer.as_dict(), compact=jsonl)
    else:
        _show_answer(answer)


def _show_answer(answer) -> None:
    typer.echo(answer.text)
    for citation in answer.citations:
        meta = citation.as_dict()
        typer.echo(f"  [{meta['n']}] {meta['title']} > {meta['section']}（{meta['source']}）")


@app.command()
def draft(
    ctx: typer.Context,
    unit: Annotated[str, typer.Option("--unit", help="单位名称")],
    topics: Annotated[str, typer.Option("--topics", help="重点工作，用逗号分隔（1–6 项）")],
    year: Annotated[int | None, typer.Option("--year", help=f"年度（{DRAFT_YEARS[0]}–{DRAFT_YEARS[1]}，默认今年）",
                                             callback=_between("--year", *DRAFT_YEARS))] = None,
    period: Annotated[str, typer.Option("--period", help="年度 / 上半年 / 下半年")] = "年度",
    unit_kind: Annotated[str, typer.Option("--unit-kind", help="单位类别（自由填写）")] = "",
    length: Annotated[int, typer.Option("--length", help=f"目标字数（{DRAFT_LENGTHS[0]}–{DRAFT_LENGTHS[1]}）",
                                        callback=_between("--length", *DRAFT_LENGTHS))] = 1500,
    notes: Annotated[Path | None, typer.Option("--notes", help="补充材料（本单位的事实，文本文件）")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="导出为 .docx 或 .md")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
) -> None:
    """起草一篇工会工作总结（公文格式），可导出 Word。"""
    from assistant.draft import DraftRequest
    from assistant.export import export_draft
    from ingest.loaders import LoadError, read_text_file

    settings: Settings = ctx.obj
    try:
        request = DraftRequest(
            unit=unit, year=year or date.today().year, period=period, unit_kind=unit_kind,
            topics=tuple(t.strip() for t in topics.replace("，", ",").replace("、", ",").split(",") if t.strip()),
            target_chars=length, notes=read_text_file(notes, settings.max_file_bytes) if notes else "",
        )
    except LoadError as error:
        _fail(f"补充材料 {notes}（--notes）无法读取：{error.reason}")
    except ValueError as error:
        _fail(str(error))
    result = _services(ctx).drafter.draft(request)
    if out is not None:
        try:
            export_draft(result.markdown, out)
        except ValueError as error:
            _fail(str(error))
        except OSError as error:
            _fail(f"无法写入 {out}（--out）：{os_reason(error)}。请换一个可写的位置")
        typer.echo(f"已导出：{out}", err=True)
    if as_json:
        _print(result.as_dict())
    elif out is None:
        typer.echo(result.markdown)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口（1–65535）", callback=_between("--port", 1, 65535))] = 7860,
    auth: Annotated[str | None, typer.Option(
        "--auth", envvar="UA_AUTH",
        help="登录用户名与密码，如 admin:口令；只写用户名时在终端输入密码（不回显）。"
             "也可用环境变量 UA_AUTH，密码就不会出现在进程列表里")] = None,
    corpus: Annotated[Path | None, typer.Option("--corpus", envvar="UA_SAMPLE_CORPUS",
                                                help="启动前导入的文件夹（默认：索引为空时导入示例资料）")] = None,
) -> None:
    """启动网页版（问答、起草、知识库、状态）；给了 --auth（或 UA_AUTH）或 UA_AUTH_FILE 时须登录。"""
    from assistant.web.auth import load_auth_file, make_authenticator

    settings: Settings = ctx.obj
    try:
        plain = _plain_credentials(auth)
        hashed = load_auth_file(settings.auth_file) if settings.auth_file else {}
    except ValueError as error:  # AuthFileError too
        _fail(str(error))
    credentials = make_authenticator(plain, hashed) if plain or hashed else None
    _check_port(host, port)
    from assistant.web.app import EXAMPLES_DIR, launch  # Gradio takes seconds to import: after the quick checks

    services = _services(ctx)
    job = services.start_content(corpus, EXAMPLES_DIR / "corpus")  # in the background: the page answers at once
    if job is not None:
        typer.echo(f"正在后台导入{job.label}（进度见下方），网页已可打开", err=True)
    typer.echo(f"工会总结助手：http://{host}:{port}", err=True)
    try:
        launch(services, host=host, port=port, auth=credentials)
    except OSError:  # e.g. the port was taken while the models loaded; Gradio says it in English
        _fail(f"无法在 {host}:{port} 上启动网页版（端口可能已被占用）：请用 --port 换一个端口")


def _plain_credentials(auth: str | None) -> dict[str, str]:
    """{user: password} from --auth or UA_AUTH: USER:PASS, or USER alone with the password typed unseen at a terminal."""
    import getpass

    from assistant.web.auth import parse_credentials

    if not auth:
        return {}
    if ":" not in auth:
        if not sys.stdin.isatty():
            _fail("--auth 只给了用户名：请在终端运行以输入密码，或用环境变量 UA_AUTH=用户名:密码")
        auth = f"{auth}:{getpass.getpass(f'用户 {auth} 的密码：')}"
    return dict([parse_credentials(auth)])


def _check_port(host: str, port: int) -> None:
    """A busy port or an address this machine does not have is said now, before the models load."""
    try:
        family, kind, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
            probe.bind(address)
    except socket.gaierror:
        _fail(f"监听地址 {host}（--host）无效：请写本机的 IP 地址或主机名，如 127.0.0.1 或 0.0.0.0")
    except OSError as error:
        _fail(f"无法在 {host}:{port} 上启动网页版：{os_reason(error)}。请用 --port 换一个端口，或检查 --host")


@app.command("hash-password")
def hash_password_command(
    user: Annotated[str | None, typer.Option("--user", help="用户名：输出整行 用户名:散列，可直接写入 UA_AUTH_FILE")] = None,
) -> None:
    """为用户文件（UA_AUTH_FILE）生成口令散列：从标准输入读一行密码，或在终端输入（不回显）。"""
    import getpass

    from assistant.web.auth import hash_password, valid_user

    if user is not None and not valid_user(user):
        _fail("用户名不能为空，也不能含冒号或空白")
    if sys.stdin.isatty():
        password = getpass.getpass("密码：")
        if getpass.getpass("再输一次：") != password:
            _fail("两次输入的密码不一致")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        line = hash_password(password)
    except ValueError as error:
        _fail(str(error))
    typer.echo(f"{user}:{line}" if user is not None else line)


def main() -> None:
    """The console script: command-line mistakes are one Chinese line (exit 2) instead of Typer's
    English box, and a store that becomes unreachable mid-command is a message, not a traceback."""
    from typer._click import exceptions as click_errors  # what Typer (0.29 vendors Click) raises

    from vectorstore.store import StoreError

    try:
        code = app(standalone_mode=False)
    except click_errors.NoArgsIsHelpError as error:
        help_text = error.ctx.get_help() if error.ctx else ""  # Typer's rich help prints itself
        if help_text:
            typer.echo(help_text)
        raise SystemExit(2) from None
    except click_errors.UsageError as error:
        typer.echo(usage_message(error), err=True)
        raise SystemExit(2) from None
    except (typer.Abort, EOFError, KeyboardInterrupt):
        typer.echo("已取消", err=True)
        raise SystemExit(1) from None
    except StoreError as error:
        typer.echo(str(error), err=True)
        raise SystemExit(1) from None
    raise SystemExit(code if isinstance(code, int) else 0)


# pydantic's error types (Typer converts values with it) in words
_TYPE_WORDS = {"int_parsing": "整数", "int_from_float": "整数", "float_parsing": "数字", "bool_parsing": "是或否（true/false）",
               "enum": "规定的取值之一", "literal_error": "规定的取值之一"}


def _param_name(param) -> str:
    """How the user writes a parameter: --year, -k, or PATHS for an argument."""
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "argument":
        return (param.name or "").upper()
    opts = list(getattr(param, "opts", None) or [])
    long = [o for o in opts if o.startswith("--")]
    return (long or opts or [param.name or ""])[0]


def usage_message(error) -> str:
    """One Chinese line for a command-line usage error, by its type, naming the option or argument."""
    from typer._click import exceptions as click_errors

    ctx = error.ctx
    command = ctx.command_path if ctx is not None and ctx.command_path not in ("", "-") else "union-assistant"
    hint = f"。用 {command} --help 查看用法"
    param = getattr(error, "param", None)
    name = _param_name(param)
    help_text = (getattr(param, "help", None) or "").strip()
    described = f"{name}：{help_text}" if help_text else name
    message = error.message or ""
    if isinstance(error, click_errors.MissingParameter):
        if getattr(param, "param_type_name", None) == "argument" or error.param_type == "argument":
            return f"缺少参数 {described}{hint}"
        return f"缺少必需的选项 {described}{hint}"
    if isinstance(error, click_errors.BadParameter):
        cause = error.__cause__
        details = cause.errors() if hasattr(cause, "errors") else []
        detail = details[0] if details else {}
        wanted = _TYPE_WORDS.get(detail.get("type", ""), "有效的值")
        shown = f"（现在是 {detail['input']}）" if "input" in detail else ""
        return f"{name or '参数'} 应为{wanted}{shown}{hint}"
    if isinstance(error, click_errors.NoSuchOption):
        maybe = f"，是不是 {'、'.join(error.possibilities)}？" if error.possibilities else ""
        return f"没有选项 {error.option_name}{maybe}{hint}"
    if isinstance(error, click_errors.BadOptionUsage):
        return f"选项 {error.option_name} 后面应跟一个值{hint}"
    unknown = re.match(r"No such command '(.*)'", message)
    if unknown:
        return f"没有命令 {unknown.group(1)}；可用的命令：{'、'.join(_command_names())}"
    if message.startswith("Missing command"):
        return f"缺少命令；可用的命令：{'、'.join(_command_names())}"
    extra = re.search(r"unexpected extra arguments?(?:\(s\))? \((.*)\)", message)
    if extra:
        return f"多余的参数：{extra.group(1)}{hint}"
    return f"命令行用法有误{hint}"


def _command_names() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
