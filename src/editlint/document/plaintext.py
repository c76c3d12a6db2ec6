"""Plain text articles: one block per non-empty line, directive lines as comments."""

from __future__ import annotations

import re

from editlint.document.model import Block, BlockKind, Comment, Document, Prose

_DIRECTIVE = re.compile(r"^[ \t]*(?:#[ \t]*(editlint-.*?)|<!--[ \t]*(editlint-.*?)[ \t]*-->)[ \t]*$")


def parse_plain_text(doc: Document) -> None:
    """Fill ``doc.blocks`` and ``doc.comments``; the first prose line is the headline."""
    for number in range(1, doc.line_count + 1):
        start, end = doc.line_span(number)
        line = doc.text[start:end]
        if not line.strip():
            continue
        directive = _DIRECTIVE.match(line)
        if directive:
            doc.comments.append(Comment(directive.group(1) or directive.group(2), start, end))
            continue
        prose = Prose()
        prose.append(line, start)
        kind = BlockKind.PARAGRAPH if doc.blocks else BlockKind.HEADLINE
        doc.blocks.append(Block(kind, prose.strip(), start, end))
