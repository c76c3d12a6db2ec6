"""Benchmark: the CPU time of spaCy's parse of the 1,000-word article, by how its layers multiply matrices.

Loads the pipeline as editlint does, then parses the article's prose blocks ``--runs`` times with
each way, interleaved, and prints the median CPU time (the machine may be shared: wall time is
noisy, CPU time much less) and whether the parses of the corpus articles (``--corpus``) agree
token for token (tag, dependency, head, sentence start):

- `blis`: thinc's default, blis (on a CPU blis does not know, its generic C kernels;
  ``BLIS_ARCH_DEBUG=1`` prints the configuration it picked);
- `numpy, one thread`: numpy's BLAS on one thread, as editlint loads the pipeline;
- `numpy, its threads`: numpy's BLAS with as many threads as it starts with (``--threads``).

    python bench/parse_cpu.py [--article PATH] [--runs N] [--threads N] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from common import DEFAULT_CORPUS, corpus_articles
from threadpoolctl import threadpool_limits
from thinc.api import NumpyOps

from editlint.document import parse
from editlint.nlp.pipeline import load_pipeline

ARTICLE = Path(__file__).resolve().parent / "data" / "harbour-bridge.md"


def prose_blocks(path: Path) -> list[str]:
    return [block.text for block in parse(path.read_text(encoding="utf-8"), path.name).prose_blocks()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=ARTICLE)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2, help="numpy's BLAS threads for the last way")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    nlp = load_pipeline()
    layers = [layer for _, component in nlp.pipeline for layer in component.model.walk()]
    ways = {"blis": (NumpyOps(use_blis=True), 1), "numpy, one thread": (NumpyOps(use_blis=False), 1), "numpy, its threads": (NumpyOps(use_blis=False), args.threads)}
    blocks = prose_blocks(args.article)
    corpus = [text for path in corpus_articles(args.corpus) for text in prose_blocks(path)]

    def parses(texts: list[str]) -> list[tuple]:
        return [(t.tag_, t.dep_, t.head.i, t.is_sent_start) for doc in nlp.pipe(texts) for t in doc]

    cpu: dict[str, list[float]] = {name: [] for name in ways}
    readings = {}
    for number in range(args.runs + 1):
        for name, (ops, threads) in ways.items():
            for layer in layers:
                layer.ops = ops
            with threadpool_limits(limits=threads, user_api="blas"):
                start = time.process_time()
                parses(blocks)
                if number:  # the first round warms each way up
                    cpu[name].append((time.process_time() - start) * 1000)
                else:
                    readings[name] = parses(corpus)
    print(f"{args.article.name}: {sum(len(b.split()) for b in blocks)} words in {len(blocks)} blocks; {args.runs} parses each, interleaved")
    for name, values in cpu.items():
        same = "the same" if readings[name] == readings["blis"] else "DIFFERENT"
        print(f"{name:<20} {statistics.median(values):7.1f} CPU ms  (corpus, {len(corpus)} blocks: {same} parses as blis)")


if __name__ == "__main__":
    main()
