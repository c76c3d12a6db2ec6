"""What rules report (findings, in source offsets) and what the engine emits (diagnostics)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    """Diagnostic severity; ordered so that ``severity >= fail_level`` works."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Applicability:
    """How safe a fix is (ruff's model): safe fixes are applied by ``--fix``."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display-only"


@dataclass(frozen=True)
class Edit:
    """Replace ``document.text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    applicability: str = Applicability.SAFE


@dataclass(frozen=True)
class Finding:
    """A problem a rule found: a span of ``Document.text`` and a message.

    ``rule`` is only set by rule families that report several ids (``languagetool/...``);
    ``severity`` only when the family derives it per finding.
    """

    start: int
    end: int
    message: str
    fixes: tuple[Fix, ...] = ()
    rule: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One reported problem, with 1-based line and column (code points) in the source file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: Severity = field(compare=False)
    message: str
    fixes: tuple[Fix, ...] = field(default=(), compare=False)
    also: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict:
        """The JSON object; ``also`` (rules that gave the same advice here) only when there are any."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "fixes": [
                {
                    "title": fix.title,
                    "applicability": fix.applicability,
                    "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in fix.edits],
                }
                for fix in self.fixes
            ],
            **({"also": list(self.also)} if self.also else {}),
        }
