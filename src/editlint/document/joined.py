"""Prose blocks joined into one text for a whole-document checker, with a way back to the source."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from editlint.document.model import Block

BLOCK_BREAK = "\n\n"


@dataclass(frozen=True)
class JoinedProse:
    """``blocks`` joined by blank lines (and wrapped in ``padding``); ``starts`` are block offsets in ``text``."""

    text: str
    starts: tuple[int, ...]
    blocks: tuple[Block, ...]

    @classmethod
    def of(cls, blocks: Iterable[Block], padding: str = "", separator: str = BLOCK_BREAK) -> "JoinedProse":
        blocks = tuple(blocks)
        starts, position = [], len(padding)
        for block in blocks:
            starts.append(position)
            position += len(block.text) + len(separator)
        return cls(padding + separator.join(b.text for b in blocks) + padding, tuple(starts), blocks)

    def within_block(self, start: int, end: int) -> tuple[Block, int, int] | None:
        """The block and block offsets of ``text[start:end]``; None when it is not inside one block."""
        index = bisect_right(self.starts, start) - 1
        if index < 0:
            return None
        block, base = self.blocks[index], self.starts[index]
        return (block, start - base, end - base) if end - base <= len(block.text) and start - base < len(block.text) else None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """``Document.text`` span of ``text[start:end]``, read in the block where it starts."""
        index = max(bisect_right(self.starts, start) - 1, 0)
        base = self.starts[index]
        return self.blocks[index].prose.source_span(start - base, end - base)

    def locate(self, start: int, end: int) -> tuple[Block, int, int] | None:
        """The block and block offsets of ``text[start:end]`` trimmed of whitespace; None across blocks."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        index = bisect_right(self.starts, start) - 1
        if start == end or index < 0:
            return None
        block, base = self.blocks[index], self.starts[index]
        return (block, start - base, end - base) if end - base <= len(block.text) else None
