"""Which findings a review of changes reports: those on text changed since a git ref
(``--diff-base``) and those not recorded in a baseline (``--baseline``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editlint.engine import baseline
from editlint.engine.diagnostic import Diagnostic
from editlint.errors import UsageError
from editlint.vcs import Changes


@dataclass
class Review:
    """The review options of one run; :meth:`paths` picks the files, :meth:`select` the findings."""

    diff_base: str | None = None
    baseline_file: Path | None = None
    changes: Changes | None = None
    known: set[tuple[str, str]] = field(default_factory=set)
    texts: dict[str, str | None] = field(default_factory=dict)

    def source_text(self, path: str) -> str | None:
        """An article's decoded text as fingerprints and rdjson read it (line breaks as in the file); None for stdin."""
        if path not in self.texts:
            try:
                self.texts[path] = None if path == "-" else Path(path).read_bytes().decode("utf-8-sig")
            except (OSError, UnicodeDecodeError):
                self.texts[path] = None
        return self.texts[path]

    def paths(self, paths: tuple[str, ...]) -> tuple[str, ...]:
        """The files to lint: with ``diff_base``, only the articles under ``paths`` changed since it."""
        from editlint.linter import SKIPPED_DIRS, STDIN
        from editlint.document.source import ARTICLE_SUFFIXES
        from editlint.vcs import changes_since

        if (self.diff_base or self.baseline_file) and STDIN in paths:
            raise UsageError("--diff-base and --baseline read the articles' files: name them instead of '-'")
        if self.baseline_file:
            self.known = baseline.read(self.baseline_file)
        if not self.diff_base:
            return paths
        self.changes = changes_since(self.diff_base, paths, ARTICLE_SUFFIXES, SKIPPED_DIRS)
        return tuple(self.changes.paths())

    def select(self, diagnostics: list[Diagnostic], prints: dict[Diagnostic, str]) -> list[Diagnostic]:
        """The diagnostics to report: on changed text, and not in the baseline."""
        return [
            d for d in diagnostics
            if (self.changes is None or self.changes.touches(d))
            and (self.baseline_file is None or baseline.is_new(d, prints, self.known))
        ]
