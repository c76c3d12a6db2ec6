"""Benchmark: corpus throughput with `--jobs 2` against `--jobs 1`, and against raw LanguageTool.

Lints the shared corpus's labelled articles (clean, errors, news) with the command line, each
run a whole process against one warm LanguageTool server (a daemon in a private cache folder),
for the full default run and for `--select house`, with `--jobs 1` and `--jobs 2` taking turns
so that both meet the same machine load. Beside them, raw LanguageTool: the same prose
editlint sends (each article's joined prose) posted to `/v2/check`, two requests at once, and
one at a time. Then the worker start methods: time for `--jobs 2 --select house` on the first
few articles with a fork server (editlint's choice), a fork server that imports spaCy too (its
BLAS thread is then forked over), spawn, and fork after the parent has loaded spaCy (fast, but
it forks a process that has threads). Last, runs of 2 to 4 files in one process and in 2
workers, for the number of files that repays starting them. Prints medians, the CPU seconds that
editlint's processes and the LanguageTool server spent in each run (how busy both cores were),
and the load average.

    python bench/jobs.py [--corpus DIR] [--runs N] [--step N] [--start-runs N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from common import DEFAULT_CORPUS, corpus_articles, word_count

from editlint.document import parse
from editlint.document.joined import JoinedProse
from editlint.packs.languagetool.provision import install, install_dir
from editlint.packs.languagetool.rule import CHECKED_KINDS
from editlint.packs.languagetool.server import start_daemon, stop_daemon

# Runs the command line with another worker start method and FILES_PER_WORKER; "fork" first loads spaCy in the parent.
TUNED_RUN = """
import sys
import editlint.parallel
method, editlint.parallel.FILES_PER_WORKER = sys.argv[1], int(sys.argv[2])
editlint.parallel.START_METHOD = method.split("+")[0].removesuffix("-after-imports")
if method == "forkserver+spacy":
    editlint.parallel.PRELOADED.append("spacy")
if method == "fork-after-imports":
    from editlint.nlp.pipeline import load_pipeline
    load_pipeline()
from editlint.cli import main
sys.argv = ["editlint", *sys.argv[3:]]
main()
"""
START_METHODS = ("forkserver", "forkserver+spacy", "spawn", "fork-after-imports")
FEW = (2, 3, 4)  # file counts for finding how many files repay starting workers


def load() -> str:
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def cli_seconds(args: list[str], env: dict, expect: set[int] = frozenset({0, 1})) -> float:
    return cli_run(args, env, expect=expect)[0]


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def cli_run(args: list[str], env: dict, server_pid: int | None = None, expect: set[int] = frozenset({0, 1})) -> tuple[float, float, float]:
    """Wall seconds of one command-line run, CPU seconds of its processes (sampled every 20 ms: the
    command and its workers), and CPU seconds the LanguageTool server (``server_pid``) spent meanwhile."""
    server = psutil.Process(server_pid) if server_pid else None
    server_before = cpu_seconds(server) if server else 0.0
    start = time.perf_counter()
    run = subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    spent: dict[int, float] = {}
    root = psutil.Process(run.pid)
    while run.poll() is None:
        with contextlib.suppress(psutil.Error):
            for process in (root, *root.children(recursive=True)):
                with contextlib.suppress(psutil.Error):
                    spent[process.pid] = cpu_seconds(process)
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    stderr = run.stderr.read()
    if run.returncode not in expect:
        raise SystemExit(f"{' '.join(args)} exited {run.returncode}: {stderr.strip()}")
    return seconds, sum(spent.values()), (cpu_seconds(server) - server_before if server else 0.0)


def prose_of(article: Path) -> str:
    doc = parse(article.read_text(encoding="utf-8"), str(article))
    return JoinedProse.of(doc.prose_blocks(CHECKED_KINDS)).text


def raw_check(url: str, text: str) -> None:
    data = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()
    with urllib.request.urlopen(f"{url}/v2/check", data=data, timeout=300) as reply:
        reply.read()


def raw_seconds(url: str, texts: list[str], at_once: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(at_once) as pool:
        list(pool.map(lambda text: raw_check(url, text), texts))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3, help="runs of each configuration (medians are shown)")
    parser.add_argument("--step", type=int, default=1, help="lint every Nth article only (a subset across all folders)")
    parser.add_argument("--start-runs", type=int, default=5, help="runs of each start method")
    args = parser.parse_args()
    articles = corpus_articles(args.corpus)[:: args.step]
    words = word_count(articles)
    paths = [str(p) for p in articles]
    texts = [prose_of(p) for p in articles]
    install()
    loads = [load()]
    with tempfile.TemporaryDirectory() as work:
        cache = Path(work) / "cache"
        cache.mkdir()
        (cache / install_dir().name).symlink_to(install_dir(), target_is_directory=True)
        env = {**os.environ, "EDITLINT_CACHE_DIR": str(cache), "NO_COLOR": "1"}
        record = start_daemon(cache)
        url = record.url
        try:
            raw_seconds(url, texts, 2)  # warm: the server's JIT compiles while it checks the corpus once, not during a timed run
            cases = {
                "full default run": [],
                "--select house": ["--select", "house"],
            }
            times: dict[tuple[str, str], list[float]] = {}
            cpu: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
            for _ in range(args.runs):
                for name, options in cases.items():
                    for jobs in ("1", "2"):
                        measured = cli_run(["-m", "editlint", "-q", "--no-cache", "--jobs", jobs, *options, *paths], env, record.pid)
                        times.setdefault((name, jobs), []).append(measured[0])
                        cpu.setdefault((name, jobs), []).append(measured)
                for at_once in (1, 2):
                    times["raw LanguageTool", str(at_once)] = times.get(("raw LanguageTool", str(at_once)), []) + [raw_seconds(url, texts, at_once)]
                loads.append(load())
            few = paths[:6]
            start_times = {method: [] for method in START_METHODS}
            few_times = {(count, jobs): [] for count in FEW for jobs in ("1", "2")}
            for _ in range(args.start_runs):
                for method in START_METHODS:
                    run = ["-c", TUNED_RUN, method, "1", "-q", "--no-cache", "--jobs", "2", "--select", "house", *few]
                    start_times[method].append(cli_seconds(run, env))
                for count, jobs in few_times:
                    run = ["-c", TUNED_RUN, "forkserver", "1", "-q", "--no-cache", "--jobs", jobs, "--select", "house", *paths[:count]]
                    few_times[count, jobs].append(cli_seconds(run, env))
            loads.append(load())
        finally:
            stop_daemon(cache)
    print(f"{len(articles)} articles, {words:,} words ({args.corpus}); medians of {args.runs} runs, taking turns")
    print(f"load average (1 / 5 / 15 min) before, after each round: {'; '.join(loads)}; cores available: {len(os.sched_getaffinity(0))}")
    print()
    print(f"| {'run':<20} | {'--jobs 1 (s)':>12} | {'--jobs 2 (s)':>12} | {'articles/s 1':>12} | {'articles/s 2':>12} | {'speed-up':>8} |")
    print(f"|{'-' * 22}|{'-' * 14}|{'-' * 14}|{'-' * 14}|{'-' * 14}|{'-' * 10}|")
    for name in (*cases, "raw LanguageTool"):
        one, two = statistics.median(times[name, "1"]), statistics.median(times[name, "2"])
        print(f"| {name:<20} | {one:>12.2f} | {two:>12.2f} | {len(articles) / one:>12.2f} | {len(articles) / two:>12.2f} | {one / two:>7.2f}x |")
    print("(raw LanguageTool: 1 and 2 requests at once instead of --jobs 1 and 2)")
    cores = len(os.sched_getaffinity(0))
    print(f"CPU seconds (medians): editlint's processes, the LanguageTool server; busy: both over wall time x {cores} cores")
    for (name, jobs), runs in cpu.items():
        wall, own, server = (statistics.median(values) for values in zip(*runs))
        print(f"  {name:<20} --jobs {jobs}: wall {wall:6.2f} s, editlint {own:6.2f} s, LanguageTool {server:6.2f} s, busy {(own + server) / (wall * cores):4.0%}")
    raw_two = statistics.median(times["raw LanguageTool", "2"])
    full_two = statistics.median(times["full default run", "2"])
    print(f"full default run --jobs 2 against raw LanguageTool 2 at once: {full_two / raw_two:.2f}x the time")
    print()
    print(f"worker start methods, `--jobs 2 --select house` on {len(few)} articles, whole process, medians of {args.start_runs}:")
    for method, seconds in start_times.items():
        print(f"  {method:<20} {statistics.median(seconds):6.2f} s   (runs: {', '.join(f'{s:.2f}' for s in seconds)})")
    print(f"few files, `--select house`, whole process, medians of {args.start_runs}: in this process (--jobs 1) and 2 workers")
    for count in FEW:
        one, two = statistics.median(few_times[count, "1"]), statistics.median(few_times[count, "2"])
        print(f"  {count} files: {one:6.2f} s and {two:6.2f} s ({one / two:.2f}x)")


if __name__ == "__main__":
    main()
