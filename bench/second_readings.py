"""What batching the syntax rules' second readings could save: their parse, one text at a time and in batches.

Usage: python bench/second_readings.py [--corpus DIR | --folder DIR] [--runs 5]

The syntax rules parse some words again on their own (``editlint.nlp.syntax.reparsed``) in the middle of their
decisions, one ``parse_text`` call per text. This records the texts each rule asks for on each document, checks that
``nlp.pipe`` over all of them gives the parses one call per text gives (tags, labels, heads), and times their parse
(CPU, the best of ``--runs``): one text per call, one batch per rule and document (a rule's pass over a document, then
its batch, chained readings left aside), one per document (every rule's pass, then one batch), and one over all
documents (which a linter checking one document at a time cannot make). A rule that stops where it asks for a reading
and checks again once its batch is parsed also pays for the checks run again, which this leaves out.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path
from typing import Callable
from unittest import mock

from common import DEFAULT_CORPUS, corpus_articles

from editlint.config.loader import Config
from editlint.document import load
from editlint.engine.rule import CheckContext
from editlint.nlp import pipeline
from editlint.rules.house import dangling_clause, inverted_attribution, sentence_fragment, unattributed_claim

RULES = (dangling_clause, sentence_fragment, unattributed_claim, inverted_attribution)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the labelled shared corpus")
    source.add_argument("--folder", type=Path, help="a folder of articles (*.md, *.txt) instead")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = sorted(p for p in args.folder.glob("*.*") if p.suffix in (".md", ".txt")) if args.folder else (
        corpus_articles(args.corpus)
    )
    readings = recorded_readings([load(p) for p in articles])
    texts = [text for _, _, text in readings]
    per_document = Counter(doc for doc, _, _ in readings)
    print(f"{len(articles)} articles, {len(texts)} second readings on {len(per_document)} of them")
    print(f"  articles by readings asked for: {dict(sorted(Counter(per_document.values()).items()))}")
    print(f"  readings by rule: {dict(Counter(rule for _, rule, _ in readings).most_common())}")
    nlp = pipeline.load_pipeline()
    differing = sum(parse_of(a) != parse_of(b) for a, b in zip(map(nlp, texts), nlp.pipe(texts)))
    print(f"  batch parses that differ from single ones: {differing}")
    batches = {
        "one text per call": [[text] for text in texts],
        "one batch per rule and document": grouped(readings, lambda doc, rule: (doc, rule)),
        "one batch per document": grouped(readings, lambda doc, rule: doc),
        "one batch for all documents": [texts],
    }
    print(f"CPU seconds of their parse, best of {args.runs}:")
    for name, groups in batches.items():
        print(f"  {name:35} {best_cpu_time(lambda: [list(nlp.pipe(group)) for group in groups], args.runs):.3f}")


def recorded_readings(docs: list) -> list[tuple[int, str, str]]:
    """(document number, rule id, text) of every second reading the syntax rules ask for, in order."""
    config, readings = Config(), []
    contexts = [(rule, CheckContext({o.name: o.default for o in rule.META.options}, config)) for rule in RULES]
    asked_by: list = []
    parse_text = pipeline.parse_text

    def recording(text: str, model: str | None = None):
        readings.append((*asked_by, text))
        return parse_text(text, model)

    with mock.patch.object(pipeline, "parse_text", recording):
        for number, doc in enumerate(docs):
            for rule, ctx in contexts:
                asked_by[:] = (number, rule.META.id)
                list(rule.check(doc, ctx))
    return readings


def grouped(readings: list[tuple[int, str, str]], key: Callable[[int, str], object]) -> list[list[str]]:
    groups: dict[object, list[str]] = {}
    for doc, rule, text in readings:
        groups.setdefault(key(doc, rule), []).append(text)
    return list(groups.values())


def parse_of(spacy_doc) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in spacy_doc]


def best_cpu_time(function: Callable[[], object], runs: int) -> float:
    function()  # warm-up
    times = []
    for _ in range(runs):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


if __name__ == "__main__":
    main()
