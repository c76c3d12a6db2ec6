"""Benchmark: editlint with the structural house rules only.

Prints corpus throughput (words per second), per-article latency (median) in-process, and
the whole-process wall time of `editlint` on a 1,000-word article (median of runs), plus
whether spaCy or LanguageTool code was imported.

    python bench/structural.py [--corpus DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import DEFAULT_CORPUS, corpus_articles, thousand_word_article, timed, word_count

from editlint.api import lint_paths

RULES = ["house/duplicate-headline", "house/missing-image-credit"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = corpus_articles(args.corpus)
    overrides = {"select": RULES}
    words = word_count(articles)

    lint_paths([str(articles[0])], overrides=overrides)  # warm imports
    corpus_times = timed(lambda: lint_paths([str(p) for p in articles], overrides=overrides), args.runs)
    latencies = [timed(lambda: lint_paths([str(a)], overrides=overrides), 1)[0] for a in articles]

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "article.md"
        sample.write_text(thousand_word_article(articles), encoding="utf-8")
        command = [sys.executable, "-m", "editlint", "--no-cache", "--select", ",".join(RULES), str(sample)]
        walls = timed(lambda: subprocess.run(command, capture_output=True, check=False), args.runs)
        probe = (
            "import sys; from editlint.cli import main; sys.argv=['editlint','--select',%r,%r];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy','language_tool_python','proselint','thinc'}))"
        ) % (",".join(RULES), str(sample))
        heavy = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip().splitlines()[-1]

    median = statistics.median(corpus_times)
    print(f"articles: {len(articles)}, words: {words}")
    print(f"corpus (in-process, structural rules): median {median:.3f} s, {words / median:,.0f} words/s")
    print(f"per-article latency (in-process): median {statistics.median(latencies) * 1000:.1f} ms")
    print(f"1,000-word article, whole process: median {statistics.median(walls):.3f} s over {args.runs} runs")
    print(f"heavy modules imported by that run: {heavy}")


if __name__ == "__main__":
    main()
