"""Reading article files: decoding, size limits and line-break normalisation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editlint.errors import UsageError

MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass(frozen=True)
class SourceText:
    """Decoded text with ``\\n`` line breaks, and where CRs were dropped (for edits)."""

    text: str
    removed_cr: list[int]
    had_bom: bool


def decode(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> SourceText:
    """Decode UTF-8 article bytes; refuse binary, non-UTF-8 and oversized input."""
    if len(data) > max_bytes:
        raise UsageError(f"{name}: file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if b"\x00" in data:
        raise UsageError(f"{name}: looks like a binary file, not an article")
    had_bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UsageError(f"{name}: not valid UTF-8 (byte {err.start}): save the file as UTF-8") from None
    return normalize(text, had_bom)


def normalize(text: str, had_bom: bool = False) -> SourceText:
    """Turn CRLF and lone CR into LF, remembering where CRs were removed."""
    if text.startswith("\ufeff"):
        text, had_bom = text[1:], True
    if "\r" not in text:
        return SourceText(text, [], had_bom)
    out: list[str] = []
    removed: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\r" and text[i + 1 : i + 2] == "\n":
            removed.append(len(out))
        elif ch == "\r":
            out.append("\n")
        else:
            out.append(ch)
        i += 1
    return SourceText("".join(out), removed, had_bom)


def read_article(path: Path, max_bytes: int = MAX_BYTES) -> SourceText:
    return decode(read_bytes(path, max_bytes), str(path), max_bytes)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of an article file; a missing, unreadable or oversized file is a ``UsageError``."""
    try:
        if path.stat().st_size > max_bytes:
            raise UsageError(f"{path}: file is too large ({path.stat().st_size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
