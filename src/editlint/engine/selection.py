"""Which rules run: select and ignore lists where the longest matching entry wins (flake8)."""

from __future__ import annotations

from typing import Iterable, Mapping, TypeVar

T = TypeVar("T")
ALL = "ALL"


def matches(pattern: str, rule_id: str) -> bool:
    """``ALL``, an exact id, or a prefix of whole path segments (``house``, ``house/``)."""
    if pattern == ALL:
        return True
    prefix = pattern.rstrip("/")
    return rule_id == prefix or rule_id.startswith(prefix + "/")


def specificity(pattern: str) -> int:
    return 0 if pattern == ALL else len(pattern.rstrip("/")) + 1


def longest_match(rule_id: str, table: Mapping[str, T]) -> T | None:
    """The value of the most specific pattern in ``table`` matching ``rule_id``."""
    best = max((p for p in table if matches(p, rule_id)), key=specificity, default=None)
    return None if best is None else table[best]


class Selection:
    def __init__(self, select: Iterable[str], ignore: Iterable[str] = ()):
        self.select = tuple(select)
        self.ignore = tuple(ignore)
        # Ignore entries come last so that they win a tie.
        self._table = {**{p: True for p in self.select}, **{p: False for p in self.ignore}}

    def enabled(self, rule_id: str) -> bool:
        return bool(longest_match(rule_id, self._table))

    def may_enable_family(self, prefix: str) -> bool:
        """Whether any id under ``prefix/`` can be enabled (for rule families)."""
        return self.enabled(prefix) or any(matches(prefix, p) for p in self.select if p != ALL)

    def may_touch_pack(self, pack: str) -> bool:
        return any(p == ALL or matches(p, pack) or matches(pack, p) for p in self.select)

    def with_ignored(self, extra: Iterable[str]) -> "Selection":
        return Selection(self.select, (*self.ignore, *extra))
