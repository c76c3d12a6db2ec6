"""Precision and recall of the house rules on the shared corpus (scoring as in the corpus README).

Usage: python bench/house_quality.py [--corpus DIR] [--injected-only] [--rules ID,ID]

A diagnostic matches a label of the same rule whose line lies in the diagnostic's line..end_line;
matching is one-to-one. Unmatched diagnostics are false positives, unmatched labels false
negatives. With --injected-only, labels of origin "source" are left out, and diagnostics that
match them count neither way.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from common import DEFAULT_CORPUS, FOLDERS, corpus_articles

from editlint.api import lint_paths
RULES = (
    "house/dangling-clause",
    "house/sentence-fragment",
    "house/unattributed-claim",
    "house/inverted-attribution",
    "house/duplicate-headline",
    "house/missing-image-credit",
)


def labels_path(article: Path) -> Path:
    return article.with_name(article.stem + ".labels.json")


def matches(diag, label: dict) -> bool:
    return label["rule"] == diag.rule and diag.line <= label["line"] <= diag.end_line


def score_file(article: Path, diagnostics, rules, injected_only: bool, counts, mistakes) -> None:
    """Match one article's diagnostics to its labels and add to ``counts`` and ``mistakes``."""
    folder = article.parent.name
    labels = json.loads(labels_path(article).read_text(encoding="utf-8"))["expected"]
    labels = [lab for lab in labels if lab["rule"] in rules]
    ignored = [lab for lab in labels if injected_only and lab.get("origin") != "injected"]
    open_labels = [lab for lab in labels if lab not in ignored]
    lines = article.read_text(encoding="utf-8").splitlines()
    for diag in sorted(diagnostics, key=lambda d: (d.line, d.column)):
        match = next((lab for lab in open_labels if matches(diag, lab)), None)
        if match is not None:
            open_labels.remove(match)
            counts[diag.rule][folder]["tp"] += 1
        elif not any(matches(diag, lab) for lab in ignored):
            counts[diag.rule][folder]["fp"] += 1
            line = lines[diag.line - 1]
            text = line[diag.column - 1 : diag.end_column - 1 if diag.end_line == diag.line else None]
            mistakes.append(("FP", diag.rule, f"{folder}/{article.name}:{diag.line}:{diag.column}", text))
    for lab in open_labels:
        counts[lab["rule"]][folder]["fn"] += 1
        mistakes.append(("FN", lab["rule"], f"{folder}/{article.name}:{lab['line']}", lab["text"]))


def ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "-"


def row(rule: str, folder: str, c) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return f"{rule:30} {folder:7} {tp:4} {fp:4} {fn:4} {ratio(tp, tp + fp):>5} {ratio(tp, tp + fn):>6}"


def report(counts, rules) -> None:
    print(f"{'rule':30} {'folder':7} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>5} {'recall':>6}")
    for rule in rules:
        total: dict[str, int] = defaultdict(int)
        for folder in FOLDERS:
            print(row(rule, folder, counts[rule][folder]))
            for key, value in counts[rule][folder].items():
                total[key] += value
        print(row(rule, "all", total))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--injected-only", action="store_true", help="score only labels of origin 'injected'")
    parser.add_argument("--rules", default=",".join(RULES), help="comma-separated rule ids to run and score")
    args = parser.parse_args()
    rules = [r for r in args.rules.split(",") if r]
    articles = corpus_articles(args.corpus)
    result = lint_paths([str(p) for p in articles], overrides={"select": rules})
    if result.errors:
        raise SystemExit("\n".join(result.errors))
    by_path = defaultdict(list)
    for diag in result.diagnostics:
        by_path[Path(diag.path).resolve()].append(diag)
    counts = defaultdict(lambda: defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0}))
    mistakes: list[tuple[str, str, str, str]] = []
    for article in articles:
        diagnostics = [d for d in by_path[article.resolve()] if d.rule in rules]
        score_file(article, diagnostics, rules, args.injected_only, counts, mistakes)
    report(counts, rules)
    for kind, rule, where, text in sorted(mistakes):
        print(f"{kind} {rule} {where}: {text[:200]}")


if __name__ == "__main__":
    main()
