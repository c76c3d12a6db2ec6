"""Time whole `editlint check --select house` runs of several source trees over the same folders.

Usage: python bench/house_run.py [--runs 5] [--src DIR ...] [FOLDER...]

Each ``--src`` is the ``src`` folder of an editlint checkout with its ``rules`` folder beside it (for
instance ``git archive <commit> src rules`` unpacked somewhere); without one, this checkout's. The
folders default to the shared corpus. The runs are interleaved (tree 1, tree 2, ..., then again) so
that a busy machine slows every tree alike; each tree's median wall time and median CPU time (user +
system of the run) are printed, the CPU time being the steadier on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_CORPUS

OWN_SRC = Path(__file__).resolve().parents[1] / "src"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(src: Path, folders: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    # A result cache that starts empty each run (older trees have no cache and no --no-cache flag).
    env = {**os.environ, "PYTHONPATH": str(src), "EDITLINT_RESULT_CACHE_DIR": tempfile.mkdtemp(prefix="house-run-")}
    command = [sys.executable, "-m", "editlint", "check", "--select", "house", *folders]
    start, start_cpu = time.perf_counter(), cpu_seconds()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - start_cpu
    if done.returncode not in (0, 1):
        raise SystemExit(f"{src}: editlint exited {done.returncode}: {done.stderr.strip()}")
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", type=Path, action="append", help="an editlint src folder (repeatable)")
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args()
    args.folders = args.folders or [str(DEFAULT_CORPUS)]
    trees = args.src or [OWN_SRC]
    times: dict[Path, list[tuple[float, float]]] = {src: [] for src in trees}
    for _ in range(args.runs):
        for src in trees:
            times[src].append(timed_run(src, args.folders))
    print(f"`editlint check --select house` over {' '.join(args.folders)}, median of {args.runs} interleaved runs")
    for src, runs in times.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        spread = ", ".join(f"{w:.2f}" for w, _ in sorted(runs))
        print(f"  {str(src):50} wall {wall:6.2f} s  cpu {cpu:6.2f} s  (wall: {spread})")


if __name__ == "__main__":
    main()
