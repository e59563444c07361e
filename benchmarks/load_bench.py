"""Load benchmark: concurrent users asking questions through gradio_client while files are uploaded.

    .venv/bin/python benchmarks/load_bench.py [--users 20] [--questions 10] [--rounds 3] [--uploads 3]
                                              [--url http://127.0.0.1:PORT/]

Starts `union-assistant serve` on a free port with a fresh data dir and the sample corpus (or uses
the server at --url, which must be on 127.0.0.1/localhost), then runs several rounds in the same
server. In each round every user is its own gradio_client.Client in its own thread and asks its
questions one after another (sample questions with varied wording, so the query cache does not
make it trivial), while another thread uploads small fictional summaries, each distinct. An answer
counts as an error if the call raises (a Gradio error, a timeout) or the final assistant message
is empty or says the knowledge base is unavailable.

Prints a Markdown table per round (requests, errors, answers/s, latency p50/p95/max of a whole
streamed answer, the part of it spent before the handler started, and the server's RSS after
the round, its children included), the uploads, the machine, and a last line PASS/FAIL against
the target: 0 errors, p95 <= 2 s, RSS growth from after round 1 to after the last round <= 10 %.
Exits 0 whatever the verdict (it is a measurement); 2 if the server could not be started.
With --url the uploaded articles are deleted again at the end (their files stay in the
server's uploads folder).
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import platform
import random
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from chroma_server import app_server  # noqa: E402  (the tests' way to start `union-assistant serve`)

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

TARGET_P95_S = 2.0
TARGET_RSS_GROWTH = 0.10
LIMITS = {"users": 200, "questions": 500, "rounds": 20, "uploads": 20}

# --------------------------------------------------------------------------- what users send

LEADS = ["", "我们在写总结，", "领导让我核实一下：", "顺便问一下，"]
ASKS = ["", "请问", "想了解", "帮我查查"]
ENDINGS = ["？", "呢？", "，有出处吗？", "？谢谢"]

PLACES = ["云溪", "松岭", "白沙", "临川", "石门", "望江", "青峰", "柳塘", "金坪", "东湖", "南屏", "北固"]
UNITS = ["区教育局机关工会", "第二人民医院工会", "电力检修公司工会", "实验小学工会", "街道总工会", "物流园区联合工会"]
TOPICS = [
    ("送温暖", "春节前走访慰问困难职工{a}户，发放慰问金{b}万元，为{c}名患病职工办理了互助保障理赔。"),
    ("金秋助学", "开展金秋助学活动，资助困难职工子女{a}名，发放助学金{b}万元，另有{c}名学生获得爱心企业捐助。"),
    ("劳动竞赛", "组织{a}个班组开展劳动竞赛，评出先进班组{c}个，竞赛期间节约成本{b}万元。"),
    ("文体活动", "举办职工趣味运动会，设拔河、跳绳等{c}个项目，参与职工{a}人次，发放奖品价值{b}千元。"),
    ("女职工工作", "为{a}名女职工安排专项体检，举办女职工健康讲座{c}场，建成爱心妈妈小屋{b}间。"),
    ("职工技能培训", "开设技能提升夜校{c}期，培训职工{a}人次，{b}名职工取得中级以上职业资格证书。"),
    ("职工之家建设", "投入{b}万元改造职工之家，新增阅览室和健身角{c}处，全年接待职工{a}人次。"),
    ("民主管理", "召开职工代表大会{c}次，征集职工提案{a}件，立案办理{b}件，办结率达到百分之百。"),
    ("合理化建议", "开展“金点子”征集，收到合理化建议{a}条，采纳{b}条，其中{c}条获评年度优秀建议。"),
    ("安全生产", "深入开展安康杯竞赛，组织安全隐患排查{c}轮，整改隐患{a}处，{b}个班组实现全年零事故。"),
    ("心理关爱", "邀请心理咨询师开展心理健康讲座{c}场，设立职工心灵驿站，为{a}名职工提供一对一疏导服务{b}次。"),
    ("书香工会", "开展职工读书月活动，新购图书{a}册，举办读书分享会{c}期，评选书香职工{b}名。"),
]


def question_plan(bases: list[str], users: int, per_user: int, round_no: int) -> list[list[str]]:
    """Each user's questions for one round: every (lead, ask, question, ending) used at most once per round."""
    stems = [b.rstrip("？?。 ") for b in bases]
    variants = [f"{lead}{ask}{stem}{end}" for lead, ask, stem, end in itertools.product(LEADS, ASKS, stems, ENDINGS)]
    random.Random(round_no).shuffle(variants)
    cycle = itertools.cycle(variants)  # only repeats when users x questions exceeds the variants
    return [[next(cycle) for _ in range(per_user)] for _ in range(users)]


def summary_text(k: int, tag: str) -> tuple[str, str]:
    """A small fictional half-year summary (file name, text); k picks unit, topics and figures."""
    rng = random.Random(f"{tag}-{k}")
    unit = f"{PLACES[k % len(PLACES)]}{UNITS[(k * 5 + k // len(PLACES)) % len(UNITS)]}"
    year = 2019 + k % 6
    topics = rng.sample(TOPICS, 3)
    numerals = "一二三"
    body = [f"{unit}{year}年上半年工作总结",
            f"{year}年上半年，{unit}在上级工会和本单位党组织的领导下，围绕{'、'.join(t[0] for t in topics)}等重点，"
            "认真履行维权服务基本职责，现将上半年工作总结如下："]
    for numeral, (name, sentence) in zip(numerals, topics):
        figures = {"a": rng.randint(12, 480), "b": rng.randint(2, 60), "c": rng.randint(2, 9)}
        body.append(f"{numeral}、{name}方面。{sentence.format(**figures)}")
    body.append(f"下半年，{unit}将继续补齐短板，把{topics[0][0]}做细做实。")
    return f"{unit}{year}上半年总结_{tag}_{k}.txt", "\n".join(body) + "\n"


# --------------------------------------------------------------------------- the server and its memory

def listening_pid(port: int) -> int | None:
    """The process listening on a local TCP port (for --url), if it is ours to see."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.readlink(fd) in inodes for fd in fd_dir.iterdir()):
                return int(fd_dir.parent.name)
        except OSError:
            continue
    return None


def family(pid: int) -> set[int]:
    """A process and all its descendants."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    members, frontier = {pid}, [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier and child not in members]
        members.update(frontier)
    return members


def tree_usage(pid: int | None) -> tuple[float, float] | None:
    """(VmRSS in MB, user + system CPU seconds) of a process and its live descendants; None if unreadable."""
    if pid is None:
        return None
    rss_kb = ticks = 0
    for member in family(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
            stat = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            if member == pid:
                return None
            continue
        rss_kb += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        ticks += int(stat[11]) + int(stat[12])
    return rss_kb / 1024, ticks / os.sysconf("SC_CLK_TCK")


def tree_rss_mb(pid: int | None) -> float | None:
    usage = tree_usage(pid)
    return usage[0] if usage else None


def tree_cpu_seconds(pid: int | None) -> float | None:
    usage = tree_usage(pid)
    return usage[1] if usage else None


# --------------------------------------------------------------------------- users and uploads

@dataclass
class Asked:
    seconds: float
    waited: float | None = None  # until the first streamed update: queueing, connection and set-up
    error: str | None = None


@dataclass
class Round:
    number: int
    asked: list[Asked] = field(default_factory=list)
    uploads: list[dict] = field(default_factory=list)
    wall: float = 0.0
    rss_after: float | None = None
    cpu_server: float | None = None  # CPU seconds while the questions ran
    cpu_here: float = 0.0  # the same for this load generator (its users share the machine)

    @property
    def ok(self) -> list[Asked]:
        return [a for a in self.asked if a.error is None]

    @property
    def errors(self) -> list[str]:
        return [a.error for a in self.asked if a.error is not None]


def message_text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or [] if isinstance(part, dict))


def ask(client, question: str, timeout: float) -> Asked:
    """One complete streamed answer, timed from submit to the final output, and checked."""
    started = time.perf_counter()
    deadline = started + timeout
    try:
        job = client.submit(question, [], "", "", api_name="/ask")
        while not job.outputs() and not job.done():  # the first update is the "…" placeholder
            if time.perf_counter() > deadline:
                job.cancel()
                raise TimeoutError(f"no answer within {timeout:g} s")
            time.sleep(0.01)
        waited = time.perf_counter() - started
        final = job.result(timeout=max(0.1, deadline - time.perf_counter()))
        seconds = time.perf_counter() - started
    except Exception as error:  # a Gradio error, a dropped connection, a timeout: all count
        return Asked(time.perf_counter() - started, error=f"{type(error).__name__}: {error}"[:160])
    chat = final[0] if isinstance(final, (list, tuple)) and final and isinstance(final[0], list) else []
    last = chat[-1] if chat and isinstance(chat[-1], dict) else {}
    text = message_text(last).strip() if last.get("role") == "assistant" else ""
    if not text or text == "…":
        return Asked(seconds, waited, "empty answer")
    if "知识库暂时不可用" in text:
        return Asked(seconds, waited, "knowledge base unavailable")
    return Asked(seconds, waited)


def uploader(url: str, folder: Path, first: int, count: int, tag: str, started: float, timeout: float) -> list[dict]:
    """`count` distinct summaries uploaded one after another through /upload, from the round's start."""
    from gradio_client import Client, handle_file

    results = []
    client = Client(url, verbose=False, analytics_enabled=False)
    try:
        for k in range(first, first + count):
            name, text = summary_text(k, tag)
            path = folder / name
            path.write_text(text, encoding="utf-8")
            begun = time.perf_counter()
            row = {"file": name, "at": begun - started}
            try:
                job = client.submit([handle_file(str(path))], api_name="/upload")
                summary, _rejected, table = job.result(timeout=timeout)
                row["result"] = summary.replace("|", "/")
                row["doc_ids"] = [r[0] for r in table.get("data", []) if r[-1] == name]
            except Exception as error:
                row["error"] = f"{type(error).__name__}: {error}"[:160]
            row["seconds"] = time.perf_counter() - begun
            results.append(row)
    finally:
        client.close()
    return results


def run_round(number: int, url: str, clients: list, plan: list[list[str]], args, folder: Path, tag: str,
              budget_end: float, pid: int | None) -> Round:
    result = Round(number)
    start = threading.Barrier(len(clients) + 1)

    def user(index: int) -> list[Asked]:
        start.wait()
        done = []
        for question in plan[index]:
            if time.monotonic() > budget_end:
                done.append(Asked(0.0, error="not asked: --max-seconds reached"))
                continue
            done.append(ask(clients[index], question, args.timeout))
        return done

    with ThreadPoolExecutor(max_workers=len(clients) + 1) as pool:
        users = [pool.submit(user, i) for i in range(len(clients))]
        start.wait()
        t0, cpu_server, cpu_here = time.perf_counter(), tree_cpu_seconds(pid), time.process_time()
        uploads = pool.submit(uploader, url, folder, (number - 1) * args.uploads, args.uploads, tag, t0,
                              args.timeout * 10) if args.uploads else None
        for future in users:
            result.asked.extend(future.result())
        result.wall = time.perf_counter() - t0
        after = tree_cpu_seconds(pid)
        result.cpu_server = after - cpu_server if after is not None and cpu_server is not None else None
        result.cpu_here = time.process_time() - cpu_here
        if uploads is not None:
            result.uploads = uploads.result()
    return result


# --------------------------------------------------------------------------- the report

def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else float("nan")


def ms(seconds: float) -> str:
    return "–" if math.isnan(seconds) else f"{seconds * 1000:.0f} ms"


def mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory = next((int(line.split()[1]) / 1024 / 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), 0.0)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{usable} cores ({os.cpu_count()} online), {cpu}, {memory:.0f} GB, Python {platform.python_version()}"


def cores(seconds: float | None, wall: float) -> str:
    return "n/a" if seconds is None or not wall else f"{seconds / wall:.2f}"


def row(label: str, asked: list[Asked], wall: float | None, rss: float | None, cpu: str = "") -> str:
    ok = [a for a in asked if a.error is None]
    latencies = [a.seconds for a in ok]
    waits = [a.waited for a in ok if a.waited is not None]
    throughput = f"{len(ok) / wall:.1f}" if wall else "–"
    return (f"| {label} | {len(asked)} | {len(asked) - len(ok)} | {throughput} | {ms(quantile(latencies, 0.5))} | "
            f"{ms(quantile(latencies, 0.95))} | {ms(max(latencies, default=float('nan')))} | "
            f"{ms(quantile(waits, 0.5))} / {ms(quantile(waits, 0.95))} | {cpu} | {mb(rss)} |")


def report(args, rounds: list[Round], rss_before: float | None, server: str, backend: str,
           load: tuple[float, ...]) -> None:
    print(f"machine: {machine()}")
    print(f"server: {server}; answer backend: {backend}")
    print(f"load: {args.users} users × {args.questions} questions × {args.rounds} rounds, "
          f"{args.uploads} uploads per round, answer timeout {args.timeout:g} s\n")
    print("| round | requests | errors | answers/s | p50 | p95 | max | before start p50 / p95 | "
          "cores used: server / users | server RSS after |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| before | | | | | | | | | {mb(rss_before)} |")
    for r in rounds:
        used = f"{cores(r.cpu_server, r.wall)} / {cores(r.cpu_here, r.wall)}"
        print(row(str(r.number), r.asked, r.wall, r.rss_after, used))
    everything = [a for r in rounds for a in r.asked]
    print(row("all", everything, sum(r.wall for r in rounds), None))
    print("\nlatency: submit to the final streamed output; 'before start': submit to the first streamed update "
          "(the handler has started), i.e. time spent queueing and connecting; cores used: CPU seconds over the "
          "round's seconds, for the server and for this process's simulated users; 1-min load average "
          f"{load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end (other processes share the machine).")
    uploads = [(r.number, u) for r in rounds for u in r.uploads]
    if uploads:
        print("\n| round | upload | started at | took | result |")
        print("|---|---|---|---|---|")
        for number, u in uploads:
            print(f"| {number} | {u['file']} | +{u['at']:.1f} s | {u['seconds']:.1f} s | "
                  f"{u.get('result') or 'ERROR ' + u.get('error', '')} |")
    errors = [e for r in rounds for e in r.errors] + [u["error"] for _, u in uploads if "error" in u]
    if errors:
        print(f"\nerrors ({len(errors)}), by kind:")
        for kind in sorted(set(errors), key=errors.count, reverse=True)[:10]:
            print(f"- {errors.count(kind)} × {kind}")
    verdict(everything, rounds, errors)


def verdict(everything: list[Asked], rounds: list[Round], errors: list[str]) -> None:
    p95 = quantile([a.seconds for a in everything if a.error is None], 0.95)
    checks = [f"errors {len(errors)} (target 0)", f"p95 {p95:.2f} s (target ≤ {TARGET_P95_S:g} s)"]
    passed = not errors and p95 <= TARGET_P95_S
    first, last = rounds[0].rss_after, rounds[-1].rss_after
    if len(rounds) >= 2 and first and last:
        growth = (last - first) / first
        checks.append(f"RSS after round 1 → after round {rounds[-1].number}: {growth:+.1%} (target ≤ "
                      f"{TARGET_RSS_GROWTH:.0%})")
        passed = passed and growth <= TARGET_RSS_GROWTH
    else:
        checks.append("RSS growth not checked (needs 2 rounds and a readable server process)")
    print(f"\n**{'PASS' if passed else 'FAIL'}**: " + "; ".join(checks))


# --------------------------------------------------------------------------- main

def local_url(url: str) -> str:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme != "http" or parsed.hostname not in {"127.0.0.1", "localhost"}:
        raise SystemExit("--url must be an http://127.0.0.1:PORT/ address: this benchmark only talks to this machine")
    return url if url.endswith("/") else url + "/"


def bounded(name: str):
    def parse(text: str) -> int:
        value, low = int(text), 0 if name == "uploads" else 1
        if not low <= value <= LIMITS[name]:
            raise argparse.ArgumentTypeError(f"--{name} must be between {low} and {LIMITS[name]}")
        return value
    return parse


def answer_backend(client) -> str:
    try:
        status = client.predict(api_name="/status")
    except Exception as error:
        return f"unknown ({type(error).__name__})"
    return next((line.split("|")[2].strip() for line in status.splitlines() if line.startswith("| 回答方式")), "unknown")


def measure(args, url: str, origin: str, folder: Path) -> None:
    from gradio_client import Client

    pid = listening_pid(urllib.parse.urlparse(url).port or 80)
    server = f"{url}, {origin} (pid {pid or 'not visible: no memory figures'})"
    bases = [line.strip() for line in (ROOT / "examples" / "questions.txt").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    tag = f"{random.randrange(16 ** 6):06x}"
    budget_end = time.monotonic() + args.max_seconds
    with ThreadPoolExecutor(max_workers=min(args.users, 8)) as pool:
        clients = list(pool.map(lambda _: Client(url, verbose=False, analytics_enabled=False), range(args.users)))
    rounds: list[Round] = []
    try:
        backend = answer_backend(clients[0])
        rss_before, load = tree_rss_mb(pid), os.getloadavg()
        for number in range(1, args.rounds + 1):
            plan = question_plan(bases, args.users, args.questions, number)
            done = run_round(number, url, clients, plan, args, folder, tag, budget_end, pid)
            time.sleep(1.0)  # let the last responses and the uploads' bookkeeping settle
            done.rss_after = tree_rss_mb(pid)
            rounds.append(done)
            print(f"round {number}: {len(done.ok)}/{len(done.asked)} answers in {done.wall:.1f} s, "
                  f"RSS {mb(done.rss_after)}", file=sys.stderr)
        if args.url:
            forget_uploads(clients[0], rounds)
    finally:
        for client in clients:
            client.close()
    report(args, rounds, rss_before, server, backend, load)


def forget_uploads(client, rounds: list[Round]) -> None:
    """With --url: delete the articles this run uploaded, so the server's knowledge base is as it was."""
    for doc_id in (d for r in rounds for u in r.uploads for d in u.get("doc_ids", [])):
        try:
            client.predict(doc_id, api_name="/delete")
        except Exception as error:
            print(f"could not delete {doc_id}: {error}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=bounded("users"), default=20)
    parser.add_argument("--questions", type=bounded("questions"), default=10, help="questions per user and round")
    parser.add_argument("--rounds", type=bounded("rounds"), default=3)
    parser.add_argument("--uploads", type=bounded("uploads"), default=3, help="uploads per round (0: none)")
    parser.add_argument("--url", help="an app already running on this machine, instead of starting one")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds one answer may take before it is an error")
    parser.add_argument("--max-seconds", type=float, default=1800.0, help="questions not asked by then are errors")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ua-load-bench-") as tmp, ExitStack() as stack:
        folder = Path(tmp)
        if args.url:
            measure(args, local_url(args.url), "given with --url", folder)
            return 0
        print("starting the server (the corpus is ingested first) …", file=sys.stderr)
        try:
            url = stack.enter_context(app_server(folder / "data", "--corpus", str(args.corpus.resolve())))
        except (RuntimeError, TimeoutError) as error:
            logs = "".join(log.read_text(encoding="utf-8", errors="replace") for log in folder.glob("data/app-*.log"))
            print(f"the server could not be started: {error}\n{logs[-3000:]}", file=sys.stderr)
            return 2
        measure(args, url, "started here", folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
