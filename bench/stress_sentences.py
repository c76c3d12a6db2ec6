"""Count the syntax rules' flags on complete news sentences built so that a tagger may miss their main verb.

Usage: python bench/stress_sentences.py [--list]

``bench/data/stress-sentences/complete.jsonl`` holds 400 complete, publishable sentences (1-3 per item) in 14
classes (README.md there), written by someone who had not seen the rules. A sentence-fragment or dangling-clause
flag on one is a false alarm; unattributed-claim and inverted-attribution flag what their policies call problems
("Critics say ...", "..., said X" after a quote), listed so that a reader can judge them. Each item is linted as the
body of an article, as the development sets' sentence items are.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from editlint.api import lint_text

SENTENCES = Path(__file__).resolve().parent / "data" / "stress-sentences" / "complete.jsonl"
RULES = ("house/sentence-fragment", "house/dangling-clause", "house/unattributed-claim", "house/inverted-attribution")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each flagged item")
    args = parser.parse_args()
    items = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged: Counter[str] = Counter()
    for item in items:
        found = {d.rule for d in lint_text("Report\n\n" + item["text"], path="item.txt", config={"select": list(RULES)})}
        for rule in sorted(found & set(RULES)):
            flagged[rule] += 1
            if args.list:
                print(f"{item['id']} {item['class']} {rule}: {item['text']}")
    print(f"{len(items)} items of complete sentences; items flagged per rule:")
    for rule in RULES:
        print(f"  {rule:30} {flagged[rule]:>4}")


if __name__ == "__main__":
    main()
