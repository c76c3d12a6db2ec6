"""Cold versus cached re-lint, whole process (`editlint PATH`): the shared corpus, and 1,000 articles.

The corpus (every folder) is linted where it lies; the 1,000 articles are copies of its articles
made in a temporary folder at run time. Runs use a config file of their own (`--select`, and a
LanguageTool timeout of 10 minutes, as a loaded machine may need). Each "cold" run starts from an empty result cache (so
it includes writing it), each "cached" run re-lints the unchanged files from it, and "1 changed"
re-lints after one article was edited. Prints the median wall and CPU time of each (cold: of
``--cold-runs`` runs, default 1, since a full cold run of 1,000 articles takes many minutes). Runs
use compiled modules, as an installed editlint does (``PYTHONDONTWRITEBYTECODE`` is unset).

    python bench/cache.py [CORPUS] [--select IDS] [--runs N] [--cold-runs N] [--copies N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_CORPUS

SUFFIXES = (".md", ".txt")


def articles(corpus: Path) -> list[Path]:
    """Every article of every corpus folder (not the corpus's own README and SOURCES)."""
    found = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.parent != corpus and p.is_file())
    if not found:
        raise SystemExit(f"no articles under {corpus}")
    return found


def copies(sources: list[Path], count: int, folder: Path) -> Path:
    """``count`` articles copied (round robin) from ``sources`` into ``folder``."""
    folder.mkdir(parents=True)
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copyfile(source, folder / f"{i:04d}-{source.name}")
    return folder


def editlint(workdir: Path, cache: Path, target: str, config: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one ``editlint`` process."""
    env = {**os.environ, "EDITLINT_RESULT_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are reused
    args = [sys.executable, "-m", "editlint", "--quiet", "--config", str(config), target]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(args, cwd=workdir, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 1):
        raise SystemExit(run.stderr)
    return elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def measure(name: str, workdir: Path, target: str, files: list[Path], options: argparse.Namespace, scratch: Path) -> None:
    cache, config = scratch / f"cache-{name}", scratch / "bench.toml"
    cold = []
    for _ in range(options.cold_runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(editlint(workdir, cache, target, config))
    cached = [editlint(workdir, cache, target, config) for _ in range(options.runs)]
    changed = []
    if files[0].is_relative_to(scratch):  # only edit our own copies, never the shared corpus
        for run in range(options.runs):
            files[0].write_text(files[0].read_text(encoding="utf-8") + f"\nOne more line, edit {run}.\n", encoding="utf-8")
            changed.append(editlint(workdir, cache, target, config))
    cells = [_median(cold, 1), _median(cached, 3), _median(changed, 3) if changed else "-"]
    print(f"{name:<16} {len(files):>6} " + " ".join(f"{cell:>15}" for cell in cells), flush=True)


def _median(times: list[tuple[float, float]], digits: int) -> str:
    """``wall (cpu)`` medians."""
    return f"{statistics.median(t[0] for t in times):.{digits}f} ({statistics.median(t[1] for t in times):.{digits}f})"


def main(options: argparse.Namespace) -> None:
    corpus = options.corpus.resolve()
    sources = articles(corpus)
    with tempfile.TemporaryDirectory(prefix="editlint-cache-bench-") as temp:
        scratch = Path(temp)
        select = f"select = {json.dumps(options.select.split(','))}\n" if options.select else ""
        (scratch / "bench.toml").write_text(select + "[languagetool]\ntimeout = 600\n", encoding="utf-8")  # a loaded machine may need it
        print(f"rules: {options.select or 'all'}; medians of {options.runs} cached runs and {options.cold_runs} cold; seconds: wall (CPU)")
        print(f"{'files':<16} {'count':>6} {'cold':>15} {'cached':>15} {'1 changed':>15}")
        measure("shared corpus", corpus.parent, corpus.name, sources, options, scratch)
        if options.copies:
            generated = copies(sources, options.copies, scratch / "articles")
            measure(f"{options.copies:,} copies", scratch, "articles", sorted(generated.iterdir()), options, scratch)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--select", help="rule ids or prefixes, comma-separated (default: all)")
    parser.add_argument("--runs", type=int, default=5, help="cached runs (default 5)")
    parser.add_argument("--cold-runs", type=int, default=1, help="cold runs (default 1)")
    parser.add_argument("--copies", type=int, default=1000, help="how many copies to lint (default 1,000; 0: none)")
    main(parser.parse_args())
