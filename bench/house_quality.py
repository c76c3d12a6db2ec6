"""The house rules' quality in one table: development sets, shared corpus, false alarms.

Usage: python bench/house_quality.py [--corpus DIR] [--injected-only] [--rules ID,ID] [--mistakes]

Per rule: precision and recall on the tuning and the frozen part of its development set
(``devsets.py``), on the labelled shared corpus, and false alarms per 10 articles on every
clean folder of the corpus and on our written clean news (``bench/data/written-news``: findings that
its copy editor's labels do not call real), with how many of the findings judged correct there it still reports
(``--mistakes`` lists the tune part's lost ones as LOST). Corpus scoring follows the corpus README: a diagnostic matches a label
of the same rule whose line lies in the diagnostic's line..end_line, one to one; unmatched
diagnostics are false positives, unmatched labels false negatives. With --injected-only, labels of
origin "source" are left out, and diagnostics that match them count neither way. ``--mistakes``
lists the misses and false alarms of the tuning part, the shared corpus and the clean folders;
the frozen part and the held written news are only ever counted, never shown.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import devsets
from common import DEFAULT_CORPUS, FOLDERS, corpus_articles

from editlint.api import lint_paths, lint_text
CLEAN_FOLDERS = ("clean", "news", "pressreleases", "wikinews")
WRITTEN_NEWS = Path(__file__).parent / "data" / "written-news"
WRITTEN_PARTS = ("tune", "held")
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


def shared_corpus(corpus: Path, rules, injected_only: bool):
    """Counts per rule and folder on the labelled articles, and the mistakes."""
    articles = corpus_articles(corpus)
    by_path = lint_by_path(articles, rules)
    counts = defaultdict(lambda: defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0}))
    mistakes: list[tuple[str, str, str, str]] = []
    for article in articles:
        diagnostics = [d for d in by_path[article.resolve()] if d.rule in rules]
        score_file(article, diagnostics, rules, injected_only, counts, mistakes)
    return counts, mistakes


def lint_by_path(articles: list[Path], rules) -> dict[Path, list]:
    result = lint_paths([str(p) for p in articles], overrides={"select": rules})
    if result.errors:
        raise SystemExit("\n".join(result.errors))
    by_path = defaultdict(list)
    for diag in result.diagnostics:
        by_path[Path(diag.path).resolve()].append(diag)
    return by_path


def false_alarms(corpus: Path, rules, labelled_counts) -> tuple[dict, dict, list]:
    """Per rule and clean folder: false alarms; labelled folders reuse the corpus scoring."""
    alarms = defaultdict(dict)
    articles_in: dict[str, int] = {}
    mistakes = []
    for folder in CLEAN_FOLDERS:
        if folder in FOLDERS:
            articles_in[folder] = len([p for p in corpus_articles(corpus) if p.parent.name == folder])
            for rule in rules:
                alarms[rule][folder] = labelled_counts[rule][folder]["fp"]
            continue
        articles = sorted(p for p in (corpus / folder).glob("*.*") if p.suffix in (".md", ".txt") and p.stem.upper() not in ("README", "SOURCES"))
        articles_in[folder] = len(articles)
        by_path = lint_by_path(articles, rules) if articles else {}
        for rule in rules:
            found = [d for p in articles for d in by_path.get(p.resolve(), []) if d.rule == rule]
            alarms[rule][folder] = len(found)
            mistakes += [("FP", rule, f"{folder}/{Path(d.path).name}:{d.line}:{d.column}", d.message) for d in found]
    return alarms, articles_in, mistakes


def written_news_alarms(rules) -> tuple[dict, dict, dict, list]:
    """Per rule and part of the written clean news: findings its labels do not call real problems, and how many of
    the findings its copy editors judged correct the rule still reports (a silence that drops real problems shows
    there, not among the false alarms)."""
    real, correct = set(), defaultdict(set)
    for line in (WRITTEN_NEWS / "labels.tsv").read_text(encoding="utf-8").splitlines()[3:]:
        path, line_no, _column, rule, label, _class = line.split("\t")
        real.add((path, int(line_no), rule))
        if label == "correct":
            correct[rule].add((path, int(line_no)))
    alarms, kept, articles_in, mistakes = defaultdict(dict), defaultdict(dict), {}, []
    for part in WRITTEN_PARTS:
        articles = sorted((WRITTEN_NEWS / part).glob("*.md"))
        articles_in[part] = len(articles)
        by_path = lint_by_path(articles, rules)
        for rule in rules:
            found = [d for p in articles for d in by_path.get(p.resolve(), []) if d.rule == rule]
            alarms_here = [d for d in found if (f"{part}/{Path(d.path).name}", d.line, rule) not in real]
            alarms[rule][part] = len(alarms_here)
            judged = {where for where in correct[rule] if where[0].startswith(f"{part}/")}
            lost = judged - {(f"{part}/{Path(d.path).name}", d.line) for d in found}
            kept[rule][part] = (len(judged) - len(lost), len(judged))
            if part == "tune":
                mistakes += [("FP", rule, f"written-news/tune/{Path(d.path).name}:{d.line}:{d.column}", d.message) for d in alarms_here]
                mistakes += [("LOST", rule, f"written-news/{path}:{line_no}", "judged correct, not reported") for path, line_no in lost]
    return alarms, kept, articles_in, mistakes


BATCH_ID = re.compile(r"b(\d+)-")  # a later writer's item id: "b2-dangling-clause-0007"


def later_batches() -> tuple[str, ...]:
    """The later writers' batches in any rule's frozen part, in order: items ``split_devsets.py --batch b2`` gave ids
    "b2-...", scored on their own too."""
    numbers = {
        int(batch.group(1))
        for path in devsets.DEVSETS.glob("*/frozen.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and (batch := BATCH_ID.match(json.loads(line)["id"]))
    }
    return tuple(f"b{number}" for number in sorted(numbers))


LATER_BATCHES = later_batches()
ARTICLE_RULES = ("house/duplicate-headline", "house/missing-image-credit")


def devset_counts(rule: str, corpus: Path):
    """Sentence items are linted as the body of an article; article items as they are."""

    def findings_of(item):
        return [d for d in lint_text(item.text, path=f"item.{item.format}", config={"select": [rule]}) if d.rule == rule]

    def items(part):
        loaded = devsets.load(rule, part, corpus)
        return loaded if rule in ARTICLE_RULES else [item.as_article() for item in loaded]

    parts = {part: items(part) for part in devsets.PARTS}
    for batch in LATER_BATCHES:
        parts[f"frozen {batch}"] = [item for item in parts["frozen"] if item.id.startswith(f"{batch}-")]
    found = {}  # a later batch's frozen items are scored twice, but linted once

    def findings_once(item):
        if item.id not in found:
            found[item.id] = findings_of(item)
        return found[item.id]

    return {part: devsets.score(part_items, findings_once) for part, part_items in parts.items()}


def pr(counts: dict) -> str:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    if not counts.get("bad", 1) and not counts.get("good", 1):
        return f"{'-':>15}"
    return f"{ratio(tp, tp + fp):>4}/{ratio(tp, tp + fn):<4} {counts.get('bad', tp + fn):>3}+{counts.get('good', 0):<3}"


def summary(rules, dev, shared, alarms, articles_in, written, kept, written_in) -> None:
    folders = " ".join(f"{f[:8]:>8}" for f in CLEAN_FOLDERS) + " " + " ".join(f"{'written ' + p[0]:>9}" for p in WRITTEN_PARTS)
    folders += " " + " ".join(f"{'correct ' + p[0]:>11}" for p in WRITTEN_PARTS)
    print("precision/recall (bad+good items), false alarms per 10 clean articles, and the written news findings judged"
          " correct still reported")
    parts = ("tune", "frozen", *(f"frozen {batch}" for batch in LATER_BATCHES))
    print(f"{'rule':28} " + " ".join(f"{part:>15}" for part in parts) + f" {'shared':>10} {folders}")
    for rule in rules:
        total: dict[str, int] = defaultdict(int)
        for folder in FOLDERS:
            for key, value in shared[rule][folder].items():
                total[key] += value
        rates = " ".join(f"{10 * alarms[rule][f] / articles_in[f] if articles_in[f] else 0:>8.2f}" for f in CLEAN_FOLDERS)
        rates += " " + " ".join(f"{10 * written[rule][p] / written_in[p]:>9.2f}" for p in WRITTEN_PARTS)
        rates += " " + " ".join(f"{'%d/%d' % kept[rule][p]:>11}" for p in WRITTEN_PARTS)
        shared_pr = f"{ratio(total['tp'], total['tp'] + total['fp'])}/{ratio(total['tp'], total['tp'] + total['fn'])}"
        scores = " ".join(f"{pr(dev[rule][part][0]):>15}" for part in parts)
        print(f"{rule:28} {scores} {shared_pr:>10} {rates}")
    print("articles per clean folder: " + ", ".join(f"{f} {articles_in[f]}" for f in CLEAN_FOLDERS)
          + "; written news: " + ", ".join(f"{p} {written_in[p]}" for p in WRITTEN_PARTS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--injected-only", action="store_true", help="score only labels of origin 'injected'")
    parser.add_argument("--rules", default=",".join(RULES), help="comma-separated rule ids to run and score")
    parser.add_argument("--mistakes", action="store_true", help="list misses and false alarms (never of the frozen part)")
    args = parser.parse_args()
    rules = [r for r in args.rules.split(",") if r]
    shared, mistakes = shared_corpus(args.corpus, rules, args.injected_only)
    alarms, articles_in, clean_mistakes = false_alarms(args.corpus, rules, shared)
    written, kept, written_in, written_mistakes = written_news_alarms(rules)
    dev = {rule: devset_counts(rule, args.corpus) for rule in rules}
    report(shared, rules)
    print()
    summary(rules, dev, shared, alarms, articles_in, written, kept, written_in)
    if args.mistakes:
        for kind, rule, where, text in sorted(mistakes + clean_mistakes + written_mistakes):
            print(f"{kind} {rule} {where}: {text[:200]}")
        for rule in rules:
            for kind, item, text in dev[rule]["tune"][1]:
                print(f"{kind} {rule} tune/{item.id} [{item.klass}] {item.text[:300]!r} -> {text[:120]}")


if __name__ == "__main__":
    main()
