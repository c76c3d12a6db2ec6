"""Spec-like assertions for rule tests (yamllint's style)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Mapping

from editlint.api import lint_text
from editlint.packs.languagetool.server import MAIN_CLASS


def findings(text: str, rule: str, *, path: str | None = None, config: Mapping[str, Any] | None = None) -> list[tuple[int, int, int]]:
    """(line, column, end_column) of every finding of ``rule`` (and its sub-ids) in ``text``."""
    settings = {"select": [rule], **(config or {})}
    return [(d.line, d.column, d.end_column) for d in lint_text(text, path=path, config=settings)]


def assert_findings(text: str, rule: str, expected: list[tuple[int, int, int]], **kwargs) -> None:
    assert findings(text, rule, **kwargs) == expected


def assert_flags_span(text: str, rule: str, span: str) -> None:
    """One finding of ``rule`` in one-line ``text``, exactly over the first occurrence of ``span``."""
    column = text.index(span) + 1
    assert_findings(text, rule, [(1, column, column + len(span))])


def assert_one_line_error(run, *needles: str) -> None:
    """A command-line run that failed with exit status 2 and one ``editlint: error:`` line naming ``needles``."""
    assert run.code == 2, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("editlint: error: "), run.err
    for needle in needles:
        assert needle in lines[0]


def languagetool_pids(cache: Path | None = None) -> set[int]:
    """Live LanguageTool server processes (zombies excluded), only those run from *cache* if given."""
    found = set()
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                args = (proc / "cmdline").read_bytes()
                state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if MAIN_CLASS.encode() in args and state != "Z" and (cache is None or str(cache).encode() in args):
                found.add(int(proc.name))
    return found


def wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if pid not in languagetool_pids():
            return True
        time.sleep(0.1)
    return False
