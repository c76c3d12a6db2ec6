"""The house rules' development sets: ``bench/devsets/<rule>/{tune,frozen}.jsonl``.

Each line is one item: ``label`` (``bad``: exactly one problem, at ``target``; ``good``: none),
``class`` (a construction of the rule's taxonomy, ``TAXONOMY.md`` beside the items), ``format``
(``txt`` or ``md``) and either ``text`` or a reference to real published copy in the shared corpus
(``corpus``, ``start``, ``end``: a character range of that file). The items were written by people
who had seen only the taxonomy, not the rule, and split once into a tuning part and a frozen test
part (``split_devsets.py``). Rules are tuned on ``tune`` only; ``frozen`` is only ever scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DEVSETS = Path(__file__).resolve().parent / "devsets"
PARTS = ("tune", "frozen")


@dataclass(frozen=True)
class Item:
    id: str
    label: str
    klass: str
    format: str
    text: str
    target: str | None

    def as_article(self) -> "Item":
        """A sentence item inside an article: under a headline, so its text is body copy."""
        heading = "# Report\n\n" if self.format == "md" else "Report\n\n"
        return Item(self.id, self.label, self.klass, self.format, heading + self.text, self.target)

    @property
    def target_span(self) -> tuple[int, int] | None:
        if not self.target:
            return None
        start = self.text.index(self.target)
        return start, start + len(self.target)


def load(rule: str, part: str, corpus: Path) -> list[Item]:
    """The items of one part of a rule's set; corpus references are read from ``corpus``."""
    path = DEVSETS / rule.removeprefix("house/") / f"{part}.jsonl"
    if not path.is_file():
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        text = raw.get("text")
        if text is None:
            source = corpus / raw["corpus"]
            if not source.is_file():
                continue
            text = source.read_text(encoding="utf-8")[raw["start"] : raw["end"]]
        items.append(Item(raw["id"], raw["label"], raw["class"], raw.get("format", "txt"), text, raw.get("target")))
    return items


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def overlaps(diagnostic, text: str, span: tuple[int, int]) -> bool:
    start, end = line_column(text, span[0]), line_column(text, span[1])
    return (diagnostic.line, diagnostic.column) < end and start < (diagnostic.end_line, diagnostic.end_column)


def score(items: list[Item], findings_of) -> tuple[dict[str, int], list[tuple[str, Item, str]]]:
    """TP: a bad item with a finding on its target; FN: one without; FP: any other finding."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "bad": 0, "good": 0}
    mistakes = []
    for item in items:
        counts[item.label] += 1
        diagnostics = findings_of(item)
        span = item.target_span
        hits = [d for d in diagnostics if span and overlaps(d, item.text, span)]
        for diagnostic in diagnostics:
            if diagnostic not in hits:
                counts["fp"] += 1
                mistakes.append(("FP", item, diagnostic.message))
        if item.label == "bad":
            if hits:
                counts["tp"] += 1
            else:
                counts["fn"] += 1
                mistakes.append(("FN", item, item.target or ""))
    return counts, mistakes
