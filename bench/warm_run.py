"""Benchmark: whole `editlint` runs on a 1,000-word article with the warm engine, against LanguageTool itself.

Starts `editlint server start` (LanguageTool server and warm worker) in a private cache folder
(reusing the installed LanguageTool), checks the prose until the server's JIT compiler has
settled (``common.JIT_WARM_UP_CHECKS``), then times, interleaved, N runs of each:

- `raw`: one `POST /v2/check` of the article's prose to the same LanguageTool server (urllib);
- `full`: `editlint ARTICLE`, the default run (all rule families), served by the worker;
- `languagetool`: `editlint --select languagetool ARTICLE`, served by the worker;
- `house`: `editlint --select house ARTICLE`, served by the worker;
- `in-process`: the default run without a worker (same LanguageTool server).

Each editlint time is the whole process, as a shell sees it. Prints the medians and their
ratios to `raw`, and whether the served and in-process runs printed the same bytes.

    python bench/warm_run.py [--article PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import private_environment, raw_check, warm_languagetool

from editlint.document import parse
from editlint.document.joined import JoinedProse
from editlint.packs.languagetool.rule import CHECKED_KINDS
from editlint.packs.languagetool.server import daemon_status

ARTICLE = Path(__file__).resolve().parent / "data" / "harbour-bridge.md"
WARM_UP_RUNS = 3


def editlint_command() -> list[str]:
    script = Path(sys.executable).parent / "editlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "editlint"]


def run(args: list[str], env: dict, cwd: Path, cached: bool = False) -> tuple[float, subprocess.CompletedProcess]:
    """One whole ``editlint`` run; it lints the article (``--no-cache``) unless ``cached``."""
    start = time.perf_counter()
    proc = subprocess.run([*editlint_command(), *([] if cached else ["--no-cache"]), *args], env=env, cwd=cwd, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"editlint {' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode().strip()}")
    return elapsed, proc


def timed_raw_check(url: str, prose: str) -> float:
    start = time.perf_counter()
    raw_check(url, prose)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ARTICLE)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    prose = JoinedProse.of(parse(text, args.article.name).prose_blocks(CHECKED_KINDS)).text
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        env = private_environment(work)
        cache = Path(env["EDITLINT_CACHE_DIR"])
        (work / args.article.name).write_text(text, encoding="utf-8")
        start = time.perf_counter()
        started = subprocess.run([*editlint_command(), "server", "start"], env=env, capture_output=True, text=True)
        if started.returncode:
            raise SystemExit(f"editlint server start failed: {started.stderr.strip()}")
        print(f"editlint server start: {time.perf_counter() - start:.1f} s")
        try:
            url = daemon_status(cache).url
            warm_languagetool(url, prose)  # a server kept warm has compiled its code: measure after that
            # In-process runs: no worker in their cache, the same LanguageTool server through the user config.
            (work / "cold-config" / "editlint").mkdir(parents=True)
            (work / "cold-config" / "editlint" / "config.toml").write_text(f'[languagetool]\nurl = "{url}"\n')
            cold = {**env, "EDITLINT_CACHE_DIR": str(work / "cold-cache"), "XDG_CONFIG_HOME": str(work / "cold-config")}
            variants = {
                "raw": lambda: timed_raw_check(url, prose),
                "full": lambda: run([args.article.name], env, work)[0],
                "languagetool": lambda: run(["--select", "languagetool", args.article.name], env, work)[0],
                "house": lambda: run(["--select", "house", args.article.name], env, work)[0],
                "in-process": lambda: run([args.article.name], cold, work)[0],
                "full, cached": lambda: run([args.article.name], env, work, cached=True)[0],
            }
            for _ in range(WARM_UP_RUNS):
                for measure in variants.values():
                    measure()
            times: dict[str, list[float]] = {name: [] for name in variants}
            for _ in range(args.runs):
                for name, measure in variants.items():
                    times[name].append(measure())
            served, in_process = run([args.article.name], env, work)[1], run([args.article.name], cold, work)[1]
        finally:
            subprocess.run([*editlint_command(), "server", "stop"], env=env, capture_output=True)
    raw = statistics.median(times["raw"])
    print(f"{args.article.name}: {len(text.split())} words; {args.runs} runs of each, interleaved; load average {os.getloadavg()[0]:.1f}")
    print(f"{'run':<14}{'median s':>10}{'min s':>8}{'x raw':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<14}{median:>10.3f}{min(values):>8.3f}{median / raw:>8.2f}")
    same = (served.returncode, served.stdout, served.stderr) == (in_process.returncode, in_process.stdout, in_process.stderr)
    print(f"served and in-process default runs print the same bytes and exit status: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
