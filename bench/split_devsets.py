"""Split written development items once into tuning and frozen parts (run once per new set).

Usage: python bench/split_devsets.py RULE_NAME ITEMS.jsonl

Items are shuffled with a fixed seed within each (label, class) stratum; 60% go to ``tune.jsonl``
and 40% to ``frozen.jsonl`` under ``bench/devsets/RULE_NAME/``. It refuses to overwrite a split.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from devsets import DEVSETS

TUNE_SHARE = 0.6


def main() -> None:
    rule, source = sys.argv[1], Path(sys.argv[2])
    folder = DEVSETS / rule
    if (folder / "frozen.jsonl").exists():
        raise SystemExit(f"{folder} is already split; a set is split once")
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            strata[(item["label"], item["class"])].append(line)
    rng = random.Random(f"editlint-{rule}")
    parts: dict[str, list[str]] = {"tune": [], "frozen": []}
    for key in sorted(strata):
        lines = strata[key]
        rng.shuffle(lines)
        cut = round(len(lines) * TUNE_SHARE)
        parts["tune"] += lines[:cut]
        parts["frozen"] += lines[cut:]
    folder.mkdir(parents=True, exist_ok=True)
    for part, lines in parts.items():
        (folder / f"{part}.jsonl").write_text("\n".join(sorted(lines, key=lambda l: json.loads(l)["id"])) + "\n", encoding="utf-8")
        print(f"{rule}: {part} {len(lines)} items")


if __name__ == "__main__":
    main()
