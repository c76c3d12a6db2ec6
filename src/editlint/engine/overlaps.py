"""One report per piece of advice: findings of different rules that say the same thing about
the same words are merged into the most specific rule's finding."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from editlint.engine.diagnostic import Diagnostic
from editlint.engine.rule import RuleMeta


def _overlap(a: Diagnostic, b: Diagnostic) -> bool:
    return (a.line, a.column) < (b.end_line, b.end_column) and (b.line, b.column) < (a.end_line, a.end_column)


def _specificity(diagnostic: Diagnostic, meta: RuleMeta) -> tuple:
    """Sort key, most specific first: a newsroom's own rule, then one that says what to write, then the narrower span."""
    span = (diagnostic.end_line - diagnostic.line, diagnostic.end_column - diagnostic.column)
    return (meta.general_purpose, not diagnostic.fixes, span, diagnostic.rule)


def merge_same_advice(found: Iterable[tuple[Diagnostic, RuleMeta]]) -> list[Diagnostic]:
    """Diagnostics with each same-advice overlap kept once (the others' ids in ``also``), sorted."""
    kept: list[tuple[Diagnostic, str, list[str]]] = []
    for diagnostic, meta in sorted(found, key=lambda pair: _specificity(*pair)):
        twin = next(
            (entry for entry in kept
             if meta.advice and entry[1] == meta.advice and entry[0].rule != diagnostic.rule and _overlap(entry[0], diagnostic)),
            None,
        )
        if twin is None:
            kept.append((diagnostic, meta.advice, []))
        elif diagnostic.rule not in twin[2]:
            twin[2].append(diagnostic.rule)
    return sorted(replace(diagnostic, also=tuple(sorted(also))) if also else diagnostic for diagnostic, _, also in kept)
