"""Baselines: record today's findings (``--write-baseline``), then report only new ones (``--baseline``).

A finding's fingerprint is its rule, the words it flags (whitespace collapsed) and up to two
words either side within its sentence and paragraph, hashed, then ``:N`` for the N-th finding with that hash in
the file. It survives lines added above and whitespace changes, never depends on the line
number, and is what SARIF's ``partialFingerprints`` carry. A baseline keys fingerprints by the
article's path relative to the baseline file, so it works from any folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Mapping

from editlint.engine.diagnostic import Diagnostic
from editlint.errors import UsageError

FORMAT = "editlint-baseline"
VERSION = 1
CONTEXT_WORDS = 2
SARIF_KEY = "editlint/v1"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")


def fingerprints(diagnostics: Iterable[Diagnostic], text_of: Callable[[str], str | None]) -> dict[Diagnostic, str]:
    """The fingerprint of every diagnostic whose file text ``text_of`` gives (repeats counted top down)."""
    seen: Counter[tuple[str, str]] = Counter()
    found: dict[Diagnostic, str] = {}
    for d in sorted(diagnostics):
        text = text_of(d.path)
        if text is None:
            continue
        digest = _digest(d, _LINE_BREAK.split(text))
        seen[d.path, digest] += 1
        found[d] = f"{digest}:{seen[d.path, digest]}"
    return found


def _digest(d: Diagnostic, lines: list[str]) -> str:
    if not 0 < d.line <= d.end_line <= len(lines):
        return hashlib.sha256(f"{d.rule}\0{d.message}".encode()).hexdigest()[:20]  # the file changed since: no words to read
    first, last = _paragraph(lines, d.line, d.end_line, by_line=d.path.lower().endswith(".txt"))
    middle = "\n".join(lines[d.line - 1 : d.end_line])
    flagged = middle[d.column - 1 : len(middle) - len(lines[d.end_line - 1]) + d.end_column - 1]
    before = "\n".join([*lines[first - 1 : d.line - 1], lines[d.line - 1][: d.column - 1]])
    after = "\n".join([lines[d.end_line - 1][d.end_column - 1 :], *lines[d.end_line : last]])
    before, after = _SENTENCE_END.split(before)[-1], _SENTENCE_END.split(after)[0]
    parts = (d.rule, " ".join(before.split()[-CONTEXT_WORDS:]), " ".join(flagged.split()), " ".join(after.split()[:CONTEXT_WORDS]))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _paragraph(lines: list[str], first: int, last: int, by_line: bool) -> tuple[int, int]:
    """The first and last line of the paragraph around lines ``first``..``last``: in plain text each
    line is one; in Markdown a paragraph runs between blank lines, so re-wrapping it changes nothing."""
    if by_line:
        return first, last
    while first > 1 and lines[first - 2].strip():
        first -= 1
    while last < len(lines) and lines[last].strip():
        last += 1
    return first, last


def _key(path: str, folder: Path) -> str:
    return Path(os.path.relpath(Path(path).resolve(), folder)).as_posix()


def write(file: Path, diagnostics: list[Diagnostic], prints: Mapping[Diagnostic, str]) -> int:
    """Record the fingerprinted ``diagnostics`` in ``file``; returns how many."""
    folder = file.resolve().parent
    entries = [
        {"path": _key(d.path, folder), "rule": d.rule, "fingerprint": prints[d], "line": d.line, "message": d.message}
        for d in diagnostics if d in prints
    ]
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(json.dumps({FORMAT: VERSION, "findings": entries}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as err:
        raise UsageError(f"{file}: cannot write the baseline ({err.strerror})") from None
    return len(entries)


def read(file: Path) -> set[tuple[str, str]]:
    """The (path, fingerprint) pairs a baseline file records; a missing, corrupt or foreign file is a ``UsageError``."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{file}: no such baseline file (write one with --write-baseline)") from None
    except OSError as err:
        raise UsageError(f"{file}: cannot read the baseline ({err.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UsageError(f"{file}: not an editlint baseline (not JSON); write it again with --write-baseline") from None
    if not isinstance(data, dict) or data.get(FORMAT) != VERSION or not isinstance(data.get("findings"), list):
        raise UsageError(f"{file}: not an editlint baseline (version {VERSION}); write it again with --write-baseline")
    folder = file.resolve().parent
    entries = data["findings"]
    if not all(isinstance(e, dict) and isinstance(e.get("path"), str) and isinstance(e.get("fingerprint"), str) for e in entries):
        raise UsageError(f"{file}: not an editlint baseline (a finding lacks its path or fingerprint)")
    return {(str((folder / e["path"]).resolve()), e["fingerprint"]) for e in entries}


def is_new(d: Diagnostic, prints: Mapping[Diagnostic, str], known: set[tuple[str, str]]) -> bool:
    """Whether ``d`` is not recorded in the baseline (``known``, from :func:`read`)."""
    return (str(Path(d.path).resolve()), prints.get(d)) not in known
