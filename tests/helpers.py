"""Spec-like assertions for rule tests (yamllint's style)."""

from __future__ import annotations

from typing import Any, Mapping

from editlint.api import lint_text


def findings(text: str, rule: str, *, path: str | None = None, config: Mapping[str, Any] | None = None) -> list[tuple[int, int, int]]:
    """(line, column, end_column) of every finding of ``rule`` (and its sub-ids) in ``text``."""
    settings = {"select": [rule], **(config or {})}
    return [(d.line, d.column, d.end_column) for d in lint_text(text, path=path, config=settings)]


def assert_findings(text: str, rule: str, expected: list[tuple[int, int, int]], **kwargs) -> None:
    assert findings(text, rule, **kwargs) == expected
