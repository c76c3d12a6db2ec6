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
import time
from pathlib import Path

from editlint.api import lint_paths

RULES = ["house/duplicate-headline", "house/missing-image-credit"]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_articles(corpus: Path) -> list[Path]:
    articles = sorted(p for p in corpus.rglob("*.md") if p.name not in ("README.md", "SOURCES.md"))
    if not articles:
        raise SystemExit(f"no articles under {corpus}")
    return articles


def thousand_word_article(articles: list[Path]) -> str:
    words = " ".join(p.read_text(encoding="utf-8") for p in articles).split()
    body = [" ".join(words[i : i + 100]) for i in range(0, 1000, 100)]
    return "# Benchmark Article\n\n" + "\n\n".join(body) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = corpus_articles(args.corpus)
    overrides = {"select": RULES}
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in articles)

    lint_paths([str(articles[0])], overrides=overrides)  # warm imports
    corpus_times, latencies = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        lint_paths([str(p) for p in articles], overrides=overrides, jobs=1)
        corpus_times.append(time.perf_counter() - start)
    for article in articles:
        start = time.perf_counter()
        lint_paths([str(article)], overrides=overrides, jobs=1)
        latencies.append(time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "article.md"
        sample.write_text(thousand_word_article(articles), encoding="utf-8")
        command = [sys.executable, "-m", "editlint", "--select", ",".join(RULES), str(sample)]
        walls = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            walls.append(time.perf_counter() - start)
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
