"""Time the spaCy parse of the corpus prose and the syntax rules over the parsed documents.

Usage: python bench/syntax_overhead.py [--corpus DIR] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from editlint.config.loader import Config
from editlint.document import load
from editlint.engine.rule import CheckContext
from editlint.nlp.pipeline import load_pipeline, parse_document
from editlint.rules.house import dangling_clause, inverted_attribution, sentence_fragment, unattributed_claim

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = ("clean", "errors", "news")
RULES = (dangling_clause, sentence_fragment, unattributed_claim, inverted_attribution)


def median_time(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    articles = [p for folder in FOLDERS for p in sorted((args.corpus / folder).glob("*.md")) if p.name != "SOURCES.md"]
    docs = [load(p) for p in articles]
    config = Config()
    contexts = [(rule, CheckContext({o.name: o.default for o in rule.META.options}, config)) for rule in RULES]
    load_pipeline()

    def parse_all() -> None:
        for doc in docs:
            doc.cache.clear()
            parse_document(doc)

    def check_all() -> None:
        for doc in docs:
            for rule, ctx in contexts:
                list(rule.check(doc, ctx))

    parse_all()
    check_all()  # warm-up: imports and first calls
    parse_seconds = median_time(parse_all, args.runs)
    check_seconds = median_time(check_all, args.runs)
    words = sum(1 for doc in docs for pb in parse_document(doc) for t in pb.spacy_doc if not (t.is_punct or t.is_space))
    print(f"{len(docs)} articles, {words} words, median of {args.runs} runs")
    print(f"spaCy parse:  {parse_seconds:7.3f} s  {words / parse_seconds:9.0f} words/s")
    print(f"syntax rules: {check_seconds:7.3f} s  {words / check_seconds:9.0f} words/s")
    print(f"overhead:     {check_seconds / parse_seconds:7.1%} of the parse")


if __name__ == "__main__":
    main()
