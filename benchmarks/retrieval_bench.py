"""Retrieval benchmark: ingest throughput, re-ingest, warm search latency, and how search cost grows.

Not a test: it prints a table of measured numbers (copy it into the README with the machine).

    .venv/bin/python benchmarks/retrieval_bench.py [--corpus ../shared/corpus] [--scales 10000 100000]

Synthetic chunks for the scale runs are new combinations of the corpus's own sentences, with
vectors precomputed from the real chunk vectors they were drawn from (mean plus noise), so the
store and BM25 see realistic Chinese text without hours of embedding.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from ingest.models import Chunk  # noqa: E402
from vectorstore.retriever import HybridRetriever, LexicalIndex  # noqa: E402
from vectorstore.store import ChunkStore  # noqa: E402

QUERIES = [
    "去年慰问了多少困难职工？", "金秋助学 资助人数", "哪些单位开展了结对帮扶", "职工运动会", "工会经费审查",
    "女职工 体检", "劳动竞赛 合理化建议", "送温暖 慰问金", "教代会 提案", "职工之家 建设",
    "技能比武 获奖", "厂务公开 民主管理", "劳模 慰问", "文体活动 篮球赛", "工会干部 培训",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_rss_mb(marker: str) -> float:
    """Resident memory of the processes whose command line holds `marker` (the Chroma server)."""
    total = 0.0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            cmdline = (status.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="ignore")
            if marker in cmdline and "retrieval_bench" not in cmdline:
                rss = next(line for line in status.read_text().splitlines() if line.startswith("VmRSS"))
                total += int(rss.split()[1]) / 1024
        except (OSError, StopIteration):
            continue
    return total


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def time_searches(search, embedder, rounds: int = 3) -> tuple[float, float]:
    """Latency of whole searches in a warm process, each query embedded afresh (no query cache)."""
    for query in QUERIES[:3]:  # warm up: tokenizer, BM25 arrays, Chroma segments
        search(query)
    samples = []
    for _ in range(rounds):
        for query in QUERIES:
            embedder.forget_queries()
            started = time.perf_counter()
            search(query)
            samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def corpus_runs(corpus: Path, work: Path) -> tuple[dict, KnowledgeBase]:
    kb = KnowledgeBase(Settings(data_dir=work / "corpus"))
    first = kb.ingest([corpus], progress=False)
    reopen_started = time.perf_counter()
    fresh = KnowledgeBase(Settings(data_dir=work / "corpus"))  # a new process would pay this too
    second = fresh.ingest([corpus], progress=False)
    reingest_total = time.perf_counter() - reopen_started
    p50, p95 = time_searches(lambda q: fresh.search(q, 5), fresh.embedder)
    return {
        "chunks": first.chunks_added,
        "ingest_s": first.seconds,
        "embed_s": first.embed_seconds,
        "reingest_s": second.seconds,
        "reingest_with_open_s": reingest_total,
        "reingest_embedded": second.embedded,
        "search_p50_ms": p50,
        "search_p95_ms": p95,
    }, fresh


def synthetic_chunks(kb: KnowledgeBase, count: int, seed: int = 7) -> tuple[list[Chunk], np.ndarray]:
    """New chunks recombined from real sentences; vectors from the source chunks' vectors."""
    rng = random.Random(seed)
    stored = kb.store.get_chunks()
    vectors = np.asarray(kb.embedder.embed_documents([f"{c.metadata.get('heading_path', '')}\n{c.text}" for c in stored]))
    sentences = [(i, s + "。") for i, c in enumerate(stored) for s in re.split("。", c.text) if len(s) > 15]
    noise = np.random.default_rng(seed)
    chunks, rows = [], []
    for n in range(count):
        picked = rng.sample(sentences, 3)
        text = "".join(s for _, s in picked)
        source = picked[0][0]
        meta = dict(stored[source].metadata)
        meta.update(doc_id=f"syn{n // 8}", chunk_index=n % 8, source=f"synthetic/{n // 80}.txt",
                    year=rng.choice([2019, 2020, 2021, 2022, 2023]))
        chunks.append(Chunk(f"syn{n:07d}", meta["doc_id"], text, (str(meta.get("title", "")),), 0, len(text), meta))
        mixed = vectors[[i for i, _ in picked]].mean(axis=0) + noise.normal(0, 0.02, vectors.shape[1])
        rows.append(mixed / np.linalg.norm(mixed))
    return chunks, np.asarray(rows, dtype=np.float32)


def _measure_scale(kb: KnowledgeBase, chunks: list[Chunk], vectors: np.ndarray, work: Path,
                   server_port: int | None) -> dict:
    store = ChunkStore(work, embedder_id=kb.embedder.embedder_id, dimension=kb.embedder.dimension,
                       host="127.0.0.1" if server_port else None, port=server_port)
    started = time.perf_counter()
    store.upsert_chunks(chunks, vectors)
    load_s = time.perf_counter() - started
    lexical = LexicalIndex(store, work / "bm25.json")
    started = time.perf_counter()
    lexical.sync(force=True)
    bm25_s = time.perf_counter() - started
    retriever = HybridRetriever(store, kb.embedder, lexical)
    p50, p95 = time_searches(lambda q: retriever.search(q, 5), kb.embedder)
    return {"chunks": len(chunks), "load_s": load_s, "bm25_s": bm25_s, "search_p50_ms": p50, "search_p95_ms": p95,
            "rss_mb": rss_mb(), "server_rss_mb": process_rss_mb(f"--port {server_port}") if server_port else 0.0}


def scale_run(kb: KnowledgeBase, count: int, work: Path, with_server: bool) -> dict:
    """Load `count` synthetic chunks into a fresh store (a new `chroma run` server when asked) and time searches."""
    chunks, vectors = synthetic_chunks(kb, count)
    folder = work / f"scale{count}"
    if not with_server:
        return _measure_scale(kb, chunks, vectors, folder, None)
    from chroma_server import chroma_server  # the same helper the tests use: `chroma run --path … --port …`

    folder.mkdir(parents=True)
    with chroma_server(folder / "server-db") as port:
        return _measure_scale(kb, chunks, vectors, folder, port)


def extrapolation(rows: list[dict], target: int) -> str:
    """A straight-line fit through the measured scales, stated as an estimate, not a measurement."""
    xs = np.asarray([r["chunks"] for r in rows], dtype=float)

    def at_target(key: str) -> float:
        slope, intercept = np.polyfit(xs, np.asarray([r[key] for r in rows], dtype=float), 1)
        return slope * target + intercept

    return (f"Extrapolated to {target:,} chunks (linear fit through the rows above, not measured): load "
            f"{at_target('load_s') / 60:.0f} min, BM25 build {at_target('bm25_s') / 60:.0f} min, search p95 "
            f"{at_target('search_p95_ms'):.0f} ms, app RSS {at_target('rss_mb') / 1024:.1f} GB, Chroma server RSS "
            f"{at_target('server_rss_mb') / 1024:.1f} GB.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--scales", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--server", action="store_true", help="scale runs against a `chroma run` server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ua-bench-") as tmp:
        work = Path(tmp)
        corpus, kb = corpus_runs(args.corpus, work)
        scales = [scale_run(kb, count, work, args.server) for count in args.scales]

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    print(f"machine: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, embedder {kb.embedder.embedder_id}")
    print()
    print("| corpus run | value |")
    print("|---|---|")
    print(f"| chunks indexed | {corpus['chunks']} |")
    print(f"| first ingest | {corpus['ingest_s']:.1f} s ({corpus['chunks'] / corpus['ingest_s']:.1f} chunks/s) |")
    share = corpus["embed_s"] / corpus["ingest_s"]
    print(f"| of which embedding | {corpus['embed_s']:.1f} s ({share:.1%}); everything else {1 - share:.1%} |")
    print(f"| re-ingest, unchanged corpus | {corpus['reingest_s']:.2f} s, {corpus['reingest_embedded']} chunks embedded "
          f"({corpus['reingest_with_open_s']:.2f} s with opening the index) |")
    print(f"| search, warm, p50 / p95 | {corpus['search_p50_ms']:.1f} / {corpus['search_p95_ms']:.1f} ms |")
    print()
    where = "a `chroma run` server" if args.server else "embedded Chroma"
    print(f"| synthetic chunks ({where}) | load into Chroma | BM25 build | search p50 | search p95 | peak RSS (app) | Chroma server RSS |")
    print("|---|---|---|---|---|---|---|")
    for row in scales:
        print(f"| {row['chunks']:,} | {row['load_s']:.1f} s | {row['bm25_s']:.1f} s | {row['search_p50_ms']:.1f} ms "
              f"| {row['search_p95_ms']:.1f} ms | {row['rss_mb']:.0f} MB | {row['server_rss_mb']:.0f} MB |")
    if len(scales) >= 2:
        print()
        print(extrapolation(scales, 1_000_000))


if __name__ == "__main__":
    main()
