"""Markdown (CommonMark, tables, footnotes) to prose blocks, every character mapped to its source offset."""

from __future__ import annotations

import threading
from functools import lru_cache

from editlint.document.html import scan_html
from editlint.document.model import Block, BlockKind, Document, Image, Prose

_PARSER_LOCK = threading.Lock()


def _parser():
    """The Markdown parser, made once; articles are parsed in threads (``Linter.lint_files``)."""
    with _PARSER_LOCK:
        return _new_parser()


@lru_cache(maxsize=1)
def _new_parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    # Entities and escapes stay separate ``text_special`` tokens (no ``text_join``), so each
    # one maps onto its own source; footnote definitions stay where they are written.
    parser = MarkdownIt("commonmark").enable("table").disable("text_join")
    parser.use(footnote_plugin, inline=False, move_to_end=False, always_match_refs=True)
    # mdurl fills its percent-encoding tables on first use after it has published them: a thread reading a
    # link then could index a table still being filled (IndexError). Filled here, before any thread reads one.
    parser.normalizeLink("https://example.org/a b")
    parser.normalizeLinkText("https://example.org/a%20b")
    return parser


CODE_PLACEHOLDER = "code"
LINK_PLACEHOLDER = "link"


class _InlineAligner:
    """Walks one inline token's children and finds each piece of text in the source.

    ``cursor`` is always just past the source of what was read so far, so each search
    starts at the right place and finds the nearest occurrence, never an earlier copy.
    """

    def __init__(self, doc: Document, start: int, end: int):
        self.doc, self.src = doc, doc.text
        self.cursor, self.limit = start, end
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: dict[int, int] = {}
        self.starts_with_image = False
        self.plain_chars = 0  # prose characters outside emphasis
        self.emphasis = 0
        self.in_autolink = False
        self.dropped = False  # markup just removed: a space on both sides of it would double

    @property
    def prose(self) -> Prose:
        return Prose("".join(self.chars), self.offsets, self.ends)

    def find(self, needle: str, start: int | None = None) -> int:
        return self.src.find(needle, self.cursor if start is None else start, self.limit)

    def skip_past(self, needle: str) -> int:
        pos = self.find(needle)
        if pos >= 0:
            self.cursor = pos + len(needle)
        return pos

    def emit(self, text: str, offsets, end: int | None = None) -> None:
        """Append prose ``text`` at source ``offsets``; ``end`` is the source end of its last character."""
        if self.dropped and text[:1].isspace() and (not self.chars or self.chars[-1][-1].isspace()):
            text, offsets = text[1:], offsets[1:]
        self.dropped = False
        if not text:
            return
        if not self.emphasis:
            self.plain_chars += len(text.strip())
        self.chars.append(text)
        self.offsets.extend(offsets)
        if end is not None:
            self.ends[len(self.offsets) - 1] = end

    def add_text(self, content: str) -> None:
        if not content:
            return
        pos = self.find(content)
        if pos >= 0:
            self.emit(content, range(pos, pos + len(content)))
            self.cursor = pos + len(content)
        else:
            self.add_chars(content)

    def add_chars(self, content: str) -> None:
        """Text that is not verbatim in the source (``\\|`` in table cells): align character by character.

        Only whitespace, backslashes and block markers may lie between two characters, so a
        character missing from the source never sends the cursor to a later copy of it.
        """
        for ch in content:
            pos = self.cursor
            while pos < self.limit and self.src[pos] != ch and (self.src[pos].isspace() or self.src[pos] in "\\>|"):
                pos += 1
            if pos < self.limit and self.src[pos] == ch:
                escaped = pos > self.cursor and self.src[pos - 1] == "\\"
                self.emit(ch, (pos - 1,) if escaped else (pos,), pos + 1 if escaped else None)
                self.cursor = pos + 1
            else:
                self.emit(ch, (min(self.cursor, self.limit - 1),))

    def add_special(self, content: str, markup: str) -> None:
        """An entity (``&eacute;``) or an escape (``\\*``): every character spans the whole source."""
        pos = self.find(markup)
        if pos < 0:
            self.add_chars(content)
            return
        self.cursor = pos + len(markup)
        for ch in content:
            self.emit(ch, (pos,), self.cursor)

    def add_placeholder(self, word: str, start: int, end: int) -> None:
        """Stand-in prose for code and bare links, so sentences stay whole; maps onto the span."""
        self.emit(word, [min(start + index, end - 1) for index in range(len(word))], end)

    def add_break(self) -> None:
        pos = self.find("\n")
        pos = pos if pos >= 0 else min(self.cursor, self.limit - 1)
        self.emit(" ", (pos,))
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
            elif kind == "text_special":
                self.add_special(tok.content, tok.markup)
            elif kind in ("softbreak", "hardbreak"):
                self.add_break()
            elif kind in ("em_open", "strong_open", "em_close", "strong_close"):
                self.emphasis += 1 if kind.endswith("open") else -1
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
                self.add_code(tok.markup, tok.content)
            elif kind == "html_inline":
                pos = self.skip_past(tok.content)
                if pos >= 0:
                    scan_html(self.doc, tok.content, pos)
                self.dropped = True
            elif kind == "footnote_ref":
                self.skip_past(f"[^{tok.meta['label']}]")
                self.dropped = True
            elif kind == "image":
                self.add_image(tok)

    def add_code(self, markup: str, content: str) -> None:
        start = self.skip_past(markup)
        if start < 0:
            return
        # The closing run cannot start before the code's content (trimmed by at most one space).
        end = self.find(markup, max(self.cursor, self.cursor + len(content) - 1))
        self.cursor = end + len(markup) if end >= 0 else self.cursor
        self.add_placeholder(CODE_PLACEHOLDER, start, self.cursor)

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
        self.starts_with_image = self.starts_with_image or not "".join(self.chars).strip()


def _text_after_comment(doc: Document, tok) -> None:
    """``<!-- editlint-disable-next-line -->  Text.``: CommonMark makes the line raw HTML, but
    readers see the text after the comment, so it is a paragraph of its own."""
    if not tok.content.lstrip().startswith("<!--"):
        return
    start, end = doc.line_span(tok.map[0] + 1)[0], doc.line_span(tok.map[1])[1]
    after = doc.text.rfind("-->", start, end) + len("-->")
    if after < len("-->") or not doc.text[after:end].strip():
        return
    aligner = _InlineAligner(doc, after, end)
    aligner.walk(_parser().parseInline(doc.text[after:end])[0].children or ())
    doc.blocks.append(Block(BlockKind.PARAGRAPH, aligner.prose, after, end))


def parse_markdown(doc: Document, body: str) -> None:
    """Fill ``doc.blocks``, ``doc.images`` and ``doc.comments`` from ``body``.

    ``body`` is ``doc.text`` with the front matter blanked out, so offsets are shared.
    Footnote definitions are paragraphs of their own; references to them are not prose.
    """
    tokens = _parser().parse(body)
    quote_depth = list_depth = 0
    heading_level = 0
    in_cell = False
    read_up_to = 0  # source offset past the last inline token read (table cells share a line)
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
            _text_after_comment(doc, tok)
        elif kind == "inline":
            first_line, last_line = tok.map
            start = doc.line_span(first_line + 1)[0]
            end = doc.line_span(max(last_line, first_line + 1))[1]
            aligner = _InlineAligner(doc, max(start, read_up_to) if read_up_to <= end else start, end)
            aligner.walk(tok.children or ())
            read_up_to = aligner.cursor
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
            prose = aligner.prose
            doc.blocks.append(
                Block(
                    block_kind,
                    prose,
                    start,
                    end,
                    level=heading_level,
                    in_quote=bool(quote_depth),
                    emphasized=bool(prose.text.strip()) and aligner.plain_chars == 0,
                )
            )
