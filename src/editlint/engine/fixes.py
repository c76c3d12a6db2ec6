"""Applying fixes (ruff's model): safe ones only by default, in text order, in one pass.

A diagnostic contributes its first allowed fix. Fixes are taken in the order of their first
edit; a fix is skipped when any of its edits starts before or at the end of an edit already
taken, so overlapping and touching fixes (two insertions at one offset included) wait for
the next pass of ``--fix``, which lints the fixed text again.
"""

from __future__ import annotations

from typing import Iterable

from editlint.engine.diagnostic import Applicability, Diagnostic, Edit, Fix

MAX_PASSES = 10


def allowed_fix(diagnostic: Diagnostic, unsafe: bool = False) -> Fix | None:
    """The fix ``--fix`` would apply for ``diagnostic`` (with ``--unsafe-fixes`` if ``unsafe``)."""
    allowed = (Applicability.SAFE, Applicability.UNSAFE) if unsafe else (Applicability.SAFE,)
    return next((fix for fix in diagnostic.fixes if fix.applicability in allowed), None)


def applicable_fixes(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[Fix]:
    """The fixes to apply together, in text order, none overlapping or touching another."""
    candidates = []
    for diagnostic in diagnostics:
        fix = allowed_fix(diagnostic, unsafe)
        if fix is not None and fix.edits:
            edits = sorted(fix.edits, key=lambda e: (e.start, e.end))
            if all(later.start >= earlier.end for earlier, later in zip(edits, edits[1:])):
                candidates.append((edits[0].start, fix, edits))
    candidates.sort(key=lambda candidate: candidate[0])  # stable: earlier diagnostics win ties
    chosen: list[Fix] = []
    taken_end = -1
    for start, fix, edits in candidates:
        if start > taken_end:
            chosen.append(Fix(fix.title, tuple(edits), fix.applicability))
            taken_end = edits[-1].end
    return chosen


def apply_fixes(text: str, fixes: Iterable[Fix]) -> str:
    return apply_edits(text, [edit for fix in fixes for edit in fix.edits])


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` applied, built in one pass.

    Edits are ordered by ``(start, end)``; insertions at one offset keep their given order.
    Overlapping edits or offsets outside ``text`` are a bug in a rule: ``ValueError``.
    """
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"edit {edit} overlaps another edit or lies outside the text ({len(text)} characters)")
        parts += (text[position : edit.start], edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)
