"""Markdown (CommonMark + tables) to prose blocks, with every character mapped to its source offset."""

from __future__ import annotations

from functools import lru_cache

from editlint.document.html import scan_html
from editlint.document.model import Block, BlockKind, Document, Image, Prose


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


CODE_PLACEHOLDER = "code"
LINK_PLACEHOLDER = "link"


class _InlineAligner:
    """Walks one inline token's children and finds each piece of text in the source."""

    def __init__(self, doc: Document, start: int, end: int):
        self.doc, self.src = doc, doc.text
        self.cursor, self.limit = start, end
        self.prose = Prose()
        self.starts_with_image = False
        self.plain_chars = 0  # prose characters outside emphasis
        self.emphasis = 0
        self.in_autolink = False

    def find(self, needle: str) -> int:
        pos = self.src.find(needle, self.cursor, self.limit)
        return pos

    def skip_past(self, needle: str) -> int:
        pos = self.find(needle)
        if pos >= 0:
            self.cursor = pos + len(needle)
        return pos

    def add_text(self, content: str) -> None:
        if not content:
            return
        if not self.emphasis:
            self.plain_chars += len(content.strip())
        pos = self.find(content)
        if pos >= 0:
            self.prose.append(content, pos)
            self.cursor = pos + len(content)
            return
        for ch in content:  # entities and escapes: align character by character
            pos = self.find(ch)
            if pos < 0:
                pos = min(self.cursor, self.limit - 1)
            else:
                self.cursor = pos + 1
            self.prose.append_char(ch, pos)

    def add_placeholder(self, word: str, start: int, end: int) -> None:
        """Stand-in prose for code and bare links, so sentences stay whole; maps onto the span."""
        self.plain_chars += len(word)
        for index, ch in enumerate(word):
            self.prose.append_char(ch, min(start + index, end - 1))

    def add_break(self) -> None:
        pos = self.find("\n")
        pos = pos if pos >= 0 else min(self.cursor, self.limit - 1)
        self.prose.append_char(" ", pos)
        self.cursor = pos + 1

    def skip_link_destination(self) -> None:
        """After ``]`` skip ``(url "title")`` or ``[ref]``."""
        if self.src.startswith("(", self.cursor):
            depth, i = 0, self.cursor
            while i < self.limit:
                if self.src[i] == "\\":
                    i += 2
                    continue
                depth += {"(": 1, ")": -1}.get(self.src[i], 0)
                i += 1
                if depth == 0:
                    break
            self.cursor = i
        elif self.src.startswith("[", self.cursor):
            self.skip_past("]")

    def walk(self, children) -> None:
        for tok in children:
            kind = tok.type
            if kind == "text":
                if not self.in_autolink:
                    self.add_text(tok.content)
            elif kind in ("softbreak", "hardbreak"):
                self.add_break()
            elif kind in ("em_open", "strong_open"):
                self.emphasis += 1
                self.skip_past(tok.markup)
            elif kind in ("em_close", "strong_close"):
                self.emphasis -= 1
                self.skip_past(tok.markup)
            elif kind == "link_open":
                self.in_autolink = tok.markup == "autolink"
                self.skip_past("<" if self.in_autolink else "[")
            elif kind == "link_close":
                if self.in_autolink:
                    start = self.cursor - 1
                    self.skip_past(">")
                    self.add_placeholder(LINK_PLACEHOLDER, start, self.cursor)
                    self.in_autolink = False
                else:
                    self.skip_past("]")
                    self.skip_link_destination()
            elif kind == "code_inline":
                start = self.skip_past(tok.markup)
                self.skip_past(tok.content)
                self.skip_past(tok.markup)
                if start >= 0:
                    self.add_placeholder(CODE_PLACEHOLDER, start, self.cursor)
            elif kind == "html_inline":
                pos = self.skip_past(tok.content)
                if pos >= 0:
                    scan_html(self.doc, tok.content, pos)
            elif kind == "image":
                self.add_image(tok)

    def add_image(self, tok) -> None:
        start = self.skip_past("![")
        if start < 0:
            return
        self.skip_past("]")
        self.skip_link_destination()
        alt = "".join(child.content for child in tok.children or ())
        self.doc.images.append(
            Image(start, self.cursor, src=tok.attrs.get("src", ""), alt=alt, title=tok.attrs.get("title") or "")
        )
        self.starts_with_image = self.starts_with_image or not self.prose.text.strip()


def parse_markdown(doc: Document, body: str) -> None:
    """Fill ``doc.blocks``, ``doc.images`` and ``doc.comments`` from ``body``.

    ``body`` is ``doc.text`` with the front matter blanked out, so offsets are shared.
    """
    tokens = _parser().parse(body)
    quote_depth = list_depth = 0
    heading_level = 0
    in_cell = False
    for tok in tokens:
        kind = tok.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "heading_open":
            heading_level = int(tok.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "html_block":
            start, end = doc.line_span(tok.map[0] + 1)
            line = doc.text[start:end]
            scan_html(doc, tok.content, start + len(line) - len(line.lstrip()))
        elif kind == "inline":
            first_line, last_line = tok.map
            start = doc.line_span(first_line + 1)[0]
            end = doc.line_span(last_line)[1] if last_line > first_line else doc.line_span(first_line + 1)[1]
            aligner = _InlineAligner(doc, start, end)
            aligner.walk(tok.children or ())
            if heading_level:
                block_kind = BlockKind.HEADING
            elif in_cell:
                block_kind = BlockKind.TABLE_CELL
            elif quote_depth:
                block_kind = BlockKind.QUOTE
            elif list_depth:
                block_kind = BlockKind.LIST_ITEM
            elif aligner.starts_with_image:
                block_kind = BlockKind.CAPTION
            else:
                block_kind = BlockKind.PARAGRAPH
            doc.blocks.append(
                Block(
                    block_kind,
                    aligner.prose,
                    start,
                    end,
                    level=heading_level,
                    in_quote=bool(quote_depth),
                    emphasized=bool(aligner.prose.text.strip()) and aligner.plain_chars == 0,
                )
            )

