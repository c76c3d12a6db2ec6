"""Quoted speech: block quotes and text between quotation marks are a source's own words."""

from __future__ import annotations

import re

from editlint.document.model import Document

_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """Source spans of quotations, memoised on the document."""
    if "quoted_spans" not in doc.cache:
        spans = []
        for block in doc.blocks:
            if not block.text:
                continue
            if block.in_quote:
                spans.append((block.start, block.end))
                continue
            for match in _QUOTED.finditer(block.text):
                spans.append(block.prose.source_span(match.start(), match.end()))
        doc.cache["quoted_spans"] = spans
    return doc.cache["quoted_spans"]


def inside_quotation(doc: Document, start: int, end: int) -> bool:
    return any(q_start <= start and end <= q_end for q_start, q_end in quoted_spans(doc))
