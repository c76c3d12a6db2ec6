"""Documents: Markdown and plain text parsed into prose blocks that map back to source offsets."""

from __future__ import annotations

from pathlib import Path

from editlint.document.classify import classify_blocks
from editlint.document.frontmatter import blank_out, split_front_matter
from editlint.document.markdown import parse_markdown
from editlint.document.model import Block, BlockKind, Comment, Document, Image, Prose
from editlint.document.plaintext import parse_plain_text
from editlint.document.source import SourceText, normalize, read_article

__all__ = ["Block", "BlockKind", "Comment", "Document", "Image", "Prose", "load", "parse", "parse_source"]

PLAIN_TEXT_SUFFIXES = (".txt", ".text")


def parse(text: str, path: str | None = None) -> Document:
    """Parse article text; a path ending in ``.txt`` means plain text, anything else Markdown."""
    return parse_source(normalize(text), path)


def parse_source(source: SourceText, path: str | None = None) -> Document:
    name = path or "<text>"
    plain = path is not None and path.lower().endswith(PLAIN_TEXT_SUFFIXES)
    doc = Document(
        source.text,
        path=path,
        kind="text" if plain else "markdown",
        removed_cr=source.removed_cr,
        had_bom=source.had_bom,
    )
    if plain:
        parse_plain_text(doc)
    else:
        fields, key_spans, end = split_front_matter(doc.text, name)
        doc.front_matter, doc.front_matter_keys = fields, key_spans
        parse_markdown(doc, blank_out(doc.text, end) if end else doc.text)
    doc.images.sort(key=lambda image: image.start)
    doc.comments.sort(key=lambda comment: comment.start)
    classify_blocks(doc)
    return doc


def load(path: Path) -> Document:
    return parse_source(read_article(path), str(path))
