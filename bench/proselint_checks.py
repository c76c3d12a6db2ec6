"""How often each proselint check fires on published copy: the evidence for its default.

For every proselint check (opt-in ones included), counts findings and articles flagged in
the corpus folders of published, edited copy (``clean``, ``news``, ``pressreleases``).
A check that fires mostly on fine copy is noise for a copy desk and stays opt-in.

    python bench/proselint_checks.py [--corpus DIR] [--examples N]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from common import DEFAULT_CORPUS

from editlint.engine.registry import registry_for
from editlint.config.loader import Config
from editlint.document import parse_source
from editlint.document.source import read_article
from editlint.engine.runner import Services, lint_document

PUBLISHED = ("clean", "news", "pressreleases")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--examples", type=int, default=0, help="show this many flagged snippets per check")
    args = parser.parse_args()
    paths = [p for folder in PUBLISHED for p in sorted((args.corpus / folder).glob("*.*")) if p.suffix in (".md", ".txt") and not p.stem.isupper()]  # README.md, SOURCES.md
    docs = [parse_source(read_article(p, 5 * 1024 * 1024), str(p)) for p in paths]
    registry = registry_for(())
    services = Services()
    findings: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    samples: dict[str, list[str]] = defaultdict(list)
    rules = sorted(registry.pack("proselint"), key=lambda r: r.meta.id)
    for rule in rules:
        config = Config({"select": (rule.meta.id,)})
        for doc in docs:
            for d in lint_document(doc, [rule], config, services, registry):
                findings[d.rule] += 1
                articles[d.rule].add(doc.path)
                if len(samples[d.rule]) < args.examples:
                    line = doc.text.splitlines()[d.line - 1]
                    samples[d.rule].append(f"{Path(doc.path).name}:{d.line}:{d.column}: {d.message} | {line[max(0, d.column - 30):d.column + 40]!r}")
    print(f"{len(docs)} published articles ({', '.join(PUBLISHED)}); {len(rules)} proselint checks")
    print(f"{'check':<55} {'findings':>8} {'articles':>8}  default")
    for rule in sorted(rules, key=lambda r: (-findings[r.meta.id], r.meta.id)):
        default = "opt-in" if rule.meta.extra.get("opt_in") else "on"
        print(f"{rule.meta.id:<55} {findings[rule.meta.id]:>8} {len(articles[rule.meta.id]):>8}  {default}")
        for sample in samples[rule.meta.id]:
            print("    " + sample)


if __name__ == "__main__":
    main()
