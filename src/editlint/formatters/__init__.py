"""Output formatters: ``render(format_name, diagnostics, ctx)`` picks ``editlint.formatters.<name>``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath
from typing import Callable, Iterable, Mapping
from urllib.parse import quote

from editlint.engine.diagnostic import Diagnostic
from editlint.engine.rule import RuleMeta

FORMATS = ("text", "json", "sarif", "github", "rdjson", "html")


@dataclass(frozen=True)
class RenderContext:
    """What a formatter knows besides the diagnostics."""

    rules: Mapping[str, RuleMeta]
    files: int
    color: bool
    version: str
    fixed: int = 0
    unsafe_fixes: bool = False  # unsafe fixes count as available (``--unsafe-fixes``)
    unchecked: int = 0  # files among ``files`` that could not be read or linted
    sources: Mapping[str, str] = field(default_factory=dict)  # path -> linted text (``\n`` line breaks), for the HTML report
    fingerprints: Mapping[Diagnostic, str] = field(default_factory=dict)  # see editlint.engine.baseline
    source_text: Callable[[str], str | None] | None = None  # an article's decoded text, by path

    def meta(self, rule_id: str) -> RuleMeta | None:
        """Metadata of ``rule_id`` or of its longest ``/``-prefix (``languagetool/X`` -> ``languagetool``)."""
        parts = rule_id.split("/")
        for end in range(len(parts), 0, -1):
            meta = self.rules.get("/".join(parts[:end]))
            if meta is not None:
                return meta
        return None


def render(format_name: str, diagnostics: Iterable[Diagnostic], ctx: RenderContext) -> str:
    """The report in ``format_name`` (one of ``FORMATS``), without a trailing newline."""
    if format_name not in FORMATS:
        raise ValueError(f"unknown output format {format_name!r} (use {', '.join(FORMATS)})")
    module = importlib.import_module(f"{__name__}.{format_name}")
    return module.render(list(diagnostics), ctx)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def posix_path(path: str) -> str:
    """``path`` with forward slashes, as CI systems and SARIF viewers expect."""
    return path.replace("\\", "/")


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative; ``-`` (stdin) becomes ``stdin``."""
    if path == "-":
        return "stdin"
    if PureWindowsPath(path).is_absolute():
        return PureWindowsPath(path).as_uri()
    posix = posix_path(path)
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    return quote(posix, safe="/!$&'()*+,;=@~")
