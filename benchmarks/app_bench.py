"""App benchmark: how long until the page is interactive after the server starts, and how long
until the first streamed text of an answer (extractive, warm), measured as a user meets them.

    .venv/bin/python benchmarks/app_bench.py [--corpus examples/corpus]

Starts `union-assistant serve` on a free port with a fresh data dir (the corpus is ingested
before the server listens, so the clock starts when the process says it is listening).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("union-assistant")
QUESTIONS = ["青禾县总工会春节慰问了多少户困难职工？", "哪些单位举办了职工运动会？", "金秋助学发放了多少助学金？",
             "女职工体检", "技能比武有多少名职工参赛？", "劳动竞赛 合理化建议"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryDirectory(prefix="ua-app-bench-") as tmp:
        log = Path(tmp) / "server.log"
        process = subprocess.Popen([str(SCRIPT), "--data-dir", f"{tmp}/data", "serve", "--port", str(port),
                                    "--corpus", str(args.corpus)], stdout=log.open("wb"), stderr=subprocess.STDOUT,
                                   env={**os.environ, "NO_PROXY": "127.0.0.1"})
        try:
            while "Running on" not in log.read_text(errors="ignore"):
                time.sleep(0.05)
            listening = time.monotonic()
            while True:
                try:
                    urllib.request.urlopen(url, timeout=1)
                    break
                except OSError:
                    time.sleep(0.05)
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
                page = browser.new_page()
                page.goto(url)
                page.locator("#ua-question textarea").wait_for()
                interactive = time.monotonic() - listening
                browser.close()
            from gradio_client import Client

            client = Client(url, verbose=False)
            client.predict("热身", [], "", "", api_name="/ask")
            first = []
            for question in QUESTIONS * 3:
                started = time.perf_counter()
                job = client.submit(question, [], "", "", api_name="/ask")
                while len(job.outputs()) < 2 and not job.done():  # the 1st update is the "…" placeholder
                    time.sleep(0.005)
                first.append((time.perf_counter() - started) * 1000)
                job.result()
        finally:
            process.terminate()
            process.wait(timeout=20)
    ordered = sorted(first)
    print("| app | value |")
    print("|---|---|")
    print(f"| page interactive after the server listens | {interactive:.1f} s |")
    print(f"| first streamed text, p50 / p95 ({len(first)} questions, via gradio_client) | "
          f"{statistics.median(ordered):.0f} / {ordered[int(0.95 * (len(ordered) - 1))]:.0f} ms |")


if __name__ == "__main__":
    main()
