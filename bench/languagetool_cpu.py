"""Benchmark: the LanguageTool server's CPU time for the 1,000-word article's prose, by how it is sent.

Starts a warm LanguageTool server in a private cache folder (reusing the installed LanguageTool),
checks the prose ``--warm-up`` times while printing how much CPU the JVM's compiler threads still
take (a fresh server spends more CPU compiling its code than checking, for tens of articles),
then, interleaved, ``--runs`` times each:

- `raw`: one ``POST /v2/check`` of the whole prose (urllib, a new connection), as bench/warm_run.py sends it;
- `editlint`: ``LanguageToolClient.check``, the requests a run makes (a new client each time, so no
  piece is remembered);
- `pieces of N`: the prose cut as the client cuts it into requests of at most N characters, one
  after another.

CPU time is read per thread from /proc (the machine may be shared: wall time is noisy, CPU time
is not): the checking threads, and the compiler threads apart.

    python bench/languagetool_cpu.py [--article PATH] [--runs N] [--warm-up N] [--chunk-sizes 100000,2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

import requests

from common import JIT_WARM_UP_CHECKS, jvm_cpu_ms, private_environment, raw_check, warm_languagetool

from editlint.document import parse
from editlint.document.joined import JoinedProse
from editlint.packs.languagetool.client import LanguageToolClient, chunks
from editlint.packs.languagetool.rule import CHECKED_KINDS
from editlint.packs.languagetool.server import start_daemon, stop_daemon

ARTICLE = Path(__file__).resolve().parent / "data" / "harbour-bridge.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ARTICLE)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warm-up", type=int, default=JIT_WARM_UP_CHECKS, help="checks of the prose before measuring")
    parser.add_argument("--chunk-sizes", default="100000,2000", help="other request sizes to compare (100000: the prose in one request)")
    args = parser.parse_args()
    prose = JoinedProse.of(parse(args.article.read_text(encoding="utf-8"), args.article.name).prose_blocks(CHECKED_KINDS)).text
    with tempfile.TemporaryDirectory() as work_dir:
        cache = Path(private_environment(Path(work_dir))["EDITLINT_CACHE_DIR"])
        server = start_daemon(cache)
        try:
            http = requests.Session()
            http.trust_env = False

            def pieces(size: int) -> None:
                for _, piece in chunks(prose, size):
                    http.post(f"{server.url}/v2/check", data={"language": "en-US", "text": piece}, timeout=120).raise_for_status()

            variants = {"raw": lambda: raw_check(server.url, prose), "editlint": lambda: LanguageToolClient(server.url).check(prose)}
            variants.update({f"pieces of {size}": (lambda size=int(size): pieces(size)) for size in args.chunk_sizes.split(",") if size})
            print(f"{len(prose)} characters of prose; warm-up, CPU ms per check:")
            for done in range(0, args.warm_up, 20):
                count = min(20, args.warm_up - done)
                before = jvm_cpu_ms(server.pid)
                warm_languagetool(server.url, prose, count)
                after = jvm_cpu_ms(server.pid)
                print(f"  checks {done + 1:>4}-{done + count:<4} compiler {(after[0] - before[0]) / count:6.1f}  checking {(after[1] - before[1]) / count:6.1f}")
            used: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
            for _ in range(args.runs):
                for name, send in variants.items():
                    before = jvm_cpu_ms(server.pid)
                    send()
                    after = jvm_cpu_ms(server.pid)
                    used[name].append((after[0] - before[0], after[1] - before[1]))
        finally:
            stop_daemon(cache)
    print(f"{args.runs} runs of each, interleaved; load average {os.getloadavg()[0]:.1f}; CPU ms per run, means")
    print(f"{'variant':<18}{'requests':>9}{'checking':>10}{'compiler':>10}{'x raw':>8}")
    raw_ms = statistics.mean(sum(pair) for pair in used["raw"])
    counts = {"raw": 1, "editlint": len(chunks(prose, LanguageToolClient(server.url).chunk_size))}
    counts.update({name: len(chunks(prose, int(name.rsplit(" ", 1)[1]))) for name in used if name.startswith("pieces")})
    for name, pairs in used.items():
        checking, compiling = statistics.mean(p[1] for p in pairs), statistics.mean(p[0] for p in pairs)
        print(f"{name:<18}{counts[name]:>9}{checking:>10.1f}{compiling:>10.1f}{(checking + compiling) / raw_ms:>8.2f}")


if __name__ == "__main__":
    main()
