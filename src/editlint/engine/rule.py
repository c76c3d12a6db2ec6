"""The rule protocol: metadata plus one ``check`` function."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Iterable, Protocol

from editlint.engine.diagnostic import Finding, Severity

if TYPE_CHECKING:
    from editlint.document.model import Document


_KINDS = {int: "a whole number", float: "a number", bool: "true or false", str: "a string", tuple: "a list of strings"}


@dataclass(frozen=True)
class Option:
    """A rule option settable under ``[tool.editlint.rules."<id>"]``.

    Its type is the default's (``int``, ``float``, ``bool``, ``str`` or a tuple of strings);
    numbers lie in ``minimum..maximum`` (by default: not negative).
    """

    name: str
    default: Any
    help: str
    minimum: float = 0
    maximum: float = math.inf

    @property
    def kind(self) -> str:
        """What the option takes, for the docs and errors: ``a whole number from 0``."""
        text = _KINDS.get(type(self.default), type(self.default).__name__)
        if isinstance(self.default, (int, float)) and not isinstance(self.default, bool):
            text += f" from {self.minimum:g}" + (f" to {self.maximum:g}" if self.maximum != math.inf else "")
        return text

    def validate(self, value: Any) -> Any:
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if expected is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise ValueError(f"option {self.name!r} must be {self.kind}")
        if expected in (int, float) and not (self.minimum <= value <= self.maximum):
            raise ValueError(f"option {self.name!r} must be {self.kind}, not {value:g}")
        return value


class FixAvailability(Enum):
    """Which fixes a rule's findings carry (ruff's ``FixAvailability``, with the fix safety folded in)."""

    NONE = "none"
    ALWAYS = "always"  # every finding has a safe fix
    SOMETIMES = "sometimes"  # some findings have a safe fix
    UNSAFE = "unsafe only"  # fixes apply only with --unsafe-fixes (or are shown, not applied)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class RuleMeta:
    """Everything the docs, the config validator and the engine know about a rule.

    ``id`` is ``pack/kebab-name``; a *family* (``languagetool``) reports many ids under
    ``id + "/"`` and sets ``family=True``. ``needs`` names heavy parts ("spacy",
    "languagetool") so the engine loads them only when a selected rule needs them.
    ``advice`` is the kind of advice the rule gives ("wording", "word-choice", "spelling"):
    findings of different rules with the same advice on overlapping words are reported once,
    by the most specific rule; ``general_purpose`` marks a general tool's check (proselint),
    which gives way to a newsroom's own rule.
    """

    id: str
    summary: str
    severity: Severity
    rationale: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    fix_availability: FixAvailability = FixAvailability.NONE
    needs: frozenset[str] = frozenset()
    options: tuple[Option, ...] = ()
    family: bool = False
    source: str = ""
    skip_quotes: bool = True
    advice: str = ""
    general_purpose: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def pack(self) -> str:
        return self.id.split("/", 1)[0]


@dataclass
class CheckContext:
    """What a rule gets besides the document: its options, the run's config, shared services and the registry."""

    options: dict[str, Any]
    config: Any = None
    services: Any = None
    registry: Any = None

    def option(self, name: str) -> Any:
        return self.options[name]


class Rule(Protocol):
    meta: RuleMeta

    def check(self, doc: "Document", ctx: CheckContext) -> Iterable[Finding]: ...
