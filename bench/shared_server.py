"""Benchmark: several `editlint` runs at once against one warm LanguageTool server.

Starts a warm server in a private cache folder (reusing the installed LanguageTool), lints the
folder once on its own, then N times at once, and checks that every concurrent run ends like
the sequential one (same exit status, same JSON report). Prints wall times.

    python bench/shared_server.py [--folder DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_CORPUS

from editlint.packs.languagetool.provision import install, install_dir
from editlint.packs.languagetool.server import start_daemon, stop_daemon


def launch(folder: Path, env: dict, report: Path) -> subprocess.Popen:
    args = [sys.executable, "-m", "editlint", "--no-cache", "--format", "json", "-o", str(report), str(folder)]
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_CORPUS / "news")
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    if not args.folder.is_dir():
        raise SystemExit(f"{args.folder}: no such folder")
    install()
    with tempfile.TemporaryDirectory() as work:
        cache = Path(work) / "cache"
        cache.mkdir()
        (cache / install_dir().name).symlink_to(install_dir(), target_is_directory=True)
        env = {**os.environ, "EDITLINT_CACHE_DIR": str(cache)}
        start_daemon(cache)
        try:
            start = time.perf_counter()
            alone = launch(args.folder, env, Path(work) / "alone.json")
            alone_errors = alone.communicate()[1]
            sequential = time.perf_counter() - start
            start = time.perf_counter()
            runs = [launch(args.folder, env, Path(work) / f"run-{i}.json") for i in range(args.runs)]
            ended = [(run.communicate()[1], run.returncode) for run in runs]
            wall = time.perf_counter() - start
        finally:
            stop_daemon(cache)
        expected = (Path(work) / "alone.json").read_text()
        same = [code == alone.returncode and (Path(work) / f"run-{i}.json").read_text() == expected for i, (_, code) in enumerate(ended)]
    print(f"{args.folder}: one run alone {sequential:.1f} s (exit {alone.returncode}){'; errors: ' + alone_errors.strip() if alone_errors.strip() else ''}")
    print(f"{args.runs} runs at once: wall {wall:.1f} s")
    print(f"same report and exit status as the run alone: {sum(same)} of {args.runs}")
    for errors, code in ended:
        if errors.strip():
            print(f"  exit {code}: {errors.strip().splitlines()[0]}")


if __name__ == "__main__":
    main()
