"""The parsed article every rule reads."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable


class BlockKind(StrEnum):
    HEADLINE = "headline"
    HEADING = "heading"
    BYLINE = "byline"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    CREDIT = "credit"
    QUOTE = "quote"
    LIST_ITEM = "list-item"
    TABLE_CELL = "table-cell"


@dataclass
class Prose:
    """Prose with markup removed; ``offsets[i]`` is the ``Document.text`` offset of ``text[i]``.

    A character written as more than one source character (``&eacute;``, ``\\*``) has its
    source end in ``ends``, so spans that end on it cover the whole entity or escape.
    """

    text: str = ""
    offsets: list[int] = field(default_factory=list)
    ends: dict[int, int] = field(default_factory=dict)

    def append(self, chars: str, first_offset: int) -> None:
        self.text += chars
        self.offsets.extend(range(first_offset, first_offset + len(chars)))

    def source_end(self, index: int) -> int:
        """``Document.text`` offset just past the source of ``text[index]``."""
        return self.ends.get(index, self.offsets[index] + 1)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to a ``Document.text`` span."""
        if not self.offsets:
            raise ValueError("empty prose has no source span")
        start = min(max(start, 0), len(self.offsets) - 1)
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.source_end(min(end, len(self.offsets)) - 1)

    def strip(self) -> "Prose":
        """The same prose without leading and trailing whitespace."""
        text = self.text
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        ends = {i - left: end for i, end in self.ends.items() if left <= i < right}
        return Prose(text[left:right], self.offsets[left:right], ends)


@dataclass
class Block:
    """One prose unit: a headline, heading, paragraph, caption, credit line, list item..."""

    kind: BlockKind
    prose: Prose
    start: int
    end: int
    level: int = 0
    in_quote: bool = False
    emphasized: bool = False

    @property
    def text(self) -> str:
        return self.prose.text


@dataclass
class Image:
    """An image reference: Markdown ``![alt](src "title")``, HTML ``<img>`` or front matter."""

    start: int
    end: int
    src: str = ""
    alt: str = ""
    title: str = ""
    origin: str = "markdown"


@dataclass
class Comment:
    """A comment (HTML ``<!-- -->`` or a plain text directive line); suppressions live here."""

    body: str
    start: int
    end: int


@dataclass
class Document:
    """A parsed article.

    ``text`` is the decoded source with the BOM removed and line breaks normalised to
    ``\\n``; every offset in the model points into it. Line and column numbers are the
    same as in the file on disk; ``original_offset`` maps back to the raw text for edits.
    """

    text: str
    path: str | None = None
    kind: str = "markdown"
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    removed_cr: list[int] = field(default_factory=list)  # offsets of ``text`` where a CR before LF was dropped
    had_bom: bool = False
    warnings: list[str] = field(default_factory=list)  # problems that do not stop the run, for the user
    skipped: list[str] = field(default_factory=list)  # checks that could not run (the result is incomplete), for the user
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind is BlockKind.HEADLINE), None)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset; columns count code points."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line, without its line break."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def original_offset(self, offset: int) -> int:
        """Offset in the raw file text (after the BOM) for an offset of ``text``."""
        return offset + bisect.bisect_right(self.removed_cr, offset)

    def prose_blocks(self, kinds: Iterable[BlockKind] | None = None) -> list[Block]:
        wanted = set(kinds) if kinds is not None else None
        return [b for b in self.blocks if b.text.strip() and (wanted is None or b.kind in wanted)]
