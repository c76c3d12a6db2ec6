"""The Python API: ``lint_text`` and ``lint_paths``, thin wrappers over a :class:`~editlint.linter.Linter` session."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from editlint.config.loader import Config, flatten
from editlint.engine.diagnostic import Diagnostic
from editlint.engine.registry import registry_for
from editlint.engine.rule import RuleMeta
from editlint.errors import EditlintError, RuleFailure, ServiceError, UsageError
from editlint.linter import STDIN, FileError, FileResult, Linter, collect_paths


@dataclass
class LintResult:
    """A whole run: every file's diagnostics, errors and texts, gathered."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
    fixed: int = 0
    fixed_stdin: bytes | None = None  # with ``fix``, the fixed text read from ``-``
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rules: dict[str, RuleMeta] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # each linted file's text as linted, by diagnostic path

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.rules.update(result.rules)
        if result.text is not None:
            self.sources[result.path] = result.text
        if result.error:
            self.errors.append(result.error.message)
            return
        self.diagnostics.extend(result.diagnostics)
        self.fixed += result.fixed
        if result.fixed_text is not None:
            self.fixed_stdin = result.fixed_text


def lint_text(text: str, *, path: str | None = None, config: Config | Mapping[str, Any] | None = None) -> list[Diagnostic]:
    """Lint article text with ``config`` (settings, as in a config file) over the defaults; ``path`` ending
    in ``.txt`` means plain text, otherwise Markdown. A file that cannot be checked raises its error."""
    settings = config if isinstance(config, Config) else Config(flatten(config or {}, "config"))
    with Linter(config=settings) as linter:
        result = linter.lint_text(text, path)
    if result.error:
        raise {"input": UsageError, "internal": RuleFailure}.get(result.error.kind, ServiceError)(result.error.message)
    return result.diagnostics


def lint_paths(
    paths: Iterable[str],
    *,
    overrides: Mapping[str, Any] | None = None,
    config_file: Path | None = None,
    stdin_filename: str | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cache: bool = False,
    jobs: int = 1,
) -> LintResult:
    """Lint files and directories, each with the config closest to it (or ``config_file``).

    ``progress(done, total)`` is called once before the first file and then as each file is done.
    With ``cache``, unchanged articles' results come from the result cache (see :mod:`editlint.cache`).
    ``jobs`` worker processes lint the files (0: one per available core; 1: this process).
    """
    result = LintResult()
    with Linter(config_file=config_file, overrides=overrides, stdin_filename=stdin_filename, cache=cache) as linter:
        try:
            for file_result in linter.lint_paths(paths, fix=fix, unsafe_fixes=unsafe_fixes, progress=progress, jobs=jobs):
                result.add(file_result)
        finally:
            result.warnings.extend(linter.warnings)
    return result


__all__ = ["EditlintError", "FileError", "FileResult", "Linter", "LintResult", "STDIN", "collect_paths", "lint_paths", "lint_text", "registry_for"]
