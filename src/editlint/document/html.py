"""The bits of raw HTML editlint reads: comments (suppressions) and ``<img>`` tags."""

from __future__ import annotations

import html
import re

from editlint.document.model import Comment, Document, Image

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def scan_html(doc: Document, fragment: str, offset: int) -> None:
    """Record comments and images found in an HTML fragment that starts at ``offset``."""
    for match in _COMMENT.finditer(fragment):
        doc.comments.append(Comment(match.group(1).strip(), offset + match.start(), offset + match.end()))
    for match in _IMG.finditer(fragment):
        attrs = {
            m.group(1).lower(): html.unescape(next(g for g in m.groups()[1:] if g is not None))
            for m in _ATTR.finditer(match.group(0))
        }
        doc.images.append(
            Image(
                offset + match.start(),
                offset + match.end(),
                src=attrs.get("src", ""),
                alt=attrs.get("alt", ""),
                title=attrs.get("title", ""),
                origin="html",
            )
        )
