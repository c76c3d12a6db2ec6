"""What the benchmarks share: the corpus, the 1,000-word sample article and timing."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Callable



def _find_corpus() -> Path:
    """``$EDITLINT_CORPUS``, else the first ``shared/corpus`` beside the repository or one of its parents
    (a clone, or a git worktree kept in a subfolder)."""
    if os.environ.get("EDITLINT_CORPUS"):
        return Path(os.environ["EDITLINT_CORPUS"])
    for parent in Path(__file__).resolve().parents[1:]:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return Path(__file__).resolve().parents[2] / "shared" / "corpus"


DEFAULT_CORPUS = _find_corpus()
FOLDERS = ("clean", "errors", "news")


def corpus_articles(corpus: Path) -> list[Path]:
    """The labelled articles (Markdown and plain text) of the corpus, folder by folder."""
    articles = [
        p for folder in FOLDERS for p in sorted((corpus / folder).glob("*.*"))
        if p.suffix in (".md", ".txt") and p.with_name(p.stem + ".labels.json").is_file()
    ]
    if not articles:
        raise SystemExit(f"no labelled articles under {corpus} (folders {', '.join(FOLDERS)})")
    return articles


def word_count(articles: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in articles)


def thousand_word_article(articles: list[Path]) -> str:
    """A 1,000-word Markdown article made of corpus text, in ten paragraphs."""
    words = " ".join(p.read_text(encoding="utf-8") for p in articles).split()
    body = [" ".join(words[i : i + 100]) for i in range(0, 1000, 100)]
    return "# Benchmark Article\n\n" + "\n\n".join(body) + "\n"


def private_environment(work: Path) -> dict[str, str]:
    """This environment with a private editlint cache (reusing the installed LanguageTool) and an empty
    config folder, both made in ``work``."""
    from editlint.packs.languagetool.provision import install, install_dir

    install()
    cache = work / "cache"
    cache.mkdir()
    (cache / install_dir().name).symlink_to(install_dir(), target_is_directory=True)
    (work / "config").mkdir()
    return {**os.environ, "EDITLINT_CACHE_DIR": str(cache), "XDG_CONFIG_HOME": str(work / "config"), "NO_COLOR": "1"}


# Checks of an article's prose that a new LanguageTool server needs before its JIT compiler
# threads settle (bench/languagetool_cpu.py: about 200 CPU ms per check while compiling for the
# first 20 checks, 56 ms at checks 41-60, about 11 ms from check 80 on): a server kept warm for
# long has long since compiled its code, so the warm benchmarks measure after these.
JIT_WARM_UP_CHECKS = 100
COMPILER_THREADS = ("C1 ", "C2 ")  # HotSpot's JIT compiler threads: "C2 CompilerThre"


def raw_check(url: str, text: str) -> None:
    """One ``POST /v2/check`` of ``text`` to the LanguageTool server at ``url`` (urllib, as a raw client sends it)."""
    import json
    import urllib.parse
    import urllib.request

    data = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()
    with urllib.request.urlopen(f"{url.rstrip('/')}/v2/check", data=data, timeout=120) as reply:
        json.load(reply)


def warm_languagetool(url: str, text: str, checks: int = JIT_WARM_UP_CHECKS) -> None:
    """Check ``text`` ``checks`` times on the LanguageTool server at ``url``."""
    for _ in range(checks):
        raw_check(url, text)


def jvm_cpu_ms(pid: int) -> tuple[float, float]:
    """CPU milliseconds so far of Java process ``pid``: its JIT compiler threads, and all its other threads."""
    tick = os.sysconf("SC_CLK_TCK")
    compiling = other = 0.0
    for thread in os.listdir(f"/proc/{pid}/task"):
        try:
            name = Path(f"/proc/{pid}/task/{thread}/comm").read_text()
            fields = Path(f"/proc/{pid}/task/{thread}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended
            continue
        used = (int(fields[11]) + int(fields[12])) * 1000 / tick
        if name.startswith(COMPILER_THREADS):
            compiling += used
        else:
            other += used
    return compiling, other


def timed(function: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def median_time(function: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(function, runs))


def median_cpu_time(function: Callable[[], object], runs: int) -> float:
    """The median CPU seconds of this process over ``runs`` calls (what a shared machine's load changes least)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)
