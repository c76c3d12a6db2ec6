"""Time the spaCy parse of the corpus prose and the syntax rules over the parsed documents.

Also times whole runs of the syntax rules and of proselint over the same corpus.

Usage: python bench/syntax_overhead.py [--corpus DIR] [--runs 3] [--per-rule]

With --per-rule, also each syntax rule's CPU seconds over documents whose token views are built already, and what
the rules' CPU time leaves beside them: building and letting go of the views (nlp/tokens.py). The rules are called
directly, in this one process (a profiler in a CLI run sees only the main thread).
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from common import DEFAULT_CORPUS, corpus_articles, median_cpu_time, median_time, word_count

from editlint.api import lint_paths

from editlint.config.loader import Config
from editlint.document import load
from editlint.engine.rule import CheckContext
from editlint.nlp.pipeline import load_pipeline, parse_document
from editlint.rules.house import dangling_clause, inverted_attribution, sentence_fragment, unattributed_claim

RULES = (dangling_clause, sentence_fragment, unattributed_claim, inverted_attribution)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-rule", action="store_true", help="also each rule's CPU seconds, and the token views'")
    args = parser.parse_args()
    articles = corpus_articles(args.corpus)
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
            for pb in parse_document(doc):  # the rules' token views (nlp/tokens.py) are theirs to make on each run,
                pb.release_tokens()  # and a linted document is let go of, its views with it

    parse_all()
    check_all()  # warm-up: imports and first calls
    parse_seconds = median_time(parse_all, args.runs)
    check_seconds = median_time(check_all, args.runs)
    words = sum(1 for doc in docs for pb in parse_document(doc) for t in pb.spacy_doc if not (t.is_punct or t.is_space))
    print(f"{len(docs)} articles, {words} words, median of {args.runs} runs")
    print(f"spaCy parse:  {parse_seconds:7.3f} s  {words / parse_seconds:9.0f} words/s")
    print(f"syntax rules: {check_seconds:7.3f} s  {words / check_seconds:9.0f} words/s")
    print(f"overhead:     {check_seconds / parse_seconds:7.1%} of the parse")
    parse_cpu, check_cpu = median_cpu_time(parse_all, args.runs), median_cpu_time(check_all, args.runs)
    print(f"CPU time: parse {parse_cpu:.3f} s, syntax rules {check_cpu:.3f} s, overhead {check_cpu / parse_cpu:.1%}")
    if args.per_rule:
        rule_cpu = rule_cpu_times(docs, contexts, args.runs)
        for rule_id, seconds in rule_cpu.items():
            print(f"  {rule_id:28} {seconds:7.3f} s CPU  {seconds / parse_cpu:6.1%} of the parse")
        rest = check_cpu - sum(rule_cpu.values())
        print(f"  {'token views and the rest':28} {rest:7.3f} s CPU  {rest / parse_cpu:6.1%} of the parse")

    paths, raw_words = [str(p) for p in articles], word_count(articles)
    syntax_ids = [rule.META.id for rule in RULES]
    end_to_end = median_time(lambda: lint_paths(paths, overrides={"select": syntax_ids}), args.runs)
    proselint = median_time(lambda: lint_paths(paths, overrides={"select": ["proselint"]}), args.runs)
    print(f"whole runs over the corpus ({raw_words} whitespace-separated words, files read and parsed each time):")
    print(f"  syntax rules (spaCy): {end_to_end:7.3f} s  {raw_words / end_to_end:9.0f} words/s")
    print(f"  proselint:            {proselint:7.3f} s  {raw_words / proselint:9.0f} words/s")


def rule_cpu_times(docs, contexts, runs: int) -> dict[str, float]:
    """Each rule's median CPU seconds over ``runs`` checks of ``docs``, whose token views are built before the first
    and let go of after the last (their making is no rule's own)."""
    for doc in docs:
        for rule, ctx in contexts:
            list(rule.check(doc, ctx))

    def check_with(rule, ctx) -> None:
        for doc in docs:
            list(rule.check(doc, ctx))

    times = {rule.META.id: median_cpu_time(functools.partial(check_with, rule, ctx), runs) for rule, ctx in contexts}
    for doc in docs:
        for pb in parse_document(doc):
            pb.release_tokens()
    return times


if __name__ == "__main__":
    main()
