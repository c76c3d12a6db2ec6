"""Benchmark: time against input size for large tables and large rule packs.

Doubles the size of a generated Markdown table (rows, each with a quotation and two
findings) and of a generated YAML rule pack (bytes) and prints the time of each; time
proportional to size shows as a constant time per unit in the last column.

    python bench/scaling.py [--rows N] [--pack-rules N] [--steps N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from editlint.api import lint_text
from editlint.packs.declarative import load_pack

RULE = """\
  - name: rule-{n}
    kind: substitution
    message: "Use '{{replacement}}' instead of '{{match}}'."
    summary: Write 'word{n}b'.
    rationale: "## What it does\\nFlags word{n}a.\\n\\n## Why\\nHouse style."
    swap: {{word{n}a: word{n}b, phrase {n} one: phrase {n} two}}
    bad: ["The word{n}a is here."]
    good: ["The word{n}b is here."]
"""


def table(rows: int) -> str:
    lines = ["# Results", "", "| district | turnout | note |", "|---|---|---|"]
    lines += [f'| District {i} | "{i % 97} per cent" | towards the end, towards {i} |' for i in range(rows)]
    return "\n".join(lines) + "\n"


def pack(rules: int) -> str:
    return "description: generated\nrules:\n" + "".join(RULE.format(n=n) for n in range(rules))


def seconds(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--pack-rules", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=4)
    args = parser.parse_args()
    config = {"select": ["ap/ward-not-wards"]}
    print("table rows   findings   seconds   us/row")
    for step in range(args.steps):
        rows = args.rows << step
        text = table(rows)
        found: list = []
        elapsed = seconds(lambda: found.extend(lint_text(text, path="t.md", config=config)))
        print(f"{rows:>10,} {len(found):>10,} {elapsed:>9.2f} {elapsed / rows * 1e6:>8.1f}")
    print("pack bytes   rules      seconds   us/KB")
    with tempfile.TemporaryDirectory() as folder:
        for step in range(args.steps):
            path = Path(folder) / f"generated-{step}.yml"
            path.write_text(pack(args.pack_rules << step), encoding="utf-8")
            size = path.stat().st_size
            loaded: list = []
            elapsed = seconds(lambda: loaded.extend(load_pack(path)))
            print(f"{size:>10,} {len(loaded):>10,} {elapsed:>9.2f} {elapsed / size * 1e9:>8.1f}")


if __name__ == "__main__":
    main()
