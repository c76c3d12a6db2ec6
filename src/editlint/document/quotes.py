"""Quoted speech: block quotes and text between quotation marks are a source's own words."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate

from editlint.document.model import Document

_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


@dataclass(frozen=True)
class _Quotations:
    """Source spans of quotations sorted by start, with the furthest end reached so far."""

    starts: list[int]
    reach: list[int]

    def contain(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


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
    """Whether ``start:end`` lies inside one quotation (a binary search, memoised per document)."""
    quotations = doc.cache.get("quotations")
    if quotations is None:
        spans = sorted(quoted_spans(doc))
        quotations = doc.cache["quotations"] = _Quotations([s for s, _ in spans], list(accumulate((e for _, e in spans), max)))
    return quotations.contain(start, end)
