"""What a git ref has not got: ``--diff-base REF`` reports only findings on text changed since REF.

``git diff --unified=0`` gives the changed lines (as diff-cover and reviewdog read them). Within
a changed hunk, the old and new words are compared, so editing one sentence of a long paragraph
line does not bring back every old finding on that line: a finding counts when it touches a word
added or changed, or the word next to one. Lines added whole count whole; deleting lines counts
as a change at the end of the line above them (removing the credit under a picture reports the
picture). Reflowing or re-indenting text changes no word and reports nothing.

REF is compared with the merge base of REF and HEAD when git finds one (what the pull request
changed, not what the base branch changed since), else with REF itself: on a shallow CI checkout
of a pull request's merge commit, REF is that commit's first parent (fetch it with
``git fetch --depth=1 origin <base sha>``).
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from editlint.engine.diagnostic import Diagnostic
from editlint.errors import UsageError

Position = tuple[int, int]  # 1-based (line, column), columns in code points
_HUNK = re.compile(r"@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_WORD = re.compile(r"\S+")


@dataclass
class FileChanges:
    """Where one file differs from the base: spans of changed words, lines deleted below, or all of it."""

    spans: list[tuple[Position, Position]] = field(default_factory=list)  # end exclusive
    deleted_below: set[int] = field(default_factory=set)
    whole: bool = False

    def touches(self, d: Diagnostic) -> bool:
        if self.whole or d.end_line in self.deleted_below:
            return True
        start, end = (d.line, d.column), (d.end_line, d.end_column)
        return any(s <= end and start <= e for s, e in self.spans)

    def __bool__(self) -> bool:
        return self.whole or bool(self.spans or self.deleted_below)


@dataclass
class Changes:
    """The changed articles under the paths given, by resolved path."""

    files: dict[Path, FileChanges]

    def paths(self) -> list[str]:
        """The changed files as names to lint: relative to the current folder when under it."""
        cwd = Path.cwd()
        return sorted(str(p.relative_to(cwd)) if p.is_relative_to(cwd) else str(p) for p in self.files)

    def touches(self, d: Diagnostic) -> bool:
        changes = self.files.get(Path(d.path).resolve())
        return changes is not None and changes.touches(d)


def changes_since(ref: str, paths: Iterable[str], article_suffixes: Iterable[str], skipped_dirs: Iterable[str]) -> Changes:
    """The articles under ``paths`` that differ from ``ref`` (new, changed or renamed; deleted ones dropped)."""
    named = [Path(p).resolve() for p in paths]
    for raw, path in zip(paths, named):
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory")
    anchor = next((p if p.is_dir() else p.parent for p in named), Path.cwd())
    top = Path(_git(["rev-parse", "--show-toplevel"], anchor, f"--diff-base {ref}: {anchor.name or anchor} is not in a git repository").strip())
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top,
         f"--diff-base {ref}: no such commit in this repository (on a shallow checkout, fetch it first: git fetch --depth=1 origin {ref})")
    base = _merge_base(ref, top) or ref
    specs = [f":(top,literal){_inside(p, top, ref).as_posix() or '.'}" for p in named]
    diff = _git(["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv",
                 "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", "--no-relative", base, "--", *specs], top)
    found = parse_diff(diff, top)
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard", "--", *specs], top)
    for name in filter(None, untracked.split("\0")):
        found[top / name] = FileChanges(whole=True)
    suffixes, skipped = tuple(article_suffixes), set(skipped_dirs)

    def wanted(path: Path) -> bool:
        if path in named:
            return True
        return path.suffix.lower() in suffixes and any(
            path.is_relative_to(d) and not skipped.intersection(path.relative_to(d).parts[:-1]) for d in named if d.is_dir()
        )

    return Changes({p: c for p, c in found.items() if c and p.is_file() and wanted(p)})


def parse_diff(diff: str, top: Path) -> dict[Path, FileChanges]:
    """The changes per file in ``git diff --unified=0`` output (paths relative to ``top``)."""
    files: dict[Path, FileChanges] = {}
    current: FileChanges | None = None
    lines = diff.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("+++ "):
            name = _unquote(line[4:])
            current = None if name == "/dev/null" else files.setdefault(top / name.removeprefix("b/"), FileChanges())
        elif line.startswith("@@") and current is not None and (m := _HUNK.match(line)):
            old_count = int(m.group(1) or 1)
            new_start, new_count = int(m.group(2)), int(m.group(3) or 1)
            old, new = [], []
            while i < len(lines) and (old_count > len(old) or new_count > len(new) or lines[i].startswith("\\")):
                text = lines[i]
                i += 1
                if text.startswith("-"):
                    old.append(text[1:].rstrip("\r"))
                elif text.startswith("+"):
                    new.append(text[1:].rstrip("\r"))
            if not new:
                current.deleted_below.add(new_start)
            else:
                if new_start == 1:
                    new[0] = new[0].removeprefix("\ufeff")
                current.spans.extend(changed_spans(old, new, new_start))
    return files


def changed_spans(old: list[str], new: list[str], first_line: int) -> list[tuple[Position, Position]]:
    """Spans of ``new`` lines (starting at ``first_line``) whose words are not in ``old``, each widened by a word either side."""
    words = [(first_line + n, m.start() + 1, m.end() + 1, m.group()) for n, text in enumerate(new) for m in _WORD.finditer(text)]
    old_words = [m.group() for text in old for m in _WORD.finditer(text)]
    spans = []
    matcher = difflib.SequenceMatcher(None, old_words, [w[3] for w in words], autojunk=False)
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or not words:
            continue
        first, last = max(j1 - 1, 0), min(j2, len(words) - 1)
        spans.append(((words[first][0], words[first][1]), (words[last][0], words[last][2])))
    return spans


def _merge_base(ref: str, top: Path) -> str | None:
    proc = subprocess.run(["git", "merge-base", ref, "HEAD"], cwd=top, capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else None


def _inside(path: Path, top: Path, ref: str) -> Path:
    if not path.is_relative_to(top.resolve()):
        raise UsageError(f"--diff-base {ref}: {path.name} is outside the git repository at {top.name}")
    return path.relative_to(top.resolve())


def _unquote(name: str) -> str:
    """A path as git prints it after ``+++``: C-quoted when it holds quotes, backslashes or control
    characters, and followed by a tab when it holds spaces."""
    name = name.removesuffix("\t")
    if not name.startswith('"'):
        return name
    raw = codecs.escape_decode(name[1:-1].encode("utf-8"))[0]
    return raw.decode("utf-8", "surrogateescape")


def _git(args: list[str], cwd: Path, error: str | None = None) -> str:
    """git's output; a failure is a one-line ``UsageError`` (``error``, or git's own message)."""
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env={**os.environ, "LC_ALL": "C"})
    except FileNotFoundError:
        raise UsageError("--diff-base needs git, which is not installed") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(error or f"git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc.stdout.decode("utf-8", "surrogateescape")
