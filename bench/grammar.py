"""Benchmark: the grammar layer (LanguageTool) against raw LanguageTool, in one run.

(a) cold `editlint` on a 1,000-word article, including the server start;
(b) warm, with `editlint server start` done;
(c) corpus throughput in words per second, warm;
(d) LanguageTool's own `/v2/check` time for the same prose sent directly.
Prints medians and the ratio of (b) to (d).

    python bench/grammar.py [--corpus DIR] [--runs N] [--cold-runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

from common import DEFAULT_CORPUS, corpus_articles, thousand_word_article, timed, word_count

from editlint.api import lint_paths
from editlint.document import parse
from editlint.document.joined import JoinedProse
from editlint.packs.languagetool.rule import CHECKED_KINDS
from editlint.packs.languagetool.server import daemon_status, start_daemon, stop_daemon

SELECT = ["languagetool"]


def raw_check(url: str, text: str) -> None:
    data = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()
    with urllib.request.urlopen(f"{url}/v2/check", data=data, timeout=120) as reply:
        json.load(reply)


def run_cli(article: Path) -> None:
    subprocess.run([sys.executable, "-m", "editlint", "--no-cache", "--select", "languagetool", str(article)], capture_output=True, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    articles = corpus_articles(args.corpus)
    was_running = daemon_status() is not None
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.md"
        article.write_text(thousand_word_article(articles), encoding="utf-8")
        prose = JoinedProse.of(parse(article.read_text(encoding="utf-8"), str(article)).prose_blocks(CHECKED_KINDS)).text

        if was_running:
            stop_daemon()
        cold = timed(lambda: run_cli(article), args.cold_runs)

        record = start_daemon()
        for _ in range(3):  # let the JVM warm up on this text before measuring either side
            raw_check(record.url, prose)
            run_cli(article)
        raw, warm, in_process = [], [], []
        for _ in range(args.runs):  # interleaved, so all sides see the same machine load
            raw += timed(lambda: raw_check(record.url, prose), 1)
            warm += timed(lambda: run_cli(article), 1)
            in_process += timed(lambda: lint_paths([str(article)], overrides={"select": SELECT}), 1)
        words = word_count(articles)
        proses = [JoinedProse.of(parse(p.read_text(encoding="utf-8"), str(p)).prose_blocks(CHECKED_KINDS)).text for p in articles]
        corpus, raw_corpus = [], []
        for _ in range(3):
            corpus += timed(lambda: lint_paths([str(p) for p in articles], overrides={"select": SELECT}), 1)
            raw_corpus += timed(lambda: [raw_check(record.url, text) for text in proses if text.strip()], 1)
        if not was_running:
            stop_daemon()

    median = statistics.median
    print(f"article: {len(prose.split())} words of prose; corpus: {len(articles)} articles, {words} words")
    print(f"(a) cold editlint (server start included): median {median(cold):.2f} s over {len(cold)} runs")
    print(f"(b) warm editlint (whole process):         median {median(warm):.3f} s over {len(warm)} runs")
    print(f"    warm lint_paths (in-process):          median {median(in_process):.3f} s")
    print(f"(c) corpus throughput, warm:               {words / median(corpus):,.0f} words/s (median {median(corpus):.2f} s)")
    print(f"(d) raw LanguageTool /v2/check:            median {median(raw):.3f} s")
    print(f"    raw LanguageTool over the corpus:      {words / median(raw_corpus):,.0f} words/s (one request per article, in turn)")
    print(f"overhead: whole process {median(warm) / median(raw):.2f}x raw, in-process {median(in_process) / median(raw):.2f}x raw")


if __name__ == "__main__":
    main()
