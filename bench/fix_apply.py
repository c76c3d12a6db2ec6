"""Benchmark: `--fix` on a 1 MB article with about 30,000 safe fixes (AP style swaps).

Prints the lint time, the time to choose and apply the fixes of one pass in-process, and
the whole `lint_paths(..., fix=True)` run (every pass, writes included).

    python bench/fix_apply.py [--runs N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import median_time

from editlint.api import lint_paths, lint_text
from editlint.engine.fixes import applicable_fixes, apply_fixes

SELECT = {"select": ["ap"]}
PARAGRAPH = (
    "Crews travelled towards the harbor whilst the e-mail said the ferry was okay. "
    "Alot of the boats were cancelled on the first day, and the storm moved on to the north coast. "
    "Volunteers stacked sandbags along the sea wall.\n\n"
)


def article(size: int = 1_000_000) -> str:
    return "# Storm Watch\n\n" + PARAGRAPH * (size // len(PARAGRAPH))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = article()
    start = time.perf_counter()
    diagnostics = lint_text(text, path="article.md", config=SELECT)
    lint_seconds = time.perf_counter() - start
    fixable = sum(1 for d in diagnostics if d.fixes)
    print(f"article: {len(text.encode()):,} bytes, {len(diagnostics):,} findings, {fixable:,} with a fix")
    print(f"lint: {lint_seconds:.2f} s")
    print(f"choose and apply one pass of fixes: {median_time(lambda: apply_fixes(text, applicable_fixes(diagnostics)), args.runs):.3f} s (median of {args.runs})")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        result = lint_paths([str(path)], overrides=SELECT, fix=True)
        print(f"whole --fix run: {time.perf_counter() - start:.2f} s, {result.fixed:,} fixed, {len(result.diagnostics):,} left")


if __name__ == "__main__":
    main()
