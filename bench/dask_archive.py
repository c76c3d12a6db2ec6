"""Benchmark: lint the corpus on a Dask LocalCluster of 1 and of 2 worker processes.

Lints every article of the corpus (all folders, expanded as the CLI does) once in this process
with one Linter, then with ``editlint.distributed.lint_archive`` on a LocalCluster of N worker
processes (one thread each) for each N, and checks that each run's findings are identical to
the sequential run's. LanguageTool is one server shared through ``languagetool.url``, or with
``--languagetool per-worker`` one per worker, started by the worker's Linter. Prints a table:
wall time, articles per second, findings, and each worker's articles and peak memory (its own peak RSS;
with a LanguageTool server per worker, that server's RSS at the end of the run besides; for
the sequential run, this process's peak RSS).

    python bench/dask_archive.py [CORPUS] [--select IDS] [--workers 1 2] [--languagetool shared|per-worker]
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections import Counter
from pathlib import Path

from common import DEFAULT_CORPUS
from distributed import Client, LocalCluster, get_task_stream

from editlint.distributed import lint_archive
from editlint.linter import Linter
from editlint.packs.languagetool.provision import install
from editlint.packs.languagetool.server import LanguageToolServer


def peak_rss() -> float:
    """This process's peak resident memory in MiB (``VmHWM``: unlike ``ru_maxrss``, not inherited across fork and exec)."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def worker_memory() -> tuple[float, float]:
    """Runs in a worker: its peak RSS and its child processes' (a LanguageTool server's) current RSS, in MiB."""
    import psutil

    children = sum(child.memory_info().rss for child in psutil.Process().children(recursive=True))
    return peak_rss(), children / 2**20


def needs_languagetool(select: list[str]) -> bool:
    return any(entry == "ALL" or entry.startswith("languagetool") for entry in select)


def findings(results) -> dict[str, list[dict]]:
    return {r.path: [d.to_dict() for d in r.diagnostics] for r in results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--select", default="ALL", help="rule ids or prefixes, comma-separated (default: ALL)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--languagetool", choices=("shared", "per-worker"), default="shared")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"{args.corpus}: no such folder")
    install()
    with contextlib.ExitStack() as stack:
        overrides = {"select": args.select.split(",")}
        if args.languagetool == "shared" and needs_languagetool(overrides["select"]):
            overrides["languagetool"] = {"url": stack.enter_context(LanguageToolServer()).url}
        with Linter(overrides=overrides) as linter:
            start = time.perf_counter()
            expected = findings(linter.lint_paths([str(args.corpus)]))
            rows = [("sequential", len(expected), time.perf_counter() - start, expected, [(peak_rss(), 0, len(expected))], "")]
        for workers in args.workers:
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
                with get_task_stream(client) as tasks:
                    start = time.perf_counter()
                    results = list(lint_archive([str(args.corpus)], client, overrides=overrides))
                    wall = time.perf_counter() - start
                done = Counter(task["worker"] for task in tasks.data)
                memory = [(*usage, done[worker]) for worker, usage in client.run(worker_memory).items()]
            errors = sum(r.error is not None for r in results)
            same = "yes" if findings(results) == expected else "NO"
            rows.append((f"dask {workers} worker{'s' * (workers > 1)}", len(results), wall, findings(results), memory, same + (f" ({errors} errors)" if errors else "")))
    print(f"{args.corpus}: select {args.select}, LanguageTool {args.languagetool}")
    print(f"{'run':<16} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'findings':>8}  {'per worker: articles, peak RSS (+ LanguageTool)':<48}  same as sequential")
    for name, articles, wall, found, memory, same in rows:
        peaks = "; ".join(f"{done} articles, {own:.0f}" + (f" (+{lt:.0f})" if lt else "") + " MiB" for own, lt, done in memory)
        count = sum(map(len, found.values()))
        print(f"{name:<16} {articles:>8} {wall:>8.1f} {articles / wall:>10.2f} {count:>8}  {peaks:<48}  {same or '-'}")


if __name__ == "__main__":
    main()
