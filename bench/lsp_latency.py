"""Benchmark: time from a `didChange` to its published diagnostics, `editlint lsp` warm.

Starts the real server over stdio, opens the 1,000-word article in two folders (one whose
config runs every rule but LanguageTool, one that runs every rule against a warm LanguageTool
server), then edits each article N times, waiting for each edit's diagnostics. Prints the
median and the worst time per edit, and beside it the median of the same lints in this
process (`Linter.lint_text`, warm): what the server adds is the rest. (An edit made while no lint
runs is linted at once: there is no debounce to subtract.)

    python bench/lsp_latency.py [--corpus DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_CORPUS, corpus_articles, thousand_word_article, timed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from lsp_client import LspClient  # noqa: E402  (the tests' client: raw JSON-RPC over the server's stdio)
from pygls.uris import from_fs_path  # noqa: E402

from editlint.linter import Linter  # noqa: E402
from editlint.packs.languagetool.provision import install  # noqa: E402
from editlint.packs.languagetool.server import LanguageToolServer  # noqa: E402


def edited(text: str, version: int) -> str:
    return f"{text}\nThe council met again, for the {version}th time.\n"


def edit_latencies(client: LspClient, uri: str, text: str, runs: int) -> list[float]:
    """Open ``text`` (the warm-up), then time ``runs`` edits from didChange to their diagnostics."""
    client.open(uri, text)
    client.diagnostics(uri, 1, timeout=300)
    times = []
    for version in range(2, runs + 2):
        sent = time.perf_counter()
        client.change(uri, version, edited(text, version))
        client.diagnostics(uri, version)
        times.append(time.perf_counter() - sent)
    return times


def in_process(path: Path, text: str, runs: int) -> list[float]:
    """The same lints with a warm Linter in this process."""
    versions = iter(range(2, runs + 2))
    with Linter() as linter:
        linter.lint_text(text, str(path))
        return timed(lambda: linter.lint_text(edited(text, next(versions)), str(path)), runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    article = thousand_word_article(corpus_articles(args.corpus))
    install()
    with tempfile.TemporaryDirectory() as work, LanguageToolServer() as languagetool:
        configs = {
            "all rules but LanguageTool": 'select = ["ALL"]\nignore = ["languagetool"]\n',
            "all rules, LanguageTool warm": f'select = ["ALL"]\n[languagetool]\nurl = "{languagetool.url}"\n',
        }
        with LspClient(cwd=Path(work)) as client:
            client.initialize()
            print(f"didChange -> publishDiagnostics, 1,000-word article, {args.runs} edits; load average {os.getloadavg()[0]:.1f}")
            for number, (name, config) in enumerate(configs.items()):
                folder = Path(work) / f"desk{number}"
                folder.mkdir()
                (folder / ".editlint.toml").write_text(config, encoding="utf-8")
                times = edit_latencies(client, from_fs_path(str(folder / "article.md")), article, args.runs)
                alone = statistics.median(in_process(folder / "article.md", article, args.runs))
                median = statistics.median(times)
                print(
                    f"  {name:30} median {median:.3f} s, max {max(times):.3f} s; "
                    f"Linter.lint_text in process {alone:.3f} s"
                )
            client.close()


if __name__ == "__main__":
    main()
