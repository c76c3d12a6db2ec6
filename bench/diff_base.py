"""--diff-base and --baseline on a scratch git repository of the shared corpus, against a full run.

The corpus (every folder) is committed as `main`; a branch then edits three articles: a new
dangling clause, a new sentence fragment, and a new paragraph that moves old findings down.
Prints the wall time and the findings reported by a full run, a `--diff-base main` run and a
`--baseline` run (whose baseline is written on `main`). One run each, with all rules (or the
`--select`ed ones); LanguageTool gets 10 minutes per answer, as a loaded machine may need.

    python bench/diff_base.py [CORPUS] [--select IDS]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import DEFAULT_CORPUS

EDITS = (
    "\n\nThe office closed early on Friday, with the manager has promised a full report.\n",
    "\n\nThough the agency has said that the report, if it were delayed, would be published within a month.\n",
)
NEW_PARAGRAPH = "The meeting ran for two hours on Thursday.\n\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def editlint(repo: Path, *args: str) -> tuple[float, list[dict]]:
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "editlint", "--no-cache", "--format", "json", *args], cwd=repo, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode not in (0, 1):
        raise SystemExit(run.stderr)
    return elapsed, json.loads(run.stdout or "[]")


def main(corpus: Path, select: str | None) -> None:
    with tempfile.TemporaryDirectory(prefix="editlint-diff-bench-") as scratch:
        repo = Path(scratch) / "newsroom"
        shutil.copytree(corpus, repo / "corpus", ignore=shutil.ignore_patterns("*.json", "*.tsv"))
        (repo / ".editlint.toml").write_text(("select = " + json.dumps(select.split(",")) + "\n" if select else "") + "[languagetool]\ntimeout = 600\n")
        git(repo, "init", "-q", "-b", "main")
        git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "--allow-empty", "-m", "empty")
        git(repo, "add", "-A")
        git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "corpus")
        articles = sorted(p for p in (repo / "corpus" / "news").glob("*.md") if p.name not in ("README.md", "SOURCES.md"))
        total = sum(1 for p in (repo / "corpus").rglob("*.md") if p.parent != repo / "corpus")
        baseline_time, recorded = editlint(repo, "--write-baseline", "baseline.json", "corpus")
        git(repo, "checkout", "-q", "-b", "edits")
        for article, addition in zip(articles, EDITS):
            article.write_text(article.read_text(encoding="utf-8").rstrip("\n") + addition, encoding="utf-8")
        third = articles[2]
        head, _, body = third.read_text(encoding="utf-8").partition("\n\n")
        third.write_text(f"{head}\n\n{NEW_PARAGRAPH}{body}", encoding="utf-8")
        git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-am", "edits")
        print(f"corpus: {total} articles; edited: {', '.join(p.name for p in articles[:3])}")
        print(f"{'run':<28} {'wall s':>7} {'findings':>9}")
        print(f"{'--write-baseline (main)':<28} {baseline_time:>7.1f} {'':>9}")
        for name, args in (("full run", ()), ("--diff-base main", ("--diff-base", "main")), ("--baseline baseline.json", ("--baseline", "baseline.json"))):
            elapsed, found = editlint(repo, *args, "corpus")
            print(f"{name:<28} {elapsed:>7.1f} {len(found):>9}", flush=True)
            if len(found) < 10:
                for rule, count in Counter((d["path"].split("/")[-1], d["line"], d["rule"]) for d in found).items():
                    print(f"    {rule}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--select", help="rule ids or prefixes, comma-separated (default: all)")
    options = parser.parse_args()
    main(options.corpus, options.select)
