"""Split written development items once into tuning and frozen parts (run once per new set).

Usage: python bench/split_devsets.py RULE_NAME ITEMS.jsonl [--batch NAME]

Items are shuffled with a fixed seed within each (label, class) stratum; 60% go to ``tune.jsonl``
and 40% to ``frozen.jsonl`` under ``bench/devsets/RULE_NAME/``. It refuses to overwrite a split.
A later batch by another writer (``--batch b2``) gets its ids prefixed with the batch name and is
split the same way, then appended to both parts; a batch is split once too.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from devsets import DEVSETS

TUNE_SHARE = 0.6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rule")
    parser.add_argument("items", type=Path)
    parser.add_argument("--batch", help="a later writer's batch: prefix its ids and append it")
    args = parser.parse_args()
    rule, folder = args.rule, DEVSETS / args.rule
    frozen = folder / "frozen.jsonl"
    prefix = f"{args.batch}-" if args.batch else ""
    if args.batch is None and frozen.exists():
        raise SystemExit(f"{folder} is already split; a set is split once")
    if args.batch is not None and f'"id": "{prefix}' in frozen.read_text(encoding="utf-8"):
        raise SystemExit(f"batch {args.batch} of {rule} is already split; a batch is split once")
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in args.items.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            item["id"] = prefix + item["id"]
            strata[(item["label"], item["class"])].append(json.dumps(item, ensure_ascii=False))
    rng = random.Random(f"editlint-{rule}{'-' + args.batch if args.batch else ''}")
    parts: dict[str, list[str]] = {"tune": [], "frozen": []}
    for key in sorted(strata):
        lines = strata[key]
        rng.shuffle(lines)
        cut = round(len(lines) * TUNE_SHARE)
        parts["tune"] += lines[:cut]
        parts["frozen"] += lines[cut:]
    folder.mkdir(parents=True, exist_ok=True)
    for part, lines in parts.items():
        text = "\n".join(sorted(lines, key=lambda l: json.loads(l)["id"])) + "\n"
        with (folder / f"{part}.jsonl").open("a", encoding="utf-8") as out:
            out.write(text)
        print(f"{rule}: {part} {len(lines)} items{' (batch ' + args.batch + ')' if args.batch else ''}")


if __name__ == "__main__":
    main()
