"""Front matter: YAML between ``---`` lines or TOML between ``+++`` lines (Hugo's form); split it off,
parse it, and remember where each top-level key is."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import yaml

from editlint.errors import UsageError

_OPEN = re.compile(r"\A(---|\+\+\+)[ \t]*\n")
_CLOSE = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE), "+++": re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)}
_KEY = {"---": re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE), "+++": re.compile(r"^\[?([A-Za-z_][\w-]*)(?:[ \t]*=|\][ \t]*$)", re.MULTILINE)}
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when PyYAML has it: ten times faster


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], dict[str, tuple[int, int]], int]:
    """Return (fields, key spans, end offset of the front matter block; 0 when there is none)."""
    opening = _OPEN.match(text)
    if not opening:
        return {}, {}, 0
    fence = opening.group(1)
    closing = _CLOSE[fence].search(text, opening.end())
    if not closing:
        raise UsageError(f"{name}:1: malformed front matter: no closing '{fence}' line")
    body = text[opening.end() : closing.start()]
    fields = _parse_toml(body, name) if fence == "+++" else _parse_yaml(body, name)
    if not isinstance(fields, dict):
        raise UsageError(f"{name}:2: malformed front matter: expected 'key: value' fields")
    spans = {
        m.group(1): (opening.end() + m.start(), opening.end() + m.end(1)) for m in _KEY[fence].finditer(body)
    }
    end = closing.end() + (1 if text[closing.end() : closing.end() + 1] == "\n" else 0)
    return fields, spans, end


def _parse_yaml(body: str, name: str) -> Any:
    try:
        return yaml.load(body, Loader=SAFE_LOADER) if body.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise UsageError(f"{name}:{line}: malformed front matter: {problem}") from None


def _parse_toml(body: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(body)
    except tomllib.TOMLDecodeError as err:
        line = re.search(r"line (\d+)", str(err))
        raise UsageError(f"{name}:{int(line.group(1)) + 1 if line else 1}: malformed front matter: {str(err).split(' (at')[0]}") from None


def blank_out(text: str, end: int) -> str:
    """Replace the first ``end`` characters with spaces (keeping newlines) so offsets stay put."""
    return "".join(ch if ch == "\n" else " " for ch in text[:end]) + text[end:]
