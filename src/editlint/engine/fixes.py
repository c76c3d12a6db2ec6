"""Applying fixes: safe ones only by default, overlapping edits skipped, applied end-first."""

from __future__ import annotations

from typing import Iterable

from editlint.engine.diagnostic import Applicability, Diagnostic, Edit

MAX_PASSES = 10


def applicable_edits(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[Edit]:
    """One fix per diagnostic (its first allowed one), without edits that overlap earlier ones."""
    allowed = {Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE}
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for diagnostic in diagnostics:
        fix = next((f for f in diagnostic.fixes if f.applicability in allowed), None)
        if fix is None:
            continue
        spans = [(e.start, e.end) for e in fix.edits]
        if any(s < t_end and t_start < e or s == e == t_start for s, e in spans for t_start, t_end in taken):
            continue
        taken.extend(spans)
        chosen.extend(fix.edits)
    return chosen


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text
